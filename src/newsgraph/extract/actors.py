"""People, organisations and places in one article, aliases merged (placeholder first cut)."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Entity


@dataclass
class EntityIndex:
    """Entities of one document and a way to resolve any mention to one of them."""

    entities: list[Entity] = field(default_factory=list)

    def resolve_span(self, span) -> Entity | None:
        """The entity a noun phrase (name, surname, title, pronoun) refers to, or None."""
        return None

    def at_char(self, start: int, end: int) -> Entity | None:
        for e in self.entities:
            for s, t in e.mentions:
                if s < end and start < t:
                    return e
        return None


def extract_entities(doc) -> EntityIndex:
    return EntityIndex()
