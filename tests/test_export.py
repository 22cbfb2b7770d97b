"""Exports read back: JSONL, CSV, Parquet (pyarrow, pandas), GDELT-style TSV, GraphML (networkx)."""
from __future__ import annotations

import csv
import json

import pytest

from corpus_fixtures import corpus
from newsgraph.errors import NewsgraphError, StoreError
from newsgraph.export import DEFAULT_TABLES, export
from newsgraph.gdelt import COLUMNS as GDELT_COLUMNS
from newsgraph.store import Store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "corpus.db"
    with Store(path) as s:
        for a in corpus():
            s.write(a, "v1")
        counts = s.counts()
    return path, counts


def test_jsonl_one_file_per_table_with_json_lists_decoded(db, tmp_path):
    path, counts = db
    written = export(path, tmp_path / "out", "jsonl")
    assert sorted(written) == sorted(str(tmp_path / "out" / f"{t}.jsonl") for t in DEFAULT_TABLES)
    for t in DEFAULT_TABLES:
        lines = (tmp_path / "out" / f"{t}.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(lines) == counts[t], t
    ent = json.loads((tmp_path / "out" / "entities.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert isinstance(ent["mentions"], list) and isinstance(ent["aliases"], list)


def test_csv_single_table_to_a_file(db, tmp_path):
    path, counts = db
    out = tmp_path / "quotes.csv"
    assert export(path, out, "csv", ["quotes"]) == {str(out): counts["quotes"]}
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == counts["quotes"]
    assert {"id", "document", "text", "speaker_name", "speaker_actor"} <= set(rows[0])
    assert "We support Russia fully." in {r["text"] for r in rows}


def test_parquet_read_back_with_types(db, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    path, counts = db
    export(path, tmp_path / "pq", "parquet", ["events", "quotes", "actors"])
    events = pq.read_table(tmp_path / "pq" / "events.parquet")
    assert events.num_rows == counts["events"]
    assert str(events.schema.field("goldstein").type) == "double"
    assert str(events.schema.field("start").type) == "int64"
    assert sorted(events.column("cameo").to_pylist()) == ["0311", "051", "111"]
    pd = pytest.importorskip("pandas")
    df = pd.read_parquet(tmp_path / "pq" / "quotes.parquet")
    assert len(df) == counts["quotes"] and "speaker_actor" in df.columns


def test_parquet_of_an_empty_table_is_readable(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "empty.db"
    Store(path).close()
    export(path, tmp_path / "e.parquet", "parquet", ["events"])
    t = pq.read_table(tmp_path / "e.parquet")
    assert t.num_rows == 0 and "cameo" in t.schema.names


def test_gdelt_tsv(db, tmp_path):
    path, counts = db
    out = tmp_path / "events.tsv"
    export(path, out, "gdelt")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == GDELT_COLUMNS
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in lines[1:]]
    assert len(rows) == counts["events"]
    first = min(rows, key=lambda r: r["SQLDATE"])
    assert first["SQLDATE"] == "20240131" and first["MonthYear"] == "202401" and first["Year"] == "2024"
    assert first["Actor1Code"] == "CHNMIL" and first["Actor1CountryCode"] == "CHN"
    assert first["EventCode"] == "051" and first["EventRootCode"] == "05"
    assert float(first["GoldsteinScale"]) == 3.4 and first["QuadClass"] == "1"
    assert first["SOURCEURL"] == "https://harbor.example/a"


def test_graphml_actor_network_reads_in_networkx(db, tmp_path):
    nx = pytest.importorskip("networkx")
    path, _ = db
    out = tmp_path / "net.graphml"
    export(path, out, "graphml")
    g = nx.read_graphml(out)
    assert g.is_directed()
    label = {n: d["label"] for n, d in g.nodes(data=True)}
    node = {v: k for k, v in label.items()}
    assert {"Dong Jun", "Russia", "NATO", "Sergei Shoigu", "Wang Wenbin"} <= set(node)
    dong_russia = g.edges[node["Dong Jun"], node["Russia"]]
    assert dong_russia["events"] == 1 and dong_russia["statements"] == 1  # "Russia" inside his quote
    assert dong_russia["goldstein"] == pytest.approx(3.4) and dong_russia["weight"] == 2
    assert g.edges[node["Dong Jun"], node["Sergei Shoigu"]]["statements"] == 1  # the addressee
    assert g.edges[node["Dong Jun"], node["NATO"]]["goldstein"] == pytest.approx(-2.0)
    assert g.edges[node["Wang Wenbin"], node["NATO"]]["statements"] == 1
    assert g.nodes[node["Dong Jun"]]["n_quotes"] == 3


def test_bad_requests_are_clear_errors(db, tmp_path):
    path, _ = db
    with pytest.raises(NewsgraphError, match="format"):
        export(path, tmp_path / "x", "xml")
    with pytest.raises(NewsgraphError, match="table"):
        export(path, tmp_path / "x", "csv", ["nope"])
    with pytest.raises(StoreError, match="no database"):
        export(tmp_path / "missing.db", tmp_path / "x", "csv")
