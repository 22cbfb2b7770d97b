"""Names after an office and its portfolio, as agency copy writes them (extract/portfolio_names.py): 'Minister for
Food Security X said' names X, a minister, so a later 'the minister' or 'she' is X; a piece of the portfolio the
tagger took for a person ('Cultural Heritage') speaks for no one. Fictional names and places throughout."""
from __future__ import annotations

import pytest

from newsgraph.analyze import analyze_many

FOLLOW = ("\n\nTalking to reporters, the minister said the decision had been taken after consultations.\n\n"
          "{p} said the opposition should back the measure.")

LEADS = [
    ("Federal Minister for Food Security Kamran Butt on Monday said hoarders would be punished.", "Kamran Butt", "He"),
    ("Minister for Culture, Tourism, National Sports and Cultural Heritage, Ms Saima Rauf on Tuesday said "
     "the new museum would open in spring.", "Saima Rauf", "She"),
    ("Minister for Planning, Development and Special Initiatives Tariq Saleem Chaudhry said the dam would be "
     "finished next year.", "Tariq Saleem Chaudhry", "He"),
    ("Union Minister for Road Transport and Highways Vikram Deshpande on Sunday said the expressway would open in "
     "March.", "Vikram Deshpande", "He"),
    ("Minister for Climate Change Rubina Malik said the coastal districts faced the worst floods in years.",
     "Rubina Malik", "She"),
    ("Minister for Finance and Revenue Nasir Mahmood Lodhi said the deficit had narrowed.", "Nasir Mahmood Lodhi",
     "He"),
    ("Minister for Energy Omar Khalid Durrani said power tariffs would be cut.", "Omar Khalid Durrani", "He"),
    ("Minister of State for Parliamentary Affairs Ali Khurram Sial said the bill would be tabled next week.",
     "Ali Khurram Sial", "He"),
]


@pytest.fixture(scope="module")
def analysed(nlp):
    docs = [{"id": str(n), "text": "KARSHAN, May 4 (KNA): " + lead + FOLLOW.format(p=p)}
            for n, (lead, _name, p) in enumerate(LEADS)]
    return [r.to_dict() for r in analyze_many(docs)]


@pytest.mark.parametrize("n", range(len(LEADS)))
def test_every_statement_goes_to_the_named_minister(analysed, n):
    name = LEADS[n][1]
    speakers = [(q.get("speaker") or {}).get("name") for q in analysed[n]["quotes"]]
    assert len(speakers) == 3, analysed[n]["quotes"]
    assert speakers == [name] * 3


@pytest.mark.parametrize("n", range(len(LEADS)))
def test_the_portfolio_is_the_title_not_the_name(analysed, n):
    people = [e for e in analysed[n]["entities"] if e["type"] == "PERSON"]
    assert [e["name"] for e in people] == [LEADS[n][1]]
    assert "Minister" in (people[0].get("title") or "")


def test_no_portfolio_without_a_name(nlp):
    # 'Minister for Foreign Affairs said' names no one: the ministry's office speaks, no person is made up
    (d,) = [r.to_dict() for r in analyze_many([{"id": "x", "text":
            "The Minister for Foreign Affairs said on Monday that the embassy would reopen."}])]
    assert not [e for e in d["entities"] if e["type"] == "PERSON"]
