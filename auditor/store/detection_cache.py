"""The text-detection cache: an item analysed once is not analysed again.

The key is a hash of everything a detector can see of an item (its text and metadata, but not
which download or array index it came from, which change between downloads). The namespace is
a hash of the detectors' versions, the language model and the profile (pupil list included),
so changing any of them makes every entry a miss instead of a wrong answer.

Pupil names are not stored: a sensitive piece of evidence is kept without its text, which is
taken back from the item's own text (by its offsets) when the entry is used.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Protocol

from auditor.detect.engine import DetectionEngine
from auditor.models.evidence import Evidence, EvidenceKind
from auditor.models.item import Item

_ITEM_EXCLUDE = {"export", "locator"}
FLUSH_EVERY = 8192  # new entries kept in memory at most (the recorder flushes more often)


class TextCache(Protocol):
    def text_cache_get(self, namespace: str, keys: Sequence[bytes]) -> dict[bytes, str]: ...

    def text_cache_put(self, namespace: str, entries: list[tuple[bytes, str]]) -> None: ...


def item_key(item: Item) -> bytes:
    data = item.model_dump_json(exclude=_ITEM_EXCLUDE)
    return hashlib.sha256(data.encode()).digest()[:20]


def namespace(engine: DetectionEngine, salt: str) -> str:
    return hashlib.sha256(f"{engine.version}\x1f{salt}".encode()).hexdigest()[:24]


def dump_evidence(item: Item, evidence: list[Evidence]) -> str:
    rows = []
    for e in evidence:
        row = e.model_dump(mode="json")
        if e.sensitive and e.end > e.start and item.text[e.start : e.end] == e.text:
            row["text"] = None  # recovered from the item's text on load
        rows.append(row)
    return json.dumps(rows, separators=(",", ":"), ensure_ascii=False)


def load_evidence(item: Item, stored: str) -> list[Evidence]:
    """Evidence as it was found. Built without re-validation: the store wrote it from valid
    models (a re-audit loads tens of thousands of these)."""
    out = []
    for row in json.loads(stored):
        if row.get("text") is None:
            row["text"] = item.text[row["start"] : row["end"]]
        row["kind"] = EvidenceKind(row["kind"])
        out.append(Evidence.model_construct(**row))
    return out


class CachedDetectionEngine(DetectionEngine):
    """A DetectionEngine that asks the cache first and analyses only the misses.

    It shares the wrapped engine's detectors (already set up) rather than building its own."""

    def __init__(self, inner: DetectionEngine, cache: TextCache, salt: str) -> None:
        # Deliberately not calling DetectionEngine.__init__: the detectors are set up already,
        # and the language model loaded. Sharing the engine's state keeps its properties right.
        self.__dict__.update(inner.__dict__)
        self._inner = inner
        self._cache = cache
        self.namespace = namespace(inner, salt)
        self.hits = 0
        self.misses = 0
        self._pending: dict[bytes, str] = {}  # analysed, not yet written

    def flush(self) -> None:
        """Write the new entries kept so far (one transaction for many batches: commits cost
        more than rows)."""
        if self._pending:
            entries, self._pending = list(self._pending.items()), {}
            self._cache.text_cache_put(self.namespace, entries)

    def detect_batch(self, items: Sequence[Item]) -> list[list[Evidence]]:
        keys = [item_key(item) for item in items]
        found = {k: self._pending[k] for k in keys if k in self._pending}
        found.update(
            self._cache.text_cache_get(self.namespace, [k for k in keys if k not in found])
        )
        results: list[list[Evidence] | None] = []
        todo: list[int] = []
        for i, (item, key) in enumerate(zip(items, keys, strict=True)):
            stored = found.get(key)
            if stored is None:
                results.append(None)
                todo.append(i)
            else:
                results.append(load_evidence(item, stored))
        self.hits += len(items) - len(todo)
        self.misses += len(todo)
        if todo:
            fresh = self._inner.detect_batch([items[i] for i in todo])
            new_entries: list[tuple[bytes, str]] = []
            for i, evidence in zip(todo, fresh, strict=True):
                results[i] = evidence
                new_entries.append((keys[i], dump_evidence(items[i], evidence)))
            self._pending.update(new_entries)
            if len(self._pending) >= FLUSH_EVERY:
                self.flush()
        return [r if r is not None else [] for r in results]
