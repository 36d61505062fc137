"""The schema of one rule file. The loader validates every rule against it."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from auditor.models.evidence import EvidenceKind
from auditor.models.finding import Severity
from auditor.models.item import ItemKind

PLATFORMS = (
    "facebook",
    "instagram",
    "x",
    "linkedin",
    "tiktok",
    "whatsapp",
    "google_photos",
    "youtube",
    "snapchat",
    "reddit",
    "pinterest",
    "tumblr",
    "flickr",
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Applies(_Strict):
    """Which items a rule looks at. Empty lists mean "any"."""

    kinds: list[ItemKind] = Field(default_factory=list)
    platforms: list[str] = Field(default_factory=list)
    fields: list[str] = Field(default_factory=list)  # profile field names, e.g. "work", "bio"
    has_media: bool | None = None
    has_location: bool | None = None


class Match(_Strict):
    """How the rule combines evidence: every group of `any` needs one kind present, every kind
    of `all` must be present, no kind of `none` may be. Evidence below `min_confidence` is
    ignored."""

    any: list[list[EvidenceKind]] = Field(default_factory=list)
    all: list[EvidenceKind] = Field(default_factory=list)
    none: list[EvidenceKind] = Field(default_factory=list)
    support: list[EvidenceKind] = Field(default_factory=list)  # shown with the finding if present
    min_confidence: float = Field(default=0.6, ge=0.0, le=1.0)

    @field_validator("any", mode="before")
    @classmethod
    def _flat_is_one_group(cls, v: Any) -> Any:
        if isinstance(v, list) and v and all(isinstance(x, str) for x in v):
            return [v]
        return v

    @model_validator(mode="after")
    def _needs_something(self) -> Match:
        if not self.any and not self.all:
            raise ValueError("a rule must require some evidence (`any` or `all`)")
        return self

    def kinds(self) -> set[EvidenceKind]:
        return {k for group in self.any for k in group} | set(self.all) | set(self.support)


class Doc(_Strict):
    what: str  # what the rule checks
    why: str  # why it matters, quoting the clause
    explanation: str  # template for the finding: {platform}, {field}, {evidence}, {kind}, {where}


class Example(_Strict):
    """An item that must (or must not) produce a finding, run by the tests with the real engine."""

    platform: str = "facebook"
    kind: ItemKind = ItemKind.POST
    text: str = ""
    field: str | None = None
    title: str | None = None
    people: list[str] = Field(default_factory=list)
    location: list[float] | None = None
    media: bool = False
    note: str = ""


class Examples(_Strict):
    match: list[Example] = Field(default_factory=list)
    ok: list[Example] = Field(default_factory=list)


class Rule(_Strict):
    id: str = Field(pattern=r"^[A-Z0-9]+(-[A-Z0-9]+)+$")
    clause: str = Field(pattern=r"^\d+\.\d+$")
    title: str
    severity: Severity
    enabled: bool = True
    applies: Applies = Field(default_factory=Applies)
    match: Match
    doc: Doc
    remediation: dict[str, list[str]]
    examples: Examples = Field(default_factory=Examples)

    # Not from the file.
    source: str = Field(default="", exclude=True)

    @field_validator("remediation")
    @classmethod
    def _has_default(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        if "default" not in v or not v["default"]:
            raise ValueError("needs a `default` list of steps")
        unknown = set(v) - {"default", *PLATFORMS}
        if unknown:
            raise ValueError(f"unknown platform(s) {sorted(unknown)}")
        return v

    def steps_for(self, platform: str) -> list[str]:
        return self.remediation.get(platform) or self.remediation["default"]
