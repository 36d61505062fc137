"""`[you] other_names`: the names and usernames the user appears under on platforms.

Checked through the real readers, detectors and rules (`run_scan`, and once the real CLI): the
user's WhatsApp messages under a display name, a TikTok message under a username, and a first
name the user goes by that is also a pupil's.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from auditor.detect.context import DetectionContext
from auditor.detect.engine import DetectionEngine
from auditor.errors import ProfileError
from auditor.models.evidence import EvidenceKind
from auditor.models.item import Item, ItemKind
from auditor.models.report import ScanReport
from auditor.pipeline import ScanOptions, run_scan
from auditor.profile.identity import norm_name
from auditor.profile.loader import load_profile
from auditor.rules.engine import own_names
from tests.helpers import run_json
from tui.profile_io import dump_profile

SHARED_NUMBER = "SMP61-CONTACT-SHARED"  # a rule for the user's own messages only
PUPIL_DISCUSSED = "SMP65-PUPIL-DISCUSSED"
RULES_ONLY = ScanOptions(model="none")


@pytest.fixture
def old_profile(sample_profile: Path) -> Path:
    """The sample profile as written before `other_names` existed (the key taken out)."""
    text = sample_profile.read_text("utf-8")
    old = "".join(line for line in text.splitlines(True) if not line.startswith("other_names"))
    path = sample_profile.with_name("school-old.toml")
    path.write_text(old, "utf-8")
    return path


def with_other_names(profile_path: Path, names: list[str], *, name: str | None = None) -> Path:
    """The sample profile (a private copy) with `other_names` (and maybe `name`) in `[you]`."""
    text = profile_path.read_text("utf-8")
    extra = f"other_names = {json.dumps(names, ensure_ascii=False)}\n"
    if name is not None:
        text = text.replace('name = "Jane Smith"\n', f'name = "{name}"\n')
    text = text.replace("[you]\n", "[you]\n" + extra, 1)
    out = profile_path.with_name(f"school-{len(names)}-{abs(hash(tuple(names)))}.toml")
    out.write_text(text, "utf-8")
    return out


def whatsapp_chat(tmp_path: Path, lines: list[tuple[str, str]], chat: str = "Kerry Turner") -> Path:
    """An iOS WhatsApp chat export as the phone shares it: a zip holding `_chat.txt`."""
    body = "".join(
        f"[0{2 + i // 50}/10/2026, 19:{i % 50:02d}:11] {author}: {text}\r\n"
        for i, (author, text) in enumerate(lines)
    )
    dest = tmp_path / f"WhatsApp Chat - {chat}.zip"
    with zipfile.ZipFile(dest, "w") as z:
        z.writestr("_chat.txt", body.encode("utf-8"))
    return dest


def tiktok_export(tmp_path: Path, username: str | None, messages: list[tuple[str, str]]) -> Path:
    """A 2024+ TikTok download (`user_data_tiktok.json`) with one direct-message thread; with
    `username` None, its profile part is missing (the download then does not say whose it is)."""
    data: dict[str, object] = {
        "Direct Message": {
            "Direct Messages": {
                "ChatHistory": {
                    "Chat History with kerry.t_bolton:": [
                        {"Date": f"2026-10-0{i + 1} 20:15:02", "From": author, "Content": text}
                        for i, (author, text) in enumerate(messages)
                    ]
                }
            }
        },
    }
    if username is not None:
        data["Profile"] = {"Profile Info": {"ProfileMap": {"userName": username}}}
    folder = tmp_path / "tiktok-download"
    folder.mkdir()
    (folder / "user_data_tiktok.json").write_text(json.dumps(data), "utf-8")
    return folder


def scan(export: Path, profile: Path) -> ScanReport:
    return run_scan([export], load_profile(profile), RULES_ONLY)


def located(report: ScanReport, rule: str) -> list[str]:
    return sorted(f.item.locator for f in report.findings if f.rule == rule)


def related_located(report: ScanReport, rule: str) -> list[str]:
    return sorted(r.item.locator for f in report.findings if f.rule == rule for r in f.related)


# -- the normaliser ----------------------------------------------------------------------------


def test_display_names_and_usernames_normalise_to_one_form() -> None:
    assert norm_name("  Jane   🌻 ") == norm_name("jane") == "jane"
    assert norm_name("Jane ❤️") == "jane"  # heart + variation selector
    assert norm_name("Jane 👩🏽‍🏫") == "jane"  # skin tone and zero-width joiner
    assert norm_name("@JaneSmith_Teach") == norm_name("janesmith_teach") == "janesmith_teach"
    assert norm_name("\u200eMrs  S") == "mrs s"  # WhatsApp's direction mark
    assert norm_name("Zoë O’Neill") == "zoë o’neill"  # letters are kept, accents too
    assert norm_name("ＪＡＮＥ") == "jane"  # full-width letters
    assert norm_name("🌻") == ""


# -- the profile contract ----------------------------------------------------------------------


def test_an_old_profile_without_the_key_loads_and_saves_as_before(old_profile: Path) -> None:
    profile = load_profile(old_profile)
    assert "other_names" not in old_profile.read_text("utf-8")
    assert profile.you.other_names == []
    assert own_names(profile) == {"jane smith"}
    assert "other_names" not in dump_profile(profile)  # the app re-saves it unchanged


def test_other_names_load_trimmed_and_round_trip_through_the_apps_writer(
    old_profile: Path,
) -> None:
    path = with_other_names(old_profile, ["Jane 🌻", " Mrs  S ", "@janesmith_teach", "jane🌻", ""])
    profile = load_profile(path)
    # Blanks and a repeat that differs only by decoration and case are dropped; the first kept.
    assert profile.you.other_names == ["Jane 🌻", "Mrs S", "@janesmith_teach"]
    assert own_names(profile) == {"jane smith", "jane", "mrs s", "janesmith_teach"}
    saved = old_profile.with_name("saved.toml")
    saved.write_text(dump_profile(profile), "utf-8")
    assert load_profile(saved).you.other_names == profile.you.other_names


def test_a_name_of_only_emoji_is_an_error_that_names_the_key(old_profile: Path) -> None:
    path = with_other_names(old_profile, ["Jane", "🌻"])
    with pytest.raises(ProfileError) as err:
        load_profile(path)
    message = str(err.value)
    assert "other_names" in message and "letter" in message
    assert "🌻" not in message  # errors do not repeat what the user typed


def test_the_sample_profile_shows_the_key(sample_profile: Path) -> None:
    assert own_names(load_profile(sample_profile)) == {"jane smith", "jane", "janesmith.bakes"}


# -- own messages through the real pipeline ----------------------------------------------------

CHAT = [
    ("Kerry Turner", "Hi Mrs Smith, Alfie came home upset from school today"),
    ("Kerry Turner", "My number is 07700 900789, please ring me about Alfie"),
    ("Jane 🌻", "Text me on 07700 900456 if Alfie is still upset tonight"),
]


def test_whatsapp_messages_under_a_display_name_are_the_users_own(
    tmp_path: Path, old_profile: Path
) -> None:
    chat = whatsapp_chat(tmp_path, CHAT)
    before = scan(chat, old_profile)
    # Without other_names "Jane 🌻" is someone else: her number given to a parent is not found.
    assert located(before, SHARED_NUMBER) == []
    after = scan(chat, with_other_names(old_profile, ["Jane"]))
    # With it, her own message (line 3) is; the parent's own number (line 2) still is not hers.
    assert located(after, SHARED_NUMBER) == ["line 3"]
    # Nothing else changes: the other findings are the same ones.
    others = {f.id for f in after.findings if f.rule != SHARED_NUMBER}
    assert others == {f.id for f in before.findings}


def test_a_plain_display_name_matches_a_profile_name_with_emoji_and_spaces(
    tmp_path: Path, old_profile: Path
) -> None:
    chat = whatsapp_chat(tmp_path, [(a.replace("Jane 🌻", "Jane"), t) for a, t in CHAT])
    report = scan(chat, with_other_names(old_profile, ["  JANE  🌻"]))
    assert located(report, SHARED_NUMBER) == ["line 3"]


def test_a_username_with_an_at_sign_matches_the_author_without_it(
    tmp_path: Path, old_profile: Path
) -> None:
    export = tiktok_export(
        tmp_path,
        None,  # no profile part: only other_names can say the messages are the user's
        [
            ("kerry.t_bolton", "Is Alfie OK? He was upset after school"),
            ("mrs.smith.y4", "Text me on 07700 900456 if Alfie is still upset tonight"),
        ],
    )
    assert located(scan(export, old_profile), SHARED_NUMBER) == []
    report = scan(export, with_other_names(old_profile, ["@Mrs.Smith.Y4"]))
    found = [f for f in report.findings if f.rule == SHARED_NUMBER]
    assert len(found) == 1 and found[0].platform == "tiktok"
    assert found[0].item.locator.endswith("/1")  # the user's message, not the parent's


def test_the_cli_reads_other_names_from_the_profile_file(tmp_path: Path, old_profile: Path) -> None:
    chat = whatsapp_chat(tmp_path, CHAT)
    args = ("scan", chat, "--model", "none", "--no-store")
    plain = run_json(*args, "--profile", old_profile)
    named = run_json(*args, "--profile", with_other_names(old_profile, ["Jane"]))
    assert [f["rule"] for f in plain["findings"]].count(SHARED_NUMBER) == 0
    assert [f["item"]["locator"] for f in named["findings"] if f["rule"] == SHARED_NUMBER] == [
        "line 3"
    ]


# -- a first name the user goes by is not taken for a pupil's ----------------------------------


def pupil_profile(old_profile: Path, other_names: list[str]) -> Path:
    """The sample profile with a pupil called Jenny Brown; the user is Jennifer Smith."""
    pupils = old_profile.parent / "pupils.txt"
    pupils.write_text(pupils.read_text("utf-8") + "Jenny Brown\n", "utf-8")
    return with_other_names(old_profile, other_names, name="Jennifer Smith")


def pupil_names_in(profile: Path, text: str) -> list[str]:
    engine = DetectionEngine(DetectionContext.from_profile(load_profile(profile), model="none"))
    item = Item(
        platform="facebook", kind=ItemKind.POST, source="posts.json", locator="/0", text=text
    )
    found = engine.detect_batch([item])[0]
    return [e.text for e in found if e.kind == EvidenceKind.PUPIL_NAME]


def test_the_users_own_first_name_is_not_a_pupil_even_when_a_pupil_shares_it(
    old_profile: Path,
) -> None:
    plain = pupil_profile(old_profile, [])
    named = pupil_profile(old_profile, ["Jenny", "@jenny_teaches"])
    thanks = "Jenny was on playground duty all week at school, thanks everyone"
    # Without the other name, "Jenny" alone is the pupil Jenny Brown.
    assert pupil_names_in(plain, thanks) == ["Jenny"]
    # The user goes by Jenny: the bare first name is hers (the choice made: a colleague's
    # "thanks Jenny" is far more often the user than the pupil of the same name) ...
    assert pupil_names_in(named, thanks) == []
    # ... but the pupil's full name, and a username that spells it, are still found.
    assert pupil_names_in(named, "Jenny Brown was star of the week at school") == ["Jenny Brown"]
    assert pupil_names_in(named, "So proud of #JennyBrown today") == ["#JennyBrown"]
    # Another pupil's first name is untouched.
    assert pupil_names_in(named, "Alfie was brilliant in class today") == ["Alfie"]


def test_a_parent_thanking_the_user_by_first_name_is_not_a_pupil_discussed(
    tmp_path: Path, old_profile: Path
) -> None:
    chat = whatsapp_chat(
        tmp_path,
        [
            ("Kerry Turner", "Thanks Jenny, see you at parents evening at school"),
            ("Kerry Turner", "Jenny Brown's mum says she loved the school trip"),
        ],
    )
    # One finding per conversation, led by the surest mention, listing the other messages.
    before = scan(chat, pupil_profile(old_profile, []))
    assert located(before, PUPIL_DISCUSSED) == ["line 2"]
    assert related_located(before, PUPIL_DISCUSSED) == ["line 1"]  # "Thanks Jenny": the pupil?
    after = scan(chat, pupil_profile(old_profile, ["Jenny"]))
    assert located(after, PUPIL_DISCUSSED) == ["line 2"]  # only the pupil's own mention
    assert related_located(after, PUPIL_DISCUSSED) == []


def person_names_in(profile: Path, text: str) -> list[str]:
    engine = DetectionEngine(DetectionContext.from_profile(load_profile(profile), model="none"))
    item = Item(platform="facebook", kind=ItemKind.POST, source="p.json", locator="/0", text=text)
    return [e.text for e in engine.detect_batch([item])[0] if e.kind == EvidenceKind.PERSON_NAME]


def test_a_titled_other_name_is_the_users_surname_not_a_stranger(old_profile: Path) -> None:
    text = "Mrs Hughes and Mr Patel ran the school disco tonight"
    assert person_names_in(old_profile, text) == ["Mrs Hughes", "Mr Patel"]
    # The user's maiden name: "Mrs Hughes" is her; the title is not taken for a first name.
    named = with_other_names(old_profile, ["Mrs Hughes", "janesmith_teach"])
    assert person_names_in(named, text) == ["Mr Patel"]
