#!/usr/bin/env python3
"""Train the learned keep/drop decision over source candidates (extract/source_model.py) and measure it honestly.

    .venv/bin/python benchmarks/train_source_model.py --gold SET.jsonl ... [--golden] [--dev GOLD]
                                                      [--folds 5] [--C 0.3] [--cache FILE] [--write] [--ceiling]

Training data: the annotated sets given with --gold (score.py gold files WITH texts: one JSON line per page with
id, text, url, outlet, published, title and "attributions": [{reported_by, text}]; the session's read sets are
passed this way, they stay outside the repository) and, with --golden, the repo's golden who-said-what files
(tests/golden/basil_pool*.jsonl, basil_extra, wire_quotes, sample-gold: ids and annotations, texts from
../shared). Every page is analysed once with the candidate trace on (source_model.collecting): each candidate
extract_attributions considers, credited or guarded, with its features. A candidate is labelled 1 when a gold
attribution of its sentence names it under score.py's source matching (half of the words of one name in the
other, or the same name by score.same_speaker).

The figure is sources F1 on the pages' final output (score.py's matching, per page): the rules' attributions,
less those the model drops, plus the guarded candidates it credits (one per sentence and source). Cross-validation
is grouped by page; the thresholds (keep a credited candidate / credit a guarded one) are chosen inside each
training fold by an inner grouped CV. --ceiling prints how many gold sources have no candidate at all, only
guarded ones, or a credited one, and what the credited false positives are. --dev GOLD measures the model fitted
on all training pages on held-out pages. --write stores the weights fitted on all pages in
src/newsgraph/data/source_model.json with the thresholds picked by grouped CV. Needs scikit-learn.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import eval_quotes_wire as W  # noqa: E402
from train_indirect_model import _basil_texts, fit, predict  # noqa: E402  (one logistic fit for the learned decisions)

from newsgraph.extract.source_model import decide  # noqa: E402

GOLDEN = ROOT / "tests" / "golden"
GOLDEN_FILES = [GOLDEN / "basil_pool.jsonl", GOLDEN / "basil_pool_p8.jsonl", GOLDEN / "basil_pool_s21.jsonl",
                GOLDEN / "basil_extra.jsonl", GOLDEN / "wire_quotes.jsonl"]
OUT = ROOT / "src" / "newsgraph" / "data" / "source_model.json"
KEEP_GRID = [0.0, 0.05, 0.1, 0.2, 0.3, 0.4]
ADD_GRID = [0.4, 0.5, 0.6, 0.7, 0.8, 1.01]
PRUNE = 0.005
INPUT_KEYS = ("text", "url", "outlet", "published", "title", "author")


def load_gold(paths: list[Path], shared: Path) -> list[dict]:
    """Records {set, id, input, text, attributions: [{reported_by, spans: [(start, end)]}]} of every gold file."""
    basil = pages = None
    docs = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            if rec.get("text"):
                inp = {k: rec[k] for k in INPUT_KEYS if rec.get(k)}
            else:
                if basil is None:
                    basil = _basil_texts(shared)
                    pages = json.loads((shared / W.PAGES).read_text(encoding="utf-8"))
                text = basil.get(rec["id"]) or (pages.get(rec["id"]) or {}).get("articleBody")
                if not text:
                    print(f"{path.name}: no text for {rec['id']}", file=sys.stderr)
                    continue
                inp = {"text": text, "published": rec.get("published"), "outlet": rec.get("outlet")}
                inp = {k: v for k, v in inp.items() if v}
            text = inp["text"]
            atts = []
            for a in rec.get("attributions", []):
                if "start" in a:
                    spans = [(a["start"], a["end"])]
                elif a.get("text"):
                    spans, at = [], text.find(a["text"])
                    while at >= 0:
                        spans.append((at, at + len(a["text"])))
                        at = text.find(a["text"], at + 1)
                else:
                    spans = []
                atts.append({"reported_by": a.get("reported_by"), "spans": spans})
            docs.append({"set": path.stem, "id": str(rec["id"]), "input": inp, "attributions": atts})
    return docs


def collect(docs: list[dict]) -> None:
    """Analyse every page with the trace on: doc["cands"] and doc["out"] (the rules' attributions)."""
    from newsgraph.analyze import analyze_many
    from newsgraph.extract.source_model import collecting
    from newsgraph.model import Analysis

    items = [dict(d["input"], id=str(k)) for k, d in enumerate(docs)]
    with collecting() as log:
        done = 0
        for res in analyze_many(items):
            if not isinstance(res, Analysis):
                print(f"analysis failed: {res}", file=sys.stderr)
                continue
            k = int(res.id)
            cands = []
            for c in log[done:]:
                f = c.pop("found")
                cands.append(dict(c, name=f.reported_by, key=f.key, kind=f.kind))
            done = len(log)
            docs[k]["cands"] = cands
            docs[k]["out"] = [{"reported_by": a.reported_by, "start": a.start, "end": a.end} for a in res.attributions]
            docs[k]["text"] = res.text
    for d in docs:
        d.setdefault("cands", [])
        d.setdefault("out", [])


def _same(sc, a: str | None, b: str | None) -> bool:
    og, op = sc.overlap(a, b)
    return max(og, op) >= 0.5 or sc.same_speaker(a, b)


def _in(span: tuple[int, int], start: int, end: int) -> bool:
    return span[0] < end and start < span[1]


def label(docs: list[dict], sc) -> None:
    """y = 1 when crediting the candidate earns a point under score.py, which matches sources per page, not per
    sentence: a credited candidate when a gold source of its sentence names it, or the page names that source in
    its gold at least as often as the rules' output does; a guarded one when a gold source of its sentence names it
    and the rules' output names that source less often than the gold does."""
    for d in docs:
        gold = [g["reported_by"] for g in d["attributions"]]
        out = [a["reported_by"] for a in d["out"]]
        for c in d["cands"]:
            in_sent = any(_same(sc, g["reported_by"], c["name"]) and (
                not g["spans"] or any(_in(s, c["sent_start"], c["sent_end"]) for s in g["spans"]))
                for g in d["attributions"])
            n_gold = sum(_same(sc, g, c["name"]) for g in gold)
            n_out = sum(_same(sc, a, c["name"]) for a in out)
            if c["guard"] is None:
                c["y"] = int(in_sent or (n_gold > 0 and n_gold >= n_out))
            else:
                c["y"] = int(in_sent and n_gold > n_out)


def _words(name: str) -> set[str]:
    return set(name.lower().replace("\u2019", "'").replace("'s", "").split())


def _names_one(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    common = len(wa & wb)
    return a == b or common >= 0.5 * max(1, min(len(wa), len(wb)))


def _carries(a: dict, c: dict) -> bool:
    """Whether the output attribution ``a`` is the candidate ``c``'s: its line holds the source words and the
    names agree (the output may name it more fully)."""
    return a["start"] <= c["anchor"] < a["end"] and _names_one(a["reported_by"], c["name"])


def simulate(d: dict, probs: list[float] | None, keep: float, add: float) -> list[str]:
    """The page's reported_by list when the model decides with thresholds ``keep`` and ``add``; the rules' when
    ``probs`` is None."""
    out = [dict(a) for a in d["out"]]
    if probs is None:
        return [a["reported_by"] for a in out]
    credited = decide([c["guard"] for c in d["cands"]], probs, keep, add)
    for c, on in zip(d["cands"], credited, strict=True):
        if c["guard"] is None and not on:
            hit = next((a for a in out if not a.get("x") and _carries(a, c)), None)
            if hit is not None:
                hit["x"] = True
    for c, on in zip(d["cands"], credited, strict=True):
        if c["guard"] is not None and on and not any(
                not a.get("x") and _in((a["start"], a["end"]), c["sent_start"], c["sent_end"])
                and _names_one(a["reported_by"], c["name"]) for a in out):
            out.append({"reported_by": c["name"], "start": c["sent_start"], "end": c["sent_end"]})
    return [a["reported_by"] for a in out if not a.get("x")]


def score(docs: list[dict], preds: list[list[str]], sc) -> dict:
    gold = {str(k): {"attributions": [{"reported_by": g["reported_by"]} for g in d["attributions"]]}
            for k, d in enumerate(docs)}
    pred = {str(k): {"attributions": [{"reported_by": p} for p in ps]} for k, ps in enumerate(preds)}
    return sc.score_quotes(gold, pred)["sources"]


def _groups(docs):
    return [d["id"] for d in docs]  # one page may stand in two sets (bw and basil_pool_s21): one group


def oof(docs: list[dict], folds: int, C: float) -> list[list[float]]:
    from sklearn.model_selection import GroupKFold

    probs: list[list[float]] = [[] for _ in docs]
    for tr, te in GroupKFold(n_splits=folds).split(list(range(len(docs))), groups=_groups(docs)):
        model = fit([docs[i] for i in tr], C)
        for i, p in zip(te, predict(model, [docs[i] for i in te]), strict=True):
            probs[i] = p
    return probs


def pick(docs, probs, sc) -> tuple[float, float, float]:
    """The (keep, add) of the grid with the best sources F1 on ``docs``; ties go to the rules' side."""
    best = None
    for keep in KEEP_GRID:
        for add in ADD_GRID:
            f = score(docs, [simulate(d, p, keep, add) for d, p in zip(docs, probs, strict=True)], sc)["f1"]
            key = (f, -keep, add)
            if best is None or key > best[0]:
                best = (key, keep, add)
    return best[1], best[2], best[0][0]


def cross_validate(docs, folds: int, C: float, sc) -> dict:
    from sklearn.model_selection import GroupKFold

    order, pr, pm, chosen, oracle = [], [], [], [], []
    for k, (tr, te) in enumerate(GroupKFold(n_splits=folds).split(list(range(len(docs))), groups=_groups(docs))):
        train = [docs[i] for i in tr]
        keep, add, f_in = pick(train, oof(train, max(2, folds - 1), C), sc)
        model = fit(train, C)
        test = [docs[i] for i in te]
        for d, p in zip(test, predict(model, test), strict=True):
            order.append(d)
            pr.append(simulate(d, None, 0, 0))
            pm.append(simulate(d, p, keep, add))
            oracle.append(simulate(d, [float(c["y"]) for c in d["cands"]], 0.5, 0.5))
        chosen.append((keep, add))
        print(f"  fold {k + 1}: keep {keep} add {add} (inner sources F1 {f_in:.4f})", file=sys.stderr)
    res = {"rules": score(order, pr, sc), "model": score(order, pm, sc), "oracle": score(order, oracle, sc),
           "thresholds": chosen}
    by_set = defaultdict(list)
    for n, d in enumerate(order):
        by_set[d["set"]].append(n)
    res["by_set"] = {s: {name: score([order[i] for i in ns], [preds[i] for i in ns], sc)["f1"]
                         for name, preds in (("rules", pr), ("model", pm), ("oracle", oracle))}
                     for s, ns in sorted(by_set.items())}
    return res


def ceiling(docs, sc) -> None:
    """How each gold source stands among the candidates, and the credited false positives."""
    table: dict[str, Counter] = defaultdict(Counter)
    fps: dict[str, Counter] = defaultdict(Counter)
    missing = []
    for d in docs:
        for g in d["attributions"]:
            hits = [c for c in d["cands"] if _same(sc, g["reported_by"], c["name"]) and (
                not g["spans"] or any(_in(s, c["sent_start"], c["sent_end"]) for s in g["spans"]))]
            if any(c["guard"] is None for c in hits):
                state = "credited"
            elif hits:
                state = "guarded:" + sorted({c["guard"] for c in hits})[0]
            else:
                state = "no candidate"
                missing.append((d["set"], d["id"], g["reported_by"]))
            table[d["set"]][state] += 1
            table["ALL"][state] += 1
        for c in d["cands"]:
            if c["guard"] is None and not c["y"]:
                fps[d["set"]][c["kind"]] += 1
                fps["ALL"][c["kind"]] += 1
    for s, cnt in sorted(table.items()):
        print(f"{s:16s} gold {sum(cnt.values()):4d}  " + "  ".join(f"{k} {v}" for k, v in cnt.most_common()))
    for s, cnt in sorted(fps.items()):
        print(f"{s:16s} credited FP candidates {sum(cnt.values()):4d}  " + "  ".join(f"{k} {v}" for k, v in cnt.most_common()))
    print("gold sources with no candidate:")
    for s, i, name in missing:
        print(f"  {s} {i}: {name}")


def export(docs, C, th, cv, dev, paths) -> dict:
    import sklearn

    vec, m = fit(docs, C)
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), m.coef_[0], strict=True)
               if abs(w) >= PRUNE}
    return {
        "_about": "Weights of newsgraph's learned keep/drop decision over source candidates "
                  "(src/newsgraph/extract/source_model.py): logistic regression over indicator features "
                  "(extract/source_features.py) of every candidate extract_attributions considers, fitted by "
                  "benchmarks/train_source_model.py --write; labels are score.py matches of gold attributions "
                  "of the candidate's sentence. 'keep': a candidate the rules credit stays credited at this "
                  "probability; 'add': a guarded candidate is credited at this one. Regenerate, do not edit by hand.",
        "bias": round(float(m.intercept_[0]), 4),
        "thresholds": {"keep": th[0], "add": th[1]},
        "metadata": {"trained_with": f"scikit-learn {sklearn.__version__} LogisticRegression(C={C}, liblinear)",
                     "training_files": [p.name for p in paths], "articles": len(docs),
                     "candidates": sum(len(d["cands"]) for d in docs),
                     "positives": sum(c["y"] for d in docs for c in d["cands"]), "cv": cv, "dev": dev},
        "weights": dict(sorted(weights.items())),
    }


def _cache_key(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(p.read_bytes())
    for p in sorted((ROOT / "src" / "newsgraph" / "extract").glob("*.py")):
        if p.name.startswith(("source", "credit")):
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def load_docs(paths: list[Path], shared: Path, cache: Path | None) -> list[dict]:
    key = _cache_key(paths)
    if cache is not None and cache.is_file():
        data = json.loads(cache.read_text(encoding="utf-8"))
        if data.get("key") == key:
            return data["docs"]
    docs = load_gold(paths, shared)
    collect(docs)
    if cache is not None:
        cache.write_text(json.dumps({"key": key, "docs": docs}), encoding="utf-8")
    return docs


def _line(name: str, r: dict) -> str:
    return f"{name:7s} sources F1 {r['f1']:.4f} (P {r['p']:.3f} R {r['r']:.3f}, tp {r['tp']}, pred {r['pred']}, gold {r['gold']})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--gold", type=Path, nargs="*", default=[])
    ap.add_argument("--golden", action="store_true", help="add the repo's golden who-said-what files")
    ap.add_argument("--dev", type=Path, help="held-out score.py gold file with texts (never trained on)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--C", type=float, default=0.3)
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--ceiling", action="store_true")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    sc = W.load_score(args.shared)
    paths = list(args.gold) + (GOLDEN_FILES if args.golden else [])
    docs = load_docs(paths, args.shared, args.cache)
    label(docs, sc)
    n = sum(len(d["cands"]) for d in docs)
    print(f"{len(docs)} pages, {sum(len(d['attributions']) for d in docs)} gold sources, {n} candidates "
          f"({sum(c['y'] for d in docs for c in d['cands'])} positive; "
          f"{sum(c['guard'] is not None for d in docs for c in d['cands'])} guarded)")
    if args.ceiling:
        ceiling(docs, sc)
    cv = cross_validate(docs, args.folds, args.C, sc)
    print(f"grouped {args.folds}-fold CV (thresholds chosen inside each training fold):")
    for name in ("rules", "model", "oracle"):
        print(_line(name, cv[name]))
    for s, r in cv["by_set"].items():
        print(f"  {s:16s} rules {r['rules']:.4f}  model {r['model']:.4f}  oracle {r['oracle']:.4f}")
    keep, add, f_all = pick(docs, oof(docs, args.folds, args.C), sc)
    print(f"thresholds on all pages (out-of-fold): keep {keep} add {add} (sources F1 {f_all:.4f})")
    dev_res = None
    if args.dev:
        dev_docs = load_docs([args.dev], args.shared, args.cache.with_suffix(".dev.json") if args.cache else None)
        label(dev_docs, sc)
        probs = predict(fit(docs, args.C), dev_docs)
        r0 = score(dev_docs, [simulate(d, None, 0, 0) for d in dev_docs], sc)
        r1 = score(dev_docs, [simulate(d, p, keep, add) for d, p in zip(dev_docs, probs, strict=True)], sc)
        print(f"held-out {args.dev.name} ({len(dev_docs)} pages):")
        print(_line("rules", r0))
        print(_line("model", r1))
        dev_res = {"rules": r0["f1"], "model": r1["f1"]}
    if args.write:
        cv_res = {"rules": cv["rules"]["f1"], "model": cv["model"]["f1"], "oracle": cv["oracle"]["f1"],
                  "folds": args.folds, "by_set": cv["by_set"]}
        data = export(docs, args.C, (keep, add), cv_res, dev_res, paths)
        OUT.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {OUT} ({len(data['weights'])} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
