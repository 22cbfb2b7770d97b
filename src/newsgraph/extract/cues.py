"""Lexicons for reported speech and people's titles, loaded once from ``newsgraph/data``."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


def _load(name: str) -> dict:
    with (DATA / name).open(encoding="utf-8") as fh:
        return json.load(fh)


@dataclass(frozen=True, eq=False)
class SpeechCues:
    clause_verbs: frozenset[str]
    object_verbs: frozenset[str]
    clause_only_verbs: frozenset[str]
    report_subject_verbs: frozenset[str]
    belief_verbs: frozenset[str]
    cue_nouns: frozenset[str]
    document_nouns: frozenset[str]
    channel_nouns: frozenset[str]
    channel_names: frozenset[str]
    quote_only_verbs: frozenset[str]
    roles: dict[str, frozenset[str]]

    def is_verb_cue(self, lemma: str) -> bool:
        return lemma in self.clause_verbs or lemma in self.object_verbs


@dataclass(frozen=True, eq=False)
class PersonWords:
    titles: frozenset[str]
    male: frozenset[str]  # honorifics and role nouns that mark a man
    female: frozenset[str]
    male_first: frozenset[str]
    female_first: frozenset[str]
    plural_person_heads: frozenset[str]
    honorifics: frozenset[str]
    abbreviations: dict[str, str]
    group_nouns: frozenset[str]
    anonymous_roles: frozenset[str]
    government_seats: frozenset[str] = frozenset()  # 'Downing Street', 'the Kremlin': places that speak
    person_nouns: frozenset[str] = frozenset()  # 'a nurse', 'a witness': people by role or walk of life
    body_nouns: frozenset[str] = frozenset()  # 'the hospital group', 'the utility': an unnamed body a pronoun may stand for
    title_broader: dict[str, tuple[str, ...]] = field(default_factory=dict)  # 'representative' -> ('lawmaker', ...)
    company_nouns: frozenset[str] = frozenset()  # 'the tech giant', 'the retailer': heads that stand for a business
    title_initialisms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # 'pm' -> ('prime', 'minister')
    leader_offices: frozenset[str] = frozenset()  # 'president', 'chancellor': offices that lead a state or city
    offices_known_alone: frozenset[str] = frozenset()  # 'the prime minister', 'the pope': known by the office
    office_verbs: frozenset[str] = frozenset()  # 'appoint', 'become': verbs that give the person named an office
    generic_office_words: frozenset[str] = frozenset()  # 'official', 'diplomat': what any office holder may be called
    serving_roles: frozenset[str] = frozenset()  # 'spokesman', 'lawyer': who speaks for the person their phrase names
    separate_offices: frozenset[str] = frozenset()  # 'judge', 'speaker': never an untitled person the page names

    def expand(self, word: str) -> str:
        """'sen' -> 'senator', 'spokeswoman' -> 'spokesperson': the word a later description uses."""
        return self.abbreviations.get(word, word)


@lru_cache(maxsize=1)
def speech_cues() -> SpeechCues:
    d = _load("speech_cues.json")
    return SpeechCues(*(frozenset(d[k]) for k in (
        "clause_verbs", "object_verbs", "clause_only_verbs", "report_subject_verbs", "belief_verbs",
        "cue_nouns", "document_nouns", "channel_nouns", "channel_names", "quote_only_verbs")),
        roles={k: frozenset(v) for k, v in d["roles"].items()})


@lru_cache(maxsize=1)
def person_words() -> PersonWords:
    d = _load("person_titles.json")
    hon = set(d["honorifics_male"]) | set(d["honorifics_female"])
    return PersonWords(
        titles=frozenset(d["titles"]) | hon,
        male=frozenset(d["honorifics_male"]) | frozenset(d["male_words"]),
        female=frozenset(d["honorifics_female"]) | frozenset(d["female_words"]),
        male_first=frozenset(d["male_first_names"]),
        female_first=frozenset(d["female_first_names"]),
        plural_person_heads=frozenset(d["plural_person_heads"]),
        honorifics=frozenset(hon),
        abbreviations=dict(d["abbreviations"]),
        group_nouns=frozenset(d["group_nouns"]),
        anonymous_roles=frozenset(d["anonymous_roles"]),
        government_seats=frozenset(d.get("government_seats", ())),
        person_nouns=frozenset(d.get("person_nouns", ())),
        body_nouns=frozenset(d.get("body_nouns", ())),
        title_broader={k: tuple(v) for k, v in d.get("title_broader", {}).items() if not k.startswith("_")},
        company_nouns=frozenset(d.get("company_nouns", ())),
        title_initialisms={k: tuple(v) for k, v in d.get("title_initialisms", {}).items()},
        leader_offices=frozenset(d.get("leader_offices", ())),
        offices_known_alone=frozenset(d.get("offices_known_alone", ())),
        office_verbs=frozenset(d.get("office_verbs", ())),
        generic_office_words=frozenset(d.get("generic_office_words", ())),
        serving_roles=frozenset(d.get("serving_roles", ())),
        separate_offices=frozenset(d.get("separate_offices", ())),
    )


@lru_cache(maxsize=1)
def portfolio_words() -> frozenset[str]:
    """Lower-case words that name an office's portfolio in a description ('foreign' of "Norland's foreign
    minister", 'attorney'): data/person_titles.json portfolio and title words. Other adjectives ('outspoken',
    'appointed') name none."""
    d = _load("person_titles.json")
    return frozenset(w.lower() for w in (*d.get("portfolio_words", ()), *d["titles"]))


FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})  # the fine tags of a finite verb: past, present, modal


def norm_word(text: str) -> str:
    """Lower case without dots: 'Sen.' -> 'sen'."""
    return text.lower().replace(".", "")
