"""A quotation's speaker read off the sentences around it: with no cue of its own, a named person the sentence
just before has brought in ('Council member X disagreed. "..."') rather than the last speaker above (the
carry-over of ``direct_quotes``), or the owner the next sentence points back to ('"..." Those were the words of X');
and a cue after it that belongs to the next sentence ('"...." The delegate of X, Y, said the week had ...')."""
from __future__ import annotations

from bisect import bisect_left

from ..model import Speaker
from .document_owners import stance_verb
from .readout_content import DEMONSTRATIVES
from .sentence_view import doc_text, sent_of
from .speakers import ADDRESSEE_VERBS, speaker_from

STOP = {".", "!", "?"}  # the marks that end a sentence (direct_quotes reads them from here)


def named_subject_before(doc, index, pos: int, floor: int, starts: list[int]) -> Speaker | None:
    """A quote opening a sentence right after a sentence of its paragraph whose main verb has a named person as
    its active subject ('Council member X disagreed. "The mayor has lost ..."', 'X was less impressed. "..."'):
    that person, who the paragraph has just brought in, says it rather than the last speaker above; a body or a
    country too when the verb states something ('GRF also expressed its strong support for X. "..."'). The sentence
    must lie between the previous quotation mark (or the paragraph's start) and the quote, and report no one's
    words itself ('According to a petition, X lived with his mother. "..."': the petition's account goes on)."""
    span = doc.char_span(max(0, pos - 3), pos, alignment_mode="expand")
    if span is None or not len(span):
        return None
    t = span[-1]
    while t.i > 0 and (t.is_space or t.idx >= pos):
        t = doc[t.i - 1]
    if t.text not in STOP:
        return None
    sent = sent_of(t)
    if sent.start_char < floor:
        return None
    k = bisect_left(starts, sent.start_char)
    if k < len(starts) and starts[k] < pos:
        return None  # the sentence holds a statement: its speaker is on the timeline
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    if subj is None or index.in_quote(subj.idx) is not None:
        return None
    k = index.tok2ent.get(subj.i)
    if k is None or index.entities[k].type != "PERSON" and not (
            index.entities[k].type in ("ORG", "GPE") and stance_verb(root.lemma_.lower())):
        return None  # a body brought in by what it stated ('X also expressed its support for Y. "..."'), not by
        # what it did ('The government has faced criticism. "..."': the last speaker goes on)
    return speaker_from(subj, index)



def owner_named_after(doc, close_at: int):
    """A quotation whose speaker the next sentence names by pointing back to it ('"..." Those were the words of X,
    ...', 'That warning came from X', 'This is the view of X'): the token of X, else None. The sentence opens
    right after the quotation with a demonstrative, alone or before a noun, as the subject of 'be' with a noun
    owned by 'of'/'from' X, or of 'come from X'."""
    span = doc.char_span(close_at, min(len(doc_text(doc)), close_at + 60), alignment_mode="expand")
    if span is None:
        return None
    first = next((t for t in span if not t.is_punct and not t.is_space), None)
    if first is None or first.lower_ not in DEMONSTRATIVES or not first.is_sent_start and \
            doc[first.i - 1].text not in STOP and not doc[first.i - 1].is_space and \
            not doc[first.i - 1].is_quote:
        return None
    subj = first if first.dep_ in ("nsubj", "nsubjpass") else first.head if first.dep_ == "det" and \
        first.head.dep_ == "nsubj" else None
    if subj is None:
        return None
    verb = subj.head
    if verb.lemma_ == "be":
        noun = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from")] if noun is not None else []
    elif verb.lemma_ == "come":
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
    else:
        return None
    for p in preps:
        owner = next((g for g in p.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")), None)
        if owner is not None:
            return owner
    return None


def next_sentence_report(text: str, qtext: str, close: int, cue) -> bool:
    """A quotation ending in a full stop, a capital opening the words after it, and a cue there with a named
    subject that reports a clause of its own after it: a new sentence with another speaker's statement, not the
    quotation's attribution."""
    if not qtext.rstrip("\u201d\u2019\"' ").endswith("."):
        return False
    after = text[close:cue.idx].lstrip("\u201d\u2019\"' \n")
    if not after[:1].isupper():
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in cue.children):
        return False  # '"...." It also confirmed that ...': the same speaker goes on
    if any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children):
        return True
    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subj is None:
        return False
    if subj.left_edge.idx > close and text[close:subj.left_edge.idx].strip("\u201d\u2019\"' \n"):
        return True  # '"...." Following her speech, House Democrats rejected the bill': an opener before the subject
    return cue.lemma_.lower() not in ADDRESSEE_VERBS and any(c.dep_ == "dobj" for c in cue.children)
    # '"...." Hours later the Senate rejected his budget': an act on something, not '"...." Smith told reporters'


def outer_reports(indirect) -> list:
    """The indirect statements a quotation standing alone may go on from: not a report nested inside another
    speaker's statement ('X said Y agreed to visit in the autumn.' then '"This will be her first trip."' goes on
    with X, who is speaking, not with Y, whose agreement X reports)."""
    return [q for q in indirect if q.speaker and not any(
        o is not q and o.speaker and o.start <= q.start and q.end <= o.end and o.speaker.entity != q.speaker.entity
        for o in indirect)]
