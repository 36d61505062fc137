"""The detail of one finding: the item with its evidence marked, why, the clause, the fix."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from auditor.models.evidence import Evidence
from auditor.models.finding import Finding
from tui.services import DecisionState, decision_label
from tui.session import platform_name

SEVERITY_STYLE = {"high": "bold red", "medium": "bold yellow", "low": "bold cyan"}
EVIDENCE_STYLE = "bold black on yellow"
CONTEXT_CHARS = 600  # of a long item, this much text around the first evidence is shown


def mask_words(text: str) -> str:
    """A pupil's name shown with only its first and last letters ("O••••a")."""
    from auditor.store.redact import mask_name

    return mask_name(text)


def masked(text: str, evidence: list[Evidence]) -> str:
    """`text` with each sensitive span (a pupil's name) masked in place, offsets unchanged."""
    for e in evidence:
        if e.sensitive and 0 <= e.start < e.end <= len(text):
            text = text[: e.start] + mask_words(text[e.start : e.end]) + text[e.end :]
    return text


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
) -> RenderableType:
    """Everything about one finding, as the detail pane shows it. Pupils' names are masked
    (first and last letters) unless `reveal`: the screen may be seen by others. `muted` is
    the style of secondary text ("" in the high-contrast theme, where faint text is hard to
    read)."""
    head = Text()
    head.append(
        f" {f.severity.value.upper()} ", style=f"reverse {SEVERITY_STYLE[f.severity.value]}"
    )
    head.append(f" {f.title or f.rule}", style="bold")
    when = f.item.timestamp.strftime("%d %b %Y") if f.item.timestamp else "no date"
    what = f.item.kind.replace("_", " ")
    if f.item.field:
        what += f' "{f.item.field}"'
    status = decision_label(state.decision)
    meta = Text(f"{platform_name(f.platform)} · {what} · {when} · {status}", style=muted)
    if is_new:
        meta.append(" · new since the last audit", style="bold")
    where = Text(f"Where: {f.item.source} {f.item.locator}", style=muted)
    parts: list[RenderableType] = [head, meta, where]
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
    if f.item.title:
        parts += [Text(""), Text(f.item.title, style="italic")]
    if f.item.text:
        parts += [Text(""), Text("What it says", style="bold underline")]
        parts.append(marked_text(f.item.text, f.evidence, reveal))
        if not reveal and any(e.sensitive for e in f.evidence):
            parts.append(Text("(a pupil's name is masked: r shows it)", style=muted))
    if f.item.media:
        parts.append(Text(f"Photo or video: {f.item.media}", style=muted))
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
    return Group(*parts)
