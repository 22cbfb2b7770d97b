"""Direct, partial and indirect quotes with their speakers (placeholder first cut)."""
from __future__ import annotations

from ..model import Quote


def extract_quotes(doc, index) -> list[Quote]:
    return []
