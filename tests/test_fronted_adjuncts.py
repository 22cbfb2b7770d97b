"""A phrase set before the speaker ('In a statement after the talks failed, ...', 'To a question about X, ...')
that the parser made a second clause of the cue: what was said is the clause after the cue, not the fronted
occasion or question. Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_statement_with_a_time_clause_before_the_speaker(run):
    found = pairs(run("In a short statement from his attorneys on Monday after court papers showed he planned to "
                      "settle, Brel said he had no excuses."))
    assert ("Brel", "he had no excuses") in found
    assert not any(text.startswith("In a statement") for _, text in found)


def test_question_before_the_speaker(run):
    found = pairs(run("To a question on Norland's reply in case the league takes steps against the fish trade, the "
                      "minister said nothing had been decided."))
    assert [text for _, text in found] == ["nothing had been decided"]


def test_failed_talks_before_the_speakers(run):
    found = pairs(run("In a joint note after the council meeting failed to settle the row, the two envoys said the "
                      "league would lead the effort."))
    assert found == [("the two envoys", "the league would lead the effort")]


def test_fronted_clause_of_its_own_still_reported(run):
    """Not a phrase opening with a preposition: the fronted clause is what was said."""
    found = pairs(run("The league would lead the effort after the talks failed, the two envoys said."))
    assert [text for _, text in found] == ["The league would lead the effort after the talks failed"]


def test_letter_before_a_gerund_is_not_what_was_recalled(run):
    found = pairs(run("Lina Varga, the niece of Olin Varga, could relate. In a letter to Mira and Tess posted on "
                      "her blog, Ms. Varga recalled being mocked by a critic years ago for the dress she wore."))
    assert not any(text.startswith("In a letter") for _, text in found)
