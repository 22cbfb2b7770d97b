"""'WHO spokesman X said': the tagger reads the health body's acronym as the pronoun and the parser makes it a
second subject of the cue beside the titled name; the named official speaks, not the body. A bare 'WHO said' stays
the body's (tests/test_who_acronym.py). Invented text, fictional names and places."""
from __future__ import annotations

from quote_helpers import analyzed_speaker_of, indirect_runner, pairs

PAGE = "Fever cases rise in Valdor\n\nDoctors in two districts of Valdor are tracking a rise in river fever.\n\n"


def test_titled_who_official_speaks(nlp):
    run = indirect_runner(nlp)
    got = pairs(run(PAGE + "WHO spokesman Piet Oran said the clinics in Tarnow would stay open."))
    assert ("Piet Oran", "the clinics in Tarnow would stay open") in got, got


def test_who_official_before_a_direct_quote():
    text = PAGE + 'WHO emergencies director Piet Oran said: "The clinics in Tarnow will stay open."'
    assert analyzed_speaker_of(text, "The clinics in Tarnow") == "Piet Oran"


def test_bare_who_still_speaks_as_the_body(nlp):
    run = indirect_runner(nlp)
    got = pairs(run(PAGE + "WHO said the clinics in Tarnow would stay open."))
    assert any(n in ("WHO", "World Health Organization") for n, t in got if t.startswith("the clinics")), got
