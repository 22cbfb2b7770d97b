"""Sources on text nobody tuned on (session 4): the classes found on fresh articles. An outlet is named as the
article names it, journals and programmes in quotation marks are credited, a document that "goes on" keeps
speaking; the press at large, a group of people, the article itself, a career at an outlet and an outlet that
is the news are not sources."""
from __future__ import annotations

import pytest

from source_helpers import sources


@pytest.mark.parametrize("text, name", [
    ("The Huffington Post reported that the vote was delayed.", "Huffington Post"),
    ("AFP reported that the vote was delayed.", "Agence France-Presse (AFP)"),
    ("Bloomberg News reported that the vote was delayed.", "Bloomberg News"),
    ("The senator told the Guardian that the vote was delayed.", "The Guardian"),
])
def test_outlet_named_as_the_article_names_it(nlp, text, name):
    assert [n for n, _ in sources(nlp, text)] == [name]


@pytest.mark.parametrize("text, words", [
    ("Writing in the journal Nature Medicine, the researchers said the drug cut deaths by a third.",
     {"Nature", "Medicine"}),
    ("The study, published in the journal Health Affairs, found that costs rose.", {"Health", "Affairs", "study"}),
    ('In an interview broadcast on the "Today" show, she said she had doubts.', {"Today", "show"}),
    ('In an interview aired Sunday on the "Meet the Press" program, the senator said he would run.',
     {"Meet", "the", "Press"}),
    ('The memo continues: "We will not move forward until the budget passes."', {"memo"}),
    ("The report goes on to say that the agency ignored three warnings.", {"report"}),
    ("The letter went on: \u201cWe cannot agree to this.\u201d", {"letter"}),
    ("As Gizmodo reported last year, the device overheats.", {"Gizmodo"}),
    ("Here is an excerpt from the Times report:", {"Times", "report"}),
    ("The former lawmaker published a blog post saying that the story was planted.", {"blog", "post"}),
    ("Job cuts will be announced this week, said the company's chairman in an email to staff.", {"email"}),
    ("A presentation to investors indicated that more jobs would be cut.", {"presentation"}),
    ("The governor is defending himself against a report he lied about his record.", {"report"}),
    ("According to the official KCNA news agency, Kim oversaw the test.", {"KCNA"}),
    ("Politico broke the story of the looming charges.", {"Politico"}),
    ("According to Jane Roe at Vanity Fair, the party cost $1 million.", {"Vanity", "Fair"}),
    ("He revealed the news in a video package earlier in the episode.", {"video", "package"}),
])
def test_credited(nlp, text, words):
    got = sources(nlp, text)
    assert len(got) == 1, got
    assert words <= set(got[0][0].split()), got


@pytest.mark.parametrize("text", [
    "The minister said in a conference call with media that the plan was on track.",
    "The governor told the media that she would sign the bill.",
    "The media reported that the talks had stalled.",
    "Prices fell by a third, according to a group of local farmers.",
    "The views expressed in this article are the author's own and do not reflect those of the publisher.",
    "The views and opinions expressed in the article do not necessarily reflect those of the publisher.",
    "Of the participants who filled in the National Survey on Drug Use in those years, half were women.",
    "NBC News, where he worked for a decade, declined to comment.",
    "He spent ten years as a reporter at the Washington Post before joining the campaign.",
    "The New York Times has endorsed her rival.",
    "The Guardian has been critical of the government's plan.",
    "She has written for the Atlantic and the New Yorker.",
    "Fox News has been accused of bias by Democrats.",
    "Bloomberg, the former mayor, said he would not run.",
    "Marr seemed to urge the \u201cShadow State\u201d tax office to examine the letters.",
    "The investigation continues into the summer.",
    "He added that the government cannot steer the debate on cable TV or in the papers.",
])
def test_not_credited(nlp, text):
    assert sources(nlp, text) == []


def test_state_media_still_credited(nlp):
    assert sources(nlp, "Israeli media reported that the talks had stalled.") == [("Israeli media", "outlet")]
    assert sources(nlp, "She told a local radio station that she would run.") == [("local radio station", "outlet")]


def test_own_outlet_as_subject(nlp):
    """The article's own outlet doing its reporting is not credited; its earlier report is."""
    assert sources(nlp, "WIRED spoke to one mother who had no idea.", outlet="Wired") == []
    assert [n for n, _ in sources(nlp, "As Wired reported last year, the device overheats.", outlet="Wired")] == \
        ["Wired"]


def test_quotes_from_letters(nlp):
    got = sources(nlp, "The letter also quotes from the bishops' letters to Congress saying that budgets must "
                       "protect the poor.")
    assert len(got) == 2 and any("bishops" in n for n, _ in got), got


def test_that_interview_is_the_outlet_named_before(nlp):
    got = sources(nlp, "He discussed the plan in an interview with the Christian Broadcasting Network. "
                       "In that interview, he said the budget was fair.")
    assert got == [("Christian Broadcasting Network", "outlet")] * 2


def test_reading_clause_is_no_content(nlp):
    assert sources(nlp, "He has not read the report he received last week.") == []


@pytest.mark.parametrize("text", [
    '"We will cooperate," a spokesperson said when contacted by Reuters. The company told Reuters last week that '
    'it would cut jobs.',
    "Newsweek has contacted the company for comment. The professor told Newsweek that the study was small.",
    "The ministry did not respond to the Guardian's request for comment. An aide told the Guardian the talks had "
    "failed.",
    '"It is rare," the doctor told Gizmodo by email.',
    "Reuters could not independently verify the footage. A resident told Reuters that the shelling went on.",
    "The Associated Press was unable to confirm the figures. A witness told the AP that dozens had died.",
])
def test_own_outlet_shown_by_the_text(nlp, text):
    """With no outlet given, an outlet that asks for comment or interviews by email is the article's own."""
    assert sources(nlp, text) == []


def test_other_outlet_interview_still_credited(nlp):
    assert sources(nlp, "The senator told CNN that she would run.") == [("CNN", "outlet")]


def test_own_outlet_named_by_acronym(nlp):
    """The acronym's display name ("Agence France-Presse (AFP)") is still the article's own outlet."""
    assert sources(nlp, "A witness told AFP that dozens had died.", outlet="AFP") == []
    assert sources(nlp, "A witness told AFP that dozens had died.", outlet="Agence France-Presse") == []


def test_document_seen_by_own_outlet(nlp):
    """"A letter seen by the BBC" in a BBC article credits the letter, not the BBC; another outlet's
    "understands" is its reporting, credited."""
    assert sources(nlp, "In a letter seen by the BBC, the minister warned of cuts.", outlet="BBC") == \
        [("letter", "document")]
    assert sources(nlp, "The Telegraph understands that two ministers have threatened to quit.", outlet="BBC") == \
        [("The Telegraph", "outlet")]
    assert sources(nlp, "The BBC understands that two ministers have threatened to quit.") == []


@pytest.mark.parametrize("text, name", [
    ("Dorn did not go so far as to urge him to quit in an interview with WMUR Monday.", "WMUR"),
    ("WJLA-TV reported that the school would close.", "WJLA-TV"),
    ("He continued his refusal to step down in a later interview on Sean Hannity's radio show.",
     "Sean Hannity radio show"),
    ("He vowed to remain in the race on the radio show of former candidate Mike Huckabee.",
     "Mike Huckabee radio show"),
])
def test_stations_and_hosts_shows(nlp, text, name):
    assert [n for n, _ in sources(nlp, text)] == [name]


@pytest.mark.parametrize("text", [
    "The WHO said the outbreak was under control.",
    "He joined the WWE in 2005.",
    "He hosts a radio show on Sundays.",
    "He also appeared twice on Mr. Trump's reality TV show in 2004.",
])
def test_not_stations_or_news_shows(nlp, text):
    assert all(kind != "outlet" for _, kind in sources(nlp, text)), sources(nlp, text)


def test_during_the_interview_is_the_show_before(nlp):
    got = sources(nlp, "Romney spoke in an interview with WMUR Monday. He vowed to remain in the race on the radio "
                       "show of former candidate Mike Huckabee. During the interview, he said he would go on.")
    assert [n for n, _ in got][-1] == "Mike Huckabee radio show", got
