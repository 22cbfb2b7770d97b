"""Stances inside a report: 'The minister said the two sides agreed to meet again', 'Rask said Norland condemned the
raid', 'the spokesman said Vessaly encourages its firms to ...'. The annotation rules take both levels of a nested
report ('X said that Y acknowledged that ...'), and the annotated pages do so for a second speech act (acknowledged,
asked, proposed, called for, demanded, urged); a verb of agreeing or of taking a stance (agree, encourage, advocate,
welcome, blame, condemn) inside the clause another cue reports is part of what was said, not a report of its own. Such
a statement standing alone ('The two leaders agreed that ...', a readout's own words) is kept."""
from __future__ import annotations

import re

STANCE_STEMS = ("agree", "encourag", "advocat", "welcom", "blam", "condemn")
_WORD = re.compile(r"[A-Za-z]+")


def _stance(cue: str | None) -> bool:
    """The cue's verb is one of agreeing or taking a stance ('agreed', 'have agreed', 'encourages')."""
    words = _WORD.findall((cue or "").lower())
    return bool(words) and words[-1].startswith(STANCE_STEMS)


def _token_at(doc, word: str, lo: int, hi: int):
    """The last token ``word`` (lower case) that starts in text offsets [lo, hi), else None."""
    found = None
    for t in doc.char_span(lo, hi, alignment_mode="expand") or ():
        if t.lower_ == word and lo <= t.idx < hi:
            found = t
    return found


def _inside(doc, inner, outer) -> bool:
    """``inner`` lies within what ``outer`` reports, its cue inside the clause that the outer cue, standing before
    it in the same sentence, introduces: 'X said [the two countries agreed [to ...]]'. Not a tail attribution
    ('A and B agreed to ..., officials said': the lede's agreement is reported as its own), nor a second verb of
    the outer clause's subject ('They reaffirmed X and agreed to Y')."""
    if outer is inner or outer.kind != "indirect" or _stance(outer.cue):
        return False
    if not (outer.start < inner.start and inner.end <= outer.end):
        return False
    verb = _WORD.findall((inner.cue or "").lower())[-1]
    cue = _token_at(doc, verb, outer.start, inner.start)
    if cue is None or cue.dep_ == "conj":
        return False
    said = _WORD.findall((outer.cue or "").lower())
    sent = doc.char_span(outer.start, outer.end, alignment_mode="expand")
    if not said or sent is None:
        return False
    sent = sent[0].sent
    return _token_at(doc, said[-1], sent.start_char, outer.start) is not None


def without_nested_stances(doc, index, indirect: list) -> list:
    """The indirect statements less those whose stance verb stands inside another statement's reported clause."""
    return [q for q in indirect
            if not (q.kind == "indirect" and _stance(q.cue) and any(_inside(doc, q, o) for o in indirect))]
