"""A past verb the parser coordinated with the verb of a relative clause holding a modal ('He offered any help Ostmark
may need and pledged to keep in touch daily') cannot share that modal: it is the main clause's next act,
so its speaker is the main clause's subject (speaker_syntax._relative_conjunct_owner), not the relative clause's
('Ostmark'). Found on WORK s20-readout-24 (a briefing); probes /work/notes/s20/probes/rdf/probes_purpose.jsonl p04.
All names and places are fictional."""
from __future__ import annotations

from quote_helpers import indirect_runner, pairs

READOUT = (
    "Readout of the Secretary's call with Minister Brandt\n\n"
    "Secretary Tom Marsh phoned Ostmark Foreign Minister Hauke Brandt today and made clear the farmers of Dornland "
    "stand with Ostmark after the storms. He offered any help Ostmark may need and pledged to keep in touch daily. "
    "The Secretary also raised the grain talks in the south.")


def test_the_conjunct_goes_on_from_the_main_clause(nlp):
    found = pairs(indirect_runner(nlp)(READOUT))
    assert ("Tom Marsh", "to keep in touch daily") in found, found


def test_a_conjunct_of_a_relative_clause_without_a_modal(nlp):
    found = pairs(indirect_runner(nlp)(
        "Minister Ana Varga praised the envoy Piet Lorn, who visited Arlen on Monday and warned that the old dam "
        "could fail."))
    assert ("Piet Lorn", "the old dam could fail") in found, found
