"""A name standing beside a subject word that the entity tagger or the parse left loose: an untagged name in
apposition or heading the phrase, the person a party word ('the panel's top Democrat') or a description names
between commas, an organisation named between commas ('The UN refugee agency, UNHCR, said')."""
from __future__ import annotations

from ..model import Speaker
from .cues import norm_word, person_words
from .names import noun_phrase

DESCRIPTION_DETS = frozenset({"the", "a", "an", "another", "one", "this", "that"})


def _untagged_apposition(tok) -> Speaker | None:
    """A name of two or more proper nouns in an apposition right after the subject, closed by a comma or dash
    ('One of its members, Jane Roe, said'; 'the spokesperson for the ministry, Jo Roe, said'), when the tagger
    missed it."""
    app = next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i and c.pos_ == "PROPN"), None)
    if app is not None and app.left_edge.i < app.i and all(t.pos_ == "PROPN" for t in app.subtree) and \
            tok.doc[app.right_edge.i + 1:app.right_edge.i + 2].text in (",", "\u2014", "--") and \
            tok.doc[app.left_edge.i - 1].text in (",", "\u2014", "--"):
        span = tok.doc[app.left_edge.i:app.right_edge.i + 1]  # the tagger missed the name
        return Speaker(name=span.text, entity=None, mention=span.text, start=span.start_char, end=span.end_char)
    return None


def _untagged_name(tok, index) -> str | None:
    """A name of two or more capitalised proper nouns that the NER left untagged, heading the phrase ('Xi Jinping,
    general secretary of ..., said'): its words, else None. The body an apposition after it names is not who speaks."""
    if tok.pos_ != "PROPN" or tok.i in index.tok2ent or not tok.text[:1].isupper() or tok.ent_type_:
        return None
    left = tok
    while left.i > 0 and left.nbor(-1).head.i == tok.i and left.nbor(-1).dep_ == "compound" and \
            left.nbor(-1).pos_ == "PROPN" and left.nbor(-1).text[:1].isupper() and left.nbor(-1).i not in index.tok2ent:
        left = left.nbor(-1)
    if left.i == tok.i or not all(t.is_alpha for t in tok.doc[left.i:tok.i + 1]):
        return None
    return tok.doc[left.i:tok.i + 1].text


def _party_member(tok, index):
    """"the panel's top Democrat, Sen. Ada Lark,", "the committee's senior Republican", "The billionaire
    ex-Republican": a party word standing for one person. (name, entity) of the person named in apposition,
    else of the person heading the last main clause before (as for 'the Florida Republican'), else the
    description itself (name, None) for the description linking to name; None when it is the party."""
    if (tok.i not in index.tok2ent and tok.tag_ != "NN") or tok.tag_ not in ("NNP", "NN") or tok.lower_.endswith("s") or \
            not any(c.dep_ in ("det", "poss", "amod", "compound") for c in tok.children):
        return None
    doc = tok.doc
    j = tok.right_edge.i + 1
    if j < len(doc) and doc[j].text == ",":
        for t in doc[j + 1:min(len(doc), j + 7)]:
            k = index.tok2ent.get(t.i)
            if k is not None and index.entities[k].type == "PERSON":
                return index.entities[k].name, index.entities[k]
            if t.is_punct:
                break
    dets = [c for c in tok.children if c.dep_ in ("det", "poss")]
    if not dets:
        return None  # a title-case headline ('Third-Ranking Republican In House Calls For ...'): left as it was
    if any(c.dep_ == "det" and c.lower_ not in ("the", "this", "that") for c in dets):
        return noun_phrase(tok), None  # 'Every Republican on the committee', 'one Democrat': nobody named before
    person = index.last_main_person(tok.idx)
    if person is not None:
        return person.name, person
    return noun_phrase(tok), None


def _named_beside(tok, index):
    """A description with a person named right after it between commas ('Another leading Dem, Sen. X of Y, who
    ..., said'; 'The chairman of the committee, Representative X, Republican of Y, said', which the parser may
    join as a conjunct): that person, else None. A name heading the phrase itself is kept. Also a person named
    with an honorific right at the end of the description's 'of'/'for' phrase, with no comma ('Shadow leader of the
    House Baroness X of Y said', 'The chairman of the committee Lord X said'), which the parser reads as part of
    the body."""
    honoured = _honorific_named(tok, index)
    if honoured is not None:
        return honoured
    if not any(c.dep_ == "det" and c.lower_ in DESCRIPTION_DETS for c in tok.children):
        return None
    own = index.tok2ent.get(tok.i)
    if own is not None and index.entities[own].type != "PERSON":
        return None  # 'the Justice Department, ...' is not the person named after it
    doc = tok.doc
    for c in tok.children:
        if c.dep_ not in ("appos", "conj") or c.i < tok.i or c.left_edge.i < 1 or doc[c.left_edge.i - 1].text != ",":
            continue
        if c.dep_ == "conj" and any(g.dep_ in ("cc", "preconj") for g in tok.children if g.i < c.i) or \
                any(g.dep_ == "cc" for g in c.children):
            continue  # 'the senator, X and Y': a list, not a name for the description
        k = index.tok2ent.get(c.i)
        if k is not None and k != own and index.entities[k].type == "PERSON":
            return index.entities[k]
    return None


def _honorific_named(tok, index):
    """The person named after an honorific ('Lord', 'Baroness', 'Sir') right after the body noun that ends the
    'of'/'for' phrase of a title subject ('leader of the House Baroness X', 'Minister of State for Trade Lord Y'),
    no comma between; not a person the phrase names as its object ('A spokesman for Mr X'), nor the principal of a
    serving role ('A spokeswoman for Trade Secretary Sir X', 'a lawyer for the widow Lady Y'), nor a person with a
    title of their own right before the honorific ('opposition leader Sir X')."""
    pw = person_words()
    if tok.i in index.tok2ent or norm_word(tok.lemma_) not in pw.titles or norm_word(tok.lemma_) in pw.serving_roles \
            or tok.lower_ in pw.serving_roles:
        return None
    hon = pw.honorifics
    doc = tok.doc
    for c in tok.children:
        if c.dep_ != "prep" or c.i < tok.i or c.lower_ not in ("of", "for"):
            continue
        for t in c.subtree:
            k = index.tok2ent.get(t.i)
            if k is None or index.entities[k].type != "PERSON" or t.i < 1 or \
                    norm_word(doc[t.i - 1].text) not in hon or not doc[t.i - 1].text[:1].isupper():
                continue
            if any(g.is_punct for g in doc[c.i:t.i]):
                return None  # 'leader of the House, Lord X,': an apposition, read elsewhere
            if doc[t.i - 2].pos_ not in ("NOUN", "PROPN") or doc[t.i - 2].i == c.i:
                return None  # 'A spokesman for Mr X': the person spoken for, not a body's office holder
            if norm_word(doc[t.i - 2].text) in pw.titles:
                return None  # 'leader of the group Foreign Secretary Sir X': X's own title, X is the phrase's object
            return index.entities[k]
    return None


def _comma_name(tok, index):
    """'The UN refugee agency, UNHCR, said': an organisation named between commas right after the description
    (the parser may read the name as an adverbial, not an apposition)."""
    for c in tok.children:
        if c.dep_ in ("appos", "npadvmod") and c.left_edge.i == tok.i + 2 and tok.doc[tok.i + 1].text == ",":
            k = index.tok2ent.get(c.i)
            if k is not None and index.entities[k].type == "ORG":
                return index.entities[k]
    return None
