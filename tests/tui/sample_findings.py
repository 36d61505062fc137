"""A fixed set of findings (and an audit of them at fixed times), written here so that screen
snapshots do not change when the detectors or rules improve (the flows use the real engine)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from auditor.models.evidence import Evidence, EvidenceKind
from auditor.models.finding import Finding, FindingItem, Severity
from auditor.models.report import ExportSummary, ScanReport
from auditor.store.db import Store
from auditor.store.models import Decision, ExportRecord

EXPORT = "/home/jane/Downloads/facebook-janesmith-20261101"

WORK = "St Clement's CE Primary School, Year 4 Teacher, Bolton"
POST = "Lovely walk home to Mill Lane after parents' evening, BL3 2AB looking gorgeous"
COMMENT = "Well done Olivia, brilliant work in the Year 4 assembly today!"


def span(text: str, part: str) -> dict[str, int]:
    start = text.index(part)
    return {"start": start, "end": start + len(part)}


def sample_findings() -> list[Finding]:
    return [
        Finding(
            id="SMP617-29d5ed54eeb4",
            rule="SMP617-PROFILE-SCHOOL",
            clause="6.17",
            severity=Severity.HIGH,
            platform="facebook",
            title="Your profile names your school",
            item=FindingItem(
                kind="profile_field",
                source="personal_information/profile_information/profile_information.json",
                locator="/profile_v2/work_experiences/0",
                timestamp=datetime(2019, 9, 2, tzinfo=UTC),
                text=WORK,
                field="work",
                export=EXPORT,
            ),
            evidence=[
                Evidence(
                    kind=EvidenceKind.SCHOOL_NAME,
                    text="St Clement's CE Primary School",
                    **span(WORK, "St Clement's CE Primary School"),
                    confidence=0.97,
                    reason="alias of the school",
                    detector="school_name",
                ),
                Evidence(
                    kind=EvidenceKind.JOB_TITLE,
                    text="Year 4 Teacher",
                    **span(WORK, "Year 4 Teacher"),
                    confidence=0.9,
                    reason="one of your roles in the profile",
                    detector="job_title",
                ),
            ],
            explanation='Your Facebook profile field "work" names the school and your role.',
            remediation="Go to your profile > About > Work and education.\nRemove the workplace.",
            remediation_steps=[
                "Go to your profile > About > Work and education.",
                "Remove the workplace, or set who can see it to Only me.",
            ],
            visibility=0,
        ),
        Finding(
            id="SMP51-0a1b2c3d4e5f",
            rule="SMP51-HOME-ADDRESS",
            clause="5.1",
            severity=Severity.MEDIUM,
            platform="facebook",
            title="A post gives your home address",
            item=FindingItem(
                kind="post",
                source="your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
                locator="/3",
                timestamp=datetime(2025, 3, 14, 18, 5, tzinfo=UTC),
                text=POST,
                url="https://www.facebook.com/janesmith/posts/1234567890",
                export=EXPORT,
            ),
            evidence=[
                Evidence(
                    kind=EvidenceKind.HOME_ADDRESS,
                    text="Mill Lane",
                    **span(POST, "Mill Lane"),
                    confidence=0.8,
                    reason="street of your home address",
                    detector="address",
                ),
                Evidence(
                    kind=EvidenceKind.POSTCODE,
                    text="BL3 2AB",
                    **span(POST, "BL3 2AB"),
                    confidence=0.99,
                    reason="your home postcode",
                    detector="postcode",
                ),
            ],
            explanation="The post names your street and postcode.",
            remediation="Delete the post, or edit it to remove the address.",
            remediation_steps=[
                "Open the post (the link above).",
                "Delete it, or edit out the address.",
            ],
            visibility=1,
        ),
        Finding(
            id="SMP65-9f8e7d6c5b4a",
            rule="SMP65-PUPIL-NAMED",
            clause="6.5",
            severity=Severity.HIGH,
            platform="instagram",
            title="A comment names a pupil",
            item=FindingItem(
                kind="comment",
                source="your_instagram_activity/comments/post_comments_1.json",
                locator="/0",
                timestamp=datetime(2026, 6, 20, 15, 0, tzinfo=UTC),
                text=COMMENT,
                export="/home/jane/Downloads/instagram-janesmith-20261101.zip",
            ),
            evidence=[
                Evidence(
                    kind=EvidenceKind.PUPIL_NAME,
                    text="Olivia",
                    **span(COMMENT, "Olivia"),
                    confidence=0.85,
                    reason="on the pupil list",
                    detector="pupil_name",
                    sensitive=True,
                ),
            ],
            explanation="The comment names a pupil on your school's list.",
            remediation="Delete the comment.",
            remediation_steps=["Find the comment under the post.", "Delete it."],
        ),
    ]


AUDIT_TIME = "2026-11-20T18:00:00.000000+00:00"


def record_fixed_audit(state_dir: Path) -> None:
    """One finished audit of the sample findings, one of them marked fixed, at fixed times."""
    with Store.open(state_dir) as store:
        audit = store.begin_audit(
            [ExportRecord(EXPORT, "fingerprint")],
            profile_name="St Clement's CE Primary School",
            profile_fingerprint="profile",
            rules_version="1",
            detector_version="1",
            tool_version="0.1.0",
            review_interval_days=91,
        )
        report = ScanReport(findings=sample_findings())
        report.summary.exports = [
            ExportSummary(export=EXPORT, platform="facebook", platforms=["facebook", "instagram"])
        ]
        store.finish_audit(audit, report)
        store.decide("SMP51-0a1b2c3d4e5f", Decision.FIXED)
    with sqlite3.connect(state_dir / "audits.sqlite3") as db:
        db.execute("UPDATE audits SET started_at = ?, finished_at = ?", (AUDIT_TIME, AUDIT_TIME))
        db.execute("UPDATE findings SET first_seen = ?, last_seen = ?", (AUDIT_TIME, AUDIT_TIME))
        db.execute("UPDATE decisions SET made_at = ?", (AUDIT_TIME,))
