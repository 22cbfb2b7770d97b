"""Indirect (reported) speech: the clause a cue verb or noun reports, with its speaker. What a verb reports is
found in ``reported_content.py``, special constructions and cue nouns in ``reported_constructions.py``, the
clause's bounds in ``clause_bounds.py``, clauses the parser hung elsewhere in ``indirect_displaced.py``, where a
statement's span ends in ``indirect_ends.py``, speakers of cues with no usable subject in
``indirect_speakers.py``."""
from __future__ import annotations

from ..model import Quote, Speaker
from .clause_bounds import (
    _all_quoted,
    _opens_quote_after_comma,
    _span_chars,
    _within_paragraph,
)
from .cleft_reports import cleft_clause
from .cues import speech_cues
from .datelines import dateline_end_at
from .fronted_spans import _fronted_clause
from .headline_fronts import OfficeQuote, OfficeSpeaker, headline_front, headline_speaker
from .indirect_candidates import cue_candidates
from .indirect_displaced import (
    _as_reported,
    _asked_by,
    _clause_in_adjunct,
    _displaced_clause,
    _lost_subject_front,
    _tail_attribution,
    _told_bare_clause,
)
from .indirect_ends import (
    APPEAL_VERBS,
    _aside_end,
    _contracted_modal,
    _elaboration_tail,
    _own_infinitive,
    _parallel_that_clauses,
    _past_event_cut,
    _second_cue_cut,
)
from .indirect_features import object_range, unlisted_cue
from .indirect_filters import unreported
from .indirect_model import candidate_judge
from .indirect_relays import fronted_relays, relayed_statements
from .indirect_speakers import (  # noqa: F401  (_relative_antecedent re-exported: importable from here as before)
    DOCUMENTS,
    _fallback_speaker,
    _relative_antecedent,
    _subject_phrase,
)
from .names import noun_phrase
from .nested_act_nouns import drop_nested_act_nouns
from .readout_pronouns import readout_pronoun_speaker
from .relative_labels import THINGS, free_relative_label, label_holder
from .reported_constructions import _noun_content, noun_owner_token
from .reported_content import _content
from .reported_shapes import said_object, stated_object, telegraphic_said
from .saying_occasions import occasion_cut
from .speaker_conjuncts import speaker_conjunct_cut
from .speakers import addressee_of, channel_of, date_of, speaker_from, speaker_of_cue, subject_of
from .text_lines import line_start

__all__ = ["indirect_quotes"]

JUDGING_VERBS = speech_cues().roles["judging_verbs"]


def _after_quote(doc, index, cue, s: int) -> bool:
    """'"...," she said, her voice rising': the cue attributes the quote just before it. When the quote's words
    end before a comma inside the marks ('"We don't know," he said, because ...'), only a statement starting
    inside the quotation (at ``s``) is the quote run on into its attribution; not one starting before the
    opening mark (a mixed quote: 'Wikileaks "does not keep such records," Assange wrote') or after the cue."""
    subj = subject_of(cue)
    first = min(cue.i, subj.left_edge.i if subj is not None and subj.i < cue.i else cue.i)
    j = first - 1
    while j >= 0 and doc[j].is_punct and doc[j].text not in ('"', "”", "’", "'"):
        j -= 1
    if j < 0 or doc[j].text not in ('"', "”", "’", "'"):
        return False
    q = index.in_quote(doc[j].idx - 1)
    if q is None and doc[j].idx > 1 and index.text[doc[j].idx - 1] == ",":
        q = index.in_quote(doc[j].idx - 2)  # the words end before the comma inside the marks
        if q is None or not q.start <= s < q.end:
            return False
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
    cue_at: dict[int, object] = {}  # id(quote) -> its cue token
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
            k = _repeats(q, out, cue, cue_at)
            if k is None:
                out.append(q)
            elif q.end - q.start < out[k].end - out[k].start:
                cue_at.pop(id(out[k]), None)
                out[k] = q  # the tighter span of the two: the clause without its cue
            else:
                continue
            cue_at[id(q)] = cue
    out = drop_nested_act_nouns(doc, out, cue_at, {t.i for t in noun_tokens})  # 'resisting demands to ..., he said'
    out = relayed_statements(out, cue_at, cue_ids, index)  # '<clause>, the minister said, AFP reports': the minister's clause
    return fronted_relays(out, cue_at, cue_ids, doc, index)  # 'X said <clause>, AFP reported': two statements


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


def _inner_quote_follows(doc, index, cue, cue_ids: set[int], s: int, e: int) -> bool:
    """Another cue verb with its own subject inside [s, e) is followed by a comma or colon and a quotation that
    runs to the span's end ('..., he said, "We'll see how we do."'); not a document's words in a relative clause
    ('violated the part of the code that says: "Whoever ..."', the outer speaker's own clause)."""
    if not index.quote_ends_by(e, e - 3):
        return False  # no quotation starting by ``e`` ends at e - 3 or later: ``_quote_follows`` holds for no token
    span = doc.char_span(s, e, alignment_mode="expand")
    return span is not None and any(
        t.i in cue_ids and t.i != cue.i and t.pos_ in ("VERB", "AUX") and t.dep_ != "relcl" and
        any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in t.children) and
        _quote_follows(index, t.idx + len(t.text), e)
        for t in span)


def _reports_cue(q: Quote, cue) -> bool:
    """Whether ``q``'s span holds ``cue`` as a verb with its own subject in the span: a report inside a report ('X
    said he had urged Y to ...', 'they said they had agreed to ...'), two statements, not one through two cues."""
    if cue is None or not q.start <= cue.idx < q.end or cue.pos_ not in ("VERB", "AUX") or \
            cue.lemma_.lower() in JUDGING_VERBS:  # 'X said he found the remarks unbefitting': one statement
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and q.start <= c.idx < q.end for c in cue.children)


def _repeats(q: Quote, found: list[Quote], cue=None, cue_at: dict | None = None) -> int | None:
    """Index of a quote where the same speaker reports almost the same span through another cue, else None; not one
    of two where one reports the other's cue (``q``'s is ``cue``, the others' in ``cue_at``: 'X said he urged Y to
    ...')."""
    if q.speaker is None:
        return None
    name, qs, qe = q.speaker.name, q.start, q.end
    ql = qe - qs
    for k, o in enumerate(found):
        if o.end <= qs or o.start >= qe or o.speaker is None or o.speaker.name != name:
            continue  # (no overlap, or another speaker)
        ol = o.end - o.start
        inter = min(o.end, qe) - max(o.start, qs)
        if inter > 0 and inter >= 0.8 * min(ol, ql) and abs(ol - ql) <= 0.25 * max(ol, ql) and \
                not _reports_cue(o, cue) and not _reports_cue(q, (cue_at or {}).get(id(o))):
            return k  # (the spans' overlap first: the parse is read only for a near-copy)
    return None


def _one(doc, index, cue, is_noun: bool, cue_ids: set[int], published: str | None,
         said_by: dict[int, Speaker] | None = None, full: bool = False) -> tuple[Quote | None, str | None]:
    """The indirect quote one cue introduces and the name of the guard that drops it (None: the rules keep it);
    (None, None) when the cue reports nothing. Without ``full`` a dropped statement is not built (None, guard);
    with it (the candidate trace, indirect_trace.py) it is, span and speaker, and cues reporting no clause
    offer their object ('praised the coalition', guard "np_object") or the clause a rule of _content refused
    ('did not say whether ...', guard "clause_dropped") as candidates."""
    guard = None
    label = None if is_noun else free_relative_label(doc, cue)  # 'over what they called grave abuses': the label
    rng = _noun_content(cue) if is_noun else label or (_content(cue, index) or _told_bare_clause(cue) or
                                              _displaced_clause(cue, index) or _clause_in_adjunct(cue, index) or
                                              telegraphic_said(cue, index) or cleft_clause(cue))
    lost = None if is_noun or rng is not None else (_lost_subject_front(doc, index, cue) or
                                                    _asked_by(doc, index, cue) or headline_front(doc, index, cue))
    if lost is not None:  # '<clause>, the committee's senior Democrat said on Wednesday': the parser lost the subject
        rng = lost[0]
    tail = _tail_attribution(doc, index, cue) or _as_reported(doc, index, cue) if rng is None and not is_noun else None
    if rng is None and tail is None and not is_noun:
        rng = stated_object(cue) or said_object(cue, index)  # 'pledged $3 billion for ...', 'claimed a major
        # breakthrough on ...', 'said many of those voters ... used to vote ...'
    if rng is not None and not is_noun and cue.dep_ == "acl" and cue.tag_ == "VBG" and \
            cue.head.lemma_.lower() in DOCUMENTS and not any(t.pos_ in ("VERB", "AUX") for t in doc[rng[0]:rng[1]]) \
            and not any(index.in_quote(t.idx) is not None for t in doc[rng[0]:rng[1]]):  # not 'a statement
        # calling the plan "a betrayal"': the document's words quoted, its author's statement
        guard = "document_call"  # 'signed a letter calling for an inquiry': what the letter asks for, not a
        if not full:  # reported clause
            return None, guard
    if rng is not None and not is_noun and rng[0] > cue.i:
        rng = _aside_end(doc, cue, rng)
        rng = _contracted_modal(doc, cue, rng)
    bounds = _span_chars(doc, *rng, after_cue=rng[0] > cue.i) if rng is not None else tail and tail[0]
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
        e = _elaboration_tail(doc, index, e)  # '..., both in terms of A and B'
        if not is_noun and (cue.lemma_.lower() in APPEAL_VERBS or _own_infinitive(cue)):
            e = _past_event_cut(doc, s, e)  # 'agreed to maintain close contact after their envoys met in X'
        e = _second_cue_cut(doc, cue, cue_ids, s, e)
        if not is_noun:
            e = speaker_conjunct_cut(doc, cue, s, e)  # 'said she had no news and referred reporters to X'
            e = occasion_cut(doc, s, e)  # 'said it will not yield after the leader indicated ...': when it was said
    crossed = bounds[0] < line_start(index.text, cue.idx) if bounds is not None else \
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
    guards = (("all_quoted", lambda: label is None and _all_quoted(index, s, e)),
              # "told BBC Radio 4's the World at One ...": the parser read the possessive as 'is' opening a clause
              ("clitic_start", lambda: index.text[s:s + 3] in ("'s ", "\u2019s ")),
              # 'said in a statement, "We are relieved" at ...': a direct quote, not reported speech
              ("quote_after_comma", lambda: not is_noun and _opens_quote_after_comma(index.text, cue.idx, s)),
              # 'At another point, X said, "We assume ..."': the quotation is all that was said
              ("quote_follows", lambda: not is_noun and s <= cue.idx < e and
               _quote_follows(index, cue.idx + len(cue.text), e)),
              # 'said today -- about the port, he said, "We'll see ..."': a cue inside the span attributes the
              # quotation that runs to its end; a direct quote of that cue, not this cue's statement
              ("inner_quote_follows", lambda: _inner_quote_follows(doc, index, cue, cue_ids, s, e)),
              ("after_quote", lambda: not is_noun and cue.lemma_.lower() not in ("add",) and
               _after_quote(doc, index, cue, s)),
              # the cue verb reports it; 'reiterated his offer to testify' is left to the noun
              ("verb_reports", lambda: is_noun and _verb_reports(cue, cue_ids, index)),
              # 'X, asked whether ..., said', 'at what he called ...', 'to pressure ...': not reported speech
              ("unreported", lambda: label is None and unreported(doc, index, cue, is_noun, s, e) is not None))
    for name, fired in guards:
        if guard is None and fired():
            guard = name
            if not full:
                return None, guard
    if is_noun:
        speaker = speaker_from(noun_owner_token(cue, index), index)
    elif lost is not None or tail is not None:
        speaker = speaker_from((lost or tail)[1], index)
        if lost is not None and len(lost) > 2:  # 'No talks until troops withdraw, says Ardmoor': a named speaker
            speaker = headline_speaker(cue, index, lost[0][1], lost[1], speaker)
        elif speaker is None and lost is not None and cue.lemma_.lower() == "ask" and lost[1].pos_ == "NOUN" and \
                noun_phrase(lost[1]):
            words = noun_phrase(lost[1])  # 'asked by a reporter whether ...': the asker, whoever it is
            speaker = Speaker(name=words, entity=None, mention=words, start=None, end=None)
    else:
        speaker = (label_holder(cue, index, THINGS) if label is not None else None) or \
            speaker_of_cue(cue, index) or _fallback_speaker(cue, index, said_by or {}, cue_ids) or \
            readout_pronoun_speaker(cue, index)  # a readout's 'He calls on ...' after 'The Secretary-General ...'
        if speaker is None:
            subj = subject_of(cue)
            if subj is not None and not (s <= subj.idx < e):  # not 'what proponents call the bill'
                speaker = _subject_phrase(cue, subj, index)
                if speaker is None and full and subj.pos_ in ("NOUN", "PROPN") and noun_phrase(subj):
                    words = noun_phrase(subj)  # a common noun no rule takes for a speaker: a candidate
                    speaker = Speaker(name=words, entity=None, mention=words, start=None, end=None)
                    guard = guard or "common_subject"
    if speaker is None and label is not None:
        speaker = label_holder(cue, index)  # 'The fleet plans ... what it describes as ...': the clause's subject
    if speaker is None:
        return None, guard or "no_speaker"
    if speaker.start is not None and s <= speaker.start < e and not (s <= cue.idx < e):
        guard = guard or "speaker_inside"
        if not full:
            return None, guard
    made = OfficeQuote if isinstance(speaker, OfficeSpeaker) else Quote  # 'says Tory MP': named below, or left out
    return made(id="", text=index.text[s:e], start=s, end=e, kind="indirect", speaker=speaker,
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
    elif noun.dep_ == "dobj" and _own_owner(noun, index):
        return False  # 'rejects the board's claim that ...', 'dismissed claims by X that ...', 'commended the new
        # director's vow to ...': the owner's statement, a second level under the verb's
    return verb.i in cue_ids and _content(verb, index) is not None


def _own_owner(noun, index) -> bool:
    """The cue noun names its own speaker inside its phrase, a name or noun other than a pronoun ('the board's
    claim', 'claims by opposition leader X', 'the new director's vow'; not 'his offer to testify')."""
    owner = noun_owner_token(noun, index)
    return owner is not None and owner.i != noun.i and noun.left_edge.i <= owner.i <= noun.right_edge.i and \
        owner.pos_ in ("NOUN", "PROPN")
