"""Shared machinery of the findings evaluation set: case registry, noise, and one writer per
platform download layout (as described in shared/real-exports/FORMATS.md).

Written from the policy, FORMATS.md and the issues only (not from the auditor's detectors or
rules). Standard library only; everything is deterministic (fixed seeds, fixed zip times).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import random
import re
import zipfile
from pathlib import Path

ZIP_TIME = (2026, 11, 1, 9, 0, 0)

# A tiny valid JPEG (8x8 grey, no EXIF, no faces) used as the media file of photo posts.
_TINY_JPEG = bytes.fromhex(
    "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c19"
    "12130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc0000b08"
    "0008000801011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffc400b510"
    "0002010303020403050504040000017d01020300041105122131410613516107227114328191a1082342b1c11552"
    "d1f02433627282090a161718191a25262728292a3435363738393a434445464748494a535455565758595a636465"
    "666768696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8"
    "b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda0008010100"
    "003f00fbfcffd9"
)


def tiny_jpeg() -> bytes:
    return _TINY_JPEG


# ---------------------------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------------------------

_MARK = re.compile(r"\[\[(.+?)\]\]")


class Persona:
    """Collects the labelled cases and every item text of one staff member's downloads."""

    def __init__(self, key: str, seed: int):
        self.key = key
        self.rng = random.Random(seed)
        self.cases: list[dict] = []
        self.texts: list[str] = []  # every item text written (for the needle-uniqueness check)
        self._n: dict[str, int] = {}

    def _case(
        self, label, text, platform, export, kind, concern, clauses, why, needle=None, group=None
    ):
        m = _MARK.search(text)
        clean = _MARK.sub(lambda mm: mm.group(1), text)
        if needle is None:
            needle = m.group(1) if m else clean
        prefix = "P" if label == "problem" else "L"
        n = self._n.get(label, 0) + 1
        self._n[label] = n
        cid = f"{self.key}-{prefix}{n:03d}"
        self.cases.append(
            {
                "id": cid,
                "persona": self.key,
                "platform": platform,
                "export": export,
                "item_kind": kind,
                "label": label,
                "concern": concern,
                "clauses": list(clauses) if label == "problem" else [],
                "needle": needle,
                "why": why,
            }
        )
        if group is not None:
            # the group chat / thread the case is about, as its name appears in the download
            self.cases[-1]["group"] = group
        return clean

    def P(self, text, platform, export, kind, concern, clauses, why, needle=None, group=None):
        return self._case(
            "problem", text, platform, export, kind, concern, clauses, why, needle, group
        )

    def L(self, text, platform, export, kind, concern, why, needle=None, group=None):
        return self._case(
            "lookalike", text, platform, export, kind, concern, (), why, needle, group
        )

    def seen(self, *texts: str) -> None:
        self.texts.extend(t for t in texts if t)


def norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def check_needles(p: Persona) -> list[str]:
    """Each needle must occur in exactly one item text of the persona's downloads."""
    problems = []
    normed = [norm(t) for t in p.texts]
    for c in p.cases:
        n = norm(c["needle"])
        hits = sum(1 for t in normed if n in t)
        if hits != 1:
            problems.append(f"{c['id']}: needle {c['needle']!r} occurs in {hits} items")
    return problems


def assign_splits(cases: list[dict], seed: str = "findings-eval-2026") -> None:
    """Exactly one third of each label held out (floor), stratified by concern: within a label,
    cases are ordered by concern, then by a seeded hash of the id, and every third is held out."""
    for label in ("problem", "lookalike"):
        group = [c for c in cases if c["label"] == label]
        group.sort(
            key=lambda c: (c["concern"], hashlib.sha256((seed + c["id"]).encode()).hexdigest())
        )
        for i, c in enumerate(group):
            c["split"] = "held_out" if i % 3 == 2 else "tune"


# ---------------------------------------------------------------------------------------------
# Time helpers
# ---------------------------------------------------------------------------------------------

UTC = dt.UTC


def ts(y, mo, d, h=12, mi=0, s=0) -> int:
    return int(dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC).timestamp())


def rand_ts(rng: random.Random, start=(2023, 1, 1), end=(2026, 10, 30)) -> int:
    a = ts(*start)
    b = ts(*end)
    return rng.randint(a, b)


def term_ts(rng: random.Random) -> int:
    """A weekday afternoon/evening in the 2025-26 school year."""
    while True:
        t = rand_ts(rng, (2025, 9, 3), (2026, 7, 20))
        d = dt.datetime.fromtimestamp(t, UTC)
        if d.weekday() < 5 and d.month != 8:
            return int(
                d.replace(
                    hour=rng.choice([16, 17, 18, 19, 20, 21]), minute=rng.randint(0, 59)
                ).timestamp()
            )


# ---------------------------------------------------------------------------------------------
# Noise
# ---------------------------------------------------------------------------------------------

MEALS = [
    "Spag bol",
    "Chicken fajitas",
    "Lamb hotpot",
    "Veggie chilli",
    "Fish pie",
    "Sunday roast",
    "Homemade pizza",
    "Thai green curry",
    "Shepherd's pie",
    "Sausage casserole",
    "Jollof rice",
    "Carbonara",
    "Stir fry",
    "Beef stew and dumplings",
    "Halloumi wraps",
    "Lentil soup",
]
BAKES = [
    "banana bread",
    "lemon drizzle",
    "brownies",
    "scones",
    "flapjacks",
    "Victoria sponge",
    "cinnamon buns",
    "sourdough loaf",
    "carrot cake",
    "millionaire's shortbread",
]
ADJ = [
    "absolutely gorgeous",
    "so good",
    "a winner",
    "proper comfort food",
    "demolished in minutes",
    "not bad at all",
    "a bit of a disaster but tasty",
    "lush",
]
TV = [
    "Traitors",
    "Bake Off",
    "Strictly",
    "Line of Duty",
    "Gogglebox",
    "Happy Valley",
    "Slow Horses",
    "Taskmaster",
    "Match of the Day",
    "Race Across the World",
]
WEATHER = [
    "Frost on the car again ❄️",
    "Finally some sun ☀️",
    "Heavy rain all day 🌧️",
    "Wind nearly took the fence out last night",
    "Foggy start this morning",
    "Hottest day of the year and I'm stuck doing the ironing",
    "Snow! Actual snow! ☃️",
]
RUNS = ["5k", "10k", "parkrun", "half marathon training run", "hill reps", "long slow run"]
CHAT = [
    "ok x",
    "on my way",
    "running 10 mins late sorry",
    "lol",
    "😂😂",
    "love you x",
    "night x",
    "what time is tea?",
    "can you grab milk on the way home",
    "did you see the match?",
    "haha brilliant",
    "👍",
    "traffic is awful",
    "just landed ✈️",
    "happy birthday!! 🎉🎂",
    "yes please",
    "no worries",
    "sounds good",
    "I'll ring you later",
    "miss you x",
    "have you fed the cat?",
    "bins go out tonight",
    "what's the wifi password again",
    "are we still on for Sunday?",
    "brill, thanks",
    "ha ha",
    "sending love x",
    "nearly home",
    "Boiler's making that noise again",
    "shall I bring a dessert?",
    "sorted 👍",
    "fab x",
]


def noise_posts(
    rng: random.Random, n: int, places: list[str], teams: list[str], family: list[str]
) -> list[str]:
    out = []
    for _i in range(n):
        k = rng.randrange(12)
        if k == 0:
            out.append(f"{rng.choice(MEALS)} tonight, {rng.choice(ADJ)} 😋")
        elif k == 1:
            out.append(
                f"Made {rng.choice(BAKES)} this afternoon, recipe in the comments if anyone wants it"
            )
        elif k == 2:
            out.append(
                f"{rng.choice(RUNS).capitalize()} done in {rng.randint(21, 130)} minutes, legs are jelly 🏃"
            )
        elif k == 3:
            a, b = rng.sample(teams, 2)
            out.append(
                f"{a} {rng.randint(0, 4)}-{rng.randint(0, 4)} {b}. {rng.choice(['Gutted', 'Get in!', 'Robbed', 'What a game', 'Boring draw'])}"
            )
        elif k == 4:
            out.append(f"Holiday countdown: {rng.randint(2, 60)} days until {rng.choice(places)} ✈️")
        elif k == 5:
            out.append(f"Who else is watching {rng.choice(TV)}? No spoilers please!")
        elif k == 6:
            out.append(rng.choice(WEATHER))
        elif k == 7:
            out.append(f"Lovely weekend in {rng.choice(places)} with {rng.choice(family)} 💕")
        elif k == 8:
            out.append(
                f"Garden update: the {rng.choice(['tomatoes', 'sweet peas', 'runner beans', 'dahlias', 'strawberries'])} are finally coming through 🌱"
            )
        elif k == 9:
            out.append(
                f"Anyone recommend a decent {rng.choice(['plumber', 'electrician', 'dentist', 'mechanic', 'window cleaner', 'dog groomer'])}? Ours has retired"
            )
        elif k == 10:
            out.append(
                f"Happy birthday to my wonderful {rng.choice(['mum', 'dad', 'sister', 'brother', 'husband', 'wife', 'best friend'])} 🎉 have the best day"
            )
        else:
            out.append(
                f"{rng.choice(['Coffee', 'Brunch', 'Cake', 'Pub lunch', 'Walk'])} with the {rng.choice(['girls', 'lads', 'family', 'neighbours', 'running club'])} in {rng.choice(places)} ☕"
            )
    # make each noise post distinct so that no planted needle can collide by accident
    return [
        f"{t}"
        if i % 7
        else f"{t} #{rng.choice(['weekend', 'life', 'home', 'grateful', 'foodie', 'running'])}"
        for i, t in enumerate(out)
    ]


def noise_chat(rng: random.Random, n: int) -> list[str]:
    out = []
    for _ in range(n):
        k = rng.randrange(5)
        if k == 0:
            out.append(f"{rng.choice(MEALS)} for tea?")
        elif k == 1:
            out.append(f"Have you watched the new {rng.choice(TV)} yet?")
        else:
            out.append(rng.choice(CHAT))
    return out


# ---------------------------------------------------------------------------------------------
# Zip writing
# ---------------------------------------------------------------------------------------------


class Zip:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.zf = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED)

    def write(self, name: str, data: bytes | str) -> None:
        if isinstance(data, str):
            data = data.encode("utf-8")
        info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
        info.compress_type = (
            zipfile.ZIP_STORED if name.endswith((".jpg", ".mp4")) else zipfile.ZIP_DEFLATED
        )
        info.external_attr = 0o644 << 16
        self.zf.writestr(info, data)

    def close(self) -> None:
        self.zf.close()


def meta_mojibake(obj):
    """Meta's encoding: every UTF-8 byte of a string as its own \\u00XX code point (keys too)."""
    if isinstance(obj, str):
        return obj.encode("utf-8").decode("latin-1")
    if isinstance(obj, list):
        return [meta_mojibake(x) for x in obj]
    if isinstance(obj, dict):
        return {meta_mojibake(k): meta_mojibake(v) for k, v in obj.items()}
    return obj


def meta_json(obj) -> str:
    return json.dumps(meta_mojibake(obj), indent=2, ensure_ascii=True)


def csv_text(header: list[str], rows: list[list]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower()) or "thread"
