"""Indirect statements the rules used to miss entirely (issue #3, indirect recall), on small hand-written texts
with fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


@pytest.mark.parametrize("text, speaker, content", [
    # the that-clause after an adverbial, which the parser hung on a word of the adverbial
    ("Senator Maren Tolk has insisted in speeches that, one way or another, the levy will be scrapped.",
     "Maren Tolk", "one way or another, the levy will be scrapped"),
    ("Dara Quill embraced the new post on Monday, repeating over and over that her stint would be brief.",
     "Dara Quill", "her stint would be brief"),
    ("Mayor Ivo Brant told the Harbour Times days after the vote that he wanted to restore calm to the city.",
     "Ivo Brant", "he wanted to restore calm to the city"),
])
def test_displaced_that_clause(run, text, speaker, content):
    found = pairs(run(text))
    assert any(s is not None and speaker in s and c == content for s, c in found), found


@pytest.mark.parametrize("text, words", [
    # 'so that' opens a purpose clause of a verb that is no cue
    ("The judge halted the cross-examination of Ivo Brant, who was sobbing, so that he could drink some water.",
     "he could drink some water"),
    # a negated cue reports nothing
    ("Ivo Brant did not say in the interview that he would resign.", "he would resign"),
    # the noun's own clause stays the noun's ('his claim that ...' is not what 'explain' reports)
    ("Senators pressed Ivo Brant to explain -- and apologize for -- his claim that the port was unsafe.",
     "the port was unsafe"),
])
def test_no_displaced_clause(run, text, words):
    assert not any(q.text == words and q.cue in ("crying", "say", "explain") for q in run(text))


@pytest.mark.parametrize("text, speaker, content", [
    # a passive 'asked' reports the question its asker (after 'by') put, wherever the parser hung the parts
    ("During hearings in May, Dara Quill was asked whether she had read the memo by Senator Ivo Brant.",
     "Ivo Brant", "whether she had read the memo"),
    ('When asked by a reporter on Tuesday if Brant was the leading candidate, Quill replied, "Yes."',
     "a reporter", "if Brant was the leading candidate"),
    ("Quill, when she was asked by a reporter where she was going, smiled.", "a reporter", "where she was going"),
])
def test_asked_by(run, text, speaker, content):
    assert (speaker, content) in pairs(run(text))


@pytest.mark.parametrize("text, words", [
    ("Asked why the port closed, Dara Quill said it was unsafe.", "why the port closed"),  # no asker named
    ("Dara Quill was asked whether she had won by a landslide.", "whether she had won"),  # 'by' no person
])
def test_no_asker(run, text, words):
    assert not any(q.text.startswith(words) for q in run(text))


def test_made_clear_with_clear_off_the_verb(nlp):
    # 'clear' hung on another word ('plain and clear'): the that-clause on 'made' is still read, no AttributeError
    from newsgraph.extract.entity_index import EntityIndex
    from newsgraph.extract.reported_content import _content_range

    doc = nlp("Berg made plain and clear that Kestria would not pay.")
    made = next(t for t in doc if t.lower_ == "made")
    assert not any(c.lower_ == "clear" for c in made.children)  # the parse this test is about
    rng = _content_range(made, EntityIndex(text=doc.text, n_tokens=len(doc)))
    assert rng is not None and "Kestria would not pay" in doc[rng[0]:rng[1]].text
