"""Property tests: cleanup is idempotent and loses no word; decoding raises nothing but ContentError."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.clean import clean_document
from briefing.errors import ContentError
from briefing.ingest.decode import decode_bytes
from briefing.model import RawDocument, SourceFormat

WORDS = st.sampled_from(["Die", "Regierung", "plant", "und", "der", "Rat", "sagte", "Mexiko", "neue", "USA",
                         "Trump", "Handel", "wächst", "Straße", "über", "NAFTA-Abkommen", "Regie-", "rung",
                         "zwei", "Kilometer", "dass", "es"])
PUNCT = st.sampled_from(["", "", "", ".", ",", ":", "?", "!"])
LINE = st.lists(st.tuples(WORDS, PUNCT).map("".join), min_size=1, max_size=12).map(" ".join)
SEPARATOR = st.sampled_from(["\n", "\n", " \n", "\n\n", "\n \n", "  \n", "\n\n\n"])
TEXT = st.lists(st.tuples(LINE, SEPARATOR).map("".join), min_size=1, max_size=25).map("".join)


def clean(text: str):
    return clean_document(RawDocument(Path("p.txt"), "p.txt", SourceFormat.TEXT, text))


def words(text: str) -> Counter:
    return Counter(re.findall(r"[^\W\d_]+", text.replace("-", "")))


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_idempotent(text):
    once = clean(text)
    assert clean(once.text).text == once.text


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_no_word_lost_outside_removals(text):
    document = clean(text)
    kept = words(document.text) + words(" ".join(r.text for r in document.removals)) \
        + words(" ".join(f.text for f in document.footnotes))
    # Hyphen joins merge two words into one, so compare letters per word start, not whole words.
    assert sorted("".join(words(text).elements())) == sorted("".join(kept.elements()))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_decoding_raises_only_content_error(data):
    try:
        text, encoding = decode_bytes(data, "x.txt")
    except ContentError:
        return
    assert isinstance(text, str) and encoding


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_text_round_trips_through_utf8(text):
    try:
        decoded, _ = decode_bytes(text.encode("utf-8"), "x.txt")
    except ContentError:
        return
    assert "Ã¤" not in decoded
