"""LinkedIn's CSV export: real headers, the Connections preamble, multi-line quoted fields,
member-id suffixes, and rows located by the line they start on."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, REAL_EXPORTS, zip_folder
from tests.helpers import kinds, read_items
from tests.sources.locate import csv_record

EXPORT = FIXTURES / "exports" / "linkedin" / "Basic_LinkedInDataExport_11-01-2026"
REAL = (
    REAL_EXPORTS / "linkedin" / "silkyrich__linkedin-export-viewer" / "fixtures" / "sample_export"
)


def test_items_per_file() -> None:
    items, warnings = read_items(EXPORT)
    assert warnings == []
    per_file: dict[str, int] = {}
    for item in items:
        per_file[item.source] = per_file.get(item.source, 0) + 1
    assert per_file == {
        "Profile.csv": 8,  # headline, summary, location, address, postcode, industry, 2 links
        "Positions.csv": 2,
        "Education.csv": 2,
        "Shares_1158443584.csv": 2,  # the third share has no text of its own
        "Comments.csv": 2,
        "Connections.csv": 3,
        "messages.csv": 2,
        "PhoneNumbers.csv": 1,
        "Email Addresses.csv": 2,
        "Skills.csv": 2,
        "Invitations.csv": 1,  # the incoming invitation has no note
    }
    assert {i.platform for i in items} == {"linkedin"}
    invite = next(i for i in items if i.source == "Invitations.csv")
    assert invite.title == "invitation (outgoing)" and invite.author == "Jane Smith"
    assert (
        invite.timestamp is not None and invite.timestamp.isoformat() == "2026-09-01T19:12:00+00:00"
    )


def test_locators_name_the_line_each_record_starts_on() -> None:
    items, _ = read_items(EXPORT)
    for item in items:
        record = csv_record(EXPORT, item.source, item.locator)
        first_word = item.text.split("\n")[0].split(" ")[0].rstrip(",")
        assert first_word in record, (item.locator, record)
    lines = {i.locator for i in items if i.source == "Shares_1158443584.csv"}
    assert lines == {"row 2", "row 5"}  # the first share's text spans lines 2-4
    assert {i.locator for i in items if i.source == "Connections.csv"} == {
        "row 5",
        "row 6",
        "row 7",
    }


def test_profile_fields_and_bio() -> None:
    items, _ = read_items(EXPORT)
    profile = {i.field: i for i in items if i.source == "Profile.csv"}
    assert profile["headline"].text == "Year 4 Teacher at St Clement's CE Primary School"
    assert profile["bio"].kind.value == "bio"
    assert profile["bio"].text.endswith(
        "Currently teaching Year 4 at St Clement's, Bolton. Maths lead since 2024."
    )
    assert "\r" not in profile["bio"].text
    assert profile["location"].text == "Bolton, England, United Kingdom"
    assert profile["postcode"].text == "BL3 2AB"
    assert profile["website"].text == "https://janesmith-teaches.example.org"
    assert profile["twitter"].text == "MrsSmithY4"


def test_positions_education_and_contact_details() -> None:
    items, _ = read_items(EXPORT)
    job = next(i for i in items if i.field == "position" and i.locator == "row 2")
    assert job.text.startswith("Year 4 Teacher, St Clement's CE Primary School\nBolton")
    assert "chess club" in job.text
    assert job.timestamp_raw == "Sep 2019"
    assert job.timestamp is not None and job.timestamp.isoformat().startswith("2019-09-01")
    assert {i.text for i in items if i.field == "phone"} == {"07700 900123"}
    assert {i.text for i in items if i.field == "email"} == {
        "jane.smith.bolton@example.com",
        "j.smith@stclements-bolton.example.sch.uk",
    }
    assert any(i.text.startswith("University of Bolton\nPGCE") for i in items)


def test_posts_comments_messages_connections() -> None:
    items, _ = read_items(EXPORT)
    post = next(i for i in items if i.kind.value == "post" and i.locator == "row 2")
    assert "Poppy Lewis who read 42 books" in post.text
    assert post.audience == "public"
    assert post.timestamp_raw == "2026-05-07 16:41:18"  # no zone in the file: kept
    recruit = next(i for i in items if i.kind.value == "post" and i.locator == "row 5")
    assert '"passionate about SEND"' in recruit.text and recruit.audience == "connections"
    msg = next(i for i in items if i.source == "messages.csv" and i.locator == "row 2")
    assert msg.text.startswith("Reading challenge\nHi Jane")
    assert msg.author == "Sarah Jones" and msg.people == ["Sarah Jones", "Jane Smith"]
    assert msg.timestamp is not None and msg.timestamp.isoformat() == "2026-08-01T02:00:00+00:00"
    assert msg.timestamp_raw is None  # the file says UTC
    tom = next(i for i in items if i.kind.value == "connection" and i.text == "Tom Baker")
    assert tom.title == "Deputy Headteacher, St Clement's CE Primary School"
    assert tom.url == "https://www.linkedin.com/in/tom-baker-0001"


def test_zipped_export_with_member_id_suffixes(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    shutil.copytree(EXPORT, folder)
    (folder / "Comments.csv").rename(folder / "Comments_1158443584.csv")
    items, warnings = read_items(zip_folder(folder, tmp_path / "Complete_LinkedInDataExport.zip"))
    assert warnings == []
    assert kinds(items)["comment"] == 2


def test_other_csv_files_are_not_claimed(tmp_path: Path) -> None:
    (tmp_path / "Profile.csv").write_text("name,age\nJane,40\n")
    (tmp_path / "comments.csv").write_text("id,permalink,subreddit,body\n1,x,y,z\n")
    items, _ = read_items(tmp_path)
    # Reddit's comments.csv shares LinkedIn's file name; the header tells them apart.
    assert [i.platform for i in items] == ["reddit"]


def test_windows_1252_file_is_read_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "Positions.csv").write_bytes(
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        "École St Clément,Teacher,,Bolton,2019,\n".encode("cp1252")
    )
    items, warnings = read_items(tmp_path)
    assert [i.text.split("\n")[0] for i in items] == ["Teacher, École St Clément"]
    assert [w.file for w in warnings] == ["Positions.csv"]


def test_undecodable_bytes_warn(tmp_path: Path) -> None:
    (tmp_path / "Skills.csv").write_bytes(b"\xef\xbb\xbfName\nSafeguarding\n\xff\xfe\x81 x\n")
    items, warnings = read_items(tmp_path)
    assert "Safeguarding" in [i.text for i in items]
    assert [w.file for w in warnings] == ["Skills.csv"]


def test_truncated_inside_a_quoted_field(tmp_path: Path) -> None:
    text = (EXPORT / "Shares_1158443584.csv").read_text()
    (tmp_path / "Shares.csv").write_text(text[: text.index("Special mention")])
    items, warnings = read_items(tmp_path)
    # The cut record runs to the end of the file; it is read as far as it goes.
    assert len(items) == 1 and items[0].text.startswith("Delighted")
    assert all(w.file == "Shares.csv" for w in warnings)


def test_header_only_empty_and_huge_cells(tmp_path: Path) -> None:
    (tmp_path / "Skills.csv").write_text("Name\n")
    (tmp_path / "Comments.csv").write_text(
        "Date,Link,Message\n2026-01-01,x," + "y" * 2_000_000 + "\n"
    )
    (tmp_path / "Education.csv").write_text("School Name,Start Date\n,,,,,,,,\n\x00\x00\n")
    items, warnings = read_items(tmp_path)
    assert warnings == []
    assert [(i.source, len(i.text)) for i in items] == [("Comments.csv", 2_000_000)]


REAL_COUNTS = {
    "Comments.csv": 60,
    "Connections.csv": 21,
    "Education.csv": 2,
    "Email Addresses.csv": 2,
    "PhoneNumbers.csv": 4,
    "Positions.csv": 11,
    "Profile Summary.csv": 1,
    "Profile.csv": 8,
    "Shares.csv": 25,
    "Skills.csv": 60,
    "Whatsapp Phone Numbers.csv": 1,
}


@pytest.mark.skipif(not REAL.is_dir(), reason="shared real-format samples not present")
def test_real_format_sample_export() -> None:
    items, warnings = read_items(REAL)
    assert warnings == []
    per_file: dict[str, int] = {}
    for item in items:
        per_file[item.source] = per_file.get(item.source, 0) + 1
    assert per_file == REAL_COUNTS
    # The sample's shifted Shares columns: the text is read from where it landed.
    shares = [i for i in items if i.source == "Shares.csv"]
    assert all(i.text.startswith("Sharing this piece") for i in shares)
    assert {i.audience for i in shares} <= {"public", "connections"}
    phones = {i.text for i in items if i.field == "phone"}
    assert "+44 20 5550 0100" in phones
    for item in items:
        assert csv_record(REAL, item.source, item.locator)


def test_empty_file_warns_by_name(tmp_path: Path) -> None:
    (tmp_path / "Profile.csv").write_bytes(b"")
    (tmp_path / "Skills.csv").write_text("Name\nSafeguarding\n")
    items, warnings = read_items(tmp_path)
    assert [i.text for i in items] == ["Safeguarding"]
    assert [(w.file, w.message) for w in warnings] == [("Profile.csv", "empty file")]
