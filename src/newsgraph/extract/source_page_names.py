"""Outlet names the page itself introduces as outlets, when no data file knows them: the agency of a firm dateline
('KELSBURY, May 3 (Norpress) -'), a name before a lower-case word for a news outlet ('the Norpress agency',
'Velnews news agency', 'the Brenvik daily', "Tarvia's Kanal 9 channel"), a name in apposition to one ('Velnews,
the state news agency,', "Tarvia's official news agency, Velnews,") and the names ``outlet_spans`` found by their
context ('state broadcaster QTV', 'the daily B.Z.'). Every other mention of such a name on the page is that
outlet's name too, as if the outlet lexicon knew it ('Velnews reported ...', 'told Velnews', 'according to
Velnews'): the judges of ``source_judges.py`` decide where it is credited. A name the tagger took for a person
('Velnews' alone) is still the outlet the page calls it."""
from __future__ import annotations

from .actor_codes import country_of, igo_of, known_person
from .actor_countries import institution_code
from .name_lexicon import is_given_name
from .sentence_view import doc_view
from .source_lexicon import canonical_outlet
from .source_told_names import NOT_OUTLET_LABELS, body_words, person_words
from .source_wire import dateline_agencies

# lower-case words for a news outlet that a name before them or in apposition with them makes an outlet's name
# (a 'website' or 'portal' only after 'news': a company's or a party's own pages name no outlet)
OUTLET_WORDS = frozenset({"agency", "daily", "newspaper", "broadcaster", "channel", "television", "radio", "wire",
                          "tabloid", "weekly", "magazine", "paper"})
NEWS_SITE_WORDS = frozenset({"website", "portal", "site"})  # 'the Velnews news portal'
PRESS_WORDS = frozenset({"daily", "newspaper", "broadcaster", "television", "radio", "tabloid", "weekly"})  # outlet
# words no other trade uses
# adjectives that type the name right after them as a news outlet ('the semi-official Velnews said'; not 'state-owned':
# companies are as often)
OUTLET_ADJECTIVES = frozenset({"semi-official", "semiofficial", "state-run", "state-controlled", "pro-government"})
NEWS_WORDS = frozenset({"news", "press", "state", "wire", "official", "semi-official", "semiofficial", "state-run",
                        "state-owned", "private", "independent", "local"})
NOT_NAME_LABELS = NOT_OUTLET_LABELS - {"PERSON"} | {"FAC"}  # (the tagger's persons may be unknown outlets: 'told Velnews')


def page_outlet_names(doc, lex, context_spans) -> list:
    """Spans of every mention of a name the page introduces as an outlet, beyond ``context_spans`` (the outlet
    spans found so far, whose texts count as introduced names too when no lexicon name is among them)."""
    taken = {i for span in context_spans for i in range(span.start, span.end)}
    names: set[tuple[str, ...]] = set()
    for span in context_spans:
        if canonical_outlet(span.text) is None and span[0].lower_ != "the" and not _not_outlet(span, lex):
            names.add(tuple(t.text for t in span))
    for start, name in dateline_agencies(doc):
        span = doc.char_span(start, start + len(name), alignment_mode="expand")
        if span is not None and len(span) and canonical_outlet(name) is None:
            names.add(tuple(t.text for t in span))
    view = doc_view(doc)
    out = []
    for i, low in enumerate(view.lower):
        if view.text[i] == low and (low in OUTLET_WORDS or low in NEWS_SITE_WORDS and i > 0 and view.lower[i - 1] == "news"):
            for span, mention in _introduced(view.tokens[i], lex):
                if not _placed(span):
                    names.add(tuple(t.text for t in span))  # (a name typed a place stays with its outlet words)
                if not any(j in taken for j in range(mention.start, mention.end)):
                    out.append(mention)  # 'the Norpress news agency reported': named with its outlet words
                    taken.update(range(mention.start, mention.end))
        elif (low in OUTLET_ADJECTIVES or i > 1 and view.text[i - 1] == "-" and
              f"{view.lower[i - 2]}-{low}" in OUTLET_ADJECTIVES) and (span := _after_adjective(view.tokens[i], lex)):
            names.add(tuple(t.text for t in span))  # 'the semi-official Velnews said'
    if not names:
        return out
    firsts = {name[0]: [] for name in names}
    for name in names:
        firsts[name[0]].append(name)
    texts = view.text
    i, n = 0, len(doc)
    while i < n:
        for name in sorted(firsts.get(texts[i], ()), key=len, reverse=True):
            end = i + len(name)
            if tuple(texts[i:end]) == name and not any(j in taken for j in range(i, end)) and \
                    (end >= n or not _runs_on(doc[end])) and (i == 0 or not _runs_on(doc[i - 1])):
                out.append(doc[i:end])
                taken.update(range(i, end))
                i = end - 1
                break
        i += 1
    return out


def _runs_on(tok) -> bool:
    """A capitalised name word next to a mention: the mention is part of a longer name ('Velnews Holdings')."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper()


def _introduced(word, lex) -> list:
    """The names ``word`` (a lower-case outlet word) calls an outlet: 'the Norpress agency', 'Velnews news
    agency', 'Velnews, the state news agency,', 'the official news agency, Velnews,'."""
    doc = word.doc
    if word.dep_ in ("compound", "amod") and word.head.i > word.i:
        return []  # 'the Tessaly paper mill', 'the Brel weekly market', 'a Varnet television interview'
    kinds = [t.lower_ for t in word.lefts] + [doc[word.i - 1].lower_ if word.i > 0 else ""]
    agency = word.lower_ in ("agency", "wire")
    newsy = any(k in NEWS_WORDS for k in kinds)
    out = []
    j = word.i - 1
    if j >= 0 and doc[j].lower_ in ("news", "press") and doc[j].text.islower():
        j -= 1  # 'Velnews news agency'
    if j >= 0 and _placed(doc[j:j + 1]) and doc[j].head.i in (word.i, word.i - 1) and \
            (j < word.i - 1 or word.lower_ in PRESS_WORDS):
        out.append((doc[j:j + 1], doc[j:word.i + 1]))  # 'the Tarnpost news portal' with 'Tarnpost' typed a place
        # (an agency only a news or press agency: 'the Brask agency, which manages models')
    elif j >= 0 and _name_word(doc[j]) and doc[j].head.i in (word.i, word.i - 1, j):
        span = _name_run(doc[j])
        if span.end == j + 1:  # 'the Norpress agency', "Tarvia's Velnews agency", 'the Brenvik daily'
            out.append((span, doc[span.start:word.i + 1]))
    if not agency or newsy:
        for c in word.children:
            if c.dep_ == "appos" and _name_word(c):
                out.append((_name_run(c),) * 2)  # 'the official news agency, Velnews,'
        if word.dep_ == "appos" and _name_word(word.head) and word.head.i < word.i:
            out.append((_name_run(word.head),) * 2)  # 'Velnews, the state news agency,'
    return [(s, m) for s, m in out if not _not_outlet(s, lex, place=_placed(s))]


def _placed(span) -> bool:
    """One capitalised word the tagger typed a place that no data file knows as one, written right before a word
    for a news outlet ('the Tarnpost news portal'): that outlet's name there, but never spread to the page's other
    mentions (a real place's would all become outlets)."""
    tok = span[0]
    return len(span) == 1 and tok.ent_type_ == "GPE" and tok.pos_ == "PROPN" and tok.text[:1].isupper() and \
        tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_type_ != "GPE" and not country_of(tok.text)


def _after_adjective(adj, lex):
    """The name an outlet adjective types ('the semi-official Velnews'): the capitalised name right after it that
    the parse hangs it on, with no noun after the name ('the state-run Ostmark oil company' is no outlet)."""
    doc = adj.doc
    if adj.i + 1 >= len(doc) or not _name_word(doc[adj.i + 1]):
        return None
    span = _name_run(doc[adj.i + 1])
    if span.start != adj.i + 1 or adj.head.i not in range(span.start, span.end) or \
            span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN"):
        return None
    return None if _not_outlet(span, lex) else span


def _name_word(tok) -> bool:
    return tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN") and tok.ent_type_ not in NOT_NAME_LABELS and \
        not (tok.i == tok.sent.start and tok.pos_ == "NOUN")


def _name_run(tok):
    """The capitalised name (up to four words) that ``tok`` ends or stands in, less an article or a possessive."""
    doc = tok.doc
    start = end = tok.i
    while start > 0 and tok.i - start < 3 and _name_word(doc[start - 1]) and doc[start - 1].head.i > start - 1:
        start -= 1
    while end + 1 < len(doc) and end - start < 3 and _name_word(doc[end + 1]) and doc[end].head.i > end:
        end += 1
    return doc[start:end + 1]


def _not_outlet(span, lex, place: bool = False) -> bool:
    """A place, people, body of government, institution, seat of government or person the data files know,
    a social network ('his Telegram channel'), or a person's full name ('Anna Berg'). ``place``: the tagger's
    place type is no reason (``_placed``)."""
    text = span.text
    if all(t.lower_ in OUTLET_WORDS or t.lower_ in NEWS_WORDS for t in span):
        return True  # 'Wire', 'News Agency': the outlet words themselves, no name
    if any(t.ent_type_ in NOT_NAME_LABELS and not (place and t.ent_type_ == "GPE") for t in span) or \
            country_of(text) or institution_code(text) or igo_of(text) or igo_of(text.upper()):
        return True
    if any(t.lower_ in body_words(lex) or t.lower_.rstrip(".") in person_words() for t in span):
        return True
    if any(t.lower_ in lex.cues["social_words"] for t in span):
        return True
    if len(span) > 1 and span[0].ent_type_ == "PERSON" and is_given_name(span[0].text):
        return True
    code = known_person(text)
    return code is not None and not code.endswith("MED")
