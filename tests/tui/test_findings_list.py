"""The Findings step on a real, photo-rich audit: rows with the date and a few words, the
repeated findings of one rule grouped under one heading, the detail opening at its top with
the photo above the clause, places said in words (not the export's pointers), undo of the last
decision, and a finding marked fixed that a newer download still has shown as back again."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

from textual.containers import VerticalScroll
from textual.widgets import Static, Tree

from tests.tui.conftest import until
from tests.tui.test_audit_flow import add_sample, plain, scan
from tui.app import AuditorApp
from tui.widgets.photo import PhotoView


async def _scan_photos(pilot, app: AuditorApp, photos_zip: Path) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("3")
    app.screen.add_paths([photos_zip])
    await until(pilot, lambda: not app.session.exports[0].checking)
    await pilot.press("ctrl+r")
    await until(pilot, lambda: app.session.scan is not None and not app.session.scan.running, 300)
    await pilot.press("5")
    await pilot.pause(0.3)


def labels(tree: Tree[str]) -> list[str]:
    out = []
    for line in range(tree.last_line + 1):
        node = tree.get_node_at_line(line)
        if node is not None:
            out.append(plain(node.label).strip())
    return out


async def test_rows_say_when_and_what_and_repeats_are_grouped(
    make_app: Callable[..., AuditorApp], saved_profile: Path, photos_zip: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await _scan_photos(pilot, app, photos_zip)
        tree = app.screen.query_one("#finding-tree", Tree)
        rows = labels(tree)
        people = sum(f.rule == "SMP616-PEOPLE-AT-SCHOOL" for f in app.session.findings)
        assert people > 10
        heading = next(r for r in rows if f"· {people} photos ·" in r)
        assert heading.startswith("● 6.16 · ")
        # Each row under it: its date and its caption, no two alike.
        leaves = [r for r in rows if "“Photo " in r]
        assert len(leaves) == len(set(leaves)) == len(app.session.findings) - 1  # + the profile
        assert any("8 Sep 2025 · “Photo 1 of the autumn term”" in r for r in leaves)

        # The cursor starts on a finding; its detail says where in words, photo on top.
        screen = app.screen
        f = screen.current()  # type: ignore[attr-defined]
        assert f is not None
        head = plain(screen.query_one("#detail-head", Static).content)
        if f.item.kind == "media":
            assert "Where: Photo 1 of the post of " in head
        assert "/attachments/" not in head and f.item.locator not in head
        while (f := screen.current()) is None or f.item.kind != "media":  # type: ignore[attr-defined]
            await pilot.press("down")
        await until(
            pilot, lambda: screen.query(PhotoView) and screen.query_one(PhotoView).query(".photo")
        )
        photo_y = screen.query_one(PhotoView).region.y
        clause_y = screen.query_one("#detail-text", Static).region.y
        assert photo_y < clause_y  # the photo first, then the text, the clause, the fix
        # Scrolled down in one finding, the next one opens at its top.
        detail = screen.query_one("#detail", VerticalScroll)
        detail.scroll_end(animate=False)
        await pilot.pause()
        assert detail.scroll_y > 0
        await pilot.press("down")
        await pilot.pause()
        assert detail.scroll_y == 0


async def test_undo_undoes_the_last_decision(
    make_app: Callable[..., AuditorApp], saved_profile: Path, downloads: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await add_sample(pilot, app, downloads / "facebook-janesmith-20261101")
        await scan(pilot, app)
        await pilot.press("5")
        s, screen = app.session, app.screen
        first = screen.current()  # type: ignore[attr-defined]
        assert first is not None
        await pilot.press("n")  # not a problem: it leaves "still to do", the cursor moves on
        await until(pilot, lambda: s.decision_of(first.id).decision == "not_a_problem")
        second = screen.current()  # type: ignore[attr-defined]
        assert second is not None and second.id != first.id
        await pilot.press("f")
        await until(pilot, lambda: s.decision_of(second.id).decision == "fixed")
        await pilot.press("u")  # the last decision: the second one, back under the cursor
        await until(pilot, lambda: s.decision_of(second.id).decision == "open")
        assert s.decision_of(first.id).decision == "not_a_problem"
        await pilot.pause(0.2)
        assert screen.current() == second  # type: ignore[attr-defined]
        await pilot.press("u")  # and the one before
        await until(pilot, lambda: s.decision_of(first.id).decision == "open")
        await pilot.press("u")
        await pilot.pause()
        assert s.decision_of(first.id).decision == "open"  # nothing left: nothing changed


async def test_a_finding_marked_fixed_and_still_in_a_newer_download_is_back_again(
    make_app: Callable[..., AuditorApp], saved_profile: Path, downloads: Path, tmp_path: Path
) -> None:
    export = downloads / "facebook-janesmith-20261101"
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await add_sample(pilot, app, export)
        await scan(pilot, app)
        await pilot.press("5")
        s, screen = app.session, app.screen
        fixed = screen.current()  # type: ignore[attr-defined]
        assert fixed is not None
        await pilot.press("f")
        await until(pilot, lambda: s.decision_of(fixed.id).decision == "fixed")
    # A newer download of the same account (a month on: one more post), the item still in it.
    newer = tmp_path / "Downloads" / "facebook-janesmith-20261201"
    shutil.copytree(export, newer)
    posts = (
        newer
        / "your_facebook_activity"
        / "posts"
        / "your_posts__check_ins__photos_and_videos_1.json"
    )
    data = json.loads(posts.read_text())
    data.insert(0, {"timestamp": 1_796_000_000, "data": [{"post": "A frosty walk"}]})
    posts.write_text(json.dumps(data))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await add_sample(pilot, app, newer)
        await scan(pilot, app)
        assert fixed.id in app.session.back_ids
        assert app.session.decision_of(fixed.id).decision == "open"
        await pilot.press("5")
        await pilot.pause(0.3)
        screen = app.screen
        rows = labels(screen.query_one("#finding-tree", Tree))
        assert any("back again" in r and fixed.title in r for r in rows)
        while (f := screen.current()) is None or f.id != fixed.id:  # type: ignore[attr-defined]
            await pilot.press("down")
        head = plain(screen.query_one("#detail-head", Static).content)
        assert "back again" in head and "you had marked it fixed" in head


async def test_a_conversation_finding_lists_its_other_messages_masked(
    make_app: Callable[..., AuditorApp], saved_profile: Path, downloads: Path
) -> None:
    """The sample's Messenger thread with a parent: the finding leads with the parent's
    message naming the pupil in full and lists the user's own reply below it."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await add_sample(pilot, app, downloads / "facebook-janesmith-20261101")
        await scan(pilot, app)
        await pilot.press("5")
        screen = app.screen
        for _ in range(len(app.session.findings) + 5):
            f = screen.current()  # type: ignore[attr-defined]
            if f is not None and f.rule == "SMP65-PUPIL-DISCUSSED":
                break
            await pilot.press("down")
        assert f is not None and f.rule == "SMP65-PUPIL-DISCUSSED" and len(f.related) == 1
        await pilot.pause(0.2)
        text = plain(screen.query_one("#detail-text", Static).content)
        assert "Also in this conversation (1 more message):" in text
        assert "07 Oct 2026, you: Hi Karen, M••••e had a little falling out" in text
        assert "Maisie" not in text
        await pilot.press("r")  # shown on the user's own screen when asked
        await pilot.pause(0.2)
        text = plain(screen.query_one("#detail-text", Static).content)
        assert "you: Hi Karen, Maisie had a little falling out" in text
