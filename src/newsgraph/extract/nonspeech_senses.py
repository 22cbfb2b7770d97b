"""Words of the speech lexicon used in a sense that reports no speech (issue #3, indirect precision).
``nonspeech_sense(verb)`` names the sense, or returns None when the verb may be a cue: speaker_syntax.is_cue_token
asks it for 'offer' and 'appeal' (SENSE_LEMMAS: no cue at all), indirect_filters for belief verbs. Read from the parse
only (the verb's lemma and its children), so it costs a look at one token's children.

- ``belief``: 'X believes (that) ...', also when the clause carries the believer's quoted words ('believes it
  is "highly likely" ...'). The annotation rules leave belief verbs out ("Not included: belief verbs"): such a
  verb stays a cue for the quoted words (a partial quote, speaker_syntax.quoted_belief) but reports no indirect
  statement (indirect_filters asks this module). Not when a speech verb above reports the clause that holds it
  ('said he found X "disgraceful" and thought she ...': one statement, the saying's).
- ``offer``: 'offered to resign', 'offered support to the family': an offer is a proposal of an act, not a
  statement of content; the golds leave it out (6 of 7 on the sets at hand, the one kept a missed
  'offered X a deal').
- ``appeal_attract`` / ``appeal_ruling``: 'a message that appeals to voters', 'the party who can appeal to
  blue-collar voters' (being attractive to them), 'appealing a 15-year sentence', 'appealed the ruling' (a
  legal appeal): not the appeal of 'appealed to all parties to hold their fire' or 'appealed for calm', which
  the rules count as directive cues. The appeal to someone is a cue only with what it asks for: an
  infinitive, 'for ...' or a clause.
- ``phone_call``: 'no senator had called him to ask him to stay', 'without calling to notify him', 'called back
  for another interview', 'Secretary X's Call with Minister Y' (a readout's title), 'a phone call': a call made,
  not a call for something ('called for', 'called on X to', 'a call to X') nor a name given ('called him a
  liar', 'called the talks useful'), nor an appeal ('called the rebels to lay down their arms'): the call's
  infinitive is a speech act ('to ask him', 'to congratulate her', 'to notify him'), itself the cue.
"""
from __future__ import annotations

from .cues import speech_cues

_BELIEF = speech_cues().belief_verbs
_ASKING_DEPS = frozenset({"xcomp", "ccomp", "advcl"})
SENSE_LEMMAS = frozenset({"offer", "appeal", "call"})  # not cue words at all in these senses (the cheap test first)


def _said_above(verb) -> bool:
    """'said he found the remarks "disgraceful" and thought she "dishonored herself"': the belief is part of what
    a speech verb above it reports (through clause and conjunct links); that statement stands."""
    cues = speech_cues()
    tok = verb
    for _ in range(4):
        if tok.dep_ not in ("ccomp", "conj", "xcomp") or tok.head is tok:
            return False
        tok = tok.head
        if cues.is_verb_cue(tok.lemma_.lower()):
            return True
    return False


def _appeal_sense(verb) -> str | None:
    kids = list(verb.children)
    if any(c.dep_ in _ASKING_DEPS and c.i > verb.i for c in kids):
        return None  # 'appealed to all parties to observe ...', 'appealed that ...'
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in kids):
        return None  # 'appealed for calm', 'appealed to X for help'
    to = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "to" and c.i > verb.i), None)
    if to is not None:
        # 'appealed to the authorities to implement ...': the infinitive may hang below the addressee
        if any(t.dep_ in _ASKING_DEPS | {"relcl", "acl"} and t.tag_ == "VB" and
               any(g.dep_ == "aux" and g.lower_ == "to" for g in t.children) for t in to.subtree):
            return None
        return "appeal_attract"
    if any(c.dep_ == "dobj" and c.i > verb.i for c in kids):
        return "appeal_ruling"
    return None


CALL_ASKS = frozenset({"for", "on", "upon", "to"})  # 'called for X', 'called on X to ...', 'a call to X'
CALL_NAMES = frozenset({"oprd", "ccomp", "attr", "acomp"})  # 'called him a racist', 'called the talks useful'
PHONE_WORDS = frozenset({"phone", "telephone", "video", "conference"})


def _speaking(lemma: str) -> bool:
    cues = speech_cues()
    return cues.is_verb_cue(lemma) or lemma in cues.roles["addressee_verbs"]


def _call_sense(tok) -> str | None:
    """'called him to ask him to stay', 'without calling to notify him', 'called back for another interview',
    'Secretary X's Call with Y', 'a phone call': a call made (on the telephone), not a call for something."""
    kids = list(tok.children)
    if any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in kids):
        return "phone_call"  # 'called back for a second interview': called in again
    if any(c.dep_ == "prep" and c.lower_ in CALL_ASKS for c in kids) or any(c.dep_ in CALL_NAMES for c in kids):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in kids) or \
            any(c.dep_ == "compound" and c.lower_ in PHONE_WORDS for c in kids):
        return "phone_call"
    if tok.pos_ == "VERB" and any(c.dep_ in ("xcomp", "advcl") and c.i > tok.i and c.tag_ == "VB" and
                                  _speaking(c.lemma_.lower()) and
                                  any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) and
                                  not any(g.dep_ in ("mark", "nsubj") for g in c.children) for c in kids):
        # (not 'called for him to step aside', the parse's 'for' marking the infinitive with its own subject, nor
        # 'called the rebels to lay down their arms', an appeal: the infinitive of a call made is a speech act)
        return "phone_call"  # 'called the minister to congratulate her': the congratulation is the cue
    return None


def nonspeech_sense(verb) -> str | None:
    """The non-speech sense a cue verb is used in ('belief', 'offer', 'appeal_attract', 'appeal_ruling'), or None."""
    lemma = verb.lemma_.lower()
    if lemma in _BELIEF:
        return None if _said_above(verb) else "belief"
    if lemma == "offer":
        return "offer"
    if lemma == "appeal" and verb.pos_ == "VERB":
        return _appeal_sense(verb)
    if lemma == "call":
        return _call_sense(verb)
    return None
