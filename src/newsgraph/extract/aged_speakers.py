"""A speaker given by age alone ('"...," the 47-year-old said'): the person the page gave that age, or the one
it was just telling about."""
from __future__ import annotations

import re
from bisect import bisect_right

from ..model import Speaker
from .datelines import filed_at

AGED = re.compile(r"(?i)the (\d{1,3})-year-old")
LAST_SUBJECT_BREAKS = 2  # paragraph breaks back to the person the page was telling about


def aged_person(tok, index) -> Speaker | None:
    """'X won the title on Sunday. "...," the 47-year-old said': an age as the subject of a cue is the person
    the page gave that age ('X, 47,'), else the person heading the last main clause before its sentence, any
    verb, within two paragraph breaks, when nobody else is named from that person's paragraph on (the tagger
    reads the age as a date, so no other rule takes it)."""
    if tok.dep_ != "nsubj" or not tok.lower_.endswith("old"):
        return None
    doc, text = tok.doc, index.text
    span = doc[tok.left_edge.i:tok.i + 1]
    m = AGED.fullmatch(span.text)
    if m is None:
        return None
    given = rf",? \(?{m.group(1)}\b"
    aged = [(s0, k) for k, e in enumerate(index.entities) if e.type == "PERSON"
            for s0, e0 in e.mentions if e0 <= span.start_char and re.match(given, text[e0:e0 + 6])]
    if aged:
        k = max(aged)[1]
    else:
        own = doc[index.sentence(tok.i)[0]].idx
        j = bisect_right(index.main_subjects, (own, -1)) - 1
        if j < 0:
            return None
        pos, k = index.main_subjects[j]
        para = text.rfind("\n\n", 0, pos) + 1
        if text[pos:span.start_char].count("\n\n") > LAST_SUBJECT_BREAKS or any(
                x != k and index.entities[x].type == "PERSON" and index.in_quote(s0) is None and
                not filed_at(doc, s0) for x, e in enumerate(index.entities) for s0, _ in e.mentions if para <= s0 < span.start_char):
            return None  # 'Footballer X was jailed. Judge Y said ...': the one told about is not plain
    ent = index.entities[k]
    return Speaker(name=ent.name, entity=ent.id, mention=span.text, start=span.start_char, end=span.end_char)
