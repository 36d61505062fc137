"""Finding ids are a contract with the audit history: the same problem keeps its id."""

from __future__ import annotations

from datetime import UTC, datetime

from auditor.findings.ids import finding_id, review_finding_id
from auditor.models.item import Item, ItemKind, MediaInfo

WHEN = datetime(2026, 10, 16, 15, 40, tzinfo=UTC)
POSTS = "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"


def post(locator: str = "/3/data/0/post", **kw: object) -> Item:
    base: dict[str, object] = {
        "platform": "facebook",
        "kind": ItemKind.POST,
        "source": POSTS,
        "locator": locator,
        "text": "So proud of my Year 4s at St Clement's today",
        "timestamp": WHEN,
    }
    base.update(kw)
    return Item(**base)  # type: ignore[arg-type]


def work_field() -> Item:
    return Item(
        platform="facebook",
        kind=ItemKind.PROFILE_FIELD,
        source="personal_information/profile_information/profile_information.json",
        locator="/profile_v2/work_experiences/0",
        field="work",
        text="St Clement's CE Primary School, Year 4 Teacher, Bolton",
    )


def test_pinned_ids_never_change() -> None:
    # If this fails, every user's audit history loses track of its findings. Do not change the
    # id scheme; if it must change, the store needs a migration that maps old ids to new.
    assert finding_id(post(), "SMP616-PUPIL-PHOTO") == "SMP616-1c6e79ed6d39"
    assert finding_id(work_field(), "SMP617-PROFILE-SCHOOL") == "SMP617-c54b4ba86979"
    due = datetime(2027, 1, 15, tzinfo=UTC)
    assert review_finding_id("SMP54-REVIEW-DUE", due) == "SMP54-fd21f9529530"


def test_the_same_item_in_a_newer_export_keeps_its_id() -> None:
    """A newer download adds posts before it (indexes shift), may be a zip instead of a folder,
    and may space the text differently."""
    old = post()
    newer = post(
        locator="/7/data/0/post",
        text="So proud of my  Year 4s at St Clement's\ntoday",
        export="facebook-janesmith-20270301.zip",
    )
    assert finding_id(old, "SMP616-PUPIL-PHOTO") == finding_id(newer, "SMP616-PUPIL-PHOTO")


def test_different_problems_have_different_ids() -> None:
    base = finding_id(post(), "SMP616-PUPIL-PHOTO")
    assert finding_id(post(), "SMP616-SCHOOL-PHOTO") != base  # another rule
    assert finding_id(post(text="Another day at St Clement's"), "SMP616-PUPIL-PHOTO") != base
    assert (
        finding_id(post(timestamp=datetime(2026, 10, 17, tzinfo=UTC)), "SMP616-PUPIL-PHOTO") != base
    )
    assert finding_id(post(platform="instagram"), "SMP616-PUPIL-PHOTO") != base
    photo = post(media=MediaInfo(path="media/harvest/assembly_2.jpg"))
    assert finding_id(photo, "SMP616-PUPIL-PHOTO") != base


def test_a_photo_keeps_its_id_wherever_the_export_puts_the_file() -> None:
    a = post(text="", media=MediaInfo(path="your_facebook_activity/posts/media/a/IMG_1.jpg"))
    b = post(text="", media=MediaInfo(path="posts/media/renamed_album/IMG_1.jpg"), locator="/9")
    assert finding_id(a, "SMP616-PEOPLE-AT-SCHOOL") == finding_id(b, "SMP616-PEOPLE-AT-SCHOOL")


def test_connections_and_groups_are_told_apart_by_name() -> None:
    def conn(name: str, locator: str) -> Item:
        return Item(
            platform="instagram",
            kind=ItemKind.CONNECTION,
            source="connections/followers_and_following/followers_1.json",
            locator=locator,
            title=name,
            text=name,
        )

    assert finding_id(conn("Olivia Hussain", "/0"), "SMP67-PUPIL-CONNECTION") == finding_id(
        conn("Olivia Hussain", "/5"), "SMP67-PUPIL-CONNECTION"
    )
    assert finding_id(conn("Olivia Hussain", "/0"), "SMP67-PUPIL-CONNECTION") != finding_id(
        conn("Alfie Turner", "/0"), "SMP67-PUPIL-CONNECTION"
    )


def test_an_item_with_no_text_time_or_file_falls_back_to_its_place() -> None:
    a = post(text="", timestamp=None, locator="/profile_v2/websites/0")
    b = post(text="", timestamp=None, locator="/profile_v2/websites/1")
    assert finding_id(a, "SMP51-CONTACT-PUBLIC") != finding_id(b, "SMP51-CONTACT-PUBLIC")


def test_ids_start_with_the_rules_clause_code() -> None:
    assert finding_id(post(), "SMP91-SCHOOL-GROUP").startswith("SMP91-")
    assert finding_id(post(), "SCH-TEST-RULE").startswith("SCH-")


def test_a_conversation_keeps_one_pinned_id_whatever_its_messages() -> None:
    from auditor.findings.ids import conversation_finding_id

    def message(text: str, locator: str, title: str | None = "Karen Clarke") -> Item:
        return Item(
            platform="facebook",
            kind=ItemKind.MESSAGE,
            source="your_facebook_activity/messages/inbox/karenclarke_10158844211/message_1.json",
            locator=locator,
            text=text,
            title=title,
            timestamp=WHEN,
        )

    a = conversation_finding_id(message("Maisie was upset", "/messages/0"), "SMP65-PUPIL-DISCUSSED")
    b = conversation_finding_id(message("Thanks", "/messages/7"), "SMP65-PUPIL-DISCUSSED")
    assert a == b == "SMP65-0fc0ddc694a7"
    other = conversation_finding_id(
        message("Hi", "/messages/0", "Sarah Ali"), "SMP65-PUPIL-DISCUSSED"
    )
    assert other != a
    unnamed = message("Hi", "/messages/0", None)
    assert conversation_finding_id(unnamed, "SMP65-X") == finding_id(unnamed, "SMP65-X")
