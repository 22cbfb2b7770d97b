"""Helpers shared by the quote, indirect-speech and speaker test files (imported, like corpus_fixtures.py)."""
from __future__ import annotations

from newsgraph.extract.actors import extract_entities
from newsgraph.extract.quotes import extract_quotes


def quote_runner(nlp):
    """A function (text, kind=None) -> the quotes newsgraph finds in it, only those of ``kind`` when given."""
    def _run(text: str, kind: str | None = None):
        doc = nlp(text)
        return [q for q in extract_quotes(doc, extract_entities(doc)) if kind is None or q.kind == kind]
    return _run


def indirect_runner(nlp):
    """A function text -> the indirect statements newsgraph finds in it."""
    run = quote_runner(nlp)
    return lambda text: run(text, "indirect")


def pairs(quotes):
    return [(q.speaker.name if q.speaker else None, q.text) for q in quotes]


def speaker_of(quotes, start: str) -> str | None:
    """The speaker name of the first quote whose text starts with ``start``."""
    q = next(q for q in quotes if q.text.startswith(start))
    return q.speaker.name if q.speaker else None


def direct_speaker_of(quotes, start: str) -> str | None:
    """The speaker name of the first direct or partial quote whose text starts with ``start``; fails when there
    is none."""
    found = [q for q in quotes if q.kind in ("direct", "partial") and q.text.startswith(start)]
    assert found, start
    return found[0].speaker.name if found[0].speaker else None


def pair_speaker(found, start: str) -> str:
    """In ``pairs()`` output, the speaker name of the first statement starting with ``start`` ("" when it has none);
    fails when no statement starts so."""
    names = [name for name, text in found if text.startswith(start)]
    assert names, found
    return names[0] or ""


def analyzed_speaker_of(text: str, start: str) -> str | None:
    """The speaker name of the first statement starting with ``start`` that the whole ``analyze()`` pipeline finds
    in ``text`` (page-level passes included); fails when there is none."""
    from newsgraph.analyze import analyze

    found = [q for q in analyze(text).quotes if q.text.startswith(start)]
    assert found, start
    return found[0].speaker.name if found[0].speaker else None
