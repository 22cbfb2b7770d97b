#!/usr/bin/env python3
"""Pool the hand-coded event sets into tests/golden/events_train.jsonl (the event model's training data).

    .venv/bin/python scripts/build_event_train.py [SOURCE.jsonl ...]

Keeps ids, places in ../shared (file, paragraph/sentence_index, doc_id, extraction_id/start/end),
date and expected events (with the coder's trigger word where given), never the text of a real
sentence; the fictional sets (tests/golden/events_{final,fresh,heldout,news}.jsonl, our own
sentences) keep their text. A sentence found in two sources is kept once (first source wins).
Sources: the repo's real sets, then any files given (session notes: harvest and annotation batches).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
OUT = GOLDEN / "events_train.jsonl"
PLACE = ("file", "paragraph", "sentence_index", "doc_id", "extraction_id", "start", "end")
REPO_SETS = [GOLDEN / f"events_real_{n}.jsonl" for n in ("dev", "heldout", "fresh", "fresh2", "holdout2")] + \
            [GOLDEN / f"events_{n}.jsonl" for n in ("final", "fresh", "heldout", "news")]


def main(argv: list[str]) -> int:
    seen, ids, out = set(), set(), []
    for path in [*REPO_SETS, *map(Path, argv[1:])]:
        name = path.stem.replace("events_", "")
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            if "expected" not in rec:
                continue
            key = tuple(str(rec.get(k)) for k in PLACE) if "file" in rec else ("text", rec["text"])
            if key in seen:
                continue
            seen.add(key)
            rid = rec["id"] if rec["id"] not in ids else f"{name}:{rec['id']}"
            ids.add(rid)
            row = {"id": rid, "set": name}
            row.update({k: rec[k] for k in PLACE if k in rec})
            if "file" not in rec:
                row["text"] = rec["text"]
            row["date"] = rec.get("date")
            row["expected"] = [{k: e[k] for k in ("source", "target", "code", "trigger") if k in e}
                               for e in rec["expected"]]
            out.append(row)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(out)} sentences, {sum(len(r['expected']) for r in out)} events")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
