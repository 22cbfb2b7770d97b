"""What stands after a comma inside a reported clause without opening a new one: an item of a list ('between Osk, the
bases of X, Vell, and ...'; 'in the fields of A, B, conducting trade ...') or an appositive that names or describes the
noun before it ('..., the Vell Post's editor', '..., an agreement critics call costly'), as against the writer's
comment on the whole statement ('..., a move critics called reckless'). Used by ``clause_bounds._clause_end``."""
from __future__ import annotations

from .cues import speech_cues

# Appositive heads that sum up the statement or the act itself ('..., a claim the union disputed', '..., a move
# critics called reckless', '..., the third such warning this month'): the writer's comment on the clause, cut from it.
COMMENT_HEADS = frozenset(speech_cues().cue_nouns) | frozenset(speech_cues().roles["verdict_nouns"]) | frozenset({
    "move", "step", "sign", "signal", "blow", "setback", "reversal", "shift", "departure", "gesture", "snub",
    "rebuff", "reference", "nod", "swipe", "dig", "jab", "allusion", "echo", "development", "escalation", "turnaround",
    "u-turn", "about-face", "retreat", "climbdown", "concession", "first", "indication", "hint", "rebuke", "rejection",
    "stance", "sentiment", "refrain", "principle", "term", "phrase", "label", "notion", "idea", "fact", "precedent",
    "statistic", "statistics", "figure", "figures", "estimate", "tally"})  # (not 'point', 'line', 'position':
# 'the Osk crossing, the main entry point')


def _describes_noun(appos) -> bool:
    """'... struck a deal with the unions, an agreement critics call too costly', '... met Ada Brell, the Vell Post's
    editor': an appositive (after a comma or a dash) that names or describes the noun it follows goes on with the
    clause, as the genre gold keeps it with the reported words (all 5 such appositives an earlier cut removed on the
    read pages); one whose head sums up the statement, the act or its figure (``COMMENT_HEADS``: '..., a principle X
    honoured', '... -- a term the mayor also used') is the writer's comment."""
    if not (appos.dep_ == "appos" and appos.head.pos_ in ("NOUN", "PROPN") or appos.dep_ == "dobj"):
        return False  # (a second object after a comma, 'use the Osk crossing, the main entry point for aid': the
        # parser's reading of an appositive; _clause_end asks only when an object stands before it)
    return appos.lemma_.lower() not in COMMENT_HEADS and appos.lower_ not in COMMENT_HEADS


def _serial_list(noun) -> bool:
    """'traveling between Kabul, the bases of the leadership in X, Y, and Z': a noun after a comma whose phrase
    runs on into a list closed by ', and' / ', or' is an item of an enumeration, not the writer's appositive
    comment."""
    doc = noun.doc
    return any(t.dep_ == "cc" and t.lower_ in ("and", "or") and doc[t.i - 1].text == "," and
               any(g.dep_ == "conj" for g in t.head.children) for t in noun.subtree if t.i > noun.i)


def _open_list(doc, first) -> bool:
    """'cooperation in the fields of economy, electric cars, conducting trade through ...': a participle after a
    comma that follows a list item not yet closed by 'and' ('A, B, <participle> ...') is the list's next item."""
    if first.i < 3 or doc[first.i - 1].text != ",":
        return False
    prev = doc[first.i - 2]
    return prev.dep_ == "conj" and prev.pos_ in ("NOUN", "PROPN") and \
        not any(g.dep_ == "cc" for g in prev.head.children) and doc[prev.left_edge.i - 1].text == ","
