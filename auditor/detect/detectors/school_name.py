"""school_name: the user's school, by its official name and the aliases derived from it."""

from __future__ import annotations

from auditor.detect.context import DetectionContext
from auditor.detect.detector import Detector, register
from auditor.detect.phrases import PhraseMatcher
from auditor.models.evidence import Evidence, EvidenceKind
from auditor.models.item import Item


@register
class SchoolNameDetector(Detector):
    name = "school_name"
    kinds = (EvidenceKind.SCHOOL_NAME,)

    def setup(self, ctx: DetectionContext) -> None:
        self._official = ctx.profile.school.name.casefold()
        self._matcher = PhraseMatcher(ctx.school_aliases)

    def detect(self, item: Item, text: str) -> list[Evidence]:
        out = []
        for hit in self._matcher.finditer(text):
            official = hit.phrase.casefold() == self._official
            out.append(
                Evidence(
                    kind=EvidenceKind.SCHOOL_NAME,
                    text=hit.text,
                    start=hit.start,
                    end=hit.end,
                    confidence=0.98 if official else 0.9,
                    reason=(
                        "the school's official name"
                        if official
                        else f"alias of the school ({hit.phrase})"
                    ),
                    detector=self.name,
                )
            )
        return out
