"""'made clear the people of Dornland stand with Ostmark' (no 'that'): the parser hangs 'clear' on the verb of the
clause after it, so 'made' was no cue; the clause after 'clear' is what was said (speaker_syntax.clear_opening_clause,
read by is_cue_token and reported_content). 'made (it) clear that ...' is unchanged. Found on WORK s20-readout-24 (a
briefing); probes
/work/notes/s20/probes/rdf/probes_madeclear.jsonl k03. All names and places are fictional."""
from __future__ import annotations

from quote_helpers import indirect_runner, pairs


def test_made_clear_without_that(nlp):
    found = pairs(indirect_runner(nlp)(
        "Secretary Tom Marsh spoke with Foreign Minister Hauke Brandt and made clear the people of Dornland stand "
        "with Ostmark."))
    assert ("Tom Marsh", "the people of Dornland stand with Ostmark") in found, found


def test_made_it_clear_that(nlp):
    found = pairs(indirect_runner(nlp)("Minister Ana Varga made it clear that the border would stay open."))
    assert ("Ana Varga", "the border would stay open") in found, found
