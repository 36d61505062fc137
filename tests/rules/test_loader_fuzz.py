"""Schools write `rules.d/` files by hand: whatever they write, the loader reports problems and
never crashes, and the built-in rules it was not told to change still load."""

from __future__ import annotations

import tomllib
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.rules.loader import load_rule_pack

BUILT_IN = {r.id for r in load_rule_pack().rules}
IDS = sorted(BUILT_IN)

scalars = st.one_of(
    st.booleans(),
    st.integers(-5, 5),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.text(max_size=12),
    st.sampled_from([*IDS, "high", "low", "post", "face", "school_name", "6.16"]),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(
            st.sampled_from(["any", "all", "kinds", "doc", "what", "x"]), inner, max_size=3
        ),
    ),
    max_leaves=8,
)
keys = st.sampled_from(
    [
        "enabled",
        "severity",
        "title",
        "doc",
        "remediation",
        "applies",
        "match",
        "examples",
        "id",
        "clause",
        "junk",
    ]
)
override_tables = st.dictionaries(
    st.sampled_from([*IDS, "NOPE-1", ""]), st.dictionaries(keys, values, max_size=3), max_size=3
)
school_files = st.fixed_dictionaries(
    {},
    optional={
        "disable": st.one_of(st.lists(st.sampled_from([*IDS, "NOPE-2", ""]), max_size=3), scalars),
        "override": st.one_of(override_tables, scalars),
        "extra": values,
    },
)


def to_toml(data: dict[str, object]) -> str:
    import json

    lines: list[str] = []
    tables: list[str] = []
    for key, value in data.items():
        if key == "override" and isinstance(value, dict):
            for rid, changes in value.items():
                tables.append(f"[override.{json.dumps(rid)}]")
                tables += [f"{json.dumps(k)} = {_value(v)}" for k, v in changes.items()]
        else:
            lines.append(f"{json.dumps(key)} = {_value(value)}")
    return "\n".join(lines + tables) + "\n"


def _value(v: object) -> str:
    import json

    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{json.dumps(k)} = {_value(x)}" for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    return json.dumps(v)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(school_files)
def test_any_school_file_is_survived(data: dict[str, object]) -> None:
    text = to_toml(data)
    try:
        valid = isinstance(tomllib.loads(text), dict)
    except tomllib.TOMLDecodeError:
        valid = False  # still a file a school could write: the loader must report it
    with TemporaryDirectory() as tmp:
        d = Path(tmp)
        (d / "school.toml").write_text(text, "utf-8")
        pack = load_rule_pack(overrides=[d])
    assert {r.id for r in pack.rules} == BUILT_IN  # nothing lost, nothing invented
    for p in pack.problems:
        assert p.file == "school.toml" and p.rule and p.message
    if not valid:
        assert any("not valid TOML" in p.message for p in pack.problems)
