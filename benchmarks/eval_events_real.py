"""Event coding on real news sentences: dev, held-out and fresh sets, scored with score.py.

    .venv/bin/python benchmarks/eval_events_real.py [--shared ../shared]
                                                    [--set dev|heldout|both|fresh|fresh2|holdout2|all]
                                                    [--file GOLD.jsonl] [--keep DIR] [--errors] [--trace]

The golden files (tests/golden/events_real_dev.jsonl, events_real_heldout.jsonl,
events_real_fresh.jsonl, events_real_fresh2.jsonl, events_real_holdout2.jsonl) hold only ids, places and hand annotations: {"id", "file",
"paragraph"/"doc_id"/"extraction_id", "sentence_index" or "start"/"end", "date",
"expected": [{"source", "target", "code"}]}. The sentence text is read at run time from
../shared/benchmarks: a BASIL article's body-paragraphs[paragraph][sentence_index], an
ECB+ document's sentences[sentence_index], or articleBody[start:end] of a page of the
extraction benchmark's ground-truth.json. Each sentence is analysed on its own (the full
pipeline, published date = the article's date) and the two files score.py reads
(gold {"id","text","date","expected"}, pred {"id","events"}) are written and scored.
--trace prints, for every gold event whose root nothing predicted, why the pipeline dropped the
candidate of that root (events.tracing: "no actor", "governed by another act", "noun not licensed",
...; "one event of that root, more in gold" when the root was emitted fewer times than the gold has
it; "coded, never a candidate" when a token codes the root but no rule looked at it; "no candidate"
otherwise), and a count of reasons per set.
Skips (exit 0) when ../shared is absent.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
DEFAULT_SHARED = ROOT.parent / "shared"


@lru_cache(maxsize=8)
def _ecb(path: str) -> dict[str, list[str]]:
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                out[d["doc_id"]] = d["sentences"]
    return out


@lru_cache(maxsize=2)
def _pages(path: str) -> dict[str, dict]:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def sentence_text(rec: dict, shared: Path) -> str:
    """The sentence a golden record points at, read from ../shared."""
    path = shared / rec["file"]
    if "doc_id" in rec:
        return _ecb(str(path))[rec["doc_id"]][rec["sentence_index"]]
    if "extraction_id" in rec:
        return _pages(str(path))[rec["extraction_id"]]["articleBody"][rec["start"]:rec["end"]]
    article = json.loads(path.read_text(encoding="utf-8"))
    return article["body-paragraphs"][rec["paragraph"]][rec["sentence_index"]]


def golden_path(name: str) -> Path:
    """A set's golden file: events_real_<name>.jsonl in tests/golden, or a path to a file of that format."""
    return Path(name) if name.endswith(".jsonl") else GOLDEN / f"events_real_{name}.jsonl"


def load_cases(name: str, shared: Path = DEFAULT_SHARED) -> list[dict]:
    """Golden records of one set ("dev", "heldout", "fresh" or a file path) with their text; [] when
    ../shared is absent."""
    if not (shared / "benchmarks").is_dir():
        return []
    out = []
    for line in golden_path(name).read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            out.append({"id": rec["id"], "text": sentence_text(rec, shared), "date": rec.get("date"),
                        "expected": rec["expected"]})
    return out


def predict(cases: list[dict]) -> list[dict]:
    """score.py's pred records: every sentence analysed as a document of its own."""
    from newsgraph import analyze_many
    from newsgraph.model import Failure

    items = [{"id": c["id"], "text": c["text"], "published": c.get("date")} for c in cases]
    out = []
    for a in analyze_many(items):
        events = [] if isinstance(a, Failure) else _events_of(a)
        out.append({"id": a.id, "events": events})
    return out


def _events_of(a) -> list[dict]:
    return [{"actor1": {"code": e.actor1.code if e.actor1 else None},
             "actor2": {"code": e.actor2.code if e.actor2 else None}, "cameo": e.cameo} for e in a.events]


def missed_reasons(case: dict, events: list[dict], trace: list) -> list[tuple[dict, str, str]]:
    """(gold event, trigger word, drop reason) for each gold event of a root nothing predicted:
    the reason recorded for the traced candidate of that root highest in the parse."""
    from newsgraph.extract.event_triggers import code_action
    from newsgraph.nlp import load

    doc = None
    emitted = [e["cameo"][:2] for e in events]
    got = list(emitted)
    out = []
    for g in case["expected"]:
        root = g["code"][:2]
        if root in got:
            got.remove(root)
            continue
        # the record of that root highest in the parse (the main act of the sentence), the last one
        # made for it (the furthest it got through the pipeline)
        recs = [(tok, reason) for tok, code, reason in trace if code[:2] == root]
        hit = min(reversed(recs), key=lambda r: sum(1 for _ in r[0].ancestors), default=None)
        if hit is not None:
            out.append((g, hit[0].text, hit[1]))
        elif root in emitted:
            out.append((g, "", "one event of that root, more in gold"))  # "Egypt and Jordan criticised"
        else:
            if doc is None and (trace or case.get("text")):
                doc = trace[0][0].doc if trace else load()(case["text"])
            coded = next((t for t in doc if (c := code_action(t)) is not None and c.code[:2] == root), None) \
                if doc is not None else None
            out.append((g, coded.text, "coded, never a candidate") if coded is not None else (g, "", "no candidate"))
    return out


def trace_set(name: str, shared: Path) -> Counter | None:
    """Print the drop reason of every missed gold event of one set and return the reason counts."""
    from newsgraph import analyze
    from newsgraph.extract.events import tracing
    from newsgraph.model import Failure

    cases = load_cases(name, shared)
    if not cases:
        return None
    counts: Counter = Counter()
    print(f"== {Path(name).stem if name.endswith('.jsonl') else name}: missed gold events and why")
    for c in cases:
        with tracing() as trace:
            a = analyze(c["text"], published=c.get("date"), id=c["id"])
        events = [] if isinstance(a, Failure) else _events_of(a)
        for g, word, reason in missed_reasons(c, events, trace):
            counts[reason] += 1
            print(f"- {c['id']} {g['code']} {g['source'] or '-'}->{g['target'] or '-'} [{word}] {reason}: "
                  f"{c['text'][:120]}")
    print("reasons: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    return counts


def compare(exp: list[tuple], got: list[tuple]) -> list[tuple[str, tuple | None, tuple | None]]:
    """One sentence's differences as (kind, predicted, expected): "missed" (no prediction of that root),
    "false positive" (a prediction of a root the gold lacks), "actors" (root right, actor pair not).
    Events are (code, source, target); a root is matched to the prediction with the same actor
    prefixes when there is one."""
    out, left = [], list(got)
    for x in exp:
        same_root = [g for g in left if g[0][:2] == x[0][:2]]
        best = next((g for g in same_root if g[1][:3] == x[1][:3] and g[2][:3] == x[2][:3]),
                    same_root[0] if same_root else None)
        if best is None:
            out.append(("missed", None, x))
            continue
        left.remove(best)
        if (best[1][:3], best[2][:3]) != (x[1][:3], x[2][:3]):
            out.append(("actors", best, x))
    out += [("false positive", g, None) for g in left]
    return out


def score(name: str, shared: Path, keep: Path | None = None, errors: bool = False) -> dict | None:
    cases = load_cases(name, shared)
    if not cases:
        return None
    pred = predict(cases)
    folder = keep or Path(tempfile.mkdtemp(prefix="ng-events-real-"))
    folder.mkdir(parents=True, exist_ok=True)
    label = Path(name).stem if name.endswith(".jsonl") else name
    gold_path, pred_path = folder / f"gold_{label}.jsonl", folder / f"pred_{label}.jsonl"
    gold_path.write_text("".join(json.dumps(c) + "\n" for c in cases), encoding="utf-8")
    pred_path.write_text("".join(json.dumps(p) + "\n" for p in pred), encoding="utf-8")
    res = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "events", str(gold_path),
                          str(pred_path)], capture_output=True, text=True, check=True)
    print(f"== {label} ({len(cases)} sentences)")
    print(res.stdout.rstrip())
    if errors:
        tally = {"missed": 0, "false positive": 0, "actors": 0}
        for c, p in zip(cases, pred, strict=True):
            got = [(e["cameo"], e["actor1"]["code"] or "", e["actor2"]["code"] or "") for e in p["events"]]
            exp = [(x["code"], x["source"] or "", x["target"] or "") for x in c["expected"]]
            lines = []
            for kind, g, x in compare(exp, got):
                tally[kind] += 1
                lines.append(f"    {kind:<14} expected {x}  got {g}")
            if lines:
                print(f"- {c['id']}: {c['text']}")
                print("\n".join(lines))
        print("events " + ", ".join(f"{k}: {v}" for k, v in tally.items()))
    return json.loads(res.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(DEFAULT_SHARED))
    ap.add_argument("--set", choices=("dev", "heldout", "both", "fresh", "fresh2", "holdout2", "all"), default="both",
                    help="both = dev and heldout; all = every set")
    ap.add_argument("--file", help="score this golden file (same format) instead of a named set")
    ap.add_argument("--keep", help="write the gold and pred files to this folder")
    ap.add_argument("--errors", action="store_true", help="print the sentences coded differently")
    ap.add_argument("--trace", action="store_true",
                    help="print why each missed gold event's candidate was dropped, and reason counts")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    if not (shared / "benchmarks").is_dir():
        print(f"skip: {shared / 'benchmarks'} not found")
        return 0
    names = {"both": ("dev", "heldout"), "all": ("dev", "heldout", "fresh", "fresh2", "holdout2")}.get(args.set, (args.set,))
    if args.file:
        names = (args.file,)
    if args.trace:
        total: Counter = Counter()
        for name in names:
            total.update(trace_set(name, shared) or Counter())
        if len(names) > 1:
            print("all sets: " + ", ".join(f"{k} {v}" for k, v in total.most_common()))
        return 0
    for name in names:
        score(name, shared, Path(args.keep) if args.keep else None, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
