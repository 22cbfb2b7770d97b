"""The clause that comes before its attribution ('<clause>, the defence ministry said on Tuesday'): its span from
the start of its sentence in the paragraph, after any dateline, to the comma before the closing attribution; and
the full stops that close an abbreviation rather than a sentence ('an Oct. 26 election', 'U.S.', 'Sen.')."""
from __future__ import annotations

from .clause_bounds import FRONTING
from .cues import person_words
from .datelines import dateline_end_at
from .text_lines import line_start


def _fronted_clause(doc, index, cue) -> tuple[int, int] | None:
    """'<clause>, the defence ministry said on Tuesday': the clause from the start of the sentence in the cue's
    paragraph to the comma before the subject, when the parse lost it (no verb of its own found there)."""
    if cue.lemma_.lower() not in FRONTING or cue.tag_ not in ("VBD", "VBZ", "VBP") or \
            any(c.dep_ in ("dobj", "neg") for c in cue.children):
        return None
    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subj is None or subj.left_edge.i < 2 or doc[subj.left_edge.i - 1].text != ",":
        return None
    return fronted_span(doc, index, doc[subj.left_edge.i - 1].idx)


def fronted_span(doc, index, comma: int) -> tuple[int, int] | None:
    """Character bounds of a clause ending at the comma (at character ``comma``) before a closing attribution:
    from the start of its sentence in the paragraph, after any dateline, to the comma; None when no clause stands
    there ('Asked if ..., she said', 'Even before ..., he said', 'In Paris, he said')."""
    text = index.text
    start = line_start(text, comma)
    for stop in (". ", "? ", "! ", '." ', ".\u201d "):
        k = text.rfind(stop, start, comma)
        while k >= 0 and stop == ". " and _abbreviation_at(text, k):
            k = text.rfind(stop, start, k)  # 'before an Oct. 26 election': no sentence ends there
        if k >= 0:
            start = max(start, k + len(stop))
    filed = dateline_end_at(doc, start)
    if filed is not None and filed < comma:
        start = filed  # 'Ottawa, Ont. (AP) — <clause>, officials said': the dateline is no part of it
    span = doc.char_span(start, comma, alignment_mode="contract")
    if span is None or len(span) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in span) or \
            span[0].pos_ in ("SCONJ", "ADP", "ADV") or span[0].tag_ in ("VBN", "VBG"):
        return None  # 'Asked if ..., she said', 'Even before ..., he said': no reported clause
    return start, comma


def _abbreviation_at(text: str, k: int) -> bool:
    """The full stop at ``k`` closes an abbreviation, not a sentence: a number or a lower-case word follows ('an
    Oct. 26 election'), or it closes initials ('U.S.', 'J.'), an honorific or an abbreviated title ('Dr.', 'Sen.')."""
    word = (text[max(0, k - 6):k].split()[-1:] or [""])[0].strip("(")
    nxt = text[k + 2:k + 3]
    pw = person_words()
    return nxt.isdigit() or (nxt.isalpha() and nxt.islower()) or "." in word or (len(word) == 1 and word.isupper()) \
        or word.lower() in pw.honorifics or word.lower() in pw.abbreviations
