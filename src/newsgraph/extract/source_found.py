"""The candidate source record that the judges of ``source_judges.py`` produce and ``source_links.py``
turns into ``Attribution`` records, with the key that tells two namings of one source apart."""
from __future__ import annotations

from dataclasses import dataclass

from .source_syntax import DETERMINERS

OUTLET_ANAPHOR = "@outlet"  # the noun key of "the paper", "the agency": an outlet or agency named before


@dataclass
class _Found:
    sent: object
    reported_by: str
    kind: str
    key: str
    anchor: int  # char offset of the source words (for the entity lookup and ordering)
    anchor_end: int
    carries_paragraph: bool = False
    noun: str | None = None  # the source noun's lemma, to resolve "the report" to an earlier one
    definite: bool = False  # "the video", "that cable": may refer back to a source named before
    mention: bool = False  # only named here ("issued a statement on Friday"): names what refers back, not a credit
    declined: str | None = None  # the branch of the token loop that looked here and credited nothing (source_model)


def _key(name: str) -> str:
    return " ".join(w for w in name.lower().replace("\u2019", "'").split() if w not in DETERMINERS)


def speaker_label(tok) -> bool:
    """A transcript's speaker label opening its line: a one-word name and a colon ('Q: Reuters reported that ...',
    'A: ...', 'QUESTION: ...'). The parse may make it the subject of the question's verb; it is no source."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":" and (tok.i == 0 or "\n" in doc[tok.i - 1].text_with_ws
                                                                   or doc[tok.i - 1].is_space)


def _make(sent, reported_by: str, kind: str, tok, carries: bool = False, key: str | None = None) -> _Found | None:
    reported_by = reported_by.strip(" ,;:-")
    if not reported_by or (reported_by == tok.text and speaker_label(tok)):
        return None
    key = key or _key(reported_by)
    return _Found(sent, reported_by, kind, key, tok.idx, tok.idx + len(tok.text), carries)
