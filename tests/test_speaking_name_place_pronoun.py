"""An untagged name speaking ('Dravo Kentic said ...') whose clause goes on with a country and then 'it' ('... said
Croatia would not pay but cautioned that letting it pass would ...'): the 'it' after the country is no sign that
the name is a body, so the name, whose surname speaks alone below ('Mr Kentic also warned'), is a person. Texts are made
up."""
from __future__ import annotations

from newsgraph.extract.actors import extract_entities


def _types(nlp, text):
    return {e.name: e.type for e in extract_entities(nlp(text)).entities}


def test_it_after_a_country_in_the_clause(nlp):
    types = _types(nlp, "Port deal stalls\n\nDravo Kentic said Croatia would not pay the fee but cautioned that "
                        "letting it pass would hurt the ferry firms.\n\nTalks resume next week.\n\n"
                        "But Mr Kentic also warned that the harbour could close by the summer.")
    assert types.get("Dravo Kentic") == "PERSON"


def test_a_body_that_says_it_stays_a_body(nlp):
    types = _types(nlp, "Halden Marsh said on Tuesday it would close its plant in Corvo.\n\n"
                        "The company said 300 workers would lose their jobs. Halden Marsh said the plant was old.")
    assert types.get("Halden Marsh") != "PERSON"
