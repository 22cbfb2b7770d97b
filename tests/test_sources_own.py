"""The article's own outlet read from its text when no outlet or URL is given (how the blind sets are run): an
outlet its sources talk to again and again is the one reporting; another outlet's scoop or editor is not."""
from __future__ import annotations

import pytest

from source_helpers import sources


@pytest.mark.parametrize("text", [
    "The senator told Fox News he was confident. The governor told Fox News she agreed. "
    "The bill passed on Friday, according to Politico.",
    "In an interview with Fox News, the senator said he was confident. Later he told Fox News the vote would hold. "
    "The bill passed on Friday, according to Politico.",
    "Ms Lee confirmed to HuffPost that she would run. Her rival told HuffPost he was not worried. "
    "The bill passed on Friday, according to Politico.",
])
def test_the_one_outlet_told_things_in_two_sentences_is_the_articles_own(nlp, text):
    assert [n for n, _ in sources(nlp, text)] == ["Politico"]


@pytest.mark.parametrize("text, expected", [
    # one interview only: could be anyone's
    ("The senator told CNN he was confident. The bill passed on Friday.", ["CNN"]),
    # two outlets each told something: no single own outlet
    ("The senator told CNN he was confident. The governor told Politico she agreed.", ["CNN", "Politico"]),
    # a host or a programme of the outlet: another outlet's show, not the article's own interviews
    ("The senator told CNN's Jake Tapper he was confident. He later told CNN's Dana Bash the same.",
     ["CNN", "CNN"]),
])
def test_no_own_outlet_from_one_interview_or_several_outlets(nlp, text, expected):
    assert sorted(n for n, _ in sources(nlp, text)) == expected


def test_an_outlets_scoop_obtained_by_it_is_credited(nlp):
    text = ("The Atlantic first reported on Monday that the candidate had received the messages. The messages "
            "obtained by The Atlantic were handed to the inquiry.")
    assert [n for n, _ in sources(nlp, text)] == ["The Atlantic", "The Atlantic"]


def test_the_editor_in_chief_of_an_outlet_is_not_its_own_staff(nlp):
    text = ("BuzzFeed Editor-in-Chief Ben Smith said the site stood by its report. Peter Hale, a spokesman for the office, told "
            "BuzzFeed that the account was not accurate.")
    assert "BuzzFeed" in [n for n, _ in sources(nlp, text)]


def test_a_desk_of_the_outlet_still_marks_it_as_the_articles_own(nlp):
    text = "Mr Hale told the BBC that the rise would stay.\n\nAnalysis: Ruth Gale, BBC political editor"
    assert sources(nlp, text) == []


def test_someone_named_by_his_post_at_an_outlet_does_not_make_it_the_articles_own(nlp):
    text = ("Mr Hale told The Weekly Standard that the chairman should go. The Weekly Standard editor agreed "
            "with him.")
    assert [n for n, _ in sources(nlp, text)] == ["The Weekly Standard"]


def test_according_to_the_network_is_the_outlet_named_before(nlp):
    text = ("Mr Hale told CNN the package was similar. On Friday, officials intercepted the package before it could "
            "reach the offices, according to the network.")
    assert [n for n, _ in sources(nlp, text)] == ["CNN", "CNN"]


def test_an_outlet_described_in_apposition_is_credited_once(nlp):
    text = "Obama told Democrats that the bill would pass, according to The Hill, a political publication."
    assert [n for n, _ in sources(nlp, text)] == ["The Hill"]


def test_the_one_outlet_unnamed_insiders_tell_is_own_though_named_people_tell_others(nlp):
    text = ("A source within the committee told Fox News that the senator would stay. Akin told KTVI that he "
            "would not quit.")
    assert [n for n, _ in sources(nlp, text)] == ["KTVI"]


def test_another_outlets_spokesman_is_no_insider(nlp):
    text = ("Peter Hale, a spokesman for the office, told BuzzFeed that its account was wrong. A BuzzFeed "
            "spokeswoman said to The New York Times that the site stood by its report.")
    assert [n for n, _ in sources(nlp, text)] == ["BuzzFeed", "The New York Times"]


def test_a_news_agency_told_by_a_named_person_does_not_block_the_own_outlet(nlp):
    text = ("A police source told Fox News that a man had been arrested. \"It will take time,\" the "
            "former agent Tom Hale told The Associated Press.")
    assert [n for n, _ in sources(nlp, text)] == ["Associated Press"]


def test_wire_copy_an_agency_tipped_by_an_unnamed_source_infers_no_own_outlet(nlp):
    text = "A Taliban source told AFP that the prisoners had been flown to Qatar. A source told Fox News the same."
    assert "Fox News" in [n for n, _ in sources(nlp, text)]


@pytest.mark.parametrize("text, expected", [
    ("Fox News has confirmed that the envoy resigned on Friday. The Associated Press reported that he would leave.",
     ["Associated Press"]),
    ("CNN confirmed that the talks had failed.", ["CNN"]),
])
def test_an_outlet_that_has_confirmed_speaks_in_its_own_voice(nlp, text, expected):
    assert [n for n, _ in sources(nlp, text)] == expected
