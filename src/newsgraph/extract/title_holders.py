"""Speakers still written as a bare title or role after every other naming step ('the premier stressed', '"...,"
the press secretary elaborated', 'the spokesman said', 'The Raksha Mantri announced', '"...," the Iranian diplomat
said') when the page names the one who holds it.

The annotation rules give a title to the fullest name the page gives that person; a title alone never matches.
Agency and readout copy names the person once ('Japanese Prime Minister X', 'Kremlin Spokesman X', 'Raksha Mantri
Shri X', or a description an earlier step named: 'The spokesman for the ministry said ...' = X) and then varies the
title. Two conventions:

- an office: the one named person on the page whose title (its words, the title words before the name, or the
  words of a description already found to name them) holds every office word of the description ('premier' is a
  prime minister, a 'press secretary' a spokesperson); when several do, the one who spoke last before it;
- a generic role ('the official', 'the diplomat'): the named person who spoke just before it (the quote before has
  that speaker, in the same paragraph or one of the two before), when no 'an official' introduced someone else.

A description naming a nation is never given to a person of another nation; an indefinite one ('a spokesman') is
someone new, and one in the headline is left to the steps that read ledes. Three more shapes:

- an indefinite title in the lede ('..., as a top Republican senator suggested') is the one person named lower down
  who holds it (a title written right before the name counts: 'Senator X', 'Dr. X'); never when two do;
- 'her doctor' reads like 'the doctor', 'the ex-congressman' like 'the former congressman' ('Former Rep. X');
- a bare 'the spokesperson' nobody named holds is the one indefinite description with its body that introduced it
  ('A Foreign Ministry spokesperson on Tuesday said ...'), written as the page gave it.
"""
from __future__ import annotations

import re

from ..model import Quote, Speaker
from .actor_countries import country_of
from .cues import norm_word, person_words
from .names import title_words
from .speaker_descriptions import description_like

DETERMINERS = frozenset({"the", "this", "that", "his", "her", "their"})  # 'her doctor': the page's one doctor
MODIFIERS = frozenset({"new", "top", "senior", "chief", "veteran", "incoming", "outgoing", "then", "current"})
# office words a description may use for a title the page wrote otherwise
SAME_OFFICE = {"premier": ("prime", "minister"), "press secretary": ("spokesperson",),
               "press officer": ("spokesperson",), "congressman": ("representative",),
               "congresswoman": ("representative",), "doctor": ("doctor",), "physician": ("doctor",)}
PAST_PREFIXES = ("ex-",)  # 'the ex-congressman': a former holder ('Former Rep. X')
TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.? $")  # 'Senator X', 'Dr. X', 'Rep. X'
TITLE_BEFORE_SPAN = 14
GENERIC_BREAKS = 2  # paragraph breaks back to the named speaker a generic role stands for
INDEFINITES = ("a", "an")  # an indefinite title in the lede: its holder is named lower down
BLANKS = re.compile(r"\s*")


def name_title_holders(doc, index, quotes: list[Quote]) -> None:
    """Give each quote whose speaker is still a definite or bare title the person the page names with it."""
    pw = person_words()
    first_break = index.text.find("\n")
    lede_end = _lede_end(index.text, first_break)
    titles: dict[str, set[str]] | None = None  # entity id -> the title words the page gives that person
    intros = None  # the page's indefinite descriptions with a body: (start, text, expanded head word)
    for q in quotes:
        sp = q.speaker
        if sp is None or sp.start is None or (first_break >= 0 and sp.start < first_break):
            continue
        lede = first_break <= sp.start < lede_end
        desc = _description(sp, index, pw, lede)
        if desc is None:
            continue
        office, nation, generic = desc
        if titles is None:  # (once per page, when a quote needs it)
            titles = _page_titles(index, quotes, pw)
        if lede and sp.name.split()[0].lower() in INDEFINITES:
            found = None if generic else _holder(index, quotes, q, office, nation, titles, pw, only=True)
        else:
            found = _last_speaker(index, quotes, q, nation, generic, office, titles) if generic else \
                _holder(index, quotes, q, office, nation, titles, pw)
        if found is not None:
            q.speaker = Speaker(name=found.name, entity=found.id, mention=sp.mention, start=sp.start, end=sp.end)
        elif not generic and sp.entity is None:
            if intros is None:  # (once per page, when a quote needs it)
                intros = [(m.start(), m.group(0), pw.expand(m.group(1))) for m in INTRODUCED.finditer(index.text)]
            intro = _introduced(intros, sp, pw)
            if intro is not None:
                q.speaker = Speaker(name=intro, entity=None, mention=sp.mention, start=sp.start, end=sp.end)


def _lede_end(text: str, first_break: int) -> int:
    """Where the page's first paragraph after the headline (the lede) ends (-1 without a headline line)."""
    if first_break < 0:
        return -1
    body = BLANKS.match(text, first_break).end()
    end = text.find("\n", body)
    return end if end >= 0 else len(text)


def _description(sp: Speaker, index, pw, lede: bool = False):
    """(office words, nation, generic role) of a speaker that is only a title ('the premier' -> ({prime,
    minister}, None, None); 'the Iranian diplomat' -> (set(), 'IRN', 'diplomat')), else None."""
    if sp.entity is not None:
        ent = index.entity(sp.entity)
        if ent is None or not (ent.type == "PERSON" and description_like(ent, pw) or _title_of_named(ent, index)):
            return None
    words = re.findall(r"[\w\u2019'-]+", sp.name)
    words = [x for w in words for x in (("former", w[3:]) if w.lower().startswith(PAST_PREFIXES) else (w,))]
    if lede and words and words[0].lower() in INDEFINITES:
        words = words[1:]  # 'as a top Republican senator suggested': the lede's holder is named lower down
    if not words or len(words) > 5 or words[0].lower() in ("a", "an", "one", "another", "some"):
        return None
    nation, rest, marks = None, [], []
    for w in words:
        low = norm_word(w)
        if low in DETERMINERS or low in MODIFIERS:
            continue
        code = country_of(w) if w[:1].isupper() else None
        if code:
            nation = code
            continue
        rest.append(low)
        if w[:1].isupper() and pw.expand(low) not in pw.titles:
            marks.append(low)
    if not rest or rest[-1].endswith("s") and rest[-1] not in pw.titles and rest[-1][:-1] in pw.titles:
        return None  # 'the officials': several
    phrase = " ".join(rest)
    past = {"former"} if rest[:1] == ["former"] and len(rest) > 1 else set()
    if " ".join(rest[len(past):]) in SAME_OFFICE:
        return set(SAME_OFFICE[" ".join(rest[len(past):])]) | past, nation, None
    if rest[-1] in pw.generic_office_words and rest[:-1] == marks:
        return set(marks), nation, rest[-1]  # 'the diplomat', 'the Norland official' (the marks to check)
    office = {pw.expand(w) for w in phrase.replace("-", " ").split()}  # 'secretary-general': both words
    head = pw.expand(rest[-1])
    if head in pw.separate_offices or head in pw.generic_office_words:
        return None
    if head in pw.titles or all(pw.expand(w) in pw.titles for w in rest[-1].split("-")):
        return (office - {head}) | set(SAME_OFFICE[head]) if head in SAME_OFFICE else office, nation, None
    if sp.entity is not None and all(w[:1].isupper() for w in words if norm_word(w) not in DETERMINERS):
        return office, nation, None  # 'Raksha Mantri': an office the page writes before a name
    return None


INTRODUCED = re.compile(r"\b(?:[Aa]n?)\s+(?:[A-Z][\w.\u2019'-]*\s+){1,4}([a-z]+)\b")


def _introduced(intros, sp: Speaker, pw) -> str | None:
    """'A Foreign Ministry spokesperson on Tuesday said ...', then '..., said the spokesperson': a bare definite
    role nobody named holds is the one the page introduced with an indefinite and the body it serves (capitalised
    words between), when it introduced exactly one such (the annotation writes the description as the page gave it).
    """
    words = re.findall(r"[\w\u2019'-]+", sp.name)
    if len(words) != 2 or norm_word(words[0]) != "the":
        return None
    head = pw.expand(norm_word(words[1]))
    found = {text for start, text, word in intros if start < sp.start and word == head}
    if len(found) != 1:
        return None
    intro = found.pop()
    return intro[0].lower() + intro[1:]


def _title_of_named(ent, index) -> bool:
    """An entity of two words or more whose whole name opens another person's name ('Raksha Mantri' beside 'Raksha
    Mantri Shri X'; not 'Anwar' beside 'Anwar Ibrahim', a name)."""
    words = ent.name.split()
    pw = person_words()
    if len(words) < 2 or norm_word(words[0]) in pw.male_first or norm_word(words[0]) in pw.female_first:
        return False  # 'Marco Rubio' beside a headline's 'Marco Rubio Lays'
    name = ent.name.lower() + " "
    return any(o is not ent and o.type == "PERSON" and o.name.lower().startswith(name) and
               len(o.name.split()) >= len(words) + 2 for o in index.entities)


def _page_titles(index, quotes: list[Quote], pw) -> dict[str, set[str]]:
    """Entity id -> the title words the page gives each named person: recorded titles, the words before the name
    inside a name that opens with a title, and the words of descriptions earlier steps found to name them."""
    out: dict[str, set[str]] = {}
    for k, ent in enumerate(index.entities):
        if ent.type != "PERSON" or description_like(ent, pw) or _title_of_named(ent, index):
            continue
        words = {pw.expand(norm_word(w)) for w in index.titles.get(k, set())}
        words |= title_words(ent.title or "")
        words |= {norm_word(w) for w in ent.name.split()[:-1]}  # 'Raksha Mantri Shri X'
        words |= _titles_before(index.text, ent, pw)
        out[ent.id] = words
    for q in quotes:
        sp = q.speaker
        if sp is None or sp.entity not in out or not sp.mention or sp.mention == sp.name:
            continue
        mention = sp.mention.lower()
        if mention.split()[0] in ("the",) or "'s " in mention or "\u2019s " in mention:
            out[sp.entity] |= title_words(sp.mention)  # 'the spokesman for the ministry': spokesperson
    return out


def _titles_before(text: str, ent, pw) -> set[str]:
    """The title words written right before the person's mentions and left out of the name ('Senator X', 'Dr. X':
    'the senator', 'her doctor')."""
    out = set()
    for s0, _ in ent.mentions:
        m = TITLE_BEFORE.search(text, max(0, s0 - TITLE_BEFORE_SPAN), s0)
        if m:
            word = pw.expand(norm_word(m.group(1)))
            if word in pw.titles or word == "doctor":
                out.add(word)
    return out


def _nation_fits(ent, nation: str | None) -> bool:
    return nation is None or ent.country is None or ent.country == nation


def _holder(index, quotes, q: Quote, office: set[str], nation, titles, pw, only: bool = False):
    """The one named person whose titles hold every office word; of several, the one who spoke last before
    (with only, none)."""
    fits = [index.entity(e) for e, words in titles.items() if office <= words]
    fits = [e for e in fits if e is not None and _nation_fits(e, nation) and not _someone_else(index, e, q.speaker)]
    if len(fits) == 1:
        return fits[0]
    if only:
        return None
    ids = {e.id for e in fits}
    for p in sorted((p for p in quotes if p.start < q.start and p.speaker is not None), key=lambda p: -p.start):
        if p.speaker.entity in ids:
            return index.entity(p.speaker.entity)
    return None


def _someone_else(index, ent, sp: Speaker) -> bool:
    """Whether the page writes the speaker's title in a sentence that also names the person apart from it ('The
    Prime Minister spoke to Prime Minister X': the title is someone else's); a title in the name ('Title X'), in an
    apposition ('X, the Title,') or after 'as' is that person."""
    words = [w for w in re.findall(r"[\w\u2019'-]+", sp.name) if w.lower() not in DETERMINERS]
    if not words:
        return False
    text = index.text
    for m in re.finditer(r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\b", text, re.I):
        a, b = _sentence_bounds(text, m.start(), m.end())
        if re.search(r"\bas\s+(?:the\s+)?$", text[a:m.start()], re.I):
            continue
        for s0, e0 in ent.mentions:
            if not a <= s0 < b or s0 <= m.start() < e0:
                continue  # elsewhere, or the title inside the name
            if e0 <= m.start() and re.fullmatch(r",\s+(?:the\s+)?[\w\s.\u2019'-]{0,40}", text[e0:m.start()]):
                continue  # 'X, the United Nations Secretary-General,'
            if m.end() <= s0 and re.fullmatch(r"(?:\s+(?:[A-Z][\w.\u2019'-]*|of|for|and|the))*\s*", text[m.end():s0]):
                continue  # 'Secretary-General Ban Ki-moon', 'Prime Minister of Norland X'
            return True
    return False


def _last_speaker(index, quotes, q: Quote, nation, role: str, marks: set[str], titles):
    """The named person of the quote just before, for 'the official' / 'the diplomat' (no 'an official' before);
    a capitalised word of the role ('the Norland official') among their titles or in a sentence naming them."""
    before = [p for p in quotes if p.start < q.start and p.speaker is not None]
    if not before:
        return None
    p = max(before, key=lambda p: p.start)
    ent = index.entity(p.speaker.entity) if p.speaker.entity else None
    if ent is None or ent.type != "PERSON" or description_like(ent, person_words()):
        return None
    if index.text[p.start:q.start].count("\n\n") > GENERIC_BREAKS or not _nation_fits(ent, nation):
        return None
    if re.search(rf"\b(?:an?|one|another)\s+(?:[\w-]+\s+){{0,3}}{role}\b", index.text[:q.start], re.I):
        return None  # 'a senior official said' before: 'the official' is that one
    if marks and not all(any(w.startswith(m[:5]) for w in titles.get(ent.id, ())) or
                         any(m[:5] in _sentence(index.text, s0).lower() for s0, _ in ent.mentions) for m in marks):
        return None  # 'the Ostmark official' is nobody the page ties to Ostmark
    return ent


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The line or '. '-ended sentence around text[start:end], as character offsets."""
    a = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start)) + 1
    b = min(x for x in (text.find("\n", end), text.find(". ", end), len(text)) if x >= 0)
    return a, b


def _sentence(text: str, pos: int) -> str:
    a, b = _sentence_bounds(text, pos, pos)
    return text[a:b]
