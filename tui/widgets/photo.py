"""A photo from inside an export, shown in the terminal (sixel or kitty where the terminal
supports them, coloured half-blocks otherwise, via textual-image).

The bytes are read from the export read-only, in a worker; nothing is unpacked to disk.
"""

from __future__ import annotations

import io
from pathlib import Path

from textual import work
from textual.containers import Container
from textual.widgets import Static

MAX_PHOTO_BYTES = 40 * 1024 * 1024


def read_photo(export: Path, inside: str) -> bytes | None:
    """The photo's bytes from the export, or None when it is not there (or too big)."""
    from auditor.sources.export import open_export

    try:
        with open_export(export, lambda _file, _message: None) as opened:
            entry = opened.find(inside)
            if entry is None or entry.size > MAX_PHOTO_BYTES:
                return None
            return opened.read_bytes(entry)
    except Exception:  # a missing or damaged export: the finding still shows, without photo
        return None


class PhotoView(Container):
    DEFAULT_CSS = """
    PhotoView { height: auto; max-height: 16; }
    PhotoView > Static { color: $text-muted; }
    PhotoView > .photo { width: auto; height: 14; }
    """

    finding_id: str | None = None  # the finding whose photo is shown

    def show_photo(self, export: str, inside: str | None) -> None:
        self.remove_children()
        if not inside or not export:
            self.display = False
            return
        self.display = True
        self.mount(Static("Loading the photo…"))
        self._load(Path(export), inside)

    @work(thread=True, exclusive=True, group="photo")
    def _load(self, export: Path, inside: str) -> None:
        data = read_photo(export, inside)
        self.app.call_from_thread(self._loaded, data)

    def _loaded(self, data: bytes | None) -> None:
        self.remove_children()
        if data is None:
            self.mount(Static("The photo is not in this export, so it cannot be shown."))
            return
        try:
            from PIL import Image as PILImage

            picture = PILImage.open(io.BytesIO(data))
            picture.load()
        except Exception:
            self.mount(Static("This photo cannot be shown here (an unusual format)."))
            return
        from textual_image.widget import HalfcellImage, Image

        widget_class = HalfcellImage if self.app.is_headless else Image
        self.mount(widget_class(picture, classes="photo"))
