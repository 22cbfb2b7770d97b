"""Sources in agency copy, official readouts and broadcaster politics pages (session 6): how wire and
readout texts credit their sources, each decided by the dev annotation rules (../shared/eval/dev/README.md).
All outlets, agencies, ministries and people below are made up or used in sentences of our own.

Credited: another outlet or agency that reported or was told something, state/local media, readouts and
statements, documents seen by an outlet. Not credited: people ("a source familiar with the matter"),
"told reporters", a news conference, a post on a social network, and the article's own outlet (the one its
reporters asked for comment)."""
from __future__ import annotations

import pytest

import source_helpers


def sources(nlp, text, outlet=None):
    return source_helpers.sources(nlp, text, outlet=outlet, quotes=True)


@pytest.mark.parametrize("text, words", [
    ("The Valdorian defence minister will travel to Brensk next week, the Orvane News Agency reported on Tuesday, "
     "citing two officials.", {"Orvane", "News", "Agency"}),
    ("Minister Talia Korvin told the BBC that her government would not reopen the border.", {"BBC"}),
    ("The two leaders agreed to expand grain shipments, according to a readout released by the Kestrian foreign "
     "ministry.", {"readout", "Kestrian"}),
    ("The Kremlin said in a readout of the call that both sides had discussed the prisoner exchange.",
     {"readout", "Kremlin"}),
    ("State media said the missile had been fired from a mobile launcher near the coast.", {"State", "media"}),
    ("Local media reported that at least twelve people were injured in the blast.", {"Local", "media"}),
    ("The ministry said in a statement that the talks had been constructive.", {"statement", "ministry"}),
    ("A spokesperson for the Valdorian embassy told Reuters that the ambassador had been recalled.", {"Reuters"}),
    ("The Interfax news agency quoted Deputy Minister Oleg Varin as saying the pipeline would reopen in March.",
     {"Interfax"}),
    ("The plan would cut exports by a third, according to documents seen by Reuters.", {"documents"}),
    ("The talks were \"frank and useful,\" the Kestrian presidency said in a readout after the call.",
     {"readout", "Kestrian", "presidency"}),
    ("A Downing Street readout of the call said the two leaders had agreed to work together.",
     {"Downing", "Street", "readout"}),
    ("The defence secretary told Sky News that troops would stay until spring.", {"Sky", "News"}),
    ("Tass quoted a ministry source as saying the talks had collapsed.", {"TASS"}),
    ("A spokesman for the ministry told the Interfax news agency that the drills were routine.", {"Interfax"}),
    ("The findings were first reported by the Financial Times.", {"Financial", "Times"}),
    ("Russian news agencies quoted the defence ministry as saying the drills had ended.", {"news", "agencies"}),
])
def test_wire_and_readout_credits(nlp, text, words):
    got = sources(nlp, text)
    assert len(got) == 1, got
    assert words <= set(got[0][0].split()), got


@pytest.mark.parametrize("text", [
    "The deal is expected to be signed this week, a source familiar with the matter said.",
    "Speaking to reporters, the senator said the bill would pass.",
    "The government's spokesman told a news conference that the talks would resume.",
    "In a post on Telegram, the governor said three drones had been shot down.",
    "\"This is a dangerous escalation,\" a spokesperson for the Valdorian foreign ministry said.",
])
def test_wire_not_credited(nlp, text):
    assert sources(nlp, text) == []


@pytest.mark.parametrize("text, words", [
    ("Senator Dana Whitlock said in a statement to Fox News that the firing was overdue.",
     {"statement", "Fox", "Whitlock"}),
    ("The minister said in a statement to Reuters that the talks had stalled.", {"statement", "Reuters"}),
    ("The company said in an email to the BBC that it would appeal the ruling.", {"email", "BBC"}),
])
def test_statement_to_an_outlet_names_both(nlp, text, words):
    """"a statement to The Atlantic by X", as the dev gold names it: the statement is the source, given to
    the outlet; named so that either reading matches."""
    got = sources(nlp, text)
    assert len(got) == 1, got
    assert words <= set(got[0][0].split()), got
    assert got[0][1] in ("statement", "document")


def test_statement_speaker_after_a_quotation(nlp):
    """The parse may take a word of the quotation for the subject of "said": the statement is still the one
    of the person named between the closing mark and the verb."""
    text = ("The director was fired on Friday. \"His conduct should worry every voter,\" Committee Chairman "
            "Dana Whitlock said in a statement to Fox News.")
    got = sources(nlp, text)
    assert len(got) == 1, got
    assert "Whitlock" in got[0][0] and "voter" not in got[0][0], got


@pytest.mark.parametrize("text", [
    "The ministry did not respond to Politico queries about the contract. Minister Arlen Vosk told Politico "
    "that the contract had been signed.",
    "The ministry has not returned Politico's calls. Minister Arlen Vosk told Politico that the contract had been signed.",
    "The ministry did not reply to questions from Politico. Minister Arlen Vosk told Politico that the contract had been signed.",
])
def test_outlet_that_sent_the_queries_is_the_own(nlp, text):
    """The outlet whose queries went unanswered is the article's own: interviews given to it are no credit."""
    assert sources(nlp, text) == []


def test_other_outlet_still_credited_beside_the_own(nlp):
    text = ("The ministry did not respond to Politico queries about the contract. The minister told CNN on "
            "Sunday that the contract had been signed.")
    assert sources(nlp, text) == [("CNN", "outlet")]


@pytest.mark.parametrize("text, words", [
    ("Writing in the Daily Telegraph, a former cabinet minister said the party needed a fresh start.",
     {"Daily", "Telegraph"}),
    ("The governor told the state-run Orvane 24 channel that the evacuation would continue.", {"channel"}),
    ("The mayor told a local television channel that the bridge would reopen.", {"channel"}),
])
def test_outlet_of_an_opening_participle_and_channels(nlp, text, words):
    got = sources(nlp, text)
    assert len(got) == 1, got
    assert words <= set(got[0][0].split()), got


@pytest.mark.parametrize("text", [
    "He said on his YouTube channel that he would run for the seat.",
    "The message was passed on through diplomatic channels, the ministry said.",
    "For now, most big sports events are found on broadcast networks and the cable channel ESPN.",
])
def test_channels_that_are_no_credit(nlp, text):
    assert sources(nlp, text) == []


def test_numbered_channel_is_an_outlet(nlp):
    assert sources(nlp, "Israel's Channel 12 reported that the cabinet would meet on Sunday.") == [("Channel 12", "outlet")]


def test_programme_right_after_its_network_is_one_credit(nlp):
    got = sources(nlp, "The chancellor told BBC Newsnight that taxes would not rise.")
    assert len(got) == 1, got


@pytest.mark.parametrize("text, expected", [
    # an unnamed MP or minister tells one broadcaster, the article's own: none of its interviews is a credit
    ("A senior Conservative MP told the BBC that the mood was grim. The chancellor told BBC Breakfast that taxes "
     "would not rise.", []),
    ("Two ministers told the BBC that the plan had been shelved.", []),
    # the minister (named before, or by title) tells it: nothing shows whose article this is
    ("The minister told the BBC that the mood was grim.", [("BBC", "outlet")]),
])
def test_unnamed_member_tells_the_own_broadcaster(nlp, text, expected):
    assert sources(nlp, text) == expected


@pytest.mark.parametrize("text, words", [
    ("The tablet will ship in May, according to industry sources cited by the Taiwanese publication Orvane Digital.",
     {"Orvane", "Digital"}),
    ("The trade publication Marlow Metals reported that prices had fallen.", {"Marlow", "Metals"}),
])
def test_publication_is_an_outlet_head(nlp, text, words):
    got = sources(nlp, text)
    assert len(got) == 1, got
    assert words <= set(got[0][0].split()), got


def test_publication_as_an_act_is_no_outlet(nlp):
    assert sources(nlp, "The publication of the report was delayed until March.") == []


@pytest.mark.parametrize("text, n", [
    ("Interfax reported that the talks had been postponed. The agency said no new date had been set.", 2),
    ("The state news agency KNA said the leader had inspected a new unit. The agency quoted him as saying the "
     "army was ready.", 2),
    # another agency named in between: "the agency" is that one
    ("Interfax reported that the talks had been postponed. The Environmental Protection Agency issued new rules. "
     "The agency said the rules would apply in May.", 1),
])
def test_the_agency_after_a_news_agency(nlp, text, n):
    got = sources(nlp, text)
    assert len(got) == n, got
    assert len({name for name, _ in got}) == 1, got


@pytest.mark.parametrize("text, words", [
    ("The Kremlin readout made no mention of sanctions.", {"readout"}),
    ("The Kestrian readout of the meeting did not mention the border dispute.", {"readout"}),
    ("The ministry's statement did not mention the prisoner exchange.", {"statement"}),
])
def test_what_a_readout_leaves_out(nlp, text, words):
    """A readout or statement that does not mention something is credited for that, as 'made no mention'."""
    got = sources(nlp, text)
    assert len(got) == 1, got
    assert words <= set(got[0][0].split()), got


def test_readout_not_telling_whether_is_no_credit(nlp):
    assert sources(nlp, "The readout did not say whether the two leaders discussed tariffs.") == []
    assert sources(nlp, "The indictment does not mention whether any other associate knew of the plan.") == []


def test_letter_whose_participle_the_parse_took_for_its_verb(nlp):
    text = ('"He is left with no other option," the letter addressed to the committee chairman reads, '
            "according to the Orvane Herald.")
    got = sources(nlp, text)
    assert len(got) == 2, got
    assert any("letter" in name for name, _ in got), got


@pytest.mark.parametrize("text, words", [
    ('The senator said on Sunday\'s edition of "Meet the Press" that she would run.', {"Meet", "Press"}),
    ('She announced her bid in an episode of "The Late Hour with Dana Wells," her aides said.', {"Late", "Hour"}),
    ('Speaking on Sunday\'s edition of "Orvane Today," the governor said the plan was dead.', {"Orvane", "Today"}),
])
def test_programme_of_an_edition_or_episode(nlp, text, words):
    got = sources(nlp, text)
    assert len(got) == 1, got
    assert words <= set(got[0][0].split()), got


def test_episode_of_a_series_one_appeared_in_is_no_credit(nlp):
    assert sources(nlp, 'She appeared in an episode of "Friends" in 1998.') == []
