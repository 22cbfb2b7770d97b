"""Agency forms (session 21, agency2): 'X quoted Y as saying <clause>' with no 'that' where the parser hung the
clause's verb on 'quoted' (reported_extents.quoted_as_split), and a title 'General Secretary in charge of
Communications X' (portfolio_names: 'in charge of' opens a portfolio). Fictional names and places throughout."""
from __future__ import annotations

import pytest

from newsgraph.analyze import analyze_many

DATELINE = "KELSBURY (Reuters) - Officials met on Monday.\n\n"

QUOTED = [
    ("Norland's state news agency NNA quoted Interior Minister Petr Holub as saying customs checks would be light.",
     "Petr Holub", "customs checks would be light"),
    ("The Vardan News Agency quoted Finance Minister Ilse Moren as saying fuel prices would stay frozen until March.",
     "Ilse Moren", "fuel prices would stay frozen until March"),
]

NEAR = [
    "Kyodo quoted officials at length in its report.",
    "The agency quoted the minister, and prices rose sharply on Monday.",
]


@pytest.fixture(scope="module")
def analysed(nlp):
    docs = [{"id": f"q{n}", "text": "Talks latest\n\n" + DATELINE + s} for n, (s, _, _) in enumerate(QUOTED)]
    docs += [{"id": f"n{n}", "text": "Talks latest\n\n" + DATELINE + s} for n, s in enumerate(NEAR)]
    docs.append({"id": "c0", "text": "Party latest\n\nNew Kelsbury [Vardan], January 27 (ANI): Officials met on "
                 "Monday.\n\nThe Vardan Congress General Secretary in charge of Media Sara Lind alleged that "
                 "officials had been bribed. Lind said a complaint had been filed."})
    return {r.to_dict()["id"]: r.to_dict() for r in analyze_many(docs)}


@pytest.mark.parametrize("n", range(len(QUOTED)))
def test_quoted_as_saying_without_that(analysed, n):
    _, speaker, said = QUOTED[n]
    quotes = analysed[f"q{n}"]["quotes"]
    assert any(q["text"] == said and q["speaker"] and q["speaker"]["name"] == speaker for q in quotes), quotes


@pytest.mark.parametrize("n", range(len(NEAR)))
def test_quoted_without_a_clause_says_nothing(analysed, n):
    assert analysed[f"n{n}"]["quotes"] == []


def test_title_in_charge_of_a_portfolio(analysed):
    quotes = analysed["c0"]["quotes"]
    assert quotes and all(q["speaker"] and q["speaker"]["name"] == "Sara Lind" for q in quotes), quotes


HEADS = [
    ("Fuel prices to stay frozen, Treasury says", "Treasury", "Fuel prices to stay frozen"),
    ("Grain corridor to stay open, Kestria says", "Kestria", "Grain corridor to stay open"),
    ("Talks with Kelsbury possible, Faisal says", "Omar Faisal", "Talks with Kelsbury possible"),
]
HEAD_BODY = "\n\nKELSBURY (Reuters) - President Omar Faisal met union leaders on Monday. The talks lasted three hours."


@pytest.fixture(scope="module")
def headed(nlp):
    docs = [{"id": f"h{n}", "text": h + HEAD_BODY} for n, (h, _, _) in enumerate(HEADS)]
    docs.append({"id": "near", "text": "Floods: 12 dead" + HEAD_BODY})
    return {r.to_dict()["id"]: r.to_dict() for r in analyze_many(docs)}


@pytest.mark.parametrize("n", range(len(HEADS)))
def test_verbless_headline_claim_credited_after_comma(headed, n):
    _, speaker, said = HEADS[n]
    quotes = headed[f"h{n}"]["quotes"]
    assert any(q["text"] == said and q["speaker"] and q["speaker"]["name"] == speaker for q in quotes), quotes


def test_headline_label_states_nothing(headed):
    assert headed["near"]["quotes"] == []
