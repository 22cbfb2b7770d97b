"""Headline English drops the auxiliary: 'Talks going well', 'Curfew lifted in the capital', 'Live rounds
reportedly fired at protesters' state something without a finite verb. The parser reads such a line as a noun
with its participle hung on it ('acl'); a topic label ('Election 2024', 'Budget talks: latest') has no such
participle. Used where a heading credits its words to someone after a dash (credited_headings)."""
from __future__ import annotations

PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
NOT_STATING = frozenset({"following", "including", "according", "regarding", "concerning", "given", "based"})
# prepositions in all but tag ('Live updates following the vote'): no statement
GAP = 2  # words between the noun and its participle ('ammunition reportedly used')


def verbless_statement(span) -> bool:
    """``span`` (a heading's words before the credit) opens with a noun phrase whose head carries a participle
    close after it, the head of the whole span: 'People taking a decision', 'Ammunition reportedly used against
    X'; or the participle heads the span with that noun as its subject, no auxiliary ('Convoys finally allowed
    into X'). Not a participle that works as a preposition ('following', 'including')."""
    heads = [t for t in span if t.head.i == t.i or t.head.i < span.start]  # (not a word the parser hung on the
    # credit after the dash: 'into Karenia - Tamsin' read as one name)
    if len(heads) != 1:
        return False
    head = heads[0]
    if head.pos_ == "VERB" and head.tag_ in PARTICIPLE_TAGS and head.lower_ not in NOT_STATING:
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i for c in head.children) and \
            not any(c.dep_ in ("aux", "auxpass") for c in head.children)  # 'Convoys finally allowed into X'
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = head
    return any(c.dep_ == "acl" and c.pos_ == "VERB" and c.tag_ in PARTICIPLE_TAGS and
               0 < c.i - noun.i <= GAP + 1 and c.lower_ not in NOT_STATING and c.i < span.end
               for c in noun.children)
