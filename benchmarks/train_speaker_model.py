#!/usr/bin/env python3
"""Train the learned speaker choice for direct quotes (extract/speaker_model.py) and measure it honestly.

    .venv/bin/python benchmarks/train_speaker_model.py --gold SET.jsonl [SET.jsonl ...] [--dev GOLD]
        [--score ../shared/eval/score.py] [--folds 5] [--C 0.3] [--cache FILE] [--write]

Data: annotated sets in score.py's gold format WITH their text (one JSON line per page: id, text, quotes, ...),
e.g. the session's read sets; the pages' text never enters the repository, only weights and figures. Every page
is analysed once with the candidate trace on (speaker_model.collecting): each direct/partial quote of the output
with its candidate speakers and their features. A quote is matched to the gold with score.py's own matching
(match_spans); a candidate is labelled 1 when score.py's same_speaker accepts it for the gold speaker.

Figures: direct who-said-what F1 (score.py's matching, on the traced output quotes) for the rules' picks, for
the model's choice and for the ORACLE (a quote counts when any candidate is right), overall and per set, in
article-grouped K-fold cross-validation; the margin (best candidate over the rules' pick) and the fill threshold
(a quote without a speaker) are chosen by an inner grouped CV inside each training fold. --dev GOLD: the model
fitted on all --gold pages, scored on those pages (e.g. run_dev.py --keep DIR's quotes-gold.jsonl). --write
stores the weights fitted on every --gold page, the margin chosen by grouped CV over them and the figures in
src/newsgraph/data/speaker_model.json. Needs scikit-learn (pyproject extra `train`).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import pickle
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsgraph" / "data" / "speaker_model.json"
MARGINS = [0.0, 0.05, 0.1, 0.2, 0.3, 0.5, 1.01]
FILLS = [0.2, 0.4, 0.6, 1.01]
PRUNE = 0.005
DROP_PREFIX: tuple = ()  # experiment: features left out (e.g. ("rule",))


def keep_feats(feats):
    return [f for f in feats if not f.startswith(DROP_PREFIX)] if DROP_PREFIX else feats


def load_score(path: Path):
    spec = importlib.util.spec_from_file_location("ng_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


GOLDEN = [ROOT / "tests" / "golden" / n for n in ("basil_pool.jsonl", "basil_pool_p8.jsonl", "basil_pool_p10.jsonl",
                                                  "basil_pool_p11.jsonl", "basil_pool_s21.jsonl", "basil_extra.jsonl",
                                                  "wire_quotes.jsonl")]
BASIL = Path("benchmarks") / "clusters" / "basil" / "articles"
PAGES = Path("benchmarks") / "extraction" / "ground-truth.json"


def _texts(shared: Path) -> dict[str, str]:
    """Texts of the repo's golden files (they hold ids only): BASIL articles and the wire pages, from ../shared."""
    out = {}
    for p in sorted((shared / BASIL).glob("*/*.json")):
        d = json.loads(p.read_text(encoding="utf-8"))
        out[d["uuid"]] = d["title"] + "\n\n" + "\n\n".join(" ".join(x) for x in d["body-paragraphs"])
    if (shared / PAGES).is_file():
        for k, v in json.loads((shared / PAGES).read_text(encoding="utf-8")).items():
            out.setdefault(k, v["articleBody"])
    return out


def load_gold(paths: list[Path], texts: dict | None = None, skip: set | None = None) -> list[dict]:
    """Pages of the gold files (the first file naming an id wins; ids in ``skip`` are left out)."""
    docs = []
    seen = set(skip or ())
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                text = rec.get("text") or (texts or {}).get(str(rec["id"]))
                if not text or str(rec["id"]) in seen:
                    continue
                seen.add(str(rec["id"]))
                docs.append({"set": path.stem, "id": str(rec["id"]), "text": text,
                             "published": rec.get("published"), "outlet": rec.get("outlet"),
                             "gold": [{"speaker": q.get("speaker"),
                                       "text": q["text"] if "text" in q else text[q["start"]:q["end"]]}
                                      for q in rec.get("quotes", [])]})
    return docs


def collect(docs: list[dict]) -> None:
    """doc["trace"]: the traced quotes of each page (the rules decide the output)."""
    from newsgraph.analyze import analyze_many
    from newsgraph.extract.speaker_model import collecting
    from newsgraph.model import Analysis

    items = [{"id": str(k), "text": d["text"], "published": d.get("published"), "outlet": d.get("outlet")}
             for k, d in enumerate(docs)]
    with collecting() as log:
        done = 0
        for res in analyze_many(items):
            if not isinstance(res, Analysis):
                print(f"analysis failed: {res}", file=sys.stderr)
                continue
            docs[int(res.id)]["trace"] = log[done:]
            done = len(log)
    for d in docs:
        d.setdefault("trace", [])


def label(docs: list[dict], score) -> None:
    """q["gold"]: the gold speaker of each traced quote matched to a gold quote (else None); c["y"] per candidate."""
    for d in docs:
        for q in d["trace"]:
            q["gold"] = None
            for c in q["cands"]:
                c["y"] = 0
        m = score.match_spans(d["gold"], d["trace"])
        for g, q in m:
            q["gold"] = g["speaker"] or ""
            for c in q["cands"]:
                c["y"] = int(score.same_speaker(g["speaker"], c["name"]))


def f1(docs, choose) -> tuple[float, int, int, int]:
    tp = n_pred = n_gold = 0
    for d in docs:
        n_gold += len(d["gold"])
        n_pred += len(d["trace"])
        for q in d["trace"]:
            if q["gold"] is None:
                continue
            tp += choose(q)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), tp, n_pred, n_gold


def rule_choice(q) -> int:
    return next((c["y"] for c in q["cands"] if c["rule"]), 0)


def oracle_choice(q) -> int:
    return int(any(c["y"] for c in q["cands"]))


def fit(docs, C: float):
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    vocab: dict[str, int] = {}
    rows, cols, ys = [], [], []
    n = 0
    for d in docs:
        for q in d["trace"]:
            if q["gold"] is None or len(q["cands"]) < 2:
                continue
            for c in q["cands"]:
                for f in set(keep_feats(c["feats"])):
                    rows.append(n)
                    cols.append(vocab.setdefault(f, len(vocab)))
                ys.append(c["y"])
                n += 1
    if n == 0 or len(set(ys)) < 2:
        return 0.0, {}
    X = csr_matrix(([1.0] * len(rows), (rows, cols)), shape=(n, len(vocab)))
    lr = LogisticRegression(C=C, max_iter=2000, solver="liblinear")
    lr.fit(X, ys)
    weights = {f: float(lr.coef_[0][j]) for f, j in vocab.items()}
    return float(lr.intercept_[0]), weights


def prob_fn(bias, weights):
    import math

    def p(feats):
        z = bias + sum(weights.get(x, 0.0) for x in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    return p


def chooser(bias, weights, margin, fill):
    from newsgraph.extract.speaker_model import decide
    p = prob_fn(bias, weights)

    stats = defaultdict(int)

    def choose(q):
        cands = q["cands"]
        rule = next((k for k, c in enumerate(cands) if c["rule"]), None)
        k = decide(rule, [p(keep_feats(c["feats"])) for c in cands], margin, fill)
        y = cands[k]["y"] if k is not None and cands[k]["name"] else 0
        if k != rule:
            was = cands[rule]["y"] if rule is not None else 0
            stats["fixed" if y > was else "broken" if y < was else "same"] += 1
        return y
    choose.stats = stats
    return choose


def folds_of(docs, k: int, seed: int = 0):
    import random
    ids = sorted({d["set"] + "/" + d["id"] for d in docs})
    random.Random(seed).shuffle(ids)
    fold = {i: n % k for n, i in enumerate(ids)}
    return [fold[d["set"] + "/" + d["id"]] for d in docs]


def pick_thresholds(docs, C: float, k: int = 3):
    """Margin and fill by grouped CV inside ``docs``: the pair with the most who-said-what hits out of fold."""
    f = folds_of(docs, k, seed=1)
    hits = defaultdict(int)
    for j in range(k):
        train = [d for d, g in zip(docs, f, strict=True) if g != j]
        test = [d for d, g in zip(docs, f, strict=True) if g == j]
        bias, w = fit(train, C)
        for m in MARGINS:
            for fl in FILLS:
                hits[(m, fl)] += f1(test, chooser(bias, w, m, fl))[1]
    best = max(hits.values())
    # the most conservative pair among the best (largest margin, then largest fill)
    return max((mf for mf, h in hits.items() if h == best))


def cross_validate(docs, C: float, k: int):
    f = folds_of(docs, k)
    chosen = {}
    for j in range(k):
        train = [d for d, g in zip(docs, f, strict=True) if g != j]
        test = [d for d, g in zip(docs, f, strict=True) if g == j]
        margin, fill = pick_thresholds(train, C)
        bias, w = fit(train, C)
        ch = chooser(bias, w, margin, fill)
        print(f"  fold {j}: margin {margin} fill {fill}", file=sys.stderr)
        for d in test:
            chosen[id(d)] = ch
    return lambda d: chosen[id(d)]


def report(docs, per_doc_choice) -> dict:
    out = {}
    sets = sorted({d["set"] for d in docs}) + ["ALL"]
    for s in sets:
        sub = [d for d in docs if s == "ALL" or d["set"] == s]
        if s == "ALL":  # count the changes once, over every page
            for ch in {id(per_doc_choice(d)): per_doc_choice(d) for d in docs}.values():
                getattr(ch, "stats", {}).clear()
        rules = f1(sub, rule_choice)
        oracle = f1(sub, oracle_choice)
        tp = sum(per_doc_choice(d)(q) for d in sub for q in d["trace"] if q["gold"] is not None)
        _, _, n_pred, n_gold = rules
        p, r = tp / n_pred if n_pred else 0, tp / n_gold if n_gold else 0
        model = 2 * p * r / (p + r) if p + r else 0.0
        out[s] = {"pages": len(sub), "rules": round(rules[0], 4), "model": round(model, 4),
                  "oracle": round(oracle[0], 4), "hits_rules": rules[1], "hits_model": tp, "hits_oracle": oracle[1]}
        print(f"{s:12s} pages {len(sub):3d}  rules {rules[0]:.4f}  model {model:.4f}  oracle {oracle[0]:.4f}"
              f"  (hits {rules[1]} / {tp} / {oracle[1]})")
    stats = defaultdict(int)
    for ch in {id(per_doc_choice(d)): per_doc_choice(d) for d in docs}.values():
        for k, v in getattr(ch, "stats", {}).items():
            stats[k] += v
    print("  model's changes over every page (quotes fixed / broken / swapped with the same outcome):", dict(stats))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, nargs="+", required=True)
    ap.add_argument("--dev", type=Path)
    ap.add_argument("--score", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--C", type=float, default=0.3)
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--drop", nargs="*", default=[])
    ap.add_argument("--golden", action="store_true", help="also the repo's golden BASIL/wire files (texts from ../shared)")
    args = ap.parse_args(argv)
    global DROP_PREFIX
    DROP_PREFIX = tuple(args.drop)
    score = load_score(args.score)
    if args.cache and args.cache.exists():
        docs, dev = pickle.loads(args.cache.read_bytes())
    else:
        dev = load_gold([args.dev]) if args.dev else []
        paths = list(args.gold) + (GOLDEN if args.golden else [])
        docs = load_gold(paths, _texts(args.score.parent.parent) if args.golden else None, {d["id"] for d in dev})
        collect(docs + dev)
        if args.cache:
            args.cache.write_bytes(pickle.dumps((docs, dev)))
    label(docs, score)
    label(dev, score)
    print(f"{len(docs)} pages, {sum(len(d['trace']) for d in docs)} quotes, "
          f"{sum(len(q['cands']) for d in docs for q in d['trace'])} candidates")
    print(f"cross-validation ({args.folds} folds, grouped by article), direct who-said-what F1:")
    cv = report(docs, cross_validate(docs, args.C, args.folds))
    margin, fill = pick_thresholds(docs, args.C, args.folds)
    bias, w = fit(docs, args.C)
    print(f"all pages: margin {margin} fill {fill}, {sum(1 for v in w.values() if abs(v) >= PRUNE)} weights")
    dev_fig = {}
    if dev:
        print("dev (model fitted without dev):")
        ch = chooser(bias, w, margin, fill)
        dev_fig = report(dev, lambda d: ch)
    if args.write:
        data = {"bias": round(bias, 5),
                "weights": {k: round(v, 5) for k, v in sorted(w.items()) if abs(v) >= PRUNE},
                "thresholds": {"margin": margin, "fill": fill},
                "metadata": {"trained_on": sorted({d["set"] for d in docs}), "pages": len(docs), "C": args.C,
                             "cv_folds": args.folds, "cv": cv, "dev": dev_fig,
                             "script": "benchmarks/train_speaker_model.py"}}
        OUT.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
