"""A quotation that is the subject of 'was the verdict of X' / "was X's reply" / 'was the message from X' is X's
words (speech_nouns.verdict_owner); a quotation before another predicate names nobody this way. Texts are
made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_the_owner_of_the_verdict_speaks(run):
    got = run("Coalition talks open\n\n"
              "BERLIN - Chancellor Tomas Vell and opposition leader Ada Krum voiced optimism after talks on Wednesday.\n\n"
              "\"Constructive, serious,\" was the verdict of Krum to reporters after meeting Vell.\n\n"
              "\"We are far apart on taxes,\" was the message from Vell after the meeting.\n\n"
              "\"A good start,\" was Krum's reply.")
    assert speaker_of(got, "Constructive, serious").endswith("Krum")
    assert speaker_of(got, "We are far apart").endswith("Vell")
    assert speaker_of(got, "A good start").endswith("Krum")


def test_another_noun_after_the_quotation_names_nobody(run):
    got = run("Coalition talks open\n\n"
              "Chancellor Tomas Vell met opposition leader Ada Krum on Wednesday.\n\n"
              "\"Stay calm and carry on with the work we started,\" was the slogan on the posters shown to Krum.")
    assert all(q.speaker is None or "Krum" not in q.speaker.name for q in got if q.text.startswith("Stay calm"))
