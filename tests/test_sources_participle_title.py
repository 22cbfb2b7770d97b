"""A participle and its preposition that the name tagger swept into a title with an outlet's name ('Appearing on
Kelsbury News Radio, X said ...' tagged as one work of art) are no part of the outlet's name
(source_outlets.outlet_spans): the outlet appeared on is credited under its own name. Fictional names throughout."""
from __future__ import annotations

import source_helpers

OWN = "https://www.bbc.co.uk/news/uk-politics-1234"


def test_an_outlet_after_an_opening_participle_keeps_its_own_name(nlp):
    text = "Row over plan\n\nAppearing on Sky News, Jane Varn said the plan would fail."
    assert [name for name, _ in source_helpers.sources(nlp, text, url=OWN, quotes=True)] == ["Sky News"]
