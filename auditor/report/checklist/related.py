"""The other messages of a conversation finding, as every report lists them: the first few,
each with its date, who wrote it and an excerpt with the evidence marked (pupils' names masked),
then "and N more"."""

from __future__ import annotations

from dataclasses import dataclass

from auditor.models.finding import Finding, RelatedItem
from auditor.report.checklist.excerpt import Segment, excerpt_of, plain
from auditor.report.words import masked_path

SHOWN = 3  # related messages shown in full; the rest are counted


@dataclass(frozen=True)
class RelatedLine:
    date: str  # "16 Oct 2026" or "no date"
    who: str  # "you", "them" or "" (not known)
    segments: list[Segment]
    where: str  # the file and locator in the download

    @property
    def lead(self) -> str:
        """ "16 Oct 2026, you" """
        return f"{self.date}, {self.who}" if self.who else self.date


def related_line(r: RelatedItem, f: Finding, width: int = 120) -> RelatedLine:
    """One related message of `f` (whose evidence names the pupils to mask in paths)."""
    when = r.item.timestamp.strftime("%d %b %Y") if r.item.timestamp else "no date"
    who = (
        {True: "you", False: "them"}.get(r.author_is_you, "") if r.author_is_you is not None else ""
    )
    return RelatedLine(
        date=when,
        who=who,
        segments=excerpt_of(r.item.text, r.evidence, width),
        where=f"{masked_path(r.item.source, f)} ({r.item.locator})" if r.item.source else "",
    )


def related_lines(f: Finding, shown: int = SHOWN) -> tuple[list[RelatedLine], int]:
    """The first `shown` related messages as lines, and how many more there are."""
    lines = [related_line(r, f) for r in f.related[:shown]]
    return lines, max(0, len(f.related) - shown)


def related_heading(f: Finding) -> str:
    n = len(f.related)
    return f"Also in this conversation ({n} more {'message' if n == 1 else 'messages'}):"


def more_words(n: int) -> str:
    return f"and {n} more {'message' if n == 1 else 'messages'}" if n else ""


__all__ = ["RelatedLine", "more_words", "plain", "related_heading", "related_line", "related_lines"]
