"""Titles of newspapers and magazines that are ordinary words unquoted: „Spiegel“, „Zeit“, „Bild“."""

from __future__ import annotations

from ..model import Actor, ActorKind
from .tokens import Token

_ARTICLES = ("Der ", "Die ", "Das ")
_OPENERS = ("„", '"', "“", "«", "»", "‚")
_CLOSERS = ("“", "”", '"', "»", "«", "‘")


def quoted_titles(actors: tuple[Actor, ...]) -> dict[str, str]:
    """Word -> organisation id for titles that count only in quotes: a name without its article ("Der Spiegel")
    and the title case of a shouted one ("ZEIT", "BILD"); built once per registry with its index."""
    out: dict[str, str] = {}
    for actor in actors:
        if actor.kind is not ActorKind.ORGANISATION:
            continue
        for form in (actor.name, *actor.aliases):
            if form.startswith(_ARTICLES) and " " not in form[4:]:
                out.setdefault(form[4:], actor.id)
            elif form.isupper() and form.isalpha() and len(form) >= 4:
                out.setdefault(form.title(), actor.id)
    return out


def quoted(tokens: tuple[Token, ...], text: str, i: int) -> bool:
    """Token i stands alone in quotation marks („ Spiegel “), not as the first part of a compound („Bild“-Zeitung)."""
    tok = tokens[i]
    before = text[max(0, tok.start - 3) : tok.start].rstrip()
    after = text[tok.end : tok.end + 4].lstrip()
    return before.endswith(_OPENERS) and after.startswith(_CLOSERS) and not after[1:2] in ("-", "‐")
