"""The line of the raw text around a character offset: a line runs from just after a newline (or the start of the
text) to the next newline (or the end of the text). Paragraphs of cleaned text are lines."""
from __future__ import annotations


def line_start(text: str, i: int) -> int:
    """Offset of the first character of the line that holds offset ``i``."""
    return text.rfind("\n", 0, i) + 1


def line_end(text: str, i: int) -> int:
    """Offset of the newline that ends the line holding offset ``i`` (the length of the text on the last line)."""
    j = text.find("\n", i)
    return len(text) if j < 0 else j


def line_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """(first, past-last) offsets of the line that holds ``start``, through the line holding ``end`` when given
    (a quotation that runs from one line into the next)."""
    return line_start(text, start), line_end(text, start if end is None else end)


def unclosed_line(text: str, i: int, ends: tuple[str, ...]) -> tuple[int, str] | None:
    """(start, text less trailing space) of the line holding offset ``i`` when it does not end with one of
    ``ends`` - a headline, crosshead or bullet, which ends no sentence - else None."""
    a, b = line_bounds(text, i)
    line = text[a:b].rstrip()
    if not line or line.endswith(ends):
        return None
    return a, line


def lines_at(text: str):
    """(offset, line) of every line of ``text``, each with its line break (``str.splitlines(keepends=True)``): the
    walk of the readers that take a page line by line."""
    at = 0
    for line in text.splitlines(keepends=True):
        yield at, line
        at += len(line)


LABEL_OPENERS = frozenset({"dear", "to", "re", "attn", "attention", "update", "updates", "note", "editor", "from",
                           "cc", "subject"})  # 'Dear President X:', 'Update from X:': a letter's or a note's heading
LABEL_LINKS = frozenset({"of", "for", "the", "and", "on", "to", "in"})  # 'Minister for Foreign Affairs of X, Y:'


def line_label(text: str, la: int, pos: int, index, max_chars: int, max_words: int):
    """A speaker label opening the line at ``la`` ('Lin Mei: ...', 'Minister Roe: ...', 'Mr. ROE Ken, Minister for
    Foreign Affairs: ...'): (label text, colon offset, the PERSON it names or None) when a colon comes before ``pos``
    within ``max_chars`` after at most ``max_words`` words; the person only when the label opens with the name, after
    title words, and nothing but ', <title>' follows it; not a salutation or a heading ('Dear President Varo:',
    'Update from Jo Roe:'). None when the line has no such label."""
    colon = text.find(":", la, min(pos, la + max_chars))
    if colon < 0:
        return None
    label = text[la:colon]
    words = label.split()
    if not words or len(words) > max_words or any(q in label for q in '"\u201c\u201d'):
        return None
    if words[0].lower().strip(".,") in LABEL_OPENERS:
        return label, colon, None
    comma = label.find(",")
    parts = [(la, la + comma), (la + comma + 1, colon)] if comma > 0 else [(la, colon)]
    for start, stop in parts:  # 'Jo Roe, Minister of X:' or 'Spokeswoman, Jo Roe:'
        ent = index.at_char(start, stop)
        if ent is None:
            continue
        spans = [(s, t) for s, t in ent.mentions if start <= s < stop] if ent.type == "PERSON" else []
        if not spans:
            return label, colon, None  # a body in the label ('Ministry of X:'), or the name only inside a word
        s, t = min(spans)
        if text[t:stop].strip() or any(not w[:1].isupper() and w.lower() not in LABEL_LINKS
                                       for w in text[start:s].split()):
            return label, colon, None  # 'I met Jo Roe:', 'Jo Roe and I:': no name opening the label
        return label, colon, ent
    return label, colon, None
