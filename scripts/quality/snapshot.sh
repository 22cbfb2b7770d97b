#!/usr/bin/env bash
# Byte-level snapshot of newsgraph's output on every annotated text at hand (dev set, the repo's golden
# sets), for checking that a refactor changes nothing: snapshot two trees, then `cmp` the files.
# Usage: bash scripts/quality/snapshot.sh OUT.jsonl [TREE]
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
out="$(realpath "$1")"; tree="$(realpath "${2:-$here}")"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
python3 "$here/../shared/eval/dev/make_gold.py" "$tmp/dev.jsonl" > /dev/null
for pool in "$here"/tests/golden/basil_*.jsonl; do
    python3 "$here/../shared/eval/dev/make_gold.py" "$tmp/$(basename "$pool")" --ann "$pool" > /dev/null
done
"$here/.venv/bin/python" - "$tmp/all.jsonl" "$tmp"/dev.jsonl "$tmp"/basil_*.jsonl "$here"/tests/golden/sample-gold.jsonl "$here"/tests/golden/genres/*.jsonl "$here"/tests/golden/wire_quotes.jsonl <<'PY'
import json, sys
keep = ("id", "text", "published", "outlet", "title")
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for path in sys.argv[2:]:
        for line in open(path, encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                if r.get("text"):
                    out.write(json.dumps({k: r[k] for k in keep if k in r}, ensure_ascii=False) + "\n")
PY
PYTHONPATH="$tree/src" "$here/.venv/bin/python" -c 'import sys; from newsgraph.cli import main; sys.exit(main())' \
    analyze "$tmp/all.jsonl" --format jsonl > "$out"
echo "$(wc -l < "$out") documents -> $out"
