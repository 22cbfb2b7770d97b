#!/usr/bin/env python3
"""Train the learned keep/drop decision over indirect-statement candidates (extract/indirect_model.py) and
measure it honestly.

    .venv/bin/python benchmarks/train_indirect_model.py [--shared ../shared] [--gold FILE ...] [--dev GOLD]
                                                        [--folds 5] [--C 0.3] [--cache FILE] [--write]

Training data: the golden who-said-what files of the repo (ids and annotations; texts read from
../shared): tests/golden/basil_pool.jsonl, basil_pool_p8.jsonl, basil_extra.jsonl, wire_quotes.jsonl and sample-gold.jsonl
by default; --gold replaces the list (pass several files, e.g. a new annotation batch, to retrain). Files whose
records carry "text" (the session read sets annotated by ../shared/eval/dev/README.md, kept outside the repo:
e.g. ../notes/s20/ann/work.jsonl hold.jsonl, ../notes/s21/ann/w21.jsonl bw.jsonl, ../notes/s22/ann/w22.jsonl,
../notes/s23/ann/w23.jsonl) are read as they are; their text never goes into the repo, only the weights and the
figures (file names, counts, CV) in the weight file's metadata.
Every article is analysed once with the candidate trace on (indirect_model.collecting): each candidate
the indirect rules consider, kept or dropped by a guard, with its features. A candidate is labelled 1
when it matches a gold indirect statement with score.py's rules (each span covers half of the other's
tokens, and the speakers agree).

The figure is who-said-what F1 on the articles' final output (score.py's matching): the rules' output,
less the rule statements the model drops, plus the dropped candidates it keeps. Cross-validation is
grouped by article; the two thresholds (keep a rule statement / keep a dropped candidate) are chosen
inside each training fold by an inner grouped CV, so the held fold never tunes anything. The output gives
rules vs model vs oracle (a decision that keeps exactly the candidates matching gold), overall and per file,
and the gold statements by reachability (no candidate has their span, or none their speaker; by cue class). --dev GOLD
(a score.py gold file with texts, e.g. from `run_dev.py --keep DIR`) measures the model fitted on all
training articles on held-out articles. --write stores the weights fitted on all training data in
src/newsgraph/data/indirect_model.json with the thresholds picked by grouped CV. Needs scikit-learn.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import eval_quotes_wire as W  # noqa: E402
from train_event_model import _int32  # noqa: E402

from newsgraph.extract.indirect_model import decide  # noqa: E402

GOLDEN = ROOT / "tests" / "golden"
DEFAULT_GOLD = [GOLDEN / "basil_pool.jsonl", GOLDEN / "basil_pool_p8.jsonl", GOLDEN / "basil_extra.jsonl", GOLDEN / "wire_quotes.jsonl",
                GOLDEN / "sample-gold.jsonl"]
SAMPLE = ROOT / "src" / "newsgraph" / "data" / "sample"
OUT = ROOT / "src" / "newsgraph" / "data" / "indirect_model.json"
BASIL = Path("benchmarks") / "clusters" / "basil" / "articles"
KEEP_GRID = [0.0, 0.1, 0.2, 0.3]
ADD_GRID = [0.4, 0.5, 0.6, 0.8, 1.01]
SWAP_GRID = [0.4, 0.5, 0.6, 0.8, 1.01]
PRUNE = 0.005  # smaller weights are left out of the file


def _basil_texts(shared: Path) -> dict[str, str]:
    out = {}
    for p in sorted((shared / BASIL).glob("*/*.json")):
        d = json.loads(p.read_text(encoding="utf-8"))
        out[d["uuid"]] = d["title"] + "\n\n" + "\n\n".join(" ".join(x) for x in d["body-paragraphs"])
    return out


def load_gold(paths: list[Path], shared: Path) -> list[dict]:
    """Records {set, id, text, published, outlet, indirect: [{speaker, text}]} of every gold file."""
    basil = _basil_texts(shared)
    pages = json.loads((shared / W.PAGES).read_text(encoding="utf-8"))
    docs = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            if rec.get("text"):
                text = rec["text"]
            elif "file" in rec:
                text = ""  # read through the sample corpus's readers (HTML, JSONL) at analysis time
            elif rec["id"] in basil:
                text = basil[rec["id"]]
            elif rec["id"] in pages:
                text = pages[rec["id"]]["articleBody"]
            else:
                print(f"{path.name}: no text for {rec['id']}", file=sys.stderr)
                continue
            gold = [{"speaker": it.get("speaker"), "cue": it.get("cue"),
                     "text": text[it["start"]:it["end"]] if "start" in it and "text" not in it else it["text"]}
                    for it in rec.get("indirect", [])]
            docs.append({"set": path.stem, "id": str(rec["id"]), "text": text, "published": rec.get("published"),
                         "outlet": rec.get("outlet"), "indirect": gold})
    return docs


def _sample_items() -> dict:
    """id -> DocumentInput of the sample corpus, through its readers with the manifest's dates and outlets
    (as tests/test_golden_sample.py reads it)."""
    from newsgraph.ingest.readers import read_inputs
    from newsgraph.model import Failure

    manifest = json.loads((SAMPLE / "manifest.json").read_text(encoding="utf-8"))
    out = {}
    for item in read_inputs([SAMPLE]):
        name = Path((item.origin or "").split(":")[0]).name
        if name == "manifest.json" or isinstance(item, Failure):
            continue
        for key, value in manifest.get(name, {}).items():
            if not getattr(item, key, None):
                setattr(item, key, value)
        out[item.id] = item
    return out


def collect(docs: list[dict]) -> None:
    """Analyse every article with the trace on: doc["cands"] (candidates with features) and doc["out"]
    (the final indirect statements of the output, as the rules decide)."""
    from newsgraph.analyze import analyze_many
    from newsgraph.extract.indirect_model import collecting
    from newsgraph.model import Analysis

    sample = _sample_items() if any(not d["text"] for d in docs) else {}
    items = []
    for k, d in enumerate(docs):
        if not d["text"] and d["id"] in sample:
            items.append(replace(sample[d["id"]], id=str(k)))
        else:
            items.append({"id": f"{k}", "text": d["text"], "published": d.get("published"),
                          "outlet": d.get("outlet")})
    with collecting() as log:
        done = 0
        for res in analyze_many(items):
            k = int(res.id) if isinstance(res, Analysis) else None
            if k is None:
                print(f"analysis failed: {res}", file=sys.stderr)
                continue
            docs[k]["cands"] = log[done:]
            done = len(log)
            docs[k]["out"] = [{"text": q.text, "start": q.start, "end": q.end, "kind": q.kind,
                               "speaker": q.speaker.name if q.speaker else None}
                              for q in res.quotes if q.kind in ("indirect", "mixed")]
    for d in docs:
        d.setdefault("cands", [])
        d.setdefault("out", [])


def label(docs: list[dict], sc) -> None:
    for d in docs:
        for c in d["cands"]:
            c["y"] = int(any(min(sc.overlap(g["text"], c["text"])) >= 0.5 and sc.same_speaker(g["speaker"], c["speaker"])
                             for g in d["indirect"]))


def _overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def simulate(d: dict, probs: list[float] | None, keep: float, add: float, swap: float = 1.01) -> list[dict]:
    """The article's indirect output when the model decides (indirect_model.decide) with thresholds ``keep``,
    ``add``, ``swap``; the rules' output when ``probs`` is None. A rule statement of the output is the
    rule-kept candidate it overlaps most; when the model keeps another end of it, that end replaces it."""
    if probs is None:
        return d["out"]
    by_cue: dict[int, list[int]] = defaultdict(list)
    for k, c in enumerate(d["cands"]):
        by_cue[c["cue_i"]].append(k)
    chosen: set[int] = set()
    for ks in by_cue.values():
        picked = decide([d["cands"][k]["guard"] for k in ks], [probs[k] for k in ks], keep, add, swap)
        chosen.update(ks[j] for j in picked)
    rule_of = {k: next((j for j in by_cue[c["cue_i"]] if d["cands"][j]["guard"] is None), None)
               for k, c in enumerate(d["cands"])}
    kept = [k for k, c in enumerate(d["cands"]) if c["guard"] is None]
    out, replaced = [], set()
    for q in d["out"]:
        best = max(kept, key=lambda k: _overlap(q, d["cands"][k]), default=None) if q["kind"] == "indirect" else None
        if best is not None and _overlap(q, d["cands"][best]) > 0 and best not in chosen:
            alt = next((k for k in chosen if rule_of[k] == best and d["cands"][k]["guard"].startswith("alt_")), None)
            if alt is not None:
                out.append(dict(d["cands"][alt], speaker=q["speaker"]))
                replaced.add(alt)
            continue
        out.append(q)
    for k in sorted(chosen):
        c = d["cands"][k]
        if c["guard"] is None or k in replaced or c["guard"].startswith("alt_"):
            continue
        if any(_overlap(c, q) > 0.5 * min(c["end"] - c["start"], q["end"] - q["start"]) for q in out):
            continue
        out.append(c)
    return out


def _bag(item: dict, sc) -> Counter:
    bag = item.get("_bag")
    if bag is None or item.get("_bag_of") != item["text"]:
        bag = Counter(sc.tokens(item["text"]))
        item["_bag"], item["_bag_of"] = bag, item["text"]
    return bag


def _matches(gold: list[dict], pred: list[dict], sc) -> list[tuple[dict, dict]]:
    """score.match_spans (greedy one-to-one, each side covering half of the other's tokens) on cached bags."""
    pairs = []
    for gi, g in enumerate(gold):
        bg = _bag(g, sc)
        ng = max(1, sum(bg.values()))
        for pi, p in enumerate(pred):
            bp = _bag(p, sc)
            common = sum((bg & bp).values())
            og, op = common / ng, common / max(1, sum(bp.values()))
            if og >= 0.5 and op >= 0.5:
                pairs.append((og + op, gi, pi))
    pairs.sort(reverse=True)
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gold[gi], pred[pi]))
    return out


def score(docs: list[dict], preds: list[list[dict]], sc) -> dict:
    tp = who = n_pred = n_gold = 0
    for d, pq in zip(docs, preds, strict=True):
        m = _matches(d["indirect"], pq, sc)
        tp += len(m)
        who += sum(sc.same_speaker(a.get("speaker"), b.get("speaker")) for a, b in m)
        n_pred += len(pq)
        n_gold += len(d["indirect"])
    return {"detect": sc.prf(tp, n_pred, n_gold), "who": sc.prf(who, n_pred, n_gold)}


def _rows(docs: list[dict]) -> tuple[list[dict], list[int]]:
    rows, ys = [], []
    for d in docs:
        for c in d["cands"]:
            rows.append(dict.fromkeys(c["feats"], 1.0))
            ys.append(c["y"])
    return rows, ys


def fit(docs: list[dict], C: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows, ys = _rows(docs)
    vec = DictVectorizer()
    X = _int32(vec.fit_transform(rows))
    m = LogisticRegression(C=C, solver="liblinear", max_iter=2000, random_state=0)
    m.fit(X, ys)
    return vec, m


def predict(model, docs: list[dict]) -> list[list[float]]:
    vec, m = model
    out = []
    for d in docs:
        if not d["cands"]:
            out.append([])
            continue
        X = _int32(vec.transform([dict.fromkeys(c["feats"], 1.0) for c in d["cands"]]))
        out.append([float(p) for p in m.predict_proba(X)[:, 1]])
    return out


def oof(docs: list[dict], folds: int, C: float) -> list[list[float]]:
    """Out-of-fold probabilities, article-grouped."""
    from sklearn.model_selection import GroupKFold

    probs: list[list[float]] = [[] for _ in docs]
    idx = list(range(len(docs)))
    for tr, te in GroupKFold(n_splits=folds).split(idx, groups=[d["set"] + ":" + d["id"] for d in docs]):
        model = fit([docs[i] for i in tr], C)
        for i, p in zip(te, predict(model, [docs[i] for i in te]), strict=True):
            probs[i] = p
    return probs


def pick(docs: list[dict], probs: list[list[float]], sc) -> tuple[float, float, float, float]:
    """The (keep, add, swap) thresholds of the grid with the best who-said-what F1 on ``docs``; ties go to
    the setting closest to the rules (lowest keep, highest add and swap)."""
    best = None
    for keep in KEEP_GRID:
        for add in ADD_GRID:
            for swap in SWAP_GRID:
                preds = [simulate(d, p, keep, add, swap) for d, p in zip(docs, probs, strict=True)]
                f = score(docs, preds, sc)["who"]["f1"]
                key = (f, -keep, add, swap)
                if best is None or key > best[0]:
                    best = (key, keep, add, swap)
    return best[1], best[2], best[3], best[0][0]


def oracle_probs(d: dict) -> list[float]:
    """The labels as probabilities: the best the decision can do over these candidates (keeps every candidate
    matching a gold statement, drops every other; no swaps, which can move a match to another statement)."""
    return [float(c["y"]) for c in d["cands"]]


def ceiling(docs: list[dict], sc) -> Counter:
    """Why gold statements cannot be reached by any decision over the candidates, by class: 'reachable' (a
    candidate matches span and speaker), 'speaker' (a candidate has the span, none the speaker), and for gold
    with no candidate of its span: 'cue_wrong_span' (a candidate through the gold's cue word, another span),
    'cue_unlisted' (the gold's cue is no lexicon cue and no candidate has it), 'cue_listed_no_candidate', 'no_cue'
    (the gold names no cue)."""
    from newsgraph.extract.cues import speech_cues

    cues = speech_cues()
    lexicon = set(cues.clause_verbs) | set(cues.object_verbs) | set(cues.cue_nouns) | set(cues.document_nouns)
    out: Counter = Counter()
    for d in docs:
        for g in d["indirect"]:
            span = [c for c in d["cands"] if min(sc.overlap(g["text"], c["text"])) >= 0.5]
            if any(sc.same_speaker(g["speaker"], c["speaker"]) for c in span):
                out["reachable"] += 1
                continue
            if span:
                out["speaker"] += 1
                continue
            cue = (g.get("cue") or "").strip().lower()
            if not cue:
                out["no_cue"] += 1
            elif any((c.get("cue") or "").lower() == cue for c in d["cands"]):
                out["cue_wrong_span"] += 1
            elif cue in lexicon or cue.rstrip("sd") in lexicon or cue[:-3] in lexicon or cue[:-2] in lexicon:
                out["cue_listed_no_candidate"] += 1
            else:
                out["cue_unlisted"] += 1
    return out


def cross_validate(docs: list[dict], folds: int, C: float, sc) -> dict:
    from sklearn.model_selection import GroupKFold

    idx = list(range(len(docs)))
    preds_rules, preds_model, preds_oracle, order, chosen = [], [], [], [], []
    for k, (tr, te) in enumerate(GroupKFold(n_splits=folds).split(idx, groups=[d["set"] + ":" + d["id"]
                                                                             for d in docs])):
        train = [docs[i] for i in tr]
        keep, add, swap, f_in = pick(train, oof(train, max(2, folds - 1), C), sc)
        model = fit(train, C)
        test = [docs[i] for i in te]
        for d, p in zip(test, predict(model, test), strict=True):
            preds_rules.append(simulate(d, None, 0, 0))
            preds_model.append(simulate(d, p, keep, add, swap))
            preds_oracle.append(simulate(d, oracle_probs(d), 0.5, 0.5, 1.01))
            order.append(d)
        chosen.append((keep, add, swap))
        print(f"  fold {k + 1}: keep {keep} add {add} swap {swap} (inner who F1 {f_in:.4f})", file=sys.stderr)
    res = {"rules": score(order, preds_rules, sc), "model": score(order, preds_model, sc),
           "oracle": score(order, preds_oracle, sc), "thresholds": chosen}
    by_set = defaultdict(list)
    for n, d in enumerate(order):
        by_set[d["set"]].append(n)
    res["by_set"] = {s: {name: round(score([order[i] for i in ns], [preds[i] for i in ns], sc)["who"]["f1"], 4)
                         for name, preds in (("rules", preds_rules), ("model", preds_model), ("oracle", preds_oracle))}
                     | {"articles": len(ns)} for s, ns in sorted(by_set.items())}
    return res


def export(docs: list[dict], C: float, th: tuple[float, float, float], cv: dict | None, dev: dict | None,
           paths: list[Path]) -> dict:
    import sklearn

    vec, m = fit(docs, C)
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), m.coef_[0], strict=True)
               if abs(w) >= PRUNE}
    n_cands = sum(len(d["cands"]) for d in docs)
    return {
        "_about": "Weights of newsgraph's learned keep/drop decision over indirect-statement candidates "
                  "(src/newsgraph/extract/indirect_model.py): logistic regression over indicator features "
                  "(extract/indirect_features.py) of every candidate the indirect rules consider, fitted by "
                  "benchmarks/train_indirect_model.py --write on the files in metadata.training_files (the repo's "
                  "golden who-said-what files, and annotated read sets kept outside the repo: no page text is "
                  "stored here); labels are score.py matches of gold "
                  "indirect statements. 'keep': a statement the rules keep stays at this probability; 'add': a "
                  "candidate a guard dropped is kept at this one; 'swap': another end of a kept statement "
                  "replaces it at this one when likelier. Regenerate, do not edit by hand.",
        "bias": round(float(m.intercept_[0]), 4),
        "thresholds": {"keep": th[0], "add": th[1], "swap": th[2]},
        "metadata": {"trained_with": f"scikit-learn {sklearn.__version__} LogisticRegression(C={C}, liblinear)",
                     "training_files": [p.name for p in paths], "articles": len(docs), "candidates": n_cands,
                     "positives": sum(c["y"] for d in docs for c in d["cands"]),
                     "cv": cv, "dev": dev},
        "weights": dict(sorted(weights.items())),
    }


def _cache_key(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(p.read_bytes())
    for name in ("indirect.py", "indirect_displaced.py", "indirect_ends.py", "indirect_speakers.py",
                 "indirect_features.py", "indirect_candidates.py"):
        h.update((ROOT / "src" / "newsgraph" / "extract" / name).read_bytes())
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
        cache.write_text(json.dumps({"key": key, "docs": docs}, default=lambda o: None), encoding="utf-8")
    return docs


def _line(name: str, r: dict) -> str:
    w, d = r["who"], r["detect"]
    return (f"{name:6s} indirect who-said-what F1 {w['f1']:.4f} (P {w['p']:.3f} R {w['r']:.3f}, tp {w['tp']}, "
            f"pred {w['pred']}, gold {w['gold']})  detect F1 {d['f1']:.4f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--gold", type=Path, nargs="+", default=DEFAULT_GOLD)
    ap.add_argument("--dev", type=Path, help="held-out score.py gold file with texts (never trained on)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--C", type=float, default=0.3)
    ap.add_argument("--cache", type=Path, help="JSON cache of the analysed candidates")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    sc = W.load_score(args.shared)
    docs = load_docs(args.gold, args.shared, args.cache)
    label(docs, sc)
    n = sum(len(d["cands"]) for d in docs)
    print(f"{len(docs)} articles, {sum(len(d['indirect']) for d in docs)} gold indirect, {n} candidates "
          f"({sum(c['y'] for d in docs for c in d['cands'])} positive; "
          f"{sum(c['guard'] is not None for d in docs for c in d['cands'])} dropped by a guard)")
    cv = cross_validate(docs, args.folds, args.C, sc)
    print(f"grouped {args.folds}-fold CV (thresholds chosen inside each training fold):")
    print(_line("rules", cv["rules"]))
    print(_line("model", cv["model"]))
    print(_line("oracle", cv["oracle"]))
    for s, r in cv["by_set"].items():
        print(f"  {s:16s} ({r['articles']:3d}) rules {r['rules']:.4f}  model {r['model']:.4f} ({r['model'] - r['rules']:+.4f})"
              f"  oracle {r['oracle']:.4f}")
    reach = ceiling(docs, sc)
    print("gold indirect statements by reachability: " + ", ".join(f"{k} {v}" for k, v in reach.most_common()))
    keep, add, swap, f_all = pick(docs, oof(docs, args.folds, args.C), sc)
    print(f"thresholds on all training articles (out-of-fold): keep {keep} add {add} swap {swap} "
          f"(who F1 {f_all:.4f})")
    dev_res = None
    if args.dev:
        dev_docs = load_docs([args.dev], args.shared, args.cache.with_suffix(".dev.json") if args.cache else None)
        label(dev_docs, sc)
        probs = predict(fit(docs, args.C), dev_docs)
        r0 = score(dev_docs, [simulate(d, None, 0, 0) for d in dev_docs], sc)
        r1 = score(dev_docs, [simulate(d, p, keep, add, swap) for d, p in zip(dev_docs, probs, strict=True)], sc)
        print(f"held-out {args.dev.name} ({len(dev_docs)} articles):")
        print(_line("rules", r0))
        print(_line("model", r1))
        dev_res = {"rules": r0["who"]["f1"], "model": r1["who"]["f1"]}
    if args.write:
        cv_res = {"rules": cv["rules"]["who"]["f1"], "model": cv["model"]["who"]["f1"],
                  "oracle": cv["oracle"]["who"]["f1"], "folds": args.folds, "by_set": cv["by_set"]}
        data = export(docs, args.C, (keep, add, swap), cv_res, dev_res, args.gold)
        OUT.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {OUT} ({len(data['weights'])} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
