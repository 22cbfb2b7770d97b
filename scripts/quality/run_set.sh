#!/usr/bin/env bash
# Run newsgraph on an annotated gold file and score it with ../shared/eval/score.py.
# Usage: bash scripts/quality/run_set.sh GOLD.jsonl OUTDIR [TREE]
#   TREE: a checkout whose src/ is run (default: this one), with this checkout's .venv.
# Writes OUTDIR/pred.jsonl and OUTDIR/score.txt; prints the score table's JSON line.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
gold="$(realpath "$1")"; out="$2"; tree="$(realpath "${3:-$here}")"
mkdir -p "$out"
PYTHONPATH="$tree/src" "$here/.venv/bin/python" -c 'import sys; from newsgraph.cli import main; sys.exit(main())' \
    analyze "$gold" --format jsonl > "$out/pred.jsonl" 2> "$out/stderr.txt"
python3 "$here/../shared/eval/score.py" quotes "$gold" "$out/pred.jsonl" > "$out/score.txt"
tail -1 "$out/score.txt" | python3 -c 'import json,sys; s=json.loads(sys.stdin.read())["quotes"]; print("direct %.3f (spk %.3f, detect %.3f) indirect %.3f sources %.3f" % (s["direct_who_said_what"]["f1"], s["direct_speaker_acc"], s["direct_detect"]["f1"], s["indirect_who_said_what"]["f1"], s["sources"]["f1"]))'
