"""Who-said-what scoring for the golden sample corpus, written for newsgraph.

It applies the matching rules that ``../shared/eval/score.py quotes`` documents (see
``../shared/eval/README.md``), so the sample tests give the same figures with or without
the shared folder:

- words: lower-cased, ``'s`` dropped, runs of letters and digits (an inner apostrophe kept);
- a predicted span matches a gold span when each holds at least half of the other's words
  (multiset overlap); pairs are taken best-first, each span used once;
- who-said-what also needs the same speaker: names compared without titles and
  honorifics, equal, one a subset of the other, or the same surname (3+ letters);
- a source matches when half of either name's words are in the other, or the names
  name the same speaker; gold sources are taken in order, each predicted one used once.

Predicted direct quotes are those of kind direct, partial or mixed (kind defaults to
direct); predicted indirect ones are of kind indirect or mixed.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_POSSESSIVE = re.compile(r"'s\b")

# Words that do not identify a person: titles, honorifics, and role words.
NOT_A_NAME = frozenset("""
mr mrs ms miss dr sir dame lord lady prof professor president vice prime minister secretary
general gen sen senator rep representative gov governor mayor chancellor king queen prince
princess pope rev judge justice chief spokesman spokeswoman spokesperson the defense defence
foreign former
""".split())

DIRECT_KINDS = frozenset({"direct", "partial", "mixed"})
INDIRECT_KINDS = frozenset({"indirect", "mixed"})


def words(text: str | None) -> list[str]:
    """The words of a span or name, as the scorer compares them."""
    lowered = (text or "").lower().replace("\u2019", "'")
    return _WORD.findall(_POSSESSIVE.sub("", lowered))


def shared_share(gold: str | None, pred: str | None) -> tuple[float, float]:
    """(share of gold words found in pred, share of pred words found in gold), as multisets."""
    g, p = Counter(words(gold)), Counter(words(pred))
    both = sum((g & p).values())
    return both / max(1, sum(g.values())), both / max(1, sum(p.values()))


def name_words(name: str | None) -> list[str]:
    return [w for w in words(name) if w not in NOT_A_NAME and w != "s"]


def same_person(gold: str | None, pred: str | None) -> bool:
    """True when two speaker names can be taken for the same person or body."""
    g, p = name_words(gold), name_words(pred)
    if not g or not p:
        return False
    gs, ps = set(g), set(p)
    if g == p or gs <= ps or ps <= gs:
        return True
    return g[-1] == p[-1] and len(g[-1]) > 2


def speaker_name(quote: dict[str, Any]) -> str | None:
    sp = quote.get("speaker")
    return sp.get("name") if isinstance(sp, dict) else sp


def pair_spans(gold: list[dict], pred: list[dict], need: float = 0.5) -> list[tuple[dict, dict]]:
    """One-to-one pairs of gold and predicted spans, best overlap first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            share_g, share_p = shared_share(g.get("text"), p.get("text"))
            if share_g >= need and share_p >= need:
                candidates.append((share_g + share_p, gi, pi))
    candidates.sort(reverse=True)
    taken_g: set[int] = set()
    taken_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi in taken_g or pi in taken_p:
            continue
        taken_g.add(gi)
        taken_p.add(pi)
        pairs.append((gold[gi], pred[pi]))
    return pairs


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "pred": n_pred, "gold": n_gold, "p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def source_matches(gold: str | None, pred: str | None) -> bool:
    share_g, share_p = shared_share(gold, pred)
    return max(share_g, share_p) >= 0.5 or same_person(gold, pred)


def score_quotes(gold: dict[str, dict], pred: dict[str, dict]) -> dict[str, Any]:
    """Direct and indirect who-said-what and sources, summed over the gold documents."""
    out: dict[str, Any] = {}
    for label, field, kinds in (("direct", "quotes", DIRECT_KINDS), ("indirect", "indirect", INDIRECT_KINDS)):
        n_gold = n_pred = found = right = 0
        for doc_id, g in gold.items():
            gq = g.get(field, [])
            pq = [q for q in pred.get(doc_id, {}).get("quotes", []) if q.get("kind", "direct") in kinds]
            pairs = pair_spans(gq, pq)
            n_gold += len(gq)
            n_pred += len(pq)
            found += len(pairs)
            right += sum(same_person(a.get("speaker"), speaker_name(b)) for a, b in pairs)
        out[f"{label}_detect"] = prf(found, n_pred, n_gold)
        out[f"{label}_who_said_what"] = prf(right, n_pred, n_gold)
        out[f"{label}_speaker_acc"] = round(right / found, 4) if found else 0.0
    n_gold = n_pred = found = 0
    for doc_id, g in gold.items():
        wanted = [a.get("reported_by") for a in g.get("attributions", [])]
        offered = [a.get("reported_by") for a in pred.get(doc_id, {}).get("attributions", [])]
        n_gold += len(wanted)
        n_pred += len(offered)
        for w in wanted:
            hit = next((i for i, o in enumerate(offered) if source_matches(w, o)), None)
            if hit is not None:
                found += 1
                del offered[hit]
    out["sources"] = prf(found, n_pred, n_gold)
    out["documents_missing_from_pred"] = sum(doc_id not in pred for doc_id in gold)
    return out


def load_jsonl(path: str | Path) -> dict[str, dict]:
    """Records of a JSONL file keyed by their ``id``."""
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                out[str(rec.get("id"))] = rec
    return out


def flat_figures(result: dict[str, Any]) -> dict[str, float]:
    """``{"direct_who_said_what.f1": 0.8, "direct_speaker_acc": 0.9, ...}`` for floors and reports."""
    flat: dict[str, float] = {}
    for key, val in result.items():
        if isinstance(val, dict):
            for k in ("p", "r", "f1"):
                if k in val:
                    flat[f"{key}.{k}"] = val[k]
        elif isinstance(val, int | float):
            flat[key] = val
    return flat


def table(result: dict[str, Any]) -> str:
    lines = []
    for key, val in result.items():
        if isinstance(val, dict):
            lines.append(f"{key:28s} " + "  ".join(f"{k}={v}" for k, v in val.items()))
        else:
            lines.append(f"{key:28s} {val}")
    return "\n".join(lines)


def gold_strings(rec: dict[str, Any]) -> Iterable[str]:
    """Every annotated string of one gold record (quotes, indirect, attribution sentences)."""
    for q in rec.get("quotes", []):
        yield q["text"]
    for q in rec.get("indirect", []):
        yield q["text"]
    for a in rec.get("attributions", []):
        yield a["text"]
