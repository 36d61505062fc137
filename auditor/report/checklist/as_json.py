"""The checklist as JSON, for scripts and for the TUI: the same content as the other formats."""

from __future__ import annotations

import json
from typing import Any

from auditor.report.checklist.excerpt import plain
from auditor.report.checklist.model import Checklist, Entry, SettingBox


def checklist_data(c: Checklist) -> dict[str, Any]:
    return {
        "tool": "staff-profile-auditor",
        "kind": "checklist",
        "generated_at": c.generated_at.isoformat(),
        "last_audit": (
            {"id": c.last_audit.id, "started_at": c.last_audit.started_at.isoformat()}
            if c.last_audit
            else None
        ),
        "next_review": c.next_review.isoformat(),
        "review_overdue": c.review_overdue,
        "review_interval_days": c.interval_days,
        "open": c.open_count,
        "settings_left": c.settings_left,
        "platforms": [
            {
                "platform": s.platform,
                "name": s.name,
                "open": {sev.value: [_entry(e) for e in es] for sev, es in s.by_severity.items()},
                "marked_fixed": [_entry(e) for e in s.awaiting],
                "decided": [_entry(e) for e in s.decided],
                "settings": [_setting(b) for b in s.settings],
            }
            for s in c.sections
        ],
    }


def render_json(c: Checklist) -> str:
    return json.dumps(checklist_data(c), indent=2, ensure_ascii=False) + "\n"


def _entry(e: Entry) -> dict[str, Any]:
    t = e.tracked
    f = t.finding
    return {
        "id": f.id,
        "rule": f.rule,
        "clause": f.clause,
        "severity": f.severity.value,
        "title": f.title,
        "date": f.item.timestamp.isoformat() if f.item.timestamp else None,
        "excerpt": plain(e.segments),
        "segments": [
            {"text": s.text, "evidence": s.evidence, "masked": s.masked} for s in e.segments
        ],
        "permalink": e.permalink,
        "menu": e.menu,
        "in_download": e.in_download,
        "where": e.where,
        "steps": e.steps,
        "same_post": [oid for oid, _, _ in e.same_post],
        "related": [
            {"date": r.date, "who": r.who, "excerpt": plain(r.segments), "in_download": r.where}
            for r in e.related
        ],
        "related_more": e.related_more,
        "status": t.status.value,
        "reopened": e.flag == "reopened",
        "decision": t.decision.value,
        "note": t.note,
        "decided_at": t.decided_at.isoformat() if t.decided_at else None,
    }


def _setting(b: SettingBox) -> dict[str, Any]:
    return {
        "key": b.check.key,
        "topic": b.check.topic,
        "title": b.check.title,
        "menu": b.check.menu,
        "checked": b.checked,
        "checked_at": b.checked_at.isoformat() if b.checked_at else None,
    }
