"""The actor tables, loaded once from the data files: ``countries.tsv`` (names, adjectives, capitals),
``igos.tsv``, ``sectors.tsv`` (titles and offices -> sector), ``people.tsv`` and ``actors.tsv`` (well-known
people), ``institutions.tsv``, ``country_cues.tsv`` and ``outlets.tsv``, extended by the user's own actor files
(``NEWSGRAPH_ACTORS``); and the memos that remember look-ups in them while the tables stay the same object.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, wraps

from ..lexicons import alternatives, data_rows, read_rows, user_actor_files
from .actor_names import fold_name, norm_spaces, strip_name, surname_table
from .phrase_regex import phrase_alternation


@dataclass(frozen=True)
class ActorTables:
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


def _is_acronym(s: str) -> bool:
    letters = s.replace(".", "")
    return len(letters) <= 4 and letters.isupper()


_extra_countries: set[str] = set()


@lru_cache(maxsize=1)
def code_tables() -> ActorTables:
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
                people[fold_name(norm_spaces(alt))] = code
    surnames = surname_table(packaged)
    surnames.update(surname_table(user_rows))
    inst: dict[str, str] = {}
    one_word: set[str] = set()  # "Congress", "Senate": capitalised only (not a party congress)
    for row in data_rows("institutions.tsv"):
        for alt in [row[1], *(alternatives(row[2]) if len(row) > 2 else [])]:
            if alt:
                inst[norm_spaces(alt).lower()] = row[0].upper()
                people.setdefault(fold_name(norm_spaces(alt)), row[0].upper())
                if " " not in norm_spaces(alt) and len(alt) > 3:
                    one_word.add(norm_spaces(alt))
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
    return ActorTables(exact, cased, country_rx, igo, igo_cased, igo_rx, sector_rx, sector_of, people, inst_rx, inst,
                   cue_rx, cue, people_rx, surnames)


# Answers of sector_of and code_entity, kept across documents while the tables they were read from
# stay the same object (reload_actor_files or a code_tables.cache_clear gives new tables, then fresh memos):
# the same titles and names come back sentence after sentence and article after article.
_MEMO: dict[str, dict] = {"sector": {}, "entity": {}, "country": {}, "person": {}, "surname": {}}
_MEMO_FROM: list = [None]
MEMO_MAX = 200_000


def table_memo(kind: str, tables: ActorTables) -> dict:
    if _MEMO_FROM[0] is not tables:
        for m in _MEMO.values():
            m.clear()
        _MEMO_FROM[0] = tables
    memo = _MEMO[kind]
    if len(memo) > MEMO_MAX:
        memo.clear()
    return memo


def remembered(kind: str):
    """A look-up of one name in the loaded tables, remembered across documents (the same
    names are looked up again and again: 'Mr. Trump' by every step that meets him)."""
    def wrap(look_up):
        @wraps(look_up)
        def answer(text):
            memo = table_memo(kind, code_tables())
            try:
                return memo[text]
            except KeyError:
                found = memo[text] = look_up(text)
                return found
        return answer
    return wrap


@lru_cache(maxsize=1)
def outlet_names() -> frozenset[str]:
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


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    return frozenset(r[0] for r in data_rows("countries.tsv"))


def is_country_code(code: str) -> bool:
    """True for an ISO3 code newsgraph's country table (or the user's actor file) knows ("CHN")."""
    code_tables()
    return code in _country_codes() or code in _extra_countries
