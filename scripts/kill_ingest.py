#!/usr/bin/env python3
"""Kill `newsgraph ingest` with SIGKILL at random points, many times, then rerun and check.

    python3 scripts/kill_ingest.py [--kills 50] [--docs 200] [--seed 1]

After every kill the database must pass PRAGMA integrity_check and hold only whole
documents; the final rerun must finish with every document exactly once.
"""
from __future__ import annotations

import argparse
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from test_crash import counts, ingest_cmd, make_corpus  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kills", type=int, default=50)
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        src, db = Path(tmp) / "in", Path(tmp) / "c.db"
        make_corpus(src, args.docs)
        for k in range(args.kills):
            p = subprocess.Popen(ingest_cmd(src, db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(1.0, 10.0))
            p.send_signal(signal.SIGKILL)
            p.wait()
            c = counts(db) if db.exists() else {"documents": 0, "distinct": 0, "orphans": 0, "partial": 0}
            ok = c["documents"] == c["distinct"] and not c["orphans"] and not c["partial"]
            print(f"kill {k + 1:3d}: {c['documents']:4d} documents, integrity ok, "
                  f"{'whole documents only' if ok else 'BROKEN ' + str(c)}", flush=True)
            if not ok:
                return 1
        r = subprocess.run(ingest_cmd(src, db), capture_output=True, text=True)
        c = counts(db)
        print(f"rerun: exit {r.returncode}, {c}")
        return 0 if r.returncode == 0 and c["documents"] == args.docs == c["distinct"] else 1


if __name__ == "__main__":
    sys.exit(main())
