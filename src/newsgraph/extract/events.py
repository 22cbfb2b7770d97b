"""CAMEO-coded events from the article's own parse: who did what to whom, when.

For every sentence, tokens whose lemma is in the CAMEO lexicon (one dictionary lookup per
token) become candidate triggers. A trigger is coded by its first matching lexicon row
(object and particle conditions), then adjusted for the clause around it:

- frame words ("pledged to", "urged ... to", "refused to", "threatened to", "demanded")
  wrap the action in their complement; cameo_frames.tsv picks the sub-code;
- negation: a negated cooperative action becomes a rejection ("did not agree" -> 12x);
  negated statements and conflict actions are not events;
- modality: will/would + cooperative action is an intent (03x), will/would/may + conflict
  action a threat (13x); must/should inside reported speech is a demand (10x);
- reporting verbs (say, tell, ...) give a plain statement (010) only when nothing else in the
  sentence is coded and both sides are known actors.

Source and target come from the clause (subject, passive agent, objects and prepositional
objects), resolved through the EntityIndex when it knows the words and coded with
actor_codes otherwise; a pronoun or missing subject inside reported speech is the speaker.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Actor, Event, Quote
from .actor_codes import code_entity, is_country_code, sector_of
from .dates import find_dates
from .event_lexicon import (
    WEAK_FRAMES,
    Entry,
    describe,
    framed_code,
    lexicon,
    natural_hazards,
    plover_of,
    refine,
    speech_verbs,
)

COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
FUTURE = frozenset({"will", "would", "shall", "'ll", "wo"})
SPECULATIVE = frozenset({"may", "might", "could"})
OBLIGATION = frozenset({"must", "should"})
TARGET_PREPS = ("with", "to", "against", "on", "toward", "towards", "for", "from", "into", "at", "of",
                "in", "between", "over", "upon", "by", "near", "around", "off")
SUBJECT_DEPS = ("nsubj", "csubj")
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "pobj", "dobj", "prep", "acl", "attr", "oprd",
                             "advcl", "nsubjpass", "agent"})
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "this", "that", "which", "who",
                      "them", "him", "her", "us", "its", "their", "his", "our"})
RELATIVE = frozenset({"who", "which", "that"})
DENIAL_VERBS = frozenset({"deny"})
# Violence verbs that, aimed at a named person or a party, are political criticism.
VERBAL_ATTACKS = frozenset({"attack", "target"})
BE_FORMS = frozenset({"'s", "’s", "'re", "’re", "'m", "’m", "is", "are", "am", "was", "were"})
# Titles that are also surnames: alone and without "the" they name a person, not an office.
TITLE_SURNAMES = frozenset({"king", "queen", "judge", "general", "prince", "bishop", "major", "marshal",
                            "governor", "senator", "sheriff"})
MAX_EVENTS_PER_SENTENCE = 3
# Codes that need a named other side: hosting a show or returning (coming back) is no event.
NEEDS_TARGET = frozenset({"043"})
NEEDS_OBJECT = frozenset({"084"})
# Talking "about" something (and not with or to anyone) is no consultation.
TOPIC_ONLY_PREPS = frozenset({"about", "of"})
QUANTITY_HEADS = frozenset({"thousands", "hundreds", "dozens", "scores", "millions", "tens", "many", "some",
                            "several", "most", "groups", "crowds", "crowd", "members", "group"})
# Verbs that carry an event noun as their object ("held talks", "imposed sanctions") and
# verbs that say an event noun happened ("clashes erupted", "airstrikes killed").
LIGHT_VERBS = frozenset({
    "hold", "have", "launch", "carry", "conduct", "stage", "impose", "express", "issue", "give", "offer",
    "voice", "lodge", "make", "mount", "announce", "take", "reach", "sign", "provide", "send", "extend",
    "begin", "start", "continue", "resume", "intensify", "escalate", "step", "order", "approve", "call",
    "deliver", "unleash", "threaten", "vow", "pledge", "promise", "seek", "demand", "receive", "host",
    "attend", "join", "organize", "organise", "lead", "file", "open", "end", "renew", "expand",
    "tighten", "slap", "agree", "accept", "reject", "welcome", "condemn", "support", "back",
    "plan", "propose", "level", "pay", "perform", "wage", "fire", "suffer", "face", "stag", "complete",
    "speed", "finish", "undertake", "engage", "hand", "initiate", "conclude"})
HAPPENING_VERBS = frozenset({
    "erupt", "break", "occur", "take", "continue", "begin", "start", "resume", "kill", "wound", "injure",
    "hit", "strike", "target", "destroy", "damage", "rock", "shake", "end", "spread", "intensify",
    "escalate", "follow", "come", "mark", "leave", "claim"})
# Cooperative verbs whose negation is a refusal ("did not agree", "will not sign"); other
# negated actions ("never met") are no event.
REFUSAL_WHEN_NEGATED = frozenset({
    "agree", "accept", "approve", "sign", "allow", "permit", "support", "endorse", "back", "cooperate",
    "negotiate", "join", "recognize", "recognise", "lift", "withdraw", "release", "comply", "ratify",
    "abandon", "help", "provide", "send", "meet", "talk", "attend", "resume", "return", "ease", "yield",
    "concede", "commit", "extradite", "hand", "grant"})
SECTOR_ONLY = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "OPP", "REB", "INS", "BUS", "MED",
                         "EDU", "HLH", "CVL", "REF", "LAB", "ELI", "PTY", "AGR", "UAF"})
_POS = {"VERB": "V", "AUX": "V", "NOUN": "N", "PROPN": "N", "ADJ": "A"}


@dataclass
class _Coded:
    tok: object  # spaCy Token, the trigger
    code: str
    negated: bool = False
    consumed: tuple = ()  # token indices of wrapped actions
    frame: str | None = None
    inner: object = None  # Token of the wrapped action, when there is one
    speech: bool = False
    base: str | None = None  # the wrapped action's own code ("agree to a ceasefire" -> 0871)
    suppress: bool = False  # no event, but its complement is spoken for ("has no plans to ...")


# ---------------------------------------------------------------- lexicon matching

def _objects(tok) -> set[str]:
    """Lemmas that can satisfy an entry's object condition: objects, prepositional objects,
    the passive subject, their modifiers, and for nouns the noun's own modifiers."""
    out: set[str] = set()

    def add(t, depth=0):
        out.add(t.lemma_.lower())
        out.add(t.lower_)
        for c in t.children:
            if c.dep_ in ("compound", "amod", "nmod"):
                out.add(c.lemma_.lower())
                out.update(g.lemma_.lower() for g in c.children if g.dep_ in ("compound", "amod", "nmod", "nummod"))
            elif depth == 0 and c.dep_ == "prep":
                for g in c.children:
                    if g.dep_ == "pobj":
                        add(g, 1)
    for c in tok.children:
        dep = c.dep_
        if dep in ("dobj", "nsubjpass", "attr", "oprd", "dative", "npadvmod"):
            add(c)
        elif dep in ("prep", "prt", "agent"):
            for g in c.children:
                if g.dep_ in ("pobj", "pcomp"):
                    add(g)
            if dep == "prt":
                out.add(c.lower_)
        elif dep in ("xcomp", "ccomp"):
            out.add("<ccomp>" if dep == "ccomp" else c.lemma_.lower())
            if dep == "xcomp":
                for g in c.children:
                    if g.dep_ == "dobj":
                        add(g)
        elif dep in ("compound", "amod") and tok.pos_ in ("NOUN", "PROPN"):
            out.add(c.lemma_.lower())
    if tok.dep_ == "xcomp" and tok.i > 0 and tok.lower_ == "comment":
        out.add("comment")
    return out


def _particles(tok) -> set[str]:
    out = set()
    for c in tok.children:
        if c.dep_ in ("prt", "agent", "dative"):
            out.add(c.lower_)
        elif c.dep_ == "prep" and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children):
            out.add(c.lower_)
    return out


def _entries_for(tok) -> list[Entry]:
    """Lexicon rows whose conditions the trigger meets, in file order."""
    pos = _POS.get(tok.pos_)
    if pos is None:
        return []
    entries = lexicon().get((pos, tok.lemma_.lower()))
    if not entries and pos == "N" and tok.tag_.startswith("VB"):
        entries = lexicon().get(("V", tok.lemma_.lower()))
    if not entries:
        return []
    objs = parts = None
    out = []
    for e in entries:
        if e.particle:
            parts = _particles(tok) if parts is None else parts
            if e.particle not in parts:
                continue
        if e.objects:
            objs = _objects(tok) if objs is None else objs
            if not (e.objects & objs):
                continue
        out.append(e)
        if not e.frame:
            break
    return out


def _entry_for(tok) -> Entry | None:
    entries = _entries_for(tok)
    return entries[0] if entries else None


def _negated(tok) -> bool:
    for c in tok.children:
        if c.dep_ == "neg" or c.lower_ in ("never", "no"):
            return True
    if tok.dep_ in ("xcomp", "acomp") and tok.head.pos_ in ("VERB", "AUX"):
        # "is not willing to", "has no plans to", "is not going to ask"
        return any(c.dep_ == "neg" for c in tok.head.children) and (
            tok.head.lemma_ in ("be", "have", "go") or tok.head.lower_ in BE_FORMS)
    return False


def _aux(tok) -> set[str]:
    """Auxiliaries of the trigger, inherited through xcomp chains ("will begin to withdraw")."""
    out: set[str] = set()
    cur = tok
    for _ in range(3):
        out.update(c.lower_ for c in cur.children if c.dep_ in ("aux", "auxpass"))
        if cur.dep_ != "xcomp" or cur.head is cur:
            break
        if cur.head.lemma_.lower() == "go" and cur.head.lower_ == "going":
            out.add("will")
        cur = cur.head
        if _entry_for(cur) is not None:
            break
    if "going" in out:
        out.add("will")
    return out


def _through(verb):
    """Look through an aspect or support verb to the action it carries ("continue military aid")."""
    if _entry_for(verb) is None:
        for g in verb.children:
            if g.dep_ in ("dobj", "xcomp") and _entry_for(g) is not None:
                return g
    return verb


def _complement(tok):
    """The action a frame word wraps: its infinitive, a coded noun object, or its that-clause."""
    for c in tok.children:
        if c.dep_ in ("xcomp", "acl") and c.pos_ in ("VERB", "AUX"):
            return _through(c)
    for c in tok.children:
        if c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            return _through(c)
    for c in tok.children:
        if c.dep_ in ("dobj", "attr", "nsubjpass") and _entry_for(c) is not None:
            return c
    for c in tok.children:
        if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX"):
            return _through(c)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "on", "to", "of", "in"):
            for g in c.children:
                if g.dep_ in ("pobj", "pcomp") and _entry_for(g) is not None:
                    return g
                if g.dep_ == "pcomp":
                    return g
                if g.dep_ == "pobj":  # "appealed for $2 billion in aid", "a package of aid"
                    for p in g.children:
                        if p.dep_ == "prep" and p.lower_ in ("in", "of"):
                            for x in p.children:
                                if x.dep_ == "pobj" and _entry_for(x) is not None:
                                    return x
    for c in tok.children:
        if c.dep_ in ("dobj", "dative"):  # "urged Iran to ..." (spaCy puts the xcomp under the verb)
            for g in c.children:
                if g.dep_ in ("xcomp", "acl", "relcl") and g.pos_ == "VERB":
                    return g
    return None


def _code_action(tok, depth: int = 0) -> _Coded | None:
    """Code one trigger with its frame, negation and modality; None when it is no event."""
    entries = _entries_for(tok)
    if not entries:
        if tok.lemma_.lower() in speech_verbs() and tok.pos_ in ("VERB",):
            for c in tok.children:  # "said Iraq must hand over ...": a demand
                if c.dep_ == "ccomp" and _aux(c) & OBLIGATION and not _negated(c) and not any(
                        g.dep_ in SUBJECT_DEPS and g.lower_ in ("we", "i") for g in c.children):
                    inner = _code_action(c, depth + 1) if depth < 2 else None
                    base = (inner.base or inner.code) if inner is not None and not inner.speech else None
                    return _Coded(tok, framed_code("DEMAND", base), consumed=(c.i,), frame="DEMAND", inner=c,
                                  base=base)
            return _Coded(tok, "010", speech=True, negated=_negated(tok))
        return None
    negated = _negated(tok)
    if tok.lemma_.lower() in DENIAL_VERBS and not negated:
        done = next((c for c in tok.children if c.dep_ in ("xcomp", "pcomp", "dobj") and c.tag_ == "VBG"), None)
        if done is not None:  # "denied supplying drones": a denial, not a refusal
            return _Coded(tok, "016", consumed=(done.i,))
    for entry in entries:
        if entry.frame:
            coded = _code_frame(tok, entry, negated, depth)
            if coded is not None:
                return coded
            continue
        return _code_plain(tok, entry.code, negated, depth)
    return None


def _code_frame(tok, entry: Entry, negated: bool, depth: int) -> _Coded | None:
    inner_tok = _complement(tok) if depth < 2 else None
    inner = _code_action(inner_tok, depth + 1) if inner_tok is not None else None
    if inner is not None and inner.speech:
        inner = None
    lemma = tok.lemma_.lower()
    if inner is None and lemma in WEAK_FRAMES and not entry.particle:
        return None
    inner_code = (inner.base or inner.code) if inner else None
    frame = entry.frame
    if inner is not None and inner.negated and frame == "INTENT":
        frame = "REJECT"  # "promised not to cooperate"
    if negated:
        if frame == "INTENT" and lemma not in WEAK_FRAMES:
            frame = "REJECT"
        else:
            consumed = (inner_tok.i,) if inner_tok is not None else ()
            return _Coded(tok, "", negated=True, consumed=consumed, suppress=True)
    code = framed_code(frame, inner_code)
    if frame == "INTENT" and inner_code and inner_code[:2] not in COOPERATIVE_ROOTS and inner_code[:2] != "09":
        code = framed_code("THREATEN", inner_code)
    if frame == "THREATEN" and inner_code and inner_code[:2] in COOPERATIVE_ROOTS:
        code = "130"
    consumed = ((inner_tok.i,) + (inner.consumed if inner else ())) if inner_tok is not None else ()
    return _Coded(tok, code, negated=negated, consumed=consumed, frame=frame, inner=inner_tok, base=inner_code)


def _code_plain(tok, code: str, negated: bool, depth: int) -> _Coded | None:
    words = _objects(tok) | {c.lemma_.lower() for c in tok.children}
    if code in GENERIC_VIOLENCE:  # "were killed when a bomb exploded" -> 183
        words |= {g.lemma_.lower() for c in tok.children if c.dep_ == "advcl" for g in c.children
                  if g.dep_ in ("nsubj", "nsubjpass", "prep")} | {
            x.lemma_.lower() for c in tok.children if c.dep_ == "prep" for x in c.children if x.dep_ == "pobj"}
    code = refine(code, words)
    root = code[:2]
    if root == "04" and tok.pos_ == "VERB":
        preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
        if preps & TOPIC_ONLY_PREPS and not preps - TOPIC_ONLY_PREPS and not any(
                c.dep_ in ("dobj", "dative") for c in tok.children):
            return None  # "was talking about the environmentalists"
    if code in NEEDS_OBJECT and not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        return None  # "she is to return as host"

    aux = _aux(tok)
    if negated:
        if root in COOPERATIVE_ROOTS and (aux & FUTURE or tok.lemma_.lower() in REFUSAL_WHEN_NEGATED) \
                and not any(c.lower_ == "never" for c in tok.children):
            return _Coded(tok, framed_code("REJECT", code), negated=True, frame="REJECT", base=code)
        return _Coded(tok, code, negated=True)
    if depth == 0 and aux & FUTURE and root in COOPERATIVE_ROOTS and root != "03":
        return _Coded(tok, framed_code("INTENT", code), frame="INTENT", base=code)
    if depth == 0 and aux & (FUTURE | SPECULATIVE) and int(root) >= 14:
        return _Coded(tok, framed_code("THREATEN", code), frame="THREATEN", base=code)
    if aux & SPECULATIVE and root in COOPERATIVE_ROOTS and depth == 0:
        return None
    return _Coded(tok, code)


def _licensed_noun(tok) -> bool:
    """A noun trigger is an event when a verb carries it (held talks, clashes erupted)."""
    head = tok.head.lemma_.lower()
    if tok.dep_ in ("dobj", "attr") and head in LIGHT_VERBS:
        return True
    if tok.dep_ in ("nsubj", "nsubjpass") and head in HAPPENING_VERBS:
        return True
    if tok.dep_ == "ROOT":
        return True
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ("in", "after", "during"):
        return tok.head.head.pos_ == "VERB" and _entry_for(tok.head.head) is None
    return False


# ---------------------------------------------------------------- actors

def _noun_phrase(tok):
    """Tokens naming an actor: the head with its left modifiers (and "of X" for offices)."""
    left = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("punct", "cc", "conj", "appos", "relcl")
            and not any(a.dep_ in ("conj", "appos", "relcl", "acl") and a.i > tok.i for a in t.ancestors
                        if a.i <= tok.i or a == tok)]
    words = [t for t in left if t.i >= tok.left_edge.i]
    start = min((t.i for t in words), default=tok.i)
    end = tok.i + 1
    for c in tok.rights:
        if c.dep_ == "prep" and (c.lower_ == "of" or (c.lower_ == "for" and sector_of(tok.lower_)) or (
                c.lower_ in ("in", "from") and (
                tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and not tok.ent_type_)))):
            end = max(end, c.right_edge.i + 1)
            break
    span = tok.doc[start:end]
    if len(span) > 12:
        span = tok.doc[tok.i:tok.i + 1]
    return span


def _appos_context(tok) -> str | None:
    for c in tok.children:
        if c.dep_ == "appos":
            return tok.doc[c.left_edge.i:c.right_edge.i + 1].text
    return None


def _actor(tok, index, speaker: Actor | None = None) -> Actor | None:
    if tok is None:
        return None
    if tok.lower_ in RELATIVE and tok.head.dep_ == "relcl" and tok.head.head is not tok.head:
        tok = tok.head.head  # "the senator, who endorsed ...": the antecedent acts
    if tok.lower_ in PRONOUNS or tok.pos_ == "PRON":
        ent = _index_entity(index, tok.doc[tok.i:tok.i + 1])
        if ent is not None and ent.code:
            return Actor(ent.name, ent.code, ent.id)
        if tok.lower_ in ("we", "i", "us") and speaker is not None:
            return speaker
        if speaker is not None and tok.lower_ in ("it", "he", "she", "they"):
            return speaker
        return None
    if tok.lower_ in QUANTITY_HEADS or tok.tag_ == "CD":  # "thousands of students", "two of his aides"
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None:
            tok = pobj
    span = _noun_phrase(tok)
    if len(span) == 1 and tok.pos_ == "PROPN" and tok.lower_ in TITLE_SURNAMES:
        return None  # "backed King": a surname, not a king
    ent = _index_entity(index, tok.doc[tok.i:tok.i + 1])
    if ent is not None and tok.pos_ == "NOUN" and ent.type == "PERSON" and tok.lower_ not in (ent.title or "").lower():
        ent = None  # a title noun the index tied to someone with another title
    ent_type = tok.ent_type_
    if tok.ent_type_ == "" and tok.pos_ == "NOUN":
        ent_type = "NOUN"
    country, sector, code = code_entity(span.text, ent_type, None, _appos_context(tok))
    if code is not None and country is None and sector not in ("IGO", "NGO") and (
            ent_type == "PERSON" or sector in ("ELI",)):
        code = None
    if code is not None and country is None and tok.pos_ == "NOUN" and not (
            sector_of(tok.lower_) or sector_of(tok.lemma_)):
        code = None  # "military cooperation" is no actor; "the troops" is one
    if code and tok.pos_ == "NOUN" and len(code) >= 3 and is_country_code(code[:3]):
        head_sector = sector_of(tok.doc[span.start:tok.i + 1].text)
        if head_sector and head_sector not in ("CVL", "ELI") and code[3:6] != head_sector:
            code = code[:3] + head_sector  # "government forces" -> MIL, "state media" -> MED
    if ent is not None and ent.code:
        if code and code[:3] == ent.code[:3] and len(code) > len(ent.code):
            return Actor(ent.name, code, ent.id)
        return Actor(ent.name, ent.code, ent.id)
    if code is None and ent is not None:  # the entity's own name or aliases may be known ("Mr. Fox")
        for name in (ent.name, *(ent.aliases or [])):
            _, _, code = code_entity(name, ent.type, ent.title)
            if code and not (code[:3] in SECTOR_ONLY and ent.type == "PERSON"):
                break
            code = None
    if code is None and tok.pos_ == "NOUN" and ent is None:
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if owner is not None:  # "the senator's office", "Trump's lawyer": the owner's side
            return _actor(owner, index, speaker)
    if code is None:
        if tok.ent_type_ == "PERSON" or (ent is not None and ent.type == "PERSON"):
            return Actor(ent.name if ent is not None else span.text, None, ent.id if ent is not None else None)
        return None
    return Actor(span.text, code, ent.id if ent is not None else None)


def _same_actor(a: Actor | None, b: Actor) -> bool:
    """b repeats a: the same entity, the same code, or a's bare country ("China's minister ... China")."""
    if a is None:
        return False
    if a.entity and b.entity:
        return a.entity == b.entity
    if a.code and b.code and ((len(b.code) == 3 and a.code.startswith(b.code))
                              or (len(a.code) == 3 and b.code.startswith(a.code))):
        return True
    return a.name.lower() == b.name.lower() or (a.code == b.code and not (a.entity or b.entity) and bool(a.code)
                                                and a.code[:3] in SECTOR_ONLY)


def _localise_sector(actor: Actor | None, head) -> Actor | None:
    """Give a bare country actor the sector of the phrase it sits in ("ministers from Iran" -> GOV)."""
    if actor is None or not actor.code or len(actor.code) != 3:
        return actor
    sector = sector_of(head.lower_)
    return Actor(actor.name, actor.code + sector, actor.entity) if sector and sector not in ("CVL", "ELI") else actor


def _index_entity(index, span):
    if index is None:
        return None
    try:
        ent = index.resolve_span(span) if hasattr(index, "resolve_span") else None
        if ent is None and hasattr(index, "at_char"):
            ent = index.at_char(span.start_char, span.end_char)
        return ent
    except Exception:  # noqa: BLE001 - a half-built index must not sink the document
        return None


def _subject(tok):
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
        if cur.dep_ in ("xcomp", "conj", "advcl", "acl", "amod") and cur.head is not cur:
            cur = cur.head
            continue
        if cur.pos_ in ("NOUN", "PROPN") and cur.dep_ in ("dobj", "attr", "pobj") and cur.head is not cur:
            for c in cur.children:
                if (c.dep_ == "poss" and c.pos_ != "PRON") or (
                        c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")):
                    return c
            cur = cur.head if cur.dep_ != "pobj" else cur.head.head
            continue
        if cur.pos_ in ("NOUN", "PROPN"):
            for c in cur.children:
                if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")):
                    return c
        break
    return None


def _prep_objects(tok, exclude: set[int], depth: int = 0, places: bool = False):
    out = []
    for c in tok.children:
        if depth <= 1 and not places and c.lower_ in ("in", "at", "near", "around", "off") and not (
                c.lower_ == "at" and depth == 0 and any(
                    g.dep_ == "prt" or (g.dep_ == "dobj" and g.lower_ == "aim") for g in tok.children)):
            continue  # where it happened, not to whom ("met in Beijing"); but "lashed out at X"
        if c.dep_ in ("prep", "agent") and (c.lower_ in TARGET_PREPS or c.dep_ == "agent"):
            for g in c.children:
                if g.dep_ == "pobj" and g.i not in exclude:
                    out.append(g)
                    out.extend(x for x in g.children if x.dep_ == "conj")
                    if depth <= 1:
                        out.extend(_prep_objects(g, exclude, depth + 1))
        elif c.dep_ == "acl" and depth <= 1:
            out.extend(_prep_objects(c, exclude, 2))
    return out


def _targets(tok, exclude: set[int], places: bool = False):
    """Candidate target heads of a trigger, best first; ``places`` lets "in X" name the target."""
    out = []
    for c in tok.children:
        if c.i in exclude:
            continue
        if c.dep_ in ("dobj", "dative", "iobj") or (c.dep_ == "nsubjpass" and any(
                g.dep_ == "agent" for g in tok.children)):
            out.append(c)
            out.extend(g for g in c.children if g.dep_ == "conj")
            out.extend(_prep_objects(c, exclude, 1))
            if c.pos_ == "NOUN":  # "criticised Trump's policies", "vetoed the UN resolution": the owner
                out.extend(g for g in c.children if g.i not in exclude and (
                    g.dep_ == "poss" or (g.dep_ == "compound" and g.ent_type_ in ("ORG", "GPE", "NORP"))))
    out.extend(_prep_objects(tok, exclude, 0, places))
    if tok.pos_ in ("NOUN", "PROPN"):
        for c in tok.children:
            if c.dep_ in ("compound", "amod") and c.ent_type_ in ("GPE", "NORP", "ORG"):
                out.append(c)
    return out


# ---------------------------------------------------------------- sentences

def _speech_head(tok):
    """(speech verb, its subject) when ``tok`` sits in the clause a verb of saying reports."""
    cur = tok
    for _ in range(5):
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in speech_verbs():
            return cur.head, _subject(cur.head)
        if cur.head is cur:
            break
        if cur.dep_ == "ROOT":
            for c in cur.children:
                if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in speech_verbs():
                    return c, _subject(c)
            break
        cur = cur.head
    return None, None


def _demand_in_speech(coded: _Coded) -> bool:
    """An obligation ("must", "should", "has to") inside reported speech is a demand."""
    return coded.frame is None and bool(_aux(coded.tok) & OBLIGATION) and _speech_head(coded.tok)[0] is not None


GENERIC_VIOLENCE = frozenset({"190"})


def _blocked_by(c: _Coded, others: list[_Coded]) -> bool:
    """True when another coded trigger governs this one through a complement relation, when
    it only elaborates another ("..., killing three"), or when it is a generic verb whose
    subject names the event better ("a suicide bomber killed ...")."""
    idx = {o.tok.i: o for o in others if o is not c and not o.speech}
    if c.code in GENERIC_VIOLENCE and any(
            ch.i in idx and ch.dep_ in ("nsubj", "nsubjpass") and idx[ch.i].tok.pos_ == "NOUN"
            for ch in c.tok.children):
        return True
    if c.tok.dep_ in ("advcl", "xcomp", "acl", "conj") and not any(ch.dep_ in SUBJECT_DEPS for ch in c.tok.children) \
            and (c.tok.tag_ == "VBG" or any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in c.tok.children)) \
            and any(a.i in idx for a in c.tok.ancestors):
        return True  # "summoned the envoy to protest ...", "..., killing three": purpose or elaboration
    if c.tok.dep_ in ("nsubj", "nsubjpass") and c.tok.head.i in idx and idx[c.tok.head.i].code in GENERIC_VIOLENCE:
        return False
    cur = c.tok
    for _ in range(8):
        if cur.head is cur or cur.dep_ in ("conj", "advcl", "parataxis", "ROOT"):
            return False
        cur = cur.head
        if cur.i in idx:
            return True
    return False


def _background_clause(tok) -> bool:
    """A relative clause that describes rather than reports: a standing position ("a group
    that opposes same-sex marriage") or a hypothetical one ("a president who will fund ...")."""
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if not aux and tok.tag_ in ("VBZ", "VBP"):
        return True
    head = tok.head
    return bool(aux) and any(a.lower_ in FUTURE | SPECULATIVE for a in aux) and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in head.children)


def _sentence_events(sent, index, quote_speakers: dict[int, Actor]) -> list[tuple[_Coded, Actor | None, Actor | None]]:
    cands: list[_Coded] = []
    consumed: set[int] = set()
    for tok in sent:
        if tok.pos_ not in _POS:
            continue
        if tok.i in consumed:
            continue
        if tok.pos_ in ("NOUN", "PROPN") and not _licensed_noun(tok):
            continue
        if tok.pos_ == "ADJ" and not any(c.dep_ == "xcomp" for c in tok.children):
            continue
        clause = tok
        while clause.dep_ == "conj" and clause.head is not clause:
            clause = clause.head
        if clause.dep_ == "relcl" and _background_clause(clause):
            continue
        coded = _code_action(tok)
        if coded is None:
            continue
        consumed.update(coded.consumed)
        if not coded.suppress:
            cands.append(coded)
    cands = [c for c in cands if c.tok.i not in consumed]
    if not cands:
        return []
    substantive = [c for c in cands if not c.speech]
    keep = [c for c in substantive if not _blocked_by(c, substantive)]
    if any(c.code[:2] == "14" for c in keep):  # "protesters marched, demanding ...": the protest's purpose
        keep = [c for c in keep if c.code[:2] not in ("02", "10") or any(
            g.dep_ in SUBJECT_DEPS for g in c.tok.children)]
    keep.sort(key=lambda c: (sum(1 for _ in c.tok.ancestors), c.tok.i))
    out = []
    for c in keep:
        if c.negated and c.frame is None:
            continue
        code = c.code
        speech, speaker_tok = _speech_head(c.tok)
        speaker = _actor(speaker_tok, index) if speaker_tok is not None else quote_speakers.get(c.tok.i)
        if speaker is None and speech is not None:
            speaker = quote_speakers.get(speech.i)
        if _demand_in_speech(c):
            target = _actor(_subject(c.tok), index)
            out.append((_Coded(c.tok, framed_code("DEMAND", code), frame="DEMAND"), speaker, target))
            continue
        subj = _subject(c.tok)
        if subj is not None and c.code[:2] in ("18", "19", "20") and subj.lemma_.lower() in natural_hazards():
            continue  # "an earthquake struck eastern Turkey": no actor did it
        if c.code == "150" and subj is not None and any(g.dep_ == "conj" for g in subj.children):
            c = _Coded(c.tok, "062")  # "Russia and China held naval drills": joint exercises
        passive = next((g for g in c.tok.children if g.dep_ == "nsubjpass"), None)
        a1 = _actor(subj, index, speaker)
        if a1 is None and subj is None and passive is None and speaker is not None and (
                speech is not None or c.tok.i in quote_speakers):
            a1 = speaker  # "it will send aid", reported by the speaker
        exclude = {subj.i} if subj is not None else set()
        if subj is None and passive is not None:  # "three soldiers were killed": the victims are the target
            victim = _actor(passive, index, speaker)
            if victim is not None:
                out.append((c, None, victim))
                continue
        a2 = None
        heads = []
        if c.frame in ("APPEAL", "DEMAND", "THREATEN"):
            heads = [c.tok] + ([c.inner] if c.inner is not None else [])
        elif c.inner is not None:
            heads = [c.inner, c.tok]
        else:
            heads = [c.tok]
            if c.tok.pos_ in ("NOUN", "PROPN") and c.tok.head is not c.tok:
                heads.append(c.tok.head)
            heads.extend(g for g in c.tok.children if g.dep_ in ("advcl", "xcomp") and g.tag_ == "VBG")
        if c.frame == "DEMAND" and c.inner is not None and c.tok.lemma_.lower() in speech_verbs():
            inner_subj = next((g for g in c.inner.children if g.dep_ in SUBJECT_DEPS), None)
            if inner_subj is not None:
                a2 = _actor(inner_subj, index)
                heads = [] if a2 is not None else heads
        for h in heads:
            for t in _targets(h, exclude, places=code[:3] in ("042", "043", "036") or code[:2] in (
                    "14", "15", "17", "18", "19", "20")):
                cand = _actor(t, index, speaker)
                if cand is not None and not _same_actor(a1, cand):
                    a2 = cand
                    if c.code in GENERIC_VIOLENCE and c.tok.lemma_.lower() in VERBAL_ATTACKS and (
                            t.ent_type_ == "PERSON" or (cand.code or "")[3:6] in ("PTY", "LEG")):
                        c = _Coded(c.tok, "111")  # "Trump attacked Clinton": words, not weapons
                    break
            if a2 is not None:
                break
        if a1 is None and subj is not None and subj.dep_ in ("nsubj",):
            for g in subj.children:
                if g.dep_ == "conj":
                    a1 = _actor(g, index, speaker)
                    break
        if a2 is None and subj is not None:
            for g in subj.children:
                if g.dep_ == "conj":
                    a2 = _actor(g, index, speaker)
                    break
                if g.dep_ == "prep" and g.lower_ in ("from", "of"):
                    for x in g.children:
                        if x.dep_ == "pobj":
                            y = next((z for z in x.children if z.dep_ == "conj"), None)
                            if y is not None:
                                a2 = _localise_sector(_actor(y, index, speaker), subj)
                            break
                    if a2 is not None:
                        break
                if g.dep_ in ("amod", "compound"):
                    for x in g.children:
                        if x.dep_ == "conj":
                            _, _, code2 = code_entity(f"{x.text} {subj.text}", "NOUN")
                            if code2 and (a1 is None or code2[:3] != (a1.code or "")[:3]):
                                a2 = Actor(f"{x.text} {subj.text}", code2)
                            break
        if a1 is None and a2 is None:
            continue  # nobody to code: no event row
        if c.code in NEEDS_TARGET and (a2 is None or not a2.code):
            continue  # "hosted the show": hosting needs a guest
        out.append((c, a1, a2))
    if not out:
        for c in cands:
            if not c.speech or c.negated:
                continue
            subj = _subject(c.tok)
            a1 = _actor(subj, index) or quote_speakers.get(c.tok.i)
            a2 = None
            for t in _targets(c.tok, {subj.i} if subj is not None else set()):
                a2 = _actor(t, index)
                if a2 is not None:
                    break
            if a2 is not None and (a2.code or "").endswith("MED"):
                continue  # "told reporters": talking to the press is no event between actors
            if a1 is not None and a2 is not None and a1.code and a2.code and a1.code != a2.code:
                out.append((c, a1, a2))
                break
    seen = set()
    unique = []
    for c, a1, a2 in out:
        who = (a1.code or a1.name if a1 else None, a2.code or a2.name if a2 else None)
        lemma_key = (c.tok.lemma_.lower(), *who)
        if lemma_key in seen:
            continue
        seen.add(lemma_key)
        key = (c.code, *who)
        if key in seen:
            continue
        seen.add(key)
        unique.append((c, a1, a2))
    return unique[:MAX_EVENTS_PER_SENTENCE]


def _quote_for(tok, sent, quotes: list[Quote]) -> Quote | None:
    best = None
    for q in quotes:
        if q.end <= sent.start_char or q.start >= sent.end_char:
            continue
        if q.start <= tok.idx < q.end:
            return q
        if q.cue and tok.text.lower() == q.cue.split()[-1].lower():
            best = best or q
    return best


def _speaker_actor(q: Quote, index) -> Actor | None:
    sp = q.speaker
    if sp is None:
        return None
    ent = None
    if sp.entity and index is not None:
        ent = next((e for e in getattr(index, "entities", []) if e.id == sp.entity), None)
    if ent is not None and ent.code:
        return Actor(ent.name, ent.code, ent.id)
    country, sector, code = code_entity(sp.name, "PERSON")
    return Actor(sp.name, code, sp.entity) if code else None


def _home_country(doc, index) -> str | None:
    """The country the article is mostly about: the most mentioned one, when it leads clearly.
    A text of a few sentences has none: there a country named is more often the other side
    ("the prime minister met the French president in Paris") than home."""
    from .actor_codes import country_kind

    if sum(1 for _ in doc.sents) <= SHORT_DOC_SENTENCES:
        return None

    counts: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ in ("GPE", "NORP", "ORG", "FAC"):
            hit = country_kind(ent.text)
            if hit and hit[1] != "place" and (ent.label_ in ("GPE", "NORP") or hit[1] == "capital"):
                counts[hit[0]] = counts.get(hit[0], 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]:
        return ranked[0][0]
    return None


def _localise(actor: Actor | None, home: str | None) -> Actor | None:
    """A sector-only code ("LEG" for "the Senate") takes the article's home country."""
    if actor is None or home is None or not actor.code:
        return actor
    if actor.code[:3] in SECTOR_ONLY:
        return Actor(actor.name, home + actor.code, actor.entity)
    return actor


DOMESTIC = frozenset({"PTY", "LEG", "JUD", "COP", "OPP"})
SHORT_DOC_SENTENCES = 3
PLACED_ROOTS = frozenset({"14", "17", "18", "19", "20"})  # protests, coercion, violence: done where they happen
PLACE_PREPS = frozenset({"in", "through", "across", "outside", "at", "near", "around"})


def _place_country(tok) -> str | None:
    """Country of the place a trigger happened in ("marched in London" -> GBR)."""
    from .actor_codes import country_of

    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj"),  # "blocked roads in Brussels"
             *(g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")]
    for c in (c for h in heads for c in h.children):
        if c.dep_ == "prep" and c.lower_ in PLACE_PREPS:
            for g in c.children:
                if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC"):
                    found = country_of(_noun_phrase(g).text)
                    if found:
                        return found
    return None


def _domestic_pair(a1: Actor | None, a2: Actor | None) -> tuple[Actor | None, Actor | None]:
    """A sector-only side of a domestic event takes the other side's country: "Republicans urged the
    president" -> USAGOV, "Labour accused the government" -> GBRGOV, "police arrested two men in
    Manchester" -> GBRCOP. Domestic means the coded side is a party, legislature, court, police or
    opposition, or the sector-only side is one of those acting in a named country."""
    if a1 is None or a2 is None or not a1.code or not a2.code:
        return a1, a2
    for bare, full, first in ((a1, a2, True), (a2, a1, False)):
        if bare.code[:3] in SECTOR_ONLY and is_country_code(full.code[:3]) and (
                full.code[3:6] in DOMESTIC or (bare.code[:3] in DOMESTIC and len(full.code) == 3)):
            fixed = Actor(bare.name, full.code[:3] + bare.code[:3], bare.entity)
            return (fixed, a2) if first else (a1, fixed)
    return a1, a2


def extract_events(doc, index, quotes: list[Quote], published: str | None) -> list[Event]:
    """CAMEO-coded events of one parsed document (see the module docstring)."""
    dates = find_dates(doc, published)
    home = _home_country(doc, index)
    pub = published[:10] if published and len(published) >= 10 and published[4] == "-" else None
    events: list[Event] = []
    quotes = quotes or []
    for sent in doc.sents:
        speakers: dict[int, Actor] = {}
        for q in quotes:
            if q.end <= sent.start_char or q.start >= sent.end_char:
                continue
            actor = _speaker_actor(q, index)
            if actor is None:
                continue
            for tok in sent:
                if q.start <= tok.idx < q.end or (q.cue and tok.text.lower() == q.cue.split()[-1].lower()):
                    speakers[tok.i] = actor
        found = _sentence_events(sent, index, speakers)
        if not found:
            continue
        date = next((iso for s, e, iso in dates if s >= sent.start_char and e <= sent.end_char), None) or pub
        for c, a1, a2 in found:
            a1, a2 = _domestic_pair(_localise(a1, home), _localise(a2, home))
            if c.code[:2] in PLACED_ROOTS and a1 is not None and a1.code and a1.code[:3] in SECTOR_ONLY:
                where = _place_country(c.tok)
                if where:  # "protesters marched through central London" -> GBRCVL
                    a1 = Actor(a1.name, where + a1.code[:3], a1.entity)
            row = describe(c.code)
            plover, mode = plover_of(c.code)
            q = _quote_for(c.tok, sent, quotes) if c.code[:2] in ("01", "02", "03", "05", "10", "11", "12", "13") \
                or c.speech or c.tok.lemma_.lower() in speech_verbs() else None
            events.append(Event(
                id=f"v{len(events) + 1}", actor1=a1, actor2=a2, cameo=c.code, root=c.code[:2],
                goldstein=row.goldstein if row else None, quad_class=row.quad_class if row else None,
                plover=plover, plover_mode=mode, start=sent.start_char, end=sent.end_char,
                sentence=sent.text, date=date, quote=q.id if q else None, negated=c.negated,
                trigger=c.tok.text))
    return events
