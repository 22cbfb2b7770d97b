"""The speaker's next act coordinated after the reported clause ('said she had no news and referred reporters to
X') ends the clause (speaker_conjuncts.py); a conjunct that is no speech act stays in it. Fictional text."""
from newsgraph.analyze import analyze


def _indirect(text):
    return [(q.speaker.name if q.speaker else None, q.text) for q in analyze(text).quotes if q.kind == "indirect"]


def test_referred_after_the_clause_is_the_speakers_act():
    got = _indirect("Title\n\nThe minister Ilse Varga said she had no news to share and referred reporters to the "
                    "harbour office.")
    assert ("Ilse Varga", "she had no news to share") in got, got


def test_contrasted_after_a_comma():
    got = _indirect("Title\n\nDorn Alsted said his tax rate was 30 percent, and contrasted that with the rate of "
                    "his rival.")
    assert ("Dorn Alsted", "his tax rate was 30 percent") in got, got


def test_a_deed_in_the_clause_stays():
    got = _indirect("Title\n\nThe envoy Ilse Varga said the rebels had taken the town and burned the granary.")
    assert any(text.endswith("burned the granary") for _, text in got), got
