"""Surface forms of an alias: German genitive, adjective endings, demonyms, case variants.

Generated once per registry when the index is built, so matching is a plain lookup.
"""

from __future__ import annotations

from ..model import ActorKind
from .lexicon import word_class

_ADJ_ENDINGS = ("e", "en", "er", "es", "em")
# Words that never take a genitive -s in names ("Vereinigte Staaten von Amerika").
_NO_GENITIVE_END = ("s", "ß", "x", "z", "ce", "se")
# Neuter names of lands and regions take -es as often as -s: "des Saarlandes", "des modernen Griechenlandes".
_ES_GENITIVE_END = ("land",)


def genitive(word: str) -> tuple[str, ...]:
    """Genitive forms of a proper name: "Trump" -> "Trumps", "Trump’s"; "Paris" -> "Paris’"."""
    if word.isupper() and len(word) > 1:
        return (word + "s", word + "’s", word + "'s")
    if word.endswith(_NO_GENITIVE_END):
        # "Paris’", and the -es genitive of nouns in names ("Repräsentantenhauses", "Kongresses")
        extra = (word + "es",) if word.endswith(("haus", "ss", "ß")) else ()
        return (word + "’", word + "'", *extra)
    if word.endswith(_ES_GENITIVE_END) and len(word) > 7:  # not "Holland": "Hollandes" is Hollande's
        return (word + "s", word + "es", word + "’s", word + "'s")  # "Griechenlandes", "Saarlandes"
    return (word + "s", word + "’s", word + "'s")


def is_adjective_stem(alias: str) -> bool:
    """German adjective stems given as aliases of countries: "mexikanisch", "US-amerikanisch"."""
    return alias[-1:].islower() and alias.endswith(("isch", "sch")) and " " not in alias


def adjective_forms(stem: str) -> tuple[str, ...]:
    """All inflected forms of an adjective stem, lower and capitalised ("mexikanische", "Mexikanischer")."""
    forms = [stem + e for e in _ADJ_ENDINGS]
    forms += [f[:1].upper() + f[1:] for f in forms]
    return tuple(forms)


def demonym_forms(word: str) -> tuple[str, ...]:
    """Forms of a demonym: "Mexikaner" -> "Mexikanerin", "Mexikanern", "Mexikanerinnen"."""
    if word.endswith("er"):
        return (word, word + "n", word + "s", word + "in", word + "innen")
    if word.endswith("e"):  # "Chinese", "Franzose" (weak nouns)
        return (word, word + "n", word[:-1] + "in", word[:-1] + "innen")
    return (word,)


def _inflect_phrase(words: list[str]) -> list[list[str]]:
    """Adjective-noun phrases: "Europäische Union" -> "Europäischen Union"; "Weißes Haus" -> "Weißen Hauses"."""
    out = [words]
    if len(words) < 2:
        return out
    first = words[0]
    for ending in ("e", "es", "er"):
        if first.endswith(ending) and first[:1].isupper() and len(first) > 4:
            stem = first[: -len(ending)]
            for new in _ADJ_ENDINGS:
                out.append([stem + new, *words[1:]])
            break
    return out


def alias_forms(alias: str, kind: ActorKind) -> tuple[str, ...]:
    """Every surface form under which `alias` may appear in running text."""
    alias = alias.strip()
    if not alias:
        return ()
    if is_adjective_stem(alias):
        return adjective_forms(alias)
    forms: set[str] = {alias}
    words = alias.split()
    phrases = _inflect_phrase(words)
    for phrase in phrases:
        forms.add(" ".join(phrase))
        for gen in genitive(phrase[-1]):
            forms.add(" ".join([*phrase[:-1], gen]))
        if len(phrase) >= 2 and phrase[-1][:1].isupper() and not phrase[-1].isupper():
            forms.add(" ".join([*phrase[:-1], phrase[-1] + "es"]))  # "Weißen Hauses"
    if kind is ActorKind.LAND and len(words) == 1 and alias[:1].isupper() and alias.endswith("er") \
            and not alias.isupper():
        forms.update(demonym_forms(alias))
    # Acronyms are also written in title case by many outlets: NAFTA / Nafta, PEMEX / Pemex.
    if alias.isupper() and len(alias) >= 4 and alias.isalpha() and word_class(alias.title()) != "common":
        title = alias.title()
        forms.add(title)
        forms.update(genitive(title))
    return tuple(sorted(forms))
