"""Renders a ScanReport for the terminal (text), for a file (Markdown) or for scripts (JSON)."""

from __future__ import annotations

from auditor.findings.build import KIND_WORDS, PLATFORM_NAMES
from auditor.models.evidence import Evidence
from auditor.models.finding import Finding
from auditor.models.report import ScanReport
from auditor.report.checklist.related import SHOWN, more_words, related_heading, related_line
from auditor.report.coverage import coverage, ending
from auditor.report.words import counted, masked_path, masked_spans, sensitive_names, where_words

FORMATS = ("json", "text", "markdown")


def render(report: ScanReport, fmt: str, show_names: bool = False) -> str:
    """The report in `fmt`. Text and Markdown mask pupils' names (in quotes and in file
    paths) unless `show_names`; JSON keeps every text exactly (the scripting contract)."""
    if fmt == "json":
        return report.model_dump_json(indent=2) + "\n"
    if fmt == "markdown":
        return _markdown(report, show_names)
    return _text(report, show_names)


def excerpt(f: Finding, width: int = 90, show_names: bool = False) -> str:
    return excerpt_text(f.item.text, f.evidence, width, show_names)


def excerpt_text(
    raw: str, evidence: list[Evidence], width: int = 90, show_names: bool = False
) -> str:
    if not show_names:
        raw = masked_spans(raw, evidence)
    text = " ".join(raw.split())
    if not evidence or len(text) <= width:
        return text[:width] + ("…" if len(text) > width else "")
    # Centre the excerpt on the first piece of evidence.
    first = " ".join(raw[: evidence[0].start].split())
    start = max(0, len(first) - width // 3)
    cut = text[start : start + width]
    return ("…" if start else "") + cut + ("…" if start + width < len(text) else "")


def _text(report: ScanReport, show_names: bool = False) -> str:
    s = report.summary
    names = [] if show_names else sensitive_names(report.findings)
    lines = ["Staff Profile Auditor: scan summary", ""]
    for e in s.exports:
        counts = _item_counts(e.items)
        name = ", ".join(PLATFORM_NAMES.get(p, p) for p in e.platforms) or "unknown"
        lines.append(f"  {masked_path(e.export, names)}: {name}; {counts or 'nothing read'}")
    mode = (
        f"language model {s.language_model}"
        if s.language_model
        else "rules only (no language model installed)"
    )
    lines += ["", f"  Detection: {mode}"]
    for sig in s.skipped_signals:
        lines.append(f"  Skipped: {sig}")
    lines.append("")
    if not report.findings:  # an all-clear only after a scan that read the exports
        lines.extend(ending(coverage(report), 0, reasons=False))
    else:
        sev = ", ".join(f"{s.by_severity.get(k, 0)} {k}" for k in ("high", "medium", "low"))
        lines.append(f"{counted(len(report.findings), 'finding')}: {sev}")
        lines.append("")
        for f in report.findings:
            when = f.item.timestamp.strftime("%d %b %Y") if f.item.timestamp else "no date"
            where = PLATFORM_NAMES.get(f.platform, f.platform)
            lines.append(f"[{f.severity.value.upper()}] {f.clause} {f.title} ({where}, {when})")
            lines.append(f'    "{excerpt(f, show_names=show_names)}"')
            lines += [f"    {line}" for line in _related_text(f, show_names)]
            lines.append(f"    {f.explanation}")
            lines.append(f"    Where: {where_words(f, file_too=False)}, in {_path(f, show_names)}")
            if f.remediation_steps:
                lines.append(f"    Fix: {f.remediation_steps[0]}")
            lines.append(f"    id {f.id}")
            lines.append("")
    if report.warnings:
        lines.append(
            f"{counted(len(report.warnings), 'warning')}: some files could not be read fully"
        )
        for w in report.warnings[:20]:
            lines.append(f"  - {masked_path(w.file, names)}: {w.message}")
        if len(report.warnings) > 20:
            lines.append(f"  … and {len(report.warnings) - 20} more (use --format json to see all)")
    return "\n".join(lines).rstrip() + "\n"


def _path(f: Finding, show_names: bool) -> str:
    return f.item.source if show_names else masked_path(f.item.source, f)


def _item_counts(items: dict[str, int]) -> str:
    """ "12 posts, 3 profile fields" """
    return ", ".join(
        counted(n, KIND_WORDS.get(k, k.replace("_", " "))) for k, n in sorted(items.items())
    )


def _related_lines(f: Finding, show_names: bool = False) -> tuple[list[str], int]:
    """'12 May 2025, you: "…"' for the first few related messages."""
    lines = []
    for r in f.related[:SHOWN]:
        line = related_line(r, f)
        said = excerpt_text(r.item.text, r.evidence, show_names=show_names)
        lines.append(f'{line.lead}: "{said}"')  # in the conversation's own file, shown above
    return lines, max(0, len(f.related) - SHOWN)


def _related_text(f: Finding, show_names: bool = False) -> list[str]:
    if not f.related:
        return []
    lines, more = _related_lines(f, show_names)
    return [related_heading(f), *(f"  {line}" for line in lines)] + (
        [f"  {more_words(more)}"] if more else []
    )


def _related_markdown(f: Finding, show_names: bool = False) -> list[str]:
    if not f.related:
        return []
    lines, more = _related_lines(f, show_names)
    return [f"- {related_heading(f)}", *(f"  - {line}" for line in lines)] + (
        [f"  - {more_words(more)}"] if more else []
    )


def _markdown(report: ScanReport, show_names: bool = False) -> str:
    s = report.summary
    names = [] if show_names else sensitive_names(report.findings)
    out = ["# Staff Profile Auditor: scan report", ""]
    out.append("| export | platform | items |")
    out.append("|---|---|---|")
    for e in s.exports:
        name = ", ".join(PLATFORM_NAMES.get(p, p) for p in e.platforms) or "unknown"
        out.append(f"| `{masked_path(e.export, names)}` | {name} | {_item_counts(e.items)} |")
    out.append("")
    out.append(f"**{counted(len(report.findings), 'finding')}.**")
    for f in report.findings:
        out += [
            "",
            f"## [{f.severity.value}] {f.title} (clause {f.clause})",
            "",
            f"- Platform: {PLATFORM_NAMES.get(f.platform, f.platform)}",
            f"- Where: {where_words(f, file_too=False)}, in `{_path(f, show_names)}`",
            f"- Excerpt: {excerpt(f, show_names=show_names)}",
            *_related_markdown(f, show_names),
            "",
            f.explanation,
            "",
            *[f"{i}. {step}" for i, step in enumerate(f.remediation_steps, 1)],
        ]
    if report.warnings:
        out += ["", "## Files not read fully", ""]
        out += [f"- `{masked_path(w.file, names)}`: {w.message}" for w in report.warnings]
    return "\n".join(out) + "\n"
