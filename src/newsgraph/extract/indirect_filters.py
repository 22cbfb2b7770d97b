"""Candidate indirect statements that the annotation rules do not count as reported speech (issue #3, indirect
precision). ``unreported(doc, index, cue, is_noun, s, e)`` names the class of such a candidate, or returns None
for reported speech to keep. Each class is decided by the parse and the quotation marks, never by the words of
one sentence, and each was checked against the gold of every seen source (the gold leaves it out in most cases).
Not dropped here, though the gold leaves it out: 'X, asked whether ..., said, "..."' - the question put to X;
direct_quotes carries X over to the quotation after it through that statement when the parse gives 'said' no
subject.

- ``mostly_quoted``: 'responded that "A" but that "B."' - outside its quotation marks the span holds only
  linking words: the quotations are direct quotes, and a clause inside quotation marks is no indirect entry.
- ``free_relative``: 'lashed out at what he called "..."', 'complained about what they say is ...' - the cue
  sits in a free relative that names a thing the sentence is about; no statement is reported (not after a
  copula: 'X has been what he described as "the black sheep"' says what X is, in his words). The label itself,
  unquoted or wholly quoted ('over what they called grave abuses'), is the subject's statement:
  relative_labels.py builds it before this guard is asked.
- ``purpose``: 'withheld aid to pressure the president', 'an effort to pressure a witness', 'gathered to push
  for passage' - a directive or evaluative cue in a purpose (or noun-complement) infinitive is an aim, not a
  reported statement (a speech verb or a reported clause there, 'took the stage to say that ...', 'an effort to
  make it clear that ...', is kept).
- ``condition``: 'if he says that ...', 'rather than declare that ...' - the cue is inside a condition or an
  alternative not taken: nothing was said.
- ``circumstance``: 'issued a statement following an allegation that ...', 'tightened checks amid reports that
  ...', 'resigned after accusations that ...' - a cue noun in a phrase of circumstance whose owner is not stated
  in the phrase (no possessor, no 'by X'): the subject of the sentence reacts to it, it did not say it, and like a
  passive report with no agent it is left out.
- ``phone_call`` (nonspeech_senses.py): the noun 'call' of a call made ('a call with X', 'a phone call').
- ``belief`` (nonspeech_senses.py): 'X believes that ... "quoted words"' - a belief verb is a cue for the quoted
  words, never for an indirect statement (the rules leave belief verbs out).
- ``headline_rebuke``: 'UN warns of new Darfur disaster', 'Ruritania MPs accuse Freedonia of "plot"' - a warning or
  accusation in the headline line whose content is a noun phrase, no verb: the headline names the act and the
  story reports what was said (the read sets' gold leaves all 6 out, 6 pages; 'X warns Y will ...' and a charge
  with a predicate, 'accuses X of keeping media in the dark', are kept).
"""
from __future__ import annotations

from .cues import speech_cues
from .headline_labels import headline_end
from .nonspeech_senses import nonspeech_sense
from .reported_constructions import noun_owner_token

LINKS = frozenset({"that", "but", "and", "or", "while"})
WH_FREE = frozenset({"what", "whatever"})
CONDITION_MARKS = frozenset({"if", "unless"})
ALTERNATIVE = frozenset({"rather", "instead"})
HEADLINE_REBUKES = frozenset({"warn", "caution", "accuse"})


def _clause_verbs() -> frozenset[str]:
    return frozenset(speech_cues().clause_verbs)


def _mostly_quoted(index, s: int, e: int) -> bool:
    """'responded that "A" but that "B."': some of the span is quoted, and outside the quotation marks it
    holds only linking words and punctuation."""
    if not index.any_quoted(s, e):
        return False  # (most spans: no character-by-character walk)
    text = index.text
    outside: list[str] = []
    quoted = False
    i = s
    while i < e:
        q = index.in_quote(i)
        if q is not None:
            quoted = True
            i = max(q.end, i + 1)
            continue
        outside.append(text[i])
        i += 1
    if not quoted:
        return False
    words = "".join(c if c.isalnum() or c in "'\u2019" else " " for c in "".join(outside)).split()
    return all(w.lower() in LINKS for w in words)


def _free_relative(doc, cue) -> bool:
    """'at what he called "..."', 'in what he described as ...', 'about what they say is ...': a wh-word right
    before the cue's subject opens a free relative."""
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i), None)
    if subj is None or cue.head.lemma_.lower() == "be":
        return False  # 'X has been what he described as ...': the free relative says what X is, by his words
    first = subj.left_edge.i
    return first > 0 and doc[first - 1].lower_ in WH_FREE


def _purpose(cue) -> bool:
    """'to pressure the president' as the purpose of another verb or the complement of a noun ('an effort to
    pressure'), for a cue that takes an object or an appeal rather than a clause (not 'to say that ...')."""
    if cue.dep_ not in ("advcl", "acl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return False
    if cue.head.lemma_.lower() == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in cue.head.children):
        return False  # 'went on to praise X for ...': what the subject did next, not what for
    if cue.lemma_.lower() in _clause_verbs():
        return False
    # 'an effort to make it clear that ...' reports a clause: kept
    return not any(t.dep_ == "ccomp" for t in cue.subtree if t.i > cue.i)


def _condition(doc, cue) -> bool:
    """The cue or one of the next three verbs above it is opened by 'if'/'unless', or by 'rather than' /
    'instead of' ('Rather than go ahead and declare that he will not run, ...')."""
    for a in [cue, *list(cue.ancestors)[:3]]:
        for c in a.children:
            if c.dep_ == "mark" and c.lower_ in CONDITION_MARKS:
                return True
            if c.dep_ == "mark" and c.lower_ == "than" and c.i > 0 and doc[c.i - 1].lower_ in ALTERNATIVE:
                return True
        if a.dep_ in ("pcomp", "pobj") and a.head.lower_ in ("than", "of") and a.head.i > 0 and \
                doc[a.head.i - 1].lower_ in ALTERNATIVE:
            return True
    return False


CIRCUMSTANCE_PREPS = frozenset({"amid", "amidst", "following", "after", "despite", "given", "over", "before"})


def _circumstance(index, noun) -> bool:
    """A cue noun that is the object of a preposition of circumstance ('amid reports that ...', 'following an
    allegation that ...') with no owner inside its own phrase: the owner the rules find is the verb's subject."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in CIRCUMSTANCE_PREPS:
        return False
    owner = noun_owner_token(noun, index)
    return owner is None or not noun.left_edge.i <= owner.i <= noun.right_edge.i


def unreported(doc, index, cue, is_noun: bool, s: int, e: int) -> str | None:
    """The class of a candidate indirect statement (cue token ``cue``, characters [s, e) of the text) that the
    annotation rules leave out, or None when it is reported speech."""
    if _mostly_quoted(index, s, e):
        return "mostly_quoted"
    if is_noun:
        if cue.lemma_.lower() == "call" and nonspeech_sense(cue) is not None:
            return "phone_call"  # 'Secretary X's Call with Minister Y', 'a phone call'
        return "circumstance" if _circumstance(index, cue) else None
    sense = nonspeech_sense(cue)
    if sense is not None:
        return sense
    if _free_relative(doc, cue):
        return "free_relative"
    if _purpose(cue):
        return "purpose"
    if _condition(doc, cue):
        return "condition"
    if _headline_rebuke(doc, index, cue, s, e):
        return "headline_rebuke"
    return None


def _headline_rebuke(doc, index, cue, s: int, e: int) -> bool:
    """A warning or accusation verb in the headline line whose content is a noun phrase: no verb (not 'of keeping
    media in the dark', a charge that holds a predicate) and no 'that'."""
    if cue.lemma_.lower() not in HEADLINE_REBUKES or cue.idx >= headline_end(index.text):
        return False
    return noun_phrase_only(doc, s, e)


def noun_phrase_only(doc, s: int, e: int) -> bool:
    """Characters [s, e) hold no verb and no 'that': the act named ('of fuel shortages'), not its content."""
    span = doc.char_span(s, e, alignment_mode="expand")
    return span is not None and not any(t.pos_ in ("VERB", "AUX") or t.lower_ == "that" for t in span)
