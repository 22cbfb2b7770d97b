"""Sources the article credits: outlets, agencies, ministries, statements, videos, documents.

``extract_attributions`` finds, sentence by sentence, every source the article credits as the
origin of information ("according to a video released by Russia's defense ministry", "China
Daily reported", "said in a statement", "told CNN", "a report by X found", "intelligence
agencies believe") and links each to the quotes it carries, setting ``Quote.reported_by``.
People are not sources here ("according to two officials" is reported speech), nor are
"told reporters", tweets, or interviews given to the document's own outlet.

One pass over the tokens collects candidates (outlet names from a PhraseMatcher, named
organisations that look like outlets, source nouns, "according to"); each is then judged on
its place in the dependency parse.
"""
from __future__ import annotations

from ..model import Attribution, Quote
from .credit_filters import mark_uncounted
from .datelines import filed_at
from .name_lexicon import is_given_name
from .sentence_view import doc_view
from .source_according import _judge_according
from .source_acronyms import names_redefined, redefined_codes
from .source_agents import agent_name, is_person
from .source_credits import (  # noqa: F401  (_it_again re-exported)
    _agency_again,
    _body_reports,
    _clip_of_interview,
    _host_show,
    _interview_again,
    _it_again,
    _programme_again,
    _quoted_programme,
    conj_bodies,
    forecaster,
    outlet_mentions,
    programme_says,
)
from .source_found import (  # noqa: F401  (re-exported: importable from here as before)
    OUTLET_ANAPHOR,
    _Found,
    _key,
    _make,
)
from .source_furniture import asks_the_reader, image_credit, link_list_lines, link_marked_verb, outlet_by_page_marks
from .source_judges import (  # noqa: F401  (re-exported: importable from here as before)
    QUANTIFIERS,
    TELL_WORDS,
    _cited_body,
    _judge_outlet,
    _judge_outlet_noun,
    _participle_noun,
    _released_by_body,
    press_outlet,
)
from .source_lexicon import is_own_outlet, lexicon, outlet_key, outlet_of_url
from .source_links import (  # noqa: F401  (re-exported: importable from here as before)
    PRIORITY,
    _entity_at,
    _finish,
    _link,
    _nested_name,
)
from .source_mentions import MODALS, _video_carries_words, adjective_outlet, conditional, report_tagged_noun  # noqa: F401  (re-exported)
from .source_model import candidate_judge, declined_branch
from .source_noun_judge import _judge_noun, _outlet_in  # noqa: F401  (re-exported)
from .source_noun_places import _noun_credited, _report_verb_follows  # noqa: F401  (re-exported)
from .source_outlets import (
    inside_quotes,
    outlet_name,
    outlet_spans,
    own_outlet_in_text,
    short_names,
    unquote_names,
)
from .source_own import tipped_own_outlet
from .source_page_names import page_outlet_names
from .source_pages import judge_page
from .source_released_statements import released_statement
from .source_reprints import reprint_outlet
from .source_syntax import POSSESSIVE, SUBJECTS, body_kind, intelligence_body, is_per, noun_key, np_text
from .source_told_names import told_names
from .source_wire import byline_credit, byline_own, page_agency, wire_credits, wire_site

PRESS_DESKS = frozenset({"service", "office"})  # "the press service", "the Kremlin press office"
# Dependencies of the tokens the loop of extract_attributions judges whatever their word is.
JUDGED_DEPS = frozenset({"nsubj", "dobj", "pobj"})
_JUDGED_WORDS: dict[int, tuple] = {}  # id(lexicon) -> (the lexicon, its judged words)


def _judged_words(lex) -> frozenset[str]:
    """Every lower-case word at which a branch of extract_attributions' token loop can fire: a token whose
    word is outside this set and whose dependency is outside JUDGED_DEPS gives no candidate (a cheap test on
    the view's lists, before any Token is read)."""
    kept = _JUDGED_WORDS.get(id(lex))
    if kept is not None and kept[0] is lex:
        return kept[1]
    words = frozenset({"according", "on", "of", "per", "it", "ed", "mail", "eds", "mails", "press"}) | frozenset(lex.nouns) \
        | frozenset(key.split()[-1] for key in lex.nouns if " " in key) | PRESS_DESKS \
        | frozenset(lex.cues["page_nouns"]) | frozenset(lex.cues["programme_words"]) | frozenset(lex.cues["outlet_heads"])
    _JUDGED_WORDS[id(lex)] = (lex, words)
    return words


def _name_of_person(tok, index) -> bool:
    """A source noun written as part of a person's name ('Treasury spokesman Peter Cable said'): capitalised, after
    a first name, tagged a person or known as one by the entity index (not 'The Cable said' opening a sentence)."""
    if not tok.text[:1].isupper() or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    return (before.text[:1].isupper() and is_given_name(before.text)) or (
        tok.i > tok.sent.start and (tok.ent_type_ == "PERSON" or is_person(tok, index)))


def _noun_with_compound(tok) -> bool:
    """'He noted media reports that ...': a source noun the tagger took for a verb, which no verb is, as a
    compound noun before it shows."""
    return tok.pos_ == "VERB" and any(c.dep_ == "compound" and c.i == tok.i - 1 and c.pos_ == "NOUN" for c in tok.children)


def _quote_opens(doc, i: int) -> bool:
    """A quotation mark at ``i``, or after "the" there ('on "Fox and Friends"', 'on the "Today" show')."""
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    return i < len(doc) and doc[i].text in ('"', "\u201c")


def _spoken_on(part, lex) -> bool:
    """'said on Sunday's edition of ...', 'announced her bid in an episode of ...': an edition or episode that
    something was said on (not 'appeared in an episode of "Friends"')."""
    verb = part.head.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # 'announced her bid in an episode of ...': the parse hung it on the object
    return part.dep_ == "pobj" and part.head.lower_ in ("on", "in", "during") and verb.pos_ == "VERB" and (
        verb.lemma_ in lex.cues["report_verbs"] or verb.lemma_ in ("speak", "announce", "tell", "say"))


def extract_attributions(doc, index, quotes: list[Quote], outlet: str | None = None,
                         url: str | None = None, author: str | None = None) -> list[Attribution]:
    """Every source the article credits, one entry per sentence and source, linked to its quotes.

    ``outlet`` is the document's own outlet (name, alias or short code): interviews given to it
    ("told Fox News" in a Fox News article) are not credited sources. Without it, a ``url`` on a
    known outlet's site names it, else a credit line in the text ("(Reuters) -"), an agency byline kept as the
    ``author`` ("Jane Roe, Reuters"; with no URL or on the agency's own site: on another site the agency is
    credited) or page furniture only that outlet prints ("Media caption": BBC).
    """
    lex = lexicon()
    outlet = reprint_outlet(outlet, url)  # 'AP' given for a page on another site: a reprint, AP a credited source
    judge = candidate_judge()  # None: the rules alone (the learned decision is off)
    declined: list[_Found] = []  # with a judge: tokens a branch looked at and credited nothing
    inside = inside_quotes(doc)
    found: list[_Found] = []
    used: set[int] = set()  # token indices already taken: outlet names, source nouns credited
    found.extend(wire_credits(doc, url, outlet))  # 'UNITED NATIONS (AP) —' on another outlet's page
    if (by := byline_credit(doc, author, url, outlet)) is not None:
        found.append(by)  # 'By PTI' cut from the text by the cleaner, on another outlet's page

    wired = {_key(item.reported_by) for item in found if item.kind == "agency"}  # 'KELSBURY, May 3 (Velnews) -'
    outlets = outlet_spans(doc, lex)
    outlets += page_outlet_names(doc, lex, outlets)  # 'Velnews reported' after '(Velnews)', 'the Velnews agency'
    outlets += told_names(doc, lex, index, outlets, url)  # 'told Norvision', 'confirmed to X': names no list knows
    if any(len(span) <= 2 and span[-1].text.isupper() for span in outlets) and \
            (codes := redefined_codes(index.text or doc.text)):
        outlets = [span for span in outlets if not names_redefined(span, codes)]  # 'Pakistan Tehreek-e-Insaf (PTI)'
    unquote_names(inside, outlets)
    outlet = (outlet or outlet_of_url(url) or own_outlet_in_text(outlets, wire_site(url)) or page_agency(doc, url) or byline_own(author, url)
              or outlet_by_page_marks(index.text or doc.text)
              or tipped_own_outlet(outlets, outlet_key, lambda span: "agency" if _key(span.text) in wired else
                                   outlet_name(span, {})[1], repeated=not url))
    ends = {span.end for span in outlets}
    short = short_names(outlets)
    named = {_key(outlet_name(span, short)[0]) for span in outlets}
    for span in outlets:
        used.update(range(span.start, span.end))
    named_only = []  # outlets named but not credited: what a later "the paper" may refer back to
    for span in outlets:
        if filed_at(doc, span.start_char) or image_credit(span):
            continue  # 'KYIV, Ukraine (AP) —': a dateline's place and agency are no credit, nor a photo's owner
        if inside[span.root.i] or span.start in ends or (span.start - 1 in ends and doc[span.start - 1].text in POSSESSIVE):
            continue  # "NBC's Meet the Press", "BBC Newsnight": the programme is credited with its network
        item = _judge_outlet(span, lex, outlet, used, short)
        if item is None and link_marked_verb(span, lex.cues["report_verbs"]) and \
                not is_own_outlet(name := outlet_name(span, short)[0], outlet):
            item = _make(span.sent, name, outlet_name(span, short)[1], span.root, key=_key(name))
        if item is not None:
            found.append(item)
        elif not inside[span.root.i]:
            named_only.append(span)

    to_reader = {i for sent in doc.sents if asks_the_reader(sent) for i in range(sent.start, sent.end)}
    view = doc_view(doc)
    lowers, deps, words = view.lower, view.dep, _judged_words(lex)
    for i, tok in enumerate(view.tokens):
        if inside[i] or i in used or i in to_reader or (lowers[i] not in words and deps[i] not in JUDGED_DEPS):
            continue  # (the last test: no branch below can fire here; a new branch adds its words to _judged_words)
        low = lowers[i]
        if low == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            item = _agency_again(next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), tok), found, used,
                                 lex.cues) or _judge_according(doc[tok.i + 1], lex, used, index, quotes, outlets, named)
            # ('according to the agency': the news agency credited just before)
        elif low == "on" and _quote_opens(doc, tok.i + 1) and (
                tok.head.lemma_ in lex.cues["interview_verbs"] and tok.head.pos_ in ("VERB", "AUX")
                or tok.head.lower_ in lex.cues["interview_nouns"] and tok.head.pos_ == "NOUN"):
            item = _quoted_programme(tok, lex, outlet)  # 'said on "Fox and Friends"', 'aired on the "Today" show'
        elif low == "of" and tok.head.lower_ in lex.cues["programme_parts"] and _quote_opens(doc, tok.i + 1) and \
                _spoken_on(tok.head, lex):
            item = _quoted_programme(tok, lex, outlet)  # 'said on Sunday's edition of "Meet the Press"'
        elif low == "per" and is_per(tok):
            item = _judge_according(tok, lex, used, index, quotes, outlets, named)  # "per the WHO"
        elif low in lex.cues["page_nouns"] and tok.pos_ in ("NOUN", "PROPN") and \
                (item := judge_page(tok, lex, index)) is not None:
            used.add(tok.i)  # 'announced on its website that ...', 'wrote in his Election Law Blog'
        elif noun_key(tok) in lex.nouns and (tok.pos_ in ("NOUN", "PROPN") or low in lex.cues["tagged_as_verbs"]
                                             or _noun_with_compound(tok)) \
                and not _participle_noun(tok, doc) and not _name_of_person(tok, index):
            item = _clip_of_interview(tok, found, used) or _judge_noun(tok, lex, used, index, quotes, named=named,
                                                                       own=outlet)
            if item is None and lex.nouns[noun_key(tok)][0] == "interview":
                item = _interview_again(tok, found)  # 'In that interview, he said ...'
        elif tok.dep_ == "nsubj" and tok.head.lemma_ in lex.cues["belief_verbs"] and (
                (low in lex.cues["agency_heads"] and intelligence_body(tok)) or low in lex.cues["finding_bodies"]) \
                and not any(c.dep_ == "aux" and c.lower_ in MODALS for c in tok.head.children) and not conditional(tok.head):  # not "the
            # commission would determine the date": what a body will decide is no finding it published
            item = _make(tok.sent, np_text(tok), body_kind(tok, lex) or "other", tok)
        elif tok.dep_ == "nsubj" and tok.head.lemma_ in lex.cues["body_report_verbs"] and not filed_at(doc, tok.idx) \
                and (kind := _body_reports(tok, lex, index, outlet)) is not None:  # (not a dateline's place the parse
            # made the subject: 'TOKYO (AP) - Kyodo news agency reported ...')
            item = _make(tok.sent, np_text(tok), kind, tok)  # 'the institute estimated that ...'
            if item is not None and [c.lower_ for c in tok.lefts] == ["the"]:
                item.noun, item.definite = tok.lemma_.lower(), True  # 'the project also found': one named before
            found.extend(f for c in conj_bodies(tok, lex, index)  # 'X, Y and Z projected ...': each credited
                         if (f := _make(c.sent, np_text(c), body_kind(c, lex) or kind, c)) is not None)
        elif low == "it" and tok.dep_ in SUBJECTS and found and (tok.head.lemma_ in lex.cues["report_verbs"] or
                                                                 tok.head.lemma_ in lex.cues["closing_verbs"]):
            item = _it_again(tok, found)  # 'Interfax reported ... It quoted ...', 'another statement ... it says'
        elif tok.dep_ == "dobj" and tok.head.lower_ in ("citing", "quoting") and _cited_body(tok, lex, index):
            item = _make(tok.sent, np_text(tok), body_kind(tok, lex) or "government", tok)
        elif tok.dep_ == "pobj" and tok.head.dep_ == "agent" and (kind := forecaster(tok, lex, index)) is not None:
            item = _make(tok.sent, agent_name(tok), kind, tok)  # 'the 2.1 percent growth projected by the IMF'
        elif tok.dep_ == "pobj" and tok.head.dep_ == "agent" and (name := released_statement(tok, lex)) is not None:
            item = _make(tok.sent, name, "statement", tok)  # 'The following statement was issued by X:'
        elif tok.dep_ == "pobj" and tok.head.dep_ == "agent" and _released_by_body(tok, lex, index):
            kind = "outlet" if tok.head.head.lemma_ in ("quote", "cite") else body_kind(tok, lex) or "government"
            item = _make(tok.sent, agent_name(tok), kind, tok)
        elif low in lex.cues["programme_words"] and tok.pos_ == "NOUN" and \
                (item := _host_show(tok, lex) or _programme_again(tok, found, lex)
                 or programme_says(tok, found, lex)) is not None:
            pass  # 'an interview on Sean Hannity's radio show', 'He told the programme ...' (a programme named before)
        elif low == "press" and press_outlet(tok, lex.cues):
            item = _make(tok.sent, np_text(tok), "outlet", tok)  # 'the local press reported', 'Tarnian press said'
        elif low in PRESS_DESKS and report_tagged_noun(tok) and any(c.lower_ == "press" for c in tok.lefts):
            item = _make(tok.sent, np_text(tok), "agency", tok)  # '..., the presidential press service reports.'
        elif low in lex.cues["outlet_heads"] and (tok.pos_ in ("NOUN", "PROPN") or adjective_outlet(tok)):
            item = _agency_again(tok, found, used, lex.cues) or _judge_outlet_noun(tok, lex, outlet, used)
            if item is not None and item.kind in ("agency", "outlet"):
                named.add(_key(item.reported_by))
                named.add(_key(item.reported_by.split()[-1]))  # 'according to ESTA' after 'news agency ESTA'
        else:
            item = None
        if item is not None:
            found.append(item)
        elif judge is not None and (branch := declined_branch(tok, low, lex)) is not None and \
                (cand := _make(tok.sent, np_text(branch[1]), "other", branch[1])) is not None:
            cand.mention, cand.declined = True, branch[0]
            declined.append(cand)
    if links := link_list_lines(index.text or doc.text):  # 'X appeals to unions • Brisk polling recorded ...'
        found = [f for f in found if not any(start <= f.anchor < end for start, end in links)]
    mark_uncounted(found, lex)  # a document only mentioned is no credit (kept for what refers back to it)
    found.extend(outlet_mentions(named_only, short, outlet))
    if judge is not None:
        _judge(judge, doc, index, found, declined, outlet)
    return _finish(doc, found, index, quotes)


def _judge(judge, doc, index, found: list[_Found], declined: list[_Found], outlet: str | None) -> None:
    """Hand every candidate to the learned decision (source_model.py) with its guard: None when the rules credit
    it, 'mention', 'named_only' (an outlet named, not credited: outlet_mentions) or 'declined_<branch>'."""
    taken = {(f.anchor, f.key) for f in found}
    found.extend(f for f in declined if (f.anchor, f.key) not in taken)
    guards = [None if not f.mention else "declined_" + f.declined if f.declined else
              "named_only" if f.noun is None and f.kind in ("outlet", "agency") else "mention" for f in found]
    judge(doc, index.text or doc.text, found, guards, outlet)
