"""Evaluative cues with a bare noun-phrase object: the act or thing judged is what was said ('welcomed his
appointment', 'condemned the attack on ...'), as the annotation rules count 'welcomed/condemned' with a
noun-phrase object; a person, group or body as the object ('praised Lieberman') says nothing by itself.
'paid tribute to X' reports X. Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def indirect(nlp):
    return indirect_runner(nlp)


@pytest.mark.parametrize("text, speaker, content", [
    ("All of the Tarn party's rivals welcomed his appointment.", "All of the Tarn party's rivals", "his appointment"),
    ("Senator Ada Coll condemned the attack on the grain convoy.", "Ada Coll", "the attack on the grain convoy"),
    ("Foreign Minister Lena Vast praised the decision to reopen the border.", "Lena Vast",
     "the decision to reopen the border"),
    ("The opposition leader, Rhys Pell, criticised the plan.", "Rhys Pell", "the plan"),
    ("Tarnia condemned Ola Venn's statements on the border.", "Tarnia", "Ola Venn's statements on the border"),
    ("The Foreign Office welcomed the statement from the Norland cabinet.", "Foreign Office",
     "the statement from the Norland cabinet"),
])
def test_judged_act_is_the_statement(indirect, text, speaker, content):
    assert pairs(indirect(text)) == [(speaker, content)]


@pytest.mark.parametrize("text", [
    "Governor Edda Lorn praised the volunteers.",
    "Republicans in the assembly praised Senator Coll.",
    "The mayor of Tarnow criticised the agency.",
    "Ms Orr condemned the president.",
])
def test_person_or_body_object_says_nothing(indirect, text):
    assert indirect(text) == []


def test_paid_tribute_reports_whom_without_the_aside(indirect):
    got = indirect("Mr Varn immediately paid tribute to his predecessor, who resigned last week.")
    assert pairs(got) == [("Varn", "his predecessor")]


def test_other_payments_are_no_tribute(indirect):
    assert indirect("The city of Tarnow paid a heavy price for the delay.") == []


@pytest.mark.parametrize("text, content", [
    ("Lusovia welcomed the measures, which target Tarvian steel and two banks.", "the measures"),
    ("The council condemned the launch of a rocket which the Tarvian navy said could reach the coast.",
     "the launch of a rocket"),
])
def test_judged_act_ends_before_a_relative_clause_of_the_writer_or_another_speaker(indirect, text, content):
    assert (pairs(indirect(text)) or [(None, None)])[0][1] == content


def test_an_act_others_are_urged_to_judge_is_the_request_only(indirect):
    got = pairs(indirect("The ministry called on the Aldmark Union to condemn the shelling of Varn."))
    assert [c for _, c in got] == ["the Aldmark Union to condemn the shelling of Varn"]


def test_a_tribute_paid_by_someone_else_is_not_the_subjects(indirect):
    got = pairs(indirect("At the ceremony, Senator Orr praised the crowd for paying tribute to the rescue crews."))
    assert ("Orr", "the rescue crews") not in got, got  # the praise ('the crowd for ...') is hers
