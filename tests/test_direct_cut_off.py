"""A page's text that is cut off inside a quotation (the opening of a web page, a feed's excerpt): the words after
the opening mark have no closing mark and nothing after them, so where the quote ends is lost and it is no direct
quote. A quote left open before more text still counts. Texts are made up; the first test fails without the rule."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_quote_cut_off_by_the_end_of_the_text_is_left_out(run):
    got = run("Minister warns on rail fares\n\n"
              "\"Fares will rise again next year,\" Transport Minister Dara Quill said on Monday.\n\n"
              "\"We have looked at every option and none of them keeps the trains running without a rise in")
    texts = [q.text for q in got if q.kind == "direct"]
    assert any(t.startswith("Fares will rise") for t in texts)
    assert not any(t.startswith("We have looked") for t in texts)


def test_quote_left_open_before_more_text_still_counts(run):
    got = run("Minister warns on rail fares\n\n"
              "Transport Minister Dara Quill said: \"We have looked at every option and none of them keeps the "
              "trains running without a rise in fares.\n\n"
              "The opposition said the rise was not needed.")
    assert any(q.text.startswith("We have looked") for q in got if q.kind == "direct")
