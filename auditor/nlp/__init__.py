"""The statistical English pipeline (spaCy), found and loaded offline, or absent (rules only)."""
