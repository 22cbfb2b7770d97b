"""CAMEO-style actor codes from names, titles and context.

A code is an ISO3 country followed by a sector ("CHNMIL", "RUSGOV"), a bare country ("USA"),
or an international organisation ("IGOUNO", "IGOWSTNAT"). ``code_entity`` puts together the look-ups of the
actor modules: known people (``actor_people``), countries, IGOs and institutions (``actor_countries``), sectors
(``actor_sectors``), all read from the tables of ``actor_tables``. All lookups are dictionary hits or one
precompiled regex search.
"""
from __future__ import annotations

import re

from .actor_countries import country_cue, country_hit, country_of, described_nationality, igo_of
from .actor_names import POSSESSIVE, fold_name, norm_spaces, strip_name
from .actor_people import known_person, person_by_surname
from .actor_sectors import sector_of
from .actor_tables import code_tables, is_country_code, outlet_names, table_memo

_POSTED_TO = re.compile(r"^(.*?\b(?:embass(?:y|ies)|ambassadors?|envoys?|consulates?|consuls?|diplomats?|"
                        r"diplomatic missions?))\s+(?:in|to|at)\s+.+$", re.I)
# one unnamed person speaking for an office: coded only when a country or organisation is named
_UNNAMED_SOURCE = re.compile(r"^(?:the|a|an|one|another)\s+(?:\w+\s+){0,2}?(?:spokesperson|spokesman|spokeswoman|"
                             r"official|aide|adviser|advisor|source)$", re.I)


def _split(code: str) -> tuple[str | None, str | None]:
    if code.startswith(("IGO", "NGO")):
        return None, code[:3]
    if len(code) >= 3 and code[:3].isalpha() and code[:3].isupper() and is_country_code(code[:3]):
        return code[:3], (code[3:6] or None)
    return None, code[:3] or None


# An organisation named for the cause it works for or against: "Center for ...", "Coalition
# Against ...", "... Foundation". Checked after every other source, so a government agency in the
# actor files ("Centers for Disease Control") keeps its own code.
_ADVOCACY_NAME = re.compile(
    r"\b(?:center|centre|coalition|alliance|institute|society|association|fund|campaign|league|network|project|"
    r"council|committee|foundation|federation)s?\s+(?:for|against|on|to)\s+[A-Z]|\bfoundation\b", re.IGNORECASE)


# A firm named with its type word (matched by case, ending the name): "Dick Clark Productions", "Big Machine
# Records", "Acme Corp.", "Huawei Technologies". Checked after every other source.
_BUSINESS_NAME = re.compile(
    r"\b(?:Productions|Records|Entertainment|Studios|Inc|Inc\.|Corp|Corp\.|Corporation|Co\.|LLC|L\.L\.C\.|Ltd|Ltd\.|"
    r"PLC|plc|AG|SA|S\.A\.|GmbH|Holdings|Industries|Pharmaceuticals|Airlines|Airways|Motors|Enterprises|"
    r"Technologies|Telecom|Petroleum|Refining|Manufacturing|Brands|Foods|Label Group|Music Group)$")


_STATE_BODY_NAME = re.compile(r"\b(?:federal|disease|department|ministry|agency|bureau|office|national security)\b",
                              re.IGNORECASE)


# sectors whose spokespeople and officials speak for the group itself ("a Hamas spokesman" -> PSEREB)
_MEMBER_SECTORS = frozenset({"INS", "REB", "PTY", "OPP", "CRM", "NGO", "MED", "BUS"})


def _group_in(*texts: str | None) -> str | None:
    """Code of an institution or a group of the actor files named in a person's title or description
    ("a spokesman for the State Department" -> USAGOV, "a Hamas spokesman" -> PSEREB)."""
    t = code_tables()
    for text in texts:
        if not text:
            continue
        m = t.inst_rx.search(norm_spaces(text))
        if m:
            return t.inst[m.group(0).lower()]
        m = t.people_rx.search(fold_name(norm_spaces(text)) + " ")
        if m:
            code = t.people[m.group(0).lower()]
            if code[3:6] in _MEMBER_SECTORS or code.startswith(("IGO", "NGO")):
                return code
    return None


def code_entity_memo(name: str, ent_type: str, title: str | None = None,
                     context: str | None = None) -> tuple[str | None, str | None, str | None]:
    """code_entity, remembered while the actor tables stay the same (an error is not remembered)."""
    memo = table_memo("entity", code_tables())
    key = (name, ent_type, title, context)
    found = memo.get(key)
    if found is None:
        found = memo[key] = code_entity(name, ent_type, title, context)
    return found


def code_entity(name: str, ent_type: str, title: str | None = None,
                context: str | None = None) -> tuple[str | None, str | None, str | None]:
    """(country ISO3, sector, CAMEO-style code) for an entity, e.g. ("CHN", "MIL", "CHNMIL").

    ``title`` is the entity's role ("defense minister"), ``context`` the words around it that
    describe it ("China's defense minister"). Order: the user's/packaged actor files; an
    international organisation; a country, capital or adjective in the name (capitals and
    seats of government stand for the government); then title and context for the country
    and the sector.
    """
    name = name or ""
    posted = _POSTED_TO.match(name)
    if posted:  # "the embassy in Baghdad", "the ambassador to Britain": the place is not the sender
        name = posted.group(1)
    # a lower-case phrase ("the apple") or a natural place ("the Amazon") is nobody the actor files list
    person = known_person(name) if any(c.isupper() for c in strip_name(name)) and ent_type != "LOC" else None
    if person is None and (ent_type == "PERSON" or (ent_type in ("ORG", "GPE") and len(strip_name(name).split()) == 1)) and not (
            ent_type == "GPE" and (country_hit(name) or country_of(name))):
        # the parser sometimes labels "Grassley's" an organisation, "Labrador" (no place we know) a place
        person = person_by_surname(name)
    if person and not title:
        country, sector = _split(person)
        return country, sector, person
    if person is None and not title and ent_type == "ORG" and strip_name(name)[:1].isupper() and fold_name(strip_name(name)) in outlet_names():
        return None, "MED", "MED"  # a news outlet no actor file places ("the Weekly Standard"): the story's country may
    titled = ent_type == "PERSON" and sector_of(name) is not None  # "French President Jacques Chirac"
    igo = igo_of(name) if ent_type != "PERSON" or titled else None
    if igo and not (country_of(name) and ent_type == "GPE"):
        return None, igo[:3], igo
    hit = country_hit(name)
    country = hit[0] if hit else None
    sector = sector_of(title) or (sector_of(name) if titled else None)
    if hit and hit[1] == "capital" and sector is None:
        sector = sector_of(name) or "GOV"  # "the Pentagon" -> MIL, "Beijing" -> GOV
    if country is None and (ent_type != "PERSON" or titled):
        country = country_of(name)
    if country is None and ent_type == "PERSON" and not person:
        country = described_nationality(name)  # "Iranian cleric Ali Ahmadi"
    if country == "GEO" and "Georgia" in name and "Georgian" not in name and (country_cue(name, title, context) or "")[:3] == "USA":
        country = "USA"  # "Georgia Republicans": the US state
    if sector is None and not hit and ent_type != "PERSON":
        m = code_tables().inst_rx.search(norm_spaces(name)) if ent_type == "ORG" else None
        if m:  # "the Federal Reserve Bank of New York": the institution, not a bank
            inst_code = code_tables().inst[m.group(0).lower()]
            country, sector = country or inst_code[:3], inst_code[3:6] or None
        else:
            sector = sector_of(name)
    if country is None and ent_type != "PERSON":
        m = code_tables().inst_rx.search(norm_spaces(name))  # "Senate Republicans" -> USA
        if m:
            inst_code = code_tables().inst[m.group(0).lower()]
            country = inst_code[:3]
            sector = sector or inst_code[3:6] or None
    if country is None and title:
        country = country_of(title)
    if country is None and context:
        country = country_of(context)
        if country is None:
            igo = igo_of(context)
            if igo and (title or ent_type == "PERSON"):
                return None, igo[:3], igo
    if country is None and ent_type == "PERSON" and not person and (title or context):
        group = _group_in(title, context)  # "a Hamas spokesman", "a spokesman for the State Department"
        if group:
            g_country, g_sector = _split(group)
            if g_sector in _MEMBER_SECTORS or group.startswith(("IGO", "NGO")):
                return g_country, g_sector, group
            country = g_country
            sector = sector or g_sector
        elif any(_ADVOCACY_NAME.search(t) and not _STATE_BODY_NAME.search(t) for t in (title, context) if t):
            sector = "NGO"  # "senior attorney with the Center for Biological Diversity"
    if sector is None and context and not hit:
        sector = sector_of(context)
    if person:  # a known person keeps the country (the title may name a place of origin: "Cuban-American")
        p_country, p_sector = _split(person)
        country = p_country or country
        sector = sector or p_sector
    if country is None and ent_type != "PERSON" and not hit:
        m = code_tables().people_rx.search(fold_name(norm_spaces(name)))  # "the Trump administration" -> USA
        if m:
            country = _split(code_tables().people[m.group(0).lower()])[0]
    if country is None:
        cue = country_cue(name, title, context)
        if cue:
            country, sector = cue[:3], sector or cue[3:6] or None
    if sector is None and ent_type == "ORG" and _ADVOCACY_NAME.search(name) and not _STATE_BODY_NAME.search(name):
        sector = "NGO"  # "the Center for Biological Diversity", "the Alliance Against Defamation": a cause group
    if sector is None and ent_type in ("ORG", "NOUN", "") and _BUSINESS_NAME.search(POSSESSIVE.sub("", norm_spaces(name))):
        sector = "BUS"  # "Dick Clark Productions"
    if sector in ("CVL", "ELI", "MED", "BUS", "EDU") and ent_type == "PERSON" and person is None and not title:
        sector = None
    if country is None and sector and _UNNAMED_SOURCE.search(name):
        sector = None  # "the spokesperson", "a senior official": an unnamed source, no actor code
    code = (country or "") + (sector or "") if (country or sector) else None
    return country, sector, code
