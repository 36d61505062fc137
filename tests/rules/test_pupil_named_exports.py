"""A pupil named in something the user shared is a finding, on every platform family, and a
conversation finding leads with the message that matters and lists the others.

Each test writes a real download (a copy of a project fixture in the platform's own layout,
with one post or comment rewritten to name a pupil on the sample list, or a WhatsApp chat as
the app exports it) and runs the real CLI on it, as a user would."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SAMPLE_PROFILE
from tests.helpers import ROOT, read_items, run_json

EXPORTS = ROOT / "fixtures" / "exports"
# No comma or quote: it replaces a field of an unquoted CSV row as it stands.
SENTENCE = "So proud of Olivia Hussain for finishing her times tables check today"

# (platform family, fixture download, file inside it, text of a post or comment to rewrite)
CASES = [
    (
        "meta-json",
        "facebook/facebook-priyadesai-2026-current",
        "your_facebook_activity/comments_and_reactions/comments.json",
        "Reading books go back on Friday please",
    ),
    (
        "meta-html",
        "facebook/facebook-priyadesai-2026-html",
        "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.html",
        "World Book Day at work",
    ),
    (
        "instagram",
        "instagram/instagram-priya.makes-2026-03-10-current",
        "your_instagram_activity/comments/reels_comments.json",
        "How did you do the edging?",
    ),
    ("x", "x/twitter-2026-11-01-jsmith", "data/note-tweet.js", "A long one, sorry."),
    (
        "tiktok",
        "tiktok/tiktok-2024-jsmith",
        "user_data_tiktok.json",
        "Friday dance-off with my class",
    ),
    (
        "linkedin",
        "linkedin/Basic_LinkedInDataExport_11-01-2026",
        "Comments.csv",
        "Congratulations Tom!",
    ),
    (
        "youtube",
        "youtube/takeout-20261101T101010Z-001",
        "Takeout/YouTube and YouTube Music/comments/comments.csv",
        "Great recipe, made it tonight",
    ),
    ("reddit", "reddit/export_jsmith_20261101", "comments.csv", "Try the cafe on Mill Lane"),
]


@pytest.fixture(scope="module")
def downloads(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("pupil-named")
    out = {}
    for family, fixture, file, old in CASES:
        dest = root / family / Path(fixture).name
        shutil.copytree(EXPORTS / fixture, dest)
        target = dest / file
        text = target.read_text("utf-8")
        assert old in text, f"{family}: the fixture no longer has {old!r}"
        target.write_text(text.replace(old, SENTENCE, 1), "utf-8")
        out[family] = dest
    return out


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample profile, for the owner of these fixture downloads (Priya Desai on Meta)."""
    d = tmp_path_factory.mktemp("profile")
    shutil.copy(SAMPLE_PROFILE.parent / "pupils.txt", d / "pupils.txt")
    text = SAMPLE_PROFILE.read_text("utf-8")
    old = 'other_names = ["Jane 🌻", "janesmith.bakes"]'
    assert old in text
    (d / "school.toml").write_text(
        text.replace(old, 'other_names = ["Jane 🌻", "janesmith.bakes", "Priya Desai"]'), "utf-8"
    )
    return d / "school.toml"


@pytest.fixture(scope="module")
def scanned(
    downloads: dict[str, Path], profile: Path, tmp_path_factory: pytest.TempPathFactory
) -> Any:
    state = tmp_path_factory.mktemp("state")
    return run_json(
        "scan", *downloads.values(), "--profile", profile, "--no-store",
        env={"AUDITOR_STATE_DIR": str(state)},
    )  # fmt: skip


@pytest.mark.parametrize(("family", "fixture", "file", "old"), CASES, ids=[c[0] for c in CASES])
def test_a_pupil_named_in_a_post_or_comment_is_a_finding_at_that_item(
    scanned: Any, downloads: dict[str, Path], family: str, fixture: str, file: str, old: str
) -> None:
    items, _ = read_items(downloads[family])
    # The post's words (a photo of the same post carries the caption too: SMP616's item).
    (named,) = [i for i in items if SENTENCE in i.text and i.source == file and i.media is None]
    findings = [
        f
        for f in scanned["findings"]
        if f["rule"] == "SMP620-PUPIL-NAMED" and SENTENCE in f["item"]["text"]
        and f["item"]["source"] == file
    ]  # fmt: skip
    assert len(findings) == 1, f"{family}: {[f['rule'] for f in scanned['findings']]}"
    f = findings[0]
    assert f["clause"] == "6.20" and f["severity"] == "high"
    assert f["item"]["locator"] == named.locator and f["item"]["kind"] == named.kind.value
    pupil = [e for e in f["evidence"] if e["kind"] == "pupil_name"]
    assert pupil and f["item"]["text"][pupil[0]["start"] : pupil[0]["end"]] == "Olivia Hussain"
    # The step names this platform's menu for this kind of item, not the generic advice.
    assert f["remediation"] and "Delete it, or edit it" not in f["remediation"]


def test_the_untouched_fixtures_give_no_such_finding_where_no_pupil_is_named(
    scanned: Any,
) -> None:
    pupils = [
        line.strip()
        for line in (SAMPLE_PROFILE.parent / "pupils.txt").read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    wrong = [
        f["item"]["text"][:40]
        for f in scanned["findings"]
        if f["rule"] == "SMP620-PUPIL-NAMED" and not any(p in f["item"]["text"] for p in pupils)
    ]
    assert wrong == []
    # The fixtures' own pupils named in posts are found too (LinkedIn: "Poppy Lewis").
    assert any(
        f["rule"] == "SMP620-PUPIL-NAMED" and "Poppy Lewis" in f["item"]["text"]
        for f in scanned["findings"]
    )


CHAT = """\
12/05/2026, 18:02 - Kerry Turner: Are you still OK for Saturday? Olivia's coming too, she's bringing the dog
12/05/2026, 18:05 - Jane Smith: Yes! Can't wait, tell Olivia I said hi
12/05/2026, 18:30 - Kerry Turner: Will do. Also, what did you think of the new bakery?
13/05/2026, 20:11 - Jane Smith: Between us, Maisie Clarke was hitting other children in class again today and I've had to keep her in at lunch
13/05/2026, 20:15 - Kerry Turner: Oh dear, thanks for telling me
14/05/2026, 08:01 - Jane Smith: Text me on 07700 900456 if you hear any more about Maisie
"""


@pytest.fixture(scope="module")
def chat_findings(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    d = tmp_path_factory.mktemp("chat")
    chat = d / "WhatsApp Chat with Kerry Turner.txt"
    chat.write_text(CHAT, "utf-8")
    data = run_json(
        "scan", chat, "--profile", SAMPLE_PROFILE, "--no-store",
        env={"AUDITOR_STATE_DIR": str(d / "state")},
    )  # fmt: skip
    findings: list[dict[str, Any]] = data["findings"]
    return findings


def test_a_conversation_finding_leads_with_the_message_that_matters(
    chat_findings: list[dict[str, Any]],
) -> None:
    (f,) = [f for f in chat_findings if f["rule"] == "SMP65-PUPIL-DISCUSSED"]
    assert f["item"]["locator"] == "line 4"  # the pupil named with her behaviour in class
    assert f["item"]["text"].startswith("Between us, Maisie Clarke")
    # Every other message with evidence, oldest first, each in the item's own shape.
    related = f["related"]
    assert [r["item"]["locator"] for r in related] == ["line 1", "line 2", "line 6"]
    first = related[0]
    assert set(first) == {"item", "evidence", "author_is_you"}
    assert first["author_is_you"] is False and related[1]["author_is_you"] is True
    assert first["item"]["kind"] == "message"
    assert first["item"]["source"] == "WhatsApp Chat with Kerry Turner.txt"
    assert first["item"]["timestamp"].startswith("2026-05-12T")
    assert first["item"]["text"].startswith("Are you still OK for Saturday? Olivia")
    assert [e["kind"] for e in first["evidence"]] == ["pupil_name"]
    ev = first["evidence"][0]
    assert first["item"]["text"][ev["start"] : ev["end"]] == "Olivia"
    assert "3 more messages in it do too" in f["explanation"]


def test_a_number_given_in_a_chat_about_a_pupil_is_a_finding(
    chat_findings: list[dict[str, Any]],
) -> None:
    shared = [f for f in chat_findings if f["rule"] == "SMP61-CONTACT-SHARED"]
    assert [f["item"]["locator"] for f in shared] == ["line 6"]


FAMILY_CHAT = """\
02/06/2026, 17:00 - Tom Smith: Oliver's coming for tea on Sunday, can you bring pudding?
02/06/2026, 17:04 - Jane Smith: Course! Tell Olivia and Oliver I'll bring a crumble
02/06/2026, 17:10 - Tom Smith: Ring me on 07700 900321 when you set off
"""


def test_a_first_name_in_a_family_chat_with_no_school_words_is_not_a_pupil(
    tmp_path: Path,
) -> None:
    chat = tmp_path / "WhatsApp Chat with Tom Smith.txt"
    chat.write_text(FAMILY_CHAT, "utf-8")
    data = run_json(
        "scan", chat, "--profile", SAMPLE_PROFILE, "--no-store",
        env={"AUDITOR_STATE_DIR": str(tmp_path / "state")},
    )  # fmt: skip
    assert [f["rule"] for f in data["findings"]] == []
