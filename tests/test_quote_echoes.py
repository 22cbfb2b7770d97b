"""Short quoted noun phrases lifted from a longer quotation on the page (extract/quote_echoes.py): "Vestian
'harbour blindness'" in a heading over '"The harbour blindness the Vestian party showed ..." she said' is the
speaker's words, not a label; a noun phrase no quotation repeats, or one after an article, stays out. Hand-written
texts with fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def quoted(run, text: str) -> list:
    return [q for q in run(text) if q.kind in ("direct", "partial")]


BODY = ("Responding to the vote, Premier Hanne Lisvik said the plan would cost the ports dearly.\n\n"
        "She added: \"The harbour blindness that the Vestian party has shown today is deeply troubling.\"\n\n"
        "The party said it would publish its own plan in March.")


def test_heading_noun_phrase_a_quote_below_says_is_its_speakers(run):
    text = ("Vestia votes on port tolls\n\nThe Vestian party has called for a vote on the port tolls.\n\n"
            "Premier: Vestian 'harbour blindness' over tolls 'deeply troubling'\n\n" + BODY)
    got = {q.text: q for q in quoted(run, text)}
    assert "harbour blindness" in got, sorted(got)
    assert got["harbour blindness"].speaker is not None and got["harbour blindness"].speaker.name == "Hanne Lisvik"


def test_short_noun_phrase_echoing_a_quote_is_kept(run):
    text = ("Tolls row deepens\n\nThe premier spoke of Vestian \"harbour blindness\" in the chamber on Monday.\n\n"
            + BODY)
    assert any(q.text == "harbour blindness" for q in quoted(run, text))


def test_heading_noun_phrase_only_reported_stays_out(run):
    text = ("Vestia votes on port tolls\n\nThe Vestian party has called for a vote on the port tolls.\n\n"
            "Premier: Vestian 'harbour blindness' over tolls\n\n"
            "Premier Hanne Lisvik said the harbour blindness of the Vestian party was troubling.\n\n"
            "The party said it would publish its own plan in March.")
    assert not any(q.text == "harbour blindness" for q in quoted(run, text))


def test_article_noun_phrase_stays_out_though_echoed(run):
    text = ("Tolls row deepens\n\nThe premier spoke of \"the blindness\" of the party.\n\n"
            "She added: \"The blindness that the Vestian party has shown today is deeply troubling.\"")
    assert not any(q.text == "the blindness" for q in quoted(run, text))
