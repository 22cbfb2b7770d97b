"""The speaker of a cue that opens the second clause of a sentence: '..., and <title> <Name> said/called ...'.

News sentences join two people's words in one line ('The US welcomed the move and opposition head X called
it a "first step"', 'Y called for closer ties and US President X said the vote was "free and fair"', 'Y said
the party was ready and X said it was a "new era"'). The parser often loses the second subject: it hangs the
name on the first clause's object as an apposition or conjunct, leaves the second cue without a subject (so it
inherits the first one's), or reads the second clause as what the first speaker reported. A person named
right before the cue, after 'and' or 'but' that follows a clause with its own verb, is that cue's subject.
An inverted attribution closing the sentence ('..., added the presidency.') read as a conjunct verb with an
object is the other case of a lost subject: the phrase after the cue speaks (``closing_inversion``).
"""
from __future__ import annotations

from .cues import FINITE, person_words, speech_cues

COORDINATORS = ("and", "but")
TITLE_WORDS = 6  # title words and the name between the coordinator and the cue
ADDRESSEE_VERBS = speech_cues().roles["addressee_verbs"]


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
        return closing_inversion(cue, index)
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


CONTRAST_MARKS = frozenset({"while", "whereas", "whilst"})


def contrast_clause(tok) -> bool:
    """``tok`` heads an adverbial clause of contrast with a subject of its own ('..., while Y said she was "..."'):
    a clause beside the one it hangs on, not part of what that clause reports."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in tok.children) and \
        any(c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i for c in tok.children)


OBJECT_DEPS = ("dobj", "attr", "npadvmod", "appos", "oprd", "dative")
CLOSING_MARKS = (".", "\"", "\u201d", "'", "\u2019", ")")


def closing_inversion(cue, index):
    """The speaker of an inverted attribution closing a sentence that the parser read as a verb with an object
    and no subject of its own, often a conjunct of the sentence's verb ('..., the head of state "underlined ...",
    added the presidency.', '..., noted the ministry.'): the noun phrase right after the cue, when a comma stands
    before the cue and nothing but closing marks after the phrase; else None. Not whom a cue addresses ('...,
    told reporters.') nor a day ('..., said Tuesday.')."""
    if cue.tag_ not in ("VBD", "VBZ") or cue.i < 2 or cue.lemma_.lower() in ADDRESSEE_VERBS or \
            any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in cue.children):
        return None
    doc = cue.doc
    if doc[cue.i - 1].text != "," and not (doc[cue.i - 1].text in CLOSING_MARKS and doc[cue.i - 2].text == ","):
        return None
    obj = next((c for c in cue.rights if c.dep_ in OBJECT_DEPS), None)
    if obj is None or obj.pos_ not in ("PROPN", "NOUN") or obj.left_edge.i != cue.i + 1 or \
            obj.ent_type_ in ("DATE", "TIME") or index.in_quote(obj.idx) is not None:
        return None
    pw = person_words()
    if obj.i not in index.tok2ent and obj.lemma_.lower() not in pw.body_nouns and obj.lower_ not in pw.titles:
        return None  # a phrase that names no one who could speak
    s1 = min(index.sentence(cue.i)[1], len(doc))
    if not all(doc[n].text in CLOSING_MARKS or doc[n].is_space for n in range(obj.right_edge.i + 1, s1)):
        return None
    return obj
