"""Names the outlet lexicon does not know, found by where they stand: the one an official told or confirmed
something to ("the presidency told Norvision", "confirmed to Kelsbury Live that ..."), an interview given to them
("in an interview with X"), "according to information from X", and the subject that quoted someone ("X quoted the
minister as saying"). Such a name is an outlet (the judges of ``source_judges.py`` decide whether it is credited)
unless it is a person, a place, a people, a body of government or an institution the data files know ("told
Congress", "told MPs", "told the Senedd", "told NATO"), or the page's own site."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import data_json
from .actor_codes import country_of, igo_of, known_person
from .actor_countries import institution_code
from .name_lexicon import given_names, is_given_name
from .quoted_laws import law_nouns
from .sentence_view import doc_view, sent_of
from .source_agents import entity_obj_at, is_person
from .source_lexicon import lexicon, outlet_of_url, own_key
from .source_on_words import captioned_on
from .source_syntax import interview_context

AGENT_VERBS = frozenset({"quote", "carry", "cite", "report", "air", "broadcast", "publish"})  # 'quoted by X',
# 'carried by X', 'an interview published by X'
SAID_TO_VERBS = frozenset({"confirm", "say", "explain", "speak", "talk", "reveal", "admit", "describe"})
INTERVIEW_WORDS = frozenset({"interview", "interviews"})
REMARK_NOUNS = frozenset({"comments", "remarks"})  # 'in comments to X': what was said to an outlet
NOT_OUTLET_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY",
                               "PERCENT", "QUANTITY", "EVENT", "LAW", "LANGUAGE"})
LONE_LABELS = frozenset({"PERSON", "GPE"})  # what the tagger makes of a one-word outlet name it does not know ('told
# Velnews' a person, 'told Tarnpost' a place): in a crediting place, no reason by itself to read it as one
NOT_PAPER_LABELS = frozenset({"GPE", "LOC", "NORP", "LAW"})  # in a name a day opens: no paper's
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})
SLOT_DEPS = frozenset({"dobj", "dative", "pobj", "nsubj", "poss", "compound"})
ON_AIR_VERBS = frozenset({"speak", "appear", "say", "talk", "tell", "explain", "admit", "reveal", "argue", "warn",
                          "confirm", "claim"})  # 'speaking on X's breakfast show'
NAMED_ON_AIR_VERBS = frozenset({"appear", "say", "tell", "admit", "reveal", "confirm", "claim", "broadcast", "air"})
# 'said on Lumen TV', 'in comments broadcast on QTV' (not 'spoke on X', 'talked on X', 'warned on X', whose X is
# what they spoke about)
SHOWN_VERBS = frozenset({"appear", "broadcast", "air"})  # on air, but words said there only with a saying verb or
# what was aired being remarks or an interview ('the final was broadcast on X' is none)
SAYING_VERBS = ON_AIR_VERBS - {"appear"}
CITING = frozenset({"citing", "quoting"})
SAID_VERBS = frozenset({"say", "report", "write"})
CITED_HEADS = ("government_heads", "agency_heads", "outlet_heads", "organisation_heads")  # cue lists of the bodies
CITED_KINDS = frozenset({"document", "statement", "outlet", "interview"})  # and the source nouns a 'citing' clause credits
LONE_CREDIT = re.compile(r"[A-Z][a-z]{3,}(?:-?[A-Z][a-z]+)?|[A-Z][A-Za-z\-]+\.(?:[a-z]{2}|com|net|org|info)")  # 'Tarnpost',
# 'Zemlinform': one word, written as a name; 'Tarnews.az': a news site's domain
_SQUASH = re.compile(r"[^a-z0-9]")


def told_names(doc, lex, index, known, url: str | None = None) -> list:
    """Spans of names in a crediting place that no span of ``known`` (the outlets found so far) covers."""
    taken = {i for span in known for i in range(span.start, span.end)}
    view = doc_view(doc)
    people = {view.text[ent.end - 1] for ent in view.ents if ent.label_ == "PERSON" and len(ent) > 1}
    people_words = person_words_of(doc)
    bodies = body_words(lex) | frozenset(lex.cues["person_nouns"])  # 'told Person 2', 'told Chief X'
    social = lex.cues["social_words"]
    host = _SQUASH.sub("", url.split("://", 1)[-1].split("/", 1)[0].lower()) if url else ""
    sections = own_sections(url)
    on_air_page = broadcaster_page(url, lex)
    out = []
    deps = view.dep
    for i, text in enumerate(view.text):
        paper = False  # 'the Sunday Vigil': a paper's name after its article (a person's takes none)
        if not text[:1].isupper() or deps[i] not in SLOT_DEPS or i in taken:
            continue  # the cheap tests on the shared per-token lists first
        tok = view.tokens[i]
        if not credited_slot(tok, lex):
            continue
        span = entity_name(tok) or aired_entity(tok, lex.cues["broadcast_name_words"]) or \
            (name_span(tok) if name_word(tok) else None)
        if span is None and deps[i] in ("poss", "compound") and name_word(tok):
            span = name_span(tok, article=True)  # 'on the Channel Ostra programme Week Ahead'
        if span is None and name_word(tok) and tok.i + 1 < len(doc) and doc[tok.i + 1].text in lex.cues["outlet_heads"]:
            span = name_span(tok, article=True)  # 'told the Kantipur daily that ...': named with its outlet word
        if span is None and name_word(tok) and (named := name_span(tok, article=True)) is not None and \
                periodical_name(named, lex.cues):
            span, paper = named, named.start > 0 and doc[named.start - 1].lower_ == "the"
            # 'the Sunday Vigil reported that ...', 'told the Harbour Gazette': a paper's name
        if span is None or any(t.i in taken for t in span):
            continue
        if any(t.lower_ in social for t in span):
            continue  # 'said on Twitter': a post, as a tweet, credits no outlet
        if len(span) > 1 and tok.dep_ == "nsubj" and tok.head.lemma_ == "report" and tok.i < tok.head.i and \
                not periodical_name(span, lex.cues):
            continue  # 'Ostmark Energy reported that its profits rose': a company's own figures, not an outlet's report
        squashed = _SQUASH.sub("", span.text.lower())
        aired = not on_air_page and any(t.text in lex.cues["broadcast_name_words"] for t in span)
        # 'told Tarnside Live': a name tagged a person's, a station's or programme's by its words (on a broadcaster's
        # own page as likely one of its own programmes, which the lexicon may not list: left there)
        if not_an_outlet(span, index, people - {span[-1].text} if aired else people, bodies,
                         paper or aired or lone_name(span, index, people_words)) or \
                (host and squashed in host) or squashed in sections:
            continue  # (the page's own site, or its own programme or section: 'told Breakfast' under /breakfast/)
        out.append(span)
    return out


def broadcaster_page(url: str | None, lex) -> bool:
    """The page is on the site of an outlet that airs programmes the lexicon lists (the BBC's, ITV's)."""
    own = outlet_of_url(url)
    return own is not None and own_key(own) in {own_key(network) for network in lex.networks.values()}


def periodical_name(span, cues) -> bool:
    """A name written as a newspaper's ('the Daily Vigil', 'the Sunday Vigil', 'the Harbour Gazette'): an outlet name
    word in it, or a day or time of day opening it, never a company reporting its own figures."""
    return span[0].text in cues["periodical_first_words"] or any(t.text in cues["outlet_name_words"] for t in span)


def periodical_span(tok, lex):
    """'the Evening Tally', 'the Sunday Vigil': a capitalised day or time of day (or 'Daily', 'Weekly') after 'the'
    opening a name of one or two more capitalised words, none of them a body's word ('the Morning Assembly') nor
    run on by 'of' or another name; None otherwise."""
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].lower_ != "the" or tok.pos_ != "PROPN":
        return None
    end = tok.i + 1
    while end < len(doc) and end - tok.i < 3 and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1
    if end == tok.i + 1 or end - tok.i == 3 and end < len(doc) and doc[end].pos_ == "PROPN" or \
            end < len(doc) and doc[end].lower_ == "of":
        return None
    span = doc[tok.i:end]
    bodies = body_words(lex)
    if any(t.lower_ in bodies or t.ent_type_ in NOT_PAPER_LABELS for t in span[1:]) or \
            law_nouns().get(span[-1].lower_) == "law":
        return None  # 'the Sunday Trading Act'
    return span


def own_sections(url: str | None) -> frozenset[str]:
    """The folders of the page's address ('.../programmes/breakfast/3519918.stm' -> programmes, breakfast): the
    site's own programmes and sections, not the page's own slug (the last part, which may hold any name)."""
    if not url:
        return frozenset()
    parts = url.split("://", 1)[-1].split("?", 1)[0].split("/")[1:-1]
    return frozenset(p for p in (_SQUASH.sub("", part.lower()) for part in parts) if len(p) > 2)


def name_word(tok) -> bool:
    """A capitalised name word: tagged a proper noun, or a noun the tagger did not know ('Norvision quoted ...')
    written as a name (capitalised not only because it opens the sentence, with inner capitals or digits, or named
    an organisation by the NER)."""
    if not tok.text[:1].isupper():
        return False
    if tok.pos_ == "PROPN":
        return True
    inner = any(c.isupper() or c.isdigit() for c in tok.text[1:])
    return tok.pos_ == "NOUN" and (tok.i != tok.sent.start or inner or tok.ent_type_ == "ORG")


def credited_slot(tok, lex) -> bool:
    """'told X that ...' / '"...," Y told X', 'confirmed to X', 'in an interview with X', 'according to information
    from X', 'X quoted Y as saying'."""
    if tok.dep_ not in SLOT_DEPS:
        return False  # the cheap test before reading the head
    programme_words = lex.cues["programme_words"]
    head = tok.head
    gov = head.head
    if tok.dep_ in ("poss", "compound"):  # "on X's breakfast show", "on the X programme Week Ahead"
        return tok.i < head.i and (tok.dep_ == "poss" or head.lower_ in programme_words) and (
            on_air(head, programme_words) or head.lower_ in programme_words and interview_context(head, lex) and (
                head.dep_ in ("dobj", "dative") or head.dep_ == "pobj" and head.head.lower_ in ("to", "with")))  # "told X's Breakfast programme that ...", 'speaking to X's Drive show'
    if tok.dep_ in ("dobj", "dative") and head.lemma_ == "tell" and head.pos_ == "VERB":
        return _tells_content(head)
    if tok.dep_ != "pobj":
        return tok.dep_ == "nsubj" and head.lemma_ in ("quote", "cite") and any(
            c.dep_ == "prep" and c.lower_ == "as" for c in head.children) or reports_after(tok) or reports_that(tok) \
            or citing_slot(tok, lex)
    if head.dep_ == "agent" and gov.lemma_ in AGENT_VERBS and gov.pos_ == "VERB":
        return True  # 'was quoted by X as saying', 'remarks carried by X'
    if head.lower_ == "by" and gov.lower_ == "saying" and gov.head.lower_ == "as" and \
            gov.head.head.lemma_ in ("quote", "cite"):
        return True  # 'was quoted as saying by X': the parse hangs the agent on 'saying'
    if head.lower_ == "to" and (gov.lemma_ in SAID_TO_VERBS and gov.pos_ == "VERB" or gov.lower_ in REMARK_NOUNS):
        return True  # 'confirmed to X', 'in comments to X'
    if head.lower_ in ("with", "to") and gov.lower_ in INTERVIEW_WORDS:
        return True
    if head.lower_ == "to" and gov.lemma_ in ("give", "grant") and any(
            c.dep_ == "dobj" and c.lower_ in INTERVIEW_WORDS for c in gov.children):
        return True  # 'gave an interview to X': the parse hangs X on the verb
    if head.lower_ == "on" and (on_air(tok) or captioned_on(tok) and tok.text in lex.cues["outlet_name_words"]):
        return True  # (a caption's 'Jo Veld on Kelso News: "..."': an unknown name after 'on' with no programme
        # only when named like an outlet, as often a topic otherwise: 'Jo Veld on Brenmoor: "..."')
    return head.lower_ == "from" and gov.lower_ == "information" and gov.dep_ == "pobj" and \
        gov.head.lower_ == "to" and gov.head.i > 0 and tok.doc[gov.head.i - 1].lower_ == "according"


def on_air(tok, programme_words=None) -> bool:
    """'appeared on X', 'speaking on X's breakfast show', "said on X's Sunday Desk": the medium something was
    said on, after a verb of speaking. With ``programme_words``, ``tok`` is what an outlet name is the possessive
    of: a programme word ('show') or a capitalised name ('Sunday Desk'); without them ``tok`` is the name itself."""
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ != "on":
        return False
    if programme_words is not None and captioned_on(tok):  # "Jo Veld on Tarnside TV's Morning Hour: \"...\"": a
        return tok.lower_ in programme_words or tok.pos_ == "PROPN"  # caption's speaker and medium (not "on X's future")
    gov = head.head
    verbs = NAMED_ON_AIR_VERBS if programme_words is None else ON_AIR_VERBS
    if gov.lemma_ not in verbs or gov.pos_ not in ("VERB", "AUX") or tok.ent_type_ == "FAC":
        return False
    if gov.lemma_ in SHOWN_VERBS and gov.head.lower_ not in REMARK_NOUNS | INTERVIEW_WORDS and \
            not any(t.lemma_ in SAYING_VERBS and t.pos_ == "VERB" for t in gov.sent):
        return False  # 'appeared on X last year', 'the final was broadcast on X': no words said there
    return programme_words is None or tok.lower_ in programme_words or (tok.pos_ == "PROPN" and tok.text[:1].isupper())


def citing_slot(tok, lex) -> bool:
    """'X, quoting a senior official, said ...', 'X said ..., citing two sources' (the subject of a saying verb a
    'citing'/'quoting' clause hangs on, whose object is a name, a person or a body or a document: not 'X said,
    citing higher costs', a firm's reason), and the cited name itself: '..., the Herald reported, quoting X'."""
    verb = tok.head
    if tok.dep_ == "dobj" and verb.lower_ in CITING and verb.dep_ in ("advcl", "acl"):
        return _said_by(verb.head) is not None
    if tok.dep_ != "nsubj" or verb.lemma_ not in SAID_VERBS:
        return False
    view, sent = doc_view(tok.doc), sent_of(tok)  # (the view's words first: a Token only for 'citing'/'quoting')
    lowers, deps = view.lower, view.dep
    return any(deps[k] in ("advcl", "acl") and (said := _said_by(t.head)) is not None and
               said.i == verb.i and any(c.dep_ == "dobj" and _cited_source(c, lex) for c in t.children)
               for k in range(sent.start, sent.end) if k != tok.i and lowers[k] in CITING for t in (view.tokens[k],))


def _cited_source(tok, lex) -> bool:
    """What a 'citing' clause names when it credits information: a name, people ('two officials', 'sources'), a body
    ('the presidential office') or a document ('a statement'); not figures or reasons ('higher fuel costs')."""
    cues = lex.cues
    low = tok.lower_
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("ORG", "PERSON", "NORP") or low in cues["person_nouns"] or \
        any(low in cues[key] for key in CITED_HEADS) or lex.nouns.get(low, ("",))[0] in CITED_KINDS


def _said_by(tok):
    """The saying verb ``tok`` is (or whose reported clause it heads), or what its subject hangs on."""
    if tok.dep_ == "nsubj":
        tok = tok.head  # 'X, quoting Y, said': the parse may hang 'quoting' on the subject
    if tok.lemma_ in SAID_VERBS and tok.pos_ == "VERB":
        return tok
    head = tok.head
    return head if tok.dep_ == "ccomp" and head.lemma_ in SAID_VERBS and head.pos_ == "VERB" else None


def reports_after(tok) -> bool:
    """'..., reported X.' closing the sentence: the name after a reporting verb that follows a comma and has no
    other subject (the parse may make it the verb's object)."""
    verb = tok.head
    if verb.lemma_ != "report" or verb.i > tok.i or verb.i == 0 or tok.doc[verb.i - 1].text != "," or any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i for c in verb.children):
        return False
    rest = [t for t in tok.doc[tok.right_edge.i + 1:tok.sent.end] if not t.is_punct and not t.is_space]
    return not rest or all(t.ent_type_ in ("DATE", "TIME") or t.dep_ == "prep" and t.lower_ == "on" for t in rest)


def reports_that(tok) -> bool:
    """'X reported that ...', '..., X reported.': the subject of a reporting verb that reports a clause (not 'X
    reported a profit')."""
    verb = tok.head
    return tok.dep_ == "nsubj" and verb.lemma_ == "report" and verb.pos_ == "VERB" and tok.i < verb.i and \
        all(t.pos_ in ("ADV", "AUX") for t in tok.doc[tok.i + 1:verb.i]) and \
        any(c.dep_ in ("ccomp", "parataxis") for c in verb.children) and not \
        (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text in (":", "-", "--")) or \
        tok.dep_ == "nsubj" and verb.lemma_ == "report" and verb.i == tok.i + 1 and tok.i > tok.sent.start and \
        tok.doc[tok.i - 1].text == "," and verb.dep_ in ("ROOT", "parataxis", "ccomp")


def person_words_of(doc) -> set[str]:
    """Every word of the names of two words or more the tagger took for people (``doc.ents`` and the words as the
    document's view read them once)."""
    view = doc_view(doc)
    texts = view.text
    return {texts[i] for ent in view.ents if ent.label_ == "PERSON" and len(ent) > 1 for i in range(ent.start, ent.end)}


def lone_name(span, index, people_words: set[str]) -> bool:
    """A one-word name the tagger took for a person that nothing else on the page makes one ('told Velnews',
    'Velnews reported that ...'): no given name, no person the data files know, no word of a longer person's name
    on the page, no title and no sex told for it (by a title, a he or she)."""
    if len(span) != 1:
        return False
    tok = span[0]
    text = tok.text
    if text in people_words or is_given_name(text) or text in given_names() or \
            known_person(text) is not None or country_of(text + "s"):
        return False  # (a nationality noun whose plural the data files know: 'told Turk ...' is no outlet)
    ent = entity_obj_at(index, tok.idx, tok.idx + len(text))
    if ent is None:
        return True
    if ent.title or ent.name != text or ent.aliases:
        return False
    k = next((n for n, e in enumerate(index.entities) if e is ent), None)
    return k is None or (k not in index.gender and k not in index.titles)


def _tells_content(verb) -> bool:
    """What was told is given: a clause ('told X that ...', 'told X the talks would go on') or a quotation the
    verb closes or opens; not 'told X to leave' (an order) nor 'told X about it'."""
    if any(c.dep_ == "xcomp" for c in verb.children):
        return False
    if any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return True
    return any(t.text in QUOTE_MARKS for t in verb.sent) or any(
        t.text == ":" for t in verb.doc[verb.i + 1:min(verb.sent.end, verb.i + 6)])


NAME_LABELS = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "FAC"})


def _ent_bounds(tok) -> tuple[int, int]:
    """(first, past-last) token of the entity span ``tok`` stands in (the tagger's B then I tags)."""
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def entity_name(tok):
    """The organisation (or title) name ``tok`` ends as the NER spans it ('confirmed to Kelsbury Live', whatever
    the tagger made of 'Live'), with a channel's number after it ('Tarvia 24'); None after an article or a
    possessive."""
    if tok.ent_type_ not in NAME_LABELS or tok.ent_iob_ not in ("B", "I"):
        return None
    doc = tok.doc
    start, end = _ent_bounds(tok)
    if end != tok.i + 1 and doc[tok.i + 1:end].text[:1].islower():
        return None  # the parse's word is not the name's last
    if end < len(doc) and doc[end].text.isdigit() and doc[end].ent_iob_ != "B":
        end += 1  # 'told Tarvia 24': a channel's number
    return _bare(doc[start:end])


def aired_entity(tok, words):
    """The name the tagger took for a person's that ``tok`` ends, when a word of a station's or programme's name is in
    it (``words``: 'told Tarnside Live the vote was rigged', where the parse makes both words objects); else None."""
    if tok.ent_type_ != "PERSON" or tok.ent_iob_ not in ("B", "I"):
        return None
    doc = tok.doc
    start, end = _ent_bounds(tok)
    if end != tok.i + 1 or not any(t.text in words for t in doc[start:end]):
        return None
    return _bare(doc[start:end])


def _bare(span, article: bool = False):
    """``span`` when no article (with ``article``: but 'the'), possessive or title stands before it and every word
    is capitalised."""
    doc, start = span.doc, span.start
    if start > 0 and (doc[start - 1].lower_ in (("a", "an") if article else ("the", "a", "an")) or doc[start - 1].tag_ == "POS"
                      or doc[start - 1].dep_ == "poss" or doc[start - 1].text == "." and not doc[start].is_sent_start):
        return None  # 'told the Senedd', "told Tarvia's X", 'told Sens. X' (not a name opening the next sentence)
    return span if all(t.text[:1].isupper() or t.text[:1].isdigit() for t in span) else None


def name_span(tok, article: bool = False):
    """The capitalised name ``tok`` ends, without an article (up to four words): None after an article or a
    possessive ('told the Senedd', "told Russia's X" are bodies and people more often than outlets), or when a
    name runs on after it. With ``article``, 'the' may stand before it (the article of the programme the name
    stands before: 'on the X programme')."""
    doc, start = tok.doc, tok.i
    while start > 0 and tok.i - start < 3 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
            and doc[start - 1].head.i >= start:
        start -= 1
    end = tok.i + 1
    if end < len(doc) and doc[end].text.isdigit():
        end += 1  # 'told Tarvia 24': a channel's number
    if end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        return None
    return _bare(doc[start:end], article)


def not_an_outlet(span, index, people: set[str], bodies: frozenset[str], lone: bool = False) -> bool:
    """A person ('told Anna Berg', the surname of one the page names), a place or people, plural members ('told
    MPs'), a body of government ('told Congress', 'told Senate leaders'), an institution or IGO the data knows.
    ``lone``: the name is a one-word name nothing else makes a person or a place the data files know (``lone_name``)."""
    if station_of_country(span):
        return False
    if any(t.ent_type_ in NOT_OUTLET_LABELS and not (lone and t.ent_type_ in LONE_LABELS) for t in span) or \
            (not lone and any(is_person(t, index) for t in span)):
        return True
    if is_given_name(span[0].text) or span[0].text in given_names():
        return True  # "told Anna Berg" the NER took for an organisation
    if any(t.lower_.rstrip(".") in person_words() or t.lower_.rstrip(".")[:-1] in person_words() for t in span):
        return True  # "told Sens. X and Y", "told Senators"
    last = span[-1].text
    if last in people or (len(last) > 2 and last.endswith("s") and last[:-1].isupper()):
        return True  # "told Berg" after "Anna Berg"; "told MPs", "told MSPs"
    if any(t.lower_ in bodies for t in span):
        return True
    if institution_code(span.text) is not None or igo_of(span.text) is not None or country_of(span.text):
        return True
    if len(span) == 1 and len(span.text) > 2 and span.text.istitle() and igo_of(span.text.upper()) is not None:
        return True  # "told Nato": an acronym in the house style that writes it as a word (BBC)
    code = known_person(span.text)  # a body, group or person the actor files list ('told Hamas'), not media
    return code is not None and not code.endswith("MED")


def station_of_country(span) -> bool:
    """'told NTV Uganda', 'told KTN Kenya': a broadcaster's initials before the country it serves (whatever the
    tagger made of the pair: a place, a person, an organisation), not initials the data files know as a body or
    an IGO."""
    first = span[0].text
    return len(span) == 2 and 2 <= len(first) <= 5 and first.isupper() and first.isalpha() and \
        span[1].ent_type_ != "NORP" and country_of(span[1].text) is not None and \
        igo_of(first) is None and institution_code(first) is None and known_person(first) is None


@lru_cache(maxsize=1)
def person_words() -> frozenset[str]:
    """Titles, their abbreviations and honorifics (data/person_titles.json): words that name people."""
    words = data_json("person_titles.json")
    return frozenset(words["titles"]) | frozenset(words["abbreviations"]) | frozenset(words["honorifics_male"]) | \
        frozenset(words["honorifics_female"])


def body_words(lex) -> frozenset[str]:
    cues = lex.cues
    return frozenset(cues["government_heads"]) | frozenset(cues["think_tank_heads"]) | \
        frozenset(cues["organisation_heads"]) | frozenset(w for w in cues["seat_names"] if " " not in w)


def lone_credit(name: str) -> bool:
    """A one-word name no data file knows that a 'Source:' or '(With inputs from ...)' line credits ('Source:
    Tarnpost'): an outlet, unless a given name, a place or people, or a person or body the data files know, or
    a picture's or a social site's word ('Source: Facebook')."""
    lex = lexicon()
    cues = lex.cues
    return LONE_CREDIT.fullmatch(name) is not None and not (
        is_given_name(name) or name in given_names() or country_of(name) or institution_code(name) or igo_of(name)
        or known_person(name) is not None or name.lower().split(".")[0] in cues["social_words"] | cues["picture_words"]
        or name in lex.outlets)
