"""Two single marks typed for a double one (extract/marks.py): older wire copy writes ''...'' with straight
apostrophes, AP copy with curly ones; the quote is the words between, without the second mark. Fictional texts."""
from __future__ import annotations

import pytest

from newsgraph.extract.marks import quote_spans
from quote_helpers import quote_runner


def spans(text: str) -> list[str]:
    return [text[m.start:m.end] for m in quote_spans(text)]


def test_two_straight_apostrophes_quote():
    text = ("The call lasted an hour, the palace said. ''Both leaders agreed to meet again in May,'' the statement "
            "reads.\nThe two presidents also ''expressed hope for a lasting truce.''")
    assert spans(text) == ["Both leaders agreed to meet again in May", "expressed hope for a lasting truce."]


def test_two_curly_single_marks_quote_without_the_second_mark():
    text = "Mayor Lena Okafor said \u2018\u2018We will rebuild the harbour.\u2019\u2019 on Monday."
    assert spans(text) == ["We will rebuild the harbour."]


def test_apostrophes_of_possessives_and_single_quotes_are_no_doubled_mark():
    text = "The dockers' union called the plan 'a disgrace' on Monday."
    assert spans(text) == ["a disgrace"]


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_quote_in_two_apostrophes_has_its_speaker(run):
    text = ("President Tomas Kerr spoke by telephone with Chancellor Ilse Brandt on Tuesday.\n"
            "''Both leaders agreed to meet again in May,'' presidential spokesman Anton Riis said.")
    q = next(q for q in run(text) if q.kind == "direct")
    assert q.text == "Both leaders agreed to meet again in May" and q.speaker.name == "Anton Riis"
