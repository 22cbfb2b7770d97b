"""A letter's words go to whoever it is from, and a passive cue right before a quotation names who was told, not who
speaks (session 21, spk): 'a letter from Representative X' then 'The letter says Y "..."' is X's, not the signers'
who signed it; 'The letter said the committees had been briefed "on ..."' is the letter writer's, not the
committees'; 'X issued a statement that said "..."' is X's, not 'a statement'. Hand-written texts, fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import direct_speaker_of, quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_a_letter_from_a_named_member(run):
    text = ("Budget revolt grows\n\nClose to two dozen House Democrats have signed a letter from Representative Ola "
            "Brenner, Democrat of Vermont, opposing the budget deal. The letter says the governor \"should not back "
            "down. Nor should we.\"\n")
    assert direct_speaker_of(run(text), "should not back down") == "Ola Brenner"


def test_a_passive_cue_before_the_quote(run):
    text = ("Surveillance briefings disclosed\n\nIn separate letters sent on Tuesday, Assistant Attorney General Ravi "
            "Mund told two senators that the programme had been described to Congress in detail.\n\nThe letter said "
            "the House and Senate Intelligence Committees had been briefed \"on these operations many times and have had access "
            "to the classified\" orders of the court.\n")
    assert direct_speaker_of(run(text), "on these operations") == "Ravi Mund"


def test_a_statement_issued_in_a_relative_clause(run):
    text = ("Talks resume\n\nThe Vell ministry issued a statement on Monday that said \"the talks will resume next "
            "week.\"\n\nThe Kelso Institute released a report that found \"no evidence of fraud\" in the count.\n")
    quotes = run(text)
    assert "ministry" in (direct_speaker_of(quotes, "the talks will resume") or "")
    assert direct_speaker_of(quotes, "no evidence of fraud") == "Kelso Institute"
