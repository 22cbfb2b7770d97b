"""Whose clause a closing participle cue (', claiming that ...', 'while also suggesting ...') belongs to when the
parser hangs it on a clause inside the sentence: a clause modifying a noun ('talked about people who receive
benefits, claiming that ...') or a reported clause ('X said lawmakers may need ..., while also suggesting ...').
A participle set off by a comma goes with the clause that holds the noun, and one joined by 'while' or 'as well
as' goes with the speech verb whose reported clause it follows. ``main_participle_subject`` returns the subject
token to use, else None; ``speakers.speaker_of_cue`` calls it."""
from __future__ import annotations

from .speaker_syntax import is_cue_token, subject_of

JOINERS = frozenset({"while", "also", "as", "well"})
VERB_POS = ("VERB", "AUX")

# '..., saying/calling ...' closing a sentence whose reported clause has its own subject: the main speaker's; so are
# the participles that only report ('X stressed that the country had ..., noting that ...'): in the dev-half gold
# every ', noting/stressing/arguing/... ' after a reported clause is the main speaker's (10 of 10 pages)
MAIN_SPEAKER_PARTICIPLES = frozenset({
    "say", "add", "call", "describe", "dismiss", "brand", "label", "term", "dub", "note", "stress", "emphasize",
    "emphasise", "underline", "underscore", "point", "explain", "recall", "reiterate", "observe", "remark", "mention",
    "insist", "argue", "contend", "maintain", "assert", "acknowledge", "concede", "state", "suggest"})


def main_participle_subject(cue):
    """The subject token that a participle cue's speaker is, when the parse ties the cue to the wrong clause."""
    if cue.tag_ != "VBG" or cue.i < 2 or cue.dep_ not in ("advcl", "conj", "dep", "acl", "xcomp", "pcomp"):
        return None
    return _joined_to_speech(cue) or _after_noun_clause(cue)


def _sentence_start(doc, i: int) -> int:
    while i > 0 and not doc[i].is_sent_start and not (doc[i - 1].is_space and "\n" in doc[i - 1].text):
        i -= 1
    return i


def _joined_to_speech(cue):
    """', while also suggesting ...', ', as well as contending ...' after a reported clause: the subject of the
    speech verb whose clause it follows ('X said that Y should ..., as well as contending that ...')."""
    doc = cue.doc
    j = cue.i - 1
    words = []
    while j > 0 and doc[j].lower_ in JOINERS and len(words) < 3:
        words.append(doc[j].lower_)
        j -= 1
    if doc[j].text not in (",", "\u201d", '"') or not ("while" in words or words[-3:] == ["as", "well", "as"]):
        return None
    start = _sentence_start(doc, cue.i)
    v = cue.head
    for _ in range(6):
        if v.i < start or v.head.i == v.i:
            break
        if v.dep_ == "ccomp" and is_cue_token(v.head) and v.head.i < cue.i:
            subj = subject_of(v.head)
            return subj if subj is not None and start <= subj.i < cue.i else None
        v = v.head
    return None


def _after_noun_clause(cue):
    """', claiming ...' right after a clause on a noun ('people who receive benefits', 'the women referred to in
    the article'): the subject of the clause holding that noun (climbing past clauses that are noun modifiers themselves:
    'released an ad pushing the line employed by X, accusing ...' is the releaser's)."""
    doc = cue.doc
    if doc[cue.i - 1].text != "," or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    start = _sentence_start(doc, cue.i)
    t = doc[cue.i - 2]
    for _ in range(8):  # the verb of the clause just before the comma
        if t.pos_ in VERB_POS or t.head.i == t.i:
            break
        t = t.head
    if t.pos_ not in VERB_POS or t.dep_ not in ("relcl", "acl") or not start <= t.head.i < t.i < cue.i:
        return None
    v = t.head
    for _ in range(12):  # the clause holding the noun the clause modifies, itself no noun modifier
        if v.head.i == v.i or v.head.i < start:
            return None
        v = v.head
        if v.pos_ in VERB_POS and not _noun_clause(v):
            break
    if v.pos_ not in VERB_POS or _noun_clause(v) or v.i > cue.i:
        return None
    subj = subject_of(v)
    return subj if subj is not None and start <= subj.i < cue.i else None


def _noun_clause(v) -> bool:
    """A clause modifying a noun: a relative or participle clause, or one the parser hung on a noun as an adverbial
    ('Y's invitation for Z to visit ...': Z's visit is inside the object, not the clause a participle closes)."""
    return v.dep_ in ("relcl", "acl") or v.dep_ == "advcl" and v.head.pos_ in ("NOUN", "PROPN")


def closing_participle_subject(cue, index):
    """'Pompeo said that Washington had ..., saying he trusted ...', 'X insisted no-one was refused ..., suggesting
    ...': a reporting participle after a comma that the parser hangs on the verb of a speech verb's reported clause
    (same sentence) is the speech verb's subject's second statement; that subject token, else None."""
    if cue.tag_ != "VBG" or cue.lemma_.lower() not in MAIN_SPEAKER_PARTICIPLES or cue.dep_ != "advcl" or \
            cue.head.dep_ != "ccomp" or not is_cue_token(cue.head.head) or cue.i == 0 or \
            cue.doc[cue.i - 1].text != "," or index.sentence(cue.head.head.i) != index.sentence(cue.i):
        return None
    return subject_of(cue.head.head)


RELAY_LEMMAS = frozenset({"report", "quote", "cite"})
AS_SAYING = frozenset({"say", "tell", "state", "add", "warn", "describe"})


def as_saying_object(cue):
    """'Local media reported Mr X as saying (that) ...', 'The paper quoted X as telling ...': the relaying verb's
    object is the one who spoke, not the outlet that relayed it; that object token when ``cue`` is such a relaying
    verb (with its 'as <saying>' phrase), else None. (The participle's own parse already reaches the object:
    speaker_syntax.subject_candidates.)"""
    if cue.lemma_.lower() not in RELAY_LEMMAS or cue.pos_ != "VERB":
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("PROPN", "NOUN"):
        return None
    for c in cue.children:
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i and any(
                g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_.lower() in AS_SAYING for g in c.children):
            return obj
    return None
