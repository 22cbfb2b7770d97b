"""Story clustering: group documents that report the same real-world event.

Incremental single-pass clustering over TF-IDF vectors of names and content words, within a
time window. A document joins the story whose centroid it is most similar to (cosine, at
least ``threshold``) among stories active within ``window_days`` of its date, or starts a new
story. Near-duplicates (syndicated copies) are recognised by shingle overlap and marked, so a
story can count its independent sources.

Pure functions over plain records: the store feeds them documents (text, title, published,
entity names) and writes the labels back.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from .textsim import STOPWORDS, shingle_set

WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+")


@dataclass
class StoryDoc:
    id: str
    text: str
    title: str | None = None
    published: str | None = None
    names: Sequence[str] = ()  # entity names found by analyze (people, organisations, places)


@dataclass
class Story:
    id: int
    members: list[str] = field(default_factory=list)
    centroid: Counter = field(default_factory=Counter)
    norm: float = 1.0  # length of ``centroid``, kept current by ``add``
    first: date | None = None
    last: date | None = None
    duplicates: dict[str, str] = field(default_factory=dict)  # doc id -> the doc it copies


def _date(s: str | None) -> date | None:
    if not s:
        return None
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


def terms(doc: StoryDoc) -> Counter:
    """Weighted bag of terms: content words, capitalised words (names) up-weighted, title twice."""
    c: Counter = Counter()
    for part, weight in ((doc.title or "", 2.0), (doc.text, 1.0)):
        for m in WORD.finditer(part):
            w = m.group(0)
            low = w.lower().strip("'-")
            if len(low) < 3 or low in STOPWORDS:
                continue
            c[low] += weight * (1.6 if w[0].isupper() and m.start() > 0 and part[m.start() - 1] not in ".\n" else 1.0)
    for name in doc.names:
        key = "name:" + " ".join(name.lower().split())
        c[key] += 2.0
    return c


def tfidf(bags: Sequence[Counter]) -> list[dict[str, float]]:
    n = len(bags)
    df: Counter = Counter()
    for b in bags:
        df.update(b.keys())
    out = []
    for b in bags:
        v = {t: (1 + math.log(x)) * math.log((n + 1) / (df[t] + 0.5)) for t, x in b.items() if n < 10 or df[t] <= 0.5 * n}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        out.append({t: x / norm for t, x in v.items()})
    return out


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(t, 0.0) for t, x in a.items())


def _add(story: Story, vec: dict[str, float]) -> None:
    """Add a document vector to a story's centroid and refresh its length (once per document,
    not once per comparison)."""
    story.centroid.update(vec)
    story.norm = math.sqrt(sum(x * x for x in story.centroid.values())) or 1.0


def cluster(docs: Iterable[StoryDoc], threshold: float = 0.15, window_days: int = 7,
            duplicate_jaccard: float = 0.6, seeds: Sequence[Story] = (),
            embeddings: dict | None = None, embedding_weight: float = 0.5,
            first_new_id: int = 1) -> list[Story]:
    """Cluster documents into stories, processing them in date order (undated last).

    ``seeds`` are stories already made (their ``members`` must be among ``docs``): their
    documents stay where they are and new documents may join them. ``embeddings`` (doc id ->
    unit vector, from the ``semantic`` extra) blend embedding cosine into the similarity;
    use a threshold near 0.4 with them (see docs/stories.md). New stories are numbered from
    ``first_new_id`` (or after the highest seed id), so they never reuse a stored id.
    """
    docs = list(docs)
    vecs = tfidf([terms(d) for d in docs])
    pos = {d.id: i for i, d in enumerate(docs)}
    stories: list[Story] = []
    shingles: dict[str, set] = {}
    seeded: set[str] = set()
    emb_sum: dict[int, object] = {}
    for seed in seeds:
        s = Story(id=seed.id)
        for m in seed.members:
            if m in pos:
                i = pos[m]
                s.members.append(m)
                _add(s, vecs[i])
                if embeddings is not None and m in embeddings:
                    emb_sum[s.id] = emb_sum[s.id] + embeddings[m] if s.id in emb_sum else embeddings[m].copy()
                shingles[m] = shingle_set(docs[i].text)
                when = _date(docs[i].published)
                if when:
                    s.first = min(s.first or when, when)
                    s.last = max(s.last or when, when)
                seeded.add(m)
        stories.append(s)
    next_id = max(max((s.id for s in stories), default=0), first_new_id - 1)
    order = sorted((i for i in range(len(docs)) if docs[i].id not in seeded),
                   key=lambda i: (_date(docs[i].published) is None, _date(docs[i].published) or date.min, i))
    for i in order:
        d, v = docs[i], vecs[i]
        when = _date(d.published)
        best, best_sim = None, threshold
        for s in stories:
            if when and s.last and s.first and not (
                    (s.first - when).days <= window_days and (when - s.last).days <= window_days):
                continue
            sim = cosine(v, s.centroid) / s.norm
            if embeddings is not None and d.id in embeddings and s.id in emb_sum:
                e = emb_sum[s.id]
                sim = (1 - embedding_weight) * sim + embedding_weight * float(
                    embeddings[d.id] @ e) / (float(e @ e) ** 0.5 or 1.0)
            if sim >= best_sim:
                best, best_sim = s, sim
        if best is None:
            next_id += 1
            best = Story(id=next_id)
            stories.append(best)
        sh = shingle_set(d.text)
        for other in best.members:
            o = shingles.get(other)
            if o and sh and len(sh & o) / len(sh | o) >= duplicate_jaccard:
                best.duplicates[d.id] = other
                break
        shingles[d.id] = sh
        best.members.append(d.id)
        _add(best, v)
        if embeddings is not None and d.id in embeddings:
            emb_sum[best.id] = emb_sum[best.id] + embeddings[d.id] if best.id in emb_sum else embeddings[d.id].copy()
        if when:
            best.first = min(best.first or when, when)
            best.last = max(best.last or when, when)
    return stories


def labels(stories: Iterable[Story]) -> dict[str, int]:
    return {m: s.id for s in stories for m in s.members}
