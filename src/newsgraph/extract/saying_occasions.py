"""A past event after the reported clause that dates the saying, not what was said: 'has said it will not accept
blackmail after the regional leader indicated ...', 'indicated that the country could avoid the tariffs when he
met the premier last week', 'called for an end to the protests after surviving a confidence vote', 'urging
dialogue following his pledge of tariffs'. When the clause speaks of what is or is to come (a modal or a present
verb, or a noun phrase: a call, an offer) and an 'after' / 'when' / 'following' adjunct of its head tells of
something past (a past verb, a gerund after 'after', a noun after 'following'), the adjunct is when or why it was
said; the reported clause ends before it. A past clause ('said the talks collapsed after the envoy left') keeps its
adjunct: the event may be part of what was reported."""
from __future__ import annotations

MARKS = frozenset({"after", "following", "when"})
NOW_TAGS = frozenset({"VBZ", "VBP", "VB"})
PAST_TAGS = frozenset({"VBD", "VBN"})


def occasion_cut(doc, s: int, e: int) -> int:
    """The char offset where the reported clause (chars ``s``-``e``) ends before a past occasion of its saying, else
    ``e``."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) < 4:
        return e
    heads = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
    if not heads:
        return e
    head = heads[0]
    now = _now_or_later(head)
    for t in span:
        if t.i <= head.i + 1 or t.lower_ not in MARKS:
            continue
        outer = t in heads  # the parser hung it on the cue, outside the clause: the saying's adjunct
        if not (outer or now):
            continue
        if t.dep_ in ("mark", "advmod") and t.head.dep_ == "advcl" and (t.head.head.i == head.i or t.head in heads):
            verb = t.head
            past = verb.tag_ == "VBD" or any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in verb.children)
            if t.lower_ == "when" and not any(w.ent_type_ in ("DATE", "TIME") for w in verb.subtree):
                past = False  # 'would return when the crews were home': a condition, unless dated ('last week')
        elif t.dep_ == "prep" and (t.head.i == head.i or outer) and t.lower_ != "when":
            past = past_event_phrase(t, strict=not outer)
        else:
            continue
        if not past:
            continue
        end = t.i
        while end > span.start and (doc[end - 1].is_punct and not doc[end - 1].is_quote or doc[end - 1].is_space):
            end -= 1
        return doc[end - 1].idx + len(doc[end - 1].text) if end - span.start >= 2 else e
    return e


def _now_or_later(head) -> bool:
    """The clause's head speaks of what is or is to come: a noun (a call's object), a modal, a present verb."""
    if head.pos_ in ("NOUN", "PROPN"):
        return True
    if head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return True
    return head.tag_ in NOW_TAGS and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in PAST_TAGS
                                             for c in head.children)


def past_event_phrase(prep, strict: bool = False) -> bool:
    """'after'/'following' + something past: a past verb, a gerund after 'after' ('after surviving a vote'), a noun
    after 'following' ('following his pledge of tariffs'). ``strict`` (the phrase hangs inside the clause, not on
    the cue): no gerund ('provides data only after receiving an order' is the content), nor a passive one ('after
    being named')."""
    if prep.lower_ not in ("after", "following"):
        return False
    obj = next((c for c in prep.children if c.dep_ in ("pcomp", "pobj")), None)
    if obj is None:
        return False
    if strict and any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBG" for a in obj.children):
        return False
    return obj.tag_ in PAST_TAGS or (prep.lower_ == "after" and obj.tag_ == "VBG" and not strict) or \
        (prep.lower_ == "following" and obj.pos_ == "NOUN")
