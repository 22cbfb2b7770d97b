"""A title inside a subordinate office is not that office: 'the Secretary-General' is not the 'Under-Secretary-General
for X' the page names ('Vice-President', 'Deputy Prime Minister' likewise), and a pronoun right after a definite
title that was found to name a person ('The Secretary-General welcomed X. He said ...') is that person, not the
briefing's spokesman named before. Texts, people and places are made up."""
from __future__ import annotations

from newsgraph.analyze import analyze
from newsgraph.extract.name_titles import title_in
from quote_helpers import speaker_of

BRIEFING = ("Noon briefing at the Coastal League\n\n"
            "Spokesman Tomas Ekker briefed reporters in Lormund on behalf of the Secretary-General.\n\n"
            "Early today, the Secretary-General welcomed the truce signed by the Vardish parties in Lormund. He said "
            "this is an important step toward stability in Vardia, and he thanked the mediators for their patience.\n\n"
            "The Under-Secretary-General for Humanitarian Affairs, Ines Korrel, will travel to Vardia tomorrow.\n\n"
            "On Friday, Secretary-General David Okoro will travel to Lormund to meet the mediators.")

NAMED_BETWEEN = ("Noon briefing at the Coastal League\n\n"
                 "Spokesman Tomas Ekker briefed reporters in Lormund on behalf of the Secretary-General.\n\n"
                 "Early today, the Secretary-General spoke with the envoy for Vardia, Pieter Malan. He said the "
                 "ceasefire in the north was holding.\n\n"
                 "On Friday, Secretary-General David Okoro will travel to Lormund to meet the mediators.")


def test_subordinate_office_is_not_the_office():
    assert not title_in("secretary-general", "under-secretary-general for humanitarian affairs")
    assert not title_in("president", "vice-president of the republic")
    assert not title_in("prime minister", "deputy prime minister")
    assert title_in("secretary-general", "un secretary-general")
    assert title_in("secretary-general", "former secretary-general")
    assert title_in("deputy prime minister", "deputy prime minister")


def test_secretary_general_is_not_the_under_secretary_general():
    got = analyze(BRIEFING)
    assert speaker_of(got.quotes, "the truce signed by the Vardish parties") == "David Okoro"


def test_pronoun_after_the_titled_subject_is_its_holder():
    got = analyze(BRIEFING)
    assert speaker_of(got.quotes, "this is an important step") == "David Okoro"
    assert speaker_of(got.quotes, "the mediators for their patience") == "David Okoro"


def test_pronoun_keeps_a_person_named_in_between():
    got = analyze(NAMED_BETWEEN)
    assert speaker_of(got.quotes, "the ceasefire in the north was holding") != "David Okoro"
