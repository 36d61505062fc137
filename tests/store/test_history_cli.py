"""Two audits of two downloads of one account, with decisions in between, through the real CLI
and a real SQLite store: what is new, still open, resolved, reopened and decided."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path
from typing import Any

from tests.conftest import SAMPLE_PROFILE
from tests.helpers import run_cli
from tests.store.exports import (
    GOVERNOR,
    PUPIL_DAYS,
    SUPERVISOR,
    TA,
    VOLUNTEER,
    Y4_TEACHER,
    facebook_export,
)


def scan(export: Path, *extra: str) -> tuple[dict[str, Any], str]:
    proc = run_cli("scan", export, "--profile", SAMPLE_PROFILE, "--format", "json", *extra)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout), proc.stderr


def ids_by_text(report: dict[str, Any]) -> dict[str, str]:
    return {f["item"]["text"]: f["id"] for f in report["findings"] if f["platform"] == "facebook"}


def checklist() -> dict[str, Any]:
    proc = run_cli("checklist", "--format", "json", "--output", "-")
    assert proc.returncode == 0, proc.stderr
    data: dict[str, Any] = json.loads(proc.stdout)
    return data


def history() -> list[dict[str, Any]]:
    proc = run_cli("history", "--json")
    assert proc.returncode == 0, proc.stderr
    audits: list[dict[str, Any]] = json.loads(proc.stdout)["audits"]
    return audits


def decide(*args: str) -> str:
    proc = run_cli("decide", *args)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_two_downloads_new_resolved_reopened_and_decided(tmp_path: Path) -> None:
    v1 = facebook_export(
        tmp_path / "facebook-20260901", [Y4_TEACHER, TA, SUPERVISOR, VOLUNTEER], [PUPIL_DAYS]
    )
    report1, err1 = scan(v1)
    ids = ids_by_text(report1)
    y4 = ids["St Clement's CE Primary School, Year 4 Teacher"]
    ta = ids["St Clement's CE Primary School, Teaching Assistant"]
    sup = ids["SCPS, Lunchtime supervisor"]
    edu = ids["St Clement's CE Primary School, Primary"]
    assert len(ids) == 4
    assert "Audit 1 recorded: 4 new" in err1
    state = Path(os.environ["AUDITOR_STATE_DIR"])
    assert f"Your checklist: {state / 'checklist' / 'checklist.html'}" in err1

    # In between: the user deals with some of them.
    decide(y4[:10], "fixed")  # says fixed, but the next download still has it
    decide(ta, "fixed")  # really removed
    out = decide(sup, "permitted", "--note", "Headteacher agreed: my old job there, 6.17")
    assert "permitted" in out
    # The checklist in the private folder is brought up to date by each decision.
    md = (state / "checklist" / "checklist.md").read_text("utf-8")
    assert "- [x] permitted: Headteacher agreed: my old job there, 6.17" in md
    # A permitted decision without a note is refused, and nothing is recorded.
    refused = run_cli("decide", edu, "permitted")
    assert refused.returncode == 2 and "needs a note" in refused.stderr

    # The newer download: the TA entry and the education entry are gone, a governor role is new.
    v2 = facebook_export(
        tmp_path / "facebook-20261101", [GOVERNOR, Y4_TEACHER, SUPERVISOR, VOLUNTEER]
    )
    report2, err2 = scan(v2)
    gov = ids_by_text(report2)["St Clement's CE Primary School, Staff governor"]
    assert set(ids_by_text(report2).values()) == {y4, sup, gov}  # ids are stable across downloads
    assert "Audit 2 recorded: 1 new, 1 still open, 2 resolved, 1 reopened" in err2

    audits = history()
    assert [(a["id"], a["status"]) for a in audits] == [(1, "completed"), (2, "completed")]
    assert {k: audits[1][k] for k in ("findings", "new", "open", "resolved", "reopened")} == {
        "findings": 3,
        "new": 1,
        "open": 1,
        "resolved": 2,
        "reopened": 1,
    }
    assert audits[1]["rules_version"] and audits[1]["detector_version"]
    assert audits[1]["exports"][0]["platforms"] == ["facebook"]

    c = checklist()
    fb = next(p for p in c["platforms"] if p["platform"] == "facebook")
    open_items = {e["id"]: e for es in fb["open"].values() for e in es}
    assert set(open_items) == {y4, gov}
    assert open_items[y4]["reopened"] is True and open_items[y4]["status"] == "reopened"
    assert open_items[gov]["status"] == "new" and not open_items[gov]["reopened"]
    decided = {e["id"]: e for e in fb["decided"]}
    assert set(decided) == {sup}
    assert decided[sup]["decision"] == "permitted"
    assert decided[sup]["note"] == "Headteacher agreed: my old job there, 6.17"
    assert fb["marked_fixed"] == []  # the TA entry is resolved, not waiting

    # The decision history keeps both the user's "fixed" and the audit's reopening.
    db = sqlite3.connect(state / "audits.sqlite3")
    rows = db.execute(
        "SELECT decision, by FROM decisions WHERE finding_id = ? ORDER BY id", (y4,)
    ).fetchall()
    assert rows == [("fixed", "you"), ("open", "audit")]
    assert db.execute("SELECT status FROM findings WHERE id = ?", (ta,)).fetchone() == ("resolved",)
    db.close()

    # Undo brings the earlier decision back; a decision on the same old download is kept.
    decide(gov, "fixed")
    _, err3 = scan(v2)  # the same download again: the governor entry predates the fix
    assert "Audit 3 recorded: 0 new, 3 still open, 0 resolved, 0 reopened" in err3
    fb = next(p for p in checklist()["platforms"] if p["platform"] == "facebook")
    assert [e["id"] for e in fb["marked_fixed"]] == [gov]
    assert {e["id"] for es in fb["open"].values() for e in es} == {y4}
    decide(gov, "--undo")
    fb = next(p for p in checklist()["platforms"] if p["platform"] == "facebook")
    assert {e["id"] for es in fb["open"].values() for e in es} == {y4, gov}


def test_another_platform_does_not_resolve_facebook_findings(tmp_path: Path) -> None:
    from tests.conftest import FIXTURES

    fb = facebook_export(tmp_path / "facebook", [Y4_TEACHER])
    scan(fb)
    other = FIXTURES / "exports" / "flickr"  # a download of another platform
    _, err = scan(other)
    assert " 0 resolved" in err
    fb_open = next(p for p in checklist()["platforms"] if p["platform"] == "facebook")
    assert sum(len(v) for v in fb_open["open"].values()) == 1


def test_no_store_writes_nothing(tmp_path: Path) -> None:
    fb = facebook_export(tmp_path / "facebook", [Y4_TEACHER])
    report, err = scan(fb, "--no-store")
    assert report["findings"] and "checklist" not in err
    assert not (Path(os.environ["AUDITOR_STATE_DIR"]) / "audits.sqlite3").exists()


def test_text_output_ends_with_where_the_checklist_is(tmp_path: Path) -> None:
    fb = facebook_export(tmp_path / "facebook", [Y4_TEACHER])
    state = tmp_path / "my-state"
    proc = run_cli("scan", fb, "--profile", SAMPLE_PROFILE, "--state", state)
    assert proc.returncode == 0, proc.stderr
    last = proc.stdout.rstrip().splitlines()[-1]
    assert last.startswith(f"Your checklist: {state / 'checklist' / 'checklist.html'}")
    assert stat.S_IMODE(state.stat().st_mode) == 0o700
    for f in [state / "audits.sqlite3", *(state / "checklist").iterdir()]:
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
    # --state is honoured by every command, and the default folder stayed untouched.
    assert "1 " in run_cli("history", "--state", state).stdout
    assert not (Path(os.environ["AUDITOR_STATE_DIR"]) / "audits.sqlite3").exists()


def test_wipe_removes_what_the_tool_wrote_and_nothing_else(tmp_path: Path) -> None:
    state = Path(os.environ["AUDITOR_STATE_DIR"])
    (state / "my-notes.txt").write_text("not the auditor's")
    fb = facebook_export(tmp_path / "facebook", [Y4_TEACHER])
    scan(fb)
    saved = tmp_path / "saved" / "checklist.md"
    saved.parent.mkdir()
    assert run_cli("checklist", "--format", "markdown", "--output", saved).returncode == 0
    assert saved.exists() and saved.with_suffix(".ics").exists()

    asked = run_cli("wipe")  # not a terminal and no --yes: nothing happens
    assert asked.returncode == 1 and (state / "audits.sqlite3").exists()

    proc = run_cli("wipe", "--yes")
    assert proc.returncode == 0, proc.stderr
    assert "audits.sqlite3" in proc.stdout and str(saved) in proc.stdout
    assert not (state / "audits.sqlite3").exists()
    assert not (state / "checklist").exists()
    assert not saved.exists() and not saved.with_suffix(".ics").exists()
    assert (state / "my-notes.txt").read_text() == "not the auditor's"
    again = run_cli("wipe", "--yes")
    assert again.returncode == 0 and "Nothing to remove" in again.stdout


def test_a_damaged_database_is_reported_and_wipe_still_cures_it(tmp_path: Path) -> None:
    state = Path(os.environ["AUDITOR_STATE_DIR"])
    (state / "audits.sqlite3").write_bytes(b"this is not a database" * 100)
    fb = facebook_export(tmp_path / "facebook", [Y4_TEACHER])
    proc = run_cli("scan", fb, "--profile", SAMPLE_PROFILE)
    assert proc.returncode == 2
    assert "the audit history cannot be opened" in proc.stderr and "auditor wipe" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert run_cli("wipe", "--yes").returncode == 0
    assert run_cli("scan", fb, "--profile", SAMPLE_PROFILE).returncode == 0


def test_an_overdue_review_is_a_finding_until_the_next_audit(tmp_path: Path) -> None:
    fb = facebook_export(tmp_path / "facebook", [Y4_TEACHER])
    scan(fb)
    db = Path(os.environ["AUDITOR_STATE_DIR"]) / "audits.sqlite3"
    conn = sqlite3.connect(db)
    with conn:  # the first audit was 100 days ago (the sample profile reviews every 91 days)
        conn.execute("UPDATE audits SET started_at = '2026-01-01T09:00:00.000000+00:00'")
    conn.close()
    report, err = scan(fb)
    review = [f for f in report["findings"] if f["clause"] == "5.4"]
    assert len(review) == 1 and review[0]["platform"] == "all"
    assert "last audit 2026-01-01" in review[0]["item"]["locator"]
    c = checklist()
    assert any(p["platform"] == "all" and p["open"] for p in c["platforms"])
    _, err = scan(fb)  # reviewed now: the reminder is resolved
    assert "1 resolved" in err
    assert not any(p["platform"] == "all" and p["open"] for p in checklist()["platforms"])
