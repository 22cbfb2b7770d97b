"""Paragraphs that are page labels, not sentences (captions, name lines, crossheads) and the pull quotes set above
name lines: nobody a later 'he' or 'she' of the story means (read by ``pronouns.link_pronouns``)."""
from __future__ import annotations

from .sentence_view import doc_text
from .text_lines import line_start

PARTICIPLES = frozenset({"VBG", "VBN"})  # a heading's verb form ('Cotton picking', 'Hammered out'): no sentence
LABEL_WORDS = 12
SENTENCE_ENDS = (".", "!", "?", ":", '"', "'", "\u201d", "\u2019", ")")
QUOTE_CHARS = ('"', "\u201c", "\u201d")
PULL_WORDS = (4, 40)  # a pull quote is a sentence or two, not a story's paragraph


def label_paragraphs(doc) -> list[tuple[int, int]]:
    """(start, end) of the paragraphs that are page labels, not sentences: past the headline, a paragraph of its
    own (a blank line or the text's end on each side) of at most 12 words, with no closing punctuation and no
    verb before a colon other than a participle ('Former prime minister Lord Ashby', 'Ashby: best speech in years',
    'Jo Bloggs, Eastfield', and crossheads such as 'Cotton picking', 'Hammered out'): picture captions, name lines
    and section headings. A hard-wrapped sentence ('X raised the stakes on') has a finite verb."""
    text = doc_text(doc)
    out = []
    pos = 0
    for n, para in enumerate(text.split("\n\n")):
        line = para.strip()
        if n and line and "\n" not in line and len(line.split()) <= LABEL_WORDS and not line.endswith(SENTENCE_ENDS):
            a = pos + para.index(line)
            span = doc.char_span(a, a + len(line), alignment_mode="expand")
            head = [t for t in span if t.idx < a + (line.find(":") if ":" in line else len(line))] if span else None
            if head is not None and not any(t.pos_ in ("VERB", "AUX") and t.tag_ not in PARTICIPLES for t in head):
                out.append((a, a + len(line)))
        pos += len(para) + 2
    return _with_pull_quotes(doc, text, out)


def _with_pull_quotes(doc, text: str, labels: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Add the pull-quote lines above name lines: words someone said set on a line of their own in the story,
    without quotation marks or a final stop, right above a label paragraph that names them ('Jo Roe',
    'Jo Roe, Eastfield', 'Party leader Jo Roe', maybe a short role line below; the tagger finds a person there).
    Whoever the words name is nobody a 'he' or 'she' of the story below means."""
    out = list(labels)
    for a, b in labels:
        name = text[a:b].split(",")[0].split()
        if not 2 <= len(name) <= 6 or not all(w[:1].isupper() for w in name):
            continue
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None or not any(t.ent_type_ == "PERSON" for t in span):
            continue
        above = text[:a].rstrip()
        start = line_start(above, len(above))
        line = above[start:].strip()
        if PULL_WORDS[0] <= len(line.split()) <= PULL_WORDS[1] and not line.endswith(SENTENCE_ENDS) and \
                not any(c in line for c in QUOTE_CHARS) and (start, len(above)) not in labels:
            out.append((start + above[start:].find(line), len(above)))
    return sorted(out)
