"""A readout of a call or meeting of more than two sides - held 'with Allies and partners', 'with her counterparts
from A, B and C', or listing three or more people on the call - has no pair: its 'The leaders' / 'The ministers' /
'They' are all of them, written as the page writes them, not the first two people it names
(readout_participants._many_sides). A bilateral call keeps its pair. Found on WORK s20-readout-34; probes
/work/notes/s20/probes/rdf/probes_multi.jsonl. All names and places are fictional."""
from __future__ import annotations

from quote_helpers import indirect_runner, pairs

ALLIES = (
    "Readout of President Rellin's Video Call with Partner Nations\n\nMay 3, 2024\n\n"
    "President Tomas Rellin held a video call today with partner nations to talk about humanitarian "
    "assistance for Dornland. The leaders affirmed their solidarity with the people of Dornland. They committed to "
    "continued close coordination on sanctions.\n\n"
    "Joining President Rellin on the call were Chancellor Hauke Brandt of Ostmark, President Ines Moravec of "
    "Veltravia, Prime Minister Aldo Fenn of Serrania, and Secretary General Mira Castell of the Alliance.")

COUNTERPARTS = (
    "Foreign Minister Sara Holm met with her counterparts from Ostmark, Veltravia and Serrania in Brenvik on "
    "Tuesday. The ministers reaffirmed their commitment to a rules-based order in the Kessel Sea. They agreed to "
    "meet again in the autumn.")

BILATERAL = (
    "President Ines Moravec spoke with Prime Minister Aldo Fenn of Serrania today. The leaders discussed the "
    "situation in the Kessel Sea and welcomed the resumption of talks on fisheries. They agreed to continue their "
    "close cooperation.")


def test_the_leaders_of_a_call_with_allies_are_all_of_them(nlp):
    found = pairs(indirect_runner(nlp)(ALLIES))
    assert ("The leaders", "their solidarity with the people of Dornland") in found, found
    assert not any(" and " in (speaker or "") for speaker, _ in found), found


def test_the_ministers_meeting_their_counterparts(nlp):
    found = pairs(indirect_runner(nlp)(COUNTERPARTS))
    assert ("The ministers", "their commitment to a rules-based order in the Kessel Sea") in found, found


def test_a_bilateral_call_keeps_its_pair(nlp):
    found = pairs(indirect_runner(nlp)(BILATERAL))
    assert ("Ines Moravec and Aldo Fenn", "to continue their close cooperation") in found, found
