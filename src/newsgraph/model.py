"""Records that newsgraph produces: plain dataclasses that serialise to the JSON contract.

Every record that points into the article carries character offsets (``start``, ``end``)
into ``Analysis.text`` (the cleaned text), except ``Removed``, whose offsets index the raw
input text so that nothing cut by the cleaner is lost.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

QUOTE_KINDS = ("direct", "partial", "indirect")
SOURCE_KINDS = ("outlet", "agency", "ministry", "government", "video", "statement", "analysis",
                "document", "interview", "social", "other")


@dataclass
class Entity:
    """A person, organisation, country or place, with every mention merged within one article."""

    id: str
    name: str
    type: str  # PERSON, ORG, GPE, NORP, LOC
    title: str | None = None
    country: str | None = None  # ISO3
    sector: str | None = None  # GOV, MIL, ...
    code: str | None = None  # CAMEO-style actor code, e.g. CHNMIL
    mentions: list[list[int]] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Speaker:
    name: str
    entity: str | None = None  # Entity.id
    mention: str | None = None  # the words that name the speaker near the quote ("he")
    start: int | None = None
    end: int | None = None


@dataclass
class Quote:
    id: str
    text: str
    start: int
    end: int
    kind: str  # direct, partial, indirect
    speaker: Speaker | None = None
    cue: str | None = None
    addressee: str | None = None
    channel: str | None = None
    reported_by: str | None = None
    said_on: str | None = None  # ISO date when the text gives it

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Attribution:
    """A source the article credits: an outlet, a ministry, a video, a statement, an analysis."""

    id: str
    reported_by: str
    kind: str
    start: int
    end: int
    text: str
    quotes: list[str] = field(default_factory=list)  # Quote ids it carries
    entity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Actor:
    name: str
    code: str | None = None
    entity: str | None = None


@dataclass
class Event:
    id: str
    actor1: Actor | None
    actor2: Actor | None
    cameo: str
    root: str
    goldstein: float | None
    quad_class: int | None
    plover: str | None
    start: int
    end: int
    sentence: str
    date: str | None = None
    plover_mode: str | None = None
    quote: str | None = None  # Quote id when the event is a statement
    negated: bool = False
    trigger: str | None = None
    location: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Removed:
    """A piece of boilerplate the cleaner cut; offsets index the raw input text."""

    kind: str  # promo, bio, caption, share, newsletter, bullet, related, html
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Analysis:
    """Everything newsgraph found in one document."""

    id: str
    text: str
    published: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    language: str | None = "en"
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def entity(self, entity_id: str | None) -> Entity | None:
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None


@dataclass
class DocumentInput:
    """One document to analyse, as a reader yields it (before cleaning)."""

    id: str
    text: str | None = None
    html: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    author: str | None = None
    origin: str | None = None  # file path (and line) it came from, for messages
    warnings: list[str] = field(default_factory=list)  # what the reader noticed (a legacy encoding, ...)


@dataclass
class Failure:
    """A document that could not be analysed, with a one-line reason."""

    id: str
    reason: str
    origin: str | None = None

    def __str__(self) -> str:
        where = self.origin or self.id
        return f"{where}: {self.reason}"
