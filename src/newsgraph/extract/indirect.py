"""Indirect (reported) speech: the clause a cue verb or noun reports, with its speaker. What a verb reports is
found in ``reported_content.py``, special constructions and cue nouns in ``reported_constructions.py``, the
clause's bounds in ``clause_bounds.py``."""
from __future__ import annotations

import re

from ..model import Quote, Speaker
from .clause_bounds import (
    FRONTING,
    _all_quoted,
    _clause_end,
    _fronted_clause,
    _opens_quote_after_comma,
    _span_chars,
    _within_paragraph,
)
from .cues import speech_cues
from .datelines import dateline_end_at
from .indirect_candidates import cue_candidates
from .indirect_features import object_range, unlisted_cue
from .indirect_filters import unreported
from .indirect_model import candidate_judge
from .names import noun_phrase
from .reported_constructions import _noun_content, noun_owner_token
from .reported_content import _content
from .speaker_syntax import according_to
from .speakers import ADDRESSEE_VERBS, addressee_of, channel_of, date_of, speaker_from, speaker_of_cue, subject_of

__all__ = ["indirect_quotes"]
DOCUMENTS = speech_cues().document_nouns  # quotes.py imports both from here


def _after_quote(doc, index, cue) -> bool:
    """'"...," she said, her voice rising': the cue attributes the quote just before it."""
    subj = subject_of(cue)
    first = min(cue.i, subj.left_edge.i if subj is not None and subj.i < cue.i else cue.i)
    j = first - 1
    while j >= 0 and doc[j].is_punct and doc[j].text not in ('"', "”", "’", "'"):
        j -= 1
    if j < 0 or doc[j].text not in ('"', "”", "’", "'"):
        return False
    q = index.in_quote(doc[j].idx - 1)
    if q is None or not q.closed:
        return False
    last = index.text[q.close - 2:q.close - 1]
    if last in (",", "—", "-"):
        return True
    nxt = index.text[q.close:q.close + 3].strip()
    return last in ("?", "!") and nxt[:1].islower()


def indirect_quotes(doc, index, cue_tokens, noun_tokens, published: str | None) -> list[Quote]:
    """Reported speech for every cue verb and cue noun outside direct quotes."""
    out: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    cue_ids = {t.i for t in cue_tokens}
    said_by: dict[int, Speaker] = {}  # cue verb -> its speaker, for a coordinated cue that lost its subject
    judge = candidate_judge()  # None: the rules alone decide (the default)
    cands = [(t, False) for t in cue_tokens] + [(t, True) for t in noun_tokens]
    if judge is not None:  # the trace and the model also weigh verbs outside the lexicon reporting a that-clause
        cands += [(t, False) for t in doc if unlisted_cue(t, cue_ids) and index.in_quote(t.idx) is None]
    for cue, is_noun in cands:
        try:
            q, guard = _one(doc, index, cue, is_noun, cue_ids, published, said_by, full=judge is not None)
            if q is not None and guard is None and cue.i in cue_ids and q.speaker is not None:
                said_by[cue.i] = q.speaker
        except Exception:  # one odd parse must not cost the article its other quotes
            continue
        found = [] if q is None or guard is not None or not (is_noun or cue.i in cue_ids) else [q]
        if judge is not None:  # the trace, or the model's keep/drop, over this cue's candidates
            try:
                found = judge(doc, index, cue, is_noun, cue_candidates(doc, index, cue, is_noun, cue_ids, q, guard))
            except Exception:  # the rules' decision stands
                pass
        for q in found:
            if (q.start, q.end) in seen:
                continue
            seen.add((q.start, q.end))
            k = _repeats(q, out)
            if k is None:
                out.append(q)
            elif q.end - q.start < out[k].end - out[k].start:
                out[k] = q  # the tighter span of the two: the clause without its cue
    return out


def _quote_follows(index, at: int, e: int) -> bool:
    """After the cue (at ``at``) comes a comma or colon and a quotation that runs to the span's end ``e``."""
    text = index.text
    j = at
    while j < e and text[j] == " ":
        j += 1
    if j >= e or text[j] not in ",:":
        return False
    j += 1
    while j < e and text[j] == " ":
        j += 1
    if j >= e or text[j] not in ('"', "\u201c"):
        return False
    q = index.in_quote(j + 1)
    return q is not None and q.end >= e - 3


def _repeats(q: Quote, found: list[Quote]) -> int | None:
    """Index of a quote where the same speaker reports almost the same span through another cue, else None."""
    for k, o in enumerate(found):
        if o.speaker is None or q.speaker is None or o.speaker.name != q.speaker.name:
            continue
        inter = min(o.end, q.end) - max(o.start, q.start)
        if inter > 0 and inter >= 0.8 * min(o.end - o.start, q.end - q.start) and \
                abs((o.end - o.start) - (q.end - q.start)) <= 0.25 * max(o.end - o.start, q.end - q.start):
            return k
    return None


def _one(doc, index, cue, is_noun: bool, cue_ids: set[int], published: str | None,
         said_by: dict[int, Speaker] | None = None, full: bool = False) -> tuple[Quote | None, str | None]:
    """The indirect quote one cue introduces and the name of the guard that drops it (None: the rules keep it);
    (None, None) when the cue reports nothing. Without ``full`` a dropped statement is not built (None, guard);
    with it (the candidate trace, indirect_trace.py) it is, span and speaker, and cues reporting no clause
    offer their object ('praised the coalition', guard "np_object") or the clause a rule of _content refused
    ('did not say whether ...', guard "clause_dropped") as candidates."""
    guard = None
    rng = _noun_content(cue) if is_noun else (_content(cue, index) or _told_bare_clause(cue) or
                                              _displaced_clause(cue, index))
    lost = None if is_noun or rng is not None else (_lost_subject_front(doc, index, cue) or
                                                    _asked_by(doc, index, cue))
    if lost is not None:  # '<clause>, the committee's senior Democrat said on Wednesday': the parser lost the subject
        rng = lost[0]
    if rng is not None and not is_noun and cue.dep_ == "acl" and cue.tag_ == "VBG" and \
            cue.head.lemma_.lower() in DOCUMENTS and not any(t.pos_ in ("VERB", "AUX") for t in doc[rng[0]:rng[1]]):
        guard = "document_call"  # 'signed a letter calling for an inquiry': what the letter asks for, not a
        if not full:  # reported clause
            return None, guard
    if rng is not None and not is_noun and rng[0] > cue.i:
        rng = _aside_end(doc, cue, rng)
        rng = _contracted_modal(doc, cue, rng)
    bounds = _span_chars(doc, *rng, after_cue=rng[0] > cue.i) if rng is not None else None
    s, e = _within_paragraph(index.text, cue.idx, *bounds) if bounds is not None else (0, 0)
    if e > s:  # at a paragraph's start, or inside a dateline the parser split ('GENEVA' | '(Reuters) - ...')
        filed = dateline_end_at(doc, s)
        if filed is not None and filed < e:
            s = filed  # 'MOSCOW (Reuters) - Russia will ...': the dateline is no part of what was said
    for q in index.quotes:  # 'the UK's position that settlements "are illegal ..., present an obstacle ..."'
        if s < q.start < e <= q.end and "\n" not in index.text[e:q.end]:  # '... "a jewel"': the closing mark too
            e = q.close if q.closed and q.close - q.end <= 2 else q.end
    if e > s and s > cue.idx:
        e = _parallel_that_clauses(doc, index, e)
        if not is_noun and cue.lemma_.lower() in APPEAL_VERBS:
            e = _past_event_cut(doc, s, e)
        e = _second_cue_cut(doc, cue, cue_ids, s, e)
    crossed = bounds[0] < index.text.rfind("\n", 0, cue.idx) + 1 if bounds is not None else \
        any(c.dep_ == "ccomp" and c.i < index.sentence(cue.i)[0] for c in cue.children)
    if e - s < 3 and not is_noun and crossed:  # the parser ran a headline into the lede, clause and all
        bounds = _fronted_clause(doc, index, cue)
        if bounds is not None:
            s, e = bounds
    if e - s < 3 and full and not is_noun:
        obj = object_range(cue)
        if obj is not None:
            chars = _span_chars(doc, obj[0], obj[1], after_cue=True)
            if chars is not None:
                s, e = _within_paragraph(index.text, cue.idx, *chars)
                guard = obj[2]
    if e - s < 3:
        return None, None
    guards = (("all_quoted", lambda: _all_quoted(index, s, e)),
              # 'said in a statement, "We are relieved" at ...': a direct quote, not reported speech
              ("quote_after_comma", lambda: not is_noun and _opens_quote_after_comma(index.text, cue.idx, s)),
              # 'At another point, X said, "We assume ..."': the quotation is all that was said
              ("quote_follows", lambda: not is_noun and s <= cue.idx < e and
               _quote_follows(index, cue.idx + len(cue.text), e)),
              ("after_quote", lambda: not is_noun and cue.lemma_.lower() not in ("add",) and
               _after_quote(doc, index, cue)),
              # the cue verb reports it; 'reiterated his offer to testify' is left to the noun
              ("verb_reports", lambda: is_noun and _verb_reports(cue, cue_ids, index)),
              # 'X, asked whether ..., said', 'at what he called ...', 'to pressure ...': not reported speech
              ("unreported", lambda: unreported(doc, index, cue, is_noun, s, e) is not None))
    for name, fired in guards:
        if guard is None and fired():
            guard = name
            if not full:
                return None, guard
    if is_noun:
        speaker = speaker_from(noun_owner_token(cue, index), index)
    elif lost is not None:
        speaker = speaker_from(lost[1], index)
        if speaker is None and cue.lemma_.lower() == "ask" and lost[1].pos_ == "NOUN" and noun_phrase(lost[1]):
            words = noun_phrase(lost[1])  # 'asked by a reporter whether ...': the asker, whoever it is
            speaker = Speaker(name=words, entity=None, mention=words, start=None, end=None)
    else:
        speaker = speaker_of_cue(cue, index) or _fallback_speaker(cue, index, said_by or {}, cue_ids)
        if speaker is None:
            subj = subject_of(cue)
            if subj is not None and not (s <= subj.idx < e):  # not 'what proponents call the bill'
                speaker = _subject_phrase(cue, subj, index)
                if speaker is None and full and subj.pos_ in ("NOUN", "PROPN") and noun_phrase(subj):
                    words = noun_phrase(subj)  # a common noun no rule takes for a speaker: a candidate
                    speaker = Speaker(name=words, entity=None, mention=words, start=None, end=None)
                    guard = guard or "common_subject"
    if speaker is None:
        return None, guard or "no_speaker"
    if speaker.start is not None and s <= speaker.start < e and not (s <= cue.idx < e):
        guard = guard or "speaker_inside"
        if not full:
            return None, guard
    return Quote(id="", text=index.text[s:e], start=s, end=e, kind="indirect", speaker=speaker,
                 cue=cue.text, addressee=None if is_noun else addressee_of(cue, index),
                 channel=None if is_noun else channel_of(cue),
                 said_on=None if is_noun else date_of(cue, published, index)), guard


def _verb_reports(noun, cue_ids: set[int], index) -> bool:
    """The cue verb the noun hangs on reports the clause itself: its object or subject ('reiterated his offer to
    testify' is left to the noun, 'issued a statement saying' to the participle), or the channel it was said in
    ('said in a statement that A and B': one statement, the verb's, not a second one through the noun)."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("in", "through", "via"):
        verb = verb.head
    elif noun.dep_ not in ("dobj", "nsubj"):
        return False
    return verb.i in cue_ids and _content(verb, index) is not None


APPEAL_VERBS = frozenset(speech_cues().roles["request_verbs"]) | {"call", "demand", "appeal", "plead", "pressure"}
AFTER_MARKS = {"after", "following"}


def _past_event_cut(doc, s: int, e: int) -> int:
    """'called for Trump to cancel the summit after the Justice Department indicted 12 officers': a call for a
    deed to come, then the past event that prompted it (a clause or noun after 'after'/'following' whose verb
    is in the past) - the reason for the call, not part of it. The char offset to end at, else ``e``."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) < 4:
        return e
    to = next((t for t in span[:10] if t.lower_ == "to" and t.dep_ == "aux" and t.head.tag_ == "VB"), None)
    if to is None:
        return e
    for t in span:
        if t.i <= to.head.i + 1 or t.lower_ not in AFTER_MARKS or t.dep_ not in ("mark", "prep"):
            continue
        verb = t.head if t.dep_ == "mark" else next((c for c in t.children if c.dep_ in ("pcomp", "pobj")), None)
        if verb is None:
            continue
        if verb.tag_ == "VBD" or any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in verb.children) or \
                any(a.dep_ == "acl" and a.tag_ == "VBN" for a in verb.children):
            end = t.i
            while end > span.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            return doc[end - 1].idx + len(doc[end - 1].text) if end > to.i + 2 else e
    return e


PARTICIPLE_LINKS = {"while", "before", "after", "by", "and"}


def _second_cue_cut(doc, cue, cue_ids: set[int], s: int, e: int) -> int:
    """'called for the cancellation of the meeting, saying that ...', 'accused X of ..., while insisting that
    ...': a clause that runs on past a comma into another cue's participle ends at the comma (the participle
    reports its own statement). The char offset to end at, else ``e``."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return e
    for t in span[2:]:
        if t.i == cue.i or t.i not in cue_ids or t.tag_ != "VBG":
            continue
        j = t.i - 1
        if doc[j].lower_ in PARTICIPLE_LINKS:
            j -= 1
        if doc[j].text != "," or j <= span.start + 1:
            continue
        return doc[j - 1].idx + len(doc[j - 1].text)
    return e


PARALLEL_THAT = re.compile(r"[,;]? (?:and |or |but )?that ")


def _parallel_that_clauses(doc, index, e: int) -> int:
    """'claims that A, that B, and that C', 'said A, and that B': each further that-clause of the same cue
    belongs to what was said (the parse hangs them elsewhere); the end of the last one, else ``e``."""
    text = index.text
    for _ in range(4):
        m = PARALLEL_THAT.match(text, e)
        if m is None or index.in_quote(e) is not None:
            return e
        span = doc.char_span(m.end() - 5, m.end() - 1)
        if span is None or span[0].dep_ != "mark" or span[0].head.i <= span[0].i:
            return e
        head = span[0].head
        stop = _clause_end(head)
        if stop <= head.i or index.sentence(head.i) != index.sentence(span[0].i):
            return e
        last = doc[stop - 1]
        while stop - 1 > head.i and (last.is_punct and last.text not in ('"', "\u201d")):
            stop -= 1
            last = doc[stop - 1]
        new = last.idx + len(last.text)
        para = text.find("\n", e)
        if para >= 0 and new > para:
            return e
        e = new
    return e


def _according_phrase(cue, index) -> Speaker | None:
    """', according to those familiar with the strategy', 'According to slides from an internal presentation, ...':
    the phrase itself speaks when no person or body could be resolved from it (the dev rules name it so), up to
    a comma or a second participle ('..., and obtained by X'); only a set-off 'according to' (not 'calculated
    according to the contributions')."""
    tok = according_to(cue)
    doc = cue.doc
    set_off = cue.i == index.sentence(cue.i)[0] or doc[cue.i - 1].text in (",", "(", "--", "\u2014", ";")
    if tok is None or not set_off or not (tok.pos_ in ("NOUN", "PROPN") or (tok.lower_ == "those" and any(
            c.dep_ in ("amod", "acl", "relcl", "prep") for c in tok.children))):
        return None
    end = tok.right_edge.i + 1
    for t in doc[tok.i + 1:end]:
        if t.text in (",", ";", "(", "--", "\u2014") or (t.dep_ == "cc" and t.head.dep_ in ("acl", "relcl")):
            end = t.i
            break
    start = tok.left_edge.i
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1
    span = doc[start:end]
    return Speaker(name=span.text, entity=None, mention=span.text, start=None, end=None)  # no place: a phrase,
    # not a description for a later name to claim ('a notice published in the Federal Register' is no person)


def _fallback_speaker(cue, index, said_by: dict[int, Speaker], cue_ids: set[int] = frozenset()) -> Speaker | None:
    """A speaker for a cue verb the parse gave no usable subject: 'X criticized A, but argued that B' and
    'as X called it "productive" and suggested ...' (the parser tied the second verb to another clause) take
    the speaker of the cue verb just before; 'while clarifying he hopes ...' takes the subject of the verb
    the participle hangs on."""
    if cue.lower_ == "according":
        return _according_phrase(cue, index)
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    doc = cue.doc
    s0, _ = index.sentence(cue.i)
    lost = _relative_antecedent(doc, s0, cue) or _apposed_subject(doc, s0, cue)
    if lost is not None:
        return speaker_from(lost, index)
    prev = max((i for i in set(said_by) | cue_ids if s0 <= i < cue.i), default=None)
    if prev is not None and cue.dep_ == "conj":
        gap = doc[doc[prev].right_edge.i + 1:cue.i]
        if len(gap) <= 4 and any(t.dep_ == "cc" for t in gap) and all(t.is_punct or t.dep_ == "cc" for t in gap):
            # the cue verb before may have reported nothing itself ('criticized Republicans, but argued that')
            return said_by[prev] if prev in said_by else speaker_of_cue(doc[prev], index)
    if cue.tag_ == "VBG" and cue.dep_ == "advcl" and cue.head.i < cue.i and doc[cue.i - 1].text == ",":
        said = next((c for c in cue.head.children if c.dep_ == "parataxis" and c.i in cue_ids and
                     cue.head.i < c.i < cue.i), None)  # '<clause>, X said, adding that ...': X adds
        if said is not None:
            return said_by[said.i] if said.i in said_by else speaker_of_cue(said, index)
    if cue.tag_ == "VBG" and cue.dep_ == "advcl" and cue.head.i < cue.i and cue.head.pos_ in ("VERB", "AUX") and \
            doc[cue.i - 1].lower_ in ("while", "before", "after", "by", ","):
        subj = subject_of(cue.head)
        if subj is not None and subj.i < cue.i and index.in_quote(subj.idx) is None:
            found = speaker_from(subj, index)
            if found is not None:
                return found
    if cue.tag_ == "VBG" and cue.dep_ == "advcl" and doc[cue.i - 1].text == ",":
        prev = max((i for i in set(said_by) | cue_ids if max(s0, cue.head.i) < i < cue.i), default=None)
        if prev is not None:  # 'the controversy escalated when X reported the issue, saying that ...': the parser
            return said_by[prev] if prev in said_by else speaker_of_cue(doc[prev], index)  # hung it on another verb
    return None


AGENT_ENDINGS = ("ists", "onents", "dents", "ipants", "ians", "ators", "ocates", "izers", "isers", "makers", "holders",
                 "leaders", "backers", "workers", "voters", "porters", "critics", "ganisers", "ganizers")  # people by what
# they do ('opponents', 'organisers'); not 'comments', 'papers', 'numbers


def _told_bare_clause(cue) -> tuple[int, int] | None:
    """'after telling Fox News he supported the invasion', 'Telling the crowd this is their moment, X ...': the
    parser hung the told clause on another verb; the clause whose subject follows the addressee is what was told."""
    if cue.lemma_.lower() != "tell" or any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return None
    obj = next((c for c in cue.children if c.dep_ in ("dobj", "dative") and c.i > cue.i), None)
    doc = cue.doc
    if obj is None or obj.right_edge.i + 1 >= len(doc):
        return None
    first = doc[obj.right_edge.i + 1]
    subj = first if first.dep_ == "nsubj" else next((t for t in doc[first.i:first.i + 4] if t.dep_ == "nsubj" and
                                                      t.left_edge.i == first.i), None)
    if subj is None or subj.left_edge.i != first.i or subj.pos_ not in ("PRON", "PROPN", "NOUN"):
        return None
    verb = subj.head
    if verb.i <= subj.i or verb.pos_ not in ("VERB", "AUX") or cue in verb.subtree or \
            verb.sent.start != cue.sent.start:
        return None
    return first.i, _clause_end(verb)


FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
CLAUSE_CUES = frozenset(speech_cues().clause_verbs) - (frozenset(speech_cues().object_verbs) -
                                                       frozenset(speech_cues().roles["addressee_verbs"]))
NOT_SPEECH = frozenset(speech_cues().roles["not_speech_heads"])
DISPLACED_STOPS = {";", ":", '"', "\u201c", "\u201d", "(", "--", "\u2014", "\u2013"}
THAT_SUBORDINATORS = {"so", "such", "now", "given", "provided", "except", "order", "save", "but", "and", "or"}
NOUNS_WITH_CLAUSE = frozenset(speech_cues().cue_nouns) | frozenset(speech_cues().roles["view_nouns"]) | \
    frozenset(speech_cues().document_nouns) | {"fact", "news", "idea", "sign", "signal", "evidence", "proof", "notion"}
NO_SAY_MODALS = {"would", "could", "might", "may", "should", "must", "can", "will", "'ll", "\u2019ll", "wo", "ca"}


def _displaced_clause(cue, index) -> tuple[int, int] | None:
    """'maintained in interviews that, one way or another, ...', 'told the paper days after the election that he
    wanted ...', 'said, as a taxpayer, he is not willing ...': a cue verb of saying with no clause of its own,
    because the parser hung the clause after an adverbial on a word of the adverbial (or made it an unmarked
    adverbial clause). The clause after the adverbial, with its own subject and finite verb, is what was said.
    Nothing for a negated, modal, subjectless passive or 'wanted to say' cue ('did not say', 'would not say')."""
    if cue.pos_ != "VERB" or cue.lemma_.lower() not in CLAUSE_CUES or index.in_quote(cue.idx) is not None:
        return None
    kids = list(cue.children)
    if any((c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > cue.i) or c.dep_ == "neg" or
           (c.dep_ == "aux" and c.lower_ in NO_SAY_MODALS) for c in kids):
        return None
    perfect = any(c.dep_ == "auxpass" and c.lower_ in ("'s", "\u2019s") for c in kids)  # "he's maintained"
    if (not perfect and any(c.dep_ in ("auxpass", "nsubjpass") for c in kids)) or \
            (cue.dep_ == "xcomp" and cue.head.lemma_.lower() in NOT_SPEECH) or cue.tag_ == "VBN" and \
            not any(c.dep_ in ("aux", "auxpass") for c in kids) and cue.dep_ not in ("conj", "ROOT"):
        return None
    doc = cue.doc
    s0, s1 = index.sentence(cue.i)
    s1 = min(s1, len(doc))
    unmarked = next((c for c in kids if c.dep_ == "advcl" and c.i > cue.i + 1 and c.tag_ in FINITE_TAGS[:3] and
                     doc[cue.i + 1].text == "," and any(g.dep_ in ("nsubj", "nsubjpass", "expl") and g.i < c.i
                                                        for g in c.children) and
                     not any(g.dep_ in ("mark", "advmod") and g.i < c.i and g.tag_ in ("IN", "WRB", "RB")
                             for g in c.children)), None)
    if unmarked is not None:  # 'said, as a taxpayer, he is not willing': no subordinator, so a said clause
        first = next((t for t in doc[cue.i + 1:unmarked.i] if t.text == "," and t.i > cue.i + 1), None)
        return ((first.i + 1) if first is not None else unmarked.left_edge.i), _clause_end(unmarked)
    if any(c.dep_ == "dobj" for c in kids) and cue.lemma_.lower() not in ADDRESSEE_VERBS:
        return None  # 'declare an emergency at once that ...': the clause may be the object's
    for j in range(cue.i + 1, min(cue.i + 14, s1 - 2)):
        t = doc[j]
        if t.tag_ in FINITE_TAGS or t.pos_ in ("VERB", "AUX") or t.text in DISPLACED_STOPS or \
                t.lower_ in ("which", "who", "whom", "whose", "what", "whether", "if", "because", "when", "while"):
            return None
        if t.lower_ != "that" or j == cue.i + 1:
            continue
        prev = doc[j - 1]
        channel = prev.dep_ == "pobj" and prev.head.head.i == cue.i  # 'said in a statement that ...'
        if prev.text == "," or prev.lower_ in THAT_SUBORDINATORS or \
                (prev.lemma_.lower() in NOUNS_WITH_CLAUSE and not channel):
            return None  # 'so that ...', 'his claim that ...': a subordinate clause or the noun's own clause
        verb = next((v for v in doc[j + 1:min(j + 10, s1)] if v.dep_ in ("nsubj", "nsubjpass", "expl") and
                     v.head.i > v.i and v.head.pos_ in ("VERB", "AUX") and v.head.i < s1), None)
        if verb is None:
            return None
        head = verb.head
        own = t.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and doc[j + 1].text != "," and t.head.i in (
            head.i, *[x.i for x in head.children if x.dep_ == "xcomp"]) and \
            sum(1 for x in t.head.children if x.dep_ == t.dep_) < 2
        if head.i == cue.i or cue in head.subtree or own:
            return None  # 'said in the letter that he wrote': 'that' is the relative clause's own object
        if not any(v.tag_ in FINITE_TAGS for v in [head, *head.children] if v.dep_ in ("ROOT", "aux", "auxpass") or
                   v is head):
            return None
        return j + 1, max(_clause_end(head), head.i + 1)
    return None


MEDIA_ROLES = frozenset(speech_cues().roles["media_roles"])
QUESTION_WORDS = {"whether", "if", "why", "how", "what", "where", "who"}


def _asked_by(doc, index, cue):
    """'X was asked by a reporter whether ...', 'When asked by a reporter if ...', 'X was asked whether she had
    seen the cable by Rep. Y': a passive 'asked' with its asker named after 'by' reports the question it puts
    (the parser hung the question or the agent on another word): ((start, end) of the question, the asker's
    head). None without a named asker ('Asked why ..., he said' names only who was asked)."""
    if cue.lemma_.lower() != "ask" or cue.tag_ not in ("VBN", "VBD") or index.in_quote(cue.idx) is not None or \
            any(c.dep_ in ("nsubj", "neg") for c in cue.children):
        return None
    passive = any(c.dep_ == "auxpass" for c in cue.children) or doc[cue.i - 1].lower_ in ("when", "after", "once")
    if not passive:
        return None
    s1 = min(index.sentence(cue.i)[1], len(doc))
    q = None
    for t in doc[cue.i + 1:min(cue.i + 14, s1)]:
        if t.lower_ in QUESTION_WORDS:
            q = t
            break
        if t.tag_ in FINITE_TAGS or t.text in DISPLACED_STOPS or t.text == ",":
            return None
    if q is None or q.head.i <= q.i or q.head.i >= s1:
        return None
    head = q.head
    agent = next((c for c in cue.children if c.dep_ == "agent" and c.i < q.i), None)
    end = max(_clause_end(head), head.i + 1)
    if agent is None:  # 'asked whether she had seen the cable by Rep. Y': the asker hung on the question's verb
        agent = next((c for c in doc[q.i + 1:end] if c.lower_ == "by" and (c.dep_ == "agent" or (
            c.dep_ == "prep" and any(g.dep_ == "pobj" and (g.ent_type_ in ("PERSON", "ORG", "NORP") or g.lemma_ in
                                                         MEDIA_ROLES) for g in c.children))) and not any(
            g.dep_ == "auxpass" for g in c.head.children)), None)
        if agent is None:
            return None
        end = agent.i
    asker = next((g for g in agent.children if g.dep_ == "pobj"), None)
    if asker is None or asker.pos_ not in ("NOUN", "PROPN"):
        return None
    return (q.i, end), asker


def _subject_phrase(cue, subj, index) -> Speaker | None:
    """'Two heartland states filed ..., saying that ...', 'the bill's proponents have disputed ...': a common-noun
    subject that names no person or body the index knows still says it; the phrase speaks (no place, so a later
    description does not hand it on), rather than the statement being dropped."""
    if subj.pos_ != "NOUN" or subj.dep_ not in ("nsubj", "nsubjpass") or \
            index.in_quote(subj.idx) is not None or subj.lemma_.lower() in DOCUMENTS:
        return None
    doc = cue.doc
    mid = not subj.is_sent_start and doc[subj.i - 1].text not in ("\n", "\n\n") and not doc[subj.i - 1].is_space
    named = (subj.text[:1].isupper() and subj.text.isalpha() and mid) or any(  # 'Twitter', 'Trump' tagged as nouns
        c.dep_ == "amod" and c.text[:1].isupper() and (c.ent_type_ == "NORP" or c.tag_ == "JJ") and not c.is_sent_start
        for c in subj.children)  # 'Republican leadership', 'the Kestrian account'
    bare = subj.tag_ == "NN" and subj.text[:1].isupper() and subj.text.isalpha() and not any(True for _ in subj.children)
    agent = subj.tag_ == "NNS" and subj.lower_.endswith(AGENT_ENDINGS)  # 'proponents', 'organisers'
    if not (named or bare or agent):  # 'Twitter at the time said': a one-word name the tagger missed
        return None
    words = noun_phrase(subj)
    if not words or len(words.split()) > 8:
        return None
    return Speaker(name=words, entity=None, mention=words, start=None, end=None)


def _relative_antecedent(doc, s0: int, cue):
    """'The sheriff, who ... and has long backed the law, said that ...' parsed with the subject lost inside the
    relative clause: the noun before ', who' that opens the sentence, when a comma comes right before the cue."""
    if cue.i < 1 or doc[cue.i - 1].text != "," or cue.tag_ not in ("VBD", "VBZ"):
        return None
    for j in range(s0 + 2, min(cue.i - 2, s0 + 12)):
        if doc[j].lower_ == "who" and doc[j - 1].text == ",":
            ante = doc[j - 2]
            if ante.pos_ in ("NOUN", "PROPN") and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[s0:j - 1]):
                return ante
            return None
    return None


FINITE = ("VBD", "VBZ", "VBP", "MD")
ASIDE_DASHES = {"--", "\u2014", "\u2013"}


def _contracted_modal(doc, cue, rng: tuple[int, int]) -> tuple[int, int]:
    """'insisting that he'd rather Congress approve the funds': the parser made the clitic modal "'d" a clause
    of its own and hung the rest on the cue as a second clause; the statement runs to the end of that one."""
    modal = next((t for t in doc[rng[0]:rng[1]] if t.tag_ == "MD" and t.dep_ == "ccomp" and t.head.i == cue.i and
                  t.text.startswith(("'", "\u2019"))), None)
    if modal is None:
        return rng
    nxt = next((c for c in cue.children if c.dep_ in ("ccomp", "xcomp") and c.i > modal.i and
                c.left_edge.i <= rng[1] + 1), None)
    return (rng[0], _clause_end(nxt)) if nxt is not None else rng


def _aside_end(doc, cue, rng: tuple[int, int]) -> tuple[int, int]:
    """'<A> -- the White House says <B> -- and <C>': an aside between dashes ends at the closing dash."""
    subj = subject_of(cue)
    first = subj.left_edge.i if subj is not None and subj.i < cue.i else cue.i
    if first == 0 or doc[first - 1].text not in ASIDE_DASHES:
        return rng
    close = next((j for j in range(rng[0], rng[1]) if doc[j].text in ASIDE_DASHES), None)
    return (rng[0], close) if close is not None and close > rng[0] + 1 else rng


def _apposed_subject(doc, s0: int, cue):
    """'Senator Ada Lark of Kent, the majority leader and a Democrat facing a hard race, said that ...' parsed
    with the subject lost among its appositions: the head of the noun phrase that opens the sentence (after an
    opening 'After the vote,'), when only appositions (no finite verb) stand between it and ', said'."""
    if cue.i < 1 or doc[cue.i - 1].text != "," or cue.tag_ not in ("VBD", "VBZ"):
        return None
    start = s0
    if doc[s0].pos_ in ("ADP", "ADV", "SCONJ"):
        comma = next((j for j in range(s0 + 1, min(cue.i, s0 + 10)) if doc[j].text == ","), None)
        if comma is None or any(doc[j].tag_ in FINITE for j in range(s0, comma)):
            return None
        start = comma + 1
    if any(doc[j].tag_ in FINITE for j in range(start, cue.i)) or cue.i - start > 40:
        return None
    for j in range(start, cue.i):
        t = doc[j]
        if t.is_punct:
            return None
        if t.pos_ in ("PROPN", "NOUN") and t.dep_ not in ("compound", "amod", "nmod", "poss"):
            return t if any(doc[k].text == "," for k in range(j + 1, cue.i - 1)) else None
    return None


def _lost_subject_front(doc, index, cue):
    """'<clause>, the committee's senior Democrat said on Wednesday, ...' parsed with the speaker as an
    apposition inside the clause and the cue as its conjunct: ((start, end) of the clause, the speaker's head)."""
    if cue.dep_ != "conj" or cue.tag_ != "VBD" or cue.lemma_.lower() not in FRONTING or cue.head.i > cue.i or \
            any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "ccomp", "neg", "aux") for c in cue.children) or \
            any(c.dep_ == "cc" and c.i < cue.i for c in cue.head.children):
        return None
    s0, _ = index.sentence(cue.i)
    j = cue.i - 1
    while j > s0 and doc[j].text != "," and cue.i - j <= 8:
        j -= 1
    if doc[j].text != "," or j >= cue.i - 1 or j - s0 < 4:
        return None
    phrase = doc[j + 1:cue.i]
    heads = [t for t in phrase if not (j < t.head.i < cue.i) or t.head.i == t.i]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN") or any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return None
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[s0:j]):
        return None
    return (s0, j), heads[0]
