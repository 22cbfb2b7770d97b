"""A participle before the noun it describes ('the ruling party', "Tarvia's ruling council", 'the announcing
ministry') is no verb of saying: the quote's cue is the 'said' after it, or the 'according to' before it, and its
speaker the body (speaker_syntax.is_cue_token). A chanted slogan after 'Chanting' keeps its chant word. Texts are
made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


@pytest.mark.parametrize("body", ["the ruling party", "Tarvia's ruling council", "the announcing ministry"])
def test_the_body_after_a_closing_quote_speaks(run, body):
    got = run(f"Unrest in Tarvia\n\nProtests continued in Lemsk on Monday.\n\n"
              f"\"The situation is under control,\" {body} said.")
    assert body.split()[-1] in (speaker_of(got, "The situation") or "")


def test_according_to_a_ruling_body(run):
    got = run("Unrest in Tarvia\n\nProtests continued in Lemsk on Monday.\n\n"
              "According to the ruling party, \"the situation is under control.\"")
    assert "party" in (speaker_of(got, "the situation") or "")


def test_a_chant_word_before_the_slogan_stays(run):
    got = run("March in Lemsk\n\nChanting \"Ekeberg get out\", many protesters wore black armbands.")
    assert any(q.text.startswith("Ekeberg get out") for q in got)
