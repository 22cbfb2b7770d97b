"""Harvested lexicon rows (data/cameo_lexicon_harvest.tsv): word families a coder marked as carrying
an event in real news sentences, generalised to their lemma, and the non-political senses kept out.

Hand-written sentences, one row each."""
from __future__ import annotations

import pytest

from event_helpers import events_of as _events
from newsgraph.extract.event_lexicon import LEXICON_FILES, lexicon


def _codes(nlp, text, trigger):
    return [e.cameo for e in _events(nlp, text) if e.trigger == trigger]


def test_harvest_file_is_loaded_last():
    assert LEXICON_FILES[-1] == "cameo_lexicon_harvest.tsv"
    assert ("N", "opposition") in lexicon()


@pytest.mark.parametrize("text, trigger, root", [
    ("The Labour Party repeated its opposition to the Brexit deal on Tuesday.", "opposition", "12"),
    ("Several Republican senators distanced themselves from the president's remarks about Mexico.", "distanced", "12"),
    ("Two Republican senators bucked their party on the sanctions bill.", "bucked", "12"),
    ("The Senate voted to override the president's veto of the bill.", "override", "12"),
    ("Turkey's objections scuppered the NATO plan for the Baltic states.", "scuppered", "12"),
    ("The French president took a firm stand against the Turkish offensive in Syria.", "stand", "12"),
    ("Democrats disowned the remarks of the Iowa congressman.", "disowned", "12"),
    ("Britain's foreign minister voiced strong objections to the Israeli settlement plan.", "voiced", "11"),
    ("Pelosi lamented the decision by the White House to withdraw from the treaty.", "lamented", "11"),
    ("The regime continues to oppress the Kurdish minority, Amnesty said.", "oppress", "17"),
    ("The Chinese government has tried to pressurise Hong Kong's leader to withdraw the bill.", "pressurise", "10"),
])
def test_harvested_row_codes_its_root(nlp, text, trigger, root):
    codes = _codes(nlp, text, trigger)
    assert codes and codes[0].startswith(root), codes


@pytest.mark.parametrize("text, trigger", [
    ("The opposition leader met the German chancellor in Berlin.", "opposition"),
    ("The company distanced the plant from the river.", "distanced"),
    ("The hot dog stand against the wall was closed.", "stand"),
    ("Stocks bucked the trend on Friday.", "bucked"),
    ("The senator lamented the loss of jobs in his state.", "lamented"),
    ("Trump lamented the jobs lost to foreign rivals.", "lamented"),
])
def test_non_political_sense_codes_nothing(nlp, text, trigger):
    assert _codes(nlp, text, trigger) == []
