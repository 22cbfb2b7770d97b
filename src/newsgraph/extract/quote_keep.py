"""Which quotation-mark spans count as quotes by their own words and the words right around them (annotation
rules): one-word fragments only as a whole answer or sentence; no scare quotes, set terms, labels in front of a
noun, names a noun or participle gives ('under the theme "..."', 'a group called "..."'), titles of works or of
pages, nor a short quote whose closing mark was lost. Slogans a crowd chants are kept."""
from __future__ import annotations

from .crossheads import SMALL
from .cues import speech_cues
from .quote_filters import (
    charge_wording,
    cut_by_page_end,
    in_title_case_line,
    is_catchphrase,
    judging_phrase,
    naming_noun,
    naming_participle,
    predicate_phrase,
    title_line_cue,
)
from .quote_trace import dropped
from .sentence_view import doc_text

ARTICLES = {"a", "an", "the"}
PAGE_TITLE = " | "  # the bar between a page's title and its site's name


def keep_quote(words: list[str], strong: bool, full: bool, terminal: bool, m, prefix: str, doc,
               answer: bool = False, chanted: bool = False, echoed: bool = False) -> bool:
    """Leave out scare quotes, set terms and titles of works (see the annotation rules); ``answer``: the quote
    opens its sentence after a statement (not a question, whose named person the pronoun would take), ends in a
    comma and a cue follows ('... asked if he would resign. "No," he said.'); ``chanted``: a slogan a crowd the
    parse shows chants or shouts ('the crowd was chanting "Long live X!"'), kept though short or in capitals;
    ``echoed``: a longer quotation on the page says the same words in a row (``quote_echoes``), so a short noun
    phrase is lifted from someone's speech, not a label."""
    n = len(words)
    if n == 1:
        return full and (terminal or not prefix and not _modifies_noun_after(doc, m) or prefix.endswith(":") or answer
                         or _after_answer_verb(prefix)) or dropped(m, "one_word")
    if not strong and chanted:
        return True  # a slogan a crowd chants: the crowd's words, though short or in capitals
    if not strong:
        if n == 2 and words[0].lower() in ARTICLES:
            return dropped(m, "article_noun")
        if prefix.lower().endswith(("so-called", "so called", "dubbed", "known as", "titled", "entitled")) or \
                naming_participle(doc, m):  # 'a competition called "Draw a Country at Peace."': a name given to it
            return dropped(m, "so_called")
        if is_catchphrase(doc_text(doc)[m.start:m.end]):
            return dropped(m, "catchphrase")  # a set term or catchphrase: a label wherever it stands
        if n <= 3 and not echoed:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and all(t.pos_ in ("NOUN", "PROPN") or t.is_punct for t in span) and \
                    not predicate_phrase(span) and not title_line_cue(doc_text(doc), m):
                return dropped(m, "short_nouns")
            if span is not None and _label_of_noun(doc, span) and not judging_phrase(span):
                return dropped(m, "label_of_noun")  # a label in front of a noun: 'his "deep state" Justice Department'
    if charge_wording(doc, m):
        return dropped(m, "charge_wording")  # 'jailed on charges of "..."': an indictment's words, no one named
    if not chanted and naming_noun(doc, m):
        return dropped(m, "naming_noun")  # 'under the theme: "..."', 'a policy of "..."': a name, no one's words
    if PAGE_TITLE in doc_text(doc)[m.start:m.end]:
        return dropped(m, "page_title")  # 'Watch: "Weather forecast for 25 September | Selm Gazette"': a page or link title
    content = [w for w in words if w.lower() not in SMALL and not w[:1].isdigit()]  # 'Action Plan 2025-2028',
    # 'Person 2': a number in a name is neither case
    if content and all(w[:1].isupper() for w in content) and (not terminal or not full) and n <= 8 and \
            not in_title_case_line(doc_text(doc), m):
        return dropped(m, "capitalised")
    if not m.closed and n < 4 and not cut_by_page_end(doc_text(doc), m):
        return dropped(m, "lost_close")  # a lost closing mark; a quote cut off by the page end counts like any other
    return True


def _label_of_noun(doc, span) -> bool:
    """The quoted words modify a noun that follows them on the same line ('his "deep state" Justice Department',
    "'Meaningful' deal reached at summit")."""
    root = span.root
    return root.dep_ in ("amod", "compound", "nmod") and root.head.i > span.end and \
        root.head.pos_ in ("NOUN", "PROPN") and not any(x.is_space and "\n" in x.text for x in doc[span.end:root.head.i])


def _modifies_noun_after(doc, m) -> bool:
    """A one-word quotation opening its line that is an adjective or noun in front of the noun after it ("'Positive'
    talks held", "'Historic' deal reached at summit"): a one-word fragment of a headline, not a whole answer."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and _label_of_noun(doc, span)


def _inflections(verb: str) -> set[str]:
    stem = verb[:-1] + "i" if verb.endswith("y") else verb[:-1] if verb.endswith("e") else verb
    return {verb, verb + "s" if not verb.endswith("y") else stem + "es", stem + "ed", verb + "ing"}


ANSWER_FORMS = frozenset(f for v in speech_cues().roles.get("answer_verbs", ()) for f in _inflections(v))


def _after_answer_verb(prefix: str) -> bool:
    """A one-word quotation right after a verb of answering ('Kerr replied "No" and left') is the whole answer."""
    last = prefix.rsplit(None, 1)[-1].lower() if prefix.strip() else ""
    return last in ANSWER_FORMS
