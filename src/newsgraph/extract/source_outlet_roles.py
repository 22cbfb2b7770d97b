"""Where an outlet's name or an outlet word stands in a role the other judges do not read: claims an outlet
published ('a welter of allegations in the Sunday Herald', 'the claims made in the Observer': the outlet is
credited); and, as no outlet at all, a station that is a place ('the bus station', 'a police station') and a group
of people after 'according to' ('according to the rights group': a body speaking, told as reported speech).
Lists: source_cues.json published_claim_nouns, broadcast_station_words."""
from __future__ import annotations

# participles that put a claim in an outlet: 'the claims made in X', 'allegations published by X'
PUTTING_VERBS = frozenset({"make", "publish", "print", "carry", "air", "run", "level", "report", "contain", "splash"})


def published_claim(root, lex):
    """The claim noun an outlet name stands under as where it was published: 'allegations in the Sunday Herald',
    'revelations in the Guardian', 'the claims made in the Observer', 'a story in The Times' (a noun of
    ``published_claim_nouns`` or an outlet's own piece of the source nouns: story, article, report); None
    otherwise (not 'an advert in the Times', nor 'a letter to X')."""
    if root.dep_ != "pobj" or root.head.lower_ not in ("in", "by"):
        return None
    noun = root.head.head
    if noun.dep_ in ("acl", "relcl") and noun.lemma_ in PUTTING_VERBS and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    elif root.head.lower_ == "by":
        return None  # 'claims by X' names who claims, judged as an agent
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    low = noun.lower_
    if low in lex.cues["published_claim_nouns"] or lex.nouns.get(low, ("", ""))[0] == "outlet" and \
            low in ("story", "stories", "article", "articles", "piece", "report", "reports", "editorial", "column"):
        return noun
    return None


def place_station(tok, cues) -> bool:
    """'the bus station', 'a police station', 'the nuclear power station': a station named by a noun before it
    that is no broadcasting word (``broadcast_station_words``): a place, not a broadcaster."""
    if tok.lower_ not in ("station", "stations"):
        return False
    return any(c.dep_ in ("compound", "amod") and c.pos_ == "NOUN" and c.i < tok.i and
               c.lower_ not in cues["broadcast_station_words"] for c in tok.children)


def group_voice(pobj) -> bool:
    """'according to the rights group', 'according to an opposition group': a group (lower case, no name of its
    own) whose words are reported speech, not a source credited ('the Velmar Group', capitalised, is a name)."""
    return pobj.lower_ in ("group", "groups") and pobj.pos_ == "NOUN"


BODY_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC"})


def body_account(tok, cues) -> bool:
    """'In the Kremlin's account of the conversation, Putin stressed ...', 'In its account of the call, the ministry
    said ...': a body's account or version (a government's telling of a call or meeting) that something is said
    in, credited as that body's statement; a person's own account ('in his account') stays his words."""
    if noun_key_of(tok) not in ("account", "version") or tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return False
    verb = tok.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ not in cues["said_in_verbs"]:
        return False
    for c in tok.children:
        if c.dep_ in ("poss", "compound") and c.i < tok.i:
            if c.lower_ == "its":
                return True
            if c.pos_ == "PROPN" and (c.ent_type_ in BODY_LABELS or c.lower_ in cues["seat_names"]):
                return True
    return False


def noun_key_of(tok) -> str:
    return tok.lemma_.lower() if tok.lower_ in ("accounts", "versions") else tok.lower_
