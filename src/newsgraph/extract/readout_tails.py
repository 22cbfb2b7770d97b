"""The rest of an appeal or a judged thing the parser cut off (issue #3): in long official sentences the parser often
hangs the end of what was welcomed or urged on the verb instead of on its object ('calls on all parties to act
calmly [and with restraint in the weeks before the vote]', 'welcomes the holding [yesterday of elections in X]',
'urges the sides to resume, as soon as possible, [talks in Y on a lasting settlement]', 'calls for a calm [re-run
of the vote in the north]'), and the statement then stops short of its content. A statement of such a verb (a
readout's object verbs, and the verbs of appeal) whose words stop inside the verb's own phrase runs on to the end of
its sentence when the words left are all still the verb's, with no comma before them: no other statement or cue in
them ('..., adding that', 'according to'), no new subject or second predicate of the speaker ('and left for Y'), no
clause of time ('before leaving'), no occasion or channel ('in a statement', 'during the call', 'at the summit'),
and no quotation. A date or time phrase closing the sentence ('on Monday') stays out. On a readout page the verbs
that express a stance ('expressed his appreciation to X [for hosting Y]') and the requests ('requested Y's support
[to the proposed amendments]', 'asked X for [Y's contributions in Z]') run on the same way.
"""
from __future__ import annotations

from .cues import speech_cues
from .readout_content import readout_cues
from .readout_extents import TIME_MARKS
from .readout_pronouns import readout_page
from .readout_unrealised import APPEAL_VERBS, appeal_call, cue_token, unrealised_cue
from .saying_occasions import past_event_phrase
from .speaker_syntax import is_cue_token

MAX_REST = 40  # tokens: a longer rest holds more than the end of one phrase
REQUEST_VERBS = frozenset({"ask", "request"})  # 'asked X for [Y's help in Z]', 'requested Y's support [to Z]'
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "\u2018", "\u2019", "'"})


def _fits(verb, readout: bool) -> bool:
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return False
    if lemma in readout_cues().object_verbs or readout and (lemma in readout_cues().express_verbs or
                                                            lemma in REQUEST_VERBS):
        return True
    return lemma in APPEAL_VERBS and (lemma != "call" or appeal_call(verb))


def _setting(tok, cues, speech) -> bool:
    """A phrase of when, where or through what the words were said ('in a statement', 'during the call', 'at the
    summit')."""
    obj = next((c for c in tok.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None:
        return False
    lemma = obj.lemma_.lower()
    return lemma in cues.setting_nouns or lemma in cues.meeting_words or lemma in speech.document_nouns or \
        lemma in speech.channel_nouns


def tail_end(doc, verb, e: int, limit: int) -> int:
    """The end (exclusive token index) of the statement of ``verb`` that stops at ``e``: the end of its sentence
    (``limit``, trailing punctuation and a closing date phrase left out) when the words between are the rest of the
    verb's phrase, else ``e``."""
    last = limit - 1
    while last >= e and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if last < e or last - e + 1 > MAX_REST or doc[e].is_punct or doc[e].is_space:
        return e
    rest = doc[e:last + 1]
    if not any(a.i == verb.i for a in rest[0].ancestors):
        return e  # not the verb's phrase
    if rest[0].dep_ == "advmod" and rest[0].head.i == verb.i:
        return e  # 'appealed for more security before, including after X': how or when it was asked
    cues, speech = readout_cues(), speech_cues()
    stops = cues.signal_verbs | cues.say_verbs | cues.relay_verbs
    for t in rest:
        if t.text in QUOTE_MARKS or t.lower_ in ("according", "per") or "\n" in t.text:
            return e
        if t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() in stops or is_cue_token(t)) and not unrealised_cue(t):
            return e  # another statement (not one the appeal asks for: 'and to condemn X')
        if t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.dep_ not in ("relcl", "acl") or \
                t.dep_ == "mark" and t.lower_ in TIME_MARKS:
            return e  # a clause of its own (not a relative one: 'statements that amount to X'), a time
        if t.dep_ in ("conj", "parataxis") and t.head.i == verb.i and t.pos_ in ("VERB", "AUX"):
            return e  # a second predicate of the speaker
        if t.dep_ == "prep" and (_setting(t, cues, speech) or t.head.i == verb.i and past_event_phrase(t)):
            return e  # 'in a statement', 'after meeting X', 'after surviving a vote': the occasion
    end = last + 1
    closing = rest[-1]
    while closing.ent_type_ in ("DATE", "TIME") and closing.i >= e:
        head = closing
        while head.head.i != head.i and head.head.ent_type_ in ("DATE", "TIME"):
            head = head.head
        top = head.head if head.dep_ == "pobj" else head
        if top.head.i != verb.i:
            break
        end = top.left_edge.i  # ' on Monday' hung on the verb: when, not what
        while end > e and doc[end - 1].is_punct:
            end -= 1
        break
    return end if end > e else e


def with_full_tails(doc, index, quotes: list) -> None:
    """Lengthens in place the indirect statements of object and appeal verbs that stop short of the rest of their
    verb's phrase (``tail_end``)."""
    text = index.text
    readout = None
    for q in quotes:
        if q.kind != "indirect" or not q.cue or q.end is None:
            continue
        verb = cue_token(doc, q)
        if verb is not None and readout is None:
            readout = readout_page(doc, index)
        if verb is None or not _fits(verb, readout):
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or not len(span) or span.end >= len(doc):
            continue
        sent = verb.sent
        limit = sent.end
        nl = next((t.i for t in doc[span.end:sent.end] if "\n" in t.text), None)
        if nl is not None:
            limit = nl
        end = tail_end(doc, verb, span.end, limit)
        if end > span.end:
            new = doc[end - 1].idx + len(doc[end - 1].text)
            if index.in_quote(q.start) is None and not index.any_quoted(q.end, new):
                q.end, q.text = new, text[q.start:new]
