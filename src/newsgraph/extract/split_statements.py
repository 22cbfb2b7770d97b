"""Statements split by their own attribution: 'The issues, Holder said, have simmered ...', 'Her comments, said
Josh Earnest, the press secretary, are "..."', 'Memories have faded, he said, and the company kept no records'.

The cue clause stands set off by commas inside the sentence, so what was said is the sentence around it, both
parts, with the cue inside the span (the annotation convention). The parser hangs such sentences in several ways
(the cue as root with the first part as its clause, as a parataxis of the main verb, the speaker as the subject of
the second part), so the shape is read from the words and commas around the cue, not from one parse.
"""
from __future__ import annotations

from ..model import Quote
from .clause_bounds import _span_chars
from .cues import FINITE, speech_cues
from .datelines import dateline_end_at
from .speaker_syntax import ADDRESSEE_VERBS, is_cue_token
from .speakers import addressee_of, channel_of, date_of, speaker_from, speaker_of_cue
from .text_lines import line_bounds

SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj")
COORDINATORS = ("and", "but")
CUE_PHRASE_MAX = 12  # words between the commas around the cue: 'the White House press secretary, Josh Earnest, said'
QUOTE_MARKS = ('"', "\u201c", "\u201d")
TAIL_PREPS = ("in", "on", "at", "during", "to", "with", "after", "before", "later")  # when, where, to whom
SUBORDINATORS = ("that", "whether", "if")


def parenthetical_statement(doc, index, cue, published: str | None = None) -> Quote | None:
    """The statement around a cue clause set off by commas in mid-sentence, or None when the cue is not one."""
    if cue.pos_ not in ("VERB", "AUX") or cue.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or \
            index.in_quote(cue.idx) is not None:
        return None
    if cue.tag_ == "VBN" and not any(c.dep_ == "aux" for c in cue.children):
        return None  # 'has said' yes; a bare participle ('the plan, revealed ...') no
    s0, s1 = index.sentence(cue.i)
    phrase = _cue_phrase(doc, cue, s0, s1)
    if phrase is None:
        return None
    left, right, subj = phrase
    pre = [t for t in doc[s0:left] if not (t.is_punct or t.is_space)]
    post = [t for t in doc[right + 1:s1] if not (t.is_punct or t.is_space)]
    if len(pre) < 2 and not _named_subject(pre) or len(post) < 2 or index.in_quote(pre[0].idx) is not None:
        return None  # '"We will," he said, "go on."' is a direct quote in two parts; not 'But, he said, ...'
    end = _statement_end(doc, pre, post, cue)
    if end is None:
        return None
    bounds = _span_chars(doc, pre[0].i, end, after_cue=False)
    if bounds is None:
        return None
    s, e = bounds
    text = index.text
    a, b = line_bounds(text, cue.idx)
    if a > s or b < e:
        return None  # within the cue's paragraph only
    filed = dateline_end_at(doc, s)
    if filed is not None and filed < e:
        s = filed  # 'Brussels, Belgium – <clause>, a spokesman said'
    for q in index.quotes:  # '..., he said, "is subject to ... . The court only allows ..."': the quotation
        if s < q.start < e <= q.end and "\n" not in text[e:q.end]:  # runs on past the sentence
            e = q.close if q.closed and q.close - q.end <= 2 else q.end
    speaker = speaker_from(subj, index) or speaker_of_cue(cue, index)
    if speaker is None:
        return None
    return Quote(id="", text=text[s:e], start=s, end=e, kind="indirect", speaker=speaker, cue=cue.text,
                 addressee=addressee_of(cue, index), channel=channel_of(cue), said_on=date_of(cue, published, index))


def _named_subject(pre: list) -> bool:
    """A one-word part before the cue that can be the statement's subject: a name ('Vanland, he said, will ...'),
    not 'But', 'Yesterday' or 'Now'."""
    return len(pre) == 1 and pre[0].pos_ == "PROPN" and pre[0].ent_type_ not in ("DATE", "TIME")


def _cue_phrase(doc, cue, s0: int, s1: int):
    """(comma before, comma after, speaker head) of ', <speaker> <cue> [to X, on Tuesday],' or ', <cue> <speaker>
    [, apposition],'; else None."""
    names = []
    j = cue.i + 1
    while j < s1 and doc[j].pos_ == "PROPN":
        names.append(doc[j])
        j += 1
    if names and cue.i - 1 > s0 and doc[cue.i - 1].text == "," and j < s1 and doc[j].text == ",":
        left = cue.i - 1  # ', said Josh Earnest, the White House press secretary,'
        subj = names[-1]
        k = next((i for i in range(j + 1, min(s1, j + CUE_PHRASE_MAX)) if doc[i].text == ","), None)
        appos = doc[j + 1:k] if k is not None else None
        right = k if appos is not None and len(appos) and all(
            t.pos_ in ("DET", "PROPN", "NOUN", "ADJ", "ADP", "PART") for t in appos) else j
    elif (subj := _inverted_plain_subject(doc, cue, s0, s1)) is not None:
        left, right = cue.i - 1, subj.right_edge.i + 1  # 'That wording is crucial, say British officials, ...'
    else:
        subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i), None)
        if subj is None:
            return None
        left = subj.left_edge.i - 1
        if left <= s0 or doc[left].text != "," or cue.i - left > CUE_PHRASE_MAX:
            return None
        if any(t.dep_ == "mark" or t.lower_ in ("as", "which", "who", "that") or
               (t.tag_ in FINITE and t.dep_ not in ("aux", "auxpass") and t.i != cue.i) for t in doc[left + 1:cue.i]):
            return None  # ', as Axelrod said,' credits what follows to someone else's theme; ', which he said,'
        right = _after_cue(doc, cue, s1)
    if right is None or right >= s1 - 1 or doc[right].text != ",":
        return None
    return left, right, subj


def _inverted_plain_subject(doc, cue, s0: int, s1: int):
    """', say British officials,': the subject the parser put after a present cue set off by commas, a plural
    noun phrase of its own (names alone are read above)."""
    if cue.tag_ not in ("VBP", "VBZ") or cue.i - 1 <= s0 or doc[cue.i - 1].text != ",":
        return None
    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i > cue.i and c.left_edge.i == cue.i + 1), None)
    if subj is None or subj.tag_ not in ("NNS", "NNPS") or subj.right_edge.i + 1 >= s1 or \
            doc[subj.right_edge.i + 1].text != "," or subj.right_edge.i - cue.i > CUE_PHRASE_MAX:
        return None
    return subj


def _after_cue(doc, cue, s1: int) -> int | None:
    """Index of the comma closing the cue phrase: the cue, then at most an adverb, an addressee, a channel or a
    time ('told reporters', 'in an interview', 'on Tuesday') with no verb of their own; not a topic ('asked
    about the Brotherhood') or an object ('called up X')."""
    j = cue.i + 1
    while j < s1 and doc[j].text != ",":
        j += 1
    if j >= s1 or j - cue.i > 8:
        return None
    for t in doc[cue.i + 1:j]:
        if t.pos_ in ("VERB", "AUX") or t.dep_ in ("ccomp", "mark", "prt") or t.text in QUOTE_MARKS:
            return None
        top = t
        while top.head.i != cue.i and top.head.i != top.i and cue.i < top.head.i < j:
            top = top.head
        if top.head.i != cue.i:
            return None
        if top.dep_ in ("advmod", "npadvmod") or (top.dep_ == "prep" and top.lower_ in TAIL_PREPS):
            continue
        if top.dep_ in ("dobj", "dative") and cue.lemma_.lower() in ADDRESSEE_VERBS:
            continue  # 'told reporters'
        return None
    return j


def _statement_end(doc, pre: list, post: list, cue) -> int | None:
    """Token end of the statement: the sentence, or None when the two parts do not read as one statement."""
    first = post[0]
    pre_finite = any(t.tag_ in FINITE for t in pre)
    if pre_finite and _completes_clause(post, first):
        return post[-1].i + 1  # 'This had produced a vacuum, he said, giving room for rumours', 'It was the only
        # way, he said, for the country to defeat poverty', 'That is crucial, say officials, because it means ...'
    if first.lower_ in ("according", "as") or first.tag_ == "VBG":
        return None  # ', adding that ...', ', according to ...': another credit, another statement
    main = _main_verb(post)
    if main is None or any(
            doc[t.i - 1].text == ":" or (t.lower_ in SUBORDINATORS and t.dep_ == "mark") for t in post if t.i < main.i):
        return None  # ', she said, her voice rising'; ', falsely, that ...'
    own_subject = any(t.dep_ in SUBJECT_DEPS and (t.head.i == main.i or t.head.head.i == main.i and
                                                  t.head.dep_ in ("aux", "auxpass")) for t in post)
    if doc[first.i - 1].text in QUOTE_MARKS and (own_subject or first.lower_ in COORDINATORS):
        return None  # ', he said, "We ...": a direct quote; 'The bloc, he said, "must ..."' (the subject before
        # the cue, its predicate quoted) is one statement
    if first.lower_ in COORDINATORS:  # '<clause>, he said, and <clause or verb phrase>'
        if not pre_finite or (is_cue_token(main) and not any(c.dep_ in ("auxpass", "nsubjpass")
                                                               for c in main.children)):
            return None  # ', he said, and added that ...': the speaker's next act
        finite = next((t for t in [main, *main.children] if t.tag_ in FINITE and
                       (t is main or t.dep_ in ("aux", "auxpass"))), None)
        if not own_subject and (finite is None or finite.tag_ == cue.tag_):
            return None  # ', he said, and walked out': a verb of the speaker's tense is what the speaker did
    elif own_subject:  # 'By failing to act, Mr. X said, the governor ...': a fronted phrase of the statement
        if pre_finite or not any(t.pos_ in ("VERB", "ADJ") for t in pre):
            return None  # not '<clause>, he said, <clause>' nor 'In a tweet on Monday, he said, ...' (when, where)
    elif next(t for t in pre if t.pos_ != "CCONJ").pos_ not in ("DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM"):
        return None  # 'Her comments, said X, are ...' needs a subject before the cue; not 'During the call, he ...'
    end = post[-1].i + 1
    for t in post[1:]:
        if doc[t.i - 1].text == "," and (t.lower_ == "according" or (t.tag_ == "VBG" and is_cue_token(t))):
            end = t.i - 1  # '..., adding that ...': the statement ends at the comma
            break
    return end


SPEAKING_ACTS = frozenset(speech_cues().roles["speaking_verbs"]) | frozenset(speech_cues().roles["occasion_meeting_verbs"]) | \
    frozenset(speech_cues().roles["express_verbs"]) | frozenset(speech_cues().roles["citing_verbs"])


def speakers_own_act(participle) -> bool:
    """A participle after an attribution that is the speaker's own act, not the rest of what was said: another
    cue or a clause it reports (', adding that ...', ', voicing hope that ...'), speaking or meeting (', speaking
    in X'), citing (', citing unnamed sources')."""
    return is_cue_token(participle) or participle.lemma_.lower() in SPEAKING_ACTS or any(
        is_cue_token(t) or t.dep_ == "ccomp" or t.dep_ == "mark" and t.lower_ == "that" for t in participle.subtree)


def _completes_clause(post: list, first) -> bool:
    """The part after the cue finishes the clause before it rather than stating something of its own: a reason
    ('because it means ...'), an infinitive with its subject ('for the country to defeat poverty'), or a
    participle that is no act of the speaker's ('giving room for ...')."""
    if any(is_cue_token(t) for t in post if t.pos_ in ("VERB", "AUX")):
        return False
    if first.lower_ == "because" and first.dep_ == "mark":
        return True
    if first.lower_ == "for" and first.dep_ == "mark" and first.head.tag_ == "VB" and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in first.head.children):
        return True
    return first.tag_ == "VBG" and first.dep_ == "advcl" and not speakers_own_act(first)


def _main_verb(post: list):
    """The verb of the part after the cue that no other word of it governs: a finite verb or one with a finite
    auxiliary ('has not been disclosed', 'would constitute')."""
    ids = {t.i for t in post}
    for t in post:
        if t.pos_ not in ("VERB", "AUX") or (t.head.i in ids and t.head.i != t.i and t.dep_ not in ("conj",)):
            continue
        if t.dep_ in ("aux", "auxpass"):
            continue
        if t.tag_ in FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE for c in t.children):
            return t
    return None


def with_parenthetical_statements(doc, index, cue_tokens, found: list[Quote], published: str | None) -> list[Quote]:
    """``found`` (the indirect quotes of the cue rules) with each statement split by its cue clause in place of
    what the rules made of that cue (the part before or after the cue alone, or the cue's words as speaker)."""
    out = list(found)
    for cue in cue_tokens:
        try:
            q = parenthetical_statement(doc, index, cue, published)
        except Exception:  # one odd parse must not cost the article its other quotes
            continue
        if q is None:
            continue
        name = q.speaker.name if q.speaker else None
        out = [o for o in out if not (
            (o.cue == q.cue and (q.start <= o.start and o.end <= q.end or o.start <= cue.idx < o.end)) or
            (q.start <= o.start and o.end <= q.end and o.speaker is not None and o.speaker.name == name))]
        out.append(q)
    return sorted(out, key=lambda q: q.start)
