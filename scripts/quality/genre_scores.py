#!/usr/bin/env python3
"""Score a prediction file per genre: python3 scripts/quality/genre_scores.py GOLD.jsonl PRED.jsonl

The genre is the second part of each id ("s20-agency-07" -> agency), as annotation_brief.md names pages.
Runs ../shared/eval/score.py on each genre's documents. Standard library only.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

SCORE = Path(__file__).resolve().parents[3] / "shared" / "eval" / "score.py"


def main(gold_path: str, pred_path: str) -> int:
    gold = [json.loads(line) for line in open(gold_path, encoding="utf-8") if line.strip()]
    pred = {json.loads(line)["id"]: line for line in open(pred_path, encoding="utf-8") if line.strip()}
    for genre in sorted({r["id"].split("-")[1] for r in gold}):
        with tempfile.TemporaryDirectory() as tmp:
            g, p = Path(tmp, "gold.jsonl"), Path(tmp, "pred.jsonl")
            recs = [r for r in gold if r["id"].split("-")[1] == genre]
            g.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
            p.write_text("".join(pred[r["id"]] if pred[r["id"]].endswith("\n") else pred[r["id"]] + "\n"
                                 for r in recs if r["id"] in pred), encoding="utf-8")
            out = subprocess.run([sys.executable, str(SCORE), "quotes", str(g), str(p)],
                                 capture_output=True, text=True, check=True).stdout
        s = json.loads(out.strip().splitlines()[-1])["quotes"]
        print(f"{genre} ({len(recs)}): direct {s['direct_who_said_what']['f1']:.3f} "
              f"indirect {s['indirect_who_said_what']['f1']:.3f} sources {s['sources']['f1']:.3f}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[0])
    raise SystemExit(main(sys.argv[1], sys.argv[2]))
