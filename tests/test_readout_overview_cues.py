"""Readout cue shapes of ministry overviews: 'Both ministers confirmed the importance of X' (a stated position, as
'reaffirmed') and 'confirmed to continue X' (its infinitive, as 'agreed to'); 'wished X success in Y'; a statement
goes on through an absolute 'with' phrase ('satisfaction at the progress, with trade continuing to grow ...') and
ends before the meeting it was said in ('agreed to expand X during their meeting ahead of the summit'). 'Confirmed
the date' or 'confirmed the call' state no position. All names, places and events are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs

OVERVIEW = (
    "Veldania-Orsolia Foreign Ministers' Telephone Talk\n\n"
    "On March 3, Mr. Teodor Malvek, Minister for Foreign Affairs of Veldania, held a telephone talk with Ms. Brisa "
    "Holloran, Minister for Foreign Affairs of Orsolia. A summary of the talk is given below.\n\n"
    "1. Minister Malvek congratulated Minister Holloran on her appointment and wished her success in her new "
    "responsibilities.\n\n"
    "2. Both ministers confirmed the importance of maintaining close cooperation between Veldania and Orsolia in the "
    "northern seas.\n\n"
    "3. The two ministers also exchanged views on the situation in Quessa, and confirmed to continue close "
    "coordination in response to the crisis.\n\n"
    "4. The two ministers expressed satisfaction at the steady progress in the partnership, with trade between the "
    "two countries continuing to grow by a fifth each year.\n\n"
    "5. They agreed to expand the joint industrial park in Ambra during their meeting ahead of the Northern Council "
    "summit.\n\n"
    "6. Minister Holloran confirmed the date of the next round of talks and confirmed a call between the two "
    "presidents next week.\n\n"
    "8. Minister Holloran reaffirmed the importance of the understandings reached between the two ministers during "
    "their previous conversations.")


@pytest.fixture(scope="module")
def found(nlp):
    return pairs(indirect_runner(nlp)(OVERVIEW))


@pytest.mark.parametrize("start, end", [
    ("success in her new", "responsibilities"),
    ("the importance of maintaining close cooperation", "in the northern seas"),
    ("continue close coordination", "in response to the crisis"),
    ("the steady progress in the partnership", "by a fifth each year"),
    ("expand the joint industrial park", "in Ambra"),
    ("the importance of the understandings", "during their previous conversations"),
])
def test_a_ministry_overview_statement(found, start, end):
    assert any(c.removeprefix("to ").removeprefix("her ").startswith(start) and c.endswith(end) for _, c in found), \
        found  # 'wished her success': the parser may read 'her' as the possessive of 'success'


def test_no_position_in_a_confirmed_date_or_call(found):
    assert not any("the next round of talks" in c or "a call between" in c for _, c in found), found
