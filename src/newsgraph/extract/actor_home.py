"""The country an article's context fixes for event actors that name none of their own.

A sector-only actor ("the governor" -> GOV, "protesters" -> CVL) or a person no table knows gets
a country from the document, in this order:

1. Domestic pairs: in a sentence that names no other country, a sector-only side of an event
   whose other side is a domestic body (party, legislature, court, police, opposition) or a
   group acting at home (civilians, rebels, unions, students) takes that side's country
   ("Colombian rebels released two soldiers" -> COLMIL, "protesters in Dhaka demanded the
   resignation of the prime minister" -> BGDGOV); so does the target of an arrest or other
   coercion by a country's authorities ("Mexican authorities arrested a cartel leader" ->
   MEXCRM). Civilians hit by violence do not: a foreign army's victims are not its citizens.
2. Places: protests, force posture, coercion and violence happen where the sentence places
   them, when it names one country and by its name, capital or a city, not an adjective
   ("rallied outside parliament in Tbilisi" -> GEOLEG).
3. Home country: the one country the whole document points to. Evidence is every country
   name, capital or city, every person of people.tsv/actors.tsv, every institution
   (institutions.tsv: Congress, the FBI, the Knesset) and every country cue (country_cues.tsv:
   "Sen.", "Republicans", "Downing Street"; US party-state tags "D-Calif."). A short text (a
   few sentences) has a home only when all its evidence points to one country and some of it
   sees that country from inside (its people, institutions, cues or cities: "the investigation
   into the Russia deal" names a topic, not a home); a longer one when one country has at least two mentions and twice as
   many as any other. A text with no evidence at all may still have a weak cue ("the
   governor", "federal authorities", "the sheriff": American). The home country is given only
   when the sentence names no other country, never to an actor named by an office that country
   does not have ("the prime minister" is not American) or to refugees, rebels and gunmen, and
   beside an actor of that same country only to those who do not act abroad: lawmakers,
   voters, reporters ("Clinton told supporters" -> USACVL), offices below the national level
   and "the administration" (never foreign visitors). A person no table knows takes it only when
   the document sees the country from inside (its people, institutions or cities named, not
   only its name or capital): "Ms. Smith praised Sen. Warner" -> USA, but not "Ms. Smith met
   Chinese officials in Beijing" or "Mr. Steele's remarks on the war in Afghanistan".
   Governments and armed forces beside an actor of the home country stay unknown in meetings,
   visits, cooperation, aid and sanctions (the foreign visitor of "met the president at the
   White House"), not in criticism or other domestic quarrels ("Mattis quit over the
   president's policies").

Embassies, ambassadors, envoys and diplomats whose phrase names no country stand for the country
that sent them and get none ("Iraqi protesters stormed the embassy").

A surname several people of the people files share ("Steele": the US party chairman and the
British spy) is the one of the home country. A surname coded as the one listed person who
carries it is somebody else when the document names another person of that surname ("Michael
Webb ... Webb" is not Senator Jim Webb).

Everything is computed once per document (kept in ``doc.user_data``) with precompiled
expressions; a sentence whose actors already have countries costs one check.
"""
from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from ..lexicons import data_rows
from ..model import Actor
from .actor_countries import country_kind
from .actor_names import fold_name
from .actor_people import known_person, person_by_surname, surname_candidates
from .actor_tables import code_tables, is_country_code
from .datelines import datelines
from .phrase_regex import phrase_alternation
from .sentence_view import doc_ents, doc_text, sent_of

SHORT_DOC_SENTENCES = 3
DOMESTIC = frozenset({"PTY", "LEG", "JUD", "COP", "OPP"})
AT_HOME = frozenset({"CVL", "OPP", "REB", "INS", "LAB", "EDU", "AGR"})  # groups that act in their own country
PLACED_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
NEVER_HOME = frozenset({"REF", "REB", "INS", "UAF"})
# offices below the national level and "the administration": never a foreign visitor ("urged the governor to resign")
_LOCAL = re.compile(r"\b(?:governors?|mayors?|sheriffs?|state|county|city|municipal|local|provincial|regional|"
                    r"lieutenant governors?|legislatures?|police|prosecutors?|judges?|courts?|administration)\b", re.I)
# diplomats stand for the country that sent them, which their phrase does not name: never a home country
_DIPLOMATIC = re.compile(r"\b(?:embass(?:y|ies)|ambassadors?|envoys?|consulates?|diplomats?|diplomatic mission)\b", re.I)
# offices and bodies that deal with a foreign country on their own country's behalf
FACING = frozenset({"GOV", "MIL", "SPY", "LEG", "JUD", "COP", "PTY", "OPP"})
ABROAD = frozenset({"GOV", "MIL", "SPY"})  # sectors that act abroad: a foreign visitor may be one of them
INTERNATIONAL_ROOTS = frozenset({"03", "04", "06", "07", "16"})  # meetings, visits, cooperation, aid, sanctions
_KEY = "newsgraph_actor_home"
# seats of government named for the government (not cities): "the White House", "the Kremlin", "Downing Street"
_SEAT = re.compile(r"\b(?:House|Kremlin|Street|Palace|Pentagon|Elys[eé]e|Quai|Rosada|Zhongnanhai|Hall|Office)\b")
# offices and bodies many countries have, weak evidence of an American story on their own
_SHARED_OFFICE = re.compile(r"(?:the |The )?(?:Senate|Senator|Senators|Congress|Representatives?|Supreme Court)")
# courts, police and prosecutors act where they sit: the city or region the sentence places them in
PLACE_BOUND = frozenset({"JUD", "COP"})
NO_HOME = frozenset({"VAT"})  # the pope and the Holy See speak to everyone: no evidence of a home country
# US party and state tags after a politician's name: "(D-Calif.)", "R-Texas", "D-NY"
_PARTY_STATE = re.compile(r"(?<![\w-])[DRI]-(?:[A-Z]\.[A-Z]\.|[A-Z][a-z]{1,12}\.?|[A-Z]{2})(?![\w-])")


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    country: str
    kind: str  # name, adj, capital, place, person, cue


@dataclass(frozen=True)
class _Context:
    mentions: tuple[_Mention, ...]
    home: str | None
    full_names: dict[str, tuple[str, ...]]  # folded last word -> the longer person names ending in it
    inner: frozenset[str]  # countries with people, cues or cities named: seen from inside, not abroad


@lru_cache(maxsize=1)
def _cue_rows() -> tuple[re.Pattern | None, dict[str, str], dict[str, re.Pattern]]:
    """(weak cue regex, weak phrase -> country, country -> regex of offices it does not have)."""
    weak: dict[str, str] = {}
    foreign: dict[str, list[str]] = {}
    for row in data_rows("country_cues.tsv"):
        use = row[2] if len(row) > 2 else ""
        if use == "weak":
            weak[row[1]] = row[0][:3].upper()
        elif use == "foreign":
            foreign.setdefault(row[0][:3].upper(), []).append(row[1])

    weak_rx = re.compile(rf"(?<![\w.])(?:{phrase_alternation(weak)})(?![\w])") if weak else None
    foreign_rx = {c: re.compile(rf"(?<![\w.])(?:{phrase_alternation(ws)})(?![\w])") for c, ws in foreign.items()}
    return weak_rx, weak, foreign_rx


def _context(doc) -> _Context:
    cached = doc.user_data.get(_KEY)
    if cached is not None:
        return cached
    mentions: list[_Mention] = []
    full_names: dict[str, list[str]] = {}
    t = code_tables()
    for ent in doc_ents(doc):
        label, name = ent.label_, ent.text  # (read once: Span.text joins the span's tokens at every read)
        if label == "PERSON" and len(ent) > 1:
            full_names.setdefault(fold_name(ent[-1].text), []).append(name)
        if label == "PERSON":
            code = known_person(name) or person_by_surname(name)
            if code and is_country_code(code[:3]):
                mentions.append(_Mention(ent.start_char, ent.end_char, code[:3], "person"))
        elif label in ("GPE", "NORP", "LOC", "FAC", "ORG"):
            hit = country_kind(name)
            if hit:
                kind = hit[1]
                if kind == "capital" and label != "GPE" and _SEAT.search(name):
                    kind = "seat"  # "the White House", "the Kremlin": the government seen from inside
                mentions.append(_Mention(ent.start_char, ent.end_char, hit[0], kind))
            else:
                known = None
                if label == "ORG" and not t.inst_rx.search(name):
                    # a group of the actor files ("the National Rifle Association") or a politician labelled an
                    # organisation ("Grassley's"); institutions are counted once, below; media and firms are no evidence
                    known = known_person(name) or (person_by_surname(name) if len(ent) <= 2 else None)
                    if known and is_country_code(known[:3]) and known[3:6] not in ("MED", "BUS"):
                        mentions.append(_Mention(ent.start_char, ent.end_char, known[:3], "person"))
                        continue
                if label in ("ORG", "FAC", "GPE", "LOC") and len(ent) > 1:
                    # "the Federal Capital Territory Command", "the San Francisco Bay Area"
                    m = t.country_rx.search(name)
                    inside = country_kind(m.group(0)) if m else None
                    if inside and (inside[1] == "place" or (inside[1] in ("name", "adj") and label == "ORG")):
                        # "the Nigeria Police": a country's own body (counted, but not seen from inside)
                        mentions.append(_Mention(ent.start_char, ent.end_char, inside[0], inside[1]))
    text = doc_text(doc)
    for rx, table in ((t.cue_rx, t.cue), (t.inst_rx, t.inst)):
        for m in rx.finditer(text):
            code = table.get(m.group(0)) or table.get(m.group(0).lower())
            if code and is_country_code(code[:3]):
                mentions.append(_Mention(m.start(), m.end(), code[:3], "cue"))
    for m in _PARTY_STATE.finditer(text):
        mentions.append(_Mention(m.start(), m.end(), "USA", "cue"))
    if any(m.country == "USA" and m.kind in ("cue", "person", "place") for m in mentions) and not any(
            m.country == "GEO" and text[m.start:m.end] != "Georgia" for m in mentions):
        # "Georgia" beside American cues and nothing else Georgian is the US state
        mentions = [_Mention(m.start, m.end, "USA", "place") if m.country == "GEO" else m for m in mentions]
    mentions = [m for m in mentions if m.country not in NO_HOME]
    opening = _dateline(doc)
    if opening is not None:  # where the story was filed: no evidence of whose story it is
        begin, filed = opening
        mentions = [_Mention(m.start, m.end, m.country, "dateline") if begin <= m.start and m.end <= filed else m
                    for m in mentions]
        if not any(m.kind == "dateline" for m in mentions):  # "BERLIN (AP) -": a city the tagger left untagged
            place = _dateline_place(doc, begin, filed)
            if place is not None:
                mentions.append(place)
    counted = [m for m in mentions if m.kind != "dateline"]
    datelined = {m.country for m in mentions if m.kind == "dateline"}
    home = _home(doc, counted, text, datelined)
    if home and not counted and datelined and home not in datelined:
        home = None  # a weak cue is no match for a dateline: "LONDON - Prosecutors said ..." is British
    inner = frozenset(m.country for m in counted if m.kind in ("person", "cue", "place", "seat"))
    if home and home in datelined and not inner:  # filed from the only country the text sees from inside
        inner = frozenset({home})
    if home and not counted:  # a weak cue ("the governor") in a text naming no country sees it from inside
        inner = frozenset({home})
    if home is None and not inner and len(datelined) == 1:
        # nothing else seen from inside: actors named by office alone are local ("LONDON - A judge ...",
        # "WASHINGTON - The president criticised China")
        home = next(iter(datelined))
        inner = frozenset({home})
    if home is None:  # no country named, no dateline, no cue, or only the default home itself: the default home
        default = default_home()
        if default and all(m.country == default for m in mentions):
            home, inner = default, frozenset({default})
    ctx = _Context(tuple(mentions), home, {k: tuple(v) for k, v in full_names.items()}, inner)
    doc.user_data[_KEY] = ctx
    return ctx


# How many lines (a title, a byline, a standfirst) may stand before the dateline that opens the body.
_LINES_BEFORE_DATELINE = 3


def _dateline(doc) -> tuple[int, int] | None:
    """Where the dateline opening the body starts and where its dash or colon starts ("HANOI, Vietnam (AP) —",
    "Ottawa, Ont. (AP) —", "New Delhi:"; the document's dateline finder): the first dateline of the text, at its
    start or after no more than a title, a byline and a standfirst line; None without one."""
    for d in datelines(doc):
        if d.dash >= d.end:
            continue  # a byline
        before = doc_text(doc)[:d.start]
        if d.dash > 0 and sum(1 for line in before.splitlines() if line.strip()) <= _LINES_BEFORE_DATELINE:
            return d.start, d.dash
        return None
    return None


def _dateline_place(doc, begin: int, filed: int) -> _Mention | None:
    """The country of a dateline's first word(s) ("BERLIN", "NEW DELHI", "HANOI, Vietnam"), or None."""
    words = []
    first = next((t.i for t in doc if t.idx >= begin), len(doc))
    for t in doc[first:]:
        if t.idx >= filed or not t.is_alpha:
            break
        words.append(t)
    for n in range(len(words), 0, -1):
        text = " ".join(w.text for w in words[:n])
        hit = country_kind(text.title()) or country_kind(text)
        if hit is not None and hit[1] in ("capital", "place", "name"):
            return _Mention(words[0].idx, words[n - 1].idx + len(words[n - 1].text), hit[0], "dateline")
    return None


def default_home() -> str | None:
    """The home country of a text that names no country but that one, has no cue and no dateline
    (NEWSGRAPH_DEFAULT_HOME, an ISO3 code such as USA for a collection of American news); unset or
    empty, there is none and such a text has no home."""
    value = os.environ.get("NEWSGRAPH_DEFAULT_HOME", "").strip().upper()
    return value if len(value) == 3 and is_country_code(value) else None


def _home(doc, mentions: list[_Mention], text: str, datelined: set[str] = frozenset()) -> str | None:
    counts = Counter(m.country for m in mentions)
    if not counts:
        weak_rx, weak, _ = _cue_rows()
        m = weak_rx.search(text) if weak_rx is not None else None
        return weak[m.group(0)] if m else None
    if sum(1 for _ in islice(doc.sents, SHORT_DOC_SENTENCES + 1)) <= SHORT_DOC_SENTENCES:
        if len(datelined) == 1 and not datelined & set(counts) and not any(
                m.kind in ("person", "cue", "place", "seat") for m in mentions):
            return next(iter(datelined))  # "MOSCOW (Reuters) - The ministry accused Washington": Washington is the other side
        if len(counts) == 1:  # seen from inside: a country's name or adjective may be a topic
            only = next(iter(counts))
            if any(m.kind in ("person", "cue", "place", "seat", "capital") for m in mentions):
                return only  # its people, offices, cities, or its capital as a place ("gridlock in Washington")
            weak_rx, weak, _ = _cue_rows()  # or a weak cue of the same country ("federal employees ... Americans")
            return only if weak_rx is not None and any(weak[m.group(0)] == only for m in weak_rx.finditer(text)) else None
        inside = {m.country for m in mentions if m.kind in ("person", "cue", "place", "seat")}
        if len(datelined) == 1 and inside == datelined:
            return next(iter(datelined))  # "MOSCOW - The Kremlin ... Washington": filed where it is seen from inside
        return None
    weighted: Counter = Counter()
    for m in mentions:  # a senate or a senator is no American's alone (Nigeria, the Philippines, Italy ...)
        weighted[m.country] += 0.5 if m.kind == "cue" and _SHARED_OFFICE.fullmatch(text[m.start:m.end]) else 1
    if len(weighted) == 1 and any(m.kind in ("person", "cue", "seat") for m in mentions) and (
            weighted[next(iter(weighted))] >= 1):
        return next(iter(weighted))  # one country only, seen from inside ("the Bundestag", its people)
    for c in datelined:  # where it was filed backs a country the text already points to
        if c in weighted:
            weighted[c] += 1
    ranked = weighted.most_common(2)
    if ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return None


def _country(actor: Actor | None) -> str | None:
    if actor is None or not actor.code or len(actor.code) < 3:
        return None
    return actor.code[:3] if is_country_code(actor.code[:3]) else None


def _open(actor: Actor | None) -> bool:
    """A side without a country of its own: a sector-only code, or a person no table knows."""
    if actor is None:
        return False
    if not actor.code or actor.code == "NGO":  # a cause group no table knows: the story's country may place it
        return True
    return not actor.code.startswith(("IGO", "NGO")) and not is_country_code(actor.code[:3])


def _foreign(name: str, country: str) -> bool:
    rx = _cue_rows()[2].get(country)
    return bool(rx and rx.search(name))


def office_abroad(name: str, country: str) -> bool:
    """``name`` holds an office or body ``country`` does not have (country_cues.tsv "foreign" rows:
    an American "prime minister", a British "senator"): it cannot be that country's."""
    return _foreign(name, country)


def _settle(actor: Actor, other: Actor | None, here: list[_Mention], home: str | None, inner: frozenset[str],
            root: str, target: bool, namesake: bool = True) -> Actor:
    if not actor.code and home and namesake:  # a surname several people share: the one(s) of the home country ("Mr. Steele")
        pick = [c for c in surname_candidates(actor.name) if c[:3] == home]
        if pick:
            return Actor(actor.name, pick[0] if len(pick) == 1 else home, actor.entity)
    if not actor.code and not home and namesake:
        # no home: a common surname all of whose listed carriers are of one country ("Rice", "Graham") is a person of
        # that country (their bare country, not any one carrier's office), when the sentence names no other
        countries = {c[:3] for c in surname_candidates(actor.name)}
        if len(countries) == 1 and {m.country for m in here} <= countries:
            return Actor(actor.name, next(iter(countries)), actor.entity)
    if _DIPLOMATIC.search(actor.name):
        return actor
    sector = actor.code[:3] if actor.code else None
    named = {m.country for m in here}
    cities = {m.country for m in here if m.kind in ("capital", "place", "dateline")}
    if sector in PLACE_BOUND and len(cities) == 1:  # "a judge ... at Westminster Magistrates' Court in London"
        return Actor(actor.name, next(iter(cities)) + sector, actor.entity)
    other_country = _country(other)
    other_sector = (other.code[3:6] if other_country else other.code[:3]) if other and other.code else None
    if sector and other_country and named <= {other_country} and (
            other_sector in DOMESTIC | AT_HOME or (target and root == "17")) and not (
            root in VIOLENT_ROOTS and sector in ("CVL", "REF")) and not _foreign(actor.name, other_country):
        return Actor(actor.name, other_country + sector, actor.entity)
    if sector and root in PLACED_ROOTS and len(named) == 1 and (other_country is None or other_country in named):
        place = next(iter(named))
        if any(m.kind in ("name", "capital", "place") for m in here) and not (
                other_country == place and sector in ("MIL", "REF")):
            return Actor(actor.name, place + sector, actor.entity)
    if home and sector in FACING and other_country not in (None, home) and home in inner and \
            named <= {home, other_country} and root not in VIOLENT_ROOTS and not _foreign(actor.name, home):
        # the other side is the only foreign country named: the home country's office faces it ("MOSCOW - The
        # foreign ministry accused Washington", "the president met the Kenyan foreign minister")
        return Actor(actor.name, home + sector, actor.entity)
    if not home or not named <= {home} or sector in NEVER_HOME or _foreign(actor.name, home):
        return actor
    if sector is None and home not in inner:
        return actor  # a person: only a country seen from inside ("the war in Afghanistan" is no home)
    beside_home = other_country == home and (
        sector is None or sector not in ABROAD or root not in INTERNATIONAL_ROOTS or _LOCAL.search(actor.name))
    if other_country is None or beside_home:
        return Actor(actor.name, home + (sector or ""), actor.entity)
    return actor


def _surname_coded(actor: Actor | None) -> bool:
    """The actor's code came only through a listed person's surname ("Webb", "Michael Webb")."""
    if actor is None or not actor.code or not actor.name:
        return False
    return person_by_surname(actor.name.split()[-1]) == actor.code and not known_person(actor.name)


def _unmerge(actor: Actor, ctx: _Context) -> Actor:
    """A bare surname coded as the one listed person who carries it ("Webb" -> Jim Webb) is somebody
    else when the document names a person of that surname the people files do not know ("Michael
    Webb"), and so is that full name: they lose the code and are unknown people again."""
    if person_by_surname(actor.name) is None:  # "Michael Webb" coded through its alias "Webb"
        return Actor(actor.name, None, actor.entity)
    fulls = ctx.full_names.get(fold_name(actor.name.split()[-1]), ())
    if fulls and not any(known_person(f) for f in fulls):
        return Actor(actor.name, None, actor.entity)
    return actor


def settle_actors(a1: Actor | None, a2: Actor | None, trigger, cameo: str) -> tuple[Actor | None, Actor | None]:
    """Give the sides of one event that have no country the one their sentence or document fixes
    (see the module docstring). ``trigger`` is the event's trigger token, ``cameo`` its code."""
    try:
        sur1, sur2 = _surname_coded(a1), _surname_coded(a2)
        if not (sur1 or sur2 or _open(a1) or _open(a2)):
            return a1, a2  # both sides have their own countries: nothing to do
        ctx = _context(trigger.doc)
        b1 = _unmerge(a1, ctx) if sur1 else a1
        b2 = _unmerge(a2, ctx) if sur2 else a2
        open1, open2 = _open(b1), _open(b2)
        if not (open1 or open2):
            return b1, b2
        sent = sent_of(trigger)
        here = [m for m in ctx.mentions if m.start >= sent.start_char and m.end <= sent.end_char]
        root = cameo[:2]
        new1 = _settle(b1, b2, here, ctx.home, ctx.inner, root, False, b1 is a1) if open1 else b1
        new2 = _settle(b2, b1, here, ctx.home, ctx.inner, root, True, b2 is a2) if open2 else b2
    except Exception:  # noqa: BLE001 - an odd parse keeps the codes it has rather than failing the document
        return a1, a2
    return new1, new2
