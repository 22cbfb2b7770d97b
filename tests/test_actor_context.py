"""Actors fixed by their context in the sentence: an object pronoun never means its own clause's
subject, a weak country cue yields to a dateline, and a pair of domestic sides does not give a
country an office it does not have."""
from __future__ import annotations

from event_helpers import actor_codes, by_trigger
from event_helpers import events_of as _events
from newsgraph.extract.actor_home import office_abroad
from newsgraph.extract.actor_refs import own_subject


def _codes(events, trigger):
    return actor_codes(by_trigger(events, trigger))


def test_own_subject_of_an_object_pronoun(nlp):
    doc = nlp("Senator Ted Cruz said the governor tried to mock him.")
    him = next(t for t in doc if t.text == "him")
    subj = own_subject(him)
    assert subj is not None and subj.text == "governor"
    he = next(t for t in nlp("He said it was over.") if t.text == "He")
    assert own_subject(he) is None  # a subject has no own subject to avoid


def test_an_object_pronoun_is_not_its_clause_subject(nlp):
    events = _events(nlp, "Nancy Pelosi looked annoyed when Mitch McConnell mocked her for the delay.")
    a1, a2 = _codes(events, "mocked")
    assert a1 == "USALEG"
    assert a2 == "USALEG"  # her = Pelosi, not McConnell himself (who would leave no target)


def test_a_weak_cue_yields_to_a_dateline(nlp):
    events = _events(nlp, "LONDON (Reuters) - Prosecutors accused the bank of hiding losses.")
    a1, _ = _codes(events, "accused")
    assert a1 == "GBRJUD"


def test_prosecutors_without_any_country_are_american(nlp):
    events = _events(nlp, "Prosecutors accused the mayor of taking bribes.")
    a1, _ = _codes(events, "accused")
    assert a1 == "USAJUD"


def test_no_american_prime_minister(nlp):
    assert office_abroad("the prime minister", "USA")
    assert not office_abroad("the president", "USA")
    events = _events(nlp, '"We offered the prime minister a chance to explain his position," Senator Dick Durbin said.')
    assert all((e.actor2.code if e.actor2 else "") != "USAGOV" for e in events), \
        [(e.trigger, e.actor2) for e in events]


def test_a_dateline_the_tagger_left_untagged_backs_the_one_country_seen_from_inside(nlp):
    text = ("BERLIN (AP) - The chancellor defended the budget in the Bundestag on Wednesday. "
            "Opposition lawmakers accused the government of hiding the true cost. "
            "The defence minister promised more money for the army.")
    assert actor_codes(by_trigger(_events(nlp, text), "accused")) == ("DEULEG", "DEUGOV")


def test_a_dateline_with_its_filing_date_is_a_dateline(nlp):
    from newsgraph.extract.datelines import dateline_dash

    doc = nlp("BERLIN, March 3 (Reuters) - The chancellor defended the budget.")
    assert dateline_dash(next(iter(doc.sents))) is not None


def test_the_home_office_facing_the_one_foreign_country_named(nlp):
    text = ("MOSCOW, March 3 (Reuters) - The Kremlin said on Tuesday it would respond to any new sanctions. "
            "The foreign ministry accused Washington of trying to isolate the country.")
    assert actor_codes(by_trigger(_events(nlp, text), "accused")) == ("RUSGOV", "USAGOV")


def test_a_text_about_two_countries_stamps_neither(nlp):
    text = ("Russian and Ukrainian officials met in Istanbul on Tuesday. Moscow and Kyiv traded blame. "
            "The foreign ministry accused Washington of trying to isolate the country.")
    a1, _ = actor_codes(by_trigger(_events(nlp, text), "accused"))
    assert a1 == "GOV"


def test_institutions_outside_the_united_states_place_their_actors(nlp):
    from newsgraph.extract.actor_codes import code_entity

    assert code_entity("the Foreign Office", "ORG")[2] == "GBRGOV"
    assert code_entity("the People's Liberation Army", "ORG")[2] == "CHNMIL"
    text = ("The Sejm debated the judicial reform for a third day. "
            "Opposition lawmakers accused the government of capturing the courts.")
    assert actor_codes(by_trigger(_events(nlp, text), "accused")) == ("POLLEG", "POLGOV")


def test_a_dateline_places_an_office_facing_the_capital_it_names(nlp):
    text = "MOSCOW (Reuters) - The foreign ministry accused Washington of trying to isolate the country."
    assert actor_codes(by_trigger(_events(nlp, text), "accused")) == ("RUSGOV", "USAGOV")
    text = "The foreign ministry accused Washington of trying to isolate the country."
    assert actor_codes(by_trigger(_events(nlp, text), "accused")) == ("GOV", "USAGOV")


def test_a_dateline_after_a_title_gives_the_home_country(nlp):
    # the body's dateline is where the story was filed, also when a title line stands before it (agency pages)
    text = "Budget Row Deepens\n\nLONDON (Reuters) - The minister accused the opposition on Tuesday of blocking the bill."
    assert actor_codes(by_trigger(_events(nlp, text), "accused"))[0] == "GBRGOV"
    text = "Budget Row Deepens\n\nBERLIN \u2014 The chancellor accused the opposition on Tuesday of blocking the bill."
    assert actor_codes(by_trigger(_events(nlp, text), "accused"))[0] == "DEUGOV"


def test_a_dateline_deep_in_the_text_gives_no_home_country(nlp):
    # a place and a dash four paragraphs down opens no body: no dateline of the story
    text = ("Budget Row Deepens\n\nBy Jane Roe\n\nUpdated on Tuesday\n\nFour lines stand before it.\n\n"
            "LONDON (Reuters) - The minister accused the opposition on Tuesday of blocking the bill.")
    assert actor_codes(by_trigger(_events(nlp, text), "accused"))[0] != "GBRGOV"
