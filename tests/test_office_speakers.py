"""A spokesperson named by the person spoken for ("the prime minister's spokesman", "Mr Kasp's spokeswoman", 'a
spokesman for the president') is "<holder>'s spokesman" when the page names the holder (by name, or as the one
person holding that title); a bare 'the spokesman' below it and 'he' after that follow. An office written as initials
the parse takes for an organisation ('the EAM said') is the person holding every word of the office; "the Prime
Minister's Office" keeps its owner in the name. Texts are made up."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_the_prime_ministers_spokesman_is_named_by_the_holder(run):
    got = run("Prime Minister Anna Velde and President Orrin Kasp held a short call on Monday, the prime "
              "minister's spokesman says.\n\n"
              "Marlovia hopes to sign a trade deal before the tariffs that Kasp says he will announce next week.\n\n"
              "\"The two leaders discussed progress in the talks,\" the spokesman told reporters.\n\n"
              "\"We will only sign a deal that serves our farmers,\" he said.")
    assert speaker_of(got, "Prime Minister Anna Velde and") == "Anna Velde's spokesman"
    assert speaker_of(got, "The two leaders discussed") == "Anna Velde's spokesman"
    assert speaker_of(got, "We will only sign") == "Anna Velde's spokesman"


def test_a_spokeswoman_for_a_named_person(run):
    got = run("Senator Mara Quill met the farmers in Dunmore on Friday.\n\n"
              "A spokeswoman for Quill said the senator would vote against the bill.")
    assert speaker_of(got, "the senator would vote") == "Mara Quill's spokeswoman"


def test_a_body_or_an_unclear_holder_keeps_the_description(run):
    got = run("A spokesman for the Trade Ministry said the talks would resume in May.\n\n"
              "President Orrin Kasp of Marlovia met President Helena Marsh of Dorrland on Monday.\n\n"
              "The tariffs will stay in place until June, the president's spokeswoman said.")
    assert "'s" not in (speaker_of(got, "the talks would resume") or "")
    assert speaker_of(got, "The tariffs will stay") == "the president's spokeswoman"


def test_an_office_written_as_initials_is_its_holder(run):
    got = run("External Affairs Minister Ravi Menon met his Dorrish counterpart in Geneva on Monday.\n\n"
              "\"We discussed trade, energy and our shared fight against piracy,\" the EAM said.")
    assert speaker_of(got, "We discussed trade") == "Ravi Menon"


def test_an_owned_office_keeps_its_owner(run):
    got = run("Prime Minister Dana Roe spoke with President Ilo Varga on Tuesday, the Prime Minister\u2019s Office "
              "said.\n\n\"The two leaders agreed to meet soon,\" the Prime Minister\u2019s Office said in a statement.")
    assert speaker_of(got, "Prime Minister Dana Roe spoke") == "Prime Minister\u2019s Office"
    assert speaker_of(got, "The two leaders agreed") == "Prime Minister\u2019s Office"
