"""Acts a sentence asserts that the stricter rules of event_sentences would drop for want of a
coded actor or of a light verb.

- Doers nobody can code: a named person or organisation the actor files do not list ("Lauten
  later apologized"), or people named by what they are ("the scientists urged ...", "teachers
  rallied"), did the act; the gold conventions (docs/events.md) code such an actor with an empty
  code, so the event is kept with an uncoded actor. A passive names the uncoded one acted on
  ("Sayoc has been charged").
- Event nouns that happened without a light verb carrying them: the subject of a passive verb of
  doing ("Indictments unsealed", "sanctions were imposed", "talks were held"), protests and
  violence something set off ("triggered widespread boycotts", "sparked clashes"), support or
  praise someone declared ("proclaimed his support for").
- Relative clauses that report an act of their own: a named actor's present accusation, demand or
  threat set off by a comma ("the United States, which accuses him of publishing ...": the
  simple present of a verbal act is the actor's current stance, asserted), and what a person did
  in a "who" clause ("police, who fired round after round of teargas"), which no act of the main
  clause governs.
"""
from __future__ import annotations

from ..model import Actor
from .event_clauses import OBJECT_CONTROL
from .event_triggers import code_action

# People named by what they are, who can act in political news without a name or a code.
PEOPLE_NOUNS = frozenset({
    "scientist", "scholar", "academic", "professor", "researcher", "expert", "economist", "analyst", "teacher",
    "doctor", "physician", "nurse", "lawyer", "attorney", "activist", "campaigner", "advocate", "protester",
    "protestor", "demonstrator", "student", "worker", "employee", "farmer", "villager", "resident", "parent",
    "critic", "opponent", "supporter", "voter", "member", "leader", "organizer", "organiser", "official",
    "executive", "priest", "bishop", "cleric", "journalist", "reporter", "veteran", "survivor", "victim",
    "coalition", "union", "other", "hostage", "prisoner", "detainee"})
# Verbs whose clause is a claim or a belief, not reported news: uncoded doers in it are left out.
CLAIMING = frozenset({"allege", "claim", "accuse", "charge", "contend", "suggest", "argue", "believe", "think",
                      "suspect", "assert", "insist", "speculate", "fear", "hope", "imagine", "suppose", "assume",
                      "deny", "maintain"})
MODALS = frozenset({"could", "may", "might", "would", "will", "'ll", "should", "can", "must"})
# Entity types of a named doer.
NAMED_DOERS = frozenset({"PERSON", "ORG", "NORP"})
# Passive verbs of doing whose subject is an act that took place ("indictments were unsealed").
DONE_PASSIVES = frozenset({
    "hold", "launch", "carry", "conduct", "stage", "impose", "issue", "lodge", "make", "mount", "announce",
    "reach", "sign", "deliver", "unleash", "file", "level", "wage", "unseal", "slap", "extend", "bring",
    "organize", "organise", "stag"})
PAST_AUX = frozenset({"was", "were", "been", "has", "have", "had"})
# Verbs that set off protests or violence: what they set off happened ("sparked protests").
SETTING_OFF = frozenset({"spark", "trigger", "provoke", "ignite", "prompt", "cause", "unleash", "touch"})
SET_OFF_ROOTS = frozenset({"14", "18", "19"})
# Verbs that declare a stance as an act ("proclaimed his support for X", "reiterated its backing").
DECLARING = frozenset({"proclaim", "declare", "reiterate", "reaffirm", "show", "lend", "throw", "signal",
                       "underscore", "repeat", "pledge"})
DECLARED_ROOTS = frozenset({"01", "02", "03", "04", "05", "11", "12"})


def _doer(tok):
    """``tok`` when it names someone who can act but has no code: a person or organisation named,
    or people named by what they are."""
    if tok is None or tok.pos_ == "PRON":
        return None
    if tok.pos_ == "PROPN" and (tok.ent_type_ in NAMED_DOERS or not tok.ent_type_):
        return tok  # a name, also one the parser gave no type ("Sayoc has been charged")
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in PEOPLE_NOUNS:
        return tok
    return None


def _name(tok) -> str:
    words = [t for t in tok.lefts if t.dep_ in ("compound", "amod", "nmod") and t.i == tok.i - 1]
    start = words[0].i if words else tok.i
    return tok.doc[start:tok.i + 1].text


def carried_controller(tok):
    """The object of a verb of prompting whose infinitive carries the event noun: "prompted officials
    from Mexico to make concessions" -> the officials (see event_clauses.controller for verbs)."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "attr"):
        return None
    verb = tok.head
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in OBJECT_CONTROL or any(
            g.dep_ in ("nsubj", "nsubjpass") for g in verb.children):
        return None
    return next((g for g in verb.head.children if g.dep_ == "dobj" and g.i < verb.i and g.pos_ in ("PROPN", "NOUN")),
                None)


def uncoded_sides(tok, subj, passive) -> tuple[Actor | None, Actor | None]:
    """(source, target) for the act ``tok`` that nobody coded: the uncoded named or described doer
    (subject), else the uncoded one a passive acts on; (None, None) when neither names someone, and
    for an act named after a preposition ("during an NCAA probe": background, not the news) or
    inside what someone alleges or believes ("X was charged, the ministry said" stays), under a
    modal, or in what is talked "about"."""
    if tok.dep_ == "pobj" or any(t.dep_ == "ccomp" and t.head.lemma_.lower() in CLAIMING for t in (tok, *tok.ancestors)):
        return None, None  # nor inside what someone alleges or believes ("alleges that Stone ... denying ...")
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in tok.children) or any(
            t.dep_ == "pobj" and t.head.lower_ == "about" for t in tok.ancestors):
        return None, None  # "Wal-Mart could refute the claims", "said about the article alleging ...": not done
    doer = _doer(subj)
    if doer is not None:
        return Actor(_name(doer), None), None
    if subj is None:
        done_to = _doer(passive)
        if done_to is not None:
            return None, Actor(_name(done_to), None)
    return None, None


def asserted_noun(tok) -> bool:
    """An event noun the sentence asserts without a light verb carrying it (see the module docstring)."""
    head = tok.head
    lemma = head.lemma_.lower()
    if tok.dep_ == "nsubjpass" and lemma in DONE_PASSIVES:
        roots = None  # any act, done: "were unsealed", "have been filed", a headline's "unsealed"
        if any(c.dep_ == "neg" or (c.dep_ in ("aux", "auxpass") and c.lower_ not in PAST_AUX) for c in head.children):
            return False  # "once the indictment is unsealed", "charges will be filed", "were not filed"
    elif tok.dep_ == "dobj" and lemma in SETTING_OFF:
        roots = SET_OFF_ROOTS
    elif tok.dep_ == "dobj" and lemma in DECLARING and any(c.dep_ == "poss" for c in tok.children):
        roots = DECLARED_ROOTS
    else:
        return False
    coded = code_action(tok)
    return coded is not None and (roots is None or coded.code[:2] in roots)


# Verbal acts whose simple present, said of a named actor in a clause set off by a comma, is asserted.
ASSERTED_PRESENT_ROOTS = frozenset({"10", "11", "13"})
NAMED_ACTORS = frozenset({"GPE", "ORG", "PERSON", "NORP"})


def asserted_relative(clause, tok) -> bool:
    """A simple-present relative clause (``clause``, holding the trigger ``tok``) that reports a
    named actor's accusation, demand or threat: ", which accuses him of ..."."""
    head = clause.head
    if head.pos_ != "PROPN" or head.ent_type_ not in NAMED_ACTORS:
        return False
    if not any(c.dep_ == "punct" and c.text == "," and c.i == clause.left_edge.i - 1 for c in head.children) and not (
            clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].text == ","):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in ("which", "who") for c in clause.children):
        return False
    coded = code_action(tok)
    return coded is not None and coded.frame is None and coded.code[:2] in ASSERTED_PRESENT_ROOTS


def own_relative(tok) -> bool:
    """A past act in a "who" clause ("police, who fired teargas at protesters") or an asserted
    present one (see asserted_relative): the actor's own act, not governed by the act of the clause
    the actor belongs to."""
    if tok.dep_ != "relcl" or any(a.lemma_.lower() in CLAIMING for a in tok.ancestors):
        return False  # "accused Pakistan of sheltering militants who attacked a base": alleged, not asserted
    if tok.tag_ in ("VBZ", "VBP"):
        return asserted_relative(tok, tok)  # ", which accuses him of ...": asserted in its own right
    if tok.tag_ not in ("VBD", "VBN"):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ == "who" for c in tok.children) and not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "may", "might", "could", "can", "should")
        for c in tok.children)


# Verbs of holding someone whose agent is the one who later releases them.
HOLDING = frozenset({"hold", "detain", "kidnap", "abduct", "capture", "seize", "imprison", "jail", "take"})
RELEASE_ROOT = "08"


def holder(code: str, passive):
    """The agent of the holding verb on the freed in a passive release: "hostages held by the
    Taliban were released" -> the Taliban (None when there is none or the act is no release)."""
    if passive is None or not code.startswith(RELEASE_ROOT):
        return None
    for verb in passive.children:
        if verb.dep_ in ("acl", "relcl") and verb.lemma_.lower() in HOLDING:
            for a in verb.children:
                if a.dep_ == "agent":
                    return next((g for g in a.children if g.dep_ == "pobj"), None)
    return None
