"""A statement (or a court's judgment) named in a briefing or readout without a verb of saying, credited as a source.

Official briefings and readouts credit other bodies' papers by naming them, not by quoting them with 'said in a
statement'. The annotation rules count such a sentence as crediting the statement (eval/README.md: "a sentence
crediting another ... document, report, statement"); three shapes are read here:

- issued: 'The Regional Commissioner, Marla Venn, also issued a statement, which is online.', 'The Tribunal last week
  issued a judgment in the dispute ...': a named issuer puts out a new paper in the main clause (until now kept only
  as a mention, to name a later "the statement"). Not a post of a social-media account ('the official Twitter
  account of X has issued a statement': a tweet), nor 'the following statement' (the page's own text, left to
  source_released_statements.py), nor 'made a statement' (no paper).
- presented: 'First, I will begin today with a statement from the Chief Envoy about Norland.', 'We have a statement on
  Estavia.': the briefer (I / we) opens or has a statement to read out; its words follow.
- its content: 'The ministry appreciates the statement's clear rejection of ...': a statement named before whose
  content is the object or subject of the clause.
"""
from __future__ import annotations

from .source_mentions import MODALS, conj_root, open_clause
from .source_syntax import noun_key

ISSUING = frozenset({"issue", "release", "publish", "put", "deliver", "circulate", "distribute"})
ISSUED_NOUNS = frozenset({"statement", "communique", "communiqu\u00e9", "judgment", "judgement", "ruling"})
# papers a named issuer puts out ('issued a judgment'), not what it signs, reads or sees
SOCIAL = frozenset({"account", "twitter", "facebook", "instagram", "handle", "page", "feed", "x"})
BRIEFERS = frozenset({"i", "we"})
OPENING = frozenset({"begin", "start", "open", "lead", "kick"})  # 'I shall open with a statement by X'
NOT_CONTENT_VERBS = frozenset({"have", "get", "make", "draft", "write", "sign", "send", "await", "expect", "issue",
                               "release", "publish"})


def _asserted(verb) -> bool:
    """Said as done: no negation, no modal other than 'will' of a briefer, no open clause ('whether he issued ...')."""
    return not open_clause(verb) and not any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS and c.lower_ not in ("will", "'ll"))
        for c in verb.children)


def _named_subject(verb) -> bool:
    """The verb's subject names its issuer: a proper noun in its phrase (not a pronoun, not 'each side'), and no
    social-media account ('the official Twitter account for X')."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # 'X met Y and issued a statement'
    if subj is None:
        return False
    words = list(subj.subtree)
    if any(t.lower_ in SOCIAL for t in words):
        return False
    return subj.pos_ == "PROPN" or any(t.pos_ == "PROPN" and t.dep_ in ("compound", "appos", "pobj", "poss")
                                       for t in words)


def _main_clause(verb) -> bool:
    """The root, or a clause before a comma the parse hung on the next one ('X also issued a statement, it is
    posted online')."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.i < verb.head.i and verb.head.dep_ == "ROOT" and any(
        t.text == "," for t in verb.doc[verb.i:verb.head.i]))


def _issued(tok) -> bool:
    verb = tok.head
    return tok.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_ in ISSUING and \
        _main_clause(conj_root(verb)) and _asserted(verb) and \
        any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) and \
        not any(c.lower_ in ("following", "below") for c in tok.lefts) and _named_subject(verb)


def _briefer_subject(verb) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ in BRIEFERS for c in verb.children)


def _presented(tok) -> bool:
    """'I have a statement by X', 'we also have one more statement about Y', 'I shall open with a statement by X'."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.children):
        return False
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "with":
        verb = verb.head
        return verb.pos_ == "VERB" and verb.lemma_ in OPENING and _briefer_subject(verb) and _asserted(verb)
    return tok.dep_ == "dobj" and verb.lemma_ == "have" and verb.dep_ == "ROOT" and _briefer_subject(verb) and \
        _asserted(verb)


def _content_of(tok) -> bool:
    """'the statement's plain refusal of X', as object or subject of a main verb that tells its content."""
    head = tok.head
    if tok.dep_ != "poss" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    verb = head.head
    return head.dep_ in ("dobj", "nsubj") and verb.pos_ == "VERB" and verb.lemma_ not in NOT_CONTENT_VERBS and \
        _asserted(verb)


def named_statement(tok, lex) -> bool:
    """A statement or judgment named in one of the three shapes of the module's docstring."""
    key = noun_key(tok)
    entry = lex.nouns.get(key)
    if entry is None or entry[0] not in ("statement", "document") or tok.lemma_.lower() not in ISSUED_NOUNS:
        return False
    if _issued(tok):
        return True
    return tok.lemma_.lower() == "statement" and (_presented(tok) or _content_of(tok))
