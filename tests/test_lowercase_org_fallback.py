"""A campaign, group or document with no owner named ('the former secretary of state's presidential campaign said')
falls back to the last body the page named; a lower-case 'body' the tagger made of a common word ('state' in
'secretary of state') is no body's name, so it is not that fallback: the description stays as written. A body named
with capitals ('Greenpeace ... The group said') still resolves. Texts and people are made up (Greenpeace is a real
body, named only as a capitalised organisation)."""
from __future__ import annotations

from newsgraph.analyze import analyze
from quote_helpers import speaker_of

OFFER = ("Summit offers go out\n\n"
         "An offer had gone to his rival, Dana Whitlock, but the former secretary of state's presidential campaign "
         "said she was busy that week.")

GROUP = ("March planned\n\n"
         "Greenpeace backed the plan on Monday. The group said it would march on Friday.")


def test_lower_case_tagger_body_is_not_the_campaigns_owner():
    got = analyze(OFFER)
    assert speaker_of(got.quotes, "she was busy that week") != "state"


def test_capitalised_body_is_the_groups():
    got = analyze(GROUP)
    assert speaker_of(got.quotes, "it would march on Friday") == "Greenpeace"
