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


def says_in_row(fragment: str, longer: str) -> bool:
    """Whether ``longer`` says the two to ``MAX_WORDS`` words of ``fragment`` in a row and has ``LONGER_BY`` more."""
    words = [w.lower() for w in WORD.findall(fragment)]
    said = [w.lower() for w in WORD.findall(longer)]
    return 2 <= len(words) <= MAX_WORDS and len(said) >= len(words) + LONGER_BY and \
        " " + " ".join(words) + " " in " " + " ".join(said) + " "


def echoed_in_quote(text: str, marks: list, k: int) -> bool:
    """Whether the words of quotation ``marks[k]`` (at most ``MAX_WORDS``) stand in a row inside another, longer
    quotation of the page (``says_in_row``)."""
    m = marks[k]
    fragment = text[m.start:m.end]
    if not 2 <= len(WORD.findall(fragment)) <= MAX_WORDS:
        return False  # (no fragment: no look at the other quotations)
    return any(says_in_row(fragment, text[other.start:other.end]) for j, other in enumerate(marks)
               if j != k and not other.start <= m.start < other.end)  # (one inside the other is part of it)
