"""Photos: quality of text_in_image and face detection on the labelled set, and the speed of
the whole image pass (cold and with a warm cache).

    .venv/bin/python bench/bench_images.py [--labelled 240] [--speed 500] [--workers 2]

Generates the labelled set (fixtures/images/labelled.py) into bench/out/, then prints:
- text_in_image: precision / recall of "the school's name was found in the picture" (the
  real evidence path: OCR, the text detectors, the approximate school-name match);
- faces: precision / recall on frontal faces of 40 px or more, through the audit's own path
  (MTCNN by default), then MTCNN, OpenCV Haar alt2 and dlib's HOG detector alone side by side,
  by face size, with CPU time per image;
- speed: images/s over N 1080p JPEGs through MediaStage (read, hash, cache, decode, faces,
  OCR, evidence) on a process pool, cold and then warm, and CPU seconds per image.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import cv2  # noqa: E402
import numpy as np  # noqa: E402

from auditor.detect.context import DetectionContext  # noqa: E402
from auditor.detect.engine import DetectionEngine  # noqa: E402
from auditor.detect.media import faces as faces_mod  # noqa: E402
from auditor.detect.media.analysis import WORK_LONG_SIDE, analyse_image  # noqa: E402
from auditor.detect.media.cache import SqliteMediaCache  # noqa: E402
from auditor.detect.media.decode import decode  # noqa: E402
from auditor.detect.media.evidence import analysis_evidence  # noqa: E402
from auditor.detect.media.stage import MediaStage  # noqa: E402
from auditor.models.evidence import Evidence, EvidenceKind  # noqa: E402
from auditor.models.item import Item, ItemKind, MediaInfo  # noqa: E402
from auditor.profile.loader import load_profile  # noqa: E402
from auditor.sources.export import open_export  # noqa: E402
from fixtures.images.labelled import build  # noqa: E402

OUT = ROOT / "bench" / "out"
MIN_FACE = 40


def _item(path: str) -> Item:
    return Item(
        platform="instagram",
        kind=ItemKind.MEDIA,
        source="media/posts_1.json",
        locator="/0",
        media=MediaInfo(path=path),
    )


def _labelled(folder: Path, n: int, seed: int = 6) -> list[dict[str, Any]]:
    labels_file = folder / "labels.json"
    if labels_file.exists():
        labels: list[dict[str, Any]] = json.loads(labels_file.read_text())
        if len(labels) == n:
            return labels
    build(folder, n, seed=seed)
    return list(json.loads(labels_file.read_text()))


def _match(
    truth: list[list[int]], found: list[tuple[float, float, float, float]]
) -> tuple[int, int]:
    """(true positives, false positives): a detection counts when the true face's centre is in
    it and the sizes agree within a factor of 2.5; each detection matches one face."""
    used: set[int] = set()
    tp = 0
    for x, y, w, h in truth:
        cx, cy = x + w / 2, y + h / 2
        for j, (a, b, c, d) in enumerate(found):
            if j not in used and a <= cx <= a + c and b <= cy <= b + d and 0.4 < c / w < 2.5:
                used.add(j)
                tp += 1
                break
    return tp, len(found) - len(used)


def quality(folder: Path, n: int, seed: int = 6) -> None:
    labels = _labelled(folder, n, seed)
    ctx = DetectionContext.from_profile(load_profile(ROOT / "fixtures/sample/school.toml"))
    engine = DetectionEngine(ctx)
    tp = fp = fn = 0
    for lb in labels:
        result = analyse_image((folder / lb["file"]).read_bytes(), faces=False)
        ev = analysis_evidence(_item(lb["file"]), result, engine, ctx)
        found = any(e.kind is EvidenceKind.SCHOOL_NAME for e in ev) and any(
            e.kind is EvidenceKind.TEXT_IN_IMAGE for e in ev
        )
        tp += found and lb["school"]
        fp += found and not lb["school"]
        fn += (not found) and lb["school"]
    print(
        f"labelled set: {len(labels)} images ({sum(lb['school'] for lb in labels)} show the "
        f"school's name, {sum(len(lb['faces']) for lb in labels)} faces)"
    )
    print(
        f"text_in_image (school name): precision {tp / max(1, tp + fp):.3f}  "
        f"recall {tp / max(1, tp + fn):.3f}  (tp {tp}, fp {fp}, fn {fn})"
    )

    pictures = []
    for lb in labels:
        dec = decode((folder / lb["file"]).read_bytes(), WORK_LONG_SIDE)
        g = np.ascontiguousarray(np.asarray(dec.image.convert("RGB")))
        pictures.append((lb, g, g.shape[1] / dec.width))
    # The default path as the audit runs it, then the detectors alone on the 960-px image.
    ftp = ffp = total = 0
    t = time.process_time()
    for lb in labels:
        got = analyse_image((folder / lb["file"]).read_bytes(), ocr=False).faces
        truth = [f for f in lb["faces"] if f[2] >= MIN_FACE]
        a, b = _match(truth, [(f.x, f.y, f.w, f.h) for f in got])
        ftp, ffp, total = ftp + a, ffp + b, total + len(truth)
    ms = (time.process_time() - t) / len(labels) * 1000
    print(
        f"faces, the audit's path ({faces_mod.face_finder().name}): precision "
        f"{ftp / max(1, ftp + ffp):.3f}  recall {ftp / max(1, total):.3f}  (tp {ftp}, fp {ffp}, "
        f"faces {total})  {ms:.0f} ms CPU/image incl. decoding"
    )
    finders: list[tuple[str, Any]] = [
        ("MTCNN alone", faces_mod.MtcnnFaces()),
        ("haar alt2 alone", faces_mod.HaarFaces()),
    ]
    try:
        finders.append(("dlib HOG, upsample 1", faces_mod.DlibFaces(upsample=1)))
    except ImportError:
        print("faces: dlib-bin not installed; HOG not compared")
    for name, finder in finders:
        ftp = ffp = total = 0
        by_size: dict[int, list[int]] = {40: [0, 0], 60: [0, 0], 80: [0, 0]}
        t = time.process_time()
        for lb, g, scale in pictures:
            # dlib is measured without a floor (its own upsampling decides what it can see).
            min_px = 1 if "dlib" in name else max(finder.smallest, int(MIN_FACE * scale))
            found = [
                (x / scale, y / scale, w / scale, h / scale)
                for x, y, w, h in finder.find(g, min_px)
            ]
            truth = [f for f in lb["faces"] if f[2] >= MIN_FACE]
            a, b = _match(truth, found)
            for lo in by_size:
                sized = [f for f in truth if f[2] >= lo]
                by_size[lo][0] += _match(sized, found)[0]
                by_size[lo][1] += len(sized)
            ftp += a
            ffp += b
            total += len(truth)
        ms = (time.process_time() - t) / len(pictures) * 1000
        print(
            f"faces {name}: precision {ftp / max(1, ftp + ffp):.3f}  recall "
            f"{ftp / max(1, total):.3f}  (tp {ftp}, fp {ffp}, faces {total})  "
            f"{ms:.0f} ms CPU/image at {WORK_LONG_SIDE} px"
        )
        print(
            "    recall by face size: "
            + ", ".join(
                f">= {lo} px {hit / max(1, n):.3f} ({n})" for lo, (hit, n) in by_size.items()
            )
        )


def speed(folder: Path, n: int, workers: int) -> None:
    labels = _labelled(folder, n)
    ctx = DetectionContext.from_profile(load_profile(ROOT / "fixtures/sample/school.toml"))
    engine = DetectionEngine(ctx)
    items = [_item(lb["file"]) for lb in labels]
    db = OUT / "bench-media-cache.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    export = open_export(folder, lambda f, m: None)
    cpu: list[float] = []
    for label in ("cold", "warm"):
        stage = MediaStage(engine, cache=SqliteMediaCache(db), workers=workers)
        evidence: list[list[Evidence]] = [[] for _ in items]
        t = time.monotonic()
        for i in range(0, len(items), 256):  # the pipeline's batch size
            stage.add_evidence(items[i : i + 256], evidence[i : i + 256], export)
        wall = time.monotonic() - t
        stage.close()
        print(
            f"speed {label}: {len(items)} 1080p JPEGs in {wall:.1f} s = "
            f"{len(items) / wall:.1f} images/s ({workers} workers; analysed {stage.analysed}, "
            f"from cache {stage.cached})"
        )
        if label == "cold":
            # The generator repeats a few pictures (the astronaut, the coffee cup): the same
            # content is analysed once, so this is the rate of real analyses.
            print(
                f"    distinct pictures analysed: {stage.analysed} in {wall:.1f} s = "
                f"{stage.analysed / wall:.1f} analyses/s"
            )
        if label == "cold":
            for lb in labels[:60]:  # CPU per image, measured in this process
                cpu.append(analyse_image((folder / lb["file"]).read_bytes()).cpu_s)
    export.close()
    print(
        f"CPU per image (decode + faces + OCR incl. Tesseract), first 60: mean "
        f"{np.mean(cpu) * 1000:.0f} ms, median {np.median(cpu) * 1000:.0f} ms, "
        f"=> {workers / max(np.mean(cpu), 1e-9):.1f} images/s on {workers} idle cores"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description="image pass: quality and speed")
    ap.add_argument("--labelled", type=int, default=240)
    ap.add_argument("--speed", type=int, default=500)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument(
        "--seed", type=int, default=6, help="another seed draws a held-out labelled set"
    )
    ap.add_argument("--quality-only", action="store_true")
    a = ap.parse_args()
    cv2.setNumThreads(1)
    OUT.mkdir(parents=True, exist_ok=True)
    name = "images-labelled" if a.seed == 6 else f"images-labelled-seed{a.seed}"
    quality(OUT / name, a.labelled, a.seed)
    if not a.quality_only:
        speed(OUT / f"images-{a.speed}", a.speed, a.workers)


if __name__ == "__main__":
    main()
