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


# names after an office of a body or place ('Chairperson of the X Commission Y Z'), one word before a verb, a rank and
# initials before the name
BODY_LEADS = [
    ("Chairperson of the Velorian Union Commission Kofi Adu Mensah on Monday voiced alarm at the border clashes. "
     "He urged both armies to pull back their troops.", "Kofi Adu Mensah", "both armies to pull back their troops"),
    ("Socialist mayor of Brevik Anna Holmqvist on Thursday criticized the plan, saying that the workers know the "
     "reform is unfair.", "Anna Holmqvist", "the workers know the reform is unfair"),
    ("Deputy Minister for Foreign Affairs Tanabe summoned the Norland ambassador on Monday. The Deputy Minister "
     "also emphasized that Estland cannot accept the claims.", "Tanabe", "Estland cannot accept the claims"),
    ("Minister of State for Home Affairs General VR Pallav said the new border posts would open in May.",
     "VR Pallav", "the new border posts would open in May"),
]


@pytest.mark.parametrize("lead,name,clause", BODY_LEADS)
def test_a_name_after_an_office_of_a_body_speaks(nlp, lead, name, clause):
    (d,) = [r.to_dict() for r in analyze_many([{"id": "x", "text": lead}])]
    got = {q["text"]: (q.get("speaker") or {}).get("name") for q in d["quotes"] if q["kind"] == "indirect"}
    assert got.get(clause) == name, d["quotes"]
    assert name in [e["name"] for e in d["entities"] if e["type"] == "PERSON"]


@pytest.mark.parametrize("lead", [
    "An organizer for the Karsh State Workers Union said the strike would go on.",  # a body after a place
    "A spokesman for President Lorcan Vettori said the visit would go ahead.",  # the one served, not the speaker
    "The president of the Norland Economic Council said growth would slow.",
])
def test_no_name_made_of_a_body(nlp, lead):
    (d,) = [r.to_dict() for r in analyze_many([{"id": "x", "text": lead}])]
    people = [e["name"] for e in d["entities"] if e["type"] == "PERSON"]
    assert not [p for p in people if any(w in p for w in ("Union", "Council", "State"))], people
    speakers = [(q.get("speaker") or {}).get("name") for q in d["quotes"]]
    assert "Lorcan Vettori" not in speakers
