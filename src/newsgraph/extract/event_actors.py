"""Actor slots of an event: the noun phrase that names each side (the heads come from event_slots),
its CAMEO actor code, and the article-level fixes (home country, domestic pairs, places)."""
from __future__ import annotations

from ..model import Actor, Quote
from .actor_codes import code_entity_memo, country_of, is_country_code, known_person, sector_of
from .actor_home import office_abroad
from .actor_refs import (
    SINGULAR_PERSONAL,
    antecedent,
    as_role,
    clause_owner,
    country_anaphor,
    own_subject,
)
from .actor_tables import code_tables
from .actor_works import author_of, work_sector
from .datelines import in_dateline
from .event_slots import TOPIC_NOUNS, topic_place
from .event_slots import subject_of as subject_of  # re-exported: the event steps import the slots from here
from .event_slots import targets_of as targets_of
from .sentence_view import doc_view, slice_text, span_of

PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "this", "that", "which", "who",
                      "them", "him", "her", "us", "its", "their", "his", "our"})
# Heads that name a body of people; their modifiers say which ("civil rights groups" -> NGO).
COLLECTIVES = frozenset({"group", "organization", "organisation", "association", "coalition", "alliance", "network",
                         "movement", "body", "council", "committee", "society", "foundation", "institute", "union"})
RELATIVE = frozenset({"who", "which", "that", "whom"})
# Titles that are also surnames: alone and without "the" they name a person, not an office.
TITLE_SURNAMES = frozenset({"king", "queen", "judge", "general", "prince", "bishop", "major", "marshal",
                            "governor", "senator", "sheriff"})
QUANTITY_HEADS = frozenset({"thousands", "hundreds", "dozens", "scores", "millions", "tens", "many", "some",
                            "several", "most", "groups", "crowds", "crowd", "members", "group"})
SECTOR_ONLY = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "OPP", "REB", "INS", "BUS", "MED",
                         "EDU", "HLH", "CVL", "REF", "LAB", "ELI", "PTY", "AGR", "UAF"})
DOMESTIC = frozenset({"PTY", "LEG", "JUD", "COP", "OPP"})
PLACED_ROOTS = frozenset({"14", "17", "18", "19", "20"})  # protests, coercion, violence: done where they happen
PLACE_PREPS = frozenset({"in", "through", "across", "outside", "at", "near", "around"})


_NP_SKIP = frozenset({"punct", "cc", "conj", "appos", "relcl"})


def noun_phrase(tok):
    """Tokens naming an actor: the head with its left modifiers (and "of X" for offices)."""
    # the subtree's first word up to the head that is no punctuation, coordination, apposition or
    # relative clause (every subtree word lies at or after the left edge; a non-projective parse
    # may give them out of order)
    view = doc_view(tok.doc)  # (the subtree's positions and labels from the view's lists)
    dep = view.dep
    start = min((t for t in view.subtree(tok.i) if t <= tok.i and dep[t] not in _NP_SKIP), default=tok.i)
    end = tok.i + 1
    for c in tok.rights:
        if c.dep_ == "prep" and any(g.dep_ == "pcomp" or g.tag_ == "VBG" for g in c.children):
            break  # "accused the chancellor of misleading parliament": what she did, not her office
        if c.dep_ == "prep" and (c.lower_ == "of" or (c.lower_ == "for" and sector_of(tok.lower_)) or (
                c.lower_ in ("in", "from") and (
                tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and not tok.ent_type_)))):
            end = max(end, c.right_edge.i + 1)
            break
    span = span_of(tok.doc, start, end)
    if len(span) > 12:
        span = tok.doc[tok.i:tok.i + 1]
    return span


TOPIC_PREPS = frozenset({"in", "on", "about", "over", "against", "into", "during", "after", "since"})


def _coded(doc, name: str, ent_type: str, title: str | None = None, context: str | None = None
           ) -> tuple[str | None, str | None, str | None]:
    """actor_codes.code_entity, remembered across documents (actor_codes.code_entity_memo). ``doc``
    is unused, kept for the callers' sake."""
    return code_entity_memo(name, ent_type, title, context)


def _appos_context(tok) -> str | None:
    """The words of an apposition describing ``tok`` ("Mark Esper, the U.S. defense secretary"), without
    the topics it mentions ("a leading voice of support for the war in Afghanistan" names no country of
    his) or relative clauses."""
    for c in tok.children:
        if c.dep_ == "appos":
            skip: set[int] = set()
            for t in c.subtree:
                if t.i in skip:
                    continue
                if (t.dep_ == "prep" and t.lower_ in TOPIC_PREPS and t.head.i != c.i) or t.dep_ in ("relcl", "acl"):
                    skip.update(x.i for x in t.subtree)
            words = [t for t in c.subtree if t.i not in skip]
            return " ".join(t.text for t in words) if words else None
    return None


def _plural_office(tok, span) -> str | None:
    """ "secretaries of state" -> "secretary of state" when that singular office is a sector phrase
    exactly (not "examples of abuse of the delegation")."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or span.end <= tok.i + 1 or tok.doc[tok.i + 1].lower_ != "of":
        return None
    phrase = f"{tok.lemma_} {tok.doc[tok.i + 1:span.end].text}".lower()
    return phrase if code_tables().sector_of.get(phrase, "NONE") != "NONE" else None


LEADING_VERBS = frozenset({"head", "lead", "run", "chair", "direct", "found", "co-found", "represent", "manage"})


def _led_body(tok):
    """The body a person heads, named in a relative clause ("X, who heads the Alliance for ...")."""
    for c in tok.children:
        if c.dep_ == "relcl" and c.lemma_.lower() in LEADING_VERBS:
            return next((g for g in c.children if g.dep_ == "dobj" and g.pos_ == "PROPN"), None)
    return None


# people who work for a body: "FBI agents", "Justice Department officials", "Pentagon staff"
STAFF_HEADS = frozenset({"agent", "official", "officer", "investigator", "staff", "staffer", "employee", "member",
                         "spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "analyst", "director",
                         "chief", "head", "leader", "personnel", "source", "aide"})
GROUP_SECTORS = frozenset({"INS", "REB", "PTY", "OPP", "CRM", "UAF"})


def _group_modifier(tok) -> str | None:
    """Code of an armed group, party or international body named before a common noun ("Taliban
    fighters", "Hamas officials", "NATO allies"): its members act for it."""
    if tok.pos_ != "NOUN":
        return None
    mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN"]
    if not mods:
        return None
    first = min(m.left_edge.i for m in mods)
    name = slice_text(tok.doc, first, mods[-1].i + 1)
    inst = code_tables().inst.get(name.lower().removeprefix("the "))
    if inst and (tok.lemma_.lower() in STAFF_HEADS or sector_of(tok.lemma_)):
        return inst  # "FBI agents", "CIA officers", "Justice Department officials"
    code = known_person(name)
    if code is None:
        _, _, code = _coded(tok.doc, name, "ORG")
    if not code:
        return None
    sector = code[3:6] if is_country_code(code[:3]) else code[:3]
    return code if sector in GROUP_SECTORS or code.startswith("IGO") else None


NAME_GLUE = frozenset({"and", "of", "for", "against", "the", "&", "on"})


def _capitalised_name(tok):
    """The whole subtree of a proper noun when it is one capitalised name with joining words
    ("Gay and Lesbian Alliance Against Defamation"), else None."""
    span = tok.doc[tok.left_edge.i:tok.right_edge.i + 1]
    words = [t for t in span if not (t.i == span.start and t.lower_ == "the")]
    if not (3 <= len(words) <= 10) or not any(t.lower_ in ("and", "&") for t in words):
        return None
    if all(t.text[:1].isupper() or t.lower_ in NAME_GLUE for t in words) and words[-1].text[:1].isupper():
        return span
    return None


def _named_apposition(tok):
    """The name a common noun stands beside: its apposition ("the two states - Egypt and Jordan -",
    "the company that runs the show, Dick Clark Productions") or the name it is an apposition of
    ("Safari Club International, a hunting advocacy group that sued ...")."""
    if tok.pos_ != "NOUN":
        return None
    if tok.dep_ == "appos" and tok.head.pos_ == "PROPN" and tok.head.ent_type_ in ("ORG", "GPE", "NORP"):
        return None if in_dateline(tok.head) else tok.head  # "Indianapolis – Several thousand teachers"
    for c in tok.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "GPE", "NORP"):
            return c
    return None


# Family ties that describe a person by a relative ("Andrew, the Queen's third child").
KIN_NOUNS = frozenset({"child", "son", "daughter", "wife", "husband", "brother", "sister", "mother", "father",
                       "nephew", "niece", "grandson", "granddaughter", "cousin", "widow", "stepson", "stepdaughter"})

def actor_of(tok, index, speaker: Actor | None = None) -> Actor | None:
    """The actor a token names (see _actor_of), worked out once per token, index and speaker in a
    document: the rule coder and the event model ask for the same subjects and objects again and
    again. The same Actor object comes back each time (nothing changes an Actor once made)."""
    if tok is None:
        return None
    memo = doc_view(tok.doc).memo
    key = ("actor_of", tok.i, id(index), id(speaker))
    hit = memo.get(key)
    if hit is not None and hit[0] is index and hit[1] is speaker:
        return hit[2]
    found = _actor_of(tok, index, speaker)
    memo[key] = (index, speaker, found)  # the objects themselves are kept, so their ids stay theirs
    return found


def _actor_of(tok, index, speaker: Actor | None = None) -> Actor | None:
    if tok is None:
        return None
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in TOPIC_NOUNS and not any(
            c.dep_ == "poss" for c in tok.children) and any(topic_place(c) for c in tok.children):
        return None  # "assailed the Russia investigation": the inquiry is nobody's side here
    if tok.lower_ in RELATIVE and tok.head.dep_ == "relcl" and tok.head.head.i != tok.head.i:
        tok = tok.head.head  # "the senator, who endorsed ...": the antecedent acts
    if tok.lower_ in PRONOUNS or tok.pos_ == "PRON":
        owner = clause_owner(tok) if tok.lower_ in SINGULAR_PERSONAL else None
        if owner is not None:  # "Trump's call when he asked ..."
            found = actor_of(owner, index)
            if found is not None and found.code:
                return found
        ent = _index_entity(index, span_of(tok.doc, tok.i, tok.i + 1))
        own = own_subject(tok)
        if ent is not None and own is not None and _index_entity(index, own.doc[own.i:own.i + 1]) is ent:
            ent = None  # "Biden mocked him": him is not Biden
        if ent is not None and ent.code:
            return Actor(ent.name, ent.code, ent.id)
        role = as_role(tok) if tok.lower_ in SINGULAR_PERSONAL else None
        if role is not None:  # "As governor of Arkansas, he ..."
            found = actor_of(role, index)
            if found is not None and found.code:
                return found
        if tok.lower_ in ("we", "i", "us") and speaker is not None:
            return speaker
        if speaker is not None and tok.lower_ in ("it", "he", "she", "they"):
            return speaker
        ante = antecedent(tok)
        return actor_of(ante, index) if ante is not None else None
    kin = next((c for c in tok.children if c.dep_ == "appos" and c.lemma_.lower() in KIN_NOUNS), None) \
        if tok.pos_ == "PROPN" else None
    owner = next((c for c in kin.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) if kin is not None else None
    if owner is not None and not known_person(tok.text):  # "Andrew, the Queen's son": the family's country, no office
        found = actor_of(owner, index)
        if found is not None and found.code and is_country_code(found.code[:3]):
            return Actor(tok.text, found.code[:3], None)
    place = country_anaphor(tok) if tok.pos_ == "NOUN" else None
    if place is not None:  # "... after Washington invaded the country": the country named before
        return actor_of(place, index, speaker)
    if tok.lower_ in QUANTITY_HEADS or tok.tag_ == "CD":  # "thousands of students", "two of his aides"
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None:
            tok = pobj
    named = _named_apposition(tok)
    if named is not None:  # "the two states - Egypt and Jordan -", "the company that runs it, X Productions"
        found = actor_of(named, index, speaker)
        if found is not None and found.code:
            own = sector_of(tok.lower_) or sector_of(tok.doc[tok.left_edge.i:tok.i + 1].text)
            if own and own not in ("CVL", "ELI") and len(found.code) == 3 and is_country_code(found.code):
                return Actor(found.name, found.code + own, found.entity)
            if own in ("BUS", "NGO", "MED") and not found.code.startswith(("IGO", "NGO")) and not (
                    is_country_code(found.code[:3]) and len(found.code) > 3):
                code = (found.code[:3] if is_country_code(found.code[:3]) else "") + own
                return Actor(found.name, code, found.entity)
            return found
    span = noun_phrase(tok)
    if tok.pos_ == "PROPN" and span.end > tok.i + 1:  # "Xi Jinping in Chennai": the person, not the place
        core = tok.doc[span.start:tok.i + 1]
        if known_person(core.text):
            span = core
    if len(span) == 1 and tok.pos_ == "PROPN" and tok.lower_ in TITLE_SURNAMES:
        return None  # "backed King": a surname, not a king
    ent = _index_entity(index, span_of(tok.doc, tok.i, tok.i + 1))
    if ent is not None and tok.pos_ == "NOUN" and ent.type == "PERSON" and tok.lower_ not in (ent.title or "").lower():
        ent = None  # a title noun the index tied to someone with another title
    ent_type = tok.ent_type_
    if tok.ent_type_ == "" and tok.pos_ == "NOUN":
        ent_type = "NOUN"
    text = span.text
    if ent is not None and ent.type == "PERSON" and tok.pos_ == "PROPN" and len((ent.name or "").split()) > len(span):
        text = ent.name  # a later "Webb" of "Michael Webb": code the full name, not a listed namesake
    country, sector, code = _coded(tok.doc, text, ent_type, None, _appos_context(tok))
    if code is None and tok.pos_ == "PROPN" and ent_type != "PERSON" and (ent is None or ent.type != "PERSON"):
        code = known_person(text)  # "accused Schiff of ...": a listed person the tagger took for a place
        country = code[:3] if code and is_country_code(code[:3]) else None
    place_prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("in", "from") and c.i < span.end), None)
    place_obj = next((g for g in place_prep.children if g.dep_ == "pobj"), None) if place_prep is not None else None
    if tok.pos_ == "NOUN" and country and place_obj is not None and place_obj.ent_type_ in ("GPE", "LOC", "FAC"):
        # "a Palestinian man in the West Bank": the place gives the country, not a sector from its words
        tail = tok.doc[place_obj.left_edge.i:span.end].text
        _, head_sector, _ = _coded(tok.doc, tok.doc[span.start:tok.i + 1].text, ent_type)
        tail_sector = sector_of(tail)
        if tail_sector == sector and head_sector != sector and not (code or "").startswith(("IGO", "NGO")):
            sector = head_sector
            code = country + (head_sector or "")
    group = _group_modifier(tok)
    if group is not None:  # "Taliban fighters", "an al-Qaeda leader in Syria", "Hamas officials"
        g_country, g_sector = (group[:3], group[3:6]) if is_country_code(group[:3]) else (None, group[:3])
        if group.startswith("IGO"):
            return Actor(span.text, group, ent.id if ent is not None else None)
        country = g_country or country
        sector, code = g_sector, (g_country or country or "") + g_sector
    if code is not None and country is None and sector not in ("IGO", "NGO") and (
            ent_type == "PERSON" or sector in ("ELI",)):
        code = None
    office = _plural_office(tok, span)
    if code is None and office:  # "former secretaries of state" -> GOV
        country, sector, code = _coded(tok.doc, office, ent_type, None, _appos_context(tok))
    if code is not None and country is None and tok.pos_ == "NOUN" and not (
            sector_of(tok.lower_) or sector_of(tok.lemma_) or office or (
                tok.lemma_.lower() in COLLECTIVES and sector_of(tok.doc[span.start:tok.i + 1].text))):
        code = None  # "military cooperation" is no actor; "the troops", "civil rights groups" are
    if code and group is None and tok.pos_ == "NOUN" and len(code) >= 3 and is_country_code(code[:3]):
        head_sector = sector_of(slice_text(tok.doc, span.start, tok.i + 1))
        if head_sector and head_sector not in ("CVL", "ELI") and code[3:6] != head_sector:
            code = code[:3] + head_sector  # "government forces" -> MIL, "state media" -> MED
    if ent is not None and ent.code:
        if code and code[:3] == ent.code[:3] and len(code) > len(ent.code):
            return Actor(ent.name, code, ent.id)
        if code and country and not is_country_code(ent.code[:3]) and not ent.code.startswith(("IGO", "NGO")):
            return Actor(ent.name, country + (sector or ent.code[:3]), ent.id)  # "President X of Colombia"
        return Actor(ent.name, ent.code, ent.id)
    if code is None and ent is not None:  # the entity's own name or aliases may be known ("Mr. Fox")
        for name in (ent.name, *(ent.aliases or [])):
            _, _, code = _coded(tok.doc, name, ent.type, ent.title)
            if code and not (code[:3] in SECTOR_ONLY and ent.type == "PERSON"):
                break
            code = None
    if code is None and tok.pos_ == "PROPN" and ent is None:
        whole = _capitalised_name(tok)
        if whole is not None:  # "The Gay and Lesbian Alliance Against Defamation", parsed as a coordination
            _, _, code = _coded(tok.doc, whole.text, "ORG")
            if code:
                return Actor(whole.text, code)
    if code is None and tok.pos_ == "NOUN" and ent is None:
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if owner is not None:  # "the senator's office", "Trump's lawyer": the owner's side
            return actor_of(owner, index, speaker)
        author = author_of(tok)
        if author is not None:  # "the decision by the Supreme Court", "the letter released by the faculty"
            found = actor_of(author, index, speaker)
            if found is not None and found.code:
                return found
        issuer = work_sector(tok)
        if issuer is not None:  # "the indictment alleges": prosecutors
            return Actor(span.text, issuer, None)
    if code is None and (tok.ent_type_ == "PERSON" or (ent is not None and ent.type == "PERSON")):
        led = _led_body(tok)
        if led is not None:  # "Scott Paul, who heads the Alliance for American Manufacturing"
            body = actor_of(led, index)
            if body is not None and body.code:
                return Actor(ent.name if ent is not None else span.text, body.code, ent.id if ent is not None else None)
    if code is None:
        if tok.ent_type_ == "PERSON" or (ent is not None and ent.type == "PERSON"):
            return Actor(ent.name if ent is not None else span.text, None, ent.id if ent is not None else None)
        return None
    return Actor(span.text, code, ent.id if ent is not None else None)


def same_actor(a: Actor | None, b: Actor) -> bool:
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


def rivals(a: Actor | None, b: Actor) -> bool:
    """Two differently named people or bodies of the same bare sector ("the mayor accused the
    governor", GOV and GOV): different sides of a quarrel even though their codes agree."""
    if a is None or not a.code or a.code != b.code or (a.entity and b.entity and a.entity == b.entity):
        return False
    names = (a.name.lower().strip(), b.name.lower().strip())
    return names[0] != names[1] and not any(n in PRONOUNS for n in names) and not is_country_code(a.code)


def localise_sector(actor: Actor | None, head) -> Actor | None:
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


def speaker_actor(q: Quote, index) -> Actor | None:
    sp = q.speaker
    if sp is None:
        return None
    ent = None
    if sp.entity and index is not None:
        ent = next((e for e in getattr(index, "entities", []) if e.id == sp.entity), None)
    if ent is not None and ent.code:
        return Actor(ent.name, ent.code, ent.id)
    country, sector, code = _coded(None, sp.name, "PERSON")
    return Actor(sp.name, code, sp.entity) if code else None


def place_country(tok) -> str | None:
    """Country of the place a trigger happened in ("marched in London" -> GBR)."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj"),  # "blocked roads in Brussels"
             *(g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")]
    for c in (c for h in heads for c in h.children):
        if c.dep_ == "prep" and c.lower_ in PLACE_PREPS:
            for g in c.children:
                if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC"):
                    found = country_of(noun_phrase(g).text)
                    if found:
                        return found
    return None


def domestic_pair(a1: Actor | None, a2: Actor | None) -> tuple[Actor | None, Actor | None]:
    """A sector-only side of a domestic event takes the other side's country: "Republicans urged the
    president" -> USAGOV, "Labour accused the government" -> GBRGOV, "police arrested two men in
    Manchester" -> GBRCOP. Domestic means the coded side is a party, legislature, court, police or
    opposition, or the sector-only side is one of those acting in a named country."""
    if a1 is None or a2 is None or not a1.code or not a2.code:
        return a1, a2
    for bare, full, first in ((a1, a2, True), (a2, a1, False)):
        # a bare country counts when it is a place ("police arrested two men in Ohio"), not a person's
        # nationality: a London court hearing an Australian's case is British
        if bare.code[:3] in SECTOR_ONLY and is_country_code(full.code[:3]) and (
                full.code[3:6] in DOMESTIC or (bare.code[:3] in DOMESTIC and len(full.code) == 3
                                               and country_of(full.name) == full.code)):
            if office_abroad(bare.name, full.code[:3]):
                continue  # "the senator offered the prime minister ...": the USA has no prime minister
            fixed = Actor(bare.name, full.code[:3] + bare.code[:3], bare.entity)
            return (fixed, a2) if first else (a1, fixed)
    return a1, a2
