"""Optional German word list (data/wordlist_de.txt, one lower-case word per line) for hyphenation decisions."""

from __future__ import annotations

from functools import cache
from pathlib import Path

WORDLIST = Path(__file__).resolve().parent.parent / "data" / "wordlist_de.txt"


@cache  # read-only data file, loaded once per process
def load_wordlist() -> frozenset[str]:
    """The shipped word list, or an empty set when none is installed (document evidence still works)."""
    try:
        return frozenset(w.strip() for w in WORDLIST.read_text(encoding="utf-8").splitlines() if w.strip())
    except OSError:
        return frozenset()
