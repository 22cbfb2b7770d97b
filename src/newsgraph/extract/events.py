"""CAMEO-coded events (placeholder until the event-coding issue)."""
from __future__ import annotations

from ..model import Event, Quote


def extract_events(doc, index, quotes: list[Quote], published: str | None) -> list[Event]:
    return []
