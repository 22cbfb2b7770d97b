"""Unowned reports as the source of the clause a cue verb answers: 'Vestia reacted quickly to reports that Korva
could add troops ...' gives the clause to 'reports', not to Vestia (the clause completes the noun, a reply does not
state it). Reports with an owner or source ('reports by the Tarn Courier that ...') and reports the verb takes as
its object ('denied reports that ...': the denial is the subject's) keep their speakers. Texts, people, outlets
and places are made up."""
from __future__ import annotations

from newsgraph.analyze import analyze
from quote_helpers import speaker_of

VALLEY = ("Valley tension grows\n\n"
          "Vestia reacted quickly to reports that Korva could add troops along the valley.\n\n"
          "The minister sought to push back against initial reports that troops had entered the port.")

OWNED = ("Valley tension grows\n\n"
         "The minister denied reports that troops had entered the port.\n\n"
         "Vestia reacted quickly to reports by the Tarn Courier that Korva could add troops along the valley.")


def test_reply_to_reports_gives_the_clause_to_the_reports():
    got = analyze(VALLEY)
    assert speaker_of(got.quotes, "Korva could add troops") == "reports"


def test_push_back_against_initial_reports():
    got = analyze(VALLEY)
    assert speaker_of(got.quotes, "troops had entered the port") == "initial reports"


def test_denied_reports_stay_the_deniers():
    got = analyze(OWNED)
    assert speaker_of(got.quotes, "reports that troops had entered") == "The minister"


def test_owned_reports_are_not_unowned():
    got = analyze(OWNED)
    assert all(q.speaker is None or q.speaker.name != "reports" for q in got.quotes)
