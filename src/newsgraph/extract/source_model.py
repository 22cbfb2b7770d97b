"""The learned keep/drop decision over source candidates (extract_attributions in sources.py).

extract_attributions collects candidates (outlet names, source nouns, "according to", statements, ...) and its
judges keep or drop each on the parse. With a judge active (this module), the tokens at which a branch of its token
loop looked and declined become candidates too (as mentions, which credit nothing), and every candidate goes to
the judge with its guard: None when the rules credit it, "mention" (kept only for what refers back to it),
"named_only" (an outlet named, not credited), "declined_<branch>":

- the trace (``collecting()``, for benchmarks/train_source_model.py): every candidate is recorded with its
  features (source_features.py) and the rules' decision stands;
- the model (``use_model(True)`` or NEWSGRAPH_SOURCE_MODEL=1): a logistic model over the features (weights in
  data/source_model.json, fitted by benchmarks/train_source_model.py) decides: a credited candidate whose
  probability falls below ``keep`` becomes a mention, a guarded one reaching ``add`` is credited.

Off by default unless the weight file's metadata shows it cleared the bar of cross-validation (see DEFAULT_ON);
with it off nothing of this module is computed. Probabilities are event_model's (EventModel.probability), one
copy of the inference code for every model.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from ..errors import NewsgraphError
from ..lexicons import data_json
from .collectors import collecting_into
from .event_model import EventModel
from .model_switch import ModelSwitch
from .source_features import candidate_features
from .source_syntax import noun_key

MODEL_FILE = "source_model.json"
DEFAULT_ON = False  # on only when the model cleared the bar of common.md in grouped cross-validation


class SourceModelError(NewsgraphError):
    """The source model's weight file is missing or malformed."""


@dataclass(frozen=True)
class SourceModel:
    linear: EventModel  # bias and weights; its probability() is the inference
    keep: float  # a credited candidate stays credited when its probability is at least this
    add: float  # a guarded candidate is credited when its probability is at least this
    metadata: dict

    def probability(self, feats: list[str]) -> float:
        return self.linear.probability(feats)


def model_from_dict(data: dict) -> SourceModel:
    try:
        linear = EventModel(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()},
                            float(data["thresholds"]["keep"]), float(data["thresholds"]["add"]), {},
                            dict(data.get("metadata", {})))
        return SourceModel(linear, linear.keep, linear.add, linear.metadata)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise SourceModelError(f"malformed source model: {exc}") from None


@lru_cache(maxsize=1)
def load_model() -> SourceModel:
    """The shipped weights (loaded once)."""
    return model_from_dict(data_json(MODEL_FILE, SourceModelError))


_SWITCH = ModelSwitch("source_model", "NEWSGRAPH_SOURCE_MODEL", DEFAULT_ON, load_model)


_COLLECT: ContextVar[list | None] = ContextVar("source_model_collect", default=None)


def model_enabled() -> bool:
    """use_model(), else NEWSGRAPH_SOURCE_MODEL (1/on/true/yes: on; 0/off/false/no: off), else DEFAULT_ON."""
    return _SWITCH.enabled()


def use_model(on: bool, model: SourceModel | None = None):
    """Run the block with the model on or off, whatever NEWSGRAPH_SOURCE_MODEL says; ``model`` replaces the
    shipped weights for the block."""
    return _SWITCH.use(on, model)


def collecting():
    """Training: every candidate of every document analysed in the block is appended to the yielded list as
    {guard, found (the _Found, resolved by _finish afterwards), anchor, sent_start, sent_end, feats}."""
    return collecting_into(_COLLECT)


def _features(doc, text, found, guards, own):
    counts = Counter(f.key for f in found)
    return [candidate_features(doc, text, f, g, own, counts) for f, g in zip(found, guards, strict=True)]


def decide(guards: list[str | None], probs: list[float], keep: float, add: float) -> list[bool]:
    """Which candidates are credited: one the rules credit when its probability reaches ``keep``, a guarded one
    when it reaches ``add``."""
    return [p >= keep if g is None else p >= add for g, p in zip(guards, probs, strict=True)]


def _record(log: list) -> Callable:
    def judge(doc, text, found, guards, own):
        for f, g, feats in zip(found, guards, _features(doc, text, found, guards, own), strict=True):
            log.append({"guard": g, "found": f, "anchor": f.anchor, "sent_start": f.sent.start_char, "sent_end": f.sent.end_char,
                        "feats": feats})
    return judge


def _decide(model: SourceModel) -> Callable:
    def judge(doc, text, found, guards, own):
        probs = [model.probability(x) for x in _features(doc, text, found, guards, own)]
        for f, credited in zip(found, decide(guards, probs, model.keep, model.add), strict=True):
            f.mention = not credited
    return judge


def candidate_judge() -> Callable | None:
    """What extract_attributions hands its candidates to: the trace's recorder, the model's decision, or None
    (the rules alone, nothing extra computed)."""
    log = _COLLECT.get()
    if log is not None:
        return _record(log)
    if not model_enabled():
        return None
    return _decide(_SWITCH.model())


def declined_branch(tok, low: str, lex) -> tuple[str, object] | None:
    """The branch of extract_attributions' token loop that looked at ``tok`` and credited nothing, and the token
    that names what it would have credited; None when no branch looks at such a token (called only with a judge
    active, once per token the loop leaves without a candidate)."""
    doc, cues = tok.doc, lex.cues
    if low in ("according", "per"):
        nxt = doc[tok.i + 1] if low == "according" and tok.i + 1 < len(doc) else tok
        obj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
        return (low, obj) if obj is not None else None
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if noun_key(tok) in lex.nouns:
        return ("noun", tok)
    if low in cues["page_nouns"]:
        return ("page", tok)
    if tok.dep_ == "nsubj" and (tok.head.lemma_ in cues["body_report_verbs"] or tok.head.lemma_ in cues["belief_verbs"]):
        return ("body", tok)
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        return ("agent", tok)
    if low in cues["outlet_heads"] or low in cues["programme_words"]:
        return ("outlet", tok)
    return None
