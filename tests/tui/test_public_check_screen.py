"""The "Check my public profiles" screen, driven by keys against the loopback site of the online
tests: nothing is contacted before the user says yes (or after they cancel), what a stranger
sees is shown as findings, a page that could not be seen says so, refused addresses are named
in plain words, and stopping during a slow page stops at once and contacts nothing more.

Plain http is allowed here only for 127.0.0.1, through the test switch of `auditor.online.urls`;
the suite's network guard blocks everything beyond loopback."""

from __future__ import annotations

import io
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType

import pytest
from rich.console import Console
from textual import events
from textual.widgets import Button, Static

from tests.online.guarded import GuardedChild
from tests.online.local_server import PAGES, PROFILE_ROUTES, Answer, LocalSite, serving
from tests.tui.conftest import until
from tui.app import AuditorApp
from tui.screens.public_check import PublicCheckScreen

pytestmark = pytest.mark.online

SIZE = (110, 60)


class HeldPage:
    """A page that answers only when the test lets it: a slow site, without a race."""

    def __init__(self) -> None:
        self.asked = threading.Event()
        self.release = threading.Event()

    def __call__(self, site: LocalSite) -> Answer:
        self.asked.set()
        self.release.wait(timeout=10)
        return Answer(body=(PAGES / "linkedin_profile.html").read_bytes())


@pytest.fixture(autouse=True)
def _loopback_http(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDITOR_TEST_ALLOW_LOOPBACK_HTTP", "1")


@pytest.fixture
def held() -> Iterator[HeldPage]:
    page = HeldPage()
    yield page
    page.release.set()  # never leave a server thread waiting


@pytest.fixture
def site(held: HeldPage) -> Iterator[LocalSite]:
    with serving({**PROFILE_ROUTES, "/held": held}) as s:
        yield s


async def paste(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    """A paste as the terminal delivers it: to the app, which hands it to the focused field."""
    await pilot.pause()
    pilot.app.post_message(events.Paste(text))
    await pilot.pause()


def plain(widget: Static) -> str:
    content = widget.content
    if isinstance(content, str):
        return content
    console = Console(width=200, file=io.StringIO(), record=True, color_system=None)
    console.print(content)
    return console.export_text()


def shown(app: AuditorApp, selector: str) -> str:
    return "\n".join(plain(w) for w in app.screen.query(selector).results(Static))


def results(app: AuditorApp) -> str:
    return shown(app, ".pc-page")


async def open_screen(pilot, app: AuditorApp, addresses: str) -> PublicCheckScreen:  # type: ignore[no-untyped-def]
    await pilot.press("8")
    await until(pilot, lambda: isinstance(app.screen, PublicCheckScreen))
    screen = app.screen
    assert isinstance(screen, PublicCheckScreen)
    await paste(pilot, addresses)  # the address field has the focus
    return screen


async def review_then_go(pilot, app: AuditorApp) -> None:  # type: ignore[no-untyped-def]
    """ctrl+r shows the plan with "Cancel" focused; Tab reaches "Check these pages now"."""
    await pilot.press("ctrl+r")
    await pilot.pause()
    assert app.focused is not None and app.focused.id == "pc-cancel"
    await pilot.press("tab")
    assert app.focused is not None and app.focused.id == "pc-go"
    assert str(app.screen.query_one("#pc-go", Button).label) == "Check these pages now"
    await pilot.press("enter")


async def test_nothing_is_contacted_before_yes_nor_after_cancel(
    make_app: Callable[..., AuditorApp], saved_profile: Path, site: LocalSite
) -> None:
    app = make_app()
    profile, wall = site.url("/in/janesmith"), site.url("/janesmith_ig")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, app, f"{profile}\n{wall} {profile}")
        assert site.requests == []
        assert not app.screen.query_one("#pc-confirm").display  # no way to say yes before a review
        await pilot.press("ctrl+r")
        await pilot.pause()
        plan = shown(app, "#pc-plan")
        # The CLI's own plan: each site and address, and what is (not) sent; each address once.
        assert "This check will contact 1 site(s), once per address, logged out:" in plan
        assert f"127.0.0.1{' ' * 19} {profile}" in plan and plan.count(profile) == 1
        assert wall in plan
        assert "It sends no login, no cookies and nothing from your downloads" in plan
        assert "Nothing has been contacted yet." in plan
        assert app.screen.query_one("#pc-confirm").display
        assert site.requests == []

        await pilot.press("escape")  # cancel: withdraws the plan
        await pilot.pause()
        assert "Cancelled. Nothing was contacted." in shown(app, "#pc-status")
        assert shown(app, "#pc-plan") == "" and not app.screen.query_one("#pc-confirm").display
        await pilot.press("ctrl+r")
        await pilot.pause()
        await pilot.click("#pc-cancel")  # the button does the same
        await pilot.pause(0.3)
        assert "Nothing was contacted" in shown(app, "#pc-status")
        assert screen.check_run is None
        assert site.requests == []

        # A changed list withdraws the plan: what was shown is what would be contacted.
        await pilot.press("ctrl+r")
        await pilot.pause()
        app.screen.query_one("#pc-addresses").focus()
        await pilot.press("end", "space", "x")
        await pilot.pause()
        assert shown(app, "#pc-plan") == "" and not app.screen.query_one("#pc-confirm").display
        assert "review them again" in shown(app, "#pc-status")
        assert site.requests == []


async def test_findings_and_could_not_see_are_shown_page_by_page(
    make_app: Callable[..., AuditorApp], saved_profile: Path, site: LocalSite
) -> None:
    app = make_app()
    urls = [site.url(p) for p in ("/in/janesmith", "/janesmith_ig", "/gone", "/bakes")]
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, app, "\n".join(urls))
        await review_then_go(pilot, app)
        await pilot.press("7")  # the check goes on while another step is shown
        await until(pilot, lambda: screen.check_run is not None and not screen.checking)
        assert screen.check_run is not None and screen.check_run.state == "finished"
        await pilot.press("8")
        await until(pilot, lambda: app.screen is screen)
        text = results(app)
        pages = text.split("\n1. ")[-1]
        # The LinkedIn page names the school and the role: a finding with rule, clause, why, fix.
        linkedin = pages.split(f"2. {urls[1]}")[0]
        assert f"{urls[0]}  (LinkedIn)" in text
        assert "Seen as a logged-out visitor sees it." in linkedin
        assert "Shows the school: yes (headline" in linkedin
        assert " HIGH  Your public page names your school" in linkedin
        assert "Clause 6.17" in linkedin and "rule SMP617-PUBLIC-SCHOOL" in linkedin
        assert "seen in the page's headline" in linkedin
        assert "Year 4 Teacher at St Clement's CE Primary School" in linkedin
        assert "Anyone who opens your public LinkedIn page without logging in" in linkedin
        assert "How to fix it" in linkedin and "1. " in linkedin.split("How to fix it")[1]
        # The login wall and the 404: "could not see", never a clean result.
        wall = text.split(f"2. {urls[1]}")[1].split(f"3. {urls[2]}")[0]
        assert "COULD NOT SEE  Could not see: the site showed a login page instead." in wall
        assert "Reached: " in wall and "/accounts/login/" in wall
        assert '"could not see" never means "nothing found"' in wall
        gone = text.split(f"3. {urls[2]}")[1].split(f"4. {urls[3]}")[0]
        assert "Could not see: the site says there is no such page" in gone and "404" in gone
        assert "No policy problems" not in wall + gone
        # A page that was seen and shows nothing: said as such, and only for it.
        bakes = text.split(f"4. {urls[3]}")[1]
        assert "No policy problems in what could be seen." in bakes
        status = shown(app, "#pc-status")
        assert "Check finished. 4 of 4 pages answered: 2 seen, 2 could not be seen; " in status
        assert "1 finding." in status
        assert site.paths() == [
            "/in/janesmith",
            "/janesmith_ig",
            "/accounts/login/?next=/janesmith_ig/",
            "/gone",
            "/bakes",
        ]


async def test_addresses_that_may_not_be_contacted_are_refused_in_plain_words(
    make_app: Callable[..., AuditorApp], saved_profile: Path, site: LocalSite
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(
            pilot,
            app,
            "http://www.facebook.com/jane.smith www.instagram.com/jane\n"
            "https://jane:secret@www.linkedin.com/in/jane",
        )
        await pilot.press("ctrl+r")
        await pilot.pause()
        refused = shown(app, "#pc-refused")
        assert (
            "Will not be contacted: 'http://www.facebook.com/jane.smith' is not https; only "
            "https addresses are contacted (write https:// at the start)."
        ) in refused
        assert (
            "'www.instagram.com/jane' is not a web address (it must start with https://)"
        ) in refused
        assert "has a user name or password in it; remove it" in refused
        assert "No address can be checked, so nothing will be contacted." in shown(app, "#pc-plan")
        assert not app.screen.query_one("#pc-confirm").display
        # One good address among refused ones: only it is planned.
        app.screen.query_one("#pc-addresses").focus()
        await paste(pilot, f"\n{site.url('/in/janesmith')}")
        await pilot.click("#pc-review")  # the button does what ctrl+r does
        await pilot.pause()
        plan = shown(app, "#pc-plan")
        assert "will contact 1 site(s)" in plan and "facebook" not in plan
        assert len(shown(app, "#pc-refused").splitlines()) == 3
    assert site.requests == []


async def test_stopping_during_a_slow_page_stops_at_once_and_contacts_nothing_more(
    make_app: Callable[..., AuditorApp], saved_profile: Path, site: LocalSite, held: HeldPage
) -> None:
    app = make_app()
    slow, after = site.url("/held"), site.url("/in/janesmith")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, app, f"{slow}\n{after}")
        await review_then_go(pilot, app)
        await until(pilot, held.asked.is_set)
        await until(pilot, lambda: "Checking page 1 of 2" in shown(app, "#pc-status"))
        assert screen.checking and app.screen.query_one("#pc-stop-row").display
        await pilot.press("c")  # the stop button has the focus; c (or Escape) stops
        await pilot.pause()
        # Said at once, and the worker lets go, while the site is still holding its answer.
        status = shown(app, "#pc-status")
        assert status.startswith(f"Stopped. The page being fetched ({slow}) was abandoned.")
        assert "Nothing more will be contacted; 2 pages not checked." in status
        assert not screen.checking and not app.screen.query_one("#pc-stop-row").display
        await until(pilot, lambda: all(w.is_finished for w in screen.workers), seconds=2)
        assert not held.release.is_set()
        held.release.set()
        await pilot.pause(0.5)  # the held answer arrives, and is dropped
        assert site.paths() == ["/held"]  # the next page was never asked for
        assert results(app) == ""
        assert "Stopped." in shown(app, "#pc-status")


async def test_with_the_network_blocked_it_says_it_could_not_connect(
    make_app: Callable[..., AuditorApp], saved_profile: Path
) -> None:
    """A real site's address, with the suite's guard standing in for no network: the check
    fails fast, says why, and checks nothing (no "nothing found")."""
    app = make_app()
    url = "https://www.linkedin.com/in/janesmith"
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, app, url)
        await review_then_go(pilot, app)
        await until(pilot, lambda: screen.check_run is not None and not screen.checking)
        status = shown(app, "#pc-status")
        assert status.startswith("Could not connect: no network connection, or the sites")
        assert "Nothing was checked." in status
        page = results(app)
        assert f"1. {url}  (LinkedIn)" in page
        assert "COULD NOT SEE  Could not see (could not connect): no network connection" in page
        assert "network access is blocked" in page  # the guard's own words, passed on
        assert "No policy problems" not in page


def worker_running() -> bool:
    """Is a thread still inside the check's worker function (which the app joins on exit)?"""
    for frame in sys._current_frames().values():
        f: FrameType | None = frame
        while f is not None:
            if f.f_code.co_name == "_check_pages" and f.f_code.co_filename.endswith(
                "public_check.py"
            ):
                return True
            f = f.f_back
    return False


async def test_quitting_during_a_slow_page_does_not_wait_for_the_site(
    make_app: Callable[..., AuditorApp], saved_profile: Path, site: LocalSite, held: HeldPage
) -> None:
    """The real app joins its worker threads when it closes: the check's worker must let go
    of a page that is still being fetched, or quitting would hang until the site answers."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, app, site.url("/held"))
        await review_then_go(pilot, app)
        await until(pilot, held.asked.is_set)
        assert screen.checking and worker_running()
    deadline = time.monotonic() + 2  # the held page would answer only after 10 s
    while worker_running() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not worker_running()
    assert not held.release.is_set()


OPEN_AND_REVIEW = textwrap.dedent(
    """
    import asyncio, shutil, sys, tempfile
    from pathlib import Path
    from tui.app import AuditorApp

    def online():
        return sorted(m for m in sys.modules if m.startswith("auditor.online"))

    async def main():
        state = Path(tempfile.mkdtemp())
        shutil.copy("fixtures/sample/school.toml", state / "school.toml")
        shutil.copy("fixtures/sample/pupils.txt", state / "pupils.txt")
        app = AuditorApp(state, cursor_blink=False)
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.press("8")
            await pilot.pause(0.3)
            print("screen", type(app.screen).__name__)
            app.screen.query_one("#pc-addresses").insert(
                "https://www.linkedin.com/in/janesmith https://www.facebook.com/jane"
            )
            await pilot.pause()
            print("typed", online())
            await pilot.press("ctrl+r")
            await pilot.pause()
            print("reviewed", "auditor.online.urls" in online(), "auditor.online.check" in online())
            await pilot.press("escape")
            await pilot.pause()

    asyncio.run(main())
    """
)


def test_opening_the_screen_loads_no_network_code_and_review_contacts_nothing(
    tmp_path: Path,
) -> None:
    """In a fresh process with the network guard: opening the screen and typing real sites'
    addresses loads nothing of `auditor.online`; the review loads the address rules but tries
    no connection and no name lookup; the checker itself is not loaded."""
    child = GuardedChild(tmp_path)
    proc = child.run("-c", OPEN_AND_REVIEW, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.splitlines() == [
        "screen PublicCheckScreen",
        "typed []",
        "reviewed True False",
    ]
    assert any(m.startswith("installed") for m in child.marks())
    assert child.blocked() == []


async def test_help_and_the_command_palette_name_the_screen_and_its_key(
    make_app: Callable[..., AuditorApp], saved_profile: Path
) -> None:
    from tui.screens.help import help_markdown

    text = help_markdown()
    assert "| 8 | Check my public profiles" in text
    assert '"Check my public profiles" (8), and only when you ask' in text
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        commands = {c.title: c for c in app.get_system_commands(app.screen)}
        command = commands["Check my public profiles"]
        assert "asks first; key 8" in (command.help or "")
        command.callback()
        await until(pilot, lambda: isinstance(app.screen, PublicCheckScreen))


def test_the_plan_waiting_for_a_yes_at_80x24(
    snap_compare: Callable[..., bool], make_app: Callable[..., AuditorApp], saved_profile: Path
) -> None:
    """What the user sees before saying yes: the refused address, every site and address, what
    is sent, and "Cancel" focused beside "Check these pages now". Nothing is contacted."""

    async def review(pilot) -> None:  # type: ignore[no-untyped-def]
        app = pilot.app
        await open_screen(
            pilot,
            app,
            "https://www.linkedin.com/in/janesmith\n"
            "https://www.facebook.com/jane.smith.bolton http://www.instagram.com/janesmith",
        )
        await pilot.press("ctrl+r")
        await pilot.pause(0.3)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=review)
