"""The detail pane: evidence marked in the item, reasons, the clause's words, the steps;
a pupil's name masked in the reasons."""

from __future__ import annotations

import io

from rich.console import Console

from auditor.rules.clauses import bundled_clauses
from tests.tui.sample_findings import COMMENT, sample_findings
from tui.services import DecisionState
from tui.widgets.finding_detail import EVIDENCE_STYLE, finding_detail, marked_text


def plain(renderable: object) -> str:
    console = Console(width=100, record=True, file=io.StringIO())
    console.print(renderable)
    return " ".join(console.export_text().split())


def test_detail_has_reasons_clause_words_and_steps() -> None:
    profile = sample_findings()[0]
    text = plain(finding_detail(profile, DecisionState(), is_new=True))
    assert "HIGH Your profile names your school" in text
    assert "new since the last audit" in text
    assert 'school name "St Clement\'s CE Primary School": alias of the school' in text
    words = " ".join(bundled_clauses()["6.17"].text.split())
    assert words[:80] in text
    assert "1. Go to your profile > About > Work and education." in text


def test_decision_and_note_are_shown() -> None:
    f = sample_findings()[1]
    text = plain(finding_detail(f, DecisionState("permitted", "Head agreed"), is_new=False))
    assert "You decided: permitted: Head agreed" in text
    assert "Link: https://www.facebook.com/janesmith/posts/1234567890" in text


def test_pupil_names_are_masked_unless_asked_for() -> None:
    pupil = sample_findings()[2]
    text = plain(finding_detail(pupil, DecisionState(), is_new=False))
    assert 'pupil name "O••••a"' in text and "Well done O••••a, brilliant" in text
    assert "Olivia" not in text and "r shows it" in text
    shown = plain(finding_detail(pupil, DecisionState(), is_new=False, reveal=True))
    assert 'pupil name "Olivia"' in shown and "Well done Olivia, brilliant" in shown


def test_evidence_spans_are_highlighted_and_long_text_cut_around_them() -> None:
    f = sample_findings()[1]
    marked = marked_text(f.item.text, f.evidence)
    styled = {marked.plain[s.start : s.end] for s in marked.spans if s.style == EVIDENCE_STYLE}
    assert styled == {"Mill Lane", "BL3 2AB"}
    long = "x " * 2000 + COMMENT + " y" * 2000
    start = long.index("Olivia")
    ev = sample_findings()[2].evidence[0].model_copy(update={"start": start, "end": start + 6})
    cut = marked_text(long, [ev], reveal=True)
    assert cut.plain.startswith("…") and cut.plain.endswith("…") and len(cut.plain) < 700
    assert any(cut.plain[s.start : s.end] == "Olivia" for s in cut.spans)
    hidden = marked_text(long, [ev])
    assert any(hidden.plain[s.start : s.end] == "O••••a" for s in hidden.spans)
