"""Page handlers: each loads its rows through ``queries`` and renders one template."""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlsplit

from datasette.utils.asgi import Response

from . import queries
from .highlight import Mark, highlight
from .network import actor_network

PREFIX = "/-/newsgraph"


STATIC_DIR = Path(__file__).parent / "static"


def static_name() -> str:
    """Datasette's name for this plugin's static folder: the distribution's when loaded through the
    entry point ("newsgraph"), the module's ("newsgraph.web") when registered by hand."""
    from datasette.plugins import get_plugins

    for p in get_plugins():
        if p.get("static_path") and Path(p["static_path"]).resolve() == STATIC_DIR.resolve():
            return p["name"]
    return __package__


async def _render(datasette, request, template: str, context: dict, status: int = 200) -> Response:
    name = static_name()
    ctx = {"ng": PREFIX, "static": lambda p: datasette.urls.static_plugins(name, p), **context}
    html = await datasette.render_template(template, ctx, request=request)
    return Response.html(html, status=status)


async def _db_or_error(datasette, request):
    db = await queries.find_database(datasette)
    if db is None:
        return None, await _render(datasette, request, "ng_error.html", {
            "message": "No newsgraph database is attached: start with `newsgraph serve --db newsgraph.db`."},
            status=404)
    return db, None


async def _not_found(datasette, request, what: str) -> Response:
    return await _render(datasette, request, "ng_error.html", {"message": f"{what} not found."}, status=404)


def safe_url(url: str | None) -> str | None:
    """Only http(s) URLs become links; anything else (javascript:, data:) is shown as text."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


async def home(datasette, request) -> Response:
    db, err = await _db_or_error(datasette, request)
    if err:
        return err
    return await _render(datasette, request, "ng_home.html", {
        "db_name": db.name, "counts": await queries.counts(db), "documents": await queries.recent_documents(db),
        "actors": await queries.top_actors(db), "stories": await queries.list_stories(db)})


def _chain(q: dict, sources: list[dict], outlet: str | None) -> list[dict]:
    """Who the words pass through on their way to the reader: speaker, channel, sources, outlet."""
    chain = []
    if q.get("speaker_name"):
        chain.append({"who": q["speaker_name"], "kind": "speaker"})
    if q.get("channel"):
        chain.append({"who": q["channel"], "kind": "channel"})
    seen = set()
    if q.get("reported_by"):
        chain.append({"who": q["reported_by"], "kind": "reported by"})
        seen.add(q["reported_by"].lower())
    for s in sources:
        if q["id"] in s["quotes"] and (s.get("reported_by") or "").lower() not in seen:
            chain.append({"who": s["reported_by"], "kind": s.get("kind") or "source"})
            seen.add((s.get("reported_by") or "").lower())
    if outlet and outlet.lower() not in seen:
        chain.append({"who": outlet, "kind": "outlet"})
    return chain


async def article(datasette, request) -> Response:
    db, err = await _db_or_error(datasette, request)
    if err:
        return err
    doc = await queries.article(db, request.url_vars["id"])
    if doc is None:
        return await _not_found(datasette, request, "Article")
    ents = {e["id"]: e for e in doc["entities"]}
    marks = []
    for q in doc["quotes"]:
        marks.append(Mark("quote", q["start"], q["end"], q["local_id"], q["kind"]))
        if q.get("speaker_start") is not None:
            marks.append(Mark("speaker", q["speaker_start"], q["speaker_end"], q["local_id"]))
    for s in doc["attributions"]:
        marks.append(Mark("source", s["start"], s["end"], s["local_id"]))
    for ev in doc["events"]:
        marks.append(Mark("event", ev["start"], ev["end"], ev["local_id"]))
    for e in doc["entities"]:
        if e.get("type") == "PERSON":
            for m in e["mentions"]:
                if isinstance(m, list) and len(m) == 2:
                    marks.append(Mark("person", m[0], m[1], e["local_id"]))
    events_by_quote = defaultdict(list)
    for ev in doc["events"]:
        if ev.get("quote"):
            events_by_quote[ev["quote"]].append(ev)
        else:
            for q in doc["quotes"]:
                if ev["start"] is not None and ev["start"] <= q["start"] and q["end"] <= (ev["end"] or 0):
                    events_by_quote[q["id"]].append(ev)
    for q in doc["quotes"]:
        q["chain"] = _chain(q, doc["attributions"], doc.get("outlet"))
        q["events"] = events_by_quote.get(q["id"], [])
        sp = ents.get(q.get("speaker_entity"))
        q["speaker_actor"] = q.get("speaker_actor") or (sp or {}).get("actor")
        q["speaker_code"] = (sp or {}).get("code")
    for ev in doc["events"]:
        for side in ("actor1", "actor2"):
            ev[f"{side}_actor"] = (ents.get(ev.get(f"{side}_entity")) or {}).get("actor")
    people = sorted(doc["entities"], key=lambda e: (e.get("type") != "PERSON", -len(e["mentions"]), e["name"] or ""))
    roles = defaultdict(set)
    for q in doc["quotes"]:
        if q.get("speaker_entity"):
            roles[q["speaker_entity"]].add("speaker")
    for ev in doc["events"]:
        for side in ("actor1", "actor2"):
            if ev.get(f"{side}_entity"):
                roles[ev[f"{side}_entity"]].add(side)
    for s in doc["attributions"]:
        if s.get("entity"):
            roles[s["entity"]].add("source")
    for e in people:
        e["roles"] = sorted(roles.get(e["id"], ()))
    return await _render(datasette, request, "ng_article.html", {
        "db_name": db.name, "doc": doc, "body": highlight(doc.get("text") or "", marks), "people": people,
        "url": safe_url(doc.get("url")), "kinds": Counter(q["kind"] for q in doc["quotes"])})


def _time_strip(days: list[str | None], width: int = 640, height: int = 60) -> dict | None:
    """Bars of statements per day (spans under 90 days) or per month, for an inline SVG."""
    from datetime import date

    dated = []
    for d in days:
        try:
            dated.append(date.fromisoformat(d[:10]))
        except (TypeError, ValueError):
            continue
    if not dated:
        return None
    lo, hi = min(dated), max(dated)
    if (hi - lo).days < 90:
        def slot(d: date) -> int:
            return (d - lo).days

        span, label = (hi - lo).days + 1, (lambda d: d.isoformat())
    else:
        def slot(d: date) -> int:
            return (d.year - lo.year) * 12 + d.month - lo.month

        span, label = slot(hi) + 1, (lambda d: d.isoformat()[:7])
    counts = Counter(slot(d) for d in dated)
    names = {slot(d): label(d) for d in dated}
    top, bw = max(counts.values()), width / max(span, 1)
    bars = []
    for i, n in sorted(counts.items()):
        h = max(2.0, (height - 14) * n / top)
        bw_ = min(max(bw - 2, 1), 40)
        x = i * bw + (bw - bw_) / 2 if span > 1 else (width - bw_) / 2
        bars.append({"x": round(x, 1), "w": round(bw_, 1), "y": round(height - 12 - h, 1), "h": round(h, 1),
                     "label": names[i], "n": n})
    return {"width": width, "height": height, "bars": bars, "first": label(lo), "last": label(hi)}


def _goldstein_plot(events: list[dict], width: int = 640, height: int = 200) -> dict | None:
    """Points (date, Goldstein) for an inline SVG: x by day, y from -10 (bottom) to +10 (top)."""
    pts = [(e["day"][:10], float(e["goldstein"]), e) for e in events
           if e.get("goldstein") is not None and e.get("day") and len(e["day"]) >= 10]
    if not pts:
        return None
    from datetime import date

    def ordinal(d: str) -> int | None:
        try:
            return date.fromisoformat(d).toordinal()
        except ValueError:
            return None
    pts = [(ordinal(d), g, e) for d, g, e in pts if ordinal(d) is not None]
    if not pts:
        return None
    lo, hi = min(p[0] for p in pts), max(p[0] for p in pts)
    pad, span = 30, max(hi - lo, 1)
    out = []
    for o, g, e in pts:
        x = pad + (width - 2 * pad) * ((o - lo) / span if hi > lo else 0.5)
        y = 10 + (height - 30) * (10 - max(-10.0, min(10.0, g))) / 20
        out.append({"x": round(x, 1), "y": round(y, 1), "g": g, "role": e["role"], "cameo": e.get("cameo"),
                    "day": e["day"][:10], "document": e["document"]})
    mid = 10 + (height - 30) / 2
    return {"width": width, "height": height, "points": out, "mid": round(mid, 1), "pad": pad,
            "first": date.fromordinal(lo).isoformat(), "last": date.fromordinal(hi).isoformat(),
            "mean": round(sum(p[1] for p in pts) / len(pts), 2)}


async def actor(datasette, request) -> Response:
    db, err = await _db_or_error(datasette, request)
    if err:
        return err
    a = await queries.actor(db, request.url_vars["id"])
    if a is None:
        return await _not_found(datasette, request, "Actor")
    return await _render(datasette, request, "ng_actor.html", {
        "db_name": db.name, "a": a, "strip": _time_strip([s.get("day") for s in a["statements"]]),
        "plot": _goldstein_plot(a["events"])})


async def search(datasette, request) -> Response:
    db, err = await _db_or_error(datasette, request)
    if err:
        return err
    q = request.args.get("q", "")[:500]
    selected = {k: request.args.get(k) for k in queries.FACETS if request.args.get(k)}
    res = await queries.search(db, q, selected)
    base = [("q", q)] if q else []
    for name, values in res["facets"].items():
        for v in values:
            args = base + [(k, x) for k, x in selected.items() if k != name] + [(name, v["value"])]
            v["args"] = args
    remove = {k: base + [(n, x) for n, x in selected.items() if n != k] for k in selected}
    return await _render(datasette, request, "ng_search.html", {
        "q": q, "selected": selected, "res": res, "remove": remove})


async def story(datasette, request) -> Response:
    db, err = await _db_or_error(datasette, request)
    if err:
        return err
    story_id = request.url_vars.get("id")
    doc_ids = [d for d in request.args.getlist("doc") if d][:8]
    st = await queries.story_documents(db, story_id, doc_ids)
    if st is None:
        return await _not_found(datasette, request, "Story")
    return await _render(datasette, request, "ng_story.html", {"st": st})


async def network(datasette, request) -> Response:
    db, err = await _db_or_error(datasette, request)
    if err:
        return err
    return await _render(datasette, request, "ng_network.html", {})


async def network_json(datasette, request) -> Response:
    db = await queries.find_database(datasette)
    if db is None:
        return Response.json({"nodes": [], "edges": []}, status=404)
    return Response.json(await actor_network(db))
