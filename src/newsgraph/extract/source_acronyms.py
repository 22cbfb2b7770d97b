"""Outlet codes the article spells out as something else: 'Pakistan Tehreek-e-Insaf (PTI)', 'the Armed Forces of
the Philippines (AFP)', 'Andhra Pradesh (AP)'. On such a page the code names that party, army or state wherever it
stands in a sentence ('PTI leaders said', 'The AFP said the operation would continue'), not the news agency; an
agency's credit in a dateline or a credit line ('Islamabad, May 2 (PTI):', '-- AFP') is read by the credit lines,
not here. A code spelled out as the outlet's own name ('Press Trust of India (PTI)') stays the outlet.
"""
from __future__ import annotations

from .source_lexicon import canonical_outlet, own_key
from .speaker_descriptions import acronym_names


def redefined_codes(text: str) -> frozenset[str]:
    """Every outlet code (a known outlet's short name, all capitals) the text links to a full name that is no
    outlet's: the party, army or state it stands for on this page."""
    out = set()
    for code, full in acronym_names(text).items():
        if not code.isupper() or canonical_outlet(code) is None:
            continue
        known = canonical_outlet(full) or canonical_outlet("The " + full)
        if known is None and own_key(full) != own_key(canonical_outlet(code)[0]):
            out.add(code)
    return frozenset(out)


def names_redefined(span, codes: frozenset[str]) -> bool:
    """The outlet span is one of the page's redefined codes ('PTI', 'the AFP')."""
    words = [t.text for t in span if t.lower_ != "the"]
    return len(words) == 1 and words[0] in codes
