"""The word lists a name is read against: the given names we know (person_titles.json, data/given_names.tsv, and
their accented forms) and the words that end an organisation's name ('Group', 'Council', 'Ltd')."""
from __future__ import annotations

from functools import lru_cache

from ..lexicons import data_rows
from .actor_names import fold_name
from .cues import person_words

ORG_WORDS = frozenset({"inc", "corp", "co", "llc", "ltd", "group", "university", "college", "institute", "foundation",
                       "center", "centre", "council", "committee", "department", "agency", "association", "bank",
                       "party", "news", "times", "post", "journal", "network", "media", "fund", "trust", "society",
                       "church", "school", "court", "house", "senate", "office", "bureau", "service", "services"})


def is_given_name(word: str) -> bool:
    """Whether ``word`` is one of the common given names of person_titles.json, or a given name we know written
    with accents ('António', 'José', 'Frédéric')."""
    words = person_words()
    low = word.lower()
    if low in words.male_first or low in words.female_first:
        return True
    plain = fold_name(word)
    return plain != low and (plain in words.male_first or plain in words.female_first or plain in given_names())


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Given name -> 'f' / 'm' (data/given_names.tsv), beyond the few in person_titles.json."""
    return {row[0]: row[1] for row in data_rows("given_names.tsv") if len(row) >= 2 and row[0] != "name"}


@lru_cache(maxsize=1)
def _world_given_names() -> dict[str, str]:
    """Given name -> 'f' / 'm' of data/given_names_world.tsv (agency copy's names: 'Meenakshi', 'Recep', 'Olena')."""
    out: dict[str, str] = {}
    for row in data_rows("given_names_world.tsv"):
        if len(row) >= 2 and row[0] != "name":
            if row[0] in out:  # one sex a name: a repeated row would silently overwrite the first
                raise ValueError(f"given_names_world.tsv: {row[0]!r} listed twice")
            out[row[0]] = row[1]
    return out


def given_sex(word: str) -> str | None:
    """'f' / 'm' for a lower-case given name of data/given_names.tsv or data/given_names_world.tsv (accents folded
    for the second: 'süleyman', 'félix'); only the sex of a name's first word, never whether a word is a name."""
    sex = given_names().get(word)
    if sex is None:
        world = _world_given_names()
        sex = world.get(word) or world.get(fold_name(word))
    return sex
