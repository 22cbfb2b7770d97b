"""Newspaper front pages as sources: what a paper leads or splashes with in a papers review ("The X leads with
claims that ...", "The Y splashes on the strike", "The Z goes with a story about ..."), and a paper stating
something in a closing participle clause ("leads on the row, saying ministers are split"). Asked of an outlet that
is a verb's subject (source_syntax.credited_place)."""
from __future__ import annotations


def saying_participle(verb, cues) -> bool:
    """A verb whose subject is said to state something in a closing participle clause: 'leads on the row, saying
    (that) ministers are split', 'splashes on the vote, reporting that ...' (a clause, not 'saying nothing')."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i and c.lemma_ in cues["report_verbs"]
        and any(g.dep_ in ("ccomp", "parataxis") for g in c.children) for c in verb.children)


LEAD_VERBS = {"lead": ("with", "on"), "splash": ("with", "on"), "go": ("with",)}  # a newspaper's front page


def leads_with(verb) -> bool:
    """'The X leads with/on ...', 'splashes on ...', 'goes with ...': what a newspaper puts on its front page, the
    form of a papers review, credits the paper when its story tells something ('a warning from X', 'claims that
    ...', 'a story about ...'; not 'leads on the weather'); asked only of an outlet subject (not 'leads the race')."""
    preps = LEAD_VERBS.get(verb.lemma_)
    return verb.pos_ == "VERB" and preps is not None and any(
        c.dep_ == "prep" and c.lower_ in preps and c.i == verb.i + 1 and any(
            g.dep_ == "pobj" and any(h.dep_ in STORY_DEPS for h in g.children) for g in c.children)
        for c in verb.children)


STORY_DEPS = frozenset({"prep", "acl", "relcl", "ccomp"})  # what the front-page story tells: 'a warning from X',
# 'claims that ...', 'a story about ...' (not 'leads on the weather': a topic, no information credited)

