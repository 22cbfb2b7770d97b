"""A readout statement ends before the speaker's next act coordinated with its reported clause when that clause is in
the present perfect ('He noted that the health situation in Dornland has improved and urged the Veltravian
government to reconsider its decision'): a past verb after 'has improved' shares no auxiliary, so it is the
speaker's (readout_content._next_statement; it already took 'are continuing A, but clarified B'). Found on WORK
s20-readout-10; probes /work/notes/s20/probes/rdf/probes_conj.jsonl. All names and places are fictional."""
from __future__ import annotations

from quote_helpers import indirect_runner, pairs

READOUT = (
    "Foreign Minister Ara Kessel received a telephone call from Foreign Minister Tomas Brenn of Veltravia. Views "
    "were exchanged on the situation in the region.\n\n"
    "On bilateral matters, the Foreign Minister raised worries about the travel ban. He noted that the health "
    "situation in Dornland has improved and urged the Veltravian government to reconsider its decision.")


def test_the_statement_ends_before_the_next_act(nlp):
    found = pairs(indirect_runner(nlp)(READOUT))
    assert ("Ara Kessel", "the health situation in Dornland has improved") in found, found
    assert ("Ara Kessel", "the Veltravian government to reconsider its decision") in found, found
