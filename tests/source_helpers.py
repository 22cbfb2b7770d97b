"""Helper shared by the source test files (imported, like quote_helpers.py)."""
from __future__ import annotations

from newsgraph.extract.actors import extract_entities
from newsgraph.extract.quotes import extract_quotes
from newsgraph.extract.sources import extract_attributions


def sources(nlp, text: str, outlet=None, url=None, quotes: bool = False) -> list[tuple[str, str]]:
    """(reported_by, kind) of every source credited in ``text``; with ``quotes`` the quote step runs first, as in
    analyze (sources then link to the quotes they carry)."""
    doc = nlp(text)
    index = extract_entities(doc)
    found = extract_quotes(doc, index) if quotes else []
    return [(a.reported_by, a.kind) for a in extract_attributions(doc, index, found, outlet=outlet, url=url)]
