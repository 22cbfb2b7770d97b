"""Actors behind works and claims (extract/actor_works.py) and people the tagger takes for places.

Hand-written sentences, one construction each: a work's author named by "by"/"from" or a passive
participle, a definite work standing for the body that issues it, the subject of a claim noun's
"that" clause as the target, a listed person tagged as a place or organisation."""
from __future__ import annotations

import pytest

from event_helpers import actor_codes, by_trigger
from event_helpers import events_of as _events
from newsgraph.extract.actor_works import author_of, claim_subject, work_sector
from newsgraph.extract.actors import extract_entities
from newsgraph.extract.events import extract_events


def _pair(events, trigger):
    return actor_codes(by_trigger(events, trigger))


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, noun, author", [
    ("The ruling by the Supreme Court angered the governor.", "ruling", "Court"),
    ("The memo released by the committee accused the agency of delays.", "memo", "committee"),
    ("A statement from the ministry condemned the attack.", "statement", "ministry"),
])
def test_author_of_a_work(nlp, text, noun, author):
    doc = nlp(text)
    found = author_of(_tok(doc, noun))
    assert found is not None and found.text == author


def test_no_author_when_the_sentence_names_none(nlp):
    doc = nlp("The plan angered the governor.")
    assert author_of(_tok(doc, "plan")) is None


def test_only_a_definite_work_stands_for_its_issuer(nlp):
    doc = nlp("The indictment says the mayor took bribes, and the senator called for legislation on ethics.")
    assert work_sector(_tok(doc, "indictment")) == "JUD"
    assert work_sector(_tok(doc, "legislation")) is None  # asked for, not issued


def test_claim_subject(nlp):
    doc = nlp("The senator rejected the notion that the Labour Party had changed its position.")
    found = claim_subject(_tok(doc, "notion"))
    assert found is not None and found.text == "Party"
    doc = nlp("The senator rejected the notion that he had changed his position.")
    assert claim_subject(_tok(doc, "notion")) is None  # a pronoun: left to the pronoun rules


def test_the_issuer_of_a_definite_work_is_the_source(nlp):
    a1, a2 = _pair(_events(nlp, "The indictment alleges that Senator Ted Cruz hid the payments."), "alleges")
    assert a1 is not None and a1.endswith("JUD")
    assert a2 == "USALEG"


def test_the_author_named_by_a_passive_participle_is_the_source(nlp):
    a1, a2 = _pair(_events(nlp, "A letter signed by Republican senators criticized Nancy Pelosi for the delay."),
                   "criticized")
    assert a1 is not None and a1.endswith("LEG")
    assert a2 == "USALEG"


def test_listed_person_tagged_as_a_place_is_coded(nlp):
    doc = nlp("The president called on Schiff to resign.")
    events = extract_events(doc, extract_entities(doc), [], "2019-11-20")
    assert any(e.actor2 is not None and e.actor2.code == "USALEG" for e in events), \
        [(e.trigger, e.actor2) for e in events]


def test_a_definite_work_as_object_stands_for_its_issuer(nlp):
    doc = nlp("The senators castigated the bill as a power grab.")
    assert work_sector(_tok(doc, "bill")) == "LEG"


def test_a_claim_about_a_thing_names_no_target(nlp):
    doc = nlp("Critics rejected the claim that her net worth exceeded her salary.")
    assert claim_subject(_tok(doc, "claim")) is None


@pytest.mark.parametrize("text, trigger, target", [
    # a judgement on a work names whoever stands behind it: the issuer of such works, or the name compounded in it
    ("The White House called the impeachment process a sham.", "sham", "LEG"),
    ("The minister said the New York Times report was disgraceful.", "disgraceful", "USAMED"),
    ("The senator said the prosecution was disgraceful.", "disgraceful", "JUD"),
])
def test_a_judged_work_names_its_owner(nlp, text, trigger, target):
    _, a2 = _pair(_events(nlp, text, quotes=True), trigger)
    assert a2 is not None and a2.endswith(target), a2


def test_a_judged_thing_names_nobody(nlp):
    events = _events(nlp, "The senator said the weather report was disgraceful.", quotes=True)
    assert all(e.actor2 is None for e in events), [(e.trigger, e.actor2) for e in events]
