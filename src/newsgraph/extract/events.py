"""CAMEO-coded events from the article's own parse: who did what to whom, when.

For every sentence, tokens whose lemma is in the CAMEO lexicon (one dictionary lookup per
token) become candidate triggers. A trigger is coded by its first matching lexicon row
(object and particle conditions), then adjusted for the clause around it:

- frame words ("pledged to", "urged ... to", "refused to", "threatened to", "demanded")
  wrap the action in their complement; cameo_frames.tsv picks the sub-code;
- negation: a negated cooperative action becomes a rejection ("did not agree" -> 12x);
  negated statements and conflict actions are not events;
- modality: will/would + cooperative action is an intent (03x), will/would/may + conflict
  action a threat (13x); must/should inside reported speech is a demand (10x);
- reporting verbs (say, tell, ...) give a plain statement (010) only when nothing else in the
  sentence is coded and both sides are known actors.

Source and target come from the clause (subject, passive agent, objects and prepositional
objects), resolved through the EntityIndex when it knows the words and coded with
actor_codes otherwise; a pronoun or missing subject inside reported speech is the speaker.

Modules: event_match (lexicon rows a token meets), event_modality (negation, modality),
event_triggers (coding one trigger with its frame), event_actors (actor slots and codes),
event_sentences (the events of one sentence); this module builds the Event records.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from contextvars import ContextVar
from itertools import accumulate

from ..model import Actor, Event, Quote
from .actor_home import settle_actors
from .actor_tables import is_country_code
from .collectors import collecting_into
from .dates import find_dates
from .event_actors import PLACED_ROOTS, SECTOR_ONLY, domestic_pair, place_country, speaker_actor
from .event_lexicon import describe, plover_of, speech_verbs
from .event_model import event_mode, model_events
from .sentence_view import doc_text, doc_view


def _quote_for(tok, sent, quotes: list[Quote]) -> Quote | None:
    best = None
    for q in quotes:
        if q.end <= sent.start_char or q.start >= sent.end_char:
            continue
        if q.start <= tok.idx < q.end:
            return q
        if q.cue and tok.text.lower() == q.cue.split()[-1].lower():
            best = best or q
    return best


VISITS = ("042", "043", "036")
# Prepositions that date an act to a period: "met in Geneva in 2021", "have fought four wars since 2008".
DATING_PREPS = frozenset({"in", "since", "during", "at"})


def _year_of(span_text: str) -> int | None:
    for word in span_text.replace(",", " ").split():
        if len(word) == 4 and word.isdigit() and word[:2] in ("19", "20"):
            return int(word)
    return None


def dated_before(tok, year: int | None) -> bool:
    """The act is dated to a year before the article's ("the two leaders last met in 2021",
    "Russia's invasion of Ukraine in February 2022"): background history, not the news."""
    if year is None:
        return False
    heads = [tok]
    if tok.pos_ in ("NOUN", "PROPN") and tok.head.i != tok.i:
        heads.append(tok.head)  # "held talks in 2019"
    for h in heads:
        for p in h.children:
            if p.dep_ != "prep" or p.lower_ not in DATING_PREPS:
                continue
            for g in p.children:
                if g.dep_ != "pobj":
                    continue
                if g.ent_type_ == "DATE":
                    then = _year_of(" ".join(t.text for t in g.subtree))
                elif p.lower_ == "at":  # "at a 2008 ceremony"
                    then = next((_year_of(m.text) for m in g.children if m.dep_ in ("nummod", "compound", "amod")
                                 and m.ent_type_ == "DATE" and _year_of(m.text)), None)
                else:
                    then = None
                if then is not None and then < year:
                    return True
    return False



# Words of travel: an intended trip ("will go to Texas") is a visit; an intended meeting is not.
TRAVEL_WORDS = frozenset({"visit", "trip", "travel", "tour", "go", "come", "fly", "head", "return", "arrive", "stop"})


def travel_at_home(code: str, a1: Actor | None, a2: Actor | None, lemma: str = "visit") -> bool:
    """"Made fund-raising trips to Illinois and Texas": a visit to a place in the visitor's own
    country is no event between actors ("will meet with Sanders" is no trip)."""
    if code[:3] == "036" and lemma not in TRAVEL_WORDS:
        return False
    return code[:3] in VISITS and a1 is not None and a2 is not None and bool(a1.code) and bool(a2.code) \
        and len(a2.code) == 3 and is_country_code(a2.code) and a1.code[:3] == a2.code


# The trace the current analysis writes to when the caller cannot pass one (analyze(), the CLI).
_TRACE: ContextVar[list | None] = ContextVar("event_trace", default=None)


def tracing():
    """Collect, while the block runs, why coded triggers gave no event: a list of
    (token, code, reason) that every extract_events call inside the block appends to."""
    return collecting_into(_TRACE)


def _voiced(idx: list[int], lower: list[str], start: int, end: int, q_start: int, q_end: int,
            cue: str | None) -> list[int]:
    """Token positions of the sentence ``start``..``end``, in order, whose character offset falls
    inside the quote (``q_start``..``q_end``) or whose lower-case form is the quote's cue word: a
    range found by bisection (offsets grow with position) and the cue found by list search."""
    lo = bisect_left(idx, q_start, start, end)
    hi = bisect_left(idx, q_end, lo, end)
    if cue is None:
        return list(range(lo, hi))
    return [*_found(lower, cue, start, lo), *range(lo, hi), *_found(lower, cue, hi, end)]


def _found(words: list[str], word: str, start: int, end: int) -> list[int]:
    out = []
    i = start
    try:
        while True:
            i = words.index(word, i, end)
            out.append(i)
            i += 1
    except ValueError:
        return out


def _quotes_near(quotes: list[Quote]):
    """(start, end) -> the positions, in order, of the quotes that may overlap char range [start, end): with the
    quotes in order of their start, those starting before ``end`` whose running maximum end passes ``start`` (two
    bisections, not a walk over every quote per sentence); all positions otherwise."""
    starts = [q.start for q in quotes]
    if any(a > b for a, b in zip(starts, starts[1:], strict=False)):
        return lambda start, end: range(len(quotes))
    reach = list(accumulate((q.end for q in quotes), max))
    return lambda start, end: range(bisect_right(reach, start), bisect_left(starts, end))


def extract_events(doc, index, quotes: list[Quote], published: str | None, trace: list | None = None
                   ) -> list[Event]:
    """CAMEO-coded events of one parsed document (see the module docstring). ``trace``, when given
    (or set by ``tracing()``), collects (token, code, reason) for each coded trigger not emitted."""
    trace = _TRACE.get() if trace is None else trace
    dates = find_dates(doc, published)
    pub = published[:10] if published and len(published) >= 10 and published[4] == "-" else None
    pub_year = int(pub[:4]) if pub and pub[:4].isdigit() else None
    events: list[Event] = []
    quotes = quotes or []
    view = doc_view(doc)  # plain token lists shared by every event step (sentence_view)
    view.memo.clear()  # actors coded on an earlier run (another actor file since?) are coded again
    idx, lower = view.idx, view.lower
    text = doc_text(doc)  # (a sentence's words sliced from it: Span.text makes a Token per word)
    quote_actors: dict[int, Actor | None] = {}  # quote position -> its coded speaker, worked out once
    near = _quotes_near(quotes)
    coder = event_mode()  # (read once per document: the same for each of its sentences)
    for sent in doc.sents:
        speakers: dict[int, Actor] = {}
        voices: dict[int, Actor] = {}  # every quoted token -> its speaker, coded or not
        start_char, end_char = sent.start_char, sent.end_char
        for n in near(start_char, end_char):
            q = quotes[n]
            if q.end <= start_char or q.start >= end_char:
                continue
            if n not in quote_actors:
                quote_actors[n] = speaker_actor(q, index)
            actor = quote_actors[n]
            voice = actor or (Actor(q.speaker.name, None, q.speaker.entity) if q.speaker and q.speaker.name else None)
            if voice is None:
                continue
            cue = q.cue.split()[-1].lower() if q.cue else None
            for i in _voiced(idx, lower, sent.start, sent.end, q.start, q.end, cue):
                voices[i] = voice
                if actor is not None:
                    speakers[i] = actor
        found = model_events(sent, index, speakers, voices, trace, coder)  # the rules, then the model (event_model)
        if not found:
            continue
        # the first date of the sentence, unless it is after the article (a planned exercise, "next year"): an
        # act the article reports happened by the day it was published, so that day dates it (as GDELT does)
        date = next((iso for s, e, iso in dates if s >= sent.start_char and e <= sent.end_char
                     and (pub is None or iso[:10] <= pub)), None) or pub
        for c, a1, a2 in found:
            a1, a2 = domestic_pair(a1, a2)  # the document's home country: actor_home.settle_actors below
            if c.code[:2] in PLACED_ROOTS and a1 is not None and a1.code and a1.code[:3] in SECTOR_ONLY:
                where = place_country(c.tok)
                if where:  # "protesters marched through central London" -> GBRCVL
                    a1 = Actor(a1.name, where + a1.code[:3], a1.entity)
            a1, a2 = settle_actors(a1, a2, c.tok, c.code)  # countries the sentence/document fixes (actor_home)
            if travel_at_home(c.code, a1, a2, c.tok.lemma_.lower()) or dated_before(c.tok, pub_year):
                if trace is not None:
                    trace.append((c.tok, c.code, "visit at home" if travel_at_home(
                        c.code, a1, a2, c.tok.lemma_.lower()) else "dated before the article"))
                continue
            row = describe(c.code)
            plover, mode = plover_of(c.code)
            q = _quote_for(c.tok, sent, quotes) if c.code[:2] in ("01", "02", "03", "05", "10", "11", "12", "13") \
                or c.speech or c.tok.lemma_.lower() in speech_verbs() else None
            events.append(Event(
                id=f"v{len(events) + 1}", actor1=a1, actor2=a2, cameo=c.code, root=c.code[:2],
                goldstein=row.goldstein if row else None, quad_class=row.quad_class if row else None,
                plover=plover, plover_mode=mode, start=sent.start_char, end=sent.end_char,
                sentence=text[sent.start_char:sent.end_char], date=date, quote=q.id if q else None, negated=c.negated,
                trigger=c.tok.text))
    return events
