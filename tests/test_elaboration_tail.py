"""A phrase after a comma that opens with 'both', 'including', 'particularly' ... spells out what was said, though
the parser hangs it outside the clause (indirect_ends._elaboration_tail); one with a finite verb of its own does
not. Fictional text."""
from newsgraph.analyze import analyze


def _indirect(text):
    return [(q.speaker.name if q.speaker else None, q.text) for q in analyze(text).quotes if q.kind == "indirect"]


def test_both_in_terms_of_stays_in_the_statement():
    got = _indirect("Prime Minister Dana Ossel will use the summits to press for lasting foreign backing "
                    "for Vostria, both in terms of weapons deliveries and long-range defence guarantees.")
    assert ("Dana Ossel", "lasting foreign backing for Vostria, both in terms of weapons deliveries and long-range "
                          "defence guarantees") in got


def test_particularly_stays_in_the_statement():
    got = _indirect("Education Minister Ivo Dranic called for more funding for schools, particularly in rural areas.")
    assert ("Ivo Dranic", "more funding for schools, particularly in rural areas") in got
