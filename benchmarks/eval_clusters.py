#!/usr/bin/env python3
"""Story clustering on the shared benchmarks, scored with ../shared/eval/score.py clusters.

    python3 benchmarks/eval_clusters.py [--shared ../shared] [--threshold 0.22]

Prints B-cubed P/R/F1 for ECB+ topics 1-10 (20 events plus same-kind decoys) and for BASIL
(100 events x 3 outlets). Text only (no spaCy), so it runs in seconds.
"""
from __future__ import annotations

import argparse
import glob
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from newsgraph.corpus.stories import StoryDoc, cluster, labels


def ecb(shared: Path) -> tuple[list[StoryDoc], dict[str, str]]:
    docs, gold = [], {}
    for line in open(shared / "benchmarks/clusters/ecbplus_topics1-10.jsonl", encoding="utf-8"):
        r = json.loads(line)
        docs.append(StoryDoc(r["doc_id"], " ".join(r["sentences"]), r.get("title_guess")))
        gold[r["doc_id"]] = r["event_cluster"]
    return docs, gold


def basil(shared: Path) -> tuple[list[StoryDoc], dict[str, str]]:
    docs, gold = [], {}
    for p in sorted(glob.glob(str(shared / "benchmarks/clusters/basil/articles/*/*.json"))):
        d = json.load(open(p, encoding="utf-8"))
        text = "\n\n".join(" ".join(x) for x in d["body-paragraphs"])
        docs.append(StoryDoc(d["uuid"], text, d["title"], d.get("date")))
        gold[d["uuid"]] = d["triplet-uuid"]
    return docs, gold


def score(shared: Path, gold: dict, pred: dict) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        g, p = Path(tmp) / "g.jsonl", Path(tmp) / "p.jsonl"
        g.write_text("".join(json.dumps({"id": k, "cluster": v}) + "\n" for k, v in gold.items()))
        p.write_text("".join(json.dumps({"id": k, "cluster": v}) + "\n" for k, v in pred.items()))
        out = subprocess.run([sys.executable, str(shared / "eval/score.py"), "clusters", str(g), str(p)],
                             capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])["clusters"]["bcubed"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--semantic", action="store_true", help="blend in sentence embeddings (semantic extra)")
    args = ap.parse_args()
    kw = {"threshold": args.threshold} if args.threshold is not None else {}
    for name, load in (("ecb+ topics 1-10", ecb), ("basil", basil)):
        docs, gold = load(args.shared)
        if args.semantic:
            from newsgraph.corpus.semantic import document_embeddings
            kw.setdefault("threshold", 0.4)
            stories = cluster(docs, embeddings=document_embeddings(docs), **kw)
        else:
            stories = cluster(docs, **kw)
        res = score(args.shared, gold, {k: str(v) for k, v in labels(stories).items()})
        print(f"{name:18s} docs={len(docs):4d} stories={len(stories):4d} "
              f"B3 P={res['p']:.3f} R={res['r']:.3f} F1={res['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
