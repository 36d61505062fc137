"""Runs every registered detector over items, in batches."""

from __future__ import annotations

from collections.abc import Sequence

from auditor.detect.context import DetectionContext
from auditor.detect.detector import Detector, all_detectors
from auditor.models.evidence import Evidence
from auditor.models.item import Item


class DetectionEngine:
    def __init__(self, ctx: DetectionContext, detectors: Sequence[Detector] | None = None) -> None:
        self.ctx = ctx
        self.detectors: list[Detector] = (
            list(detectors) if detectors is not None else [cls() for cls in all_detectors()]
        )
        for d in self.detectors:
            d.setup(ctx)

    @property
    def version(self) -> str:
        """Changes whenever any detector's results may change (for caches)."""
        return ";".join(f"{d.name}={d.version}" for d in self.detectors)

    def detect(self, item: Item) -> list[Evidence]:
        return self.detect_batch([item])[0]

    def detect_batch(self, items: Sequence[Item]) -> list[list[Evidence]]:
        out: list[list[Evidence]] = []
        for item in items:
            evidence: list[Evidence] = []
            for d in self.detectors:
                evidence.extend(d.detect(item, item.text))
            out.append(evidence)
        return out
