"""Credited sources turned into ``Attribution`` records (one per sentence and source, "the report" resolved
to the report named before) and linked to the quotes they carry, setting ``Quote.reported_by``."""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Attribution, Quote
from .datelines import datelines
from .source_found import OUTLET_ANAPHOR, _Found, _key
from .text_lines import line_end, line_start

NAMED_WITHIN = 3  # sentences after an outlet called only by its kind in which the page may name it


def _named_later(found: list[_Found]) -> None:
    """'..., a newspaper said on Sunday.' then 'Asked about the report in The Observer, ...': an outlet the page
    first calls by its bare kind ('a newspaper', a headline's 'newspaper says') and names further down is the first
    outlet of that kind named after it (credited or only mentioned); 'a local newspaper' stays as described."""
    for i, f in enumerate(found):
        if f.noun != OUTLET_ANAPHOR + f.kind or f.definite or " " in f.reported_by or not f.reported_by.islower():
            continue
        tok = next((t for t in f.sent if t.idx == f.anchor), None)
        if tok is None or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue  # only the outlet that reported something ('a newspaper said'), not one told something
        sents = list(tok.doc[tok.sent.start:].sents)[:NAMED_WITHIN + 1]
        end = sents[-1].end_char
        later = next((g for g in found[i + 1:] if g.noun is None and g.kind == f.kind and g.anchor < end
                      and g.reported_by[:1].isupper()), None)
        if later is not None:
            f.reported_by, f.key, f.noun = later.reported_by, later.key, None


def _finish(doc, found: list[_Found], index, quotes: list[Quote]) -> list[Attribution]:
    found.sort(key=lambda f: f.anchor)
    _named_later(found)
    seen: set[tuple[int, str]] = set()
    kinds: dict[tuple[int, str], str] = {}
    named: dict[str, tuple[str, str]] = {}  # noun lemma -> (reported_by, kind) of the last one named
    ranks: dict[str, int] = {}  # quote id -> rank of the source that set its reported_by
    out: list[Attribution] = []
    text = index.text or doc.text  # Doc.text is rebuilt on every access
    last_doc: _Found | None = None
    every: dict[str, list[tuple[str, str]]] = {}  # noun lemma -> every (reported_by, kind) named, in order
    queue = list(found)
    while queue:
        f = queue.pop(0)
        if f.noun == "document" and f.reported_by.lower() in GENERIC_DOCUMENTS and last_doc is not None \
                and last_doc.sent.start == f.sent.start:
            f.key = last_doc.key  # "The indictment made no mention ..., according to the court document": one source
        if f.kind == "document":
            last_doc = f
        if f.definite and f.noun in named:
            plural = f.reported_by.lower() == f.noun + "s"
            f.reported_by, f.kind = named[f.noun]  # "the report said" -> the report named before
            f.key = _key(f.reported_by)
            if plural:  # "..., the statements said": each statement named before, in the order named
                queue[:0] = [replace(f, reported_by=rb, kind=kind, key=_key(rb), definite=False, noun=None)
                             for rb, kind in every[f.noun][-3:]]
                continue
        elif f.noun and f.reported_by.lower() != f.noun:
            named[f.noun] = (f.reported_by, f.kind)
            if (f.reported_by, f.kind) not in every.setdefault(f.noun, []):
                every[f.noun].append((f.reported_by, f.kind))
        if f.noun is None and f.kind in ("outlet", "agency"):
            named[OUTLET_ANAPHOR + f.kind] = (f.reported_by, f.kind)
        if f.mention:
            continue  # "The Atlantic published a report on Monday.": names "the report" of later sentences only
        # the sentence, cut to the line that holds the source words
        start = max(f.sent.start_char, line_start(text, f.anchor))
        end = min(f.sent.end_char, line_end(text, f.anchor_end))
        piece = text[start:end]
        end -= len(piece) - len(piece.rstrip())
        start += len(piece) - len(piece.lstrip())
        at = _past_dateline(doc, text, start)
        k = (at, f.key)
        if k in seen or (f.kind in ("outlet", "agency") and any(
                s == at and (key.startswith(f.key + " ") or f.key.startswith(key + " ") or
                                kinds.get((s, key)) in ("outlet", "agency") and _nested_name(key, f.key))
                for s, key in seen)):
            continue  # one entry per sentence and source: "L.A. Times" and "L.A. Times story"
        kinds[k] = f.kind
        seen.add(k)
        ent = _entity_at(index, f.anchor, f.anchor_end)
        att = Attribution(id=f"s{len(out) + 1}", reported_by=f.reported_by, kind=f.kind, start=start,
                          end=end, text=text[start:end], entity=ent)
        out.append(att)
        _link(text, att, f, quotes, ranks)
    return out


def _past_dateline(doc, text: str, start: int) -> int:
    """Where the sentence starting at ``start`` starts when the parser cut the dateline before it off as a sentence
    of its own ('KELSBURY, May 3 (AFP) -' | 'Police arrested X, his lawyer told AFP.'): at the dateline, so its
    credit and the lede's are one sentence's."""
    for d in datelines(doc):
        if d.start < start and d.end <= start and not text[d.end:start].strip():
            return d.start
    return start


GENERIC_DOCUMENTS = frozenset({"document", "court document", "legal document"})


_WORDS = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def _nested_name(a: str, b: str) -> bool:
    """'state-run norpress news agency' and 'norpress', 'agence france-presse (afp)' and 'afp' (a dateline's credit and
    'told AFP' in the lede): one outlet named twice in a sentence."""
    wa, wb = set(_WORDS.findall(a)), set(_WORDS.findall(b))
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def _entity_at(index, start: int, end: int) -> str | None:
    try:
        ent = index.at_char(start, end)
    except Exception:  # the entity index is another step's work
        return None
    return ent.id if ent is not None else None


PRIORITY = {"outlet": 0, "agency": 0, "video": 1, "ministry": 2, "government": 2, "analysis": 3,
            "document": 3, "statement": 4, "interview": 5, "social": 6, "other": 7}


def _link(text: str, att: Attribution, f: _Found, quotes: list[Quote], ranks: dict[str, int]) -> None:
    """Link the quotes of the attribution's sentence (and, for "according to ...", of its paragraph)."""
    lo, hi = att.start, att.end
    if f.carries_paragraph:
        para_start = text.rfind("\n\n", 0, lo)
        para_end = text.find("\n\n", hi)
        lo = para_start + 2 if para_start >= 0 else 0
        hi = para_end if para_end >= 0 else len(text)
    for q in quotes:
        in_sentence = att.start <= q.start < att.end or q.start <= att.start < q.end
        if not (in_sentence or (f.carries_paragraph and lo <= q.start < hi)):
            continue
        att.quotes.append(q.id)
        rank = PRIORITY.get(att.kind, 9) if in_sentence else 10
        if q.reported_by is None or rank < ranks.get(q.id, 11):
            q.reported_by = att.reported_by  # the closest, most outward source: outlet before statement
            ranks[q.id] = rank
