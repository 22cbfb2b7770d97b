"""Indirect precision and span ends (session 21): 'agreed to <deed>' in a relative clause describes people, it
reports nothing; a present or modal clause joined by 'and' right after the reported clause, with no comma, goes
on with what was said; a quotation run on into its attribution ('"...," he said, because ...') or attributed by a
cue inside the span ('..., he said, "..."') is no indirect statement."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def _texts(run, text):
    return [q.text for q in run(text)]


@pytest.mark.parametrize("text, deed", [
    ("Crowds in Arlen applauded envoys who had agreed to limit part of Vessaly's missile programme.",
     "to limit part of Vessaly's missile programme"),
    ("Dorn and Pell were the only two candidates who agreed to take part in the Tull debate.",
     "to take part in the Tull debate"),
    ("Mayor Anna Berg thanked the volunteers that agreed to stay on through the winter.",
     "to stay on through the winter"),
])
def test_an_agreement_in_a_relative_clause_is_no_statement(run, text, deed):
    assert not any(t.startswith(deed) for t in _texts(run, text))


@pytest.mark.parametrize("text, deed", [
    ("Vessaly has agreed to halt its missile testing by 3 March, after a round of negotiations with two "
     "neighbouring states.", "to halt its missile testing"),
    ("Delegates from the northern provinces have agreed to endorse the draft budget, which now goes to a vote.",
     "to endorse the draft budget"),
    ("The Lorvik Shipping Group agreed to pay compensation to the families on Friday after a long dispute.",
     "to pay compensation to the families"),
    ("Senator Ilse Marr agreed to join the panel late on, and two other members later withdrew.",
     "to join the panel"),
])
def test_one_partys_agreement_in_news_prose_is_an_act(run, text, deed):
    # session 24: the dev-half gold leaves one party's 'agreed to X' in news prose out (6 of 7 on 5 pages; the 7th
    # is on a readout page, which the readout pass keeps); two parties agreeing with each other stay stated
    assert not any(t.startswith(deed) for t in _texts(run, text))


@pytest.mark.parametrize("text, deed", [
    ("Both sides agreed to stay in close contact, the Orvik foreign ministry said in a statement on Monday. "
     "The ministry said the talks were useful.", "to stay in close contact"),
    ("The two defence chiefs agreed to keep talking about security along the border, Tomas Rieck told reporters.",
     "to keep talking about security along the border"),
])
def test_an_agreement_in_a_main_clause_is_stated(run, text, deed):
    assert any(t.startswith(deed) for t in _texts(run, text))


@pytest.mark.parametrize("text, said", [
    ("Kellan Ostrow added the mural was intended as satire and he's conscious that it might offend some residents.",
     "the mural was intended as satire and he's conscious that it might offend some residents"),
    ("The envoy said the ceasefire \"must hold\" and all sides must respect it.",
     "the ceasefire \"must hold\" and all sides must respect it"),
    ("Mira Hallen told the Tull Courier the plan was sound and the city will fund it next year.",
     "the plan was sound and the city will fund it next year"),
])
def test_present_or_modal_clause_after_and_goes_on(run, text, said):
    assert said in _texts(run, text)


@pytest.mark.parametrize("text, said", [
    ("Pell said the vote was fair and I agree with him.", "the vote was fair"),
])
def test_past_or_first_person_clause_after_and_is_the_writers(run, text, said):
    assert said in _texts(run, text)


def test_quote_run_on_into_its_attribution_is_no_statement(run):
    found = _texts(run, "Tomas Rieck spoke in Varn.\n\n\"Was it three times that? Nobody can say,\" he said, because "
                        "the charity had no workers in the district when the floods hit. He said the charity would "
                        "send a team next week.")
    assert not any("he said" in t for t in found)
    assert "the charity would send a team next week" in found


def test_a_quotation_of_an_inner_cue_is_no_statement_of_the_outer_one(run):
    found = _texts(run, "The governor said today \u2014 about the bridge, he said, \u201cWe\u2019ll find out how the "
                        "bridge goes. Maybe it won\u2019t go well but, that\u2019s fine.\u201d He said the bridge "
                        "would reopen in May.")
    assert not any("We\u2019ll find out" in t for t in found)
    assert "the bridge would reopen in May" in found


def test_a_mixed_quote_keeps_its_statement(run):
    found = _texts(run, "Tarn Press \u201cdoes not keep such records of its sources,\u201d Ilse Varga wrote in a "
                        "message to the committee.")
    assert any(t.startswith("Tarn Press") for t in found)


@pytest.mark.parametrize("text, said", [
    ("Earlier, bank spokesman Hari Olsen released a written statement after a claim that a worker at the Varn "
     "branch had been hurt.", "a worker at the Varn branch had been hurt"),
    ("The ministry tightened checks at the border amid reports that smugglers were using the old mountain road.",
     "smugglers were using the old mountain road"),
    ("Mayor Anna Berg cancelled the parade after warnings that the river could flood the old town.",
     "the river could flood the old town"),
    ("Police in Tull raised the alert level despite claims that the threat had passed.", "the threat had passed"),
    ("Tomas Rieck resigned on Monday following accusations that he had misused party funds.",
     "he had misused party funds"),
])
def test_a_cue_noun_of_circumstance_without_its_owner_is_no_statement(run, text, said):
    assert said not in _texts(run, text)


@pytest.mark.parametrize("text, said", [
    ("Mira Hallen made the allegation that the contract had been rigged.", "the contract had been rigged"),
    ("Pell spoke after the governor's warning that the dam could fail.", "the dam could fail"),
])
def test_a_cue_noun_with_its_owner_is_a_statement(run, text, said):
    assert said in _texts(run, text)


def test_a_document_quoted_in_a_relative_clause_leaves_the_statement(run):
    found = _texts(run, "Critics say the grant may have broken the rule of the Tull charter that says: \"No member "
                        "shall take any payment for a vote.\"")
    assert any(t.startswith("the grant may have broken the rule") for t in found)


@pytest.mark.parametrize("text, said", [
    ("Jim Orr tells the Tull Courier that he \u201cwill answer with his votes\u201d when asked about remarks by the "
     "Assembly Speaker, Edwin Pell.", "he \u201cwill answer with his votes\u201d"),
    ("Mira Hallen said the plan was still on track when asked whether the council would delay the vote.",
     "the plan was still on track"),
    ("The spokesperson told reporters the talks would resume next week when questioned about the delay.",
     "the talks would resume next week"),
    ("Tomas Rieck said he had no plans to resign, when pressed by reporters in Varn about the audit.",
     "he had no plans to resign"),
])
def test_the_question_that_drew_a_statement_is_not_part_of_it(run, text, said):
    assert said in _texts(run, text)


def test_a_when_clause_of_the_statement_stays(run):
    assert "he would veto the bill when it reaches his desk" in _texts(
        run, "Governor Anna Berg said he would veto the bill when it reaches his desk.")
