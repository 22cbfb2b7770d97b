"""News copy of a call or meeting between two people the page names ('X and his counterpart Y reaffirmed bilateral
ties in a telephone call'): whether a page is one, and who speaks its readout-style statements ('They', 'The two
leaders', a bare title). Built on readout_statements' participants and title resolution."""
from __future__ import annotations

from ..model import Speaker
from .readout_content import readout_cues
from .readout_participants import participants, person_entity
from .readout_statements import bare_title_subject, named_speaker, subject_verb, titled_person
from .speaker_groups import one_side
from .speakers import subject_of


def reports_talks(doc, index) -> bool:
    """A news page that opens on a call, meeting or talks between two people it names ('X and his counterpart Y
    reaffirmed bilateral ties in a telephone call', 'X met Y on Monday'): what they stated there is reported
    as a readout reports it."""
    pair = participants(doc, index)
    names = {e.name for e in index.entities if e.type == "PERSON"}
    return pair is not None and len(set(pair)) == 2 and all(side in names for side in pair)


def talks_speaker(verb, index, found: Speaker | None) -> Speaker | None:
    """Who speaks on a news copy of a call between two named people: 'They' / 'The two leaders' / 'Both sides' the
    two ('X and Y reaffirmed ... as they discussed'), 'They' only heading a main clause or after the pair named
    as its sentence's subject; a bare title the person the page names with it; else as the speaker API found."""
    subj = subject_of(subject_verb(verb))
    if subj is None or index.in_quote(subj.idx) is not None or person_entity(index, index.tok2ent.get(subj.i)) is not None:
        return found
    low, cues = subj.lower_, readout_cues()
    if one_side(subj):  # 'The Chinese side said ...': that side, as the page writes it
        s, e = subj.left_edge.idx, subj.idx + len(subj.text)
        return Speaker(name=index.text[s:e], entity=None, mention=index.text[s:e], start=s, end=e)
    if low in cues.group_subjects or subj.lemma_.lower() in cues.group_subjects:
        main = subj.head.dep_ == "ROOT" or subj.head.dep_ == "conj" and subj.head.head.dep_ == "ROOT"
        before = next((t for t in subj.sent if t.dep_ == "nsubj" and t.i < subj.i and t.head.i == subj.sent.root.i and
                       any(c.dep_ == "conj" for t2 in t.subtree for c in t2.children)), None)  # 'X and Y
        # discussed A as they ...'
        grouped = low not in ("they", "both") and any(c.lower_ in ("the", "both", "two") for c in subj.children) \
            or low in ("both", "two")
        if low == "they" and before is not None:
            pair = list(dict.fromkeys(p.name for p in (person_entity(index, index.tok2ent.get(t.i)) for t in before.subtree)
                                      if p is not None))
            pair = pair if len(pair) == 2 else None
        else:
            pair = participants(verb.doc, index) if grouped or low == "they" and main else None
        if pair:
            s, e = subj.left_edge.idx, subj.idx + len(subj.text)
            return Speaker(name=" and ".join(pair), entity=None, mention=index.text[s:e], start=s, end=e)
        return found
    if bare_title_subject(subj):
        ent = titled_person(subj, index)
        return named_speaker(ent, subj) if ent is not None else found
    return found
