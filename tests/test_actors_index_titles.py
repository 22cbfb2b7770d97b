"""The entity index under the speakers: a title is the head of the role phrase (not the body it speaks for),
title families link 'Rep. X' to 'the congresswoman', and two tagger slips (a platform read as a person, a country
glued before a name) are repaired."""
from __future__ import annotations

import pytest

from newsgraph.extract.actors import extract_entities
from newsgraph.extract.names import has_title, title_words
from quote_helpers import quote_runner, speaker_of


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def test_title_words_keep_the_role_not_the_body():
    assert title_words("a spokesman for the special counsel") == {"spokesperson"}
    assert "counsel" not in title_words("special counsel's spokesman")
    assert title_words("Rep.") == {"representative"}
    assert has_title({"representative"}, "lawmaker") and not has_title({"spokesperson"}, "lawmaker")
    assert {"defense", "minister"} <= title_words("Valdoria's new defense minister")


def test_body_a_spokesman_speaks_for_is_not_the_spokesman(run):
    qs = run("Dale Harmon, a spokesman for the special counsel, declined to comment on Monday. Later that week "
             "the special counsel's filing said the witness had been truthful. \"We stand by the filing,\" "
             "the spokesman said.")
    assert speaker_of(qs, "the witness had been truthful") != "Dale Harmon"
    assert speaker_of(qs, "We stand by") == "Dale Harmon"


def test_congresswoman_links_to_rep(run):
    qs = run("Rep. Marla Quentin spoke to supporters on Monday. The new Democratic congresswoman said the plan "
             "would pass.")
    assert speaker_of(qs, "the plan would pass") == "Marla Quentin"


def test_plural_description_is_not_the_person_named_below(run):
    qs = run("Lawmakers at the scene of the shooting said the violence would have been far worse. "
             "Rep. Brad Okonjo, a physician, treated the wounded.")
    assert speaker_of(qs, "the violence") != "Brad Okonjo"


def test_platform_is_never_a_person(nlp):
    doc = nlp("Twitter said it was a glitch. Jack Dorsey of Twitter agreed.")
    index = extract_entities(doc)
    assert {e.name: e.type for e in index.entities}.get("Twitter") == "ORG"


def test_country_glued_before_a_name_splits_off(nlp):
    doc = nlp("Another diplomat, former special envoy to Ukraine Kurt Volker, shifted his account. "
              "Volker said the meeting was fine.")
    index = extract_entities(doc)
    people = {e.name for e in index.entities if e.type == "PERSON"}
    assert "Kurt Volker" in people
    assert not any(e.name.startswith("Ukraine ") for e in index.entities)


def test_nearer_titled_subject_wins_over_an_unnamed_description(run):
    qs = run("Gov. Paul Renard faced questions on Tuesday. A senior official said the budget talks had stalled. "
             "The governor then called reporters, and he said the talks would resume next week.")
    assert speaker_of(qs, "the budget talks") == "A senior official"
    assert speaker_of(qs, "the talks would resume") == "Paul Renard"


def test_the_tech_giant_is_the_business_named_last(run):
    qs = run("Senators accused Twitter of bias on Tuesday. \"We do not shadow ban anyone,\" the tech giant said "
             "in a statement.")
    assert speaker_of(qs, "We do not shadow ban") == "Twitter"
