"""Names written after an office and its portfolio, as agency copy writes them (APP, PTI, Bernama, Gulf agencies):
'Federal Minister for Food Security Kamran Butt said', 'Minister for Information, Broadcasting and National
Heritage, Ms Saima Rauf said', 'Minister of State for Foreign Affairs X', 'Special Assistant to the Prime Minister
on Overseas Pakistanis X'. The tagger reads portfolio and name as one body ('Revenue Nasir Mahmood Lodhi'), takes
a piece of the portfolio for a person ('Literary Heritage') or misses the name. The portfolio is a run of
portfolio words (data/person_titles.json 'portfolio_words'), places and peoples joined by commas and 'and'; the
capitalised words after it, past any honorific or rank ('General'), are the person's name, so 'the minister' and
'she' can find them; one word is a name when a verb follows it ('Deputy Minister for Foreign Affairs Saiki
summoned ...'), and initials open a name ('VK Singh').

The same shape with a body or place for a portfolio ('Chairperson of the African Union Commission X', 'mayor of
Lille X'): the tagger reads body and name as one body or misses where the name starts; the name opens with a given
name (given_names*.tsv) and runs two to four capitalised words. A serving role ('spokesman for X') is no office of
the body that follows: X is the one served.
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicons import data_json
from .actor_countries import country_kind
from .cues import norm_word, person_words
from .name_lexicon import given_sex, is_given_name
from .names import Mention, honorific_at
from .sentence_view import doc_view

_JOINERS = frozenset({",", "and", "&", "-"})
_PREPS = frozenset({"for", "of", "on"})


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """The office words, and the portfolio words: lower-case ones matched in any case, 'portfolio_words_exact' ones
    ('IT', 'Up') only as written (they stand as the list's own kind of word, never in lower case)."""
    d = data_json("person_titles.json")
    return frozenset(d.get("portfolio_titles", ())), \
        frozenset(d.get("portfolio_words", ())) | frozenset(d.get("portfolio_words_exact", ()))


def _portfolio_word(word: str, words: frozenset[str]) -> bool:
    """A word of a portfolio: a portfolio word, or a place or people ('Kashmir Affairs', 'Overseas Pakistanis')
    that is no given name."""
    if word.lower() in words or word in words:  # ('IT': in the list as written; 'It' is no portfolio word)
        return True
    return word[:1].isupper() and country_kind(word) is not None and not is_given_name(word)


def _portfolio_start(texts: list[str], i: int, titles: frozenset[str]) -> int | None:
    """Where the portfolio after the office word at ``i`` starts: past 'for'/'of'/'on', 'of State for', 'to the
    Prime Minister on', 'in charge of'; None when no portfolio follows."""
    n = len(texts)
    j = i + 1
    if j + 2 < n and texts[j] == "of" and texts[j + 1] == "State" and texts[j + 2] in ("for", "of"):
        j += 2  # 'Minister of State for Foreign Affairs'
    elif j + 2 < n and texts[j] == "in" and texts[j + 1] == "charge" and texts[j + 2] == "of":
        j += 2  # 'General Secretary in charge of Communications'
    elif j < n and texts[j] == "to":  # 'Special Assistant to the Prime Minister on Overseas Pakistanis'
        k = j + 1 + (j + 1 < n and texts[j + 1] == "the")
        while k < n and k - j <= 4 and texts[k][:1].isupper() and texts[k].lower() not in titles:
            k += 1
        if not (k + 1 < n and texts[k].lower() in titles and texts[k + 1] in ("on", "for")):
            return None
        j = k + 1
    if j >= n or texts[j] not in _PREPS:
        return None
    return j + 1


def _named_after(doc, texts: list[str], start: int, words: frozenset[str]) -> tuple[int, int, int, str | None] | None:
    """(portfolio end, name start, name end, gender) of the name after the portfolio opening at ``start``, or None:
    at least one portfolio word, then (past a comma and honorifics) two to four capitalised words, or one after an
    honorific."""
    n = len(texts)
    k, seen = start, 0
    while k < n and k - start < 14:
        t = texts[k]
        if t in _JOINERS:
            k += 1
        elif t[:1].isupper() and _portfolio_word(t, words):
            seen += 1
            k += 1
        else:
            break
    if not seen:
        return None
    while k > start and texts[k - 1] in _JOINERS:
        k -= 1  # the portfolio ends on a word
    end = k
    if k < n and texts[k] == ",":
        k += 1  # 'National Heritage, Ms Saima Rauf'
    pw = person_words()
    a = honorific_at(doc, k)
    gender = None
    while a < n and norm_word(texts[a]) in pw.honorifics:
        w = norm_word(texts[a])
        gender = "m" if w in pw.male else "f" if w in pw.female else gender
        a += 1
    while a < n and norm_word(texts[a]) in _RANKS and a + 1 < n and texts[a + 1][:1].isupper():
        a += 1  # 'External Affairs General VK Singh': a rank before the name
    titled = a > k
    b = _name_end(doc, texts, a, pw)
    if b - a < (1 if titled or _verb_at(doc, texts, b) else 2) or \
            (b < n and texts[b][:1].isupper() and texts[b].isalpha()):
        return None  # no name, or a longer run of capitals than a name ('... Special Initiatives Division Office')
    return end, a, b, gender


def _name_end(doc, texts: list[str], a: int, pw) -> int:
    """The end of the name run from ``a``: up to four capitalised words, initials only first ('VK Singh'), no title
    word and no place after the first word."""
    n = len(texts)
    b = a
    while b < n and b - a < 4 and texts[b][:1].isupper() and texts[b].replace("-", "").replace("'", "").isalpha() \
            and doc[b].ent_type_ not in _TIMES and (not texts[b].isupper() or b == a and len(texts[b]) <= 3 and
                                                     b + 1 < n and texts[b + 1][:1].isupper() and
                                                     not texts[b + 1].isupper()) \
            and norm_word(texts[b]) not in pw.titles and not _place_at(doc, texts, a, b):
        b += 1
    return b


def _verb_at(doc, texts: list[str], b: int) -> bool:
    """A finite verb right after a one-word name ('Affairs Saiki summoned'): the name is the subject."""
    return b < len(texts) and texts[b][:1].islower() and doc[b].tag_ in ("VBD", "VBZ", "VBP")


def _body_named(doc, texts: list[str], i: int, pw, words: frozenset[str]) -> tuple[int, int, int] | None:
    """(body end, name start, name end) after an office word at ``i`` followed by 'of'/'for' and a body or place
    ('Chairperson of the African Union Commission X Y', 'mayor of Lille X Y'): a run of capitalised words ('of',
    'and' inside) of at most nine, whose last two to four words are a name that opens with a given name or follows
    a place ('Lille')."""
    n = len(texts)
    j = i + 2 + (i + 2 < n and texts[i + 2] == "the")
    end = j
    while end < n and end - j < 9 and doc[end].ent_type_ not in _TIMES and (
            texts[end][:1].isupper() and texts[end].replace("-", "").isalpha() or
            texts[end] in ("of", "and", "&") and end > j):
        end += 1
    if end < n and texts[end][:1].isupper() and texts[end].isalpha() and doc[end].ent_type_ not in _TIMES:
        return None  # a longer run of capitals than a body and a name
    start = next((k for k in range(j + 1, end - 1) if _given(texts[k])), None)
    if start is None:  # after a place only a name the tagger read as a person ('Lille X Y': not 'Texas State ...')
        places = [k for k in range(j, end - 2) if country_kind(texts[k]) is not None and not _given(texts[k])]
        start = places[-1] + 1 if places and all(doc[k].ent_type_ == "PERSON" for k in range(places[-1] + 1, end)) \
            else None
    if start is not None and any(doc[k].pos_ != "PROPN" or texts[k].lower() in words for k in range(start, end)):
        return None  # ('... Economic Council', '... Is Pressed'): no name
    if start is None or not 2 <= end - start <= 4 or texts[start - 1] in ("of", "and", "&") or \
            any(norm_word(t) in pw.titles for t in texts[j:end]):
        return None  # ('spokesman for President X': the one served has a title of their own)
    if _name_end(doc, texts, start, pw) != end:
        return None
    return start, start, end


def _given(word: str) -> bool:
    """A capitalised given name (not written in capitals): of person_titles.json or either given-name list."""
    return word[:1].isupper() and not word.isupper() and (is_given_name(word) or given_sex(word.lower()) is not None)


def _place_at(doc, texts: list[str], a: int, b: int) -> bool:
    """A place the name run from ``a`` stops at ('the Minister for Trade New Zealand', 'Secretary for Security Hong
    Kong Police'): a place entity, or a country, capital or region named by the word (no given name: 'Jordan') or by
    it and the next; never a surname that is also a place ('Minister for Trade Alan Preston', 'Simon Birmingham')."""
    if b > a and _surname_at(doc, texts, a, b):
        return False
    if doc[b].ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    if country_kind(texts[b]) is not None and not is_given_name(texts[b]):
        return True
    return b + 1 < len(texts) and country_kind(f"{texts[b]} {texts[b + 1]}") is not None


def _surname_at(doc, texts: list[str], a: int, b: int) -> bool:
    """Whether ``b`` continues the name begun at ``a``: inside a person entity that starts in the run ('Simon
    Birmingham'), or the run's last word after a given name ('Kamran Lahore said')."""
    if doc[b].ent_type_ == "PERSON" and doc[b].ent_iob_ == "I":
        s = b
        while s > a and doc[s].ent_iob_ == "I":
            s -= 1
        if s >= a and doc[s].ent_iob_ == "B" and doc[s].ent_type_ == "PERSON":
            return True
    last = not (b + 1 < len(texts) and texts[b + 1][:1].isupper() and texts[b + 1].isalpha())
    return last and any(is_given_name(w) for w in texts[a:b])


_TIMES = frozenset({"DATE", "TIME"})
_RANKS = frozenset({"general", "gen", "admiral", "adm", "colonel", "col", "major", "maj", "brigadier", "marshal",
                    "lieutenant", "lt", "captain", "capt"})
_MODIFIERS = frozenset({"federal", "union", "provincial", "state", "deputy", "special", "junior", "senior", "acting",
                        "interim", "caretaker", "former", "assistant", "associate", "parliamentary", "chief", "prime",
                        "vice", "first", "high", "foreign"})  # 'Deputy Prime Minister of X', 'High Commissioner for


def _found(doc) -> tuple[tuple[int, int, int, int, str | None, bool], ...]:
    """(title start, portfolio end, name start, name end, gender, a body's office) of every name after a portfolio
    title or an office of a body on the page: read once and kept on the parse."""
    got = doc.user_data.get("newsgraph_portfolio_names")
    if got is not None:
        return got
    titles, words = _lexicon()
    texts = doc_view(doc).text
    out = []
    pw = person_words()
    for i, w in enumerate(texts):
        low = w.lower()
        if low in pw.titles and low not in pw.serving_roles and low not in titles and i + 2 < len(texts) and \
                texts[i + 1] in ("of", "for"):
            named = _body_named(doc, texts, i, pw, words)  # 'Chairperson of the African Union Commission X'
            if named is not None:
                first = i
                while first > 0 and i - first < 3 and texts[first - 1][:1].isupper() and \
                        texts[first - 1].lower() in _MODIFIERS:
                    first -= 1
                out.append((first, *named, given_sex(texts[named[1]].lower()), True))
            continue
        if not w[:1].isupper() or low not in titles:
            continue
        start = _portfolio_start(texts, i, titles)
        if start is None:
            continue
        named = _named_after(doc, texts, start, words)
        if named is not None:
            first = i
            while first > 0 and i - first < 3 and texts[first - 1][:1].isupper() and \
                    texts[first - 1].lower() in _MODIFIERS:
                first -= 1  # 'Federal Minister', 'Union Minister of State'
            out.append((first, *named, False))
    got = tuple(out)
    doc.user_data["newsgraph_portfolio_names"] = got
    return got


def portfolio_title(span) -> str | None:
    """The office and portfolio written before the person mention ``span`` ('Federal Minister for Food Security'),
    when a portfolio title names it; else None."""
    for first, end, a, b, _g, body in _found(span.doc):
        if a <= span.start < b and not body:  # (an office of a body: the title as title_of reads it)
            return span.doc[first:end].text
    return None


def portfolio_names(doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the name after each portfolio title a person mention of its own: mentions over the name
    (or over portfolio and name) give way to it, and a person or body the tagger found inside the portfolio is
    dropped ('Literary Heritage'); places and peoples there stay, and the body an office belongs to."""
    found = [(first, a, b, g, body) for first, _end, a, b, g, body in _found(doc)]
    if not found:
        return mentions
    kept = []
    for m in mentions:
        clash = False
        for p, a, b, _g, body in found:
            if m.start < b and a < m.end and not (m.label == "PERSON" and a <= m.start and m.end <= b):
                clash = True  # over the name, less than it: 'Revenue Nasir Mahmood Lodhi'
            elif p <= m.start and m.end <= a and (m.label == "PERSON" or m.label == "ORG" and not body):
                clash = True  # a piece of the portfolio: 'Literary Heritage', 'National History'
        if not clash:
            kept.append(m)
    for _p, a, b, g, _body in found:
        if not any(m.label == "PERSON" and a <= m.start and m.end <= b for m in kept):
            kept.append(Mention(a, b, "PERSON", g))
    return kept


def office_named(doc, i: int) -> bool:
    """Whether token ``i`` is the office word of a name written right after an office of a body ('mayor of Lille X
    Y'), so a lower-case office word as subject ('Socialist mayor of Lille X Y criticized') names X Y."""
    return any(body and f <= i < a for f, _e, a, _b, _g, body in _found(doc))
