"""Flat rows for one Analysis: the one column layout shared by the SQLite store, the Spark
job's Parquet tables and the exports.

Row ids are globally unique: ``<document id>:<local id>``. The document id is a hash of the
cleaned text (see ``document_key``); ``input_id`` keeps the id the document came in with.
"""
from __future__ import annotations

import hashlib
import json

from .model import Analysis

SCHEMA_VERSION = 1

# table -> ordered column names (types are given by the store)
COLUMNS: dict[str, list[str]] = {
    "documents": ["id", "input_id", "url", "outlet", "title", "author", "published", "language",
                  "text", "n_quotes", "n_events", "analyzer_version"],
    "entities": ["id", "document", "local_id", "name", "type", "title", "country", "sector", "code",
                 "mentions", "aliases", "actor"],
    "quotes": ["id", "document", "local_id", "text", "start", "end", "kind", "speaker_name",
               "speaker_entity", "speaker_mention", "speaker_start", "speaker_end", "cue", "addressee",
               "channel", "reported_by", "said_on", "published"],
    "attributions": ["id", "document", "local_id", "reported_by", "kind", "start", "end", "text",
                     "quotes", "entity"],
    "events": ["id", "document", "local_id", "actor1_name", "actor1_code", "actor1_entity", "actor2_name",
               "actor2_code", "actor2_entity", "cameo", "root", "goldstein", "quad_class", "plover",
               "plover_mode", "date", "start", "end", "sentence", "quote", "negated", "trigger"],
    "removed": ["id", "document", "kind", "start", "end", "text"],
}


def document_key(text: str, url: str | None = None) -> str:
    """Stable id of a document: a hash of its cleaned text (and URL when given)."""
    h = hashlib.sha256(text.encode("utf-8"))
    if url:
        h.update(b"\0" + url.encode("utf-8"))
    return h.hexdigest()[:20]


def rows_for(a: Analysis, analyzer_version: str = "") -> dict[str, list[dict]]:
    """Flatten one analysis into rows per table (JSON-encoded lists for list fields)."""
    doc = document_key(a.text, a.url)

    def rid(local: str) -> str:
        return f"{doc}:{local}"

    rows: dict[str, list[dict]] = {t: [] for t in COLUMNS}
    rows["documents"].append({
        "id": doc, "input_id": a.id, "url": a.url, "outlet": a.outlet, "title": a.title, "author": a.author,
        "published": a.published, "language": a.language, "text": a.text, "n_quotes": len(a.quotes),
        "n_events": len(a.events), "analyzer_version": analyzer_version})
    for e in a.entities:
        rows["entities"].append({
            "id": rid(e.id), "document": doc, "local_id": e.id, "name": e.name, "type": e.type, "title": e.title,
            "country": e.country, "sector": e.sector, "code": e.code, "mentions": json.dumps(e.mentions),
            "aliases": json.dumps(e.aliases, ensure_ascii=False), "actor": None})
    for q in a.quotes:
        sp = q.speaker
        rows["quotes"].append({
            "id": rid(q.id), "document": doc, "local_id": q.id, "text": q.text, "start": q.start, "end": q.end,
            "kind": q.kind, "speaker_name": sp.name if sp else None,
            "speaker_entity": rid(sp.entity) if sp and sp.entity else None,
            "speaker_mention": sp.mention if sp else None, "speaker_start": sp.start if sp else None,
            "speaker_end": sp.end if sp else None, "cue": q.cue, "addressee": q.addressee, "channel": q.channel,
            "reported_by": q.reported_by, "said_on": q.said_on, "published": a.published})
    for s in a.attributions:
        rows["attributions"].append({
            "id": rid(s.id), "document": doc, "local_id": s.id, "reported_by": s.reported_by, "kind": s.kind,
            "start": s.start, "end": s.end, "text": s.text, "quotes": json.dumps([rid(x) for x in s.quotes]),
            "entity": rid(s.entity) if s.entity else None})
    for ev in a.events:
        a1, a2 = ev.actor1, ev.actor2
        rows["events"].append({
            "id": rid(ev.id), "document": doc, "local_id": ev.id,
            "actor1_name": a1.name if a1 else None, "actor1_code": a1.code if a1 else None,
            "actor1_entity": rid(a1.entity) if a1 and a1.entity else None,
            "actor2_name": a2.name if a2 else None, "actor2_code": a2.code if a2 else None,
            "actor2_entity": rid(a2.entity) if a2 and a2.entity else None,
            "cameo": ev.cameo, "root": ev.root, "goldstein": ev.goldstein, "quad_class": ev.quad_class,
            "plover": ev.plover, "plover_mode": ev.plover_mode, "date": ev.date, "start": ev.start, "end": ev.end,
            "sentence": ev.sentence, "quote": rid(ev.quote) if ev.quote else None, "negated": int(ev.negated),
            "trigger": ev.trigger})
    for n, r in enumerate(a.removed, 1):
        rows["removed"].append({"id": rid(f"r{n}"), "document": doc, "kind": r.kind, "start": r.start,
                                "end": r.end, "text": r.text})
    return rows
