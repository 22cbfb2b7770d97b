"""Agency datelines and bylines: where a story was filed and who wrote it, never who said what.

One finder for the whole document, run once and kept on the parse (``doc.user_data``): a paragraph (or the body)
that opens with a place in capitals or mixed case ("DENVER", "Denver", "KYIV, Ukraine", "Ottawa, Ont.",
"São Paulo"), an optional filing date ("March 3", "Tuesday"), an optional agency in brackets ("(AP)",
"(Reuters)", "(Xinhua)") and then a dash of any kind or a colon ("New Delhi:"); a place and a news agency in
brackets making the page's first line, or the one under its title, alone ("Lille (AFP)"); or a byline line
"By Jane Roe, Reuters". Consumers: a dateline token is never a speaker, never a credited source, and never
inside a statement's text; the agency in brackets is the article's own outlet.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import data_rows, time_words
from .name_lexicon import is_given_name
from .sentence_view import doc_text

_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_WORD = rf"[{_UP}][\w'\u2019.\-/]*"
_NEXT = rf"[ ](?:(?:de|da|del|do|dos|la|el|al|es)[ ])?{_WORD}"  # 'Rio de Janeiro', 'Dar es Salaam'
_MONTH3 = [m[:3] for m in time_words().month_names]  # a word starting with a month's first three letters, by case
_TITLE_MONTH = rf"(?:{'|'.join(m.title() for m in _MONTH3)})[a-z]*"
TITLE_MONTH = rf"{_TITLE_MONTH}\.?"  # a month's name in title case, whole or cut short: 'May', 'Sept.', 'January'
_MONTH = rf"(?:{_TITLE_MONTH}|(?:{'|'.join(m.upper() for m in _MONTH3)})[A-Z]*)\.?"  # 'May 3', 'Sept. 3', 'JAN 17'

_DAY = rf"(?:{'|'.join(d.title() for d in time_words().weekday_names)})"  # 'Tuesday'
_TH = r"(?:st|nd|rd|th)?"  # '5th January, 2024 (WAM)': an ordinal day before the month
DATELINE = re.compile(  # 'MOSCOW (Reuters) - ', 'KYIV, Ukraine, March 3 (AP) -- ', 'Ottawa, Ont. (AP) — ', 'New Delhi: ',
    # 'REYKJAVIK, (Reuters) - ', 'New Delhi [India], May 3 (ANI): ', 'MOSCOW, June 2. /TASS/. ',
    # 'KELSBURY, 5th January, 2024 (WAM) -- '
    rf"[ \t]*(?P<place>{_WORD}(?:{_NEXT}){{0,3}}(?:,[ ]{_WORD}(?:{_NEXT}){{0,2}}){{0,2}})"
    r"(?:(?:[ ]\([A-Z][\w \-]{1,30}\))?[ ]?\[[A-Z][^\[\]\n]{0,30}\])?"  # 'New Delhi [India]': the country in square
    # brackets, after the state in round ones ('Kelpur (Varna) [Norland]')
    rf"(?P<date>(?:,?[ ]|(?<=\]),?[ ]?)(?:{_MONTH}[ ]\d{{1,2}}{_TH}(?:,[ ]\d{{4}})?|\d{{1,2}}{_TH}[ ]{_MONTH}(?:,?[ ]\d{{4}})?|{_DAY}))?"
    r"(?:,?[ ]?\((?P<agency>[^()\n/]{1,30}(?:/[^()\n]{1,60})?)\)"  # '(AP)', '(Outlet News / Agency - 3rd May, 2020)'
    r"|,[ ](?P<bare>[A-Z]{2,6})(?=[ \t]*(?:--|[\u2013\u2014\u2015]))"  # 'Kelpur, Nov 10, 2020, NPA – ': an agency's
    # code in capitals after the filing date, no brackets (kept only after a date)
    r"|\.?[ ]/(?P<slashed>[A-Z][\w\-]{1,20})/\.?"  # '/TASS/.'
    r"|[ ]-[ ](?P<after>[A-Z][\w\-]*(?:[ ][A-Z][\w\-]*){0,2})\.)?"  # 'MOSCOW, April 12 - RIA Novosti. '
    r"(?P<sep>[ \t]*(?:--|[\u2013\u2014\u2015])[ \t]*|[ \t]+-[ \t]+|:[ \t]+|(?<=\)):(?=[A-Z])|(?<=/\.)[ \t]+|(?<=/)[ \t]+"
    r"|(?<=\))[ \t]+|(?(after)[ \t]+|(?!)))(?=\S)")  # 'New Delhi, Jan 5 (IANS) The ...': no dash after a wire agency
DATED = re.compile(  # 'March 7 (UPI) \u2014 ': a date and a wire agency, no place
    rf"[ \t]*(?P<date>{_MONTH}[ ]\d{{1,2}}(?:,[ ]\d{{4}})?),?[ ]?\((?P<agency>[^()\n]{{1,30}})\)"
    r"(?P<sep>[ \t]*(?:--|[\u2013\u2014\u2015])[ \t]*|[ \t]+-[ \t]+|:[ \t]+)(?=\S)")
STAMP = re.compile(r"[ \t]*date[ ]\d{4}-\d{2}-\d{2}[ ]")  # a page's date stamp run into its first line
SYNDICATED = re.compile(  # '(MENAFN- Kuwait News Agency (KUNA)) ', 'MENAFN - Ukrinform) ': a syndicator's credit of
    # the agency whose story it runs, opening the first line or the one under the title (a dateline may follow)
    r"[ \t]*(?P<open>\(?)[A-Z]{3,12}[ ]?-[ ]?(?P<agency>[A-Z][\w.&'\- ]{1,40}?)(?:[ ]?\([A-Z]{2,6}\))?\)[ \t]+(?=\S)")
REPOSTED = re.compile(  # '(Outlet News / Agency - 3rd May, 2020) KELSBURY, ...': a reposting site's bracketed credit
    # of its own name and the agency's, opening the line before the dateline's place (or the story)
    r"[ \t]*(?P<open>\()(?P<agency>[A-Z][^()\n/]{1,30}(?:/[^()\n]{1,60}))\)[ \t]+(?=\S)")
LONE = re.compile(  # 'Lille (AFP)', 'Abu Dhabi (WAM)': a place and a wire agency making a whole line over the story
    rf"[ \t]*(?P<place>{_WORD}(?:{_NEXT}){{0,3}}(?:,[ ]{_WORD}(?:{_NEXT}){{0,2}}){{0,2}})[ ]?\((?P<agency>[^()\n/]{{1,30}})\)[ \t]*(?=\n|$)")
BYLINE = re.compile(r"[ \t]*By[ ](?P<name>[A-Z][\w.'\-]*(?:[ ][A-Z][\w.'\-]*){1,3}),?[ ]+(?P<agency>[A-Z][\w&.\- ]{1,40})"
                    r"[ \t]*(?=\n)")


DASHES = "-\u2013\u2014\u2015"
NAMED = re.compile(r"[A-Z][A-Za-z\-]+(?:[ ][A-Z][A-Za-z\-]+){0,3}")  # 'Norpress', 'KazTAG', 'Prensa Latina'
_AGENCY_WORDS = frozenset({"Agency", "News", "Press", "Service", "Wire", "Newswire", "Agencies"})


@dataclass(frozen=True)
class Dateline:
    """A dateline or byline: character span [start, end) including its dash, where the place ends, where the dash
    or colon starts, and the agency."""
    start: int
    end: int
    place_end: int
    dash: int
    agency: str | None
    firm: bool = False  # a filing date before the agency, or a place in capitals and a dash after it: a dateline
    # whatever the brackets name


@lru_cache(maxsize=2)
def _outlet_names(agencies_only: bool = False) -> frozenset[str]:
    """Folded names and aliases (not domains) of the outlets of ``outlets.tsv``, or of its news agencies only
    (kind 'agency')."""
    names = set()
    for row in data_rows("outlets.tsv"):
        if agencies_only and (len(row) < 2 or row[1] != "agency"):
            continue
        names.add(row[0].casefold())
        if len(row) > 2:
            names.update(a.casefold() for a in row[2].split("|") if a and "." not in a)
    return frozenset(names)


_FILED = re.compile(r"[ ]*[-\u2013,][ ]*[^/]*\d[^/]*$")  # ' - 10th September, 2020' closing a bracketed credit


def agency_parts(name: str) -> list[str]:
    """The agencies or outlets of a credit that joins several with slashes ('ANI/WAM', 'Outlet News / Agency -
    3rd May, 2020'), each as written, less a filing date."""
    return [p.strip() for p in _FILED.sub("", name).split("/") if p.strip()]


def known_agency(name: str) -> bool:
    """Every agency the credit names is a known agency or outlet, or a short code in capitals."""
    parts = agency_parts(name)
    return bool(parts) and all(p.casefold() in _outlet_names() or (p.isupper() and p.isalpha() and 2 <= len(p) <= 6)
                               for p in parts)


def wire_agency(name: str) -> bool:
    """The credit ('IANS', 'ANI/WAM', 'Outlet News / Agency') names a news agency of ``outlets.tsv``, and names
    nothing but agencies and outlets."""
    parts = agency_parts(name)
    return any(p.casefold() in _outlet_names(agencies_only=True) for p in parts) and all(
        known_agency(p) or _AGENCY_WORDS & set(p.split()) for p in parts)


def _is_place(doc, start: int, end: int, capitals: bool) -> bool:
    """The place words name a place: in capitals, or tagged as one by the parser ('Denver', 'Brussels')."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if capitals:
        return True
    return span[0].ent_type_ in ("GPE", "LOC", "FAC")


def _regional(doc, m) -> bool:
    """'Kelsbury, Norland – ': a place with its region or country before a dash, the first word no person's name."""
    if "," not in m.group("place") or ":" in m.group("sep"):
        return False
    span = doc.char_span(m.start("place"), m.end("place"), alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].ent_type_ != "PERSON" and all(
        t.pos_ == "PROPN" or t.is_punct for t in span)  # not 'Meanwhile, Republicans – who ...'


def _second_line(text: str) -> int:
    """Offset of the page's second line that is not blank (the one under a title), -1 when there is none."""
    nl = text.find("\n")
    if nl < 0:
        return -1
    rest = len(text) - len(text[nl:].lstrip("\n"))
    return rest if rest < len(text) else -1


def _find(doc) -> tuple[Dateline, ...]:
    text = doc_text(doc)
    found: list[Dateline] = []
    pos = 0
    second = _second_line(text)
    while pos < len(text):
        stamp = STAMP.match(text, pos) if pos == 0 else None
        at = stamp.end() if stamp else pos
        syn = (SYNDICATED.match(text, at) or REPOSTED.match(text, at)) if pos == 0 or pos == second and not found \
            else None  # (on the first line, or the one under a title)
        if syn is not None and not known_agency(syn.group("agency").strip()) and not (
                syn.re is REPOSTED and known_agency(agency_parts(syn.group("agency"))[-1])):
            syn = None  # (a reposting site's credit names the site first, the agency last)
        m = DATELINE.match(text, syn.end() if syn else at)  # ' date 2017-07-19 WASHINGTON (AP) — ...'
        if m is not None and "\n" in m.group(0):
            m = None
        if m is not None:
            place = m.group("place")
            first = place.split()[0].rstrip(",.")
            capitals = first.isupper() and len(first.replace(".", "")) >= 2 and \
                all(w.isupper() for w in place.split(",")[0].split())
            agency = m.group("agency") or m.group("slashed") or m.group("after") or m.group("bare")
            if m.group("bare") and not m.group("date"):
                m, agency = None, None  # 'Kelsbury, NPA – ' with no filing date: not read as a dateline
            if m is None:
                pass
            elif m.group("after") and not wire_agency(m.group("after")):
                m = None  # 'KELSBURY, May 3 - Jane Roe. ...'
            elif agency is not None and not (known_agency(agency) or capitals or _AGENCY_WORDS & set(agency.split())
                                             or m.group("date") and m.group("agency") and NAMED.fullmatch(agency)):
                m = None  # 'Jane Roe (Labour) - ...': a name and a party, no dateline ('Kelsbury, May 3 (Norpress)
                # - ...' is one: a filing date before the brackets)
            elif not m.group("sep").strip() and (m.group("agency") or m.group("after")) and not (
                    wire_agency(agency) and (capitals or m.group("date") or _regional(doc, m)
                                             or _is_place(doc, m.start("place"), m.end("place"), False))):
                m = None  # no dash: a wire agency after a place ('New Delhi, Jan 5 (IANS) The ...'), no 'Roe (AFP)'
            elif agency is None and ":" in m.group("sep") and not _is_place(doc, m.start("place"), m.end("place"),
                                                                             False):
                m = None  # 'New Delhi: ...', not 'UPDATE: ...' nor a headline's 'Minister: ...'
            elif agency is None and not m.group("date") and not _is_place(doc, m.start("place"), m.end("place"),
                                                                          capitals) and not _regional(doc, m):
                m = None
            elif agency is None and m.group("date") and not capitals and not _is_place(
                    doc, m.start("place"), m.end("place"), False):
                m = None
            if m is not None:
                if syn is not None:  # the syndicator's credit names the agency in full: one credit for both
                    agency = syn.group("agency")
                found.append(Dateline(stamp.start() if stamp else syn.start("open") if syn else m.start("place"),
                                      m.end(), m.end("place"), m.start("sep") + len(m.group("sep")) -
                                      len(m.group("sep").lstrip()), agency.strip() if agency else None,
                                      bool(m.group("date")) or capitals and any(c in m.group("sep") for c in DASHES)))
        if m is None and syn is not None:
            found.append(Dateline(syn.start("open"), syn.end(), syn.start("open"), syn.end() - 1,
                                  syn.group("agency").strip()))
            m = syn  # no dated or byline form on this line
        if m is None and (pos == 0 or pos == second) and (lone := _lone_line(text, at)) is not None:
            found.append(lone)
            m = lone
        d = DATED.match(text, pos) if m is None else None
        if d is not None and "\n" not in d.group(0) and wire_agency(d.group("agency")):
            found.append(Dateline(d.start("date"), d.end(), d.end("date"), d.start("sep") + len(d.group("sep")) -
                                  len(d.group("sep").lstrip()), d.group("agency").strip(), True))
        elif m is None:
            b = BYLINE.match(text, pos)
            if b is not None and known_agency(b.group("agency")):
                found.append(Dateline(b.start("name") - 3, b.end(), b.end("name"), b.end(), b.group("agency").strip()))
        nl = text.find("\n", pos)
        if nl < 0:
            break
        pos = nl + 1
        while pos < len(text) and text[pos] == "\n":
            pos += 1
    return tuple(found)


def _lone_line(text: str, at: int) -> Dateline | None:
    """'Lille (AFP)' or 'Abu Dhabi (WAM)' as the page's first line or the one under its title: a dateline the page
    set as a line of its own, the story below it. Only a news agency of ``outlets.tsv`` in the brackets, after a
    place that opens with no given name ('Jane Roe (AFP)' is a picture's credit)."""
    m = LONE.match(text, at)
    if m is None or not wire_agency(m.group("agency")) or is_given_name(m.group("place").split()[0].rstrip(",")):
        return None
    return Dateline(m.start("place"), m.end(), m.end("place"), m.end(), m.group("agency").strip(), True)


def datelines(doc) -> tuple[Dateline, ...]:
    """The datelines and bylines of a parsed document, found once and kept on the parse."""
    got = doc.user_data.get("newsgraph_datelines")
    if got is None:
        got = _find(doc)
        doc.user_data["newsgraph_datelines"] = got
    return got


def in_dateline(tok) -> bool:
    """The token is part of a dateline or byline ('DENVER', 'Ont', '(AP)', the dash)."""
    return filed_at(tok.doc, tok.idx)


def dateline_end_at(doc, start: int) -> int | None:
    """Where a dateline opening at or around character ``start`` ends (the first character after its dash)."""
    for d in datelines(doc):
        if d.start - 2 <= start < d.end:
            return d.end
    return None


def own_agency(doc) -> str | None:
    """The agency named in the first dateline's brackets or byline: the article's own outlet."""
    for d in datelines(doc):
        if d.agency and known_agency(d.agency):
            return agency_parts(d.agency)[0]
    return None


def byline_agency(author: str | None) -> str | None:
    """The agency a byline the cleaner kept as the author ends with ("Jane Roe, Reuters", "Reuters", "Jane Roe |
    Reuters", "Jane Roe / AFP", "Reuters Staff"): the article's own outlet."""
    if not author:
        return None
    last = BYLINE_PARTS.split(author)[-1].strip()
    last = last.removesuffix(" Staff").removesuffix(" staff").strip()
    return last if last and known_agency(last) else None


BYLINE_PARTS = re.compile(r"[,|/]")  # 'Jane Roe, Reuters', 'Jane Roe | Reuters', 'Jane Roe / AFP'


def filed_at(doc, char: int) -> bool:
    """The character lies in a dateline or byline."""
    return any(d.start <= char < d.end for d in datelines(doc))


def dateline_dash(sent) -> int | None:
    """Token index of the dash (or colon) ending the dateline the sentence opens with, or opens inside when the
    parser split it ('GENEVA' | '(Reuters) - ...'); the last word of a byline; None when the sentence opens with
    none. A dateline names where the story was filed, never who acted or spoke."""
    doc = sent.doc
    for d in datelines(doc):
        if d.start - 2 <= sent.start_char < d.end:
            span = doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is not None and len(span):
                return next((t.i for t in reversed(span) if not t.is_space), span.start)
    return None


def past_dateline(c, subjects: tuple[str, ...] = ("nsubj", "csubj")):
    """Who a subject the parser took from a dateline stands for ('HANOI, Vietnam (AP) — U.S. Defense Secretary Mark
    Esper ... accused', 'DENVER (AP) — Colorado's governor said'): ``c`` itself when it lies outside every dateline;
    else its verb's first other subject (a dependency in ``subjects``) after the dateline, else the first apposition
    in its subtree after the dateline ('governor' an apposition of 'DENVER'; of an age, 'X, 47,', the person X), else
    None."""
    if not in_dateline(c):
        return c
    after = [t for t in c.head.children if t.dep_ in subjects and t.i > c.i and not in_dateline(t)]
    after += [t.head if t.like_num and not in_dateline(t.head) else t  # 'X, 47, said': the age's person
              for t in c.subtree if t.dep_ == "appos" and t.i > c.i and not in_dateline(t)]
    return after[0] if after else None
