"""CAMEO-style actor codes from names, titles and context.

A code is an ISO3 country followed by a sector ("CHNMIL", "RUSGOV"), a bare country ("USA"),
or an international organisation ("IGOUNO", "IGOWSTNAT"). The facts come from data files:
``countries.tsv`` (names, adjectives, capitals), ``igos.tsv``, ``sectors.tsv`` (titles and
offices -> sector) and ``actors.tsv`` (well-known people), extended by the user's own actor
files (``NEWSGRAPH_ACTORS``). All lookups are dictionary hits or one precompiled regex search.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache, wraps

from ..lexicons import alternatives, data_rows, read_rows, user_actor_files
from .phrase_regex import phrase_alternation

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_LEADING_THE = re.compile(r"^the\s+", re.I)
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class _Tables:
    exact: dict[str, tuple[str, str]]  # phrase -> (ISO3, kind: name/adj/capital)
    exact_cased: dict[str, tuple[str, str]]  # all-caps acronyms ("US", "UK") matched by case
    country_rx: re.Pattern
    igo: dict[str, str]
    igo_cased: dict[str, str]
    igo_rx: re.Pattern
    sector_rx: re.Pattern
    sector_of: dict[str, str]
    people: dict[str, str]
    inst_rx: re.Pattern
    inst: dict[str, str]
    cue_rx: re.Pattern
    cue: dict[str, str]
    people_rx: re.Pattern
    surnames: dict[str, tuple[str, ...]]  # folded surname -> the codes of the people who carry it


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text.replace("’", "'")).strip()


def fold_name(text: str) -> str:
    """Lower case without accents ("Orbán" -> "orban"), for matching people's names."""
    if text.isascii():
        return text.lower()
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


# Surnames that are also common given names or words, or carried by too many people: a bare "May",
# "Paul" or "Smith" is nobody in particular.
_NOT_A_SURNAME = frozenset({
    "may", "king", "long", "kim", "li", "wang", "park", "moon", "khan", "singh", "ali", "james", "green", "white",
    "black", "wolf", "cable", "bass", "dean", "frank", "key", "mohamed",
    "mohammed", "ahmed", "hassan", "abdullah", "ibrahim", "salman", "charles", "elizabeth", "omar", "love",
    "justice", "rogers", "cook", "bishop", "marshal", "general", "judge", "prince", "queen", "major", "jr", "ii",
    "iii", "xvi", "alexander", "deal", "francis", "henry", "jonathan", "michel", "mustafa", "patrick", "petro",
    "philippe", "sharon", "struck", "hussein", "abbas", "pen", "shah", "roy", "salam", "duncan", "rose", "smith",
    "jones", "williams", "taylor", "wilson", "anderson", "robinson", "wood", "gray", "bailey", "lamont", "tai", "lew",
    "chu", "kan", "jung", "dar", "harry", "andrew", "william", "xiv", "angle", "lake", "strange", "kent", "douglas",
    "herbert", "newman", "brat", "forbes", "simpson", "holmes", "payne", "moreno", "baldwin", "costa", "oli", "hadi", "gil",
})
# Surnames of well-known people that many others carry too: matched only when the article's home
# country picks one of the people who carry it ("Johnson" in a British story).
_SHARED_SURNAME = frozenset({
    "brown", "johnson", "davis", "harris", "miller", "jackson", "wright", "allen", "walker", "adams", "chavez",
    "sanchez", "gonzalez", "fernandez", "rodriguez", "lopez", "martinez", "morales", "silva", "moore", "walsh",
    "wallace", "harrison", "clark", "baker", "banks", "brooks", "burns", "cox", "hicks", "reynolds", "roberts",
    "bryant", "gates", "nixon", "dempsey", "franks", "mullen", "caine", "dunford", "hayden", "brady", "lynch",
    "hogan", "quinn", "perez", "daniels", "thompson", "regan", "cohen", "nelson", "campbell", "mitchell", "phillips",
    "evans", "edwards", "stewart", "morris", "peterson", "richardson", "watson", "hughes", "myers", "foster",
    "garcia", "ramirez", "torres", "flores", "rivera", "gomez", "diaz", "patel", "murray",
    "graham", "warren", "scott", "carter", "kelly", "lewis", "thomas", "jordan", "price", "rice", "young", "paul",
    "lee", "hunt", "fox", "stone", "ross", "cannon", "cotton", "flake", "ryan", "page", "stein", "power", "porter",
    "turner", "casey", "martin", "howard", "hill", "cooper", "reed", "bell", "morgan", "parker", "ward", "hall",
    "yang", "santos", "carr",
})
_POSTED_TO = re.compile(r"^(.*?\b(?:embass(?:y|ies)|ambassadors?|envoys?|consulates?|consuls?|diplomats?|"
                        r"diplomatic missions?))\s+(?:in|to|at)\s+.+$", re.I)
# one unnamed person speaking for an office: coded only when a country or organisation is named
_UNNAMED_SOURCE = re.compile(r"^(?:the|a|an|one|another)\s+(?:\w+\s+){0,2}?(?:spokesperson|spokesman|spokeswoman|"
                             r"official|aide|adviser|advisor|source)$", re.I)
# Family name first: "Wang Yi" is Mr. Wang; the five commonest Chinese family names and the commonest
# Korean and Vietnamese ones name nobody in particular. Burmese names have no family name.
_FAMILY_FIRST = frozenset({"CHN", "TWN", "PRK", "KOR", "VNM", "KHM"})
_NO_FAMILY_NAME = frozenset({"MMR"})
_COMMON_FAMILY = frozenset({"wang", "zhang", "liu", "chen", "yang", "nguyen", "tran", "ban", "choi", "jung"})
_WESTERN_GIVEN = frozenset({"joseph", "john", "carrie", "william", "jimmy", "joshua"})
_PARTICLES = frozenset({"de", "da", "van", "von", "der", "le", "la", "del", "di", "du", "bin", "zu", "dos", "das"})
_ORG_WORDS = frozenset({"group", "party", "front", "army", "brigade", "brigades", "movement", "council", "union",
                        "league", "organization", "organisation", "forces", "state", "guard", "rebels", "militia",
                        "haram", "hezbollah", "jihad", "brotherhood", "boys", "pakistan", "colombia", "times", "post",
                        "journal", "news", "mail", "today", "guardian", "press", "jazeera", "center", "centre",
                        "foundation", "parenthood", "association", "teachers", "network", "channel", "agency"})
_NAME_SUFFIX = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})


def _surname_keys(name: str) -> list[str]:
    """The ways news names a person by surname: "Bill de Blasio" -> "de blasio", "blasio";
    "Bashar al-Assad" -> "al-assad", "assad"."""
    words = [w for w in fold_name(_norm(name)).replace(",", "").split() if w not in _NAME_SUFFIX]
    if len(words) < 2 or words[-1] in _ORG_WORDS:  # "Wagner Group" is no Mr. Group
        return []
    keys = []
    for i in range(1, len(words) - 1):
        if words[i] in _PARTICLES:
            keys.append(" ".join(words[i:]))
            break
    last = words[-1]
    keys.append(last)
    for prefix in ("al-", "el-"):
        if last.startswith(prefix) and len(last) > len(prefix) + 2:
            keys.append(last[len(prefix):])
    return [k for k in keys if len(k) > 2 and k not in _NOT_A_SURNAME]


def _surname_table(rows) -> dict[str, tuple[str, ...]]:
    """Surname -> the codes of the people of ``rows`` who carry it."""
    codes: dict[str, set[str]] = {}
    for row in rows:
        code = row[0].upper()
        if len(row) < 2 or not row[1] or code[:3] in _NO_FAMILY_NAME or code[3:6] in ("MED", "NGO", "LAB") or (
                code.startswith(("IGO", "NGO")) and " " not in row[1]):
            continue
        if code[:3] in _FAMILY_FIRST:
            words = fold_name(_norm(row[1])).split()
            first = words[0] if len(words) > 1 and words[0] not in _WESTERN_GIVEN else None
            keys = [first] if first and len(first) > 2 and first not in _NOT_A_SURNAME | _COMMON_FAMILY else []
            if not first and len(words) > 1:
                keys = _surname_keys(row[1])
        else:
            keys = _surname_keys(row[1])
        for key in keys:
            codes.setdefault(key, set()).add(code)
    return {key: tuple(sorted(found)) for key, found in codes.items()}


def _is_acronym(s: str) -> bool:
    letters = s.replace(".", "")
    return len(letters) <= 4 and letters.isupper()


_extra_countries: set[str] = set()


@lru_cache(maxsize=1)
def code_tables() -> _Tables:
    exact: dict[str, tuple[str, str]] = {}
    cased: dict[str, tuple[str, str]] = {}
    for row in data_rows("countries.tsv"):
        iso = row[0]
        for col, kind in ((1, "name"), (2, "adj"), (3, "capital"), (4, "place")):
            for alt in alternatives(row[col]) if len(row) > col else []:
                if _is_acronym(alt):
                    cased.setdefault(alt, (iso, kind))
                else:
                    exact.setdefault(alt.lower(), (iso, kind))
    igo: dict[str, str] = {}
    igo_cased: dict[str, str] = {}
    for row in data_rows("igos.tsv"):
        for alt in alternatives(row[1]):
            if _is_acronym(alt) or (" " not in alt and alt[:1].isupper() and alt[1:].islower()):
                igo_cased[alt] = row[0]  # "Amnesty" the group, not an amnesty
            else:
                igo[alt.lower()] = row[0]
    # user actor rows whose code is a bare three-letter country code name countries
    # (e.g. places newsgraph's table lacks): "Valdoria<TAB>VAL" makes "Valdoria's army" VALMIL
    for path in user_actor_files():
        for row in read_rows(path):
            if len(row) >= 2 and len(row[0]) == 3 and row[0].isalpha() and row[0].isupper():
                for alt in [row[1], *(alternatives(row[2]) if len(row) > 2 else [])]:
                    if alt:
                        exact.setdefault(alt.lower(), (row[0], "name"))
                        _extra_countries.add(row[0])
    lower_part = phrase_alternation(exact)
    cased_part = phrase_alternation(cased)
    # names are capitalised: "turkey" and "china" in lower case are a bird and porcelain
    country_rx = re.compile(rf"(?<![\w.])(?=[A-Z])(?:(?i:{lower_part})|{cased_part})(?![\w])")
    igo_rx = re.compile(rf"(?<![\w.])(?:(?i:{phrase_alternation(k for k in igo if k not in ('brussels', 'the alliance', 'security council'))})"
                        rf"|{phrase_alternation(k for k in igo_cased if k != 'Brussels')})(?![\w])")
    sector_of: dict[str, str] = {}
    for sector, phrase in data_rows("sectors.tsv"):
        sector_of.setdefault(phrase.lower(), sector)
    sector_rx = re.compile(rf"\b(?:{phrase_alternation(sector_of)})\b", re.I)
    people: dict[str, str] = {}
    # later rows override earlier ones: people.tsv, then actors.tsv, then the user's files
    packaged = [*data_rows("people.tsv"), *data_rows("actors.tsv")]
    user_rows = [tuple(r) for path in user_actor_files() for r in read_rows(path)]
    for row in [*packaged, *user_rows]:
        if len(row) < 2:
            continue
        code = row[0].upper()
        for alt in [row[1], *(alternatives(row[2]) if len(row) > 2 else [])]:
            if alt:
                people[fold_name(_norm(alt))] = code
    surnames = _surname_table(packaged)
    surnames.update(_surname_table(user_rows))
    inst: dict[str, str] = {}
    one_word: set[str] = set()  # "Congress", "Senate": capitalised only (not a party congress)
    for row in data_rows("institutions.tsv"):
        for alt in [row[1], *(alternatives(row[2]) if len(row) > 2 else [])]:
            if alt:
                inst[_norm(alt).lower()] = row[0].upper()
                people.setdefault(fold_name(_norm(alt)), row[0].upper())
                if " " not in _norm(alt) and len(alt) > 3:
                    one_word.add(_norm(alt))
    several = (k for k in inst if len(k) > 3 and " " in k)
    inst_rx = re.compile(rf"(?<![\w.])(?:(?i:{phrase_alternation(several)})|{phrase_alternation(one_word)})(?![\w])")
    cue = {row[1]: row[0].upper() for row in data_rows("country_cues.tsv") if len(row) < 3 or row[2] in ("", "strong")}
    # "Special Representative", "High Representative", "Trade Representative" are not US congressmen
    # other countries' parties: "Social Democrats", "Peoples Democratic Party", "Republican People's Party"
    cue_rx = re.compile(rf"(?<![\w.])(?<!Special )(?<!High )(?<!Trade )(?<!Permanent )(?<!Social )(?<!Christian )"
                        rf"(?<!Free )(?<!Peoples )(?<!People's )(?<!People’s )(?<!New )(?<!Irish )(?<!National )"
                        rf"(?:{phrase_alternation(cue)})(?![\w])(?!\s+(?:Guards?|People's|People’s|Army|Movement|Republic|Unionist|Forces|Alliance|Front|Union|Party of)\b)")
    # known people inside a longer name: "the Trump administration", "Obama's White House"
    people_rx = re.compile(rf"(?<![\w.])(?i:{phrase_alternation(k for k in people if len(k) > 3 and ' ' not in k)})"
                           rf"(?=(?:'s|’s)?\s)")
    return _Tables(exact, cased, country_rx, igo, igo_cased, igo_rx, sector_rx, sector_of, people, inst_rx, inst,
                   cue_rx, cue, people_rx, surnames)


@lru_cache(maxsize=1 << 16)
def strip_name(text: str) -> str:
    """The name without spacing variants, a closing possessive or a leading 'the' (remembered: the same few
    names are looked up many times on a page, against several tables)."""
    t = _norm(text)
    t = _POSSESSIVE.sub("", t)
    return _LEADING_THE.sub("", t)


def _remembered(kind: str):
    """A look-up of one name in the loaded tables, remembered across documents as ``sector_of`` is (the same
    names are looked up again and again: 'Mr. Trump' by every step that meets him)."""
    def wrap(look_up):
        @wraps(look_up)
        def remembered(text):
            memo = _memo(kind, code_tables())
            try:
                return memo[text]
            except KeyError:
                found = memo[text] = look_up(text)
                return found
        return remembered
    return wrap


@_remembered("country")
def _country_hit(text: str) -> tuple[str, str] | None:
    """(ISO3, kind) when ``text`` as a whole is a country name, adjective or capital."""
    t = code_tables()
    s = strip_name(text)
    if not s or not s[0].isupper():
        return None
    hit = t.exact_cased.get(s) or t.exact.get(s.lower())
    if hit is None and s.lower().startswith("the "):
        hit = t.exact.get(s.lower()[4:])
    if hit is None:
        hit = t.exact.get(("the " + s).lower())
    return hit


@lru_cache(maxsize=1)
def _outlets() -> frozenset[str]:
    """Folded names of the news outlets and agencies of ``outlets.tsv`` (with their capitalised aliases,
    not web domains or short codes in lower case), without a leading "the"."""
    names = set()
    for row in data_rows("outlets.tsv"):
        if not row or row[0] == "name":
            continue
        for form in (row[0], *(alternatives(row[2]) if len(row) > 2 else ())):
            if form[:1].isupper() and "." not in form.rstrip("."):
                names.add(fold_name(strip_name(form)))
    return frozenset(names)


def reload_actor_files() -> None:
    """Forget the loaded tables, so a changed ``NEWSGRAPH_ACTORS`` takes effect."""
    code_tables.cache_clear()
    _country_codes.cache_clear()


def country_of(text: str) -> str | None:
    """ISO3 code for a country name, nationality adjective or capital in ``text`` ("Chinese" -> CHN).

    A whole-string match wins; otherwise the first country named anywhere in the text
    ("China's defense minister" -> CHN).
    """
    if not text:
        return None
    hit = _country_hit(text)
    if hit:
        return hit[0]
    m = code_tables().country_rx.search(_norm(text))
    if not m:
        return None
    found = _country_hit(m.group(0))
    return found[0] if found else None


def country_kind(text: str) -> tuple[str, str] | None:
    """(ISO3, kind) when ``text`` is a country's name ("name"), adjective ("adj"), capital or seat
    of government ("capital") or a large city or region ("place")."""
    return _country_hit(text) if text else None


def institution_code(text: str) -> str | None:
    """Code of the institution or party institutions.tsv names exactly by ``text`` ('ANC' -> ZAFPTY), else None."""
    return code_tables().inst.get(strip_name(text).lower()) if text else None


def igo_of(text: str) -> str | None:
    """IGO code for an international organisation named in ``text`` ("NATO" -> IGOWSTNAT)."""
    if not text:
        return None
    t = code_tables()
    s = strip_name(text)
    code = t.igo_cased.get(s) or t.igo.get(s.lower())
    if code:
        return code
    m = t.igo_rx.search(_norm(text))
    if not m:
        return None
    g = m.group(0)
    return t.igo_cased.get(g) or t.igo.get(g.lower())


# Answers of sector_of and code_entity, kept across documents while the tables they were read from
# stay the same object (reload_actor_files or a code_tables.cache_clear gives new tables, then fresh memos):
# the same titles and names come back sentence after sentence and article after article.
_MEMO: dict[str, dict] = {"sector": {}, "entity": {}, "country": {}, "person": {}, "surname": {}}
_MEMO_FROM: list = [None]
MEMO_MAX = 200_000


def _memo(kind: str, tables: _Tables) -> dict:
    if _MEMO_FROM[0] is not tables:
        for m in _MEMO.values():
            m.clear()
        _MEMO_FROM[0] = tables
    memo = _MEMO[kind]
    if len(memo) > MEMO_MAX:
        memo.clear()
    return memo


def sector_of(text: str | None) -> str | None:
    """Sector code for the office or title named in ``text`` ("defense minister" -> MIL): a phrase
    ending the text (its head: "government forces" -> MIL) wins, then the longest."""
    if not text:
        return None
    t = code_tables()
    memo = _memo("sector", t)
    try:
        return memo[text]
    except KeyError:
        found = memo[text] = _sector_of(t, text)
        return found


def _sector_of(t: _Tables, text: str) -> str | None:
    norm = _norm(text).rstrip(" .,;:")
    best = None
    best_key = (-1, -1)
    for m in t.sector_rx.finditer(norm):
        key = (m.end() == len(norm), len(m.group(0)))  # the head of the phrase first, then the longest
        if key > best_key:
            best, best_key = m.group(0), key
    sector = t.sector_of.get(best.lower()) if best else None
    return None if sector == "NONE" else sector  # NONE rows: a phrase that only looks like a body


# titles and descriptions before a name, longest first ("Secretary of State" before "Secretary")
_HONORIFIC = re.compile(r"^(?:(?:"
                        r"senate majority leader|senate minority leader|secretary of state|attorney general|"
                        r"defence minister|defense minister|foreign minister|prime minister|representative|"
                        r"vice president|house speaker|crown prince|chairwoman|chancellor|ayatollah|president|secretary|"
                        r"ukrainian|american|canadian|chairman|governor|incoming|japanese|minister|outgoing|british|"
                        r"chinese|current|iranian|israeli|justice|mexican|premier|russian|senator|speaker|turkish|acting|"
                        r"former|french|german|indian|leader|sheikh|u\.s\.|judge|mayor|queen|king|late|pope|prof|then|"
                        r"adm|col|gen|gov|mrs|rep|sen|sgt|dr|lt|mr|ms|us"
                        r")\.?\s+)+", re.I)
_MIDDLE_INITIAL = re.compile(r"\s+[A-Z]\.\s+")


@_remembered("person")
def known_person(name: str) -> str | None:
    """Code from the packaged or user actor files for a person's name or known alias
    (honorifics and middle initials aside: "Mr. Trump", "Donald J. Trump")."""
    if not name:
        return None
    people = code_tables().people
    base = strip_name(name)
    for cand in (base, _HONORIFIC.sub("", base), _MIDDLE_INITIAL.sub(" ", _HONORIFIC.sub("", base))):
        code = people.get(fold_name(cand))
        if code:
            return code
    return None


@_remembered("surname")
def person_by_surname(name: str) -> str | None:
    """Code for a bare surname ("Mr. Labrador", "Steele") that only people of one country in the
    people files carry: the person's code when one person has it, else the country ("Bush")."""
    if not name:
        return None
    bare = _HONORIFIC.sub("", strip_name(name)).strip()
    if not bare or " " in bare and not any(p + " " in fold_name(bare) for p in _PARTICLES):
        return None
    key = fold_name(bare)
    found = () if key in _SHARED_SURNAME else code_tables().surnames.get(key, ())
    if len(found) == 1:
        return found[0]
    if found and len({c[:3] for c in found}) == 1 and not found[0].startswith(("IGO", "NGO")):
        return found[0][:3]
    return None


def surname_candidates(name: str) -> tuple[str, ...]:
    """Codes of every person of the people files whose surname ``name`` is ("Steele": the RNC chair
    and the British spy), for the document's context to choose from."""
    if not name:
        return ()
    bare = _HONORIFIC.sub("", strip_name(name)).strip()
    if not bare or " " in bare and not any(p + " " in fold_name(bare) for p in _PARTICLES):
        return ()
    return code_tables().surnames.get(fold_name(bare), ())


def _described_nationality(name: str) -> str | None:
    """Country of a nationality adjective describing a person before the name ("Saudi dissident
    X", "Iranian cleric X"); a country's name inside a person's name is no nationality ("Jordan
    Peterson")."""
    norm = _norm(name)
    for m in code_tables().country_rx.finditer(norm):
        hit = _country_hit(m.group(0))
        if hit and hit[1] == "adj" and m.end() < len(norm) and len(norm[m.end():].split()) >= 2:
            return hit[0]
    return None


def _country_cue(*texts: str | None) -> str | None:
    """Code of the first country cue (country_cues.tsv: "Sen.", "Republicans") in the texts."""
    t = code_tables()
    for text in texts:
        if text:
            m = t.cue_rx.search(text)
            if m:
                return t.cue[m.group(0)]
    return None


def _split(code: str) -> tuple[str | None, str | None]:
    if code.startswith(("IGO", "NGO")):
        return None, code[:3]
    if len(code) >= 3 and code[:3].isalpha() and code[:3].isupper() and _is_country_code(code[:3]):
        return code[:3], (code[3:6] or None)
    return None, code[:3] or None


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    return frozenset(r[0] for r in data_rows("countries.tsv"))


def _is_country_code(code: str) -> bool:
    return code in _country_codes() or (code in _extra_countries and code_tables() is not None)


def is_country_code(code: str) -> bool:
    """True for an ISO3 code newsgraph's country table (or the user's actor file) knows ("CHN")."""
    code_tables()
    return code in _country_codes() or code in _extra_countries


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
        m = t.inst_rx.search(_norm(text))
        if m:
            return t.inst[m.group(0).lower()]
        m = t.people_rx.search(fold_name(_norm(text)) + " ")
        if m:
            code = t.people[m.group(0).lower()]
            if code[3:6] in _MEMBER_SECTORS or code.startswith(("IGO", "NGO")):
                return code
    return None


def code_entity_memo(name: str, ent_type: str, title: str | None = None,
                     context: str | None = None) -> tuple[str | None, str | None, str | None]:
    """code_entity, remembered while the actor tables stay the same (an error is not remembered)."""
    memo = _memo("entity", code_tables())
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
            ent_type == "GPE" and (_country_hit(name) or country_of(name))):
        # the parser sometimes labels "Grassley's" an organisation, "Labrador" (no place we know) a place
        person = person_by_surname(name)
    if person and not title:
        country, sector = _split(person)
        return country, sector, person
    if person is None and not title and ent_type == "ORG" and strip_name(name)[:1].isupper() and fold_name(strip_name(name)) in _outlets():
        return None, "MED", "MED"  # a news outlet no actor file places ("the Weekly Standard"): the story's country may
    titled = ent_type == "PERSON" and sector_of(name) is not None  # "French President Jacques Chirac"
    igo = igo_of(name) if ent_type != "PERSON" or titled else None
    if igo and not (country_of(name) and ent_type == "GPE"):
        return None, igo[:3], igo
    hit = _country_hit(name)
    country = hit[0] if hit else None
    sector = sector_of(title) or (sector_of(name) if titled else None)
    if hit and hit[1] == "capital" and sector is None:
        sector = sector_of(name) or "GOV"  # "the Pentagon" -> MIL, "Beijing" -> GOV
    if country is None and (ent_type != "PERSON" or titled):
        country = country_of(name)
    if country is None and ent_type == "PERSON" and not person:
        country = _described_nationality(name)  # "Iranian cleric Ali Ahmadi"
    if country == "GEO" and "Georgia" in name and "Georgian" not in name and (_country_cue(name, title, context) or "")[:3] == "USA":
        country = "USA"  # "Georgia Republicans": the US state
    if sector is None and not hit and ent_type != "PERSON":
        m = code_tables().inst_rx.search(_norm(name)) if ent_type == "ORG" else None
        if m:  # "the Federal Reserve Bank of New York": the institution, not a bank
            inst_code = code_tables().inst[m.group(0).lower()]
            country, sector = country or inst_code[:3], inst_code[3:6] or None
        else:
            sector = sector_of(name)
    if country is None and ent_type != "PERSON":
        m = code_tables().inst_rx.search(_norm(name))  # "Senate Republicans" -> USA
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
        m = code_tables().people_rx.search(fold_name(_norm(name)))  # "the Trump administration" -> USA
        if m:
            country = _split(code_tables().people[m.group(0).lower()])[0]
    if country is None:
        cue = _country_cue(name, title, context)
        if cue:
            country, sector = cue[:3], sector or cue[3:6] or None
    if sector is None and ent_type == "ORG" and _ADVOCACY_NAME.search(name) and not _STATE_BODY_NAME.search(name):
        sector = "NGO"  # "the Center for Biological Diversity", "the Alliance Against Defamation": a cause group
    if sector is None and ent_type in ("ORG", "NOUN", "") and _BUSINESS_NAME.search(_POSSESSIVE.sub("", _norm(name))):
        sector = "BUS"  # "Dick Clark Productions"
    if sector in ("CVL", "ELI", "MED", "BUS", "EDU") and ent_type == "PERSON" and person is None and not title:
        sector = None
    if country is None and sector and _UNNAMED_SOURCE.search(name):
        sector = None  # "the spokesperson", "a senior official": an unnamed source, no actor code
    code = (country or "") + (sector or "") if (country or sector) else None
    return country, sector, code


def phrase_country(tok) -> str | None:
    """The country a title phrase names in its modifiers ("the Valdorian defense chief", "China's envoy")."""
    for c in tok.lefts:
        if c.dep_ in ("compound", "amod", "nmod", "poss") and c.text[:1].isupper() and len(c.text) > 2:
            try:
                code = country_of(c.text)
            except Exception:  # the coder's tables are data: never fail resolution on them
                code = None
            if code:
                return code
    return None
