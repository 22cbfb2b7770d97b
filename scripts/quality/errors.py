#!/usr/bin/env python3
"""List what newsgraph got wrong on an annotated gold file, document by document.

    python3 scripts/quality/errors.py GOLD.jsonl PRED.jsonl [--kind direct|indirect|sources] [--id ID]

Uses ../shared/eval/score.py's own matching, so every line here is one point lost there:
MISS (gold entry with no predicted match), FP (prediction with no gold match), SPK (matched,
wrong speaker: gold -> predicted). Standard library only.
"""
from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("score", HERE.parent.parent.parent / "shared" / "eval" / "score.py")
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)

KINDS = {"direct": ("quotes", {"direct", "partial", "mixed"}), "indirect": ("indirect", {"indirect", "mixed"})}


def short(text: str | None, n: int = 110) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 3] + "..."


def quote_errors(g: dict, p: dict, kind: str) -> list[str]:
    field, pkinds = KINDS[kind]
    gq = g.get(field, [])
    pq = [q for q in p.get("quotes", []) if q.get("kind", "direct") in pkinds]
    matched = score.match_spans(gq, pq)
    got_g = {id(a) for a, _ in matched}
    got_p = {id(b) for _, b in matched}
    out = []
    for a, b in matched:
        if not score.same_speaker(a.get("speaker"), score.pred_speaker(b)):
            out.append(f"  SPK  {a.get('speaker')!r} -> {score.pred_speaker(b)!r}: {short(a.get('text'))}")
    out += [f"  MISS {a.get('speaker')!r}: {short(a.get('text'))}" for a in gq if id(a) not in got_g]
    out += [f"  FP   {score.pred_speaker(b)!r}: {short(b.get('text'))}" for b in pq if id(b) not in got_p]
    return out


def source_errors(g: dict, p: dict) -> list[str]:
    gs = [a.get("reported_by") for a in g.get("attributions", [])]
    left = [a.get("reported_by") for a in p.get("attributions", [])]
    out = []
    for s in gs:
        for i, q in enumerate(left):
            og, op = score.overlap(s, q)
            if max(og, op) >= 0.5 or score.same_speaker(s, q):
                del left[i]
                break
        else:
            out.append(f"  MISS {s!r}")
    return out + [f"  FP   {q!r}" for q in left]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--kind", choices=["direct", "indirect", "sources"], action="append")
    ap.add_argument("--id", help="only this document")
    args = ap.parse_args()
    gold, pred = score.load(args.gold), score.load(args.pred)
    total = 0
    for doc_id, g in gold.items():
        if args.id and doc_id != args.id:
            continue
        p = pred.get(doc_id, {})
        lines = []
        for kind in args.kind or ["direct", "indirect", "sources"]:
            errs = source_errors(g, p) if kind == "sources" else quote_errors(g, p, kind)
            lines += [f" [{kind}]{e[1:]}" for e in errs]
        if lines:
            print(doc_id)
            print("\n".join(lines))
            total += len(lines)
    print(f"{total} errors")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
