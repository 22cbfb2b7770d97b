"""A host welcoming a guest states nothing (reported_shapes.hosted_guest): 'welcomed her counterpart to Arlen for
talks', 'will welcome President X to Harrowdene House', 'whom he welcomed to Tarnholm for ...'; a thing welcomed ('the
decision to ...', "Vostria's chairmanship of ...") and a person welcomed 'as' an office are statements. Fictional
text."""
from newsgraph.analyze import analyze


def _indirect(text):
    return [q.text for q in analyze(text).quotes if q.kind == "indirect"]


def test_a_guest_welcomed_to_a_place_is_no_statement():
    got = _indirect("Foreign Minister Ana Drell welcomed her Vostrian counterpart to Arlen for talks. Prime Minister "
                    "Rob Anders will welcome President Kalev to Harrowdene House today for discussions on the war. Secretary "
                    "Ellis met today with Foreign Minister Ori Dan, whom he welcomed to Tarnholm for the Minister's "
                    "first official visit.")
    assert not any("Arlen" in t or "Harrowdene" in t or "official visit" in t for t in got), got


def test_a_thing_welcomed_or_a_person_welcomed_as_an_office_is_a_statement():
    got = _indirect("Foreign Minister Ana Drell welcomed the decision to reopen the border. The minister welcomed "
                    "Dr. Ivo Kade as Director-General of the agency. The Secretary welcomed Vostria's chairmanship "
                    "of the G20.")
    assert "the decision to reopen the border" in got
    assert "Dr. Ivo Kade as Director-General of the agency" in got
    assert "Vostria's chairmanship of the G20" in got
