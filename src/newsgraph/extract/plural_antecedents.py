"""Plural subjects a later 'they' may stand for beyond the person plurals of ``person_words``: bodies in the plural
('Liberal groups prepared ... that they said', 'the companies ... They added'), the police ('Slovenian police said
... They said'), envoys' plurals ('The ambassadors of X ..., and they expressed') and a count of people ('A total
of 199 MPs from all parties backed an amendment in which they said'). Used by ``pronouns.link_pronouns``: the
subject's noun phrase as written is the candidate, as for 'Some lawmakers' (a plural no entity stands for)."""
from __future__ import annotations

from functools import lru_cache

from .cues import person_words
from .names import noun_phrase

PLURAL_ENVOYS = frozenset({"ambassadors", "delegations", "delegates", "emissaries", "ministries", "embassies"})
PLURAL_STATES = frozenset({"countries", "nations", "states", "powers"})  # 'Key states have reached what they call
# "..."', 'Countries vulnerable to X are pointing out that ...': states speaking together, named by no entity
COUNT_HEADS = frozenset({"total", "number", "majority", "minority", "group", "handful", "dozens", "hundreds",
                         "thousands", "scores"})  # 'a total of 199 MPs', 'a group of residents'


@lru_cache(maxsize=1)
def plural_bodies() -> frozenset[str]:
    """The plural of every body noun ('groups', 'companies', 'agencies', 'parties') and 'police'."""
    out = {"police"}
    for w in person_words().body_nouns:
        if w.endswith("y") and w[-2:-1] not in "aeiou":
            out.add(w[:-1] + "ies")
        elif w.endswith(("s", "sh", "ch", "x")):
            out.add(w + "es")
        else:
            out.add(w + "s")
    return frozenset(out)


def plural_antecedent(tok) -> str | None:
    """The noun phrase of a plural subject a later 'they' may mean ('Liberal groups', 'Slovenian police', 'The
    ambassadors of African countries', 'A total of 199 MPs from all parties'), else None. Only a subject that names
    no one ('the police' with a determiner and a singular tag is a body event of its own)."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return None
    low = tok.lower_
    if tok.tag_ in ("NNS", "NNPS") and (low in plural_bodies() or low in PLURAL_ENVOYS or low in PLURAL_STATES):
        return noun_phrase(tok)
    if low in COUNT_HEADS and tok.tag_ in ("NN", "NNS"):
        heads = person_words().plural_person_heads
        counted = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), None)
        if counted is not None and counted.tag_ in ("NNS", "NNPS") and \
                (counted.lower_ in heads or counted.lower_ in plural_bodies() or counted.lower_ in PLURAL_ENVOYS or
                 counted.lower_ in PLURAL_STATES):
            return noun_phrase(tok)  # 'A total of 199 MPs from all parties' (the parser read 'MPs' as a name: NNS)
    return None
