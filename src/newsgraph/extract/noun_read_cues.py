"""Present-tense cue verbs the tagger reads as plural nouns, repaired on the parse once per document.

UN, AU and EU statements write in the present: 'The Chairperson appeals to all parties to ...', 'The Secretary-
General notes with concern that ...', 'The African Union Commission Chairperson appeals for calm'. The tagger reads
'appeals' / 'notes' as a plural noun heading a noun phrase ('The Chairperson appeals' like 'the Chairperson notes
of the meeting'), so no cue verb, no subject and no readout statement is found. When such a noun heads its sentence
(ROOT) with only the speaker's name or title before it and a complement of a cue after it, it is a verb: its tag
becomes VBZ, and the title (the last word of the name before it) its subject. Near-misses keep their noun reading:
a possessor or adjective on the noun ('The Secretary-General's appeals were ignored'), a noun that is no ROOT ('The
minister notes were leaked', 'The Commission appeals unit will review'), a lower-case or Title-Case word, and a noun
with nothing a cue governs after it.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.attrs import DEP, TAG

from .cues import speech_cues

COMPLEMENT_PREPS = frozenset({"to", "for", "on", "upon", "with"})  # 'appeals to X to Y', 'appeals for calm'
COMPLEMENT_DEPS = frozenset({"advcl", "acl", "ccomp", "xcomp", "conj"})  # 'to refrain', 'that X', 'and calls on'
NOT_A_VERB = frozenset({"poss", "amod", "nummod", "nmod", "case", "predet"})  # 'the Council's calls', 'new notes'
FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})


STATEMENT_LEMMAS = frozenset({  # cue verbs of readouts that take a bare preposition ('The Chairperson appeals
    "appeal", "call", "urge", "note", "request", "demand", "invite", "encourage", "remind", "reiterate", "welcome",
    "condemn", "commend", "stress", "underline", "underscore", "emphasize", "emphasise", "recall", "deplore",
    "regret", "salute", "applaud"})  # for calm'); 'talks on X', 'pledges to farmers', 'forecasts for 2025' are nouns
SENTENCE_STOPS = frozenset({".", "!", "?"})


@lru_cache(maxsize=1)
def _cue_lemmas() -> frozenset[str]:
    from .readout_content import readout_cues  # (readout_content imports the speaker modules)
    cues = speech_cues()
    return cues.clause_verbs | cues.object_verbs | (readout_cues().signal_verbs - cues.belief_verbs)


def _speaker_words(tok, start: int):
    """The tokens before ``tok`` in its sentence when they are only a name or title hanging on it: an optional
    sentence-opening determiner, capitalised compound words and adverbs ('The UN Secretary-General further');
    else None."""
    left = tok.doc[start:tok.i]
    if not left or any(t.tag_ in FINITE for t in left):
        return None
    names = []
    for t in left:
        if t.head.i == tok.i:
            if t.dep_ == "det" and t.i == start and t.lower_ == "the":
                continue
            if t.dep_ == "advmod" and t.pos_ == "ADV":
                continue
            if t.dep_ in ("compound", "nsubj") and t.text[:1].isupper():
                names.append(t)
                continue
            return None
        # a word inside the name: 'Secretary' '-' of 'Secretary-General', 'African' of 'African Union'
        if t.head.i >= tok.i or t.head.i < start:
            return None
    return names or None


def _has_complement(tok) -> bool:
    """A complement a cue verb governs after ``tok``: a clause ('rejects transforming X', 'notes that ...'), or for the
    statement lemmas (``STATEMENT_LEMMAS``) a preposition too ('appeals for calm'); not 'talks on X', 'forecasts for
    2025' (a noun's own phrase)."""
    for c in tok.children:
        if c.i < tok.i:
            continue
        if c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPS and tok.lemma_ in STATEMENT_LEMMAS:
            return True
        if c.dep_ in COMPLEMENT_DEPS and c.pos_ in ("VERB", "AUX"):
            return True
    return False


def _infinitive_root(tok):
    """'The Chairperson appeals to X, Y and Z to live up to ...': the parser made the infinitive after the list the
    sentence's root and hung the cue on it (dep); that infinitive, else None."""
    head = tok.head
    if tok.dep_ != "dep" or head.dep_ != "ROOT" or head.tag_ != "VB" or head.i < tok.i:
        return None
    to = next((c for c in head.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    return head if to is not None and to.i == head.i - 1 else None


def noun_read_cue(tok):
    """The name words before ``tok`` when it is a present-tense cue verb the tagger read as a plural noun heading its
    sentence (see the module), else None. The sentence must end as a sentence does ('The Geneva talks on Syria',
    'UN appeals for calm' are headings)."""
    text = tok.text
    if tok.tag_ != "NNS" or not text.islower() or not text.endswith("s") or text.endswith("ss"):
        return None
    if tok.lemma_ not in _cue_lemmas() or any(c.dep_ in NOT_A_VERB for c in tok.children):
        return None
    if tok.dep_ != "ROOT" and (_infinitive_root(tok) is None or not any(
            c.dep_ == "prep" and c.lower_ == "to" and c.i > tok.i for c in tok.children)):
        return None
    last = next((t for t in reversed(tok.sent) if not t.is_space and t.text not in ('"', "\u201d", "'", ")")), None)
    if last is None or last.text not in SENTENCE_STOPS or (tok.dep_ == "ROOT" and not _has_complement(tok)):
        return None
    return _speaker_words(tok, tok.sent.start)


def repair_noun_read_cues(doc):
    """Retag every ``noun_read_cue`` of ``doc`` as a verb (VBZ) with the last word of the name before it as its
    subject (the determiner and the other name words re-hung on that word), its infinitive modifier its xcomp. One
    array read finds the few candidates (plural nouns heading a sentence); the doc is returned (a pipeline
    component)."""
    if not doc.has_annotation("DEP"):
        return doc
    strings = doc.vocab.strings
    nns, root, dep = strings["NNS"], strings["ROOT"], strings["dep"]
    arr = doc.to_array([TAG, DEP])
    for i in ((arr[:, 0] == nns) & ((arr[:, 1] == root) | (arr[:, 1] == dep))).nonzero()[0].tolist():
        tok = doc[i]
        names = noun_read_cue(tok)
        if names is None:
            continue
        subj = names[-1]
        infinitive = _infinitive_root(tok)
        if infinitive is not None:  # the cue heads the sentence, the infinitive is what it asks for
            tok.head = tok
            tok.dep_ = "ROOT"
            infinitive.head = tok
            infinitive.dep_ = "xcomp"
        tok.tag_, tok.pos_ = "VBZ", "VERB"
        for c in tok.children:  # 'appeals to X to increase ...': the noun's infinitive modifier is the verb's xcomp
            if c.dep_ in ("acl", "advcl", "relcl") and c.i > tok.i and c.tag_ == "VB" and any(
                    g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                c.dep_ = "xcomp"
        if subj.dep_ == "nsubj":
            continue  # 'The Chairperson of the Commission appeals to ...': only the tag was wrong
        for t in list(tok.children):
            if t.i < subj.i and t.dep_ in ("det", "compound"):
                t.head = subj
        subj.dep_ = "nsubj"
    return doc
