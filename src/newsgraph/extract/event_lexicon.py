"""The CAMEO tables the event coder reads: code table, trigger lexicon, frames, PLOVER map.

All of it is data in ``newsgraph/data`` (see the header of each file), loaded once per process.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import LexiconError, alternatives, data_rows

FRAMES = ("INTENT", "APPEAL", "DEMAND", "REJECT", "THREATEN")
# A lexicon row coded NONE stops the lemma's later rows: "meet the standards" is no meeting.
NO_EVENT = "NONE"
# Frame words that only make an event when the action they wrap is itself codable
# ("hoped to ..." alone is no event; "pledged to ..." is).
WEAK_FRAMES = frozenset({"hope", "plan", "decide", "resolve", "propose", "undertake", "fail", "order",
                         "press", "ask", "invite", "encourage", "open", "determined", "prepared",
                         "committed", "ready", "willing", "volunteer", "intend", "proposal", "request",
                         "seek", "resist", "dismiss", "decline", "commitment", "readiness", "willingness",
                         "push", "offer", "call", "appeal", "promise", "pledge"})


@dataclass(frozen=True)
class CameoCode:
    code: str
    goldstein: float
    root: str
    quad_class: int
    name: str


@dataclass(frozen=True)
class Entry:
    code: str  # a CAMEO code, or a frame name ("INTENT") for frame words
    pos: str  # V, N, A
    lemma: str
    objects: frozenset[str]
    particle: str | None

    @property
    def frame(self) -> str | None:
        return self.code if self.code in FRAMES else None


@lru_cache(maxsize=1)
def cameo_codes() -> dict[str, CameoCode]:
    table = {}
    for row in data_rows("cameo_codes.tsv"):
        code, goldstein, root, quad, name = row[:5]
        table[code] = CameoCode(code, float(goldstein), root, int(quad), name)
    return table


# In priority order: for one lemma, the first matching row of the first file wins.
LEXICON_FILES = ("cameo_lexicon.tsv", "cameo_lexicon_more.tsv", "cameo_lexicon_coop.tsv",
                 "cameo_lexicon_conflict.tsv", "cameo_lexicon_harvest.tsv")


@lru_cache(maxsize=1)
def lexicon() -> dict[tuple[str, str], tuple[Entry, ...]]:
    """(pos, lemma) -> entries in file order (specific rows first)."""
    codes = cameo_codes()
    out: dict[tuple[str, str], list[Entry]] = {}
    # the broader-vocabulary files come after the main one: for a lemma, earlier files' rows keep priority
    for name, row in [(n, r) for n in LEXICON_FILES for r in data_rows(n)]:
        row = list(row) + [""] * (5 - len(row))
        code, pos, lemma, objects, particle = row[:5]
        code = code.lstrip("@")
        if code not in FRAMES and code not in codes and code != NO_EVENT:
            raise LexiconError(f"{name}: unknown CAMEO code {code!r} for {lemma!r}")
        entry = Entry(code, pos, lemma.lower(), frozenset(o.lower() for o in alternatives(objects)),
                      particle.lower() or None)
        out.setdefault((pos, entry.lemma), []).append(entry)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def frames() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for frame, prefix, result in data_rows("cameo_frames.tsv"):
        table.setdefault(frame, {})[prefix] = result
    return table


def framed_code(frame: str, inner: str | None) -> str:
    """The code for ``frame`` wrapping an action coded ``inner`` (longest prefix wins)."""
    table = frames()[frame]
    if inner:
        for n in range(len(inner), 1, -1):
            hit = table.get(inner[:n])
            if hit:
                return hit
    return table["*"]


@lru_cache(maxsize=1)
def plover_map() -> dict[str, tuple[str, str | None]]:
    out = {}
    for row in data_rows("plover_map.tsv"):
        prefix, category = row[0], row[1]
        mode = row[2] if len(row) > 2 and row[2] else None
        out[prefix] = (category, mode)
    return out


def plover_of(code: str) -> tuple[str | None, str | None]:
    """(PLOVER category, mode) for a CAMEO code; the longest matching prefix decides."""
    table = plover_map()
    category = mode = None
    for n in range(2, len(code) + 1):
        hit = table.get(code[:n])
        if hit:
            category = hit[0]
            mode = hit[1] or (mode if category == hit[0] else None)
    return category, mode


@lru_cache(maxsize=1)
def refinements() -> dict[str, tuple[tuple[frozenset[str], str], ...]]:
    out: dict[str, list[tuple[frozenset[str], str]]] = {}
    for code, words, refined in data_rows("cameo_refine.tsv"):
        out.setdefault(code, []).append((frozenset(alternatives(words)), refined))
    return {k: tuple(v) for k, v in out.items()}


def refine(code: str, words: set[str]) -> str:
    """A sharper sub-code when the words around the trigger call for one (aid + humanitarian -> 073)."""
    for needed, refined in refinements().get(code, ()):
        if needed & words:
            return refined
    return code


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    return frozenset(r[0].lower() for r in data_rows("speech_verbs.tsv"))


@lru_cache(maxsize=1)
def natural_hazards() -> frozenset[str]:
    """Lemmas of natural forces and accidents ("earthquake", "storm"): never the doer of an event."""
    return frozenset(r[0].lower() for r in data_rows("natural_hazards.tsv"))


@dataclass(frozen=True)
class Evaluations:
    """Evaluative words (data/event_evaluations.tsv): (pos, lemma) -> kind, phrases by first lemma."""
    words: dict[tuple[str, str], str]
    phrases: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]


@lru_cache(maxsize=1)
def evaluations() -> Evaluations:
    words: dict[tuple[str, str], str] = {}
    phrases: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for kind, pos, field in data_rows("event_evaluations.tsv"):
        for w in alternatives(field):
            parts = w.lower().split()
            if len(parts) == 1:
                words.setdefault((pos, parts[0]), kind)
            else:
                phrases.setdefault(parts[0], []).append((kind, tuple(parts[1:])))
    return Evaluations(words, {k: tuple(v) for k, v in phrases.items()})


def describe(code: str) -> CameoCode | None:
    """The table row for ``code``, falling back to its parent codes (0312 -> 031 -> 03)."""
    table = cameo_codes()
    for n in range(len(code), 1, -1):
        row = table.get(code[:n])
        if row:
            return row
    return None
