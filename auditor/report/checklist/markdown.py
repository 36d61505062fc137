"""The checklist in Markdown: task lists that read well in any viewer, or as plain text."""

from __future__ import annotations

import re

from auditor.report.checklist.excerpt import Segment
from auditor.report.checklist.model import Checklist, Entry, PlatformSection
from auditor.report.checklist.related import more_words, related_heading
from auditor.report.words import counted
from auditor.store.models import Decision

_SPECIAL = re.compile(r"([\\`*_\[\]<~])")


def esc(text: str) -> str:
    """Item text is the user's own words: shown literally, never as Markdown."""
    return _SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", text))


def render_markdown(c: Checklist) -> str:
    out = ["# Your social-media checklist", ""]
    out += _intro(c)
    for s in c.sections:
        out += _section(s)
    out += [
        "---",
        "",
        "This checklist is for you only: it quotes your own posts. It was written by Staff "
        "Profile Auditor on this computer; nothing was sent anywhere.",
        "",
    ]
    return "\n".join(out)


def _intro(c: Checklist) -> list[str]:
    lines: list[str] = []
    if c.last_audit is not None:
        lines.append(f"Last audit: {c.last_audit.started_at.astimezone():%d %B %Y at %H:%M}.")
    lines.append(
        f"**{counted(c.open_count, 'item')} to deal with; "
        f"{counted(c.settings_left, 'privacy setting')} to check.**"
    )
    review = f"Next review (clause 5.4): **{c.next_review:%d %B %Y}**"
    if c.review_overdue:
        review += " (overdue: run a new audit with a fresh download)"
    lines += ["", review + ".", ""]
    lines.append(
        "Tick an item off with `auditor decide ID fixed` (or `not-a-problem`, or `permitted "
        "--note '…'`), and a setting with `auditor decide --setting KEY`.",
    )
    lines.append("")
    return lines


def _section(s: PlatformSection) -> list[str]:
    out = [f"## {s.name}", ""]
    if not s.open_count:
        out += ["Nothing left to deal with here.", ""]
    for sev, entries in s.by_severity.items():
        out += [f"### {sev.value.capitalize()} priority ({len(entries)})", ""]
        for e in entries:
            out += _entry(e)
    if s.awaiting:
        out += ["### Marked fixed", ""]
        out += [
            "A newer download will confirm these are gone (this one was made before you fixed "
            "them):",
            "",
        ]
        out += [f"- [x] {e.date}: {_excerpt(e)} (`{e.id}`)" for e in s.awaiting]
        out.append("")
    if s.decided:
        out += ["### Decided", ""]
        for e in s.decided:
            t = e.tracked
            why = f": {esc(t.note)}" if t.note else ""
            out.append(f"- [x] {t.decision.label}{why}; {e.date}: {_excerpt(e)} (`{e.id}`)")
        out.append("")
    if s.settings:
        out += [f"### {s.name} privacy settings to check", ""]
        out += ["Your download cannot show these; check each in the app:", ""]
        for b in s.settings:
            box = "x" if b.checked else " "
            when = f" (checked {b.checked_at:%d %b %Y})" if b.checked_at else ""
            out.append(f"- [{box}] **{esc(b.check.title)}**{when}  ")
            out.append(f"  {esc(b.check.menu)}  ")
            out.append(f"  `auditor decide --setting {b.check.key}`")
        out.append("")
    return out


def _excerpt(e: Entry) -> str:
    return _quoted(e.segments)


def _quoted(segments: list[Segment]) -> str:
    parts = []
    for seg in segments:
        parts.append(f"**{esc(seg.text)}**" if seg.evidence else esc(seg.text))
    return "“" + "".join(parts).strip() + "”"


def _entry(e: Entry) -> list[str]:
    f = e.tracked.finding
    flag = {"new": " *(new)*", "reopened": " **(reopened: it is back)**"}.get(e.flag, "")
    out = [f"- [ ] **{esc(f.title or f.rule)}** (clause {f.clause}){flag}", ""]
    out.append(f"  {e.date}: {_excerpt(e)}")
    out.append("")
    if e.related:
        out.append(f"  {esc(related_heading(f))}")
        out.append("")
        for r in e.related:
            out.append(f"  - {esc(r.lead)}: {_quoted(r.segments)}")
        if e.related_more:
            out.append(f"  - {more_words(e.related_more)}")
        out.append("")
    if e.permalink:
        out.append(f"  Where: <{e.permalink}>")
    elif e.menu:
        out.append(f"  Where: {esc(e.menu)}")
    if e.file:
        out.append(f"  In your download: {esc(e.where)}, in `{e.file.replace('`', '')}`")
    for other_id, title, clause in e.same_post:
        out.append(
            f"  Same post: also **{esc(title)}** (clause {clause}, `{other_id}`); "
            "one edit may deal with both."
        )
    out.append("")
    for i, step in enumerate(e.steps, 1):
        out.append(f"  {i}. {esc(step)}")
    if e.tracked.decision == Decision.OPEN and e.tracked.note:
        out.append(f"  Note: {esc(e.tracked.note)}")
    out += [f"  Done? `auditor decide {f.id} fixed`", ""]
    return out
