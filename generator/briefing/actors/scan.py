"""Common ground of the discovery rules: the scan over an article's free tokens and the word tests they share."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import ActorKind
from .lexicon import STOP, role_base, word_class
from .places import place_names
from .tokens import Token

# Contracted prepositions are no part of a name on the left: "Beim Chemiekonzern BASF".
NOT_LEFT = frozenset("Beim Zum Zur Vom Ins Im Am Ans Aufs Nachdem Laut Dank Seine Sein Ihr Ihre Unsere".split())
LOCATIVE = frozenset("in nach aus bei nahe Richtung In Nach Aus Bei".split())
# A name after "in"/"aus" is a place ("in Avignon"); after "nach"/"bei" it may be a person ("nach Cook").
IN_PLACE = frozenset("in aus In Aus".split())


@dataclass(frozen=True, slots=True)
class Discovered:
    """Token range [first, end) of an unregistered entity, its display name and kind."""

    first: int
    end: int
    name: str
    kind: ActorKind


def initial(tokens: tuple[Token, ...], text: str, i: int) -> bool:
    """Token i opens a sentence, a line or a quote, so its capital letter says nothing."""
    if i == 0:
        return True
    between = text[tokens[i - 1].end : tokens[i].start]
    return any(c in between for c in ".!?:\n\"„“*(–-") or tokens[i - 1].text.isdigit()


def cap(word: str) -> bool:
    return word[:1].isupper() and word not in STOP


def namey(word: str) -> bool:
    """Capitalised, no function word, no ordinary noun and no role title."""
    return cap(word) and word_class(word) != "common" and role_base(word) is None


def near(text: str, tokens: tuple[Token, ...], i: int) -> bool:
    """Tokens i and i+1 are separated by white space only."""
    between = text[tokens[i].end : tokens[i + 1].start]
    return between.strip() == "" and len(between) <= 2


def short_quote(text: str, tokens: tuple[Token, ...], first: int, end: int) -> str | None:
    """The short quotation that tokens [first, end) stand in, a title ("„Songs of Rain“"), or None."""
    lo, hi = tokens[first].start, tokens[end - 1].end
    before = text[max(0, lo - 60) : lo]
    after = text[hi : hi + 60]
    opened = max(before.rfind("„"), before.rfind('"'), before.rfind("“"), before.rfind("«"))
    closed = min((k for k in (after.find("“"), after.find("”"), after.find('"'), after.find("»")) if k >= 0),
                 default=-1)
    if opened < 0 or closed < 0:
        return None
    inside = before[opened + 1 :] + text[lo:hi] + after[:closed]
    return inside if len(inside.split()) <= 6 and not any(c in inside for c in ".!?") else None


def span_text(text: str, tokens: tuple[Token, ...], first: int, end: int) -> str:
    return " ".join(text[tokens[first].start : tokens[end - 1].end].split())


_last: tuple = ((), [], [])  # (tokens, words, caps) of the last article: find_actors scans it three times


def _words_and_caps(tokens: tuple[Token, ...]) -> tuple[list[str], list[int]]:
    """The tokens' texts and the indexes of the capitalised ones (read only, shared by the scans of one article)."""
    global _last  # noqa: PLW0603 - a one-entry cache, by identity
    if _last[0] is not tokens:
        # Every rule but the legal forms ("mbH") starts at a capitalised word: loop over those only.
        _last = (tokens, [t.text for t in tokens], [i for i, t in enumerate(tokens) if t.text[:1].isupper()])
    return _last[1], _last[2]


class Scan:
    """One pass over the free tokens of an article, collecting Discovered entities."""

    def __init__(self, tokens: tuple[Token, ...], text: str, free: list[bool],
                 kinds: dict[int, ActorKind] | None = None) -> None:
        self.tokens, self.text, self.free = tokens, text, free
        # kinds of the tokens earlier passes took ("in Tarvala" found as a place): evidence for their neighbours
        self.kinds = kinds or {}
        self.words, self.caps = _words_and_caps(tokens)
        self.n = len(tokens)
        self.out: list[Discovered] = []

    def ok(self, i: int) -> bool:
        """Token i exists and no rule has taken it yet."""
        return 0 <= i < self.n and self.free[i]

    def word(self, i: int) -> str:
        """Text of token i, "" outside the article (the rules look left and right without bounds checks)."""
        return self.words[i] if 0 <= i < self.n else ""

    def add(self, first: int, end: int, kind: ActorKind, name: str | None = None) -> None:
        """Record tokens [first, end) as an entity of `kind` unless a token is taken; take them."""
        if end <= first or not all(self.free[first:end]):
            return
        name = name or span_text(self.text, self.tokens, first, end)
        self.out.append(Discovered(first, end, name, kind))
        for k in range(first, end):
            self.free[k] = False

    def run_right(self, i: int, limit: int, pred) -> int:
        """End of a run of adjacent free tokens from i on that satisfy `pred`."""
        j = i
        while j < len(self.tokens) and j - i < limit and self.free[j] and pred(self.word(j)):
            if j > i and not near(self.text, self.tokens, j - 1):
                break
            j += 1
        return j

    def run_left(self, i: int, limit: int, pred) -> int:
        """Start of a run of adjacent free tokens ending right before i that satisfy `pred`."""
        j = i
        while j - 1 >= 0 and i - j < limit and self.free[j - 1] and pred(self.word(j - 1)) \
                and near(self.text, self.tokens, j - 1):
            j -= 1
        return j


def is_place(name: str) -> bool:
    """True if `name` is in the place gazetteer."""
    plain, guarded = place_names()
    return name in plain or name in guarded
