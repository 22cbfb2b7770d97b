"""Recognising web boilerplate in one line of scraped text.

The patterns are data (``data/boilerplate.json``), compiled once. Every rule is limited to
short lines, and most never fire on a line that holds a quotation or an attribution verb:
a real paragraph must survive even when it mentions a newsletter or a photo.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..lexicons import alternatives, data_rows, time_words

# A quotation mark, or a verb that attributes speech: such a line is article text.
GUARD = re.compile(
    r"[\"\u201c\u201d\u201e\u00ab\u00bb\u2018]|\b(?:said|says|say|told|tells|according to|stated|reported|"
    r"reports|announced|added|wrote|writes|tweeted|asked|insisted|argued|claimed|warned|testified)\b",
    re.IGNORECASE)
BULLETS = "\u2022\u00b7\u25aa\u25e6\u25cf\u25a0\u25ba\u25b6\u2023\u2043*-\u2013>"
_BULLET_LINE = re.compile(rf"^[{re.escape(BULLETS)}]\s*(\S.*)$")
_NAV_SEPARATOR = re.compile(r"\s+[|\u2022\u00b7/\u203a\u00bb>]\s+")
_URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_ALNUM = re.compile(r"\w")
MAX_CAPTION_CHARS = 400
MAX_BIO_CHARS = 400


@dataclass(frozen=True)
class Rule:
    kind: str
    pattern: re.Pattern
    max_chars: int
    guard: bool


@dataclass(frozen=True)
class Patterns:
    rules: tuple[Rule, ...]
    credit: re.Pattern
    bio_heading: re.Pattern
    bio_sentence: re.Pattern
    byline: re.Pattern
    promo_words: re.Pattern
    dateline: re.Pattern
    update_stamp: re.Pattern


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    raw = json.loads(resources.files("newsgraph.data").joinpath("boilerplate.json").read_text("utf-8"))
    rules = tuple(Rule(r["kind"], re.compile(r["pattern"], re.IGNORECASE), int(r["max_chars"]), bool(r["guard"]))
                  for r in raw["rules"])
    return Patterns(rules=rules, credit=re.compile(raw["credit"]),
                    bio_heading=re.compile(raw["bio_heading"], re.IGNORECASE),
                    bio_sentence=re.compile(raw["bio_sentence"]), byline=re.compile(raw["byline"]),
                    promo_words=re.compile(raw["promo_words"], re.IGNORECASE),
                    dateline=re.compile(_time_words_in(raw["dateline"]), re.IGNORECASE),
                    update_stamp=re.compile(raw["update_stamp"]))


def _time_words_in(pattern: str) -> str:
    """The pattern with <weekday> as the weekday names of time_words.json and <month> as a word starting with a
    month's first three letters ('Sept.', 'Jan')."""
    words = time_words()
    return (pattern.replace("<weekday>", f"(?:{'|'.join(words.weekday_names)})")
            .replace("<month>", f"(?:{'|'.join(m[:3] for m in words.month_names)})[a-z]*"))


def is_guarded(line: str) -> bool:
    """True when the line quotes someone or attributes speech: never boilerplate."""
    return GUARD.search(line) is not None


def classify_line(line: str) -> str | None:
    """The boilerplate kind of one stripped line, or None when it may be article text."""
    if line.startswith("|") and line.endswith("|"):
        return None  # a table row: content, whatever it holds
    guarded = is_guarded(line)
    n = len(line)
    for rule in patterns().rules:
        if n <= rule.max_chars and not (rule.guard and guarded) and rule.pattern.search(line):
            return rule.kind
    if guarded:
        return None
    if n <= MAX_CAPTION_CHARS and patterns().credit.search(line):
        return "caption"
    if n <= 40 and not _ALNUM.search(line):
        return "bullet"  # a separator such as "* * *" or a lone bullet
    m = _BULLET_LINE.match(line)
    if m and classify_line(m.group(1)) not in (None, "link"):
        return "bullet"  # "* Share on Facebook", "- Read more: ..."
    if n <= 200 and not line.startswith("|") and ("|" in line or "\u2022" in line or " \u00b7 " in line):
        parts = [p for p in _NAV_SEPARATOR.split(line) if p.strip()]
        if len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts) and parts[0].strip() not in agency_names() \
                and not credits_agency(line) and not byline_credits_agency(line):
            return "nav"  # not 'PTI | Istanbul | Updated: ...' nor '29 Oct, 2021 | Source: Xinhua | Hits: 2232':
            # the credit line of an agency story, kept
    if _URL_LINE.match(line):
        return "link"
    return None


_CREDIT_PART = re.compile(r"\s*(?:Source|SOURCE|Credit|CREDIT)\s*:\s*(.+?)\s*$")


def byline_credits_agency(line: str) -> bool:
    """A byline whose writer's name an agency follows ('By Jane Roe | Reuters | Updated: 3 May 2025'): the byline,
    kept from the navigation rule for the header pass (which reads the agency with the author)."""
    author = byline_author(line)
    return author is not None and byline_agency_part(author) is not None


def credits_agency(line: str) -> bool:
    """A meta line with a part crediting a news agency ('29 Oct, 2021 | Source:Xinhua | Hits:2232', 'Credit: PTI'):
    the story's credit line, kept as text for the source step."""
    return any((m := _CREDIT_PART.match(part)) is not None and m.group(1) in agency_names()
               for part in _NAV_SEPARATOR.split(line))


@lru_cache(maxsize=1)
def agency_names() -> frozenset[str]:
    """Names and codes of the news agencies of ``data/outlets.tsv`` as written ("PTI", "Reuters")."""
    return frozenset(name for row in data_rows("outlets.tsv") if len(row) > 1 and row[1] == "agency"
                     for name in [row[0], *alternatives(row[2] if len(row) > 2 else "")] if "." not in name)


def credit_spans(line: str) -> list[tuple[int, int]]:
    """Parenthetical photo credits inside a longer line, as (start, end) within the line."""
    return [m.span() for m in patterns().credit.finditer(line) if line[m.start()] == "("]


def stamp_spans(line: str) -> list[tuple[int, int]]:
    """A live page's update stamp closing an entry heading ('Farage rises to speakpublished at 12:32 GMT'), as
    (start, end) within the line: the heading is kept, the stamp cut."""
    m = patterns().update_stamp.search(line)
    return [m.span()] if m is not None else []


def is_bio_heading(line: str) -> bool:
    return patterns().bio_heading.match(line) is not None


def is_bio_sentence(line: str) -> bool:
    """An author bio ("Jane Roe is a reporter for ...") -- only used near the end of a text."""
    return len(line) <= MAX_BIO_CHARS and not is_guarded(line) and patterns().bio_sentence.match(line) is not None


_BYLINE_PARTS = re.compile(r"\s*[|/]\s*|\s*,\s*|\s+[\u2013\u2014-]\s+|\s*[\u2013\u2014]\s*")  # 'Jane Roe | Reuters'


def byline_author(line: str) -> str | None:
    """The author named by a byline such as "By Jane Roe and Ray Poe, Example News"; a news agency after the
    writer's name and a bar, slash or dash is kept with it, as after a comma ("By Jane Roe | Reuters | Updated: ...",
    "By Jane Roe / AFP" give "Jane Roe, Reuters", "Jane Roe, AFP"), for the source step to credit."""
    if len(line) > 120:
        return None
    m = patterns().byline.match(line)
    if m is None:
        first = re.split(r"\s*[|/]\s*", line, maxsplit=1)[0]  # 'By Jane Roe | Reuters | Updated: 3 May 2025'
        m = patterns().byline.match(first) if first != line else None
        if m is None:
            return None
    name = m.group(1).strip()
    agency = byline_agency_part(line[m.end(1):])
    return f"{name}, {agency}" if agency and not name.endswith(agency) else name


def byline_agency_part(rest: str) -> str | None:
    """The first part of what follows a byline's names that is a news agency outlets.tsv knows ('Reuters',
    'Reuters Staff' gives 'Reuters'), else None."""
    for part in _BYLINE_PARTS.split(rest):
        part = part.strip().removesuffix(" Staff").removesuffix(" staff").strip()
        if part in agency_names():
            return part
    return None


_MONTHS = {m[:3]: i for i, m in enumerate(time_words().month_names, 1)}  # 'jan' -> 1: a month's first three letters
_DATE_PARTS = re.compile(r"(\d{4})-(\d{2})-(\d{2})|([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})|"
                         r"(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})", re.IGNORECASE)


def dateline(line: str) -> str | None:
    """For a line that only gives the publication date ("October 22, 2026 | Updated ..."), the
    date as YYYY-MM-DD ("" when it cannot be read); None for any other line."""
    if len(line) > 90 or is_guarded(line) or not patterns().dateline.match(line):
        return None
    m = _DATE_PARTS.search(line)
    if not m:
        return ""
    if m.group(1):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m.group(4):
        y, mo, d = int(m.group(6)), _MONTHS.get(m.group(4).lower(), 0), int(m.group(5))
    else:
        y, mo, d = int(m.group(9)), _MONTHS.get(m.group(8).lower(), 0), int(m.group(7))
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else ""


def is_related_heading(line: str) -> bool:
    """A "Read more:" / "Related stories" line that introduces a list of links."""
    return line.endswith(":") or line.lower() in ("read more", "related", "related stories", "more stories",
                                                  "related articles", "related coverage", "recommended")


def is_promo_text(line: str) -> bool:
    return patterns().promo_words.search(line) is not None


def is_url_line(line: str) -> bool:
    return _URL_LINE.match(line) is not None
