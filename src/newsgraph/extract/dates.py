"""Dates in the text, normalised against the article's publication date.

``resolve_date`` turns one expression ("on Thursday", "February 1", "last week", "yesterday",
"Jan. 31, 2024") into an ISO date, reading relative expressions against the date the article
was published. ``find_dates`` does the same for every date expression spaCy marks in a parsed
document. Vague expressions ("in recent years", "2023", "this spring") give None: an event row
needs a day, and a guessed day is worse than none.

Conventions (the ones GDELT-style coders use for news text):
- a bare weekday ("on Thursday") is the latest such day on or before publication; "next
  Thursday" is the first one after it; "last Thursday" is the latest one strictly before it;
- a month and day without a year ("February 1") takes the publication year, unless that lands
  more than 60 days after publication, in which case it is last year's;
- "last week" / "last month" / "last year" are publication minus 7 days / one month / one year.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from ..lexicons import time_words
from .sentence_view import doc_ents

MONTHS = time_words().months  # 'jan', 'january', 'sept' ... -> 1..12 (data/time_words.json)
WEEKDAYS = time_words().weekdays  # 'mon', 'monday', 'thurs' ... -> 0..6
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "a": 1, "an": 1, "a couple of": 2, "several": None, "few": None}
SAME_DAY = time_words().same_day  # 'today', 'tonight', 'this morning', 'earlier today', 'now' ...


def _forms(words) -> str:
    """An alternation of the written forms, the longest first ('september|sept|sep')."""
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


_MON = rf"(?P<mon>{_forms(MONTHS)})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})\b")
_PUB = re.compile(r"(?P<year>\d{4})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})")
_MDY = re.compile(rf"\b{_MON}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?", re.I)
_DMY = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR}\b)?", re.I)
_SLASH = re.compile(r"\b(?P<mon>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})\b")
_WEEKDAY = re.compile(rf"\b(?:(?P<rel>last|next|this|past|coming|previous)\s+)?(?P<wd>{_forms(WEEKDAYS)})\b\.?",
                      re.I)
_AGO = re.compile(r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+"
                  r"(?P<unit>day|week|month|year)s?\s+(?:ago|earlier|before)\b", re.I)
_LAST = re.compile(r"\b(?P<rel>last|past|previous|next|coming|this)\s+(?P<unit>week|month|year|weekend)\b",
                   re.I)
_SPACES = re.compile(r"\s+")


def _parse_published(published: str | date | None) -> date | None:
    if published is None:
        return None
    if isinstance(published, date):
        return published
    m = _PUB.match(str(published).strip())
    if not m:
        return None
    try:
        return date(int(m["year"]), int(m["mon"]), int(m["day"]))
    except ValueError:
        return None


def _shift_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_day(m: re.Match, pub: date | None) -> date | None:
    mon = m["mon"].lower().rstrip(".")
    month = int(mon) if mon.isdigit() else MONTHS.get(mon)
    if not month:
        return None
    day = int(m["day"])
    if m["year"]:
        return _make(int(m["year"]), month, day)
    if pub is None:
        return None
    d = _make(pub.year, month, day)
    if d is not None and d > pub + timedelta(days=60):
        d = _make(pub.year - 1, month, day)
    return d


def _resolve(expr: str, pub: date | None) -> date | None:
    text = _SPACES.sub(" ", expr.strip().lower())
    for rx in (_ISO, _SLASH):
        m = rx.search(text)
        if m:
            return _make(int(m["year"]), int(m["mon"]), int(m["day"]))
    for rx in (_MDY, _DMY):
        m = rx.search(text)
        if m:
            return _month_day(m, pub)
    if pub is None:
        return None
    for phrase, days in time_words().days_away:  # 'day before yesterday' before 'yesterday'
        if phrase in text:
            return pub + timedelta(days=days)
    if text.removeprefix("on ").removeprefix("earlier ").strip() in SAME_DAY or text in SAME_DAY:
        return pub
    m = _AGO.search(text)
    if m:
        n = m["n"]
        k = int(n) if n.isdigit() else NUMBERS.get(n) or 1
        unit = m["unit"].lower()
        if unit == "day":
            return pub - timedelta(days=k)
        if unit == "week":
            return pub - timedelta(days=7 * k)
        if unit == "month":
            return _shift_months(pub, -k)
        return _shift_months(pub, -12 * k)
    m = _WEEKDAY.search(text)
    if m and not text.startswith(("every", "each")):
        target = WEEKDAYS[m["wd"].lower().rstrip(".")]
        rel = (m["rel"] or "").lower()
        back = (pub.weekday() - target) % 7
        if rel in ("next", "coming"):
            return pub + timedelta(days=(target - pub.weekday()) % 7 or 7)
        if rel in ("last", "past", "previous"):
            return pub - timedelta(days=back or 7)
        return pub - timedelta(days=back)
    m = _LAST.search(text)
    if m:
        rel, unit = m["rel"].lower(), m["unit"].lower()
        sign = 1 if rel in ("next", "coming") else -1 if rel in ("last", "past", "previous") else 0
        if sign == 0:
            return None  # "this week": no single day
        if unit in ("week", "weekend"):
            return pub + timedelta(days=7 * sign)
        if unit == "month":
            return _shift_months(pub, sign)
        return _shift_months(pub, 12 * sign)
    return None


def resolve_date(expr: str, published: str | None) -> str | None:
    """ISO date (YYYY-MM-DD) for an expression like "on Thursday", "February 1", "last week".

    Relative expressions are read against ``published`` (an ISO date or datetime string);
    without it only expressions that carry their own year resolve. Vague ones give None.
    """
    if not expr:
        return None
    d = _resolve(expr, _parse_published(published))
    return d.isoformat() if d else None


def find_dates(doc, published: str | None) -> list[tuple[int, int, str]]:
    """(start_char, end_char, iso) for every DATE entity (or TIME naming a day) that resolves."""
    pub = _parse_published(published)
    out: list[tuple[int, int, str]] = []
    for ent in doc_ents(doc):
        if ent.label_ not in ("DATE", "TIME"):
            continue
        d = _resolve(ent.text, pub)
        if d is None and ent.label_ == "TIME":
            continue
        if d is not None:
            out.append((ent.start_char, ent.end_char, d.isoformat()))
    return out
