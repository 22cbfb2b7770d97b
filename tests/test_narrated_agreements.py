"""Two parties agreeing, as the reporter tells it in news copy ('at the summit the pair of premiers agreed to ...'), is
an account of what they did, no statement: the read sets' gold leaves it out 4 of 4 times on agency, BBC and BASIL
pages (4 pages). On a readout page the agreement is what the readout reports and stays; so does an agreement
someone reports ('Both sides agreed to ..., the ministry said'). All names and places are fictional."""
from __future__ import annotations

import pytest

from quote_helpers import indirect_runner


@pytest.fixture(scope="module")
def run(nlp):
    return indirect_runner(nlp)


def _texts(run, text):
    return [q.text for q in run(text)]


@pytest.mark.parametrize("text, deed", [
    ("Premier Osk Vell visited Tarnow on Thursday. At a lakeside lunch the two premiers agreed to restart yearly summits, "
     "which had lapsed a decade ago.", "to restart yearly summits"),
    ("The two delegations agreed to focus on grain, fuel and shipping. A union leader said the plan would not help "
     "farmers in the north.", "to focus on grain"),
    ("The mayor and his deputy agreed to attend the opening early on.", "to attend the opening early on"),
])
def test_a_narrated_agreement_in_news_copy_is_no_statement(run, text, deed):
    assert not any(t.startswith(deed) for t in _texts(run, text)), _texts(run, text)


def test_an_agreement_on_a_readout_page_stays(run):
    text = ("Foreign Minister Lia Sand held talks with her Ostrian counterpart Pavo Keel in Arlen on Monday. The two "
            "ministers discussed trade and energy and reaffirmed their commitment to the border accord. The two "
            "ministers agreed to meet again in the spring.")
    assert any(t.startswith("to meet again in the spring") for t in _texts(run, text)), _texts(run, text)


def test_a_reported_agreement_stays(run):
    text = "Both sides agreed to keep the crossing open, an Orvik government spokeswoman told reporters on Monday."
    assert any(t.startswith("to keep the crossing open") for t in _texts(run, text)), _texts(run, text)
