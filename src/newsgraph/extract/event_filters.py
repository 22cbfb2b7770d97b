"""Coded triggers that are no event after all, decided once source and target are known: a
standing position without anyone on the other side, talk with the press, travel by nobody known,
figures of speech ("a trade war", "a war on religion"), sports results ("beat Hungary 2-0"),
explosions of protests, violence that a verb ends or prevents, campaign fights for a policy."""
from __future__ import annotations

from ..model import Actor
from .actor_codes import is_country_code, sector_of
from .event_clauses import RELATIVE_PRONOUNS
from .event_lexicon import lexicon, natural_hazards
from .event_match import SUBJECT_DEPS
from .event_modality import FUTURE, PLAIN_NEGATION_NO_REFUSAL, auxiliaries
from .event_triggers import Coded

SPORTS_VERBS = frozenset({"beat", "defeat", "crush", "rout", "thrash", "edge", "down", "top", "trounce"})
EXPLODING = frozenset({"explode", "detonate", "blow", "go"})
EXPLOSIVES = frozenset({"bomb", "device", "explosive", "grenade", "shell", "mine", "rocket", "missile", "car", "vehicle",
                        "truck", "bomber", "ied", "charge", "suicide", "belt", "vest", "package", "parcel", "drone"})
ENDING_VERBS = frozenset({"end", "stop", "halt", "prevent", "avoid", "deter", "curb", "quell", "suppress", "contain",
                          "avert", "resolve", "defuse"})
FIGURATIVE = frozenset({"trade", "price", "tariff", "culture", "cultural", "political", "legal", "court", "twitter",
                        "word", "words", "currency", "bidding", "turf", "verbal", "rhetorical", "media", "budget",
                        "ratings", "custody", "tax", "policy", "public", "relations", "class", "partisan", "social"})
# Support, defence and opposition words that need an actor on the other side to be an event.
STANCE_WORDS = frozenset({"support", "back", "defend", "endorse", "favor", "favour", "oppose", "champion",
                          "embrace", "backing", "opposition"})
# Verbs of letting: a concession only when an actor lets someone do something.
ENABLING = frozenset({"allow", "permit", "enable", "let"})
VIEWS = frozenset({"position", "view", "assessment", "decision", "statement", "comment", "remark", "idea", "sentiment",
                   "ruling", "conclusion", "argument", "stance", "opinion", "analysis", "point", "premise", "sentiments"})
# Verbs of travel: an intended trip ("will visit Brazil") is a visit for the rules above.
TRAVEL = frozenset({"visit", "arrive", "travel", "tour", "come", "go", "return", "trip"})
# Verbs of talking that are a consultation only with someone named ("discussed X with Y").
TOPIC_VERBS = frozenset({"discuss", "debate", "talk", "dialogue"})
# Violence words often used as metaphors ("a war on religion", "fight against attacks on our heritage").
METAPHOR_PRONE = frozenset({"war", "fight", "battle", "crusade", "attack", "assault", "combat"})


# Animals as the object of killing or attacking: hunting, culling, poaching, not political violence.
ANIMALS = frozenset({"animal", "elephant", "lion", "rhino", "tiger", "bear", "wolf", "deer", "bird", "fish", "whale",
                     "dolphin", "shark", "dog", "cat", "pig", "cow", "cattle", "sheep", "chicken", "poultry", "livestock",
                     "horse", "goat", "bison", "buffalo", "giraffe", "leopard", "wildlife", "game", "monkey", "ape"})
FIGHT_VERBS = frozenset({"fight", "battle", "combat"})
# Abstract nouns that are an enemy fought all the same ("fought the insurgency", "battled the rebellion").
ENEMY_NOUNS = frozenset({"insurgency", "rebellion", "uprising", "occupation", "invasion", "invader", "enemy", "regime",
                         "terrorism", "jihadist", "extremist", "militia", "resistance"})


# Places and things that are attacked for real: "rebels attacked a checkpoint" is no figure of speech.
PHYSICAL_TARGETS = frozenset({
    "checkpoint", "post", "outpost", "base", "camp", "convoy", "town", "village", "city", "district", "neighborhood",
    "neighbourhood", "area", "region", "position", "building", "house", "home", "school", "hospital", "clinic",
    "market", "mosque", "church", "synagogue", "temple", "shrine", "embassy", "consulate", "station", "airport",
    "airfield", "port", "harbor", "harbour", "ship", "vessel", "tanker", "boat", "plane", "aircraft", "jet",
    "helicopter", "drone", "vehicle", "car", "bus", "train", "truck", "bridge", "road", "highway", "plant",
    "facility", "refinery", "pipeline", "depot", "warehouse", "office", "headquarters", "compound", "palace",
    "parliament", "barracks", "border", "territory", "stronghold", "hideout", "target", "infrastructure", "grid",
    "tank", "patrol", "motorcade", "hotel", "restaurant", "stadium", "cafe", "bar", "club", "museum", "court",
    "courthouse", "prison", "jail", "mall", "shop", "store", "bank", "site", "installation", "capitol"})


def _abstract(tok) -> bool:
    """A noun that names no actor and no physical target: "religion" in "a war on religion"."""
    if tok.lemma_.lower() in PHYSICAL_TARGETS or tok.lower_ in PHYSICAL_TARGETS:
        return False
    return not tok.ent_type_ and tok.pos_ == "NOUN" and not (sector_of(tok.lower_) or sector_of(tok.lemma_.lower()))


# Things made of words and pictures: "attack ads", "an attack line" are no attacks.
MEDIA_NOUNS = frozenset({"ad", "ads", "advert", "advertisement", "commercial", "spot", "line", "lines", "mailer",
                         "message", "video", "website", "tweet", "rhetoric", "memo"})
# Fighting words that between two political sides of one country are politics, not violence.
POLITICAL_FIGHTS = frozenset({"fight", "battle", "clash", "combat", "spar", "war", "feud", "duel", "wrestle", "tussle"})
POLITICAL_SECTORS = frozenset({"GOV", "LEG", "PTY", "JUD", "OPP", "ELI", "MED"})


def _political(actor: Actor | None) -> bool:
    code = (actor.code or "") if actor is not None else ""
    return len(code) >= 6 and code[3:6] in POLITICAL_SECTORS or code in POLITICAL_SECTORS


def _business(actor: Actor | None) -> bool:
    """A company or its people with no state behind them (BUS, USABUS)."""
    return actor is not None and (actor.code or "")[-3:] == "BUS"


# Verbs of warning: a threat only when the warner says what they (or their side) will do.
WARNING_VERBS = frozenset({"warn", "caution"})
# Subjects of a warned-of clause that keep it a threat: the warner's own side ("warned that they
# will retaliate") and the existential "there will be consequences"; "it" when the warner is a
# state or a body (see forecast_warning).
OWN_SIDE = frozenset({"i", "we", "he", "she", "they", "there", "you"})


def forecast_warning(tok, a1: Actor | None) -> bool:
    """ "warned that such a deal would allow Iran to ...", "warned that the fund will be exhausted":
    a warning whose that-clause says what someone or something else will do or is, a forecast or an
    assessment, not a threat by the warner. The clause's subject decides: the warner's own side
    (a personal pronoun, "it" for a state or a body, the warner's own name) and "there" keep the threat,
    and so does a warning told to a named party."""
    comp = next((g for g in tok.children if g.dep_ == "ccomp"), None)
    if comp is None:
        return False
    subj = next((g for g in comp.children if g.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None or subj.lower_ in OWN_SIDE:
        return False
    if any(g.dep_ in ("dobj", "dative") and g.pos_ == "PROPN" for g in tok.children):
        return False  # "warned Sweden that Turkey would block its bid": told to a named party, a threat to it
    warner = next((g for g in tok.children if g.dep_ == "nsubj"), None)
    if subj.lower_ == "it" and warner is not None and warner.tag_ in ("NNP", "NN") and warner.ent_type_ != "PERSON":
        return False  # "Kestria warned that it will retaliate": a state or a body speaks of itself as "it"
    name = (a1.name or "").lower() if a1 is not None else ""
    return not (name and subj.lower_ in name)


def hostile_inner(c: Coded) -> bool:
    """The warned-of act is itself a hostile one (roots 12-20: "warned that police will no longer
    tolerate rallies"): a threat whoever the clause names as its doer."""
    return bool(c.base) and c.base[:2].isdigit() and 12 <= int(c.base[:2]) <= 20


def plain_negated_commitment(c: Coded) -> bool:
    """ "has not committed to any specifics", "is not backing down": the plain negation of letting,
    committing or backing (as a frame word too) states a position, not a refusal; with "will" or
    "would" ("would not commit troops") it is one (see event_modality.PLAIN_NEGATION_NO_REFUSAL)."""
    return c.negated and c.frame == "REJECT" and c.tok.lemma_.lower() in PLAIN_NEGATION_NO_REFUSAL and not (
        auxiliaries(c.tok) & FUTURE)


def no_event_for(c: Coded, a1: Actor | None, a2: Actor | None) -> bool:
    """Codes that need a real other side: a standing position on a policy ("has expressed support
    for a path to legal status", "defending the law"), talking to the press, a visit by nobody
    known, a metaphorical war or fight on something that is no actor ("a war on religion")."""
    code, lemma = c.code, c.tok.lemma_.lower()
    if code[:2] == "13" and lemma in WARNING_VERBS and c.frame in (None, "THREATEN") and not hostile_inner(c) \
            and forecast_warning(c.tok, a1):
        return True  # "warned that the trust fund will be exhausted": a forecast, no threat
    if plain_negated_commitment(c):
        return True
    if code[:2] == "19" and lemma in POLITICAL_FIGHTS and _political(a1) and _political(a2) \
            and (a1.code or "")[:3] == (a2.code or "")[:3]:
        return True  # "Ryan and Romney are prepared to fight back", "Democrats battled Republicans": politics
    if code[:2] in ("18", "19", "20") and any(g.dep_ in ("dobj", "nsubjpass") and g.lemma_.lower() in MEDIA_NOUNS
                                               for g in c.tok.children):
        return True  # "launched attack ads against Clinton": words and pictures, not weapons
    if c.tok.tag_ == "VBN" and c.tok.dep_ == "acl" and code[:2] in ("01", "05"):
        return True  # "the purchases touted by Trump", "a plan backed by the mayor": a description
    if lemma == "call" and code[:2] == "04" and any(g.dep_ in ("oprd", "xcomp", "ccomp") for g in c.tok.children):
        return True  # "calling it a very powerful weapon": naming, not a phone call
    if c.tok.tag_ == "VBN" and any(g.dep_ in ("advmod", "mark") and g.lower_ == "as" and g.i == c.tok.i - 1
                                   for g in c.tok.children):
        return True  # "as opposed to choices made by voters", "as agreed": a phrase, not an act
    if code[:2] in ("01", "03", "08", "13") and _business(a1) and (a2 is None or _business(a2)):
        return True  # "the company warned of weaker demand", "the bank's chief will step down": no political actor
    if lemma == "agree" and code == "030" and any(p.dep_ == "prep" and p.lower_ == "with" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in VIEWS for g in p.children) for p in c.tok.children):
        return True  # "agreed with the position of X": sharing a view is no agreement between actors
    if a2 is None and lemma == "agree" and code == "030" and any(
            g.dep_ == "ccomp" or (g.dep_ == "prep" and g.lower_ == "with") for g in c.tok.children):
        return True  # "agreed that bomb makers usually ...", "agrees with giving immigrants a chance": an opinion
    if a2 is None and code[:2] == "04" and lemma in TOPIC_VERBS:
        return True  # "discussing legal decisions": talk about something with nobody named
    if a2 is None and code in ("051", "052", "120") and (lemma in STANCE_WORDS or any(
            g.lemma_.lower() in STANCE_WORDS for g in c.tok.children if g.dep_ in ("dobj", "nsubjpass"))):
        return True
    held = next((g for g in c.tok.children if g.dep_ == "dobj"), None)
    if code in ("051", "052") and lemma in STANCE_WORDS and held is not None and _abstract(held) and not any(
            g.dep_ == "poss" or (g.dep_ in ("compound", "amod") and g.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"))
            or (g.dep_ == "prep" and g.lower_ in ("of", "for")) for g in held.children):
        return True  # "defending the state budget approved by Republicans": standing by a thing, nobody's side
        # ("defended the right of X to ...", "defended the president's policy" keep their owner as the side)
    if (code[:2] == "04" or code[:3] in ("125", "126")) and a2 is not None and (a2.code or "")[-3:] == "MED":
        return True
    visit = code[:3] in ("042", "043") or (code[:3] == "036" and lemma in TRAVEL)
    if visit and (a1 is None or a2 is None or not a2.code):
        return True  # a visit needs a known visitor and a known host or place
    if visit and (a2.code or "")[-3:] in ("HLH", "EDU", "BUS", "MED"):
        return True  # "a trip to Walter Reed hospital", "visited a factory": no visit between political actors
    if lemma in ("fight", "battle", "crusade") and any(g.dep_ in ("xcomp", "advcl") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in g.children) or (g.dep_ == "prep" and g.lower_ == "for" and not any(
                x.ent_type_ in ("DATE", "TIME") for x in g.children)) for g in c.tok.children):
        return True  # "fighting to tighten gun restrictions", "fight for the chance to lead"
    if code[:2] == "04" and a1 is None and any(
            g.dep_ in SUBJECT_DEPS and g.lower_ in ("we", "i") for g in c.tok.children):
        return True  # "we're talking to a lot of businesses"
    if c.frame in ("APPEAL", "DEMAND") and any(g.dep_ == "nsubjpass" for g in c.tok.children) and not any(
            g.dep_ == "agent" for g in c.tok.children):
        return True  # "members were invited to share ...": nobody known appealed
    if lemma in SPORTS_VERBS and code[:2] in ("18", "19") and any(
            (a.code or "")[3:6] in ("PTY", "LEG", "GOV") or (a.code or "")[:3] in ("PTY", "LEG", "GOV")
            for a in (a1, a2) if a is not None) and not any(
            (a.code or "")[-3:] in ("MIL", "COP", "REB", "INS", "UAF") for a in (a1, a2) if a is not None):
        return True  # "Democrats beat the incumbent governor": an election
    if lemma in SPORTS_VERBS and code[:2] in ("18", "19") and not any(
            g.lower_ in ("up", "death") for g in c.tok.subtree) and (
            a2 is None or not a2.code or (len(a2.code) == 3 and is_country_code(a2.code))):
        return True  # "Wales beat Hungary 2-0": a match, not an assault
    if code[:3] == "183" and lemma in EXPLODING and not any(
            g.dep_ == "nsubj" and g.lemma_.lower() in EXPLOSIVES for g in c.tok.children):
        return True  # "protests exploding to new levels"
    if code[:2] in ("14", "15", "17", "18", "19", "20") and c.tok.pos_ == "NOUN" and c.tok.dep_ == "dobj" \
            and c.tok.head.lemma_.lower() in ENDING_VERBS:
        return True  # "the power to end the unrest": ending it is not doing it
    if lemma in METAPHOR_PRONE and any(g.dep_ in ("compound", "amod") and g.lemma_.lower() in FIGURATIVE
                                       for g in c.tok.children):
        return True  # "a trade war", "a Twitter war", "a legal battle"
    if lemma in ENABLING and code[:2] == "08" and any(g.dep_ == "nsubjpass" for g in c.tok.children) and not any(
            g.dep_ == "agent" for g in c.tok.children):
        return True  # "the former speaker was later allowed to enter": nobody known gave way
    subj = next((g for g in c.tok.children if g.dep_ == "nsubj"), None)
    if lemma in ENABLING and subj is not None and a1 is None and _abstract(subj):
        return True  # "the rules permitted officials to ...", "the ruling allows couples to ...": no actor yields
    objs = [g for g in c.tok.children if g.dep_ in ("dobj", "nsubjpass")]
    if code[:2] in ("18", "19", "20") and objs and all(
            g.lemma_.lower() in ANIMALS or any(x.lemma_.lower() in ANIMALS for x in g.children if x.dep_ == "compound")
            for g in objs):
        return True  # "hunters slaughtering elephants", "culled thousands of pigs": no political victim
    if lemma in FIGHT_VERBS and objs and objs[0].dep_ == "dobj" and _abstract(objs[0]) \
            and objs[0].lemma_.lower() not in ENEMY_NOUNS and not any(g.dep_ == "poss" for g in objs[0].children) \
            and not any(e.code[:2] in ("18", "19", "20") for e in lexicon().get(("N", objs[0].lemma_.lower()), ())):
        return True  # "battling extradition to the United States", "fighting the charges": a figurative fight
    act = c.inner if c.inner is not None and c.inner.lemma_.lower() in METAPHOR_PRONE else c.tok
    if act.lemma_.lower() not in METAPHOR_PRONE:  # "launched a war on religion": the carried noun
        act = next((g for g in act.children if g.dep_ == "dobj" and g.lemma_.lower() in METAPHOR_PRONE), act)
    if a2 is None and act.lemma_.lower() in METAPHOR_PRONE and code[:2] in ("13", "18", "19", "20"):
        # "a war on religion", "vowed to fight the election result in court"
        objs = [g for p in act.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
                for g in p.children if g.dep_ == "pobj"] + [g for g in act.children if g.dep_ == "dobj"]
        return bool(objs) and all(_abstract(g) and g.lemma_.lower() not in ENEMY_NOUNS for g in objs)
    return False


# Blast words that are an accident unless the sentence names an attack ("an explosion at a chemical
# plant killed five" vs "a suicide bomber's blast killed five"): see accidental.
EXPLOSIONS = frozenset({"explosion", "blast", "explode", "detonation"})
ATTACK_CUES = frozenset({"bomb", "bomber", "bombing", "explosive", "suicide", "device", "ied", "attack", "attacker",
                         "militant", "insurgent", "terrorist", "grenade", "rocket", "missile", "shell", "drone", "mortar",
                         "claim", "gunman", "jihadist", "rebel", "mine", "landmine", "minefield", "shelling",
                         "airstrike", "artillery", "sniper", "war", "fighting", "army", "troops", "insurgency"})
# Prepositions that name what killed or hurt the victims of a passive ("were killed in a crash").
CAUSE_PREPS = frozenset({"in", "by", "during", "from"})


def accidental(c: Coded, subj) -> bool:
    """Violence done by a natural force or an accident (data/natural_hazards.tsv): "an earthquake
    struck", "a crash that killed 346", "were killed in a stampede", "the train derailed, killing 30"."""
    if c.code[:2] not in ("18", "19", "20"):
        return False
    tok = c.tok
    causes = []
    if subj is not None:
        if subj.lower_ in RELATIVE_PRONOUNS and subj.head.dep_ == "relcl":
            subj = subj.head.head  # "a crash that killed 346": the crash
        causes.append(subj)
    else:
        causes.extend(g for p in tok.children if p.dep_ in ("prep", "agent") and p.lower_ in CAUSE_PREPS
                      for g in p.children if g.dep_ == "pobj")
    if tok.dep_ == "advcl" and tok.tag_ == "VBG":
        causes.append(tok.head)  # "the bus collided with a truck, killing 12"
    hazards = natural_hazards()
    for w in causes:
        lemma = w.lemma_.lower()
        if lemma not in hazards:
            continue
        if lemma in EXPLOSIONS:
            return not any(t.lemma_.lower() in ATTACK_CUES for t in tok.sent)
        return True
    return False
