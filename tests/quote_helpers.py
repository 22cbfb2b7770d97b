"""Helpers shared by the indirect-speech test files (imported, like corpus_fixtures.py)."""
from __future__ import annotations

from newsgraph.extract.actors import extract_entities
from newsgraph.extract.quotes import extract_quotes


def indirect_runner(nlp):
    """A function text -> the indirect statements newsgraph finds in it."""
    def _run(text: str):
        doc = nlp(text)
        return [q for q in extract_quotes(doc, extract_entities(doc)) if q.kind == "indirect"]
    return _run


def pairs(quotes):
    return [(q.speaker.name if q.speaker else None, q.text) for q in quotes]
