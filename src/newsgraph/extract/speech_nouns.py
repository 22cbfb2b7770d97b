"""The speech noun a that-clause completes when the parser hung the clause on a verb, and whose words the noun
carries ('slammed X for his claims in the media that ...', 'despite warnings to Washington from officials on the
ground that ...'). One look-up for the two rules that need it: ``quote_cues`` (which cue a quoted fragment in
such a clause belongs to) and ``speaker_repairs.claim_owner`` (who speaks the clause). Each caller says which
nouns count and how far back to look. Also the agent of a participle on a document ('a statement released by X'),
one loop for ``document_speakers`` and ``speaker_repairs.sender``. And the owner of a speech noun a quotation is
the subject of ('"...," was the verdict of X') or that a colon's clause speaks of ('For X, the answer is simple:
"..."'), for ``direct_quotes``."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .cues import person_words, speech_cues
from .sentence_view import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Token

OWNER_PREPS = ("from", "by")
RELATIVE = frozenset({"who", "which", "that", "whom"})


def speech_noun_owner(noun: Token, stop: int) -> Token | None:
    """Whose words a speech noun carries: its possessor ('his claims', 'the group's demand'), else the object of
    the first 'from/by' phrase between the noun and token ``stop``, wherever the parser hung it ('warnings to
    Washington from officials on the ground'); None when neither is there."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    for t in noun.doc[noun.i + 1:stop]:
        if t.lower_ in OWNER_PREPS and t.dep_ in ("prep", "agent"):
            return next((g for g in t.children if g.dep_ == "pobj"), None)
    return None


def _stops_walk(tok: Token) -> bool:
    """Words a noun and its that-clause are never separated by: punctuation, a verb, a relative word, a pronoun
    other than a possessive ('his claims') or the owner after 'from/by' ('warnings from them that')."""
    if tok.pos_ == "PRON" and (tok.dep_ == "poss" or tok.dep_ == "pobj" and tok.head.lower_ in OWNER_PREPS):
        return tok.lower_ in RELATIVE
    return tok.pos_ in ("VERB", "AUX", "PUNCT", "SPACE", "PRON") or tok.lower_ in RELATIVE


def owned_noun_before(mark: Token, is_noun: Callable[[Token], bool], window: int,
                      lo: int = -1) -> tuple[Token, Token] | None:
    """The speech noun right before the 'that' ``mark`` (its prepositional phrases between), with its owner:
    walking back at most ``window`` words (and not to token ``lo``), the nearest noun ``is_noun`` accepts that has
    an owner (``speech_noun_owner``); the walk stops at a word ``_stops_walk`` names. (noun, owner), else None."""
    doc = mark.doc
    for j in range(mark.i - 1, max(lo, mark.i - 1 - window), -1):
        t = doc[j]
        if _stops_walk(t):
            return None
        if t.pos_ == "NOUN" and is_noun(t):
            owner = speech_noun_owner(t, mark.i)
            if owner is not None:
                return t, owner
    return None


def participle_agent(verb: Token, preps: tuple[str, ...] = ("by",)) -> Token | None:
    """Who did what a participle on a document says ('a statement released by X', 'a letter sent from X', 'the
    letter, which was signed by X'): the object of its first agent or ``preps`` phrase that has one, else None.
    Which participles count is the caller's decision (document_speakers.released_by / _agent,
    speaker_repairs.sender)."""
    for g in verb.children:
        if g.dep_ == "agent" or g.dep_ == "prep" and g.lower_ in preps:
            p = next((x for x in g.children if x.dep_ == "pobj"), None)
            if p is not None:
                return p
    return None


def verdict_owner(doc, close_at: int):
    """'"Constructive, serious," was the verdict of X', '"...," was X's reply': the owner of the speech noun a
    quotation is the subject of (nouns in speech_cues.json 'verdict_nouns'), else None."""
    span = doc.char_span(close_at, min(len(doc_text(doc)), close_at + 40), alignment_mode="expand")
    if span is None:
        return None
    words = [t for t in span if not t.is_punct and not t.is_space][:2]
    be = next((t for t in words if t.lemma_ == "be"), None)
    if be is None or words[0].i != be.i:
        return None
    nouns = speech_cues().roles["verdict_nouns"]
    noun = next((c for c in be.children if c.dep_ in ("attr", "nsubj") and c.i > be.i and c.lemma_.lower() in nouns),
                None)
    return _verdict_noun_owner(noun) if noun is not None else None


def _verdict_noun_owner(noun):
    """'X's reply', 'the verdict of X', 'a response from X': the token naming whose words the noun stands for."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ in ("of", "from"):
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def colon_verdict_owner(verb, named: dict):
    """The clause a colon hands a quotation to speaks of someone's answer rather than naming a speaker as its
    subject ('For X, the answer is simple: "..."', 'The plan drew a sharp response from X: "..."', 'The sharpest
    response came from X: "..."'): the owner of the speech noun (``verdict_nouns``) that is the clause's subject or
    object, else the person or body of a 'for/from' phrase on its verb (a name: a token in ``named``, or a noun
    with a name in apposition or a person's or body's word); None when no such noun is there."""
    pw = person_words()

    def person(t) -> bool:
        return t.i in named or any(c.dep_ == "appos" and c.i in named for c in t.children) or \
            t.lower_ in pw.titles or t.lower_ in pw.person_nouns or t.lower_ in pw.body_nouns

    nouns = speech_cues().roles["verdict_nouns"]
    noun = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")
                 and c.lemma_.lower() in nouns), None)
    if noun is None:
        return None
    owner = _verdict_noun_owner(noun)
    if owner is not None:
        return owner
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "from"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and person(obj):
                return obj
    return None


def in_words_of(doc, a: int, b: int):
    """'In the words of X, "..."', 'In X's words: "..."': the owner of the speech noun an 'in' phrase between
    characters a and b (the words before a quotation) holds, else None."""
    span = doc.char_span(a, b, alignment_mode="contract") if b > a else None
    nouns = speech_cues().roles["verdict_nouns"]
    for t in span or ():
        if t.lemma_.lower() in nouns and t.dep_ == "pobj" and t.head.lower_ == "in":
            return _verdict_noun_owner(t)
    return None
