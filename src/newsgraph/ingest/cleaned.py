"""The result of cleaning one raw document (text or HTML) before parsing."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Removed


@dataclass
class Cleaned:
    text: str
    removed: list[Removed] = field(default_factory=list)
    title: str | None = None
    author: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    warnings: list[str] = field(default_factory=list)
