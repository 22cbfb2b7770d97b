"""A clause reported before its cue ('<clause>, the paper said') runs to the comma before the speaker: the
reporter's words come after it, so a participle, a 'despite' phrase or a time clause inside it is part of what
was said, not the reporter's comment (as it may be after the cue: 'X said Y, despite Z')."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def _texts(run, text):
    return [q.text for q in run(text)]


def test_participle_inside_a_fronted_clause_is_said(run):
    found = _texts(run, "Rebel fighters shelled a village in northern Osterland overnight, killing two farmers, the "
                        "army said on Sunday.")
    assert "Rebel fighters shelled a village in northern Osterland overnight, killing two farmers" in found


def test_despite_phrase_inside_a_fronted_clause_is_said(run):
    found = _texts(run, "Norland has sent engineers to the dam -- despite official denials that it plans any work "
                        "there, the Osterby Courier said.")
    assert any(t.startswith("Norland has sent engineers to the dam -- despite official denials") for t in found)


def test_despite_phrase_after_the_cue_is_still_cut(run):
    found = _texts(run, "Mara Lind said the dam would be finished in May, despite the floods in the valley.")
    assert "the dam would be finished in May" in found


def test_second_act_inside_a_fronted_report_is_part_of_it(run):
    found = _texts(run, "Pia Rask said that Norland is always mindful of Osterland's growth and promised more "
                        "help to its farmers, Tomas Berg added.")
    assert "Pia Rask said that Norland is always mindful of Osterland's growth and promised more help to its " \
           "farmers" in found
