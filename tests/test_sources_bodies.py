"""Sources credited in agency and official copy: bodies after "according to"/"per", bodies publishing findings,
an outlet credited through its journalist or programme, documents by kind, and "it says" after a statement."""
from __future__ import annotations

import pytest

from newsgraph.extract.actors import extract_entities
from newsgraph.extract.sources import extract_attributions
from newsgraph.model import SOURCE_KINDS
from source_helpers import sources


@pytest.mark.parametrize("text, words, kind", [
    # a body with no name, or named by an acronym or its seat, after "according to" / "per"
    ("The strike will go ahead on Monday, according to the union.", {"union"}, "other"),
    ("Sales rose 5% in the second quarter, according to the company.", {"company"}, "other"),
    ("There were 3,000 cases worldwide last year, according to WHO.", {"WHO"}, "other"),
    ("The virus is often found in small rodents, per the WHO.", {"WHO"}, "other"),
    ("The call lasted 30 minutes, according to the Interior Ministry.", {"Interior", "Ministry"}, "ministry"),
    ("More than a million people have fled, according to the UN refugee agency.", {"refugee", "agency"},
     "government"),
    ("At least 90 protesters were killed, according to Amnesty International.", {"Amnesty"}, "other"),
    # a named body credited with findings it published
    ("In 2016, the Velmark Department of Social Services reported that 4 percent of pupils had used the drug.",
     {"Department", "Social", "Services"}, "government"),
    ("The National Institute on Fisheries has estimated that stocks fell by a third.",
     {"National", "Institute", "Fisheries"}, "analysis"),
    # an outlet credited through its journalist or its programme
    ("As Ann Rolle reports for NPR, the first cases came to light last week.", {"NPR"}, "outlet"),
    ("NPR's Ann Rolle reported that the couple had been moved to the capital.", {"NPR"}, "outlet"),
    ('"This is a betrayal," Hale told the BBC\'s Andrew Marr Show.', {"BBC"}, "outlet"),
    ("Speaking on BBC One's Sunday programme, the minister said the plan was sound.", {"BBC"}, "outlet"),
    ("Asked on LBC radio whether he would resign, the minister said no.", {"LBC"}, "outlet"),
    # documents by kind
    ("The party's manifesto says taxes will be cut.", {"manifesto"}, "document"),
    ("According to guidance from the Orvo Clinic, adults need eight hours of sleep.", {"guidance"}, "document"),
    ("Even the policy manual of the immigration service notes the requirement.", {"manual"}, "document"),
    ("The central bank said in its latest forecast that growth would slow.", {"forecast"}, "analysis"),
    ("The regulator said in a notice published on Friday that the rules would change.", {"notice"}, "statement"),
    ("A Velmark Research poll for the Gazette put the opposition ten points ahead.", {"poll"}, "analysis"),
])
def test_credited_body_or_document(nlp, text, words, kind):
    found = sources(nlp, text)
    assert len(found) == 1, found
    name, got = found[0]
    assert words <= set(name.replace("'s", "").split()), name
    assert got == kind and got in SOURCE_KINDS


@pytest.mark.parametrize("text", [
    "The health ministry reported 40 new cases on Monday.",  # news, not a source of it
    "Brazil reported that its exports had doubled.",  # a country's claim
    "The plant will close, according to the firm's chief executive.",  # a person
    "The death toll rose to 40, according to local officials.",
    "The price is $5 per barrel, per the contract.",
    "CNN's Jake Tapper asked the senator whether he would back the bill.",
    "The agency will not report its findings until the spring.",
    "The prime minister told MPs that the deal was done.",
    "She told the House of Commons that the plan would go ahead.",
    "They were on the verge of a deal when the president scuttled the talks, citing Taliban violence.",
])
def test_not_credited(nlp, text):
    assert sources(nlp, text) == []


def test_reporter_of_an_outlet_named_before(nlp):
    text = ("The New York Times reported the first cases on Monday. Lee of the Times reports that censors had "
            "ordered the posts removed.")
    assert [n for n, _ in sources(nlp, text)] == ["The New York Times", "The New York Times"]
    assert sources(nlp, text, outlet="nytimes.com") == [("The New York Times", "outlet")]  # own reporter: once


def test_it_says_after_a_statement_is_that_statement(nlp):
    text = ('Now the label has put out another statement. "We have agreed to grant all licences," it says.')
    found = sources(nlp, text)
    assert len(found) == 2 and all(k == "statement" for _, k in found), found
    text = "The ministry said in a statement that the talks had failed. It added that a new round was planned."
    assert len(sources(nlp, text)) == 2


def test_it_in_a_clause_of_its_own_sentence_is_not_the_statement_before(nlp):
    text = ("The office released a statement on Friday saying the talks were over. Its reporting caused a furor as "
            "it suggested that the talks had failed.")
    assert len(sources(nlp, text)) == 1
    text = ("The company published its annual report on Monday showing a loss. It is the first time the company "
            "has made a loss.")
    assert len(sources(nlp, text)) == 1


def test_name_the_ner_cut_short_is_credited_whole(nlp):
    found = sources(nlp, "The campaign cost the state $449,000, according to the Sioux Falls Argus Leader.")
    assert found and found[0][0].endswith("Argus Leader"), found


def test_ap_doubled_closing_marks_end_the_quote(nlp):
    text = "\u201cIt was an attempt to mislead voters,\u2019\u2019 Will Moy, head of a fact-checking site, told the BBC."
    assert sources(nlp, text) == [("BBC", "outlet")]


@pytest.mark.parametrize("text, expected", [
    ("The witness reportedly told The Washington Post's Manuel Ruiz that agents had searched the flat.",
     "The Washington Post"),
    ("The lawyer told CNN's Dana Bash that the charges would be fought.", "CNN"),
    ("The deputy was stabbed to death on Tuesday, Kavra reported on Wednesday.", "Kavra"),
])
def test_outlet_through_an_interview_with_its_journalist_or_a_name_that_reports(nlp, text, expected):
    assert [n for n, _ in sources(nlp, text)] == [expected]


def test_charged_in_an_indictment_credits_no_document(nlp):
    assert sources(nlp, "A federal grand jury charged Mr. Hale in a seven-count indictment on Friday.") == []


def test_a_document_whose_verb_the_parse_lost(nlp):
    text = ("The July indictment of nine army hackers over the breach of a party server during "
            "the election referred to Hale as a person in regular contact with the campaign.")
    assert [k for _, k in sources(nlp, text)] == ["document"]


def test_papers_obtained_by_our_correspondent_are_credited_alone(nlp):
    found = sources(nlp, "Court papers obtained by our correspondent on Monday showed that the suit was filed.")
    assert found == [("Court papers", "document")]


def test_one_document_named_twice_in_a_sentence_is_one_source(nlp):
    text = ("The indictment made no mention of whether the mayor played a role, though a senior official was "
            "directed to call him, according to the court document.")
    assert len(sources(nlp, text)) == 1


def test_a_noun_the_parse_gave_a_second_verb_is_not_its_subject(nlp):
    text = ("The statement, issued an hour after The Washington Post put out a tape of the candidate, appeared "
            "aimed at changing the subject.")
    assert [k for _, k in sources(nlp, text)] in ([], ["outlet"])


@pytest.mark.parametrize("text, kind", [
    ("Sales fell 3%, according to Edmunds.com, a car data firm.", "other"),
    ("The economy grew by 0.3%, according to the Office for National Statistics.", "government"),
    ("The leaders agreed to meet again, according to the Department of Fisheries.", "government"),
])
def test_named_bodies_are_typed_by_their_name(nlp, text, kind):
    assert [k for _, k in sources(nlp, text)] == [kind]


@pytest.mark.parametrize("text, words", [
    ("Zelensky said in his nightly video address that the front was holding.", {"video", "address"}),
    ("In a video message posted on Telegram, the mayor urged residents to stay inside.", {"video", "message"}),
])
def test_a_video_named_with_what_it_carries(nlp, text, words):
    found = sources(nlp, text)
    assert len(found) == 1 and words <= set(found[0][0].split()) and found[0][1] == "video", found


def test_a_video_link_is_a_channel_not_a_source(nlp):
    assert sources(nlp, "The president addressed the summit by video link on Friday.") == []


def test_an_outlet_name_the_parse_splits(nlp):
    found = sources(nlp, "In an article for the Mail on Sunday, the chancellor defended the budget.")
    assert len(found) == 1 and "Mail on Sunday" in found[0][0], found


@pytest.mark.parametrize("text, words, kind", [
    ("Output grew 0.6%, the Commerce Department said in its second estimate.", {"estimate"}, "analysis"),
    ("A white paper released by the State Council Information Office said the region had prospered.",
     {"white", "paper"}, "document"),
    ("The resolution said the council was gravely concerned.", {"resolution"}, "document"),
    ("The guideline said local governments should cut red tape.", {"guideline"}, "document"),
    ("Retail sales rose 4.9%, data from the National Bureau of Statistics showed on Friday.",
     {"National", "Bureau", "Statistics"}, "analysis"),
])
def test_documents_of_official_copy(nlp, text, words, kind):
    found = sources(nlp, text)
    assert len(found) == 1 and words <= set(found[0][0].split()) and found[0][1] == kind, found


def test_an_outlet_name_is_not_the_start_of_a_longer_name(nlp):
    assert all("The National" != n for n, _ in sources(
        nlp, "Sales rose, showed data released by the National Bureau of Statistics on Friday."))


def test_said_in_a_briefing_or_an_earlier_version_credits_nothing(nlp):
    assert sources(nlp, "The spokesman said in a briefing that the talks would go on.") == []
    assert sources(nlp, "The date was wrong, the paper said in an earlier version.") in ([], [("paper", "outlet")])


def test_the_paper_reports_between_commas(nlp):
    text = ("The New York Times first reported the account. Instead, the paper reports, the advisers selected "
            "which emails to hand over.")
    assert [n for n, _ in sources(nlp, text)] == ["The New York Times", "The New York Times"]


def test_people_interviewed_by_an_outlet_credit_it_unless_it_is_the_articles_own(nlp):
    text = "Archive staff interviewed by The Times voiced deep unease about the habit."
    assert [n for n, _ in sources(nlp, text)] == ["The New York Times"]
    assert sources(nlp, "Officials interviewed by Fox News expressed concern.", outlet="fox") == []


def test_social_posts_are_a_channel_not_a_credited_source(nlp):
    from newsgraph.extract.quotes import extract_quotes

    for text, channel in [("The senator tweeted that the bill was a disgrace.", "Twitter"),
                          ('"We will win," Trump wrote on Twitter.', "Twitter")]:
        doc = nlp(text)
        index = extract_entities(doc)
        quotes = extract_quotes(doc, index)
        assert quotes and quotes[0].channel == channel, [(q.text, q.channel) for q in quotes]
        assert extract_attributions(doc, index, quotes) == []


def test_a_bare_body_reporting_is_a_speaker_but_a_named_one_a_source(nlp):
    assert sources(nlp, "The company reported that sales rose 5%.") == []
    assert [k for _, k in sources(nlp, "The Brookings Institution estimated that 2 million jobs were lost.")] \
        == ["analysis"]


@pytest.mark.parametrize("text", [
    "The car was travelling at 100 miles per hour when it crashed.",
    "Shares rose $2 per share, per the terms of the deal.",
    "According to the plan, troops will withdraw by May.",
    "According to tradition, the king opens parliament.",
    "The driver reported that his car had been stolen.",
    "The statement came after a week of protests. It is not clear when talks will resume.",
])
def test_no_source_in_look_alikes(nlp, text):
    assert sources(nlp, text) == []


def test_a_report_with_its_content_clause_is_credited_wherever_it_stands(nlp):
    text = ("Ever since The New York Times reported on May 9 that Mrs. Hale relied solely on a private inbox, "
            "she has given two answers.")
    found = sources(nlp, text)
    assert len(found) == 1 and "New York Times" in found[0][0], found
    assert sources(nlp, "He dismissed reports that he would resign.") == []


def test_a_programme_named_in_quotation_marks(nlp):
    found = sources(nlp, '"Even Nixon did not destroy the tapes," Mr. Price said on "Fox and Friends."')
    assert found == [("Fox and Friends", "outlet")]
    assert sources(nlp, 'He said on "the record" that he was sorry.') == []


@pytest.mark.parametrize("text, expected", [
    ("Flights were cancelled, reported the Wall Street Journal, citing people familiar with the matter.",
     "The Wall Street Journal"),
    ("Ostmark Today, the state-run daily, reported on Thursday that the ministry's readout \"remains the only "
     "official record.\"", "Ostmark Today"),
    ("Satellite images show scorched ground near the village, the institute said in a note published on "
     "Wednesday.", "note"),
])
def test_inverted_and_misparsed_credits(nlp, text, expected):
    assert any(expected in n for n, _ in sources(nlp, text)), sources(nlp, text)


def test_it_with_a_named_subject_before_is_that_subject(nlp):
    text = ("The Kestrian account says no armored vehicles were used. Lusovia says the Kestrian side lost two "
            "vehicles, but it has not shown the wreckage to reporters.")
    assert len(sources(nlp, text)) == 1


def test_an_outlet_that_could_not_verify_is_not_credited(nlp):
    assert sources(nlp, "Reuters was unable to independently verify the footage.") == []


def test_a_quoted_programme_of_the_articles_own_network_is_not_credited(nlp):
    text = 'Speaking on "Fox News Sunday," the senator said the chairman must apologise.'
    assert sources(nlp, text, outlet="fox") == []
    assert [n for n, _ in sources(nlp, text, outlet="nyt")] == ["Fox News Sunday"]


def test_an_interview_given_to_the_articles_own_site_is_no_source(nlp):
    from newsgraph.analyze import analyze

    text = ("The minister told the BBC that talks would resume on Monday.\n\n"
            "\"We are ready,\" she told the BBC.\n")
    own = analyze({"id": "b", "text": text, "url": "https://www.bbc.com/news/world-1"})
    other = analyze({"id": "c", "text": text, "url": "https://www.example.org/news/world-1"})
    assert not [a for a in own.attributions if "BBC" in a.reported_by]
    assert [a for a in other.attributions if "BBC" in a.reported_by]
