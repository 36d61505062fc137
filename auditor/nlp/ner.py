"""The statistical NER, run only on the texts that asked for it, batched and cached.

The model is loaded on first use (a rules-only audit, or one whose texts never need it, does
not pay the ~1 s load), once per process, with every component but `ner` excluded. Results are
cached per text hash, so a text seen twice (a shared post, a repeated message) runs once.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from auditor.nlp.model import ModelInfo, find_model, load_model

Entity = tuple[int, int, str]
BATCH = 256
_MODELS: dict[str, Any] = {}
_LOCK = threading.Lock()


def _load(info: ModelInfo) -> Any:
    with _LOCK:
        nlp = _MODELS.get(info.package)
        if nlp is None:
            nlp = load_model(info, ner_only=True)
            _MODELS[info.package] = nlp
        return nlp


class NerRunner:
    """Named entities for texts, from one installed spaCy package."""

    def __init__(self, info: ModelInfo, cache_size: int = 50_000) -> None:
        self.info = info
        self._cache: OrderedDict[bytes, list[Entity]] = OrderedDict()
        self._cache_size = cache_size
        self.texts_run = 0  # how many texts went through the model (for benchmarks)

    @classmethod
    def for_preference(cls, preferred: str | None) -> NerRunner | None:
        """None in rules-only mode ("none") or when no model is installed."""
        info = find_model(preferred)
        return cls(info) if info is not None else None

    def entities(self, texts: Sequence[str]) -> list[list[Entity]]:
        keys = [
            hashlib.blake2b(t.encode("utf-8", "surrogatepass"), digest_size=16).digest()
            for t in texts
        ]
        out: list[list[Entity] | None] = []
        todo: dict[bytes, str] = {}
        for key, text in zip(keys, texts, strict=True):
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
            elif key not in todo:
                todo[key] = text
            out.append(hit)
        if todo:
            nlp = _load(self.info)
            for key, doc in zip(todo, nlp.pipe(list(todo.values()), batch_size=BATCH), strict=True):
                ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
                self._cache[key] = ents
                self.texts_run += 1
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return [o if o is not None else self._cache[k] for o, k in zip(out, keys, strict=True)]
