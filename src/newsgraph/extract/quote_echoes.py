"""Short quoted fragments that repeat words of a longer quotation on the same page.

A two- to four-word noun phrase in quotation marks is mostly a set term or a label ('shuttle diplomacy', 'Brown
bounce'), which the annotation rules leave out. When a longer quotation on the page says the same words in a row
('SNP "tunnel vision"' in a heading over 'She added: "The tunnel vision that SNP has shown ..."'), the fragment is
lifted from someone's speech and counts as a partial quote of that speaker (gold on the read pages: 6 of 6 such
fragments without an article)."""
from __future__ import annotations

from .quote_filters import WORD

MAX_WORDS = 4  # a fragment, not a sentence
LONGER_BY = 3  # the quotation it is lifted from has at least this many words more


def _key(text: str, start: int, end: int) -> list[str]:
    return [w.lower() for w in WORD.findall(text[start:end])]


def says_in_row(fragment: str, longer: str) -> bool:
    """Whether ``longer`` says the two to ``MAX_WORDS`` words of ``fragment`` in a row and has ``LONGER_BY`` more."""
    words = [w.lower() for w in WORD.findall(fragment)]
    said = [w.lower() for w in WORD.findall(longer)]
    return 2 <= len(words) <= MAX_WORDS and len(said) >= len(words) + LONGER_BY and \
        " " + " ".join(words) + " " in " " + " ".join(said) + " "


def echoed_in_quote(text: str, marks: list, k: int) -> bool:
    """Whether the words of quotation ``marks[k]`` (at most ``MAX_WORDS``) stand in a row inside another, longer
    quotation of the page."""
    m = marks[k]
    words = _key(text, m.start, m.end)
    if not 2 <= len(words) <= MAX_WORDS:
        return False
    phrase = " " + " ".join(words) + " "
    for j, other in enumerate(marks):
        if j == k or other.start <= m.start < other.end:
            continue  # (a quotation inside the other one is part of it, not its echo)
        longer = _key(text, other.start, other.end)
        if len(longer) >= len(words) + LONGER_BY and phrase in " " + " ".join(longer) + " ":
            return True
    return False
