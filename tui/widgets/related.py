"""A conversation finding's other messages, as the detail pane lists them: the first few, each
with its date, who wrote it and the words with the evidence marked (pupils' names masked unless
shown), then "and N more"."""

from __future__ import annotations

from collections.abc import Callable

from rich.console import RenderableType
from rich.text import Text

from auditor.models.evidence import Evidence
from auditor.models.finding import Finding, RelatedItem
from auditor.report.checklist.related import more_words, related_heading

SHOWN = 5  # the detail pane has room for more than a printed checklist


Mark = Callable[[str, list[Evidence], bool], Text]  # text, evidence, reveal -> marked text


def related_lines(
    f: Finding, mark: Mark, reveal: bool = False, muted: str = "dim", shown: int = SHOWN
) -> list[RenderableType]:
    """The lines for the detail pane; none when the finding has no related messages. `mark`
    marks the evidence and masks pupils' names (the detail pane's own `marked_text`)."""
    if not f.related:
        return []
    out: list[RenderableType] = [Text(""), Text(related_heading(f), style="bold underline")]
    for r in f.related[:shown]:
        out.append(_message(r, mark, reveal, muted))
    more = len(f.related) - shown
    if more > 0:
        out.append(Text(more_words(more), style=muted))
    return out


def _message(r: RelatedItem, mark: Mark, reveal: bool, muted: str) -> Text:
    when = r.item.timestamp.strftime("%d %b %Y") if r.item.timestamp else "no date"
    who = "" if r.author_is_you is None else (", you" if r.author_is_you else ", them")
    line = Text("• ")
    line.append(f"{when}{who}: ", style="bold")
    line.append_text(mark(r.item.text, r.evidence, reveal))  # cut around its evidence there
    line.append(f"  ({r.item.locator})", style=muted)
    return line
