"""Unrealised actions are no events: forecasts, obligations and advice, questions, time clauses of
what has not happened yet, capacities ("the right to ..."), purposes; and what a pronoun did is
still an event. Sentences written for this test."""
from __future__ import annotations

import pytest

from newsgraph.extract.events import extract_events

PUBLISHED = "2024-02-01"


def _roots(nlp, text):
    doc = nlp(text)
    return [e.root for e in extract_events(doc, None, [], PUBLISHED)]


@pytest.mark.parametrize("text", [
    # forecasts by others
    "The Kestrian president is likely to send troops to the border next week.",
    "The minister is set to visit Ankara in March.",
    "It looks like the rebels are going to attack the capital.",
    "It seems the army will storm the city.",
    "Pundits think the general will invade the island.",
    "The army could attack the northern towns, analysts said.",
    # obligations and advice
    "We should be supporting Valdoria's reforms and its fight against corruption.",
    "That alone should force any voter to question the governor's account.",
    "The senator must apologize to the veterans.",
    # questions
    "Will the president meet the Kestrian leader?",
    "Did the army attack the village?",
    # not happened yet
    "Democrats want no vote until the FBI finishes its inquiry into the senator.",
    # capacities, purposes
    "The governor said he had every right to declare a state of emergency.",
    "He flew to the capital in order to confront the prime minister.",
])
def test_unrealised_actions_are_no_events(nlp, text):
    assert _roots(nlp, text) == []


@pytest.mark.parametrize("text, root", [
    # a forecast spoken by the doer's own side is a threat
    ('"We could strike back within hours," the Kestrian defence minister said.', "13"),
    # the same verbs when the act is reported as done
    ("The Kestrian president sent troops to the border.", "15"),
    ("The army attacked the northern towns on Sunday.", "19"),
    ("The minister said Iraq must release the prisoners.", "10"),
    # a pronoun the sentence does not resolve still did what it did
    ("He also agreed to return the cash to the donors.", "03"),
    # a trip's purpose after a verb of travel happened
    ("The senator flew to Kabul to meet the Afghan president.", "04"),
])
def test_realised_actions_stay_events(nlp, text, root):
    assert root in _roots(nlp, text)


def test_history_dated_by_a_modifier_is_background(nlp):
    assert _roots(nlp, "At a 2008 ceremony in Shelton, the governor praised the veterans.") == []


def test_naming_call_is_no_phone_call(nlp):
    assert "04" not in _roots(nlp, "He mentioned the emergency, calling it a very powerful weapon.")


def test_prompted_by_the_doer_not_by_the_purpose(nlp):
    # "called X to urge her": the caller urges; "prompted X to question": X questions
    from newsgraph import analyze
    events = analyze("An executive from Apple called Governor Brewer to urge her to reject the bill.",
                     published=PUBLISHED).events
    assert all((e.actor1.code if e.actor1 else "") != "USAGOV" for e in events)


@pytest.mark.parametrize("text", [
    # a forecast about someone else inside a quote is no threat
    'The senator said: "Now it seems the Kestrian army is going to attack the Valdorian border towns."',
    # "until" under a modal: not yet
    "Democrats say the senator shouldn't get a vote until the FBI finishes its inquiry into the senator.",
])
def test_forecasts_in_speech_and_not_yet(nlp, text):
    assert _roots(nlp, text) == []


def test_charged_crimes_are_alleged_but_admitted_ones_happened(nlp):
    charged = _roots(nlp, "A New York man was charged by prosecutors with making threats against two senators.")
    assert "13" not in charged
    admitted = _roots(nlp, "A New York man pleaded guilty on Monday to threatening to kill a senator.")
    assert "01" in admitted and "13" in admitted


def test_purpose_of_a_carried_act_is_part_of_it(nlp):
    roots = _roots(nlp, "Kestrian opposition leaders led a protest march to the electoral commission on Friday "
                        "to protest against the outcome of the election.")
    assert roots.count("14") == 1


def test_a_main_verb_read_as_a_modifier_is_still_an_act(nlp):
    from newsgraph import analyze
    events = analyze("Over the weekend, Trump assailed Williams as part of the group who oppose his presidency.",
                     published=PUBLISHED).events
    assert any(e.root == "11" for e in events)


def test_volunteering_time_to_act_is_acting(nlp):
    assert "07" in _roots(nlp, "Kenyan physicians are volunteering their time to provide vaccines to refugees.")


@pytest.mark.parametrize("text", [
    "The president's reluctance to roll back tariffs on Kestrian goods was dampening the talks.",
    "He suggested pushing back the date of the summit with the Kestrian president.",
    "Others might argue that the minister should resign.",
])
def test_reluctance_proposals_and_speculative_speech(nlp, text):
    assert _roots(nlp, text) == []


def test_demanded_resignation_read_as_a_noun(nlp):
    from newsgraph import analyze
    events = analyze("Protesters in Kenya demanded that the interior minister resign.", published=PUBLISHED).events
    assert events and events[0].cameo == "1041"
