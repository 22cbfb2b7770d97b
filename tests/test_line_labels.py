"""A line's speaker label (text_lines.line_label, shared by the transcript 'I told ...' pass and the direct quote
step): the person must open the label, after title words ('Minister Jo Roe:', 'Mr. Ken Arlo, Minister for Foreign
Affairs:', 'Spokeswoman, Lin Mei:'); a letter's salutation or a note's heading names the addressee or the
subject, not the speaker ('Dear President Varo:', 'Update from X:'). Fictional text."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner, pairs, quote_runner


@pytest.mark.parametrize("text", [
    "Tarnia and Velm held talks in Port Velm on Monday.\n\nDear President Varo: I told you last year that the "
    "bridge would fail.\n\nThe minister did not reply.",
    "Letters page\n\nTo Governor Hela Brandt: I warned your office in March that the dam was leaking.",
])
def test_salutation_names_no_speaker(nlp, text):
    assert not any(q.speaker and q.speaker.name in ("Varo", "Hela Brandt") for q in indirect_runner(nlp)(text))


def test_title_name_label_is_the_speaker(nlp):
    text = "Briefing notes.\n\nMinister Ken Arlo: I said last week that the ferry had left port."
    assert ("Ken Arlo", "the ferry had left port") in pairs(indirect_runner(nlp)(text))


def test_salutation_before_a_quote_names_no_speaker(nlp):
    text = "Dear Minister Arlo: We hope the visit will bring \"real progress\" for both sides."
    found = quote_runner(nlp)(text)
    assert not any(q.speaker and q.speaker.name == "Arlo" for q in found)


def test_name_label_before_a_quote_is_the_speaker(nlp):
    text = "Lin Mei: We hope the visit will bring \"real progress\" for both sides."
    found = quote_runner(nlp)(text)
    assert [q.speaker.name for q in found if q.speaker] == ["Lin Mei"]
