"""Sources named by who issued or reported them: 'This was reported by X' (the body that told what the sentences
before say), a document's author in a passive relative clause ('a readout that was issued by X', 'a video that
was circulated by X'), and a text introduced by its noun with the colon hung on that noun ('Here's a full readout
that was issued by X after the call:'). Fictional names and places."""
from __future__ import annotations

import pytest

from source_helpers import sources

OTHER = "https://www.norland-herald.example/world/talks-1234"
OPEN = "President Vell and President Daro spoke on Monday, a spokesman told reporters, and said the call went well.\n\n"


def names(nlp, text, url=OTHER):
    return [name for name, _ in sources(nlp, text, url=url, quotes=True)]


@pytest.mark.parametrize("text, source", [
    ("In a phone call with Prime Minister Daro, President Vell discussed support for Norland.\n\nThis was reported "
     "by the president's press service, Norland Herald saw.", "president press service"),
    (OPEN + "Here's a full readout that was issued by the Norland presidency after the call:\n\n"
     "President Vell spoke with President Daro of Tarvia today.", "full readout by Norland presidency"),
    ('"We will not be moved," Vell said, according to a video of his remarks that was circulated by the Kelsbury '
     "party on Friday.", "video by Kelsbury party"),
])
def test_the_issuer_is_named(nlp, text, source):
    assert source in names(nlp, text)


@pytest.mark.parametrize("text", [
    OPEN + "This was reported by Jon Vell.",  # a person
    OPEN + "This was reported earlier.",
])
def test_no_issuer_no_new_source(nlp, text):
    assert names(nlp, text) == names(nlp, OPEN)
