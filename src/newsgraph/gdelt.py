"""Events as a GDELT 2.0-style tab-separated table (one row per CAMEO-coded event).

The columns are GDELT 2.0's 61 event-table columns, in GDELT's order, with a header line.
Columns newsgraph has no data for (religion and ethnic codes, tone, geography) are left
empty; counts of mentions, sources and articles are 1 (one event mention in one article).
See docs/events.md for the mapping.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from .extract.actor_tables import is_country_code
from .model import Actor, Analysis, Event

_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code"]
_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]

COLUMNS: list[str] = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in _ACTOR] + [f"Actor2{c}" for c in _ACTOR]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{c}" for c in _GEO] + [f"Actor2Geo_{c}" for c in _GEO] + [f"ActionGeo_{c}" for c in _GEO]
    + ["DATEADDED", "SOURCEURL"]
)


def _parse(iso: str | None) -> date | None:
    if not iso or len(iso) < 10:
        return None
    try:
        return date(int(iso[:4]), int(iso[5:7]), int(iso[8:10]))
    except ValueError:
        return None


def _actor_fields(actor: Actor | None) -> list[str]:
    if actor is None or not actor.code:
        return [""] * len(_ACTOR) if actor is None else ["", actor.name.upper(), *[""] * (len(_ACTOR) - 2)]
    code = actor.code
    country = group = ""
    types: list[str] = []
    if code.startswith(("IGO", "NGO")):
        group = code[3:] or ""
        types = [code[:3]]
    elif len(code) >= 3 and code[:3].isalpha():
        rest = code[3:]
        if is_country_code(code[:3]):
            country = code[:3]
        else:
            rest = code
        types = [rest[i:i + 3] for i in range(0, len(rest), 3) if rest[i:i + 3]]
    types = (types + ["", "", ""])[:3]
    return [code, actor.name.upper(), country, group, "", "", "", *types]


def _clean(value) -> str:
    if value is None:
        return ""
    return str(value).replace("\t", " ").replace("\n", " ").replace("\r", " ")


def event_row(a: Analysis, e: Event, event_id: int) -> list[str]:
    """The GDELT columns for one event of one analysed document."""
    day = _parse(e.date) or _parse(a.published)
    if day is not None:
        sqldate, month, year = day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year)
        fraction = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"
    else:
        sqldate = month = year = fraction = ""
    lead_end = a.text.find("\n\n")
    is_root = "1" if lead_end < 0 or e.start < lead_end else "0"
    code = e.cameo
    base = code[:3] if len(code) > 3 else code
    published = _parse(a.published)
    added = published.strftime("%Y%m%d") + "000000" if published else ""
    row = ([str(event_id), sqldate, month, year, fraction]
           + _actor_fields(e.actor1) + _actor_fields(e.actor2)
           + [is_root, code, base, e.root, "" if e.quad_class is None else str(e.quad_class),
              "" if e.goldstein is None else f"{e.goldstein:g}", "1", "1", "1", ""]
           + [""] * (3 * len(_GEO))
           + [added, a.url or ""])
    return [_clean(v) for v in row]


def rows(analyses: Iterable[Analysis], first_id: int = 1) -> Iterator[list[str]]:
    """GDELT rows for every event of every analysis, numbered from ``first_id``."""
    n = first_id
    for a in analyses:
        for e in a.events:
            yield event_row(a, e, n)
            n += 1


def header() -> str:
    return "\t".join(COLUMNS)


def to_tsv(analyses: Iterable[Analysis], with_header: bool = True) -> str:
    """The whole table as text (header line first)."""
    lines = [header()] if with_header else []
    lines.extend("\t".join(r) for r in rows(analyses))
    return "\n".join(lines) + ("\n" if lines else "")
