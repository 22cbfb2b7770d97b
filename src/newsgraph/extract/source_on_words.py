"""Where the parse hangs the medium of an interview on the words said or the question asked, not on the verb:
'Asked about the vote on X, the minister said ...', 'announced his resignation on X', 'made the remarks on X'.
Only outlets found by name are judged here (an unknown name after 'on' is as often the topic: 'the attack on X')."""
from __future__ import annotations

from .source_syntax import FUTURE_AUX, unrealised

CARRYING_VERBS = frozenset({"show", "carry", "print", "publish", "broadcast", "air", "televise", "quote", "cite"})


def hung_on_words(tok, cues) -> bool:
    """The outlet ``tok`` is the medium a question was put on or something was said on (``asked_on``,
    ``object_said_on``)."""
    return asked_on(tok, cues) or object_said_on(tok, cues)


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
