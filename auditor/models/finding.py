"""Findings: an item that breaks a clause of the policy, with its evidence and the fix."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field

from auditor.models.evidence import Evidence


class Severity(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        return {"high": 0, "medium": 1, "low": 2}[self.value]


class FindingItem(BaseModel):
    """The item a finding points at, as the CLI's JSON contract names it."""

    kind: str
    source: str
    locator: str
    timestamp: datetime | None = None
    text: str = ""
    media: str | None = None
    # Extensions of the contract: more ways back to the item.
    field: str | None = None
    title: str | None = None
    url: str | None = None
    export: str = ""
    post: str | None = None  # a photo's post (its locator in the same file), when it has one


class RelatedItem(BaseModel):
    """Another item of the same finding: a further message of a conversation that carries
    evidence (the finding's `item` is the lead message)."""

    item: FindingItem
    evidence: list[Evidence] = Field(default_factory=list)
    author_is_you: bool | None = None  # True: you wrote it; False: someone else; None: unknown


class Finding(BaseModel):
    id: str  # stable across runs for the same platform, item locator and rule
    rule: str
    clause: str
    severity: Severity
    platform: str
    item: FindingItem
    evidence: list[Evidence] = Field(default_factory=list)
    explanation: str
    remediation: str  # the steps, one per line
    # Extensions of the contract.
    title: str = ""
    remediation_steps: list[str] = Field(default_factory=list)
    visibility: int = 2  # 0 = profile/bio, 1 = public post, 2 = other, 3 = private message
    # For a conversation finding: the other messages with evidence, oldest first.
    related: list[RelatedItem] = Field(default_factory=list)
