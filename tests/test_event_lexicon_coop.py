"""The cooperative and verbal vocabulary (data/cameo_lexicon_coop.tsv, codes 01-08): one row or
construction per family, the non-political senses its restrictions keep out, and the small
constructions event_triggers codes for it (phone calls, "told X to ...", weak frame words)."""
from __future__ import annotations

import pytest

from newsgraph.extract.event_lexicon import FRAMES, NO_EVENT, cameo_codes
from newsgraph.extract.events import extract_events
from newsgraph.lexicons import data_rows


def _codes(nlp, text):
    return [e.cameo for e in extract_events(nlp(text), None, [], "2024-02-01")]


def test_rows_are_valid_and_cooperative():
    codes = cameo_codes()
    rows = data_rows("cameo_lexicon_coop.tsv")
    assert len(rows) > 200
    for row in rows:
        code = row[0].lstrip("@")
        assert code in codes or code == NO_EVENT or code in FRAMES, row
        assert row[1] in ("V", "N", "A"), row
        if code in codes:
            assert code[:2] <= "08", row  # this file holds the cooperative and verbal codes only


@pytest.mark.parametrize("text, code", [
    # 01 statements
    ("The Valdorian foreign ministry declined to say whether the talks would resume.", "011"),
    ("The Valdorian government offered its thoughts and prayers to the Kestrian victims.", "018"),
    # 02 appeals: a speech verb addressed to someone with an infinitive, a nudge
    ("The Valdorian president told Kestria to release the detainees.", "0253"),
    ("Lusovia nudged Kestria to resume talks with Valdoria.", "026"),
    # 03 intent: "look forward to" wraps the cooperation
    ("The Valdorian president said he looked forward to working with Kestria.", "031"),
    # 04 consult
    ("The Valdorian president called the Kestrian prime minister on Tuesday.", "041"),
    ("The Valdorian president had a phone conversation with the Kestrian prime minister.", "041"),
    ("The Valdorian foreign minister flew to Kestria for talks.", "042"),
    ("Valdoria and Kestria hammered out a deal on fishing rights.", "046"),
    # 05 diplomatic cooperation
    ("Valdoria and Kestria patched up their relations after the summit.", "050"),
    ("The Valdorian prime minister cut a deal with the Kestrian government.", "057"),
    # 06 / 07
    ("The Valdorian ministry handed over the evidence to Kestrian investigators.", "064"),
    ("The Valdorian army laid down its weapons.", "0873"),
    ("The Valdorian army halted its offensive against the Kestrian rebels.", "087"),
    ("Valdorian troops withdrew from the border.", "0874"),
    # 08 yield
    ("The Valdorian government backed down after the Kestrian protests.", "080"),
    ("The Kestrian government lifted the lockdown in the capital.", "081"),
    ("Kestria released two Valdorian sailors.", "0841"),
    # main-file and trigger refinements in the same range
    ("The Valdorian government is considering sanctions against Kestria.", "014"),
    ("The Valdorian foreign ministry disputed the Kestrian report.", "016"),
    ("Valdoria returned the bodies of three Kestrian soldiers.", "0841"),
])
def test_coop_rows_code_their_family(nlp, fictional_countries, text, code):
    assert _codes(nlp, text)[:1] == [code]


@pytest.mark.parametrize("text", [
    "The Valdorian president called the Kestrian minister a liar.",  # naming, not phoning
    "The Valdorian president called the election on Tuesday.",  # calling something
    "The Valdorian ministry issued a press release on Monday.",  # a press release
    "The Valdorian ministry released a statement on the Kestrian talks.",  # releasing a document
    "The Valdorian president told reporters that Kestria was an ally.",  # a that-clause: a statement
    "The Valdorian president was happy to see the Kestrian minister.",  # weak frame, nothing coded
    "The Kestrian senators held their fire on the budget.",  # idiom: no ceasefire
    "The Valdorian minister was considered a front-runner for the post.",  # a judgement, no option weighed
    "The Kestrian doctor told him to remove the feather duvet.",  # advice, not a political appeal
    "The Valdorian government funded the new school programme.",  # domestic funding, no aid
    "The Valdorian reform will yield savings for Kestrian workers.",  # producing, not conceding
    "The Valdorian president vowed to end the war on religion.",  # a metaphorical war: no de-escalation
])
def test_non_political_senses_stay_no_coop_event(nlp, fictional_countries, text):
    assert not [c for c in _codes(nlp, text) if c[:2] <= "08" and c != "010"]


def test_intent_wrapping_a_statement_stays_an_intent(nlp, fictional_countries):
    codes = _codes(nlp, "The Kestrian senate resolved to observe a minute of silence for the Valdorian victims.")
    assert codes and codes[0][:2] == "03"
