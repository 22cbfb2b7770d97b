"""Page furniture and agency/readout forms (session 10, src6): a page carrying one outlet's own labels ("Media
caption", "Image copyright", "Page last updated at 16:26 GMT": BBC) is that outlet's page, so interviews given to
it are not credited; a page-type label above a headline ("News story:", "Press release:") is no credit; a written
speech or prepared remarks are credited like a statement; an agency name the parse hangs on "news agency" as an
adjective ("Iran's IRNA news agency") is credited."""
from __future__ import annotations

import pytest

from newsgraph.extract.source_furniture import outlet_by_page_marks
from source_helpers import sources

INTERVIEW = ('Transport minister Edda Larke has apologised for remarks recorded at a private dinner.\n\n'
             'Ms Larke has told the BBC she is "deeply sorry" for the comments.\n\n'
             'In an interview with the Harwick Courier, her deputy said the remarks had been misunderstood.')


@pytest.mark.parametrize("mark", [
    "Media caption,\nEdda Larke says her remarks were taken out of context\n",
    "Image copyright Orland Press Image caption Edda Larke at the dinner\n",
    "Page last updated at 16:26 GMT, Wednesday, 13 August 2008 17:26 UK\n",
    "Media playback is unsupported on your device\n",
])
def test_a_bbc_page_keeps_its_own_interviews_out(nlp, mark):
    text = "Minister sorry for dinner remarks\n" + mark + INTERVIEW
    assert [n for n, _ in sources(nlp, text)] == ["Harwick Courier"]


def test_without_page_marks_the_bbc_is_another_outlet(nlp):
    assert [n for n, _ in sources(nlp, "Minister sorry for dinner remarks\n" + INTERVIEW)] == \
        ["BBC", "Harwick Courier"]


@pytest.mark.parametrize("text, outlet", [
    ("Media captionBBC News NI looks at the next steps", "BBC"),
    ("the social media caption read 'welcome'", None),
    ("An image copyright dispute went to court.", None),
])
def test_page_marks_are_read_as_written(text, outlet):
    assert outlet_by_page_marks(text) == outlet


@pytest.mark.parametrize("text", [
    "News story: PM calls with Prime Ministers of Velta and Orland: 10 June 2017\n\nThe Prime Minister spoke to "
    "President Arnaud Brel this afternoon.",
    "Press release: Foreign Minister Ilse Varga's meeting with Minister Tomas Halden\n\nThe ministers discussed "
    "trade.",
])
def test_a_page_type_label_is_no_credit(nlp, text):
    assert sources(nlp, text) == []


def test_a_release_with_its_content_after_a_colon_is_still_credited(nlp):
    assert [n for n, _ in sources(nlp, "The ministry issued a press release: the talks had failed.")] == \
        ["press release by ministry"]


@pytest.mark.parametrize("text, name", [
    ("The leaders will also discuss regional issues, according to a written speech by Halden released upon his "
     "arrival.", "written speech by Halden"),
    ("In the written speech, Halden said Orland takes its relations with Velta as a priority.",
     "written speech by Halden"),
    ("The senator will call for new sanctions, according to prepared remarks released by her office.",
     "prepared remarks by office"),
])
def test_a_written_speech_is_credited(nlp, text, name):
    assert [n for n, _ in sources(nlp, text)] == [name]


def test_a_speech_given_is_no_credit(nlp):
    assert sources(nlp, "Halden said in a speech on Tuesday that the economy was recovering.") == []


@pytest.mark.parametrize("text, name", [
    ("Iran's IRNA news agency reported that the minister had arrived in Baghdad.", "IRNA"),
    ("Syria's official SANA news agency said the strikes hit two sites.", "SANA"),
])
def test_an_agency_named_as_an_adjective_of_news_agency_is_credited(nlp, text, name):
    assert [n for n, _ in sources(nlp, text)] == [name]


def test_the_newspaper_is_the_outlet_named_last_credited_or_not(nlp):
    text = ('In a Harwick Courier interview, Tomas Brel says his rival is "a tired politician".\n\n'
            'Party sources have played down his rival\'s call for an alliance in the Independent, saying he had only '
            'been encouraging people to vote.\n\n'
            '"If you want reform, you have to vote for it," the rival told the newspaper.')
    assert [n for n, _ in sources(nlp, text)] == ["Harwick Courier", "The Independent"]


def test_the_own_outlet_is_not_what_the_newspaper_refers_to(nlp):
    text = ('Media caption,\nTomas Brel on the vote\n\nIn a Harwick Courier interview, Tomas Brel says his rival is '
            '"a tired politician".\n\nHis rival has told the BBC that he will stand again.\n\n'
            '"If you want reform, you have to vote for it," the rival told the newspaper.')
    assert [n for n, _ in sources(nlp, text)] == ["Harwick Courier", "Harwick Courier"]


@pytest.mark.parametrize("line", [
    "Speaking to Newsnight, Ms Larke said the plan was fully funded.",
    "The chancellor told the Today programme that taxes would not rise.",
    "Mr Brel told Sunday with Laura Kuenssberg that he would not resign.",
    "Ms Lisle told Good Morning Ulster that the plan was dead.",
    "Ms Lisle told Radio Wales Breakfast that the plan was dead.",  # a programme named after the own station
    "Mr Crewe told 5 Live Breakfast the plant had been badly run.",
])
def test_a_programme_of_the_own_broadcaster_is_its_own_interview(nlp, line):
    page = "Minister defends plan\nImage caption, The minister at the conference\n" + line
    assert sources(nlp, page) == []
    assert len(sources(nlp, "Minister defends plan\n" + line)) == 1  # another outlet's page credits it


def test_another_broadcasters_programme_stays_credited_in_a_bbc_page(nlp):
    page = "Minister defends plan\nImage caption, The minister at the conference\n" \
           "Ms Varga told Good Morning Britain she would stand again."
    assert [n for n, _ in sources(nlp, page)] == ["Good Morning Britain"]


@pytest.mark.parametrize("page", [
    "Ministers meet in Orlan\n\n\u00a9 AFP 2021 / JANE ROE\n\nThe ministers met on Monday.",
    "The envoy at the talks (Photo: Norpress)\n\nThe envoy said the talks went well.",
])
def test_the_owner_of_a_picture_is_no_credit(nlp, page):
    assert sources(nlp, page) == []


def test_an_agency_credited_below_a_picture_credit_stays_credited(nlp):
    page = "Photo: Reuters / Jane Roe\n\nThe envoy said the talks went well, Reuters reported."
    assert [n for n, _ in sources(nlp, page)] == ["Reuters"]


def test_a_line_asking_the_reader_is_no_credit(nlp):
    page = ("Ministers meet in Orlan\n\nPlease follow the link from the email sent to you.\n\n"
            "The ministers met on Monday, the ministry said in a statement.")
    assert [n for n, _ in sources(nlp, page)] == ["statement by ministry"]


def test_a_line_of_bulleted_headlines_credits_nothing(nlp):
    links = ("Tarvian gov't appeals to labor unions to shelve planned strike  \u2022 Brisk polling recorded during "
             "local elections in 3 Norland states  \u2022 Stocks tick up on rising oil")
    assert sources(nlp, links) == []
    assert len(sources(nlp, "  \u2022 The minister said in a statement that the talks went well.")) == 1
