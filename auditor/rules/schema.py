"""The schema of one rule file. The loader validates every rule against it."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

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


UNKNOWN_AUDIENCE = "unknown"  # how `applies.audience` names an item whose audience is not known


class Applies(_Strict):
    """Which items a rule looks at. Empty lists mean "any"."""

    kinds: list[ItemKind] = Field(default_factory=list)
    platforms: list[str] = Field(default_factory=list)
    fields: list[str] = Field(default_factory=list)  # profile field names, e.g. "work", "bio"
    has_media: bool | None = None
    has_location: bool | None = None
    # The item's audience as its reader gives it ("public", "friends", "timeline", "profile"…);
    # "unknown" stands for an item whose audience the export does not say.
    audience: list[str] = Field(default_factory=list)
    # Audiences the rule skips: account details the platform never shows ("private").
    audience_not: list[str] = Field(default_factory=list)
    # "self": written by the user (no author recorded, or one of the profile's `you.name` and
    # `you.other_names`, compared through `auditor.profile.identity.norm_name`);
    # "other": written by someone else. Readers of the user's own download leave `author` empty
    # for the user's own posts and fill it in for messages and comments.
    author: Literal["self", "other"] | None = None


class Context(_Strict):
    """What must be around the evidence: in the item itself, or, for a message, anywhere in the
    same conversation (a number given in a chat where a pupil was talked about three messages
    earlier). `any`: one of these kinds present. `required`: the rule matches only with the
    context. `weak_min_confidence`: evidence of the rule's own kinds from this confidence up to
    the rule's threshold counts too, but only where the context is present (a first name alone
    is a pupil in a chat about school, not in a chat with family)."""

    any: list[EvidenceKind]
    required: bool = False
    weak_min_confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    min_confidence: float = Field(default=0.6, ge=0.0, le=1.0)  # for the context's own evidence
    # A different threshold for some kinds (a pupil named for sure elsewhere in the chat: 0.85).
    min_confidence_for: dict[EvidenceKind, float] = Field(default_factory=dict)

    def threshold(self, kind: EvidenceKind) -> float:
        return self.min_confidence_for.get(kind, self.min_confidence)


class Match(_Strict):
    """How the rule combines evidence: every group of `any` needs one kind present, every kind
    of `all` must be present, no kind of `none` may be. Evidence below `min_confidence` is
    ignored."""

    any: list[list[EvidenceKind]] = Field(default_factory=list)
    all: list[EvidenceKind] = Field(default_factory=list)
    none: list[EvidenceKind] = Field(default_factory=list)
    support: list[EvidenceKind] = Field(default_factory=list)  # shown with the finding if present
    min_confidence: float = Field(default=0.6, ge=0.0, le=1.0)
    # A different threshold for some kinds (a face from a photo needs more than a name in text).
    min_confidence_for: dict[EvidenceKind, float] = Field(default_factory=dict)
    context: Context | None = None

    @field_validator("min_confidence_for")
    @classmethod
    def _in_range(cls, v: dict[EvidenceKind, float]) -> dict[EvidenceKind, float]:
        for kind, value in v.items():
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{kind.value}: must be between 0 and 1")
        return v

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

    def core_kinds(self) -> set[EvidenceKind]:
        """The kinds the rule is about (`any` and `all`), not its support."""
        return {k for group in self.any for k in group} | set(self.all)

    def kinds(self) -> set[EvidenceKind]:
        return {k for group in self.any for k in group} | set(self.all) | set(self.support)

    def threshold(self, kind: EvidenceKind) -> float:
        return self.min_confidence_for.get(kind, self.min_confidence)


class Doc(_Strict):
    what: str  # what the rule checks
    why: str  # why it matters, quoting the clause
    # Template for the finding: {platform}, {field}, {evidence}, {kind}, {where}, {date},
    # {clause}, {quote}; review reminders also get {last_audit}, {due}, {days}.
    explanation: str
    # The clause's own words that the explanation quotes, exactly as the policy prints them
    # (the tests check them against the policy's text).
    quote: str = ""


class InjectedEvidence(_Strict):
    """A signal from the image stage (faces, text read from the picture, where it was taken)
    that text detection cannot produce. The example runner adds it to what the real detectors
    find in the example's text, so a rule's image conditions can be exercised by examples."""

    kind: EvidenceKind
    text: str = ""
    confidence: float = Field(default=0.9, ge=0.0, le=1.0)
    reason: str = "signal from the image stage (rule example)"


class Example(_Strict):
    """An item that must (or must not) produce a finding, run by the tests with the real engine
    and the bundled sample profile (St Clement's CE Primary School, Jane Smith)."""

    platform: str = "facebook"
    kind: ItemKind = ItemKind.POST
    text: str = ""
    field: str | None = None
    title: str | None = None
    author: str | None = None
    audience: str | None = None
    people: list[str] = Field(default_factory=list)
    location: list[float] | None = None
    media: bool = False
    media_type: str = "image"
    media_people: list[str] = Field(default_factory=list)  # people tagged in the photo
    # Earlier messages of the same conversation (a message example only): what the rule's
    # [match.context] may find around the message.
    before: list[str] = Field(default_factory=list)
    # Signals from the image stage, added to the detectors' evidence (see InjectedEvidence).
    evidence: list[InjectedEvidence] = Field(default_factory=list)
    note: str = ""


class Examples(_Strict):
    match: list[Example] = Field(default_factory=list)
    ok: list[Example] = Field(default_factory=list)


# What makes a rule produce a finding: an item's evidence (most rules), or a fact about the
# audit history that the store evaluates (see `auditor.rules.review`).
Trigger = Literal["item", "review_overdue"]
# What one finding stands for: an item (default), or a whole conversation (messages with the same
# conversation name on one platform give one finding, led by the message that matters most and
# listing the others), so that a long thread with a pupil is one thing to act on, not hundreds.
Group = Literal["item", "conversation"]


class Rule(_Strict):
    id: str = Field(pattern=r"^[A-Z0-9]+(-[A-Z0-9]+)+$")
    clause: str = Field(pattern=r"^\d+\.\d+$")
    # Further clauses the same finding breaks (5.2 beside 5.1, 6.14 beside 6.13…).
    also: list[Annotated[str, StringConstraints(pattern=r"^\d+\.\d+$")]] = Field(
        default_factory=list
    )
    title: str
    severity: Severity
    enabled: bool = True
    trigger: Trigger = "item"
    group: Group = "item"
    applies: Applies = Field(default_factory=Applies)
    match: Match | None = None
    doc: Doc
    remediation: dict[str, list[str]]
    examples: Examples = Field(default_factory=Examples)

    # Not from the file.
    source: str = Field(default="", exclude=True)

    @model_validator(mode="after")
    def _match_fits_trigger(self) -> Rule:
        if self.trigger == "item" and self.match is None:
            raise ValueError("an item rule needs a [match] section")
        if self.trigger != "item":
            if self.applies.kinds:
                raise ValueError(
                    f"a `{self.trigger}` rule applies to no items: `applies.kinds = []`"
                )
            if self.examples.match or self.examples.ok:
                raise ValueError(f"a `{self.trigger}` rule is tested in code, not by item examples")
        return self

    @field_validator("remediation")
    @classmethod
    def _has_default(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        if "default" not in v or not v["default"]:
            raise ValueError("needs a `default` list of steps")
        kinds = {k.value for k in ItemKind}
        unknown = []
        for key in v:
            platform, _, kind = key.partition(".")
            if platform not in ("default", *PLATFORMS) or (kind and kind not in kinds):
                unknown.append(key)
        if unknown:
            raise ValueError(
                f"unknown platform(s) or kind(s) {sorted(unknown)}"
                ' (keys are a platform, or a platform and an item kind: "facebook.comment")'
            )
        return v

    def steps_for(self, platform: str, kind: str | None = None) -> list[str]:
        """The steps for an item of this kind on this platform: "facebook.comment", else
        "facebook", else "default.comment", else "default"."""
        r = self.remediation
        if kind and (steps := r.get(f"{platform}.{kind}")):
            return steps
        if steps := r.get(platform):
            return steps
        if kind and (steps := r.get(f"default.{kind}")):
            return steps
        return r["default"]
