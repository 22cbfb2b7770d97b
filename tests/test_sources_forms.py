"""Crediting forms and source names found missing on unseen articles (session 8): an outlet written two ways is one
outlet, call signs the tokenizer splits, a network's affiliate, a piece named with the outlet that ran it, a
document's judgement ('faulted', 'took issue with'), tax returns and audits, and who is (not) a document's author."""
from __future__ import annotations

import pytest

from source_helpers import sources


def test_own_outlet_written_two_ways_is_one_outlet(nlp):
    text = ("Dana Orlov told The Huffington Post that the meeting went well. Pell Varga, a pastor, told HuffPost he "
            "was hopeful. The council voted on Friday, according to Politico.")
    assert [n for n, _ in sources(nlp, text)] == ["Politico"]


@pytest.mark.parametrize("text, expected", [
    ("Majority Whip Tal Brenner spoke in an interview with KQRV-TV in Harlow.", "KQRV-TV"),
    ("Mr. Corvin told a CBS affiliate in Denver that his view had not changed.", "CBS"),
])
def test_station_forms_are_credited(nlp, text, expected):
    assert [n for n, _ in sources(nlp, text)] == [expected]


def test_an_affiliate_of_no_outlet_is_not_a_station(nlp):
    assert sources(nlp, "A Planned Parenthood affiliate said the clinic in Orland would close.") == []


@pytest.mark.parametrize("text, outlet, author", [
    ('Mina Sorel called the measure "reckless" in a Washington Post op-ed on Monday.', "Washington Post", "Sorel"),
    ("Mr. Tavin wrote in an op-ed in The Wall Street Journal that the plan would work.", "Wall Street Journal",
     "Tavin"),
])
def test_a_piece_is_named_with_the_outlet_that_ran_it_and_its_author(nlp, text, outlet, author):
    [(name, _)] = sources(nlp, text)
    assert outlet in name and author in name


@pytest.mark.parametrize("text", [
    "The inspector general's report also took issue with the agency's response to the flood.",
    "The report faulted the agency for its slow response to the flood.",
    "The audit found that the agency had lost $3 million.",
    "Mrs. Varga's tax return showed that her federal tax rate was 35 percent.",
])
def test_document_judgements_and_filings_are_credited(nlp, text):
    assert len(sources(nlp, text)) == 1


def test_an_outlet_judging_someone_is_not_credited_as_a_source(nlp):
    assert sources(nlp, "The Orland Gazette criticized the decision to close the bridge.") == []


@pytest.mark.parametrize("text, bad", [
    ("The latest criticism comes in a letter to Senator Marta Quell.", "criticism"),
    ("The sharpest rebuke came in a statement on Tuesday.", "rebuke"),
    ("In the memo, released late Friday, the documents show the agency lost $4 million.", "documents"),
])
def test_what_was_said_or_another_name_of_the_document_is_no_author(nlp, text, bad):
    names = [n for n, _ in sources(nlp, text)]
    assert names and not any(" by " in n and bad in n.split(" by ", 1)[1] for n in names)


def test_plural_e_mails_are_a_document_like_the_singular(nlp):
    # the tokenizer splits 'e-mails' as it splits 'e-mail': the lexicon's entry must match both
    names = [n for n, _ in sources(nlp, "Mayor Dana Holt knew of the leak in March, according to e-mails "
                                        "released by the Kestrian finance ministry on Friday.")]
    assert names and "e-mails" in names[0] and "Kestrian finance ministry" in names[0]
