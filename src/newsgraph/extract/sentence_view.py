"""Plain per-token lists of a parsed document, built in one pass and shared by the event steps.

Reading ``tok.lemma_`` or ``doc[i]`` makes a new spaCy Token (and a string lookup) every time;
the event steps used to walk each sentence a dozen times that way. ``doc_view(doc)`` reads every
token once into Python lists indexed by the token's position in the document (``tok.i``), and
keeps the Token objects themselves, so inner loops index lists instead of building tokens:

- ``tokens``: the Token objects (``view.tokens[sent.start:sent.end]`` for a sentence);
- ``text``, ``lower`` (``tok.lower_``), ``lemma`` (``tok.lemma_.lower()``), ``pos``, ``tag``,
  ``dep``, ``ent`` (``ent_type_``), ``idx`` (character offset), ``head`` (the head's index),
  ``punct``, ``quote``, ``stop``, ``alpha`` (``is_punct``, ``is_quote``, ``is_stop``, ``is_alpha``);
- ``children[i]``: the positions of token ``i``'s children (``tok.children`` without making Tokens);
  ``child(i, dep)`` the first of them with the relation ``dep``;
- ``ents``: ``doc.ents`` read once (``doc_ents(doc)``: the same Spans for every step);
- ``ents_in(sent)``: the (start, end, label) of the entities ``sent.ents`` holds, from one read of
  ``doc.ents``;
- ``memo``: a dict for results a step keeps for this document only (event_actors keeps
  ``actor_of`` and ``code_entity`` there); extract_events empties it when it starts, so a
  document analysed again (after the actor files changed, say) is coded afresh.

``doc_text(doc)`` is ``doc.text`` joined once per document (``Doc.text`` joins every token on
each access) and kept in ``doc.user_data``, for every step that reads the whole text.

The view of the last document asked for is kept (one slot, checked by identity), so every step
of one document shares it and nothing is held across documents. The lists are only as good as
the parse they were read from: a document changed after the view was built (retokenised,
re-parsed) needs a new Doc.
"""
from __future__ import annotations

from bisect import bisect_right

import numpy
from spacy.attrs import (
    DEP,
    ENT_TYPE,
    HEAD,
    IDX,
    IS_ALPHA,
    IS_PUNCT,
    IS_QUOTE,
    IS_STOP,
    LEMMA,
    LOWER,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Span

# Hash -> string of every word, lemma, tag and label seen (the hashes are the StringStore's, the
# same for every pipeline); cleared when it grows past MEMO_MAX entries.
_STRINGS: dict[int, str] = {}
_LOWERED: dict[str, str] = {}
MEMO_MAX = 500_000
COLUMNS = (ORTH, LOWER, LEMMA, TAG, DEP, POS, IDX, HEAD, IS_PUNCT)
HEAD_COLUMN = COLUMNS.index(HEAD)
MORE_COLUMNS = (ENT_TYPE, IS_QUOTE, IS_STOP, IS_ALPHA)  # read on first use of ent/quote/stop/alpha


def _words(strings, hashes: list[int]) -> list[str]:
    """The strings of ``hashes``, each looked up in the StringStore once per process."""
    known = _STRINGS
    try:
        return list(map(known.__getitem__, hashes))
    except KeyError:  # words not met before (found by a set difference, not a test per word)
        for h in set(hashes).difference(known):
            known[h] = strings[h]
        return list(map(known.__getitem__, hashes))


class DocView:
    """Per-token attributes of one Doc as plain lists, indexed by token position."""

    __slots__ = ("doc", "n", "tokens", "text", "lower", "lemma", "pos", "tag", "dep", "idx", "head", "punct",
                 "memo", "_ents", "_spans", "_more", "_children", "_sents")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens = list(doc)
        self.n = len(self.tokens)
        self.memo: dict = {}  # results a step keeps for this document only (see event_actors)
        self._ents: list[tuple[int, int, str]] | None = None
        self._spans: tuple[Span, ...] | None = None
        self._children: list[list[int]] | None = None
        self._more: tuple[list, list, list, list] | None = None
        self._sents: list[int] | None = None
        if not len(doc):
            self.text = self.lower = self.lemma = self.pos = self.tag = self.dep = []
            self.idx = self.head = self.punct = []
            return
        if len(_STRINGS) > MEMO_MAX:
            _STRINGS.clear()
            _LOWERED.clear()
        array = doc.to_array(list(COLUMNS))
        orth, lower, lemma, tag, dep, pos, idx, _, punct = array.T.tolist()
        strings = doc.vocab.strings
        self.text = _words(strings, orth)
        self.lower = _words(strings, lower)
        lemmas = _words(strings, lemma)
        lowered = _LOWERED
        try:
            self.lemma = list(map(lowered.__getitem__, lemmas))
        except KeyError:
            for w in lemmas:
                if w not in lowered:
                    lowered[w] = w.lower()
            self.lemma = list(map(lowered.__getitem__, lemmas))
        self.tag = _words(strings, tag)
        self.dep = _words(strings, dep)
        self.pos = list(map(POS_NAMES.__getitem__, pos))
        self.idx = idx
        # HEAD is relative to the token, and to_array hands it back as an unsigned 64-bit number: read as signed
        self.head = (array[:, HEAD_COLUMN].view(numpy.int64) + numpy.arange(len(array))).tolist()
        self.punct = list(map(bool, punct))

    def _read_more(self) -> tuple[list, list, list, list]:
        if self._more is None:
            if not len(self.doc):
                self._more = ([], [], [], [])
            else:
                ent, quote, stop, alpha = self.doc.to_array(list(MORE_COLUMNS)).T.tolist()
                self._more = (_words(self.doc.vocab.strings, ent), list(map(bool, quote)),
                              list(map(bool, stop)), list(map(bool, alpha)))
        return self._more

    @property
    def ent(self) -> list[str]:
        return self._read_more()[0]

    @property
    def quote(self) -> list[bool]:
        return self._read_more()[1]

    @property
    def stop(self) -> list[bool]:
        return self._read_more()[2]

    @property
    def alpha(self) -> list[bool]:
        return self._read_more()[3]

    @property
    def children(self) -> list[list[int]]:
        """``children[i]``: the positions of ``doc[i].children`` in the same order (every token whose head is
        ``i``, ``i`` itself left out), read from ``head`` once per document."""
        if self._children is None:
            kids: list[list[int]] = [[] for _ in self.head]
            for i, h in enumerate(self.head):
                if h != i:
                    kids[h].append(i)
            self._children = kids
        return self._children

    def child(self, i: int, dep: str):
        """``next((c for c in doc[i].children if c.dep_ == dep), None)``, the first child of token ``i`` with the
        relation ``dep``, as the view's own Token (compare it with ==, not is), without a Token per child."""
        deps = self.dep
        for c in self.children[i]:
            if deps[c] == dep:
                return self.tokens[c]
        return None

    def subtree_order(self, i: int) -> list[int]:
        """The positions of ``doc[i].subtree`` in the order Token.subtree yields them (each left child's subtree,
        ``i``, each right child's subtree: text order on a projective parse, not always on another)."""
        out: list[int] = []
        _walk_subtree(self.children, i, out)
        return out

    def subtree(self, i: int) -> list[int]:
        """The positions of ``doc[i].subtree`` (``i`` and every token below it), in no set order: for sets and
        bounds, without the Token objects ``Token.subtree`` makes."""
        kids = self.children
        out = [i]
        for j in out:
            out.extend(kids[j])
        return out

    @property
    def parse_sent_starts(self) -> list[int]:
        """The positions of the tokens whose ``sent_start`` is 1 (spaCy's own sentence starts, no paragraph breaks),
        read once; ``HOOKED`` for a document whose sentences come from a user hook or are not set (sent_of then
        asks Token.sent itself)."""
        if self._sents is None:
            doc = self.doc
            if "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks or "sents" in doc.user_hooks or \
                    not doc.has_annotation("SENT_START"):
                self._sents = HOOKED
            else:
                self._sents = [i for i, s in enumerate(doc.to_array(SENT_START).tolist()) if s == 1]
        return self._sents

    @property
    def ents(self) -> tuple[Span, ...]:
        """``doc.ents``, read once (each read of ``Doc.ents`` makes a new Span per entity)."""
        if self._spans is None:
            self._spans = tuple(self.doc.ents)
        return self._spans

    def ents_in(self, sent: Span) -> list[tuple[int, int, str]]:
        """(start, end, label) of the named entities inside ``sent``, as ``sent.ents`` gives them
        (``doc.ents`` is read once per document; ``Span.ents`` walks the whole document each time)."""
        if self._ents is None:
            self._ents = [(e.start, e.end, e.label_) for e in self.ents]
        start, end = sent.start, sent.end
        return [e for e in self._ents if e[0] >= start and e[1] <= end]

    def indices(self, sent: Span, pos: frozenset[str] | set[str] | tuple[str, ...] | None = None) -> list[int]:
        """Token positions of ``sent``, only those whose coarse tag is in ``pos`` when given."""
        if pos is None:
            return list(range(sent.start, sent.end))
        tags = self.pos
        return [i for i in range(sent.start, sent.end) if tags[i] in pos]

    def sentence(self, sent: Span) -> list:
        """The Token objects of ``sent`` (shared: do not change the list)."""
        return self.tokens[sent.start:sent.end]


def _walk_subtree(kids: list[list[int]], j: int, out: list[int]) -> None:
    """DocView.subtree_order's walk (a module function: a closure that calls itself is a reference cycle, each
    one left for the cyclic collector)."""
    below = kids[j]
    for c in below:
        if c < j:
            _walk_subtree(kids, c, out)
    out.append(j)
    for c in below:
        if c > j:
            _walk_subtree(kids, c, out)


HOOKED: list[int] = []  # DocView.parse_sent_starts of a document sent_of leaves to Token.sent


def sent_of(tok) -> Span:
    """``tok.sent``, the same Span: the sentence from the first start at or before the token to the next start
    after it (or the document's end), found by bisection on the view's sentence starts. Token.sent slices the
    Doc twice, through spaCy's Python ``normalize_slice``, and walks the token array at every read."""
    view = doc_view(tok.doc)
    starts = view.parse_sent_starts
    if starts is HOOKED:
        return tok.sent
    k = bisect_right(starts, tok.i)
    return Span(view.doc, starts[k - 1] if k else 0, starts[k] if k < len(starts) else view.n)


_LAST: DocView | None = None
TEXT_KEY = "newsgraph.text"  # doc.user_data key of the joined text


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined on first use and kept with the parse."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = _joined(doc)
    return text


def _joined(doc: Doc) -> str:
    """``doc.text`` (every token's text, a space after those followed by one) from the view's words and one
    column of the token array: ``Doc.text`` makes a Token object per token to read the same."""
    if not len(doc):
        return ""
    words = doc_view(doc).text  # built for every step anyway
    spaced = doc.to_array(SPACY).tolist()
    return "".join([w + " " if s else w for w, s in zip(words, spaced, strict=True)])


def span_of(doc: Doc, start: int, end: int) -> Span:
    """``doc[start:end]`` of a Doc: the same Span, made directly when ``0 <= start <= end <= len(doc)``
    (``Doc.__getitem__`` sends every slice through spaCy's Python ``normalize_slice`` first, about twice the cost
    of the Span itself); any other bounds go through the slice, which clips them."""
    if 0 <= start <= end <= len(doc):
        return Span(doc, start, end)
    return doc[start:end]


def slice_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text``, cut from the document's joined text at the view's character offsets (Span.text
    makes a Token per word to join them); any bounds but ``0 <= start < end <= len(doc)`` go through the slice."""
    if 0 <= start < end <= len(doc):
        view = doc_view(doc)
        last = end - 1
        return doc_text(doc)[view.idx[start]:view.idx[last] + len(view.text[last])]
    return doc[start:end].text


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents`` of the document's view: the same Span objects for every step (nothing changes them)."""
    return doc_view(doc).ents


def release_view(doc: Doc) -> None:
    """Drop the kept view if it is ``doc``'s (its Token objects and per-token lists, some thousand objects), so a
    caller that is done with the document frees them at once; a later ``doc_view(doc)`` builds the view again."""
    global _LAST
    if _LAST is not None and _LAST.doc is doc:
        _LAST = None


def doc_view(doc: Doc) -> DocView:
    """The view of ``doc``, built on first use and kept until another document is asked for."""
    global _LAST
    view = _LAST
    if view is not None and view.doc is doc and view.n == len(doc):
        return view
    view = _LAST = DocView(doc)
    return view
