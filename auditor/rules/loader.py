"""Loads the rule pack (`rules/` at the project root) and a school's overrides (`rules.d/`).

A school adapts the policy without touching the shipped pack: a file in `rules.d/` either is a
whole rule (it has an `id`: a new rule, or a replacement for the built-in one of that id), or
changes built-in rules:

    disable = ["SMP617-PROFILE-ROLE"]

    [override.SMP616-SCHOOL-PHOTO]
    severity = "medium"
    title = "A photo that shows where you work"
    doc.explanation = "…"

A broken file is reported with its file, rule id and field, and every other rule still loads.
Files whose names start with `_` or `.` are not rules (`_policy.toml` holds clause words).
"""

from __future__ import annotations

import hashlib
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from auditor.rules.schema import Rule

OVERRIDABLE = {
    "enabled",
    "severity",
    "title",
    "doc",
    "remediation",
    "applies",
    "match",
    "also",
    "examples",
}


@dataclass
class RuleProblem:
    file: str
    rule: str
    message: str  # starts with the field when there is one ("match.any[0]: …")
    field: str = ""

    def __str__(self) -> str:
        return f"{self.file}: rule {self.rule}: {self.message}"


@dataclass
class RulePack:
    rules: list[Rule] = field(default_factory=list)
    problems: list[RuleProblem] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)  # rule id -> where it came from
    # Rule ids that each override folder defined or changed (for `auditor rules --check`).
    touched: dict[str, set[str]] = field(default_factory=dict)
    # What school files did to each rule: "rule" (defined or replaced whole), "disabled", or
    # the top-level keys an `[override.ID]` table changed.
    changes: dict[str, set[str]] = field(default_factory=dict)

    @property
    def active(self) -> list[Rule]:
        return [r for r in self.rules if r.enabled]

    def get(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    @property
    def version(self) -> str:
        """Changes whenever any rule changes (for the audit record)."""
        h = hashlib.sha256()
        for r in sorted(self.rules, key=lambda r: r.id):
            h.update(r.model_dump_json().encode())
        return h.hexdigest()[:12]

    def _problem(self, path: Path, rule: str, message: str, where: str = "") -> None:
        text = f"{where}: {message}" if where else message
        self.problems.append(RuleProblem(path.name, rule, text, where))


def default_pack_dir() -> Path:
    env = os.environ.get("AUDITOR_RULES")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "rules"


def load_rule_pack(pack_dir: Path | None = None, overrides: list[Path] | None = None) -> RulePack:
    pack = RulePack()
    base = pack_dir or default_pack_dir()
    if not base.is_dir():
        pack.problems.append(RuleProblem(str(base), "?", "the rule pack folder does not exist"))
    seen: dict[str, str] = {}
    for path in rule_files(base):
        _load_rule_file(path, pack, origin="built-in", seen=seen)
    for odir in overrides or []:
        if not odir.is_dir():
            continue
        touched = pack.touched.setdefault(str(odir), set())
        seen_here: dict[str, str] = {}
        for path in rule_files(odir):
            touched.update(_load_override_file(path, pack, seen_here))
    return pack


def rule_files(d: Path) -> list[Path]:
    if not d.is_dir():
        return []
    return sorted(p for p in d.glob("*.toml") if not p.name.startswith(("_", ".")))


def _read_toml(path: Path, pack: RulePack) -> dict[str, Any] | None:
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except UnicodeDecodeError:
        pack._problem(path, path.stem, "cannot be read (not UTF-8 text)")
    except OSError as exc:
        pack._problem(path, path.stem, f"cannot be read ({exc.strerror or exc})")
    except tomllib.TOMLDecodeError as exc:
        pack._problem(path, path.stem, f"not valid TOML ({exc})")
    return None


def _field_path(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out or "(top level)"


def _rule_id(data: dict[str, Any], path: Path) -> str:
    rid = data.get("id")
    return rid if isinstance(rid, str) and rid else path.stem


def _validate(data: dict[str, Any], path: Path, pack: RulePack) -> Rule | None:
    rule_id = _rule_id(data, path)
    try:
        rule = Rule.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            pack._problem(path, rule_id, err["msg"], _field_path(tuple(err["loc"])))
        return None
    rule.source = str(path)
    return rule


def _load_rule_file(
    path: Path,
    pack: RulePack,
    origin: str,
    seen: dict[str, str],
    data: dict[str, Any] | None = None,
) -> str | None:
    data = data if data is not None else _read_toml(path, pack)
    if data is None:
        return None
    rule = _validate(data, path, pack)
    if rule is None:
        return None
    if rule.id in seen:
        pack._problem(path, rule.id, f"the same id is in {seen[rule.id]}; this file wins", "id")
    seen[rule.id] = path.name
    replaced = pack.get(rule.id) is not None
    pack.rules = [r for r in pack.rules if r.id != rule.id]
    pack.rules.append(rule)
    note = ", replacing the built-in rule" if replaced and origin != "built-in" else ""
    pack.sources[rule.id] = f"{origin} ({path.name}){note}"
    if origin != "built-in":
        pack.changes[rule.id] = {"rule"}
    return rule.id


def _load_override_file(path: Path, pack: RulePack, seen: dict[str, str]) -> set[str]:
    """A school's file: a whole new rule (has `id`), or `disable = [...]` and `[override.ID]`.
    Returns the ids of the rules it defined or changed."""
    data = _read_toml(path, pack)
    if data is None:
        return set()
    if "id" in data:
        rid = _load_rule_file(path, pack, origin="school", seen=seen, data=data)
        return {rid} if rid else set()
    touched: set[str] = set()
    unknown = set(data) - {"disable", "override"}
    if unknown:
        pack._problem(
            path,
            path.stem,
            f"unknown key(s) {sorted(unknown)}; a school file is a whole rule (with `id`), "
            "or has `disable = [...]` and `[override.RULE-ID]` tables",
            sorted(unknown)[0],
        )
    disable = data.get("disable", [])
    if isinstance(disable, str):
        disable = [disable]
    if not isinstance(disable, list):
        pack._problem(path, "?", "must be a list of rule ids", "disable")
        disable = []
    for i, rule_id in enumerate(disable):
        rule = pack.get(rule_id) if isinstance(rule_id, str) else None
        if rule is None:
            shown = str(rule_id).strip() or "?"
            pack._problem(path, shown, "no such rule to disable", f"disable[{i}]")
            continue
        rule.enabled = False
        pack.sources[rule.id] += f", disabled by {path.name}"
        pack.changes.setdefault(rule.id, set()).add("disabled")
        touched.add(rule.id)
    overrides = data.get("override", {})
    if not isinstance(overrides, dict):
        pack._problem(path, "?", "must be tables: [override.RULE-ID]", "override")
        overrides = {}
    for rule_id, changes in overrides.items():
        if _apply_override(path, pack, rule_id, changes):
            touched.add(rule_id)
    return touched


def _merge_steps(pack: dict[str, Any], school: dict[str, Any]) -> dict[str, Any]:
    """The school's steps key by key, where a platform's steps (`facebook`, or `default`) stand
    for every kind of item on it: the pack's `"facebook.comment"`… go (the school's own
    `"facebook.comment"` stays). A school that rewrites the Facebook steps sees its words on
    every Facebook finding."""
    given = {key for key in school if "." not in key}
    kept = {
        key: steps
        for key, steps in pack.items()
        if key.partition(".")[0] not in given or "." not in key
    }
    return {**kept, **school}


def _apply_override(path: Path, pack: RulePack, rule_id: str, changes: Any) -> bool:
    where = f"override.{rule_id}"
    rule = pack.get(rule_id)
    if rule is None:
        pack._problem(path, rule_id.strip() or "?", "no such rule to override", where)
        return False
    if not isinstance(changes, dict):
        pack._problem(path, rule_id, "must be a table of the fields to change", where)
        return False
    bad = set(changes) - OVERRIDABLE
    if bad:
        pack._problem(
            path, rule_id, f"cannot be changed here (only {sorted(OVERRIDABLE)})", sorted(bad)[0]
        )
        return False
    merged = rule.model_dump(mode="json")
    for key, value in changes.items():
        if key == "remediation" and isinstance(value, dict):
            merged[key] = _merge_steps(merged[key], value)
        elif isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    new = _validate(merged, path, pack)
    if new is None:
        return False
    new.source = rule.source
    pack.rules = [new if r.id == rule_id else r for r in pack.rules]
    pack.sources[rule_id] += f", changed by {path.name}"
    pack.changes.setdefault(rule_id, set()).update(changes)
    return True
