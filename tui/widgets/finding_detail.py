"""The detail of one finding: the item with its evidence marked, why, the clause, the fix."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from auditor.models.evidence import Evidence
from auditor.models.finding import Finding
from auditor.report.words import day, masked_spans, where_words
from tui.services import DecisionState, decision_label
from tui.session import platform_name
from tui.widgets.related import related_lines

SEVERITY_STYLE = {"high": "bold red", "medium": "bold yellow", "low": "bold cyan"}
EVIDENCE_STYLE = "bold black on yellow"
CONTEXT_CHARS = 600  # of a long item, this much text around the first evidence is shown


def mask_words(text: str) -> str:
    """A pupil's name shown with only its first and last letters ("O••••a")."""
    from auditor.store.redact import mask_name

    return mask_name(text)


masked = masked_spans  # pupils' names masked in place (shared with the reports)


def marked_text(text: str, evidence: list[Evidence], reveal: bool = False) -> Text:
    """The item's text with each evidence span highlighted; long text is cut around them.
    Pupils' names are masked unless `reveal`."""
    if not reveal:
        text = masked(text, evidence)
    spans = sorted((e.start, e.end) for e in evidence if 0 <= e.start < e.end <= len(text))
    start, end = 0, len(text)
    if len(text) > CONTEXT_CHARS:
        first = spans[0][0] if spans else 0
        start = max(0, first - CONTEXT_CHARS // 3)
        end = min(len(text), start + CONTEXT_CHARS)
    out = Text("…" if start else "")
    offset = len(out) - start
    out.append(text[start:end])
    for a, b in spans:
        a, b = max(a, start), min(b, end)
        if a < b:
            out.stylize(EVIDENCE_STYLE, a + offset, b + offset)
    if end < len(text):
        out.append("…")
    return out


def snippet(f: Finding, width: int = 44, reveal: bool = False) -> str:
    """A short piece of the item's text, around its first evidence; pupils' names masked."""
    text = f.item.text if reveal else masked(f.item.text, f.evidence)
    flat = " ".join(text.split())
    if not flat:
        return "a photo" if f.item.kind == "media" else f.item.kind.replace("_", " ")
    if len(flat) <= width:
        return flat
    spans = [e.start for e in f.evidence if 0 <= e.start < len(text)]
    first = len(" ".join(text[: min(spans)].split())) if spans else 0
    start = max(0, min(first - width // 4, len(flat) - width))
    cut = flat[start : start + width - 1].strip()
    return ("…" if start else "") + cut + "…"


def clause_text(number: str) -> tuple[str, str]:
    """(section title, the clause's words) from the bundled policy, or blanks."""
    try:
        from auditor.rules.clauses import bundled_clauses

        clause = bundled_clauses().get(number)
    except Exception:  # the policy data is optional for showing a finding
        clause = None
    if clause is None:
        return "", ""
    return clause.section, clause.text


def finding_detail(
    f: Finding,
    state: DecisionState,
    is_new: bool,
    reveal: bool = False,
    muted: str = "dim",
    same_post: list[Finding] | None = None,
    back_again: bool = False,
) -> RenderableType:
    """Everything about one finding, as the detail pane shows it. Pupils' names are masked
    (first and last letters) unless `reveal`: the screen may be seen by others. `muted` is
    the style of secondary text ("" in the high-contrast theme, where faint text is hard to
    read)."""
    return Group(*finding_detail_parts(f, state, is_new, reveal, muted, same_post, back_again))


def finding_detail_parts(
    f: Finding,
    state: DecisionState,
    is_new: bool,
    reveal: bool = False,
    muted: str = "dim",
    same_post: list[Finding] | None = None,
    back_again: bool = False,
) -> tuple[RenderableType, RenderableType]:
    """The detail in two: the top (what, where, the decision), shown above the photo, and
    the rest (the text, why, the clause, the fix) below it."""
    head = Text()
    head.append(
        f" {f.severity.value.upper()} ", style=f"reverse {SEVERITY_STYLE[f.severity.value]}"
    )
    head.append(f" {f.title or f.rule}", style="bold")
    when = day(f.item.timestamp)
    what = f.item.kind.replace("_", " ")
    if f.item.field:
        what += f' "{f.item.field}"'
    status = decision_label(state.decision)
    meta = Text(f"{platform_name(f.platform)} · {what} · {when} · {status}", style=muted)
    if back_again:
        meta.append(" · back again", style="bold")
    elif is_new:
        meta.append(" · new since the last audit", style="bold")
    where = Text(f"Where: {where_words(f)}", style=muted)
    parts: list[RenderableType] = [head, meta, where]
    if back_again:
        parts.append(
            Text(
                "Back again: you had marked it fixed, but it is still in this download. "
                "The platform may keep it, or it came back: check it and fix it again.",
                style="bold",
            )
        )
    for other in same_post or []:
        parts.append(
            Text(
                f"Same post: also {other.title or other.rule} (clause {other.clause}); "
                "one edit may deal with both.",
                style="bold",
            )
        )
    if f.item.url:
        parts.append(Text(f"Link: {f.item.url}", style=muted))
    if state.decision != "open":
        note = f": {state.note}" if state.note else ""
        parts.append(Text(f"You decided: {status}{note}", style="bold green"))
    top, parts = parts, []
    if f.item.title:
        parts += [Text(""), Text(f.item.title, style="italic")]
    if f.item.text:
        parts += [Text(""), Text("What it says", style="bold underline")]
        parts.append(marked_text(f.item.text, f.evidence, reveal))
        if not reveal and any(e.sensitive for e in f.evidence):
            parts.append(Text("(a pupil's name is masked: r shows it)", style=muted))
    # A conversation finding: every other message that matters, so none is missed.
    parts += related_lines(f, marked_text, reveal, muted)
    if f.evidence:
        parts += [Text(""), Text("Why", style="bold underline")]
        for e in f.evidence:
            shown = mask_words(e.text) if e.sensitive and not reveal else e.text
            line = Text("• ")
            line.append(e.kind.replace("_", " "), style="bold")
            if shown:
                line.append(f' "{shown}"')
            if e.reason:
                line.append(f": {e.reason}", style=muted)
            parts.append(line)
    parts += [Text(""), Text(f.explanation)]
    section, words = clause_text(f.clause)
    parts += [
        Text(""),
        Text(f"Clause {f.clause}" + (f" ({section})" if section else ""), style="bold underline"),
    ]
    if words:
        parts.append(Text(words, style="italic"))
    steps = f.remediation_steps or [s for s in f.remediation.splitlines() if s.strip()]
    if steps:
        parts += [Text(""), Text("How to fix it", style="bold underline")]
        parts += [Text(f"{n}. {step}") for n, step in enumerate(steps, start=1)]
    return Group(*top), Group(*parts)
