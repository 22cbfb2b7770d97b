"""The candidates one cue offers the indirect model and its trace (indirect_model.py), besides the rules'
statement: the sentence around a cue set off by commas ('Memories have faded, he said, and ...') and other ends
of a statement the rules keep (indirect_features.alternative_ends). Built only when a judge is active."""
from __future__ import annotations

from ..model import Quote
from .clause_bounds import _span_chars, _within_paragraph
from .indirect_features import alternative_ends, aside_range


def cue_candidates(doc, index, cue, is_noun: bool, cue_ids: set[int], q: Quote | None,
                   guard: str | None) -> list[tuple[Quote, str | None]]:
    """The candidates of one cue for the trace and the model, with the guard that drops each (None: the rules
    keep it): the rules' statement, the sentence around a cue set off by commas, other ends of a kept one."""
    if q is None:
        return []
    if not is_noun and cue.i not in cue_ids:
        guard = guard or "unlisted_cue"
    out = [(q, guard)]
    if is_noun:
        return out
    aside = _aside(doc, index, cue, q)
    if aside is not None:
        out.append((aside, "said_inside"))
    span = doc.char_span(q.start, q.end, alignment_mode="expand") if guard is None else None
    for a, b, name in alternative_ends(doc, cue, span.start, span.end, index.sentence(cue.i)) if span else ():
        chars = _span_chars(doc, a, b, after_cue=True)
        if chars is None:
            continue
        s, e = _within_paragraph(index.text, cue.idx, *chars)
        if e - s >= 3 and (s, e) != (q.start, q.end):
            out.append((Quote(id="", text=index.text[s:e], start=s, end=e, kind="indirect", speaker=q.speaker,
                              cue=q.cue, addressee=q.addressee, channel=q.channel, said_on=q.said_on), name))
    return out


def _aside(doc, index, cue, q: Quote | None) -> Quote | None:
    """For the trace and the model: 'Memories have faded, he said, and ...' as one statement, the cue inside
    (aside_range), with the speaker the cue's own statement has; None when the cue is not set off."""
    if q is None or q.speaker is None:
        return None
    rng = aside_range(cue, index.sentence(cue.i))
    chars = _span_chars(doc, *rng, after_cue=False) if rng is not None else None
    if chars is None:
        return None
    s, e = _within_paragraph(index.text, cue.idx, *chars)
    if e - s < 3 or (s, e) == (q.start, q.end):
        return None
    return Quote(id="", text=index.text[s:e], start=s, end=e, kind="indirect", speaker=q.speaker, cue=cue.text,
                 addressee=q.addressee, channel=q.channel, said_on=q.said_on)
