"""A statement named as released by its issuer in the passive, its words following
(source_released_statements): 'The following statement was issued by X', 'The text of the following statement was
released by X, ... as chair of ...', 'A joint statement was issued by X:' credit the statement with its issuer, a
person too; 'the statement was released by X on Monday' (no words given) and a report released by X do not.
Invented text, offices and people."""
from __future__ import annotations

import pytest

import source_helpers


def names(nlp, text):
    return [name for name, _ in source_helpers.sources(nlp, text)]


@pytest.mark.parametrize("text, expected", [
    ("The following statement was released by Anna Berg, Minister for Foreign Affairs of Norland.",
     ["statement by Anna Berg"]),
    ("The text of the following statement was put out by Kesi Tanaro, the Norland foreign minister, as chair of "
     "the river talks.", ["statement by Kesi Tanaro"]),
    ("The following statement was issued by the Norland foreign ministry.", ["statement by Norland foreign ministry"]),
])
def test_released_statement_credited(nlp, text, expected):
    assert names(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "The report was released by the Norland foreign ministry on Monday.",
    "The letter was sent by Anna Berg to the ministry.",
])
def test_no_released_statement(nlp, text):
    assert all(not n.startswith("statement") and not n.startswith("report") for n in names(nlp, text))
