"""Indirect speech with directive and evaluative cues, documents and data as subjects, and clauses around a
credited source, on small hand-written texts."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


@pytest.mark.parametrize("text, speaker, content", [
    ("Local residents pleaded with the council to keep the library open.", "Local residents",
     "to keep the library open"),
    # ('The union offered to suspend the strike ...': an offer is no statement, tests/test_nonspeech_senses.py)
    ("The minister cited the falling crime rate as proof that the policy was working.", "The minister",
     "the falling crime rate as proof that the policy was working"),
    ("Hundreds of workers protested the closure of the plant on Monday.", "Hundreds of workers",
     "the closure of the plant"),
    ("Economists disputed the notion that tariffs would protect jobs.", "Economists",
     "the notion that tariffs would protect jobs"),
    ("Data from the health ministry showed that infections had doubled.", "the health ministry",
     "infections had doubled"),
    ("Current guidelines recommend that adults exercise for 150 minutes a week.", "Current guidelines",
     "adults exercise for 150 minutes a week"),
    ("As Mark Hale reports for the Daily Ledger, the deal was signed in secret.", "Mark Hale",
     "the deal was signed in secret"),
    ("The mayor, per the Ledger, has refused to resign.", "Ledger",
     "The mayor, per the Ledger, has refused to resign"),
    ("According to the WHO, cases have risen by 30 percent.", "WHO", "cases have risen by 30 percent"),
])
def test_cue_reports_its_content(run, text, speaker, content):
    assert (speaker, content) in pairs(run(text))


def test_clause_before_a_nested_credit(run):
    got = pairs(run("The talks had stalled, the envoy said, according to a diplomat briefed on the meeting."))
    assert ("the envoy", "The talks had stalled") in got
    assert ("a diplomat", "The talks had stalled, the envoy said") in got


@pytest.mark.parametrize("text", [
    "He pleaded guilty in March to tax fraud charges.",
    "Marchers cited the film as the source of their fury.",
    "The video shows him leaving the building.",
    "The mayor earns $5 per hour.",
])
def test_no_report(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, speaker, content", [
    ("The plan was approved in 2019, but the funding never arrived, the governor said.", "the governor",
     "The plan was approved in 2019, but the funding never arrived"),
    ("The company told employees that the plant would close in March, but that workers would be offered jobs "
     "elsewhere.", "The company", "the plant would close in March, but that workers would be offered jobs elsewhere"),
    ("Prosecutors accused Smith of fraud and money laundering because he had moved funds to offshore accounts.",
     "Prosecutors", "Smith of fraud and money laundering because he had moved funds to offshore accounts"),
])
def test_whole_reported_clause(run, text, speaker, content):
    assert (speaker, content) in pairs(run(text))


def test_letter_calling_for_a_thing_is_no_report(run):
    assert run("Forty lawmakers signed a letter calling for an inquiry into the deal.") == []
    assert pairs(run("Forty lawmakers signed a letter calling on the minister to resign.")) == [
        ("Forty lawmakers", "the minister to resign")]


def test_main_clause_not_the_participle_tail_around_a_credit(run):
    got = pairs(run("The army withdrew from the town, according to residents, leaving hundreds of families without "
                    "food, water or any protection from the militias that control the roads."))
    assert got == [("residents", "The army withdrew from the town")]



def test_one_report_through_two_cues_is_one_entry():
    from newsgraph.extract.indirect import _repeats
    from newsgraph.model import Quote, Speaker

    def q(start, end, who):
        return Quote(id="", text="x", start=start, end=end, kind="indirect", speaker=Speaker(name=who))
    found = [q(0, 100, "Donald Trump")]
    assert _repeats(q(14, 100, "Donald Trump"), found) == 0
    assert _repeats(q(14, 100, "Mike Pence"), found) is None
    assert _repeats(q(60, 100, "Donald Trump"), found) is None  # a clause inside a longer one is its own report


@pytest.mark.parametrize("text, speaker, content", [
    # a second cue verb tied by the parser to another clause keeps the speaker of the cue verb before it
    ("The line was an addition to a speech in which Garcia criticized Republicans, but argued that the governor "
     "was a “reckless gambler” who would ruin the state.", "Garcia",
     "the governor was a “reckless gambler” who would ruin the state"),
    ("The vote showed how divided the parties are, even as Lopez called the session \"useful\" and suggested a "
     "deal could come soon.", "Lopez", "a deal could come soon"),
    # the rest of a charge the parser hung on the verb
    ("The mayor accused developers of keeping old tenants hostage for higher rents.", "The mayor",
     "developers of keeping old tenants hostage for higher rents"),
])
def test_coordinated_cues_and_charges(run, text, speaker, content):
    assert (speaker, content) in pairs(run(text))


def test_fronted_clause_with_an_apposition_and_a_lost_subject(run):
    got = pairs(run("The council will subpoena Maria Lopez, the city's former treasurer, the panel's top Republican "
                    "said on Monday, deepening her troubles."))
    assert [c for _, c in got] == ["The council will subpoena Maria Lopez, the city's former treasurer"]


def test_clause_does_not_end_inside_a_hyphenated_word(run):
    got = pairs(run("The group urged the senate to re-open the park."))
    assert got and got[0][1].startswith("the senate to re-open")


def test_cue_noun_object_of_a_cue_verb_that_reports_nothing_itself(run):
    got = pairs(run("In a letter on Friday, Ms. Ortega reiterated her offer to resign in exchange for a pardon."))
    assert any(c == "to resign in exchange for a pardon" for _, c in got)
