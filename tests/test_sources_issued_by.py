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
    ('"We will not be moved," Vell said, according to a video of the speech that was shared by the Kelsbury '
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


@pytest.mark.parametrize("text, source", [
    # "in a statement" hung by the parse on the verb's object: the statement of the verb's subject
    ("The foreign ministers of the Norland Group also condemned the launch in a statement on Tuesday, saying "
     "Velmark continued to threaten the region.", "statement by foreign ministers of the Norland Group"),
    ("The ministry welcomed the decision in a letter to the council.", "letter by ministry"),
    # what appeared in a statement is its content, not who issued it
    ("Harsh words rarely used by the ministry appeared in a statement on Sunday when it criticised Velmark.",
     "statement"),
    ("The minister appeared alone in a video which he posted on Wednesday, declaring victory.",
     "video by minister"),
])
def test_the_verb_a_statement_phrase_belongs_to(nlp, text, source):
    assert names(nlp, text) == [source]


def test_a_document_the_object_stands_in_is_no_channel(nlp):
    assert names(nlp, "The team had earlier rejected the allegations in the piece.") == []
