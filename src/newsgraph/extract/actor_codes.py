"""CAMEO-style actor codes from names, titles and context (first cut; the event-coding work fills it)."""
from __future__ import annotations


def country_of(text: str) -> str | None:
    """ISO3 code for a country name, nationality adjective or capital in ``text`` ("Chinese" -> CHN)."""
    return None


def code_entity(name: str, ent_type: str, title: str | None = None,
                context: str | None = None) -> tuple[str | None, str | None, str | None]:
    """(country ISO3, sector, CAMEO-style code) for an entity, e.g. ("CHN", "MIL", "CHNMIL")."""
    return None, None, None
