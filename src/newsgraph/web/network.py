"""The actor network shown on the Network page: the very edges the GraphML export writes.

Corpus actors are nodes; an edge A -> B counts the statements A makes about or to B and the
events in which A acts on B, with the events' average Goldstein score
(``newsgraph.export.network_edges``). The page keeps the best-connected actors.
"""
from __future__ import annotations

from collections import defaultdict

from ..export import network_edges
from .queries import rows


def weighted_degree(edges: dict[tuple, dict]) -> dict:
    degree: dict = defaultdict(int)
    for (a, b), e in edges.items():
        w = e["statements"] + e["events"]
        degree[a] += w
        degree[b] += w
    return degree


async def actor_network(db, max_nodes: int = 150) -> dict:
    """Nodes and edges as JSON-ready dicts, keeping the ``max_nodes`` best-connected actors."""
    if not await db.table_exists("actors") or not await db.table_exists("entities"):
        return {"nodes": [], "edges": []}
    edges = await db.execute_fn(network_edges)
    degree = weighted_degree(edges)
    keep = set(sorted(degree, key=lambda k: (-degree[k], k))[:max_nodes])
    actors = await rows(db, "select id, name, type, code, country, n_quotes, n_events from actors")
    nodes = [dict(a, degree=degree[a["id"]]) for a in actors if a["id"] in keep]
    out = [{"source": a, "target": b, "statements": e["statements"], "events": e["events"],
            "goldstein": round(e["gsum"] / e["gn"], 2) if e["gn"] else None}
           for (a, b), e in sorted(edges.items()) if a in keep and b in keep]
    return {"nodes": nodes, "edges": out}
