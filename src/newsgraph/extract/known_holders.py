"""Speakers given only by office ('the Egyptian President said', 'a Foreign Ministry spokesperson said', "Turkey's
foreign minister says", 'The World Health Organization's emergencies chief says') named from who held that office.

The annotation rules give such words to the fullest name the page gives that person anywhere; a description stays
only when the page never names them. ``speaker_labels`` and ``office_speakers`` link an office to a person when the
page writes the two side by side ('Foreign Minister X'); many pages never do ('Turkey's foreign minister says ...
X said the two sides ...'). Here the knowledge of who held which office (``data/office_holders.tsv``; the office words
in ``data/office_words.json``) links them: a description whose office (and country or organisation, when it names
one) is held, in the page's year when the page has a date (else as the last office a person held), by exactly one
person the page names becomes that person.
Never a name the page does not contain; a description naming no country is not given to someone the page titles
with a country ('The Prime Minister' of a readout is the page's own, not the Australian Prime Minister it names),
nor when the page writes that office beside the person in one sentence (then the office is someone else's). Runs
once, after every other speaker rule, on speakers still written as a description."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import alternatives, data_json, data_rows
from ..model import Quote, Speaker
from .actor_countries import country_kind
from .actor_names import strip_name
from .actor_tables import code_tables
from .cues import person_words
from .speaker_descriptions import description_like
from .speaker_labels import names_country, office_beside, titled_people

WORD = re.compile(r"[A-Za-z][\w.\u2019'&-]*")
WINDOW = 4  # words of the longest country or organisation name read in a description
COUNTRY_KINDS = ("name", "adj", "capital")


@dataclass(frozen=True)
class Holding:
    person: int  # index of the person (one per distinct name) in the table
    name: str
    offices: frozenset[str]
    body: str
    start: int
    end: int  # 9999 while in office


@lru_cache(maxsize=1)
def _words() -> dict:
    return data_json("office_words.json")


@lru_cache(maxsize=4)
def _word_set(key: str) -> frozenset[str]:
    """A word list of office_words.json as a set ('name_honorifics', 'plural_words')."""
    return frozenset(_words()[key])


def _fold(text: str) -> tuple[str, ...]:
    """A person's name as lower-case words without accents, honorifics, dots, hyphens or a transcript's editorial
    brackets ('Dr. Michael Ryan' -> ('michael', 'ryan'), 'Mevlüt Çavuşoğlu' -> ('mevlut', 'cavusoglu'),
    'Mr. [Jo] Roe' -> ('jo', 'roe'))."""
    text = text.replace("\u0131", "i").replace("\u2019", "'").replace("[", " ").replace("]", " ")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    toks = [t for t in re.split(r"[\s\-.]+", text) if t]
    honorifics = _word_set("name_honorifics")
    return tuple(t for t in toks if t not in honorifics)


@lru_cache(maxsize=1)
def _table():
    """(person id -> holdings, full name -> person ids, one-word name -> person ids) of data/office_holders.tsv."""
    return build_table(data_rows("office_holders.tsv"))


def build_table(rows):
    """(person id -> holdings, full name -> person ids, one-word name -> person ids) of office-holder rows (office,
    body, from, to, name, aliases)."""
    holdings: dict[int, list[Holding]] = {}
    people: dict[tuple[str, ...], int] = {}
    full: dict[tuple[str, ...], set[int]] = {}
    single: dict[str, set[int]] = {}
    for row in rows:
        offices, body, start, end, name = row[:5]
        aliases = alternatives(row[5]) if len(row) > 5 else []
        key = _fold(name)
        pid = people.setdefault(key, len(people))
        holdings.setdefault(pid, []).append(Holding(pid, name, frozenset(alternatives(offices)), body, int(start),
                                                    int(end) if end else 9999))
        for n in [name, *aliases]:
            f = _fold(n)
            if not f:
                continue
            full.setdefault(f, set()).add(pid)
            if len(f) == 1:
                single.setdefault(f[0], set()).add(pid)
        if len(key) > 1 and len(key[-1]) > 3:
            single.setdefault(key[-1], set()).add(pid)  # 'Guterres', 'Cavusoglu'
    return holdings, full, single


def _persons_of(name: str) -> set[int]:
    """Table people a page's name stands for: the full name or an alias, a lone surname no other person of the
    table shares, or the same first and last word with every word of the shorter name ('Sheikh Abdullah bin Zayed
    bin Sultan Al Nahyan')."""
    _, full, single = _table()
    f = _fold(name)
    if not f:
        return set()
    if f in full:
        return set(full[f])
    if len(f) == 1:
        found = single.get(f[0], set())
        return set(found) if len(found) == 1 else set()
    found = {p for k, ps in full.items() if len(k) > 1 and k[0] == f[0] and k[-1] == f[-1] and
             (set(k) <= set(f) or set(f) <= set(k)) for p in ps}  # not 'Hamad bin Jassim' for 'Hamad bin Khalifa'
    return found if len(found) == 1 else set()


def _body_of(window: str) -> tuple[str, str] | None:
    """(body code, words kept for the office) when ``window`` names a body: a party or bank of office_words.json,
    a country (name, adjective or seat of government), or an organisation of igos.tsv."""
    s = strip_name(window)
    low = s.lower()
    extra = _words()["bodies"].get(low)
    if extra:
        return extra[0], extra[1]
    hit = country_kind(s)
    if hit is None and low.endswith("s") and len(s) > 4:
        hit = country_kind(s[:-1])  # 'Turkeys foreign minister'
        hit = hit if hit and hit[1] == "name" else None
    if hit and hit[1] in COUNTRY_KINDS:
        return hit[0], ""
    t = code_tables()
    code = t.igo_cased.get(s) or t.igo.get(low)
    return (code, "") if code else None


def _bare(word: str) -> str:
    w = word.lower().replace("\u2019", "'")
    for end in ("'s", "'"):
        if w.endswith(end) and len(w) > len(end):
            return w[:-len(end)]
    return w


def read_description(name: str) -> tuple[frozenset[str], frozenset[str], bool] | None:
    """(office keys, bodies, whether the office leads its body) of a speaker description, or None when the words
    are no office description ('The Egyptian President' -> ({'president'}, {'EGY'}, False); 'UN chief' ->
    (heads of IGOUNO, ...))."""
    words = _words()
    toks = WORD.findall(name)
    plural = _word_set("plural_words")
    if not toks or len(toks) > 12 or any(t.lower() in plural for t in toks):
        return None
    bodies: set[str] = set()
    kept: list[str] = []
    i = 0
    while i < len(toks):
        for n in range(min(WINDOW, len(toks) - i), 0, -1):
            window = " ".join(toks[i:i + n])
            if n == 1 and not toks[i][:1].isupper():
                hit = None  # a country or body is written with a capital ('foreign minister' is no 'Foreign')
            else:
                hit = _body_of(window)
            if hit is not None:
                bodies.add(hit[0])
                kept.extend(hit[1].split())
                i += n
                break
        else:
            kept.append(toks[i])
            i += 1
    spell = words["spellings"]
    skip = set(words["skip"])
    phrase: list[str] = []
    for t in kept:
        for part in re.split(r"-", t):
            w = _bare(part)
            if not w or w in skip:
                continue
            phrase.extend(spell.get(w, w).split())
    if not phrase:
        return None
    offices = words["offices"]
    key = " ".join(phrase)
    if key not in offices:
        trimmed = [w for w in phrase if w not in words["modifiers"]]
        key = " ".join(trimmed)
    head = False
    if key in offices:
        found = set(offices[key])
    elif key in words["head_words"] and bodies:
        found, head = set(), True  # 'UN chief', 'Egyptian leader', 'Labour leader'
    else:
        return None
    implied = words["implied_bodies"].get(key)
    if implied and not bodies:  # 'MEA spokesperson': India's
        bodies.add(implied)
    if not bodies and (head or found & set(words["needs_body"])):
        return None
    return frozenset(found), frozenset(bodies), head


def _body_kind(body: str) -> str:
    if ":" in body:
        return "party"
    return "country" if len(body) == 3 and body.isupper() and not body.startswith(("ECB", "FED")) else "organisation"


def _holds(h: Holding, offices: frozenset[str], bodies: frozenset[str], head: bool, year: int | None) -> bool:
    if bodies and h.body not in bodies and h.body.split(":")[0] not in bodies:
        return False  # a party's office is its country's too ('Zimbabwe's opposition leader')
    if year is not None and not h.start <= year <= h.end:
        return False
    if head:
        return bool(h.offices & set(_words()["head_offices"][_body_kind(h.body)]))
    return bool(h.offices & offices)


def _year(published: str | None) -> int | None:
    m = re.match(r"\s*(\d{4})", published or "")
    return int(m.group(1)) if m and 1990 <= int(m.group(1)) <= 2100 else None


def _page_holders(doc, index, pw) -> list[tuple[object, set[int]]]:
    """(entity, table people) of every named person of the page the table knows, once per document (a name the
    tagger took for an organisation too: 'Guterres', 'De La Calle')."""
    key = "newsgraph.known_holders"
    if key not in doc.user_data:
        found = []
        for ent in index.entities:
            if ent.type not in ("PERSON", "ORG") or not ent.mentions or description_like(ent, pw) or \
                    ent.type == "ORG" and ent.name.isupper():
                continue  # not an organisation's initials ('UN')
            persons = _persons_of(ent.name)
            if persons:
                found.append((ent, persons))
        known = {p for _, persons in found for p in persons}
        found.extend((w, {p}) for w, p in _byline_holders(doc.user_data.get(BYLINES, ())) if p not in known)
        doc.user_data[key] = found
    return doc.user_data[key]


@dataclass(frozen=True, eq=False)
class WrittenHolder:
    """A person of the table the page names only in the byline the cleaner cut (a briefing's 'BY JO ROE, SPOKESMAN
    FOR SECRETARY-GENERAL ANA VELL'): the table's spelling of the name, no entity, no place in the text."""
    name: str
    mentions: tuple = ()
    id: None = None
    type: str = "PERSON"


BYLINES = "newsgraph.bylines"  # doc.user_data: the byline lines the cleaner cut from the page (analyze.analyze_doc)
BYLINE_NAME = 4  # most words of a table name read in a byline


def _byline_holders(bylines) -> list[tuple[WrittenHolder, int]]:
    """(holder, table person) for every full table name of two words or more a cut byline writes."""
    holdings, full, _ = _table()
    out, seen = [], set()
    for line in bylines:
        pieces = [w for m in WORD.finditer(line) for w in _fold(m.group())]
        for i in range(len(pieces)):
            for n in range(min(BYLINE_NAME, len(pieces) - i), 1, -1):
                people = full.get(tuple(pieces[i:i + n]), set())
                if len(people) == 1 and not people & seen:
                    seen |= people
                    p = next(iter(people))
                    out.append((WrittenHolder(holdings[p][0].name), p))
                    break
    return out


def _holder(doc, index, name: str, published: str | None, pw):
    """The one person the page names who held the office ``name`` describes, or None."""
    read = read_description(name)
    if read is None:
        return None
    offices, bodies, head = read
    year = _year(published)
    holdings, _, _ = _table()
    fits = []
    for ent, persons in _page_holders(doc, index, pw):
        mine = [h for p in persons for h in holdings.get(p, ())]
        if year is None:  # no date: a person is known by the office they held last ('Putin' no prime minister)
            last = {p: max(h.end for h in mine if h.person == p) for p in persons}
            mine = [h for h in mine if h.end == last[h.person]]
        held = {h.person for h in mine if _holds(h, offices, bodies, head, year)}
        if held:
            fits.append((ent, frozenset(held)))
    if not fits or len({held for _, held in fits}) != 1 or len(fits[0][1]) != 1:
        return None  # none or several people: 'Morgan Tsvangirai' and 'Tsvangirai' the tagger kept apart are one
    ent = max((e for e, _ in fits), key=lambda e: len(e.name.split()))
    if not bodies:  # a bare office: the page's own, not someone titled with their country, nor beside the office
        titled = next((title for e, title, _ in titled_people(doc, index, pw) if e is ent), set())
        words = [w for w in WORD.findall(name) if w.lower() not in ("the", "a", "an")]
        if names_country(titled) or (words and office_beside(doc, index, " ".join(words), ent)):
            return None
    return ent


def name_known_holders(doc, index, quotes: list[Quote], published: str | None = None) -> None:
    """Give a speaker written as an office description to the one person the page names who held that office
    (module docstring); leave it when none or several did."""
    pw = None
    for q in quotes:
        sp = q.speaker
        if sp is None or not sp.name or sp.start is None and sp.name != sp.mention:
            continue  # (a common-noun subject phrase has no place: 'the PM will call for ...' is read all the same)
        ent = index.entity(sp.entity) if sp.entity is not None else None
        if pw is None:
            pw = person_words()
        if ent is not None and ent.type == "PERSON" and not description_like(ent, pw):
            continue  # a named person
        found = _holder(doc, index, sp.name, published, pw)
        if found is not None:
            q.speaker = Speaker(name=found.name, entity=found.id, mention=sp.mention, start=sp.start, end=sp.end)
