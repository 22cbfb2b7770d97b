"""The corpus commands through click's CliRunner: ingest, quotes, events, actors, sources, export, demo."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from corpus_fixtures import corpus
from newsgraph.cli import main
from newsgraph.cli_corpus import format_table
from newsgraph.store import Store


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "c.db"
    with Store(path) as s:
        for a in corpus():
            s.write(a, "v1")
    return str(path)


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_commands_are_registered_and_documented():
    for cmd in ("ingest", "quotes", "events", "actors", "sources", "export", "demo"):
        res = run(cmd, "--help")
        assert res.exit_code == 0, cmd
        assert "--db" in res.output, cmd


def test_ingest_summary_and_idempotence(nlp, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text('Minister Anna Kovic said: "We will talk." Kovic met Lars Berg.', encoding="utf-8")
    (folder / "b.txt").write_text("Lars Berg said the meeting in Norland went well.", encoding="utf-8")
    (folder / "c.txt").write_text("", encoding="utf-8")
    dbp = str(tmp_path / "x.db")
    res = run("ingest", str(folder), "--db", dbp, "--json")
    assert res.exit_code == 1  # one input failed
    first = json.loads(res.stdout)
    assert (first["added"], first["unchanged"], first["failed"]) == (2, 0, 1)
    assert first["failures"][0]["reason"] == "empty file"
    res = run("ingest", str(folder / "a.txt"), str(folder / "b.txt"), "--db", dbp, "--progress")
    assert res.exit_code == 0
    assert "0 added, 2 unchanged, 0 failed" in res.stderr
    assert "2 documents" in res.stderr  # the progress line


def test_quotes_in_every_format(db):
    res = run("quotes", "--db", db, "--speaker", "Dong")
    assert res.exit_code == 0
    assert "We support Russia fully." in res.output and "SPEAKER" in res.output
    rows = json.loads(run("quotes", "--db", db, "--search", "Ukraine", "--format", "json").output)
    assert [r["text"] for r in rows] == ["Ukraine talks must resume"]
    lines = run("quotes", "--db", db, "--format", "jsonl", "--since", "2024-02-01").output.splitlines()
    assert len(lines) == 3 and all(json.loads(x)["date"] >= "2024-02-01" for x in lines)
    out = run("quotes", "--db", db, "--format", "csv", "--outlet", "Ledger").output
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["text"] for r in rows] == ["China would not waver"]


def test_events_and_by_month(db):
    out = run("events", "--db", db, "--actor", "CHN", "--target", "RUS", "--format", "json").output
    assert [r["cameo"] for r in json.loads(out)] == ["051", "0311"]
    out = run("events", "--db", db, "--by", "month").output
    assert "2024-01" in out and "2024-03" in out and "GOLDSTEIN" in out
    assert json.loads(run("events", "--db", db, "--code", "11", "--format", "json").output)[0]["cameo"] == "111"


def test_actors_and_sources(db):
    rows = json.loads(run("actors", "--db", db, "--format", "json").output)
    assert rows[0]["name"] == "Dong Jun" and rows[0]["n_quotes"] == 3
    assert "Dong Jun" in run("actors", "--db", db, "--search", "Dong").output
    rows = json.loads(run("sources", "--db", db, "--format", "json").output)
    assert "Xinhua" in {r["source"] for r in rows}


def test_export_command(db, tmp_path):
    res = run("export", "--db", db, "--format", "jsonl", "--table", "quotes", "--table", "events", str(tmp_path / "o"))
    assert res.exit_code == 0
    assert (tmp_path / "o" / "quotes.jsonl").exists() and (tmp_path / "o" / "events.jsonl").exists()
    res = run("export", "--db", db, "--format", "graphml", str(tmp_path / "n.graphml"))
    assert res.exit_code == 0 and "<graphml" in (tmp_path / "n.graphml").read_text(encoding="utf-8")


def test_errors_are_one_line_and_exit_2(tmp_path):
    res = run("quotes", "--db", str(tmp_path / "missing.db"))
    assert res.exit_code == 2 and "newsgraph ingest" in res.stderr and "Traceback" not in res.stderr
    res = run("export", "--db", str(tmp_path / "missing.db"), "--format", "csv", str(tmp_path / "o"))
    assert res.exit_code == 2


def test_bad_date_is_a_clear_error(db):
    res = run("quotes", "--db", db, "--since", "yesterday")
    assert res.exit_code == 2 and "YYYY" in res.stderr


def test_demo_ingests_the_sample_and_tours_the_queries(nlp, tmp_path):
    dbp = str(tmp_path / "demo.db")
    res = run("demo", "--db", dbp)
    assert res.exit_code == 0, res.output
    assert "newsgraph actors" in res.output and "newsgraph quotes" in res.output
    assert f"newsgraph serve --db {dbp}" in res.output  # the demo ends by saying how to open the UI
    with Store(dbp) as s:
        n = s.count("documents")
    assert n > 0
    again = run("demo", "--db", dbp)
    assert f"0 added, {n} already there" in again.output


def test_format_table_fits_the_width():
    rows = [{"a": "x" * 200, "b": "short"}]
    out = format_table(rows, ["a", "b"], width=60)
    assert all(len(line) <= 60 for line in out.splitlines())
    assert format_table([], ["a"]) == "(no rows)"
