"""Merging the readout pass with the general pass: on a readout, a judged act the general pass reports ('The two
leaders condemned the attack on the convoy': an evaluative cue with a bare object, reported_shapes.judged_act) is
also a readout statement, and the readout's speaker is the right one ('the two leaders' as both participants, 'He'
as the person of the clause before). The readout pass claims such spans first; a general statement of the same
cue it overlaps gives way, any other statement still keeps the readout pass off its span."""
from __future__ import annotations

from .cues import speech_cues
from .readout_commas import with_comma_runs
from .readout_statements import readout_statements
from .readout_tails import with_full_tails
from .readout_unrealised import without_unrealised
from .reported_constructions import TRIBUTE_NOUNS, paid_tribute
from .reported_shapes import judged_act
from .sentence_view import doc_view

EVALUATIVE = speech_cues().roles["evaluative_verbs"]


def _judged_cues(doc, q) -> set[str]:
    """The cue words of a general statement that reports a judged act: the evaluative verb whose bare object opens
    ``q`` ('condemned the looting of ...'), or 'paid' and 'tribute' when ``q`` is the one a tribute is paid to;
    empty for any other statement."""
    if q.kind != "indirect" or not q.cue:
        return set()
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return set()
    obj = span[0]
    while obj.dep_ not in ("dobj", "pobj") and obj.head.i != obj.i and span.start <= obj.head.i < span.end:
        obj = obj.head  # from the statement's first word up to the object
    if obj.left_edge.i != span.start:
        return set()
    verb = obj.head
    if obj.dep_ == "dobj" and verb.text == q.cue and verb.lemma_.lower() in EVALUATIVE and judged_act(obj):
        return {verb.text}
    sent, view = span.sent, doc_view(doc)  # (paid_tribute is None for a word that is no tribute noun: only those
    # are read as Tokens)
    tribute = next((t for i in range(sent.start, sent.end) if view.lemma[i] in TRIBUTE_NOUNS
                    for t in (view.tokens[i],) if (paid := paid_tribute(t)) is not None and paid.i == obj.i), None)
    return {tribute.text, tribute.head.text} if tribute is not None and q.cue in (tribute.text, tribute.head.text) \
        else set()


def _overlaps(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def with_readout_statements(doc, index, direct: list, indirect: list, published: str | None = None) -> list:
    """``indirect`` with the readout pass's statements added: the readout's where it overlaps a judged act of the
    same cue (that general statement dropped), the general statement's anywhere else ('X said the two sides
    affirmed ...': both levels, as the readout pass decides)."""
    merged = without_unrealised(doc, _merged(doc, index, direct, indirect, published))  # 'would welcome X'
    with_full_tails(doc, index, merged)  # 'calls on all to act calmly [and with restraint ...]': the whole appeal
    with_comma_runs(doc, index, merged)  # '..., as foreseen in the accord': on a readout, the rest of the clause
    return merged


def _merged(doc, index, direct: list, indirect: list, published: str | None) -> list:
    judged = [(q, _judged_cues(doc, q)) for q in indirect]
    judged = [(q, cues) for q, cues in judged if cues]
    if not judged:
        return indirect + readout_statements(doc, index, direct + indirect, published)
    others = [q for q in indirect if not any(q is j for j, _ in judged)]
    found = readout_statements(doc, index, direct + others, published)
    kept, dropped = [], []
    for r in found:
        hit = [(j, cues) for j, cues in judged if _overlaps(r, j)]
        if hit and all(r.cue in cues for _, cues in hit):
            kept.append(r)  # the same statement: the readout's speaker
            dropped += [j for j, _ in hit]
        elif not hit:
            kept.append(r)
    return [q for q in indirect if not any(q is d for d in dropped)] + kept
