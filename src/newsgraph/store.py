"""The corpus store: one SQLite file holding every analysed document and what was found in it.

Schema (documented in docs/store.md): one table per record type with the columns of
``records.COLUMNS`` plus a few of the store's own (actor links, origin, input hash), the
cross-document ``actors``, the ``failures`` log and ``meta``; FTS5 over quote and document
text. Each document is written in one transaction, so a crash loses at most the document
in flight. WAL mode and a busy timeout let a reader (the web UI) work beside the writer.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from . import __version__
from .corpus.actors import ActorLinker
from .errors import StoreError
from .model import Analysis, DocumentInput, Failure
from .records import COLUMNS, rows_for
from .records import SCHEMA_VERSION as ROWS_VERSION

SCHEMA_VERSION = 1
DEFAULT_DB = "newsgraph.db"
BUSY_TIMEOUT_MS = 30000  # two ingest processes on one database wait for each other

INTEGER = {"n_quotes", "n_events", "start", "end", "speaker_start", "speaker_end", "quad_class", "negated",
           "actor", "speaker_actor", "actor1_actor", "actor2_actor"}
REAL = {"goldstein"}

# columns the store adds to the shared row layout
EXTRA_COLUMNS: dict[str, list[str]] = {
    "documents": ["origin", "input_hash", "warnings", "ingested_at"],
    "quotes": ["speaker_actor"],
    "events": ["actor1_actor", "actor2_actor"],
}
ACTOR_REFS = {("entities", "actor"), ("quotes", "speaker_actor"), ("events", "actor1_actor"),
              ("events", "actor2_actor")}
INDEXES: dict[str, list[str]] = {
    "documents": ["published", "outlet", "url", "input_hash"],
    "entities": ["document", "actor", "name", "code"],
    "quotes": ["document", "speaker_actor", "speaker_name", "said_on", "published"],
    "attributions": ["document", "reported_by"],
    "events": ["document", "actor1_code", "actor2_code", "cameo", "date", "actor1_actor", "actor2_actor"],
    "removed": ["document"],
    "actors": ["name", "code"],
}
FTS = {"quotes": ["text"], "documents": ["title", "text"]}
CHILD_TABLES = ("entities", "quotes", "attributions", "events", "removed")

ACTORS_DDL = """CREATE TABLE IF NOT EXISTS actors (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, type TEXT, code TEXT, country TEXT, sector TEXT,
  aliases TEXT NOT NULL DEFAULT '[]', titles TEXT NOT NULL DEFAULT '[]',
  n_documents INTEGER NOT NULL DEFAULT 0, n_quotes INTEGER NOT NULL DEFAULT 0,
  n_events INTEGER NOT NULL DEFAULT 0, first_seen TEXT, last_seen TEXT)"""
FAILURES_DDL = """CREATE TABLE IF NOT EXISTS failures (
  id INTEGER PRIMARY KEY, origin TEXT NOT NULL DEFAULT '', input_id TEXT NOT NULL DEFAULT '',
  reason TEXT, at TEXT, UNIQUE (origin, input_id))"""
META_DDL = "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"

# version -> step bringing a database from version - 1 to version (run in one transaction).
# Added columns and indexes need no step: ``_sync_columns`` adds them on every open.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {}


def columns(table: str) -> list[str]:
    return COLUMNS[table] + EXTRA_COLUMNS.get(table, [])


def _coltype(name: str) -> str:
    return "INTEGER" if name in INTEGER else "REAL" if name in REAL else "TEXT"


def _ddl(table: str) -> str:
    parts = []
    for c in columns(table):
        col = f'"{c}" {_coltype(c)}'
        if c == "id":
            col += " PRIMARY KEY"
        elif c == "document" and table != "documents":
            col += " NOT NULL REFERENCES documents(id) ON DELETE CASCADE"
        elif (table, c) in ACTOR_REFS:
            col += " REFERENCES actors(id)"
        parts.append(col)
    return f'CREATE TABLE IF NOT EXISTS "{table}" (\n  ' + ",\n  ".join(parts) + "\n)"


def input_hash(item: DocumentInput) -> str:
    """Hash of a document exactly as it came in (raw text or HTML, and URL): known inputs are
    recognised before cleaning."""
    h = hashlib.sha256((item.html if item.html is not None else item.text or "").encode("utf-8", "replace"))
    if item.url:
        h.update(b"\0" + item.url.encode("utf-8", "replace"))
    return h.hexdigest()[:20]


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _set_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL. SQLite answers 'database is locked' at once, without its busy handler, when another
    process is creating or converting the same new file, so this waits and tries again for the busy timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def connect(path: str | Path, *, create: bool = True) -> sqlite3.Connection:
    """A connection in autocommit mode (the store opens its own transactions), WAL, busy timeout."""
    path = str(path)
    if path != ":memory:" and not create and not Path(path).exists():
        raise StoreError(f"no database at {path}: run `newsgraph ingest PATH --db {path}` first")
    if path != ":memory:" and not Path(path).parent.exists():
        raise StoreError(f"cannot create the database {path}: folder {Path(path).parent} does not exist")
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if path != ":memory:":
            _set_wal(conn)
            conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot open the database {path}: {exc}") from None
    return conn


class Store:
    """Read-write access to a corpus database (``":memory:"`` for a throwaway one).

    >>> store = Store("newsgraph.db")
    >>> store.write(analysis, analyzer_version="...")   # 'added', 'updated' or 'unchanged'
    """

    def __init__(self, path: str | Path = DEFAULT_DB):
        self.path = str(path)
        self.conn = connect(self.path)
        self.db = sqlite_utils.Database(self.conn)
        try:
            self._ensure_schema()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(f"{self.path} is not a newsgraph database: {exc}") from None
        self.linker = ActorLinker(self.conn)

    # -- schema -------------------------------------------------------------------------------
    def _ensure_schema(self) -> None:
        conn = self.conn
        have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "documents" not in have:
            self._create()
            return
        version = int(self.meta("schema_version") or 0) if "meta" in have else 0
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path} was written by a newer newsgraph (schema {version}, this one reads "
                             f"up to {SCHEMA_VERSION}); upgrade newsgraph")
        for step in range(version + 1, SCHEMA_VERSION + 1):
            with self.transaction():
                if step in MIGRATIONS:
                    MIGRATIONS[step](conn)
                self._sync_columns()
                self._set_meta("schema_version", str(step))
        with self.transaction():
            self._sync_columns()
        self._ensure_fts()

    def _create(self) -> None:
        with self.transaction():  # IF NOT EXISTS everywhere: another process may have just made them
            self.conn.execute(META_DDL)
            self.conn.execute(ACTORS_DDL)
            self.conn.execute(FAILURES_DDL)
            for table in COLUMNS:
                self.conn.execute(_ddl(table))
            self._sync_columns()
            for key, value in (("schema_version", str(SCHEMA_VERSION)), ("rows_version", str(ROWS_VERSION)),
                               ("created_at", _now()), ("newsgraph_version", __version__)):
                self._set_meta(key, value)
        self._ensure_fts()

    def _ensure_fts(self) -> None:
        """FTS5 tables and their triggers (sqlite-utils' layout), created in one IMMEDIATE
        transaction with IF NOT EXISTS, so two processes opening a new database at once cannot
        race (sqlite-utils' enable_fts commits between its statements)."""
        if all(f"{t}_fts" in set(self.db.table_names()) for t in FTS):
            return
        with self.transaction():
            for table, cols in FTS.items():
                fts = f"{table}_fts"
                exists = self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (fts,)).fetchone()
                collist = ", ".join(f'"{c}"' for c in cols)
                new = ", ".join(f'new."{c}"' for c in cols)
                old = ", ".join(f'old."{c}"' for c in cols)
                self.conn.execute(f'CREATE VIRTUAL TABLE IF NOT EXISTS "{fts}" USING FTS5 ({collist}, '
                                  f"tokenize='porter', content=\"{table}\")")
                self.conn.execute(f'CREATE TRIGGER IF NOT EXISTS "{table}_ai" AFTER INSERT ON "{table}" BEGIN '
                                  f'INSERT INTO "{fts}" (rowid, {collist}) VALUES (new.rowid, {new}); END')
                self.conn.execute(f'CREATE TRIGGER IF NOT EXISTS "{table}_ad" AFTER DELETE ON "{table}" BEGIN '
                                  f'INSERT INTO "{fts}" ("{fts}", rowid, {collist}) '
                                  f"VALUES ('delete', old.rowid, {old}); END")
                self.conn.execute(f'CREATE TRIGGER IF NOT EXISTS "{table}_au" AFTER UPDATE ON "{table}" BEGIN '
                                  f'INSERT INTO "{fts}" ("{fts}", rowid, {collist}) '
                                  f"VALUES ('delete', old.rowid, {old}); "
                                  f'INSERT INTO "{fts}" (rowid, {collist}) VALUES (new.rowid, {new}); END')
                if not exists:
                    self.conn.execute(f'INSERT INTO "{fts}" ("{fts}") VALUES (\'rebuild\')')

    def _sync_columns(self) -> None:
        """Add columns and indexes that a newer layout has and this database lacks."""
        conn = self.conn
        for stmt in (META_DDL, ACTORS_DDL, FAILURES_DDL):
            conn.execute(stmt)
        for table in COLUMNS:
            conn.execute(_ddl(table))
            have = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
            for c in columns(table):
                if c not in have:
                    conn.execute(f'ALTER TABLE "{table}" ADD COLUMN "{c}" {_coltype(c)}')
        for table, cols in INDEXES.items():
            for c in cols:
                conn.execute(f'CREATE INDEX IF NOT EXISTS "idx_{table}_{c}" ON "{table}" ("{c}")')

    def meta(self, key: str) -> str | None:
        try:
            row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        except sqlite3.OperationalError:
            return None
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # -- transactions ------------------------------------------------------------------------
    def transaction(self) -> _Transaction:
        return _Transaction(self)

    # -- reads the writer needs ----------------------------------------------------------------
    def lookup(self, doc_id: str) -> str | None:
        """The analyzer version a document is stored with, or None when it is not stored."""
        row = self.conn.execute("SELECT analyzer_version FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return None if row is None else (row[0] or "")

    def lookup_input(self, ihash: str) -> tuple[str, str] | None:
        """(document id, analyzer version) of the document stored from this exact input, if any."""
        row = self.conn.execute("SELECT id, analyzer_version FROM documents WHERE input_hash = ? LIMIT 1",
                                (ihash,)).fetchone()
        return None if row is None else (row[0], row[1] or "")

    def count(self, table: str) -> int:
        return self.conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]

    def counts(self) -> dict[str, int]:
        return {t: self.count(t) for t in (*COLUMNS, "actors", "failures")}

    # -- writes ------------------------------------------------------------------------------
    def write(self, analysis: Analysis, analyzer_version: str = "", *, origin: str | None = None,
              input_hash: str | None = None, replaces: str | None = None) -> str:
        """Store one analysed document in one transaction: 'added', 'updated' or 'unchanged'.

        A document already stored with the same analyzer version is left alone; one stored
        by another version is replaced (its rows deleted, the new ones written). ``replaces``
        names another document id to delete in the same transaction (the same input, whose
        cleaned text changed with a newer cleaner).
        """
        rows = rows_for(analysis, analyzer_version)
        doc = rows["documents"][0]
        doc.update(origin=origin, input_hash=input_hash, ingested_at=_now(),
                   warnings=json.dumps(analysis.warnings, ensure_ascii=False))
        key = doc["id"]
        with self.transaction():
            stored = self.lookup(key)
            if stored is not None and stored == analyzer_version:
                return "unchanged"
            status, touched = "added", set()
            for old in {x for x in (key if stored is not None else None, replaces) if x}:
                gone = self._delete(old)
                if gone is not None:
                    status = "updated"
                    touched |= gone
            self.linker.link(rows)
            for table in COLUMNS:
                self._insert(table, rows[table])
            self.linker.prune(touched)
            self.conn.execute("DELETE FROM failures WHERE origin = ? AND input_id = ?",
                              (origin or "", analysis.id or ""))
        return status

    def _insert(self, table: str, rows: list[dict]) -> None:
        if not rows:
            return
        cols = list(rows[0])
        sql = f'INSERT INTO "{table}" ({", ".join(f"{chr(34)}{c}{chr(34)}" for c in cols)}) ' \
              f'VALUES ({", ".join("?" for _ in cols)})'
        self.conn.executemany(sql, [tuple(r.get(c) for c in cols) for r in rows])

    def _delete(self, doc_id: str) -> set[int] | None:
        """Delete a document and its rows (inside the caller's transaction); the actors it
        touched, or None when it was not stored."""
        if self.lookup(doc_id) is None:
            return None
        touched = self.linker.unlink(doc_id)
        for table in CHILD_TABLES:
            self.conn.execute(f'DELETE FROM "{table}" WHERE document = ?', (doc_id,))
        self.conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
        return touched

    def delete(self, doc_id: str) -> bool:
        """Delete one document and everything found in it; True when it was there."""
        with self.transaction():
            touched = self._delete(doc_id)
            if touched is None:
                return False
            self.linker.prune(touched)
            return True

    def record_failure(self, failure: Failure) -> None:
        """Log a document that could not be analysed (the latest reason per input)."""
        with self.transaction():
            self.conn.execute(
                "INSERT INTO failures (origin, input_id, reason, at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (origin, input_id) DO UPDATE SET reason = excluded.reason, at = excluded.at",
                (failure.origin or "", failure.id or "", failure.reason, _now()))

    # -- maintenance -------------------------------------------------------------------------
    def rebuild_fts(self) -> None:
        """Rebuild the full-text indexes (after a VACUUM, which may renumber rowids)."""
        with self.transaction():
            for table in FTS:
                self.conn.execute(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('rebuild')")

    def relink_actors(self) -> int:
        """Forget every cross-document actor and link the whole corpus again; the number of actors."""
        with self.transaction():
            return self.linker.rebuild()

    def integrity(self) -> str:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0]

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception (Ctrl-C included)."""

    def __init__(self, store: Store):
        self.store = store

    def __enter__(self) -> Store:
        try:
            self.store.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"cannot write to {self.store.path}: {exc}") from None
        return self.store

    def __exit__(self, exc_type, exc, tb) -> None:
        conn = self.store.conn
        if exc_type is None:
            conn.execute("COMMIT")
            return
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        linker = getattr(self.store, "linker", None)
        if linker is not None:
            linker.invalidate()  # its in-memory index may hold rolled-back actors
