"""A definite description resolved to the nearest earlier description of the same head ('A spokesperson for X
said ...', then 'the spokesperson said'), and 'the source' to the unnamed informant the page introduced just
before it ('an official briefed on the talks said ...', then '"...," the source told the agency')."""
from __future__ import annotations

from bisect import bisect_left

from ..model import Quote, Speaker
from .cues import person_words
from .speaker_descriptions import SPOKESPERSON


def nearest_descriptions(doc, index, quotes: list[Quote], window: int = 3000) -> None:
    """'the spokesperson said' named after an earlier 'A spokesperson for X said': the nearest such description
    before it in the text. Quotes are resolved direct ones first, so a later statement's description ('A
    Microsoft spokesperson said that ...') was not yet known when the direct quote took an older one."""
    if not index.descriptions:
        return
    known = {d[2] for d in index.descriptions}
    ordered = None  # the descriptions by start, made once for the page when 'the source' needs them
    for q in quotes:
        sp = q.speaker
        if sp is not None and sp.entity is None and sp.start is not None and sp.name == sp.mention and \
                sp.mention.lower() == "the source":
            if ordered is None:
                ordered = sorted(index.descriptions)
            informant = _source_informant(index.text, ordered, sp.start)
            if informant is not None:  # 'An official briefed on the talks said ...', then '"...," the source told'
                q.speaker = Speaker(name=informant, entity=None, mention=sp.mention, start=sp.start, end=sp.end)
            continue
        if sp is None or sp.entity is not None or sp.start is None or sp.name not in known or \
                sp.mention.split()[0].lower() not in ("the", "that", "this"):
            continue
        span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        lemma = span.root.lemma_.lower()
        near = [d for d in index.descriptions if d[1] == lemma and d[0] < sp.start and sp.start - d[0] <= window]
        if near:
            best = max(near)[2]
            if best != sp.name:
                q.speaker = Speaker(name=best, entity=None, mention=sp.mention, start=sp.start, end=sp.end)


SOURCE_BREAKS = 2  # paragraph breaks back to the unnamed informant 'the source' stands for


def _source_informant(text: str, ordered: list, pos: int) -> str | None:
    """'the source' (singular): an informant the page introduced by an anonymous role ('an official briefed on the
    talks', 'a diplomat familiar with the matter'), the nearest such description before ``pos``, at most two
    paragraph breaks back and none with the head 'source' (then the same-head rule above applies). A spokesperson
    speaks on the record: never the one 'the source' stands for. ``ordered``: index.descriptions sorted by start."""
    cutoff = pos
    for _ in range(SOURCE_BREAKS + 1):  # the start of the paragraph SOURCE_BREAKS breaks back
        cutoff = text.rfind("\n\n", 0, cutoff)
        if cutoff < 0:
            break
    lo = bisect_left(ordered, (cutoff + 1,)) if cutoff >= 0 else 0
    hi = bisect_left(ordered, (pos,))
    before = ordered[lo:hi]
    if not before or any(d[1] in ("source", "sources") for d in before):
        return None
    pw = person_words()
    last = before[-1]
    if last[1] not in pw.anonymous_roles or pw.expand(last[1]) == SPOKESPERSON:
        return None
    return last[2]
