"""Stories and account comparison over a corpus database.

``update_stories`` assigns every document not yet in a story: it joins the most similar
story active within the time window or starts one (documents never move once assigned, so
story ids are stable as the corpus grows). ``load_analysis`` rebuilds an ``Analysis`` from
the stored rows so ``compare`` runs on stored documents.

Tables written here: ``stories`` (id, title, first, last, n_documents, n_sources,
main_actors JSON) and ``story_documents`` (story, document, duplicate_of).
"""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from datetime import date, timedelta

from ..errors import NewsgraphError
from ..model import Actor, Analysis, Attribution, Entity, Event, Quote, Speaker
from .stories import Story, StoryDoc, cluster

DDL = """
CREATE TABLE IF NOT EXISTS stories (
    id INTEGER PRIMARY KEY, title TEXT, first TEXT, last TEXT, n_documents INTEGER,
    n_sources INTEGER, main_actors TEXT);
CREATE TABLE IF NOT EXISTS story_documents (
    story INTEGER REFERENCES stories(id), document TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    duplicate_of TEXT);
CREATE INDEX IF NOT EXISTS story_documents_story ON story_documents(story);
"""


def ensure_tables(con: sqlite3.Connection) -> None:
    con.executescript(DDL)


def _story_docs(con: sqlite3.Connection, ids: set[str] | None = None) -> list[StoryDoc]:
    """Documents as the clusterer sees them (all, or those in ``ids``), in date order."""
    if ids is not None:
        con.execute("CREATE TEMP TABLE IF NOT EXISTS _wanted(id TEXT PRIMARY KEY)")
        con.execute("DELETE FROM _wanted")
        con.executemany("INSERT OR IGNORE INTO _wanted(id) VALUES (?)", ((i,) for i in ids))
        join = " JOIN _wanted w ON w.id = {}"
    else:
        join = ""
    names: dict[str, list[str]] = {}
    for doc, name in con.execute("SELECT e.document, e.name FROM entities e" + join.format("e.document") +
                                 " WHERE e.type IN ('PERSON','ORG','GPE')"):
        names.setdefault(doc, []).append(name)
    rows = con.execute("SELECT d.id, d.text, d.title, d.published FROM documents d" + join.format("d.id") +
                       " ORDER BY d.published, d.id")
    return [StoryDoc(r[0], r[1], r[2], r[3], names.get(r[0], ())) for r in rows]


def update_stories(con: sqlite3.Connection, threshold: float = 0.15, window_days: int = 7) -> int:
    """Assign unassigned documents to stories; return how many were assigned.

    Only the stories a new document could join are loaded: when every new document is dated,
    those active within ``window_days`` of the new dates (and stories with no dated member);
    an undated new document can join any story, so then the whole corpus is loaded. Term
    weights are computed over what is loaded.
    """
    ensure_tables(con)
    new = con.execute("SELECT d.id, d.published FROM documents d LEFT JOIN story_documents sd "
                      "ON sd.document = d.id WHERE sd.document IS NULL").fetchall()
    if not new:
        return 0
    dates = [_day(p) for _, p in new]
    if all(dates):
        lo, hi = min(dates) - timedelta(days=window_days), max(dates) + timedelta(days=window_days)
        active = [r[0] for r in con.execute(
            "SELECT id FROM stories WHERE first IS NULL OR last IS NULL OR (last >= ? AND first <= ?)",
            (lo.isoformat(), hi.isoformat()))]
        marks = ",".join("?" * len(active))
        members = dict(con.execute(f"SELECT document, story FROM story_documents WHERE story IN ({marks})",
                                   active)) if active else {}
        wanted = {i for i, _ in new} | set(members)
        docs = _story_docs(con, ids=wanted)
    else:
        members = dict(con.execute("SELECT document, story FROM story_documents"))
        docs = _story_docs(con)
    seeds: dict[int, Story] = {}
    for d in docs:
        if d.id in members:
            seeds.setdefault(members[d.id], Story(id=members[d.id])).members.append(d.id)
    last_id = con.execute("SELECT max(id) FROM stories").fetchone()[0] or 0  # ids of emptied stories too
    stories = cluster(docs, threshold=threshold, window_days=window_days, seeds=list(seeds.values()),
                      first_new_id=last_id + 1)
    con.execute("BEGIN")
    try:
        for s in stories:
            con.execute("INSERT OR IGNORE INTO stories(id) VALUES (?)", (s.id,))
            for m in s.members:
                if m not in members:
                    con.execute("INSERT INTO story_documents(story, document, duplicate_of) VALUES (?,?,?)",
                                (s.id, m, s.duplicates.get(m)))
        _refresh(con, {s.id for s in stories if any(m not in members for m in s.members)})
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return len(new)


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _refresh(con: sqlite3.Connection, story_ids: set[int]) -> None:
    for sid in story_ids:
        rows = con.execute(
            "SELECT d.id, d.title, d.published, d.outlet, sd.duplicate_of FROM story_documents sd "
            "JOIN documents d ON d.id = sd.document WHERE sd.story = ? ORDER BY d.published", (sid,)).fetchall()
        dates = [r[2][:10] for r in rows if r[2]]
        independent = {(r[3] or r[0]) for r in rows if not r[4]}
        actors = Counter()
        for (name,) in con.execute(
                "SELECT e.name FROM entities e JOIN story_documents sd ON sd.document = e.document "
                "WHERE sd.story = ? AND e.type IN ('PERSON','ORG','GPE')", (sid,)):
            actors[name] += 1
        main = [n for n, _ in actors.most_common(5)]
        con.execute("INSERT OR REPLACE INTO stories(id, title, first, last, n_documents, n_sources, main_actors) "
                    "VALUES (?,?,?,?,?,?,?)", (sid, rows[0][1] if rows else None, min(dates, default=None),
                                               max(dates, default=None), len(rows), len(independent),
                                               json.dumps(main, ensure_ascii=False)))


def list_stories(con: sqlite3.Connection, min_documents: int = 1) -> list[dict]:
    ensure_tables(con)
    cur = con.execute("SELECT id, first, last, n_documents, n_sources, main_actors, title FROM stories "
                      "WHERE n_documents >= ? ORDER BY first DESC, id", (min_documents,))
    return [{"story": r[0], "first": r[1], "last": r[2], "documents": r[3], "sources": r[4],
             "main_actors": ", ".join(json.loads(r[5] or "[]")), "title": r[6]} for r in cur]


def story_documents(con: sqlite3.Connection, story: int) -> list[str]:
    ensure_tables(con)
    return [r[0] for r in con.execute(
        "SELECT sd.document FROM story_documents sd JOIN documents d ON d.id = sd.document "
        "WHERE sd.story = ? AND sd.duplicate_of IS NULL ORDER BY d.published, d.id", (story,))]


def resolve_document(con: sqlite3.Connection, name: str) -> str:
    """A document id from the id it was ingested with, its key, or a unique key prefix."""
    rows = con.execute("SELECT id FROM documents WHERE input_id = ? OR id = ?", (name, name)).fetchall()
    if not rows:
        rows = con.execute("SELECT id FROM documents WHERE id LIKE ?", (name + "%",)).fetchall()
    if not rows:
        raise NewsgraphError(f"no document {name!r} in the database (use the id it was ingested with)")
    if len(rows) > 1:
        raise NewsgraphError(f"{name!r} names {len(rows)} documents; use the document key instead")
    return rows[0][0]


def _j(s: str | None, default):
    return json.loads(s) if s else default


def load_analysis(con: sqlite3.Connection, doc_id: str) -> Analysis:
    """Rebuild the Analysis of one stored document (local ids as in the JSON contract)."""
    d = con.execute("SELECT id, input_id, text, published, title, outlet, url, author, language FROM documents "
                    "WHERE id = ?", (doc_id,)).fetchone()
    if d is None:
        raise NewsgraphError(f"no document {doc_id!r} in the database")

    def local(x: str | None) -> str | None:
        return x.split(":", 1)[1] if x and ":" in x else x

    a = Analysis(id=d[1] or d[0], text=d[2], published=d[3], title=d[4], outlet=d[5], url=d[6], author=d[7],
                 language=d[8])
    for r in con.execute("SELECT local_id, name, type, title, country, sector, code, mentions, aliases FROM entities "
                         "WHERE document = ? ORDER BY rowid", (doc_id,)):
        a.entities.append(Entity(r[0], r[1], r[2], r[3], r[4], r[5], r[6], _j(r[7], []), _j(r[8], [])))
    for r in con.execute("SELECT local_id, text, start, [end], kind, speaker_name, speaker_entity, speaker_mention, "
                         "speaker_start, speaker_end, cue, addressee, channel, reported_by, said_on FROM quotes "
                         "WHERE document = ? ORDER BY start", (doc_id,)):
        sp = Speaker(r[5], local(r[6]), r[7], r[8], r[9]) if r[5] else None
        a.quotes.append(Quote(r[0], r[1], r[2], r[3], r[4], sp, r[10], r[11], r[12], r[13], r[14]))
    for r in con.execute("SELECT local_id, reported_by, kind, start, [end], text, quotes, entity FROM attributions "
                         "WHERE document = ? ORDER BY start", (doc_id,)):
        a.attributions.append(Attribution(r[0], r[1], r[2], r[3], r[4], r[5], [local(x) for x in _j(r[6], [])],
                                          local(r[7])))
    for r in con.execute("SELECT local_id, actor1_name, actor1_code, actor1_entity, actor2_name, actor2_code, "
                         "actor2_entity, cameo, root, goldstein, quad_class, plover, start, [end], sentence, date, "
                         "plover_mode, quote, negated, trigger FROM events WHERE document = ? ORDER BY start",
                         (doc_id,)):
        a1 = Actor(r[1], r[2], local(r[3])) if r[1] or r[2] else None
        a2 = Actor(r[4], r[5], local(r[6])) if r[4] or r[5] else None
        a.events.append(Event(r[0], a1, a2, r[7], r[8], r[9], r[10], r[11], r[12], r[13], r[14], r[15], r[16],
                              local(r[17]), bool(r[18]), r[19]))
    return a
