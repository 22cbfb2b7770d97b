"""A closing attribution '<clause>, the nation's trade minister announced on Friday.' whose cue the tagger read as
a participle (VBN) though it has its own subject and no passive auxiliary: the clause before the comma is what was
said (session 28, agind). Fictional text."""
from newsgraph.analyze import analyze


def _indirect(text):
    return [(q.speaker.name if q.speaker else None, q.text) for q in analyze(text).quotes if q.kind == "indirect"]


def test_past_tense_read_as_a_participle():
    got = _indirect("Exports rise\n\nVostria's slice of global exports has exceeded 3% for the first time since "
                    "1990, the nation's trade minister announced on Friday.\n\nThe minister, Amos Kessel, spoke "
                    "in Arlen.")
    assert ("Amos Kessel", "Vostria's slice of global exports has exceeded 3% for the first time since 1990") in got


def test_a_passive_closing_clause_reports_nothing():
    got = _indirect("Exports rise\n\nVostria's slice of global exports has exceeded 3% for the first time, "
                    "the figures were announced on Friday.\n\nThe ministry gave no details.")
    assert not any(t.startswith("Vostria's slice") for _, t in got)
