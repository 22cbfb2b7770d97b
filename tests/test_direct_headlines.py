"""Quoted fragments in a headline (extract/headline_labels.py): after 'Name:' they are that person's words, cue
or not; a fragment whose cue names no one takes the speaker of the body quote that repeats it; a fragment
with neither stays out. Hand-written texts with fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def quotes_of(run, text: str):
    return [q for q in run(text) if q.kind in ("direct", "partial")]


def headline_quotes(run, text: str):
    return [q for q in quotes_of(run, text) if q.start < text.find("\n")]


def test_fragment_whose_cue_names_no_one_takes_the_body_speaker(run):
    text = ("Singer Mara Quill apologizes for stage stunt, says she 'crossed a line'\n\n"
            'Mara Quill said on Tuesday that she had "crossed a line" with the stunt at the festival.')
    assert speaker_of(headline_quotes(run, text), "crossed a line") == "Mara Quill"


def test_fragment_after_speaker_to_addressee_colon(run):
    text = ("Former Norland premier Aldo Renz to Estavia: we will never fund 'that silly bridge!'\n\n"
            "Aldo Renz said on Friday that his country would not pay for the crossing.")
    assert speaker_of(headline_quotes(run, text), "that silly bridge") == "Aldo Renz"


def test_unlabelled_set_term_in_headline_stays_out(run):
    text = ("Senate passes 'fair wages' bill after a long debate\n\n"
            'Senator Rolf Dane said the "fair wages" bill would help workers in every region of the country.')
    assert not headline_quotes(run, text)


def test_topic_label_before_colon_names_no_speaker(run):
    text = ("Estavia: harbour plan 'dead in the water'\n\n"
            "The harbour plan of the Estavian government has stalled, officials in the capital Marovo said on Monday.")
    assert not headline_quotes(run, text)
