"""The name or pronoun just left of a cue when the parse is off ('... Mr. Assange said', 'Schiff (D-Calif.) revealed'),
the name a relative clause before the cue hangs on, and the person whose apposition ends in a body."""
from __future__ import annotations

PARTY_LETTERS = frozenset({"R", "D", "I"})


def _relative_antecedent(cue):
    """'Christie, who is not a candidate, said ...': the name a relative clause just before the cue hangs on."""
    doc = cue.doc
    j = cue.i - 1
    if j < 1 or doc[j].text != ",":
        return None
    t = doc[j - 1]
    for _ in range(10):
        if t.dep_ == "relcl" and t.head.i < t.i and t.head.pos_ in ("PROPN", "NOUN"):
            if any(x.is_space and "\n" in x.text for x in doc[t.head.i:cue.i]):
                return None  # the parser ran a headline into the paragraph below
            return t.head
        if t.head.i == t.i or t.head.i > cue.i:
            return None
        t = t.head
    return None


def left_subject(cue, index):
    """The name or pronoun just before the cue ('... Rigged system!" Mr. Assange said', 'Trump on Saturday
    said', 'Schiff (D-Calif.) revealed'), when the parse is off."""
    doc = cue.doc
    j = cue.i - 1
    while j >= 0 and cue.i - j <= 10:
        t = doc[j]
        if index.in_quote(t.idx) is not None or t.text in ('"', "\u201d", "\u201c", ".", ";", ":"):
            return None
        if t.text == ")":
            while j > 0 and doc[j].text != "(" and cue.i - j <= 10:
                j -= 1
            j -= 1
            continue
        if _party_label(t):
            j = t.i - 3  # 'Mark Meadows, R-N.C., said': the party and state after a name are no subject
            continue
        if t.i in index.tok2ent:
            return _apposition_owner(t, index)
        if t.lower_ in ("he", "she", "they"):
            return t
        if t.pos_ == "PROPN" and t.text[:1].isupper() and not t.ent_type_:
            return t  # 'Downing Street said' run into a headline by the parser
        if t.pos_ not in ("ADV", "AUX", "PART", "PUNCT", "SPACE", "ADP", "DET") and t.ent_type_ not in ("DATE",
                                                                                                      "TIME"):
            return None
        j -= 1
    return None


def _party_label(tok) -> bool:
    """The state of a 'R-N.C.' / 'D-Calif.' party label set after a lawmaker's name."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text in ("-", "\u2013") and doc[tok.i - 2].text in PARTY_LETTERS \
        and tok.text[:1].isupper()


def _apposition_owner(tok, index):
    """'X, the CEO of the Humane Society, said': the person whose apposition ends in the body named last, else
    ``tok`` itself."""
    k = index.tok2ent.get(tok.i)
    if k is None or index.entities[k].type == "PERSON":
        return tok
    t = tok
    for _ in range(6):
        if t.dep_ not in ("pobj", "prep", "appos", "compound") or t.head.i == t.i:
            return tok
        was_appos = t.dep_ == "appos"
        t = t.head
        j = index.tok2ent.get(t.i)
        if was_appos and j is not None and j != k and index.entities[j].type == "PERSON":
            return t
    return tok
