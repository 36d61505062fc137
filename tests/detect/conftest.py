"""Detection tests run the real detectors over realistic texts, against the labelled corpus's
profile (St Clement's CE Primary School, Bolton; Jane Smith; 20 fictional pupils)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from auditor.detect.context import DetectionContext
from auditor.detect.engine import DetectionEngine
from auditor.models.evidence import Evidence
from auditor.models.item import Item, ItemKind
from auditor.profile.loader import load_profile
from auditor.profile.schema import SchoolProfile
from tests.conftest import FIXTURES

LABELLED_PROFILE = FIXTURES / "labelled" / "school.toml"

Find = Callable[..., list[Evidence]]


@pytest.fixture(scope="session")
def profile() -> SchoolProfile:
    return load_profile(LABELLED_PROFILE)


@pytest.fixture(scope="session")
def rules_engine(profile: SchoolProfile) -> DetectionEngine:
    """Rules only (model='none'): what every user gets, model or not."""
    return DetectionEngine(DetectionContext.from_profile(profile, model="none"))


def item(text: str, kind: str = "post", **kw: object) -> Item:
    return Item(platform="facebook", kind=ItemKind(kind), source="t", locator="-", text=text, **kw)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def find(rules_engine: DetectionEngine) -> Find:
    """Evidence of one kind (confidence >= min_conf) for a text, rules only."""

    def _find(
        text: str, kind: str, *, item_kind: str = "post", min_conf: float = 0.6, **kw: object
    ) -> list[Evidence]:
        ev = rules_engine.detect(item(text, item_kind, **kw))
        return [e for e in ev if e.kind.value == kind and e.confidence >= min_conf]

    return _find


def texts_of(evidence: list[Evidence]) -> list[str]:
    return [e.text for e in evidence]
