"""Loads the rule pack (`rules/` at the project root) and a school's overrides (`rules.d/`).

A broken rule file is reported with its file, rule id and field; the other rules still load.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from auditor.rules.schema import Rule

OVERRIDABLE = {"enabled", "severity", "title", "doc", "remediation", "applies", "match"}


@dataclass
class RuleProblem:
    file: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: rule {self.rule}: {self.message}"


@dataclass
class RulePack:
    rules: list[Rule] = field(default_factory=list)
    problems: list[RuleProblem] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)  # rule id -> where it came from

    @property
    def active(self) -> list[Rule]:
        return [r for r in self.rules if r.enabled]

    def get(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    @property
    def version(self) -> str:
        """Changes whenever any rule changes (for the audit record)."""
        import hashlib

        h = hashlib.sha256()
        for r in sorted(self.rules, key=lambda r: r.id):
            h.update(r.model_dump_json().encode())
        return h.hexdigest()[:12]


def default_pack_dir() -> Path:
    env = os.environ.get("AUDITOR_RULES")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "rules"


def load_rule_pack(pack_dir: Path | None = None, overrides: list[Path] | None = None) -> RulePack:
    pack = RulePack()
    base = pack_dir or default_pack_dir()
    for path in _rule_files(base):
        _load_rule_file(path, pack, origin="built-in")
    for odir in overrides or []:
        if odir.is_dir():
            for path in _rule_files(odir):
                _load_override_file(path, pack)
    return pack


def _rule_files(d: Path) -> list[Path]:
    if not d.is_dir():
        return []
    return sorted(p for p in d.glob("*.toml") if not p.name.startswith(("_", ".")))


def _read_toml(path: Path, pack: RulePack) -> dict[str, Any] | None:
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        pack.problems.append(RuleProblem(path.name, "?", f"cannot be read ({exc})"))
    except tomllib.TOMLDecodeError as exc:
        pack.problems.append(RuleProblem(path.name, "?", f"not valid TOML ({exc})"))
    return None


def _load_rule_file(path: Path, pack: RulePack, origin: str) -> None:
    data = _read_toml(path, pack)
    if data is None:
        return
    rule = _validate(data, path, pack)
    if rule is None:
        return
    if pack.get(rule.id) is not None:
        pack.rules = [r for r in pack.rules if r.id != rule.id]
    pack.rules.append(rule)
    pack.sources[rule.id] = f"{origin} ({path.name})"


def _validate(data: dict[str, Any], path: Path, pack: RulePack) -> Rule | None:
    rule_id = str(data.get("id", "?"))
    try:
        rule = Rule.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            where = ".".join(str(p) for p in err["loc"]) or "(top level)"
            pack.problems.append(RuleProblem(path.name, rule_id, f"{where}: {err['msg']}"))
        return None
    rule.source = str(path)
    return rule


def _load_override_file(path: Path, pack: RulePack) -> None:
    """A school's file: a whole new rule (has `id`), or `disable = [...]` and `[override.ID]`."""
    data = _read_toml(path, pack)
    if data is None:
        return
    if "id" in data:
        _load_rule_file(path, pack, origin="school")
        return
    unknown = set(data) - {"disable", "override"}
    if unknown:
        pack.problems.append(
            RuleProblem(
                path.name,
                "?",
                f"unknown key(s) {sorted(unknown)}; expected a rule, `disable` or `[override.ID]`",
            )
        )
    for rule_id in data.get("disable", []):
        rule = pack.get(str(rule_id))
        if rule is None:
            pack.problems.append(RuleProblem(path.name, str(rule_id), "no such rule to disable"))
            continue
        rule.enabled = False
        pack.sources[rule.id] += f", disabled by {path.name}"
    for rule_id, changes in dict(data.get("override", {})).items():
        rule = pack.get(rule_id)
        if rule is None:
            pack.problems.append(RuleProblem(path.name, rule_id, "no such rule to override"))
            continue
        bad = set(changes) - OVERRIDABLE
        if bad:
            pack.problems.append(RuleProblem(path.name, rule_id, f"cannot override {sorted(bad)}"))
            continue
        merged = rule.model_dump(mode="json")
        for key, value in changes.items():
            if isinstance(value, dict) and isinstance(merged.get(key), dict):
                merged[key] = {**merged[key], **value}
            else:
                merged[key] = value
        new = _validate(merged, path, pack)
        if new is None:
            continue
        new.source = rule.source
        pack.rules = [new if r.id == rule_id else r for r in pack.rules]
        pack.sources[rule_id] += f", changed by {path.name}"
