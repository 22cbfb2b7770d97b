#!/usr/bin/env python3
"""Audit the direct-quote drop rules by their record on annotated pages.

    .venv/bin/python scripts/quality/drop_audit.py GOLD.jsonl [GOLD.jsonl ...] [--tree DIR] [--save DIR]

GOLD files are score.py gold files that carry each page's "text" (the session read sets, kept outside the repo).
Every page is analysed once with the direct-quote drop trace on (extract/quote_trace.collecting): each quoted
span that a rule of direct_quotes / quote_keep leaves out, with the rule's name. A drop is
- wrong: the span matches a gold direct quote (score.py's token overlap, both ways >= 0.5; speaker aside) that the
  final output does not match (a point lost to the rule),
- covered: it matches a gold quote that the output matches anyway (through another span),
- right: it matches no gold quote.
Prints per rule: right, wrong, covered, net (right - wrong), and the files where the rule is net-negative; then
direct / indirect who-said-what and sources F1 per file (score.py). --save DIR writes DIR/NAME.pred.jsonl per
file. --tree DIR runs DIR/src instead of this checkout's. Standard library plus newsgraph.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("score", HERE.parent.parent.parent / "shared" / "eval" / "score.py")
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)


def audit_page(gold: dict, pred: dict, drops: list[tuple[int, int, str]], text: str) -> list[tuple[str, str, str]]:
    """(rule, verdict, span) per dropped span: wrong / covered / right."""
    gq = gold.get("quotes", [])
    pq = [q for q in pred.get("quotes", []) if q.get("kind", "direct") in ("direct", "partial", "mixed")]
    got = {id(a) for a, _ in score.match_spans(gq, pq)}
    out = []
    seen = set()
    for start, end, rule in drops:
        if (start, end) in seen:
            continue
        seen.add((start, end))
        span = text[start:end]
        hits = [g for g in gq if min(score.overlap(g.get("text"), span)) >= 0.5]
        verdict = "right" if not hits else "covered" if all(id(g) in got for g in hits) else "wrong"
        out.append((rule, verdict, span))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--tree", help="a checkout whose src/ to run")
    ap.add_argument("--save", help="directory for NAME.pred.jsonl")
    ap.add_argument("--list", help="file for one line per drop: file, id, rule, verdict, the span")
    args = ap.parse_args()
    sys.path.insert(0, str(Path(args.tree).resolve() / "src") if args.tree else str(HERE.parent.parent / "src"))
    from newsgraph.analyze import analyze_many
    from newsgraph.extract.quote_trace import collecting

    table: dict[str, Counter] = defaultdict(Counter)
    per_file: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    figures = []
    listing = open(args.list, "w") if args.list else None
    for path in args.gold:
        name = Path(path).stem
        gold = score.load(path)
        items = [{k2: g.get(k2) for k2 in ("text", "published", "outlet", "url", "title", "author")} | {"id": k}
                 for k, g in gold.items()]  # what `newsgraph analyze GOLD` reads from each record
        preds = {}
        with collecting() as trace:
            for res in analyze_many(items):
                drops = list(trace)
                trace.clear()
                if not hasattr(res, "to_dict"):
                    continue
                d = res.to_dict()
                preds[d["id"]] = d
                for rule, verdict, span in audit_page(gold[d["id"]], d, drops, d.get("text") or ""):
                    table[rule][verdict] += 1
                    per_file[rule][name][verdict] += 1
                    if listing is not None:
                        listing.write(f"{name}\t{d['id']}\t{rule}\t{verdict}\t{' '.join(span.split())[:150]}\n")
        if args.save:
            Path(args.save).mkdir(parents=True, exist_ok=True)
            with open(Path(args.save) / f"{name}.pred.jsonl", "w") as f:
                for d in preds.values():
                    f.write(json.dumps(d) + "\n")
        s = score.score_quotes(gold, preds)
        figures.append((name, s["direct_who_said_what"]["f1"], s["indirect_who_said_what"]["f1"], s["sources"]["f1"]))
    print(f"{'rule':24} {'right':>6} {'wrong':>6} {'covered':>8} {'net':>5}  net-negative in")
    for rule, c in sorted(table.items(), key=lambda x: x[1]["right"] - x[1]["wrong"]):
        neg = [f"{n}({v['right'] - v['wrong']})" for n, v in per_file[rule].items() if v["right"] < v["wrong"]]
        print(f"{rule:24} {c['right']:6} {c['wrong']:6} {c['covered']:8} {c['right'] - c['wrong']:5}  {' '.join(neg)}")
    print()
    for name, d, i, so in figures:
        print(f"{name:16} direct {d:.3f} indirect {i:.3f} sources {so:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
