"""Sources on text nobody tuned on (session 5, precision): a document only mentioned (asked whether she had seen
the cable, without seeing the report, what the report found, was not in the report, plans to publish reports), a
statement or letter whose issuing is the news and tells nothing, a title before a person's name and the article's
own outlet known from its web address are not credited; the credits beside them stay."""
from __future__ import annotations

import pytest

from newsgraph.extract.source_lexicon import outlet_of_url
from source_helpers import sources


@pytest.mark.parametrize("text", [
    "Mr. Smith would not resign without first seeing Mr. Jones's report.",
    "What the final report found remains a mystery to most lawmakers.",
    "Questions about what the audit uncovered remain unanswered.",
    "The governor was asked if she had read the memo from the embassy.",
    "He said that the question of payment was not in any part of Smith's report.",
    "The panel plans to publish the second in a series of reports on its work next month.",
    "The chairman said he hoped to wrap up hearings soon and release the final report of the series.",
    "The president vetoed the bill and issued a long statement with it.",
    "The campaign released a letter from her physician on Friday.",
])
def test_a_document_only_mentioned_is_no_source(nlp, text):
    assert sources(nlp, text) == []


@pytest.mark.parametrize("text, word", [
    ("The report found that the agency had ignored warnings.", "report"),
    ("In its report, the agency said it had ignored warnings.", "report"),
    ("The committee said in its report that the agency had failed.", "report"),
    ("He wrote in a letter that he would resign.", "letter"),
    ("The senator issued a statement saying he would vote no.", "statement"),
    ("The party issued a short statement shortly after the speech:", "statement"),
    ("Forty members signed a letter urging the president to cancel the trip.", "letter"),
    ("Every former secretary sent a letter to the president on Thursday asking them to restore the funds.",
     "letter"),
    ("The mayor released a statement late Tuesday saying the deal was off.", "statement"),
    ("Mr. Smith issued the following statement through his lawyer.", "statement"),
    ("The ministry issued a statement that the talks had failed.", "statement"),
])
def test_a_document_that_tells_something_stays(nlp, text, word):
    assert [n for n, _ in sources(nlp, text) if word in n.lower()]


def test_a_title_before_a_name_is_no_outlet(nlp):
    got = sources(nlp, "In a letter to Senate Majority Leader Ada Vence, Obama warned of chaos.")
    assert [k for _, k in got] == ["document"]


def test_own_outlet_before_a_possessive_and_a_host(nlp):
    text = "\u201cHe tried to stop me,\u201d the reporter told Fox News\u2019 Bret Baier in May."
    assert sources(nlp, text, outlet="fox") == []
    assert [n for n, _ in sources(nlp, text, outlet="nyt")] == ["Fox News"]


@pytest.mark.parametrize("url, name", [
    ("https://www.businessinsider.com/some-story", "Business Insider"),
    ("https://thehill.com/news/1", "The Hill"),
    ("https://www.telegraph.co.uk/news/2019/x", "The Telegraph"),
    ("https://www.latimes.com/business/story/x", "Los Angeles Times"),
    ("https://news.sky.com/story/x", "Sky News"),
    ("https://feeds.bbci.co.uk/news/live/uk-politics-1", "BBC"),  # a subdomain of a listed site
    ("https://sputnikglobe.com/amp/20180919/x", "Sputnik"),
    ("https://www.theepochtimes.com/world/x", "The Epoch Times"),
    ("https://www.example-blog.com/x", None),
])
def test_own_outlet_from_a_web_address(url, name):
    assert outlet_of_url(url) == name


def test_told_own_outlet_known_from_url(nlp):
    text = '"Save early," he told Business Insider.'
    assert sources(nlp, text, url="https://www.businessinsider.com/x") == []
    assert sources(nlp, text) != []


def test_an_issued_statement_names_the_one_that_speaks_later(nlp):
    got = sources(nlp, "The ministry issued a statement on Friday. The statement said the talks had failed.")
    assert len(got) == 1 and "ministry" in got[0][0], got


@pytest.mark.parametrize("text, words", [
    ('"We cannot wait any longer," the statement continued.', {"statement"}),
    ('"We cannot wait," the letter went on.', {"letter"}),
])
def test_a_document_that_goes_on_after_the_quote(nlp, text, words):
    got = sources(nlp, text)
    assert len(got) == 1 and words <= set(got[0][0].split()), got


@pytest.mark.parametrize("text", [
    "Two snap polls of viewers -- one by ABC, one by CNN -- gave different results.",
    "Two snap polls, one by ABC and one by CNN, gave different results.",
])
def test_polls_one_by_each_outlet(nlp, text):
    assert [n for n, _ in sources(nlp, text)] == ["ABC", "CNN"]


def test_the_one_outlet_unnamed_insiders_tell_is_the_articles_own(nlp):
    text = ("A source told Fox News that the vote would slip. The senator told Fox News he was confident. "
            "The bill passed on Friday, according to Politico.")
    assert [n for n, _ in sources(nlp, text)] == ["Politico"]


@pytest.mark.parametrize("text", [
    # one named person, once: another outlet's interview
    "The senator told Fox News he was confident. The bill passed on Friday.",
    # two outlets told things: no single own outlet
    "A source told NBC that the talks were off. An official told Politico that they would resume.",
    # a news agency: wire copy that other outlets run
    "A Taliban source told AFP that the prisoners had been flown to Qatar.",
])
def test_no_own_outlet_inferred(nlp, text):
    assert sources(nlp, text)


@pytest.mark.parametrize("text, expected", [
    # a call sign the tagger took for a common noun
    ("Dorn spoke in an interview with Fox affiliate KQLM.", ["KQLM"]),
    # an outlet with a reporting verb in a relative clause
    ("Critics, including Vanity Fair magazine, which estimated the cost at a million dollars, called it waste.",
     ["Vanity Fair"]),
    ("The debate was shown by CNN, which aired it live.", []),
    ("Fox told Fusion's Jorge Ramos in an interview airing Thursday.", ["Fusion"]),
])
def test_outlet_forms(nlp, text, expected):
    assert [n for n, _ in sources(nlp, text)] == expected


@pytest.mark.parametrize("text, url", [
    ('"We will hold the line," the minister told the BBC on Monday.', "https://feeds.bbci.co.uk/news/live/uk-1"),
    ("KELSBURY (Sputnik) - The minister said the talks would resume.", "https://sputnikglobe.com/amp/20180919/x"),
    ('"The talks went well," the spokeswoman wrote in an email to The Epoch Times.',
     "https://www.theepochtimes.com/world/x"),
])
def test_own_outlet_of_a_listed_site_under_another_host_name(nlp, text, url):
    assert sources(nlp, text, url=url) == []


def test_statement_given_to_the_own_outlet_stays_the_speakers(nlp):
    text = "An official at the Norland ministry said in a statement to Reuters that the talks went well."
    assert sources(nlp, text, url="https://www.reuters.com/world/x") == [("statement by official", "statement")]


@pytest.mark.parametrize("name", ["Marlow Finch", "Tamsin Bell"])
def test_own_outlets_reporter_is_no_body(nlp, name):
    text = f"The ministers will be reluctant to leave Kelsbury without a way forward, the BBC's {name} reports from Kelsbury."
    assert sources(nlp, text, url="https://www.bbc.com/news/world-1") == []
    assert [n for n, _ in sources(nlp, text, url="https://www.norland-herald.example/x")][0].startswith("BBC")
