"""Facebook's "Download your information" in JSON (current and pre-2024 layouts)."""
