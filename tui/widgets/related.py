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
WORDS = 240  # of each message, this much text around its first evidence


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
    text = r.item.text if len(r.item.text) <= WORDS else _around(r)
    line.append_text(mark(text, _shifted(r, text), reveal))
    line.append(f"  ({r.item.locator})", style=muted)
    return line


def _around(r: RelatedItem) -> str:
    """The part of a long message around its first evidence (offsets shifted by `_shifted`)."""
    first = min((e.start for e in r.evidence if e.end > e.start), default=0)
    start = max(0, first - WORDS // 3)
    return r.item.text[start : start + WORDS]


def _shifted(r: RelatedItem, shown: str) -> list[Evidence]:
    """The evidence with offsets into `shown` (a window of the message's text)."""
    offset = r.item.text.find(shown) if shown != r.item.text else 0
    out = []
    for e in r.evidence:
        a, b = e.start - offset, e.end - offset
        if 0 <= a < b <= len(shown):
            out.append(e.model_copy(update={"start": a, "end": b}))
        elif e.end <= e.start:
            out.append(e)
    return out
