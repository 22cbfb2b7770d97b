"""Pronoun speakers of official statements the pronoun pass leaves unlinked.

'He' / 'She' opening a main clause of a readout when the pronoun pass linked it to nobody: the person before is
written only by title ('The Secretary-General welcomes X. ... He calls on all sides to observe the truce.';
'Condemning the attacks, she appeals to all parties to ...'). The general statement pass would drop such a
statement for want of a speaker; on a readout page it is the person of the clause before, as the readout pass reads
its own 'He' (``readout_statements._earlier_person``: the nearest earlier main clause naming one person, by name
or by title, the title kept as written when the page names nobody with it).

'I' reporting in the past tense in a transcript's answer ('Minister Roe: We exchanged views. I told Secretary Lund
that I had issued a statement ...'; 'Mr. ROE Ken, Minister for Foreign Affairs: I stated that ...'): the person the
paragraph's label names before its colon (not the speaking itself: 'I can tell you that ...', 'I thank you ...')."""
from __future__ import annotations

import re

from ..model import Speaker
from .sentence_view import doc_view
from .speaker_syntax import subject_of
from .text_lines import line_label, line_start

LABEL_CHARS = 90  # how far into a paragraph its speaker label's colon may be ('Mr. X Y, Minister for Foreign Affairs:')
LABEL_WORDS = 10
CAPS_LABEL = re.compile(r"(?:MR|MS|MRS|DR)\.?\s+([A-Z][A-Z'\u2019-]+)$")

PRONOUNS = {"he": "m", "she": "f"}


def _readout_page(doc, index) -> bool:
    """``readout_statements.is_readout`` of the page, worked out once per document."""
    memo = doc_view(doc).memo
    if "readout_page" not in memo:
        from .readout_statements import is_readout  # (it builds on the speaker modules this one is used by)
        memo["readout_page"] = is_readout(doc, index)
    return memo["readout_page"]


def label_speaker(cue, index) -> Speaker | None:
    """The person a transcript paragraph's label names ('Minister Roe:', 'Mr. ROE Ken, Minister for Foreign
    Affairs:'), for a cue whose subject is 'I' in that paragraph, outside quotation marks; else None."""
    if cue.tag_ != "VBD":
        return None  # 'I told X that ...' reports what was said; 'I can tell you that', 'I thank you' is the saying
    subj = subject_of(cue)
    if subj is None or subj.text != "I" or index.in_quote(cue.idx) is not None:
        return None
    text = index.text
    la = line_start(text, cue.idx)
    found = line_label(text, la, cue.idx, index, LABEL_CHARS, LABEL_WORDS)
    if found is None:
        return None
    label, colon, ent = found
    if ent is not None:
        return Speaker(name=ent.name, entity=ent.id, mention=subj.text, start=subj.idx, end=subj.idx + 1)
    comma = label.find(",")
    if index.at_char(la, la + comma if comma > 0 else colon) is not None:
        return None
    m = CAPS_LABEL.match(label.strip())  # 'MS. LUND:' of a briefing transcript, which the name finder skips
    if m is None:
        return None
    return Speaker(name=m.group(1).title(), entity=None, mention=subj.text, start=subj.idx, end=subj.idx + 1)


def readout_pronoun_speaker(cue, index) -> Speaker | None:
    """The speaker of a cue whose subject is a main clause's unlinked 'he' / 'she' on a readout page, or 'I' in a
    labelled transcript paragraph (``label_speaker``); else None."""
    labelled = label_speaker(cue, index)
    if labelled is not None:
        return labelled
    subj = subject_of(cue)
    if subj is None or subj.lower_ not in PRONOUNS or subj.head.i != cue.i or cue.dep_ != "ROOT" or \
            subj.i in index.pronouns and index.pronouns[subj.i][1] is not None:
        return None
    if not _readout_page(cue.doc, index):
        return None
    from .readout_statements import _earlier_person
    found = _earlier_person(cue.doc, index, cue, subj)
    if found is None:
        return None
    k = next((k for k, e in enumerate(index.entities) if e.id == found.entity), None) if found.entity else None
    if k is not None and index.gender.get(k, PRONOUNS[subj.lower_]) != PRONOUNS[subj.lower_]:
        return None  # 'She ...' is not the man the clause before names
    return found
