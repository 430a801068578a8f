"""Slugs stay inside the output folder and never collide."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from briefing.slugs import SlugAllocator, slugify


def test_german_transliteration() -> None:
    assert slugify("Außenminister Müller") == "aussenminister-mueller"
    assert slugify("Andrés Manuel López Obrador") == "andres-manuel-lopez-obrador"


def test_path_tricks_are_neutralised() -> None:
    for text in ["../../etc/passwd", "/etc/passwd", "..", "C:\\Windows", "con", "index", "\u2024\u2024/x"]:
        slug = slugify(text)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug), slug
        assert slug not in {"con", "index"}


def test_nfc_and_nfd_give_the_same_slug() -> None:
    assert slugify("Zölle") == slugify("Zo\u0308lle")


def test_allocator_never_repeats() -> None:
    allocator = SlugAllocator()
    assert [allocator.allocate("Trump") for _ in range(3)] == ["trump", "trump-2", "trump-3"]


@given(st.lists(st.text(max_size=30), max_size=30))
def test_allocated_slugs_are_unique_and_safe(texts: list[str]) -> None:
    allocator = SlugAllocator()
    slugs = [allocator.allocate(t) for t in texts]
    assert len(set(slugs)) == len(slugs)
    for slug in slugs:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug)
        assert len(slug) <= 90
