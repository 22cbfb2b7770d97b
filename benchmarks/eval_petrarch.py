"""Event-code, root and actor agreement on PETRARCH's validation records.

    .venv/bin/python benchmarks/eval_petrarch.py [--shared ../shared]

Reads ../shared/benchmarks/petrarch2/PETR.UnitTest.records.xml. Each record's text is coded
by newsgraph; its expected <EventCoding> rows are matched one-to-one (multiset) on the full
CAMEO code and on the root; precision, recall and F1 are printed. Most actors there are made
up (Arnor=ARN, Gondor=GON) and defined only in PETRARCH's own dictionaries, so actor pairs are
scored only on rows whose source and target are both real countries in newsgraph's country
table (compared on the first three letters, with the root). Records marked noevents count
towards precision only. The expected codes come from PETRARCH's validation dictionaries,
which do not always follow the CAMEO codebook, so these figures measure mechanics, not truth.
Skips (exit 0) when the benchmark folder is absent.
"""
from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    args = ap.parse_args(argv)
    path = Path(args.shared) / "benchmarks" / "petrarch2" / "PETR.UnitTest.records.xml"
    if not path.is_file():
        print(f"skip: {path} not found")
        return 0
    from newsgraph.extract.actors import extract_entities
    from newsgraph.extract.events import extract_events
    from newsgraph.lexicons import data_rows
    from newsgraph.nlp import load

    countries = {r[0] for r in data_rows("countries.tsv")}
    root = ET.parse(path).getroot()
    records = []
    for s in root.iter("Sentence"):
        text = " ".join((s.findtext("Text") or "").split())
        gold = [(e.get("eventcode"), e.get("sourcecode") or "", e.get("targetcode") or "")
                for e in s.findall("EventCoding") if e.get("eventcode")]
        if text:
            d = s.get("date") or ""
            records.append((text, gold, f"{d[:4]}-{d[4:6]}-{d[6:8]}" if len(d) == 8 else None))
    nlp = load()
    c = Counter()
    for (_text, gold, date), doc in zip(records, nlp.pipe(r[0] for r in records), strict=True):
        try:
            index = extract_entities(doc)
        except Exception:  # noqa: BLE001 - measure the coder even if the index is mid-edit
            index = None
        pred = [(e.cameo, (e.actor1.code if e.actor1 else "") or "", (e.actor2.code if e.actor2 else "") or "")
                for e in extract_events(doc, index, [], date)]
        c["gold"] += len(gold)
        c["pred"] += len(pred)
        for level, key in (("code", lambda t: t[0]), ("root", lambda t: t[0][:2])):
            left = Counter(key(t) for t in pred)
            for t in gold:
                if left[key(t)] > 0:
                    left[key(t)] -= 1
                    c[f"tp_{level}"] += 1
        real = [t for t in gold if t[1][:3] in countries and t[2][:3] in countries]
        if real:
            c["actor_gold"] += len(real)
            left = Counter((t[0][:2], t[1][:3], t[2][:3]) for t in pred)
            for t in real:
                k = (t[0][:2], t[1][:3], t[2][:3])
                if left[k] > 0:
                    left[k] -= 1
                    c["tp_actor"] += 1
            c["actor_pred"] += len(pred)
    res = {"records": len(records), "code": prf(c["tp_code"], c["pred"], c["gold"]),
           "root": prf(c["tp_root"], c["pred"], c["gold"]),
           "actor_pair_root_real_countries": prf(c["tp_actor"], c["actor_pred"], c["actor_gold"]),
           "real_country_rows": c["actor_gold"]}
    for k in ("code", "root", "actor_pair_root_real_countries"):
        v = res[k]
        print(f"{k:34s} P {v['p']:.3f}  R {v['r']:.3f}  F1 {v['f1']:.3f}")
    print(json.dumps(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
