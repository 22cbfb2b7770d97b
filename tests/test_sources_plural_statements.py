"""'..., the statements said' after two statements named before credits each of them, in the order named
(extract/source_links._finish): one entry per sentence and source. Fictional names throughout."""
from __future__ import annotations

from source_helpers import sources

OTHER = "https://www.norland-herald.example/world/talks-1234"
FIRST = '"They agreed to work closely on trade," the Norland ministry of foreign affairs said in a statement.'
SECOND = " Tarvian spokesman Arlo Varn said in a separate statement that the ministers spoke by phone."
LAST = " They also exchanged views on regional developments, the statements said."


def test_the_statements_said_credits_both(nlp):
    names = [name for name, _ in sources(nlp, FIRST + SECOND + LAST, url=OTHER, quotes=True)]
    assert names[-2:] == ["statement by Norland ministry of foreign affairs", "statement by Arlo Varn"]


def test_one_statement_named_before_gives_one_entry(nlp):
    names = [name for name, _ in sources(nlp, FIRST + LAST, url=OTHER, quotes=True)]
    assert names == ["statement by Norland ministry of foreign affairs"] * 2
