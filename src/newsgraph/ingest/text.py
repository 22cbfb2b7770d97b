"""Cleaning plain text scraped from the web (first version: whitespace only)."""
from __future__ import annotations

from .cleaned import Cleaned


def clean_text(raw: str) -> Cleaned:
    text = raw.replace("\r\n", "\n").replace("\r", "\n").strip()
    first = text.split("\n", 1)[0].strip()
    return Cleaned(text=text, title=first if len(first) < 200 else None)
