"""Article text with its quotes, speakers, sources and events marked in place.

The text is untrusted. It is cut at every annotation boundary into segments; each segment
is escaped on its own and wrapped in one ``<span>`` whose classes and ``data-`` attributes
say which annotations cover it. No HTML from the article ever reaches the page unescaped,
and overlapping annotations need no nesting.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup, escape

# annotation kind -> CSS class prefix; a quote's kind (direct, partial, indirect) is added
KINDS = ("quote", "speaker", "source", "event", "person")


@dataclass(frozen=True)
class Mark:
    """One annotation over ``text[start:end]``."""

    kind: str  # one of KINDS
    start: int
    end: int
    ref: str = ""  # local id of the record (q1, ev2, s1, e3)
    style: str = ""  # e.g. the quote kind


def _clip(marks: Iterable[Mark], n: int) -> list[Mark]:
    out = []
    for m in marks:
        if m.start is None or m.end is None:
            continue
        s, e = max(0, int(m.start)), min(n, int(m.end))
        if e > s and m.kind in KINDS:
            out.append(Mark(m.kind, s, e, m.ref, m.style))
    return out


def highlight(text: str, marks: Iterable[Mark]) -> Markup:
    """Return escaped HTML of ``text`` with every mark applied (segments never nest)."""
    text = text or ""
    marks = _clip(marks, len(text))
    cuts = {0, len(text)}
    for m in marks:
        cuts.add(m.start)
        cuts.add(m.end)
    bounds = sorted(cuts)
    # sweep: marks sorted by start; active set recomputed per segment (few marks per article)
    by_start = sorted(marks, key=lambda m: (m.start, -m.end))
    parts: list[str] = []
    active: list[Mark] = []
    i = 0
    for a, b in zip(bounds, bounds[1:], strict=False):
        while i < len(by_start) and by_start[i].start <= a:
            active.append(by_start[i])
            i += 1
        active = [m for m in active if m.end > a]
        seg = str(escape(text[a:b]))
        if not active:
            parts.append(seg)
            continue
        parts.append(_wrap(seg, active))
    return Markup("".join(parts))


def _innermost(marks: list[Mark], kind: str) -> Mark | None:
    found = [m for m in marks if m.kind == kind]
    return min(found, key=lambda m: m.end - m.start) if found else None


def _wrap(seg: str, active: list[Mark]) -> str:
    classes = []
    attrs = []
    q = _innermost(active, "quote")
    if q is not None:
        classes += ["q", f"q-{q.style}" if q.style in ("direct", "partial", "indirect") else "q-other"]
        attrs.append(f' data-q="{escape(q.ref)}" tabindex="0" role="button"')
    ev = _innermost(active, "event")
    if ev is not None:
        classes.append("ev")
        attrs.append(f' data-ev="{escape(ev.ref)}"')
    for kind, cls in (("speaker", "spk"), ("source", "src"), ("person", "per")):
        m = _innermost(active, kind)
        if m is not None:
            classes.append(cls)
            if kind == "source":
                attrs.append(f' data-src="{escape(m.ref)}"')
    return f'<span class="{" ".join(classes)}"{"".join(attrs)}>{seg}</span>'
