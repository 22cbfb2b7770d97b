"""The label in a free relative: 'over what they called grave abuses in the province', 'under what it
describes as a marine census', 'despite what he called Ms Tarn's silence', 'after what her government called
"brutal killings"'. The sentence is about a thing; the subject of the label verb is reported as naming it so, and
the annotation rules count the label (not 'what they called') as that speaker's indirect statement, like 'called X
a "..."' and 'described X as ...'. The read-set gold (R28) writes an unquoted label alone 4 times of 4 (agency and
BBC copy, 4 pages). A label with quotation marks is left to the direct quote, as the rules keep a wholly quoted
clause ('what her government called "brutal killings"'; the read set annotates 2 such besides) and as neither the
read set nor dev annotates an article before a quotation ('what they call a "meaningful agreement"', 4 of 4): the
free_relative guard of indirect_filters drops those, as before. Not after a copula ('X has been what he described
as ...': what X is, in his words; left as it was)."""
from __future__ import annotations

import re

from .cues import speech_cues

LABEL_VERBS = frozenset(speech_cues().roles["label_verbs"])
WH_FREE = frozenset({"what", "whatever"})
CLOSING = ('"', "\u201d", "'", "\u2019")
MARKS = frozenset({'"', "\u201c", "\u201d", "\u2018", "``", "''"}) | frozenset(CLOSING)  # (a POS "'" is no mark)


def free_relative_label(doc, cue) -> tuple[int, int] | None:
    """Token range [start, end) of the label a free relative gives ('what they called <grave abuses ...>', 'what it
    describes as <a marine census>'), or None: not a label verb opening a free relative, after a copula, or a
    label with quotation marks."""
    if cue.lemma_.lower() not in LABEL_VERBS or cue.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subj is None or cue.head.lemma_.lower() == "be" or cue.dep_ not in ("pcomp", "ccomp", "pobj", "dobj"):
        return None
    first = subj.left_edge.i
    if first == 0 or doc[first - 1].lower_ not in WH_FREE or doc[first - 1].head.i != cue.i:
        return None
    as_ = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > cue.i), None)
    if as_ is not None:
        start = as_.i + 1
    else:
        label = next((c for c in cue.children if c.dep_ in ("oprd", "xcomp", "attr", "dobj") and c.i > cue.i), None)
        if label is None:
            return None
        start = label.left_edge.i
    if start != cue.i + 1 + (as_ is not None):
        return None  # only the label right after the verb ('what he called, in his speech, ...' is not one)
    end = cue.right_edge.i + 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if end - start < 1 or (end < len(doc) and doc[end].text in CLOSING and doc[end].tag_ != "POS") or \
            any(t.text in MARKS and t.tag_ != "POS" for t in doc[start:end]):
        return None  # 'what they call a "meaningful agreement"', 'called "brutal killings"': a direct quote's words
    return start, end


PRONOUNS = frozenset({"it", "they", "he", "she"})
THINGS = frozenset({"it", "they"})  # the subject of the clause first: a body, a group


def label_holder(cue, index, pronouns=PRONOUNS):
    """The speaker of a label whose subject is a pronoun (one of ``pronouns``): 'The fleet intends ... under what
    it describes as ...', "Orvan's rulers responded with fury to what they call ...": the subject of the clause the
    free relative sits in, a name (speaker_from) or else the noun phrase itself; None when that subject is itself a
    pronoun ('he said he was flying ... despite what he called ...': the resolver's)."""
    from ..model import Speaker
    from .names import noun_phrase
    from .speakers import speaker_from

    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subj is None or subj.lower_ not in pronouns:
        return None
    for verb in cue.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        outer = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
        if outer is None:
            continue
        if outer.pos_ not in ("NOUN", "PROPN") or index.in_quote(outer.idx) is not None:
            return None
        found = speaker_from(outer, index)
        if found is not None:
            return found
        words = noun_phrase(outer)
        return Speaker(name=words, entity=None, mention=words, start=None, end=None) if words else None
    return None


def label_inside(q, text: str, s: int, e: int) -> bool:
    """Whether ``q`` is a free relative's label inside the statement [s, e) of another cue ('stress the need for
    ... in meeting what he has called "..."'): both count, the statement and the label in it."""
    if q.kind != "indirect" or not q.cue or not s < q.start < q.end <= e + 2:  # (its closing mark past e)
        return False
    before = text[max(s, q.start - 60):q.start]
    return re.search(r"\bwhat(?:ever)?\s[^.;:]{1,40}?\b" + re.escape(q.cue) + r"(?:\s+as)?\s*[\"\u201c]?$",
                     before) is not None
