"""The profile and the pupil list as people really save them: BOMs, Windows and UTF-16
encodings, blank lines, duplicates, thousands of names, and files that are not text at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.errors import ProfileError
from auditor.profile.loader import MAX_PUPIL_NAMES, load_profile, load_pupil_names

PROFILE = (
    '[school]\nname = "St Clement\'s CE Primary School"\n\n[pupils]\nnames_file = "pupils.txt"\n'
)


def _write(tmp_path: Path, pupils: bytes, profile: bytes | None = None) -> Path:
    (tmp_path / "pupils.txt").write_bytes(pupils)
    p = tmp_path / "school.toml"
    p.write_bytes(profile if profile is not None else PROFILE.encode())
    return p


@pytest.mark.parametrize(
    "raw",
    [
        "\ufeffZoë Brontë\r\nSiân Ó Briain\r\n".encode(),
        "Zoë Brontë\nSiân Ó Briain\n".encode("utf-16"),
        "Zoë Brontë\nSiân Ó Briain\n".encode("cp1252", errors="replace").replace(b"?", b"O"),
    ],
    ids=["utf8-bom-crlf", "utf16", "cp1252"],
)
def test_pupil_list_encodings(tmp_path: Path, raw: bytes) -> None:
    names = load_profile(_write(tmp_path, raw)).pupil_names
    assert names[0] == "Zoë Brontë"
    assert len(names) == 2


def test_pupil_list_blank_lines_comments_duplicates(tmp_path: Path) -> None:
    raw = b"# Class 4C\n\n  Alfie   Turner \nalfie turner\nOlivia Hussain,\n\n\tGrace\tOkafor\n"
    assert load_pupil_names(_write(tmp_path, raw).parent / "pupils.txt") == [
        "Alfie Turner",
        "Olivia Hussain",
        "Grace Okafor",
    ]


def test_thousands_of_names(tmp_path: Path) -> None:
    raw = "\n".join(f"Pupil{i} Surname{i}" for i in range(5000)).encode()
    assert len(load_profile(_write(tmp_path, raw)).pupil_names) == 5000


def test_absurd_pupil_list_is_refused_clearly(tmp_path: Path) -> None:
    raw = "\n".join(f"N{i}" for i in range(MAX_PUPIL_NAMES + 5)).encode()
    with pytest.raises(ProfileError, match="right file"):
        load_profile(_write(tmp_path, raw))


def test_missing_pupil_list_names_the_file(tmp_path: Path) -> None:
    p = tmp_path / "school.toml"
    p.write_text(PROFILE)
    with pytest.raises(ProfileError, match=r"pupils\.txt: file not found"):
        load_profile(p)


def test_profile_with_bom_and_windows_line_endings(tmp_path: Path) -> None:
    p = _write(tmp_path, b"Alfie\n", ("\ufeff" + PROFILE.replace("\n", "\r\n")).encode())
    assert load_profile(p).school.name == "St Clement's CE Primary School"


def test_binary_profile(tmp_path: Path) -> None:
    p = _write(tmp_path, b"", bytes(range(256)) * 4)
    with pytest.raises(ProfileError) as exc:
        load_profile(p)
    assert "school.toml" in str(exc.value)


def test_profile_errors_never_quote_pupil_names(tmp_path: Path) -> None:
    p = _write(
        tmp_path, b"Secretname Pupil\n", (PROFILE + '\n[you]\nroles = "Secretname"\n').encode()
    )
    with pytest.raises(ProfileError) as exc:
        load_profile(p)
    assert "Secretname" not in str(exc.value)
