"""Loading the data files in ``newsgraph/data`` (TSV with ``#`` comment lines), once per process.

Users extend the packaged actor list with their own TSV of the same layout, named by the
environment variable ``NEWSGRAPH_ACTORS`` (several files separated by the path separator).
"""
from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

from .errors import NewsgraphError

DATA = Path(__file__).resolve().parent / "data"


class LexiconError(NewsgraphError):
    """A data file is missing or malformed."""


def data_json(name: str, error: type[NewsgraphError] = LexiconError):
    """The parsed JSON data file ``name``; a missing or unparsable file raises ``error`` (one line)."""
    try:
        return json.loads((DATA / name).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise error(f"cannot read {name}: {exc}") from None


def read_rows(path: Path) -> list[list[str]]:
    """Tab-separated rows of ``path``, skipping blank lines and lines that start with ``#``."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(f"cannot read lexicon {path}: {exc.strerror}") from None
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


@cache
def data_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of the packaged data file ``name`` (cached)."""
    return tuple(tuple(r) for r in read_rows(DATA / name))


def alternatives(field: str) -> list[str]:
    return [a.strip() for a in field.split("|") if a.strip()]


def user_actor_files() -> list[Path]:
    value = os.environ.get("NEWSGRAPH_ACTORS", "")
    return [Path(p) for p in value.split(os.pathsep) if p.strip()]
