"""Who stands behind a work, act or claim that a common noun names, when the noun itself codes no
actor: the one it is made by ("the decision by the Supreme Court", "a plea agreement offered by
prosecutors", "the letter released by the faculty"), the body that issues such works (data/works.tsv:
"the indictment" -> JUD, "the bill" -> LEG), and the one a claim is about ("rejected the notion that
the Republican Party should ..." -> the Republican Party)."""
from __future__ import annotations

from functools import lru_cache

from ..lexicons import data_rows
from .actor_sectors import sector_of

AUTHOR_PREPS = frozenset({"by", "from"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# nouns whose "that" clause is what someone claims, proposes or fears about its subject
CLAIM_NOUNS = frozenset({"notion", "claim", "claims", "allegation", "accusation", "charge", "suggestion", "idea",
                         "assertion", "argument", "contention", "appeal", "call", "demand", "proposal", "report",
                         "story", "rumor", "rumour", "speculation", "narrative", "theory", "charges", "insinuation",
                         "implication", "characterization", "view", "belief", "criticism", "complaint"})


@lru_cache(maxsize=1)
def _works() -> dict[str, str]:
    return {row[1].lower(): row[0] for row in data_rows("works.tsv") if len(row) >= 2}


def work_sector(tok) -> str | None:
    """Sector of the body that issues the work ``tok`` names ("the indictment alleges", "castigated the
    bill"), or None. Only a work the sentence takes as existing: "called for legislation" asks for one,
    nobody has issued it yet. (The repo's older event sets leave "vetoed the bill" and "praised the
    ruling" without a target; the session-4 training batches code the issuer: we follow the latter.)"""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children):
        return None
    works = _works()
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.dep_ in ("compound", "amod") and prev.head.i == tok.i:
        found = works.get(f"{prev.lower_} {tok.lemma_.lower()}")
        if found:
            return found
    return works.get(tok.lemma_.lower())


def author_of(tok):
    """The token naming who made the work ``tok`` names: "the decision by X", "a statement from X",
    "the letter released by X", "an agreement offered by X"; None when the sentence does not say."""
    if tok.pos_ != "NOUN":
        return None
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in AUTHOR_PREPS:
            found = next((g for g in c.children if g.dep_ == "pobj"), None)
            if found is not None and found.pos_ in ("NOUN", "PROPN"):
                return found
        if c.dep_ == "acl" and c.tag_ == "VBN":
            for g in c.children:
                if g.dep_ == "agent":
                    found = next((x for x in g.children if x.dep_ == "pobj"), None)
                    if found is not None:
                        return found
    return None


def claim_subject(tok):
    """The one a claim noun's "that" clause is about: "the notion that the Republican Party should
    ...", "allegations that the governor had ..." -> its subject (not a pronoun); else None."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in CLAIM_NOUNS:
        return None
    for c in tok.children:
        if c.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and (subj.pos_ == "PROPN" or subj.ent_type_ in NAMED or sector_of(subj.lemma_)):
                return subj  # a name or an office, not a thing ("the claim that her net worth ...")
    return None
