"""A place after an office and its portfolio is no person's name (extract/portfolio_names.py): 'the Minister for
Trade Norland', 'Secretary for Security Kestport Police' (a country, capital or region, or a place entity, ends the
name run). Fictional names, real countries only where the lexicon must know them."""
from __future__ import annotations

import pytest

from newsgraph.analyze import analyze_many

TEXTS = [
    "The deal was signed by the Minister for Trade New Zealand and officials of the bank on Monday.",
    "Secretary for Security Hong Kong Police said the march would go ahead under strict rules.",
    "The agreement was welcomed by the Minister for Health Services Ltd Ireland on Tuesday.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_place_after_portfolio_is_no_person(text):
    (d,) = [r.to_dict() for r in analyze_many([{"id": "x", "text": text}])]
    people = [e["name"] for e in d["entities"] if e["type"] == "PERSON"]
    assert not any(w in n for n in people for w in ("Zealand", "Hong Kong", "Ireland")), people


def test_name_after_portfolio_still_read():
    (d,) = [r.to_dict() for r in analyze_many([{"id": "x", "text":
            "Minister for Trade Velan Osk said on Monday that exports to Norland had doubled."}])]
    assert "Velan Osk" in [e["name"] for e in d["entities"] if e["type"] == "PERSON"]


def test_ambiguous_portfolio_words_only_as_written():
    from newsgraph.extract.portfolio_names import _lexicon, _portfolio_word

    _titles, words = _lexicon()
    assert _portfolio_word("IT", words) and _portfolio_word("Up", words)  # 'Minister for IT', 'Levelling Up'
    assert not _portfolio_word("It", words)  # a sentence's 'It' after 'Minister for ...' is no portfolio
    assert _portfolio_word("Affairs", words)


@pytest.mark.parametrize("name", ["Owen Birmingham", "Kevin Perth", "Simon Glasgow"])
def test_surname_that_is_a_place_stays_in_the_name(name):
    # the surname is also a city: the name run does not stop there, the person keeps the office
    (d,) = [r.to_dict() for r in analyze_many([{"id": "x", "text":
            f"Minister for Trade {name} on Monday said exports to Norland had doubled."}])]
    titles = {e["name"]: e.get("title") for e in d["entities"] if e["type"] == "PERSON"}
    assert titles.get(name) == "Minister for Trade", titles
