"""How far a readout statement runs past a comma (issue #3): 'commends X's key role in ending the hostilities[,
alongside the efforts of Y to reach a ceasefire]', 'welcomes the agreement announced by X and Y[, as co-chairs of
the Z Taskforce]', 'reaffirmed the need for all States to combat by all means[, in accordance with the Charter,
threats to ...]': a phrase after a comma that the parser hung on the readout verb, running to the end of the
sentence, still says what was welcomed or reaffirmed, and the genre gold's span takes it in. Not when the rest holds
another statement or a verb of saying ('..., adding that', '..., the ministry said', '..., according to X'), a second
predicate of the speaker ('..., and left for Y'), the occasion ('..., during the call', '..., on Monday', '..., in a
statement') or a clause of time ('..., before leaving for Y').
"""
from __future__ import annotations

from .cues import speech_cues
from .readout_content import readout_cues
from .sentence_view import sent_of
from .speaker_syntax import is_cue_token

TIME_MARKS = frozenset({"after", "before", "following", "once", "upon", "until", "when", "whereupon", "while"})


def run_on(doc, verb, s: int, e: int) -> int:
    """The end (exclusive token index) of a readout statement ``doc[s:e]`` of ``verb``, taken to the end of the
    sentence over a rest that opens with a comma and only says more of what was stated; else ``e``."""
    sent = sent_of(verb)
    last = sent.end - 1
    while last >= e and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if last < e + 1 or doc[e].text != "," or "\n" in doc[e:last + 1].text:
        return e
    rest = doc[e + 1:last + 1]
    first = rest[0]
    if first.head.i != verb.i and not any(t.i == verb.i for t in first.ancestors):
        return e  # not the verb's phrase ('..., which X said ...' belongs to something else)
    cues, speech = readout_cues(), speech_cues()
    stops = cues.signal_verbs | cues.say_verbs | cues.relay_verbs
    for t in rest:
        if t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() in stops or is_cue_token(t)) or t.lower_ == "according":
            return e  # another statement, or the attribution of this one
        if t.dep_ in ("conj", "parataxis") and t.head.i == verb.i and t.pos_ in ("VERB", "AUX"):
            return e  # a second predicate of the speaker
        if t.dep_ == "mark" and t.lower_ in TIME_MARKS or t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb.i:
            return e
        if t.ent_type_ in ("DATE", "TIME") and t.head.i == first.i and first.dep_ == "prep":
            return e  # ', on Monday'
    if first.dep_ == "prep":
        if first.lower_ in TIME_MARKS:
            return e  # ', before turning to X', ', after the vote'
        obj = next((c for c in first.children if c.dep_ in ("pobj", "pcomp")), None)
        if obj is None or obj.lemma_.lower() in cues.setting_nouns | speech.document_nouns | cues.meeting_words:
            return e  # ', during the call', ', in a statement', ', at the meeting'
    return last + 1
