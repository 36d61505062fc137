"""job_title: school roles from the UK job-title list and the profile's own roles.

Ambiguous titles (TA, Head, Cook…) count only where the text also has school context or the
school's name.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from auditor.detect.context import DetectionContext
from auditor.detect.detector import Detector, register
from auditor.detect.phrases import PhraseMatcher
from auditor.models.evidence import Evidence, EvidenceKind
from auditor.models.item import Item

_SCHOOL_CONTEXT = re.compile(
    r"\b(school|pupils?|class(room)?|year \d{1,2}|reception|nursery|ks[1-5]|key stage|"
    r"academy|primary|secondary|ofsted|teach(ing|er)?|staff|sen(d|co)?|parents'? evening)\b",
    re.IGNORECASE,
)


@cache
def _titles() -> tuple[frozenset[str], frozenset[str]]:
    data = resources.files("auditor.detect.data")
    all_titles = data.joinpath("school_job_titles.txt").read_text("utf-8").splitlines()
    ambiguous = data.joinpath("school_job_titles_ambiguous.txt").read_text("utf-8").splitlines()
    amb = frozenset(a.strip().casefold() for a in ambiguous if a.strip())
    return frozenset(t.strip() for t in all_titles if t.strip()), amb


@register
class JobTitleDetector(Detector):
    name = "job_title"
    kinds = (EvidenceKind.JOB_TITLE,)

    def setup(self, ctx: DetectionContext) -> None:
        titles, self._ambiguous = _titles()
        self._matcher = PhraseMatcher([*titles, *ctx.roles])
        self._roles = frozenset(r.casefold() for r in ctx.roles)
        self._school = PhraseMatcher(ctx.school_aliases)

    def detect(self, item: Item, text: str) -> list[Evidence]:
        out = []
        has_context: bool | None = None
        for hit in self._matcher.finditer(text):
            key = hit.phrase.casefold()
            if key in self._roles:
                conf, reason = 0.95, "one of your roles in the profile"
            elif key in self._ambiguous:
                if has_context is None:
                    has_context = bool(_SCHOOL_CONTEXT.search(text)) or any(
                        True for _ in self._school.finditer(text)
                    )
                if not has_context:
                    continue
                conf, reason = 0.7, f"school job title '{hit.phrase}' with school context"
            else:
                conf, reason = 0.9, f"school job title '{hit.phrase}'"
            out.append(
                Evidence(
                    kind=EvidenceKind.JOB_TITLE,
                    text=hit.text,
                    start=hit.start,
                    end=hit.end,
                    confidence=conf,
                    reason=reason,
                    detector=self.name,
                )
            )
        return out
