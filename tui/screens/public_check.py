"""Check my public profiles: what a logged-out stranger sees on the user's public pages.

The one screen that goes online, and only when asked, in three deliberate steps:

1. the user types or pastes the addresses; nothing is looked up or contacted while they type;
2. "Review these addresses" says which addresses are refused (not https, not a web address…)
   and exactly which sites would be contacted, in the CLI's words (`contact_plan`);
3. only "Check these pages now" contacts them, one page at a time, in a worker thread that can
   be stopped at any moment ("Cancel" at step 2 leaves with nothing contacted).

`auditor.online` (and the HTTP client behind it) is imported at step 2 at the earliest, never
when the app starts or this screen opens, so the proof that the app is offline at start
(tests/online/test_offline_proof.py) stays true. Each page's answer is shown as it arrives:
its findings, or "could not see" and why; a page that could not be seen is never shown as
"nothing found".
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import Button, Label, Static, TextArea
from textual.worker import get_current_worker

from auditor.errors import AuditorError
from tui.screens.base import StepScreen
from tui.session import counted, platform_name
from tui.widgets.finding_detail import SEVERITY_STYLE, clause_text, marked_text

if TYPE_CHECKING:
    from auditor.models.finding import Finding
    from auditor.online.check import PublicChecker
    from auditor.online.report import PageResult
    from auditor.profile.schema import SchoolProfile

STOP_POLL_SECONDS = 0.05  # how soon a stopped check lets go of the page being fetched
PURPOSE = "This check"  # how the contact plan names what will contact the sites
NOT_A_CLEAN_RESULT = (
    "Nothing on this page was checked, so this is not a clean result: "
    '"could not see" never means "nothing found".'
)
INTRO = (
    "See your public profile pages the way a stranger does: logged out. This is the only part "
    "of the app that goes online, and it contacts nothing until you have seen which sites it "
    'will contact and pressed "Check these pages now".'
)


def split_addresses(text: str) -> list[str]:
    """The addresses typed or pasted: one per line or separated by spaces, each once."""
    return list(dict.fromkeys(text.split()))


@dataclass
class Review:
    """What step 2 found: the addresses that may be contacted, those refused and why, and the
    contact plan shown before anything is contacted."""

    accepted: list[str] = field(default_factory=list)  # as they will be fetched
    refused: list[tuple[str, str]] = field(default_factory=list)  # (as typed, why)
    plan: str = ""


def review_addresses(text: str) -> Review:
    """Check each address with the online package's own rules. Opens no connection."""
    from auditor.online.plan import contact_plan
    from auditor.online.urls import UrlRefused, checked_url

    review = Review()

    def allowed(raw: str) -> bool:
        try:
            checked_url(raw)
        except UrlRefused as exc:
            review.refused.append((raw, str(exc)))
            return False
        return True

    # As the CLI does: each address as httpx will use it, and the same address once.
    urls = {str(u): u for u in (checked_url(r) for r in split_addresses(text) if allowed(r))}
    review.accepted = list(urls)
    if urls:
        review.plan = contact_plan(urls.values(), PURPOSE)
    return review


RunState = Literal["running", "finished", "stopped", "failed"]


@dataclass
class CheckRun:
    """One press of "Check these pages now": its addresses, its stop switch, what came back."""

    urls: list[str]
    cancel: threading.Event = field(default_factory=threading.Event)
    state: RunState = "running"
    current: int | None = None  # the page being fetched (index into urls)
    results: list[PageResult] = field(default_factory=list)
    failure: str = ""


# Posted by the worker thread to the screen (post_message is safe from another thread and never
# waits, so a worker can always finish, even while the app is closing).
class PageStarted(Message):
    def __init__(self, run: CheckRun, index: int) -> None:
        super().__init__()
        self.check_run, self.index = run, index


class PageChecked(Message):
    def __init__(self, run: CheckRun, result: PageResult) -> None:
        super().__init__()
        self.check_run, self.result = run, result


class CheckEnded(Message):
    def __init__(self, run: CheckRun, failure: str | None) -> None:
        super().__init__()
        self.check_run, self.failure = run, failure


# -- how a page's answer reads ---------------------------------------------------------------
def could_not_see(message: str) -> str:
    """'could not see: <reason>' for every answer but a readable page, whatever the outcome's
    own first words ("could not connect: …" reads "could not see (could not connect): …")."""
    head, sep, rest = message.partition(": ")
    if not sep:
        return f"could not see: {message}"
    if head == "could not see":
        return message
    return f"could not see ({head}): {rest}"


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    return text[0].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _site(platform: str) -> str:
    return "web page" if platform == "web" else platform_name(platform)


def _seen_in(fields: list[str]) -> str:
    return f"yes ({', '.join(f.replace('_', ' ') for f in fields)})" if fields else "no"


def finding_block(f: Finding, muted: str) -> RenderableType:
    """One finding: the rule and clause, what the page shows, why it matters, how to fix it."""
    head = Text()
    head.append(
        f" {f.severity.value.upper()} ", style=f"reverse {SEVERITY_STYLE[f.severity.value]}"
    )
    head.append(f" {f.title or f.rule}", style="bold")
    section, _ = clause_text(f.clause)
    where = f.item.field.replace("_", " ") if f.item.field else "page"
    meta = Text(
        f"Clause {f.clause}" + (f" ({section})" if section else "") + f" · rule {f.rule}"
        f" · seen in the page's {where}",
        style=muted,
    )
    parts: list[RenderableType] = [head, meta]
    if f.item.text:
        parts += [Text("What a stranger sees", style="bold underline")]
        parts.append(marked_text(f.item.text, f.evidence))
    parts += [Text("Why it matters", style="bold underline"), Text(f.explanation)]
    if f.remediation_steps:
        parts.append(Text("How to fix it", style="bold underline"))
        parts += [Text(f"{i}. {step}") for i, step in enumerate(f.remediation_steps, 1)]
    return Padding(Group(*parts), (1, 0, 0, 3))


def page_block(n: int, page: PageResult, muted: str = "dim") -> RenderableType:
    """One page's answer, as the results list shows it."""
    head = Text(f"{n}. ", style="bold")
    head.append(page.url, style="bold")
    head.append(f"  ({_site(page.platform)})", style=muted)
    parts: list[RenderableType] = [head]
    body: list[RenderableType] = []
    if page.final_url and page.final_url != page.url:
        body.append(Text(f"Reached: {page.final_url}", style=muted))
    if not page.could_see:
        line = Text()
        line.append(" COULD NOT SEE ", style="reverse bold yellow")
        line.append(f" {_sentence(could_not_see(page.message))}")
        body += [line, Text(NOT_A_CLEAN_RESULT, style=muted)]
        return Group(*parts, Padding(Group(*body), (0, 0, 0, 3)))
    body.append(Text(_sentence(page.message)))
    obs = page.observations
    if obs is not None:
        photo = f"yes, {obs.profile_photo}" if obs.profile_photo else "none seen"
        body += [
            Text(f"Shows the school: {_seen_in(obs.school_in)}"),
            Text(f"Shows a school role: {_seen_in(obs.role_in)}"),
            Text(f"Shows the school's town: {_seen_in(obs.town_in)}"),
            Text(f"Profile photo: {photo}"),
        ]
    if not page.findings:
        body.append(Text("No policy problems in what could be seen.", style="bold green"))
    parts.append(Padding(Group(*body), (0, 0, 0, 3)))
    parts += [finding_block(f, muted) for f in page.findings]
    return Group(*parts)


def summary_line(run: CheckRun) -> str:
    pages = run.results
    seen = sum(p.could_see for p in pages)
    found = sum(len(p.findings) for p in pages)
    of = "page" if len(run.urls) == 1 else "pages"
    return (
        f"{len(pages)} of {len(run.urls)} {of} answered: {seen} seen, "
        f"{len(pages) - seen} could not be seen; {counted(found, 'finding')}."
    )


def check_one(
    checker: PublicChecker,
    url: str,
    cancel: threading.Event,
    closing: Callable[[], bool] = lambda: False,
) -> PageResult | None:
    """One page, fetched in a daemon thread of its own so that neither "Stop" nor quitting the
    app waits for a slow site (an open request cannot be interrupted; the fetcher's time
    limits end it). None when stopped first: the page's answer, if it comes, is dropped."""
    box: list[PageResult | Exception] = []
    done = threading.Event()

    def fetch() -> None:
        try:
            box.append(checker.check(url))
        except Exception as exc:  # handed to the worker, which says it in one line
            box.append(exc)
        finally:
            done.set()

    threading.Thread(target=fetch, name="public-check page", daemon=True).start()
    while not done.wait(STOP_POLL_SECONDS):
        if cancel.is_set() or closing():
            cancel.set()
            return None
    answer = box[0]
    if isinstance(answer, Exception):
        raise answer
    return answer


# -- the screen ------------------------------------------------------------------------------
class PublicCheckScreen(StepScreen):
    STEP = "public_check"
    CSS_PATH = "public_check.tcss"
    BINDINGS = [
        Binding("ctrl+r", "review", "Review addresses"),
        Binding("c", "stop", "Stop the check"),
        Binding("escape", "back", "Cancel", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.pending_review: Review | None = None  # shown and waiting for a yes
        self.check_run: CheckRun | None = None

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="pc-body"):
            yield Static("Check my public profiles", classes="heading", id="pc-title")
            yield Static(INTRO, classes="hint", id="pc-intro")
            yield Label(
                "Your public profile addresses (one per line, or separated by spaces)",
                classes="field-label",
            )
            yield TextArea(id="pc-addresses", soft_wrap=True, show_line_numbers=False)
            with Horizontal(classes="pc-buttons"):
                yield Button("Review these addresses  ctrl+r", id="pc-review", variant="primary")
            yield Static("", classes="problem", id="pc-refused")
            yield Static("", id="pc-plan")
            with Horizontal(classes="pc-buttons", id="pc-confirm"):
                yield Button("Cancel: contact nothing", id="pc-cancel")
                yield Button("Check these pages now", id="pc-go", variant="warning")
            yield Static("", classes="heading", id="pc-status")
            with Horizontal(classes="pc-buttons", id="pc-stop-row"):
                yield Button("Stop the check  c", id="pc-stop", variant="error")
            yield Vertical(id="pc-results")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#pc-addresses", TextArea).focus()
        for note in ("#pc-refused", "#pc-plan", "#pc-status"):
            self._say(note, "")
        self._show_stage()

    def on_unmount(self) -> None:
        if self.check_run is not None:
            self.check_run.cancel.set()  # the app is closing: contact nothing more

    # -- what is shown when -------------------------------------------------------------
    @property
    def checking(self) -> bool:
        return self.check_run is not None and self.check_run.state == "running"

    def _show_stage(self) -> None:
        confirming = self.pending_review is not None and bool(self.pending_review.accepted)
        self.query_one("#pc-confirm").display = confirming and not self.checking
        self.query_one("#pc-stop-row").display = self.checking
        self.query_one("#pc-review", Button).disabled = self.checking
        self.query_one("#pc-addresses", TextArea).read_only = self.checking
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "stop":
            return self.checking
        if action == "review":
            return not self.checking
        return True

    def _say(self, selector: str, content: RenderableType) -> None:
        """Show `content` in one of the screen's notes; an empty note takes no room."""
        note = self.query_one(selector, Static)
        note.update(content)
        note.display = content != ""

    def _status(self, text: str) -> None:
        self._say("#pc-status", text)

    @property
    def _muted(self) -> str:
        return "" if self.app.theme == "high-contrast" else "dim"

    # -- step 2: review -----------------------------------------------------------------
    @on(Button.Pressed, "#pc-review")
    def action_review(self) -> None:
        if self.checking:
            return
        text = self.query_one("#pc-addresses", TextArea).text
        self.pending_review = None
        self._say("#pc-plan", "")
        if not split_addresses(text):
            self._say("#pc-refused", "Type or paste the address of a public profile page first.")
            self._show_stage()
            return
        if self.session.profile is None:
            self._say(
                "#pc-refused",
                "First tell the app about your school (Setup, key 1): the check looks for "
                "your school's name and your role on the pages.",
            )
            self._show_stage()
            return
        review = review_addresses(text)
        self._say(
            "#pc-refused", "\n".join(f"Will not be contacted: {why}." for _, why in review.refused)
        )
        if review.accepted:
            self._say(
                "#pc-plan",
                Group(Text(review.plan), Text("Nothing has been contacted yet.", style="bold")),
            )
            self.pending_review = review
        else:
            self._say("#pc-plan", "No address can be checked, so nothing will be contacted.")
        self._status("")
        self._show_stage()
        if review.accepted:
            self.query_one("#pc-cancel", Button).focus()  # the safe choice has the focus
            self.call_after_refresh(self.call_after_refresh, self._show_confirm)

    def _show_confirm(self) -> None:
        """The plan's buttons in sight, whole. Run two refreshes after the plan is shown: its
        wrapped height (and so where the buttons are) is known only after the first."""
        self.query_one("#pc-confirm").scroll_visible(animate=False)

    @on(TextArea.Changed, "#pc-addresses")
    def _addresses_changed(self) -> None:
        """The plan shown must be what will be contacted: a changed list is reviewed again."""
        if self.pending_review is not None and not self.checking:
            self._withdraw("The addresses changed: review them again before checking.")

    def _withdraw(self, why: str) -> None:
        self.pending_review = None
        self._say("#pc-plan", "")
        self._say("#pc-refused", "")
        self._status(why)
        self._show_stage()

    @on(Button.Pressed, "#pc-cancel")
    def cancel_review(self) -> None:
        self._withdraw("Cancelled. Nothing was contacted.")
        self.query_one("#pc-addresses", TextArea).focus()

    def action_back(self) -> None:
        """Escape: stops a running check, withdraws a plan waiting for a yes, or leaves the
        text field (so the number keys move between steps again)."""
        if self.checking:
            self.action_stop()
        elif self.pending_review is not None:
            self.cancel_review()
            self.set_focus(None)
        else:
            self.set_focus(None)

    # -- step 3: check --------------------------------------------------------------------
    @on(Button.Pressed, "#pc-go")
    def start_check(self) -> None:
        review, profile = self.pending_review, self.session.profile
        if review is None or not review.accepted or profile is None or self.checking:
            return
        self.pending_review = None
        self._say("#pc-plan", "")
        self.query_one("#pc-results", Vertical).remove_children()
        self.check_run = CheckRun(urls=list(review.accepted))
        self._status("Getting ready: loading the rules and your school's details…")
        self._show_stage()
        self.query_one("#pc-stop", Button).focus()
        self._check_pages(self.check_run, profile)

    def action_stop(self) -> None:
        run = self.check_run
        if run is None or run.state != "running":
            return
        run.cancel.set()
        run.state = "stopped"
        left = len(run.urls) - len(run.results)
        if run.current is None:
            self._status(
                f"Stopped before any site was contacted; {counted(left, 'page')} not checked."
            )
        else:
            abandoned = (
                f"The page being fetched ({run.urls[run.current]}) was abandoned. "
                if run.current >= len(run.results)
                else ""
            )
            self._status(
                f"Stopped. {abandoned}Nothing more will be contacted; "
                f"{counted(left, 'page')} not checked. {summary_line(run)}"
            )
        self._show_stage()
        self.query_one("#pc-body").focus()
        self.call_after_refresh(
            self.query_one("#pc-status").scroll_visible, top=True, animate=False
        )

    @work(thread=True, group="public-check", exit_on_error=False)
    def _check_pages(self, run: CheckRun, profile: SchoolProfile) -> None:
        """Off the interface's thread: one page at a time, stopping as soon as asked. A page
        already being fetched when the user stops is abandoned: its answer is not shown."""
        worker = get_current_worker()
        if worker.is_cancelled:  # the app is closing
            run.cancel.set()
        try:
            from auditor.online.check import PublicChecker
            from auditor.online.fetch import PageFetcher
            from auditor.pipeline import default_overrides
            from auditor.rules.loader import load_rule_pack

            pack = load_rule_pack(None, default_overrides(profile))
            with PageFetcher() as fetcher:
                checker = PublicChecker(profile, pack, fetcher)
                for n, url in enumerate(run.urls):
                    if run.cancel.is_set():
                        return
                    self.post_message(PageStarted(run, n))
                    result = check_one(checker, url, run.cancel, lambda: worker.is_cancelled)
                    if result is None or run.cancel.is_set():
                        return
                    self.post_message(PageChecked(run, result))
        except Exception as exc:  # one plain line on screen; never a traceback
            message = str(exc) if isinstance(exc, AuditorError) else type(exc).__name__
            self.post_message(CheckEnded(run, message))
            return
        self.post_message(CheckEnded(run, None))

    def on_page_started(self, message: PageStarted) -> None:
        run = message.check_run
        if run is not self.check_run or run.state != "running":
            return
        run.current = message.index
        self._status(
            f"Checking page {message.index + 1} of {len(run.urls)}: {run.urls[message.index]}"
            " (c or Escape stops the check)"
        )

    def on_page_checked(self, message: PageChecked) -> None:
        run = message.check_run
        if run is not self.check_run or run.state != "running":
            return  # stopped meanwhile: an abandoned page is not shown
        run.results.append(message.result)
        self.query_one("#pc-results", Vertical).mount(
            Static(
                page_block(len(run.results), message.result, self._muted),
                classes="pc-page",
            )
        )

    def on_check_ended(self, message: CheckEnded) -> None:
        run = message.check_run
        if run is not self.check_run or run.state != "running":
            return
        run.current = None
        if message.failure is not None:
            run.state, run.failure = "failed", message.failure
            self._status(f"The check stopped: {message.failure}. {summary_line(run)}")
        else:
            run.state = "finished"
            self._status(self._finished_line(run))
        self._show_stage()
        self.query_one("#pc-body").focus()  # the arrow keys scroll through the answers
        self.call_after_refresh(
            self.query_one("#pc-status").scroll_visible, top=True, animate=False
        )

    def _finished_line(self, run: CheckRun) -> str:
        from auditor.online.outcome import Outcome  # loaded by the check already

        if run.results and all(p.outcome is Outcome.NO_CONNECTION for p in run.results):
            return (
                "Could not connect: no network connection, or the sites cannot be reached. "
                "Nothing was checked."
            )
        return f"Check finished. {summary_line(run)}"
