"""A quote given twice word for word (a live page's item heading and its body, a headline and the story): the
copy whose speaker came only through a pronoun takes the person the other copy names. Texts are made up; the
first test fails without the rule."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_body_copy_of_a_heading_quote_keeps_the_named_speaker(run):
    got = run("Live Reporting\n\n"
              "  1. 'We will build the new line to the coast,' Harlow says\n\n"
              "    Mr Tarrant asks Mr Harlow about fares. Mr Tarrant says the figures do not add up and the minister "
              "has cut services.\n\n"
              "    \"We will build the new line to the coast,\" he adds.")
    copies = [q for q in got if q.text.startswith("We will build")]
    assert len(copies) == 2 and all(q.speaker is not None and q.speaker.name == "Harlow" for q in copies)


def test_copies_naming_two_people_are_left_alone(run):
    got = run("Rail row\n\n"
              "\"We will not let the trains stop,\" Harlow said on Monday.\n\n"
              "Tarrant replied that he had heard it before. \"We will not let the trains stop,\" she said, mocking "
              "the minister.")
    assert any(q.text.startswith("We will not let") and q.speaker is not None and q.speaker.name == "Harlow"
               for q in got)
