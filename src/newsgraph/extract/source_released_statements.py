"""A statement named as released by its issuer in the passive: 'The following statement was issued by the Norland
foreign ministry:', 'The text of the following statement was released by X, the foreign minister, as chair of ...'
(the line a reprinted readout opens with). The statement is the source, credited with its issuer ('statement by
X'), as 'X released the following statement:' and 'a statement released by X' are; a person issuing it too (the
rule for bodies, ``source_judges._released_by_body``, credits no person). Only when its words follow ('following',
'below', a colon closing the sentence): 'the statement was released by X on Monday' names it only, as 'X issued a
statement' does."""
from __future__ import annotations

from .source_agents import CARRIERS, agent_name
from .source_syntax import is_according, noun_key

RELEASING_VERBS = frozenset({"issue", "release", "publish", "put", "circulate", "distribute", "post"})
TEXT_OF = frozenset({"text", "copy"})  # 'the text of the statement was released by X'
INTRODUCING = frozenset({"following", "below"})  # the statement's words follow: the page gives them


def _colon_closes(verb) -> bool:
    """The sentence ends in a colon: the statement's words follow ('A statement was issued by X:')."""
    last = next((t for t in reversed(verb.sent) if not t.is_space), None)
    return last is not None and last.text == ":"


def released_statement(tok, lex) -> str | None:
    """'statement by X' for the agent ``tok`` of a releasing verb whose passive subject is a statement noun
    ('the following statement', 'the text of the joint statement'), else None."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "agent":
        return None
    verb = tok.head.head
    if verb.lemma_ not in RELEASING_VERBS or verb.lemma_ in CARRIERS or is_according(verb):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is not None and subj.lower_ in TEXT_OF:
        subj = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), None)
    if subj is None or lex.nouns.get(noun_key(subj), ("",))[0] != "statement":
        return None
    if not any(c.lower_ in INTRODUCING for c in subj.lefts) and not _colon_closes(verb):
        return None  # 'the statement was released by X on Monday': only issued, as 'X issued a statement' is
    return f"{subj.text} by {agent_name(tok)}"
