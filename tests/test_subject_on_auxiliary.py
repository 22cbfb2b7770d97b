"""A cue whose subject the parser hung on its auxiliary still has that subject as its speaker
(speaker_syntax.subject_candidates): 'Vostria has from the very beginning reiterated that ...' inside another's
statement gives both levels. Fictional text."""
from newsgraph.analyze import analyze


def test_subject_hung_on_the_auxiliary_speaks():
    got = [(q.speaker.name if q.speaker else None, q.text) for q in analyze(
        "Spokeswoman Mira Afkan said Vostria has from the very beginning reiterated that it is not negotiating "
        "military issues with the six powers.").quotes if q.kind == "indirect"]
    assert ("Vostria", "it is not negotiating military issues with the six powers") in got
