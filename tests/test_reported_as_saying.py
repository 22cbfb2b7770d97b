"""'Local media reported Mr X as saying (that) ...': the object of the relaying verb spoke, as with 'quoted X as
saying'; the outlet only relayed it. A report with no 'as saying' phrase ('State radio reported that ...', 'The
paper reported the deal as a breakthrough') stays the outlet's. Texts, people and outlets are made up."""
from __future__ import annotations

from newsgraph.analyze import analyze
from quote_helpers import speaker_of

BORDER = ("Tensions rise in Orlen\n\n"
          "Local media reported Mr Dassel as saying late on Friday that border patrols would be doubled.\n\n"
          "The Varn Herald reported Interior Minister Ada Lusk as saying the checks would continue.")

PLAIN = ("Minister quits in Orlen\n\n"
         "State radio reported that Interior Minister Ada Lusk had resigned after the vote.")


def test_object_of_reported_as_saying_speaks():
    got = analyze(BORDER)
    assert speaker_of(got.quotes, "border patrols would be doubled") == "Dassel"


def test_titled_object_of_reported_as_saying_speaks():
    got = analyze(BORDER)
    assert speaker_of(got.quotes, "the checks would continue") == "Ada Lusk"


def test_plain_report_stays_the_outlets():
    got = analyze(PLAIN)
    assert speaker_of(got.quotes, "Interior Minister Ada Lusk had resigned") == "State radio"
