"""An inverted attribution closing a long sentence that the parser reads as a conjunct verb with an object
('..., the head of state "stressed ..." and told X ..., "when he takes office" next year, added the Foreign Ministry.'):
the phrase after the cue speaks, not the subject of the sentence's first verb. Not an addressee ('..., told
reporters.') nor a day. Names and places are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


TEXT = ("President Ana Ruiz of Valdoria and the Estavian president-elect Piet Rhoden spoke by telephone on Monday.\n\n"
        "During this \u201cvery warm 20-minute exchange\u201d which began around 6 p.m., the Valdorian head of state "
        "\u201cstressed the role of Europe and told President Rhoden that she was ready to keep up this dialogue\u201d, "
        "in particular on trade, \u201cwhen he takes office\u201d at the end of May, added the Valdorian Foreign Ministry.\n")


def test_closing_inversion_read_as_a_conjunct_gives_the_phrase_after_the_cue(run):
    qs = run(TEXT)
    found = {q.text: q.speaker.name for q in qs if q.kind in ("direct", "partial") and q.speaker}
    assert found.get("very warm 20-minute exchange") == "Valdorian Foreign Ministry"
    assert found.get("when he takes office") == "Valdorian Foreign Ministry"


def test_a_closing_addressee_is_no_speaker(run):
    qs = run("Governor Tom Pike said the budget was \u201cfinished and fair\u201d and would pass next week, told reporters.")
    assert all(q.speaker is None or q.speaker.name != "reporters" for q in qs)
    assert speaker_of(qs, "finished and fair") == "Tom Pike"  # the sentence's subject keeps the quote
