"""'He' / 'She' opening a main clause of a readout when the pronoun pass linked it to nobody: the person before is
written only by title ('The Secretary-General welcomes X. ... He calls on all sides to observe the truce.';
'Condemning the attacks, she appeals to all parties to ...'). The general statement pass would drop such a
statement for want of a speaker; on a readout page it is the person of the clause before, as the readout pass reads
its own 'He' (``readout_statements._earlier_person``: the nearest earlier main clause naming one person, by name
or by title, the title kept as written when the page names nobody with it)."""
from __future__ import annotations

from ..model import Speaker
from .sentence_view import doc_view
from .speaker_syntax import subject_of

PRONOUNS = {"he": "m", "she": "f"}


def _readout_page(doc, index) -> bool:
    """``readout_statements.is_readout`` of the page, worked out once per document."""
    memo = doc_view(doc).memo
    if "readout_page" not in memo:
        from .readout_statements import is_readout  # (it builds on the speaker modules this one is used by)
        memo["readout_page"] = is_readout(doc, index)
    return memo["readout_page"]


def readout_pronoun_speaker(cue, index) -> Speaker | None:
    """The speaker of a cue whose subject is a main clause's unlinked 'he' / 'she' on a readout page, else None."""
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
