"""The corpus queries (``newsgraph.corpus.query.Corpus``) on hand-built analyses."""
from __future__ import annotations

import pytest

from corpus_fixtures import corpus
from newsgraph.corpus.query import Corpus, Records, fts_query
from newsgraph.errors import NewsgraphError, StoreError
from newsgraph.store import Store


@pytest.fixture(params=["memory", "disk"])
def cx(request, tmp_path):
    path = ":memory:" if request.param == "memory" else tmp_path / "q.db"
    store = Store(path)
    for a in corpus():
        store.write(a, "v1")
    c = Corpus.from_connection(store.conn) if request.param == "memory" else Corpus(path)
    yield c
    store.close()


def test_quotes_by_any_name_of_the_speaker(cx):
    for name in ("Dong Jun", "Dong", "dong jun"):
        rows = cx.quotes(speaker=name)
        assert [r["text"] for r in rows] == ["We support Russia fully.", "China would not waver",
                                             "Ukraine talks must resume"], name
        assert {r["speaker"] for r in rows} == {"Dong Jun"}
    assert [r["text"] for r in cx.quotes(speaker="Wang Wenbin")] == ["the remarks about NATO were misread"]
    assert cx.quotes(speaker="Nobody At All") == []


def test_quotes_full_text_search(cx):
    assert [r["text"] for r in cx.quotes(search="Ukraine")] == ["Ukraine talks must resume"]
    assert [r["text"] for r in cx.quotes(search="supporting")] == ["We support Russia fully."]  # stemmed
    assert len(cx.quotes(search="Russia OR NATO")) == 2
    assert cx.quotes(search='"talks must resume"')[0]["text"] == "Ukraine talks must resume"
    assert cx.quotes(search="Ukraine", speaker="Wang Wenbin") == []
    assert len(cx.quotes(search='weird (input "* AND')) == 0  # never a syntax error


def test_quotes_by_date_and_outlet(cx):
    assert [r["date"] for r in cx.quotes(since="2024-02-01")] == ["2024-02-02", "2024-03-05", "2024-03-05"]
    assert [r["date"] for r in cx.quotes(until="2024-02")] == ["2024-01-31", "2024-02-02"]
    assert len(cx.quotes(since="2024-02-01", until="2024-02-28")) == 1
    rows = cx.quotes(outlet="harbor")
    assert {r["outlet"] for r in rows} == {"Harbor Times"} and len(rows) == 3
    assert len(cx.quotes(kind="indirect")) == 3
    assert len(cx.quotes(limit=2)) == 2
    with pytest.raises(NewsgraphError, match="since"):
        cx.quotes(since="last week")


def test_quote_rows_point_back_into_the_article(cx):
    r = cx.quotes(search="waver")[0]
    text = cx.sql("SELECT text FROM documents WHERE id = ?", [r["document"]])[0]["text"]
    assert text[r["start"]:r["end"]] == r["text"]


def test_events_filters(cx):
    assert len(cx.events()) == 3
    rows = cx.events(actor="CHN")
    assert {r["cameo"] for r in rows} == {"051", "111", "0311"}
    assert [r["cameo"] for r in cx.events(actor="CHN", target="RUS")] == ["051", "0311"]
    assert [r["cameo"] for r in cx.events(code="05")] == ["051"]
    assert [r["cameo"] for r in cx.events(target="IGO")] == ["111"]
    assert [r["date"] for r in cx.events(since="2024-02-01", until="2024-02-29")] == ["2024-02-02"]


def test_events_by_month(cx):
    rows = cx.events(actor="CHN", target="RUS", by="month")
    assert [(r["month"], r["events"]) for r in rows] == [("2024-01", 1), ("2024-03", 1)]
    assert rows[0]["goldstein"] == 3.4 and rows[0]["cooperation"] == 1 and rows[0]["conflict"] == 0
    assert [r["year"] for r in cx.events(by="year")] == ["2024"]
    with pytest.raises(NewsgraphError):
        cx.events(by="fortnight")


def test_actors_with_counts(cx):
    rows = cx.actors()
    top = rows[0]
    assert top["name"] == "Dong Jun"
    assert (top["n_documents"], top["n_quotes"], top["n_events"]) == (3, 3, 2)
    assert "Dong" in top["aliases"] and isinstance(top["titles"], list)
    assert [r["name"] for r in cx.actors(search="Treaty")] == ["NATO"]
    assert {r["type"] for r in cx.actors(type="person")} == {"PERSON"}
    assert [r["name"] for r in cx.actors(code="RUSMIL")] == ["Sergei Shoigu"]


def test_sources_credited(cx):
    rows = {r["source"]: r for r in cx.sources()}
    assert rows["Xinhua"]["credits"] == 1 and rows["Xinhua"]["quotes"] == 1 and rows["Xinhua"]["kinds"] == "agency"
    assert rows["defence ministry video"]["kinds"] == "video"
    assert [r["source"] for r in cx.sources(search="xin")] == ["Xinhua"]
    outlets = {r["outlet"]: r["documents"] for r in cx.outlets()}
    assert outlets == {"Harbor Times": 2, "Daily Ledger": 1}


def test_records_to_pandas(cx):
    pytest.importorskip("pandas")
    df = cx.quotes().to_pandas()
    assert list(df["speaker"])[:2] == ["Dong Jun", "Dong Jun"]
    assert len(df) == 4
    assert isinstance(cx.actors(), Records) and cx.actors().columns()[0] == "id"


def test_missing_or_foreign_database_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="newsgraph ingest"):
        Corpus(tmp_path / "nope.db")
    import sqlite3

    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError, match="not a newsgraph database"):
        Corpus(other)


def test_fts_query_is_always_valid():
    assert fts_query("Ukraine war") == '"Ukraine" "war"'
    assert fts_query('"full support"') == '"full support"'
    assert fts_query("sanction*") == '"sanction"*'
    assert fts_query("OR Russia AND") == '"Russia"'
    assert fts_query("***") == ""


def test_one_outlet_counted_once_however_articles_name_it():
    from dataclasses import replace

    from corpus_fixtures import doc_b, doc_c
    from newsgraph.corpus.query import source_name
    from newsgraph.model import Attribution

    assert source_name("Huffington Post") == source_name("HuffPost") == "HuffPost"
    assert source_name("Agence France-Presse (AFP)") == source_name("AFP") == "Agence France-Presse"
    assert source_name("defence ministry video") == "defence ministry video"
    assert source_name(None) is None
    b, c = doc_b(), doc_c()
    b = replace(b, attributions=[Attribution("s9", "Huffington Post", "outlet", 0, 10, "the Huffington Post reported")])
    c = replace(c, attributions=[Attribution("s1", "HuffPost", "outlet", 0, 10, "HuffPost reported")])
    store = Store(":memory:")
    for a in (b, c):
        store.write(a, "v1")
    rows = Corpus.from_connection(store.conn).sources()
    huff = [r for r in rows if r["source"] == "HuffPost"]
    assert len(huff) == 1 and huff[0]["credits"] == 2 and huff[0]["documents"] == 2
    assert [r["source"] for r in Corpus.from_connection(store.conn).sources(search="huffington")] == ["HuffPost"]
    store.close()
