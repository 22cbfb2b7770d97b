"""Who a source is: the agent that issued a statement or document, and the name a speaker or entity goes by.

Helpers for the source judges, split out of ``source_syntax.py``: each takes spaCy tokens (with the quotes
and the entity index where it needs them) and names who stands behind a source ("released by X", "X's
statement", "X said in a statement").
"""
from __future__ import annotations

from .actor_codes import country_of
from .source_lexicon import lexicon
from .source_owned_documents import office_of_body
from .source_syntax import DETERMINERS, entity_text, is_according, noun_key, np_text
from .speaker_syntax import line_label_subject

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
OUTLET_NOUNS = frozenset({"broadcaster", "newspaper", "daily", "media", "television", "tv", "radio", "agency",
                          "paper", "outlet", "channel", "station", "network", "magazine", "website"})
CARRIERS = frozenset({"carry", "broadcast", "air", "run", "print", "quote"})  # an outlet carrying X's statement
# "The latest criticism comes in a letter", "The news came in a statement": the subject is what was said, not who
CONTENT_VERBS = frozenset({"come", "arrive"})
# "Harsh words appeared in a statement": what it said, not who issued it (not "the minister appeared in a video")
SHOWING_VERBS = frozenset({"appear"})


def agent_name(tok) -> str:
    """The name in an agent phrase, even when the parse heads it wrongly ("the Halvorsen Institute show ...")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.head.i != tok.i and nxt.text[:1].isupper() and nxt.is_alpha and \
            (nxt.ent_type_ in NAME_LABELS and nxt.ent_iob_ == "B" or nxt.pos_ in ("PROPN", "VERB", "NOUN")) and \
            tok.lower_ in ("agency", "newspaper", "broadcaster", "daily", "outlet", "paper", "television", "radio"):
        name = entity_text(nxt) if nxt.ent_type_ in NAME_LABELS else nxt.text
        return f"{np_text(tok)} {name}"  # 'carried by state news agency KCNA that ...': the name split off
    if tok.lower_ in OUTLET_NOUNS and (named := appositive_name(tok)) is not None:
        return entity_text(named)  # "Velmark's state broadcaster, VBC, said": its own name
    if tok.ent_type_:
        return np_text(tok)  # "Russia's defence ministry", with its possessor
    phrase = np_text(tok)
    if tok.lower_ in OUTLET_NOUNS:
        return phrase  # "Velmark's state broadcaster", not "Velmark"
    for t in tok.subtree:
        if t.i < tok.i and t.ent_iob_ == "B" and t.ent_type_ in NAME_LABELS and t.ent_type_ != "NORP":
            name = entity_text(t)
            if len(phrase.split()) > len(name.split()) + 1 and not _named_body(t, tok, name):
                return name  # the phrase runs on past the name: a misparse
    return phrase


def _named_body(first, tok, name: str) -> bool:
    """'released by the Norland interior ministry': the name and lower-case words before a body's head noun are
    the body's name, not a misparse that runs on past the name."""
    after = first.doc[first.i + len(name.split()):tok.i]
    return tok.pos_ == "NOUN" and tok.lower_ in lexicon().cues["government_heads"] and \
        all(t.is_lower and t.is_alpha and t.dep_ in ("compound", "amod") for t in after)


def appositive_name(tok):
    """The name set off by commas after an outlet noun ("the state broadcaster, VBC, said"): a capitalised proper
    noun the tagger calls no person or people, nor a place but for a name no country list knows ("the state news
    agency, Pressa": the tagger's place)."""
    doc = tok.doc
    return next((c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.text[:1].isupper()
                 and c.ent_type_ not in ("PERSON", "NORP") and c.i == tok.i + 2 and doc[tok.i + 1].text == ","
                 and not (c.ent_type_ in ("GPE", "LOC") and country_of(c.text) is not None)), None)


OWN_WORDS = frozenset({"our", "my", "your"})  # possessives of the speaker or reader


def agent_of(noun, lex, quotes, index) -> str | None:
    """Who issued a statement or document: "by X", "X's", "released by X", or the subject of "said in"."""
    for c in noun.children:
        if c.dep_ == "poss" and c.lower_ not in DETERMINERS and c.lower_ not in OWN_WORDS:
            return np_text(c)  # (not "Our Travel Advisory for X": the page's own office, no name)
    holders = [noun] + [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"]
    for c in (c for h in holders for c in h.children):
        if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.head.i == noun.i:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return agent_name(obj)
        if c.dep_ == "prep" and c.lower_ == "of" and c.head.i == noun.i:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "PROPN" and obj.ent_type_ in ("PERSON", "ORG"):
                return agent_name(obj)  # "the recent statement of President X", "the announcement of the Embassy"
            if obj is not None and obj.pos_ in ("NOUN", "PROPN") and office_of_body(obj):
                return agent_name(obj)  # "the statement of a Spokesperson for the Orvan League"
        if (c.dep_ == "acl" or c.dep_ == "relcl" and any(g.dep_ == "nsubjpass" and g.lower_ in ("that", "which")
                                                           for g in c.children)) \
                and c.lemma_ in lex.cues["agent_verbs"] and c.lemma_ not in CARRIERS:  # or 'that was issued by X'
            for g in c.children:
                if g.dep_ == "agent" or (g.dep_ == "prep" and g.lower_ in ("by", "from")):
                    obj = next((h for h in g.children if h.dep_ == "pobj"), None)
                    if obj is not None and not any(h.lower_ == "our" for h in obj.children):
                        return agent_name(obj)  # not "papers obtained by our correspondent"
    # "X said in a statement", "X issued a statement", "In a filing, prosecutors said"
    if is_according(noun) or noun.head.lemma_ in ("cite", "quote") or not (
            noun.dep_ == "dobj" or (noun.dep_ == "pobj" and noun.head.lower_ == "in")):
        return None
    cur = noun
    for _ in range(4):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            if cur.lemma_ in CONTENT_VERBS:
                return None
            if cur.lemma_ in SHOWING_VERBS and any(
                    c.dep_ == "nsubj" and c.pos_ == "NOUN" and not c.ent_type_ and c.lower_ not in lex.cues["person_nouns"]
                    for c in cur.children):
                return None
            if cur.i == noun.head.i and noun.dep_ == "dobj" and cur.lemma_ in lex.cues["disowning_verbs"]:
                return None  # "declined to confirm a report", "refuted reports": not the report's author
            subj = next((c for c in cur.children if c.dep_ in ("nsubj",) and c.i != noun.i and not c.is_punct
                         and not line_label_subject(c)), None)  # not the 'Q' of 'Q: X said in a statement
            if subj is not None and noun_key(subj) in lex.nouns:
                return None  # "In the tax returns, ..., the documents show": another name of the source, no author
            if subj is not None:
                inner = quote_around(subj, quotes)
                if inner is None:
                    return speaker_name(subj, quotes, index)
                return named_between(subj.doc, inner.end, cur.idx) or inner.speaker.name
            if cur.dep_ in ("acl", "advcl", "xcomp", "pcomp") and cur.head.pos_ in ("NOUN", "PROPN"):
                return np_text(cur.head) if cur.head.ent_type_ or cur.head.pos_ == "PROPN" else None
    return None


def quote_around(tok, quotes):
    """The quotation with a named speaker whose words hold ``tok``: '"... concern every American," X said in a
    statement' (the parse took a word of the quotation for the subject of "said")."""
    for q in quotes:
        if q.kind != "indirect" and q.start <= tok.idx < q.end and q.speaker and q.speaker.name:
            return q
    return None


def named_between(doc, start: int, end: int) -> str | None:
    """The first person (else organisation) named between two character offsets: the speaker between a
    closing quotation mark and "said"."""
    if start >= end:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for kind in ("PERSON", "ORG"):
        tok = next((t for t in span if t.ent_type_ == kind), None)
        if tok is not None:
            return entity_text(tok)
    return None


def speaker_name(subj, quotes, index) -> str | None:
    """The name of who speaks: the named entity of the subject or its apposition, else the phrase."""
    if subj.pos_ != "PRON":
        for t in [subj, *(c for c in subj.children if c.dep_ == "appos")]:
            if t.ent_type_ in ("PERSON", "ORG"):
                return entity_text(t)
        if subj.pos_ == "NOUN":  # "the representative also posted a statement": the person meant
            ent = resolve(index, subj)
            kind = getattr(ent, "type", None)
            if kind in ("PERSON", "ORG") and (kind == "PERSON") == (subj.lower_ in lexicon().cues["person_nouns"]):
                return ent.name  # (not a person for "the ministry", nor a body for "the spokesman")
            described = described_speaker(subj, quotes) or named_speaker(subj, quotes)
            if described is not None:
                return described  # "the spokesman said in a statement" after "a government spokesman said"
        return np_text(subj)
    sent = subj.sent
    for q in quotes:
        if q.speaker and q.speaker.name and sent.start_char <= q.start < sent.end_char:
            return q.speaker.name
    ent = resolve(index, subj)
    return ent.name if ent is not None else None


def described_speaker(subj, quotes) -> str | None:
    """The fuller description the quote step gave a bare person noun ('the spokesman' -> 'a Berlin government
    spokesman', named so earlier on the page) when a quote's speaker mention is this subject; None otherwise."""
    if subj.lower_ not in lexicon().cues["person_nouns"]:
        return None
    for q in quotes:
        sp = q.speaker
        if sp and sp.name and sp.start is not None and sp.start <= subj.idx < (sp.end or sp.start) and \
                len(sp.name.split()) > len(np_text(subj).split()) and sp.name.lower().endswith(subj.lower_):
            words = sp.name.split()
            return " ".join(words[1:]) if words[0].lower() in DETERMINERS else sp.name
    return None


def named_speaker(subj, quotes) -> str | None:
    """The name the quote step resolved a described speaker to ('"...," the agency said in a statement' after 'The
    Velmar Wildlife Service said ...'): a quote whose speaker mention is this subject and whose speaker is an entity
    of the page; None otherwise (an unresolved 'the ministry' keeps its own words)."""
    for q in quotes:
        sp = q.speaker
        if sp and sp.name and sp.entity and sp.start is not None and sp.start <= subj.idx < (sp.end or sp.start):
            return sp.name
    return None


def is_person(tok, index) -> bool:
    """Whether the entity index knows the name at ``tok`` as a person ("according to Sznewajs")."""
    ent = entity_obj_at(index, tok.idx, tok.idx + len(tok.text))
    return ent is not None and getattr(ent, "type", None) == "PERSON"


def entity_obj_at(index, start: int, end: int):
    try:
        return index.at_char(start, end)
    except Exception:  # the entity index is another step's work
        return None


def resolve(index, span_or_tok):
    try:
        doc = span_or_tok.doc
        span = span_or_tok if hasattr(span_or_tok, "start_char") and not hasattr(span_or_tok, "idx") \
            else doc[span_or_tok.i:span_or_tok.i + 1]
        return index.resolve_span(span)
    except Exception:  # the entity index is another step's work; a failure there is not ours
        return None


def named_agent(noun) -> bool:
    """Whether the noun names its own source ("the BuzzFeed report", "the report by X")."""
    return any((c.dep_ in ("poss", "compound") and c.pos_ == "PROPN") or
               (c.dep_ == "prep" and c.lower_ in ("by", "from")) for c in noun.children)
