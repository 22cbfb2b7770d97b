"""A byline ending with an outlet no list knows, named like a newspaper or broadcaster ('By Jane Roe, Marelia
Herald'), credits that outlet on another outlet's page, in the text or cut by the cleaner as the author
(source_wire.outlet_bylines); not on the outlet's own site, not a writer's title ('Staff Writer'). Fictional names
and sites."""
from __future__ import annotations

from newsgraph.extract.actors import extract_entities
from newsgraph.extract.source_wire import outlet_bylines
from newsgraph.extract.sources import extract_attributions

OTHER = "https://www.norland-herald.example/world/budget-1234"
TEXT = "Budget passed\n\nKOSTAVAR - Marelia's parliament approved the budget on Thursday by 112 votes to 40."


def credited(nlp, text, url=OTHER, author=None):
    doc = nlp(text)
    return [a.reported_by for a in extract_attributions(doc, extract_entities(doc), [], url=url, author=author)]


def test_a_byline_line_names_the_outlet():
    assert [name for _, name in outlet_bylines("By Jane Roe, Marelia Herald\nThe budget passed.")] == \
        ["Marelia Herald"]
    assert list(outlet_bylines("By Jane Roe, Staff Writer\nThe budget passed.")) == []
    assert list(outlet_bylines("Jane Roe, Marelia Herald\nThe budget passed.")) == []


def test_an_outlet_byline_cut_by_the_cleaner_is_credited_on_another_page(nlp):
    assert credited(nlp, TEXT, author="Jane Roe, Marelia Herald") == ["Marelia Herald"]
    assert credited(nlp, TEXT, url="https://www.mareliaherald.example/news/1", author="Jane Roe, Marelia Herald") == []
    assert credited(nlp, TEXT, author="Jane Roe, Staff Writer") == []
