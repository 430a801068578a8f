"""Long forms of acronyms defined in brackets: "Norddeutsche Energieagentur (NEA)" names what "NEA" names."""

from __future__ import annotations

from .tokens import Token

# Lower-case words that may stand inside an organisation's long form: "Bundesamt für Kommunikation",
# "International Council on Security and Development", "Bureau International des Sociétés".
LINKS = frozenset("""für der des die das dem den und zur zum von vom im in am an auf bei of on and the for in at de des
du la le les di del della y et e""".split())
# An acronym's letters are matched from its long form's words; longer windows find spurious matches.
_EXTRA_WORDS = 5


def _acronym_letters(word: str) -> str:
    """The letters and digits of an acronym, lower case ("BaKom" -> "bakom")."""
    return "".join(c for c in word.lower() if c.isalnum())


def long_form_start(words: list[str], acronym: str) -> int | None:
    """Index in `words` where the long form of `acronym` starts, the long form running to the end of `words`;
    None when the words do not spell it (Schwartz & Hearst 2003: every letter in order, the first at a word start)."""
    short = _acronym_letters(acronym)
    if len(short) < 2 or not words:
        return None
    window = words[-min(len(short) + _EXTRA_WORDS, 2 * len(short)):]
    long = " ".join(window)
    s, pos = len(short) - 1, len(long) - 1
    while s >= 0:
        c = short[s]
        # the first letter must open a word, the others may stand anywhere ("Industrie-kredit-bank")
        while pos >= 0 and (long[pos].lower() != c or s == 0 and pos > 0 and long[pos - 1].isalnum()):
            pos -= 1
        if pos < 0:
            return None
        pos -= 1
        s -= 1
    start = long[: pos + 1].count(" ")  # the word the first letter opens
    first = len(words) - len(window) + start
    if not _name_like(words[first:]):
        return None
    return first


def _name_like(words: list[str]) -> bool:
    """Capitalised words joined by linking words only, the first and the last capitalised."""
    if not words or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    return all(w[:1].isupper() or w in LINKS or w[:2] in ("d'", "d’", "l'", "l’") for w in words)


def bracketed_acronym(tokens: tuple[Token, ...], text: str, i: int) -> bool:
    """Token i stands alone in round brackets right after a word: "... Energieagentur (NEA)"."""
    if i == 0 or i + 1 > len(tokens):
        return False
    before = text[tokens[i - 1].end : tokens[i].start]
    after = text[tokens[i].end : tokens[i].end + 3].lstrip()
    return before.strip() == "(" and after.startswith(")")


def joined_run_start(tokens: tuple[Token, ...], text: str, end: int, limit: int) -> int:
    """First token of the run of at most `limit` tokens ending at token `end`, joined by spaces (or " & ")."""
    k = end
    while k > 0 and end - k + 1 < limit and text[tokens[k - 1].end : tokens[k].start].strip() in ("", "&"):
        k -= 1
    return k
