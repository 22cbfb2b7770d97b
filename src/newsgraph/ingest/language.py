"""A cheap language guess: the writing system first, then the share of function words.

English news text has about 40% of its words in a short list of function words; text in
another language has few of them and many of its own. No model, no download: the word lists
are in ``data/function_words.json``.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from importlib import resources
from itertools import islice

SAMPLE_CHARS = 20_000  # only the head of a long document is looked at
MIN_WORDS = 12  # shorter texts are not judged (None)
EN_MIN_SHARE = 0.15  # at least this share of English function words: English
OTHER_MIN_SHARE = 0.08  # another language needs this share (and 1.5 times the English one)
EN_WEAK_SHARE = 0.04  # list-like text: English when English words still lead
PROSE_WORDS = 6  # lines with at least this many words count as running text

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")

# Writing systems, by the first word of the Unicode character name, to a best-guess language.
SCRIPTS = {
    "CYRILLIC": "ru", "ARABIC": "ar", "HEBREW": "he", "GREEK": "el", "DEVANAGARI": "hi",
    "BENGALI": "bn", "THAI": "th", "HANGUL": "ko", "HIRAGANA": "ja", "KATAKANA": "ja",
    "CJK": "zh", "ARMENIAN": "hy", "GEORGIAN": "ka", "TAMIL": "ta", "ETHIOPIC": "am",
    "GUJARATI": "gu", "GURMUKHI": "pa", "TELUGU": "te", "KANNADA": "kn", "MALAYALAM": "ml",
    "KHMER": "km", "LAO": "lo", "MYANMAR": "my", "SINHALA": "si",
}
_WIDE = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL"})


@lru_cache(maxsize=1)
def function_words() -> dict[str, frozenset[str]]:
    raw = json.loads(resources.files("newsgraph.data").joinpath("function_words.json").read_text("utf-8"))
    return {code: frozenset(words) for code, words in raw.items() if not code.startswith("_")}


def _script_guess(sample: str) -> str | None:
    """The language of a non-Latin writing system when most of the text uses it, else None.

    An ideograph, kana or Hangul syllable weighs as much as a short Latin word (4 letters).
    Only the characters outside ASCII are named; the ASCII letters are counted in one go.
    """
    head = sample[:5000]
    counts: dict[str, float] = {}
    letters = 0.0
    for ch in _NON_ASCII.findall(head):
        if not ch.isalpha():
            continue
        script = unicodedata.name(ch, "").split(" ", 1)[0]
        weight = 4.0 if script in _WIDE else 1.0
        letters += weight
        if script in SCRIPTS:
            counts[script] = counts.get(script, 0.0) + weight
    if not counts:
        return None
    letters += len(_ASCII_LETTER.findall(head))
    script, n = max(counts.items(), key=lambda kv: kv[1])
    if SCRIPTS[script] in ("zh", "ja") and counts.get("HIRAGANA", 0) + counts.get("KATAKANA", 0) > n * 0.05:
        script, n = "HIRAGANA", sum(counts.get(k, 0) for k in ("CJK", "HIRAGANA", "KATAKANA"))
    if n / letters < 0.5:
        return None
    return SCRIPTS[script]


def language_shares(text: str) -> dict[str, float]:
    """Share of the words of ``text`` found in each language's function-word list."""
    words = [w.lower().replace("\u2019", "'") for w in _WORD.findall(text[:SAMPLE_CHARS])]
    if not words:
        return {}
    counts = Counter(words)
    return {code: sum(counts.get(w, 0) for w in vocab) / len(words) for code, vocab in function_words().items()}


def _prose(sample: str) -> str:
    """The lines of running text (tables, score lines and lists say little about the language)."""
    prose = "\n".join(ln for ln in sample.splitlines() if len(ln.split()) >= PROSE_WORDS)
    return prose if _has_words(prose, MIN_WORDS * 2) else sample


def _has_words(text: str, n: int) -> bool:
    """Whether ``text`` has at least ``n`` words (read no further than the n-th)."""
    return sum(1 for _ in islice(_WORD.finditer(text), n)) >= n


def detect_language(text: str) -> str | None:
    """Best-guess ISO 639-1 code: "en", another code, "und" when unsure.

    None when the text is too short or has too little running text to judge.
    """
    sample = text[:SAMPLE_CHARS]
    by_script = _script_guess(sample)
    if by_script is not None:
        return by_script
    if not _has_words(sample[:4000], MIN_WORDS):
        return None
    shares = language_shares(_prose(sample))
    en = shares.pop("en", 0.0)
    best, share = max(shares.items(), key=lambda kv: kv[1])
    if en >= EN_MIN_SHARE and en >= share * 0.8:
        return "en"
    if share >= OTHER_MIN_SHARE and share >= en * 1.5:
        return best
    if en >= EN_WEAK_SHARE and en >= share:
        return "en"  # list-like English text: few function words, but no other language's either
    if max(en, share) < EN_WEAK_SHARE:
        return None  # scores, tables, names: no running text to judge
    return "und"
