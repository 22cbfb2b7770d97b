"""Which owner a later document phrase takes up (issue #3, speakers; the rest is in ``document_speakers.py``):
owners recorded with their place in the text, since cues are not read in text order ('the statement added' takes
the last statement before it, not 'X said in a separate statement' below), and the body that spoke just before a
'the statement said' that no statement noun introduced ('"...," the White House said. "...," the statement
said')."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..lexicons import data_json
from ..model import Speaker
from .coordinated_speakers import closing_inversion
from .cues import person_words, speech_cues
from .readout_content import readout_cues
from .source_lexicon import canonical_outlet
from .speaker_syntax import subject_of


@lru_cache(maxsize=1)
def document_words() -> dict[str, frozenset[str]]:
    d = data_json("document_issuers.json")
    return {k: frozenset(d[k]) for k in ("body_statements", "body_spoke_verbs", "body_issue_verbs")}


def body_spoke_before(tok, index, resolve) -> Speaker | None:
    """'the statement said' (a body's statement: ``body_statements``) with no statement named before it: the
    organisation that spoke last, in the sentence before it or the one before that, at most one paragraph back
    ('"...," the White House said on Thursday.  "...," the statement said'; '..., according to the Prime Minister's
    Office.  "...," the statement said'), or that reported or released something there ("X's press service
    reported", '..., reports the press service of X.', 'X also released a statement, indicating ...'; not an
    outlet). A quote's own sentences do not count among the two. None when the last speaker there is no
    organisation (a person's words are not a statement they issued); a body phrase the NER left untagged counts
    when capitals name it or its owner ("Dr X's office"). ``resolve(token, index)`` is speakers.speaker_from; the caller sets the
    mention."""
    words = document_words()
    if tok.lemma_.lower() not in words["body_statements"] and tok.lower_ not in words["body_statements"]:
        return None
    doc = tok.doc
    start, _ = index.sentence(tok.i)
    first = start
    counted = 0
    while counted < 2 and first > 0:
        back, _ = index.sentence(first - 1)
        if index.text[doc[back].idx:tok.idx].count("\n\n") > 1 + _quoted_breaks(index, doc[back].idx, tok.idx):
            break
        first = back
        counted += index.in_quote(doc[back].idx + 1) is None  # a quote's own sentences are no one's turn to speak
    for t in reversed(doc[first:start]):
        if index.in_quote(t.idx) is not None:
            continue
        if t.lower_ == "according":
            p = next((g for c in t.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"), None)
        elif t.pos_ in ("VERB", "AUX") and stance_verb(t.lemma_.lower(), words["body_spoke_verbs"]):
            if t.dep_ in ("pcomp", "acl", "amod") and t.tag_ in ("VBG", "VBN") or \
                    t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ != "as" for c in t.children):
                continue  # 'X was jailed in 2016 for tweeting criticism', '..., after the court rejected his
                # appeal': background, no one stating anything
            p = subject_of(t)  # '"...," the ministry said.', 'Kestmark cautiously welcomed the deal.
        elif t.pos_ == "VERB" and t.lemma_.lower() in words["body_issue_verbs"]:
            p = subject_of(t) or closing_inversion(t, index)  # 'X's press service reported ...', '..., reports the
            # press service of X.', 'X also released a statement, indicating ...'
            if p is not None and canonical_outlet(p.text) is not None:
                return None  # an outlet reporting: not whose statement it is
        else:
            continue
        found = resolve(p, index) if p is not None else None
        ent = index.entity(found.entity) if found is not None and found.entity else None
        if found is not None and ent is None and p is not None:
            return _named_body(p, found)
        body = ent is not None and (ent.type in ("ORG", "GPE") or p is not None and p.lower_ in person_words().body_nouns)
        return found if body else None  # a body the tagger took for a person: 'press service X released ...'
    return None


def stance_verb(lemma: str, spoke: frozenset[str] = frozenset()) -> bool:
    """A verb by which a body states something: a speech cue ('said', 'welcomed', 'condemned', 'rejected') or a verb
    of expressing ('expressed its support', 'voiced concern')."""
    return lemma in spoke or speech_cues().is_verb_cue(lemma) or lemma in readout_cues().express_verbs


def _quoted_breaks(index, start: int, end: int) -> int:
    """Paragraph breaks between ``start`` and ``end`` inside quotation marks (a wire quote running over paragraphs)."""
    n, at = 0, index.text.find("\n\n", start, end)
    while at >= 0:
        n += index.in_quote(at) is not None
        at = index.text.find("\n\n", at + 2, end)
    return n


def _named_body(head, found: Speaker) -> Speaker | None:
    """A body the NER left without an entity, named with capitals ('the Prime Minister's Office', 'the Foreign
    Ministry'): the speaker named by the whole phrase without its determiner; None for anything else."""
    if head.lower_ not in person_words().body_nouns or head.tag_ not in ("NN", "NNP"):
        return None
    if not head.text[:1].isupper():  # "Dr X's office", "the Kazakh leader's press service", 'the press service of
        return found if _owner_named(head) else None  # the X Foreign Ministry': the owner named with capitals
    start = head.left_edge.i
    while start < head.i and head.doc[start].dep_ == "det":
        start += 1
    if not all(t.text[:1].isupper() or t.dep_ in ("case", "prep", "det") or t.is_punct
               for t in head.doc[start:head.i]):
        return None  # 'the country's foreign ministry' is named by no capitals
    return replace(found, name=head.doc[start:head.i + 1].text)


def _owner_named(head) -> bool:
    """The body phrase names whose body it is with a capitalised word: a possessor ("X's office", "the Kazakh
    leader's press service") or an 'of' phrase ('the press service of the X Ministry'); not 'the country's'."""
    for c in head.children:
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of"):
            if any(t.text[:1].isupper() for t in c.subtree if t.i != c.i or c.dep_ == "poss"):
                return True
    return False


def remember_owner(index, lemma: str, pos: int, speaker: Speaker) -> None:
    """Record that the document ``lemma`` at char offset ``pos`` is ``speaker``'s ('*': a body seen publishing)."""
    index.document_owners.setdefault(lemma, []).append((pos, speaker))


def owner_before(index, lemma: str, pos: int) -> Speaker | None:
    """The owner of the last document ``lemma`` recorded before char offset ``pos``: cues are not read in text order,
    so a later 'X said in a separate statement' must not answer an earlier 'the statement added'."""
    before = [(p, sp) for p, sp in index.document_owners.get(lemma, ()) if p < pos]
    return max(before, key=lambda x: x[0])[1] if before else None


def owner_after(index, lemma: str, pos: int) -> Speaker | None:
    """The owner of the first document ``lemma`` recorded after ``pos``: the last resort for a definite document
    phrase no issuer before it answers ('the letter states', and below 'The Ardmore University letter argues')."""
    after = [(p, sp) for p, sp in index.document_owners.get(lemma, ()) if p > pos]
    return min(after, key=lambda x: x[0])[1] if after else None
