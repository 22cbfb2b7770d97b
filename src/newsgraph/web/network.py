"""The actor network shown on the Network page.

Same picture as the GraphML export: corpus actors are nodes; an edge A -> B counts the
statements A makes about or to B (B is named inside A's quote, or is its addressee) and the
events in which A acts on B, with the events' average Goldstein score.
"""
from __future__ import annotations

import re
from collections import defaultdict

from .queries import loads, rows

_NONWORD = re.compile(r"\W+")


def _words(s: str | None) -> str:
    """' a b c ' for matching whole words ("Bea" is in "Bea and others", "A" is not)."""
    return f" {_NONWORD.sub(' ', (s or '').lower()).strip()} "


def build_edges(entities: list[dict], quotes: list[dict], events: list[dict]) -> dict[tuple, dict]:
    """(source actor, target actor) -> {statements, events, goldstein_sum} from flat rows.

    ``entities`` rows need id, document, actor, name, mentions; ``quotes`` rows need document,
    start, end, addressee and speaker_actor; ``events`` rows need actor1_entity and actor2_entity.
    """
    actor_of = {e["id"]: e["actor"] for e in entities if e.get("actor") is not None}
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for e in entities:
        if e.get("actor") is not None:
            by_doc[e["document"]].append(e)
    edges: dict[tuple, dict] = defaultdict(lambda: {"statements": 0, "events": 0, "goldstein_sum": 0.0,
                                                     "goldstein_n": 0})
    for q in quotes:
        src = q.get("speaker_actor")
        if src is None:
            continue
        targets = set()
        addressee = _words(q.get("addressee"))
        for e in by_doc.get(q["document"], ()):
            if e["actor"] == src:
                continue
            inside = any(q["start"] <= m[0] and m[1] <= q["end"] for m in loads(e.get("mentions"), []) or []
                         if isinstance(m, list | tuple) and len(m) == 2)
            name = _words(e.get("name"))
            named = addressee.strip() != "" and name.strip() != "" and name in addressee
            if inside or named:
                targets.add(e["actor"])
        for t in targets:
            edges[(src, t)]["statements"] += 1
    for ev in events:
        a, b = actor_of.get(ev.get("actor1_entity")), actor_of.get(ev.get("actor2_entity"))
        if a is None or b is None or a == b:
            continue
        edge = edges[(a, b)]
        edge["events"] += 1
        if ev.get("goldstein") is not None:
            edge["goldstein_sum"] += float(ev["goldstein"])
            edge["goldstein_n"] += 1
    return edges


async def actor_network(db, max_nodes: int = 150) -> dict:
    """Nodes and edges as JSON-ready dicts, keeping the ``max_nodes`` best-connected actors."""
    if not await db.table_exists("actors") or not await db.table_exists("entities"):
        return {"nodes": [], "edges": []}
    entities = await rows(db, "select id, document, actor, name, mentions from entities where actor is not null")
    qcols = set(await db.table_columns("quotes"))
    speaker = "q.speaker_actor" if "speaker_actor" in qcols else "sp.actor"
    quotes = await rows(db, f"select q.document, q.start, q.end, q.addressee, {speaker} as speaker_actor "
                            "from quotes q left join entities sp on sp.id = q.speaker_entity")
    events = await rows(db, "select actor1_entity, actor2_entity, goldstein from events") \
        if await db.table_exists("events") else []
    edges = build_edges(entities, quotes, events)
    degree: dict = defaultdict(int)
    for (a, b), e in edges.items():
        w = e["statements"] + e["events"]
        degree[a] += w
        degree[b] += w
    keep = set(sorted(degree, key=lambda k: -degree[k])[:max_nodes])
    actors = await rows(db, "select id, name, type, code, country, n_quotes, n_events from actors")
    nodes = [dict(a, degree=degree.get(a["id"], 0)) for a in actors if a["id"] in keep]
    out_edges = []
    for (a, b), e in edges.items():
        if a in keep and b in keep:
            g = round(e["goldstein_sum"] / e["goldstein_n"], 2) if e["goldstein_n"] else None
            out_edges.append({"source": a, "target": b, "statements": e["statements"], "events": e["events"],
                              "goldstein": g})
    return {"nodes": nodes, "edges": out_edges}
