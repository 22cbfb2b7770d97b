"""'he said' in the paragraph after '"...," the spokesman told reporters' is the spokesman, not someone named
before the spokesman spoke; nobody named between them, at most one paragraph break, direct quotes only. Texts are
made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_he_after_the_spokesman_is_the_spokesman(run):
    got = run("Prime Minister Anna Velde and President Orrin Kasp held a short call on Monday, the prime "
              "minister's spokesman says.\n\n"
              "Marlovia hopes to sign a trade deal before the tariffs that Kasp says he will announce next week.\n\n"
              "\"The two leaders discussed progress in the talks,\" the spokesman told reporters.\n\n"
              "\"We will only sign a deal that serves our farmers,\" he said.")
    assert speaker_of(got, "We will only sign") == speaker_of(got, "The two leaders discussed")
    assert speaker_of(got, "We will only sign") != "Orrin Kasp"


def test_someone_named_between_keeps_the_pronoun(run):
    got = run("\"The two leaders discussed progress in the talks,\" the spokesman told reporters.\n\n"
              "Trade Minister Pavel Oruz later met the envoys.\n\n"
              "\"We will only sign a deal that serves our farmers,\" he said.")
    assert speaker_of(got, "We will only sign") == "Pavel Oruz"


def test_he_is_not_the_person_his_own_words_name(run):
    got = run("\"Good to see an old friend, FM Lina Korsa of Ardenia,\" Foreign Minister Tobias Renn tweeted.\n\n"
              "The Minister also boosted Ardenia's ties with Valdoria during a short meeting with the country's "
              "foreign minister Pavel Oruz.\n\n"
              "\"Delighted to meet FM Pavel Oruz again. A very useful talk,\" he said.")
    assert speaker_of(got, "Delighted to meet") == "Tobias Renn"


def test_he_keeps_a_person_his_words_do_not_name(run):
    got = run("\"Good to see an old friend,\" Foreign Minister Tobias Renn tweeted.\n\n"
              "Foreign Minister Pavel Oruz of Valdoria met him later that day.\n\n"
              "\"A very useful talk with our neighbours,\" he said.")
    assert speaker_of(got, "A very useful talk") == "Pavel Oruz"
