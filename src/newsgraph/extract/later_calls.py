"""A readout of two calls or meetings on one page ('President X spoke today with A. ... Later in the day, President X
spoke with B ...'): the two sides of the call a group subject below the second one stands for ('The two leaders
exchanged views ...', 'They reaffirmed ...') are X and B, not the pair the page opens with. Used by
speaker_groups.readout_group."""
from __future__ import annotations

from .readout_content import readout_cues
from .readout_participants import person_entity
from .speakers import subject_of


def later_call_pair(tok, index, opening: list[str]) -> list[str] | None:
    """The two sides of the last call or meeting that a main clause before ``tok`` reports as 'X spoke / met /
    talked with Y' (two different people the page names), when they are not the opening's pair; else None."""
    doc, cues = tok.doc, readout_cues()
    found = None
    for verb in doc[:tok.i]:
        if verb.pos_ != "VERB" or verb.dep_ != "ROOT" or verb.lemma_.lower() not in cues.meeting_words or \
                index.in_quote(verb.idx) is not None:
            continue
        subj = subject_of(verb)
        one = person_entity(index, index.tok2ent.get(subj.i)) if subj is not None and subj.i < verb.i else None
        other = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                      for g in c.children if g.dep_ == "pobj"
                      for p in [person_entity(index, index.tok2ent.get(g.i))] if p is not None), None)
        if one is not None and other is not None and one.id != other.id and \
                not any(c.dep_ == "conj" for c in subj.children):
            found = [one.name, other.name]
    if found is None or set(found) == set(opening):
        return None
    return found
