"""Helpers shared by the event tests: the pipeline on one text, the event on a trigger word and its
actor pair."""
from __future__ import annotations

from newsgraph.extract.actors import extract_entities
from newsgraph.extract.events import extract_events
from newsgraph.extract.quotes import extract_quotes


def events_of(nlp, text: str, published: str = "2019-11-20", quotes: bool = False) -> list:
    """extract_events on ``text`` after the entity step, and after the quote step when ``quotes``
    (statement events need the speakers the quote extraction resolves)."""
    doc = nlp(text)
    index = extract_entities(doc)
    found = extract_quotes(doc, index, published=published) if quotes else []
    return extract_events(doc, index, found, published)


def by_trigger(events: list, trigger: str):
    """The first event on the trigger word; fails with the events that were found."""
    found = [e for e in events if e.trigger == trigger]
    assert found, f"no event on {trigger!r}: {[(e.trigger, e.cameo) for e in events]}"
    return found[0]


def actor_codes(event) -> tuple[str | None, str | None]:
    """(actor1 code, actor2 code), None for a missing side."""
    return (event.actor1.code if event.actor1 else None, event.actor2.code if event.actor2 else None)
