"""URL slugs that cannot escape the output folder and never collide."""

from __future__ import annotations

import re
import unicodedata

_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
# Names Windows refuses as file names, and names MkDocs/our site reserve for themselves.
_RESERVED = {
    "con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10)),
    "index", "assets", "search", "404", "sitemap",
}
MAX_LENGTH = 80


def slugify(text: str, *, fallback: str = "seite") -> str:
    """Lowercase ASCII slug of letters, digits and single hyphens ("Sanae Takaichi" -> "sanae-takaichi")."""
    text = unicodedata.normalize("NFKC", text).translate(_GERMAN)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    slug = slug[:MAX_LENGTH].rstrip("-")
    if not slug:
        return fallback
    if slug in _RESERVED:
        return f"{slug}-1"
    return slug


class SlugAllocator:
    """Hands out unique slugs: a second "trump" becomes "trump-2", never an overwrite."""

    def __init__(self, taken: set[str] | None = None) -> None:
        self._taken: set[str] = set(taken or ())

    def allocate(self, text: str, *, fallback: str = "seite") -> str:
        """Return a slug for `text` that no earlier call returned."""
        base = slugify(text, fallback=fallback)
        slug, n = base, 2
        while slug in self._taken:
            slug = f"{base}-{n}"
            n += 1
        self._taken.add(slug)
        return slug
