"""Descriptions that name their own referent ('a group called X', 'a man named X', 'an organisation known as X'):
the speaker is the entity so named, not the bare description."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_group_called_a_named_body(run):
    qs = run("The council voted on the plan on Monday. A group called the Harbor Valley Alliance issued its own "
             "resolution Tuesday, saying that the plan would harm the river.")
    assert speaker_of(qs, "the plan would") == "Harbor Valley Alliance"


def test_man_named_a_person(run):
    qs = run("The bridge reopened on Friday. A man named Tobias Wrenfield said the bridge was still unsafe.")
    assert speaker_of(qs, "the bridge was") == "Tobias Wrenfield"


def test_organisation_known_as(run):
    qs = run("An organization known as the Clearwater Trust said the river was badly polluted.")
    assert speaker_of(qs, "the river was") == "Clearwater Trust"


def test_plain_description_stays(run):
    qs = run("A group of residents said the river was badly polluted.")
    assert speaker_of(qs, "the river was") == "A group of residents"


def test_title_is_the_previous_sentence_subject(run):
    qs = run('Senator Maria Talbot of Ohio said on Monday she would vote for the bill. Senator Owen Gradley of Utah, '
             'who leads the committee, called it "a start." Earlier, speaking in Ogden, Gradley said he did not '
             'understand Senator Talbot\'s position. "We have waited long enough for this," the Republican senator said.')
    assert speaker_of(qs, "We have waited") == "Owen Gradley"


def test_group_is_the_previous_sentence_subject(run):
    qs = run('The Harbor Valley Alliance had a quick answer to the Coastal Fishing League\'s plan. The group has '
             'drafted a letter of its own, saying that the plan "would ruin the bay."')
    assert speaker_of(qs, "would ruin") == "Harbor Valley Alliance"


def test_title_not_taken_by_a_subject_of_another_title(run):
    qs = run('Governor Lena Marsh met the judges on Friday. Mayor Colin Frey said the court was too slow. '
             '"We need answers," the governor said.')
    assert speaker_of(qs, "We need") == "Lena Marsh"


def test_title_named_in_its_own_sentence_keeps_that_person(run):
    qs = run('Rita Vance calls on Rep. Colin Frey to quit\n\nRita Vance joined other Republicans on Tuesday in '
             'calling on Rep. Colin Frey to give up his bid, as the Republican congressman said that he would stay '
             'in the race.')
    assert speaker_of(qs, "he would stay") == "Colin Frey"


def test_quoted_sentences_are_passed_over(run):
    qs = run('Senator Maria Talbot of Ohio backed the bill. Senator Owen Gradley of Utah said he did not understand '
             'Senator Talbot\'s position.\n\n"We voted for it before. Why not now? I do not understand it," the '
             'Republican senator said.')
    assert speaker_of(qs, "We voted") == "Owen Gradley"


def test_country_marked_title_keeps_its_holder(run):
    qs = run('Estavian Foreign Minister Dario Kest spoke by telephone with Norland\'s Foreign Minister Petra Lindqvar.'
             '\n\nKest told his counterpart that Estavia had kept its side of the deal. He noted that the offer '
             'remained open.\n\nThe Norland minister said that her country wanted to continue the talks.')
    assert speaker_of(qs, "her country wanted") == "Petra Lindqvar"
