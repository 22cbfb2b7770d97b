"""Live pages (a politics live blog flattened to text): the update stamp after each entry heading is cut, also
when it runs into the heading's last word; a present-tense cue the tagger reads as a plural noun after a name
('Tarn mutters that ...', 'The Speaker intervenes to say ...') still has that name as its speaker. Made-up texts."""
from __future__ import annotations

import pytest

from newsgraph.ingest.text import clean_text
from quote_helpers import pairs, quote_runner

PAGE = ("Live Reporting\n\n"
        "  1. Jeers as Tarn rises to speakpublished at 12:32 Greenwich Mean Time\n\n"
        "    Ola Berg\n    Political correspondent\n\n"
        "    The bill was published at 10:00 GMT on Monday.\n\n"
        "  2. Vell backs the grain planpublished at 13:39 British Summer Time 14 October 2022\n"
        "    Breaking\n\n"
        "    Vell says the plan will work.\n")


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_update_stamp_is_cut_from_the_heading():
    c = clean_text(PAGE)
    assert "Jeers as Tarn rises to speak\n" in c.text and "Vell backs the grain plan\n" in c.text
    assert "Greenwich" not in c.text and "British Summer Time" not in c.text
    assert [r.kind for r in c.removed] == ["stamp", "stamp"]
    assert all(PAGE[r.start:r.end] == r.text for r in c.removed)


def test_a_sentence_naming_a_time_is_kept():
    assert "The bill was published at 10:00 GMT on Monday." in clean_text(PAGE).text


def test_name_before_a_noun_read_cue_speaks(run):
    got = run("Row over the vote\n\nNigel Tarn spoke first. Tarn mutters that the vote was rigged.", "indirect")
    assert pairs(got) == [("Nigel Tarn", "the vote was rigged")]


def test_title_before_a_noun_read_verb_speaks(run):
    got = run("Row over the vote\n\nThe Speaker intervenes to say he wants to get the question over with.",
              "indirect")
    assert [t for _, t in pairs(got)] == ["he wants to get the question over with"]
    assert got[0].speaker is not None and got[0].speaker.name.endswith("Speaker")
