"""Wire credits (extract/source_wire.py): the agency a story is credited to in its dateline, byline or credit
line is a source on another outlet's page and the page's own outlet on the agency's own site; the URL tells
which. Datelines in the wire forms of several agencies (extract/datelines.py). Fictional names, places and
sites throughout; the agencies are real names used in sentences of our own."""
from __future__ import annotations

import pytest

import source_helpers
from newsgraph.extract.datelines import datelines
from newsgraph.extract.source_wire import agency_site
from newsgraph.ingest.boilerplate import classify_line

OTHER = "https://www.norland-herald.example/world/talks-resume-1234"


def credited(nlp, text, url=OTHER, outlet=None):
    return [name for name, kind in source_helpers.sources(nlp, text, outlet=outlet, url=url, quotes=True)
            if kind == "agency"]


@pytest.mark.parametrize("text, agency", [
    ("PORT ARDEN (AP) — Norland's foreign minister said on Friday that the border would reopen.", "AP"),
    ("KELSBURY, May 7 (APP): The prime minister said on Tuesday that the visit had gone well.", "APP"),
    ("KELSBURY, (Reuters) - Norland on Wednesday opened new talks between its two neighbours.", "Reuters"),
    ("Kelsbury [Norland], May 3 (ANI): The minister met his counterpart on Sunday.", "ANI"),
    ("KELSBURY, June 2. /TASS/. The Norland foreign minister said the talks had been useful.", "TASS"),
    ("Talks resume in Kelsbury\n\nPTI | Kelsbury | Updated: 29-03-2022 18:49 IST\n"
     "The minister said the talks had made progress.", "PTI"),
    ("The minister said the talks had made progress.\n\nSource: Yonhap News Agency", "Yonhap News Agency"),
    ("The minister said the talks had made progress on the corridors.(AP) RUP", "AP"),
    ("The minister said the talks had made progress.\n\nAFP", "AFP"),
    ("Talks resume\n\n(Xinhua)    10:50, March 06, 2020\n\nThe minister said the talks had made progress.", "Xinhua"),
    ("The minister said the talks had made progress. (With inputs from PTI)", "PTI"),
    ("Talks resume in Kelsbury\n\nFrom Reuters\n\nThe minister said the talks had made progress.", "Reuters"),
    ("Talks resume in Kelsbury\n\n\u2022 Reuters\n\nThe minister said the talks had made progress.", "Reuters"),
    ("Norland News Agency, Norland\nJune 26 2009\nThe minister said the talks had made progress.",
     "Norland News Agency"),
    ("Talks resume in Kelsbury\nXinhua, November 24, 2016 Adjust font size:\nThe minister said the talks had made "
     "progress.", "Xinhua"),
])
def test_agency_credit_on_another_outlets_page(nlp, text, agency):
    assert credited(nlp, text) == [agency]


@pytest.mark.parametrize("text, url", [
    ("KELSBURY, May 3 (Xinhua) -- The minister said the talks had made progress.",
     "http://www.xinhuanet.com/english/2020-05/03/c_1.htm"),
    ("KELSBURY, May 3 (Xinhua) -- The minister said the talks had made progress.", "https://english.news.cn/x.htm"),
    ("KELSBURY, March 13 (Yonhap) -- The minister said the talks had made progress.",
     "https://m-en.yna.co.kr/view/AEN1"),
    ("KELSBURY (Reuters) - The minister said the talks had made progress.", "https://www.reuters.com/world/x"),
    ("KELSBURY, Aug. 7 (MNA) – The minister said the talks had made progress.", "https://en.mehrnews.com/news/1"),
    ("KELSBURY (AA) - The minister said the talks had made progress.", "https://www.aa.com.tr/en/world/1"),
    ("KELSBURY, June 2. /TASS/. The minister said the talks had made progress.", "https://tass.com/world/1"),
    ("Kelsbury (VNA) – The minister said the talks had made progress.", "https://en.vietnamplus.vn/x"),
])
def test_agency_credit_on_its_own_site_is_no_source(nlp, text, url):
    assert credited(nlp, text, url=url) == []


def test_no_page_known_no_wire_credit(nlp):
    """With no URL and no outlet nothing tells the agency's own copy from another outlet's page."""
    assert credited(nlp, "PORT ARDEN (AP) — The minister said the border would reopen.", url=None) == []


def test_outlet_given_instead_of_url(nlp):
    text = "PORT ARDEN (AP) — The minister said the border would reopen."
    assert credited(nlp, text, url=None, outlet="Associated Press") == []
    assert credited(nlp, text, url=None, outlet="The Norland Herald") == ["AP"]


@pytest.mark.parametrize("text", [
    "The minister said the talks had made progress.\n\nSource: Twitter",
    "The minister said the talks had made progress.\n\nHome | World | Politics | Business",
    "The minister said the talks had made progress (AP).",
    "The minister met the delegation from the European Union (EU). Talks resume next week.",
    "Talks resume\n\nFrom Our Correspondent\n\nThe minister said the talks had made progress.",
    "Talks resume\n\n\u2022 Election news alerts\n\nThe minister said the talks had made progress.",
    "Talks resume\n\nKelsbury, Norland\n\nThe minister said the talks had made progress.",
])
def test_no_agency_credit(nlp, text):
    assert credited(nlp, text) == []


def test_agency_site_by_host():
    assert agency_site("Xinhua", "http://www.xinhuanet.com/english/x.htm")
    assert agency_site("TASS", "https://tass.com/world/1")
    assert agency_site("MNA", "https://en.mehrnews.com/news/1")
    assert agency_site("Panafrican News Agency", "https://www.panapress.com/x-lang2-free_news.html")
    assert agency_site("CNW", "https://www.newswire.ca/news-releases/x-1.html")
    assert not agency_site("AP", "https://www.norland-herald.example/x")
    assert not agency_site("Xinhua", "http://en.people.example/x.html")


def test_agency_credit_line_is_no_navigation():
    assert classify_line("PTI | Kelsbury | Updated: 29-03-2022 18:49 IST") is None
    assert classify_line("Home | World | Politics | Business") == "nav"


@pytest.mark.parametrize("text, found, agency", [
    ("KELSBURY, (Reuters) - Norland opened talks.", "KELSBURY, (Reuters) - ", "Reuters"),
    ("Kelsbury [Norland]May 3 (ANI): The minister met his counterpart.", "Kelsbury [Norland]May 3 (ANI): ", "ANI"),
    ("Kelsbury [Norland], May 3 (ANI): The minister met his counterpart.", "Kelsbury [Norland], May 3 (ANI): ",
     "ANI"),
    ("KELSBURY, June 2. /TASS/. The minister said the talks were useful.", "KELSBURY, June 2. /TASS/. ", "TASS"),
])
def test_wire_dateline_forms(nlp, text, found, agency):
    doc = nlp(text)
    got = datelines(doc)
    assert [(doc.text[d.start:d.end], d.agency) for d in got] == [(found, agency)]


@pytest.mark.parametrize("text", [
    "KELSBURY, June 2. /TASS/. The minister said the talks were useful.",
    "KELSBURY, (Reuters) - The minister said the talks were useful.",
])
def test_wire_dateline_is_no_speaker(nlp, text):
    from newsgraph.analyze import analyze

    quotes = analyze(text).quotes
    assert quotes and all(q.speaker is None or "KELSBURY" not in (q.speaker.name or "") for q in quotes)
    assert all("KELSBURY" not in q.text and "TASS" not in q.text for q in quotes)


@pytest.mark.parametrize("line", [
    "\u00a9 AFP 2021 / JANE ROEThe sun rises over the Kelsbury waterfront",
    "\u00a9 Sputnik / Jane Roe",
    "TASS / Jane Roe",
])
def test_agency_photo_credit_is_a_caption(line):
    """A photo credit ('(c) AFP 2021 / NAME') credits a picture, not the story: the cleaner drops the line."""
    assert classify_line(line) == "caption"


def test_dateline_after_a_page_date_stamp(nlp):
    """A page's date stamp run into the first line ('date 2017-07-19 KELSBURY (AP) — ...') is part of the dateline."""
    text = "date 2017-07-19 KELSBURY (AP) — The leader of the alliance said it backs sanctions."
    doc = nlp(text)
    assert [(doc.text[d.start:d.end], d.agency) for d in datelines(doc)] == [
        ("date 2017-07-19 KELSBURY (AP) — ", "AP")]
    assert credited(nlp, text) == ["AP"]


def test_place_in_brackets_is_no_agency(nlp):
    assert credited(nlp, "PORT ARDEN (Norland): The minister said the summit had been useful.") == []


@pytest.mark.parametrize("text, agencies", [
    ("Kelsbury, Jan 5 (IANS) The minister said on Tuesday that the talks would resume.", ["IANS"]),
    ("KELSBURY (IANS) The minister said on Tuesday that the talks would resume.", ["IANS"]),
    ("Kelsbury [Norland], May 3 (ANI/WAM): The minister said the talks would resume.", ["ANI", "WAM"]),
    ("KELSBURY (Norland Point News / Sputnik - 10th September, 2020) The minister said the talks would resume.",
     ["Sputnik"]),
    ("March 7 (UPI) \u2014 The minister said on Tuesday that the talks would resume.", ["UPI"]),
    ("KELSBURY, April 12 - RIA Novosti. The minister said on Tuesday that the talks would resume.", ["RIA Novosti"]),
    ("KELSBURY, May 11, 2020 /PRNewswire/ -- The minister said the talks would resume.", ["PRNewswire"]),
    ("The minister said the talks would resume.\n\n\"We are ready,\" he said.\n\n--IANS\n\nabc/xyz", ["IANS"]),
    ("The minister said the talks would resume.\n\n\u2013 AFP", ["AFP"]),
    ("The minister said the talks would resume.\n\n- Reuters", ["Reuters"]),
    ("The minister said the talks would resume.\n\n\u2014AP", ["AP"]),
    ("The minister said the talks would resume. (ANI/WAM)", ["ANI", "WAM"]),
    ("Talks resume\n\nBy AFP\n\nThe minister said the talks would resume.", ["AFP"]),
    ("Talks resume\nBy ASSOCIATED PRESS Published: May 3, 2016\nThe minister said the talks would resume.",
     ["ASSOCIATED PRESS"]),
])
def test_more_wire_credit_forms(nlp, text, agencies):
    assert credited(nlp, text) == agencies


def test_repeated_wire_credit_one_entry_each_time(nlp):
    text = ("KELSBURY, Jan 5 (IANS) The minister said on Tuesday that the talks would resume.\n\n"
            "\"We are ready,\" he told reporters.\n\n--IANS")
    assert credited(nlp, text) == ["IANS", "IANS"]
    text = ("Kelsbury [Norland], May 3 (ANI/WAM): The minister said the talks would resume.\n\n"
            "\"We are ready,\" he told reporters. (ANI/WAM)")
    assert credited(nlp, text) == ["ANI", "WAM", "ANI", "WAM"]


@pytest.mark.parametrize("text", [
    "Jane Roe (AFP) The minister said the talks would resume.",
    "KELSBURY (Norland) The minister said the talks would resume.",
    "KELSBURY, May 3 (AFP/Getty) The minister said the talks would resume.",
    "KELSBURY, April 12 - Jane Roe. The minister said the talks would resume.",
    "The minister said the talks would resume.\n\nAFP/Getty Images",
    "The minister said the talks would resume.\n\n- AP Photo",
    "The minister said the talks would resume.\n\n\u2014 Jane Roe",
    "The minister said the talks would resume (AFP/Reuters).",
])
def test_no_wire_credit_in_these(nlp, text):
    assert credited(nlp, text) == []


def test_new_wire_forms_on_the_agencys_own_site(nlp):
    text = "KELSBURY, Jan 5 (ANI/WAM) The minister said the talks would resume.\n\n\u2013 ANI"
    assert credited(nlp, text, url="https://www.aninews.in/news/x") == ["WAM"]


@pytest.mark.parametrize("text, found", [
    ("Kelsbury, Jan 5 (IANS) The minister met his counterpart.", "Kelsbury, Jan 5 (IANS) "),
    ("March 7 (UPI) \u2014 The minister met his counterpart.", "March 7 (UPI) \u2014 "),
    ("KELSBURY, April 12 - RIA Novosti. The minister met his counterpart.", "KELSBURY, April 12 - RIA Novosti. "),
    ("KELSBURY, Oct. 8 (Xinhua) -- The minister met his counterpart.", "KELSBURY, Oct. 8 (Xinhua) -- "),
])
def test_more_wire_dateline_forms(nlp, text, found):
    doc = nlp(text)
    assert [doc.text[d.start:d.end] for d in datelines(doc)] == [found]


@pytest.mark.parametrize("text", [
    "Ottawa, Ont. The minister met his counterpart.",
    "Jane Roe (Labour) The minister met his counterpart.",
])
def test_no_dateline_without_dash_or_wire_agency(nlp, text):
    assert datelines(nlp(text)) == ()


def test_agency_credit_in_a_meta_line_is_kept():
    assert classify_line("12 Mar, 2022  |  Source:Xinhua  |  Hits:418") is None
    assert classify_line("12 Mar, 2022  |  Source: Kelsbury Photos  |  Hits:418") == "nav"  # no agency


def test_agency_credit_in_a_page_date_line(nlp):
    from newsgraph.analyze import analyze
    raw = ("Leaders Hold Talks on Trade\n12 Mar, 2022  |  Source:Xinhua  |  Hits:418\n\n"
           "The two leaders agreed on Friday to widen trade between Norland and Tarvia.")
    result = analyze(raw, url=OTHER)
    assert result.published == "2022-03-12"
    assert [a.reported_by for a in result.attributions] == ["Xinhua"]
    plain = analyze(raw.replace("Source:Xinhua", "Views"), url=OTHER)
    assert plain.attributions == [] and "Views" not in plain.text


@pytest.mark.parametrize("text, agency", [
    ("KELSBURY, May 3 (Norpress) -- The minister met his counterpart on Monday.", "Norpress"),
    ("Kelsbury, May 3 (Norpress) - The minister met his counterpart on Monday.", "Norpress"),
    ("Kelsbury, 3 May 2021 (Norpress) - The minister met his counterpart on Monday.", "Norpress"),
    ("KELSBURY, Tarvia (Norpress) -- The minister met his counterpart on Monday.", "Norpress"),
    ("KELSBURY, May 3 (Norland News Agency) -- The minister met his counterpart on Monday.", "Norland News Agency"),
])
def test_agency_no_data_file_knows_in_a_firm_dateline(nlp, text, agency):
    """A capitalised place or a filing date before the brackets makes a dateline: the bracketed name is its
    agency (a dated form '3 May 2021' too)."""
    assert agency in [a for a, _ in source_helpers.sources(nlp, text, url=OTHER)]


@pytest.mark.parametrize("text, url", [
    ("PORT ARDEN (Norland): The minister met his counterpart on Monday.", OTHER),  # a country
    ("Jane Roe (Labour) - The minister met his counterpart on Monday.", OTHER),  # a name and a party
    ("KELSBURY (Norland Post News / Tarpress - 3rd May, 2021) The minister met his counterpart on Monday.",
     "https://www.norlandpost.example/world/x"),  # the page's own site beside the agency
])
def test_bracketed_name_that_is_no_agency(nlp, text, url):
    got = [a for a, _ in source_helpers.sources(nlp, text, url=url)]
    assert not any(a.startswith("Norland") for a in got)

def test_agency_byline_cut_by_the_cleaner_is_credited_on_another_page(nlp):
    """'By Norpress' the cleaner kept as the author: on another outlet's page the agency is credited with the
    story; on its own site (or with no page known) it is the own outlet."""
    from newsgraph.extract.actors import extract_entities
    from newsgraph.extract.sources import extract_attributions

    doc = nlp("Talks resume\n\nKELSBURY, May 3 -- The minister met his counterpart on Monday.")
    index = extract_entities(doc)
    got = [a.reported_by for a in extract_attributions(doc, index, [], url=OTHER, author="Reuters")]
    assert got == ["Reuters"]
    assert extract_attributions(doc, index, [], url="https://www.reuters.com/world/x", author="Reuters") == []
    assert extract_attributions(doc, index, [], author="Reuters") == []
    assert extract_attributions(doc, index, [], url=OTHER, author="Jane Roe") == []
