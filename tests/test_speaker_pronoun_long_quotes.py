"""A long quote's own sentences name nobody a 'he' or 'she' after it stands for: they do not use up the
sentences the pronoun looks back over, so '"...," he said' after a quote of several sentences is still the
person named before the quote, not the outlet or group a 'they' between was linked to. Nor is it someone the quote
itself speaks of with an honorific or an editor's bracket ('"We have left to [Mr X] a nation ...," he said')."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_he_after_a_long_quote_is_the_person_named_before_it(run):
    qs = run("Talks possible, minister says\n\nVELMAR, May 3. Talks with Ostria can be held after the first summit, "
             "Lorvan Foreign Minister Piet Dahl told the Norvale Herald.\n\nThe top diplomat presented the plan as a "
             "list of the main issues. Countries that join the plan may pick the issues they want to work on, "
             "leaving aside the ones they find \"too sensitive\" for themselves.\n\n"
             "\"So we said: the first summit will bring together all nations that share these principles. They form "
             "groups. They agree on the plans. They meet again in the autumn. Then, between the first and the second "
             "summit, talks with Ostria can take place,\" he said.")
    assert speaker_of(qs, "So we said") == "Piet Dahl"


def test_a_plural_after_a_long_quote_does_not_reach_further_back(run):
    qs = run("Harbour deal\n\nThe Norvale Herald reported the deal on Monday.\n\n\"We waited for years. We asked "
             "again and again. We wrote letters. We held rallies. We won,\" one fisherman said.\n\nStill, the "
             "mayor and the councillors say they will seek to change the harbour rules.")
    speaker = speaker_of(qs, "they will seek")
    assert speaker != "Norvale Herald" and speaker is not None and "mayor" in speaker, speaker


def test_he_closing_a_quote_is_not_the_person_the_quote_speaks_of(run):
    qs = run("Orr concedes\n\nPrime Minister Tom Orr conceded defeat on Saturday.\n\nPiet Dahl is taking the Harbour "
             "Party to power for the first time as leader.\n\n\"We have left to [Mr Dahl] a nation that is stronger "
             "and more prosperous than it was,\" he said.")
    assert speaker_of(qs, "We have left") == "Tom Orr"
