"""A quotation that is the name a noun right before it gives is no one's words (annotation rules: titles and set
terms are left out): a summit's theme ('held under the theme, "..."', 'under the theme: "..."'), a motto, a policy
or principle named in quotation marks ('a policy of "active regional stewardship"'); a slogan a crowd chants and a
speaker's own characterisation ('called the blockade "a reckless gamble ..."') stay quotes
(quote_filters.naming_noun). Hand-written texts, fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def texts(run, text: str) -> list[str]:
    return [q.text for q in run(text) if q.kind in ("direct", "partial")]


def test_themes_and_mottos_are_names(run):
    text = ("Kestmark summit ends with call for food security\n\nALDEN, March 4 (Norpress) -- The 14th Kestmark "
            "Regional Summit closed on Saturday after two days of talks held under the theme, \"2026: the year of "
            "food security for every family.\"\n\nThe meeting, which was attended by nine heads of state, adopted "
            "a declaration under the theme: \"Building bridges for shared prosperity\".\n\nOutside the venue, "
            "protesters chanted the slogan \"No more hunger!\" as delegates arrived.\n")
    found = texts(run, text)
    assert not any(t.startswith(("2026", "Building bridges")) for t in found)
    assert "No more hunger!" in found


def test_a_policy_named_in_quotation_marks(run):
    text = ("Tarnland and Velmor agree to deepen security ties\n\n1. Foreign Minister Oren Tal explained that the "
            "Government of Tarnland is pursuing a policy of \"active regional stewardship\" and will contribute more "
            "to maritime security.\n\n2. Minister Tal also noted that Tarnland remains committed to the principle "
            "of \"dialogue before deterrence\" in its relations with its neighbours.\n\n3. Minister Ana Vass called "
            "the blockade \"a reckless gamble with people's lives\" and said the earlier policy of engagement had "
            "\"failed completely.\"\n")
    found = texts(run, text)
    assert "active regional stewardship" not in found and "dialogue before deterrence" not in found
    assert "a reckless gamble with people's lives" in found


def test_a_term_a_phrase_a_concept_or_a_definition_named_in_marks(run):
    text = ("Velmor and Tarnland renew their fishing accord\n\nThe two ministers agreed to deepen ties based on the "
            "concept of the \"shared stewardship of the northern banks.\"\n\nOpposition leader Edda Marn criticised "
            "the minister for avoiding the term \"quota cuts\" in his speech, and the drafters changed the phrase "
            "\"total closure of the banks\" to \"seasonal pauses\" in the final text.\n\nThe accord would widen the "
            "treaty's definition of \"coastal fishing vessel\" to include trawlers.\n\n\"This accord keeps our "
            "harbours alive,\" Minister Oren Tal said.\n")
    found = texts(run, text)
    assert not any(t.startswith(("shared stewardship", "quota cuts", "total closure", "coastal fishing"))
                   for t in found)
    assert any(t.startswith("This accord keeps our harbours alive") for t in found)


def test_a_speakers_own_phrase_stays_a_quote(run):
    text = ("Velmor budget\n\nFinance Minister Ana Vass defended what she called her phrase of the year, saying the "
            "budget was \"a bridge to a better decade\" for every family.\n")
    assert "a bridge to a better decade" in texts(run, text)
