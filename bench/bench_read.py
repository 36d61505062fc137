"""Read throughput and memory of the export readers, side by side with the spaCy NER pass.

    .venv/bin/python bench/bench_read.py            # full size (about 2 minutes, 2.3 GB disk)
    .venv/bin/python bench/bench_read.py --scale 0.05   # quick check

Generates (into bench/out/, git-ignored) a large Facebook and a large Instagram export
(50,000 posts and comments, 200,000 messages at scale 1) and a ~2 GB mostly-media Facebook zip.
Each export is read in a child process, the way a scan reads it, to measure items/s, MB/s of
JSON and the child's peak RSS (VmHWM, else ru_maxrss). The NER pass (the installed English pipeline with
every component but `ner` excluded, nlp.pipe with batches of 256) runs over a sample of the
same item texts, and the ratio read-speed / NER-speed is printed. Goals: ratio >= 20x; peak
RSS < 300 MB for the 2 GB export.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

READ_GOAL_RATIO = 20.0
RSS_GOAL_MB = 300.0


def peak_rss_kb() -> int:
    """This process's peak resident memory in KB.

    VmHWM from /proc is used where it exists: ru_maxrss of an exec'd child also counts the
    memory of the parent it was forked from (Linux keeps the old high-water mark at exec).
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def child_read(path: Path, sample_out: Path | None, sample_size: int) -> dict[str, Any]:
    """Runs in the child: read every item of one export; report counts, time and peak RSS."""
    from auditor.sources.scan import ExportReading

    start_rss = peak_rss_kb()
    reading = ExportReading(path)
    json_bytes = sum(e.size for e in reading.export.entries if e.suffix == ".json")
    total_bytes = sum(e.size for e in reading.export.entries)
    rng = random.Random(1)
    sample: list[str] = []
    items = 0
    start = time.perf_counter()
    for item in reading:
        items += 1
        if item.text and sample_out is not None:
            # Reservoir sample of the texts the NER pass will see.
            if len(sample) < sample_size:
                sample.append(item.text)
            else:
                j = rng.randrange(items)
                if j < sample_size:
                    sample[j] = item.text
    seconds = time.perf_counter() - start
    reading.close()
    if sample_out is not None:
        sample_out.write_text(json.dumps(sample))
    return {
        "items": items,
        "seconds": seconds,
        "json_bytes": json_bytes,
        "total_bytes": total_bytes,
        "files": len(reading.export.entries),
        "warnings": len(reading.warnings),
        "rss_before_kb": start_rss,
        "peak_rss_kb": peak_rss_kb(),
    }


def read_in_child(
    path: Path, sample_out: Path | None = None, sample_size: int = 0
) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", str(path), "--sample-size", str(sample_size)]
    if sample_out is not None:
        cmd += ["--sample-out", str(sample_out)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT)
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def ner_speed(texts: list[str]) -> tuple[float, str]:
    """Items/s of the NER pass over `texts` (as the detection engine runs it)."""
    from auditor.nlp.model import find_model, load_model

    info = find_model()
    if info is None:
        raise SystemExit("no spaCy English pipeline installed; run scripts/setup.sh --dev")
    nlp = load_model(info, ner_only=True)
    list(nlp.pipe(texts[:256], batch_size=256))  # warm up
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=256):
        pass
    return len(texts) / (time.perf_counter() - start), info.label


def generate(out: Path, platform: str, name: str, **sizes: int) -> Path:
    from fixtures.generate.meta import Size
    from fixtures.generate_exports import PLATFORMS
    from fixtures.generate_exports import generate as gen

    folder = out / name
    folder.mkdir(parents=True, exist_ok=True)
    default_name = PLATFORMS[platform][0]
    target = folder / f"{default_name}.zip"
    if target.exists():
        return target  # reuse a previous run's data (same seed, same bytes)
    start = time.perf_counter()
    path = gen(platform, folder, Size(seed=2026, **sizes), as_zip=True)
    print(
        f"  generated {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path} "
        f"({path.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - start:.0f} s",
        flush=True,
    )
    return path


def _fmt(result: dict[str, Any]) -> str:
    return (
        f"{result['items']:>9,} items in {result['seconds']:6.1f} s = "
        f"{result['items'] / result['seconds']:>9,.0f} items/s, "
        f"{result['json_bytes'] / 1e6 / result['seconds']:6.1f} MB/s of JSON "
        f"({result['json_bytes'] / 1e6:.0f} MB JSON, {result['files']:,} files), "
        f"peak RSS {result['peak_rss_kb'] / 1024:.0f} MB, warnings {result['warnings']}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "read")
    parser.add_argument("--ner-sample", type=int, default=5000)
    parser.add_argument("--skip-media", action="store_true", help="skip the ~2 GB export")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--sample-out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--sample-size", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child_read(args.child, args.sample_out, args.sample_size)))
        return 0

    s = args.scale
    out = args.out / f"scale-{s:g}"
    sizes = {
        "posts": int(33_334 * s),
        "comments": int(16_666 * s),
        "messages": int(200_000 * s),
        "media": int(1_000 * s),
        "video_mb": 0,
    }
    print(
        f"Scale {s:g}: {sizes['posts'] + sizes['comments']:,} posts+comments, "
        f"{sizes['messages']:,} messages per export",
        flush=True,
    )
    fb = generate(out, "facebook", "large-facebook", **sizes)
    ig = generate(out, "instagram", "large-instagram", **sizes)

    sample_file = out / "ner-sample.json"
    results = {}
    for label, path in (("Facebook", fb), ("Instagram", ig)):
        results[label] = read_in_child(
            path, sample_file if label == "Facebook" else None, args.ner_sample
        )
        print(f"read {label:<9}: {_fmt(results[label])}", flush=True)
    total_items = sum(r["items"] for r in results.values())
    total_secs = sum(r["seconds"] for r in results.values())
    total_json = sum(r["json_bytes"] for r in results.values())
    read_ips = total_items / total_secs
    print(
        f"read both     : {read_ips:,.0f} items/s, {total_json / 1e6 / total_secs:.1f} MB/s of JSON"
    )

    texts = json.loads(sample_file.read_text())
    ner_ips, model = ner_speed(texts)
    ratio = read_ips / ner_ips
    print(
        f"NER ({model}, ner only, batch 256) over {len(texts):,} of the same texts: "
        f"{ner_ips:,.0f} items/s"
    )
    print(
        f"ratio read/NER: {ratio:.1f}x (goal >= {READ_GOAL_RATIO:.0f}x) "
        f"{'OK' if ratio >= READ_GOAL_RATIO else 'BELOW GOAL'}"
    )

    if not args.skip_media:
        media_sizes = {
            "posts": int(5_000 * s),
            "comments": int(2_000 * s),
            "messages": int(20_000 * s),
            "media": int(20_000 * s),
            "video_mb": int(2_000 * s),
        }
        big = generate(out, "facebook", "mostly-media", **media_sizes)
        result = read_in_child(big)
        size_gb = big.stat().st_size / 1e9
        print(f"read {size_gb:.2f} GB mostly-media zip: {_fmt(result)}")
        peak = result["peak_rss_kb"] / 1024
        print(
            f"peak RSS {peak:.0f} MB (goal < {RSS_GOAL_MB:.0f} MB) "
            f"{'OK' if peak < RSS_GOAL_MB else 'ABOVE GOAL'}; "
            f"RSS at start of reading {result['rss_before_kb'] / 1024:.0f} MB"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
