#!/usr/bin/env python3
"""How many of BASIL's selectively-included spans does the divergence report flag?

    python3 benchmarks/eval_divergence.py [--shared ../shared] [--limit N] [--cache FILE]

BASIL (100 events x Fox, NYT, HuffPost) marks spans that experts judged informational bias:
content one outlet chose to include. For each such span we ask whether `compare` on the three
accounts flags the statement holding it as present in its account and absent from at least one
other (and from both others). Also printed: the share of all statements flagged, a rough
guide to how selective the flags are.
"""
from __future__ import annotations

import argparse
import glob
import json
import sys
from collections import defaultdict
from pathlib import Path

from newsgraph import analyze_many
from newsgraph.corpus.compare import compare
from newsgraph.model import Analysis, Failure


def load(shared: Path, limit: int | None):
    base = shared / "benchmarks/clusters/basil"
    anns = {}
    for p in glob.glob(str(base / "annotations/*/*_ann.json")):
        a = json.load(open(p, encoding="utf-8"))
        anns[a["uuid"]] = a
    docs = []
    for p in sorted(glob.glob(str(base / "articles/*/*.json"))):
        d = json.load(open(p, encoding="utf-8"))
        text = d["title"] + "\n\n" + "\n\n".join(" ".join(x) for x in d["body-paragraphs"])
        docs.append({"id": d["uuid"], "text": text, "published": d.get("date"), "outlet": d["source"].lower(),
                     "title": d["title"], "triplet": d["triplet-uuid"]})
    triplets = sorted({d["triplet"] for d in docs})[:limit] if limit else None
    if triplets:
        docs = [d for d in docs if d["triplet"] in set(triplets)]
    return docs, anns


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--limit", type=int, help="only the first N events")
    ap.add_argument("--cache", type=Path, help="JSONL of analyses to reuse (written when missing)")
    ap.add_argument("--semantic", action="store_true", help="also align with sentence embeddings (extra)")
    args = ap.parse_args()
    docs, anns = load(args.shared, args.limit)
    analyses: dict[str, Analysis] = {}
    if args.cache and args.cache.exists():
        from newsgraph.corpus.accounts import Analysis as _A  # noqa: F401  (same class)
        for line in args.cache.open(encoding="utf-8"):
            analyses_d = json.loads(line)
            analyses[analyses_d["id"]] = _from_dict(analyses_d)
    else:
        items = [{k: d[k] for k in ("id", "text", "published", "outlet", "title")} for d in docs]
        for res in analyze_many(items):
            if isinstance(res, Failure):
                print(f"skipped {res}", file=sys.stderr)
                continue
            analyses[res.id] = res
        if args.cache:
            with args.cache.open("w", encoding="utf-8") as fh:
                for a in analyses.values():
                    fh.write(json.dumps(a.to_dict(), ensure_ascii=False) + "\n")
    by_triplet = defaultdict(list)
    for d in docs:
        if d["id"] in analyses:
            by_triplet[d["triplet"]].append(analyses[d["id"]])
    spans = flagged_any = flagged_all = located = 0
    statements = statements_flagged = 0
    fn = None
    if args.semantic:
        from newsgraph.corpus.compare import statements_of
        from newsgraph.corpus.semantic import Embedder, statement_similarity
        emb = Embedder()
        emb.embed([s.text for a in analyses.values() for s in statements_of(a)])
        fn = statement_similarity(emb)
    for group in by_triplet.values():
        cmp = compare(group, similarity_fn=fn)
        where = defaultdict(list)  # doc -> [(start, end, n_absent)]
        for c in cmp.claims:
            for s in c.statements:
                where[s.doc].append((s.start, s.end, len(c.absent_from)))
                statements += 1
                statements_flagged += bool(c.absent_from)
        for a in group:
            for ann in anns.get(a.id, {}).get("phrase-level-annotations", []):
                if ann.get("bias") != "inf":
                    continue
                spans += 1
                txt = ann["txt"].strip().strip("\"“”")
                pos = a.text.find(txt)
                if pos < 0:
                    continue
                located += 1
                end = pos + len(txt)
                hits = [n for s, e, n in where[a.id] if s < end and pos < e]
                flagged_any += any(n >= 1 for n in hits)
                flagged_all += any(n >= len(group) - 1 for n in hits)
    print(f"events {len(by_triplet)}  documents {len(analyses)}  informational-bias spans {spans} "
          f"(located in text {located})")
    print(f"flagged as absent from at least one other account: {flagged_any}/{located} = "
          f"{flagged_any / max(1, located):.3f}")
    print(f"flagged as absent from both other accounts:       {flagged_all}/{located} = "
          f"{flagged_all / max(1, located):.3f}")
    print(f"all statements flagged as absent somewhere: {statements_flagged}/{statements} = "
          f"{statements_flagged / max(1, statements):.3f}")
    return 0


def _from_dict(d: dict) -> Analysis:
    from newsgraph.model import Actor, Attribution, Entity, Event, Quote, Speaker
    a = Analysis(**{k: d.get(k) for k in ("id", "text", "published", "title", "outlet", "url", "author")})
    a.entities = [Entity(**e) for e in d.get("entities", [])]
    a.quotes = [Quote(**{**q, "speaker": Speaker(**q["speaker"]) if q.get("speaker") else None})
                for q in d.get("quotes", [])]
    a.attributions = [Attribution(**s) for s in d.get("attributions", [])]
    a.events = [Event(**{**e, "actor1": Actor(**e["actor1"]) if e.get("actor1") else None,
                         "actor2": Actor(**e["actor2"]) if e.get("actor2") else None}) for e in d.get("events", [])]
    return a


if __name__ == "__main__":
    sys.exit(main())
