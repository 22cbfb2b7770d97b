"""Sources the article credits: outlets, ministries, videos, statements (placeholder)."""
from __future__ import annotations

from ..model import Attribution, Quote


def extract_attributions(doc, index, quotes: list[Quote]) -> list[Attribution]:
    return []
