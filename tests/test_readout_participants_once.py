"""The two sides of a call are read once per document: every caller (readout pairs, talks pages, group
speakers) gets the same answer, and a caller changing its copy does not change what the next one reads.
Names and places are fictional."""
from __future__ import annotations

from newsgraph.extract.actors import extract_entities
from newsgraph.extract.readout_participants import PARTICIPANTS, participants


def test_the_sides_are_read_once_and_handed_out_as_copies(nlp):
    doc = nlp("Valdorian President Ana Ruiz spoke with her Estavian counterpart Piet Rhoden on Monday.\n\n"
              "The two leaders agreed to meet again in the spring.")
    index = extract_entities(doc)
    first = participants(doc, index)
    assert first == ["Ana Ruiz", "Piet Rhoden"]
    assert doc.user_data[PARTICIPANTS] == ["Ana Ruiz", "Piet Rhoden"]
    first.append("Tomas Arvid")
    assert participants(doc, index) == ["Ana Ruiz", "Piet Rhoden"]


def test_a_page_with_no_call_is_read_once_as_none(nlp):
    doc = nlp("The council met no one on Monday. It published its budget.")
    index = extract_entities(doc)
    assert participants(doc, index) is None
    assert PARTICIPANTS in doc.user_data and doc.user_data[PARTICIPANTS] is None
