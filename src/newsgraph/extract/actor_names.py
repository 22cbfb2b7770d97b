"""Name folding and surname keys for the actor tables: spacing, accents, a closing possessive or a leading
'the' (``norm_spaces``, ``fold_name``, ``strip_name``), and the surnames by which news names the people of the
actor files ("Bill de Blasio" -> "de blasio", "blasio"; "Wang Yi" -> "wang"), with the surnames that name nobody
in particular. Pure functions of text: no tables are loaded here.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_LEADING_THE = re.compile(r"^the\s+", re.I)
_SPACE = re.compile(r"\s+")


def norm_spaces(text: str) -> str:
    """Runs of white space as one space, curly apostrophes straight, no white space at the ends."""
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
# Family name first: "Wang Yi" is Mr. Wang; the five commonest Chinese family names and the commonest
# Korean and Vietnamese ones name nobody in particular. Burmese names have no family name.
_FAMILY_FIRST = frozenset({"CHN", "TWN", "PRK", "KOR", "VNM", "KHM"})
_NO_FAMILY_NAME = frozenset({"MMR"})
_COMMON_FAMILY = frozenset({"wang", "zhang", "liu", "chen", "yang", "nguyen", "tran", "ban", "choi", "jung"})
_WESTERN_GIVEN = frozenset({"joseph", "john", "carrie", "william", "jimmy", "joshua"})
PARTICLES = frozenset({"de", "da", "van", "von", "der", "le", "la", "del", "di", "du", "bin", "zu", "dos", "das"})
_ORG_WORDS = frozenset({"group", "party", "front", "army", "brigade", "brigades", "movement", "council", "union",
                        "league", "organization", "organisation", "forces", "state", "guard", "rebels", "militia",
                        "haram", "hezbollah", "jihad", "brotherhood", "boys", "pakistan", "colombia", "times", "post",
                        "journal", "news", "mail", "today", "guardian", "press", "jazeera", "center", "centre",
                        "foundation", "parenthood", "association", "teachers", "network", "channel", "agency"})
_NAME_SUFFIX = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})


def surname_keys(name: str) -> list[str]:
    """The ways news names a person by surname: "Bill de Blasio" -> "de blasio", "blasio";
    "Bashar al-Assad" -> "al-assad", "assad"."""
    words = [w for w in fold_name(norm_spaces(name)).replace(",", "").split() if w not in _NAME_SUFFIX]
    if len(words) < 2 or words[-1] in _ORG_WORDS:  # "Wagner Group" is no Mr. Group
        return []
    keys = []
    for i in range(1, len(words) - 1):
        if words[i] in PARTICLES:
            keys.append(" ".join(words[i:]))
            break
    last = words[-1]
    keys.append(last)
    for prefix in ("al-", "el-"):
        if last.startswith(prefix) and len(last) > len(prefix) + 2:
            keys.append(last[len(prefix):])
    return [k for k in keys if len(k) > 2 and k not in _NOT_A_SURNAME]


def surname_table(rows) -> dict[str, tuple[str, ...]]:
    """Surname -> the codes of the people of ``rows`` who carry it."""
    codes: dict[str, set[str]] = {}
    for row in rows:
        code = row[0].upper()
        if len(row) < 2 or not row[1] or code[:3] in _NO_FAMILY_NAME or code[3:6] in ("MED", "NGO", "LAB") or (
                code.startswith(("IGO", "NGO")) and " " not in row[1]):
            continue
        if code[:3] in _FAMILY_FIRST:
            words = fold_name(norm_spaces(row[1])).split()
            first = words[0] if len(words) > 1 and words[0] not in _WESTERN_GIVEN else None
            keys = [first] if first and len(first) > 2 and first not in _NOT_A_SURNAME | _COMMON_FAMILY else []
            if not first and len(words) > 1:
                keys = surname_keys(row[1])
        else:
            keys = surname_keys(row[1])
        for key in keys:
            codes.setdefault(key, set()).add(code)
    return {key: tuple(sorted(found)) for key, found in codes.items()}


@lru_cache(maxsize=1 << 16)
def strip_name(text: str) -> str:
    """The name without spacing variants, a closing possessive or a leading 'the' (remembered: the same few
    names are looked up many times on a page, against several tables)."""
    t = norm_spaces(text)
    t = POSSESSIVE.sub("", t)
    return _LEADING_THE.sub("", t)
