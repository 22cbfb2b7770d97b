"""Where the parse hangs the medium of an interview on the words said or the question asked, not on the verb:
'Asked about the vote on X, the minister said ...', 'announced his resignation on X', 'made the remarks on X'.
Only outlets found by name are judged here (an unknown name after 'on' is as often the topic: 'the attack on X')."""
from __future__ import annotations

from .source_syntax import FUTURE_AUX, unrealised

CARRYING_VERBS = frozenset({"show", "carry", "print", "publish", "broadcast", "air", "televise", "quote", "cite"})


QUOTE_OPENERS = frozenset({'"', "\u201c", "'", "\u2018"})


def hung_on_words(tok, cues) -> bool:
    """The outlet ``tok`` is the medium a question was put on or something was said on (``asked_on``,
    ``object_said_on``, ``captioned_on``)."""
    return asked_on(tok, cues) or object_said_on(tok, cues) or captioned_on(tok)


def captioned_on(tok) -> bool:
    """'Jo Veld on Tarnside TV's Morning Hour: "We will not back down"': a line opened by a person's name and the
    medium they spoke on, then a colon and their words (a live page's or a video's caption); ``tok`` is the
    programme or outlet after 'on'. Not 'the attack on X: ...' (no name opens the line) nor a name and a topic
    with no quotation after the colon ('Jo Veld on the budget:' is hung on a name too, so the words must follow)."""
    if tok.dep_ in ("poss", "compound") and tok.i < tok.head.i:
        tok = tok.head  # "on ABC's This Week": the programme the outlet's name hangs on
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ != "on":
        return False
    name, doc = head.head, tok.doc
    if name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "") or name.i > head.i:
        return False  # (a name the tagger gave no label is a person's as often: 'Ana Velk on Sky News:')
    first = name.left_edge
    if first.i > 0 and "\n" not in doc[first.i - 1].text and not doc[first.i - 1].is_space:
        return False  # the name opens its line
    after = tok.right_edge.i + 1
    return after + 1 < len(doc) and doc[after].text == ":" and doc[after + 1].text in QUOTE_OPENERS


def asked_on(tok, cues) -> bool:
    """'Asked about the vote on X, the minister said ...', 'was pressed over the cuts on X': the medium a question
    was put on, which the parse hangs on the question's topic (not 'will be asked about it on X')."""
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ != "on":
        return False
    topic = head.head
    if topic.dep_ != "pobj" or topic.pos_ not in ("NOUN", "PROPN"):
        return False
    prep, verb = topic.head, topic.head.head
    return prep.lower_ in ("about", "over", "on") and verb.lemma_ in cues["asking_verbs"] and verb.pos_ == "VERB" and \
        not unrealised(verb) and not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)


def object_said_on(tok, cues) -> bool:
    """'announced his resignation on X', 'made the remarks on X': the medium something was said on, which the
    parse hangs on what was said (the object of a verb of saying, or the remarks made), not on the verb."""
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ != "on" or head.head.dep_ != "dobj":
        return False
    said, verb = head.head, head.head.head
    if verb.pos_ != "VERB" or any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children) or unrealised(verb):
        return False
    return verb.lemma_ in cues["interview_verbs"] and verb.lemma_ not in CARRYING_VERBS or \
        verb.lemma_ == "make" and (said.lower_ in cues["interview_nouns"] or said.lemma_ == "announcement")
