"""'The results were shown on Sky News': something other than words shown on an outlet, which only carried it, is no
credit (source_syntax.shown_there); remarks shown there still are. Fictional people throughout."""
from __future__ import annotations

import source_helpers

BBC = "https://www.bbc.co.uk/news/uk-politics-70000005"


def names(nlp, text, url=BBC):
    return [name for name, _ in source_helpers.sources(nlp, text, url=url, quotes=True)]


def test_results_shown_on_an_outlet_are_no_credit(nlp):
    assert names(nlp, "The results were shown on Sky News and ITV.") == []


def test_remarks_shown_on_an_outlet_are_credited(nlp):
    assert "Sky News" in names(nlp, "His remarks were shown on Sky News.")
