"""One bad value loses that value, never the file or the audit: half an emoji, a number too
long to be real, a zip whose file names are not valid text. Each through the real CLI."""

from __future__ import annotations

import json
import shutil
import struct
import zipfile
from pathlib import Path

from tests.conftest import SAMPLE_PROFILE
from tests.helpers import ROOT, read_items, run_cli, run_json

FACEBOOK = ROOT / "fixtures" / "exports" / "facebook" / "facebook-priyadesai-2026-current"
FRIENDS = "connections/friends/your_friends.json"


def test_a_lone_surrogate_and_huge_numbers_lose_one_value_not_the_file(tmp_path: Path) -> None:
    export = tmp_path / "facebook-priya"
    shutil.copytree(FACEBOOK, export)
    friends = export / FRIENDS
    data = json.loads(friends.read_text("utf-8"))
    records = data["friends_v2"]
    n = len(records)
    # A friend whose timestamp is 400 digits and one whose is 5,000 (Python's int limit).
    records.append({"name": "Olivia Hussain", "timestamp": 0})
    records.append({"name": "Maisie Clarke", "timestamp": 0})
    text = json.dumps(data)
    text = text.replace('"timestamp": 0}', '"timestamp": ' + "9" * 400 + "}", 1)
    text = text.replace('"timestamp": 0}', '"timestamp": ' + "7" * 5000 + "}", 1)
    friends.write_text(text, "utf-8")
    # Half an emoji at the end of a cut-off post (a lone surrogate, as JSON can carry it).
    posts = next(export.rglob("your_posts__check_ins__photos_and_videos_1.json"))
    raw = posts.read_text("utf-8")
    assert raw.count('"post": "') >= 1
    posts.write_text(raw.replace('"post": "', '"post": "Lovely day \\ud83d ', 1), "utf-8")

    data = run_json("scan", export, "--profile", SAMPLE_PROFILE, "--no-store")
    connections = [f for f in data["findings"] if f["rule"] == "SMP67-PUPIL-CONNECTION"]
    named = {f["item"]["text"] for f in connections}
    assert {"Olivia Hussain", "Maisie Clarke"} <= named  # the whole friends file was read
    assert data["summary"]["exports"][0]["items"]["connection"] >= n + 2
    (warning,) = [w for w in data["warnings"] if w["file"] == FRIENDS]
    assert "too long to be real" in warning["message"]
    items, _ = read_items(export)
    (cut,) = [i for i in items if i.text.startswith("Lovely day") and i.kind.value == "post"]
    assert cut.text.startswith("Lovely day \ufffd ")  # the half emoji, shown as such
    # The text report and the store take it too.
    proc = run_cli("scan", export, "--profile", SAMPLE_PROFILE, "--state", tmp_path / "state")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr


def _zip_with_a_bad_utf8_name(path: Path) -> None:
    """A zip whose one member is flagged UTF-8 (bit 11) but whose name bytes are not UTF-8."""
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("your_posts_1.json", "[]")
    data = bytearray(path.read_bytes())
    name = b"your_posts_1.json"
    bad = b"your_p\xffsts_1.json"
    assert len(bad) == len(name)
    for header, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.index(header)
        flags = struct.unpack_from("<H", data, at + flags_at)[0] | 0x800
        struct.pack_into("<H", data, at + flags_at, flags)
    path.write_bytes(bytes(data).replace(name, bad))


def test_a_zip_whose_names_are_not_text_is_named_and_the_rest_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "facebook-broken.zip"
    _zip_with_a_bad_utf8_name(bad)
    good = tmp_path / "WhatsApp Chat with Kerry Turner.txt"
    good.write_text(
        "12/05/2026, 18:02 - Kerry Turner: Is Alfie Turner OK after today in class?\n", "utf-8"
    )
    data = run_json("scan", bad, good, "--profile", SAMPLE_PROFILE, "--no-store")
    (warning,) = [w for w in data["warnings"] if w["file"].endswith("facebook-broken.zip")]
    assert "not valid text" in warning["message"] and "unpack it" in warning["message"]
    assert any(f["rule"] == "SMP65-PUPIL-DISCUSSED" for f in data["findings"])
