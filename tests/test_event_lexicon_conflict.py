"""The conflictual vocabulary (data/cameo_lexicon_conflict.tsv, codes 09-20): one row or
construction per family, the non-political senses its NONE rows and object restrictions keep
out (sports, photography, figures of speech), and the two small matching rules it relies on
(a "<person>" object condition; a month or holiday is no trigger)."""
from __future__ import annotations

import pytest

from newsgraph.extract.event_lexicon import FRAMES, NO_EVENT, cameo_codes, refine
from newsgraph.extract.event_match import PERSON, entries_for, objects_of
from newsgraph.extract.events import extract_events
from newsgraph.lexicons import data_rows


def _codes(nlp, text):
    return [e.cameo for e in extract_events(nlp(text), None, [], "2024-02-01")]


def test_rows_are_valid_conflict_codes():
    codes = cameo_codes()
    rows = data_rows("cameo_lexicon_conflict.tsv")
    assert len(rows) > 150
    for row in rows:
        code = row[0].lstrip("@")
        assert code in codes or code == NO_EVENT or code in FRAMES, row
        assert row[1] in ("V", "N", "A"), row
        # the file is for the conflictual roots (and the NONE and denial rows that guard them)
        assert code in FRAMES or code in (NO_EVENT, "016") or "09" <= code[:2] <= "20", row


@pytest.mark.parametrize("text, code", [
    # 09 investigate: a referral for investigation, a subpoena
    ("The Kestrian inspector general referred two Valdorian officials for investigation.", "091"),
    ("The Valdorian parliament subpoenaed the Kestrian ambassador.", "090"),
    # 11 disapprove: taunts, galvanised opposition, a challenge in court, a critique offered
    ("The Kestrian minister taunted the Valdorian president.", "111"),
    ("The Kestrian minister offered a sharp critique of the Valdorian president.", "111"),
    ("The Kestrian senator shot back at the Valdorian president.", "111"),
    ("Valdorian opposition leaders galvanized opposition to the Kestrian treaty.", "113"),
    ("The Kestrian government challenged the Valdorian ban in court.", "115"),
    # 12 reject: filibusters, defiance of a ruling
    ("Valdorian senators filibustered the Kestrian trade bill.", "120"),
    ("The Valdorian government defied the Kestrian court ruling.", "128"),
    # 14 protest: chanting crowds, hunger strikes, smashed windows
    ("Kestrian protesters chanted outside the Valdorian embassy.", "141"),
    ("Kestrian workers went on hunger strike outside the Valdorian embassy.", "142"),
    ("Kestrian rioters smashed windows of Valdorian shops.", "145"),
    ("Valdorian workers stopped work on Monday to protest the bill.", "143"),
    # 15 force posture
    ("Valdoria positioned troops along the Kestrian border.", "154"),
    ("Kestria heightened security around the Valdorian embassy.", "153"),
    # 16 reduce relations: aid stalled or frozen (military aid: 1622), aid agencies expelled (1663)
    ("Valdoria stalled military aid to Kestria.", "1622"),
    ("Valdoria froze military aid to Kestria.", "1622"),
    ("Valdoria expelled Kestrian aid agencies.", "1663"),
    # 17 coerce: office-holders fired or sacked, teargas, property seized, throwing someone out
    ("The Valdorian president fired the Kestrian-born army chief.", "172"),
    ("The Valdorian president sacked the defence minister.", "172"),
    ("Valdorian police teargassed Kestrian protesters.", "175"),
    ("Valdorian troops crushed the Kestrian protests on Monday.", "175"),
    ("The Valdorian government imposed an information blackout on the Kestrian region.", "1721"),
    ("The Valdorian ministry suspended the publication of the Kestrian newspaper.", "1721"),
    ("Valdorian police seized the assets of the Kestrian bank.", "1711"),
    ("The Valdorian court condemned the Kestrian activist to death.", "173"),
    # 18 assault
    ("Kestrian gunmen slew ten Valdorian villagers.", "1823"),
    ("The Valdorian candidate body-slammed a Kestrian reporter.", "182"),
    ("Kestrian militants planted bombs in the Valdorian capital.", "183"),
    # 19 fight: aerial bombing, encirclement, a town seized (192, not 171), firing upon people
    ("Valdorian warplanes bombed the Kestrian town of Kess.", "195"),
    ("Valdorian troops encircled the Kestrian city of Kess.", "191"),
    ("Valdorian forces seized the Kestrian town of Kess.", "192"),
    ("Valdorian troops fired upon Kestrian protesters.", "193"),
])
def test_conflict_rows_code_their_family(nlp, fictional_countries, text, code):
    assert _codes(nlp, text)[:1] == [code]


@pytest.mark.parametrize("text", [
    "The photos were shot by a Kestrian photographer.",  # photography, not shooting
    "The Valdorian senator withdrew from the race on Monday.",  # leaving a race, not a treaty
    "Valdorian police cracked down on drug trafficking.",  # policing crime, not repression
    "Valdoria abandoned its plan for a new airport.",  # abandoning a plan, not an ally
    "The Kestrian coach was fired after the defeat.",  # sports
    "The Valdorian striker fired a shot at the goal.",  # sports
    "The Kestrian boxer took a beating in the third round.",  # sports
    "The Valdorian band recorded three demos.",  # music
    "The Kestrian minister fired up the crowd in Kess.",  # rousing, not firing
    "Valdorian guards threw the pillows out.",  # things, not people
    "The Valdorian party took up the language of the activists at a convention in Kess City.",
    "This lets you charge an iPhone while charging a MacBook Pro.",  # business: charging a phone
    "Austria punched its ticket by beating North Macedonia.",  # sports
    "He received a one-game suspension for shoving the quarterback.",  # sports
    "It is striking that in almost every corner of the world tensions are rising.",  # figurative
    "He flew helicopters during the Falklands War with Argentina.",  # a named war is background
    "The Valdorian president celebrated the minister's firing on Twitter.",  # a dismissal, not gunfire
    "The coach helped rally the Valdorian team from a 5-19 start.",  # sports, not a rally
])
def test_non_political_senses_stay_no_event(nlp, fictional_countries, text):
    assert _codes(nlp, text) == []


def test_a_month_is_no_march(nlp, fictional_countries):
    assert "141" not in _codes(nlp, "Protesters gathered in Kess in March.")
    doc = nlp("The talks were held in March.")
    assert entries_for(next(t for t in doc if t.text == "March")) == []


def test_person_object_condition(nlp):
    doc = nlp("Security guards threw him out of the rally.")
    threw = next(t for t in doc if t.lemma_ == "throw")
    assert PERSON in objects_of(threw)
    assert entries_for(threw)[0].code == "174"
    doc = nlp("Security guards threw the pillows out.")
    threw = next(t for t in doc if t.lemma_ == "throw")
    assert PERSON not in objects_of(threw)
    assert not any(e.code == "174" for e in entries_for(threw))


def test_sub_codes_from_context():
    assert refine("090", {"fbi", "campaign"}) == "091"  # a law-enforcement investigation
    assert refine("183", {"warplane", "town"}) == "195"  # bombs from the air
    assert refine("162", {"military", "aid"}) == "1622"
    assert refine("166", {"inspector"}) == "1662"
    assert refine("190", {"chemical", "attack"}) == "2041"
    assert refine("190", {"tanks", "fire"}) == "194"


def test_modifiers_of_a_people_object_are_not_the_object(nlp):
    # "opposition leaders" are people to meet, not opposition met; "fierce opposition" still is
    meet = nlp("The government would meet opposition leaders next week.")
    assert "opposition" not in objects_of(next(t for t in meet if t.lemma_ == "meet"))
    assert not any(c.startswith("11") for c in _codes(nlp, "The minister met opposition leaders on Monday."))
    assert "111" in _codes(nlp, "The plan met fierce opposition from farmers.")
