"""Plain per-token lists of a parsed document, built in one pass and shared by the event steps.

Reading ``tok.lemma_`` or ``doc[i]`` makes a new spaCy Token (and a string lookup) every time;
the event steps used to walk each sentence a dozen times that way. ``doc_view(doc)`` reads every
token once into Python lists indexed by the token's position in the document (``tok.i``), and
keeps the Token objects themselves, so inner loops index lists instead of building tokens:

- ``tokens``: the Token objects (``view.tokens[sent.start:sent.end]`` for a sentence);
- ``text``, ``lower`` (``tok.lower_``), ``lemma`` (``tok.lemma_.lower()``), ``pos``, ``tag``,
  ``dep``, ``ent`` (``ent_type_``), ``idx`` (character offset), ``head`` (the head's index),
  ``punct`` (``is_punct``).

The view of the last document asked for is kept (one slot, checked by identity), so every step
of one document shares it and nothing is held across documents. The lists are only as good as
the parse they were read from: a document changed after the view was built (retokenised,
re-parsed) needs a new Doc.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span


class DocView:
    """Per-token attributes of one Doc as plain lists, indexed by token position."""

    __slots__ = ("doc", "tokens", "text", "lower", "lemma", "pos", "tag", "dep", "ent", "idx", "head", "punct")

    def __init__(self, doc: Doc) -> None:
        toks = list(doc)
        self.doc = doc
        self.tokens = toks
        self.text = [t.text for t in toks]
        self.lower = [t.lower_ for t in toks]
        self.lemma = [t.lemma_.lower() for t in toks]
        self.pos = [t.pos_ for t in toks]
        self.tag = [t.tag_ for t in toks]
        self.dep = [t.dep_ for t in toks]
        self.ent = [t.ent_type_ for t in toks]
        self.idx = [t.idx for t in toks]
        self.head = [t.head.i for t in toks]
        self.punct = [t.is_punct for t in toks]

    def indices(self, sent: Span, pos: frozenset[str] | set[str] | tuple[str, ...] | None = None) -> list[int]:
        """Token positions of ``sent``, only those whose coarse tag is in ``pos`` when given."""
        if pos is None:
            return list(range(sent.start, sent.end))
        tags = self.pos
        return [i for i in range(sent.start, sent.end) if tags[i] in pos]

    def sentence(self, sent: Span) -> list:
        """The Token objects of ``sent`` (shared: do not change the list)."""
        return self.tokens[sent.start:sent.end]


_LAST: DocView | None = None


def doc_view(doc: Doc) -> DocView:
    """The view of ``doc``, built on first use and kept until another document is asked for."""
    global _LAST
    view = _LAST
    if view is None or view.doc is not doc or len(view.tokens) != len(doc):
        view = DocView(doc)
        _LAST = view
    return view
