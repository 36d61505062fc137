"""The user's own messages are recognised by the name the download gives its own account
(an Instagram or TikTok username), with no profile change, even when the messages are read
before the file that names the account."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from auditor.models.evidence import Evidence, EvidenceKind
from auditor.models.item import Item, ItemKind
from auditor.pipeline import ScanOptions, run_scan
from auditor.profile.loader import load_profile
from auditor.rules.engine import RuleEngine
from auditor.rules.loader import load_rule_pack
from auditor.rules.ownership import OwnershipGate
from tests.conftest import SAMPLE_PROFILE

SHARED_NUMBER = "SMP61-CONTACT-SHARED"
PARENT = "hannah.p"
ME = "priya.makes"  # the download's account; the sample profile's name is Jane Smith


def _string_map(**values: str) -> dict[str, dict[str, object]]:
    return {k: {"href": "", "value": v, "timestamp": 0} for k, v in values.items()}


def instagram_zip(tmp_path: Path, *, profile_first: bool, with_profile: bool = True) -> Path:
    """An Instagram download whose inbox file comes before (or after) personal_information."""
    thread = {
        "participants": [{"name": PARENT}, {"name": ME}],
        "messages": [
            {
                "sender_name": ME,
                "timestamp_ms": 1767560400000,
                "content": "Text me on 07700 900456 if Alfie is still upset after school",
            },
            {
                "sender_name": PARENT,
                "timestamp_ms": 1767556800000,
                "content": "Alfie was upset after school, call me on 07700 900123",
            },
        ],
        "title": PARENT,
        "thread_path": "inbox/hannahp_1234567890",
    }
    # More messages than the pipeline rules on in one batch, so that with the profile last
    # the user's message is ruled on before the account's name has been read.
    thread["messages"] += [  # type: ignore[operator]
        {"sender_name": PARENT, "timestamp_ms": 1767500000000 - n, "content": f"ok {n}"}
        for n in range(600)
    ]
    profile = {"profile_user": [{"string_map_data": _string_map(Username=ME, Name="Priya")}]}
    files = [
        ("your_instagram_activity/messages/inbox/hannahp_1234567890/message_1.json", thread),
    ]
    if with_profile:
        entry = ("personal_information/personal_information/personal_information.json", profile)
        files.insert(0 if profile_first else 1, entry)
    path = tmp_path / f"instagram-{int(profile_first)}{int(with_profile)}.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in files:
            zf.writestr(name, json.dumps(data))
    return path


def shared_number_texts(export: Path) -> list[str]:
    report = run_scan([export], load_profile(SAMPLE_PROFILE), ScanOptions(model="none"))
    return [f.item.text for f in report.findings if f.rule == SHARED_NUMBER]


def test_own_messages_are_known_by_the_accounts_username_in_either_file_order(
    tmp_path: Path,
) -> None:
    for profile_first in (True, False):
        found = shared_number_texts(instagram_zip(tmp_path, profile_first=profile_first))
        # The user's own message with their number; never the parent's.
        assert found == ["Text me on 07700 900456 if Alfie is still upset after school"]


def test_without_the_accounts_profile_the_messages_are_not_taken_for_the_users(
    tmp_path: Path,
) -> None:
    assert (
        shared_number_texts(instagram_zip(tmp_path, profile_first=True, with_profile=False)) == []
    )


def _message(author: str, n: int) -> tuple[Item, list[Evidence]]:
    text = f"Text me on 07700 900456 about Alfie ({n})"
    item = Item(
        platform="tiktok",
        kind=ItemKind.MESSAGE,
        source="user_data_tiktok.json",
        locator=f"/m/{n}",
        text=text,
        author=author,
    )
    evidence = [
        Evidence(kind=EvidenceKind.PHONE, text="07700 900456", start=11, end=23, confidence=0.95),
        Evidence(kind=EvidenceKind.SCHOOL_CONTEXT, text="Alfie", start=30, end=35, confidence=0.9),
    ]
    return item, evidence


def test_the_gate_holds_back_only_what_depends_on_the_author_and_stays_bounded() -> None:
    rules = RuleEngine.for_profile(load_rule_pack(), load_profile(SAMPLE_PROFILE))
    gate = OwnershipGate(rules, max_waiting=2)
    post = Item(platform="tiktok", kind=ItemKind.POST, source="a", locator="/p", text="Hello")
    assert gate.offer(post, []) == []  # nothing matches: nothing waits
    for n in range(3):
        item, evidence = _message("mrs.smith.y4", n)
        gate.offer(item, evidence)
    # The third made room by ruling on the first with the names known then (none): no finding
    # for a message not known to be the user's. The two still waiting are ruled on at the end,
    # with the account's username learned meanwhile.
    gate.learn(
        Item(
            platform="tiktok",
            kind=ItemKind.PROFILE_FIELD,
            source="user_data_tiktok.json",
            locator="/Profile",
            field="username",
            text="Mrs.Smith.Y4",
        )
    )
    assert gate.names == frozenset({"mrs.smith.y4"})
    late = gate.finish()
    assert sorted(f.item.locator for f in late if f.rule == SHARED_NUMBER) == ["/m/1", "/m/2"]
    assert gate.finish() == []
