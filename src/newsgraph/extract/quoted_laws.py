"""Quoted wording of a law: the law is its speaker, as the annotation rules credit writing to the document
that holds it. Two structures: a quoted fragment with no cue of its own inside a clause whose subject is a
law ('Federal law makes it a crime for anyone "who ..."') or that holds 'under <law>' ('Under federal law,
justices must step aside where their "impartiality ..."'); and a cue whose subject is a law or a part of
one ('the part of the U.S. code that says: "..."')."""
from __future__ import annotations

from functools import lru_cache

from ..lexicons import DATA, read_rows
from ..model import Speaker


@lru_cache(maxsize=1)
def law_nouns() -> dict[str, str]:
    """lemma -> role ('law' or 'part') from data/law_nouns.tsv."""
    return {r[0]: r[1] for r in read_rows(DATA / "law_nouns.tsv") if len(r) >= 2}


def _is_law(tok) -> bool:
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = tok.lemma_.lower()
    if law_nouns().get(lemma) != "law":
        return False
    return lemma != "act" or tok.text[:1].isupper()


def _law_of(tok):
    """The law a noun names: itself, or the law after 'of' when it names a part ('the section of the act')."""
    if _is_law(tok):
        return tok
    if law_nouns().get(tok.lemma_.lower()) == "part":
        for p in tok.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                obj = next((c for c in p.children if c.dep_ == "pobj"), None)
                if obj is not None and _is_law(obj):
                    return obj
    return None


def _speaker(law, index) -> Speaker | None:
    if index.in_quote(law.idx) is not None:
        return None
    first = law.left_edge
    while first.i < law.i and first.is_punct:
        first = first.doc[first.i + 1]
    start, end = first.idx, law.idx + len(law.text)
    words = index.text[start:end]
    return Speaker(name=words, entity=None, mention=words, start=start, end=end)


def law_in_clause(span, index) -> Speaker | None:
    """The law whose clause holds a quoted fragment: a law subject or an 'under <law>' phrase on the fragment's
    head or any head above it."""
    t = span.root
    while True:
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubjpass") and not (span.start <= c.i < span.end):
                law = _law_of(c)
                if law is not None:
                    return _speaker(law, index)
            if c.dep_ == "prep" and c.lower_ == "under" and c.i < span.start:
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                law = _law_of(obj) if obj is not None else None
                if law is not None:
                    return _speaker(law, index)
        if t.head.i == t.i:
            return None
        t = t.head


def law_of_cue(cue, index) -> Speaker | None:
    """A cue whose subject is a law or a part of one ('the statute says', 'the part of the code that says')."""
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    if subj.lower_ in ("that", "which") and cue.dep_ == "relcl":
        subj = cue.head
    law = _law_of(subj)
    return _speaker(law, index) if law is not None else None
