"""A short excerpt of an item with its evidence marked, and pupil names masked.

The excerpt is a list of segments (text, evidence kind or None) so that each format marks the
evidence its own way: bold in Markdown, <mark> in HTML, a field in JSON.
"""

from __future__ import annotations

from dataclasses import dataclass

from auditor.models.evidence import Evidence
from auditor.models.finding import Finding
from auditor.store.redact import mask_name


@dataclass(frozen=True)
class Segment:
    text: str
    evidence: str | None = None  # the evidence kind, when this segment is evidence
    masked: bool = False


def _squash(text: str) -> str:
    """Runs of whitespace (newlines too) become one space; the ends keep theirs."""
    if not text.strip():
        return " " if text else ""
    lead = " " if text[0].isspace() else ""
    trail = " " if text[-1].isspace() else ""
    return lead + " ".join(text.split()) + trail


def excerpt(f: Finding, width: int = 200) -> list[Segment]:
    return excerpt_of(f.item.text, f.evidence, width)


def excerpt_of(text: str, evidence: list[Evidence], width: int = 200) -> list[Segment]:
    """The excerpt of any text with its evidence (a finding's item, or a related message)."""
    spans = sorted(
        (e.start, e.end, e.kind.value, e.sensitive)
        for e in evidence
        if 0 <= e.start < e.end <= len(text)
    )
    merged: list[tuple[int, int, str, bool]] = []
    for start, end, kind, sensitive in spans:
        if merged and start < merged[-1][1]:  # overlapping evidence: one mark, masked if any is
            s, e, k, m = merged[-1]
            merged[-1] = (s, max(e, end), k, m or sensitive)
        else:
            merged.append((start, end, kind, sensitive))
    # A window of `width` characters around the first piece of evidence.
    first = merged[0][0] if merged else 0
    lo = 0 if len(text) <= width else max(0, first - width // 3)  # a short text is shown whole
    hi = min(len(text), lo + width)
    if merged:
        hi = max(hi, min(len(text), merged[0][1]))
    out: list[Segment] = []
    if lo > 0:
        out.append(Segment("…"))
    pos = lo
    for start, end, kind, sensitive in merged:
        if end <= lo or start >= hi:
            continue
        start, end = max(start, lo), min(end, hi)
        if start > pos:
            out.append(Segment(_squash(text[pos:start])))
        shown = text[start:end]
        out.append(Segment(mask_name(shown) if sensitive else shown, kind, sensitive))
        pos = end
    if pos < hi:
        out.append(Segment(_squash(text[pos:hi])))
    if hi < len(text):
        out.append(Segment("…"))
    return [s for s in out if s.text]


def plain(segments: list[Segment]) -> str:
    return "".join(s.text for s in segments).strip()
