"""A quotation that opens a headline line and that the line's own words carry on ("'Crunch time' for harbour
talks") is a fragment of the headline, not a sentence someone said: it waits for a body quote that repeats it, like
any headline fragment, and stays out when none does. A headline quote handed to an attribution after a comma
stays a quote. Invented texts, fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def headline_quotes(run, text: str):
    return [q for q in run(text) if q.kind in ("direct", "partial") and q.start < text.find("\n")]


def test_opening_fragment_no_one_says_stays_out(run):
    text = ("'Crunch time' for the harbour talks\n\n"
            "Delegates from Norland and Estavia gathered in Marovo on Monday for a last round on the harbour dispute.")
    assert not headline_quotes(run, text)


def test_opening_fragment_of_three_words_stays_out(run):
    text = ("'No breakthrough yet' in Marovo port talks\n\n"
            "Envoys of the two river states ended a second day of meetings without a joint text, an aide told Radio Selm.")
    assert not headline_quotes(run, text)


def test_opening_fragment_the_body_repeats_takes_its_speaker(run):
    text = ("'Ready to talk' over the harbour row\n\n"
            "Estavian port minister Ilse Varn said on Monday that her country was \"ready to talk\" with Norland.")
    found = headline_quotes(run, text)
    assert [q.speaker.name if q.speaker else None for q in found] == ["Ilse Varn"], found


def test_opening_quote_before_a_comma_attribution_stays(run):
    text = ("'We will not sell the harbour', says Estavian minister Ilse Varn\n\n"
            "Ilse Varn told the assembly in Marovo that the port would stay in public hands.")
    found = headline_quotes(run, text)
    assert found and found[0].text.startswith("We will not sell the harbour"), found
