"""A pronoun that goes on with a statement ('He added: "..."', 'she continued', 'It added that ...', 'he went on to
say ...') stands for the last one who spoke before it, not for a person the reporter's sentences in between have
as their subject without giving them a word ('Spokesman X said the visit was planned. Mr Y has "invited partners
..." He added: "..."' - X adds; 'Minister X said ... Governor Y raised rates last month. He added that ...' - X).
The dev-half gold gives such pronouns the previous speaker in 13 of 13 cases where the last named subject was
someone else (11 pages). Used by ``pronouns.link_pronouns``, which marks which subjects speak."""
from __future__ import annotations

from .sentence_view import doc_view

CONTINUE_LEMMAS = frozenset({"add", "continue"})  # a cue that presupposes the subject has spoken already
CLIMB_DEPS = ("compound", "appos", "conj", "flat")


def continues_speech(pron, speaks) -> bool:
    """Whether subject pronoun ``pron`` goes on with a statement: the subject of 'add' or 'continue' as a speech
    cue ('he added', 'she continued: "..."'), or of 'go on' to a speech verb ('he went on to say that ...')."""
    verb = pron.head
    if verb.i == pron.i or pron.dep_ not in ("nsubj", "nsubjpass"):
        return False
    lemma = doc_view(pron.doc).lemma[verb.i]
    if lemma in CONTINUE_LEMMAS:
        return speaks(verb)
    if lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children):
        return any(c.dep_ == "xcomp" and speaks(c) for c in verb.children)
    return False


def speaking_subject(tok, speaks, index) -> bool:
    """Whether ``tok`` (a subject, or a word of one) is the subject of a speech verb, or of a verb joined to one
    ('X arrived in the capital and said ...'), or the source of 'according to X', outside quotation marks: in
    'Mr Y has "invited partners ..."' the verb is someone else's quoted word."""
    t = tok
    while t.dep_ in CLIMB_DEPS and t.head.i != t.i:
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according":
        return index.in_quote(t.idx) is None  # 'According to X, ...': X's account
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = t.head
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    verbs += [g for v in list(verbs) for c in v.children if c.dep_ in ("xcomp", "acomp")
              for g in (c, *c.children) if g.dep_ == "xcomp"]  # 'went on to say', 'was keen to stress'
    return any(index.in_quote(v.idx) is None and speaks(v) for v in verbs) or _opens_quote(t, index)


def _opens_quote(tok, index) -> bool:
    """'X was quick to retort: "..."', 'X hit back: "..."': the subject's sentence runs on to a colon right before
    a quotation's opening mark (the parser often hangs such a clause under the quotation's verb)."""
    quote = index.next_quote(tok.idx)
    if quote is None:
        return False
    between = index.text[tok.idx:quote.start].rstrip(" \u201c\u2018\"'\n")
    return between.endswith(":") and not any(c in between for c in ".!?\n")


def last_speaker(events, sent: int, low: int, accept):
    """The latest event before sentence ``sent`` and after ``low`` that speaks and that ``accept`` takes: in that
    sentence the subject of its main or speech verb, else its last speaking subject; None when no one spoke."""
    found = None
    for ev in reversed(events):
        if ev.sent >= sent:
            continue
        if ev.sent <= low or (found is not None and ev.sent < found.sent):
            break
        if ev.speaks and accept(ev):
            if found is None or (ev.main and not found.main):
                found = ev
    return found
