"""A readout statement whose content holds a report of its own ('congratulated the Prime Minister on the success of
the summit, which he said had made a real difference to regional security') counts beside that report: both levels,
as the rules count a nested report; the readout verb's own statement ('reiterated his call that X should Y') is
one. All names, places and events are fictional."""
from __future__ import annotations

from quote_helpers import indirect_runner, pairs

READOUT = (
    "The Prime Minister spoke to President Kofi Asante-Mensah of Tamberland this afternoon.\n\n"
    "President Asante-Mensah congratulated the Prime Minister on the success of the Ostra summit, which he said had "
    "made a real difference to regional security.\n\n"
    "The leaders discussed trade and agreed to stay in close touch. President Asante-Mensah reiterated his call that "
    "Veldania should reopen the river crossings.")


def test_both_levels(nlp):
    found = pairs(indirect_runner(nlp)(READOUT))
    assert any(c.startswith("the Prime Minister on the success of the Ostra summit") and c.endswith("regional security")
               for _, c in found), found
    assert any(c.endswith("had made a real difference to regional security") and "summit" not in c
               for _, c in found), found


def test_not_the_readout_verbs_own_statement(nlp):
    found = pairs(indirect_runner(nlp)(READOUT))
    assert len([c for _, c in found if c.endswith("should reopen the river crossings")]) == 1, found
