"""Frame families: a call for someone to leave office is a demand for a change of leadership
(1041) whatever word carries it, with the one to leave as the target; an offer that gives someone
something is an offer (030 family); an infinitive's doer is the object of a verb that prompts it.
Sentences written for this test."""
from __future__ import annotations

import pytest

from newsgraph import analyze

PUBLISHED = "2024-02-01"


def _events(text):
    return [(e.cameo, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)
            for e in analyze(text, published=PUBLISHED).events]


@pytest.mark.parametrize("text, target", [
    ("Republican senators called on the governor to resign.", "USAGOV"),
    ("Protesters in Dhaka urged the prime minister to step down.", "BGDGOV"),
    ("Senate Democrats called for the attorney general's resignation.", "USAJUD"),
    ("House Democrats demanded that the secretary be removed from office.", "USAGOV"),
    ("House Republicans called for the president's impeachment.", "USAGOV"),
    ("The opposition in Kenya demanded the removal of the interior minister.", "KENGOV"),
    ("Kenyan opposition leaders urged the interior minister to be impeached.", "KENGOV"),
])
def test_calls_to_leave_office_are_leadership_demands(nlp, text, target):
    events = _events(text)
    assert events and events[0][0] == "1041"
    assert (events[0][2] or "")[:3] == target[:3]


@pytest.mark.parametrize("text", [
    "The minister called for the release of the detained journalists.",
    "The senator asked the president to meet the families.",
    "The union urged the Kenyan government to have the workers removed from the list.",
])
def test_other_appeals_keep_their_codes(nlp, text):
    assert all(code != "1041" for code, _, _ in _events(text))


def test_offers_to_someone(nlp):
    events = _events("The White House offered Senator Blake a position in the administration.")
    assert events and events[0][0] == "030"
    passive = _events("Senator Blake was offered an advisory position on Friday.")
    assert passive and passive[0][0] == "030" and passive[0][2] == "USALEG"
    assert _events("The store offered discounts on Friday.") == []


def test_prompted_infinitive_belongs_to_the_object(nlp):
    events = _events("The remarks prompted Senator Blake to call for the chairman's resignation.")
    assert events and events[0][0] == "1041" and events[0][1] == "USALEG"


@pytest.mark.parametrize("text, root", [
    ("The proposal was the president's first public offer to Senate Democrats.", "03"),
    ("Talks stalled after Beijing's demands to roll back existing tariffs on Chinese goods.", None),
    ("Washington may agree to Beijing's demands to roll back tariffs on Chinese goods.", "10"),
    ("The senator continued his refusal to step down on Tuesday.", "12"),
])
def test_owned_nominal_acts(nlp, text, root):
    roots = [code[:2] for code, _, _ in _events(text)]
    assert (root in roots) if root else roots == []


@pytest.mark.parametrize("text", [
    "A possible offer to the Democrats was discussed.",
    "The president's request to the Kestrian leader to investigate his rivals was inappropriate.",
    "He made reference to his earlier threats to declare a national emergency.",
    "China's support for Russia worried the allies.",
])
def test_owned_nouns_that_are_no_acts(nlp, text):
    assert _events(text) == []


def test_coordinated_acts_of_different_kinds_are_two_events(nlp):
    roots = [code[:2] for code, _, _ in _events(
        "Senator Blake called for unity but refused to tone down his own rhetoric.")]
    assert "02" in roots and "12" in roots


def test_a_meeting_planned_at_home_is_no_trip_at_home(nlp):
    roots = [code[:3] for code, _, _ in _events(
        "President Obama spoke to Senator Sanders by phone and will meet with Senator Sanders on Thursday.")]
    assert "036" in roots


def test_attacks_on_places_are_no_figures_of_speech(nlp):
    assert any(code[:2] == "19" for code, _, _ in _events("Rebels in Syria attacked an army checkpoint near Homs."))


@pytest.mark.parametrize("text", [
    "The campaign launched attack ads against Senator Blake.",
    "Senate Republicans and House Democrats are ready to hunker down and fight back.",
    "Senator Blake vowed to remain in the race on the radio show of Governor Hale.",
    "The Kestrian president celebrated the senator's firing on Twitter.",
])
def test_figures_of_speech_and_bare_vows(nlp, text):
    assert _events(text) == []


def test_a_denied_side_is_not_the_target(nlp):
    events = _events("Senator Blake aimed his criticism not at the White House but at House Democrats.")
    assert all(target != "USAGOV" for _, _, target in events)


def test_each_country_named_after_from_acts_on_its_own(nlp):
    events = _events("Diplomats from France and Germany criticized the Russian move.")
    assert {source for _, source, _ in events} >= {"FRAGOV", "DEUGOV"}
    met = _events("Officials from Peru and Chile met in Lima.")
    assert met and met[0][1][:3] == "PER" and met[0][2][:3] == "CHL"
