"""'According to X' (and 'per X'): what the phrase credits - a document, an outlet, a body or the outlet's own work
('according to a Reuters investigation') - and what it does not: people, groups of people, a leader's voice.
"""
from __future__ import annotations

from .source_agents import is_person
from .source_found import OUTLET_ANAPHOR, _Found, _key, _make
from .source_noun_judge import _judge_noun
from .source_outlet_roles import group_voice, place_station
from .source_outlets import outlet_name
from .source_syntax import PERSONAL, body_kind, leader_voice, np_text
from .source_told_names import lone_name, person_words_of

OWNER_DEPS = frozenset({"compound", "poss", "nmod"})


def _group_of_people(tok, lex) -> bool:
    """"a group of employees", "a coalition of local farmers": people speaking, not a body credited."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and (obj.ent_type_ == "PERSON" or obj.lower_ in lex.cues["person_nouns"]
                                    or obj.lemma_.lower() in lex.cues["people_nouns"]):
                return True
    return False


def _judge_according(to_tok, lex, used, index, quotes, outlets, named) -> _Found | None:
    pobj = next((c for c in to_tok.children if c.dep_ == "pobj"), None)
    if pobj is None:
        nxt = [t for t in to_tok.doc[to_tok.i + 1:to_tok.sent.end] if t.pos_ in ("NOUN", "PROPN", "PRON")]
        if not nxt:
            return None
        pobj = nxt[0]
    if pobj.i in used:
        return None
    inside = [s for s in outlets if pobj.left_edge.i <= s.start <= pobj.right_edge.i]
    if inside:  # the outlet judge credits it, or else what the outlet made ('according to a Reuters investigation')
        return _outlet_work(pobj, inside, lex)
    low = pobj.lower_
    if low in lex.nouns:
        return _judge_noun(pobj, lex, used, index, quotes, according=True, named=named)
    acronym = len(pobj.text) > 1 and pobj.text.isupper()  # "according to WHO" is no "who"
    if pobj.pos_ == "PRON" or (low in lex.cues["person_nouns"] and not acronym) or _group_of_people(pobj, lex):
        return None
    if pobj.ent_type_ in PERSONAL or is_person(pobj, index):
        if not (pobj.pos_ == "PROPN" and lone_name(pobj.doc[pobj.i:pobj.i + 1], index, person_words_of(pobj.doc))):
            return None  # 'according to Anna Berg' (not 'according to Velnews', a name the tagger took for one)
        return _make(pobj.sent, pobj.text, "outlet", pobj, carries=True)
    if pobj.pos_ == "PROPN" and _key(np_text(pobj)) in named:
        return _make(pobj.sent, np_text(pobj), "agency", pobj, carries=True)  # 'according to ESTA', named before
    if place_station(pobj, lex.cues) or group_voice(pobj):
        return None  # 'according to witnesses at the bus station', 'according to the rights group'
    if (low in lex.cues["outlet_heads"] or low == "site" and any(c.dep_ in ("amod", "compound") for c in pobj.children)) \
            and body_kind(pobj, lex) != "government":  # ('according to the gossip site': a described web site)
        found = _make(pobj.sent, np_text(pobj), "outlet", pobj, carries=True)
        if found is not None:  # "according to the network": the outlet named before, as "told the paper"
            found.noun = OUTLET_ANAPHOR + "outlet"
            lefts = [c.lower_ for c in pobj.lefts]
            found.definite = lefts in (["the"], ["that"], ["this"]) or low == "site" and lefts[:1] == ["the"]
            # ('according to the gossip site': the site named before)
        return found
    kind = body_kind(pobj, lex)
    if kind is None or is_person(pobj, index) or leader_voice(pobj, lex.cues):
        return None  # 'according to the Kremlin': the government speaking, as 'according to officials'
    found = _make(pobj.sent, np_text(pobj), kind, pobj, carries=True)
    described = next((c for c in pobj.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                      and c.lower_ not in lex.cues["person_nouns"]), None)
    if found is not None and described is not None:
        found.noun = described.lemma_.lower()  # 'according to the X Census, a project ...': 'the project' again is X
    return found


def _outlet_work(pobj, inside, lex) -> _Found | None:
    """'according to a Reuters investigation', 'according to an AFP examination of the filings': an outlet named
    before a noun the source lists do not hold (those the outlet judge credits: 'a Reuters tally') is credited with
    its work; not a person of the outlet ('according to a Reuters reporter at the scene')."""
    span = next((s for s in inside if s.root.head.i == pobj.i and s.root.dep_ in OWNER_DEPS), None)
    cues = lex.cues
    if span is None or pobj.pos_ != "NOUN" or pobj.lower_ in lex.nouns or pobj.ent_type_ in PERSONAL or \
            pobj.lower_ in cues["person_nouns"] or pobj.lemma_.lower() in cues["media_person_nouns"] or \
            pobj.lemma_.lower() in cues["witness_journalists"] or pobj.lower_ in cues["outlet_heads"]:
        return None
    name, kind = outlet_name(span, {})
    return _make(pobj.sent, f"{name} {pobj.text}", kind, pobj, carries=True)
