"""'she said' after a sentence that only mentions a person (no subject) whose sex the page never told is the
subject of the sex the page told before it (a spokeswoman, 'Ms', an earlier 'she'), not the person mentioned.
Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_she_is_the_spokeswoman_not_the_person_mentioned(run):
    got = run("The two ministers spoke for an hour, foreign ministry spokeswoman Ilse Marten said. "
              "\"They agreed to meet again soon,\" she said. "
              "The two countries have long disagreed over the war, with Ardenia backing longtime ally President Nikolai Petrakov and "
              "Valdoria pressing for a new government. "
              "\"The minister stressed the need to end the fighting,\" she said.")
    assert speaker_of(got, "The minister stressed") == "Ilse Marten"


def test_a_subject_of_unknown_sex_keeps_the_pronoun(run):
    got = run("Spokeswoman Ilse Marten said the talks would resume. "
              "Defence Minister Jo Kasp visited the border on Monday. "
              "\"We are ready,\" she said.")
    assert speaker_of(got, "We are ready") == "Jo Kasp"
