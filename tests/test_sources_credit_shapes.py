"""Credit shapes of agency copy and news pages: an interview given to the agency of the dateline on another
outlet's site, a syndicator's credit line opening the page, "the daily" the tagger reads as an adjective, a body
that "reported" after the clause it reports, '"...," read the statement', "The following is a report by X:" and
an outlet's own voice ('the Gazette laments that ...'). Fictional names, places and sites; agencies are real
names in sentences of our own."""
from __future__ import annotations

import pytest

from source_helpers import sources

OTHER = "https://www.norland-herald.example/world/talks-1234"


def names(nlp, text, url=OTHER):
    return [name for name, _ in sources(nlp, text, url=url, quotes=True)]


def test_told_the_dateline_agency_on_another_site_is_credited(nlp):
    text = ("PORT ARDEN, Norland (AP) \u2014 The Latest on the outbreak.\n"
            "Dr. Jon Vell tells The Associated Press he believes the authorities have contained the virus.")
    found = names(nlp, text)
    assert "AP" in found and any("Associated Press" in n for n in found)


def test_told_the_dateline_agency_on_its_own_site_is_its_own_reporting(nlp):
    text = ("PORT ARDEN, Norland (AP) \u2014 The Latest on the outbreak.\n"
            "Dr. Jon Vell tells The Associated Press he believes the authorities have contained the virus.")
    assert not any("Associated Press" in n for n in names(nlp, text, url="https://apnews.com/article/x"))


@pytest.mark.parametrize("text, agency", [
    ("(MENAFN- Kuwait News Agency (KUNA)) KELSBURY, Feb 29 (KUNA) -- The Tarvian minister discussed "
     "regional issues with his Norland counterpart over the phone on Thursday.", "Kuwait News Agency"),
    ("MENAFN - Ukrinform) In a phone call with the Tarvian prime minister, President Olek Varn discussed "
     "continued support for Norland.", "Ukrinform"),
])
def test_a_syndicators_credit_line_credits_the_agency(nlp, text, agency):
    assert any(agency in n for n in names(nlp, text, url="https://menafn.example/1234/talks"))  # ('Kuwait News
    # Agency (KUNA)': with the code written after it)


def test_the_daily_read_as_an_adjective_is_the_paper_named_before(nlp):
    text = ("The new minister admitted he was no expert on the islands, the Kelsbury Shimbun daily reported.\n\n"
            '"I will have to learn more about it," the daily quoted Vell as saying.')
    found = sources(nlp, text, url=OTHER, quotes=True)
    assert len(found) == 2 and all("Kelsbury Shimbun" in n for n, _ in found)


def test_a_body_that_reported_after_its_clause_is_credited(nlp):
    text = ("KELSBURY, August 7. /TASS/. The Tarvian-Norland consultations on the joint economic activity on the "
            "southern Vell Islands will be held in Kelsbury on August 17, the Tarvian Foreign Ministry reported "
            "following Monday\u2019s talks between the two countries\u2019 Foreign Ministers Olek Varn and Piet Lind "
            "on the sidelines of regional events in Port Arden.\n\n"
            '"The two sides agreed to hold another round of consultations," the ministry said.')
    assert "Tarvian Foreign Ministry" in names(nlp, text)


def test_read_the_statement_after_the_quotation_credits_the_statement(nlp):
    text = '"The ministry is staffed with idlers," read the statement by the Tarvian border agency.'
    assert any(n.startswith("statement") for n in names(nlp, text))


def test_a_report_introduced_with_its_author_is_credited(nlp):
    text = "The following is a report by AFP:\n\nKELSBURY (AFP) \u2014 Observers said on Thursday the vote was fair."
    assert len([n for n in names(nlp, text) if "AFP" in n]) == 2  # the report and the dateline


def test_a_statement_introduced_with_its_author_is_credited(nlp):
    text = "Here is the statement by the Tarvian ministry:\n\nWe will not yield to pressure."
    assert any(n.startswith("statement") for n in names(nlp, text))


def test_no_credit_for_a_text_introduced_without_author(nlp):
    assert names(nlp, "Here is the statement:\n\nWe will not yield to pressure.") == []


def test_an_outlet_lamenting_in_its_own_voice_is_credited(nlp):
    text = 'After a week of doubts, the Economist laments that "the middle has fallen out of Norland politics".'
    assert "The Economist" in names(nlp, text)
