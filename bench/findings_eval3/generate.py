"""Build the third findings evaluation set (fully held out): two more staff members' downloads
with planted, labelled problems and look-alikes.

    python bench/findings_eval3/generate.py [--out bench/out/findings_eval3] [--write-labels]

Writes <out>/<persona>/{profile/school.toml, profile/pupils.txt, exports/*} and <out>/labels.json,
deterministically (the same bytes every run). --write-labels also refreshes the committed copy
bench/findings_eval3/labels.json; without it, the build fails if the labels it derives differ
from the committed ones (so the labels cannot drift silently).

The cases are written fresh (from the policy, FORMATS.md, the issues and the README only); the
platform writers and helpers are reused from bench/findings_eval/ (writers.py, common.py).
Every case is in the held-out split: only totals are reported (bench/bench_findings.py
--set findings_eval3).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "findings_eval"))  # writers.py, common.py
sys.path.insert(0, str(HERE))  # persona_*.py, kit.py

import persona_sbm  # noqa: E402
import persona_senco  # noqa: E402
from common import check_needles  # noqa: E402

REPO = HERE.parent.parent
DEFAULT_OUT = REPO / "bench" / "out" / "findings_eval3"
LABELS = HERE / "labels.json"


def build(out: Path) -> dict:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    cases, errors, personas = [], [], {}
    for mod in (persona_sbm, persona_senco):
        pdir = out / mod.KEY
        p = mod.build(pdir)
        errors += check_needles(p)
        cases += p.cases
        personas[mod.KEY] = {
            "profile": f"{mod.KEY}/profile/school.toml",
            "exports": sorted(f"{mod.KEY}/exports/{f.name}" for f in (pdir / "exports").iterdir()),
        }
    if errors:
        raise SystemExit("needle check failed:\n  " + "\n  ".join(errors))
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids))
    for c in cases:
        c["split"] = "held_out"
    doc = {
        "about": "Third findings evaluation set (issue 16/17), all held out: labelled planted "
        "problems and look-alikes for a school business manager and a SENCO / volunteer coach. Written from "
        "the policy, FORMATS.md, the issues and the README only; see bench/README.md.",
        "personas": personas,
        "cases": cases,
    }
    (out / "labels.json").write_text(
        json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return doc


def summary(doc: dict) -> str:
    cs = doc["cases"]
    lines = [
        f"{len(cs)} cases: "
        + ", ".join(f"{k} {v}" for k, v in sorted(Counter(c["label"] for c in cs).items()))
    ]
    for key in ("split", "concern", "platform", "item_kind", "persona"):
        cnt = Counter((c["label"], c[key]) for c in cs)
        vals = sorted({c[key] for c in cs})
        lines.append(
            f"by {key}: "
            + "; ".join(f"{v} {cnt[('problem', v)]}/{cnt[('lookalike', v)]}" for v in vals)
        )
    return "\n".join(lines) + "\n(problem/look-alike)"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--write-labels", action="store_true")
    a = ap.parse_args(argv)
    doc = build(a.out)
    text = json.dumps(doc, indent=1, ensure_ascii=False) + "\n"
    if a.write_labels:
        LABELS.write_text(text, encoding="utf-8")
    elif LABELS.exists() and LABELS.read_text(encoding="utf-8") != text:
        raise SystemExit(
            f"the derived labels differ from {LABELS}; rerun with --write-labels if the change is intended"
        )
    elif not LABELS.exists():
        raise SystemExit(f"{LABELS} is missing; run with --write-labels to create it")
    print(summary(doc))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
