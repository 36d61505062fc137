"""Text detection: accuracy on the labelled corpus, and speed against a bare spaCy NER pass.

Run: .venv/bin/python bench/bench_detect.py [--texts 50000] [--skip-speed] [--skip-presidio]

1. Precision and recall per evidence kind on fixtures/labelled/corpus.jsonl (hand-written texts
   against fixtures/labelled/school.toml), rules only and with the statistical model, on the
   split used while tuning and on the held-out split never looked at while tuning. A detection
   counts when its confidence is >= 0.5 (rules then apply their own, usually higher, thresholds).
   A predicted span is right when it overlaps a labelled span of its kind.
2. Speed: the whole text detection (every detector, the NER only where asked) over N generated
   texts, against a bare en_core_web_sm NER pass (nlp.pipe, NER only, batch 256, one process)
   over the same texts, side by side in one run; and Presidio's analyzer configured NER-only
   with the same model, when it can be imported (bench-only: see bench/README.md).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor.detect.context import DetectionContext  # noqa: E402
from auditor.detect.engine import DetectionEngine  # noqa: E402
from auditor.models.evidence import Evidence  # noqa: E402
from auditor.models.item import Item, ItemKind  # noqa: E402
from auditor.nlp.model import find_model, load_model  # noqa: E402
from auditor.profile.loader import load_profile  # noqa: E402

CORPUS = ROOT / "fixtures" / "labelled" / "corpus.jsonl"
PROFILE = ROOT / "fixtures" / "labelled" / "school.toml"
THRESHOLD = 0.5
KINDS = [
    "school_name",
    "job_title",
    "job_title@profile",
    "pupil_name",
    "pupil_connection",
    "child_name",
    "home_address",
    "postcode",
    "phone",
    "email",
]
GOALS = {
    "school_name": (0.95, 0.90),
    "pupil_name": (0.95, 0.90),
    "postcode": (0.95, 0.90),
    "phone": (0.95, 0.90),
    "email": (0.95, 0.90),
    "job_title@profile": (0.95, 0.90),
    "child_name": (0.75, 0.80),
    "home_address": (0.75, 0.80),
}
PROFILE_KINDS = {"profile_field", "bio"}


def load_corpus() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines() if line.strip()]


def row_item(row: dict) -> Item:
    kind = ItemKind(row["kind"])
    return Item(
        platform="facebook",
        kind=kind,
        source="corpus",
        locator=str(row["id"]),
        text=row["text"],
        field=row.get("field"),
        title=row["text"] if kind == ItemKind.GROUP else None,
    )


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(rows: list[dict], found: list[list[Evidence]]) -> dict[str, list[int]]:
    """Per kind: [true positives, false positives, gold spans, gold spans found]."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for row, evidence in zip(rows, found, strict=True):
        profile = row["kind"] in PROFILE_KINDS
        ignore = [(s["start"], s["end"]) for s in row["spans"] if s["kind"] == "ignore"]
        for kind in KINDS:
            base = kind.split("@")[0]
            if kind.endswith("@profile") and not profile:
                continue
            gold = [(s["start"], s["end"]) for s in row["spans"] if s["kind"] == base]
            pred = [
                (e.start, e.end) if e.end > e.start else (0, len(row["text"]))
                for e in evidence
                if e.kind.value == base and e.confidence >= THRESHOLD
            ]
            c = counts[kind]
            for p in pred:
                if any(overlaps(p, g) for g in gold):
                    c[0] += 1
                elif not any(overlaps(p, g) for g in ignore):
                    c[1] += 1
            c[2] += len(gold)
            c[3] += sum(1 for g in gold if any(overlaps(p, g) for p in pred))
    return counts


def pr(c: list[int]) -> tuple[float, float]:
    tp, fp, gold, hit = c
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = hit / gold if gold else 1.0
    return precision, recall


def show_errors(rows: list[dict], found: list[list[Evidence]]) -> None:
    """Misses and false alarms on the tuning split only (the held-out split stays unseen)."""
    for row, evidence in zip(rows, found, strict=True):
        if row["split"] != "tune":
            continue
        for kind in KINDS:
            if "@" in kind:
                continue
            gold = [(s["start"], s["end"]) for s in row["spans"] if s["kind"] == kind]
            ignore = [(s["start"], s["end"]) for s in row["spans"] if s["kind"] == "ignore"]
            pred = [
                (e.start, e.end) if e.end > e.start else (0, len(row["text"]))
                for e in evidence
                if e.kind.value == kind and e.confidence >= THRESHOLD
            ]
            for g in gold:
                if not any(overlaps(p, g) for p in pred):
                    print(f"  MISS {kind}: {row['text'][g[0] : g[1]]!r} in {row['text']!r}")
            for p in pred:
                if not any(overlaps(p, g) for g in gold + ignore):
                    print(f"  FALSE {kind}: {row['text'][p[0] : p[1]]!r} in {row['text']!r}")


def accuracy(mode_models: list[tuple[str, str]], errors: bool = False) -> None:
    rows = load_corpus()
    profile = load_profile(PROFILE)
    neg = sum(r["negative"] for r in rows)
    held = sum(r["split"] == "heldout" for r in rows)
    print(
        f"Labelled corpus: {len(rows)} texts, {neg} hard negatives, {held} held out "
        f"(never looked at while tuning); detection = confidence >= {THRESHOLD}"
    )
    results: dict[tuple[str, str], dict[str, list[int]]] = {}
    for label, model in mode_models:
        engine = DetectionEngine(DetectionContext.from_profile(profile, model=model))
        found = engine.detect_batch([row_item(r) for r in rows])
        if errors:
            print(f"Errors on the tuning split, {label}:")
            show_errors(rows, found)
        for split in ("tune", "heldout", "all"):
            idx = [i for i, r in enumerate(rows) if split == "all" or r["split"] == split]
            results[(label, split)] = score([rows[i] for i in idx], [found[i] for i in idx])
    header = f"{'kind':<19}{'goal R/P':>11}"
    for label, _ in mode_models:
        for split in ("tune", "heldout"):
            header += f" | {label + ' ' + split:>21}"
    print(header)
    print(
        f"{'':<19}{'':>11}"
        + "".join(f" | {'P     R     (n)':>21}" for _ in mode_models for _ in (1, 2))
    )
    for kind in KINDS:
        goal = GOALS.get(kind)
        line = f"{kind:<19}{(f'{goal[0]:.2f}/{goal[1]:.2f}' if goal else '-'):>11}"
        for label, _ in mode_models:
            for split in ("tune", "heldout"):
                c = results[(label, split)][kind]
                p, r = pr(c)
                mark = ""
                if goal:
                    mark = "" if (r >= goal[0] and p >= goal[1]) else "*"
                line += f" | {p:5.2f} {r:5.2f} ({c[2]:>3}){mark:1}"
        print(line)
    print("(* = below the goal on that split; n = labelled spans)")


def other_schools(n: int = 100, seed: int = 3) -> None:
    """Hard negatives at scale: for N real schools, which of the register's other names does
    the school's matcher claim as a full (strong) form of its own name? Without the register
    (the generated forms alone), and with it (a longer name that contains this one, such as
    "Allerton Grange School" for "Grange School", is another school; for names in the register
    that second figure is low by construction, so it checks the mechanism, not the world)."""
    from auditor.detect.aliases import SchoolNameMatcher, _core_words, _tokenize
    from auditor.detect.lexicon import school_register

    names = list(school_register())
    picks = random.Random(seed).sample(names, n)
    t0 = time.perf_counter()
    counts = {"without": [0, 0], "with": [0, 0]}
    for name in picks:
        own = _core_words(_tokenize(name)[0])
        for label, m in (
            ("without", SchoolNameMatcher(name)),
            ("with", SchoolNameMatcher(name, register=names)),
        ):
            for other in names:
                if other == name or not any(h.strong for h in m.finditer(other)):
                    continue
                same = _core_words(_tokenize(other)[0]) == own
                counts[label][1 if same else 0] += 1
    took = time.perf_counter() - t0
    total = n * (len(names) - 1)
    print(
        f"\nOther schools: {n} real schools against the {len(names):,} names of the register "
        f"({total:,} pairs, {took:.0f} s). Other names claimed as the school:"
    )
    for label, (claims, namesakes) in counts.items():
        print(
            f"  {label} the register: {claims} ({claims / total:.4%}), plus {namesakes} "
            "namesakes (same name but for 'The', denomination or phase: told apart only by town)"
        )


# ---------------------------------------------------------------------------------------------
# Speed
# ---------------------------------------------------------------------------------------------
_PLAIN = [
    "Lovely walk along the canal this morning with the dog, the weather was {adj}",
    "Can't believe it's {month} already, where has the year gone?",
    "Anyone know a good {trade} in town? Ours has retired",
    "Made a {food} for tea tonight and it was {adj}",
    "Happy birthday to my wonderful {rel}, {n} years young today!",
    "Traffic on the ring road is {adj} again, {n} minutes to get nowhere",
    "Watching the match tonight, come on you Whites! {n}-{m}",
    "New episode of that baking show tonight, who is going to win?",
    "Finally finished the {thing}, only took {n} weekends",
    "Booked a cottage in the Lakes for {month}, can't wait",
    "Coffee number {n} of the day and it's not even 10",
    "Does anyone have a spare {thing} I could borrow this weekend?",
]
_SCHOOL = [
    "Parents' evening tonight, wish me luck! {n} appointments back to back",
    "Year {y} assembly went so well, proud of my class",
    "Marking {n} books before bed, the glamour of teaching",
    "Sports day at {school} was brilliant, so much sun",
    "Well done {child} in Year {y} for a fantastic story",
    "{pupil} read her poem in assembly today, so proud",
    "INSET day tomorrow, then the kids are back on {day}",
    "Our class trip to the museum was a hit with the pupils",
    "Well done to {rare} {surname} in Year {y} for a brilliant assembly",
    "EHCP review for a Year {y} pupil today, {adult} from the council came in",
]
_CONTACT = [
    "Selling my {thing}, call {phone} if interested",
    "Moved to {num} {street} {stype}, Bolton {pc}",
    "Email me at {email} for the {thing}",
    "Party at {num} Mill Lane, bring a bottle! Text {phone}",
]
_FILL = {
    "adj": ["gorgeous", "awful", "perfect", "grim", "lovely", "freezing"],
    "month": ["March", "June", "October", "December"],
    "trade": ["plumber", "electrician", "window cleaner", "mechanic"],
    "food": ["lasagne", "curry", "pie", "stew", "risotto"],
    "rel": ["husband", "sister", "mum", "dad", "best friend"],
    "thing": ["shed", "bike", "puzzle", "ladder", "garden", "tent"],
    "school": ["St Clement's", "St Clements Primary", "SCPS", "school"],
    "child": ["Jayden", "Mia", "Noah", "Ava", "Leo", "Isla"],
    "rare": ["Anouk", "Taiwo", "Chidi", "Bartek", "Zephyr"],
    "surname": ["Kowalski", "Okoro", "Hughes", "Begum"],
    "adult": ["Sandra Lowe", "Mr Ahmed", "Karen"],
    "pupil": ["Olivia", "Maisie", "Grace", "Poppy", "Summer"],
    "day": ["Monday", "Tuesday", "Wednesday"],
    "street": ["Oak", "Ash", "Beech", "Station", "Church"],
    "stype": ["Road", "Lane", "Close", "Avenue"],
    "pc": ["BL3 2AB", "BL1 4QR", "BL6 7AB"],
    "email": ["jane.smith@example.com", "cakes@example.co.uk"],
}


def generate(n: int, seed: int = 7) -> list[str]:
    """N texts in the mix of a real download: mostly everyday posts, some about school, a few
    with contact details. A running number keeps every text unique (no cache can help)."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        r = rnd.random()
        pool = _PLAIN if r < 0.7 else _SCHOOL if r < 0.92 else _CONTACT
        tpl = rnd.choice(pool)
        vals = {k: rnd.choice(v) for k, v in _FILL.items()}
        vals.update(
            n=i % 97 + 2,
            m=rnd.randint(0, 5),
            y=rnd.randint(1, 6),
            num=rnd.randint(1, 200),
            phone=f"07700 900{rnd.randint(0, 999):03d}",
        )
        out.append(tpl.format(**vals) + f" #{i}")
    return out


def speed(n: int, presidio: bool) -> None:
    info = find_model(None)
    if info is None:
        print("Speed: no spaCy model installed; nothing to compare against")
        return
    texts = generate(n)
    words = sum(len(t.split()) for t in texts)
    print(f"\nSpeed: {n} generated texts ({words} words), one process, model {info.label}")
    profile = load_profile(PROFILE)

    # The bare NER pass: load excluded from timing for both, as each keeps its model loaded.
    nlp = load_model(info, ner_only=True)
    list(nlp.pipe(texts[:256], batch_size=256))  # warm-up
    t0 = time.perf_counter()
    n_ents = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=256))
    bare = time.perf_counter() - t0
    print(
        f"  bare en_core_web_sm NER (nlp.pipe, batch 256): {bare:7.2f} s "
        f"({words / bare:,.0f} words/s, {n_ents} entities)"
    )

    engine = DetectionEngine(DetectionContext.from_profile(profile, model=info.package))
    items = [
        Item(platform="facebook", kind=ItemKind.POST, source="gen", locator=str(i), text=t)
        for i, t in enumerate(texts)
    ]
    engine.detect_batch(items[:256])  # warm-up (loads the model)
    assert engine.ner is not None
    engine.ner._cache.clear()
    before = engine.ner.texts_run
    t0 = time.perf_counter()
    n_ev = 0
    for i in range(0, len(items), 256):
        n_ev += sum(len(e) for e in engine.detect_batch(items[i : i + 256]))
    full = time.perf_counter() - t0
    ran = engine.ner.texts_run - before
    print(
        f"  auditor text detection (all detectors):      {full:7.2f} s "
        f"({words / full:,.0f} words/s, {n_ev} evidence, NER on {ran} of {n} texts)"
    )
    print(f"  ratio: auditor is {bare / full:.2f}x faster than the bare NER pass (goal >= 3x)")

    rules = DetectionEngine(DetectionContext.from_profile(profile, model="none"))
    t0 = time.perf_counter()
    for i in range(0, len(items), 256):
        rules.detect_batch(items[i : i + 256])
    ro = time.perf_counter() - t0
    print(
        f"  auditor rules only (model='none'):            {ro:7.2f} s ({bare / ro:.2f}x the bare NER)"
    )

    if presidio:
        presidio_speed(texts, words, bare, full, info.package)


def presidio_speed(texts: list[str], words: int, bare: float, auditor: float, package: str) -> None:
    lib = ROOT / "bench" / "out" / "presidio-lib"
    if lib.is_dir():
        sys.path.insert(0, str(lib))
    try:
        from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NlpEngineProvider
        from presidio_analyzer.predefined_recognizers import SpacyRecognizer
    except ImportError as exc:
        print(
            f"  Presidio: not importable here ({exc}); see bench/README.md to install it "
            "(bench only, never a project dependency)"
        )
        return
    conf = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": package}]}
    nlp_engine = NlpEngineProvider(nlp_configuration=conf).create_engine()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.add_recognizer(SpacyRecognizer(supported_language="en"))
    analyzer = AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=["en"])
    batch = BatchAnalyzerEngine(analyzer_engine=analyzer)
    list(batch.analyze_iterator(texts[:256], language="en", batch_size=256))
    t0 = time.perf_counter()
    n = sum(len(r) for r in batch.analyze_iterator(texts, language="en", batch_size=256))
    took = time.perf_counter() - t0
    print(
        f"  Presidio analyzer (NER only, {package}, batch 256): {took:7.2f} s "
        f"({words / took:,.0f} words/s, {n} results)"
    )
    print(
        f"  ratio: auditor is {took / auditor:.2f}x faster than Presidio; Presidio takes "
        f"{took / bare:.2f}x the bare NER pass"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--texts", type=int, default=50_000)
    ap.add_argument("--skip-speed", action="store_true")
    ap.add_argument("--skip-presidio", action="store_true")
    ap.add_argument("--skip-others", action="store_true", help="skip the other-schools check")
    ap.add_argument("--errors", action="store_true", help="list errors on the tuning split")
    args = ap.parse_args()
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    modes = [("rules-only", "none")]
    if find_model(None) is not None:
        modes.append(("with model", ""))
    accuracy([(label, model or None) for label, model in modes], args.errors)  # type: ignore[misc]
    if not args.skip_others:
        other_schools()
    if not args.skip_speed:
        speed(args.texts, presidio=not args.skip_presidio)


if __name__ == "__main__":
    main()
