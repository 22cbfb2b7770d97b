"""A described speaker named in the next sentence by a person the page introduces there with no description of
their own: 'A senior Norland media spokesman told the BBC ... / Lukas Brenn said ...', "Mr Varo's spokesman said
... / '"...," Tomas Rieg told the Wire news agency.' News copy introduces every new person by what they are; a bare
new name speaking right after a description is the person that description introduced."""
from __future__ import annotations

from bisect import bisect_right

from .cues import norm_word
from .speaker_descriptions import SUBJECT_DEPS
from .speakers import description_like, is_cue_token


def bare_name_next(doc, index, sp, pw):
    """The person ``sp`` (a description: 'a spokesman', "X's spokesman") stands for when the next sentence (in
    the same paragraph or the next) has as the subject of a speech verb, outside quotation marks, a person named
    there for the first time with no title or apposition, and nobody else is named between; else None."""
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    if head.tag_ not in ("NN", "NNP") or head.i in index.tok2ent:
        return None
    key = pw.expand(norm_word(head.lemma_))
    if key not in pw.titles and head.lemma_.lower() not in pw.anonymous_roles:
        return None  # only a person's role: not 'the group', 'a statement'
    starts = index.sent_starts
    k = bisect_right(starts, span.start) - 1
    if k + 1 >= len(starts):
        return None
    a = starts[k + 1]
    b = starts[k + 2] if k + 2 < len(starts) else len(doc)
    if index.text[sp.end:doc[a].idx].count("\n\n") > 1:
        return None
    body = _headline_end(index.text)
    for t in doc[a:b]:
        j = index.tok2ent.get(t.i)
        if j is None or index.in_quote(t.idx) is not None or index.entities[j].type != "PERSON":
            continue  # words quoted, a body in the person's title ('Foreign Ministry spokesman X')
        ent = index.entities[j]
        root = t
        while root.dep_ in ("compound", "flat") and root.head.i != root.i:
            root = root.head
        if root.dep_ not in SUBJECT_DEPS or not is_cue_token(root.head):
            return None  # the first person the sentence names is not the one speaking
        if description_like(ent, pw) or ent.title or index.titles.get(j):
            return None  # a person with a description of their own is someone else
        if any(body <= s < t.idx for s, _ in ent.mentions):
            return None  # named before: someone the text returns to
        end = max((e for s, e in ent.mentions if s == t.idx or s <= t.idx < e), default=None)
        if end is not None and index.text[end:end + 2] in (", ", " -", " ("):
            return None  # 'Marta Kell, the port authority's director, said': introduced by an apposition
        between = {index.tok2ent.get(i) for i in range(span.end, a)}
        if any(x is not None and index.entities[x].type == "PERSON" for x in between):
            return None
        return ent
    return None


def _headline_end(text: str) -> int:
    i = text.find("\n\n")
    return i if i >= 0 else 0
