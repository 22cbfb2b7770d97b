#!/usr/bin/env python3
"""Which pages' scores differ between two prediction files on one annotated set.

    python3 scripts/quality/pagediff.py GOLD.jsonl BEFORE.jsonl AFTER.jsonl [--names]

Scores each page alone with ../shared/eval/score.py (direct and indirect who-said-what, sources) and counts the
pages whose true positives or predictions changed, up or down by F1. On a sealed set print only these counts;
--names lists the pages (id, kind, tp and pred before -> after), for read sets. Standard library only.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2].parent / "shared" / "eval"))
import score  # noqa: E402  (../shared/eval/score.py)

KINDS = (("direct", "direct_who_said_what"), ("indirect", "indirect_who_said_what"), ("sources", "sources"))


def page_changes(gold: dict, before: dict, after: dict) -> tuple[dict, list[tuple]]:
    """Per kind: (pages changed, up, down); and (id, kind, before figures, after figures) of each change."""
    counts = {kind: [0, 0, 0] for kind, _ in KINDS}
    rows = []
    for doc_id, page in gold.items():
        a = score.score_quotes({doc_id: page}, {doc_id: before.get(doc_id, {})})
        b = score.score_quotes({doc_id: page}, {doc_id: after.get(doc_id, {})})
        for kind, key in KINDS:
            x, y = a[key], b[key]
            if (x["tp"], x["pred"]) == (y["tp"], y["pred"]):
                continue
            c = counts[kind]
            c[0] += 1
            c[1] += y["f1"] > x["f1"]
            c[2] += y["f1"] < x["f1"]
            rows.append((doc_id, kind, x, y))
    return counts, rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold")
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--names", action="store_true", help="list the changed pages (read sets only)")
    args = ap.parse_args(argv)
    gold = score.load(args.gold)
    counts, rows = page_changes(gold, score.load(args.before), score.load(args.after))
    if args.names:
        for doc_id, kind, x, y in rows:
            print(f"{doc_id}\t{kind}\ttp {x['tp']}->{y['tp']}\tpred {x['pred']}->{y['pred']}\tgold {x['gold']}")
    print("pages changed of", len(gold), ":", ", ".join(
        f"{kind} {n} ({up} up, {down} down)" for kind, (n, up, down) in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
