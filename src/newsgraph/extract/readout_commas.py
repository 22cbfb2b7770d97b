"""The rest of a reported clause past a comma, on a readout page (issue #3). Official readouts write long sentences
whose reported content goes on after a comma ('calls on all sides to work towards local elections in line with the
law[, as foreseen in the accord]', 'said the visit had been historic[, and had also added new dynamism to the
ties]', 'described the sanctions as counterproductive[, causing serious damage to cooperation]', 'urges the
candidates to show patience[, while the ballots are counted]'), and the genre's gold takes the whole of it. The
readout pass already runs its own statements on so (``readout_extents.run_on``); the general pass's statements of
a verb cue (said, calls on, described ...) stop at the comma. On a readout page such a statement runs on to the end
of its sentence by the same test: the rest hangs under the cue and holds no other statement, no attribution
('..., the ministry said', 'according to'), no second predicate or new subject of the speaker ('..., and he
thanked X'), no clause of time ('..., before leaving') and no occasion ('..., during the call')."""
from __future__ import annotations

from .readout_extents import run_on
from .readout_pronouns import readout_page
from .readout_unrealised import cue_token


def with_comma_runs(doc, index, quotes: list) -> None:
    """Lengthens in place, on a readout page, the indirect statements of a verb cue that stop at a comma short of
    the rest of their sentence (``readout_extents.run_on``)."""
    if not readout_page(doc, index):
        return
    text = index.text
    for q in quotes:
        if q.kind != "indirect" or not q.cue or q.end is None or text[q.end:q.end + 1] != ",":
            continue
        verb = cue_token(doc, q)
        if verb is None or verb.pos_ != "VERB":
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or not len(span) or span.end >= len(doc):
            continue
        end = run_on(doc, verb, span.start, span.end)
        if end <= span.end:
            continue
        new = doc[end - 1].idx + len(doc[end - 1].text)
        if index.in_quote(q.start) is None and not index.any_quoted(q.end, new) and \
                not any(o is not q and o.kind == "indirect" and q.end <= o.start < new for o in quotes):
            q.end, q.text = new, text[q.start:new]
