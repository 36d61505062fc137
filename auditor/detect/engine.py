"""Runs every registered detector over items, in batches.

Two passes: the cheap rule pass (every detector's `detect`) over every item; then the
statistical NER, only over the texts where a detector said its entities could change an
answer (`wants_entities`), in one batched `nlp.pipe` call per batch of items, cached per text.
Without a model (rules-only mode, or none installed) the second pass is skipped.
"""

from __future__ import annotations

from collections.abc import Sequence

from auditor.detect.context import DetectionContext
from auditor.detect.detector import Detector, all_detectors
from auditor.models.evidence import Evidence
from auditor.models.item import Item
from auditor.nlp.ner import NerRunner


class DetectionEngine:
    def __init__(self, ctx: DetectionContext, detectors: Sequence[Detector] | None = None) -> None:
        self.ctx = ctx
        self.detectors: list[Detector] = (
            list(detectors) if detectors is not None else [cls() for cls in all_detectors()]
        )
        for d in self.detectors:
            d.setup(ctx)
        self.ner: NerRunner | None = NerRunner.for_preference(ctx.model)
        self._ner_users = [
            d for d in self.detectors if type(d).wants_entities is not Detector.wants_entities
        ]

    @property
    def version(self) -> str:
        """Changes whenever any detector's results may change (for caches)."""
        return ";".join(f"{d.name}={d.version}" for d in self.detectors)

    @property
    def rules_only(self) -> bool:
        return self.ner is None

    def detect(self, item: Item) -> list[Evidence]:
        return self.detect_batch([item])[0]

    def detect_batch(self, items: Sequence[Item]) -> list[list[Evidence]]:
        out: list[list[Evidence]] = []
        for item in items:
            evidence: list[Evidence] = []
            for d in self.detectors:
                evidence.extend(d.detect(item, item.text))
            out.append(evidence)
        if self.ner is None or not self._ner_users:
            return out
        wanted = [
            i
            for i, item in enumerate(items)
            if item.text and any(d.wants_entities(item, item.text, out[i]) for d in self._ner_users)
        ]
        if wanted:
            entities = self.ner.entities([items[i].text for i in wanted])
            for i, ents in zip(wanted, entities, strict=True):
                item = items[i]
                extra: list[Evidence] = []
                for d in self._ner_users:
                    extra.extend(d.with_entities(item, item.text, out[i], ents))
                out[i].extend(extra)
        return out
