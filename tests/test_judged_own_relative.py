"""A relative clause in which the speaker reports his own words is part of what he judged
(reported_shapes.judged_act_end): 'hailed the determination of supporters who he said had turned out ...'; one
reporting someone else's words still ends it. Fictional text."""
from newsgraph.analyze import analyze


def _indirect(text):
    return [(q.speaker.name if q.speaker else None, q.text) for q in analyze(text).quotes if q.kind == "indirect"]


def test_own_words_in_the_relative_clause_stay_in_the_judged_act():
    got = _indirect("Opposition leader Carl Bastide praised the resolve of party members who he said "
                    "had flooded the streets for the rallies.")
    assert ("Carl Bastide", "the resolve of party members who he said had flooded the streets for "
                            "the rallies") in got
