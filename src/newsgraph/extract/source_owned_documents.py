"""A statement, letter or report with a named owner, credited wherever the sentence puts it.

Official readouts and briefings credit other bodies' papers by naming them with their owner, in object or subject
place rather than with a reporting verb: 'We welcome the statement of the Regional League expressing concern ...',
'Her words seemed to contradict a statement by Senator X', 'Monday's statement by Envoy X on ... must worry us all',
'The text of the letter of Governor X to Y shows ...'. The annotation rules count such a sentence as crediting the
document (eval/README.md: "a sentence crediting another ... document, report, statement").

Only strong source nouns of the document kinds (data/source_nouns.tsv) whose owner writes them (``AUTHORED``:
'statement', 'letter', 'report'; not 'Stone's indictment', nor the weak 'decision' or 'statements'), with an owner
that is a name (a proper noun after by/from/of, or a proper-noun possessive), count; a paper with no named owner
('welcomed the report') stays a mention, as it was.
"""
from __future__ import annotations

from .source_mentions import MODALS, open_clause
from .source_syntax import noun_key

OWNED_KINDS = frozenset({"statement", "document"})
AUTHORED = frozenset({"statement", "report", "reports", "letter", "letters", "readout", "readouts", "communique",
                      "communiqu\u00e9", "memo", "memos", "cable", "cables", "bulletin", "circular", "manifesto"})
# papers whose owner is their author (not 'Stone's indictment', 'his tax returns': whom the paper is about)
OWNER_PREPS = frozenset({"by", "from", "of"})
CONTENT_PARTS = frozenset({"contents", "content", "text", "wording"})  # 'the text of the letter of X shows ...'
NOT_OWNERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})  # 'the report of 12 May', 'Monday's statement'
NAMED_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})  # what an owner after "of" is ('the letter of Governor X')
NOT_CREDITING_VERBS = frozenset({"have", "get", "make", "prepare", "draft", "write", "sign", "launch", "present",
                                 "submit", "send", "deliver", "await", "expect", "request", "seek", "want", "need"})
# what is done to a paper that tells nothing it says: 'had the statement drafted', 'will present its report',
# 'awaits the report of the commission', 'signed the letter of intent', 'sent a letter of protest'


def _name(tok) -> bool:
    """A proper noun that is no date ('Monday's statement', 'the report of 12 May')."""
    return tok.pos_ == "PROPN" and tok.ent_type_ not in NOT_OWNERS


def _named_body(tok) -> bool:
    """A proper noun the tagger knows as a person, body or country, itself or by a compound ('UN Special Rapporteur')
    (not 'a Memorandum of Understanding', 'the Declaration of Principles')."""
    return tok.pos_ == "PROPN" and (tok.ent_type_ in NAMED_ENTS or any(
        c.dep_ == "compound" and c.ent_type_ in NAMED_ENTS for c in tok.children))


def office_of_body(obj) -> bool:
    """'the Spokesperson of the Regional League', 'the President of Norland': an office named by the body or
    country it serves (itself no name the tagger knows)."""
    return any(c.dep_ == "prep" and c.lower_ in ("of", "for") and any(
        g.dep_ == "pobj" and (_named_body(g) or _name(g)) for g in c.children) for c in obj.children)


def named_owner(tok) -> bool:
    """The noun names its owner: 'X's statement', 'a statement by/from X', 'the letter of Governor X' (also parsed as
    the subject of a participle after "of": 'the statement of X expressing concern')."""
    for c in tok.children:
        if c.dep_ == "poss" and _name(c):
            return True
        if c.dep_ == "prep" and c.lower_ in OWNER_PREPS:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and (_named_body(obj) if c.lower_ == "of" else _name(obj)):
                return True
            if obj is not None and c.lower_ == "of" and obj.pos_ in ("NOUN", "PROPN") and office_of_body(obj):
                return True  # 'the statement of a Spokesperson for the Regional League': an office of a named body
            if c.lower_ == "of" and any(g.dep_ == "pcomp" and any(h.dep_ == "nsubj" and _named_body(h) and h.i < g.i
                                                                   for h in g.children) for g in c.children):
                return True
    return False


def _asked(verb) -> bool:
    """'whether he had seen the letter of X', 'if the report of X is published': a paper only supposed."""
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)


def _asserted(verb) -> bool:
    """No open clause and no modal on the verb ('what the report of X found', 'the letter of X would show')."""
    return not open_clause(verb) and not any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)


def owned_document(tok, lex) -> bool:
    """A strong statement or document noun with a named owner, the object of a verb, the subject of a clause or
    the document whose text is the subject ('the text of the letter of X shows ...')."""
    entry = lex.nouns.get(noun_key(tok))
    if entry is None or entry[0] not in OWNED_KINDS or entry[1] != "strong" or noun_key(tok) not in AUTHORED or \
            not named_owner(tok):
        return False
    if any(c.dep_ in ("acl", "relcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
           for c in tok.children):
        return False  # 'a letter of X to be sent', 'the report of the panel to come'
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in CONTENT_PARTS:
        tok, head = head.head, head.head.head  # judged where its text stands
    if tok.dep_ == "dobj":  # a paper someone welcomes, notes or contradicts was issued, whatever the verb's mood
        # ('seemed to contradict a statement by X'); issued ones are _noun_credited's own test
        return head.pos_ == "VERB" and head.lemma_ not in NOT_CREDITING_VERBS and \
            head.lemma_ not in lex.cues["issue_verbs"] and not _asked(head)
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return head.pos_ in ("VERB", "AUX") and head.lemma_ not in NOT_CREDITING_VERBS and _asserted(head)
        # (not 'the letter of X was sent on Monday', 'a memorandum of X was signed': what was done to it)
    return False
