"""PLOVER accuracy and CAMEO-root agreement on the PLOVER gold-standard records.

    .venv/bin/python benchmarks/eval_plover.py [--shared ../shared] [--errors N]

Reads ../shared/benchmarks/plover/PLOVER_GSR_CAMEO.txt (322 CAMEO-manual sentences with PLOVER
categories), codes each sentence with newsgraph and prints:
- PLOVER accuracy: the first event's PLOVER category equals the gold category (no event = wrong);
- CAMEO-root agreement: the first event's CAMEO root is one of the roots the gold category
  stands for, by the map below (the inverse of data/plover_map.tsv);
- coverage: sentences with at least one event.
Skips (exit 0) when the benchmark folder is absent.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

PLOVER_TO_ROOTS = {
    "AGREE": {"03"}, "CONSULT": {"04"}, "SUPPORT": {"05"}, "COOPERATE": {"06"}, "AID": {"07"},
    "CONCEDE": {"08"}, "RETREAT": {"08"}, "INVESTIGATE": {"09"}, "DEMAND": {"02", "10"},
    "DISAPPROVE": {"11"}, "REJECT": {"12"}, "THREATEN": {"13"}, "PROTEST": {"14"}, "MOBILIZE": {"15"},
    "SANCTION": {"16"}, "COERCE": {"17"}, "ASSAULT": {"18"}, "FIGHT": {"19", "20"},
}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--errors", type=int, default=0, help="print this many wrong sentences' codes")
    args = ap.parse_args(argv)
    path = Path(args.shared) / "benchmarks" / "plover" / "PLOVER_GSR_CAMEO.txt"
    if not path.is_file():
        print(f"skip: {path} not found")
        return 0
    from newsgraph.extract.actors import extract_entities
    from newsgraph.extract.events import extract_events
    from newsgraph.nlp import load

    nlp = load()
    records = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]
    c = Counter()
    confusion = Counter()
    errors = []
    for r, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        try:
            index = extract_entities(doc)
        except Exception:  # noqa: BLE001 - measure the coder even if the index is mid-edit
            index = None
        events = extract_events(doc, index, [], r.get("date"))
        gold = r["event"]
        c["n"] += 1
        if not events:
            confusion[(gold, None)] += 1
            errors.append((gold, None, None, r["eventText"]))
            continue
        c["covered"] += 1
        ev = events[0]
        c["plover"] += ev.plover == gold
        c["root"] += ev.root in PLOVER_TO_ROOTS[gold]
        confusion[(gold, ev.plover)] += 1
        if ev.plover != gold:
            errors.append((gold, ev.plover, ev.cameo, r["eventText"]))
    n = c["n"]
    res = {"sentences": n, "plover_accuracy": round(c["plover"] / n, 4),
           "cameo_root_agreement": round(c["root"] / n, 4), "coverage": round(c["covered"] / n, 4)}
    print(f"sentences {n}  PLOVER accuracy {res['plover_accuracy']:.3f}  "
          f"CAMEO-root agreement {res['cameo_root_agreement']:.3f}  coverage {res['coverage']:.3f}")
    per = Counter()
    tot = Counter()
    for (g, p), k in confusion.items():
        tot[g] += k
        if g == p:
            per[g] += k
    for g in sorted(tot):
        print(f"  {g:12s} {per[g]:3d}/{tot[g]:3d}")
    for e in errors[:args.errors]:
        print("  ERR", e)
    print(json.dumps(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
