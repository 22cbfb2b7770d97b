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
"""
from __future__ import annotations

from ..model import Actor
from .event_triggers import code_action

# People named by what they are, who can act in political news without a name or a code.
PEOPLE_NOUNS = frozenset({
    "scientist", "scholar", "academic", "professor", "researcher", "expert", "economist", "analyst", "teacher",
    "doctor", "physician", "nurse", "lawyer", "attorney", "activist", "campaigner", "advocate", "protester",
    "protestor", "demonstrator", "student", "worker", "employee", "farmer", "villager", "resident", "parent",
    "critic", "opponent", "supporter", "voter", "member", "leader", "organizer", "organiser", "official",
    "executive", "priest", "bishop", "cleric", "journalist", "reporter", "veteran", "survivor", "victim",
    "relative", "family", "group", "coalition", "union", "other", "hostage", "prisoner", "detainee"})
# Entity types of a named doer.
NAMED_DOERS = frozenset({"PERSON", "ORG", "NORP"})
# Passive verbs of doing whose subject is an act that took place ("indictments were unsealed").
DONE_PASSIVES = frozenset({
    "hold", "launch", "carry", "conduct", "stage", "impose", "issue", "lodge", "make", "mount", "announce",
    "reach", "sign", "deliver", "unleash", "file", "level", "wage", "unseal", "slap", "extend", "bring",
    "organize", "organise", "stag"})
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
    if tok.pos_ == "PROPN" and tok.ent_type_ in NAMED_DOERS:
        return tok
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in PEOPLE_NOUNS:
        return tok
    return None


def _name(tok) -> str:
    words = [t for t in tok.lefts if t.dep_ in ("compound", "amod", "nmod") and t.i == tok.i - 1]
    start = words[0].i if words else tok.i
    return tok.doc[start:tok.i + 1].text


def uncoded_sides(subj, passive) -> tuple[Actor | None, Actor | None]:
    """(source, target) for an act nobody coded: the uncoded named or described doer (subject),
    else the uncoded one a passive acts on; (None, None) when neither names someone."""
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
        roots = None  # any act
        if any(c.dep_ == "neg" for c in head.children):
            return False
    elif tok.dep_ == "dobj" and lemma in SETTING_OFF:
        roots = SET_OFF_ROOTS
    elif tok.dep_ == "dobj" and lemma in DECLARING and any(c.dep_ == "poss" for c in tok.children):
        roots = DECLARED_ROOTS
    else:
        return False
    coded = code_action(tok)
    return coded is not None and (roots is None or coded.code[:2] in roots)
