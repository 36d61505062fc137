"""`auditor profile import`: a profile the school publishes, from a file or (https only) a URL,
checked with the same schema as a local profile, shown as changes and saved only on yes."""

from __future__ import annotations

import stat
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from auditor.errors import ProfileError
from auditor.online.fetch import FetchLimits, PageFetcher
from auditor.online.published import (
    RULES_DIR,
    RULES_FILE,
    apply_import,
    fetch_published,
    parse_published,
    plan_import,
    render_plan,
)
from auditor.pipeline import default_overrides
from auditor.profile.loader import load_profile
from auditor.rules.loader import load_rule_pack
from tests import network_guard
from tests.online.local_server import Answer, LocalSite, Route, serving

pytestmark = pytest.mark.online

PUBLISHED = Path(__file__).parent / "pages" / "published-school.toml"
NOTE = "# Imported for a test."


def toml_answer(body: bytes, content_type: str = "application/toml") -> Route:
    return lambda site: Answer(body=body, content_type=content_type)


ROUTES: dict[str, Route] = {
    "/staff/auditor-profile.toml": toml_answer(PUBLISHED.read_bytes()),
    "/staff/as-text": toml_answer(PUBLISHED.read_bytes(), "text/plain; charset=utf-8"),
    "/staff/page": toml_answer(b"<html><body>Staff area</body></html>", "text/html"),
    "/staff/huge.toml": toml_answer(b"# " + b"x" * 2_000_000 + b"\n"),
    "/staff/moved": lambda site: Answer(
        status=301, headers={"Location": "/staff/auditor-profile.toml"}
    ),
    "/staff/elsewhere": lambda site: Answer(
        status=302, headers={"Location": "https://attacker.example/profile.toml"}
    ),
    "/staff/busy": lambda site: Answer(status=429, headers={"Retry-After": "30"}),
}


@pytest.fixture(scope="module")
def site() -> Iterator[LocalSite]:
    with serving(ROUTES) as s:
        yield s


@pytest.fixture
def fetcher() -> Iterator[PageFetcher]:
    with PageFetcher(
        FetchLimits(read_timeout=2, max_bytes=1_000_000), allow_loopback_http=True
    ) as f:
        yield f


def _tables(path: Path) -> dict[str, object]:
    return tomllib.loads(path.read_text("utf-8"))


def test_import_updates_school_only_and_keeps_the_rest(sample_profile: Path) -> None:
    before_text = sample_profile.read_text("utf-8")
    before = _tables(sample_profile)
    published = parse_published(PUBLISHED.read_bytes(), str(PUBLISHED))
    plan = plan_import(published, sample_profile, NOTE)
    shown = render_plan(plan)
    assert f"Changes to {sample_profile}" in shown
    assert (
        'school.aliases: ["SCPS"] -> ["SCPS", "St Clement\'s Bolton", "St Clements Primary"]'
        in shown
    )
    assert 'school.website: (not set) -> "https://www.stclements-bolton.sch.uk"' in shown
    assert "school.name" not in shown  # unchanged keys are not listed
    assert "+ disable SMP617-PROFILE-ROLE" in shown
    assert '+ change SMP617-PROFILE-SCHOOL severity to "medium"' in shown
    assert sample_profile.read_text("utf-8") == before_text  # nothing written yet

    apply_import(plan)
    after = _tables(sample_profile)
    assert after["you"] == before["you"] and after["pupils"] == before["pupils"]
    assert after["school"]["email_domain"] == "stclements-bolton.sch.uk"  # type: ignore[index]
    text = sample_profile.read_text("utf-8")
    assert text.startswith("# The bundled sample school profile")  # comments outside kept
    assert NOTE in text
    assert stat.S_IMODE(sample_profile.stat().st_mode) == 0o600
    rules = sample_profile.parent / RULES_DIR / RULES_FILE
    assert stat.S_IMODE(rules.stat().st_mode) == 0o600
    assert stat.S_IMODE(rules.parent.stat().st_mode) == 0o700

    # The saved profile loads as any profile, with the pupil list; a scan uses the rule changes.
    profile = load_profile(sample_profile)
    assert profile.pupil_names and "St Clements Primary" in profile.school.aliases
    pack = load_rule_pack(None, default_overrides(profile))
    assert pack.problems == []
    assert not pack.get("SMP617-PROFILE-ROLE").enabled  # type: ignore[union-attr]
    assert pack.get("SMP617-PROFILE-SCHOOL").severity.value == "medium"  # type: ignore[union-attr]

    # Importing the same publication again changes nothing.
    again = plan_import(parse_published(PUBLISHED.read_bytes(), "x"), sample_profile, NOTE)
    assert again.nothing_to_do
    assert render_plan(again).startswith("Nothing to change")


def test_import_into_a_new_profile(tmp_path: Path) -> None:
    target = tmp_path / "me" / "school.toml"
    published = parse_published(
        b'[school]\nname = "Harwood Meadows Primary"\ntown = "Bolton"\n', "f"
    )
    plan = plan_import(published, target, NOTE)
    assert render_plan(plan).startswith(f"New profile {target}")
    apply_import(plan)
    profile = load_profile(target)
    assert profile.school.name == "Harwood Meadows Primary" and profile.you.name is None
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
    assert not (target.parent / RULES_DIR).exists()


def test_a_publication_without_rules_removes_the_old_rule_changes(sample_profile: Path) -> None:
    apply_import(plan_import(parse_published(PUBLISHED.read_bytes(), "a"), sample_profile, NOTE))
    text = PUBLISHED.read_text("utf-8").split("[rules]")[0].encode()
    plan = plan_import(parse_published(text, "b"), sample_profile, NOTE)
    assert "- disable SMP617-PROFILE-ROLE" in render_plan(plan)
    apply_import(plan)
    assert not (sample_profile.parent / RULES_DIR / RULES_FILE).exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'[school]\nname = "X"\n[you]\nname = "Jane"\n', "must not contain personal details"),
        (b'[school]\nname = "X"\n[pupils]\nnames_file = "p.txt"\n', "has [pupils]"),
        (b'[school]\nname = "X"\nlocation = [153.0, -2.4]\n', "school.location: "),
        (b'[school]\nname = "X"\nmotto = "Learn"\n', "school.motto: unknown key"),
        (b'[school]\nname = ""\n', "school.name: "),
        (b'town = "Bolton"\n', "unknown key(s) ['town']"),
        (b"[rules]\ndisable = []\n", "school: required table is missing"),
        (b'[school\nname = "X"', "not valid TOML"),
        (b"\xff\xfe[\x00", "not UTF-8 text"),
        (
            b'[school]\nname = "X"\n[rules]\ndisable = ["SMP999-NO-SUCH"]\n',
            "rules: SMP999-NO-SUCH: disable[0]: no such rule to disable",
        ),
        (
            b'[school]\nname = "X"\n[rules.override.SMP617-PROFILE-SCHOOL]\nseverity = "dire"\n',
            "rules: SMP617-PROFILE-SCHOOL: severity: ",
        ),
    ],
)
def test_a_bad_publication_is_refused_with_the_key(
    content: bytes, message: str, sample_profile: Path
) -> None:
    before = sample_profile.read_bytes()
    with pytest.raises(ProfileError) as err:
        plan_import(parse_published(content, "pub.toml"), sample_profile, NOTE)
    assert message in str(err.value)
    assert str(err.value).startswith("published profile pub.toml: ")
    assert sample_profile.read_bytes() == before


def test_a_broken_local_profile_is_not_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "school.toml"
    target.write_text('[school]\nname = "X"\n[you]\nshoe_size = 7\n')
    with pytest.raises(ProfileError, match=r"you\.shoe_size"):
        plan_import(parse_published(PUBLISHED.read_bytes(), "p"), target, NOTE)


def test_fetching_from_the_school_site(site: LocalSite, fetcher: PageFetcher) -> None:
    raw = fetch_published(site.url("/staff/auditor-profile.toml"), fetcher)
    assert raw == PUBLISHED.read_bytes()
    assert fetch_published(site.url("/staff/as-text"), fetcher) == raw
    assert fetch_published(site.url("/staff/moved"), fetcher) == raw


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/staff/page", "the address gave text/html, not a profile file"),
        ("/staff/huge.toml", "larger than the size limit"),
        ("/staff/elsewhere", "to attacker.example"),
        ("/staff/busy", "wait 30 seconds"),
        ("/staff/missing.toml", "no such page"),
    ],
)
def test_fetch_problems_are_refused_clearly(
    site: LocalSite, fetcher: PageFetcher, path: str, message: str
) -> None:
    with pytest.raises(ProfileError) as err:
        fetch_published(site.url(path), fetcher)
    assert message in str(err.value)
    assert str(err.value).startswith(f"profile import {site.url(path)}: ")


def test_only_https_leaves_this_computer(fetcher: PageFetcher) -> None:
    attempts = len(network_guard.attempts())
    with pytest.raises(ProfileError, match="only https addresses are contacted"):
        fetch_published("http://www.stclements-bolton.sch.uk/profile.toml", fetcher)
    assert len(network_guard.attempts()) == attempts  # refused before any lookup


def test_with_the_network_blocked_it_fails_fast(fetcher: PageFetcher) -> None:
    start = time.monotonic()
    with pytest.raises(ProfileError) as err:
        fetch_published("https://www.stclements-bolton.sch.uk/profile.toml", fetcher)
    assert time.monotonic() - start < 1.0
    assert "could not connect: no network connection" in str(err.value)


def test_a_file_from_another_site_than_the_school_website_is_pointed_out(
    sample_profile: Path,
) -> None:
    raw = PUBLISHED.read_bytes()
    plan = plan_import(
        parse_published(raw, "https://files.example.net/p.toml"), sample_profile, NOTE
    )
    assert render_plan(plan).startswith(
        "Note: this file came from example.net, but gives the school's website as "
        "stclements-bolton.sch.uk."
    )
    same = parse_published(raw, "https://www.stclements-bolton.sch.uk/staff/p.toml")
    assert plan_import(same, sample_profile, NOTE).notes == []
    assert plan_import(parse_published(raw, str(PUBLISHED)), sample_profile, NOTE).notes == []
