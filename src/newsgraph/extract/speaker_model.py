"""The learned speaker choice for direct and partial quotes (speaker_features.py gives the candidates).

After the rules have named every quote's speaker (quotes.extract_quotes), each direct or partial quote offers
its candidate speakers (the rules' pick, neighbouring quotes' speakers, people and bodies named around it,
speakers of nearby cues) to a judge:

- the trace (``collecting()``, for benchmarks/train_speaker_model.py): every quote is recorded with its
  candidates and their features; the rules' pick stands;
- the model (``use_model(True)`` or NEWSGRAPH_SPEAKER_MODEL=1): a logistic model over the features (weights in
  data/speaker_model.json) scores the candidates, and the best one replaces the rules' pick when its
  probability beats the pick's by the margin in the weight file (chosen by grouped cross-validation); a quote
  the rules left without a speaker takes the best candidate when it reaches the ``fill`` threshold.

Inference is event_model.EventModel.probability (bias plus the weights of the indicator features through the
logistic function). When neither the trace nor the model is on nothing of this module is computed.

Off by default: in article-grouped 5-fold cross-validation over the session-23 read sets and the repo's golden
BASIL/wire pages (400 pages, 2160 quotes) it does not beat the rules (direct who-said-what 0.9257 rules, 0.9238
model, 0.9635 for the best candidate in the list; figures per set in data/speaker_model.json "metadata").
"""
from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from ..errors import NewsgraphError
from ..lexicons import data_json
from .collectors import collecting_into
from .event_model import EventModel
from .model_switch import ModelSwitch
from .speaker_features import DocTables, candidates, features

MODEL_FILE = "speaker_model.json"
DEFAULT_ON = False  # on only when it cleared the bar (data/speaker_model.json "metadata")
KINDS = ("direct", "partial")


class SpeakerModelError(NewsgraphError):
    """The speaker model's weight file is missing or malformed."""


@dataclass(frozen=True)
class SpeakerModel:
    linear: EventModel
    margin: float  # the best candidate replaces the rules' pick when its probability is higher by this
    fill: float  # a quote without a speaker takes the best candidate at this probability
    metadata: dict

    def probability(self, feats: list[str]) -> float:
        return self.linear.probability(feats)


def model_from_dict(data: dict) -> SpeakerModel:
    try:
        linear = EventModel(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()},
                            0.0, 0.0, {}, dict(data.get("metadata", {})))
        return SpeakerModel(linear, float(data["thresholds"]["margin"]), float(data["thresholds"]["fill"]),
                            linear.metadata)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise SpeakerModelError(f"malformed speaker model: {exc}") from None


@lru_cache(maxsize=1)
def load_model() -> SpeakerModel:
    """The shipped weights (loaded once)."""
    return model_from_dict(data_json(MODEL_FILE, SpeakerModelError))


_SWITCH = ModelSwitch("speaker_model", "NEWSGRAPH_SPEAKER_MODEL", DEFAULT_ON, load_model)


_COLLECT: ContextVar[list | None] = ContextVar("speaker_model_collect", default=None)


def model_enabled() -> bool:
    """use_model(), else NEWSGRAPH_SPEAKER_MODEL (1/on/true/yes; 0/off/false/no), else DEFAULT_ON."""
    return _SWITCH.enabled()


def use_model(on: bool, model: SpeakerModel | None = None):
    """Run the block with the model on or off, whatever NEWSGRAPH_SPEAKER_MODEL says; ``model`` replaces the
    shipped weights for the block."""
    return _SWITCH.use(on, model)


def collecting():
    """Training: every direct/partial quote of every document analysed in the block is appended to the yielded
    list as {start, end, text, kind, cands: [{name, rule, feats}]}; the rules' speakers stand."""
    return collecting_into(_COLLECT)


def decide(rule: int | None, probs: list[float], margin: float, fill: float) -> int | None:
    """The candidate to keep: the best one when it beats the rules' pick by ``margin`` (or, with no pick,
    reaches ``fill``); else the rules' pick."""
    if not probs:
        return rule
    best = max(range(len(probs)), key=lambda k: probs[k])
    if rule is None:
        return best if probs[best] >= fill else None
    if best != rule and probs[best] - probs[rule] >= margin:
        return best
    return rule


def choose_speakers(doc, index, quotes: list, cue_tokens: list) -> None:
    """Hand every direct/partial quote's candidates to the trace or the model (nothing when both are off)."""
    log = _COLLECT.get()
    model = None
    if log is None:
        if not model_enabled():
            return
        model = _SWITCH.model()
    tab = DocTables(doc, index, cue_tokens)
    for q in quotes:
        if q.kind not in KINDS:
            continue
        cands = candidates(tab, q, quotes)
        rule_c = next((c for c in cands if c.rule), None)
        feats = [features(tab, q, c, rule_c) for c in cands]
        if log is not None:
            log.append({"start": q.start, "end": q.end, "text": q.text, "kind": q.kind,
                        "cands": [{"name": c.speaker.name if c.speaker else None, "rule": c.rule, "feats": f}
                                  for c, f in zip(cands, feats, strict=True)]})
            continue
        rule = next((k for k, c in enumerate(cands) if c.rule), None)
        k = decide(rule, [model.probability(f) for f in feats], model.margin, model.fill)
        if k is not None and k != rule and cands[k].speaker is not None:
            q.speaker = cands[k].speaker
