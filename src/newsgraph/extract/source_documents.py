"""Documents credited by what they hold, in the forms official readouts and briefings write them: a document whose
content is given as a that-clause of "be" ("the agency's risk assessment is that ..."), a named or determined
document with a participle telling what it says ("statements by the government indicating that ...", "a security
alert warning citizens to ..."), a document a report verb names as its channel before the content clause
("specifying in its maritime strategy that ..."), a document a speaker draws attention to ("drew attention to a
report published by X"), and an authored finding taken note of ("took note of the mission's assessment that ...").

Each predicate reads the parse around one source noun (no loop over the page); ``_noun_credited`` asks them for the
nouns the older places do not credit. A document only mentioned ("the declaration will be signed next week",
"discussed the draft strategy") matches none of them.
"""
from __future__ import annotations

from .source_agents import named_agent
from .source_mentions import MODALS, content_clause, open_clause
from .source_syntax import noun_key

ATTENTION_NOUNS = frozenset({"attention"})  # 'drew/called/brought attention to a report by X'
CARRIER_PREPS = frozenset({"of", "about", "to", "in", "from", "on", "by"})  # where a document is credited by its
# participle ('statements by X indicating ...', 'referred to a letter from X asking ...'), not 'broke with'/'despite'
RULINGS = frozenset({"ruling", "rulings"})  # a court's ruling, like its decision (cues decision_nouns)
HOLDING_VERBS = frozenset({"contain", "include"})  # 'a video containing a misleading edit': what it holds is the news
PERSONAL = frozenset({"my", "our", "your", "his", "her", "their"})  # possessives of people (not 'its')
NOTE_NOUNS = frozenset({"note", "notice", "account"})  # 'took (good) note of', 'took account of X's assessment that'


def _authored(tok) -> bool:
    """The noun names its author: 'the BuzzFeed report', 'a report by X', 'a report published by X'."""
    return named_agent(tok) or any(c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children)
                                   for c in tok.children)


def _determined(tok) -> bool:
    """The noun has a determiner, a possessive or a named author ('the', 'its', 'the agency's', 'by X')."""
    return named_agent(tok) or any(c.dep_ in ("det", "poss") or c.tag_ == "PRP$" for c in tok.children)


def _that_clause(verb) -> bool:
    """A clausal complement of ``verb`` opened by "that" after it ('is that the risk is high')."""
    return any(c.dep_ in ("ccomp", "attr") and c.i > verb.i and c.pos_ in ("VERB", "AUX") and any(
        g.dep_ == "mark" and g.lower_ == "that" for g in c.children) for c in verb.children)


def _asserted(verb) -> bool:
    """No negation, no modal and no open clause ('what the report found', 'plans to publish') on ``verb``."""
    return not open_clause(verb) and not any(
        c.dep_ == "neg" or (c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS) for c in verb.children)


def content_is_that(tok) -> bool:
    """"The agency's risk assessment is that the risk is high": a document noun with its owner (a possessive or a
    named author) the subject of "be" whose complement is a that-clause (its content)."""
    head = tok.head
    if any(c.tag_ == "PRP$" and c.lower_ in PERSONAL for c in tok.children):
        return False  # "our assessment is that ...": the speaker's own view, told as speech, no document
    return tok.dep_ == "nsubj" and head.lemma_ == "be" and (_authored(tok) or any(c.dep_ == "poss" for c in tok.children)) \
        and _asserted(head) and _that_clause(head)  # (not "the key message ... is that": whose, untold)


def participle_tells(tok, cues) -> bool:
    """"statements by the government indicating that it will ...", "a security alert warning citizens to ...":
    a determined document noun with a present participle of a reporting verb after it that has its own content
    (a clause, an object or an infinitive)."""
    if not _determined(tok) or noun_key(tok) in cues["decision_nouns"] or noun_key(tok) in RULINGS:
        return False  # ('denounced a court ruling declaring the ban void': the ruling is the news, as decision nouns are)
    if tok.dep_ == "pobj" and tok.head.lower_ not in CARRIER_PREPS or \
            tok.head.pos_ in ("VERB", "AUX") and not _asserted(tok.head):
        return False  # 'broke with resolutions declaring ...', 'did not issue a resolution calling on ...'
    authors = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
               for g in c.children if g.dep_ == "pobj"]  # 'a letter from the leader calling for ...': the parse
    for c in (c for holder in (tok, *authors) for c in holder.children):  # may hang the participle on the author
        if c.dep_ == "acl" and c.tag_ == "VBG" and c.i > tok.i and c.lemma_ in cues["report_verbs"] and \
                c.lemma_ not in HOLDING_VERBS and any(
                g.dep_ in ("ccomp", "dobj", "xcomp") or (g.dep_ == "prep" and any(h.dep_ == "pobj" for h in g.children))
                for g in c.children):
            return True
    return False


def channel_before_content(tok, cues) -> bool:
    """"specifying in its maritime strategy that ...", "noted in the joint declaration that ...": a determined
    document the object of "in" on a reporting verb whose content clause follows the document."""
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ != "in" or not _determined(tok) or noun_key(tok) in cues["not_said_in"]:
        return False  # (not 'told in her weekly briefing that ...': spoken, like "told reporters")
    verb = head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ not in cues["report_verbs"] or not _asserted(verb):
        return False
    return any(c.dep_ == "ccomp" and c.i > tok.i and any(g.lower_ == "that" and tok.i < g.i < c.i for g in c.children)
               for c in verb.children)  # ('that' may be parsed as the clause's object: 'that the navy would double')


def _on_noun(prep, nouns) -> bool:
    """The preposition hangs on one of ``nouns`` or on the verb whose object that noun is ('drew attention to',
    'took note of': the parse puts the phrase on either)."""
    head = prep.head
    return head.lower_ in nouns or (head.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and c.lower_ in nouns and c.i < prep.i for c in head.children))


def drawn_attention_to(tok) -> bool:
    """"drew attention to a report published by X", "called attention to the statement from Y": a document with
    its author that a speaker points the listener to (cited as the source of what follows)."""
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ == "to" and _on_noun(head, ATTENTION_NOUNS) and _authored(tok)


def noted_finding(tok, cues) -> bool:
    """"We take note of the mission's preliminary assessment that the vote was orderly": an authored document
    taken note of, with its content as a that-clause."""
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ == "of" and _on_noun(head, NOTE_NOUNS) and \
        (any(c.dep_ == "poss" for c in tok.children) or _authored(tok)) and content_clause(tok, cues)


def demands_content(tok, cues) -> bool:
    """"The resolution demands that all forces withdraw", "the letter asks that the talks resume": a document the
    subject of a demand verb with a clause or an infinitive (what it demands)."""
    head = tok.head
    return tok.dep_ == "nsubj" and head.lemma_ in cues["demand_verbs"] and _asserted(head) and any(
        c.dep_ in ("ccomp", "xcomp") and c.i > head.i for c in head.children)


def document_credited(tok, cues) -> bool:
    """Any of the forms above but ``drawn_attention_to``, which ``cited_by_reference`` asks (as the credit filters
    do)."""
    if tok.dep_ == "pobj" and tok.head.lower_ in cues["not_source_preps"]:
        return noted_finding(tok, cues) or (tok.head.lower_ in ("of", "about") and _authored(tok) and
                                            participle_tells(tok, cues))
        # ("regret over the statement quoting ...", "posing for a video showing ...": what the sentence is about;
        # but "disputing parts of a BuzzFeed report claiming ...", "asked about a report by X saying ...": an authored
        # document's claim)
    return content_is_that(tok) or participle_tells(tok, cues) or channel_before_content(tok, cues) or \
        noted_finding(tok, cues) or demands_content(tok, cues)
