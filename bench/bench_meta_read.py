"""Read throughput of the Facebook and Instagram readers on large generated downloads.

Run: .venv/bin/python bench/bench_meta_read.py [--posts N] [--messages N] [--media-mb N] [--keep]

Writes a Facebook and an Instagram download as zips under bench/out/meta/ (git-ignored): posts
with photos (EXIF GPS in the JSON), comments, message threads split into message_N.json parts,
friends/followers, and media files of random bytes (stored, as Meta's zips hold JPEGs). Each
download is then read in its own process, as a scan reads it, and the figures are printed:
items, seconds, items/s, MB/s of JSON, peak RSS. Then the spaCy NER pass (the pipeline the
audit uses, NER only) runs over a sample of the same items' texts, for the ratio
reader items/s : NER items/s.

Goals (issue 3): reading at least 20x faster than the NER pass; peak RSS under 300 MB for a
2 GB download that is mostly media (`--media-mb 2000`).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out" / "meta"
sys.path.insert(0, str(ROOT))

WORDS = [
    "walk",
    "garden",
    "cake",
    "football",
    "holiday",
    "rain",
    "sunshine",
    "family",
    "concert",
    "recipe",
    "book",
    "film",
    "beach",
    "dog",
    "birthday",
    "wedding",
    "marathon",
    "choir",
    "allotment",
    "bake",
    "sale",
    "quiz",
    "library",
    "museum",
    "café",
    "crème",
    "brûlée",
    "parkrun",
    "sunday",
    "allotment",
    "knitting",
]
NAMES = ["Hannah Price", "Tom Reeve", "Sam Okoye", "Zoë Brontë", "Ravi Patel", "Amy Chen"]
BASE_TS = 1_600_000_000


def mojibake(value: Any) -> Any:
    if isinstance(value, str):
        return value.encode("utf-8").decode("latin-1")
    if isinstance(value, list):
        return [mojibake(v) for v in value]
    if isinstance(value, dict):
        return {mojibake(k): mojibake(v) for k, v in value.items()}
    return value


def dump(data: Any) -> bytes:
    return json.dumps(mojibake(data), indent=2, ensure_ascii=True).encode("ascii")


def sentence(rng: random.Random, n: int = 14) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def photo(rng: random.Random, uri: str, t: int) -> dict[str, Any]:
    exif: dict[str, Any] = {"upload_ip": "203.0.113.9", "taken_timestamp": t - 60, "iso": 100}
    if rng.random() < 0.3:
        exif.update(latitude=53.5 + rng.random() / 10, longitude=-2.5 + rng.random() / 10)
    return {
        "uri": uri,
        "creation_timestamp": t,
        "media_metadata": {"photo_metadata": {"exif_data": [exif]}},
        "title": "",
    }


class Writer:
    """A zip being written, with media stored (not compressed) like Meta's JPEGs."""

    def __init__(self, path: Path, media_bytes: int, n_media: int, rng: random.Random) -> None:
        self.zf = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1)
        self.media_size = max(1, media_bytes // max(n_media, 1))
        self.rng = rng
        self.json_bytes = 0

    def json(self, name: str, data: Any) -> None:
        raw = dump(data)
        self.json_bytes += len(raw)
        self.zf.writestr(name, raw)

    def media(self, name: str) -> None:
        info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_STORED
        self.zf.writestr(info, self.rng.randbytes(self.media_size))

    def close(self) -> None:
        self.zf.close()


def facebook(path: Path, posts: int, messages: int, media_mb: int, rng: random.Random) -> int:
    n_photos = max(posts // 10, 1)
    w = Writer(path, media_mb * 1_000_000, n_photos, rng)
    act = "your_facebook_activity"
    per_file = 5000
    for part in range(0, posts, per_file):
        batch = []
        for i in range(part, min(part + per_file, posts)):
            post: dict[str, Any] = {
                "timestamp": BASE_TS + i * 600,
                "data": [{"post": sentence(rng)}],
                "title": "Jane Smith updated her status.",
            }
            if i % 10 == 0:
                uri = f"{act}/posts/media/Mobileuploads_{i // 1000}/{i}.jpg"
                post["attachments"] = [{"data": [{"media": photo(rng, uri, BASE_TS + i * 600)}]}]
                w.media(uri)
            batch.append(post)
        w.json(
            f"{act}/posts/your_posts__check_ins__photos_and_videos_{part // per_file + 1}.json",
            batch,
        )
    w.json(
        f"{act}/comments_and_reactions/comments.json",
        {
            "comments_v2": [
                {
                    "timestamp": BASE_TS + i,
                    "data": [
                        {
                            "comment": {
                                "timestamp": BASE_TS + i,
                                "comment": sentence(rng, 8),
                                "author": "Jane Smith",
                            }
                        }
                    ],
                    "title": "Jane Smith commented on a post.",
                }
                for i in range(posts // 2)
            ]
        },
    )
    per_thread = 10_000
    for t in range(0, messages, per_thread):
        people = [*rng.sample(NAMES, 2), "Jane Smith"]
        n = min(per_thread, messages - t)
        for part in range(0, n, 2000):
            msgs = [
                {
                    "sender_name": rng.choice(people),
                    "timestamp_ms": (BASE_TS + t + k) * 1000,
                    "content": sentence(rng, 9),
                    "type": "Generic",
                }
                for k in range(part, min(part + 2000, n))
            ]
            w.json(
                f"{act}/messages/inbox/thread_{t}/message_{part // 2000 + 1}.json",
                {
                    "participants": [{"name": p} for p in people],
                    "messages": msgs,
                    "title": people[0],
                    "thread_path": f"inbox/thread_{t}",
                },
            )
    w.json(
        "connections/friends/your_friends.json",
        {"friends_v2": [{"name": f"Friend {i}", "timestamp": BASE_TS} for i in range(1500)]},
    )
    w.close()
    return w.json_bytes


def instagram(path: Path, posts: int, messages: int, media_mb: int, rng: random.Random) -> int:
    w = Writer(path, media_mb * 1_000_000, posts, rng)
    records = []
    for i in range(posts):
        uri = f"media/posts/2025{i % 12 + 1:02d}/{i}.jpg"
        records.append(
            {"media": [{**photo(rng, uri, BASE_TS + i * 900), "title": sentence(rng, 10)}]}
        )
        w.media(uri)
    w.json("your_instagram_activity/media/posts_1.json", records)
    w.json(
        "your_instagram_activity/comments/post_comments_1.json",
        [
            {
                "string_map_data": {
                    "Comment": {"value": sentence(rng, 6)},
                    "Media Owner": {"value": "someone"},
                    "Time": {"timestamp": BASE_TS + i},
                }
            }
            for i in range(posts)
        ],
    )
    for t in range(0, messages, 10_000):
        n = min(10_000, messages - t)
        msgs = [
            {
                "sender_name": rng.choice(["jane.bakes", "hannah.p"]),
                "timestamp_ms": (BASE_TS + k) * 1000,
                "content": sentence(rng, 8),
            }
            for k in range(n)
        ]
        w.json(
            f"your_instagram_activity/messages/inbox/hannahp_{t}/message_1.json",
            {
                "participants": [{"name": "hannah.p"}, {"name": "jane.bakes"}],
                "messages": msgs,
                "title": "hannah.p",
            },
        )
    w.json(
        "connections/followers_and_following/followers_1.json",
        [
            {
                "title": "",
                "media_list_data": [],
                "string_list_data": [
                    {
                        "href": f"https://www.instagram.com/user{i}",
                        "value": f"user{i}",
                        "timestamp": BASE_TS,
                    }
                ],
            }
            for i in range(3000)
        ],
    )
    w.close()
    return w.json_bytes


def measure(path: Path) -> None:
    """In a child process: read the export as a scan does, print figures as JSON."""
    from auditor.sources.scan import ExportReading

    start = time.perf_counter()
    reading = ExportReading(path)
    items = 0
    sample: list[str] = []
    for item in reading:
        items += 1
        if item.text and len(sample) < 3000 and items % 7 == 0:
            sample.append(item.text)
    seconds = time.perf_counter() - start
    reading.close()
    peak = peak_rss_mb()
    print(
        json.dumps(
            {
                "items": items,
                "seconds": seconds,
                "peak_mb": peak,
                "warnings": len(reading.warnings),
                "sample": sample,
            }
        )
    )


def peak_rss_mb() -> float:
    """This process's peak RSS. VmHWM, because Linux carries ru_maxrss over from the parent
    across fork+exec (the generator's memory would count)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ner_rate(texts: list[str]) -> float | None:
    from auditor.nlp.model import find_model, load_model

    info = find_model()
    if info is None:
        return None
    nlp = load_model(info)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=256):
        pass
    return len(texts) / (time.perf_counter() - start)


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--measure":
        measure(Path(sys.argv[2]))
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--posts", type=int, default=50_000)
    ap.add_argument("--messages", type=int, default=200_000)
    ap.add_argument("--media-mb", type=int, default=300)
    ap.add_argument("--keep", action="store_true", help="keep the generated zips")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    rng = random.Random(7)
    for name, build in (("facebook", facebook), ("instagram", instagram)):
        path = OUT / f"{name}-bench.zip"
        t = time.perf_counter()
        json_bytes = build(path, args.posts, args.messages, args.media_mb, rng)
        size = path.stat().st_size
        print(
            f"{name}: generated {size / 1e6:.0f} MB zip ({json_bytes / 1e6:.0f} MB of JSON) in {time.perf_counter() - t:.0f} s"
        )
        proc = subprocess.run(
            [sys.executable, __file__, "--measure", str(path)],
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(proc.stdout)
        rate = r["items"] / r["seconds"]
        print(
            f"  read: {r['items']:,} items in {r['seconds']:.1f} s = {rate:,.0f} items/s, "
            f"{json_bytes / 1e6 / r['seconds']:.1f} MB/s of JSON, peak RSS {r['peak_mb']:.0f} MB, "
            f"{r['warnings']} warnings"
        )
        ner = ner_rate(r["sample"])
        if ner is None:
            print("  NER: no spaCy pipeline installed; ratio not measured")
        else:
            print(
                f"  NER (spaCy, NER only) over {len(r['sample'])} of the same texts: {ner:,.0f} items/s; reader is {rate / ner:.0f}x faster"
            )
        if not args.keep:
            os.unlink(path)


if __name__ == "__main__":
    main()
