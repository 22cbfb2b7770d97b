"""The SQLite store: schema, one-transaction writes, idempotence, migrations, cross-document actors."""
from __future__ import annotations

import json
import sqlite3

import pytest

from corpus_fixtures import corpus, doc_a, doc_b
from newsgraph.errors import StoreError
from newsgraph.model import Analysis, Entity, Failure
from newsgraph.records import COLUMNS, document_key
from newsgraph.store import SCHEMA_VERSION, Store


@pytest.fixture(params=["memory", "disk"])
def store(request, tmp_path):
    s = Store(":memory:" if request.param == "memory" else tmp_path / "corpus.db")
    yield s
    s.close()


def test_schema_has_every_table_column_and_fts(store):
    names = set(store.db.table_names())
    assert {*COLUMNS, "actors", "failures", "meta", "quotes_fts", "documents_fts"} <= names
    for table, cols in COLUMNS.items():
        assert set(cols) <= set(store.db[table].columns_dict), table
    assert {"speaker_actor"} <= set(store.db["quotes"].columns_dict)
    assert {"actor1_actor", "actor2_actor"} <= set(store.db["events"].columns_dict)
    actor_cols = {"id", "name", "type", "code", "country", "sector", "aliases", "titles", "n_documents",
                  "n_quotes", "n_events"}
    assert actor_cols <= set(store.db["actors"].columns_dict)
    assert {"origin", "input_id", "reason", "at"} <= set(store.db["failures"].columns_dict)
    assert store.meta("schema_version") == str(SCHEMA_VERSION)
    assert store.db["quotes"].detect_fts() == "quotes_fts"
    assert store.db["documents"].detect_fts() == "documents_fts"
    fks = {(fk.column, fk.other_table) for fk in store.db["entities"].foreign_keys}
    assert ("document", "documents") in fks and ("actor", "actors") in fks


def test_on_disk_database_uses_wal(tmp_path):
    with Store(tmp_path / "x.db") as s:
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert s.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_write_stores_every_record_with_global_ids(store):
    a = doc_a()
    assert store.write(a, "v1", origin="a.txt") == "added"
    key = document_key(a.text, a.url)
    assert store.lookup(key) == "v1"
    counts = store.counts()
    assert counts["documents"] == 1 and counts["entities"] == 3 and counts["quotes"] == 1
    assert counts["attributions"] == 1 and counts["events"] == 1 and counts["removed"] == 1
    q = store.conn.execute("SELECT id, document, speaker_entity, speaker_actor FROM quotes").fetchone()
    assert q[0] == f"{key}:q1" and q[1] == key and q[2] == f"{key}:e1" and q[3] is not None
    doc = store.conn.execute("SELECT origin, input_id, analyzer_version FROM documents").fetchone()
    assert doc == ("a.txt", "a", "v1")


def test_same_document_twice_is_unchanged_and_adds_nothing(store):
    store.write(doc_a(), "v1")
    before = store.counts()
    assert store.write(doc_a(), "v1") == "unchanged"
    assert store.counts() == before
    assert store.conn.execute("SELECT n_documents FROM actors WHERE name = 'Dong Jun'").fetchone()[0] == 1


def test_new_analyzer_version_replaces_rows_without_duplicates(store):
    store.write(doc_a(), "v1")
    before = store.counts()
    assert store.write(doc_a(), "v2") == "updated"
    assert store.counts() == before
    assert store.conn.execute("SELECT DISTINCT analyzer_version FROM documents").fetchall() == [("v2",)]
    row = store.conn.execute("SELECT n_documents, n_quotes, n_events FROM actors WHERE name = 'Dong Jun'").fetchone()
    assert row == (1, 1, 1)


def test_delete_removes_rows_fts_entries_and_orphan_actors(store):
    store.write(doc_a(), "v1")
    store.write(doc_b(), "v1")
    key = document_key(doc_b().text, None)
    assert store.delete(key)
    assert not store.delete(key)
    assert store.count("documents") == 1
    assert store.conn.execute("SELECT count(*) FROM quotes WHERE document = ?", (key,)).fetchone()[0] == 0
    assert store.conn.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'waver'").fetchone()[0] == 0
    assert store.conn.execute("SELECT count(*) FROM actors WHERE name = 'NATO'").fetchone()[0] == 0
    assert store.conn.execute("SELECT n_documents FROM actors WHERE name = 'Dong Jun'").fetchone()[0] == 1
    assert store.integrity() == "ok"


def test_fts_finds_quotes_and_documents(store):
    for a in corpus():
        store.write(a, "v1")
    hits = store.conn.execute("SELECT quotes.text FROM quotes JOIN quotes_fts ON quotes_fts.rowid = quotes.rowid "
                              "WHERE quotes_fts MATCH 'supports'").fetchall()  # porter stemming
    assert hits == [("We support Russia fully.",)]
    assert store.conn.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'Shoigu'").fetchone()[0] == 1
    store.rebuild_fts()
    assert store.conn.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'misread'").fetchone()[0] == 1


def test_a_failed_write_leaves_nothing_behind(store):
    bad = doc_a()
    bad.quotes.append(bad.quotes[0])  # the same quote id twice: the insert fails
    with pytest.raises(sqlite3.IntegrityError):
        store.write(bad, "v1")
    assert store.counts()["documents"] == 0 and store.count("actors") == 0
    assert store.write(doc_a(), "v1") == "added"  # the in-memory actor index recovered too
    assert store.count("actors") == 3


def test_failures_keep_the_latest_reason_per_input_and_clear_on_success(store):
    store.record_failure(Failure("a", "empty file", "in/a.txt"))
    store.record_failure(Failure("a", "not English", "in/a.txt"))
    rows = store.conn.execute("SELECT origin, input_id, reason FROM failures").fetchall()
    assert rows == [("in/a.txt", "a", "not English")]
    store.write(doc_a(), "v1", origin="in/a.txt")
    assert store.count("failures") == 0


def test_reopening_an_older_database_adds_missing_columns(tmp_path):
    path = tmp_path / "old.db"
    with Store(path) as s:
        s.write(doc_a(), "v1")
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX idx_events_actor1_actor")
    conn.execute("DROP INDEX idx_events_actor2_actor")
    conn.execute("ALTER TABLE events DROP COLUMN actor2_actor")
    conn.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with Store(path) as s:
        assert "actor2_actor" in s.db["events"].columns_dict
        assert s.meta("schema_version") == str(SCHEMA_VERSION)
        assert s.count("documents") == 1


def test_newer_database_is_refused(tmp_path):
    path = tmp_path / "new.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer newsgraph"):
        Store(path)


def test_not_a_database_is_a_store_error(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError):
        Store(path)


# -- cross-document actors ------------------------------------------------------------------------

def _actor_of(store, doc: Analysis, local: str) -> int:
    key = document_key(doc.text, doc.url)
    return store.conn.execute("SELECT actor FROM entities WHERE id = ?", (f"{key}:{local}",)).fetchone()[0]


def test_one_person_across_articles_by_full_name_surname_and_title(store):
    a, b, c = corpus()
    for d in (a, b, c):
        store.write(d, "v1")
    dong = _actor_of(store, a, "e1")
    assert _actor_of(store, b, "e1") == dong  # "Dong"
    assert _actor_of(store, c, "e1") == dong  # "China's defence minister"
    row = store.conn.execute("SELECT name, code, aliases, titles, n_documents, n_quotes, n_events "
                             "FROM actors WHERE id = ?", (dong,)).fetchone()
    assert row[0] == "Dong Jun" and row[1] == "CHNMIL"
    assert {"Dong", "China's defence minister"} <= set(json.loads(row[2]))
    assert json.loads(row[3]) == ["defence minister"]
    assert row[4:] == (3, 3, 2)
    assert _actor_of(store, c, "e2") == _actor_of(store, b, "e2")  # NATO by its full name
    assert _actor_of(store, c, "e3") != dong  # another person of the same country


def test_a_full_name_upgrades_an_actor_known_by_surname():
    with Store(":memory:") as s:
        s.write(doc_b(), "v1")
        s.write(doc_a(), "v1")
        assert _actor_of(s, doc_a(), "e1") == _actor_of(s, doc_b(), "e1")
        name, aliases = s.conn.execute("SELECT name, aliases FROM actors WHERE id = ?",
                                       (_actor_of(s, doc_a(), "e1"),)).fetchone()
        assert name == "Dong Jun" and json.loads(aliases) == ["Dong"]


def _person(doc_id: str, name: str, country: str | None, code: str | None = None, title: str | None = None):
    text = f"{name} spoke. ({doc_id})"
    return Analysis(id=doc_id, text=text, entities=[Entity("e1", name, "PERSON", title=title, country=country,
                                                           code=code, mentions=[[0, len(name)]])])


def test_surnames_link_only_when_one_actor_fits():
    with Store(":memory:") as s:
        s.write(_person("1", "Dong Jun", "CHN"), "v")
        s.write(_person("2", "Dong Lee", "KOR"), "v")
        s.write(_person("2b", "Dong Lee", "KOR"), "v")
        s.write(_person("3", "Dong", "CHN"), "v")
        s.write(_person("4", "Dong", None), "v")
        names = {r[0]: r[1] for r in s.conn.execute(
            "SELECT d.input_id, a.name FROM entities e JOIN documents d ON d.id = e.document "
            "JOIN actors a ON a.id = e.actor")}
        assert names["3"] == "Dong Jun"
        assert names["4"] == "Dong"  # ambiguous: a new actor, not a wrong merge
        assert s.count("actors") == 3


def test_a_lone_surname_goes_to_a_dominant_actor():
    with Store(":memory:") as s:
        for n in range(4):
            s.write(_person(f"j{n}", "Dong Jun", "CHN"), "v")
        s.write(_person("l", "Dong Lee", "KOR"), "v")
        s.write(_person("x", "Dong", None), "v")
        row = s.conn.execute("SELECT a.name FROM entities e JOIN documents d ON d.id = e.document "
                             "JOIN actors a ON a.id = e.actor WHERE d.input_id = 'x'").fetchone()
        assert row == ("Dong Jun",)


def test_middle_initials_and_names_but_not_suffixes():
    with Store(":memory:") as s:
        s.write(_person("1", "Donald Trump", "USA"), "v")
        s.write(_person("2", "Donald J. Trump", None), "v")
        s.write(_person("3", "Hillary Rodham Clinton", "USA"), "v")
        s.write(_person("4", "Hillary Clinton", "USA"), "v")
        s.write(_person("5", "Donald Trump Jr.", "USA"), "v")
        assert [r[0] for r in s.conn.execute("SELECT n_documents FROM actors ORDER BY id")] == [2, 2, 1]


def test_different_countries_never_merge():
    with Store(":memory:") as s:
        s.write(_person("1", "Ali Khan", "PAK"), "v")
        s.write(_person("2", "Ali Khan", "AFG"), "v")
        s.write(_person("3", "Ali Khan", None, code="PAKGOV"), "v")
        assert s.count("actors") == 2


def test_relink_rebuilds_the_same_actors(store):
    for d in corpus():
        store.write(d, "v1")
    before = sorted(store.conn.execute("SELECT name, n_documents, n_quotes, n_events FROM actors").fetchall())
    assert store.relink_actors() == len(before)
    after = sorted(store.conn.execute("SELECT name, n_documents, n_quotes, n_events FROM actors").fetchall())
    assert after == before
    assert store.conn.execute("SELECT count(*) FROM entities WHERE actor IS NULL").fetchone()[0] == 0


def _place(doc_id: str, name: str, code: str | None):
    text = f"{name} said nothing. ({doc_id})"
    return Analysis(id=doc_id, text=text, entities=[Entity("e1", name, "GPE", country=(code or "")[:3] or None,
                                                           code=code, mentions=[[0, len(name)]])])


def test_the_names_of_a_country_are_one_actor_but_its_cities_are_not():
    with Store(":memory:") as s:
        for n, name in enumerate(["United States", "the U.S.", "America", "Texas"]):
            s.write(_place(str(n), name, "USA"), "v")
        rows = s.conn.execute("SELECT name, n_documents FROM actors ORDER BY id").fetchall()
        assert rows == [("United States", 3), ("Texas", 1)]
