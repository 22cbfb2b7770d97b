"""Pronoun speakers of official statements the pronoun pass leaves unlinked.

'He' / 'She' opening a main clause of a readout when the pronoun pass linked it to nobody: the person before is
written only by title ('The Secretary-General welcomes X. ... He calls on all sides to observe the truce.';
'Condemning the attacks, she appeals to all parties to ...'). The general statement pass would drop such a
statement for want of a speaker; on a readout page it is the person of the clause before, as the readout pass reads
its own 'He' (``readout_statements._earlier_person``: the nearest earlier main clause naming one person, by name
or by title, the title kept as written when the page names nobody with it).

'I' reporting in the past tense in a transcript's answer ('Minister Roe: We exchanged views. I told Secretary Lund
that I had issued a statement ...'; 'Mr. ROE Ken, Minister for Foreign Affairs: I stated that ...'): the person the
paragraph's label names before its colon (not the speaking itself: 'I can tell you that ...', 'I thank you ...'); in
an unlabelled paragraph, the person of the labelled turn it continues (nobody after 'QUESTION:'), or on a page of one
person's words with no label before, the person or office its heading announces ('Remarks by Minister Jo Roe at
...', "The Director-General's opening remarks at ...")."""
from __future__ import annotations

import re

from ..model import Speaker
from .sentence_view import doc_view
from .speaker_syntax import subject_of
from .text_lines import line_end, line_label, line_start, lines_at

LABEL_CHARS = 90  # how far into a paragraph its speaker label's colon may be ('Mr. X Y, Minister for Foreign Affairs:')
LABEL_WORDS = 10
CAPS_LABEL = re.compile(r"(?:MR|MS|MRS|DR)\.?\s+([A-Z][A-Z'\u2019-]+)$")

PRONOUNS = {"he": "m", "she": "f"}
QUESTIONER_LABELS = frozenset({"q", "question", "questions", "reporter", "journalist", "participant", "audience"})
TURN_CHARS = 3000  # how far back an unlabelled paragraph's 'I' looks for the label of the turn it continues
TURN_LABEL = re.compile(r"(?:Q|A|[A-Z][A-Za-z.'\u2019-]*)(?:\s+[A-Z][A-Za-z.'\u2019-]*){0,4}$")
HEAD_LIMIT = 600  # a heading's lines lie in the page's first characters
PROSE_WORDS = 25  # the first line of at least this many words is the body's first paragraph
SENTENCE_CLOSE = re.compile(r"[.!?][\"\u201d']?\s*$")
VOICE_SIGNAL = re.compile(r"\b(?:remarks|statement|briefing|press conference|speech|address|transcript|message|"
                          r"interview|media)\b", re.I)  # a heading that announces someone's own words
OWN_REMARKS = re.compile(r"^\s*((?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w.-]*)['\u2019]s\s+(?:\w+\s+)?(?:remarks|statement|"
                         r"speech|address|message)\b", re.M)  # "The Director-General's opening remarks at ..."


def readout_page(doc, index) -> bool:
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
        return _turn_or_page_voice(cue, subj, index, la)
    return _labelled(found, la, subj, index)


def _labelled(found, la: int, subj, index) -> Speaker | None:
    """The person a speaker label (``line_label``'s answer for the line at ``la``) names, speaking as ``subj``; None
    for a questioner's label ('QUESTION:', 'Q:') or one that names no person."""
    label, colon, ent = found
    if label.strip().lower().strip(".") in QUESTIONER_LABELS:
        return None
    if ent is not None:
        return Speaker(name=ent.name, entity=ent.id, mention=subj.text, start=subj.idx, end=subj.idx + 1)
    comma = label.find(",")
    if index.at_char(la, la + comma if comma > 0 else colon) is not None:
        return None
    m = CAPS_LABEL.match(label.strip())  # 'MS. LUND:' of a briefing transcript, which the name finder skips
    if m is None:
        return None
    return Speaker(name=m.group(1).title(), entity=None, mention=subj.text, start=subj.idx, end=subj.idx + 1)


def _turn_or_page_voice(cue, subj, index, la: int) -> Speaker | None:
    """The 'I' of an unlabelled paragraph: the speaker of the turn it continues (the nearest paragraph before it
    that opens with a speaker label: its person, or nobody when the label names no person, 'QUESTION:'); with no
    label before it, the one voice the page's heading gives ('Remarks by Minister Jo Roe ...', 'Press Conference by
    ...', "The Director-General's opening remarks at ..."): the person the heading names, or the office whose
    remarks it announces. None when neither is found."""
    text = index.text
    start = la
    while start > 0 and la - start < TURN_CHARS:
        start = line_start(text, start - 1)
        found = line_label(text, start, line_end(text, start), index, LABEL_CHARS, LABEL_WORDS)
        if found is None:
            continue
        speaker = _labelled(found, start, subj, index)
        if speaker is not None or TURN_LABEL.match(found[0].strip()):
            return speaker  # the turn's speaker; or nobody for a questioner's turn ('QUESTION:')
    voice = _page_voice(cue.doc, index)
    if voice is None or voice[1] > la:
        return None
    name, _, ent = voice
    return Speaker(name=name, entity=None if ent is None else ent.id, mention=subj.text, start=subj.idx,
                   end=subj.idx + 1)


def _page_voice(doc, index):
    """(name, end of the heading, entity or None) of the speaker a statement or briefing page announces in its
    heading, the lines before its first paragraph of prose (the first person it names), worked out once per
    document; else None."""
    memo = doc_view(doc).memo
    if "page_voice" not in memo:
        memo["page_voice"] = _heading_voice(index)
    return memo["page_voice"]


def _heading_voice(index):
    text = index.text
    head_end = 0
    for at, line in lines_at(text[:HEAD_LIMIT]):
        if len(line.split()) >= PROSE_WORDS or len(line.split()) >= 5 and SENTENCE_CLOSE.search(line):
            break  # the first paragraph of prose: a long line, or a sentence ('Good evening to all colleagues ...')
        head_end = at + len(line)
    head = text[:head_end]
    if not head or VOICE_SIGNAL.search(head) is None:
        return None
    people = [(min(s for s, _ in e.mentions), k) for k, e in enumerate(index.entities)
              if e.type == "PERSON" and any(s < head_end for s, _ in e.mentions)]
    if people:  # the first person the heading names ('Remarks by Minister X at ..., <place>')
        ent = index.entities[min(people)[1]]
        return ent.name, head_end, ent
    m = OWN_REMARKS.search(head)
    return (m.group(1).strip(), head_end, None) if m else None


def readout_pronoun_speaker(cue, index) -> Speaker | None:
    """The speaker of a cue whose subject is a main clause's unlinked 'he' / 'she' on a readout page, or 'I' of a
    transcript's turn or of a page of one person's words (``label_speaker``); else None."""
    labelled = label_speaker(cue, index)
    if labelled is not None:
        return labelled
    subj = subject_of(cue)
    if subj is None or subj.lower_ not in PRONOUNS or subj.head.i != cue.i or cue.dep_ != "ROOT" or \
            subj.i in index.pronouns and index.pronouns[subj.i][1] is not None:
        return None
    if not readout_page(cue.doc, index):
        return None
    from .readout_statements import _earlier_person
    found = _earlier_person(cue.doc, index, cue, subj)
    if found is None:
        return None
    k = next((k for k, e in enumerate(index.entities) if e.id == found.entity), None) if found.entity else None
    if k is not None and index.gender.get(k, PRONOUNS[subj.lower_]) != PRONOUNS[subj.lower_]:
        return None  # 'She ...' is not the man the clause before names
    return found
