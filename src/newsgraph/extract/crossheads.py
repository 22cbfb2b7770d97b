"""Crossheads: a short quoted line between paragraphs ('Wind of change' in quote marks on a line of its own) is a
heading made of words that someone in the section below says. British and agency copy uses them to break up a
story. The quoted words are the words of the first speaker the section below names (whether or not it repeats
them); with no speaker below (a truncated page, the last line) the heading has no identifiable speaker and is no
quote (annotation rules: fragments with no identifiable speaker are left out)."""
from __future__ import annotations

from bisect import bisect_right

from ..model import Speaker

MAX_WORDS = 10  # a heading, not a paragraph of speech
LOOKAHEAD = 600  # characters after the heading in which the section below must name its speaker
ENDS = (".", "!", "?", ",", ";", ":", "\u2026")


def is_crosshead(text: str, m, la: int, lb: int, words: list[str], head_end: int) -> bool:
    """The quotation fills its line (only the marks and the words), ends with no punctuation, is at most
    ``MAX_WORDS`` words and comes after the headline (a last line of a cut-off page is one too: it names no one)."""
    if not m.closed or m.paragraphs > 1 or m.open < head_end or len(words) > MAX_WORDS:
        return False
    if text[la:m.open].strip() or text[m.close:lb].strip():
        return False  # other words share the line: a quote inside a paragraph
    if text[m.start:m.end].rstrip(" \u201d\u2019\"'")[-1:] in ENDS:
        return False  # a sentence standing as its own paragraph: someone's words going on
    return True


def speaker_below(lb: int, timeline: list[tuple[int, Speaker]], starts: list[int]) -> Speaker | None:
    """The first speaker named after the heading's line (end ``lb``), within ``LOOKAHEAD`` characters."""
    k = bisect_right(starts, lb)
    if k < len(timeline) and timeline[k][0] - lb <= LOOKAHEAD:
        return timeline[k][1]
    return None
