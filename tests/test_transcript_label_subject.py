"""A transcript's line label before a colon ('Q:', 'QUESTION:', 'MR LANE:') is not the subject of the sentence it
opens, though the parser may make it one ('Q: Minister X said ...' read with two subjects): the subject nearest the
verb speaks, and a statement that sentence credits belongs to that subject too; fictional text."""
from __future__ import annotations

import pytest

from quote_helpers import analyzed_speaker_of, indirect_runner, pairs, speaker_of

PAGE = (
    "Foreign Ministry Spokesperson Hana Lott's Regular Press Conference on May 4, 2026\n\n"
    "Q: Vestrian Foreign Minister Pol Danek said on Monday that his country would widen its naval patrols. "
    "What's your response?\n\n"
    "A: We have noted the report.\n\n"
    "Q: Kestrian Prime Minister Ivo Marsh told reporters that the border talks had stalled. Can you confirm?\n\n"
    "A: The talks are going smoothly.\n\n"
    "Q: A Vestrian senator claimed that Norland was behind the outage. What is your comment?\n\n"
    "A: This accusation is groundless.\n\n"
    "Q: Reports say that the summit may slip to July. Is that true?\n\n"
    "A: I have nothing to release.\n\n"
    "Q: Tarvanian President Dana Holt said yesterday that she would tour the region in June.\n\n"
    "MR LANE: Secretary Ruiz said on Friday that the tariffs would stay in place.\n"
)


@pytest.fixture(scope="module")
def found(nlp):
    return indirect_runner(nlp)(PAGE)


@pytest.mark.parametrize("start, speaker", [
    ("his country would widen", "Pol Danek"),  # was 'Q'
    ("the border talks had stalled", "Ivo Marsh"),
    ("Norland was behind the outage", "A Vestrian senator"),
    ("the summit may slip", "Reports"),
    ("she would tour the region", "Dana Holt"),
    ("the tariffs would stay", "Ruiz"),  # was 'LANE'
])
def test_a_line_label_is_not_the_speaker(found, start, speaker):
    assert speaker in (speaker_of(found, start) or ""), pairs(found)


def test_a_statement_credited_after_a_label_is_the_subjects():
    from newsgraph.analyze import analyze

    page = ("Spokesperson Hana Lott's Press Conference on June 2, 2026\n\n"
            "Q: The Vestrian State Department said in a statement that the new levies take effect next week. "
            "How will Norland respond?\n\n"
            "A: Norland will defend its lawful interests.\n")
    credited = [a.reported_by for a in analyze(page).attributions]
    assert credited and all("Q" not in name.split() for name in credited), credited
    assert any("Vestrian State Department" in name for name in credited), credited
    assert analyzed_speaker_of(page, "the new levies") == "Vestrian State Department"


def test_a_name_then_colon_inside_a_sentence_still_speaks(nlp):
    found = indirect_runner(nlp)("The minister, Ilse Varnow, said on Tuesday that the port would reopen soon.\n")
    assert speaker_of(found, "the port would reopen") == "Ilse Varnow", pairs(found)
