"""Events carried by nouns that no verb carries: an act that somebody owns and that the sentence
takes as done ("Beijing's demands to roll back tariffs", "Trump's first public offer to Democrats",
"the senator's refusal to step down", "Moscow's recognition of the republics"). The owner
(possessor, or a nationality or organisation word before the noun) is the source; what the noun
is aimed at ("to", "with", "against", "of", "for", or its infinitive) says what it is. Possible,
planned or denied acts ("a possible deal", "no offer") are none, and neither are standing
positions ("China's support for Russia") nor acts that only date the sentence ("after his arrest").
"""
from __future__ import annotations

from .event_lexicon import lexicon, speech_verbs
from .event_triggers import Coded

# Modifiers that make an act one that may or may not happen, or has not yet.
UNREAL_MODIFIERS = frozenset({"possible", "potential", "proposed", "planned", "future", "expected", "likely",
                              "hypothetical", "prospective", "rumored", "rumoured", "alleged", "looming",
                              "threatened", "eventual", "would-be", "any", "no", "imminent", "upcoming",
                              # and acts recalled as history: "his previous threats to declare an emergency"
                              "previous", "earlier", "past", "former", "prior", "old", "repeated", "original"})
# Nouns of standing positions, of states and of general activity: an owner does not make them an event.
NOT_ACTS = frozenset({"support", "backing", "opposition", "endorsement", "commitment", "cooperation", "relation",
                      "relations", "ties", "alliance", "friendship", "policy", "position", "stance", "presence",
                      "aid", "assistance", "investment", "trade", "war", "conflict", "role", "campaign", "fight",
                      "struggle", "battle", "tariff", "tariffs", "sanction", "sanctions", "control", "rule",
                      "leadership", "occupation", "involvement", "influence", "power", "authority", "security",
                      "defense", "defence", "interference", "meddling", "program", "programme", "effort", "efforts",
                      # states of mind
                      "concern", "concerns", "worry", "fear", "doubt", "hope", "view", "belief", "interest",
                      "frustration", "anger", "outrage", "disappointment", "displeasure", "unhappiness",
                      # acts done to their owner: "Strzok's firing", "his arrest", "the senator's indictment"
                      "firing", "dismissal", "arrest", "detention", "indictment", "conviction", "sentencing",
                      "release", "killing", "murder", "death", "assassination", "kidnapping", "abduction",
                      "ouster", "impeachment", "removal", "expulsion", "extradition", "deportation", "execution",
                      "sacking", "suspension", "prosecution", "trial", "imprisonment", "capture", "nomination",
                      "confirmation", "election", "appointment", "investigation", "probe",
                      # plans and hopes: "a United Nations plan to deliver aid" is no act yet
                      "plan", "proposal", "idea", "bid", "push", "goal", "aim", "ambition", "wish", "intention",
                      "strategy", "scheme", "agenda", "vision"})
# What the noun is aimed at: the other side or the thing acted on.
AIM_PREPS = frozenset({"to", "with", "against", "of", "for", "on", "toward", "towards", "from"})
# Heads under which an owned noun is only talked about as a date or a cause: "after his arrest".
TIME_PREPS = frozenset({"after", "before", "since", "until", "following", "amid", "during", "despite", "prior"})
# Frame nouns that, owned and aimed at someone but wrapping nothing codable, are a bare intent
# ("Trump's first public offer to Democrats").
OFFER_NOUNS = frozenset({"offer", "pledge", "promise", "overture", "proposal"})


def _owner(tok):
    for c in tok.children:
        if c.dep_ == "poss" and c.lower_ not in ("its", "whose"):
            return c
    for c in tok.children:
        if c.dep_ in ("compound", "amod") and c.ent_type_ in ("NORP", "GPE", "ORG") and c.i < tok.i:
            return c
    for c in tok.children:  # "a call from Donald Trump to resign"
        if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by"):
            g = next((x for x in c.children if x.dep_ == "pobj"), None)
            if g is not None and (g.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or g.pos_ == "PROPN"):
                return g
    return None


def _aimed(tok) -> bool:
    if any(c.dep_ in ("acl", "relcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
           for c in tok.children):
        return True  # "demands to roll back tariffs", "refusal to step down"
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "to" and doc[tok.i + 2].tag_ == "VB":
        return True  # the same, with the infinitive hung elsewhere by the parser
    return any(c.dep_ == "prep" and c.lower_ in AIM_PREPS and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
               for c in tok.children)


def owned_act(tok) -> bool:
    """``tok`` is a noun act its owner did, taken as done (see the module docstring)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or lemma in NOT_ACTS or tok.lower_ in NOT_ACTS:
        return False
    if not lexicon().get(("N", lemma)):
        return False
    if _owner(tok) is None or not _aimed(tok):
        return False
    if any(c.lower_ in UNREAL_MODIFIERS for c in tok.children if c.dep_ in ("amod", "det", "compound", "neg")):
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in TIME_PREPS:
        return False
    if tok.dep_ in ("compound", "amod", "poss", "npadvmod"):
        return False
    if tok.dep_ in ("nsubj", "nsubjpass") and head.lemma_ == "be" and any(
            c.dep_ in ("acomp", "attr") for c in head.children):
        return False  # "Trump's request to X was inappropriate": the sentence judges the act
    if tok.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ in ("acomp", "oprd") for c in head.children):
        return False  # "his demand seemed reasonable"
    return True


def bare_offer(tok) -> Coded | None:
    """An owned offer or pledge to someone that wraps nothing codable: an intent to cooperate (030)."""
    if tok.lemma_.lower() not in OFFER_NOUNS or not owned_act(tok):
        return None
    if not any(c.dep_ == "prep" and c.lower_ in ("to", "toward", "towards") for c in tok.children):
        return None
    return Coded(tok, "030", frame="INTENT")


# Gatherings at which those named took part: "reviewed the talking points at a meeting".
GATHERING_PREPS = frozenset({"at", "during"})


def attended(tok) -> bool:
    """A meeting noun after "at"/"during" on a verb that is no verb of saying and no act of its own
    ("the deputies reviewed the points at a meeting the next day"): its subject met."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in GATHERING_PREPS:
        return False
    if any(c.lower_ in UNREAL_MODIFIERS for c in tok.children if c.dep_ in ("amod", "det")):
        return False
    verb = tok.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() in speech_verbs() or lexicon().get(("V", verb.lemma_.lower())):
        return False
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    entries = lexicon().get(("N", tok.lemma_.lower()), ())
    return bool(entries) and not entries[0].frame and entries[0].code[:2] == "04" and not entries[0].objects
