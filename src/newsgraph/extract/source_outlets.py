"""Finding outlet names in an article: the lexicon's, outlet-like organisations, "the Post".

Also which words stand inside quotation marks, and the article's own outlet when its text
shows it (a dateline "(Reuters)", "the BBC understands"). Used by ``sources.py``.
"""
from __future__ import annotations

from spacy.util import filter_spans

from .source_lexicon import canonical_outlet, outlet_matcher
from .source_syntax import POSSESSIVE, join_tokens

QUOTE_OPEN = {"\u201c", "\u2018\u2018", "``"}
QUOTE_CLOSE = {"\u201d", "''"}
OUTLET_NAME_LABELS = {"ORG", "WORK_OF_ART", "PERSON", "GPE", "FAC", "NORP", "PRODUCT"}
SHORT_NAMES = frozenset({"Post", "Times", "Journal", "Globe", "Tribune", "Herald", "Star", "Chronicle", "Inquirer",
                         "Register", "Dispatch", "Gazette", "Bee", "Observer"})
TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "mayor", "senator", "president", "sir",
                    "lord", "lady", "judge", "gen", "former", "billionaire"})


def inside_quotes(doc) -> list[bool]:
    """For each token, whether it stands inside quotation marks (reset at each line break)."""
    flags, open_ = [False] * len(doc), False
    for tok in doc:
        text = tok.text
        if "\n" in text:
            open_ = False
        elif text in QUOTE_OPEN:
            open_ = True
        elif text in QUOTE_CLOSE:
            open_ = False
        elif text == '"':
            open_ = not open_
        else:
            flags[tok.i] = open_
    return flags


def outlet_spans(doc, lex) -> list:
    """Outlet names: the lexicon's, organisations named like outlets, and "the Post" for short."""
    spans = [doc[s:e] for _, s, e in outlet_matcher(doc.vocab)(doc)]
    words = lex.cues["outlet_name_words"]
    for ent in doc.ents:
        if ent.label_ in OUTLET_NAME_LABELS and len(ent) > 1 and any(t.text in words for t in ent[1:]):
            spans.append(ent[:-1] if ent[-1].text in POSSESSIVE else ent)
    if spans:  # "the Post" only in an article that names an outlet in full
        spans += [doc[t.i - 1:t.i + 1] for t in doc
                  if t.text in SHORT_NAMES and t.i > 0 and doc[t.i - 1].lower_ == "the"]
    spans = filter_spans(spans)
    people = {s.text for s in spans if names_a_person(s)}  # "Mr. Bloomberg" makes every "Bloomberg" him
    return [s for s in spans if s.text not in people]


def names_a_person(span) -> bool:
    """"Mr. Bloomberg", "Michael Bloomberg": a person who shares an outlet's name."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].text.rstrip(".").lower() in TITLES:
        return True
    first, after = doc[span.start], doc[span.end] if span.end < len(doc) else None
    return first.ent_type_ == "PERSON" and (first.ent_iob_ == "I" or (after is not None and after.ent_iob_ == "I"))


def short_names(outlets) -> dict[str, str]:
    """"Post" -> "The Washington Post": the last word of each outlet named in full."""
    out: dict[str, str] = {}
    for span in outlets:
        if len(span) > 2 or (len(span) == 2 and span[0].lower_ != "the"):
            name = outlet_name(span, {})[0]
            out.setdefault(name.split()[-1], name)
    return out


def own_outlet_in_text(outlets) -> str | None:
    """The article's own outlet when the text shows it: a dateline "LONDON (Reuters) -", a title
    ending "| Fox News", or "the BBC understands", "CNN has learned"."""
    for span in outlets:
        doc = span.doc
        if span.start < 40 and span.start > 0 and span.end < len(doc) \
                and doc[span.start - 1].text == "(" and doc[span.end].text == ")":
            return span.text
        if span.start > 0 and doc[span.start - 1].text in ("|", "-", "\u2013", "\u2014") \
                and (span.end == len(doc) or "\n" in doc[span.end].text) and "\n" not in doc[:span.start].text:
            return span.text  # the title line: "Huckabee announces bid | Fox News"
        root = span.root
        if root.dep_ == "nsubj" and root.head.lemma_ in ("understand", "learn") and root.head.i > root.i:
            return span.text
        if root.dep_ == "nsubjpass" and root.head.lemma_ == "tell":
            return span.text  # "the BBC has been told"
    return None


def outlet_name(span, short: dict[str, str]) -> tuple[str, str]:
    if len(span) == 2 and span[1].text in short and span[0].lower_ == "the":
        return short[span[1].text], "outlet"  # "the Post" after "The Washington Post"
    hit = canonical_outlet(span.text)
    if hit:
        return hit
    toks = [t for t in span if t.text not in POSSESSIVE]
    if toks and toks[0].lower_ == "the":
        toks = toks[1:]
    name = join_tokens(toks) or span.text
    kind = "agency" if any(t.lower_ == "agency" for t in span) else "outlet"
    return name, kind
