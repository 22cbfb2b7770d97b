#!/usr/bin/env python3
"""Audit the keep/drop rules (direct quotes: drop_audit.py) of indirect speech (indirect.py guards) and sources (source judges, credit filters)
by their pooled record over annotated pages.

    .venv/bin/python scripts/quality/drop_audit_is.py GOLD.jsonl ... [--kind indirect|sources|both] [--shared DIR]

GOLD: score.py gold files WITH texts (the session's read sets; they stay outside the repository). Every page is
analysed once (PYTHONPATH=TREE/src to audit another tree) with the candidate traces on (indirect_model.collecting, source_model.collecting), so the output is
the rules' own. For each named drop rule the table counts, pooled and per set:

- right: the candidate it dropped matches no gold item (its drop saved a false positive);
- wrong: the candidate matches a gold item (score.py's matching; indirect: each span covering half of the
  other's tokens, speaker aside; sources: the train_source_model label, a gold source of the sentence the output
  names less often than the gold) that nothing in the output matches (its drop cost a point);
- covered: matches a gold item the output has anyway (no effect);
- net = right - wrong; "neg sets" lists the sets where the rule is net-negative.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
import eval_quotes_wire as W  # noqa: E402


def _span_match(sc, a: str, b: str) -> bool:
    return min(sc.overlap(a, b)) >= 0.5


def collect(paths: list[Path], shared: Path) -> list[dict]:
    """Every page analysed once with both traces on: doc["ind_cands"], doc["ind_out"] (indirect statements of the
    output), doc["cands"], doc["out"] (source candidates and attributions, as train_source_model.collect)."""
    import train_source_model as S

    from newsgraph.analyze import analyze_many
    from newsgraph.extract import indirect_model, source_model
    from newsgraph.model import Analysis

    docs = S.load_gold(paths, shared)
    by_key = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                by_key[(path.stem, str(rec["id"]))] = rec
    for d in docs:
        rec = by_key[(d["set"], d["id"])]
        text = d["input"]["text"]
        d["indirect"] = [{"speaker": it.get("speaker"),
                          "text": text[it["start"]:it["end"]] if "start" in it and "text" not in it else it["text"]}
                         for it in rec.get("indirect", [])]
    with indirect_model.collecting() as ilog, source_model.collecting() as slog:
        i_done = s_done = 0
        for res in analyze_many([dict(d["input"], id=str(k)) for k, d in enumerate(docs)]):
            if not isinstance(res, Analysis):
                print(f"analysis failed: {res}", file=sys.stderr)
                continue
            d = docs[int(res.id)]
            d["ind_cands"], i_done = ilog[i_done:], len(ilog)
            cands = []
            for c in slog[s_done:]:
                f = c["found"]
                guard = _mention_rule(f) if c["guard"] == "mention" else c["guard"]
                cands.append(dict(c, guard=guard, name=f.reported_by, key=f.key, kind=f.kind))
            s_done = len(slog)
            d["cands"] = cands
            d["out"] = [{"reported_by": a.reported_by, "start": a.start, "end": a.end} for a in res.attributions]
            d["ind_out"] = [{"text": q.text, "speaker": q.speaker.name if q.speaker else None}
                            for q in res.quotes if q.kind in ("indirect", "mixed")]
    for d in docs:
        for key in ("ind_cands", "cands", "out", "ind_out"):
            d.setdefault(key, [])
    return docs


def _mention_rule(f) -> str:
    """Which of credit_filters.credit_counts' rules turned a credited source noun into a mention."""
    from newsgraph.extract import credit_filters as C
    from newsgraph.extract.source_lexicon import lexicon

    tok = C._source_token(f) if f.noun is not None else None
    if tok is None:
        return "mention"
    lex = lexicon()
    for name in ("mentioned_by_participle", "adds_to_something", "reports_of_people", "figures_of_people"):
        fn = getattr(C, name)
        if fn(tok, lex) if name != "adds_to_something" else fn(tok):
            return "mention:" + name
    return "mention"


def audit_indirect(docs: list[dict], sc, listing: list | None = None) -> dict:
    table: dict = defaultdict(lambda: defaultdict(Counter))
    for d in docs:
        for c in d["ind_cands"]:
            g = c["guard"]
            if g is None or g.startswith("alt_"):
                continue  # kept by the rules, or an extra candidate only the model offers
            hits = [x for x in d["indirect"] if _span_match(sc, x["text"], c["text"])]
            if not hits:
                verdict = "right"
            elif any(_span_match(sc, x["text"], o["text"]) for x in hits for o in d["ind_out"]):
                verdict = "covered"
            else:
                verdict = "wrong"
            table[g][d["set"]][verdict] += 1
            if verdict == "wrong" and any(sc.same_speaker(x["speaker"], c["speaker"]) for x in hits):
                table[g][d["set"]]["wrong_spk"] += 1
            if listing is not None:
                listing.append(("indirect", d["set"], d["id"], g, verdict, c["speaker"], c["text"]))
    return table


def audit_sources(docs: list[dict], sc, listing: list | None = None) -> dict:
    import train_source_model as S
    S.label(docs, sc)
    table: dict = defaultdict(lambda: defaultdict(Counter))
    for d in docs:
        gold = [g["reported_by"] for g in d["attributions"]]
        for c in d["cands"]:
            g = c["guard"]
            if g is None:
                continue
            if c["y"]:
                verdict = "wrong"
            elif any(S._same(sc, x, c["name"]) for x in gold):
                verdict = "covered"
            else:
                verdict = "right"
            table[g][d["set"]][verdict] += 1
            if listing is not None:
                text = d["input"]["text"]
                listing.append(("sources", d["set"], d["id"], g, verdict, c["name"],
                                text[c["sent_start"]:c["sent_end"]]))
    return table


def show(title: str, table: dict) -> None:
    print(f"\n== {title}: drop rules by pooled record (right = saved FP, wrong = lost gold item)")
    print(f"{'rule':34s} {'right':>6s} {'wrong':>6s} {'cover':>6s} {'net':>6s}  neg sets / per set right-wrong")
    rows = []
    for rule, by_set in table.items():
        tot = Counter()
        for cnt in by_set.values():
            tot.update(cnt)
        rows.append((tot["right"] - tot["wrong"], rule, tot, by_set))
    for net, rule, tot, by_set in sorted(rows):
        neg = [s for s, c in sorted(by_set.items()) if c["right"] < c["wrong"]]
        per = " ".join(f"{s}:{c['right']}-{c['wrong']}" for s, c in sorted(by_set.items()))
        extra = f" (spk ok {tot['wrong_spk']})" if "wrong_spk" in tot else ""
        print(f"{rule:34s} {tot['right']:6d} {tot['wrong']:6d} {tot['covered']:6d} {net:+6d}  "
              f"{','.join(neg) or '-'} | {per}{extra}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path, nargs="+")
    ap.add_argument("--kind", choices=("indirect", "sources", "both"), default="both")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--list", type=Path, help="file for one line per drop: kind, set, id, rule, verdict, who, text")
    args = ap.parse_args(argv)
    sc = W.load_score(args.shared)
    docs = collect(args.gold, args.shared)
    listing: list | None = [] if args.list else None
    if args.kind in ("indirect", "both"):
        show("indirect", audit_indirect(docs, sc, listing))
    if args.kind in ("sources", "both"):
        show("sources", audit_sources(docs, sc, listing))
    if args.list:
        args.list.write_text("".join("\t".join(str(x) if x is not None else "" for x in row[:-1]) + "\t" +
                                     " ".join(row[-1].split())[:200] + "\n" for row in listing), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
