"""A speech that opens a sentence by addressing its audience ('Colleagues, my Foreign Secretary said on Monday that
...'): the parser may make the vocative a second subject of the verb; the subject nearest the verb speaks
(speaker_syntax._nearest_subject), not 'Colleagues'. Found on WORK s20-readout-26 (a statement at the Security
Council); probes /work/notes/s20/probes/rdf/probes_vocative.jsonl. All names and places are fictional."""
from __future__ import annotations

from quote_helpers import indirect_runner, pairs

SPEECH = (
    "Statement by Ambassador Lina Orrel at the Security Council meeting on Ostmark.\n\n"
    "I would like to start by thanking the Special Envoy for her briefing.\n\n"
    "Colleagues, my Foreign Secretary stated on Friday that the blockade of Arlen was leaving the poorest families of "
    "the valley without bread.")


def test_the_vocative_does_not_speak(nlp):
    found = pairs(indirect_runner(nlp)(SPEECH))
    text = "the blockade of Arlen was leaving the poorest families of the valley without bread"
    assert ("my Foreign Secretary", text) in found, found


def test_a_plain_subject_after_an_opening_phrase(nlp):
    found = pairs(indirect_runner(nlp)("In Brenvik, President Olek Kallis said on Monday that the talks had failed."))
    assert ("Olek Kallis", "the talks had failed") in found, found
