"""The two online commands as a user runs them: a subprocess of the real CLI with the network
guard installed, talking to a loopback site. They name what they will contact, ask first, and
with the network blocked fail fast with one clear line."""

from __future__ import annotations

import json
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_PROFILE
from tests.online.guarded import GuardedChild
from tests.online.local_server import PROFILE_ROUTES, Answer, LocalSite, serving
from tests.online.test_profile_import import PUBLISHED

pytestmark = pytest.mark.online

LOOPBACK_OK = {"AUDITOR_TEST_ALLOW_LOOPBACK_HTTP": "1"}
ROUTES = {
    **PROFILE_ROUTES,
    "/staff/auditor-profile.toml": lambda site: Answer(
        body=PUBLISHED.read_bytes(), content_type="application/toml"
    ),
}


@pytest.fixture(scope="module")
def site() -> Iterator[LocalSite]:
    with serving(ROUTES) as s:
        yield s


def auditor(child: GuardedChild, *args: str, input: str = "", test_switch: bool = True):  # type: ignore[no-untyped-def]
    return child.run("-m", "auditor", *args, input=input, env=LOOPBACK_OK if test_switch else {})


def test_public_check_json(child: GuardedChild, site: LocalSite) -> None:
    profile_url, wall_url = site.url("/in/janesmith"), site.url("/janesmith_ig")
    proc = auditor(
        child, "public-check", profile_url, wall_url, profile_url, "--profile", str(SAMPLE_PROFILE),
        "--yes", "--format", "json",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "public-check will contact 1 site(s), once per address, logged out:" in proc.stderr
    assert profile_url in proc.stderr and "sends no login, no cookies" in proc.stderr
    report = json.loads(proc.stdout)
    assert report["check"] == "public-check"
    assert report["summary"] == {
        "pages": 2, "seen": 1, "could_not_see": 1, "findings": 1, "by_clause": {"6.17": 1},
    }  # fmt: skip
    seen, wall = report["pages"]
    assert seen["findings"][0]["rule"] == "SMP617-PUBLIC-SCHOOL"
    assert seen["findings"][0]["item"]["source"] == f"public page {profile_url}"
    assert wall["outcome"] == "login_wall" and wall["could_see"] is False
    assert child.blocked() == []


def test_public_check_text_says_could_not_see(child: GuardedChild, site: LocalSite) -> None:
    proc = auditor(
        child, "public-check", site.url("/busy"), "--profile", str(SAMPLE_PROFILE), "--yes"
    )
    assert proc.returncode == 0, proc.stderr
    assert "Could not see: the site asked us to slow down" in proc.stdout
    assert "the site asks to wait 120 seconds" in proc.stdout
    assert "1 page(s): 0 seen, 1 could not be seen; 0 finding(s)." in proc.stdout


def test_public_check_asks_first_and_no_means_nothing_is_contacted(
    child: GuardedChild, site: LocalSite
) -> None:
    before = len(site.requests)
    url = site.url("/in/janesmith")
    proc = auditor(child, "public-check", url, "--profile", str(SAMPLE_PROFILE), input="n\n")
    assert proc.returncode == 1
    assert "Go ahead? [y/N]" in proc.stderr
    assert "auditor: nothing was contacted." in proc.stderr
    assert len(site.requests) == before
    proc = auditor(child, "public-check", url, "--profile", str(SAMPLE_PROFILE), input="")
    assert proc.returncode == 1 and len(site.requests) == before  # no answer is no
    proc = auditor(child, "public-check", url, "--profile", str(SAMPLE_PROFILE), input="y\n")
    assert proc.returncode == 0, proc.stderr
    assert [p for p, _ in site.requests[before:]] == ["/in/janesmith"]


@pytest.mark.parametrize(
    ("url", "switch"),
    [("http://www.facebook.com/jane.smith", True), ("http://127.0.0.1:9/in/jane", False)],
)
def test_public_check_refuses_plain_http(child: GuardedChild, url: str, switch: bool) -> None:
    proc = auditor(
        child, "public-check", url, "--profile", str(SAMPLE_PROFILE), "--yes", test_switch=switch
    )
    assert proc.returncode == 2
    assert proc.stderr.strip() == (
        f"auditor: {url!r} is not https; only https addresses are contacted "
        "(write https:// at the start)"
    )
    assert child.blocked() == []


def test_public_check_with_the_network_blocked(child: GuardedChild) -> None:
    start = time.monotonic()
    proc = auditor(
        child, "public-check", "https://www.instagram.com/janesmith",
        "--profile", str(SAMPLE_PROFILE), "--yes",
    )  # fmt: skip
    elapsed = time.monotonic() - start
    assert proc.returncode == 2
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith(
        "auditor: public-check: could not connect: no network connection, or the site cannot be "
        "reached (network access is blocked"
    )
    assert last.endswith("; nothing was checked")
    assert "Traceback" not in proc.stderr
    assert child.blocked() == ["connect www.instagram.com:443"]
    assert elapsed < 20  # start-up included; the failure itself is immediate


def test_profile_import_from_the_school_site(
    child: GuardedChild, site: LocalSite, sample_profile: Path
) -> None:
    url = site.url("/staff/auditor-profile.toml")
    proc = auditor(child, "profile", "import", url, "--to", str(sample_profile), input="y\ny\n")
    assert proc.returncode == 0, proc.stderr
    assert "profile import will contact 1 site(s)" in proc.stderr
    assert "Save these changes? [y/N]" in proc.stderr
    assert f"Changes to {sample_profile}" in proc.stdout
    assert "+ disable SMP617-PROFILE-ROLE" in proc.stdout
    assert f"auditor: saved {sample_profile}" in proc.stderr
    text = sample_profile.read_text("utf-8")
    assert f"# Imported from {url} on " in text
    assert stat.S_IMODE(sample_profile.stat().st_mode) == 0o600
    assert child.blocked() == []


def test_profile_import_from_a_file_saves_only_on_yes(
    child: GuardedChild, sample_profile: Path
) -> None:
    before = sample_profile.read_bytes()
    proc = auditor(
        child, "profile", "import", str(PUBLISHED), "--to", str(sample_profile), input="n\n"
    )
    assert proc.returncode == 1
    assert "school.website: (not set) -> " in proc.stdout
    assert "auditor: nothing was saved." in proc.stderr
    assert "will contact" not in proc.stderr  # a file: nothing to contact
    assert sample_profile.read_bytes() == before
    proc = auditor(child, "profile", "import", str(PUBLISHED), "--to", str(sample_profile), "--yes")
    assert proc.returncode == 0, proc.stderr
    assert sample_profile.read_bytes() != before


def test_profile_import_with_the_network_blocked(child: GuardedChild, tmp_path: Path) -> None:
    target = tmp_path / "school.toml"
    proc = auditor(
        child, "profile", "import", "https://www.stclements-bolton.sch.uk/auditor.toml",
        "--to", str(target), "--yes",
    )  # fmt: skip
    assert proc.returncode == 2
    assert (
        proc.stderr.strip()
        .splitlines()[-1]
        .startswith(
            "auditor: profile import https://www.stclements-bolton.sch.uk/auditor.toml: "
            "could not connect: no network connection"
        )
    )
    assert not target.exists()
    assert child.blocked() == ["connect www.stclements-bolton.sch.uk:443"]


def test_profile_import_refuses_a_publication_with_pupils(
    child: GuardedChild, tmp_path: Path
) -> None:
    pub = tmp_path / "pub.toml"
    pub.write_text('[school]\nname = "X"\n[pupils]\nnames_file = "pupils.txt"\n')
    proc = auditor(child, "profile", "import", str(pub), "--to", str(tmp_path / "s.toml"), "--yes")
    assert proc.returncode == 2
    assert "must not contain personal details or pupil names" in proc.stderr
    assert not (tmp_path / "s.toml").exists()
