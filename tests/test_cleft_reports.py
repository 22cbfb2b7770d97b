"""A pseudo-cleft at a briefing restates what someone said: 'What President X said is that Y', 'What the Secretary-
General has repeatedly said is that Y', 'What the minister stressed was that Y': Y is reported speech of the cue's
subject. So too a view noun the speaker makes in a relative clause: 'The message Secretary X delivered in Vell was that
Y', 'The argument that Minister X put to her counterparts was that Y'. No cue, or no that-clause, no statement ('What
is clear is that ...', 'What the minister said was important', 'The message that was delivered was that ...': no
speaker). All names and places are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs

BRIEFING = (
    "Press briefing by the Foreign Office Spokesperson\n\n"
    "The Spokesperson took questions from journalists on Thursday.\n\n"
    "What President Ardell said is that our policy towards Kelso has not changed.\n\n"
    "QUESTION: Is the Vestrian embassy reopening?\n\n"
    "What Foreign Minister Ilse Marten stressed at the meeting was that aid convoys must be allowed to pass.\n\n"
    "What the Secretary-General has repeatedly said is that the fighting cannot be settled by force of arms.\n\n"
    "What the minister said was important for the region.\n\n"
    "What is clear is that the talks will resume next month.\n\n"
    "What worries us is that the violence continues.\n\n"
    "The message Secretary Amos Keene delivered in Vell was that the alliance will not be divided.\n\n"
    "The argument that Foreign Minister Ilse Marten put to her counterparts was that sanctions should stay in place."
    "\n\nThe message that was delivered to the delegation was that the convoy had been delayed.")


@pytest.fixture(scope="module")
def found(nlp):
    return indirect_runner(nlp)(BRIEFING)


@pytest.mark.parametrize("text, speaker", [
    ("our policy towards Kelso has not changed", "Ardell"),
    ("aid convoys must be allowed to pass", "Ilse Marten"),
    ("the fighting cannot be settled by force of arms", "Secretary-General"),
    ("the alliance will not be divided", "Amos Keene"),
    ("sanctions should stay in place", "Ilse Marten"),
])
def test_cleft_states_the_clause(found, text, speaker):
    hit = [q for q in found if q.text == text]
    assert hit, pairs(found)
    assert speaker in hit[0].speaker.name


@pytest.mark.parametrize("start", ["important", "the talks will resume", "the violence continues",
                                   "the convoy had been delayed"])
def test_no_cue_no_statement(found, start):
    assert not any(q.text.startswith(start) for q in found), pairs(found)
