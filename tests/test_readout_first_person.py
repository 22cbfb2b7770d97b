"""'I' reporting in the past tense on a page of one person's own words: the person the page's heading announces
('Remarks by Foreign Minister X at ...', "The Director-General's opening remarks at ..."), or, in a transcript, the
person whose labelled turn the paragraph continues; not a questioner's turn, and not on a page whose heading
announces nobody's words. All names, places and events are fictional."""
from __future__ import annotations

from quote_helpers import analyzed_speaker_of

REMARKS = (
    "Remarks by Foreign Minister Adaeze Okonkwo at the Monthly Media Briefing, Lagora, 3 March 2025\n\n"
    "Good morning, members of the press.\n\n"
    "When I took office last year, I promised that we would meet the media every month. I indicated that these "
    "briefings would give you the chance to question us on foreign policy.\n\n"
    "I told my Ostrevian counterpart that Norland expects the border crossings to reopen within a week.")

OFFICE = (
    "The Director-General's opening remarks to journalists about the Velmar fever outbreak\n\n"
    "Good afternoon to everyone joining us today.\n\n"
    "As I said on Monday, the outbreak in the eastern districts is slowing but the risk of spread remains high.")

TRANSCRIPT = (
    "Daily briefing by Norland's foreign ministry\n\n"
    "MS. VARGA: Good afternoon. We have two announcements today.\n\n"
    "Yesterday I informed the Ostrevian ambassador that the consulate in Ostra would reopen next month.\n\n"
    "QUESTION: A follow-up on the consulate.\n\n"
    "I reported last week that the staff had been withdrawn from Ostra. Is that right?")

COLUMN = (
    "Why the harbour deal matters\n\n"
    "Tomas Brell, who runs a ferry company, has followed the talks closely for a year now and says little surprises him.\n\n"
    "I asked him last week whether the new rules would hurt his trade, and he told me that he expected fewer "
    "sailings.")


def test_heading_person_speaks_for_i():
    assert analyzed_speaker_of(REMARKS, "these briefings would give you") == "Adaeze Okonkwo"
    assert analyzed_speaker_of(REMARKS, "Norland expects the border crossings") == "Adaeze Okonkwo"


def test_office_whose_remarks_the_heading_announces():
    assert analyzed_speaker_of(OFFICE, "the outbreak in the eastern districts") == "The Director-General"


def test_unlabelled_paragraph_continues_the_labelled_turn():
    assert analyzed_speaker_of(TRANSCRIPT, "the consulate in Ostra would reopen").lower() == "varga"


def test_questioner_turn_and_plain_page_give_no_i_speaker():
    from newsgraph.analyze import analyze

    found = [q for q in analyze(TRANSCRIPT).quotes if q.text.startswith("the staff had been withdrawn")]
    assert not found or found[0].speaker is None or found[0].speaker.name.lower() not in ("varga", "question")
    found = [q for q in analyze(COLUMN).quotes if q.text.startswith("the new rules would hurt")]
    assert not found or found[0].speaker is None or found[0].speaker.name != "Tomas Brell"
