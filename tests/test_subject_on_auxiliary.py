"""A cue whose subject the parser hung on its auxiliary still has that subject as its speaker
(speaker_syntax.subject_candidates): 'Vostria has from the very beginning reiterated that ...' inside another's
statement gives both levels. Fictional text."""
from newsgraph.analyze import analyze


def test_subject_hung_on_the_auxiliary_speaks():
    got = [(q.speaker.name if q.speaker else None, q.text) for q in analyze(
        "Spokesman Ivo Marek said Vostria has from the outset reiterated that it will not join the "
        "fishing pact of the northern states.").quotes if q.kind == "indirect"]
    assert ("Vostria", "it will not join the fishing pact of the northern states") in got
