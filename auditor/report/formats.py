"""Renders a ScanReport for the terminal (text), for a file (Markdown) or for scripts (JSON)."""

from __future__ import annotations

from auditor.findings.build import PLATFORM_NAMES
from auditor.models.evidence import Evidence
from auditor.models.finding import Finding
from auditor.models.report import ScanReport
from auditor.report.checklist.related import SHOWN, more_words, related_heading, related_line
from auditor.report.coverage import coverage, ending

FORMATS = ("json", "text", "markdown")


def render(report: ScanReport, fmt: str) -> str:
    if fmt == "json":
        return report.model_dump_json(indent=2) + "\n"
    if fmt == "markdown":
        return _markdown(report)
    return _text(report)


def excerpt(f: Finding, width: int = 90) -> str:
    return excerpt_text(f.item.text, f.evidence, width)


def excerpt_text(raw: str, evidence: list[Evidence], width: int = 90) -> str:
    text = " ".join(raw.split())
    if not evidence or len(text) <= width:
        return text[:width] + ("…" if len(text) > width else "")
    # Centre the excerpt on the first piece of evidence.
    first = " ".join(raw[: evidence[0].start].split())
    start = max(0, len(first) - width // 3)
    cut = text[start : start + width]
    return ("…" if start else "") + cut + ("…" if start + width < len(text) else "")


def _text(report: ScanReport) -> str:
    s = report.summary
    lines = ["Staff Profile Auditor: scan summary", ""]
    for e in s.exports:
        counts = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in sorted(e.items.items()))
        name = ", ".join(PLATFORM_NAMES.get(p, p) for p in e.platforms) or "unknown"
        lines.append(f"  {e.export}: {name}; {counts or 'nothing read'}")
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
        lines.append(f"{len(report.findings)} finding(s): {sev}")
        lines.append("")
        for f in report.findings:
            when = f.item.timestamp.strftime("%d %b %Y") if f.item.timestamp else "no date"
            where = PLATFORM_NAMES.get(f.platform, f.platform)
            lines.append(f"[{f.severity.value.upper()}] {f.clause} {f.title} ({where}, {when})")
            lines.append(f'    "{excerpt(f)}"')
            lines += [f"    {line}" for line in _related_text(f)]
            lines.append(f"    {f.explanation}")
            lines.append(f"    Where: {f.item.source} {f.item.locator}")
            if f.remediation_steps:
                lines.append(f"    Fix: {f.remediation_steps[0]}")
            lines.append(f"    id {f.id}")
            lines.append("")
    if report.warnings:
        lines.append(f"{len(report.warnings)} warning(s): some files could not be read fully")
        for w in report.warnings[:20]:
            lines.append(f"  - {w.file}: {w.message}")
        if len(report.warnings) > 20:
            lines.append(f"  … and {len(report.warnings) - 20} more (use --format json to see all)")
    return "\n".join(lines).rstrip() + "\n"


def _related_lines(f: Finding) -> tuple[list[str], int]:
    """'12 May 2025, you: "…" (file line 40)' for the first few related messages."""
    lines = []
    for r in f.related[:SHOWN]:
        line = related_line(r)
        where = f" ({line.where})" if line.where else ""
        lines.append(f'{line.lead}: "{excerpt_text(r.item.text, r.evidence)}"{where}')
    return lines, max(0, len(f.related) - SHOWN)


def _related_text(f: Finding) -> list[str]:
    if not f.related:
        return []
    lines, more = _related_lines(f)
    return [related_heading(f), *(f"  {line}" for line in lines)] + (
        [f"  {more_words(more)}"] if more else []
    )


def _related_markdown(f: Finding) -> list[str]:
    if not f.related:
        return []
    lines, more = _related_lines(f)
    return [f"- {related_heading(f)}", *(f"  - {line}" for line in lines)] + (
        [f"  - {more_words(more)}"] if more else []
    )


def _markdown(report: ScanReport) -> str:
    s = report.summary
    out = ["# Staff Profile Auditor: scan report", ""]
    out.append("| export | platform | items |")
    out.append("|---|---|---|")
    for e in s.exports:
        counts = ", ".join(f"{n} {k}" for k, n in sorted(e.items.items()))
        out.append(f"| `{e.export}` | {e.platform} | {counts} |")
    out.append("")
    out.append(f"**{len(report.findings)} finding(s).**")
    for f in report.findings:
        out += [
            "",
            f"## [{f.severity.value}] {f.title} (clause {f.clause})",
            "",
            f"- Platform: {PLATFORM_NAMES.get(f.platform, f.platform)}",
            f"- Item: `{f.item.source}` `{f.item.locator}`",
            f"- Excerpt: {excerpt(f)}",
            *_related_markdown(f),
            "",
            f.explanation,
            "",
            *[f"{i}. {step}" for i, step in enumerate(f.remediation_steps, 1)],
        ]
    if report.warnings:
        out += ["", "## Files not read fully", ""]
        out += [f"- `{w.file}`: {w.message}" for w in report.warnings]
    return "\n".join(out) + "\n"
