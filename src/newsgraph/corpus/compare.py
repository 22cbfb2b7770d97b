"""Account comparison: align the statements of several reports of one event and say, for
each, which accounts carry it, which omit it and which contradict it.

Works on ``Analysis`` records (from ``analyze`` or loaded back from the store), so it needs
no database. Alignment is lexical (content-word overlap with light stemming), helped by the
speaker and the CAMEO code; with the optional ``semantic`` extra a sentence-embedding
similarity can be passed in as ``similarity``.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field

from ..model import Analysis
from .textsim import content_words

DENIAL_CUES = frozenset({"deny", "denied", "denies", "denying", "downplay", "downplayed", "downplays",
                         "dismiss", "dismissed", "dismisses", "reject", "rejected", "rejects", "refute",
                         "refuted", "dispute", "disputed", "disputes", "play down", "played down",
                         "contradict", "contradicted", "rebut", "rebutted", "deflect", "deflected"})
NEGATION = re.compile(r"\b(?:not|never|no|n't|nothing|neither|nor)\b|n't\b", re.I)
NUMBER = re.compile(r"\b\d[\d,.]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                    r"twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|dozen|dozens)\b", re.I)
_COUNTED = re.compile(r"(?:" + NUMBER.pattern + r")\s+(?:\w+\s+)?(\w+)", re.I)
REFERENCE_NOUNS = frozenset({"comment", "comments", "remark", "remarks", "report", "reports", "claim", "claims",
                             "video", "statement", "statements", "allegation", "allegations", "words",
                             "account", "readout", "footage", "interpretation", "translation"})
_WORD_NUMBERS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
_WORD_NUMBERS.update({"twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "hundred": "100",
                      "thousand": "1000", "dozen": "12"})


def _number(s: str) -> str:
    s = s.lower().replace(",", "").rstrip(".")
    return _WORD_NUMBERS.get(s, s)


_SUFFIXES = ("ingly", "ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly")


def stem(w: str) -> str:
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


@dataclass
class Statement:
    doc: str
    id: str
    kind: str  # direct, partial, indirect, event
    text: str
    speaker: str | None = None
    cue: str | None = None
    cameo: str | None = None
    reported_by: str | None = None
    start: int = 0
    end: int = 0
    country: str | None = None  # the speaker's country (ISO3 or the code a user's actor file gives)

    def terms(self) -> set[str]:
        return {stem(w) for w in content_words(self.text)}

    @property
    def negated(self) -> bool:
        return bool(NEGATION.search(self.text))

    def negated_terms(self) -> set[str]:
        """Stems of the content words that a negation governs ("would not abandon Kestria" -> abandon)."""
        out = set()
        for m in NEGATION.finditer(self.text):
            words = content_words(self.text[m.end():m.end() + 60])
            if words:
                out.add(stem(words[0]))
        return out

    @property
    def numbers(self) -> set[str]:
        return {_number(m.group(0)) for m in NUMBER.finditer(self.text)}

    @property
    def is_denial(self) -> bool:
        return (self.cue or "").lower() in DENIAL_CUES


@dataclass
class Claim:
    id: str
    statements: list[Statement] = field(default_factory=list)
    present_in: list[str] = field(default_factory=list)
    absent_from: list[str] = field(default_factory=list)
    contradicted_by: list[dict] = field(default_factory=list)
    disputed_by: list[dict] = field(default_factory=list)
    only_source: str | None = None

    @property
    def text(self) -> str:
        return max(self.statements, key=lambda s: (s.kind not in ("event", "sentence"), len(s.text))).text

    @property
    def speaker(self) -> str | None:
        names = [s.speaker for s in self.statements if s.speaker]
        return max(names, key=len) if names else None

    def to_dict(self) -> dict:
        return {"id": self.id, "text": self.text, "speaker": self.speaker, "present_in": self.present_in,
                "absent_from": self.absent_from, "contradicted_by": self.contradicted_by,
                "disputed_by": self.disputed_by, "only_source": self.only_source,
                "statements": [asdict(s) for s in self.statements]}


@dataclass
class Account:
    id: str
    outlet: str | None
    published: str | None
    title: str | None


@dataclass
class Comparison:
    accounts: list[Account]
    claims: list[Claim]

    def to_dict(self) -> dict:
        return {"accounts": [asdict(a) for a in self.accounts], "claims": [c.to_dict() for c in self.claims]}


_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019)]?(\s+)(?=[\"\u201c\u2018(]?[A-Z0-9])|\n+")


def sentences(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans (start, end) of a text; good enough to hold the claims not in quotes."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        end = m.start(1) if m.group(1) is not None else m.start()
        if end > start:
            spans.append((start, end))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def statements_of(a: Analysis, with_sentences: bool = True) -> list[Statement]:
    """Quotes, indirect speech, coded events (those not already carried by a quote) and, with
    ``with_sentences``, every other sentence of the body as a reported claim of the outlet."""
    def country(entity_id: str | None) -> str | None:
        e = a.entity(entity_id) if entity_id else None
        return e.country if e else None

    out = [Statement(a.id, q.id, q.kind, q.text, q.speaker.name if q.speaker else None, q.cue,
                     reported_by=q.reported_by, start=q.start, end=q.end,
                     country=country(q.speaker.entity if q.speaker else None)) for q in a.quotes]
    by_id = {s.id: s for s in out}
    for e in a.events:
        if e.quote in by_id:  # a statement event carried by a quote: the quote gets its code
            by_id[e.quote].cameo = e.cameo
            continue
        out.append(Statement(a.id, e.id, "event", e.sentence, e.actor1.name if e.actor1 else None, e.trigger,
                             cameo=e.cameo, start=e.start, end=e.end,
                             country=country(e.actor1.entity if e.actor1 else None)))
    if with_sentences and a.text:
        covered = sorted((x.start, x.end) for x in out if x.end > x.start)
        body = a.text.find("\n\n") + 2 if a.title and a.text.startswith(a.title) else 0
        n = 0
        for s, e in sentences(a.text):
            if s < body or len(content_words(a.text[s:e])) < 4:
                continue
            if any(cs < e and s < ce for cs, ce in covered):
                continue
            n += 1
            out.append(Statement(a.id, f"t{n}", "sentence", a.text[s:e], start=s, end=e))
    out.sort(key=lambda x: x.start)
    return out


def _speaker_key(name: str | None) -> str | None:
    if not name:
        return None
    toks = [t for t in re.findall(r"[a-z]+", name.lower()) if t not in {"the", "mr", "mrs", "ms", "dr", "s"}]
    return toks[-1] if toks else None


def similarity(a: Statement, b: Statement, ta: set[str], tb: set[str]) -> float:
    if not ta or not tb:
        return 0.0
    common = len(ta & tb)
    dice = 2 * common / (len(ta) + len(tb))
    small = min(len(ta), len(tb))
    score = dice if small < 3 else 0.5 * common / small + 0.5 * dice
    ka, kb = _speaker_key(a.speaker), _speaker_key(b.speaker)
    if ka and kb:
        score += 0.12 if ka == kb else -0.08
    if a.cameo and b.cameo and a.cameo[:2] == b.cameo[:2]:
        score += 0.08
    return score


def compare(analyses: Sequence[Analysis], threshold: float = 0.42,
            similarity_fn: Callable[[Statement, Statement], float] | None = None) -> Comparison:
    """Align statements across accounts and mark presence, omission and contradiction."""
    accounts = [Account(a.id, a.outlet, a.published, a.title) for a in analyses]
    claims: list[Claim] = []
    members: list[list[tuple[Statement, set[str]]]] = []
    for a in sorted(analyses, key=lambda x: (x.published or "", x.id)):
        for st in statements_of(a):
            terms = st.terms()
            best, best_sim = None, threshold
            for ci, mem in enumerate(members):
                for other, oterms in mem:
                    if other.doc == st.doc:
                        continue
                    sim = similarity(st, other, terms, oterms)
                    if similarity_fn is not None:
                        sim = max(sim, similarity_fn(st, other))
                    if sim >= best_sim:
                        best, best_sim = ci, sim
            if best is None:
                claims.append(Claim(id=f"c{len(claims) + 1}"))
                members.append([])
                best = len(claims) - 1
            claims[best].statements.append(st)
            members[best].append((st, terms))
    ids = [a.id for a in accounts]
    outlet = {a.id: a.outlet or a.id for a in accounts}
    for c in claims:
        docs = []
        for s in c.statements:
            if s.doc not in docs:
                docs.append(s.doc)
        c.present_in = docs
        c.absent_from = [d for d in ids if d not in docs]
        if len(docs) == 1 and len(ids) > 1:
            s0 = c.statements[0]
            c.only_source = s0.reported_by or outlet[s0.doc]
    for c, mem in zip(claims, members, strict=True):
        _contradictions(c, mem, threshold)
    _disputes(claims, members)
    return Comparison(accounts, claims)


def _contradictions(c: Claim, mem: list[tuple[Statement, set[str]]], threshold: float) -> None:
    """Compare each aligned pair of statements from different accounts: denial against claim,
    negated against plain, or different numbers for the same thing."""
    seen: set[str] = set()
    for i, (a, ta) in enumerate(mem):
        for b, tb in mem[i + 1:]:
            if a.doc == b.doc or b.doc in seen or similarity(a, b, ta, tb) < threshold:
                continue
            reason = None
            if a.is_denial != b.is_denial:
                reason = b.cue if b.is_denial else a.cue
            elif _negation_flip(a, ta, b, tb):
                reason = "negation"
            elif a.numbers and b.numbers and not (a.numbers & b.numbers) and _same_counted_thing(a, b):
                reason = f"numbers differ: {', '.join(sorted(a.numbers))} vs {', '.join(sorted(b.numbers))}"
            if reason:
                seen.add(b.doc)
                c.contradicted_by.append({"document": b.doc, "statement": b.id, "reason": reason, "text": b.text,
                                          "against": {"document": a.doc, "statement": a.id, "text": a.text}})


def _negation_flip(a: Statement, ta: set[str], b: Statement, tb: set[str]) -> bool:
    """One statement negates a word that the other asserts ("will not abandon" / "will abandon")."""
    na, nb = a.negated_terms(), b.negated_terms()
    return bool((na - nb) & tb) or bool((nb - na) & ta)


def _same_counted_thing(a: Statement, b: Statement) -> bool:
    """Do the two statements count the same nouns (the words right after their numbers)?"""
    def counted(s: Statement) -> set[str]:
        return {stem(m.group(1).lower()) for m in _COUNTED.finditer(s.text)}
    ca, cb = counted(a), counted(b)
    return not ca or not cb or bool(ca & cb)


def _disputes(claims: list[Claim], members: list[list[tuple[Statement, set[str]]]]) -> None:
    """Link denials and downplaying ("the spokesperson downplayed the comments") to the claims they answer.

    A denial answers a claim of another account when they share content, or when it refers to
    "the comments"/"the video"/"the claims" and either names the claim's speaker or comes from
    the same country as the speaker of a claim that only one account carries (a spokesperson
    playing down her own minister's words as reported by the other side).
    """
    ref_stems = {stem(w) for w in REFERENCE_NOUNS}
    for c, mem in zip(claims, members, strict=True):
        for st, terms in mem:
            if not st.is_denial:
                continue
            refers = bool(terms & ref_stems)
            content = terms - ref_stems
            for other, omem in zip(claims, members, strict=True):
                if other is c or all(s.doc == st.doc and s.speaker == st.speaker for s, _ in omem):
                    continue
                overlap = max((len(content & (t - ref_stems)) / max(1, min(len(content), len(t)))
                               for _, t in omem), default=0)
                named = False
                if refers:
                    key = _speaker_key(other.speaker)
                    named = bool(key and (key in st.text.lower() or stem(key) in terms))
                same_side = bool(refers and st.country and len(other.present_in) == 1
                                 and other.present_in[0] != st.doc
                                 and any(s.country == st.country for s, _ in omem))
                if overlap >= 0.3 or same_side or (named and _speaker_key(other.speaker) != _speaker_key(st.speaker)):
                    other.disputed_by.append({"document": st.doc, "statement": st.id, "speaker": st.speaker,
                                              "cue": st.cue, "text": st.text})
