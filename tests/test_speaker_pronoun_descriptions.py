"""Pronouns after a description that speaks: '"...," he said' after "Holt's lawyer said ..." is the person that
description names, not a person named sentences before; a description naming nobody leaves the pronoun as it was."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_pronoun_after_an_owned_description_is_the_person_it_names(run):
    qs = run("Peter Holt's lawyer, Victor Crane, filed the appeal on Monday. Holt declined to comment on the ruling. "
             "Holt's lawyer said the judge had ignored the evidence. \"The court did not read our papers,\" he said.")
    assert speaker_of(qs, "The court did not") == "Victor Crane"


def test_description_naming_nobody_keeps_the_subject(run):
    qs = run("Joe Marlow runs the county jail. Governor Tom Pike criticised him on Monday, and Pike repeated the "
             "charge on Tuesday. Marlow answered the governor at length. The sheriff has said the suit is baseless. "
             "\"I have done nothing wrong,\" he said.")
    assert speaker_of(qs, "I have done") == "Joe Marlow"
