"""The sector an office, title or body names ("defense minister" -> MIL, "government forces" -> MIL), from
``sectors.tsv``, remembered while the actor tables stay the same.
"""
from __future__ import annotations

from .actor_names import norm_spaces
from .actor_tables import ActorTables, code_tables, remembered


def sector_of(text: str | None) -> str | None:
    """Sector code for the office or title named in ``text`` ("defense minister" -> MIL): a phrase
    ending the text (its head: "government forces" -> MIL) wins, then the longest."""
    return _remembered_sector(text) if text else None


@remembered("sector")
def _remembered_sector(text: str) -> str | None:
    return _sector_of(code_tables(), text)


def _sector_of(t: ActorTables, text: str) -> str | None:
    norm = norm_spaces(text).rstrip(" .,;:")
    best = None
    best_key = (-1, -1)
    for m in t.sector_rx.finditer(norm):
        key = (m.end() == len(norm), len(m.group(0)))  # the head of the phrase first, then the longest
        if key > best_key:
            best, best_key = m.group(0), key
    sector = t.sector_of.get(best.lower()) if best else None
    return None if sector == "NONE" else sector  # NONE rows: a phrase that only looks like a body
