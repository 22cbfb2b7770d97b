"""What a stated worry holds when no that-clause follows it: 'voiced concerns about how many firms could be sued',
'expressed qualms about whether to go on', 'to express concerns over his jumping into the race', 'expressing worry
he would split the vote'. A concern noun (the readout lexicon's concern objects) with a preposition whose object is
a question clause or a gerund with its own subject, or with a bare clause of its own subject and a modal, states what
the speaker fears, as 'concern that X' does; 'concern over the situation' (a plain noun) names only a topic and
stays out, as before. ``readout_content`` reads the range."""
from __future__ import annotations

ABOUT = frozenset({"about", "over", "regarding", "on", "for"})
WH_WORDS = frozenset({"how", "whether", "what", "why", "when", "where", "who", "which", "if"})
MODALS = frozenset({"would", "could", "might", "will", "may", "can", "should", "must", "'d", "wo", "ca"})


def _question_clause(comp) -> bool:
    """'how to manage X', 'how many firms could face Y', 'whether the deal would hold': a clause its wh-word opens."""
    first = comp.left_edge
    return comp.pos_ in ("VERB", "AUX") and first.lower_ in WH_WORDS and first.i < comp.i


def _subject_gerund(comp) -> bool:
    """'his jumping into the race', 'the party's dropping of the pledge': a gerund with a possessor, an act of
    someone's the worry is about (the tagger often reads it as a noun)."""
    return comp.lower_.endswith("ing") and comp.pos_ in ("NOUN", "VERB") and \
        any(c.dep_ == "poss" for c in comp.children)


def worry_content(verb, obj) -> tuple[int, int] | None:
    """Token range [first, last] (last inclusive) of what the concern noun ``obj`` (the object of ``verb``) states
    without a that-clause, else None."""
    doc = verb.doc
    heads = [c for c in obj.children if c.dep_ == "prep" and c.i > obj.i and c.lower_ in ABOUT] or \
        [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ABOUT and c.i == obj.right_edge.i + 1]
    for prep in heads:
        comp = next((g for g in prep.children if g.dep_ in ("pcomp", "pobj")), None)
        if comp is not None and (_question_clause(comp) or _subject_gerund(comp)):
            return prep.i + 1, _more_questions(doc, prep.right_edge.i)
        if comp is not None and prep.lower_ == "for" and obj.lemma_.lower() == "regret":
            return obj.left_edge.i, prep.right_edge.i  # 'expressed "deep regret" for the remarks': what he regrets
    said = next((c for c in obj.children if c.dep_ in ("acl", "relcl", "ccomp") and c.left_edge.i == obj.i + 1 and
                 c.pos_ in ("VERB", "AUX") and any(g.dep_ in ("nsubj", "nsubjpass", "expl") and g.i < c.i for g in c.children)
                 and any(g.dep_ == "aux" and g.lower_ in MODALS for g in c.children)), None)
    if said is not None and doc[said.left_edge.i].lower_ not in WH_WORDS | {"that", "which"}:
        return said.left_edge.i, said.right_edge.i  # 'worry he would split the vote'
    return None


def _more_questions(doc, end: int) -> int:
    """The end of the worry content, taking in a question clause coordinated after it ('concerns over his jumping into
    the race, and how his record could help him'), which the parser may hang on the main verb."""
    k = end + 1
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k + 1 < len(doc) and doc[k].lower_ == "and" and doc[k + 1].lower_ in WH_WORDS - {"which", "who", "when", "where"}:
        head = doc[k + 1].head
        if head.i > k + 1 and head.pos_ in ("VERB", "AUX"):
            return head.right_edge.i if not doc[head.right_edge.i].is_punct else head.right_edge.i - 1
    return end
