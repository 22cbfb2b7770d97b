"""A participle after a comma that points out a thing ('..., highlighting the adoption of four resolutions', '...,
mentioning the recent visit to X by Y'): its object is a statement of its clause's subject, on news pages as on
readouts. Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return lambda text: pairs(indirect_runner(nlp)(text))


def test_highlighting_after_a_fronted_clause(run):
    got = run("Harbour Council: Press Conference\n\n"
              "The Marlovian presidency of the Harbour Council had seen a busy month of work, Ambassador Anton "
              "Marlow said on Monday, highlighting the adoption of four resolutions and two press statements.")
    assert ("Anton Marlow", "the adoption of four resolutions and two press statements") in got, got


def test_mentioning_after_a_raised_issue(run):
    got = run("Foreign Minister Lorne Tavish held talks with Foreign Minister Piet Varga on Friday.\n\n"
              "Minister Tavish raised the question of the Kessel islands, mentioning the recent visit to the "
              "islands by the leader of the Freedonian Unity Party.")
    found = [name for name, text in got if text.startswith("the recent visit to the islands")]
    assert found and "Tavish" in (found[0] or ""), got


def test_no_statement_from_a_pronoun_or_a_bare_verb(run):
    got = run("The Dunmere council cut the ferry budget on Monday, the mayor said, noting it at the start of the "
              "meeting. The mayor noted the irony.")
    assert not any(text in ("it", "the irony") or text.startswith("it at the start") for _, text in got), got
