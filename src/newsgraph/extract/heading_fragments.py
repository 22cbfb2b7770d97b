"""A quoted predicate in a heading line ("Nato attacks 'to intensify'", "Mayor's win 'highly unlikely'", "Port
stands 'on a precipice'"): British and agency headlines put in quotation marks what someone in the story says will
happen or is so, without naming them. The words are that speaker's when a statement just below the heading says
them again (a quote or a reported clause holding every content word of the fragment). A quoted noun phrase in a
heading ("'White list' of safe countries", "Thai 'red shirt' leaders") is a label, left to the other rules, unless a
quotation just below says its words in a row ("SNP 'tunnel vision'" over '"The tunnel vision that SNP has shown ..."')."""
from __future__ import annotations

from ..model import Quote, Speaker
from .crossheads import SMALL, stem
from .quote_echoes import says_in_row
from .quote_filters import WORD
from .text_lines import line_bounds

HEADING_WORDS = 14  # a heading line, not a paragraph's sentence
WINDOW = 1200  # characters below the heading in which the statement that repeats it must start
FUNCTION_WORDS = SMALL | {"be", "are", "was", "will", "would", "must", "should", "could", "can", "may", "not", "no",
                          "it"}
PREDICATE_POS = {"VERB", "AUX", "ADJ", "ADV"}


def heading_line(text: str, la: int, lb: int) -> bool:
    """A line standing as its own paragraph, short and with no sentence-final mark, with text below it."""
    line = text[la:lb].strip()
    if not line or len(line.split()) > HEADING_WORDS or line.rstrip("'\"\u2019\u201d)")[-1:] in (".", "!", "?", ":"):
        return False
    k = la  # the text before the line, less spaces and tabs, read in place (no copy of the page per line)
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    after = text[lb:lb + 3]
    if k > 0 and not text.endswith("\n\n", 0, k) and not after.startswith("\n\n") and not after.startswith("\n \n"):
        return False  # a line of a hard-wrapped paragraph
    return bool(text[lb:lb + 400].strip())


def opens_headline(text: str, m, lb: int) -> bool:
    """A quotation opening a headline line that the line's own words carry on ("'Crunch time' for climate talks",
    "'No deal yet' in port strike"): a fragment of the headline, not a sentence someone said; a comma, colon or dash
    after it ("'We will not back down', says X") hands it to an attribution."""
    rest = text[m.close:lb].lstrip(" \t")
    return m.closed and rest[:1].isalnum()


def is_predicate(doc, q: Quote) -> bool:
    """The fragment says something of someone or something: it opens with 'to', a modal or a preposition
    ('to intensify', 'must stand trial', 'on a precipice') or its head is a verb, adjective or adverb ('highly
    unlikely', 'call ceasefire'); not a noun phrase ('New voice', 'White list')."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return False
    first = span[0]
    if first.lower_ == "to" or first.tag_ in ("MD", "IN"):
        return True
    heads = [t for t in span if t.head.i == t.i or not (span.start <= t.head.i < span.end)]
    return len(heads) == 1 and heads[0].pos_ in PREDICATE_POS


def echo_speaker(text: str, q: Quote, line_end: int, quotes: list[Quote]) -> Speaker | None:
    """The speaker of the first statement below the heading (within ``WINDOW`` characters) whose words hold every
    content word of the fragment ('... will intensify' for 'to intensify')."""
    wanted = {stem(w) for w in WORD.findall(q.text) if w.lower() not in FUNCTION_WORDS}
    if not wanted:
        return None
    for other in sorted(quotes, key=lambda x: x.start):
        if other.start <= line_end or other is q:
            continue
        if other.start > line_end + WINDOW:
            break
        if other.speaker is None:
            continue
        said = {stem(w) for w in WORD.findall(other.text)}
        if wanted <= said:
            return other.speaker
    return None


def heading_echoes(doc, text: str, quotes: list[Quote]) -> None:
    """Give a quoted predicate with no speaker in a heading line the speaker of the statement below that repeats
    it."""
    for q in quotes:
        if q.speaker is not None or q.kind != "partial":
            continue
        la, lb = line_bounds(text, q.start, q.end)
        if not heading_line(text, la, lb):
            continue
        if is_predicate(doc, q):
            sp = echo_speaker(text, q, lb, quotes)
        else:  # a noun phrase: only when a quote below says it in a row ('SNP "tunnel vision"': the quote's words)
            sp = next((o.speaker for o in sorted(quotes, key=lambda x: x.start) if lb < o.start <= lb + WINDOW and
                       o.kind != "indirect" and o.speaker is not None and says_in_row(q.text, o.text)), None)
        if sp is not None:
            q.speaker = Speaker(name=sp.name, entity=sp.entity, mention=sp.mention, start=sp.start, end=sp.end)
