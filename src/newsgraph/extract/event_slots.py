"""Which tokens are an event's sides in the parse: the subject of a trigger (through auxiliaries,
infinitives, conjuncts, the owner of a nominal act, a passive's agent) and its candidate targets,
best first (objects, their owners and coordinated names, the subject of a claim's "that" clause,
objects of target prepositions). event_actors codes what these tokens name."""
from __future__ import annotations

from .actor_codes import sector_of
from .actor_refs import dash_subject
from .actor_works import claim_subject
from .datelines import past_dateline
from .event_match import SUBJECT_DEPS

TARGET_PREPS = ("with", "to", "against", "on", "toward", "towards", "for", "from", "into", "at", "of",
                "in", "between", "over", "upon", "by", "near", "around", "off", "before")
# Verbs whose "at" names the target: "lobbed charges at the mayor", "took a swipe at".
AIMING_VERBS = frozenset({"lob", "hurl", "level", "sling", "direct", "aim", "throw", "swipe", "snipe", "jab", "point",
                          "rail", "scoff", "laugh", "sneer"})
# verbs of complaint whose "that" clause names whom the complaint is about
COMPLAINING_VERBS = frozenset({"complain", "fume", "lament", "protest", "grumble", "charge", "allege", "object", "bemoan"})
# verbs that carry an act named by their object, and the prepositions naming whom it goes to
LIGHT_VERBS = frozenset({"give", "offer", "express", "send", "extend", "pay", "voice", "convey", "lend", "pledge"})
RECIPIENT_PREPS = frozenset({"to", "for", "toward", "towards", "against", "with"})
CHASING_VERBS = frozenset({"go", "come"})  # "went after his rival", "came after the senator"
AIMED_NOUNS = frozenset({"swipe", "potshot", "jab", "dig", "shot", "aim", "accusation", "charge", "criticism", "attack",
                         "barb", "insult"})
# Inquiries and affairs named after the country they are about: "the Russia probe" is no Russian act.
TOPIC_NOUNS = frozenset({"investigation", "probe", "inquiry", "scandal", "affair", "hearing", "investigations",
                         "probes", "inquiries", "hearings"})


def topic_place(tok) -> bool:
    """A place name compounded into an inquiry noun: the topic, not the actor ("the Ukraine inquiry")."""
    return tok.dep_ == "compound" and tok.ent_type_ == "GPE" and tok.head.lemma_.lower() in TOPIC_NOUNS


def subject_of(tok):
    found = _subject_of(tok)
    if found is not None:
        return past_dateline(found)
    if tok.pos_ in ("VERB", "AUX"):
        return dash_subject(tok)
    return None


def _subject_of(tok):
    cur = tok
    for _ in range(4):
        for c in cur.children:
            if c.dep_ in SUBJECT_DEPS:
                return c
            if c.dep_ == "agent":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
        for c in cur.children:  # the parser sometimes hangs the subject on the auxiliary
            if c.dep_ == "aux" and c.i < cur.i:
                for g in c.children:
                    if g.dep_ in SUBJECT_DEPS:
                        return g
        if any(c.dep_ == "nsubjpass" for c in cur.children):
            return None  # a passive without agent: the doer is not named
        owner = cur.head.head if cur.dep_ == "pcomp" else cur.head if cur.dep_ == "prep" else None
        if owner is not None and owner.pos_ not in ("VERB", "AUX", "ADJ"):
            break  # "conversations about easing sanctions": a noun's topic has no doer here
        if cur.dep_ in ("xcomp", "conj", "advcl", "acl", "amod", "pcomp", "prep", "acomp") and cur.head.i != cur.i:
            cur = cur.head
            continue
        if cur.pos_ in ("NOUN", "PROPN") and cur.dep_ in ("dobj", "attr", "pobj") and cur.head.i != cur.i:
            for c in cur.children:
                if (c.dep_ == "poss" and c.pos_ != "PRON") or (
                        c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG") and not topic_place(c)):
                    return c
            cur = cur.head if cur.dep_ != "pobj" else cur.head.head
            continue
        if cur.pos_ in ("NOUN", "PROPN"):
            for c in cur.children:
                if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")
                                        and not topic_place(c)):
                    return c
        break
    return None


def _aimed_at(tok, depth: int) -> bool:
    """ "at" names the target: "lashed out at X", "took aim at X", "lobbed charges at X", "a swipe at X"."""
    if depth == 0:
        return tok.lemma_.lower() in AIMING_VERBS or any(
            g.dep_ == "prt" or (g.dep_ == "dobj" and g.lemma_.lower() in AIMED_NOUNS) for g in tok.children)
    return tok.lemma_.lower() in AIMED_NOUNS


def _prep_objects(tok, exclude: set[int], depth: int = 0, places: bool = False):
    out = []
    for c in tok.children:
        if depth == 0 and c.dep_ == "prep" and (c.lower_ == "about" or (
                c.lower_ == "after" and tok.lemma_.lower() in CHASING_VERBS)):
            # "complained about X", "went after X": whom it is about (only a name, an office or someone's act)
            out.extend(g for g in c.children if g.dep_ == "pobj" and g.i not in exclude)
            continue
        if depth <= 1 and not places and c.lower_ in ("in", "at", "near", "around", "off") and not (
                c.lower_ == "at" and _aimed_at(tok, depth)):
            continue  # where it happened, not to whom ("met in Beijing"); but "lashed out at X", "lobbed charges at X"
        if c.dep_ in ("prep", "agent") and (c.lower_ in TARGET_PREPS or c.dep_ == "agent"):
            for g in c.children:
                if g.dep_ == "pobj" and g.i not in exclude:
                    out.append(g)
                    about = claim_subject(g)
                    if about is not None and about.i not in exclude:  # "pushed back on claims that X ..."
                        out.append(about)
                    out.extend(x for x in g.children if x.dep_ == "conj")
                    if depth <= 1:
                        out.extend(_prep_objects(g, exclude, depth + 1))
        elif c.dep_ == "acl" and depth <= 1:
            out.extend(_prep_objects(c, exclude, 2))
    return out


def _complained_of(tok, exclude: set[int]):
    """The subject of what a complaint says, when it names someone: "fumed that Mr. Schiff would not
    accept ...", "complained that the state had become ..." (a name or an office, not a thing)."""
    for c in tok.children:
        if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.i not in exclude and subj.pos_ != "PRON" and (
                    subj.pos_ == "PROPN" or subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or sector_of(subj.lemma_)):
                return [subj]
    return []


def targets_of(tok, exclude: set[int], places: bool = False):
    """Candidate target heads of a trigger, best first; ``places`` lets "in X" name the target."""
    out = []
    for c in tok.children:
        if c.i in exclude:
            continue
        if c.dep_ in ("dobj", "dative", "iobj") or (c.dep_ == "nsubjpass" and any(
                g.dep_ == "agent" for g in tok.children)):
            if not (c.dep_ == "dobj" and c.pos_ == "NOUN" and tok.lemma_.lower() in LIGHT_VERBS and any(
                    g.dep_ == "prep" and g.lower_ in RECIPIENT_PREPS for g in (*c.children, *tok.children))):
                out.append(c)  # but "voiced opposition to X", "expressed support for X": the object is the act
            out.extend(g for g in c.children if g.dep_ == "conj")
            out.extend(_prep_objects(c, exclude, 1, places))  # "attacked a checkpoint in Ghazni"
            about = claim_subject(c)
            if about is not None and about.i not in exclude:  # "rejected the notion that the party should ..."
                out.append(about)
            if c.pos_ == "NOUN":  # "criticised Trump's policies", "vetoed the UN resolution": the owner
                out.extend(g for g in c.children if g.i not in exclude and (
                    g.dep_ == "poss" or (g.dep_ == "compound" and g.ent_type_ in ("ORG", "GPE", "NORP") and not topic_place(g))))
    if tok.dep_ == "conj" and tok.tag_ == "VBN" and any(g.dep_ == "agent" for g in tok.children) and not any(
            g.dep_ in ("nsubjpass", "nsubj") for g in tok.children):
        # "was opposed by X but lauded by Y": the second passive shares the first one's subject
        shared = next((g for g in tok.head.children if g.dep_ == "nsubjpass" and g.i not in exclude), None)
        if shared is not None:
            out.append(shared)
    out.extend(_prep_objects(tok, exclude, 0, places))
    if tok.lemma_.lower() in COMPLAINING_VERBS:
        out.extend(_complained_of(tok, exclude))
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS:
        # "offered condolences to the families", "expressed support for Ukraine": the verb's recipient
        for c in tok.head.children:
            if c.dep_ in ("prep", "dative") and c.lower_ in RECIPIENT_PREPS:
                out.extend(g for g in c.children if g.dep_ == "pobj" and g.i not in exclude)
    if tok.pos_ in ("NOUN", "PROPN"):
        for c in tok.children:
            if c.dep_ in ("compound", "amod") and c.ent_type_ in ("GPE", "NORP", "ORG") and not topic_place(c):
                out.append(c)
    return out
