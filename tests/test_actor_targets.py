"""Targets named by prepositions and by a judgement noun's maker (extract/event_slots.py,
extract/event_statement_targets.py): "complained about X", "went after X", "a power grab by X";
"after" names no target for other verbs."""
from __future__ import annotations

from event_helpers import actor_codes, by_trigger
from event_helpers import events_of as _events


def test_complained_about_names_the_target(nlp):
    a1, a2 = actor_codes(by_trigger(_events(nlp, "The mayor complained about the governor to reporters."),
                                    "complained"))
    assert a2 == "USAGOV", (a1, a2)


def test_a_judgement_noun_made_by_someone_is_about_them(nlp):
    events = _events(nlp, '"This is a power grab by the governor," the senator said.', quotes=True)
    assert actor_codes(by_trigger(events, "grab"))[1] == "USAGOV"


def test_after_is_a_time_for_ordinary_verbs(nlp):
    events = _events(nlp, "Police arrested the senator after Governor Smith's speech.")
    _, a2 = actor_codes(by_trigger(events, "arrested"))
    assert a2 is not None and a2.endswith("LEG")


def test_a_judged_act_made_by_someone_is_about_them(nlp):
    events = _events(nlp, "Lavrov stressed that Russia will respond to any hostile steps by Washington.", quotes=True)
    assert actor_codes(by_trigger(events, "hostile")) == ("RUSGOV", "USAGOV")


def test_a_complaint_is_about_the_subject_of_what_it_says(nlp):
    events = _events(nlp, "China complained that Japan had violated the agreement.")
    assert actor_codes(by_trigger(events, "complained")) == ("CHN", "JPN")


def test_a_complaint_about_a_thing_names_no_target(nlp):
    events = _events(nlp, "China complained that the weather had delayed the talks.")
    assert all(e.actor2 is None for e in events), [(e.trigger, e.actor2) for e in events]


def test_an_act_carried_by_a_light_verb_goes_to_its_recipient(nlp):
    events = _events(nlp, "Mr. Obama gave his sincere condolences to the families of those who died.")
    assert actor_codes(by_trigger(events, "condolences"))[1] == "USACVL"
    events = _events(nlp, "China voiced opposition to the Japanese plan.")
    assert actor_codes(by_trigger(events, "voiced")) == ("CHN", "JPN")  # not the "opposition" (OPP)


def test_what_someone_is_accused_of_is_no_part_of_their_office(nlp):
    text = "Opposition lawmakers in the Bundestag accused the chancellor of misleading parliament."
    event = by_trigger(_events(nlp, text), "accused")
    assert event.actor2 is not None and event.actor2.name == "the chancellor"
    assert actor_codes(event) == ("DEULEG", "DEUGOV")  # not LEG from "parliament"
