"""Small text-similarity helpers shared by story clustering and account comparison."""
from __future__ import annotations

import re

STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having
he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
nor not now of off on once only or other our ours ourselves out over own said same says she should so some
such than that the their theirs them themselves then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you your yours
yourself yourselves mr mrs ms one two three new told say saying like get got make made many much may might
must also even still last year years week day time people according including since however whether
""".split())

_SHINGLE_WORD = re.compile(r"\w+")


def content_words(text: str) -> list[str]:
    return [w for w in _SHINGLE_WORD.findall(text.lower()) if len(w) > 2 and w not in STOPWORDS]


def shingle_set(text: str, k: int = 5) -> set[tuple[str, ...]]:
    words = _SHINGLE_WORD.findall(text.lower())
    return {tuple(words[i:i + k]) for i in range(max(0, len(words) - k + 1))}
