"""Loading the data files in ``newsgraph/data`` (TSV with ``#`` comment lines), once per process.

Users extend the packaged actor list with their own TSV of the same layout, named by the
environment variable ``NEWSGRAPH_ACTORS`` (several files separated by the path separator).
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
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


@dataclass(frozen=True)
class TimeWords:
    """The words of ``time_words.json``, in the forms its readers use."""
    months: dict[str, int]  # every written form of a month -> 1..12 ('sept' -> 9)
    month_names: tuple[str, ...]  # 'january' ... 'december'
    weekdays: dict[str, int]  # every written form of a weekday -> 0 (Monday) .. 6 ('thurs' -> 3)
    weekday_names: tuple[str, ...]  # 'monday' ... 'sunday'
    days_away: tuple[tuple[str, int], ...]  # phrases of a day before or after publication, in the order checked
    same_day: frozenset[str]  # whole expressions that mean the publication day
    day_nouns: frozenset[str]  # one-word days, weekdays and periods: 'today', 'monday', 'week'


@cache
def time_words() -> TimeWords:
    """The packaged words of time (months, weekdays, days relative to publication, periods), read once."""
    d = data_json("time_words.json")
    days = [(p, int(n)) for p, n in d["days"]]
    return TimeWords(
        months={form: i for i, forms in enumerate(d["months"], 1) for form in forms},
        month_names=tuple(forms[0] for forms in d["months"]),
        weekdays={form: i for i, forms in enumerate(d["weekdays"]) for form in forms},
        weekday_names=tuple(forms[0] for forms in d["weekdays"]),
        days_away=tuple((p, n) for p, n in days if n),
        same_day=frozenset(p for p, n in days if not n) | frozenset(d["same_day_phrases"]),
        day_nouns=frozenset(p for p, _ in days if " " not in p) | frozenset(forms[0] for forms in d["weekdays"])
        | frozenset(d["periods"]))
