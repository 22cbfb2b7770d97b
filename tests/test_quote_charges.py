"""The wording of a charge in quotation marks is no one's quote (extract/quote_filters.charge_wording): 'jailed on
charges of "..."', 'arrested for "..."', 'found guilty of "..."', and the charges listed after the first ('"A", "B"
and "C"') whatever the parser hangs them on; the accuser's words stay quotes ('Prosecutors charged him with "..."',
'accused X of "..."', 'called the ruling "..."'). Invented texts and names."""
from __future__ import annotations

from quote_helpers import pairs, quote_runner


def _quoted(run, text):
    return pairs(q for q in run(text) if q.kind != "indirect")


def test_charge_wording_is_left_out(nlp):
    run = quote_runner(nlp)
    text = ("Blogger jailed\n\nSELM, June 3 (AFP) - A court in Norland on Tuesday jailed the blogger Piet Varga for "
            "six years on charges of \"spreading false news abroad\" and \"insulting state institutions\", his "
            "lawyer Ines Brok said.\n\nVarga was first arrested in March for \"inciting public disorder\" after a "
            "rally.\n\nA second blogger, Mira Dahl, was found guilty of \"picking quarrels and provoking trouble\".")
    texts = [t for _, t in _quoted(run, text)]
    assert texts == []


def test_listed_charges_after_the_first_are_left_out(nlp):
    run = quote_runner(nlp)
    text = ("Verdict\n\nRajab Tell was convicted on charges of \"spreading false rumours in wartime\", \"insulting "
            "neighbouring states\" and \"insulting publicly the police\".")
    assert _quoted(run, text) == []


def test_words_of_a_named_accuser_stay_quotes(nlp):
    run = quote_runner(nlp)
    text = ("Verdict\n\nThe government accused Piet Varga of \"serving foreign masters\", a claim he denies.\n\n"
            "His lawyer, Ines Brok, called the ruling \"a mockery of justice\" and said they would appeal.")
    got = _quoted(run, text)
    assert ("Ines Brok", "a mockery of justice") in got
    assert any(t == "serving foreign masters" for _, t in got)
