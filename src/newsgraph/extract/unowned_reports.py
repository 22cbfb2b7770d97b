"""Reports nobody is named for as the source of what a reply answers: 'Vestia has responded to reports that Korva
might step up its patrols', 'He tried to push back against early reports that the army had access to the
servers'. The reported clause completes the noun 'reports', not the verb, so it is the reports' content: the gold
names 'reports' ('early reports'), not the one who responded (a reply does not state the clause). A report with an
owner or a source ('Reuters reports that', 'reports by X', 'reports in the Herald') and a report the verb takes as
its object ('rejected reports that ...', 'denied reports that ...': the one denying states the denial) are left
to the other rules. Used by speakers.speaker_of_cue (a cue verb: 'responded to reports that ...'), speakers.
speaker_from and reported_constructions.noun_owner_token (the noun 'reports' as the cue)."""
from __future__ import annotations

from ..model import Speaker

REPORT_LEMMAS = frozenset({"report", "rumour", "rumor"})
ANSWER_PREPS = frozenset({"to", "against"})  # (not "was asked about reports that ...": a topic)
OWNER_PREPS = frozenset({"by", "from", "in", "of"})


def answered_reports(noun) -> bool:
    """Whether ``noun`` is unowned plural 'reports' with a 'that'-clause, the object of a to/against
    phrase of a verb ('responded to reports that ...')."""
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in REPORT_LEMMAS or noun.dep_ != "pobj" or \
            noun.head.lower_ not in ANSWER_PREPS or noun.head.head.pos_ != "VERB":
        return False
    kids = list(noun.children)
    if any(k.dep_ == "poss" or k.dep_ == "compound" and k.pos_ == "PROPN" or
           k.dep_ == "prep" and k.lower_ in OWNER_PREPS for k in kids):
        return False  # 'Reuters reports that', 'reports by X', 'reports in the Herald': the owner's
    return any(k.dep_ in ("acl", "ccomp") and k.i > noun.i and
               any(m.dep_ == "mark" and m.lower_ == "that" for m in k.children) for k in kids)


def reports_speaker(noun, index) -> Speaker:
    """The words naming the reports ('reports', 'early reports'), without an article or their clause."""
    start = noun.left_edge
    if start.dep_ == "det" and start.i < noun.i:
        start = start.nbor(1)
    s, e = start.idx, noun.idx + len(noun.text)
    name = index.text[s:e]
    return Speaker(name=name, entity=None, mention=name, start=s, end=e)


def unowned_reports(cue, index) -> Speaker | None:
    """The unowned reports whose 'that'-clause a cue verb's prepositional phrase carries ('responded to reports that
    ...'), as the speaker, when the verb reports nothing of its own (no object, no clause); else None."""
    if cue.pos_ != "VERB" or any(c.dep_ in ("dobj", "ccomp") for c in cue.children):
        return None
    for prep in cue.children:
        if prep.dep_ == "prep" and prep.i > cue.i:
            noun = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if noun is not None and answered_reports(noun):
                return reports_speaker(noun, index)
    return None
