#!/usr/bin/env python3
"""Learning curve of the trained event coders (issue #4): how held-fold F1 grows with coded sentences.

    .venv/bin/python benchmarks/train_event_curve.py --cache FILE [--emb FILE] [--fractions 0.125,0.25,0.5,0.75,1]
                                                     [--seeds 1] [--arms semantic,model] [--dump FILE]

The outer split is train_event_semantic's: 5 folds grouped by article over
tests/golden/events_train.jsonl. For each fraction, each training fold is cut down to that share
of its articles (a seeded draw of whole articles), and each arm is trained on the cut alone:

- ``semantic``: the frozen MiniLM head (train_event_semantic.fit/tune: thresholds from an inner
  grouped CV of the cut, never dropping a rule event, the rule-tuned sentences may lose at most
  ``--max-loss``);
- ``model``: the logistic candidate model (train_event_model.fit/fit_roots; thresholds chosen on
  the pooled out-of-fold predictions as train_event_model.cross_validate does).

The trigger table (the ``table`` candidates) is rebuilt from the cut, so a held sentence never
sees a trigger word only its own fold's coders marked. Prints held-fold root and actor-pair+root
F1 on the unseen-like sentences per fraction, and a log-linear fit of root F1 against the number
of unseen-like training sentences. Needs scikit-learn (the `train` extra) and cached embeddings.
"""
from __future__ import annotations

import argparse
import math
import os
import pickle
import random
import sys
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import train_event_model as T  # noqa: E402
import train_event_semantic as S  # noqa: E402


def cut(records: list[dict], idx, frac: float, seed: int) -> list[int]:
    """A seeded share ``frac`` of the articles of ``idx`` (all of them at 1)."""
    if frac >= 1:
        return list(idx)
    groups = sorted({T.group_of(records[i]) for i in idx})
    keep = set(random.Random(seed).sample(groups, max(1, round(frac * len(groups)))))
    return [i for i in idx if T.group_of(records[i]) in keep]


def with_table(records: list[dict], table: dict) -> list[dict]:
    """The records with their ``table`` candidates as ``table`` would give them."""
    return [dict(r, cands=T.fold_cands(r, table)) for r in records]


def semantic_fold(records, emb, tr, te, max_loss: float, score_events) -> tuple[dict, tuple, dict]:
    view = with_table(records, T.table_of([records[i] for i in tr]))
    codes = T.root_codes_of([records[i] for i in tr])
    inner = S.oof_probs(view, emb, tr, 4, 1.0)
    th = S.tune(score_events, view, list(tr), inner, codes, False, max_loss)
    models = S.fit(view, emb, tr, 1.0)
    probs = dict(zip(te, S.predict(models, view, emb, te), strict=True))
    preds = {i: S.events_of(view[i], probs[i], th, codes) for i in te}
    return preds, th, probs


def model_fold(records, tr, te) -> dict:
    train = [records[i] for i in tr]
    table, stats, codes = T.table_of(train), T.stats_of(train), T.root_codes_of(train)
    roots = sorted(codes)
    vec, m = T.fit(train, table, stats)
    rvec, rm = T.fit_roots(train, roots)
    test = [records[i] for i in te]
    return {i: (cs, ps, rp, records[i]["main"], codes)
            for i, (cs, ps), rp in zip(te, T.predict(vec, m, test, table, stats),
                                       T.predict_roots(rvec, rm, test, roots), strict=True)}


def model_threshold(records, oof: dict, score_events, max_loss: float) -> tuple:
    """train_event_model.cross_validate's choice: best root + pair F1 on the unseen-like
    out-of-fold predictions while the rule-tuned ones lose at most ``max_loss``."""
    import itertools

    seen = [i for i in oof if records[i].get("set") in T.UNSEEN]
    rest = [i for i in oof if records[i].get("set") not in T.UNSEEN]
    floor = T.figures(score_events, [records[i] for i in rest], [T.events_of(oof[i], None) for i in rest])
    best = None
    for th in itertools.product(T.KEEP_GRID, T.ADD_GRID, T.ROOT_GRID, T.GATE_GRID):
        kept = T.figures(score_events, [records[i] for i in rest], [T.events_of(oof[i], th) for i in rest])
        if any(floor[k]["f1"] - kept[k]["f1"] > max_loss for k in ("root", "triple")):
            continue
        res = T.figures(score_events, [records[i] for i in seen], [T.events_of(oof[i], th) for i in seen])
        goal = res["root"]["f1"] + res["triple"]["f1"]
        if best is None or goal > best[0] + 1e-9:
            best = (goal, th)
    return best[1]


def loglinear(xs: list[float], ys: list[float]) -> tuple[float, float]:
    """(a, b) of y = a + b * ln(x), least squares."""
    lx = np.log(np.asarray(xs, dtype=float))
    b, a = np.polyfit(lx, np.asarray(ys, dtype=float), 1)
    return float(a), float(b)


def main(argv=None) -> int:
    from sklearn.model_selection import GroupKFold

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", required=True, help="train_event_model's candidate pickle")
    ap.add_argument("--emb", default="/tmp/ngsem_emb.npz", help="sentence embeddings (train_event_semantic)")
    ap.add_argument("--fractions", default="0.125,0.25,0.5,0.75,1")
    ap.add_argument("--seeds", type=int, default=1, help="draws per fraction below 1")
    ap.add_argument("--arms", default="semantic,model")
    ap.add_argument("--max-loss", type=float, default=0.02, help="the semantic arm's rule-tuned loss bound")
    ap.add_argument("--model-max-loss", type=float, default=T.MAX_LOSS)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--dump", help="pickle the out-of-fold predictions per arm and fraction here")
    args = ap.parse_args(argv)
    S.DROP_GRID[:] = [0.0]  # the semantic arm as measured best: keep every rule event
    records = pickle.loads(Path(args.cache).read_bytes())
    emb = S.embed(records, Path(args.emb))
    score_events = T.scorer()
    arms = args.arms.split(",")
    fracs = [float(f) for f in args.fractions.split(",")]
    folds = list(GroupKFold(n_splits=args.folds).split(records, groups=[T.group_of(r) for r in records]))
    unseen = [i for i, r in enumerate(records) if r.get("set") in T.UNSEEN]
    rules = T.figures(score_events, [records[i] for i in unseen],
                      [S.events_of(records[i], None, None, {}) for i in unseen])
    print(f"rules alone (unseen-like, {len(unseen)} sentences): root {rules['root']['f1']:.3f} "
          f"pair {rules['triple']['f1']:.3f}", flush=True)
    rows, dump = [], {}
    for frac in fracs:
        for seed in range(args.seeds if frac < 1 else 1):
            t0 = time.time()
            sem, sem_th, sem_p, mod = {}, [], {}, {}
            n_train = n_unseen = 0
            for k, (tr, te) in enumerate(folds):
                sub = cut(records, tr, frac, seed * 100 + k)
                n_train += len(sub) / len(folds)
                n_unseen += sum(records[i].get("set") in T.UNSEEN for i in sub) / len(folds)
                if "semantic" in arms:
                    p, th, pr = semantic_fold(records, emb, sub, list(te), args.max_loss, score_events)
                    sem.update(p)
                    sem_p.update(pr)
                    sem_th.append(th[1]["01"])
                if "model" in arms:
                    mod.update(model_fold(records, sub, list(te)))
            row = {"frac": frac, "seed": seed, "n_train": n_train, "n_unseen": n_unseen}
            part = [records[i] for i in unseen]
            if sem:
                res = T.figures(score_events, part, [sem[i] for i in unseen])
                row["semantic"] = (res["root"]["f1"], res["triple"]["f1"], res["root"]["p"], res["root"]["r"])
                row["semantic_add"] = sem_th
                dump[("semantic", frac, seed)] = {"preds": sem, "probs": sem_p, "folds": folds}
            if mod:
                th = model_threshold(records, mod, score_events, args.model_max_loss)
                res = T.figures(score_events, part, [T.events_of(mod[i], th) for i in unseen])
                row["model"] = (res["root"]["f1"], res["triple"]["f1"], res["root"]["p"], res["root"]["r"])
                row["model_th"] = th
                dump[("model", frac, seed)] = {"oof": mod, "th": th}
            rows.append(row)
            print(f"frac {frac:<5} seed {seed} train {n_train:7.0f} (unseen-like {n_unseen:6.0f})  "
                  + "  ".join(f"{a}: root {row[a][0]:.3f} pair {row[a][1]:.3f} (P {row[a][2]:.3f} R {row[a][3]:.3f})"
                              for a in arms if a in row)
                  + f"  [{time.time() - t0:.0f} s]", flush=True)
    for arm in arms:
        pts = [(r["n_unseen"], r[arm][0], r[arm][1]) for r in rows if arm in r]
        if len(pts) < 2:
            continue
        a, b = loglinear([p[0] for p in pts], [p[1] for p in pts])
        a2, b2 = loglinear([p[0] for p in pts], [p[2] for p in pts])
        need = math.exp((0.70 - a) / b) if b > 0 else float("inf")
        need2 = math.exp((0.55 - a2) / b2) if b2 > 0 else float("inf")
        print(f"{arm}: root F1 = {a:.3f} + {b:.4f} ln(n) (+{b * math.log(2):.3f} per doubling) -> 0.70 at "
              f"n = {need:,.0f} unseen-like training sentences; pair F1 = {a2:.3f} + {b2:.4f} ln(n) "
              f"(+{b2 * math.log(2):.3f} per doubling) -> 0.55 at n = {need2:,.0g}")
    if args.dump:
        Path(args.dump).write_bytes(pickle.dumps({"rows": rows, "oof": dump}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
