"""The one person a page gives a nation's office when a description names that nation and office ('the Turkish
leader' after 'President of Turkey X', "Germany's foreign minister" after 'German Foreign Minister X')."""
from __future__ import annotations

from .actor_countries import country_of, phrase_country
from .cues import norm_word, portfolio_words
from .names import RANK_MODIFIERS
from .speaker_descriptions import bare_title_word, description_like


def phrase_country_word(tok):
    """The country one word of a description names ('Turkish', "Germany's"), else None."""
    try:
        return country_of(tok.text)
    except Exception:  # the coder's tables are data: never fail resolution on them
        return None


INDEFINITE = ("a", "an", "one", "another", "some", "any")


def national_holder(doc, index, sp, pw):
    """A definite singular description that names a nation and an office ('the Turkish leader', "Germany's
    foreign minister", 'the French president') is the one person of that nation the page gives that office
    (for 'leader': a head of state or government, an office known alone - president, prime minister, chancellor,
    king; else the description's title with its portfolio words), wherever on the page; None when nobody or
    several hold it, or for indefinite or anonymous descriptions ('a Turkish official')."""
    words = sp.mention.split()
    if not words or words[0].lower() in INDEFINITE:
        return None
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    if head.tag_ != "NN":
        return None  # 'Turkish officials' are several; 'the Turkish President' as a name is read elsewhere
    nation = phrase_country(head)
    if nation is None:
        return None
    key = pw.expand(norm_word(head.lemma_))
    if key not in pw.titles or head.lower_ in pw.anonymous_roles or key in pw.anonymous_roles or \
            head.lower_ in pw.generic_office_words:
        return None  # 'the Turkish official', 'the German diplomat' may be anyone of that nation
    if key == "leader" and any(t.i < head.i and t.pos_ != "DET" and t.dep_ != "case" and
                               phrase_country_word(t) is None for t in span):
        return None  # "Zimbabwe's opposition leader", 'the Turkish party leader': not the head of state
    portfolio = {t.lower_ for t in span if t.i < head.i and t.text.isalpha() and t.text.islower()
                 and t.lower_ in portfolio_words() and t.lower_ not in RANK_MODIFIERS}
    found = []
    for k, ent in enumerate(index.entities):
        if ent.type != "PERSON" or ent.country != nation or description_like(ent, pw):
            continue
        titles = {pw.expand(norm_word(bare_title_word(w))) for w in index.titles.get(k, set())}
        if key == "leader":
            fits = bool(titles & pw.offices_known_alone)
        else:
            fits = key in titles and portfolio <= titles
        if fits:
            found.append(ent)
    return found[0] if len(found) == 1 else None
