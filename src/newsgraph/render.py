"""Human-readable summaries of analyses for the terminal."""
from __future__ import annotations

from collections import defaultdict

from .model import Analysis


def _short(s: str, n: int = 160) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def summary(a: Analysis) -> str:
    """A readable report: speakers and their quotes, sources credited, people and roles."""
    out = [f"== {a.id}" + (f": {a.title}" if a.title else "")]
    meta = [x for x in (a.outlet, a.published, a.url) if x]
    if meta:
        out.append("   " + " · ".join(meta))
    by_speaker: dict[str, list] = defaultdict(list)
    for q in a.quotes:
        by_speaker[q.speaker.name if q.speaker else "(unknown speaker)"].append(q)
    if by_speaker:
        out.append(f"\nWho said what ({len(a.quotes)} quotes)")
        for name, qs in sorted(by_speaker.items(), key=lambda kv: -len(kv[1])):
            ent = a.entity(qs[0].speaker.entity) if qs[0].speaker else None
            role = ", ".join(x for x in ((ent.title if ent else None), (ent.code if ent else None)) if x)
            out.append(f"  {name}" + (f" ({role})" if role else ""))
            for q in qs:
                extra = ", ".join(f"{k}: {v}" for k, v in (("to", q.addressee), ("via", q.channel),
                                                            ("source", q.reported_by), ("on", q.said_on)) if v)
                mark = {"direct": "“”", "partial": "‘’", "indirect": "~ "}.get(q.kind, "  ")
                body = f"{mark[0]}{_short(q.text)}{mark[1]}" if q.kind != "indirect" else f"~ {_short(q.text)}"
                out.append(f"    {q.cue or '':>10}  {body}" + (f"  [{extra}]" if extra else ""))
    if a.attributions:
        out.append(f"\nSources credited ({len(a.attributions)})")
        for s in a.attributions:
            out.append(f"  {s.reported_by} [{s.kind}]: {_short(s.text, 110)}")
    people = [e for e in a.entities if e.type in {"PERSON", "ORG"}]
    if people:
        out.append(f"\nPeople and organisations ({len(people)})")
        for e in people:
            desc = ", ".join(x for x in (e.title, e.country, e.code) if x)
            out.append(f"  {e.name} [{e.type}]" + (f": {desc}" if desc else "") + f"  ×{len(e.mentions)}")
    if a.events:
        out.append(f"\nEvents ({len(a.events)})")
        for ev in a.events:
            a1 = ev.actor1.code or ev.actor1.name if ev.actor1 else "-"
            a2 = ev.actor2.code or ev.actor2.name if ev.actor2 else "-"
            out.append(f"  {ev.date or '':10} {a1:>8} {ev.cameo:>4} {a2:<8} {ev.goldstein!s:>5}  {_short(ev.sentence, 90)}")
    if a.removed:
        out.append(f"\nBoilerplate removed: {len(a.removed)} pieces ({', '.join(sorted({r.kind for r in a.removed}))})")
    return "\n".join(out) + "\n"
