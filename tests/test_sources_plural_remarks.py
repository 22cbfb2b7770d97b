"""Plural 'statements' a sentence only talks about ('condemned the statements made by ...', 'underscoring its
recent statements that ...') are someone's remarks over time, not a document: credited only where they speak ('the
statements said'), are issued with what they say, or carry the words ('said in their statements', 'according to
statements from ...')."""
from __future__ import annotations

import pytest

from source_helpers import sources


@pytest.mark.parametrize("text", [
    "Tarvia condemned the statements made by the Norland foreign minister at the summit.",
    "The army pulled out of the truce, underscoring its recent statements that it has the upper hand.",
])
def test_remarks_talked_about_are_no_source(nlp, text):
    assert sources(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Both sides issued statements on Monday calling for calm.",
    "The two ministers also discussed trade, the statements said.",
    "The ministries said in their statements that the talks went well.",
    "According to statements from both ministries, the talks went well.",
    "The statements by the two ministries said the talks went well.",
])
def test_statements_that_speak_stay_credited(nlp, text):
    found = sources(nlp, text)
    assert len(found) == 1 and "statements" in found[0][0].split(), found
