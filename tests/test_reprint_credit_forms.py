"""Agency credits of reprinted copy in the shapes reposting sites print them: a dateline whose place has its state in
round brackets before the country in square ones, a syndicator's credit on the line under the title, a reposting
site's bracketed credit opening the page before the dateline, '(source: X)' in lower case, '- (X)' closing the last
paragraph, a known agency run into the page's last line after its stop, and a correspondent's initials over the
story with an agency code ('H. J. K. / AA'). Fictional names, places and sites; agencies are real names in
sentences of our own."""
from __future__ import annotations

import pytest

from source_helpers import sources

OTHER = "https://www.norland-herald.example/world/talks-1234"


def names(nlp, text, url=OTHER):
    return [name for name, _ in sources(nlp, text, url=url, quotes=True)]


def test_a_state_in_round_brackets_before_the_country_keeps_the_dateline(nlp):
    text = ("Kelpur (Varna) [Norland], March 4 (ANI): Roads in the hill districts will be rebuilt before the rains, "
            "Transport Minister Jorin Tesk said on Sunday.\n\nWork on the first stretch starts next month.")
    assert names(nlp, text) == ["ANI"]


def test_a_syndicators_credit_under_the_title_credits_the_agency_once_with_its_code(nlp):
    text = ("Port Fee Talks To Resume In June\n\n"
            "(MENAFN- Kuwait News Agency (KUNA)) KELSBURY, April 3 (KUNA) -- The Tarvian trade minister on Friday "
            "agreed to resume talks on port fees with his Norland counterpart.\n\nThe next round opens in June.")
    found = names(nlp, text, url="https://menafn.example/1234/port-talks")
    assert found == ["Kuwait News Agency (KUNA)"]


def test_a_reposting_sites_bracketed_credit_opening_the_page_keeps_the_dateline(nlp):
    text = ("(Norland Point / Ostel News / WAM - 29th Apr, 2023) KELSBURY, 29th April 2023 (WAM) \u2013 The "
            "committee preparing the summit reviewed its plans on Saturday.\n\nThe summit opens in November.")
    found = names(nlp, text, url="https://www.norlandpoint.example/en/summit-plans-123.html")
    assert "WAM" in found and "Norland Point" not in found


@pytest.mark.parametrize("closing", ["\n\n(source: Reuters)", " - (AFP)", " Jiji Press"])
def test_a_closing_credit_of_the_last_paragraph_credits_the_agency(nlp, closing):
    text = ("Tarvia's opposition said on Sunday it would not accept the count.\n\n"
            "Its leader called for calm and said the party would take its case to the courts." + closing)
    agency = closing.strip(" \n-()").removeprefix("source: ")
    assert names(nlp, text) == [agency]


def test_an_agency_run_into_a_paragraph_that_is_not_the_last_is_no_credit(nlp):
    text = ("Tarvia's opposition said on Sunday it would not accept the count. Reuters\n\n"
            "Its leader called for calm and said the party would take its case to the courts.")
    assert "Reuters" not in names(nlp, text)


def test_a_correspondents_initials_over_the_story_credit_the_agency_code(nlp):
    text = ("Ministers agree to raise the border dispute at the regional forum\n\n"
            "Talks in Kelsbury ended with a joint plan, according to officials\n\n"
            "H. J. K. / AA\n\n"
            "The foreign ministers of Tarvia and Norland agreed on Wednesday to raise the border dispute at the "
            "regional forum.")
    assert names(nlp, text, url="http://beta.avaz.example/english/world/5678/border") == ["AA"]
