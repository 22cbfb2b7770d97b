"""Where an indirect statement's span ends once the reported clause is found: a past event after a call
('called for X to cancel the summit after ...'), another cue's participle after a comma, further parallel
that-clauses of the same cue, the clause after a contracted modal ("he'd rather ..."), the closing dash of an
aside, the occasion it was said on ('... at a reception for X', '... in a statement Tuesday')."""
from __future__ import annotations

import re

from .clause_bounds import _clause_end
from .cues import FINITE, speech_cues
from .sentence_view import doc_view
from .speakers import is_cue_token, subject_of
from .text_lines import line_end

APPEAL_VERBS = frozenset(speech_cues().roles["request_verbs"]) | {"call", "demand", "appeal", "plead", "pressure"}
AFTER_MARKS = {"after", "following"}
OCCASIONS = frozenset(speech_cues().roles["occasion_nouns"])
OCCASION_PREPS = {"in", "at", "during"}
MEETING_VERBS = frozenset(speech_cues().roles["occasion_meeting_verbs"])  # 'met X in a video call'


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


def _own_infinitive(cue) -> bool:
    """The cue reports its own infinitive ('agreed to maintain ...', 'vowed to rebuild ...'): a deed to come, so
    a past event after it is when or why it was promised (``_past_event_cut``), as for a call."""
    return any(c.dep_ == "xcomp" and c.tag_ == "VB" and c.i > cue.i and
               any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in cue.children)


PARTICIPLE_LINKS = {"while", "before", "after", "by", "and"}


def _second_cue_cut(doc, cue, cue_ids: set[int], s: int, e: int) -> int:
    """'called for the cancellation of the meeting, saying that ...', 'accused X of ..., while insisting that
    ...': a clause that runs on past a comma into another cue's participle ends at the comma (the participle
    reports its own statement). The char offset to end at, else ``e``."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return e
    view = doc_view(doc)  # (positions and the view's words: no Token per word of the span)
    texts = view.text
    for k in range(span.start + 2, span.end):
        if k == cue.i or k not in cue_ids or view.tag[k] != "VBG":
            continue
        j = k - 1
        if view.lower[j] in PARTICIPLE_LINKS:
            j -= 1
        if texts[j] != "," or j <= span.start + 1:
            continue
        return view.idx[j - 1] + len(texts[j - 1])
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
        if new > line_end(text, e):
            return e
        e = new
    return e


ELABORATION = re.compile(r",\s+(?:both|including|particularly|especially|notably|in particular)\b", re.IGNORECASE)


def _elaboration_tail(doc, index, e: int) -> int:
    """'push for sustained support for X, both in terms of military aid and long-term security assurances', 'called
    for more funding, particularly for rural schools': a phrase after a comma that opens with 'both', 'including',
    'particularly' ... spells out what was said (the parser hangs it on a word outside the clause); the span runs on
    to the sentence's end when that phrase has no finite verb, cue or quotation of its own ('both' wants its 'and').
    The new end, else ``e``."""
    m = ELABORATION.match(index.text, e)
    if m is None or index.in_quote(e) is not None:
        return e
    span = doc.char_span(m.end() - len(m.group().split()[-1]), m.end())
    if span is None:
        return e
    first = span[0]
    stop = min(index.sentence(first.i)[1], len(doc))
    while stop - 1 > first.i and (doc[stop - 1].is_punct or doc[stop - 1].is_space):
        stop -= 1
    tail = doc[first.i:stop]
    if stop <= first.i + 1 or "\n" in tail.text or any(
            t.tag_ in FINITE or t.is_quote or is_cue_token(t) for t in tail):
        return e
    if first.lower_ == "both" and not any(t.lower_ == "and" for t in tail):
        return e
    return tail.end_char


ASIDE_DASHES = {"--", "\u2014", "\u2013"}


def _contracted_modal(doc, cue, rng: tuple[int, int]) -> tuple[int, int]:
    """'insisting that he'd rather Congress approve the funds': the parser made the clitic modal "'d" a clause
    of its own and hung the rest on the cue as a second clause; the statement runs to the end of that one."""
    view = doc_view(doc)  # (the view's tags and Tokens: none made per word of the range)
    tags, toks = view.tag, view.tokens
    modal = next((t for k in range(*slice(rng[0], rng[1]).indices(len(toks))) if tags[k] == "MD"
                  for t in (toks[k],) if t.dep_ == "ccomp" and t.head.i == cue.i and
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


def _occasion_cut(doc, index, s: int, e: int) -> int:
    """'affirmed that Vietnam attaches importance to its ties with X at a reception for Y in Hanoi on July 9',
    'decried the launch in a statement Tuesday', 'called for deepening ties in his phone conversations with ...':
    an 'in/at/during' phrase naming the occasion of the statement (a statement, call, reception, interview ...
    with 'a(n)' or a possessive, ``occasion_nouns``) that ends the clause, with at most a day or place after it,
    is where it was said, not what was said. Not under a modal ('would raise it in a call with X': the call is
    to come) and not after a meeting word ('met X in a video call'). The char offset to end at, else ``e``."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) < 4:
        return e
    view = doc_view(doc)  # (the view's words and relations first: a Token only for an occasion preposition)
    lowers, deps = view.lower, view.dep
    for k in range(span.start + 2, span.end):
        if lowers[k] not in OCCASION_PREPS or deps[k] != "prep":
            continue
        t = view.tokens[k]
        obj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if obj is None or obj.lemma_.lower() not in OCCASIONS or not any(
                c.dep_ == "det" and c.lower_ in ("a", "an") or c.dep_ == "poss" and c.tag_ == "PRP$"
                for c in obj.children):
            continue
        if not all(u.is_punct or u.ent_type_ in ("DATE", "TIME", "GPE") or u.dep_ == "advmod" and u.pos_ == "ADV" or u.dep_ == "prep" and u.head in t.ancestors
                   for u in doc[t.right_edge.i + 1:span.end]):
            continue  # the phrase must end the clause (a day or a place may follow)
        verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and (any(g.tag_ == "MD" or g.lower_ == "to" for g in verb.children if g.dep_ == "aux")
                                 or verb.lemma_.lower() in MEETING_VERBS):
            continue
        if t.i == t.head.i + 1 and t.head.pos_ in ("VERB", "AUX") or any(a.dep_ in ("relcl", "acl") for a in t.ancestors if span.start <= a.i):
            continue  # 'the view emerged during a call between X and Y', 'the plan X outlined in his speech': the
            # call or speech is what the statement is about
        if verb is not None and verb.i >= span.start and is_cue_token(verb):
            continue  # 'X told supporters of his plans in a phone call, according to Y': X's call, reported by Y
        if index.in_quote(t.idx) is not None:
            continue  # inside the speaker's own quoted words
        end = t.i
        while end > span.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        return doc[end - 1].idx + len(doc[end - 1].text) if end > span.start + 1 else e
    return e


QUESTIONED = frozenset({"ask", "question", "press", "quiz"})


def _asked_cut(doc, index, s: int, e: int) -> int:
    """'said the border would stay open when asked about the new checks', 'told X he "will fight" when asked about
    comments by Y': a 'when' with the participle of asking and no subject is the question that drew the statement,
    its occasion, not what was said. The char offset to end at, else ``e``."""
    if "when" not in index.text[s:e].lower():
        return e
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) < 4:
        return e
    for t in span[2:-1]:
        if t.lower_ != "when":
            continue
        nxt = doc[t.i + 1]
        if nxt.tag_ != "VBN" or nxt.lemma_.lower() not in QUESTIONED or index.in_quote(t.idx) is not None:
            continue
        end = t.i
        while end > span.start and (doc[end - 1].is_punct and doc[end - 1].text not in ('"', "\u201d") or
                                    doc[end - 1].is_space):
            end -= 1  # (a closing quotation mark stays)
        return doc[end - 1].idx + len(doc[end - 1].text) if end > span.start + 1 else e
    return e


def without_occasions(doc, index, quotes: list) -> list:
    """Every indirect statement, of the general or the readout pass, ends before the occasion it was made on (the
    question that drew it, too: 'when asked about ...')."""
    for q in quotes:
        e = _asked_cut(doc, index, q.start, _occasion_cut(doc, index, q.start, q.end))
        if q.start < e < q.end:
            q.text, q.end = q.text[:e - q.start], e
    return quotes
