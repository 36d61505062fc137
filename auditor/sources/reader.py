"""The one interface every export reader implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import ClassVar

from auditor.models.item import Item
from auditor.sources.export import Entry, Export


@dataclass
class ReadContext:
    """What a reader gets besides the export: where to send warnings, and limits."""

    warn: Callable[[str, str], None]
    max_json_bytes: int = 512 * 1024 * 1024
    max_text_bytes: int = 256 * 1024 * 1024
    state: dict[str, object] = field(default_factory=dict)  # per-export scratch (e.g. id maps)


class Reader(ABC):
    """Reads one kind of file of one platform's export into items.

    A reader claims files by name and shape (never by fixed path: platforms move folders), then
    yields items as it reads them. It must not raise for bad content: it warns through the
    context and yields what it could read. The scanner catches anything that still escapes.
    """

    platform: ClassVar[str]  # facebook | instagram | x | linkedin | tiktok | whatsapp | …
    format: ClassVar[str]  # json | html | csv | txt | js
    name: ClassVar[str]  # unique, e.g. "facebook.json.posts"
    priority: ClassVar[int] = 100  # lower claims first when two readers want the same file

    @abstractmethod
    def claims(self, entry: Entry, export: Export) -> bool:
        """Whether this reader reads `entry`. Cheap: look at the name, peek at the head if needed."""

    @abstractmethod
    def read(self, entry: Entry, export: Export, ctx: ReadContext) -> Iterator[Item]:
        """Yield the items of `entry`, each with a locator that leads back to its record."""
