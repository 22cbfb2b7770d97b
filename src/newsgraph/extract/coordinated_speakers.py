"""The speaker of a cue that opens the second clause of a sentence: '..., and <title> <Name> said/called ...'.

News sentences join two people's words in one line ('The US welcomed the move and opposition head X called
it a "first step"', 'Y called for closer ties and US President X said the vote was "free and fair"', 'Y said
the party was ready and X said it was a "new era"'). The parser often loses the second subject: it hangs the
name on the first clause's object as an apposition or conjunct, leaves the second cue without a subject (so it
inherits the first one's), or reads the second clause as what the first speaker reported. A person named
right before the cue, after 'and' or 'but' that follows a clause with its own verb, is that cue's subject.
"""
from __future__ import annotations

COORDINATORS = ("and", "but")
TITLE_WORDS = 6  # title words and the name between the coordinator and the cue
FINITE = ("VBD", "VBZ", "VBP", "MD")


def coordinated_name(cue, index):
    """The last token of the person named between 'and'/'but' and ``cue`` ('... and opposition head X said'),
    when a finite verb stands before the coordinator in the sentence; else None."""
    s0, _ = index.sentence(cue.i)
    return _name_before(cue, s0, lambda i: (k := index.tok2ent.get(i)) is not None and
                        index.entities[k].type == "PERSON" and k, lambda t: index.in_quote(t.idx) is None)


def _name_before(cue, s0: int, name_key, outside=lambda t: True):
    """The last token of a name (tokens sharing one ``name_key``) right before ``cue``, after 'and'/'but' and
    at most a few title words, with a finite verb before the coordinator from token ``s0`` on; else None."""
    doc = cue.doc
    i = cue.i - 1
    if i > s0 and doc[i].pos_ == "ADV" and doc[i].is_lower:
        i -= 1  # 'and X also said', 'and X later called'
    key = name_key(i) if i > s0 else None
    if not key:
        return None
    last = i
    while i > s0 and name_key(i - 1) == key:
        i -= 1
    j = i - 1
    while j > s0 and i - j <= TITLE_WORDS and doc[j].lower_ not in COORDINATORS:
        if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX", "PRON", "ADP") and doc[j].lower_ != "of":
            return None  # not a bare title before the name ('and asked X', 'and, in a letter, X')
        j -= 1
    if j <= s0 or doc[j].lower_ not in COORDINATORS:
        return None
    if not any(doc[n].tag_ in FINITE and doc[n].pos_ in ("VERB", "AUX") and outside(doc[n]) for n in range(s0, j)):
        return None  # 'X and Y said': one subject of two people, not two clauses (a quote's verbs do not count)
    return doc[last]


def lost_subject(cue, subj, index):
    """The person named right before ``cue`` after a coordinator when the parse gave the cue no subject of its
    own or hung that person on the subject it did give as an apposition ('the move and ... X called': X an
    apposition of 'move'); else None. A name joined to the cue's subject ('X and Y said') is one of a pair."""
    name = coordinated_name(cue, index)
    if name is None:
        return None
    own = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return name if own is None or _hung_on(name, own) == "appos" else None


def _hung_on(name, own) -> str | None:
    """How the name ending at token ``name`` hangs on the subject ``own``: 'self', 'appos', or None."""
    root = name
    while root.dep_ in ("compound", "flat") and root.head.i != root.i:
        root = root.head
    if root.i == own.i:
        return "self"
    if root.dep_ == "appos" and root.head.i == own.i and own.pos_ != "PROPN":
        return "appos"  # hung on a common noun ('the move'); on a name it is a pair the parser misread
    return None


def coordinated_clause(inner) -> bool:
    """``inner``, a cue the parser hung as what an earlier cue reports, opens a clause of its own after 'and' or
    'but' with a name as its subject ('X said the party was ready and Y said it was a "new era"', 'X welcomed
    the move and opposition head Y called it "..."'): side by side, not nested."""
    own = next((c for c in inner.children if c.dep_ == "nsubj"), None)
    if own is None or own.i > inner.i:
        return False
    name = _name_before(inner, inner.sent.start, lambda i: inner.doc[i].pos_ == "PROPN" and "name")
    return name is not None and _hung_on(name, own) is not None
