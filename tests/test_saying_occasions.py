"""A past event after the reported clause dates the saying ('says it would never yield after the leader
indicated ...', 'pressed for a halt to the sit-ins after surviving a vote'): the clause ends before it
(saying_occasions.py, readout_tails.py); a past clause keeps its adjunct, and so does a condition. Fictional
text."""
from newsgraph.analyze import analyze


def _indirect(text):
    return [(q.speaker.name if q.speaker else None, q.text) for q in analyze(text).quotes if q.kind == "indirect"]


def test_after_clause_of_the_saying():
    got = _indirect("Title\n\nThe Varn cabinet says it would never bow to \"pressure\" after the regional "
                    "leader indicated that a vote could come next week.")
    assert any(text == 'it would never bow to "pressure"' for _, text in got), got


def test_dated_when_clause_of_the_saying():
    got = _indirect("Title\n\nPresident Ruthven indicated that Vostria could avoid the levies when he met with "
                    "Chancellor Ida Marr last week.")
    assert any(text == "Vostria could avoid the levies" for _, text in got), got


def test_after_gerund_on_an_appeal_verb():
    got = _indirect("Title\n\nPremier Ola Brenn pressed for a halt to the sit-ins after surviving a confidence vote.")
    assert ("Ola Brenn", "a halt to the sit-ins") in got, got


def test_past_clause_and_condition_keep_their_adjuncts():
    got = _indirect("Title\n\nDorn Alsted said the talks collapsed after the envoy left.")
    assert any(text == "the talks collapsed after the envoy left" for _, text in got), got
    got = _indirect("Title\n\nThe firm Kelvo said it only hands over data after receiving a binding court order.")
    assert any(text.endswith("binding court order") for _, text in got), got
