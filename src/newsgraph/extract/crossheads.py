"""Crossheads: a short quoted line between paragraphs ('Wind of change' in quote marks on a line of its own) is a
heading made of words someone in the story says; British and agency copy uses them to break up a story. The
heading is that person's words when the story identifies them: a quote below repeats its words, or the paragraph
right below refers back to it ('That is how X put it'). Otherwise (the words are not in the page, or the page is cut
off) the heading has no identifiable speaker and is no quote (annotation rules: fragments with no identifiable
speaker are left out)."""
from __future__ import annotations

import re
from bisect import bisect_right

from ..model import Speaker
from .cues import norm_word, person_words
from .quote_filters import WORD
from .text_lines import line_end, line_start

MAX_WORDS = 10  # a heading, not a paragraph of speech
LABEL_WORDS = 3  # a noun-phrase heading this short echoes only a short fragment, not a whole sentence
LOOKAHEAD = 600  # characters after the heading in which the section below must name its speaker
ECHO_CHARS = 1000  # how far above or below the heading a statement holding its words may stand
ENDS = (".", "!", "?", ",", ";", ":", "\u2026")
BACK_REFERENCES = {"That", "This", "Those", "These", "Such"}  # the paragraph below points back at the heading
SMALL = {"of", "the", "a", "an", "and", "to", "in", "on", "for", "at", "by", "or", "with", "from", "is"}


def stem(word: str) -> str:
    """A word's first letters, to match its other forms ('intensify' / 'intensified', 'warns' / 'warned')."""
    w = word.lower().replace("\u2019", "'")
    return w[:max(4, len(w) - 3)]


def is_crosshead(text: str, m, la: int, lb: int, words: list[str], head_end: int) -> bool:
    """The quotation fills its line (only the marks and the words), ends with no punctuation, is at most
    ``MAX_WORDS`` words and comes after the headline (a last line of a cut-off page is one too: it names no one)."""
    if not m.closed or m.paragraphs > 1 or m.open < head_end or len(words) > MAX_WORDS:
        return False
    if text[la:m.open].strip() or text[m.close:lb].strip():
        return False  # other words share the line: a quote inside a paragraph
    if text[m.start:m.close].rstrip(" \u201d\u2019\"'")[-1:] in ENDS:
        return False  # a sentence standing as its own paragraph, or a line broken after its comma ('"...,"\nX said')
    return True


def speaker_below(text: str, head, lb: int, quotes: list, timeline: list[tuple[int, Speaker]],
                  starts: list[int], statements: list = (), label: bool = False) -> Speaker | None:
    """The speaker of the first quote below the heading that says at least two thirds of its content words (in any
    form: a paraphrase of the heading repeats fewer); else of the first statement below (``statements``: indirect
    ones) or the nearest quote or statement above, within ``ECHO_CHARS``, that says the heading's words in a row
    ('Fatally damaged' over 'a senior official told the BBC he believed X had been fatally damaged'; 'Great
    interest' under 'He said he would "listen with great interest"'); else, when the paragraph right below refers
    back to it ('That was how X described ...'), the first speaker named within ``LOOKAHEAD`` characters of the
    heading's line (end ``lb``). ``label``: the heading is a short noun phrase ('Democratic means', 'Extreme
    difficulty'), whose words only a short fragment quoting them makes someone's; inside a whole sentence ('... it
    would have extreme difficulty in ratifying the charter') they are a label the editor lifted from it."""
    words = {w.lower() for w in WORD.findall(head.text)}
    wanted = {stem(w) for w in words - SMALL}
    longest = 2 * len(WORD.findall(head.text)) + 1 if label else None
    quotes = [q for q in quotes if longest is None or len(WORD.findall(q.text)) <= longest]
    statements = [q for q in statements if longest is None or len(WORD.findall(q.text)) <= longest]
    for q in quotes:
        if q.start > lb and q.speaker is not None:
            said = {stem(w) for w in WORD.findall(q.text)}
            if wanted and len(wanted & said) * 3 >= len(wanted) * 2:
                return q.speaker  # not a paraphrase: "'Energy scheme leaves devastating costs for years'" over
                # 'He says there will be "devastating costs to the northern block grant for 20 years"'
    run = WORD.findall(head.text)
    said = [q for q in [*quotes, *statements] if q.speaker is not None and 0 < q.start - lb <= ECHO_CHARS]
    said.sort(key=lambda q: q.start)
    said += sorted((q for q in [*quotes, *statements] if q.speaker is not None and 0 < head.start - q.end <= ECHO_CHARS
                    and q is not head), key=lambda q: -q.start)
    if words - SMALL:
        held = _run_pattern(run)  # compiled once, tried on every quote or statement
        for q in said:
            if held.search(q.text):
                return q.speaker
    if text[lb:].lstrip().split(" ", 1)[0].split("\u2019")[0].split("'")[0] not in BACK_REFERENCES:
        return None
    k = bisect_right(starts, lb)
    if k < len(timeline) and timeline[k][0] - lb <= LOOKAHEAD:
        return timeline[k][1]
    return None


def _run_pattern(words: list[str]) -> re.Pattern:
    """What finds the heading's words said in a row, not inside quotation marks of their own (a quoted label the
    quote filters left out, 'to advance the "land revolution"', is no one's words)."""
    return re.compile(r"(?<![\w'\u2018\u201c\"])" + r"\W+".join(re.escape(w) for w in words) + r"(?!\w)",
                      re.IGNORECASE)


ENTRY_NUMBER = re.compile(r" {0,3}\d{1,3}\. \S")  # '2. Heading' of a live page's entry
ENTRY_WORDS = 16  # an entry heading is a heading, not a summary point's sentence
NEXT_LINE = re.compile(r"\n*([^\n]*)")
NEXT_ENTRY = re.compile(r"\n {0,3}\d{1,3}\. \S")  # the numbered line that opens the next entry


def entry_heading(text: str, la: int, lb: int) -> bool:
    """A live page's entry heading ('4. 'Work together'', '2. Commitments 'won't impress ...'' above the entry's
    paragraphs): a short numbered line whose next line is no numbered line (a numbered line above another one is
    a point of the page's summary)."""
    if not ENTRY_NUMBER.match(text, la, lb) or len(text[la:lb].split()) > ENTRY_WORDS:
        return False
    nxt = NEXT_LINE.match(text, lb).group(1)
    return bool(nxt.strip()) and not ENTRY_NUMBER.match(nxt)


def entry_end(text: str, lb: int) -> int:
    """Where the entry below a heading ends: at the next numbered line."""
    m = NEXT_ENTRY.search(text, lb)
    return m.start() + 1 if m else len(text)


def entry_speaker(text: str, head, lb: int, quotes: list, timeline: list[tuple[int, Speaker]],
                  starts: list[int], label) -> Speaker | None:
    """The speaker of a quote in a live page's entry heading is named in that entry, never in the entry above:
    the speaker of a quote in the entry that repeats its words, else the person of a name line opening the entry
    ('Adam Fleming' above 'Brussels reporter'; ``label(start, end)`` reads it), else the first speaker of the
    entry; None when the entry names nobody."""
    end = entry_end(text, lb)
    found = speaker_below(text, head, lb, [q for q in quotes if q.start < end], [], [])
    if found is not None:
        return found
    m = NEXT_LINE.match(text, lb)
    if m.group(1).strip():
        named = label(m.start(1), m.end(1))
        if named is not None:
            return named
    k = bisect_right(starts, lb)
    if k < len(timeline) and timeline[k][0] < end:
        return timeline[k][1]
    return None


ENTRY_LINE = re.compile(r"(?:^|\n) {0,3}\d{1,3}\. \S")


def entry_named_descriptions(index, quotes: list) -> None:
    """A title standing for the speaker in a live page's entry ('the PM said', 'the Welsh party leader has said')
    that no rule named is the person of the entry's name line ('Jo Roe' below the entry heading), when the entry
    names that person again below it (the entry's subject, not its reporter, whose name line stands alone) and
    the page gives them no other office."""
    pw, text = person_words(), index.text
    heads = None
    for q in quotes:
        sp = q.speaker
        if sp is None or sp.entity is not None or not sp.mention or sp.start is None:
            continue
        words = sp.mention.split()
        last = norm_word(words[-1])
        key = pw.expand(last)
        if len(words) < 2 or words[0].lower() != "the" or key not in pw.titles and last not in pw.title_initialisms:
            continue
        if heads is None:
            heads = [m.end() - 1 for m in ENTRY_LINE.finditer(text)]
            heads = [a for a in (line_start(text, h) for h in heads) if entry_heading(text, a, line_end(text, a))]
        k = bisect_right(heads, sp.start) - 1
        if k < 0:
            continue
        lb = line_end(text, heads[k])
        end = entry_end(text, lb)
        m = NEXT_LINE.match(text, lb)
        if end <= sp.start or not m.group(1).strip() or m.end(1) >= sp.start:
            continue
        person = _line_person(index, m.start(1), m.end(1), pw)
        if person is None or not any(m.end(1) < s < end and not (sp.start <= s < sp.end) for s, _ in person.mentions):
            continue  # a reporter's name line: the entry does not speak of them
        if person.title and pw.expand(norm_word(person.title.split()[-1])) not in (key, *pw.title_initialisms.get(last, ())):
            continue  # 'Health Secretary Jo Roe' is not 'the PM'
        q.speaker = Speaker(name=person.name, entity=person.id, mention=sp.mention, start=sp.start, end=sp.end)


def _line_person(index, a: int, b: int, pw):
    """The person whose name is all the line holds; a two- or three-word name opening with a known first name
    counts when the name finder took it for an organisation ('Paul Davies')."""
    line = index.text[a:b].strip()
    start = a + index.text[a:b].find(line)
    ent = index.at_char(start, start + len(line))
    if ent is None or not any(s <= start and start + len(line) <= e for s, e in ent.mentions):
        return None
    words = ent.name.split()
    if ent.type == "PERSON" or ent.type == "ORG" and 2 <= len(words) <= 3 and (
            norm_word(words[0]) in pw.male_first or norm_word(words[0]) in pw.female_first):
        return ent
    return None


PULL_NAME = re.compile(r"\n+[ \t]*(?:[-\u2013\u2014][ \t]*)?([^\n,]+)(?:,[^\n]*)?(?:\n|$)")
NAME_LINE_WORDS = 12  # 'Ines Marr, Nurses' Union general secretary': a name line, not a paragraph


def pull_quote_name(index, lb: int) -> Speaker | None:
    """A pull-quote: a quotation filling its line with a name line right below it ('"We are not doing this
    lightly"' over 'Ines Marr, Nurses' Union general secretary', "'The water was at the ceiling'" over '- Ana Pel,
    resident'): the person of that line said it. The line holds the name, then at most a short description after
    a comma, and no sentence ('Jo Roe, the party leader, said ...' opens a paragraph)."""
    m = PULL_NAME.match(index.text, lb)
    if m is None:
        return None
    line = m.group(0).strip()
    if len(line.split()) > NAME_LINE_WORDS or line.rstrip()[-1:] in (".", "!", "?", ":", "\"", "\u201d"):
        return None
    person = _line_person(index, m.start(1), m.end(1), person_words())
    if person is None:
        return None
    a = m.start(1) + index.text[m.start(1):m.end(1)].find(m.group(1).strip())
    return Speaker(name=person.name, entity=person.id, mention=m.group(1).strip(), start=a,
                   end=a + len(m.group(1).strip()))
