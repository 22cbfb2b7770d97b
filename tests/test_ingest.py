"""Ingest through the real pipeline: counts, failures, idempotence, re-analysis, a SIGKILL mid-batch."""
from __future__ import annotations

import importlib
import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import newsgraph.corpus.ingest as ingest_mod
from newsgraph.analyze import analyze_many
from newsgraph.corpus.ingest import ingest
from newsgraph.ingest.readers import read_inputs
from newsgraph.records import document_key
from newsgraph.store import Store

analyze_mod = importlib.import_module("newsgraph.analyze")  # the package's `analyze` is the function

PEOPLE = [("Anna Kovic", "Kovic"), ("Lars Berg", "Berg"), ("Mira Osei", "Osei"), ("Tomas Reyes", "Reyes"),
          ("Ines Halloran", "Halloran"), ("Pavel Drummond", "Drummond")]
PLACES = ["Norland", "Estmark", "Valdora", "Kessia"]


def article(n: int) -> str:
    """A small made-up news item; n makes each one unique."""
    name, surname = PEOPLE[n % len(PEOPLE)]
    other, _ = PEOPLE[(n + 1) % len(PEOPLE)]
    place = PLACES[n % len(PLACES)]
    return (f"Talks resume in {place} after round {n}\n\n"
            f"Foreign Minister {name} of {place} said on Monday that the talks would resume next week. "
            f'"We are ready to work with everyone who wants peace," {surname} told reporters after meeting {other}. '
            f"{other} said the meeting had been useful, according to a statement from the ministry.\n")


def write_inputs(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"item{i:03d}.txt").write_text(article(i), encoding="utf-8")
    return folder


@pytest.fixture
def inputs(tmp_path):
    folder = write_inputs(tmp_path / "in", 5)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    lines = [json.dumps({"id": "j1", "text": article(100), "published": "2024-05-01", "outlet": "Wire"}),
             "{not json", json.dumps({"id": "j2", "html": f"<html><body><p>{article(101)}</p></body></html>"})]
    (folder / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_ingest_counts_and_records_failures(nlp, inputs, tmp_path):
    with Store(tmp_path / "c.db") as store:
        report = ingest(read_inputs([inputs]), store)
        assert (report.added, report.unchanged, report.failed) == (7, 0, 2)
        assert store.count("documents") == 7
        reasons = dict(store.conn.execute("SELECT input_id, reason FROM failures").fetchall())
        assert set(reasons) == {"empty", "batch-2"}
        assert store.conn.execute("SELECT published, outlet FROM documents WHERE input_id = 'j1'").fetchone() == \
            ("2024-05-01", "Wire")
        assert store.integrity() == "ok"


def test_stored_rows_are_what_analyze_many_finds(nlp, inputs):
    with Store(":memory:") as store:
        ingest(read_inputs([inputs]), store)
        stored = dict(store.conn.execute("SELECT id, n_quotes FROM documents").fetchall())
    direct = {document_key(a.text, a.url): len(a.quotes) for a in analyze_many(read_inputs([inputs]))
              if not hasattr(a, "reason")}
    assert stored == direct


def test_ingesting_twice_is_ingesting_once_and_parses_nothing(nlp, inputs, tmp_path, monkeypatch):
    with Store(tmp_path / "c.db") as store:
        ingest(read_inputs([inputs]), store)
        once = store.counts()

        def no_cleaning(item):
            raise AssertionError("a known input was cleaned again")

        monkeypatch.setattr(analyze_mod, "prepare", no_cleaning)
        report = ingest(read_inputs([inputs]), store)
        assert (report.added, report.unchanged, report.failed) == (0, 7, 2)
        assert store.counts() == once


def test_same_article_from_another_file_is_recognised_before_parsing(nlp, tmp_path, monkeypatch):
    a = write_inputs(tmp_path / "a", 2)
    b = tmp_path / "b"
    b.mkdir()
    (b / "copy.txt").write_text("\n" + article(0) + "\n\n", encoding="utf-8")  # same text once cleaned
    with Store(":memory:") as store:
        ingest(read_inputs([a]), store)

        def no_parsing(*args):
            raise AssertionError("a known document was parsed again")

        monkeypatch.setattr(analyze_mod, "analyze_doc", no_parsing)
        report = ingest(read_inputs([b]), store)
        assert (report.added, report.unchanged) == (0, 1)
        assert store.count("documents") == 2


def test_reanalyze_replaces_documents_of_another_analyzer_version(nlp, inputs, tmp_path, monkeypatch):
    with Store(tmp_path / "c.db") as store:
        ingest(read_inputs([inputs]), store)
        once = store.counts()
        monkeypatch.setattr(ingest_mod, "analyzer_version", lambda model=None: "newsgraph 99; next")
        report = ingest(read_inputs([inputs]), store)
        assert (report.added, report.updated, report.unchanged) == (0, 0, 7)  # not without --reanalyze
        report = ingest(read_inputs([inputs]), store, reanalyze=True)
        assert (report.added, report.updated, report.unchanged) == (0, 7, 0)
        assert store.counts() == once
        assert store.conn.execute("SELECT DISTINCT analyzer_version FROM documents").fetchall() == \
            [("newsgraph 99; next",)]
        report = ingest(read_inputs([inputs]), store, reanalyze=True)
        assert report.unchanged == 7


def test_duplicates_within_one_run_are_stored_once(nlp, tmp_path):
    folder = tmp_path / "dup"
    folder.mkdir()
    for name in ("x.txt", "y.txt", "z.txt"):
        (folder / name).write_text(article(7), encoding="utf-8")
    with Store(":memory:") as store:
        report = ingest(read_inputs([folder]), store)
        assert (report.added, report.unchanged) == (1, 2)
        assert store.count("documents") == 1


def _consistent(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # nothing missing inside a document: its counts match its rows
        bad = conn.execute("SELECT d.id FROM documents d WHERE d.n_quotes != (SELECT count(*) FROM quotes q "
                           "WHERE q.document = d.id) OR d.n_events != (SELECT count(*) FROM events e "
                           "WHERE e.document = d.id)").fetchall()
        assert bad == []
        # actor counts agree with the rows that point at them
        bad = conn.execute("SELECT a.id FROM actors a WHERE a.n_quotes != (SELECT count(*) FROM quotes q "
                           "WHERE q.speaker_actor = a.id)").fetchall()
        assert bad == []
        n_fts = conn.execute("SELECT count(*) FROM quotes_fts").fetchone()[0]
        assert n_fts == conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
    finally:
        conn.close()


def test_sigkill_in_the_middle_of_a_batch_then_rerun(nlp, tmp_path):
    total = 160
    folder = write_inputs(tmp_path / "many", total)
    db = tmp_path / "killed.db"
    cmd = [sys.executable, "-m", "newsgraph.cli", "ingest", str(folder), "--db", str(db), "--batch-size", "4",
           "--no-progress"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored = 0
    deadline = time.monotonic() + 180
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    with sqlite3.connect(db, timeout=1) as conn:
                        stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
                except sqlite3.Error:
                    stored = 0
                if stored >= 3:
                    break
            time.sleep(0.01)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert stored >= 3, "the ingest never got going"
    _consistent(db)
    with sqlite3.connect(db) as conn:
        after_kill = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert after_kill < total, "the kill came too late to test anything"
    rerun = subprocess.run(cmd + ["--json"], capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout)
    assert summary["added"] == total - after_kill and summary["unchanged"] == after_kill
    _consistent(db)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == total
        assert conn.execute("SELECT count(DISTINCT input_id) FROM documents").fetchone()[0] == total


def test_parallel_workers_store_the_same_documents(nlp, tmp_path):
    folder = write_inputs(tmp_path / "par", 6)
    with Store(":memory:") as one, Store(":memory:") as two:
        ingest(read_inputs([folder]), one)
        report = ingest(read_inputs([folder]), two, workers=2, batch_size=2)
        assert report.added == 6
        q = "SELECT id, n_quotes, n_events FROM documents ORDER BY id"
        assert one.conn.execute(q).fetchall() == two.conn.execute(q).fetchall()
        again = ingest(read_inputs([folder]), two, workers=2)
        assert again.unchanged == 6 and again.added == 0


def test_ctrl_c_keeps_what_was_stored_and_a_rerun_finishes(nlp, tmp_path):
    folder = write_inputs(tmp_path / "intr", 6)

    def interrupt(report):
        if report.added == 2:
            raise KeyboardInterrupt

    with Store(tmp_path / "i.db") as store:
        with pytest.raises(KeyboardInterrupt):
            ingest(read_inputs([folder]), store, progress=interrupt, batch_size=2)
        assert store.count("documents") == 2
        report = ingest(read_inputs([folder]), store)
        assert (report.added, report.unchanged) == (4, 2)
    _consistent(tmp_path / "i.db")


def test_real_articles_ingest_and_link(nlp, basil_dir, tmp_path):
    files = sorted((basil_dir / "articles").glob("*/*.json"))[:8]
    with Store(tmp_path / "b.db") as store:
        report = ingest(read_inputs(files), store)
        assert report.added + report.failed == len(files) and report.added >= 6
        assert store.integrity() == "ok"
        # every entity is linked to a corpus actor, and the actors' counts add up
        assert store.conn.execute("SELECT count(*) FROM entities WHERE actor IS NULL").fetchone()[0] == 0
        linked = store.conn.execute("SELECT count(*) FROM quotes WHERE speaker_actor IS NOT NULL").fetchone()[0]
        assert store.conn.execute("SELECT coalesce(sum(n_quotes), 0) FROM actors").fetchone()[0] == linked
    _consistent(tmp_path / "b.db")
