"""Questions to a corpus database: quotes, events, actors, sources.

    >>> from newsgraph import Corpus
    >>> corpus = Corpus("newsgraph.db")
    >>> corpus.quotes(speaker="Dong Jun", since="2024-01-01")        # list of dicts
    >>> corpus.events(actor="CHN", target="RUS", by="month").to_pandas()

Every query returns ``Records``: a list of plain dicts (JSON-ready) with ``to_pandas()``.
The database is opened read-only in spirit: nothing here writes.
"""
from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import Any

from ..errors import NewsgraphError, StoreError

BY = {"day": 10, "month": 7, "year": 4}
_FTS_WORD = re.compile(r"\w+", re.UNICODE)


class Records(list):
    """Query results: a list of dicts, one per row."""

    def to_pandas(self):
        """A pandas DataFrame of the rows (needs pandas installed)."""
        try:
            import pandas as pd
        except ImportError:
            raise NewsgraphError("to_pandas needs pandas: pip install pandas") from None
        return pd.DataFrame(list(self))

    def columns(self) -> list[str]:
        return list(self[0]) if self else []


def fts_query(text: str) -> str:
    """A safe FTS5 query for what a user typed: words ANDed, "quoted phrases" kept, a trailing * kept."""
    parts = []
    for m in re.finditer(r'"([^"]+)"|(\S+)', text):
        if m.group(1):
            words = _FTS_WORD.findall(m.group(1))
            if words:
                parts.append('"' + " ".join(words) + '"')
        else:
            tok = m.group(2)
            if tok.upper() in {"OR", "AND", "NOT"}:
                parts.append(tok.upper())
                continue
            words = _FTS_WORD.findall(tok)
            prefix = tok.endswith("*")
            parts.extend(f'"{w}"' + ("*" if prefix and i == len(words) - 1 else "") for i, w in enumerate(words))
    while parts and parts[-1] in {"OR", "AND", "NOT"}:
        parts.pop()
    while parts and parts[0] in {"OR", "AND", "NOT"}:
        parts.pop(0)
    return " ".join(parts)


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _date_range(where: list[str], params: list, date: str, since: str | None, until: str | None) -> None:
    """Add the --since/--until conditions on the SQL date expression ``date`` (prefix comparison,
    so 2024, 2024-02 and 2024-02-01 all work)."""
    if since:
        where.append(f"substr({date}, 1, {len(since)}) >= ?")
        params.append(since)
    if until:
        where.append(f"substr({date}, 1, {len(until)}) <= ?")
        params.append(until)


def _day(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise NewsgraphError(f"--{name} wants a date as YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    return value


class Corpus:
    """A corpus database opened for questions (it must exist: ``newsgraph ingest`` makes it)."""

    def __init__(self, path: str | Path = "newsgraph.db"):
        self.path = str(path)
        if self.path != ":memory:" and not Path(self.path).is_file():
            raise StoreError(f"no database at {self.path}: run `newsgraph ingest PATH --db {self.path}` first")
        try:
            self.conn = sqlite3.connect(self.path, check_same_thread=False)
            self.conn.execute("PRAGMA busy_timeout = 5000")
            self.conn.execute("PRAGMA query_only = ON")
            self.conn.row_factory = sqlite3.Row
            _register_functions(self.conn)
            tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot read {self.path}: {exc}") from None
        if not {"documents", "quotes", "events", "actors"} <= tables:
            raise StoreError(f"{self.path} is not a newsgraph database (no documents/quotes/events/actors tables)")

    @classmethod
    def from_connection(cls, conn: sqlite3.Connection) -> Corpus:
        """A Corpus over an open connection (an in-memory store, say)."""
        self = cls.__new__(cls)
        self.path = "<connection>"
        self.conn = conn
        _register_functions(conn)
        return self

    def _rows(self, sql: str, params: list[Any]) -> Records:
        cur = self.conn.execute(sql, params)
        names = [d[0] for d in cur.description]
        return Records(dict(zip(names, row, strict=True)) for row in cur)

    def sql(self, sql: str, params: list[Any] | tuple = ()) -> Records:
        """Any read-only SQL, as Records."""
        return self._rows(sql, list(params))

    # -- actors ------------------------------------------------------------------------------
    def find_actors(self, name: str) -> list[int]:
        """Ids of actors whose name or an alias matches ``name`` (exactly, else as a substring)."""
        from .actors import norm

        key = norm(name)
        hits, loose = [], []
        for row in self.conn.execute("SELECT id, name, aliases FROM actors WHERE name LIKE ? ESCAPE '\\' "
                                     "OR aliases LIKE ? ESCAPE '\\'", (_like(name), _like(name))):
            names = [row[1], *json.loads(row[2] or "[]")]
            if any(norm(n) == key for n in names):
                hits.append(row[0])
            else:
                loose.append(row[0])
        return hits or loose

    def actors(self, search: str | None = None, type: str | None = None, code: str | None = None,
               limit: int | None = None) -> Records:
        """Corpus actors with their counts of documents, statements (quotes) and events."""
        where, params = [], []
        if search:
            where.append("(name LIKE ? ESCAPE '\\' OR aliases LIKE ? ESCAPE '\\' OR titles LIKE ? ESCAPE '\\')")
            params += [_like(search)] * 3
        if type:
            where.append("type = ?")
            params.append(type.upper())
        if code:
            where.append("code LIKE ? ESCAPE '\\'")
            params.append(code.upper().replace("%", "") + "%")
        sql = ("SELECT id, name, type, code, country, sector, n_documents, n_quotes, n_events, first_seen, last_seen, "
               "aliases, titles FROM actors" + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY n_quotes + n_events DESC, n_documents DESC, name"
               + (f" LIMIT {int(limit)}" if limit else ""))
        rows = self._rows(sql, params)
        for r in rows:
            r["aliases"] = json.loads(r["aliases"] or "[]")
            r["titles"] = json.loads(r["titles"] or "[]")
        return rows

    # -- quotes ------------------------------------------------------------------------------
    def quotes(self, speaker: str | None = None, search: str | None = None, since: str | None = None,
               until: str | None = None, outlet: str | None = None, kind: str | None = None,
               limit: int | None = None) -> Records:
        """Statements: who said what, when, reported by whom, in which article.

        ``speaker`` matches the corpus actor (any of its names: "Dong" finds what "Dong Jun"
        said) or the speaker name as written; ``search`` is full text over the quote
        ("Ukraine", '"full support"', 'sanction*'); ``since``/``until`` (inclusive) apply
        to the date the statement was made, else the article's date; ``outlet`` is a
        substring of the outlet name.
        """
        since, until = _day(since, "since"), _day(until, "until")
        where, params = [], []
        if speaker:
            ids = self.find_actors(speaker)
            cond = "q.speaker_name LIKE ? ESCAPE '\\'"
            params.append(_like(speaker))
            if ids:
                cond = f"(q.speaker_actor IN ({','.join('?' * len(ids))}) OR {cond})"
                params[-1:] = [*ids, _like(speaker)]
            where.append(cond)
        if search:
            q = fts_query(search)
            if not q:
                raise NewsgraphError(f"nothing to search for in {search!r}")
            where.append("q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
            params.append(q)
        date = "coalesce(q.said_on, q.published, d.published)"
        _date_range(where, params, date, since, until)
        if outlet:
            where.append("d.outlet LIKE ? ESCAPE '\\'")
            params.append(_like(outlet))
        if kind:
            where.append("q.kind = ?")
            params.append(kind)
        sql = (f"SELECT q.id, substr({date}, 1, 10) AS date, coalesce(a.name, q.speaker_name) AS speaker, "
               "q.speaker_actor, q.kind, q.text, q.cue, q.addressee, q.channel, q.reported_by, d.outlet, d.title, "
               "d.url, q.document, q.start, q.end FROM quotes q JOIN documents d ON d.id = q.document "
               "LEFT JOIN actors a ON a.id = q.speaker_actor"
               + (" WHERE " + " AND ".join(where) if where else "")
               + f" ORDER BY {date}, q.document, q.start" + (f" LIMIT {int(limit)}" if limit else ""))
        try:
            return self._rows(sql, params)
        except sqlite3.OperationalError as exc:
            raise NewsgraphError(f"bad search {search!r}: {exc}") from None

    # -- events ------------------------------------------------------------------------------
    def events(self, actor: str | None = None, target: str | None = None, code: str | None = None,
               since: str | None = None, until: str | None = None, by: str | None = None,
               limit: int | None = None) -> Records:
        """CAMEO-coded events. ``actor``/``target`` are actor-code prefixes ("CHN" matches
        CHNMIL) for the source and target; ``code`` a CAMEO code prefix ("05", "051");
        ``by`` = day, month or year counts events per period (with mean Goldstein score)."""
        since, until = _day(since, "since"), _day(until, "until")
        where, params = [], []
        for col, value in (("e.actor1_code", actor), ("e.actor2_code", target), ("e.cameo", code)):
            if value:
                where.append(f"{col} LIKE ? ESCAPE '\\'")
                params.append(value.strip().upper().replace("%", "").replace("_", "\\_") + "%")
        date = "coalesce(e.date, d.published)"
        _date_range(where, params, date, since, until)
        clause = " WHERE " + " AND ".join(where) if where else ""
        lim = f" LIMIT {int(limit)}" if limit else ""
        base = " FROM events e JOIN documents d ON d.id = e.document" + clause
        if by:
            if by not in BY:
                raise NewsgraphError(f"--by wants one of {', '.join(BY)}, not {by!r}")
            period = f"substr({date}, 1, {BY[by]})"
            return self._rows(
                f"SELECT {period} AS {by}, count(*) AS events, count(DISTINCT e.document) AS documents, "
                f"round(avg(e.goldstein), 2) AS goldstein, "
                f"sum(CASE WHEN e.quad_class IN (1, 2) THEN 1 ELSE 0 END) AS cooperation, "
                f"sum(CASE WHEN e.quad_class IN (3, 4) THEN 1 ELSE 0 END) AS conflict"
                f"{base} GROUP BY {period} ORDER BY {period}{lim}", params)
        return self._rows(
            f"SELECT e.id, substr({date}, 1, 10) AS date, e.actor1_name, e.actor1_code, e.cameo, e.actor2_name, "
            f"e.actor2_code, e.goldstein, e.quad_class, e.plover, e.negated, e.sentence, d.outlet, d.title, "
            f"e.document, e.start, e.end, e.actor1_actor, e.actor2_actor{base} "
            f"ORDER BY {date}, e.document, e.start{lim}", params)

    # -- sources -----------------------------------------------------------------------------
    def sources(self, search: str | None = None, limit: int | None = None) -> Records:
        """Which outlets, ministries, videos, statements and analyses articles credit, how often:
        credits (attributions), documents crediting them, and quotes they carry."""
        where, params = "", []
        if search:
            where = " WHERE reported_by LIKE ? ESCAPE '\\' OR ng_source(reported_by) LIKE ? ESCAPE '\\'"
            params += [_like(search), _like(search)]
        # a known outlet counts once however articles name it ("Huffington Post", "HuffPost")
        sql = ("SELECT ng_source(reported_by) AS source, group_concat(DISTINCT kind) AS kinds, "
               "sum(credits) AS credits, count(DISTINCT document) AS documents, sum(quotes) AS quotes FROM ("
               "  SELECT reported_by, kind, document, 1 AS credits, 0 AS quotes FROM attributions"
               "  UNION ALL SELECT reported_by, NULL, document, 0, 1 FROM quotes WHERE reported_by IS NOT NULL"
               f"){where} GROUP BY lower(ng_source(reported_by)) ORDER BY sum(credits) + sum(quotes) DESC, source"
               + (f" LIMIT {int(limit)}" if limit else ""))
        return self._rows(sql, params)

    def outlets(self) -> Records:
        """Publishing outlets: documents, quotes and events per outlet."""
        return self._rows("SELECT coalesce(outlet, '') AS outlet, count(*) AS documents, sum(n_quotes) AS quotes, "
                          "sum(n_events) AS events, min(substr(published, 1, 10)) AS first, "
                          "max(substr(published, 1, 10)) AS last FROM documents GROUP BY outlet "
                          "ORDER BY documents DESC", [])

    def summary(self) -> dict[str, int]:
        """Row counts per table."""
        return {t: self.conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                for t in ("documents", "entities", "quotes", "attributions", "events", "actors", "failures")}

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def source_name(name: str | None) -> str | None:
    """The name a credited source is counted under: a known outlet's canonical name however an article
    wrote it ("Huffington Post" and "HuffPost"; "Agence France-Presse (AFP)" and "AFP"), else the name given."""
    if not name:
        return name
    from ..extract.source_lexicon import canonical_outlet  # the outlet tables load on first use only

    base = name[:name.rindex(" (")] if name.endswith(")") and " (" in name else name
    hit = canonical_outlet(base)
    return hit[0] if hit else name


def _register_functions(conn: sqlite3.Connection) -> None:
    conn.create_function("ng_source", 1, source_name, deterministic=True)
