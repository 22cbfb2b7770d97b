"""Whose a bare title is when the page names its holder inside another role: written ahead of the name without
'the' the title is the name's own ('Statement attributable to the Spokesman for Secretary-General X': 'The
Secretary-General' is X; 'adviser to President Y': 'The President' is Y); after the name, or with 'the', it is the
role the name serves ('Z, Spokesperson for the Secretary-General': not Z). All names are fictional."""
from __future__ import annotations

from quote_helpers import indirect_runner

AHEAD = (
    "Statement attributable to the Spokesman for Secretary-General Anton Velko on Tarsia\n\n"
    "The Secretary-General welcomes the agreement reached today in Varn between the Government of Tarsia and the "
    "Northern Alliance. He calls on all parties to implement the agreement in good faith.")

AFTER = (
    "Statement attributable to the Spokesperson for the Secretary-General\n\n"
    "The following statement was issued today by Lisa Marten, Spokesperson for the Secretary-General:\n\n"
    "The Secretary-General condemns the attack on the market in Osk. He calls on the authorities to bring the "
    "perpetrators to justice.")


def _speakers(nlp, text, start):
    return [q.speaker.name for q in indirect_runner(nlp)(text) if q.text.startswith(start) and q.speaker]


def test_a_title_ahead_of_the_name_is_its_holder(nlp):
    assert _speakers(nlp, AHEAD, "the agreement reached today") == ["Anton Velko"]


def test_a_title_the_name_serves_is_not_its_holder(nlp):
    said = _speakers(nlp, AFTER, "the attack on the market")
    assert said and "Marten" not in said[0], said
