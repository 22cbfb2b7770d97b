"""Sources the article credits: patterns, kinds, own outlet, offsets, quote linking, dev floor."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from newsgraph.extract.actors import extract_entities
from newsgraph.extract.sources import extract_attributions
from newsgraph.model import SOURCE_KINDS, Quote, Speaker

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
DEV_GOLD = SHARED / "eval" / "dev" / "basil-gold.jsonl"


def attributions(nlp, text, quotes=(), outlet=None):
    doc = nlp(text)
    return extract_attributions(doc, extract_entities(doc), list(quotes), outlet=outlet)


def sources(nlp, text, outlet=None):
    return [(a.reported_by, a.kind) for a in attributions(nlp, text, outlet=outlet)]


@pytest.mark.parametrize("text, words, kind", [
    # according to ...
    ("The minister pledged support, according to a video of his remarks released by Russia's defence "
     "ministry.", {"video", "Russia", "defence", "ministry"}, "video"),
    ("According to a transcript published by the foreign ministry, the envoy rejected the offer.",
     {"transcript"}, "document"),
    # X reported / wrote / found
    ("China Daily reported that the two armies would hold joint drills.", {"China", "Daily"}, "outlet"),
    ("Sputnik News reported the talks lasted three hours.", {"Sputnik"}, "agency"),
    ("Xinhua news agency said the talks were candid.", {"Xinhua"}, "agency"),
    ("A report by Human Rights Watch found that the strikes broke the laws of war.",
     {"report", "Human", "Rights", "Watch"}, "document"),
    ("A Gallup poll released Wednesday shows the governor leading by six points.", {"Gallup", "poll"}, "analysis"),
    ("The think tank's analysis showed that exports had doubled.", {"analysis"}, "analysis"),
    ("The indictment alleges that the officers hacked the servers of the party.", {"indictment"}, "document"),
    ("That cable warned that the mission could not withstand a sustained assault.", {"cable"}, "document"),
    ("American intelligence agencies believe the group acted as a conduit for foreign agents.",
     {"intelligence", "agencies"}, "agency"),
    # interviews with other outlets
    ("The senator told CNN that he would vote against the bill.", {"CNN"}, "outlet"),
    ("The governor said on NBC's Meet the Press that the plan was dead.", {"NBC"}, "outlet"),
    ("The mayor wrote in The St. Louis Post-Dispatch that the inquiry would be fair.",
     {"Post-Dispatch"}, "outlet"),
    ("Peskov told state news agency RIA Novosti that no date had been set.", {"RIA", "Novosti"}, "agency"),
    ("The prosecutor, speaking to a local radio station, rejected the request.", {"radio", "station"}, "outlet"),
    ("In an interview with the Sunday Times, she said she had no regrets.", {"Sunday", "Times"}, "outlet"),
    # statements, letters, filings, memos
    ("The ministry said in a statement that 20 drones had been shot down overnight.", {"statement"}, "statement"),
    ("The White House issued a brief statement after the speech:", {"statement"}, "statement"),
    ("In a December court filing, prosecutors described how the deal had been hidden.",
     {"court", "filing"}, "document"),
    ("The office said in a sentencing memo that he had cooperated fully.", {"sentencing", "memo"}, "document"),
    ("In an open letter to the residents, the attorney general promised an independent inquiry.",
     {"letter"}, "document"),
    ("Ukraine's general staff said in its morning update that 30 attacks had been repelled.",
     {"update"}, "statement"),
    ("In a readout of the call, the State Department said the two men discussed trade.",
     {"readout"}, "statement"),
    # agency copy, readouts, British politics
    ("TASS quoted the foreign minister as saying Moscow was ready for talks.", {"TASS"}, "agency"),
    ("The Interfax news agency quoted a source as saying the deal was off.", {"Interfax"}, "agency"),
    ("State broadcaster CCTV said the talks had been productive.", {"CCTV"}, "outlet"),
    ("Israeli media reported that the cabinet would meet on Sunday.", {"media"}, "outlet"),
    ("In a video posted on Telegram, the president said his army would respond.", {"video"}, "video"),
    ("More than 500 people have been killed, according to a Reuters tally.", {"Reuters", "tally"}, "agency"),
    ("Market data showed the currency weakened 2% against the dollar.", {"data"}, "analysis"),
    ("The leader stressed that both sides should respect each other, according to a readout from the "
     "foreign ministry.", {"readout"}, "statement"),
    ("The Secretary welcomed the joint statement issued by G7 foreign ministers.", {"statement"}, "statement"),
    ("Writing in the Times, the former chancellor said the party had lost its way.", {"Times"}, "outlet"),
    ("She told the Guardian that she would stand again.", {"Guardian"}, "outlet"),
    ("Research by the Resolution Foundation found that incomes had stagnated.", {"Research"}, "analysis"),
    ("Opinion polls by Velmark Research suggest the opposition has a 20-point lead.", {"polls"}, "analysis"),
])
def test_credited_source(nlp, text, words, kind):
    found = attributions(nlp, text)
    assert len(found) == 1, [(a.reported_by, a.kind) for a in found]
    att = found[0]
    assert words <= set(att.reported_by.replace("'s", "").split()), att.reported_by
    assert att.kind == kind
    assert att.kind in SOURCE_KINDS
    assert att.text == text and att.id == "s1"


@pytest.mark.parametrize("text", [
    "He told reporters at the White House that he had not read the report.",
    "According to four congressional officials, the messages were handed over in the autumn.",
    "According to people familiar with the talks, the deal collapsed on Friday.",
    "The president reportedly told aides he would veto the bill.",
    "The company said it would cut 500 jobs.",
    "The Kremlin said the talks were constructive.",
    "The committee will publish its report next month.",
    "The Foreign Office did not respond to a Reuters request for comment.",
    "The figures could not be independently verified by Reuters.",
    "Fox News host Sean Hannity said the indictment was a sham.",
    "CNN's Jake Tapper asked the senator whether he would back the bill.",
    "The Associated Press contributed to this report.",
    "In a post on X, the MP said she would vote against the bill.",
    "Labour said the figures were damning.",
    'He called the BuzzFeed story "a total fabrication" and said it "will be challenged in court."',
    "The campaign runs through November in cable and broadcast markets.",
    "Reuters could not immediately verify the report.",
    "A Reuters witness said smoke was rising from the building.",
    "According to a Home Office source, the scheme will start in July.",
    "The ministry did not say how many drones had been launched.",
    "Asked about the report, a spokesperson for the ministry said it would not comment.",
    "The agency said the storm would make landfall on Thursday.",
    "An earlier version of this article misstated the date of the vote.",
    "There was no need for a federal agency to consult the service before the work began.",
])
def test_not_a_credited_source(nlp, text):
    assert sources(nlp, text) == []


def test_no_possessive_in_reported_by(nlp):
    found = attributions(nlp, "BuzzFeed's report claimed that the lawyer had been told to lie.")
    assert [a.reported_by for a in found] == ["BuzzFeed report"]
    assert found[0].kind == "outlet"


def test_own_outlet_interview_is_not_a_source(nlp):
    text = "Two sources familiar with the matter told Reuters that the deal was close."
    assert sources(nlp, text) == [("Reuters", "agency")]
    assert sources(nlp, text, outlet="Reuters") == []
    assert sources(nlp, "The minister told Fox News the plan was dead.", outlet="fox") == []
    assert sources(nlp, "The minister told the BBC the plan was dead.", outlet="https://www.bbc.co.uk/news/x") == []
    # the outlet's own reports and polls are still credited
    poll = "A Fox News poll released Wednesday shows the senator ahead."
    assert sources(nlp, poll, outlet="fox") == [("Fox News poll", "outlet")]


def test_own_outlet_reporting_is_not_credited_but_what_it_saw_is(nlp):
    text = "In a letter to the prime minister, seen by the BBC, the MPs warned that the policy would fail."
    assert [k for _, k in sources(nlp, text, outlet="BBC")] == ["document"]
    assert sources(nlp, "Speaking on BBC Radio 4's Today programme, the minister defended the plan.",
                   outlet="bbc") == []
    assert sources(nlp, "Speaking on Sky News, the minister defended the plan.", outlet="bbc") \
        == [("Sky News", "outlet")]


def test_own_outlet_read_from_the_text(nlp):
    text = ("LONDON, March 3 (Reuters) - The minister told Reuters the plan was dead.\n\n"
            "He also told the BBC it was over.")
    assert sources(nlp, text) == [("BBC", "outlet")]
    text = "The minister told the BBC he would resign.\n\nThe BBC understands the cabinet met on Monday."
    assert sources(nlp, text) == []
    text = "Governor announces White House bid | Fox News\n\nA source told Fox News the bid was planned."
    assert sources(nlp, text) == []


def test_two_sources_in_one_sentence_and_one_entry_per_source(nlp):
    text = ("Reporters from Reuters and The New York Times at the rally said the marchers blamed the film. "
            "The New York Times later stood by its account.")
    found = attributions(nlp, text)
    names = [a.reported_by for a in found]
    assert names.count("The New York Times") == 2 and names.count("Reuters") == 1
    assert found[0].text == found[1].text  # same sentence, two sources
    assert [a.id for a in found] == ["s1", "s2", "s3"]


def test_statement_names_who_issued_it(nlp):
    found = attributions(nlp, "Senator Jane Doe said in a statement that the summit should be cancelled.")
    assert len(found) == 1
    assert found[0].reported_by.startswith("statement by") and "Jane Doe" in found[0].reported_by


def test_the_report_refers_back_to_the_report_named_before(nlp):
    text = ("The Atlantic published a report on Monday about the messages. "
            "According to the report, the messages ran for ten months.")
    found = attributions(nlp, text)
    assert len(found) == 2
    assert "Atlantic" in found[1].reported_by


def test_offsets_index_the_text(nlp):
    text = ('"We are ready," the minister said.\n\n'
            "Sputnik News reported the talks lasted three hours. The ministry said in a statement that it was "
            "satisfied.")
    doc = nlp(text)
    for att in extract_attributions(doc, extract_entities(doc), []):
        assert doc.text[att.start:att.end] == att.text
        assert "\n" not in att.text and att.text.strip() == att.text


def test_quotes_linked_and_reported_by_set(nlp):
    text = ("The minister said the alliance would hold, according to a video released by the defence ministry. "
            '"Nobody can divide us," he said.\n\n'
            'The senator told CNN: "The plan is dead." Earlier he had voted for it.')
    doc = nlp(text)
    s1 = text.index("the alliance")
    s2 = text.index("Nobody")
    s3 = text.index("The plan")
    q = [Quote("q1", "the alliance would hold", s1, s1 + 23, "indirect", Speaker("the minister")),
         Quote("q2", "Nobody can divide us,", s2, s2 + 21, "direct", Speaker("the minister")),
         Quote("q3", "The plan is dead.", s3, s3 + 17, "direct", Speaker("the senator"))]
    found = extract_attributions(doc, extract_entities(doc), q)
    assert [a.kind for a in found] == ["video", "outlet"]
    video, cnn = found
    assert video.quotes == ["q1", "q2"]  # "according to" carries the quotes of its paragraph
    assert cnn.quotes == ["q3"]
    assert q[0].reported_by == video.reported_by and q[1].reported_by == video.reported_by
    assert q[2].reported_by == "CNN"


def test_a_quote_already_credited_keeps_the_closer_source(nlp):
    text = 'In a statement to Politico, the senator said: "We will not back down."'
    doc = nlp(text)
    start = text.index("We will")
    q = Quote("q1", "We will not back down.", start, start + 22, "direct", Speaker("the senator"))
    found = extract_attributions(doc, extract_entities(doc), [q])
    assert found and all(a.quotes == ["q1"] for a in found)
    assert q.reported_by is not None and "Politico" in q.reported_by


def _score_module():
    path = SHARED / "eval" / "score.py"
    if not path.is_file():
        pytest.skip("../shared/eval is not present")
    spec = importlib.util.spec_from_file_location("ng_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_dev_sources_f1_floor(nlp, basil_dir):
    """Sources F1 on the 24 BASIL dev articles, scored with the shared scorer."""
    score = _score_module()
    if not DEV_GOLD.is_file():
        pytest.skip("../shared/eval/dev is not present")
    docs = {}
    for path in (basil_dir / "articles").glob("*/*.json"):
        d = json.loads(path.read_text(encoding="utf-8"))
        docs[d["uuid"]] = d
    gold = {}
    for line in DEV_GOLD.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        d = docs[rec["id"]]
        rec["text"] = d["title"] + "\n\n" + "\n\n".join(" ".join(p) for p in d["body-paragraphs"])
        gold[rec["id"]] = rec
    pred = {}
    ids = list(gold)
    for doc_id, doc in zip(ids, nlp.pipe(gold[i]["text"] for i in ids), strict=True):
        atts = extract_attributions(doc, extract_entities(doc), [], outlet=gold[doc_id]["outlet"])
        pred[doc_id] = {"attributions": [a.to_dict() for a in atts]}
    result = score.score_quotes(gold, pred)["sources"]
    assert result["f1"] >= 0.93, result


def test_a_person_who_shares_an_outlet_name_is_not_an_outlet(nlp):
    text = ("Mr. Bloomberg said on Wednesday that he would not run. "
            "Bloomberg has long been a critic of the plan.")
    assert sources(nlp, text) == []


def test_the_post_is_the_outlet_named_before(nlp):
    text = ("The Washington Post first reported the allegations on Thursday.\n\n"
            "The woman told the Post that she had been approached in 1979.")
    assert sources(nlp, text) == [("The Washington Post", "outlet"), ("The Washington Post", "outlet")]


def test_wire_credit_lines_are_not_sources(nlp):
    text = ("The talks ended without a deal.\n\n"
            "Associated Press writers John Smith in Kyiv and Jane Doe in Moscow contributed to this report.")
    assert sources(nlp, text) == []


@pytest.mark.parametrize("text, name", [
    ("Ostmark Today, the state-run daily, reported that the talks had stalled.", "Ostmark Today"),
    ('"We will not yield," the minister told the state broadcaster RTK.', "RTK"),
    ("Exports fell 4% in March, the Coastal Gazette calculated from customs data.", "Coastal Gazette"),
])
def test_outlets_the_lexicon_does_not_know(nlp, text, name):
    found = sources(nlp, text)
    assert len(found) == 1 and name in found[0][0], found


def test_omissions_and_denials(nlp):
    assert [k for _, k in sources(nlp, "The Ostmark readout also made no mention of the exercise.")] == ["statement"]
    assert sources(nlp, "The images do not show who fired first.") == []


def test_agency_named_after_its_noun_and_credited_again(nlp):
    found = sources(nlp, "Estavia's state news agency ESTA quoted Deputy Prime Minister Aron Velic as saying "
                         "the offer was final. \"Norland knows where to find us,\" Velic said, according to ESTA.")
    assert len(found) == 2 and all("ESTA" in name for name, _ in found)


def test_outlet_interview_and_programme_in_quotes(nlp):
    found = [name for name, _ in sources(nlp, "Last week, Mr. Hart argued in a New York Times interview that "
                                              "the decision was his to make. Speaking on ABC's \"This Week,\" Sen. "
                                              "John Marlow said the comments were wrong.")]
    assert any("New York Times" in n for n in found) and any("ABC" in n for n in found)


def test_news_agency_name_after_its_noun_in_an_agent_phrase(nlp):
    found = sources(nlp, "The ministry said in a statement carried by state news agency KCNA that the test "
                         "was a success.")
    assert any("KCNA" in name for name, _ in found)


def test_it_quoted_credits_the_agency_named_before(nlp):
    found = sources(nlp, "The Interfax news agency reported that the plant was shut. It quoted an unnamed "
                         "official as saying the repairs would take weeks.")
    assert [name for name, _ in found] == ["Interfax", "Interfax"]


def test_statement_by_a_described_person_names_the_person(nlp):
    from newsgraph.extract.actors import extract_entities
    from newsgraph.extract.quotes import extract_quotes
    from newsgraph.extract.sources import extract_attributions

    doc = nlp("Rep. Anna Holm held a town hall on Monday. On Wednesday the representative posted a statement in "
              "which she expressed regret.")
    index = extract_entities(doc)
    atts = extract_attributions(doc, index, extract_quotes(doc, index))
    assert [a.reported_by for a in atts] == ["statement by Anna Holm"]


@pytest.mark.parametrize("text, words", [
    ("Remarks by the deputy premier were released by the Office of the Cabinet on Monday.",
     {"Office", "Cabinet"}),
    ("The governor's comments were published late on Friday by the regional administration.",
     {"regional", "administration"}),
    ("The envoy was quoted by the Velta news agency as saying the border would reopen.", {"Velta"}),
])
def test_body_credited_with_releasing_what_was_said(nlp, text, words):
    got = sources(nlp, text)
    assert len(got) == 1 and words <= set(got[0][0].split()), got


def test_statement_carried_by_an_agency_is_the_speakers_and_the_agency_is_credited(nlp):
    got = dict(sources(nlp, "The navy said in a statement carried by the state news agency Orvo that the "
                            "exercise had ended."))
    assert "Orvo" in " ".join(got) and any("navy" in name for name in got), got
    assert all("statement" not in name or "agency" not in name for name in got), got


def test_an_interview_that_did_not_happen_is_no_source(nlp):
    assert sources(nlp, "The aide, who was not authorised to speak to the media, said the plan had been "
                        "shelved.") == []


@pytest.mark.parametrize("text, words", [
    ("Senator Hal Breck wrote in an op-ed that the treaty was dead.", {"op-ed"}),
    ("Ulla Fenn sent an e-mail to party members on Friday saying the vote would go ahead.", {"e-mail"}),
])
def test_hyphenated_documents(nlp, text, words):
    got = sources(nlp, text)
    assert len(got) == 1 and words <= set(got[0][0].split()), got


def test_one_agency_named_twice_in_a_sentence_is_one_source(nlp):
    got = sources(nlp, "According to the state-run Orvo news agency, the premier ordered faster repairs.")
    assert len(got) == 1 and "Orvo" in got[0][0], got


def test_wire_agency_as_addressee(nlp):
    assert sources(nlp, "A witness told Ruptly that the convoy had been hit.") == [("Ruptly", "agency")]


@pytest.mark.parametrize("text, expected", [
    ("A Reuters photographer at the scene reported seeing smoke over the port.", "Reuters"),
    ("A series of emails the aide handed to the committee showed that the deal was agreed in May.", "emails"),
])
def test_witnessing_journalists_and_collections_of_documents(nlp, text, expected):
    assert sources(nlp, text)[0][0].endswith(expected)


@pytest.mark.parametrize("text", [
    "The rebels released two videos of the hostages on Monday.",
    "The party posted a video on social media containing a misleading edit.",
])
def test_a_video_that_is_the_news_is_no_source(nlp, text):
    assert sources(nlp, text) == []


def test_citing_a_body_credits_it_but_not_people(nlp):
    assert sources(nlp, "Citing the health ministry, the agency said 30 people had died.") == [
        ("health ministry", "ministry")]
    assert sources(nlp, "The committee said, citing unnamed officials, that the talks had failed.") == []


def test_state_media_keep_their_nationality(nlp):
    assert sources(nlp, "Velmarkian state media reported that the tanker had been seized.")[0][0].endswith(
        "state media")


def test_outlets_that_cover_a_story_are_not_its_source(nlp):
    assert sources(nlp, "Both the Daily Mirror and The Guardian featured the row on their front pages.") == []


def test_what_the_outlet_saw_marks_it_as_the_articles_own(nlp):
    text = ("Mr Hale told the BBC's Today programme that the rise would stay. In a letter to the prime minister, seen "
            "by the BBC, 40 MPs wrote that the rise would be toxic.")
    assert [name for name, _ in sources(nlp, text)] == ["letter by 40 MPs"]


@pytest.mark.parametrize("text, expected", [
    ("In an interview broadcast on Velta TV on Sunday, Sarn said he would not resign.", "Velta TV"),
    ("Reports in the Velmarkian media said the talks had collapsed.", "Velmarkian media"),
])
def test_the_outlet_that_carried_an_interview_or_report(nlp, text, expected):
    got = sources(nlp, text)
    assert len(got) == 1 and expected in got[0][0], got


def test_a_countrys_state_broadcaster_is_named_with_its_noun(nlp):
    got = sources(nlp, "Velmark's state broadcaster reported that the president had arrived in Orvo.")
    assert len(got) == 1 and got[0][0].endswith("state broadcaster"), got


@pytest.mark.parametrize("text, name", [
    ("Press TV reported that the tanker had been released.", "Press TV"),
    ("A witness told Channel NewsAsia that the ferry had sunk.", "Channel NewsAsia"),
])
def test_outlets_of_world_news(nlp, text, name):
    assert [n for n, _ in sources(nlp, text)] == [name]


def test_official_results_are_a_source(nlp):
    assert sources(nlp, "The party won 12 percent of the vote, according to official results.") == [
        ("official results", "analysis")]


def test_the_outlets_own_correspondent_marks_it_as_the_articles_own(nlp):
    text = "Mr Hale told the BBC that the rise would stay.\n\nAnalysis: Ruth Gale, BBC political correspondent"
    assert sources(nlp, text) == []
    assert sources(nlp, "Mr Hale told the BBC that the rise would stay.") == [("BBC", "outlet")]
