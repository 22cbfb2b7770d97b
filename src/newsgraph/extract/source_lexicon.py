"""Lexicons for crediting sources: outlets and agencies, source nouns, cue words.

Read once from ``newsgraph/data`` (``outlets.tsv``, ``source_nouns.tsv``, ``source_cues.json``);
the outlet PhraseMatcher is built once per spaCy vocabulary.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import spacy
from spacy.matcher import PhraseMatcher

DATA = "newsgraph.data"


@dataclass(frozen=True)
class SourceLexicon:
    outlets: dict[str, tuple[str, str]]  # surface form -> (canonical name, kind)
    own_keys: dict[str, str]  # lower-case name/alias/short code -> canonical name
    nouns: dict[str, tuple[str, str]]  # lower-case noun -> (kind, tier)
    cues: dict[str, frozenset[str]]  # cue list name -> words
    squashed: dict[str, str]  # own_keys without spaces and punctuation ("businessinsider") -> canonical name
    networks: dict[str, str] = field(default_factory=dict)  # programme -> the broadcaster airing it


def _rows(name: str):
    text = resources.files(DATA).joinpath(name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    for ln in lines[1:]:  # first non-comment line is the header
        yield [c.strip() for c in ln.split("\t")]


@lru_cache(maxsize=1)
def lexicon() -> SourceLexicon:
    outlets: dict[str, tuple[str, str]] = {}
    own: dict[str, str] = {}
    networks: dict[str, str] = {}
    for row in _rows("outlets.tsv"):
        name, kind = row[0], row[1]
        if len(row) > 3 and row[3]:
            networks[name] = row[3]  # "Newsnight" -> "BBC"
        aliases = [a.strip() for a in row[2].split("|")] if len(row) > 2 and row[2] else []
        for form in [name, *aliases]:
            if not form:
                continue
            own[own_key(form)] = name
            if any(c.isupper() for c in form) and "." not in form:
                outlets[form] = (name, kind)
                if form.startswith("The "):  # "told the Times", "writing in the Guardian"
                    outlets["the " + form[4:]] = (name, kind)
    nouns = {row[0]: (row[1], row[2]) for row in _rows("source_nouns.tsv")}
    raw = json.loads(resources.files(DATA).joinpath("source_cues.json").read_text(encoding="utf-8"))
    cues = {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}
    squashed: dict[str, str] = {}
    for key, name in own.items():
        if "." not in key:
            squashed.setdefault(_SQUASH.sub("", key), name)
    return SourceLexicon(outlets, own, nouns, cues, squashed, networks)


_SQUASH = re.compile(r"[^a-z0-9]+")


def own_key(name: str) -> str:
    """Normalise an outlet name or code for comparison ("The New York Times" -> "new york times")."""
    key = name.lower().replace("\u2019", "'").strip()
    if "://" in key:  # a URL: its host ("https://www.bbc.co.uk/news/x" -> "bbc.co.uk")
        key = key.split("://", 1)[1].split("/", 1)[0]
    for prefix in ("the ", "www."):
        if key.startswith(prefix):
            key = key[len(prefix):]
    return key


def outlet_key(name: str) -> str:
    """One key per outlet, whichever of its names or aliases is written ("HuffPost" = "The Huffington Post")."""
    key = own_key(name)
    return own_key(lexicon().own_keys.get(key, key))


_MATCHERS: dict[int, PhraseMatcher] = {}


def outlet_matcher(vocab) -> PhraseMatcher:
    """A case-sensitive PhraseMatcher over every outlet name and alias (one per vocab)."""
    matcher = _MATCHERS.get(id(vocab))
    if matcher is None:
        matcher = PhraseMatcher(vocab, attr="ORTH")
        blank = spacy.blank("en", vocab=vocab)
        matcher.add("OUTLET", [blank.make_doc(form) for form in lexicon().outlets])
        _MATCHERS[id(vocab)] = matcher
    return matcher


def canonical_outlet(surface: str) -> tuple[str, str] | None:
    return lexicon().outlets.get(surface)


def outlet_of_url(url: str | None) -> str | None:
    """The known outlet whose site a URL is on ("https://www.bbc.com/news/x" -> "BBC"), else None."""
    if not url or "://" not in url:
        return None
    own = lexicon().own_keys
    key = own_key(url)
    parts = key.split(".")
    for i in range(1, len(parts) - 1):
        if ".".join(parts[i:]) in own:  # "feeds.bbci.co.uk": a subdomain of a site the lexicon lists
            key = ".".join(parts[i:])
            break
    if key not in own and "." in key:
        labels = key.split(".")[:-1]  # "bbc.com" -> "bbc", "edition.cnn.com" -> "cnn"
        if len(labels) > 1 and labels[-1] in ("co", "com", "org", "net", "gov", "ac"):
            labels = labels[:-1]  # "telegraph.co.uk" -> "telegraph"
        key = labels[-1]
    if key in own:
        return own[key]
    squashed = lexicon().squashed  # the name run together: "businessinsider.com", "thehill.com", "latimes.com"
    key = _SQUASH.sub("", key)
    return squashed.get(key) or (squashed.get(key[3:]) if key.startswith("the") else None)


def is_own_outlet(name: str, outlet: str | None) -> bool:
    """True when ``name`` is the document's own outlet (given as a name, alias, short code or domain), or a
    programme that outlet airs ("Newsnight" in a BBC page)."""
    if not outlet:
        return False
    own = lexicon().own_keys
    if name.endswith(")") and " (" in name:
        name = name[:name.rindex(" (")]  # "Associated Press (AP)": the display name of an acronym
    target = own.get(own_key(outlet), outlet)
    mine = own.get(own_key(name), name)
    mine_key, own_name = own_key(mine), own_key(target)
    if mine_key == own_name:
        return True
    if mine_key.startswith(own_name + " ") and mine_key[len(own_name) + 1:].split()[0] not in ("of", "and", "&"):
        return True  # "BBC News NI", "BBC Wales" in a BBC page: a desk of the outlet ("The Times of India" is not)
    networks = lexicon().networks
    words = mine_key.split()
    for n in range(len(words), 0, -1):  # "told Newsnight" in a BBC page: the BBC's own programme; "told Radio
        # Wales Breakfast": a programme of the BBC's own station, named after it
        part = " ".join(words[:n])
        network = networks.get(own.get(part, part) if n < len(words) else mine)
        if network is not None:
            return own_key(own.get(own_key(network), network)) == own_key(target)
    return False
