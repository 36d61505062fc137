"""The detector interface and registry: adding a detector is adding a module to `detectors/`."""

from __future__ import annotations

import importlib
import pkgutil
from abc import ABC, abstractmethod
from typing import ClassVar, TypeVar

from auditor.detect.context import DetectionContext
from auditor.models.evidence import Evidence, EvidenceKind
from auditor.models.item import Item

# A named entity from the statistical model: (start, end, label), offsets into the text.
Entity = tuple[int, int, str]


class Detector(ABC):
    """Finds one concern in an item's text (or its metadata), cheaply.

    `setup` is called once per audit with the context; `detect` once per item. Each evidence
    says why (`reason`) and how sure (`confidence`). Detectors must not log item text.

    A detector that can use the statistical model's entities says so in `wants_entities`
    (given what the rule pass found) and gets them in `with_entities`; the engine runs the
    model only on the texts some detector asked for, in batches.
    """

    name: ClassVar[str]
    kinds: ClassVar[tuple[EvidenceKind, ...]]
    version: ClassVar[str] = "1"  # bump when results change, so cached detections are redone

    def setup(self, ctx: DetectionContext) -> None:  # noqa: B027 - optional hook
        """Build matchers from the profile. Default: nothing to build."""

    @abstractmethod
    def detect(self, item: Item, text: str) -> list[Evidence]:
        """Evidence in `text` (the item's text, or the field value for profile fields)."""

    def evidence(
        self,
        *,
        kind: EvidenceKind,
        text: str,
        start: int,
        end: int,
        confidence: float,
        reason: str,
        sensitive: bool = False,
    ) -> Evidence:
        """Evidence signed with this detector's name."""
        return Evidence(
            kind=kind,
            text=text,
            start=start,
            end=end,
            confidence=confidence,
            reason=reason,
            detector=self.name,
            sensitive=sensitive,
        )

    def wants_entities(self, item: Item, text: str, found: list[Evidence]) -> bool:
        """Could the model's entities change this detector's answer for this text?"""
        return False

    def with_entities(
        self, item: Item, text: str, found: list[Evidence], entities: list[Entity]
    ) -> list[Evidence]:
        """More evidence from the model's entities (only called when some detector wanted
        them for this text)."""
        return []


_DETECTORS: dict[str, type[Detector]] = {}
_loaded = False
D = TypeVar("D", bound=type[Detector])


def register(cls: D) -> D:
    if cls.name in _DETECTORS and _DETECTORS[cls.name] is not cls:
        raise ValueError(f"two detectors are named {cls.name!r}")
    _DETECTORS[cls.name] = cls
    return cls


def all_detectors() -> list[type[Detector]]:
    global _loaded
    if not _loaded:
        from auditor.detect import detectors

        for mod in pkgutil.walk_packages(detectors.__path__, detectors.__name__ + "."):
            importlib.import_module(mod.name)
        _loaded = True
    return [_DETECTORS[k] for k in sorted(_DETECTORS)]
