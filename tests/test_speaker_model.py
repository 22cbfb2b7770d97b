"""The learned speaker choice for direct quotes (extract/speaker_model.py, speaker_features.py): the weight file
loads and scores, the candidate trace is deterministic and lists the people around a quote, the decision rule,
and the model's choice on invented pages (shipped weights keep a right pick; a model that prefers another
candidate replaces the speaker with that candidate's full name)."""
from __future__ import annotations

import pytest

from newsgraph import analyze
from newsgraph.extract.speaker_model import (
    SpeakerModelError,
    collecting,
    decide,
    load_model,
    model_from_dict,
    use_model,
)

PAGE = (
    "Ferry levy splits island council\n\n"
    "CALDER ISLE (Harbourwire) - Island council leader Brenna Toliver defended the new ferry levy on Monday, "
    "saying the crossings lose money every winter.\n\n"
    "\"We cannot keep running boats at a loss,\" Toliver said at a packed meeting. \"The levy is fair.\"\n\n"
    "Opposition councillor Osric Manley, who runs a bakery near the pier, called the charge a tax on "
    "families. \"People here already pay more for everything,\" he said.\n\n"
    "\"We will put it to a vote in the spring.\"\n"
)


def _direct(a):
    return [q for q in a.quotes if q.kind in ("direct", "partial")]


def _speaker_of(a, words: str) -> str | None:
    q = next(q for q in _direct(a) if words in q.text)
    return q.speaker.name if q.speaker else None


def test_weights_load_and_score():
    m = load_model()
    assert 0.0 <= m.margin <= 1.01 and 0.0 <= m.fill <= 1.01
    p = m.probability(["rule", "pos=same_after", "subj_of_cue"])
    assert 0.0 < p < 1.0
    assert m.probability(["rule"]) != m.probability(["no_mention"])  # the weights are used
    assert "cv" in m.metadata and "ALL" in m.metadata["cv"]


def test_malformed_weights_raise():
    with pytest.raises(SpeakerModelError):
        model_from_dict({"bias": 0.0, "weights": {}})  # no thresholds


def test_decide():
    assert decide(0, [0.6, 0.9], 0.2, 0.5) == 1  # beats the rules' pick by the margin
    assert decide(0, [0.8, 0.9], 0.2, 0.5) == 0  # not by enough
    assert decide(None, [0.3, 0.7], 0.2, 0.5) == 1  # no pick: the best one reaching fill
    assert decide(None, [0.3, 0.4], 0.2, 0.5) is None


def test_trace_is_deterministic_and_lists_neighbours():
    runs = []
    for _ in range(2):
        with collecting() as log:
            analyze(PAGE, id="ferry")
        runs.append(log)
    assert runs[0] == runs[1]
    last = next(q for q in runs[0] if "vote in the spring" in q["text"])
    names = [c["name"] for c in last["cands"]]
    assert names[0] == "Osric Manley" and last["cands"][0]["rule"]  # the rules' pick first
    assert "Brenna Toliver" in names  # a speaker of the paragraphs above
    assert len(names) == len(set(names))  # one candidate per person


def test_shipped_model_keeps_right_speakers():
    with use_model(True):
        a = analyze(PAGE, id="ferry")
    assert _speaker_of(a, "running boats") == "Brenna Toliver"
    assert _speaker_of(a, "levy is fair") == "Brenna Toliver"
    assert _speaker_of(a, "pay more for everything") == "Osric Manley"
    assert _speaker_of(a, "vote in the spring") == "Osric Manley"


def test_model_decision_replaces_the_speaker():
    """A model that trusts the last speaker before a stand-alone quote over the rules' pick: the quote under
    Manley's paragraph goes to whoever spoke before it by that model, with the candidate's full name."""
    prefer_other = model_from_dict({"bias": 0.0, "weights": {"rule": -4.0, "first_person": 4.0},
                                    "thresholds": {"margin": 0.2, "fill": 0.5}, "metadata": {}})
    with use_model(True, prefer_other):
        a = analyze(PAGE, id="ferry")
    assert _speaker_of(a, "vote in the spring") == "Brenna Toliver"
    with use_model(False):
        b = analyze(PAGE, id="ferry")
    assert _speaker_of(b, "vote in the spring") == "Osric Manley"
