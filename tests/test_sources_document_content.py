"""Sources credited, session 24: documents credited by what they hold in the forms readouts and briefings use
(extract/source_documents.py): 'X's assessment is that ...', 'statements by X indicating that ...', 'in its
strategy that ...', 'drew attention to a report published by X', 'took note of X's assessment that ...'. A
document only mentioned, or a person's own view, credits nothing."""
from __future__ import annotations

import pytest

from source_helpers import sources


def names(nlp, text):
    return [n for n, _ in sources(nlp, text)]


@pytest.mark.parametrize("text, noun", [
    ("The Varn Health Office's outbreak assessment is that the danger of wider spread stays low this winter.",
     "assessment"),
    ("The auditor's main finding in the review is that the contracts were never put out to tender.", None),
    ("Pellow Institute's latest analysis is that grain prices will keep rising through the spring.", "analysis"),
])
def test_document_content_is_that(nlp, text, noun):
    got = names(nlp, text)
    if noun is None:
        assert got == []  # 'finding' names no document the lexicon knows
    else:
        assert len(got) == 1 and noun in got[0]


@pytest.mark.parametrize("text", [
    "Our assessment is that the truce is holding along most of the river.",
    "Her analysis was that the vote had come too late to matter.",
    "The problem is that the bridge at Kessin has not been repaired.",
])
def test_own_view_or_no_document_is_no_source(nlp, text):
    assert names(nlp, text) == []


@pytest.mark.parametrize("text, author", [
    ("The Secretary-General welcomes statements by the Morvanian cabinet indicating that it will accept the count.",
     "Morvanian cabinet"),
    ("Delegates cited declarations by the coastal states affirming that the strait would stay open to ships.",
     "coastal states"),
])
def test_authored_document_with_telling_participle(nlp, text, author):
    got = names(nlp, text)
    assert len(got) == 1 and author in got[0]


def test_participle_after_a_preposition_of_topic_is_no_source(nlp):
    text = "The health minister voiced regret over the press statement quoting a junior clerk of the port."
    assert names(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Minister Dorn thanked Veltria for specifying in its new Maritime Strategy that the sea lanes must stay open.",
    "The agency stated in its latest annual review that river traffic had doubled since the locks reopened.",
])
def test_document_channel_before_content(nlp, text):
    assert len(names(nlp, text)) == 1


def test_spoken_briefing_channel_is_no_source(nlp):
    text = "In her weekly briefing the spokeswoman stated that two fishing boats had been held off Tarsk."
    assert names(nlp, text) == []


@pytest.mark.parametrize("text, author", [
    ("A journalist drew attention to a report published by the Halden Institute, which talks about a new port.",
     "Halden Institute"),
    ("She called attention to a study released by the Varn Foundation on water use in the valley.",
     "Varn Foundation"),
])
def test_attention_drawn_to_authored_document(nlp, text, author):
    got = names(nlp, text)
    assert len(got) == 1 and author in got[0]


def test_attention_to_no_document_is_no_source(nlp):
    text = "The minister drew attention to the challenges facing the fishing fleet of Kessin."
    assert names(nlp, text) == []


def test_noted_authored_assessment(nlp):
    text = "We take good note of the observer mission's preliminary assessment that the ballot was orderly."
    got = names(nlp, text)
    assert len(got) == 1 and "assessment" in got[0]


@pytest.mark.parametrize("text", [
    "We take note of the concerns of the farmers in the northern districts.",
    "The declaration will be signed by both leaders at a ceremony in Kessin next week.",
    "The two ministers discussed the draft strategy for the region at length.",
])
def test_document_only_mentioned_is_no_source(nlp, text):
    assert names(nlp, text) == []


@pytest.mark.parametrize("text, noun", [
    ("Our Travel Advisory for Morvania warns citizens against all travel to the border districts.", "Travel Advisory"),
    ("The Tarsk consulate posted a weather warning telling residents to stay indoors on Sunday.", "warning"),
    ("The Kessin Declaration, adopted by the ministers on Friday, reaffirms that the two states will respect the border.",
     "Kessin Declaration"),
])
def test_advisories_warnings_declarations(nlp, text, noun):
    got = names(nlp, text)
    assert len(got) == 1 and noun in got[0] and "Our" not in got[0]


def test_message_said_in_is_like_a_post(nlp):
    text = "The senator said in a message to his campaign staff that the race was far from over."
    assert names(nlp, text) == []


@pytest.mark.parametrize("text", [
    "According to reports, the Morvanian president ordered the army to hold new drills near the border.",
    "The ferry sank off Tarsk late on Tuesday, according to media reports.",
])
def test_according_to_unnamed_reports(nlp, text):
    assert [n.lower() for n in names(nlp, text)] in (["reports"], ["media reports"])


def test_unnamed_reports_saying_stay_unsourced(nlp):
    text = "Earlier reports said the ferry had sunk with all its cargo."
    assert names(nlp, text) == []


@pytest.mark.parametrize("text, author", [
    ("The premier praised a letter from the opposition chief calling for unity talks in Kessin.", "opposition chief"),
    ("Reporters asked about a study by the Pellow Institute saying that the harbour would be sold.",
     "Pellow Institute"),
])
def test_participle_on_the_author_or_after_about(nlp, text, author):
    got = names(nlp, text)
    assert len(got) == 1 and author in got[0]


def test_channel_with_that_read_as_object(nlp):
    text = "The cabinet outlined in its coastal strategy that the fleet would double in size by 2031."
    got = names(nlp, text)
    assert len(got) == 1 and "strategy" in got[0]


@pytest.mark.parametrize("text, noun", [
    ("The resolution, passed without a vote on Friday, demands that all armed units leave the valley.", "resolution"),
    ("The consulate's security alert advises visitors to avoid the harbour district after dark.", "security alert"),
])
def test_demanding_document_and_alert(nlp, text, noun):
    got = names(nlp, text)
    assert len(got) == 1 and noun in got[0]


@pytest.mark.parametrize("text", [
    "The warning came a day after the river burst its banks near Tarsk.",
    "He ignored repeated warnings from his doctors about the long flights.",
    "The ministers agreed on a new strategy for the fishing fleet.",
    "The message was plain enough: the talks in Kessin must go on.",
])
def test_new_nouns_only_mentioned(nlp, text):
    assert names(nlp, text) == []


@pytest.mark.parametrize("text", [
    "The move breaks with council resolutions declaring the old city an occupied zone.",
    "Tarnia has condemned a Kessin court ruling declaring the curfew unlawful.",
    "The league did not issue a declaration saying that the match was void.",
])
def test_participle_where_the_document_is_the_news(nlp, text):
    assert names(nlp, text) == []
