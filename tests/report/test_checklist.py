"""The checklist in every format, from a real store, through the real CLI: what it says, how it
masks pupils' names, that it is private (0600), and that the HTML renders in a real browser."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from auditor.models.evidence import Evidence, EvidenceKind
from auditor.models.finding import Finding, FindingItem, Severity
from auditor.models.report import ExportSummary, ScanReport
from auditor.store import Decision, Store
from auditor.store.models import ExportRecord
from tests.helpers import run_cli

PUPIL = "Olivia Hussain"
PUPIL_POST = f"So proud of {PUPIL} in the St Clement's nativity today, 3 Dec"
HOSTILE = "<script>alert('x')</script> *bold* [link](http://evil.example) `code`"


def ev(kind: EvidenceKind, text: str, needle: str, sensitive: bool = False) -> Evidence:
    start = text.index(needle)
    return Evidence(
        kind=kind,
        text=needle,
        start=start,
        end=start + len(needle),
        confidence=0.9,
        sensitive=sensitive,
    )


def f(
    fid: str,
    platform: str,
    severity: Severity,
    text: str,
    evidence: list[Evidence],
    url: str | None = None,
    clause: str = "6.5",
    kind: str = "post",
) -> Finding:
    return Finding(
        id=fid,
        rule=f"SMP{clause.replace('.', '')}-TEST",
        clause=clause,
        severity=severity,
        platform=platform,
        item=FindingItem(
            kind=kind,
            source="your_posts_1.json",
            locator="/3/data/0/post",
            text=text,
            timestamp=datetime(2026, 12, 3, 18, tzinfo=UTC),
            url=url,
            export="dl",
        ),
        evidence=evidence,
        explanation="…",
        remediation="Delete the post.\nTell the Headteacher.",
        title=f"Finding {fid}",
        remediation_steps=["Delete the post.", "Tell the Headteacher."],
    )


@pytest.fixture
def store_with_findings() -> datetime:
    """One audit with findings on two platforms, one decision, one setting ticked."""
    findings = [
        f(
            "SMP65-pupil0000001",
            "facebook",
            Severity.HIGH,
            PUPIL_POST,
            [
                ev(EvidenceKind.PUPIL_NAME, PUPIL_POST, PUPIL, sensitive=True),
                ev(EvidenceKind.SCHOOL_NAME, PUPIL_POST, "St Clement's"),
            ],
        ),
        f(
            "SMP51-hostile00001",
            "facebook",
            Severity.MEDIUM,
            HOSTILE,
            [ev(EvidenceKind.SCHOOL_CONTEXT, HOSTILE, "*bold*")],
            clause="5.1",
        ),
        f(
            "SMP616-link0000001",
            "instagram",
            Severity.LOW,
            "Sports day at school",
            [ev(EvidenceKind.SCHOOL_CONTEXT, "Sports day at school", "school")],
            url="https://www.instagram.com/p/ABC123/",
            clause="6.16",
        ),
        f(
            "SMP617-permitted01",
            "facebook",
            Severity.HIGH,
            "Governor at SCPS",
            [ev(EvidenceKind.SCHOOL_NAME, "Governor at SCPS", "SCPS")],
            clause="6.17",
        ),
    ]
    with Store.open() as store:
        a = store.begin_audit(
            [ExportRecord("dl", "fp")],
            profile_name="St Clement's",
            profile_fingerprint="p",
            rules_version="r",
            detector_version="d",
            tool_version="0.1.0",
            review_interval_days=30,
        )
        r = ScanReport(findings=findings)
        r.summary.exports = [
            ExportSummary(export="dl", platform="facebook", platforms=["facebook", "instagram"])
        ]
        store.finish_audit(a, r)
        store.decide("SMP617-permitted01", Decision.PERMITTED, "Headteacher agreed <ok>")
        store.set_setting_checked("facebook", "past-posts")
        started = store.audits()[0].started_at
    return started


def write(fmt: str, dest: Path) -> str:
    proc = run_cli("checklist", "--format", fmt, "--output", dest)
    assert proc.returncode == 0, proc.stderr
    assert f"Your checklist: {dest}" in proc.stdout
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    return dest.read_text("utf-8")


def test_markdown_groups_by_platform_then_severity(
    store_with_findings: datetime, tmp_path: Path
) -> None:
    md = write("markdown", tmp_path / "checklist.md")
    assert PUPIL not in md and "Olivia" not in md
    assert "**O••••a H•••••n**" in md and "**St Clement's**" in md
    # Platform, then severity: Facebook high, Facebook medium, then Instagram.
    order = [
        md.index(s)
        for s in (
            "## Facebook",
            "### High priority (1)",
            "### Medium priority (1)",
            "## Instagram",
            "### Low priority (1)",
        )
    ]
    assert order == sorted(order)
    assert "clause 6.5" in md and "1. Delete the post." in md and "2. Tell the Headteacher." in md
    assert "Where: <https://www.instagram.com/p/ABC123/>" in md
    assert "Where: Your profile > Manage posts" in md  # no permalink: the menus
    # Where in the download in words, and the file; never the export's internal pointer.
    assert re.search(r"In your download: The post of \d+ \w+ \d{4}, in `your_posts_1.json`", md)
    assert "/3/data/0/post" not in md
    # The item's own text is shown literally, never as Markdown or HTML.
    assert "“\\<script>alert('x')\\</script> **\\*bold\\*** \\[link\\](http" in md
    assert "- [x] permitted: Headteacher agreed \\<ok>" in md
    assert "- [x] **Limit who can see past posts to Friends**" in md
    assert "- [ ] **Who can see your future posts: Friends (not Public)**" in md
    assert "auditor decide --setting facebook.future-posts" in md
    due = (store_with_findings + timedelta(days=30)).date()
    assert f"Next review (clause 5.4): **{due:%d %B %Y}**" in md
    ics = (tmp_path / "checklist.ics").read_text()
    assert f"DTSTART;VALUE=DATE:{due:%Y%m%d}" in ics


def test_json_has_the_same_content_for_scripts(
    store_with_findings: datetime, tmp_path: Path
) -> None:
    data = json.loads(write("json", tmp_path / "c.json"))
    assert PUPIL not in json.dumps(data, ensure_ascii=False)
    fb = data["platforms"][0]
    assert fb["platform"] == "facebook" and list(fb["open"]) == ["high", "medium"]
    pupil = fb["open"]["high"][0]
    assert pupil["excerpt"].startswith("So proud of O••••a H•••••n in the St Clement's")
    assert [s for s in pupil["segments"] if s["evidence"]] == [
        {"text": "O••••a H•••••n", "evidence": "pupil_name", "masked": True},
        {"text": "St Clement's", "evidence": "school_name", "masked": False},
    ]
    assert pupil["status"] == "new" and pupil["decision"] == "open"
    assert fb["decided"][0]["note"] == "Headteacher agreed <ok>"
    settings = {s["key"]: s["checked"] for s in fb["settings"]}
    assert settings["facebook.past-posts"] is True and settings["facebook.search-engines"] is False
    insta = data["platforms"][1]
    assert insta["open"]["low"][0]["permalink"] == "https://www.instagram.com/p/ABC123/"
    assert data["open"] == 3
    assert (
        date.fromisoformat(data["next_review"]) == (store_with_findings + timedelta(days=30)).date()
    )


def test_html_is_self_contained_escaped_and_private(
    store_with_findings: datetime, tmp_path: Path
) -> None:
    html = write("html", tmp_path / "c.html")
    assert PUPIL not in html and "Olivia" not in html
    assert '<mark title="masked pupil name">O••••a H•••••n</mark>' in html
    assert "<script" not in html.lower().replace("&lt;script", "")
    assert "&lt;script&gt;alert(" in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert not re.search(r"<(link|img|iframe|object|embed)\b", html, re.I)
    assert not re.search(r"\b(src|srcset)\s*=", html, re.I)
    assert not re.search(r"url\(", html)  # nothing fetched from CSS either
    hrefs = re.findall(r'href="([^"]+)"', html)
    outside = [h for h in hrefs if not h.startswith("#")]
    assert outside == ["https://www.instagram.com/p/ABC123/"]  # the permalink only
    # The rest point within the page: findings about the same post name each other.
    for anchor in set(hrefs) - set(outside):
        assert f'id="{anchor[1:]}"' in html
    assert 'name="viewport"' in html and "@media print" in html


def test_default_location_is_the_private_folder(store_with_findings: datetime) -> None:
    proc = run_cli("checklist", "--format", "markdown")
    assert proc.returncode == 0, proc.stderr
    state = Path(os.environ["AUDITOR_STATE_DIR"])
    path = state / "checklist" / "checklist.md"
    assert f"Your checklist: {path}" in proc.stdout
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    ics = path.with_name("next-review.ics").read_bytes()
    assert ics.startswith(b"BEGIN:VCALENDAR\r\n") and ics.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in ics.split(b"\r\n"))
    assert b"Olivia" not in ics and b"Clement" not in ics  # a calendar may be shared


def test_ticking_a_setting_through_the_cli(store_with_findings: datetime) -> None:
    proc = run_cli("decide", "--setting", "instagram.private-account")
    assert proc.returncode == 0, proc.stderr
    bad = run_cli("decide", "--setting", "instagram.nope")
    assert bad.returncode == 2 and "no privacy setting" in bad.stderr
    data = json.loads(run_cli("checklist", "--format", "json", "--output", "-").stdout)
    insta = {s["key"]: s["checked"] for s in data["platforms"][1]["settings"]}
    assert insta["instagram.private-account"] is True
    run_cli("decide", "--setting", "instagram.private-account", "--undo")
    data = json.loads(run_cli("checklist", "--format", "json", "--output", "-").stdout)
    assert not any(s["checked"] for s in data["platforms"][1]["settings"])


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_html_renders_in_headless_chromium_without_console_errors(
    store_with_findings: datetime, tmp_path: Path
) -> None:
    page = tmp_path / "checklist.html"
    write("html", page)
    shot = tmp_path / "phone.png"
    proc = subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--screenshot={shot}",
            "--window-size=412,900",
            "--enable-logging=stderr",
            "--v=0",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert shot.exists() and shot.stat().st_size > 5_000
    console = [
        line
        for line in proc.stderr.splitlines()
        if "Uncaught" in line or "CONSOLE" in line or "Content Security Policy" in line
    ]
    assert console == []
    from PIL import Image

    with Image.open(shot) as img:
        assert img.size == (412, 900)
        colours = img.convert("RGB").getcolors(maxcolors=1_000_000)
        assert colours is not None and len(colours) > 20  # text was drawn, not a blank page


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_html_prints_to_pdf(store_with_findings: datetime, tmp_path: Path) -> None:
    page = tmp_path / "checklist.html"
    write("html", page)
    pdf = tmp_path / "checklist.pdf"
    proc = subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 10_000


def test_a_posts_words_and_its_photo_are_linked_as_one_post(tmp_path: Path) -> None:
    """The sample's Facebook post "So proud of my Year 4s at St Clement's" has a place near the
    school (5.1) and a photo of the school (6.16): two findings, on two items, one post."""
    from tests.conftest import SAMPLE_EXPORTS, SAMPLE_PROFILE

    scan = run_cli("scan", *sorted(SAMPLE_EXPORTS.iterdir()), "--profile", SAMPLE_PROFILE)
    assert scan.returncode == 0, scan.stderr
    data = json.loads(write("json", tmp_path / "c.json"))
    entries = {e["id"]: e for s in data["platforms"] for group in s["open"].values() for e in group}
    photo = next(e for e in entries.values() if e["clause"] == "6.16" and "Year 4s" in e["excerpt"])
    assert len(photo["same_post"]) == 1
    words = entries[photo["same_post"][0]]
    assert words["clause"] == "5.1" and words["same_post"] == [photo["id"]]
    assert photo["in_download"].split(" (")[0] == words["in_download"].split(" (")[0]
    # A finding with nothing else on its post names nothing.
    assert all(
        e["same_post"] == [] for i, e in entries.items() if i not in (photo["id"], words["id"])
    )
    md = write("markdown", tmp_path / "c.md")
    assert f"Same post: also **{words['title']}** (clause 5.1, `{words['id']}`)" in md


def test_a_conversation_finding_lists_its_other_messages_with_names_masked(
    tmp_path: Path,
) -> None:
    from tests.conftest import SAMPLE_PROFILE
    from tests.rules.test_pupil_named_exports import CHAT

    chat = tmp_path / "WhatsApp Chat with Kerry Turner.txt"
    chat.write_text(CHAT, "utf-8")
    scan = run_cli("scan", chat, "--profile", SAMPLE_PROFILE)
    assert scan.returncode == 0, scan.stderr
    data = json.loads(write("json", tmp_path / "c.json"))
    entries = [e for s in data["platforms"] for group in s["open"].values() for e in group]
    (talk,) = [e for e in entries if e["rule"] == "SMP65-PUPIL-DISCUSSED"]
    assert talk["excerpt"].startswith("Between us, M••••e C••••e was hitting")
    assert [(r["date"], r["who"]) for r in talk["related"]] == [
        ("12 May 2026", "them"),
        ("12 May 2026", "you"),
        ("14 May 2026", "you"),
    ]
    assert (
        "O••••a" in talk["related"][0]["excerpt"] and "Olivia" not in talk["related"][0]["excerpt"]
    )
    assert talk["related"][2]["in_download"].endswith("(line 6)") and talk["related_more"] == 0
    md = write("markdown", tmp_path / "c.md")
    assert "Also in this conversation (3 more messages):" in md
    assert "  - 14 May 2026, you: “Text me on" in md
    html = write("html", tmp_path / "c.html")
    assert "Also in this conversation (3 more messages):" in html
    assert "12 May 2026, them: “Are you still OK for Saturday? <mark" in html
    for text in (md, html):
        assert "Maisie" not in text and "Olivia" not in text
