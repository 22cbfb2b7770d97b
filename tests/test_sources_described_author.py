"""A statement whose author is a bare person noun ('the spokesman said in a statement') is named with the fuller
description the page gave that person before ('a Norland government spokesman'), as the quote step resolved it
(source_agents.described_speaker). Fictional names and places."""
from __future__ import annotations

import source_helpers

OTHER = "https://www.norland-herald.example/world/talks-1234"


def names(nlp, text):
    return [name for name, _ in source_helpers.sources(nlp, text, url=OTHER, quotes=True)]


def test_spokesman_described_before(nlp):
    text = ("Chancellor Anna Lund and the Tarvian president agreed to work together, a Norland government spokesman "
            "said on Friday. Trade requires closer cooperation, the spokesman said in a statement following the call.")
    assert names(nlp, text) == ["statement by Norland government spokesman"]


def test_spokesman_never_described(nlp):
    text = "Trade requires closer cooperation, the spokesman said in a statement following the call."
    assert names(nlp, text) == ["statement by spokesman"]
