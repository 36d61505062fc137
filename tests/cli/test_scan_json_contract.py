"""The CLI's JSON output contract, checked field by field on a real Facebook zip."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from tests.conftest import SAMPLE_PROFILE
from tests.helpers import run_cli, run_json

EVIDENCE_KINDS = {
    "school_name",
    "job_title",
    "pupil_name",
    "child_name",
    "person_name",
    "home_address",
    "postcode",
    "phone",
    "email",
    "location_near_school",
    "location_near_home",
    "location",
    "face",
    "text_in_image",
    "pupil_connection",
    # extensions
    "school_context",
    "negative_remark",
    "confidential_topic",
    "school_group",
}
ITEM_KINDS = {"post", "comment", "message", "profile_field", "connection", "group", "media", "bio"}


def test_scan_facebook_zip_json_contract(facebook_zip: Path) -> None:
    data = run_json("scan", facebook_zip, "--profile", SAMPLE_PROFILE)
    assert set(data) >= {"summary", "findings", "warnings"}

    exports = data["summary"]["exports"]
    assert len(exports) == 1
    assert exports[0]["platform"] == "facebook"
    assert exports[0]["items"]["profile_field"] >= 8
    assert exports[0]["items"]["post"] == 3
    assert exports[0]["items"]["media"] == 2
    assert data["warnings"] == []

    work = [f for f in data["findings"] if f["rule"] == "SMP617-PROFILE-SCHOOL"]
    assert len(work) == 1
    f = work[0]
    assert set(f) >= {
        "id",
        "rule",
        "clause",
        "severity",
        "platform",
        "item",
        "evidence",
        "explanation",
        "remediation",
    }
    assert f["clause"] == "6.17"
    assert f["severity"] == "high"
    assert f["platform"] == "facebook"
    item = f["item"]
    assert set(item) >= {"kind", "source", "locator", "timestamp", "text", "media"}
    assert item["kind"] in ITEM_KINDS
    assert item["kind"] == "profile_field"
    assert item["source"] == "personal_information/profile_information/profile_information.json"
    assert item["locator"] == "/profile_v2/work_experiences/0"
    assert item["media"] is None
    # ISO 8601, UTC
    assert datetime.fromisoformat(item["timestamp"]).utcoffset().total_seconds() == 0
    # Mojibake repaired: the curly apostrophe is back.
    assert "St Clement’s CE Primary School" in item["text"]
    kinds = {e["kind"] for e in f["evidence"]}
    assert "school_name" in kinds and "job_title" in kinds
    for e in f["evidence"]:
        assert e["kind"] in EVIDENCE_KINDS
        assert set(e) >= {"kind", "text", "start", "end", "confidence"}
        assert item["text"][e["start"] : e["end"]] == e["text"]
        assert 0 <= e["confidence"] <= 1
    assert "6.17" in f["explanation"] or "profile" in f["explanation"]
    assert "About > Work and education" in f["remediation"]


def test_finding_ids_are_stable_across_runs_and_packaging(facebook_zip: Path) -> None:
    from tests.conftest import SAMPLE_EXPORTS

    a = run_json("scan", facebook_zip, "--profile", SAMPLE_PROFILE)
    b = run_json(
        "scan", SAMPLE_EXPORTS / "facebook-janesmith-20261101", "--profile", SAMPLE_PROFILE
    )
    assert [f["id"] for f in a["findings"]] == [f["id"] for f in b["findings"]]
    assert len({f["id"] for f in a["findings"]}) == len(a["findings"])


def test_text_output_is_readable(facebook_zip: Path) -> None:
    proc = run_cli("scan", facebook_zip, "--profile", SAMPLE_PROFILE)
    assert proc.returncode == 0
    assert "Your profile names your school" in proc.stdout
    assert "Traceback" not in proc.stderr


def test_output_file_is_private(facebook_zip: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    proc = run_cli(
        "scan", facebook_zip, "--profile", SAMPLE_PROFILE, "--format", "json", "--output", out
    )
    assert proc.returncode == 0, proc.stderr
    assert out.stat().st_mode & 0o777 == 0o600
    assert '"findings"' in out.read_text()
