"""Title-case headlines of official releases ('League Chief Pledges Lasting Backing of X upon End of Visit to Y',
'President X Addresses Envoys, Underscores Need for Y'): title case leaves its short words ('of', 'upon', 'to') in
lower case, which no longer hides it; what was said stops before the occasion ('upon End of ...'); 'underscores' is a
headline cue; a person named before a first verb speaks. All names are fictional."""
from __future__ import annotations

from quote_helpers import indirect_runner, pairs


def test_a_pledge_in_a_title_case_headline_stops_before_its_occasion(nlp):
    text = ("Secretary General Pledges Lasting Backing of the League upon End of Visit to Quessia\n\n"
            "Secretary General Ana Valdes ended her three-day stay in Quessia on Friday. She met the cabinet and "
            "toured the port.")
    found = pairs(indirect_runner(nlp)(text))
    assert any(c == "Lasting Backing of the League" for _, c in found), found


def test_underscores_after_a_first_verb_is_the_named_persons(nlp):
    text = ("President Rivel Addresses Envoys, Underscores Need for Continued Regional Leadership\n\n"
            "President Tomas Rivel spoke to the envoys in Brellin today and thanked them for their work.")
    found = pairs(indirect_runner(nlp)(text))
    hits = [name for name, c in found if c == "Need for Continued Regional Leadership"]
    assert hits and "Rivel" in (hits[0] or ""), found


def test_a_sentence_case_headline_and_an_uncounted_verb_state_nothing(nlp):
    for line in ("Ministers meet in Varn after the floods of the spring",
                 "Governor Reaffirms Opposition to the New Toll Road on the Coast"):
        found = pairs(indirect_runner(nlp)(line + "\n\nThe governor spoke to reporters in Varn on Monday."))
        assert not any(c.startswith(("Opposition", "the floods")) for _, c in found), found
