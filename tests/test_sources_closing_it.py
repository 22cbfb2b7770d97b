"""A closing '"...," it said.' (or 'it continued.') credits the statement or document credited up to three sentences
before, when only people's words stand between (source_credits._document_further_back). Fictional names."""
from __future__ import annotations

import source_helpers

OTHER = "https://www.norland-herald.example/world/talks-1234"


def names(nlp, text):
    return [name for name, _ in source_helpers.sources(nlp, text, url=OTHER, quotes=True)]


def test_it_said_after_a_tweet_between(nlp):
    text = ('The two leaders discussed trade and the border, the Tarvian presidency said in a statement. '
            '"Had a warm talk with my friend. We discussed many issues," Lund tweeted. '
            '"The leaders agreed to meet again in the spring," it said.')
    assert len(names(nlp, text)) == 2


def test_it_continued(nlp):
    text = ('"Both sides agreed to deepen ties," the ministry said in a statement. '
            '"They also agreed to meet again in the spring," it continued.')
    assert len(names(nlp, text)) == 2


def test_no_statement_before(nlp):
    text = ('The two leaders discussed trade. "We remain hopeful," Lund said. '
            '"The leaders agreed to meet again in the spring," it said.')
    assert names(nlp, text) == []
