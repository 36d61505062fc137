"""Pupil names never stand in clear in what the store keeps or the checklist shows.

Evidence marked `sensitive` (a pupil's name) is kept masked: "Olivia Brown" -> "O••••a B•••n".
The item's own text is the user's own post and stays as it is; the checklist masks the marked
span in its excerpt.
"""

from __future__ import annotations

import re

from auditor.models.evidence import Evidence
from auditor.models.finding import Finding

BULLET = "•"
_WORD = re.compile(r"\w+", re.UNICODE)


def mask_word(word: str) -> str:
    if len(word) <= 2:
        return word[0] + BULLET * (len(word) - 1)
    return word[0] + BULLET * (len(word) - 2) + word[-1]


def mask_name(text: str) -> str:
    """Each word keeps its first and last letter: "Olivia" -> "O••••a"."""
    return _WORD.sub(lambda m: mask_word(m.group(0)), text)


def masked_evidence(evidence: list[Evidence]) -> list[Evidence]:
    return [
        e.model_copy(update={"text": mask_name(e.text)}) if e.sensitive else e for e in evidence
    ]


def redacted(finding: Finding) -> Finding:
    """A copy whose sensitive evidence text is masked (for storing), in the finding's own
    evidence and in its related messages'."""
    sensitive = any(e.sensitive for e in finding.evidence) or any(
        e.sensitive for r in finding.related for e in r.evidence
    )
    if not sensitive:
        return finding
    related = [
        r.model_copy(update={"evidence": masked_evidence(r.evidence)}) for r in finding.related
    ]
    return finding.model_copy(
        update={"evidence": masked_evidence(finding.evidence), "related": related}
    )
