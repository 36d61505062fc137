"""The whole audit of a large generated download, then the re-audit with the store warm.

Run: .venv/bin/python bench/bench_audit.py [--posts N] [--photos N] [--keep] [--own-generator]

Each audit runs in its own process (as `auditor scan` would), so that its peak RSS is its own.
Figures: wall time, peak RSS, time to the first finding, items, findings, cache hits.
Goals (issue 7): the re-audit at least 10x faster than the first; peak RSS under 500 MB.
The downloads are generated under bench/out/ (git-ignored): every platform's, by
fixtures/generate_exports.py, or (`--own-generator`, or when that script is missing) one
Facebook download by the small generator here (posts, and photos with EXIF).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import time
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = Path(__file__).resolve().parents[1] / "bench" / "out" / "audit"
PROFILE = ROOT / "fixtures" / "sample" / "school.toml"
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
]
SCHOOLISH = [
    "Year 4 were amazing at St Clement's today",
    "Parents evening at SCPS tonight, long day",
    "Marking books at the kitchen table again",
    "Call me on 07700 900123 about the fete",
    "Party at mine, 14 Mill Lane BL3 2AB",
]


def _mojibake(value: Any) -> Any:
    if isinstance(value, str):
        return value.encode("utf-8").decode("latin-1")
    if isinstance(value, list):
        return [_mojibake(v) for v in value]
    if isinstance(value, dict):
        return {k: _mojibake(v) for k, v in value.items()}
    return value


def _jpeg(rng: random.Random, n: int, gps: tuple[float, float] | None) -> bytes:
    from PIL import Image

    img = Image.new("RGB", (640, 480), (rng.randrange(256), rng.randrange(256), 200))
    # A few blocks so that each photo is different (its own content hash).
    for _ in range(6):
        x, y = rng.randrange(600), rng.randrange(440)
        img.paste((rng.randrange(256), n % 256, rng.randrange(256)), (x, y, x + 40, y + 40))
    exif = Image.Exif()
    exif[0x0132] = "2025:06:01 10:00:00"
    if gps:
        lat, lon = gps

        def dms(v: float) -> tuple[float, float, float]:
            v = abs(v)
            d = int(v)
            m = int((v - d) * 60)
            return (float(d), float(m), round(((v - d) * 60 - m) * 60, 2))

        exif[0x8825] = {
            1: "N" if lat >= 0 else "S",
            2: dms(lat),
            3: "E" if lon >= 0 else "W",
            4: dms(lon),
        }
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=80, exif=exif)
    return buf.getvalue()


def generate(dest: Path, posts: int, photos: int, seed: int = 7) -> Path:
    """A Facebook download (zip) with `posts` text posts and `photos` photo posts."""
    rng = random.Random(seed)
    start = int(datetime(2019, 1, 1, tzinfo=UTC).timestamp())
    entries: list[dict[str, Any]] = []
    media: list[tuple[str, bytes]] = []
    for i in range(posts + photos):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(6, 30)))
        if i % 97 == 0:
            text = SCHOOLISH[(i // 97) % len(SCHOOLISH)] + ". " + text
        entry: dict[str, Any] = {
            "timestamp": start + i * 1800,
            "data": [{"post": text}],
            "title": "Jane Smith updated her status.",
        }
        if i >= posts:
            n = i - posts
            uri = f"your_facebook_activity/posts/media/album_{n // 100}/photo_{n:05d}.jpg"
            near_school = n % 25 == 0
            gps = (53.5781, -2.4288) if near_school else (53.40 + rng.random() / 10, -2.2)
            media.append((uri, _jpeg(rng, n, gps if n % 3 == 0 else None)))
            entry["attachments"] = [
                {
                    "data": [
                        {"media": {"uri": uri, "creation_timestamp": start + i * 1800, "title": ""}}
                    ]
                }
            ]
        entries.append(entry)
    profile = {
        "profile_v2": {
            "name": {"full_name": "Jane Smith"},
            "work_experiences": [
                {
                    "employer": "St Clement's CE Primary School",
                    "title": "Year 4 Teacher",
                    "timestamp": start,
                }
            ],
            "current_city": {"name": "Bolton, United Kingdom"},
        }
    }
    dest.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "personal_information/profile_information/profile_information.json",
            json.dumps(_mojibake(profile)),
        )
        zf.writestr(
            "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
            json.dumps(_mojibake(entries)),
        )
        for uri, data in media:
            zf.writestr(zipfile.ZipInfo(uri, (2025, 6, 1, 10, 0, 0)), data, zipfile.ZIP_STORED)
    return dest


def shared_generator(dest_dir: Path, posts: int, photos: int) -> list[Path] | None:
    """Every platform's download from the project's generator (fixtures/generate_exports.py),
    with `photos` JPEGs in all (shared between the platforms), as zips."""
    script = ROOT / "fixtures" / "generate_exports.py"
    if not script.exists():
        return None
    per_platform = max(1, photos // 4)  # the platforms that carry photos share them
    found: list[Path] = []
    for _ in range(3):  # not every platform carries photos: grow until there are enough
        shutil.rmtree(dest_dir, ignore_errors=True)
        cmd = [
            sys.executable, str(script), "--platform", "all", "--out", str(dest_dir),
            "--posts", str(posts // 7), "--messages", str(posts // 4),
            "--media", str(per_platform), "--zip",
        ]  # fmt: skip
        done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        if done.returncode != 0:
            print(f"(fixtures/generate_exports.py failed: {done.stderr[-300:]})")
            return None
        found = sorted(p for p in dest_dir.iterdir() if not p.name.startswith("."))
        have = count_photos(found)
        if have >= photos or have == 0:
            break
        per_platform = per_platform * photos // have + 1
    return found or None


def count_photos(exports: list[Path]) -> int:
    n = 0
    for p in exports:
        if p.is_file() and p.suffix == ".zip":
            with zipfile.ZipFile(p) as zf:
                n += sum(1 for name in zf.namelist() if name.lower().endswith((".jpg", ".jpeg")))
        elif p.is_dir():
            n += sum(1 for f in p.rglob("*") if f.suffix.lower() in (".jpg", ".jpeg"))
    return n


def child(state: str, exports: list[str], store: bool) -> None:
    """One audit, as `auditor scan` runs it; prints its figures as JSON."""
    t0 = time.perf_counter()
    from auditor.pipeline import ScanCallbacks, run_scan
    from auditor.profile.loader import load_profile
    from auditor.report.checklist import build_checklist, write_checklist
    from auditor.report.checklist.write import default_folder
    from auditor.store import Store
    from auditor.store.recorder import recorded_scan

    first: list[float] = []

    def on_finding(_f: object) -> None:
        if not first:
            first.append(time.perf_counter() - t0)

    profile = load_profile(PROFILE)
    paths = [Path(e) for e in exports]
    callbacks = ScanCallbacks(on_finding=on_finding)
    hits = misses = 0
    reused = False
    if store:
        with Store.open(Path(state)) as s:
            result = recorded_scan(s, paths, profile, callbacks=callbacks)
            write_checklist(build_checklist(s), default_folder(s.folder))
        report, hits, misses = result.report, result.cache_hits, result.cache_misses
        reused = result.reused_from is not None
    else:
        report = run_scan(paths, profile, callbacks=callbacks)
    wall = time.perf_counter() - t0
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    items = sum(sum(e.items.values()) for e in report.summary.exports)
    print(
        json.dumps(
            {
                "wall_s": round(wall, 3),
                "first_finding_s": round(first[0], 3) if first else None,
                "peak_rss_mb": round(rss_kb / 1024, 1),
                "items": items,
                "findings": len(report.findings),
                "cache_hits": hits,
                "cache_misses": misses,
                "reused": reused,
                "skipped_signals": report.summary.skipped_signals,
            }
        )
    )


CODE: Path | None = None  # --code: run the audits on this copy of the code instead


def run_child(state: Path, exports: list[Path], store: bool = True) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", str(state), *map(str, exports)]
    if not store:
        cmd.append("--no-store")
    env = dict(os.environ)
    if CODE is not None:
        env["PYTHONPATH"] = str(CODE)
        cmd[1] = str(CODE / "bench" / "bench_audit.py")
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=CODE or ROOT, env=env)
    if proc.returncode != 0:
        raise SystemExit(f"audit failed:\n{proc.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--posts", type=int, default=20_000)
    ap.add_argument("--photos", type=int, default=1_000)
    ap.add_argument("--keep", action="store_true", help="keep the generated download")
    ap.add_argument(
        "--own-generator", action="store_true", help="use the Facebook generator in this file"
    )
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    ap.add_argument("--no-store", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument(
        "--code",
        type=Path,
        help="audit with the code in this folder (e.g. `git archive HEAD` unpacked), so that "
        "edits made to the work tree meanwhile do not change what is measured",
    )
    args = ap.parse_args()
    global CODE
    CODE = args.code.resolve() if args.code else None
    if args.child:
        child(args.child[0], args.child[1:], store=not args.no_store)
        return

    OUT.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    exports = (
        None if args.own_generator else shared_generator(OUT / "shared", args.posts, args.photos)
    )
    source = "fixtures/generate_exports.py (every platform)"
    if exports is None:
        exports = [generate(OUT / "facebook-bench.zip", args.posts, args.photos)]
        source = f"bench generator (Facebook, {args.posts:,} text posts + photo posts)"
    size = sum(p.stat().st_size for p in exports if p.is_file())
    print(
        f"downloads: {source}: {len(exports)} zip(s), {size / 2**20:.1f} MiB, "
        f"{count_photos(exports):,} photos; made in {time.perf_counter() - t:.1f} s"
    )

    state = OUT / "state"
    shutil.rmtree(state, ignore_errors=True)
    baseline = run_child(state, exports, store=False)
    first = run_child(state, exports)
    again = run_child(state, exports)
    # The same content as a new download (fresh copies, so new files to the store): nothing is
    # reused whole, but every item and photo is found in the text and media caches.
    copies = OUT / "copies"
    shutil.rmtree(copies, ignore_errors=True)
    copies.mkdir()
    copied = [Path(shutil.copy2(p, copies / p.name)) if p.is_file() else p for p in exports]
    for p in copied:
        os.utime(p)  # "downloaded" now
    newer = run_child(state, copied)
    shutil.rmtree(copies, ignore_errors=True)
    shutil.rmtree(state, ignore_errors=True)

    def row(name: str, r: dict[str, Any]) -> str:
        ff = f"{r['first_finding_s']:.2f} s" if r["first_finding_s"] is not None else "none"
        return (
            f"  {name:<30} wall {r['wall_s']:>7.2f} s   first finding {ff:>8}   "
            f"peak RSS {r['peak_rss_mb']:>6.1f} MB   items {r['items']:,}   "
            f"findings {r['findings']}   text cache {r['cache_hits']:,} hit / "
            f"{r['cache_misses']:,} miss{'   (results reused)' if r.get('reused') else ''}"
        )

    print(row("no store (baseline)", baseline))
    print(row("first audit (store cold)", first))
    print(row("re-audit, same download", again))
    print(row("re-audit, same items, new files", newer))
    speedup = first["wall_s"] / again["wall_s"]
    item_speedup = first["wall_s"] / newer["wall_s"]
    peak = max(r["peak_rss_mb"] for r in (baseline, first, again, newer))
    print(
        f"  re-audit speed-up: {speedup:.1f}x (goal >= 10x): {'met' if speedup >= 10 else 'NOT met'}"
        f"; from the item caches alone: {item_speedup:.1f}x"
    )
    print(f"  peak RSS: {peak:.1f} MB (goal < 500 MB): {'met' if peak < 500 else 'NOT met'}")
    if first["skipped_signals"]:
        print(f"  skipped signals: {', '.join(first['skipped_signals'])}")
    if not args.keep:
        for p in exports:
            if p.is_file():
                p.unlink()
            else:
                shutil.rmtree(p, ignore_errors=True)
    os.sync()


if __name__ == "__main__":
    main()
