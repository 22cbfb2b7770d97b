"""'told the same paper': the outlet named before, as 'told the paper' (source_judges._judge_outlet_noun: 'same' is no
word that makes the noun a new outlet). Fictional papers and people throughout."""
from __future__ import annotations

import source_helpers

BBC = "https://www.bbc.co.uk/news/uk-politics-70000007"


def names(nlp, text, url=BBC):
    return [name for name, _ in source_helpers.sources(nlp, text, url=url, quotes=True)]


def test_the_same_paper_is_the_paper_named_before(nlp):
    text = ("Writing in the Harbour Gazette, Ms Rowe said the party needed a fresh start.\n\n"
            "Mr Ashdown told the same paper that he would back her.\n")
    assert names(nlp, text) == ["Harbour Gazette", "Harbour Gazette"]
