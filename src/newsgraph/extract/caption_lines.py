"""Picture captions and standfirsts that are whole clauses ('Mr Roh meets Mr Bush in Washington later this week',
'X has said Y are infiltrating Z'): a paragraph of its own set between a story's paragraphs without a closing stop.
News pages (BBC copy above all) interleave them with the story; whoever they name is nobody a later 'he' or 'it' of
the story means (read by ``pronouns.link_pronouns`` beside ``page_labels.label_paragraphs``, which takes only the
verbless ones)."""
from __future__ import annotations

from .page_labels import SENTENCE_ENDS
from .sentence_view import doc_text

CAPTION_WORDS = (3, 20)  # a caption is a phrase or clause, not a story's paragraph
CLAUSE_WORDS = 14  # with a finite verb, short ('X said ... - Dorne Courier', 18 words: a paragraph short of its stop)
FINITE = frozenset({"VBD", "VBP", "VBZ", "MD"})
WRAP_ENDS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PRON", "PART", "AUX"})  # 'X raised the stakes on': hard-wrapped
OPENERS = ('"', "\u201c", "'", "\u2018")


def caption_paragraphs(doc) -> list[tuple[int, int]]:
    """(start, end) of the paragraphs past the headline that are a single line of 3-20 words (at most 14 with a
    finite verb) with no closing punctuation, where the next paragraph opens a new sentence (a capital letter or an
    opening quotation mark) and the line does not stop on a word that needs more (a preposition, article,
    conjunction): captions and standfirsts, not a sentence hard-wrapped over a blank line."""
    text = doc_text(doc)
    paras = text.split("\n\n")
    out = []
    pos = 0
    for n, para in enumerate(paras):
        line = para.strip()
        if n and line and "\n" not in line and CAPTION_WORDS[0] <= len(line.split()) <= CAPTION_WORDS[1] and \
                not line.endswith(SENTENCE_ENDS) and n + 1 < len(paras) and _opens_sentence(paras[n + 1]):
            a = pos + para.index(line)
            span = doc.char_span(a, a + len(line), alignment_mode="expand")
            words = [t for t in span if not t.is_punct] if span is not None else []
            if words and words[-1].pos_ not in WRAP_ENDS and \
                    (len(words) <= CLAUSE_WORDS or not any(t.tag_ in FINITE for t in words)):
                out.append((a, a + len(line)))
        pos += len(para) + 2
    return out


def _opens_sentence(para: str) -> bool:
    line = para.strip()
    return bool(line) and (line[0].isupper() or line.startswith(OPENERS))
