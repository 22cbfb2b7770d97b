"""Dates in the text, normalised against the article's publication date (first cut)."""
from __future__ import annotations


def resolve_date(expr: str, published: str | None) -> str | None:
    """ISO date (YYYY-MM-DD) for an expression like "on Thursday", "February 1", "last week"."""
    return None
