"""An outlet the page first calls only by its kind ('..., a newspaper said on Sunday', a headline's 'newspaper says')
and names within the next sentences ('Asked about the report in the Norland Herald, ...') is that outlet
(source_links._named_later). An outlet only told something ('told a newspaper') is not named by a later outlet, nor is
one described ('a local newspaper'). Fictional outlets, names and places throughout."""
from __future__ import annotations

import source_helpers

OTHER = "https://www.kelsbury-times.example/world/talks-1234"


def names(nlp, text):
    return [name for name, _ in source_helpers.sources(nlp, text, url=OTHER, quotes=True)]


def test_a_newspaper_named_below_is_that_newspaper(nlp):
    text = ("Varn and Brode discuss plan, newspaper says\n\n"
            "Varn and Brode talked at length about the plan, a newspaper said on Sunday.\n\n"
            "Asked about the report in the Norland Herald, a spokeswoman confirmed the call.")
    found = names(nlp, text)
    assert "newspaper" not in found
    assert found.count("Norland Herald") >= 2


def test_a_newspaper_told_something_is_not_named_by_a_later_outlet(nlp):
    text = "Varn told a newspaper that the plan would fail.\n\nLater he appeared on Kelsbury Radio."
    assert "newspaper" in names(nlp, text)
