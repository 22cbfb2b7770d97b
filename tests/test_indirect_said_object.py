"""'say' takes no object but its words: an object the parser gave it in running text ('said many of those voters
... used to vote ...', 'said that discovery of mass graves ... belie the claims', 'other sources said tens of
thousands') is what was said; a pronoun, a bare word of 'say' and what introduces a quotation are not."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_a_subject_read_as_the_object_is_said(run):
    found = pairs(run("Speaking on Norland TV, Lena Holm said many of those voters in struggling towns used to vote "
                      "for the left."))
    assert ("Lena Holm", "many of those voters in struggling towns used to vote for the left") in found


def test_that_before_the_object_is_left_out(run):
    found = pairs(run("To a question, Dan Ek said that discovery of new graves in the north belie the claims of the "
                      "army."))
    assert ("Dan Ek", "discovery of new graves in the north belie the claims of the army") in found


def test_an_amount_is_said(run):
    found = pairs(run("About 5,000 people joined the march, but other sources said tens of thousands."))
    assert ("other sources", "tens of thousands") in found


def test_bare_words_and_a_quotation_are_not(run):
    assert pairs(run("Dan Ek said goodbye to his staff on Friday.")) == []
    assert not any(t.startswith("the following") for _, t in pairs(run('Dan Ek said the following: "We will win."')))
