#!/usr/bin/env python3
"""What the sentence-embedding event coder costs per article: the MiniLM encoder vs the spaCy parse.

    .venv/bin/python benchmarks/bench_event_semantic.py [--corpus ../shared/benchmarks/clusters/basil] [--n 50]

Cleans ``n`` articles once (bench.load_corpus), then times on the same texts, best of --repeat:
the bare spaCy parse (nlp.pipe), the encoder alone on the parser's sentences (one batch per
article, as event_semantic does), and analyze_many with the rule coder alone and with
NEWSGRAPH_EVENT_MODEL=semantic. Prints seconds, milliseconds per article and ratios to the parse.
Needs the ``semantic`` extra.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "benchmarks" / "clusters" / "basil"


def _clock(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(DEFAULT))
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--torch-threads", type=int, default=0,
                    help="torch.set_num_threads for the encoder (0: torch's default; on a busy machine 1 is faster)")
    args = ap.parse_args(argv)
    if not Path(args.corpus).exists():
        print(f"skip: {args.corpus} not found")
        return 0
    from newsgraph.analyze import analyze_many
    from newsgraph.bench import load_corpus
    from newsgraph.extract import event_model, event_semantic
    from newsgraph.nlp import load

    event_semantic.require()
    if args.torch_threads:
        import torch

        torch.set_num_threads(args.torch_threads)
    docs, _ = load_corpus(args.corpus, args.n)
    nlp = load()
    texts = [d.text for d in docs]
    parsed = list(nlp.pipe(texts, batch_size=16))
    sents = [[s.text for s in doc.sents] for doc in parsed]
    event_semantic.encode(["warm up"])
    n_sents = sum(map(len, sents))
    words = sum(len(t.split()) for t in texts)

    def encoder():
        for ss in sents:
            event_semantic.encode(ss)

    def run(mode):
        def go():
            with event_model.use_mode(mode):
                for _ in analyze_many(docs):
                    pass
        return go

    best: dict[str, float] = {}
    for _ in range(args.repeat):  # interleaved, the fastest of each kept
        for name, fn in (("spacy parse", lambda: list(nlp.pipe(texts, batch_size=16))), ("encoder", encoder),
                         ("analyze, rules", run("rules")), ("analyze, semantic", run("semantic"))):
            best[name] = min(best.get(name, float("inf")), _clock(fn))
    print(f"{len(docs)} articles, {n_sents} sentences, {words} words (best of {args.repeat})")
    for name, s in best.items():
        print(f"  {name:<18} {s:7.2f} s  {1000 * s / len(docs):7.1f} ms/article  "
              f"{s / best['spacy parse']:5.2f}x the parse")
    print(f"  semantic mode adds {1000 * (best['analyze, semantic'] - best['analyze, rules']) / len(docs):.1f} "
          f"ms/article to analyze")
    return 0


if __name__ == "__main__":
    sys.exit(main())
