"""Setup: tell the app about your school and yourself, once. Saved as the school profile TOML.

Every field but the school's name is optional. The names the audit will search for are
previewed live as the name is typed. A pupil list is read only to count it: the names are not
shown unless asked for.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from auditor.detect.aliases import school_aliases
from auditor.errors import AuditorError
from auditor.profile.loader import load_profile, load_pupil_names
from auditor.profile.places import Place, PlaceTextError, check_link, format_place, parse_place
from auditor.profile.schema import (
    PupilsSection,
    ReviewSection,
    SchoolProfile,
    SchoolSection,
    YouSection,
)
from tui.paths import parse_dropped_paths
from tui.profile_io import save_profile
from tui.screens.base import StepScreen
from tui.widgets.text_prompt import TextPrompt

if TYPE_CHECKING:
    from auditor.detect.media.places import PlaceCandidate

PRIVACY_NOTE = (
    "Everything you type here stays on this computer, in a private file only you can open. "
    "Nothing is sent anywhere."
)


OTHER_NAMES_HINT = (
    "How platforms show you (your WhatsApp name, an Instagram username): messages under "
    "these names are checked as yours, and they are never taken for a pupil's name."
)


PLACES_HINT = (
    "Where the school and your home are lets the audit recognise photos and check-ins taken "
    "there. Paste coordinates (53.578, -2.429) or a map link; nothing is looked up online."
)
PLACE_FIELDS = {"workplace": "school-place", "home": "home-place"}
PLACE_WORDS = {"workplace": "your school", "home": "your home"}


def place_text(value: list[float] | None) -> str:
    return f"{value[0]}, {value[1]}" if value else ""


def split_list(text: str) -> list[str]:
    """Comma- or semicolon-separated values, trimmed, empties dropped, order kept."""
    parts = [p.strip() for p in text.replace(";", ",").split(",")]
    return list(dict.fromkeys(p for p in parts if p))


class SetupScreen(StepScreen):
    STEP = "setup"
    CSS_PATH = "setup.tcss"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save"),
        Binding("ctrl+o", "import_profile", "Import"),
        Binding("ctrl+n", "toggle_names", "Pupil names"),
        Binding("ctrl+g", "find_places", "Places"),
        Binding("ctrl+f", "choose_pupil_list", "Choose the pupil list", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.pupil_names: list[str] = []
        self.show_names = False
        self.suggestions: list[PlaceCandidate] = []
        self._looked_in: tuple[str, ...] | None = None  # the exports suggestions came from
        self._show_when_found = False  # asked for with ctrl+g: go to them when they come

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="setup-form"):
            yield Static(PRIVACY_NOTE, classes="notice", id="privacy-note")
            yield Static("", classes="problem", id="setup-problem")
            yield Label("Your school's full name", classes="field-label")
            yield Input(placeholder="e.g. St Clement's CE Primary School", id="school-name")
            yield Static("", id="alias-preview", classes="hint")
            yield Label("Other names people use for it (comma-separated)", classes="field-label")
            yield Input(placeholder="e.g. SCPS, St Clem's", id="aliases")
            with Horizontal(classes="pair"):
                with Vertical():
                    yield Label("Town", classes="field-label")
                    yield Input(id="town")
                with Vertical():
                    yield Label("School postcode", classes="field-label")
                    yield Input(id="postcode")
            with Horizontal(classes="pair"):
                with Vertical():
                    yield Label("Your name", classes="field-label")
                    yield Input(id="your-name")
                with Vertical():
                    yield Label("Your roles (comma-separated)", classes="field-label")
                    yield Input(placeholder="e.g. Year 4 teacher", id="roles")
            yield Label(
                "Pupil list (optional): a text file, one name per line", classes="field-label"
            )
            with Horizontal(id="pupils-row"):
                yield Input(placeholder="path to the file, or choose it (ctrl+f)", id="pupils")
                yield Button("Choose…  ctrl+f", id="choose-pupils")
            yield Static("", id="pupil-count", classes="hint")
            with Horizontal(classes="pair"):
                with Vertical():
                    yield Label("Home address (optional)", classes="field-label")
                    yield Input(id="home-address")
                with Vertical():
                    yield Label("Home postcode (optional)", classes="field-label")
                    yield Input(id="home-postcode")
            yield Label("Other names you use online (comma-separated)", classes="field-label")
            yield Input(placeholder="e.g. Jane, Mrs S, @janesmith_teach", id="other-names")
            yield Static(OTHER_NAMES_HINT, id="other-names-hint", classes="hint")
            yield Static(PLACES_HINT, id="places-hint", classes="hint")
            with Horizontal(classes="pair"):
                with Vertical():
                    yield Label("Where the school is", classes="field-label")
                    yield Input(placeholder="coordinates or a map link", id="school-place")
                    yield Static("", id="school-place-note", classes="hint")
                with Vertical():
                    yield Label("Where you live (optional)", classes="field-label")
                    yield Input(placeholder="coordinates or a map link", id="home-place")
                    yield Static("", id="home-place-note", classes="hint")
            yield Static("", id="place-status", classes="hint")
            yield OptionList(id="place-suggestions")
            with Horizontal(id="setup-buttons"):
                yield Button("Save  ctrl+s", id="save", variant="primary")
                yield Button("Import a school's file  ctrl+o", id="import")

    def on_mount(self) -> None:
        self.fill_from(self.session.profile)
        self.query_one("#place-suggestions", OptionList).display = False
        super().on_mount()
        self.say_problem(self.session.profile_problem)
        if self.session.profile is None:  # first run: start typing straight away
            self.query_one("#school-name", Input).focus()

    def refresh_view(self, what: frozenset[str]) -> None:
        """When a place is missing and downloads have been added, offer what the photos say."""
        if not self.is_mounted:
            return
        missing = not self.field_value("school-place") or not self.field_value("home-place")
        exports = self._readable_exports()
        if not exports:
            self.query_one("#place-status", Static).update(
                "Once you have added your downloads (3), Setup can suggest these places from "
                "your own photos (ctrl+g)."
                if missing
                else ""
            )
            return
        if missing and self._looked_in != tuple(map(str, exports)):
            self._look(exports, show=False)

    def _readable_exports(self) -> list[Path]:
        return [e.path for e in self.session.exports if not e.checking and not e.problem]

    # -- showing --------------------------------------------------------------------------
    def say_problem(self, text: str | None) -> None:
        problem = self.query_one("#setup-problem", Static)
        problem.update(text or "")
        problem.display = bool(text)

    def fill_from(self, profile: SchoolProfile | None) -> None:
        if profile is None:
            self.update_aliases()
            return
        values = {
            "school-name": profile.school.name,
            "aliases": ", ".join(profile.school.aliases),
            "town": profile.school.town or "",
            "postcode": profile.school.postcode or "",
            "your-name": profile.you.name or "",
            "roles": ", ".join(profile.you.roles),
            "pupils": self._pupil_path_text(profile),
            "home-address": profile.you.home_address or "",
            "home-postcode": profile.you.home_postcode or "",
            "other-names": ", ".join(profile.you.other_names),
            "school-place": place_text(profile.school.location),
            "home-place": place_text(profile.you.home_location),
        }
        for field_id, value in values.items():
            self.query_one(f"#{field_id}", Input).value = value
        self.update_aliases()
        self.update_pupils()
        self.update_places()

    @staticmethod
    def _pupil_path_text(profile: SchoolProfile) -> str:
        if not profile.pupils.names_file:
            return ""
        path = Path(profile.pupils.names_file)
        if not path.is_absolute() and profile.path is not None:
            path = profile.path.parent / path
        return str(path)

    def field_value(self, field_id: str) -> str:
        return self.query_one(f"#{field_id}", Input).value.strip()

    @on(Input.Changed, "#school-name, #aliases")
    def update_aliases(self) -> None:
        name = self.field_value("school-name")
        preview = self.query_one("#alias-preview", Static)
        if not name:
            preview.update("Type the name: the forms the audit searches for appear here.")
            return
        forms = school_aliases(name, split_list(self.field_value("aliases")))
        # Curly-apostrophe twins are searched for too; listing them twice only adds noise.
        plain = [f for f in forms if "’" not in f]
        more = " (and each with a curly apostrophe)" if len(plain) < len(forms) else ""
        preview.update("The audit will look for: " + " · ".join(plain) + more)

    @on(Input.Changed, "#pupils")
    def update_pupils(self) -> None:
        label = self.query_one("#pupil-count", Static)
        self.pupil_names = []
        text = self.field_value("pupils")
        if not text:
            label.update("No pupil list: pupils' names will not be searched for.")
            return
        paths = parse_dropped_paths(text)
        if len(paths) != 1 or not paths[0].is_file():
            label.update("No file there yet.")
            return
        try:
            self.pupil_names = load_pupil_names(paths[0])
        except AuditorError as exc:
            label.update(str(exc))
            return
        count = f"{len(self.pupil_names)} names read."
        if self.show_names:
            label.update(count + " " + ", ".join(self.pupil_names))
        else:
            label.update(count + " They are not shown (ctrl+n shows them).")

    # -- places ---------------------------------------------------------------------------
    def place_of(self, field_id: str) -> Place | None:
        """The place typed in the field; None when empty; PlaceTextError when not a place."""
        text = self.field_value(field_id)
        return parse_place(text) if text else None

    @on(Input.Changed, "#school-place, #home-place")
    def update_places(self) -> None:
        for field_id, unset in (
            ("school-place", "Not set: photos taken at school are not recognised as such."),
            ("home-place", "Not set: photos taken at home are not recognised as such."),
        ):
            note = self.query_one(f"#{field_id}-note", Static)
            try:
                place = self.place_of(field_id)
            except PlaceTextError as exc:
                note.update(f"Not a place: {exc}.")
                continue
            if place is None:
                note.update(unset)
            else:
                note.update(
                    f"{place.label}. Check it in your browser: {check_link(*place.as_list())}"
                )

    def action_find_places(self) -> None:
        """ctrl+g: the places the photos suggest, scrolled to and ready to choose."""
        exports = self._readable_exports()
        status = self.query_one("#place-status", Static)
        if not exports:
            status.update("Add your downloads first (3): the places come from your own photos.")
            status.scroll_visible()
            return
        if self._looked_in == tuple(map(str, exports)) and self.suggestions:
            self._go_to_suggestions()
            return
        self._look(exports, show=True)

    def _look(self, exports: list[Path], *, show: bool) -> None:
        self._looked_in = tuple(map(str, exports))
        self._show_when_found = show
        self.query_one("#place-status", Static).update("Looking at where your photos were taken…")
        self._find_places(exports)

    def _go_to_suggestions(self) -> None:
        options = self.query_one("#place-suggestions", OptionList)
        options.focus()
        options.highlighted = 0
        self.query_one("#places-hint", Static).scroll_visible(animate=False, top=True)

    @work(thread=True, exclusive=True, group="places", exit_on_error=False)
    def _find_places(self, exports: list[Path]) -> None:
        try:
            found = self.session.service.place_candidates(exports)
        except Exception as exc:  # a suggestion is a help, never a stop
            self.app.call_from_thread(
                self.query_one("#place-status", Static).update,
                f"Your photos could not be looked at ({type(exc).__name__}); type the places.",
            )
            return
        self.app.call_from_thread(self._show_suggestions, found)

    def _show_suggestions(self, found: list[PlaceCandidate]) -> None:
        self.suggestions = found
        status = self.query_one("#place-status", Static)
        options = self.query_one("#place-suggestions", OptionList)
        options.clear_options()
        if not found:
            status.update(
                "No place comes up often enough in your photos to suggest one: type the places."
            )
            options.display = False
            return
        status.update(
            "Your photos suggest these places. Choose one (enter) to put it in its field, "
            "check it, then save (ctrl+s):"
        )
        for i, c in enumerate(found):
            question = f"Is this {PLACE_WORDS[c.kind]}?"
            options.add_option(
                Option(
                    f"{question} {c.reason} · {format_place(c.point.lat, c.point.lon)}", id=str(i)
                )
            )
        options.display = True

    @on(OptionList.OptionSelected, "#place-suggestions")
    def _suggestion_chosen(self, event: OptionList.OptionSelected) -> None:
        c = self.suggestions[int(event.option.id or 0)]
        field = self.query_one(f"#{PLACE_FIELDS[c.kind]}", Input)
        field.value = f"{c.point.lat}, {c.point.lon}"
        field.focus()
        where = "Where the school is" if c.kind == "workplace" else "Where you live"
        self.notify(f"Put in “{where}”. Save (ctrl+s) to keep it.", timeout=3)

    def action_toggle_names(self) -> None:
        self.show_names = not self.show_names
        self.update_pupils()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.focus_next()

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#choose-pupils")
    def _choose_pupils_pressed(self) -> None:
        self.action_choose_pupil_list()

    def action_choose_pupil_list(self) -> None:
        """ctrl+f: the pupil list's own picker (text and CSV files, from home or the folder of
        the list already chosen); the file chosen goes in the field, saved with ctrl+s."""
        from tui.widgets.pupil_picker import PupilListPicker, start_folder

        paths = parse_dropped_paths(self.field_value("pupils"))
        home = Path.home()
        self.app.push_screen(
            PupilListPicker(start_folder(paths[0] if paths else None, home), home),
            self._pupil_list_chosen,
        )

    def _pupil_list_chosen(self, path: Path | None) -> None:
        field = self.query_one("#pupils", Input)
        if path is not None:
            field.value = str(path)
            self.notify("Save (ctrl+s) to keep it.", title="Pupil list chosen", timeout=3)
        field.focus()

    @on(Button.Pressed, "#import")
    def _import_pressed(self) -> None:
        self.action_import_profile()

    # -- saving ---------------------------------------------------------------------------
    def build_profile(self) -> SchoolProfile:
        """The profile from the form; PlaceTextError when a place field is not a place."""
        old = self.session.profile
        pupils = parse_dropped_paths(self.field_value("pupils"))
        school_place = self.place_of("school-place")
        home_place = self.place_of("home-place")
        return SchoolProfile(
            school=SchoolSection(
                name=self.field_value("school-name"),
                aliases=split_list(self.field_value("aliases")),
                town=self.field_value("town") or None,
                postcode=self.field_value("postcode").upper() or None,
                location=school_place.as_list() if school_place else None,
                website=old.school.website if old else None,
                email_domain=old.school.email_domain if old else None,
            ),
            you=YouSection(
                name=self.field_value("your-name") or None,
                other_names=split_list(self.field_value("other-names")),
                roles=split_list(self.field_value("roles")),
                home_address=self.field_value("home-address") or None,
                home_postcode=self.field_value("home-postcode").upper() or None,
                home_location=home_place.as_list() if home_place else None,
                phones=old.you.phones if old else [],
                emails=old.you.emails if old else [],
            ),
            pupils=PupilsSection(names_file=str(pupils[0].resolve()) if pupils else None),
            review=old.review if old else ReviewSection(),
        )

    def action_save(self) -> None:
        if not self.field_value("school-name"):
            self.say_problem("The school's name is needed: it is what the audit looks for.")
            self.query_one("#school-name", Input).focus()
            return
        try:
            profile = self.build_profile()
            save_profile(profile, self.session.profile_path)
        except ValidationError as exc:
            err = exc.errors()[0]
            self.say_problem(f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}")
            return
        except PlaceTextError as exc:
            self.say_problem(f"A place is not understood: {exc}.")
            return
        except AuditorError as exc:
            self.say_problem(str(exc))
            return
        self.auditor.load_profile()
        self.say_problem(self.session.profile_problem or "")
        if self.session.profile is not None:
            self.notify(f"Saved to {self.session.profile_path}", title="Profile saved")
            self.auditor.action_goto("guide")

    def action_import_profile(self) -> None:
        self.app.push_screen(
            TextPrompt(
                "Import your school's profile file",
                "A .toml file your school gave you. A copy is kept with your settings.",
                placeholder="path to the file (you can drop it here)",
            ),
            self.import_from,
        )

    def import_from(self, text: str | None) -> None:
        if not text:
            return
        paths = parse_dropped_paths(text)
        if len(paths) != 1:
            self.say_problem("Give one file.")
            return
        source = paths[0]
        try:
            profile = load_profile(source, read_pupils=False)
        except AuditorError as exc:
            self.say_problem(str(exc))
            return
        if profile.pupils.names_file and not Path(profile.pupils.names_file).is_absolute():
            # The copy lives elsewhere: point it at the list beside the original.
            names = (source.parent / profile.pupils.names_file).resolve()
            profile.pupils = PupilsSection(names_file=str(names))
        rules = source.parent / "rules.d"
        target = self.session.profile_path
        try:
            save_profile(profile, target)
            if rules.is_dir() and rules.resolve() != (target.parent / "rules.d").resolve():
                shutil.copytree(rules, target.parent / "rules.d", dirs_exist_ok=True)
        except AuditorError as exc:
            self.say_problem(str(exc))
            return
        except OSError as exc:
            self.say_problem(f"The school's rules folder could not be copied ({exc.strerror}).")
            return
        self.auditor.load_profile()
        self.fill_from(self.session.profile)
        self.say_problem(self.session.profile_problem or "")
        self.notify(f"Imported {source.name}. Check the details, then save.", title="Imported")
