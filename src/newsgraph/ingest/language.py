"""A cheap language guess: the writing system first, then the share of function words.

English news text has about 40% of its words in a short list of function words; text in
another language has few of them and many of its own. No model, no download: the word lists
are in ``data/function_words.json``.
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

SAMPLE_CHARS = 20_000  # only the head of a long document is looked at
MIN_WORDS = 12  # shorter texts are not judged (None)
EN_MIN_SHARE = 0.15  # at least this share of English function words: English
OTHER_MIN_SHARE = 0.15  # below this for every language: "und"

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")

# Writing systems, by the first word of the Unicode character name, to a best-guess language.
SCRIPTS = {
    "CYRILLIC": "ru", "ARABIC": "ar", "HEBREW": "he", "GREEK": "el", "DEVANAGARI": "hi",
    "BENGALI": "bn", "THAI": "th", "HANGUL": "ko", "HIRAGANA": "ja", "KATAKANA": "ja",
    "CJK": "zh", "ARMENIAN": "hy", "GEORGIAN": "ka", "TAMIL": "ta", "ETHIOPIC": "am",
    "GUJARATI": "gu", "GURMUKHI": "pa", "TELUGU": "te", "KANNADA": "kn", "MALAYALAM": "ml",
    "KHMER": "km", "LAO": "lo", "MYANMAR": "my", "SINHALA": "si",
}


@lru_cache(maxsize=1)
def function_words() -> dict[str, frozenset[str]]:
    raw = json.loads(resources.files("newsgraph.data").joinpath("function_words.json").read_text("utf-8"))
    return {code: frozenset(words) for code, words in raw.items() if not code.startswith("_")}


def _script_guess(sample: str) -> str | None:
    """The language of a non-Latin writing system when most letters use it, else None."""
    counts: dict[str, int] = {}
    letters = 0
    for ch in sample[:5000]:
        if not ch.isalpha():
            continue
        letters += 1
        if ch.isascii():
            continue
        name = unicodedata.name(ch, "")
        script = name.split(" ", 1)[0]
        if script in SCRIPTS:
            counts[script] = counts.get(script, 0) + 1
    if not letters or not counts:
        return None
    script, n = max(counts.items(), key=lambda kv: kv[1])
    if n / letters < 0.5:
        return None
    if SCRIPTS[script] == "zh" and (counts.get("HIRAGANA", 0) + counts.get("KATAKANA", 0)) > n * 0.05:
        return "ja"
    return SCRIPTS[script]


def language_shares(text: str) -> dict[str, float]:
    """Share of the words of ``text`` found in each language's function-word list."""
    words = [w.lower().replace("\u2019", "'") for w in _WORD.findall(text[:SAMPLE_CHARS])]
    if not words:
        return {}
    lists = function_words()
    return {code: sum(w in vocab for w in words) / len(words) for code, vocab in lists.items()}


def detect_language(text: str) -> str | None:
    """Best-guess ISO 639-1 code: "en", another code, "und" when unsure, None when too short."""
    sample = text[:SAMPLE_CHARS]
    by_script = _script_guess(sample)
    if by_script is not None:
        return by_script
    if len(_WORD.findall(sample[:4000])) < MIN_WORDS:
        return None
    shares = language_shares(sample)
    en = shares.get("en", 0.0)
    best, share = max(shares.items(), key=lambda kv: kv[1])
    if en >= EN_MIN_SHARE and (best == "en" or en >= share * 0.8):
        return "en"
    if share >= OTHER_MIN_SHARE:
        return best
    return "und"
