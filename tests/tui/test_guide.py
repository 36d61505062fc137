"""The "Get your data" guide is data: every platform the brief names, each complete."""

from __future__ import annotations

from tui.guide import platform_guides

NAMED = {
    "facebook", "instagram", "x", "linkedin", "tiktok", "whatsapp", "google_photos",
    "youtube", "snapchat", "reddit", "pinterest", "tumblr", "flickr",
}  # fmt: skip


def test_every_platform_has_a_complete_guide() -> None:
    guides = platform_guides()
    assert {g.key for g in guides} == NAMED
    for g in guides:
        assert g.steps and all(s.strip() for s in g.steps), g.key
        assert g.choose and g.format and g.wait, g.key
        text = g.as_markdown()
        assert text.startswith(f"## {g.name}\n") and "**How long:**" in text


def test_json_and_all_time_are_asked_for_where_offered() -> None:
    by_key = {g.key: g for g in platform_guides()}
    for key in ("facebook", "instagram", "tiktok"):
        assert any("JSON" in c for c in by_key[key].choose), key
    for key in ("facebook", "instagram", "snapchat", "reddit"):
        assert any("All time" in c for c in by_key[key].choose), key
    assert any("media" in c.lower() for c in by_key["whatsapp"].choose)
