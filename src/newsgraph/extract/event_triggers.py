"""Coding one trigger: its lexicon row, the frame it wraps ("pledged to ...", "urged ... to"),
refinements, and the effect of negation and modality on the code."""
from __future__ import annotations

from dataclasses import dataclass

from .event_lexicon import NO_EVENT, WEAK_FRAMES, Entry, framed_code, refine, speech_verbs
from .event_match import SUBJECT_DEPS, entries_for, entry_for, objects_of
from .event_modality import (
    COOPERATIVE_ROOTS,
    FUTURE,
    OBLIGATION,
    REFUSAL_WHEN_NEGATED,
    SPECULATIVE,
    auxiliaries,
    is_negated,
)
from .quote_cues import ADDRESSEE_PRONOUNS  # 'rang him': the pronouns a cue's addressee is written with

DENIAL_VERBS = frozenset({"deny"})
# Appeal words that, with an infinitive of the subject's own act, only try ("sought to quell").
TRYING = frozenset({"seek"})
# Demand words that, with a that-clause naming no action, only assert ("insisted it will work").
ASSERTING = frozenset({"insist", "maintain"})
# Rejection words whose negation leaves an option open ("would not rule out", "did not exclude").
NOT_EXCLUDED = frozenset({"rule", "exclude"})
# Weak appeal words that make an appeal (020) whenever they address someone with an infinitive.
# Appeal words of the cooperative vocabulary (data/cameo_lexicon_coop.tsv) that behave the same way.
COOP_ADDRESSED = frozenset({"nudge", "coax", "cajole", "persuade", "convince", "pray", "importune", "summon", "advise",
                            "instruct", "solicit"})
ADDRESSED_APPEALS = frozenset({"ask", "press", "encourage", "push", "request", "seek", "invite"}) | COOP_ADDRESSED
# Frame words of the cooperative vocabulary that, like WEAK_FRAMES, make an event only when they
# wrap a coded action ("aims to resume talks", "keen to meet", "look forward to working with") or,
# for appeals, address someone ("nudged the senator to vote"): "happy to see", "aimed at voters" are none.
COOP_WEAK_FRAMES = COOP_ADDRESSED | frozenset({
    "look", "aim", "assure", "reassure", "guarantee", "signal", "swear", "eager", "keen", "poised", "inclined",
    "happy", "glad", "assurance", "intent", "undertaking", "overture", "invitation", "urging", "solicitation",
    "openness", "hop"})
# Speech verbs that, addressed to someone with an infinitive, make an appeal ("told lawmakers not to
# make plans", "told him to leave"); with a that-clause they stay statements.
DIRECTING_SPEECH = frozenset({"tell"})
# Whom such a directive must address to be political: a named actor or an office ("told lawmakers to");
# "told him to get rid of the duvet", "telling them to believe in yourselves" are advice.
DIRECTED_BODIES = frozenset({
    "lawmaker", "member", "senator", "caucus", "colleague", "official", "government", "ministry", "minister", "leader",
    "party", "administration", "congress", "country", "ally", "troop", "police", "commander", "agency", "aide",
    "prosecutor", "delegate", "delegation", "negotiator", "diplomat", "ambassador", "envoy", "republican", "democrat",
    "legislator", "legislature", "parliament", "cabinet", "general", "military", "army", "force", "regime", "state"})
# Verbs of phoning: an 041 row needs a named party called ("called Macron", "rang him"), not a
# naming ("called him a liar"), a summons ("called witnesses") or a call of something ("called the election").
PHONING = frozenset({"call", "ring"})
# Considering a policy option (014): an actor weighing a step ("considering sanctions", "weighed an
# independent bid", "considered making a run"), not a judgement ("was considered a front-runner",
# "considered false"), a passive ("the bill was considered under a fast procedure") or a topic
# ("busy considering school safety issues", "considering Bernie Sanders").
CONSIDERING = frozenset({"consider", "weigh", "mull"})
POLICY_OPTIONS = frozenset({
    "option", "proposal", "plan", "move", "measure", "sanction", "request", "possibility", "idea", "step", "action",
    "resolution", "legislation", "offer", "retaliation", "response", "bid", "deal", "agreement", "withdrawal", "strike",
    "deployment", "run", "candidacy", "impeachment", "pardon", "appeal", "change", "policy", "lawsuit", "ban", "tariff",
    "challenge", "alternative", "course", "approach", "invitation", "demand", "compromise", "reform", "reforms",
    "intervention", "troop", "attack", "boycott", "referendum", "election", "nomination", "resignation", "exit"})
PHONED_OFFICES = frozenset({"counterpart", "president", "minister", "leader", "premier", "chancellor", "king", "queen",
                            "prince", "emir", "envoy", "ambassador", "secretary", "governor", "senator", "mayor", "speaker",
                            "chairman", "chairwoman", "congressman", "congresswoman", "lawmaker", "president-elect"})
# Whom receiving hosts (043): a named party or an office ("received the Saudi delegation").
RECEIVED = PHONED_OFFICES | frozenset({"delegation", "official", "dignitary", "guest", "visitor", "sultan", "sheikh", "pope"})
NEEDS_OBJECT = frozenset({"084"})
# Talking "about" something (and not with or to anyone) is no consultation.
TOPIC_ONLY_PREPS = frozenset({"about", "of"})
GENERIC_VIOLENCE = frozenset({"190"})
# Wrapped acts that keep an intent an intent (not a threat): statements, appeals, investigation
# ("resolved to observe a minute of silence", "vowed to take responsibility", "pledged to investigate").
VERBAL_ROOTS = frozenset({"01", "02", "09"})


@dataclass
class Coded:
    tok: object  # spaCy Token, the trigger
    code: str
    negated: bool = False
    consumed: tuple = ()  # token indices of wrapped actions
    frame: str | None = None
    inner: object = None  # Token of the wrapped action, when there is one
    speech: bool = False
    base: str | None = None  # the wrapped action's own code ("agree to a ceasefire" -> 0871)
    suppress: bool = False  # no event, but its complement is spoken for ("has no plans to ...")


def _through(verb):
    """Look through an aspect or support verb to the action it carries ("continue military aid")."""
    if entry_for(verb) is None:
        for g in verb.children:
            if g.dep_ in ("dobj", "xcomp") and entry_for(g) is not None:
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
        if c.dep_ in ("dobj", "attr", "nsubjpass") and entry_for(c) is not None:
            return c
    for c in tok.children:
        if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX"):
            return _through(c)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "on", "to", "of", "in"):
            for g in c.children:
                if g.dep_ in ("pobj", "pcomp") and entry_for(g) is not None:
                    return g
                if g.dep_ == "pcomp":
                    return g
                if g.dep_ == "pobj":  # "appealed for $2 billion in aid", "a package of aid"
                    for p in g.children:
                        if p.dep_ == "prep" and p.lower_ in ("in", "of"):
                            for x in p.children:
                                if x.dep_ == "pobj" and entry_for(x) is not None:
                                    return x
    for c in tok.children:
        if c.dep_ in ("dobj", "dative"):  # "urged Iran to ..." (spaCy puts the xcomp under the verb)
            for g in c.children:
                if g.dep_ in ("xcomp", "acl", "relcl") and g.pos_ == "VERB":
                    return g
    return None


def code_action(tok, depth: int = 0) -> Coded | None:
    """Code one trigger with its frame, negation and modality; None when it is no event."""
    entries = entries_for(tok)
    if not entries:
        if tok.lemma_.lower() in speech_verbs() and tok.pos_ in ("VERB",):
            for c in tok.children:  # "said Iraq must hand over ...": a demand
                if c.dep_ == "ccomp" and auxiliaries(c) & OBLIGATION and not is_negated(c) and not any(
                        g.dep_ in SUBJECT_DEPS and g.lower_ in ("we", "i") for g in c.children):
                    inner = code_action(c, depth + 1) if depth < 2 else None
                    base = (inner.base or inner.code) if inner is not None and not inner.speech else None
                    return Coded(tok, framed_code("DEMAND", base), consumed=(c.i,), frame="DEMAND", inner=c,
                                  base=base)
            directed = _directed(tok, depth)
            if directed is not None:
                return directed
            return Coded(tok, "010", speech=True, negated=is_negated(tok))
        return None
    negated = is_negated(tok)
    verb = carrier(tok)
    if verb is not None and not negated:
        negated = is_negated(verb)  # "won't attend the summit", "held no talks"
    if tok.lemma_.lower() in DENIAL_VERBS and not negated:
        done = next((c for c in tok.children if c.dep_ in ("xcomp", "pcomp", "dobj") and (c.tag_ == "VBG" or (
            c.tag_ == "VBN" and any(a.lower_ == "having" for a in c.children)))), None)
        if done is not None:  # "denied supplying drones", "denied having said": a denial, not a refusal
            return Coded(tok, "016", consumed=(done.i,))
    for entry in entries:
        if entry.code == NO_EVENT:
            return None
        if entry.frame:
            coded = _code_frame(tok, entry, negated, depth)
            if coded is not None:
                return coded
            continue
        return _code_plain(tok, entry.code, negated, depth)
    return None


def _directed(tok, depth: int) -> Coded | None:
    """ "told lawmakers not to make plans": a speech verb addressed to someone with an infinitive
    is an appeal (02x, the wrapped action picks the sub-code)."""
    if tok.lemma_.lower() not in DIRECTING_SPEECH or is_negated(tok):
        return None
    if not any(c.dep_ in ("dobj", "dative") and (c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or c.pos_ == "PROPN"
                                                 or c.lemma_.lower() in DIRECTED_BODIES) for c in tok.children):
        return None
    inner_tok = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
    if inner_tok is None:
        return None
    inner = code_action(inner_tok, depth + 1) if depth < 2 else None
    base = (inner.base or inner.code) if inner is not None and not inner.speech else None
    return Coded(tok, framed_code("APPEAL", base), consumed=(inner_tok.i,) + (inner.consumed if inner else ()),
                 frame="APPEAL", inner=inner_tok, base=base)


def _phoned(tok) -> bool:
    """A named party (or a pronoun for one) called, and nothing said of them ("called him a liar")."""
    if any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in tok.children):
        return False
    doc = tok.doc
    for c in tok.children:
        if c.dep_ != "dobj" or not (c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or c.pos_ == "PROPN"
                                    or c.lower_ in ADDRESSEE_PRONOUNS or c.lemma_.lower() in PHONED_OFFICES):
            continue
        if any(g.dep_ in ("oprd", "acl", "relcl") or (g.dep_ == "appos" and g.left_edge.lower_ in ("a", "an"))
               for g in c.children) or any(t.is_quote for t in c.subtree):
            return False
        after = doc[c.right_edge.i + 1] if c.right_edge.i + 1 < len(doc) else None
        # "called Pelosi 'a strong supporter'", "calling Gattine a ...": a naming the parser missed
        return after is None or not (after.is_quote or after.lower_ in ("a", "an", "the", "as"))
    return False


def _weighs_option(tok) -> bool:
    """An active "consider/weigh/mull" with a step for object or a doing ("considering running")."""
    if any(c.dep_ in ("auxpass", "nsubjpass", "oprd", "ccomp") for c in tok.children) or tok.tag_ == "VBN" and tok.dep_ in (
            "acl", "amod"):
        return False
    for c in tok.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.tag_ == "VBG":
            return True
        if c.dep_ == "dobj" and (c.lemma_.lower() in POLICY_OPTIONS or any(
                g.dep_ == "compound" and g.lemma_.lower() in POLICY_OPTIONS for g in c.children)):
            return True
    return False


def carrier(tok):
    """The light verb that carries a noun trigger ("attend the summit"), or None."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "attr") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    return None


def _asks_someone(tok, entry: Entry, inner_tok) -> bool:
    """A request addressed to someone ("asked the ministry to provide the records", "asked the
    governor for more money", "sought a delay from the court") is an appeal even when the
    requested action has no code of its own."""
    if entry.frame != "APPEAL" or tok.lemma_.lower() not in ADDRESSED_APPEALS:
        return False
    if tok.lemma_.lower() in COOP_ADDRESSED and (inner_tok is None or inner_tok.dep_ == "ccomp"):
        return False  # "convince voters that ...": winning a belief, not asking for an act
    addressed = any(c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN", "PRON") for c in tok.children)
    preps = {c.lower_: c for c in tok.children if c.dep_ == "prep"}
    if addressed and (inner_tok is not None and inner_tok.pos_ in ("VERB", "AUX") or "for" in preps):
        return True
    source = preps.get("from")  # "sought a delay from the court"
    return source is not None and any(g.dep_ == "pobj" and (g.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or g.pos_ == "PROPN"
                                                            or g.lemma_.lower() in ("court", "judge", "government"))
                                      for g in source.children)


def _code_frame(tok, entry: Entry, negated: bool, depth: int) -> Coded | None:
    inner_tok = _complement(tok) if depth < 2 else None
    inner = code_action(inner_tok, depth + 1) if inner_tok is not None else None
    if inner is not None and inner.speech:
        inner = None
    lemma = tok.lemma_.lower()
    if entry.frame == "APPEAL" and inner_tok is not None and any(
            (c.dep_ == "mark" and c.lower_ in ("if", "whether")) or (c.tag_ in ("WRB", "WP") and c.i < inner_tok.i)
            for c in inner_tok.children):
        return Coded(tok, "", consumed=(inner_tok.i,), suppress=True)  # "asked if/why he supported": a question
    if entry.frame == "APPEAL" and lemma == "ask" and tok.tag_ == "VBN" and tok.dep_ in ("advcl", "ROOT") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return None  # "Asked about the report, she said ...": a reporter's question
    if inner is None and lemma == "threaten" and inner_tok is None and any(
            c.dep_ == "dobj" and c.pos_ == "NOUN" and not c.ent_type_ for c in tok.children):
        return None  # "would threaten the retirement savings of millions": endanger, not a threat
    if inner is None and entry.frame == "REJECT" and entry.particle == "out" and not negated:
        return None  # "ruled out running": excluding one's own uncoded act is no rejection of anyone
    if inner is None and lemma in ASSERTING and (inner_tok is None or inner_tok.dep_ == "ccomp"):
        return None  # "insisted his tactics will be worth it": an assertion, not a demand
    if inner is None and entry.particle == "on" and inner_tok is None:
        return None  # "called on the senator" (to speak): no appeal without what is asked
    if inner is None and (lemma in WEAK_FRAMES or lemma in COOP_WEAK_FRAMES) and (
            not entry.particle or lemma in COOP_WEAK_FRAMES) and not _asks_someone(tok, entry, inner_tok):
        return None
    inner_code = (inner.base or inner.code) if inner else None
    frame = entry.frame
    if lemma in TRYING and inner_tok is not None and inner_tok.dep_ == "xcomp":
        # "sought to quell the uproar": an attempt by the subject, not an appeal; a cooperative one is an intent
        if not inner_code or inner_code[:2] not in COOPERATIVE_ROOTS:
            return Coded(tok, "", consumed=(inner_tok.i,), suppress=True)
        frame = "INTENT"
    if inner is not None and inner.negated and frame == "INTENT":
        frame = "REJECT"  # "promised not to cooperate"
    if negated and frame == "REJECT" and lemma in NOT_EXCLUDED:
        # "would not rule out military action": a threat; "did not rule out talks": an intent
        frame = "INTENT" if inner_code and inner_code[:2] in COOPERATIVE_ROOTS else "THREATEN"
        negated = False
    if negated:
        if frame == "INTENT" and lemma not in WEAK_FRAMES:
            frame = "REJECT"
        else:
            consumed = (inner_tok.i,) if inner_tok is not None else ()
            return Coded(tok, "", negated=True, consumed=consumed, suppress=True)
    code = framed_code(frame, inner_code)
    if frame == "INTENT" and inner_code and inner_code[:2] not in COOPERATIVE_ROOTS and inner_code[:2] not in VERBAL_ROOTS:
        code = framed_code("THREATEN", inner_code)
    if frame == "THREATEN" and inner_code and inner_code[:2] in COOPERATIVE_ROOTS:
        code = "130"
    consumed = ((inner_tok.i,) + (inner.consumed if inner else ())) if inner_tok is not None else ()
    return Coded(tok, code, negated=negated, consumed=consumed, frame=frame, inner=inner_tok, base=inner_code)


def _code_plain(tok, code: str, negated: bool, depth: int) -> Coded | None:
    words = objects_of(tok) | {c.lemma_.lower() for c in tok.children}
    if code in GENERIC_VIOLENCE:  # "were killed when a bomb exploded" -> 183
        words |= {g.lemma_.lower() for c in tok.children if c.dep_ == "advcl" for g in c.children
                  if g.dep_ in ("nsubj", "nsubjpass", "prep")} | {
            x.lemma_.lower() for c in tok.children if c.dep_ == "prep" for x in c.children if x.dep_ == "pobj"}
    code = refine(code, words)
    if code[:2] in ("18", "19") and tok.pos_ == "VERB":
        # "launched an attack on his policy": the carried noun's own row says it is criticism
        carried = next((e for c in tok.children if c.dep_ == "dobj" for e in (entry_for(c),) if e is not None), None)
        if carried is not None and carried.code[:2] == "11":
            code = carried.code
    if code == "173" and tok.pos_ == "VERB" and tok.lemma_.lower() == "charge" and not any(
            c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        code = "112"  # "charged on the campaign trail that ...": an accusation, not a legal charge
    root = code[:2]
    if root == "04" and tok.pos_ == "VERB":
        preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
        if preps & TOPIC_ONLY_PREPS and not preps - TOPIC_ONLY_PREPS and not any(
                c.dep_ in ("dobj", "dative") for c in tok.children):
            return None  # "was talking about the environmentalists"
    if code == "041" and tok.pos_ == "VERB" and tok.lemma_.lower() in PHONING and not _phoned(tok):
        return None  # "called him a liar", "called the election", "called witnesses"
    if code == "043" and tok.lemma_.lower() == "receive" and not any(
            c.dep_ == "dobj" and (c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or c.pos_ == "PROPN"
                                  or c.lemma_.lower() in RECEIVED) for c in tok.children):
        return None  # "received a pardon from the president": the official gives, nobody is hosted
    if code == "014" and tok.lemma_.lower() in CONSIDERING and not _weighs_option(tok):
        return None  # "was considered a front-runner", "busy considering school safety issues"
    if code in NEEDS_OBJECT and not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        return None  # "she is to return as host"

    verb = carrier(tok) or tok
    aux = auxiliaries(verb)
    passive_nobody = any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)
    if passive_nobody and (negated or aux & SPECULATIVE):
        return None  # "it will not be allowed to discriminate", "Comey might be indicted": nobody named acts
    if negated:
        if root in COOPERATIVE_ROOTS and (aux & FUTURE or verb.lemma_.lower() in REFUSAL_WHEN_NEGATED) \
                and (aux & FUTURE or not any(c.lower_ == "never" for c in verb.children)):
            return Coded(tok, framed_code("REJECT", code), negated=True, frame="REJECT", base=code)
        return Coded(tok, code, negated=True)
    if depth == 0 and aux & FUTURE and root in COOPERATIVE_ROOTS and root != "03":
        return Coded(tok, framed_code("INTENT", code), frame="INTENT", base=code)
    if depth == 0 and aux & (FUTURE | SPECULATIVE) and int(root) >= 14:
        return Coded(tok, framed_code("THREATEN", code), frame="THREATEN", base=code)
    if aux & SPECULATIVE and root in COOPERATIVE_ROOTS and depth == 0:
        return None
    return Coded(tok, code)
