"""The footer of keys, drawn with the screen and again only when its keys change.

Textual's Footer is empty in a screen's first frame and rebuilds all its keys each time the
bindings might have changed (every focus change), even when the keys shown stay the same; on
arrival at a step that is two or three rebuilds, about 20-90 ms each on a busy machine, and
they hold back the step's first frame. This one has its keys in the first frame and rebuilds
only when what it shows would change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Footer

if TYPE_CHECKING:
    from textual.app import ComposeResult
    from textual.screen import Screen


class StepFooter(Footer):
    _shown: tuple[object, ...] | None = None

    def _keys(self) -> tuple[object, ...]:
        bindings = self.screen.active_bindings
        return tuple(
            (binding.key, binding.action, binding.description, enabled, tooltip, binding.group)
            for key, (_node, binding, enabled, tooltip) in bindings.items()
            if binding.show or key == self.app.COMMAND_PALETTE_BINDING
        )

    def compose(self) -> ComposeResult:
        self._bindings_ready = True
        self._shown = self._keys()
        yield from super().compose()

    def bindings_changed(self, screen: Screen[object]) -> None:
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and self._keys() != self._shown:
            super().bindings_changed(screen)
