"""The owner of a document named in the sentence just before a quotation that 'it' closes ('Confirmation came
later in a statement from the X news agency.  "...," it said'): the 'it' is that document, so its words are the
owner's, not those of a body the pronoun resolver found further back ('..., the Y survey said.' one sentence
earlier). Used by ``document_speakers.document_it``."""
from __future__ import annotations

from bisect import bisect_left

CLOSE_GAP = 4  # characters at most between the closing mark and 'it' ('," it said')


def _closed_quote(tok, index):
    """The quotation 'it' closes ('"...," it said'), else None."""
    k = bisect_left([q.close for q in index.quotes], tok.idx + 1) - 1
    if k < 0:
        return None
    q = index.quotes[k]
    gap = index.text[q.close:tok.idx]
    if not q.closed or len(gap) > CLOSE_GAP or gap.strip(" ,") != "":
        return None
    return q


def owned_document_before(tok, index, owner_of, lemmas) -> object | None:
    """The token naming the owner of a document noun (``lemmas``; owner read by ``owner_of(noun, index)``: 'a
    statement from X', "X's statement", 'a statement released by X'; a definite 'the statement' itself, whose
    owner the caller's resolver reads as for any document phrase) in the last sentence before the quotation
    that the subject 'it' closes, that sentence outside quotation marks and at most one paragraph break above
    the quotation; None otherwise, or when the pronoun resolver's entity is named after the document noun."""
    if tok.lower_ != "it" or not tok.dep_.startswith("nsubj"):
        return None
    q = _closed_quote(tok, index)
    if q is None:
        return None
    doc = tok.doc
    text = index.text
    at = q.open
    while at > 0 and text[at - 1].isspace():
        at -= 1
    if at == 0 or text[at:q.open].count("\n") > 2:
        return None
    span = doc.char_span(at - 1, at, alignment_mode="expand")
    if span is None or not len(span) or index.in_quote(span[0].idx) is not None:
        return None
    s0, s1 = index.sentence(span[0].i)
    noun = None
    for t in doc[s0:s1]:
        if t.pos_ == "NOUN" and t.lemma_.lower() in lemmas and index.in_quote(t.idx) is None:
            noun = t
    if noun is None:
        return None
    owner = owner_of(noun, index)
    if owner is None and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children):
        owner = noun  # '"...," the statement said.  "...," it concluded': the statement (its owner read as before)
    if owner is None:
        return None
    hit = index.pronouns.get(tok.i)
    if hit is not None and hit[1] is not None:
        ent = index.entities[hit[1]]
        if any(noun.idx < m[0] < q.open for m in ent.mentions):
            return None  # the resolver's body is named after the document noun (its owner, or one nearer): it stays
    return owner
