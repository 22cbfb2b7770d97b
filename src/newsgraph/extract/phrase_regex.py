"""A regular-expression alternation of many phrases, written as a trie.

``"|".join`` of a few thousand phrases makes ``re`` try every phrase at every position it
reaches; the trie shares their prefixes, so a position is given up after a character or two.
It matches what the longest-first alternation matches: at one position only the phrases along
one path of the trie can match, and the optional tails are greedy, so the longest of them is
tried first and the shorter ones on backtracking, as the alternation sorted by length would.
The phrases of a case-insensitive pattern must not differ only in case (the callers give them
lower-cased).
"""
from __future__ import annotations

import re
from collections.abc import Iterable


def phrase_alternation(phrases: Iterable[str]) -> str:
    """A pattern matching any of ``phrases``, the longest first (as the joined alternation, the empty
    pattern for no phrases)."""
    trie: dict = {}
    for phrase in set(phrases):
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here
    return _pattern(trie)


def _pattern(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return (f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else body + "?")
    return body
