"""A school profile the school publishes, imported into the user's own profile.

The published file is TOML with a `[school]` table (name, aliases, town, postcode, location,
website, email_domain: the same keys and checks as a local profile) and, optionally, a
`[rules]` table in the format of a `rules.d/` file (`disable = [...]`, `[rules.override.ID]`).
It must not carry `[you]` or `[pupils]`: a school never publishes personal details or pupil
names, and an import never touches the user's own.

Importing replaces the `[school]` table of the user's profile (keys the publication leaves out
are kept) and writes the rule changes to `rules.d/school-published.toml` beside it. Nothing is
written until the user has seen the changes and said yes; files are written 0600, atomically.
"""

from __future__ import annotations

import os
import re
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from pydantic import ValidationError

from auditor.cli.output import write_private
from auditor.errors import ProfileError
from auditor.online.fetch import FetchFailure, FetchLimits, PageFetcher
from auditor.online.outcome import Outcome
from auditor.online.urls import site_of
from auditor.profile.loader import MAX_PROFILE_BYTES, load_profile
from auditor.profile.schema import SchoolProfile, SchoolSection
from auditor.profile.toml_write import toml_table, toml_value
from auditor.rules.loader import load_rule_pack

RULES_DIR = "rules.d"
RULES_FILE = "school-published.toml"
PRIVATE_TABLES = ("you", "pupils")
TABLE_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
NEW_PROFILE_HEAD = (
    "# Your school profile. It stays on this computer.\n"
    "# [school] was imported from the profile your school publishes; add your own details\n"
    "# under [you] (name, roles, home_postcode…) and your pupil list under [pupils].\n"
)


@dataclass
class PublishedProfile:
    origin: str  # the address or file it came from
    school: dict[str, Any]
    rules: dict[str, Any] | None = None


@dataclass
class ImportPlan:
    profile_path: Path
    new_profile_text: str
    rules_path: Path
    new_rules_text: str | None  # None: no rule changes published (an old file is removed)
    old_rules_exists: bool
    changes: list[str] = field(default_factory=list)
    rule_changes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # things to check before saying yes

    @property
    def nothing_to_do(self) -> bool:
        return not self.changes and not self.rule_changes


def _decode(raw: bytes, origin: str) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ProfileError(f"published profile {origin}: not UTF-8 text") from None


def parse_published(raw: bytes, origin: str) -> PublishedProfile:
    """Read and check a published profile; ProfileError names the key that is wrong."""
    where = f"published profile {origin}"
    if len(raw) > MAX_PROFILE_BYTES:
        raise ProfileError(f"{where}: too large to be a school profile")
    try:
        data = tomllib.loads(_decode(raw, origin))
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{where}: not valid TOML ({exc})") from None
    private = [t for t in PRIVATE_TABLES if t in data]
    if private:
        raise ProfileError(
            f"{where}: has [{'] and ['.join(private)}]; a school's published profile must not "
            "contain personal details or pupil names, so it was not imported"
        )
    unknown = sorted(set(data) - {"school", "rules"})
    if unknown:
        raise ProfileError(f"{where}: unknown key(s) {unknown}; expected [school] and [rules]")
    school = data.get("school")
    if not isinstance(school, dict):
        raise ProfileError(f"{where}: school: required table is missing")
    try:
        SchoolSection.model_validate(school)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in ("school", *err["loc"]))
        msg = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
        raise ProfileError(f"{where}: {key}: {msg}") from None
    rules = data.get("rules")
    if rules is not None and not isinstance(rules, dict):
        raise ProfileError(f"{where}: rules: must be a table")
    return PublishedProfile(origin=origin, school=school, rules=rules or None)


def _tables(text: str) -> dict[str, Any]:
    return tomllib.loads(text)


def replace_school_table(text: str, school: dict[str, Any], note: str) -> str:
    """`text` with its `[school]` table replaced; everything else (comments too) kept."""
    lines = text.splitlines(keepends=True)
    start = end = None
    for i, line in enumerate(lines):
        m = TABLE_HEADER.match(line)
        if not m:
            continue
        if start is None and m.group(1) == "school" and not line.lstrip().startswith("[["):
            start = i
        elif start is not None:
            end = i
            break
    if start is None:
        raise ProfileError(
            "the profile has no [school] table to update (is it written with dotted keys?); "
            "import into a new file with --to"
        )
    end = len(lines) if end is None else end
    block = f"{note}\n{toml_table('school', school)}"
    if end < len(lines):
        block += "\n"
    head = "".join(lines[:start])
    if head and not head.endswith("\n"):
        head += "\n"
    return head + block + "".join(lines[end:])


def _show(value: Any) -> str:
    return "(not set)" if value is None else toml_value(value)


def _rules_text(rules: dict[str, Any], origin: str) -> str:
    parts = [f"# Rule changes published by the school ({origin}). Re-import to update.\n"]
    disable = rules.get("disable")
    top = {k: v for k, v in rules.items() if k != "override"}
    parts.extend(f"{k} = {toml_value(v)}\n" for k, v in top.items())
    if disable is not None and not isinstance(disable, list | str):
        raise ProfileError(f"published profile {origin}: rules.disable: must be a list of rule ids")
    overrides = rules.get("override", {})
    if not isinstance(overrides, dict):
        raise ProfileError(f"published profile {origin}: rules.override: must be tables")
    for rule_id, changes in overrides.items():
        if not isinstance(changes, dict):
            raise ProfileError(
                f"published profile {origin}: rules.override.{rule_id}: must be a table"
            )
        parts.append("\n" + toml_table(f"override.{rule_id}", changes))
    return "".join(parts)


def _check_rules(text: str, origin: str) -> None:
    """The rule changes, loaded over the built-in pack exactly as a scan would load them."""
    with tempfile.TemporaryDirectory(prefix="auditor-import-") as tmp:
        (Path(tmp) / RULES_FILE).write_text(text, "utf-8")
        pack = load_rule_pack(None, [Path(tmp)])
    problems = [p for p in pack.problems if p.file == RULES_FILE]
    if problems:
        p = problems[0]
        more = f"; {len(problems) - 1} more problem(s)" if len(problems) > 1 else ""
        raise ProfileError(f"published profile {origin}: rules: {p.rule}: {p.message}{more}")


def _describe_rules(rules: dict[str, Any] | None) -> set[str]:
    if not rules:
        return set()
    out: set[str] = set()
    disable = rules.get("disable", [])
    for rule_id in [disable] if isinstance(disable, str) else disable:
        out.add(f"disable {rule_id}")
    for rule_id, changes in dict(rules.get("override", {})).items():
        for key, value in dict(changes).items():
            out.add(f"change {rule_id} {key} to {_show(value)}")
    return out


def _old_rules(path: Path) -> dict[str, Any] | None:
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None


def plan_import(published: PublishedProfile, profile_path: Path, note: str) -> ImportPlan:
    """What importing would change, checked with the same schema and rule loader as a scan."""
    old_text: str | None = None
    old_school: dict[str, Any] = {}
    if profile_path.exists():
        load_profile(profile_path, read_pupils=False)  # refuse to rewrite a broken profile
        old_text = profile_path.read_text("utf-8-sig")
        old_school = dict(_tables(old_text).get("school", {}))
    school = {**old_school, **published.school}
    if old_text is None:
        new_text = f"{NEW_PROFILE_HEAD}\n{note}\n{toml_table('school', school)}"
    else:
        new_text = replace_school_table(old_text, school, note)
    try:
        new_data = _tables(new_text)
        SchoolProfile.model_validate(new_data)
    except (tomllib.TOMLDecodeError, ValidationError):
        raise ProfileError(
            f"profile {profile_path}: could not be updated safely; nothing was changed"
        ) from None
    if old_text is not None:
        old_data = _tables(old_text)
        if {k: v for k, v in new_data.items() if k != "school"} != {
            k: v for k, v in old_data.items() if k != "school"
        }:
            raise ProfileError(
                f"profile {profile_path}: could not be updated without touching your own "
                "details; nothing was changed"
            )
    rules_path = profile_path.parent / RULES_DIR / RULES_FILE
    rules_text = _rules_text(published.rules, published.origin) if published.rules else None
    if rules_text is not None:
        _check_rules(rules_text, published.origin)
    plan = ImportPlan(
        profile_path=profile_path,
        new_profile_text=new_text,
        rules_path=rules_path,
        new_rules_text=rules_text,
        old_rules_exists=rules_path.exists(),
    )
    plan.notes = _origin_notes(published)
    for key in sorted(set(school) | set(old_school)):
        before, after = old_school.get(key), school.get(key)
        if before != after:
            plan.changes.append(f"school.{key}: {_show(before)} -> {_show(after)}")
    old_rules = _describe_rules(_old_rules(rules_path)) if plan.old_rules_exists else set()
    new_rules = _describe_rules(published.rules)
    plan.rule_changes = [f"+ {c}" for c in sorted(new_rules - old_rules)] + [
        f"- {c}" for c in sorted(old_rules - new_rules)
    ]
    return plan


def _origin_notes(published: PublishedProfile) -> list[str]:
    """A file fetched from one site that names another as the school's website deserves a look:
    anyone can publish a file that claims to be a school's."""
    website = published.school.get("website")
    if "://" not in published.origin or not isinstance(website, str) or not website.strip():
        return []
    try:
        fetched_from = site_of(httpx.URL(published.origin).host)
        claimed = site_of(httpx.URL(website.strip()).host or website.strip())
    except (httpx.InvalidURL, ValueError):
        return []
    if fetched_from == claimed:
        return []
    return [
        f"Note: this file came from {fetched_from}, but gives the school's website as "
        f"{claimed}. Import it only if your school told you to use this address."
    ]


def render_plan(plan: ImportPlan) -> str:
    if plan.nothing_to_do:
        return "Nothing to change: your profile already matches the published one.\n"
    out: list[str] = list(plan.notes)
    if plan.changes:
        verb = "Changes to" if plan.profile_path.exists() else "New profile"
        out.append(
            f"{verb} {plan.profile_path} ([school] only; [you] and [pupils] are not touched):"
        )
        out.extend(f"  {line}" for line in plan.changes)
    if plan.rule_changes:
        out.append(f"Rule changes in {plan.rules_path}:")
        out.extend(f"  {line}" for line in plan.rule_changes)
    return "\n".join(out) + "\n"


def apply_import(plan: ImportPlan) -> None:
    """Write the profile and the rule changes (0600; a new folder 0700)."""
    parent = plan.profile_path.parent
    if not parent.exists():
        parent.mkdir(mode=0o700, parents=True)
    write_private(plan.profile_path, plan.new_profile_text)
    if plan.new_rules_text is not None:
        folder = plan.rules_path.parent
        folder.mkdir(mode=0o700, exist_ok=True)
        if os.name == "posix":
            os.chmod(folder, 0o700)
        write_private(plan.rules_path, plan.new_rules_text)
    elif plan.old_rules_exists:
        plan.rules_path.unlink(missing_ok=True)


TOML_TYPES = frozenset(
    {
        "application/toml",
        "text/toml",
        "text/x-toml",
        "application/x-toml",
        "text/plain",
        "application/octet-stream",
    }
)


def fetch_published(url: str, fetcher: PageFetcher) -> bytes:
    """The published file at `url` (https only, same-site redirects, at most the profile size
    limit); ProfileError with a plain reason when it cannot be had."""
    try:
        result = fetcher.fetch(
            url,
            accept="application/toml, text/plain;q=0.9, */*;q=0.1",
            content_types=TOML_TYPES,
            cut_when_large=False,
        )
    except FetchFailure as exc:
        message = exc.message
        if exc.outcome is Outcome.NOT_A_PAGE:
            message = f"the address gave {exc.detail.removeprefix('it is ')}, not a profile file; check the address your school gave"
        raise ProfileError(f"profile import {url}: {message}") from None
    return result.body


def published_fetcher() -> PageFetcher:
    return PageFetcher(FetchLimits(max_bytes=MAX_PROFILE_BYTES))
