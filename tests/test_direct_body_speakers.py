"""Bodies named by a common noun that the word lists did not hold as speaking bodies ('the presidency', 'the royal
palace', 'the junta', 'the regime', 'the militia', 'the interior directorate', 'the chancellery') speak a quote
through 'said', 'said in a statement:' and 'according to' (person_titles.json group_nouns). Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of

BODIES = ["the Tarvian presidency", "the royal palace", "the junta", "the regime", "the militia",
          "the interior directorate", "the chancellery", "the military headquarters", "the governorate"]


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


@pytest.mark.parametrize("body", BODIES)
def test_the_body_speaks(run, body):
    head = body.split()[-1]
    got = run(f"Unrest in Tarvia\n\nProtests continued in Lemsk on Monday.\n\n"
              f"\"The situation is under control,\" {body} said.\n\n"
              f"{body[0].upper() + body[1:]} said in a statement: \"Order will be restored.\"\n\n"
              f"According to {body}, \"the curfew ends on Friday.\"")
    assert head in (speaker_of(got, "The situation") or "")
    assert head in (speaker_of(got, "Order will") or "")
    assert head in (speaker_of(got, "the curfew") or "")
