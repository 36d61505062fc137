"""Who the user is on the platforms: the one normaliser for names, display names and usernames.

A platform shows the user under a name they chose there: a WhatsApp display name ("Jane 🌻"),
a username ("@janesmith_teach"), a married or maiden name. Both sides of every "is this me?"
comparison go through `norm_name`, so the profile's `"Jane"` matches an export's
`"  jane 🌻 "` and `"@janesmith_teach"` matches `"janesmith_teach"`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

# Unicode categories that decorate a display name but are not part of it: emoji and other
# symbols (So, Sk: skin tones), format characters (Cf: zero-width joiners, direction marks,
# emoji tags), enclosing marks (Me: the keycap), and private or unpaired code points.
_DECORATION = frozenset({"So", "Sk", "Cf", "Co", "Cs", "Me"})


def _decoration(ch: str) -> bool:
    code = ord(ch)
    if 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:
        return True  # variation selectors (the emoji/text presentation switch)
    return unicodedata.category(ch) in _DECORATION


def norm_name(name: str) -> str:
    """The comparable form of a name or username: compatibility-normalised (NFKC), emoji and
    invisible characters removed, a leading "@" dropped, spaces collapsed, case-folded.

    Letters with accents are kept ("Zoë" stays "zoë"): only decoration goes."""
    text = unicodedata.normalize("NFKC", name)
    text = "".join(" " if _decoration(ch) else ch for ch in text)
    text = " ".join(text.split())
    return text.lstrip("@").strip().casefold()


def norm_names(names: Iterable[str | None]) -> frozenset[str]:
    """The normalised forms of several names; empty ones (None, "", only emoji) dropped."""
    return frozenset(n for n in (norm_name(name) for name in names if name) if n)
