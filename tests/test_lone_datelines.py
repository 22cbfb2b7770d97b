"""A dateline the page sets as a line of its own, over the story ('Kelsbury (AFP)', 'Port Arden (WAM)'), as a
reprinting site often does: datelines.py finds it on the page's first line or the one under its title, and on
another outlet's page the agency is credited (source_wire.wire_credits); on the agency's own site it is the page's
own outlet. A syndicator's credit of an agency the data files know ('(MENAFN- Nam News Network) KELSBURY, ...') is
credited the same way. Invented places, people and sentences; the agencies are real names."""
from __future__ import annotations

import pytest

from newsgraph.extract.datelines import datelines
from source_helpers import sources

OTHER = "https://www.mareliaherald.example/news/port-plan-1234"
BODY = "Norland's trade minister Arvo Kesten said on Monday the new port would open next year."


def agencies(nlp, text, url=OTHER, outlet=None):
    return [name for name, kind in sources(nlp, text, outlet=outlet, url=url, quotes=True) if kind == "agency"]


@pytest.mark.parametrize("text, agency", [
    (f"Kelsbury (AFP)\n\n{BODY}", "AFP"),
    (f"Port Arden (WAM)\n\n{BODY}", "WAM"),
    (f"Port plan approved\n\nKelsbury (AFP)\n\n{BODY}", "AFP"),  # under the title
])
def test_a_lone_dateline_line_is_found(nlp, text, agency):
    found = datelines(nlp(text))
    assert [d.agency for d in found] == [agency]


@pytest.mark.parametrize("text", [
    f"Anna Lind (AFP)\n\n{BODY}",  # a person and the agency: a picture's credit, no dateline
    f"Port plan approved\n\n{BODY}\n\nKelsbury (AFP)\n\nMore talks are due in May.",  # not at the top of the page
    f"Kelsbury (Labour)\n\n{BODY}",  # no agency in the brackets
])
def test_other_lines_are_no_dateline(nlp, text):
    assert datelines(nlp(text)) == ()


def test_a_lone_dateline_credits_the_agency_on_another_site(nlp):
    assert agencies(nlp, f"Kelsbury (AFP)\n\n{BODY}", outlet="Marelia Herald (AFP)") == ["AFP"]


def test_a_lone_dateline_on_the_agency_site_credits_nothing(nlp):
    assert agencies(nlp, f"Kelsbury (AFP)\n\n{BODY}", url="https://www.afp.com/en/news/port-plan-1234",
                    outlet="AFP") == []


def test_a_syndicator_credit_of_a_known_agency(nlp):
    text = f"(MENAFN- Nam News Network) KELSBURY, Oct 30 (NNN-VNA) \u2013 {BODY}"
    assert agencies(nlp, text, url="https://menafn.com/1234/port-plan", outlet="MENAFN (NNN-VNA)") == [
        "Nam News Network"]
