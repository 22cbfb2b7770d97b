"""A heading in the British form "Councils 'left badly exposed' - Fenwick", "'Turnout is the story' - Kerrow":
the quoted words closing right before the dash are the words of the one named after it, whether or not the body
repeats them (headline_labels.dash_label). Words after the dash that name no one the page knows ('- Reality
Check', '- live updates') give no speaker. Hand-written texts, fictional names."""
from __future__ import annotations

import pytest

from quote_helpers import quote_runner


@pytest.fixture(scope="module")
def run(nlp):
    return quote_runner(nlp)


def quoted(run, text: str, words: str):
    return [q for q in run(text) if q.kind in ("direct", "partial") and q.text == words]


def test_headline_fragment_named_after_the_dash(run):
    text = ("Farm tariffs 'will hurt growers first' - Okonjo\n\nTrade Minister Ada Okonjo has warned that the new "
            "import levies planned by the Varrow government will damage the country's farmers before anyone "
            "else.\n\n\"We have told our partners that this is not the way neighbours behave,\" she said.\n")
    qs = quoted(run, text, "will hurt growers first")
    assert len(qs) == 1 and qs[0].speaker.name == "Ada Okonjo"


def test_subheadings_of_a_live_page(run):
    text = ("Brenmoor assembly live: Budget row deepens\n\nThe finance committee meets for the first time since the "
            "election.\n\nCouncils 'left badly exposed' - Fenwick\n\nOpposition finance spokesman Carl Fenwick says the "
            "budget settlement leaves local councils with no room to protect services.\n\n\"This is a budget written "
            "for the spreadsheet, not for people,\" he says.\n\n10:15\n\n'Turnout is the story' - Kerrow\n\nElections "
            "expert Ann Kerrow tells us turnout appears to be well above the last election.\n\n\"I've not seen queues "
            "like this in twenty years,\" she says.\n")
    exposed = quoted(run, text, "left badly exposed")
    assert len(exposed) == 1 and exposed[0].speaker.name == "Carl Fenwick"
    story = quoted(run, text, "Turnout is the story")
    assert len(story) == 1 and story[0].speaker.name == "Ann Kerrow"


def test_no_name_after_the_dash(run):
    text = ("Tarnland budget 'will not add up' - Reality Check\n\nFinance Minister Ida Lunn says her budget will cut "
            "the deficit by half.\n\nCritics say the figures \"will not add up\" unless growth returns.\n")
    assert all(q.speaker is None or q.speaker.name != "Check" and "Reality" not in q.speaker.name
               for q in quoted(run, text, "will not add up"))
