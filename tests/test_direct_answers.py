"""One-word answers (issue #3, interview and BBC style): a quoted word that is the whole utterance, opening its
sentence after a statement and followed by its cue, is a direct quote; a one-word label is not. Small
hand-written texts with fictional names."""
from __future__ import annotations

import pytest

from newsgraph.extract.actors import extract_entities
from newsgraph.extract.quotes import extract_quotes


@pytest.fixture(scope="module")
def run(nlp):
    def _run(text: str):
        doc = nlp(text)
        return extract_quotes(doc, extract_entities(doc))
    return _run


def _direct(quotes):
    return [(q.text, q.speaker.name if q.speaker else None) for q in quotes if q.kind in ("direct", "partial")]


@pytest.mark.parametrize("text, word, speaker", [
    ("Mr Adebayo was asked if he would apologise. \"No,\" he replied.", "No", "Adebayo"),
    ("The panel asked Ms Kest whether she regretted the vote. \u201cNever,\u201d she said firmly.", "Never", "Kest"),
])
def test_one_word_answer_is_a_direct_quote(run, text, word, speaker):
    found = _direct(run(text))
    assert any(t.strip(".,") == word and s is not None and speaker in s for t, s in found), found


def test_one_word_label_opening_a_sentence_is_not(run):
    found = _direct(run("The mayor hesitated. \"Globalists,\" as he calls them, run the bank."))
    assert not any(t.strip(".,") == "Globalists" for t, _ in found), found


def test_one_word_answer_right_after_a_verb_of_answering_is_a_quote(run):
    found = _direct(run("Spokesman Tomas Kerr was asked whether the talks had failed. Kerr replied \u201cNo\u201d and "
                        "said they would resume in May."))
    assert ("No", "Tomas Kerr") in found, found


def test_one_quoted_word_after_another_cue_is_still_no_quote(run):
    found = _direct(run("Spokesman Tomas Kerr said \u201cnever\u201d was a word he did not use about the talks."))
    assert not any(t == "never" for t, _ in found), found
