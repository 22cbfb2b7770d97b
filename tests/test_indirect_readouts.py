"""Reported speech in agency copy and official readouts (issue #3): what a cue reports and where it ends, on
forms those genres use ('said in a statement that', 'agreed on the need to', 'urged X to ..., in a telephone
call', '<clause>, X added, including ...'). Small hand-written texts with fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def test_said_in_a_statement_is_one_statement(run):
    found = pairs(run("Estavia's defence ministry said in a statement that its forces had repelled an attack "
                      "overnight, killing 12 fighters."))
    assert len([c for _, c in found if c.startswith("its forces had repelled")]) == 1, found


@pytest.mark.parametrize("text, wrong", [
    ("President Dario Kest praised the Prime Minister on winning the vote and the leaders looked forward to "
     "a close partnership.", "the leaders looked forward"),
    ("The two leaders discussed the sanctions and stressed the need for tougher measures if Estavia continues "
     "to ignore the deadline.", "if Estavia continues"),
])
def test_clause_of_another_verb_is_not_what_was_said(run, text, wrong):
    found = pairs(run(text))
    assert not any(c.startswith(wrong) for _, c in found), found


@pytest.mark.parametrize("text, end", [
    ("Petra Lindqvar confirmed they would not back a snap poll until it was sure a no-deal exit had been ruled out.",
     "had been ruled out"),
    ("Petra Lindqvar and Dario Kest agreed that talks must continue to reach an agreement which assures Estavia's "
     "programme is only for peaceful purposes.", "only for peaceful purposes"),
])
def test_inner_clause_the_parser_hung_on_the_cue_stays_in(run, text, end):
    found = pairs(run(text))
    assert any(c.endswith(end) for _, c in found), found


def test_exchange_still_to_come_reports_nothing(run):
    found = pairs(run("Petra Lindqvar, the foreign minister, said on Tuesday that she expects to have an in-depth "
                      "exchange of views with Estavian leaders on the strategic issues facing the two countries."))
    assert not any(c.startswith("the strategic issues") for _, c in found), found
    assert any(c.startswith("she expects to have") for _, c in found), found


def test_exchange_of_views_is_topic_only(run):
    found = pairs(run("Foreign Minister Petra Lindqvar held a phone call with Estavian Foreign Minister Dario Kest.\n\n"
                      "The two sides exchanged views on the grain agreement and the situation in the strait. They "
                      "had an exchange of views on fishing rights."))
    assert not any(c.startswith(("the grain agreement", "fishing rights")) for _, c in found), found


def test_channel_after_a_comma_is_not_part_of_the_clause(run):
    found = pairs(run("Petra Lindqvar urged Estavia to pull back from the border, in a telephone call on her "
                      "first day in office."))
    assert ("Petra Lindqvar", "Estavia to pull back from the border") in found, found


def test_list_hung_on_an_interrupting_cue_belongs_to_the_clause(run):
    found = pairs(run("The two sides still have several important issues to settle, Dario Kest added, including "
                      "the grain corridor and the border dispute."))
    assert any(c.startswith("The two sides still have") and c.endswith("the border dispute") for _, c in found), found


@pytest.mark.parametrize("text, content", [
    ("The ministry said on Friday prices would rise.", "prices would rise"),
    ("Petra Lindqvar told MPs on Wednesday officials had been warned.", "officials had been warned"),
    ("The spokesman told reporters on Thursday talks would resume.", "talks would resume"),
    ("Petra Lindqvar said on Friday afternoon talks would resume.", "talks would resume"),
])
def test_day_read_into_the_subject_is_when_it_was_said(run, text, content):
    assert content in [c for _, c in pairs(run(text))]


@pytest.mark.parametrize("text, content", [
    ("Both leaders agreed that in its 75th year, the alliance is stronger than ever.",
     "in its 75th year, the alliance is stronger than ever"),
    ("Petra Lindqvar said that on Tuesday the troops would leave the town.",
     "on Tuesday the troops would leave the town"),
])
def test_date_after_that_belongs_to_the_clause(run, text, content):
    assert content in [c for _, c in pairs(run(text))]


def test_date_before_that_is_when_it_was_said(run):
    assert "the troops would leave the town" in [
        c for _, c in pairs(run("Petra Lindqvar said on Tuesday that the troops would leave the town."))]



@pytest.mark.parametrize("text, content", [
    ("The Prime Minister reiterated that the UK would stand with Estavia for as long as it takes.",
     "the UK would stand with Estavia for as long as it takes"),
    ("Petra Lindqvar said talks would resume as soon as possible.", "talks would resume as soon as possible"),
    ("Petra Lindqvar said the land was worth as much as the ministry estimated.",
     "the land was worth as much as the ministry estimated"),
])
def test_comparative_as_is_no_time_clause(run, text, content):
    assert content in [c for _, c in pairs(run(text))]


def test_single_quoted_phrase_after_the_charge_stays_in_it(run):
    found = pairs(run("Reporter accuses Petra Lindqvar of keeping media 'in the dark' about grain deal\n\n"
                      "The foreign minister has unveiled plans."))
    assert any(c.startswith("Petra Lindqvar of keeping media") and c.endswith("about grain deal")
               for _, c in found), found
