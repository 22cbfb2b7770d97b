"""'Writing for the Brackley Post, the veteran MP Jo Roe said ...': the tagger may read the opening participle as a
noun and the parse make it the verb's subject; it is still the participle of 'write' (source_syntax.verb_lemma), so
the paper is credited. Fictional papers and people throughout."""
from __future__ import annotations

import source_helpers

BBC = "https://www.bbc.co.uk/news/uk-politics-70000008"


def names(nlp, text, url=BBC):
    return [name for name, _ in source_helpers.sources(nlp, text, url=url, quotes=True)]


def test_writing_for_a_paper_read_as_a_subject_is_credited(nlp):
    text = ("Labour figure criticises leader\n\n"
            "Writing for the Brackley Post, the veteran MP Sorrel Vane said the leadership had lost touch.\n")
    assert names(nlp, text) == ["Brackley Post"]


def test_writing_for_a_paper_as_a_career_is_no_credit(nlp):
    text = ("Labour figure criticises leader\n\n"
            "She has written for the Daily Telegraph for years, and said the leadership had lost touch.\n")
    assert names(nlp, text) == []
