"""Wire credits: the news agency a story is credited to when another outlet runs it.

An agency story on another outlet's page names its agency in the dateline ("UNITED NATIONS (AP) —",
"ISLAMABAD, May 7 (APP): "), in an agency byline, or in a credit line of its own ("Source: Yonhap News Agency",
"(With inputs from PTI)", "--IANS": credit_lines.py reads them). A name no data file knows alone in
the brackets of a firm dateline (a filing date before it, or a place in capitals and a dash: "KELSBURY, May 3
(Norpress) --") is an agency too, unless it is a place, people, person or known body, or the page's own site.
There the agency is a source the page credits, once for each time it is named.
On the agency's own site ("(Xinhua)" on xinhuanet.com, "(Reuters)" on reuters.com) it is the page's own outlet,
and the page's URL (or the outlet given with it) is what tells the two apart: with neither, nothing is credited.
Own sites are the hosts of ``data/agency_sites.tsv`` and hosts whose name is the agency's name or code, alone
or with "news"/"net" ("tass.com", "aa.com.tr", "xinhuanet.com").
"""
from __future__ import annotations

import re

from .actor_codes import country_of, igo_of, known_person
from .actor_countries import institution_code
from .credit_lines import (
    AGENCY_NAME,
    CODE,
    ONE_NAME,
    agencies,
    agency_hosts,
    agency_named,
    credit_spans,
    desk_credits,
    masked,
)
from .datelines import NAMED, agency_parts, byline_agency, datelines, known_agency, own_agency
from .head_credits import agency_codes, head_credits
from .name_lexicon import given_names, is_given_name
from .sentence_view import doc_text
from .source_found import _Found, _make
from .source_lexicon import is_own_outlet, lexicon, outlet_key, outlet_of_url, own_key
from .source_told_names import person_words_of
from .text_lines import lines_at

SOURCE_LINE = re.compile(r"(?:Source|SOURCE|Press[ \t]+[Rr]elease|PRESS[ \t]+RELEASE)[ \t]*:[ \t]*(?:the[ \t]+)?(?P<a>[A-Z][\w.&'\-]*(?:[ \t]+(?:of|for|and|the|website|"
                         r"site|portal|[A-Z][\w.&'\-]*)){0,7})[ \t]*\.?")  # 'Source: Norland Electoral Commission'
SOURCE_PAGE_WORDS = frozenset({"website", "site", "portal"})  # 'Source: Official website of the President of X'
FROM_LINE = re.compile(rf"(?:(?:Story|Article|Report)[ \t]+from|From|FROM)[ \t]+(?:the[ \t]+)?(?P<a>{AGENCY_NAME})[ \t]*(?::.*)?")
# 'From White House', 'Story from Norland Daily News',
# 'From NATO: The Secretary General visited ...'
SITE_SUFFIXES = ("", "news", "net", "online", "live", "agency")
_SQUASH = re.compile(r"[^a-z0-9]+")


def _forms(agency: str) -> set[str]:
    """The agency's names: as written, its canonical name in outlets.tsv and that name's aliases (no domains)."""
    own = lexicon().own_keys
    canonical = own.get(own_key(agency))
    forms = {agency.casefold()}
    if canonical:
        forms.add(canonical.casefold())
        forms.update(k for k, v in own.items() if v == canonical and "." not in k)
    return forms


def agency_site(agency: str, url: str | None, outlet: str | None = None) -> bool:
    """The page (its ``url``, or the ``outlet`` given) is the agency's own site."""
    site = outlet or outlet_of_url(url)
    forms = _forms(agency)
    if site and (is_own_outlet(agency, site) or _SQUASH.sub("", site.lower()) in {_SQUASH.sub("", f) for f in forms}):
        return True  # 'Reuters', or the code 'corvane-press' given for the outlet 'Corvane Press'
    if not url or "://" not in url:
        return False
    host = own_key(url)
    hosts = agency_hosts()
    if any(host == h or host.endswith("." + h) for f in forms for h in hosts.get(f, ())):
        return True
    labels = [_SQUASH.sub("", label) for label in host.split(".")]
    squashed = {_SQUASH.sub("", f) for f in forms} - {""}
    return any(label.startswith(f) and label[len(f):] in SITE_SUFFIXES for label in labels for f in squashed
               if len(f) >= 2)


def _whole_lines(text: str, pattern):
    """(offset of the line's first character after its indent, match) of every line ``pattern`` matches whole
    (stripped) whose name (group 'a') is no agency's."""
    for at, line in lines_at(text):
        lead = at + len(line) - len(line.lstrip())
        m = pattern.fullmatch(line.strip())
        if m is not None and not agencies(m.group("a"), 0):
            yield lead, m


def from_lines(text: str):
    """(start, name, kind) of a line 'From X' (or 'From X:', the story may follow on the line) over a reposted story that names an outlet of any kind
    or a body the data files know ('From White House', 'From NATO:', 'FROM TURKISH WEEKLY'); agencies are read by
    the credit lines."""
    for lead, m in _whole_lines(text, FROM_LINE):
        name = m.group("a")
        outlets = lexicon().outlets
        known = outlets.get(name) or outlets.get(name.title()) or outlets.get("The " + name.title())
        if known is not None:
            yield lead + m.start("a"), name, known[1]
        elif institution_code(name) or igo_of(name) or seat_of_government_name(name):
            yield lead + m.start("a"), name, "government"
        elif named_like_outlet(name):
            yield lead + m.start("a"), name, "outlet"  # 'Story from Norland Daily News': an outlet no list knows
    yield from source_lines(text)


def source_lines(text: str):
    """(start, name, kind) of a line 'Source: X' under a story, a table or figures, that names a body or a body's
    web page rather than an agency (read by the credit lines): 'Source: Norland Electoral Commission', 'Source:
    Official website of the President of X'; not a social-media site or a picture's credit."""
    cues = lexicon().cues
    for lead, m in _whole_lines(text, SOURCE_LINE):
        name = m.group("a")
        words = set(name.lower().split())
        if words & (cues["social_words"] | cues["picture_words"]):
            continue
        outlets = lexicon().outlets
        known = outlets.get(name) or outlets.get(name.title())
        head = name.split(" of ")[0].split()[-1].lower()
        if known is not None:
            yield lead + m.start("a"), name, known[1]
        elif institution_code(name) or igo_of(name) or seat_of_government_name(name) or \
                head in cues["government_heads"] or head in cues["think_tank_heads"]:
            yield lead + m.start("a"), name, "government"
        elif head in SOURCE_PAGE_WORDS:
            yield lead + m.start("a"), name, "other"
        elif named_like_outlet(name):
            yield lead + m.start("a"), name, "outlet"  # 'Source: Norland Daily News'
        elif CODE.fullmatch(name):
            yield lead + m.start("a"), name, "government"  # 'Source: ZEC' under a results table


def wire_credits(doc, url: str | None, outlet: str | None) -> list[_Found]:
    """The agencies the page credits with the story in its datelines, bylines and credit lines, when the page
    (``url`` or ``outlet``) is known and is not the agency's own site."""
    if not url and not outlet:
        return []
    text = doc_text(doc)
    spans = [(start, name, "agency") for start, name in dateline_agencies(doc)]
    site = outlet_key(outlet) if outlet else own_key(url) if url and "://" in url else ""
    spans += [(start, name, "agency") for start, _end, name in credit_spans(text)]
    spans += [(start, name, "agency") for start, _end, name in head_credits(text)]  # 'Norpress Agency Kelsbury'
    spans += [(start, name, "agency") for start, _end, name in desk_credits(
        text, lambda desk: _site_name(desk, site) or bool(outlet) and is_own_outlet(desk, outlet.split(" (")[0]))]
    # ('Yeni Marelia with AA' on a page whose outlet is given as 'Yeni Marelia (AA)')
    own = outlet or outlet_of_url(url)
    spans += [(start, name, kind) for start, name, kind in from_lines(text) if not (own and is_own_outlet(name, own))
              and not (CODE.fullmatch(name) and _initials_of(name, site))]
    spans += [(start, name, "outlet") for start, name in outlet_bylines(text) if not (own and is_own_outlet(name, own))
              and not _site_name(name, site) and not _initials_of(name, site)]
    found: list[_Found] = []
    seen: set[int] = set()
    spelled = None  # the page's spelled_names, read at the first code
    for start, name, kind in spans:
        if start in seen:
            continue  # a dateline the credit lines read again
        seen.add(start)
        full = None
        if CODE.fullmatch(name) and name not in lexicon().outlets:
            if spelled is None:
                spelled = spelled_names(text)
            full = spelled_out(name, spelled)
        if kind == "agency" and (agency_site(name, url, outlet) or name not in lexicon().outlets and (
                (_initials_of(name, site) and name not in agency_codes() and (full is None or _site_name(full, site)))
                or _site_name(name, site))):
            continue  # on the agency's own site; 'TDI' on thediplomaticinsight.com, 'Norland Post News' on
            # norlandpost.example (not a code the page spells out as another's name: 'the Norland News Agency (NNA)',
            # nor an agency's code agency_sites.tsv gives: 'AA' on avaz.example)
        span = doc.char_span(start, start + len(name), alignment_mode="expand")
        if span is None or not len(span):
            continue
        item = _make(span[0].sent, full or with_code(text, start, name), kind, span[0])
        if item is not None:
            found.append(item)
    return found


OUTLET_BYLINE = re.compile(rf"(?:By|BY)[ \t]+(?:[A-Z][\w.'\-]+[ \t]+){{0,3}}[A-Z][a-z][\w'\-]+,[ \t]+(?P<a>{ONE_NAME})")


def outlet_bylines(text: str):
    """(start, name) of a byline line that ends with an outlet no agency list knows, named like a newspaper or a
    broadcaster ('By Jane Roe, Marelia Herald': its last word one of ``outlet_name_words``): on another outlet's
    page, the outlet that ran the story first (agencies are read by the credit lines)."""
    for at, line in lines_at(text):
        line = masked(line)  # same offsets
        lead = at + len(line) - len(line.lstrip())
        m = OUTLET_BYLINE.fullmatch(line.strip())
        if m is None:
            continue
        name = m.group("a").removeprefix("The ")
        if named_like_outlet(name) and not agencies(name, 0):
            yield lead + m.end("a") - len(name), name


SPELLED = re.compile(rf"((?:[A-Z][\w\-]*[ \t]+(?:(?:of|for|and|the)[ \t]+)*){{2,8}})\((?P<code>{CODE.pattern})\)")


def spelled_names(text: str) -> dict[str, str]:
    """Code -> the capitalised words (with 'of', 'for', 'and', 'the') the page writes right before its first
    '(CODE)': read once per page (no run of words crosses a bracket, so one pass finds what a search per code
    would)."""
    out: dict[str, str] = {}
    for m in SPELLED.finditer(text):
        out.setdefault(m["code"], m.group(1))
    return out


def spelled_out(code: str, spelled: dict[str, str]) -> str | None:
    """The name the page writes before an agency code in brackets ('the News Agency of Nigeria (NAN)'): capitalised
    words (with 'of', 'for', 'and') whose initials give the code's letters, else None (``spelled``: the page's
    spelled_names)."""
    if code not in spelled:
        return None
    words = spelled[code].split()
    while words and "".join(w[0] for w in words if w[0].isupper()) != code and len(words) > 1:
        words = words[1:]
        while words and words[0] in ("of", "for", "and", "the"):
            words = words[1:]
    return " ".join(words) if words and "".join(w[0] for w in words if w[0].isupper()) == code else None


def named_like_outlet(name: str) -> bool:
    """A name of two words or more whose last is a word of outlet names ('Marelia Herald', 'Norland Daily News')."""
    words = name.split()
    return len(words) >= 2 and words[-1] in lexicon().cues["outlet_name_words"]


def dateline_agencies(doc) -> list[tuple[int, str]]:
    """The agencies the page's datelines credit, each with where its name stands: known ones, codes ('PPI-OT') and
    a name no data file knows alone in a firm dateline's brackets ('KELSBURY, May 3 (Norpress) --'; not 'PORT
    ARDEN (Norland): '); 'May 3 (ANI/WAM):' gives both."""
    text = doc_text(doc)
    out = []
    for d in datelines(doc):
        parts = agency_parts(d.agency or "")
        for name in parts:
            if known_agency(name) or CODE.fullmatch(name) or (d.firm and len(parts) == 1 and unknown_agency(doc, d, name)):
                at = text.find(name, d.start, d.end)
                out.append((at if at >= 0 else d.start, name))
    return out


WITH_CODE = re.compile(r"[ ]?\([A-Z]{2,6}\)")


def with_code(text: str, start: int, name: str) -> str:
    """The agency's name with the code in brackets the text writes right after it ('Kuwait News Agency (KUNA)' in a
    syndicator's credit): one credit that either name matches."""
    m = WITH_CODE.match(text, start + len(name))
    return name + m.group() if m is not None and " " in name and text[start:start + len(name)] == name else name


def unknown_agency(doc, dateline, name: str) -> bool:
    """A name no data file knows alone in the brackets of a firm dateline ('KELSBURY, May 3 (Norpress) --'): an
    agency, unless it names a place, a people or a person (as the data files or the tagger know them: 'PORT
    ARDEN (Norland): '; a one-word name the tagger alone takes for a person is no person there) or an organisation
    the data files know."""
    if NAMED.fullmatch(name) is None or country_of(name) or institution_code(name) or igo_of(name) or \
            known_person(name) is not None:
        return False
    at = doc_text(doc).find(name, dateline.start, dateline.end)
    span = doc.char_span(at, at + len(name), alignment_mode="expand") if at >= 0 else None
    lone = span is not None and len(span) == 1 and not is_given_name(name) and name not in given_names() and \
        name not in person_words_of(doc)  # 'KELSBURY, May 3 (Korvix) -': a one-word name the tagger took for a
    # person that no given name or person named on the page makes one (a person stands in no dateline's brackets)
    return span is not None and not any(t.ent_type_ in ("GPE", "LOC", "NORP") or t.ent_type_ == "PERSON" and not lone
                                        for t in span)


def _site_name(name: str, site: str) -> bool:
    """A name no data file knows that is the page's own site's name, alone or with a word after it ('Norland Post
    News' on norlandpost.example)."""
    label = _SQUASH.sub("", site.split(".")[0].lower())
    return len(label) > 3 and _SQUASH.sub("", name.lower()).startswith(label)


def _initials_of(code: str, site: str) -> bool:
    """An agency code no data file knows may be the page's own site's initials ('TDI' on thediplomaticinsight.com,
    'NH' on norland-herald.example): its letters in order from the site name's first letter, or the initials of
    the name's hyphenated words."""
    label = site.split(".")[0].lower()
    letters = [ch for ch in code.lower() if ch.isalpha()]
    if not label or not letters:
        return False
    if "-" in label or " " in label:  # 'norland-herald': its words' initials
        return letters == [w[0] for w in re.split(r"[- ]+", label) if w]
    rest = iter(label)
    return label[0] == letters[0] and all(ch in rest for ch in letters)


def seat_of_government_name(name: str) -> bool:
    """'White House', 'Kremlin', 'Downing Street': a seat of government named alone (source_cues seat_names)."""
    return name.lower().removeprefix("the ") in lexicon().cues["seat_names"]


def byline_credit(doc, author: str | None, url: str | None, outlet: str | None) -> _Found | None:
    """The agency of a byline the cleaner cut from the text and kept as the ``author`` ("By PTI", "Jane Roe,
    Reuters") on another outlet's page (``url`` known, not the agency's own site): a source the page credits with
    the story, anchored on the story's first sentence below the headline. None when the byline still stands in
    the text (the credit lines read it there) or names no agency."""
    agency, kind = byline_agency(author) or (agency_named(author.strip()) if author else None), "agency"  # 'By Agencies'
    if agency is None and author and url and "://" in url:  # 'Jane Roe, Marelia Herald': an outlet named like one
        agency, kind = next((name for _start, name in outlet_bylines(f"By {author.strip()}")), None), "outlet"
        if agency is not None and (_site_name(agency, own_key(url)) or _initials_of(agency, own_key(url)) or
                                   is_own_outlet(agency, outlet or outlet_of_url(url) or "")):
            return None
    if agency is None or not url or "://" not in url or (outlet and is_own_outlet(agency, outlet)) or \
            agency_site(agency, url, outlet):
        return None
    text = doc_text(doc)
    written = re.escape(author.strip())
    if re.search(rf"(?m)(?:By|BY)[ \t]+{written}|^[ \t]*{written}[ \t]*$", text):
        return None  # the byline still stands in the text
    first = text.find("\n")
    sent = next((s for s in doc.sents if s.start_char > first and s.text.strip()), None) if first >= 0 else None
    sent = sent or next(iter(doc.sents), None)
    if sent is None:
        return None
    tok = next((t for t in sent if not t.is_space), sent[0])
    return _make(sent, agency, kind, tok)


def byline_own(author: str | None, url: str | None) -> str | None:
    """The agency of a byline kept as the ``author`` as the page's own outlet: with no URL, or on the agency's
    own site (on another site it is credited, ``byline_credit``)."""
    agency = byline_agency(author)
    return agency if agency and (not url or "://" not in url or agency_site(agency, url)) else None


def page_agency(doc, url: str | None) -> str | None:
    """The agency of the first dateline or byline as the page's own outlet: with no URL, or on the agency's own
    site. On another site the agency is a credited source (``wire_credits``), and so is an interview given to it
    there ("tells The Associated Press" under "(AP) —" on a site that runs AP copy)."""
    agency = own_agency(doc)
    return agency if agency and (not url or agency_site(agency, url)) else None


def wire_site(url: str | None):
    """With a URL, the test whether a name bracketed in a dateline ("(AP)") is the page's own outlet (the page is
    its site); None without one (the bracket then names the own outlet)."""
    return (lambda name: agency_site(name, url)) if url else None
