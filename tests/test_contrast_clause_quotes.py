"""A quoted fragment in a 'while' clause with its own speaker ('X said A, while Y said she was "..."') is Y's words:
the clause stands beside X's report, even where the parser hangs it under what X said (quote_cues.governing_cue,
coordinated_speakers.contrast_clause). Texts, people and places are made up."""
from __future__ import annotations

from newsgraph.analyze import analyze
from quote_helpers import direct_speaker_of

WHILE = ("Court keeps Varno activist in custody\n\n"
         "The court in Varno kept activist Mara Olt in custody on Friday.\n\n"
         "UN envoy Tomas Baxter said he regretted the ruling, while Lindavian President Anna Kell said she was "
         "\"deeply troubled\" over the verdict.")

NO_SUBJECT = ("Dam plan wins backing\n\n"
              "Regional minister Tomas Baxter said the dam plan, while costly, was \"a fair deal for the valley\".")


def test_while_clause_has_its_own_speaker():
    got = analyze(WHILE)
    assert direct_speaker_of(got.quotes, "deeply troubled") == "Anna Kell"


def test_while_without_a_subject_stays_with_the_speaker():
    got = analyze(NO_SUBJECT)
    assert direct_speaker_of(got.quotes, "a fair deal for the valley") == "Tomas Baxter"
