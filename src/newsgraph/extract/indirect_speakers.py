"""The speaker of a cue verb whose parse gives no usable subject: an 'according to' phrase, the speaker of the
cue verb before it ('X criticized A, but argued that B'), a subject lost in a relative clause or among
appositions, or a common-noun subject phrase no rule resolves ('the bill's proponents')."""
from __future__ import annotations

from ..model import Speaker
from .clause_bounds import FRONTING
from .cues import FINITE, speech_cues
from .names import noun_phrase
from .per_sources import according_to
from .speaker_syntax import finding_subject
from .speakers import speaker_from, speaker_of_cue, subject_of

DOCUMENTS = speech_cues().document_nouns
CUE_NOUNS = set(speech_cues().cue_nouns)


def _according_phrase(cue, index) -> Speaker | None:
    """', according to those familiar with the strategy', 'According to slides from an internal presentation, ...':
    the phrase itself speaks when no person or body could be resolved from it (the dev rules name it so), up to
    a comma or a second participle ('..., and obtained by X'); only a set-off 'according to' (not 'calculated
    according to the contributions')."""
    tok = according_to(cue)
    doc = cue.doc
    set_off = cue.i == index.sentence(cue.i)[0] or doc[cue.i - 1].text in (",", "(", "--", "\u2014", ";")
    if tok is None or not set_off or not (tok.pos_ in ("NOUN", "PROPN") or (tok.lower_ == "those" and any(
            c.dep_ in ("amod", "acl", "relcl", "prep") for c in tok.children))):
        return None
    end = tok.right_edge.i + 1
    for t in doc[tok.i + 1:end]:
        if t.text in (",", ";", "(", "--", "\u2014") or (t.dep_ == "cc" and t.head.dep_ in ("acl", "relcl")):
            end = t.i
            break
    start = tok.left_edge.i
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1
    span = doc[start:end]
    return Speaker(name=span.text, entity=None, mention=span.text, start=None, end=None)  # no place: a phrase,
    # not a description for a later name to claim ('a notice published in the Federal Register' is no person)


def _fallback_speaker(cue, index, said_by: dict[int, Speaker], cue_ids: set[int] = frozenset()) -> Speaker | None:
    """A speaker for a cue verb the parse gave no usable subject: 'X criticized A, but argued that B' and
    'as X called it "productive" and suggested ...' (the parser tied the second verb to another clause) take
    the speaker of the cue verb just before; 'while clarifying he hopes ...' takes the subject of the verb
    the participle hangs on."""
    if cue.lower_ == "according":
        return _according_phrase(cue, index)
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    doc = cue.doc
    s0, _ = index.sentence(cue.i)
    lost = _relative_antecedent(doc, s0, cue) or _apposed_subject(doc, s0, cue)
    if lost is not None:
        return speaker_from(lost, index)
    prev = max((i for i in set(said_by) | cue_ids if s0 <= i < cue.i), default=None)
    if prev is not None and cue.dep_ == "conj":
        gap = doc[doc[prev].right_edge.i + 1:cue.i]
        if len(gap) <= 4 and any(t.dep_ == "cc" for t in gap) and all(t.is_punct or t.dep_ == "cc" for t in gap):
            # the cue verb before may have reported nothing itself ('criticized Republicans, but argued that')
            return said_by[prev] if prev in said_by else speaker_of_cue(doc[prev], index)
    if cue.tag_ == "VBG" and cue.dep_ == "advcl" and cue.head.i < cue.i and doc[cue.i - 1].text == ",":
        said = next((c for c in cue.head.children if c.dep_ == "parataxis" and c.i in cue_ids and
                     cue.head.i < c.i < cue.i), None)  # '<clause>, X said, adding that ...': X adds
        if said is not None:
            return said_by[said.i] if said.i in said_by else speaker_of_cue(said, index)
    if cue.tag_ == "VBG" and cue.dep_ == "advcl" and cue.head.i < cue.i and cue.head.pos_ in ("VERB", "AUX") and \
            doc[cue.i - 1].lower_ in ("while", "before", "after", "by", ","):
        subj = subject_of(cue.head)
        if subj is not None and subj.i < cue.i and index.in_quote(subj.idx) is None:
            found = speaker_from(subj, index)
            if found is not None:
                return found
    if cue.tag_ == "VBG" and cue.dep_ == "advcl" and doc[cue.i - 1].text == ",":
        prev = max((i for i in set(said_by) | cue_ids if max(s0, cue.head.i) < i < cue.i), default=None)
        if prev is not None:  # 'the controversy escalated when X reported the issue, saying that ...': the parser
            return said_by[prev] if prev in said_by else speaker_of_cue(doc[prev], index)  # hung it on another verb
    return None


AGENT_ENDINGS = ("ists", "onents", "dents", "ipants", "ians", "ators", "ocates", "izers", "isers", "makers", "holders",
                 "leaders", "backers", "workers", "voters", "porters", "critics", "ganisers", "ganizers")  # people by what
# they do ('opponents', 'organisers'); not 'comments', 'papers', 'numbers


def _subject_phrase(cue, subj, index) -> Speaker | None:
    """'Two heartland states filed ..., saying that ...', 'the bill's proponents have disputed ...': a common-noun
    subject that names no person or body the index knows still says it; the phrase speaks (no place, so a later
    description does not hand it on), rather than the statement being dropped."""
    if subj.pos_ != "NOUN" or subj.dep_ not in ("nsubj", "nsubjpass") or index.in_quote(subj.idx) is not None:
        return None
    finding = finding_subject(cue, subj)  # 'official results show ...', 'Polling suggests ...': a counted finding
    # no body is named for speaks in its own words (not 'as the results were announced')
    if subj.lemma_.lower() in DOCUMENTS and not finding:
        return None
    doc = cue.doc
    mid = not subj.is_sent_start and doc[subj.i - 1].text not in ("\n", "\n\n") and not doc[subj.i - 1].is_space
    named = (subj.text[:1].isupper() and subj.text.isalpha() and mid) or any(  # 'Twitter', 'Trump' tagged as nouns
        c.dep_ == "amod" and c.text[:1].isupper() and (c.ent_type_ == "NORP" or c.tag_ == "JJ") and not c.is_sent_start
        for c in subj.children)  # 'Republican leadership', 'the Kestrian account'
    bare = subj.tag_ == "NN" and subj.text[:1].isupper() and subj.text.isalpha() and not any(True for _ in subj.children)
    agent = subj.tag_ == "NNS" and subj.lower_.endswith(AGENT_ENDINGS)  # 'proponents', 'organisers'
    counted = subj.tag_ == "NNS" and any(c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("both", "all"))
                                         for c in subj.children)  # 'The six countries agreed to ...'
    if not (named or bare or agent or finding or counted or _saying_body(cue, subj)):  # 'Twitter at the time said': a one-word name the tagger missed
        return None
    words = noun_phrase(subj)
    if not words or len(words.split()) > 8:
        return None
    return Speaker(name=words, entity=None, mention=words, start=None, end=None)


def _saying_body(cue, subj) -> bool:
    """'The coastguard said in a statement that ...', 'His family told X that ...', "Karnovia's presidency said
    ...": a definite or owned singular common noun that a plain verb of saying (speech_cues fronting_verbs) has
    as its subject, reporting a clause of its own, is a body or a group speaking, whether or not the word lists
    know its head; not a speech or document noun, whose owner speaks ('his comments said')."""
    if subj.tag_ != "NN" or subj.i > cue.i or subj.head.i != cue.i or cue.lemma_.lower() not in FRONTING or \
            subj.lemma_.lower() in CUE_NOUNS or not any(c.dep_ == "ccomp" and (c.i > cue.i or c.i < subj.i) and any(
                g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children) for c in cue.children):
        return False  # a clause with a subject of its own: not 'The number of cases reported [each day] is ...'
    return any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in subj.children)


def _relative_antecedent(doc, s0: int, cue):
    """'The sheriff, who ... and has long backed the law, said that ...' parsed with the subject lost inside the
    relative clause: the noun before ', who' that opens the sentence, when a comma comes right before the cue."""
    if cue.i < 1 or doc[cue.i - 1].text != "," or cue.tag_ not in ("VBD", "VBZ"):
        return None
    for j in range(s0 + 2, min(cue.i - 2, s0 + 12)):
        if doc[j].lower_ == "who" and doc[j - 1].text == ",":
            ante = doc[j - 2]
            if ante.pos_ in ("NOUN", "PROPN") and not any(t.tag_ in FINITE for t in doc[s0:j - 1]):
                return ante
            return None
    return None




def _apposed_subject(doc, s0: int, cue):
    """'Senator Ada Lark of Kent, the majority leader and a Democrat facing a hard race, said that ...' parsed
    with the subject lost among its appositions: the head of the noun phrase that opens the sentence (after an
    opening 'After the vote,'), when only appositions (no finite verb) stand between it and ', said'."""
    if cue.i < 1 or doc[cue.i - 1].text != "," or cue.tag_ not in ("VBD", "VBZ"):
        return None
    start = s0
    if doc[s0].pos_ in ("ADP", "ADV", "SCONJ"):
        comma = next((j for j in range(s0 + 1, min(cue.i, s0 + 10)) if doc[j].text == ","), None)
        if comma is None or any(doc[j].tag_ in FINITE for j in range(s0, comma)):
            return None
        start = comma + 1
    if any(doc[j].tag_ in FINITE for j in range(start, cue.i)) or cue.i - start > 40:
        return None
    for j in range(start, cue.i):
        t = doc[j]
        if t.is_punct:
            return None
        if t.pos_ in ("PROPN", "NOUN") and t.dep_ not in ("compound", "amod", "nmod", "poss"):
            return t if any(doc[k].text == "," for k in range(j + 1, cue.i - 1)) else None
    return None
