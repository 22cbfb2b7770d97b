"""Crash safety of ingest: SIGKILL at random points, then rerun; two writers at once.

CI kills a handful of times; `python3 scripts/kill_ingest.py --kills 50` runs the longer
scripted version (docs/reliability.md).
"""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

KILLS = int(os.environ.get("NEWSGRAPH_KILLS", "4"))


def make_corpus(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"doc{i:03d}.txt").write_text(
            f"Report number {i} on the talks\n\n"
            f"Minister Anna Berg{i} said on Tuesday that talks number {i} with Kestria would continue. "
            f'"We will not give up on round {i}," she told reporters in Valdor. '
            f"According to the Norland Press Agency, the delegation number {i} left on Wednesday.\n",
            encoding="utf-8")


def ingest_cmd(src: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "newsgraph.cli", "ingest", str(src), "--db", str(db), "--no-progress"]


def counts(db: Path) -> dict:
    con = sqlite3.connect(db, timeout=30)  # a killed run may leave a hot journal the next reader recovers
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        docs = con.execute("SELECT count(*), count(DISTINCT input_id) FROM documents").fetchone()
        orphans = con.execute("SELECT count(*) FROM quotes WHERE document NOT IN (SELECT id FROM documents)").fetchone()
        partial = con.execute("SELECT count(*) FROM documents d WHERE n_quotes != "
                              "(SELECT count(*) FROM quotes q WHERE q.document = d.id)").fetchone()
        return {"documents": docs[0], "distinct": docs[1], "orphans": orphans[0], "partial": partial[0]}
    finally:
        con.close()


@pytest.mark.slow
def test_repeated_sigkill_then_rerun(tmp_path):
    src, db = tmp_path / "in", tmp_path / "c.db"
    make_corpus(src, 60)
    rng = random.Random(7)
    for _ in range(KILLS):
        p = subprocess.Popen(ingest_cmd(src, db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(2.0, 8.0))  # model load takes a few seconds; kill somewhere after it
        p.send_signal(signal.SIGKILL)
        p.wait()
        if db.exists():
            c = counts(db)
            assert c["documents"] == c["distinct"] and c["orphans"] == 0 and c["partial"] == 0, c
    r = subprocess.run(ingest_cmd(src, db), capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-500:]
    c = counts(db)
    assert c == {"documents": 60, "distinct": 60, "orphans": 0, "partial": 0}


@pytest.mark.slow
def test_two_writers_at_once(tmp_path):
    a, b, db = tmp_path / "a", tmp_path / "b", tmp_path / "c.db"
    make_corpus(a, 25)
    make_corpus(b, 40)  # doc000-doc024 are the same texts as in a: shared documents must not double
    p1 = subprocess.Popen(ingest_cmd(a, db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    p2 = subprocess.Popen(ingest_cmd(b, db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    e1, e2 = p1.communicate()[1], p2.communicate()[1]
    assert p1.returncode == 0, e1[-500:]
    assert p2.returncode == 0, e2[-500:]
    c = counts(db)
    assert c["documents"] == 40 and c["orphans"] == 0 and c["partial"] == 0, c
