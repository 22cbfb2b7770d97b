"""On a news copy of a call between two named people, a statement another pass found under a main clause's 'They'
('They also exchanged views on X, pledging to cooperate on it, according to the ministry') is the two sides', as
the readout pass reads 'They', not the ministry credited after it nor a body named before. All names, places and
events are fictional."""
from __future__ import annotations

from quote_helpers import indirect_runner, speaker_of

COPY = (
    "Foreign Minister Teodor Malvek held a video call with his Orsolian counterpart Brisa Holloran on Friday, the "
    "Veldanian government said.\n\n"
    "The ministers agreed to strongly oppose any attempt to change the border by force, the Veldanian Foreign "
    "Ministry said in a press release.\n\n"
    "They also exchanged views on the fishing dispute, pledging to continue to cooperate on the issue, according to "
    "the ministry.")


def test_they_are_the_two_sides(nlp):
    found = indirect_runner(nlp)(COPY)
    name = speaker_of(found, "to continue to cooperate on the issue") or ""
    assert "Teodor Malvek" in name and "Brisa Holloran" in name, name
