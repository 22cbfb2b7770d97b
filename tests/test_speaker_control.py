"""The speaker of an infinitive cue hung on a verb with a person as object is that person ('prompted Vieira to
ask ...'); with a thing as object the subject speaks ('used the speech to argue ...'). A bare group word with a
named member ('Others, including X, ...') speaks through that member."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_object_of_the_verb_asks(run):
    text = ("Ilse Marr interviewed the mayor, Tomas Brenner, on Monday. His answer prompted Marr to ask Brenner "
            "whether the city would close the harbour.")
    assert speaker_of(run(text), "whether the city would close").endswith("Marr")  # not the mayor


def test_pronoun_object_hints(run):
    text = ("Governor Tomas Brenner faced criticism over the budget, which led him to hint on Friday that he "
            "might not seek a second term.")
    assert speaker_of(run(text), "he might not seek") == "Tomas Brenner"


def test_thing_as_object_leaves_the_subject_speaking(run):
    text = "Ilse Marr used the speech to argue that the harbour should stay open."
    assert speaker_of(run(text), "the harbour should stay open") == "Ilse Marr"


def test_named_member_of_a_bare_group_speaks(run):
    text = ("The council met on Monday. Others, including the harbour master, Peter Holm, dismissed the plan as "
            "a costly mistake.")
    assert speaker_of(run(text), "the plan as a costly mistake") == "Peter Holm"
