"""Read-only queries behind the web pages, over the store's tables (see docs/store.md).

Every query is parameterised; nothing from the URL is ever pasted into SQL except table and
column names that are checked against the database's own schema first.
"""
from __future__ import annotations

import json
from typing import Any

from datasette.utils import escape_fts

NEWSGRAPH_TABLES = ("documents", "quotes")


async def find_database(datasette) -> Any | None:
    """The attached database that holds newsgraph's tables (plugin setting `database` wins)."""
    cfg = datasette.plugin_config("newsgraph") or {}
    if cfg.get("database") and cfg["database"] in datasette.databases:
        return datasette.get_database(cfg["database"])
    for name, db in datasette.databases.items():
        if name.startswith("_"):
            continue
        tables = set(await db.table_names())
        if all(t in tables for t in NEWSGRAPH_TABLES):
            return db
    return None


async def rows(db, sql: str, params: dict | list | tuple = ()) -> list[dict]:
    res = await db.execute(sql, params)
    return [dict(r) for r in res.rows]


async def one(db, sql: str, params: dict | list | tuple = ()) -> dict | None:
    found = await rows(db, sql, params)
    return found[0] if found else None


async def columns(db, table: str) -> set[str]:
    if not await db.table_exists(table):
        return set()
    return set(await db.table_columns(table))


def loads(value: Any, default: Any = None) -> Any:
    """Decode a JSON column (lists are stored as JSON text); bad JSON gives ``default``."""
    if value is None or value == "":
        return default
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return default


# --- home ---------------------------------------------------------------------------------

async def counts(db) -> dict[str, int]:
    out = {}
    for t in ("documents", "quotes", "events", "actors", "attributions"):
        if await db.table_exists(t):
            out[t] = (await db.execute(f"select count(*) from [{t}]")).rows[0][0]
    return out


def headline(doc: dict) -> str:
    """The title, or else the first line of the text (many articles start with their headline)."""
    if doc.get("title"):
        return doc["title"]
    for line in (doc.get("head") or doc.get("text") or "").splitlines():
        if line.strip():
            line = line.strip()
            return line if len(line) <= 110 else line[:108].rsplit(" ", 1)[0] + " …"
    return doc.get("input_id") or doc.get("id") or "(untitled)"


def _titles(found: list[dict]) -> None:
    """Give rows joined with their document a readable ``doc_title``."""
    for r in found:
        r["doc_title"] = headline({"title": r.pop("doc_title", None), "head": r.pop("doc_head", None),
                                   "input_id": r.pop("doc_input", None), "id": r.get("document")})


async def recent_documents(db, limit: int = 50) -> list[dict]:
    docs = await rows(db, "select id, input_id, title, substr(text, 1, 300) as head, outlet, published, n_quotes, "
                          "n_events from documents order by published desc, id limit :n", {"n": limit})
    for d in docs:
        d["headline"] = headline(d)
    return docs


async def top_actors(db, limit: int = 30) -> list[dict]:
    if not await db.table_exists("actors"):
        return []
    return await rows(db, "select id, name, type, code, n_quotes, n_events, n_documents from actors "
                          "order by coalesce(n_quotes, 0) + coalesce(n_events, 0) desc, name limit :n", {"n": limit})


# --- article ------------------------------------------------------------------------------

async def article(db, doc_id: str) -> dict | None:
    """Everything the article page shows for one document, or None when it is not there."""
    doc = await one(db, "select * from documents where id = :id", {"id": doc_id})
    if doc is None:
        return None
    doc["headline"] = headline(doc)
    p = {"d": doc_id}
    doc["entities"] = await rows(db, "select * from entities where document = :d order by local_id", p) \
        if await db.table_exists("entities") else []
    doc["quotes"] = await rows(db, "select * from quotes where document = :d order by start", p)
    doc["attributions"] = await rows(db, "select * from attributions where document = :d order by start", p) \
        if await db.table_exists("attributions") else []
    doc["events"] = await rows(db, "select * from events where document = :d order by start", p) \
        if await db.table_exists("events") else []
    doc["removed"] = await rows(db, "select * from removed where document = :d order by start", p) \
        if await db.table_exists("removed") else []
    for e in doc["entities"]:
        e["mentions"] = loads(e.get("mentions"), [])
        e["aliases"] = loads(e.get("aliases"), [])
    for s in doc["attributions"]:
        s["quotes"] = loads(s.get("quotes"), [])
    return doc


MAX_LIST = 1000  # statements or events listed on one actor page

# --- actor --------------------------------------------------------------------------------

async def actor(db, actor_id: str) -> dict | None:
    if not await db.table_exists("actors"):
        return None
    a = await one(db, "select * from actors where cast(id as text) = :id", {"id": actor_id})
    if a is None:
        return None
    aid = a["id"]
    a["aliases"] = loads(a.get("aliases"), [])
    a["titles"] = loads(a.get("titles"), [])
    qcols = await columns(db, "quotes")
    if "speaker_actor" in qcols:
        where = "q.speaker_actor = :a"
    else:
        where = "q.speaker_entity in (select id from entities where actor = :a)"
    a["statements"] = await rows(
        db, "select q.*, d.title as doc_title, d.input_id as doc_input, substr(d.text, 1, 200) as doc_head, d.outlet as outlet, "
            "coalesce(q.said_on, q.published, d.published) as day from quotes q "
            f"join documents d on d.id = q.document where {where} order by day is null, day, q.document, q.start "
            f"limit {MAX_LIST + 1}", {"a": aid})
    a["events"] = []
    ecols = await columns(db, "events")
    if "actor1_actor" in ecols:
        one_, two_ = "ev.actor1_actor = :a", "ev.actor2_actor = :a"
    else:
        one_ = "ev.actor1_entity in (select id from entities where actor = :a)"
        two_ = "ev.actor2_entity in (select id from entities where actor = :a)"
    if ecols and await db.table_exists("entities"):
        a["events"] = await rows(
            db, "select ev.*, d.title as doc_title, d.input_id as doc_input, substr(d.text, 1, 200) as doc_head, d.outlet as outlet, coalesce(ev.date, d.published) as day, "
                f"case when {one_} then 1 else 2 end as role from events ev join documents d on d.id = ev.document "
                f"where {one_} or {two_} order by day is null, day, ev.document, ev.start limit {MAX_LIST + 1}", {"a": aid})
    a["more"] = {k: len(a[k]) > MAX_LIST for k in ("statements", "events")}
    a["statements"], a["events"] = a["statements"][:MAX_LIST], a["events"][:MAX_LIST]
    _titles(a["statements"])
    _titles(a["events"])
    outlets: dict[str, int] = {}
    for s in a["statements"]:
        key = s.get("outlet") or "(unknown outlet)"
        outlets[key] = outlets.get(key, 0) + 1
    a["outlets"] = sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0]))
    return a


async def actor_ids_for_entities(db, entity_ids: list[str]) -> dict[str, Any]:
    """entity id -> actor id, for linking names on the article page."""
    if not entity_ids or "actor" not in await columns(db, "entities"):
        return {}
    marks = ",".join(f":e{i}" for i in range(len(entity_ids)))
    found = await rows(db, f"select id, actor from entities where id in ({marks})",
                       {f"e{i}": e for i, e in enumerate(entity_ids)})
    return {r["id"]: r["actor"] for r in found if r["actor"] is not None}


# --- search -------------------------------------------------------------------------------

FACETS = {
    "speaker": "q.speaker_name",
    "country": "sp.country",
    "outlet": "d.outlet",
    "month": "substr(coalesce(q.said_on, q.published, d.published), 1, 7)",
}


async def search(db, query: str, selected: dict[str, str], limit: int = 100) -> dict:
    """Full-text search over quotes, narrowed by facet values; facet counts for what matched."""
    where, params = [], {}
    if query.strip():
        if await db.table_exists("quotes_fts"):
            where.append("q.rowid in (select rowid from quotes_fts where quotes_fts match :fts)")
            params["fts"] = escape_fts(query.strip())
        else:
            where.append("q.text like :like")
            params["like"] = f"%{query.strip()}%"
    for i, (name, value) in enumerate(sorted(selected.items())):
        if name in FACETS and value:
            where.append(f"{FACETS[name]} = :f{i}")
            params[f"f{i}"] = value
    base = ("from quotes q join documents d on d.id = q.document "
            "left join entities sp on sp.id = q.speaker_entity")
    cond = (" where " + " and ".join(where)) if where else ""
    total = (await db.execute(f"select count(*) {base}{cond}", params)).rows[0][0]
    qcols = await columns(db, "quotes")
    actor_col = "q.speaker_actor" if "speaker_actor" in qcols else "sp.actor"
    hits = await rows(db, f"select q.id, q.local_id, q.document, q.text, q.kind, q.speaker_name, q.cue, "
                          f"{actor_col} as speaker_actor, d.title as doc_title, d.input_id as doc_input, substr(d.text, 1, 200) as doc_head, d.outlet, "
                          f"coalesce(q.said_on, q.published, d.published) as day {base}{cond} "
                          f"order by day desc, q.document, q.start limit {int(limit)}", params)
    _titles(hits)
    facets = {}
    for name, expr in FACETS.items():
        facets[name] = await rows(db, f"select {expr} as value, count(*) as n {base}{cond} "
                                      f"group by value having value is not null and value != '' "
                                      f"order by n desc, value limit 15", params)
    return {"total": total, "hits": hits, "facets": facets}


# --- story --------------------------------------------------------------------------------

async def story_documents(db, story_id: str | None, doc_ids: list[str]) -> dict | None:
    """The documents of one story with their quotes, and their statements aligned in rows.

    With the ``stories`` tables (the stories step) the story's documents come from
    ``story_documents`` (duplicates left out); otherwise the page compares the documents named
    in the URL. ``rows`` comes from ``aligned_rows`` (None when fewer than two accounts).
    """
    title = None
    if story_id is not None:
        if not await db.table_exists("stories"):
            return None
        st = await one(db, "select * from stories where cast(id as text) = :id", {"id": story_id})
        if st is None:
            return None
        title = st.get("title") or f"Story {story_id}"
        doc_ids = [str(x) for x in loads(st.get("documents"), [])]
        if not doc_ids and await db.table_exists("story_documents"):
            dup = "and duplicate_of is null" if "duplicate_of" in await columns(db, "story_documents") else ""
            doc_ids = [r["document"] for r in await rows(
                db, f"select document from story_documents where cast(story as text) = :id {dup}", {"id": story_id})]
    docs = []
    for d in dict.fromkeys(doc_ids[:MAX_ACCOUNTS]):
        doc = await one(db, "select id, input_id, title, substr(text, 1, 300) as head, outlet, published, url "
                            "from documents where id = :id", {"id": d})
        if doc is None:
            continue
        doc["headline"] = headline(doc)
        doc["quotes"] = await rows(db, "select * from quotes where document = :d order by start", {"d": d})
        docs.append(doc)
    docs.sort(key=lambda x: (x.get("published") or "", x.get("outlet") or ""))
    return {"id": story_id, "title": title, "documents": docs, "rows": await aligned_rows(db, docs)}


MAX_ACCOUNTS = 8
MAX_ROWS = 300


async def aligned_rows(db, docs: list[dict]) -> list[dict] | None:
    """Statements of the accounts aligned by ``newsgraph.corpus.compare``: one row per claim with
    each account's statements, the accounts that omit it, contradict it or dispute it.

    Sentences that only one account carries and nobody contradicts are left out (they are in
    the columns below); None when there are fewer than two accounts.
    """
    if len(docs) < 2:
        return None
    try:
        from ..corpus.accounts import load_analysis
        from ..corpus.compare import compare
    except ImportError:  # the compare step is not installed in this build
        return None

    def run(conn):
        analyses = [load_analysis(conn, d["id"]) for d in docs]
        return analyses, compare(analyses)

    analyses, comp = await db.execute_fn(run)
    key = {a.id: d["id"] for a, d in zip(analyses, docs, strict=True)}
    out = []
    for c in comp.claims:
        contradicted = {key.get(x["document"], x["document"]): x.get("reason") for x in c.contradicted_by}
        solo_sentence = len(c.present_in) == 1 and all(s.kind == "sentence" for s in c.statements)
        if solo_sentence and not contradicted and not c.disputed_by:
            continue
        cells: dict[str, list[dict]] = {d["id"]: [] for d in docs}
        for s in c.statements:
            cells.setdefault(key.get(s.doc, s.doc), []).append(
                {"kind": s.kind, "text": s.text, "speaker": s.speaker, "cue": s.cue})
        out.append({"id": c.id, "text": c.text, "speaker": c.speaker, "cells": cells,
                    "absent": {key.get(x, x) for x in c.absent_from}, "contradicted": contradicted,
                    "disputed": [dict(x, document=key.get(x["document"], x["document"])) for x in c.disputed_by],
                    "only_source": c.only_source,
                    "shared": len(c.present_in) > 1 or bool(contradicted) or bool(c.disputed_by)})
        if len(out) >= MAX_ROWS:
            break
    return out


async def list_stories(db, limit: int = 30) -> list[dict]:
    if not await db.table_exists("stories"):
        return []
    cols = await columns(db, "stories")
    where = "where n_documents >= 2" if "n_documents" in cols else ""
    order = "order by first desc, id" if "first" in cols else "order by id"
    return await rows(db, f"select * from stories {where} {order} limit {int(limit)}")
