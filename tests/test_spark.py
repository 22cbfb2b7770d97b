"""The Spark job in local[2] mode: its Parquet tables hold exactly the rows of a plain
single-process run of the same corpus, and those of the SQLite store's ingest."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from newsgraph.analyze import analyze_many
from newsgraph.ingest.readers import read_inputs
from newsgraph.model import Failure
from newsgraph.records import COLUMNS, rows_for
from newsgraph.spark import PARTITION_BY, partition_value, spark_schema

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "newsgraph"
SAMPLE = PACKAGE / "data" / "sample"
STORE_ONLY = {"actor"}  # filled by the store's cross-document actor linking, not by analysis

HAND_WRITTEN = [
    {"id": "h1", "published": "2024-02-01", "outlet": "The Test Herald",
     "text": "Defence Minister Ilan Voss said on Tuesday that the army would withdraw. \"We keep our word,\" "
             "Voss told reporters in the capital."},
    {"id": "h2", "published": "2024-03-15",
     "text": "The foreign ministry condemned the strikes, according to a statement released by the ministry."},
    {"id": "h3", "text": "Police arrested dozens of protesters, officials said."},
]


def _source_mtime() -> float:
    return max((p.stat().st_mtime for p in PACKAGE.rglob("*") if p.is_file() and p.suffix in {".py", ".json", ".tsv"}),
               default=0.0)


SOURCES_AT_IMPORT = _source_mtime()  # the code this test process runs; Spark's workers import it later


def _compare(got: set, expected: set, table: str) -> None:
    if got != expected and _source_mtime() > SOURCES_AT_IMPORT:
        pytest.skip("newsgraph's source files changed while the test ran (workers ran other code)")
    assert got == expected, table


def _write_corpus(path: Path) -> Path:
    """The sample corpus (or a few hand-written documents) as one JSONL file, one bad line included."""
    lines = []
    for item in read_inputs([SAMPLE]) if SAMPLE.is_dir() else []:
        if isinstance(item, Failure):
            continue
        lines.append({"id": item.id, "text": item.text, "html": item.html, "published": item.published,
                      "outlet": item.outlet, "url": item.url, "title": item.title})
    if len(lines) < 3:
        lines = HAND_WRITTEN
    with path.open("w") as fh:
        for obj in lines:
            fh.write(json.dumps({k: v for k, v in obj.items() if v is not None}) + "\n")
        fh.write("{not json\n")
    return path


def _plain_rows(path: Path, version: str) -> dict[str, set[tuple]]:
    out: dict[str, set[tuple]] = {t: set() for t in COLUMNS}
    for res in analyze_many(read_inputs([path])):
        if isinstance(res, Failure):
            continue
        for table, rows in rows_for(res, version).items():
            out[table].update(tuple(r.get(c) for c in COLUMNS[table] if c not in STORE_ONLY) for r in rows)
    return out


def test_partition_values():
    assert partition_value("2019-03-25", PARTITION_BY["month"][1]) == "2019-03"
    assert partition_value("2019-03-25T10:00:00", PARTITION_BY["day"][1]) == "2019-03-25"
    assert partition_value(None, 7) == partition_value("yesterday", 7) == "unknown"


@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark")
    if shutil.which("java") is None and not __import__("os").environ.get("JAVA_HOME"):
        pytest.skip("no Java runtime for Spark")
    from newsgraph.spark import get_session

    session = get_session("local[2]", app_name="newsgraph-test")
    yield session
    session.stop()


def test_spark_tables_match_single_process_and_store(spark, nlp, tmp_path):
    from newsgraph.spark import analyzer_version, read_tables, run_spark

    corpus = _write_corpus(tmp_path / "docs.jsonl")
    out = tmp_path / "out"
    expected = _plain_rows(corpus, analyzer_version())
    res = run_spark(str(corpus), str(out), spark=spark, partition_by="month")
    _compare({res.counts["documents"]}, {len(expected["documents"])}, "documents")
    assert res.counts["documents"] >= 3
    assert res.counts["failures"] == 1  # the bad line, reported not fatal

    tables = read_tables(spark, str(out))
    for table in COLUMNS:
        assert [f.name for f in spark_schema(table).fields] == COLUMNS[table]
        cols = [c for c in COLUMNS[table] if c not in STORE_ONLY]
        got = {tuple(r[c] for c in cols) for r in tables[table].collect()}
        _compare(got, expected[table], table)
    months = {r["published_month"] for r in tables["documents"].select("published_month").collect()}
    assert months and all(m == "unknown" or len(m) == 7 for m in months)
    assert (out / "documents").is_dir() and any(p.name.startswith("published_month=") for p in (out / "documents").iterdir())
    failure = tables["failures"].collect()[0]
    assert failure["reason"].startswith("not JSON") and failure["origin"].endswith(":" + str(res.counts["documents"] + 1))

    # the SQLite store's ingest of the same corpus holds the same rows
    try:
        from newsgraph.corpus.ingest import ingest
        from newsgraph.store import Store
    except ImportError:
        return
    with Store(tmp_path / "x.db") as store:
        ingest(read_inputs([corpus]), store)
        for table in COLUMNS:
            cols = [c for c in COLUMNS[table] if c not in STORE_ONLY]
            sql = f'SELECT {", ".join(chr(34) + c + chr(34) for c in cols)} FROM "{table}"'
            stored = {tuple(row) for row in store.conn.execute(sql).fetchall()}
            _compare(stored, expected[table], table)
