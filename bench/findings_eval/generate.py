"""Build the findings evaluation set: two staff members' downloads with planted, labelled cases.

    python bench/findings_eval/generate.py [--out bench/out/findings_eval] [--write-labels]

Writes <out>/<persona>/{profile/school.toml, profile/pupils.txt, exports/*} and <out>/labels.json,
deterministically (the same bytes every run). --write-labels also refreshes the committed copy
bench/findings_eval/labels.json; without it, the build fails if the labels it derives differ
from the committed ones (so the labels cannot drift silently).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import persona_primary  # noqa: E402
import persona_secondary  # noqa: E402
from common import assign_splits, check_needles  # noqa: E402

REPO = HERE.parent.parent
DEFAULT_OUT = REPO / "bench" / "out" / "findings_eval"
LABELS = HERE / "labels.json"


def build(out: Path) -> dict:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    cases, errors, personas = [], [], {}
    for mod in (persona_primary, persona_secondary):
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
    assign_splits(cases)
    doc = {
        "about": "Findings evaluation set (issue 16/17): labelled planted problems and look-alikes. "
        "Written from the policy, FORMATS.md and the issues only; see bench/README.md.",
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
    print(summary(doc))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
