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
    text = ("Spending fight widens\n\nNearly thirty state senators have signed a letter from Representative Ola "
            "Brenner, Republican of Westmark, rejecting the spending pact. The letter says the governor \"must hold "
            "firm. So must we.\"\n")
    assert direct_speaker_of(run(text), "must hold firm") == "Ola Brenner"


def test_a_passive_cue_before_the_quote(run):
    text = ("Wiretap oversight described\n\nIn two letters dated Thursday, Deputy Solicitor General Ravi Mund assured a "
            "pair of senators that lawmakers had been kept fully informed about the programme.\n\nThe letter said "
            "the upper and lower chamber oversight panels had been briefed \"about these programmes on several occasions "
            "and were able to read the sealed\" rulings of the tribunal.\n")
    quotes = run(text)
    assert direct_speaker_of(quotes, "about these programmes") == "Ravi Mund"
    # a part of the letter's sentence, not a whole quotation opened by the passive cue
    assert [q.kind for q in quotes if q.text.startswith("about these programmes")] == ["partial"]


def test_a_statement_issued_in_a_relative_clause(run):
    text = ("Talks resume\n\nThe Vell ministry issued a statement on Monday that said \"the talks will resume next "
            "week.\"\n\nThe Kelso Institute released a report that found \"no evidence of fraud\" in the count.\n")
    quotes = run(text)
    assert "ministry" in (direct_speaker_of(quotes, "the talks will resume") or "")
    assert direct_speaker_of(quotes, "no evidence of fraud") == "Kelso Institute"
