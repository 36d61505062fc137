"""The checklist as one self-contained HTML file: no external assets, no scripts at all.

A Content-Security-Policy forbids every fetch (`default-src 'none'`), so even a link in an
item cannot make the page load anything by itself. Readable on a phone (one column, large
tap targets), printable (no colours needed, sections kept together).
"""

from __future__ import annotations

from html import escape

from auditor.report.checklist.excerpt import Segment
from auditor.report.checklist.model import Checklist, Entry, PlatformSection
from auditor.report.checklist.related import more_words, related_heading
from auditor.report.words import counted

CSS = """
:root { color-scheme: light; --ink:#1b1b1b; --muted:#555; --line:#d0d0d0; --hi:#b00020;
  --med:#8a5300; --lo:#2d5f8a; --mark:#fff1a8; }
* { box-sizing: border-box; }
body { font: 17px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
  margin: 0 auto; padding: 1rem; max-width: 46rem; background: #fff; }
h1 { font-size: 1.5rem; margin: .2rem 0 .6rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid var(--ink); margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
.summary { background: #f4f4f4; border-radius: .5rem; padding: .7rem 1rem; }
.overdue { color: var(--hi); font-weight: 700; }
ul.items, ul.settings { list-style: none; padding: 0; margin: 0; }
li.item { border: 1px solid var(--line); border-radius: .5rem; padding: .7rem .9rem;
  margin: 0 0 .8rem; break-inside: avoid; }
li.item.high { border-left: .4rem solid var(--hi); }
li.item.medium { border-left: .4rem solid var(--med); }
li.item.low { border-left: .4rem solid var(--lo); }
.title { font-weight: 700; }
label { display: flex; gap: .6rem; align-items: flex-start; }
input[type=checkbox] { width: 1.3rem; height: 1.3rem; margin-top: .2rem; flex: none; }
.flag { display: inline-block; font-size: .8rem; font-weight: 700; padding: 0 .4rem;
  border-radius: .3rem; border: 1px solid currentColor; margin-left: .3rem; }
.flag.reopened { color: var(--hi); }
.flag.new { color: var(--lo); }
blockquote { margin: .5rem 0; padding: .3rem .7rem; border-left: 3px solid var(--line);
  overflow-wrap: anywhere; }
mark { background: var(--mark); color: inherit; padding: 0 .1rem; font-weight: 600; }
.meta { color: var(--muted); font-size: .9rem; overflow-wrap: anywhere; }
code { font-size: .85em; overflow-wrap: anywhere; }
ol { padding-left: 1.4rem; margin: .4rem 0; }
li.setting { padding: .45rem 0; border-bottom: 1px solid var(--line); break-inside: avoid; }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
@media print {
  body { max-width: none; font-size: 11pt; padding: 0; }
  .summary { background: none; border: 1px solid var(--line); }
  a { color: inherit; }
  a[href]::after { content: " (" attr(href) ")"; font-size: .8em; overflow-wrap: anywhere; }
  h2 { break-after: avoid; }
}
"""

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'"


def render_html(c: Checklist) -> str:
    body: list[str] = ["<h1>Your social-media checklist</h1>", _summary(c)]
    body += [_section(s) for s in c.sections]
    body.append(
        "<footer>This checklist is for you only: it quotes your own posts, with pupils' names "
        "masked. Written by Staff Profile Auditor on this computer; nothing was sent anywhere."
        "</footer>"
    )
    return (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="robots" content="noindex, nofollow">\n'
        "<title>Your social-media checklist</title>\n"
        f"<style>{CSS}</style>\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )


def _summary(c: Checklist) -> str:
    parts = ['<div class="summary">']
    if c.last_audit is not None:
        parts.append(
            f"<p>Last audit: {c.last_audit.started_at.astimezone():%d %B %Y at %H:%M}.</p>"
        )
    parts.append(
        f"<p><strong>{counted(c.open_count, 'item')} to deal with; "
        f"{counted(c.settings_left, 'privacy setting')} to check.</strong></p>"
    )
    overdue = ' <span class="overdue">overdue: run a new audit</span>' if c.review_overdue else ""
    parts.append(
        f"<p>Next review (clause 5.4): <strong>{c.next_review:%d %B %Y}</strong>{overdue}</p>"
    )
    parts.append(
        '<p class="meta">Ticking a box here is for your own reading; to remember it, run '
        "<code>auditor decide ID fixed</code> or <code>auditor decide --setting KEY</code>.</p>"
    )
    parts.append("</div>")
    return "\n".join(parts)


def _excerpt(e: Entry) -> str:
    return _marked(e.segments)


def _marked(segments: list[Segment]) -> str:
    out = []
    for seg in segments:
        text = escape(seg.text)
        if seg.evidence:
            label = "masked pupil name" if seg.masked else seg.evidence.replace("_", " ")
            out.append(f'<mark title="{escape(label)}">{text}</mark>')
        else:
            out.append(text)
    return "".join(out).strip()


def _related(e: Entry) -> str:
    """A conversation finding's other messages: date, who, the excerpt, where."""
    if not e.related:
        return ""
    rows = "".join(f"<li>{escape(r.lead)}: “{_marked(r.segments)}”</li>" for r in e.related)
    if e.related_more:
        rows += f"<li>{escape(more_words(e.related_more))}</li>"
    heading = escape(related_heading(e.tracked.finding))
    return f'<div class="meta related">{heading}<ul>{rows}</ul></div>'


def _entry(e: Entry) -> str:
    f = e.tracked.finding
    flag = f' <span class="flag {e.flag}">{e.flag}</span>' if e.flag else ""
    where = ""
    if e.permalink:
        href = escape(e.permalink, quote=True)
        where = f'<div class="meta">Where: <a href="{href}" rel="noreferrer">{escape(e.permalink)}</a></div>'
    elif e.menu:
        where = f'<div class="meta">Where: {escape(e.menu)}</div>'
    download = (
        f'<div class="meta">In your download: {escape(e.where)}, in <code>{escape(e.file)}</code></div>'
        if e.file
        else ""
    )
    steps = "".join(f"<li>{escape(s)}</li>" for s in e.steps)
    same_post = "".join(
        f'<div class="meta same-post">Same post: also <a href="#f-{escape(oid, quote=True)}">'
        f"{escape(title)}</a> (clause {escape(clause)}); one edit may deal with both.</div>"
        for oid, title, clause in e.same_post
    )
    related = _related(e)
    return (
        f'<li class="item {f.severity.value}" id="f-{escape(f.id)}"><label>'
        f'<input type="checkbox" aria-label="done"><span><span class="title">'
        f'{escape(f.title or f.rule)}</span> <span class="meta">clause {escape(f.clause)}'
        f"</span>{flag}</span></label>"
        f'<div class="meta">{escape(e.date)}</div>'
        f"<blockquote>{_excerpt(e)}</blockquote>{related}{where}{download}{same_post}"
        f"<ol>{steps}</ol>"
        f'<div class="meta">Done? <code>auditor decide {escape(f.id)} fixed</code></div></li>'
    )


def _done_list(title: str, entries: list[Entry], intro: str = "") -> str:
    if not entries:
        return ""
    rows = []
    for e in entries:
        t = e.tracked
        note = f": {escape(t.note)}" if t.note else ""
        rows.append(
            f'<li class="setting"><label><input type="checkbox" checked disabled '
            f'aria-label="{escape(t.decision.label)}"><span><strong>{escape(t.decision.label)}'
            f"</strong>{note}; {escape(e.date)}: “{_excerpt(e)}” <code>{escape(e.id)}</code>"
            "</span></label></li>"
        )
    lead = f'<p class="meta">{escape(intro)}</p>' if intro else ""
    return f'<h3>{escape(title)}</h3>{lead}<ul class="settings">{"".join(rows)}</ul>'


def _section(s: PlatformSection) -> str:
    parts = [f'<section id="{escape(s.platform)}"><h2>{escape(s.name)}</h2>']
    if not s.open_count:
        parts.append("<p>Nothing left to deal with here.</p>")
    for sev, entries in s.by_severity.items():
        parts.append(f"<h3>{sev.value.capitalize()} priority ({len(entries)})</h3>")
        parts.append('<ul class="items">' + "".join(_entry(e) for e in entries) + "</ul>")
    parts.append(
        _done_list(
            "Marked fixed",
            s.awaiting,
            "A newer download will confirm these are gone (this one was made before you fixed "
            "them).",
        )
    )
    parts.append(_done_list("Decided", s.decided))
    if s.settings:
        rows = []
        for b in s.settings:
            checked = " checked" if b.checked else ""
            when = (
                f' <span class="meta">(checked {b.checked_at:%d %b %Y})</span>'
                if b.checked_at
                else ""
            )
            rows.append(
                f'<li class="setting"><label><input type="checkbox"{checked} '
                f'aria-label="checked"><span><strong>{escape(b.check.title)}</strong>{when}'
                f'<br><span class="meta">{escape(b.check.menu)}</span><br>'
                f"<code>auditor decide --setting {escape(b.check.key)}</code></span></label></li>"
            )
        parts.append(
            f"<h3>{escape(s.name)} privacy settings to check</h3>"
            '<p class="meta">Your download cannot show these; check each in the app.</p>'
            f'<ul class="settings">{"".join(rows)}</ul>'
        )
    parts.append("</section>")
    return "\n".join(p for p in parts if p)
