"""Credit lines of a reposted agency story: the lines and closing marks that name the agency a page runs.

"PTI | Istanbul | Updated: ...", "Source: Yonhap News Agency", "(With inputs from PTI)", the agency alone on a line
after the story ("AFP"), "(Xinhua)" over the story, "(AP)" closing the last paragraph, a dash and the agency on a
closing line ("--IANS", "\u2013 AFP"), a copyright line ("\u00a9 AAP 2024"); agencies joined by slashes ("(ANI/WAM)")
are each a source. ``credit_spans`` reads them all off the page's text; ``source_wire`` judges whether the page is
the agency's own site.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import alternatives, data_rows
from .datelines import TITLE_MONTH
from .source_lexicon import lexicon
from .source_told_names import lone_credit
from .text_lines import lines_at

ONE_NAME = r"[A-Z][\w.&\-]*(?:[ ][A-Z][\w.&\-]*){0,3}"
AGENCY_NAME = rf"{ONE_NAME}(?:[ ]?/[ ]?{ONE_NAME})*"  # 'AFP', 'ANI/WAM': agencies joined by slashes, each one a source
AGENCY_LIST = rf"{AGENCY_NAME}(?:(?:,[ ]|,?[ ]and[ ]|[ ]&[ ]){AGENCY_NAME})*"  # 'PTI and Reuters', 'Reuters, AFP'
_JOINS = re.compile(r"[ ]?/[ ]?|,[ ]|,?[ ]and[ ]|[ ]&[ ]")  # what joins the agencies of a list
_DASH = r"(?:-{1,2}|[\u2013\u2014\u2015])[ \t]*"
# one credit line each (a line of the page, stripped); the agency is group "a", bracketed or not
_DATE = rf"(?:{TITLE_MONTH}[ ]\d{{1,2}}(?:,[ ]?\d{{4}})?|\d{{1,2}}[ ]{TITLE_MONTH}(?:,?[ ]\d{{4}})?)"
_COPY = r"(?:\u00a9|\([cC]\)|Copyright|COPYRIGHT)"  # '\u00a9', '(c)', 'Copyright', '\u00a9 Copyright 2023 X'
_STAMP = (r"(?i:updated|published|posted|last[ ]updated)[ \t]*:?[ \t]*.*\b\d{1,2}:\d{2}"
          r"(?:[ \t]*(?i:[ap]\.?m\.?))?(?:[ \t]+[A-Z]{2,4}T)?")  # 'Updated: Feb 3,2017 7:14 PM'
SOURCE_CREDITS = (  # 'Source: X' lines, which credit a one-word name no list knows too ('Source: Tarnpost')
    re.compile(rf"(?:.*\|[ \t]*)?(?:Sources?|SOURCES?|Credit|CREDIT)[ \t]*:[ \t]*(?P<a>{AGENCY_LIST})(?:[ \t]*\([A-Z]{{2,6}}\))?"
               r"[ \t]*(?:\|.*|(?i:published|updated|posted)[ \t]*:.*)?"),  # 'Source: Ostel Press Agency (OPA)': its code
    # after it; 'Sources: AFP, Reuters'; 'Source:Velnews Published: 2013-1-25 19:27:33' (the page's date stamp after it)
    re.compile(rf"\((?:[Ss]ources?|SOURCES?|[Cc]redit|CREDIT)[ \t]*:[ \t]*(?P<a>{AGENCY_LIST})\)\.?"),  # '(source: X)' too
)
NAMED_BYLINE = re.compile(rf"(?:[A-Z][\w.'\-]+[ \t]+){{0,3}}[A-Z][a-z][\w'\-]+(?:,[ \t]+|[ \t]*\|[ \t]*)(?P<a>{AGENCY_NAME})"
                          r"(?:[ \t]*\|.*)?")  # 'Jane Roe, Bloomberg', 'Roe, Bloomberg' (a byline wrapped after the
# given name), 'Jane Roe | Reuters | 3 May 2025': a known agency after a writer's name
CREDIT_LINES = (
    re.compile(rf"(?:[\u2022\u00b7\u25aa][ \t]*)?[(/]?(?P<a>{AGENCY_NAME})[)/]?\.?(?:[ \t]+\d{{1,2}}:\d{{2}}\b.*|[ \t]+{_STAMP}|"
               r"[ \t]*\((?:www\.|https?://)[^()\s]+\))?"),
    # 'AFP', '(Xinhua)   10:50, March 6', '\u2022 Reuters' (a bulleted credit line), '(ANSA).' or '/Xinhua/' closing the story,
    # '(Xinhua) Updated: 2014-08-30 20:56'
    re.compile(rf"(?:(?:Story|Article|Report)[ \t]+from|From|FROM)[ \t]+(?P<a>{AGENCY_NAME})"),  # 'From Reuters' over the
    # story, 'Story from Reuters' under it
    re.compile(rf"(?P<a>{AGENCY_NAME}),[ \t]+(?:{_DATE}\b.{{0,30}}|[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)"),  # 'Xinhua, May 3,
    # 2016', 'Norland News Agency, Norland': the agency and its date or country heading a clipping
    re.compile(rf"(?P<a>{AGENCY_NAME})[ \t]+{_DASH}{_DATE}"),  # 'Norland News Agency - September 16, 2004': the same
    # with a dash before the date
    re.compile(rf"\((?P<a>{AGENCY_NAME}),?[ \t]+{_DATE}\)"),  # '(Norland News Agency March 3, 2021)': dated credit line
    re.compile(rf"{_STAMP}[ \t]+\|?[ \t]*(?P<a>{AGENCY_NAME})"),  # 'Updated: May 3, 2021 7:14 PM  Xinhua': a stamp line
    # that ends with the agency
    re.compile(rf"{_DASH}\(?(?P<a>{AGENCY_NAME})\)?"),  # '--IANS', '\u2013 AFP', '- Reuters' closing the story
    re.compile(rf"(?P<a>{AGENCY_NAME})[ \t]*\|.*"),  # 'PTI | Istanbul | Updated: 29-03-2022 18:49 IST'
    SOURCE_CREDITS[0],
    SOURCE_CREDITS[1],  # '(Source: Reuters)' under the story
    NAMED_BYLINE,
    re.compile(rf"(?:By|BY)[ \t]+(?P<a>{AGENCY_NAME}),?(?:[ \t]*\|.*|[ \t]+(?i:published|updated|posted)\b.*)?"),  # 'By AFP',
    # 'BY REUTERS', 'By ASSOCIATED PRESS Published: May 3, 2016'
    re.compile(rf"\[?{_COPY}(?:[ \t]*{_COPY})?[ \t]*(?:\d{{4}}[ \t]+)?(?:The[ \t]+|THE[ \t]+)?"
               rf"(?P<a>{AGENCY_NAME})(?:,?[ \t]+(?:Ltd|Limited|Inc|LLC)\.?)?[ \t]*(?:\d{{4}})?\.?\]?"
               r"(?:[ \t]*(?i:all rights reserved)\b.*)?"),  # '\u00a9 AAP 2024', '[Copyright The Jiji Press, Ltd.]',
    # '\u00a9 2024 The Associated Press. All rights reserved.': the agency's copyright under its story, '(c) Bernama 2023'
)
WITH_AGENCY = re.compile(rf"(?P<desk>[A-Z][\w'\-]+(?:[ \t]+[A-Z][\w'\-]+){{0,3}})[ \t]+(?:with|WITH)[ \t]+(?P<a>{AGENCY_LIST})")
# 'Marelia Daily with AFP', 'MARELIA DAILY WITH AA': the page's own desk (source_wire tells) and the agency whose
# copy it ran
PLACE_AGENCY = re.compile(rf"(?!(?i:photo|file|image|picture|video|handout|courtesy|screengrab)s?\b)[A-Z][A-Za-z.'\-]+"
                          rf"(?:[ ][A-Z][A-Za-z.'\-]+){{0,3}}[ \t]*{_DASH}(?P<a>{AGENCY_LIST})")  # 'KELSBURY \u2013
# Anadolu Agency', 'Kelsbury - SPA' heading the story on a line of its own: the place it was filed from and the
# agency (not a picture's credit line, 'Photo - AFP')
BASED_ON = re.compile(rf"\(?(?:Based|BASED)[ \t]+(?:on|ON)[ \t]+(?:the[ \t]+)?(?:materials?|MATERIALS?|reports?|REPORTS?)[ \t]+"
                      rf"(?:from|of|by|FROM|OF|BY)[ \t]+(?P<a>{AGENCY_LIST})\)?\.?")  # 'Based on materials from TASS'
# closing a reposted story (on Russian-language sites' English pages); a one-word name no list knows too
CREDIT_LINES += (BASED_ON, PLACE_AGENCY)
LONE_CREDITS = (*SOURCE_CREDITS, BASED_ON)  # lines that credit a one-word name no list knows ('Source: Tarnpost')
# credits inside a line: '(With inputs from PTI)', '... corridors.(AP) RUP' closing a paragraph
INPUTS = re.compile(rf"(?:\(?[Ww]ith (?:additional )?inputs? from|[Aa]dditional reporting(?: by)?) "
                    rf"(?P<a>{AGENCY_LIST}|(?:news[ ]|wire[ ])?agencies(?=[ \t]*\)?\.?[ \t]*$))")
# '(With inputs from PTI)', '- Additional reporting Reuters', '(With inputs from PTI and Reuters)', '(With inputs
# from agencies)' closing its line (not 'with inputs from agencies across the region')
SOURCED = re.compile(rf"[.!?\"'\u201d\u2019][ \t]*\(?(?:Source|SOURCE)[ \t]*:[ \t]*(?P<a>{AGENCY_LIST})\)?\.?[ \t]*$")
# '... human rights." Source: Yonhap': a 'Source:' credit run into the last paragraph's line
DASHED = re.compile(rf"[.!?\"'\u201d\u2019](?:[ \t]*(?:--|[\u2013\u2014\u2015])|[ \t]*-)[ \t]*(?P<br>\()?(?P<a>{AGENCY_LIST})"
                    r"(?(br)\))[ \t]*$")  # '... in the border area.\u2014 APP', '... their own people. -UNB', '... citizens.-VNA',
# '... will take. - (AFP)': the agency after a dash closing the last paragraph; '... standing water. - Velnews,
# Ostpress': each agency of a list
RUN_ON = re.compile(rf"[.!?\"'\u201d\u2019][ \t]+(?P<a>{AGENCY_NAME})[ \t]*$")  # '... to its neighbours. Norpress': a known agency
# run into the page's last line after its closing stop, with no bracket or dash (read on that line alone)
CODE = re.compile(r"[A-Z]{2,6}(?:-[A-Z]{2,4})?")  # 'DNA', 'PPI-OT': an agency's code no data file knows, read only
# where a credit stands (a dash closing a paragraph, a dateline's brackets)
MASKED = re.compile(r"</?[a-z]+>|^[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}\b")  # '<i> From Associated Press</i>': markup,
# and the page's date stamp before a byline ('date 2020-08-04 By WAM'), blanked out of a line before it is read


def masked(line: str) -> str:
    """``line`` with what MASKED matches blanked out (the same offsets); a line holding no '<' and no 'date' as it is."""
    if "<" not in line and "date" not in line:
        return line
    return MASKED.sub(lambda m: " " * len(m.group()), line)


NEWS_SUFFIX = re.compile(r"[ \t]+(?:News|NEWS|news)$")  # 'Reuters News': the agency's news service heading its story
CLOSING = re.compile(r"[.!?\"'\u201d\u2019][ \t]*\((?P<a>[A-Z][A-Za-z\-]{1,15}(?:/[A-Z][A-Za-z\-]{1,15})*)\)"
                     r"(?:[ \t]+[A-Z]{2,4})?\.?(?P<www>[ \t]*\((?:www\.|https?://)[^()\s]+\))?[ \t]*$")  # '... reporters.
# (ANI/WAM)', '... he added. (ANSA).', '... the briefing. (NAN)(www.nannews.ng)': the agency's address after it
LEADING = re.compile(r"\((?P<a>[A-Z][A-Za-z\-]{1,15}(?:/[A-Z][A-Za-z\-]{1,15})*)\)[ \t]*(?:-{1,2}|[\u2013\u2014])[ \t]*"
                     r"[A-Z]")  # '(ANSA) - ROME, OCTOBER 15 - ...': the agency before the dateline's place
PLAIN_DATELINE = re.compile(rf"[A-Z][A-Za-z]+(?:[ /][A-Z][A-Za-z]+)*,[ \t]+{_DATE},[ \t]+(?P<a>{AGENCY_NAME})[ \t]*"
                            r"(?:--|[\u2013\u2014\u2015]|-[ \t])")  # 'Kelsbury, May 20, IRNA \u2013 ...': no brackets
PLACE_LEAD = re.compile(rf"(?!(?i:photo|file|image|picture|video|handout|courtesy|screengrab)s?\b){ONE_NAME}(?:[ ]\d{{1,3}})?[ \t]*{_DASH}(?P<a>{AGENCY_LIST})[ \t]*:[ \t]+[A-Z]")  # 'Kelsbury
# \u2013 WAM: The minister ...', 'Velport 24 - SPA: ...': the place (or the reposting site) and the agency opening a paragraph
CODED_DATELINE = re.compile(rf"[A-Z][A-Za-z]+(?:[ /][A-Z][A-Za-z]+)*,[ \t]+{_DATE}[ \t]*\((?P<a>[A-Z]{{2,6}}(?:-[A-Z]{{2,4}})?)\)"
                            r"[ \t]*[:\-\u2013\u2014]")  # 'Kelsbury, August 24, 2021 (PPI-OT):' opening a paragraph
# the credits read inside a line, in this order, each with the strings one of which a line must hold for it to match
INLINE_CREDITS = ((INPUTS, ("input", "dditional reporting")), (CLOSING, ("(",)), (DASHED, ("-", "\u2013", "\u2014", "\u2015")),
                  (SOURCED, ("Source", "SOURCE")))
AGENCY_HEADS = frozenset({"agency", "agencies"})
AGENCY_KINDS = frozenset({"news", "press", "telegraph", "wire"})


@lru_cache(maxsize=1)
def agency_hosts() -> dict[str, tuple[str, ...]]:
    """Folded agency name or code -> the hosts of its own site (data/agency_sites.tsv)."""
    out: dict[str, tuple[str, ...]] = {}
    for row in data_rows("agency_sites.tsv")[1:]:
        if len(row) >= 2:
            hosts = tuple(h.lower() for h in alternatives(row[1]))
            for name in alternatives(row[0]):
                out[name.casefold()] = out.get(name.casefold(), ()) + hosts
    return out


def agency_named(name: str) -> str | None:
    """The agency a credit line names, as written ('AP', 'Yonhap News Agency', 'REUTERS'), when outlets.tsv knows
    it as one in that spelling (not the word 'App' of a menu)."""
    name = name.strip()
    outlets = lexicon().outlets
    known = outlets.get(name) or (outlets.get(name.title()) if name.isupper() and len(name) > 3 else None)
    if known is None and (name.endswith(".") or NEWS_SUFFIX.search(name)):
        bare = NEWS_SUFFIX.sub("", name.removesuffix("."))  # 'Associated Press.' closing a copyright's sentence
        return bare if (known := outlets.get(bare)) is not None and known[1] == "agency" else None
    if known is not None:
        return name if known[1] == "agency" else None
    if name.casefold() in agency_hosts():
        return name  # 'AA' (Anadolu), a code the credit lines read but the outlet matcher does not ('the AA said')
    words = name.casefold().split()
    return name if words and words[-1] in AGENCY_HEADS and (len(words) == 1 and words[0] == "agencies" or len(
        words) > 1 and words[-2] in AGENCY_KINDS) else None  # 'Norland News Agency', 'NEWS AGENCIES'


def _pieces(text: str):
    """(offset, text) of each part of a list of agencies ('ANI/WAM', 'PTI and Reuters', 'Reuters, AFP')."""
    at = 0
    for join in _JOINS.finditer(text):
        yield at, text[at:join.start()]
        at = join.end()
    yield at, text[at:]


def agencies(text: str, start: int) -> list[tuple[int, str]]:
    """(offset, agency) of each agency a credit names from ``start`` on ('ANI/WAM', 'PTI and Reuters': both), when
    every one named is an agency (not 'AFP/Getty Images', a picture's credit)."""
    out = []
    for base, piece in _pieces(text):
        name = agency_named(piece)
        parts = [(0, piece)] if name is not None else [(h.start(), h.group()) for h in re.finditer(r"[^\-]+", piece)]
        names = [name] if name is not None else [agency_named(part) for _at, part in parts]
        if len(parts) < 2 and name is None or None in names:
            return []  # 'AP-AFP': agencies joined by a hyphen, each one known
        out += [(start + base + at + len(part) - len(part.lstrip()), n) for (at, part), n in zip(parts, names, strict=True)]
    return out


def desk_credits(text: str, own_desk):
    """(start, end, agency) of each line 'X with AFP' whose X the test ``own_desk`` takes for the page's own outlet."""
    for at, line in lines_at(text):
        lead = at + len(line) - len(line.lstrip())
        m = WITH_AGENCY.fullmatch(line.strip())
        if m is not None and own_desk(m.group("desk")):
            for start, name in agencies(m.group("a"), lead + m.start("a")):
                yield start, start + len(name), name


def credit_spans(text: str):
    """(start, end, agency) of every credit line or closing credit in ``text``."""
    body = text.rstrip()
    last = body.rfind("\n") + 1
    m = RUN_ON.search(body, last)
    for start, name in agencies(m.group("a"), m.start("a")) if m is not None else ():
        yield start, start + len(name), name
    for at, line in lines_at(text):
        line = masked(line)  # same offsets
        body = line.strip()
        lead = at + len(line) - len(line.lstrip())
        if not body or len(body) > 90 and "|" not in body:
            body = ""
        for pattern in CREDIT_LINES if body else ():
            m = pattern.fullmatch(body)
            got = agencies(m.group("a"), lead + m.start("a")) if m is not None else []
            if not got and m is not None and pattern in LONE_CREDITS and lone_credit(m.group("a")):
                got = [(lead + m.start("a"), m.group("a"))]  # 'Source: Tarnpost': a name no list knows
            for start, name in got:  # the first form that names agencies ('By AFP' is no name 'By AFP')
                yield start, start + len(name), name
            if got:
                break
        for pattern, needles in INLINE_CREDITS:
            if not any(needle in line for needle in needles):
                continue  # (a search of the whole line per pattern, on every line of the page, costs)
            for m in pattern.finditer(line):
                got = agencies(m.group("a"), at + m.start("a"))
                if not got and pattern in (INPUTS, SOURCED) and lone_credit(m.group("a")):
                    got = [(at + m.start("a"), m.group("a"))]  # '(With inputs from Tarnpost)'
                if not got and (pattern is DASHED or pattern is CLOSING and m.group("www")) and CODE.fullmatch(m.group("a")):
                    got = [(at + m.start("a"), m.group("a"))]  # '... connectivity. \u2013 DNA', '...
                    # the briefing. (NAN)(www.nannews.ng)'
                for start, name in got:
                    yield start, start + len(name), name
        m = LEADING.match(line.lstrip())
        for start, name in agencies(m.group("a"), lead + m.start("a")) if m is not None else ():
            yield start, start + len(name), name
        m = PLAIN_DATELINE.match(line.lstrip()) or PLACE_LEAD.match(line.lstrip())
        for start, name in agencies(m.group("a"), lead + m.start("a")) if m is not None else ():
            yield start, start + len(name), name
        m = CODED_DATELINE.match(line.lstrip())
        if m is not None and m.group("a") not in lexicon().outlets:  # a code no data file knows in a dateline the
            # dateline reader does not take (a known agency's it judges: not one in a 'Related News' link)
            yield lead + m.start("a"), lead + m.end("a"), m.group("a")
