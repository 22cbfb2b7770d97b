"""'WHO said ...': the tagger reads the health body's acronym as the pronoun 'who', and the statement lost its
speaker (2 statements on a read agency page). An upper-case 'WHO' subject speaks as the body, under its full name
when the article spells it out. A real 'who' stays a relative pronoun. All places are fictional."""
from __future__ import annotations

from quote_helpers import indirect_runner, pairs


def test_who_acronym_speaks(nlp):
    run = indirect_runner(nlp)
    got = pairs(run("The World Health Organization says river fever has reached three districts of northern Valdor."
                    "\n\nWHO said late on Monday that nine patients had recovered and that clinics would "
                    "stay open.\n\nWHO said volunteers from Tarnow were helping nurses trace contacts."))
    said = "nine patients had recovered and that clinics would stay open"
    assert ("WHO", said) in got or ("World Health Organization", said) in got, got
    assert any(t.startswith("volunteers from Tarnow") for _, t in got), got


def test_relative_who_is_no_speaker(nlp):
    run = indirect_runner(nlp)
    got = pairs(run("Mayor Ines Tarr, who said the bridge would reopen in May, left office in June."))
    assert all(n != "WHO" for n, _ in got), got
