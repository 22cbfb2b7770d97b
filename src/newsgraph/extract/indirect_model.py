"""The learned keep/drop decision over the indirect-speech rules' candidates (issue #3).

indirect.py builds, for every cue, the statement its rules propose and the name of the guard that
drops it (None when the rules keep it). With a judge active (this module), dropped statements are
built too (span and speaker), cues that report no clause offer their object, and each cue offers
more candidates (indirect_candidates.py: the sentence around a cue set off by commas, other ends of
a kept statement); each cue's candidates go to the judge together:

- the trace (``collecting()``, for benchmarks/train_indirect_model.py): every candidate is recorded
  with its features (indirect_features.py) and the rules' decision stands;
- the model (``use_model(True)`` or NEWSGRAPH_INDIRECT_MODEL=1): a logistic model over the features
  (weights in data/indirect_model.json, fitted by benchmarks/train_indirect_model.py) decides (decide()):
  keep the rules' statement, replace it by another end of it, keep a candidate a guard dropped.

Off by default: in article-grouped cross-validation on the repo's golden articles and the annotated read
sets (432 articles, session 23) it does not raise who-said-what F1 over the rules (figures in the weight
file's metadata and in the training script's output), so the rules run alone and nothing of this module
is computed. Probabilities are event_model's
(EventModel.probability: bias plus the weights of the indicator features, through the logistic
function), so one copy of the inference code serves both models.
"""
from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from ..errors import NewsgraphError
from ..lexicons import data_json
from .collectors import collecting_into
from .event_model import EventModel
from .indirect_features import candidate_features
from .model_switch import ModelSwitch

MODEL_FILE = "indirect_model.json"
DEFAULT_ON = False  # see docs in data/indirect_model.json "metadata": on only when it cleared every bar


class IndirectModelError(NewsgraphError):
    """The indirect model's weight file is missing or malformed."""


@dataclass(frozen=True)
class IndirectModel:
    linear: EventModel  # bias and weights; its probability() is the inference
    keep: float  # a candidate the rules keep stays when its probability is at least this
    add: float  # a candidate a guard dropped is kept when its probability is at least this
    swap: float  # another end of a kept statement replaces it when at least this (and more likely)
    metadata: dict

    def probability(self, feats: list[str]) -> float:
        return self.linear.probability(feats)


def model_from_dict(data: dict) -> IndirectModel:
    try:
        linear = EventModel(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()},
                            float(data["thresholds"]["keep"]), float(data["thresholds"]["add"]), {},
                            dict(data.get("metadata", {})))
        return IndirectModel(linear, linear.keep, linear.add, float(data["thresholds"]["swap"]), linear.metadata)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise IndirectModelError(f"malformed indirect model: {exc}") from None


@lru_cache(maxsize=1)
def load_model() -> IndirectModel:
    """The shipped weights (loaded once)."""
    return model_from_dict(data_json(MODEL_FILE, IndirectModelError))


_SWITCH = ModelSwitch("indirect_model", "NEWSGRAPH_INDIRECT_MODEL", DEFAULT_ON, load_model)


# Training: a list every candidate is appended to (one list of dicts per extract_quotes call).
_COLLECT: ContextVar[list | None] = ContextVar("indirect_model_collect", default=None)


def model_enabled() -> bool:
    """use_model(), else NEWSGRAPH_INDIRECT_MODEL (1/on/true/yes: on; 0/off/false/no: off), else DEFAULT_ON."""
    return _SWITCH.enabled()


def use_model(on: bool, model: IndirectModel | None = None):
    """Run the block with the model on or off (the rules alone), whatever NEWSGRAPH_INDIRECT_MODEL says;
    ``model`` replaces the shipped weights for the block."""
    return _SWITCH.use(on, model)


def collecting():
    """Training: every candidate of every document analysed in the block is appended to the yielded
    list as {start, end, text, speaker, guard, cue, feats}; the rules decide the output."""
    return collecting_into(_COLLECT)


def _record(log: list) -> Callable:
    def judge(doc, index, cue, is_noun, cands):
        for q, guard in cands:
            log.append({"start": q.start, "end": q.end, "text": q.text, "guard": guard, "cue": cue.text,
                        "cue_i": cue.i, "speaker": q.speaker.name if q.speaker else None,
                        "feats": candidate_features(doc, index, cue, is_noun, q, guard)})
        return [q for q, guard in cands if guard is None]
    return judge


def decide(guards: list[str | None], probs: list[float], keep: float, add: float, swap: float) -> list[int]:
    """Which of one cue's candidates to keep (their positions): the rules' statement when its probability
    reaches ``keep``, or instead another end of it ("alt_" candidates) reaching ``swap`` and beating it;
    a candidate a guard dropped when it reaches ``add``."""
    out = []
    rule = next((k for k, g in enumerate(guards) if g is None), None)
    alts = [k for k, g in enumerate(guards) if g is not None and g.startswith("alt_")]
    best = max(alts, key=lambda k: probs[k], default=None)
    if rule is not None:
        if best is not None and probs[best] >= swap and probs[best] > probs[rule]:
            out.append(best)
        elif probs[rule] >= keep:
            out.append(rule)
    out += [k for k, g in enumerate(guards) if g is not None and not g.startswith("alt_") and probs[k] >= add]
    return out


def _decide(model: IndirectModel) -> Callable:
    def judge(doc, index, cue, is_noun, cands):
        probs = [model.probability(candidate_features(doc, index, cue, is_noun, q, g)) for q, g in cands]
        return [cands[k][0] for k in decide([g for _, g in cands], probs, model.keep, model.add, model.swap)]
    return judge


def candidate_judge() -> Callable | None:
    """What indirect.py hands each candidate to: the trace's recorder, the model's decision, or None (the
    rules alone, nothing extra computed)."""
    log = _COLLECT.get()
    if log is not None:
        return _record(log)
    if not model_enabled():
        return None
    return _decide(_SWITCH.model())
