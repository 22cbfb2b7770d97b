"""Cross-document actors: the same person, organisation or country across articles is one actor.

Within one article the extractor has already merged "Dong Jun", "Dong" and "China's defence
minister" into one entity with aliases. Across articles, each new entity is matched against
the corpus actors, in this order (a candidate must always be compatible: the same
country, when both sides have one, from the country field or the country part of the code):

1. its canonical name, or a name-like alias, equals an actor's name or name-like alias
   (normalised: case, accents, punctuation and a leading "the" are ignored).
   A person's name also matches without middle initials or middle names ("Donald J.
   Trump", "Hillary Rodham Clinton"), but never across a Jr./Sr. suffix;
2. a person known only by a surname ("Dong") matches the one actor with that surname, or
   the one that dominates it (twice the documents of all the others together);
   a full name ("Dong Jun") upgrades an actor known so far only as "Dong";
3. a country's names ("the U.S.", "America", "United States") are one actor (capitals and
   cities are not folded into their country);
4. an organisation's acronym ("NATO") matches the one actor whose name it abbreviates;
5. a person named only by a description ("China's defence minister") matches the one actor
   that went by that description, or the one actor holding that title for that country.

Several candidates for a surname, description or title mean ambiguity: a new actor is made
rather than a wrong merge. Links are made as documents are stored (``link``), inside the
document's transaction; ``rebuild`` relinks the whole corpus.
"""
from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

MAX_ALIASES = 40
MAX_TITLES = 20
JOINERS = frozenset("al bin ibn de da di del der den van von la le du el y dos das ter".split())
GROUPS = {"PERSON": "PERSON", "ORG": "ORG", "NORP": "NORP", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}
ACRONYM_SKIP = frozenset("of the and for on in de".split())
SUFFIXES = frozenset("jr sr ii iii iv".split())
DOMINANCE = 2  # a lone surname goes to the actor with at least this many times the others' documents

_DASH = re.compile(r"[-‐‑‒–—/]")
_PUNCT = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")
_THE = re.compile(r"^the\s+")


@lru_cache(maxsize=65536)
def norm(name: str | None) -> str:
    """Comparison key of a name: no accents, case, punctuation or leading 'the'."""
    if not name:
        return ""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold().replace("’", "'")
    s = _PUNCT.sub("", _DASH.sub(" ", s))
    return _THE.sub("", _SPACE.sub(" ", s).strip())


@lru_cache(maxsize=65536)
def is_description(name: str) -> bool:
    """True for 'China's defence minister', False for 'Dong Jun' or 'Bashar al-Assad'."""
    if "'s " in name.replace("’", "'") + " ":
        return True
    for tok in name.split():
        if tok[:1].islower() and tok.lower() not in JOINERS:
            return True
    return False


@lru_cache(maxsize=65536)
def acronym(name: str) -> str:
    words = [w for w in norm(name).split() if w not in ACRONYM_SKIP]
    return "".join(w[0] for w in words) if len(words) >= 3 else ""


# CAMEO sector and type codes: a code starting with one of these carries no country
SECTORS = frozenset("GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL LAB LEG HLH REF MOD RAD AGR ELI ENV "
                    "HRI IGO NGO NGM MNC UAF SEP INS IMG UIS AMN IRC GRP UNO BUS DEV JEW MUS CHR HIN BUD".split())


def place_of(code: str | None, country: str | None) -> str | None:
    """The country an entity or actor belongs to, from its country or the country part of its code."""
    if country:
        return country[:3]
    if code and len(code) >= 3 and code[:3] not in SECTORS:
        return code[:3]
    return None


@lru_cache(maxsize=65536)
def short_name(key: str) -> str:
    """A normalised person's name without middle initials or middle names ("donald j trump",
    "hillary rodham clinton" -> "donald trump", "hillary clinton"); "" when nothing to drop.
    Names ending in Jr., Sr., II keep their middle."""
    words = key.split()
    if words and words[-1] in SUFFIXES:
        return ""
    kept = [w for w in words if len(w) > 1]
    if len(kept) >= 3:
        kept = [kept[0], kept[-1]]
    short = " ".join(kept)
    return short if len(kept) >= 2 and short != key else ""


@lru_cache(maxsize=65536)
def country_key(name: str) -> str:
    """'country:USA' when ``name`` is a country's name ("the U.S.", "America", "United States"),
    so that every name of a country is one actor; "" for capitals, cities and regions."""
    try:
        from ..extract.actor_countries import country_kind
    except ImportError:  # pragma: no cover - the coder is part of the package
        return ""
    hit = country_kind(name)
    return f"country:{hit[0]}" if hit and hit[1] == "name" else ""


def surnames(key: str, aliases: list[str]) -> set[str]:
    """Possible surnames of a normalised full name: its last word, its first (family name first:
    "Dong Jun", "Xi Jinping"), and any one-word alias that is one of its words."""
    words = [w for w in key.split() if w not in JOINERS]
    out = {words[0], words[-1]} if len(words) > 1 else set()
    for alias in aliases:
        k = norm(alias)
        if k and " " not in k and k in words:
            out.add(k)
    return out


def compatible(a: str | None, b: str | None) -> bool:
    """Countries agree: either is unknown, or they are the same."""
    return not a or not b or a == b


@dataclass
class _Actor:
    id: int
    name: str
    type: str | None
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    n_documents: int = 0

    @property
    def group(self) -> str:
        return GROUPS.get(self.type or "", self.type or "")

    def fits(self, code: str | None, country: str | None) -> bool:
        return compatible(place_of(self.code, self.country), place_of(code, country))


class ActorLinker:
    """The corpus actors, indexed in memory, linked to each stored document's entities."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._loaded = False

    # -- index ---------------------------------------------------------------------------------
    def invalidate(self) -> None:
        self._loaded = False

    def _load(self) -> None:
        if self._loaded:
            return
        self.actors: dict[int, _Actor] = {}
        self.by_name: dict[tuple[str, str], set[int]] = {}
        self.by_surname: dict[str, set[int]] = {}
        self.by_desc: dict[str, set[int]] = {}
        self.by_title: dict[tuple[str, str], set[int]] = {}
        self.by_acronym: dict[tuple[str, str], set[int]] = {}
        self.by_short: dict[tuple[str, str], set[int]] = {}
        for row in self.conn.execute("SELECT id, name, type, code, country, sector, aliases, titles, n_documents "
                                     "FROM actors"):
            a = _Actor(row[0], row[1], row[2], row[3], row[4], row[5], json.loads(row[6] or "[]"),
                       json.loads(row[7] or "[]"), row[8] or 0)
            self.actors[a.id] = a
            self._index(a)
        self._loaded = True

    def _index(self, a: _Actor) -> None:
        g = a.group
        for n in [a.name, *a.aliases]:
            key = norm(n)
            if not key:
                continue
            if a.type == "PERSON" and is_description(n):
                self.by_desc.setdefault(key, set()).add(a.id)
                continue
            self.by_name.setdefault((g, key), set()).add(a.id)
            if a.type == "PERSON" and short_name(key):
                self.by_short.setdefault((g, short_name(key)), set()).add(a.id)
            if a.type == "PERSON" and len(key.split()) > 1:
                for s in surnames(key, a.aliases):
                    self.by_surname.setdefault(s, set()).add(a.id)
            if a.type == "ORG" and acronym(n):
                self.by_acronym.setdefault((g, acronym(n)), set()).add(a.id)
            if g == "PLACE" and country_key(n):
                self.by_name.setdefault((g, country_key(n)), set()).add(a.id)
        place = place_of(a.code, a.country)
        if a.type == "PERSON" and place:
            for t in a.titles:
                self.by_title.setdefault((norm(t), place), set()).add(a.id)

    def _fitting(self, ids, code, country) -> list[_Actor]:
        return [self.actors[i] for i in ids or () if i in self.actors and self.actors[i].fits(code, country)]

    # -- matching ------------------------------------------------------------------------------
    def _match(self, name: str, etype: str, aliases: list[str], title: str | None, code: str | None,
               country: str | None) -> _Actor | None:
        g = GROUPS.get(etype, etype)
        person = etype == "PERSON"
        desc = person and is_description(name)

        def best(cands: list[_Actor]) -> _Actor | None:
            return max(cands, key=lambda a: (a.n_documents, -a.id)) if cands else None

        key = norm(name)
        one_word_person = person and " " not in key
        if not desc and not one_word_person:  # a lone surname is matched below, ambiguity checked
            hit = best(self._fitting(self.by_name.get((g, key)), code, country))
            if hit:
                return hit
            if person:  # "Donald J. Trump" and "Donald Trump" both ways
                ids = set(self.by_name.get((g, short_name(key)), ())) | self.by_short.get((g, key), set())
                hit = best(self._fitting(ids, code, country))
                if hit:
                    return hit
            sur = surnames(key, aliases) or set(key.split()[-1:])
            suffix = set(key.split()) & SUFFIXES
            for alias in aliases:
                akey = norm(alias)
                if not akey or akey == key or (person and (is_description(alias) or len(akey.split()) < 2
                                                           or not sur & set(akey.split())
                                                           or not suffix <= set(akey.split()))):
                    continue
                hit = best(self._fitting(self.by_name.get((g, akey)), code, country))
                if hit:
                    return hit
        if g == "PLACE":
            for n in [name, *aliases]:
                if country_key(n):
                    hit = best(self._fitting(self.by_name.get((g, country_key(n))), code, country))
                    if hit:
                        return hit
        if person and not desc and key:
            toks = key.split()
            if len(toks) == 1:
                cands = {a.id: a for a in self._fitting(self.by_surname.get(key), code, country)}
                cands.update({a.id: a for a in self._fitting(self.by_name.get((g, key)), code, country)})
                ranked = sorted(cands.values(), key=lambda a: (-a.n_documents, a.id))
                if len(ranked) == 1 or (ranked and ranked[0].n_documents >= 2 and ranked[0].n_documents
                                        >= DOMINANCE * sum(a.n_documents for a in ranked[1:])):
                    return ranked[0]
            else:
                for sur in surnames(key, aliases):
                    short = [a for a in self._fitting(self.by_name.get((g, sur)), code, country)
                             if len(norm(a.name).split()) == 1]
                    if len(short) == 1 and not self._fitting(self.by_surname.get(sur), code, country):
                        return short[0]
        if etype == "ORG" and key:
            if " " not in key and len(key) >= 3 and name.isupper():
                cands = self._fitting(self.by_acronym.get((g, key)), code, country)
                if len(cands) == 1:
                    return cands[0]
            acr = acronym(name)
            if acr:
                cands = self._fitting(self.by_name.get((g, acr)), code, country)
                if len(cands) == 1:
                    return cands[0]
        if desc:
            for n in [name, *aliases]:
                if is_description(n):
                    cands = self._fitting(self.by_desc.get(norm(n)), code, country)
                    if len(cands) == 1:
                        return cands[0]
            place = place_of(code, country)
            if title and place:
                cands = self._fitting(self.by_title.get((norm(title), place)), code, country)
                if len(cands) == 1:
                    return cands[0]
        return None

    def _merge(self, a: _Actor, name: str, aliases: list[str], title: str | None, code, country, sector) -> bool:
        """Fold one entity into actor ``a``; True when the actor row changed."""
        changed = False
        known = {norm(x) for x in [a.name, *a.aliases]}
        if a.type == "PERSON" and not is_description(name) and not is_description(a.name):
            old, new = norm(a.name).split(), norm(name).split()
            if len(new) > len(old) and set(old) <= set(new):  # the fullest name seen
                a.aliases = [a.name, *a.aliases] if norm(a.name) not in map(norm, a.aliases) else a.aliases
                a.name = name
                changed = True
        if a.name.isupper() and len(a.name) > 4 and not name.isupper() and norm(name) == norm(a.name):
            a.name = name  # "WASHINGTON" from a dateline -> "Washington"
            changed = True
        known.add(norm(a.name))
        for n in [name, *aliases]:
            k = norm(n)
            if k and k not in known and len(a.aliases) < MAX_ALIASES:
                a.aliases.append(n)
                known.add(k)
                changed = True
        if title and norm(title) not in {norm(t) for t in a.titles} and len(a.titles) < MAX_TITLES:
            a.titles.append(title)
            changed = True
        for attr, value in (("code", code), ("country", country), ("sector", sector)):
            if value and not getattr(a, attr):
                setattr(a, attr, value)
                changed = True
        if changed:
            self._index(a)
        return changed

    def _new(self, name: str, etype: str, aliases: list[str], title, code, country, sector) -> _Actor:
        seen, clean = {norm(name)}, []
        for x in aliases:
            if norm(x) and norm(x) not in seen:
                seen.add(norm(x))
                clean.append(x)
        cur = self.conn.execute(
            "INSERT INTO actors (name, type, code, country, sector, aliases, titles) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (name, etype, code, country, sector, json.dumps(clean[:MAX_ALIASES], ensure_ascii=False),
             json.dumps([title] if title else [], ensure_ascii=False)))
        a = _Actor(cur.lastrowid, name, etype, code, country, sector, clean[:MAX_ALIASES], [title] if title else [])
        self.actors[a.id] = a
        self._index(a)
        return a

    def _save(self, a: _Actor) -> None:
        self.conn.execute("UPDATE actors SET name = ?, code = ?, country = ?, sector = ?, aliases = ?, titles = ? "
                          "WHERE id = ?", (a.name, a.code, a.country, a.sector,
                                           json.dumps(a.aliases, ensure_ascii=False),
                                           json.dumps(a.titles, ensure_ascii=False), a.id))

    def _lookup(self, name: str | None, code: str | None = None) -> int | None:
        """An actor for a bare name (a speaker or event actor with no entity), if exactly one fits."""
        key = norm(name)
        if not key:
            return None
        for g in ("PERSON", "ORG", "PLACE", "NORP"):
            cands = self._fitting(self.by_name.get((g, key)), code, None)
            if len(cands) == 1:
                return cands[0].id
        return None

    # -- documents -----------------------------------------------------------------------------
    def link(self, rows: dict[str, list[dict]]) -> None:
        """Link one document's rows (from ``records.rows_for``) to corpus actors, in place:
        sets entities.actor, quotes.speaker_actor, events.actor1_actor/actor2_actor, and
        updates the actors' names, aliases, titles and counts."""
        self._load()
        local: dict[str, int] = {}
        by_entity: dict[str, int] = {}
        for r in rows["entities"]:
            if not r.get("name"):
                continue
            aliases = [x for x in json.loads(r.get("aliases") or "[]") if isinstance(x, str)]
            args = (r["name"], aliases, r.get("title"), r.get("code"), r.get("country"), r.get("sector"))
            a = self._match(r["name"], r.get("type") or "", aliases, r.get("title"), r.get("code"), r.get("country"))
            if a is None:
                a = self._new(r["name"], r.get("type") or "", *args[1:])
            elif self._merge(a, *args):
                self._save(a)
            r["actor"] = a.id
            by_entity[r["id"]] = a.id
            for n in [r["name"], *aliases]:
                local.setdefault(norm(n), a.id)

        def resolve(entity, name, code=None):
            return by_entity.get(entity or "") or local.get(norm(name)) or self._lookup(name, code)

        n_quotes: Counter[int] = Counter()
        n_events: Counter[int] = Counter()
        for q in rows["quotes"]:
            q["speaker_actor"] = resolve(q.get("speaker_entity"), q.get("speaker_name"))
            if q["speaker_actor"]:
                n_quotes[q["speaker_actor"]] += 1
        for ev in rows["events"]:
            ev["actor1_actor"] = resolve(ev.get("actor1_entity"), ev.get("actor1_name"), ev.get("actor1_code"))
            ev["actor2_actor"] = resolve(ev.get("actor2_entity"), ev.get("actor2_name"), ev.get("actor2_code"))
            for aid in {ev["actor1_actor"], ev["actor2_actor"]} - {None}:
                n_events[aid] += 1
        touched = set(by_entity.values()) | set(n_quotes) | set(n_events)
        day = ((rows["documents"][0].get("published") or "")[:10]) or None
        self.conn.executemany(
            "UPDATE actors SET n_documents = n_documents + 1, n_quotes = n_quotes + ?1, n_events = n_events + ?2, "
            "first_seen = CASE WHEN ?3 IS NULL THEN first_seen WHEN first_seen IS NULL OR ?3 < first_seen THEN ?3 "
            "ELSE first_seen END, "
            "last_seen = CASE WHEN ?3 IS NULL THEN last_seen WHEN last_seen IS NULL OR ?3 > last_seen THEN ?3 "
            "ELSE last_seen END WHERE id = ?4",
            [(n_quotes[a], n_events[a], day, a) for a in sorted(touched)])
        for a in touched:
            self.actors[a].n_documents += 1

    def unlink(self, doc_id: str) -> set[int]:
        """Take one stored document out of its actors' counts (before its rows are deleted);
        returns the actors it touched (pass them to ``prune`` once the rows are gone)."""
        self._load()
        c = self.conn
        ents = {r[0] for r in c.execute("SELECT DISTINCT actor FROM entities WHERE document = ? AND actor IS NOT NULL",
                                        (doc_id,))}
        n_quotes = Counter({r[0]: r[1] for r in c.execute(
            "SELECT speaker_actor, count(*) FROM quotes WHERE document = ? AND speaker_actor IS NOT NULL "
            "GROUP BY speaker_actor", (doc_id,))})
        n_events: Counter[int] = Counter()
        for a1, a2 in c.execute("SELECT actor1_actor, actor2_actor FROM events WHERE document = ?", (doc_id,)):
            for aid in {a1, a2} - {None}:
                n_events[aid] += 1
        touched = ents | set(n_quotes) | set(n_events)
        c.executemany("UPDATE actors SET n_documents = n_documents - 1, n_quotes = n_quotes - ?, "
                      "n_events = n_events - ? WHERE id = ?", [(n_quotes[a], n_events[a], a) for a in touched])
        for a in touched:
            if a in self.actors:
                self.actors[a].n_documents -= 1
        return touched

    def prune(self, ids: set[int]) -> None:
        """Delete actors (among ``ids``) that no stored document mentions any more."""
        gone = [r[0] for r in self.conn.execute(
            f"SELECT id FROM actors WHERE n_documents <= 0 AND id IN ({','.join('?' * len(ids))})", list(ids))] \
            if ids else []
        if gone:
            self.conn.executemany("DELETE FROM actors WHERE id = ?", [(g,) for g in gone])
            self.invalidate()

    def rebuild(self) -> int:
        """Relink every stored document from scratch (inside the caller's transaction)."""
        c = self.conn
        c.execute("UPDATE entities SET actor = NULL")
        c.execute("UPDATE quotes SET speaker_actor = NULL")
        c.execute("UPDATE events SET actor1_actor = NULL, actor2_actor = NULL")
        c.execute("DELETE FROM actors")
        self.invalidate()
        self._load()
        cols = {t: [r[1] for r in c.execute(f'PRAGMA table_info("{t}")')] for t in ("entities", "quotes", "events")}
        docs = c.execute("SELECT id, published FROM documents ORDER BY rowid").fetchall()
        for doc_id, published in docs:
            rows: dict[str, list[dict]] = {"documents": [{"id": doc_id, "published": published}]}
            for t in ("entities", "quotes", "events"):
                rows[t] = [dict(zip(cols[t], r, strict=True))
                           for r in c.execute(f'SELECT * FROM "{t}" WHERE document = ? ORDER BY rowid', (doc_id,))]
            self.link(rows)
            c.executemany("UPDATE entities SET actor = ? WHERE id = ?", [(r["actor"], r["id"]) for r in rows["entities"]])
            c.executemany("UPDATE quotes SET speaker_actor = ? WHERE id = ?",
                          [(r["speaker_actor"], r["id"]) for r in rows["quotes"]])
            c.executemany("UPDATE events SET actor1_actor = ?, actor2_actor = ? WHERE id = ?",
                          [(r["actor1_actor"], r["actor2_actor"], r["id"]) for r in rows["events"]])
        return c.execute("SELECT count(*) FROM actors").fetchone()[0]
