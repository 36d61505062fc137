"""A photo-rich Facebook download (a real zip of real JPEGs) for the app's photo tests.

Each photo is drawn by the project's labelled image set (faces from scikit-image's LFW subset
pasted on a scene, or a single large face), carries GPS and the time it was taken in its EXIF,
and is attached to a post. Most are taken at the sample school's location on term-time weekday
mornings (so the audit can offer "is this your school?"), a few at the sample home in the
evening, the rest elsewhere. Nothing binary is committed: the zip is written on demand.
"""

from __future__ import annotations

import json
import random
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PIL import Image

from tests.detect.media.images import HOME_LATLON, SCHOOL_LATLON, jpeg_with_gps

# The photos are made smaller than a camera's (the analysis works at 960 × 540 anyway), so
# fifty of them are analysed in seconds.
PHOTO_SIZE = (1280, 720)
FIRST_DAY = datetime(2025, 9, 8, tzinfo=UTC)  # a Monday in term time


def _picture(rng: random.Random, n: int) -> Image.Image:
    from fixtures.images import labelled

    im, _label = labelled.group(rng) if n % 2 == 0 else labelled.portrait(rng)
    return im.convert("RGB").resize(PHOTO_SIZE)


def _where_and_when(n: int) -> tuple[tuple[float, float], datetime]:
    """Two photos in three at school on a weekday morning, one in six at home at night."""
    day = FIRST_DAY + timedelta(days=7 * (n // 5) + n % 5)  # Monday to Friday, week after week
    if n % 6 == 5:
        return HOME_LATLON, day.replace(hour=20, minute=15)
    if n % 3 == 2:
        return (53.4808, -2.2426), day.replace(hour=13)  # Manchester, elsewhere
    return SCHOOL_LATLON, day.replace(hour=10, minute=30)


def photo_download(dest: Path, photos: int = 52, seed: int = 15) -> Path:
    """Write a Facebook download zip with `photos` photo posts; returns its path."""
    rng = random.Random(seed)
    posts: list[dict[str, Any]] = []
    files: list[tuple[str, bytes]] = []
    for n in range(photos):
        (lat, lon), when = _where_and_when(n)
        jitter = (rng.uniform(-2e-4, 2e-4), rng.uniform(-2e-4, 2e-4))
        data = jpeg_with_gps(
            lat + jitter[0], lon + jitter[1], when=when.replace(tzinfo=None), image=_picture(rng, n)
        )
        uri = f"your_facebook_activity/posts/media/Timeline photos/{n:03d}.jpg"
        files.append((uri, data))
        ts = int(when.timestamp())
        posts.append(
            {
                "timestamp": ts + 600,
                "data": [{"post": f"Photo {n + 1} of the autumn term"}],
                "attachments": [
                    {"data": [{"media": {"uri": uri, "creation_timestamp": ts, "title": ""}}]}
                ],
            }
        )
    profile = {
        "profile_v2": {
            "name": {"full_name": "Jane Smith"},
            "work_experiences": [
                {"employer": "St Clement's CE Primary School", "title": "Year 4 Teacher"}
            ],
        }
    }
    dest.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "personal_information/profile_information/profile_information.json",
            json.dumps(profile),
        )
        zf.writestr(
            "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
            json.dumps(posts),
        )
        for uri, data in files:
            zf.writestr(zipfile.ZipInfo(uri, (2025, 9, 8, 10, 0, 0)), data, zipfile.ZIP_STORED)
    return dest
