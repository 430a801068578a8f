"""Frozen dataclasses shared by all stages: ingest -> clean -> analyze -> corpus -> render.

Every extracted item carries a `Span` into the *cleaned* article text
(`CleanDocument.text`), so a page can link back to where it came from.
Stages hand each other these objects, never anonymous dicts or tuples.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open character range [start, end) into a text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span {self.start}..{self.end}")

    def of(self, text: str) -> str:
        """Return the slice of `text` this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """True if `other` lies completely inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """True if the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


# --------------------------------------------------------------------------- ingest


class SourceFormat(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    PDF = "pdf"


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date known to day, month or year precision (never guessed finer)."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> DatePrecision:
        if self.day is not None:
            return DatePrecision.DAY
        if self.month is not None:
            return DatePrecision.MONTH
        return DatePrecision.YEAR

    def iso(self) -> str:
        """ISO 8601 form at the known precision: 2021, 2021-01 or 2021-01-20."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)


@dataclass(frozen=True, slots=True)
class Metadata:
    """What is known about an article. None / () means unknown: never invent it."""

    title: str | None = None
    date: PartialDate | None = None
    source: str | None = None  # outlet or publisher, e.g. "Tagesspiegel"
    url: str | None = None
    authors: tuple[str, ...] = ()
    language: str | None = None  # ISO 639-1: "de", "en"
    sources: tuple[str, ...] = ()  # agencies named in the text, e.g. ("Tsp", "Reuters", "dpa")
    image_credits: tuple[str, ...] = ()
    teaser: str | None = None
    tags: tuple[str, ...] = ()

    def overridden_by(self, other: Metadata) -> Metadata:
        """Return a copy where every known field of `other` replaces ours."""
        changes = {}
        for name in self.__dataclass_fields__:
            value = getattr(other, name)
            if value not in (None, ()):
                changes[name] = value
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class RawPage:
    """One page of a paged source (PDF): where its text starts in RawDocument.text."""

    number: int  # 1-based
    offset: int


@dataclass(frozen=True, slots=True)
class RawDocument:
    """A decoded input file before cleanup. Metadata here is what the file itself declares."""

    path: Path
    relpath: str  # POSIX path relative to the articles folder; identifies the input
    format: SourceFormat
    text: str
    metadata: Metadata = Metadata()
    pages: tuple[RawPage, ...] = ()  # PDFs only
    encoding: str | None = None  # detected encoding for byte-based formats
    # What the reader worked around (a bad url dropped, PDF text lost): build-report warnings that
    # travel with the document so a cached article reports them again.
    warnings: tuple[Problem, ...] = ()


# --------------------------------------------------------------------------- clean


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    QUOTE = "quote"  # block quotation
    LIST_ITEM = "list_item"


@dataclass(frozen=True, slots=True)
class Block:
    """A heading or paragraph of the cleaned text."""

    kind: BlockKind
    span: Span
    level: int = 0  # heading level 2..4 for headings, 0 otherwise
    page: int | None = None  # source page (PDF), 1-based


@dataclass(frozen=True, slots=True)
class Footnote:
    """A footnote moved out of the body; `refs` are zero-width positions of its markers."""

    number: int
    text: str
    refs: tuple[Span, ...] = ()
    page: int | None = None


@dataclass(frozen=True, slots=True)
class Removal:
    """Something cleanup removed from the input, and why (shown collapsed on the page)."""

    text: str
    reason: str  # short German reason, e.g. "Paywall-Skript"
    line: int | None = None  # 1-based line in the raw input


@dataclass(frozen=True, slots=True)
class CleanDocument:
    """Cleaned text: blocks joined by a blank line; spans of all later stages point here."""

    raw: RawDocument
    text: str
    blocks: tuple[Block, ...]
    footnotes: tuple[Footnote, ...] = ()
    removals: tuple[Removal, ...] = ()
    detected: Metadata = Metadata()  # what cleanup found in the text (title, authors, sources, ...)


# --------------------------------------------------------------------------- analyze


class ActorKind(StrEnum):
    PERSON = "Person"
    LAND = "Land"
    ORGANISATION = "Organisation"
    VEREINBARUNG = "Vereinbarung"  # treaties, kept apart from actors
    ORT = "Ort"  # places, kept apart from actors

    @property
    def is_actor(self) -> bool:
        return self in (ActorKind.PERSON, ActorKind.LAND, ActorKind.ORGANISATION)


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical person, country, organisation, treaty or place."""

    id: str  # stable, URL-safe key, e.g. "donald-trump"
    name: str  # canonical display name, e.g. "Donald Trump"
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    country: str | None = None  # actor id of the country, e.g. "usa"
    role: str | None = None  # registry role, e.g. "US-Präsident"
    description: str | None = None
    registered: bool = True  # False for persons found in text but in no registry


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    span: Span
    block: int  # index into CleanDocument.blocks


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an actor in the text."""

    actor_id: str
    span: Span
    sentence: int  # Sentence.index
    role: str | None = None  # role/title seen at this mention, e.g. "Außenminister"
    metonym: bool = False  # "Washington" standing for the US government


class QuoteKind(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"


@dataclass(frozen=True, slots=True)
class Quote:
    kind: QuoteKind
    span: Span  # the quoted content, without quotation marks
    sentence: int
    speaker_id: str | None = None
    speaker_span: Span | None = None
    cue_span: Span | None = None  # reporting verb, e.g. "sagte"


class FigureKind(StrEnum):
    MONEY = "money"
    PERCENT = "percent"
    QUANTITY = "quantity"


@dataclass(frozen=True, slots=True)
class Figure:
    """A number as written, with its normalised value ("knapp 23 Billionen Dollar" = 2.3e13 USD)."""

    kind: FigureKind
    span: Span  # the whole expression as written, qualifier included
    value: float
    unit: str  # ISO currency ("USD", "EUR"), "%", or a counted noun ("Menschen", "km")
    sentence: int
    qualifier: str | None = None  # "knapp", "fast", "über", "ca."
    refers_to: str | None = None  # what the number measures, when the sentence says so


@dataclass(frozen=True, slots=True)
class DateRef:
    span: Span
    date: PartialDate
    sentence: int


@dataclass(frozen=True, slots=True)
class Topic:
    """An entry of the editable topic taxonomy (content/topics.yml)."""

    id: str
    name: str
    keywords: tuple[str, ...] = ()
    description: str | None = None


@dataclass(frozen=True, slots=True)
class TopicHit:
    topic_id: str
    score: float
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Keyphrase:
    text: str
    score: float
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class NoteAnalysis:
    """What the analyzers found in one footnote. Spans point into that footnote's `Footnote.text`,
    sentence indices into `sentences` (the footnote's own sentences), never into the article text."""

    index: int  # position in CleanDocument.footnotes
    number: int  # Footnote.number, as printed (the page's footnote anchor is built from it)
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    dates: tuple[DateRef, ...] = ()


@dataclass(frozen=True, slots=True)
class Analysis:
    sentences: tuple[Sentence, ...] = ()
    actors: tuple[Actor, ...] = ()  # every actor mentioned, registered or discovered
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    dates: tuple[DateRef, ...] = ()
    topics: tuple[TopicHit, ...] = ()
    keyphrases: tuple[Keyphrase, ...] = ()
    summary: tuple[int, ...] = ()  # Sentence.index values, in document order
    # Footnotes with at least one finding, in footnote order. Kept apart from the body tuples above
    # because their spans point into footnote texts, not into the article text.
    notes: tuple[NoteAnalysis, ...] = ()

    def note_mentions(self) -> tuple[Mention, ...]:
        """Every mention found in footnotes (spans into their footnote's text)."""
        return tuple(m for note in self.notes for m in note.mentions)


@dataclass(frozen=True, slots=True)
class Article:
    """One input file that became a page."""

    slug: str  # unique; page lives at artikel/<slug>/
    metadata: Metadata  # merged: sidecar > front matter > file metadata > detected in text
    document: CleanDocument
    analysis: Analysis

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def word_count(self) -> int:
        return len(self.document.text.split())

    @property
    def reading_minutes(self) -> int:
        # 200 words per minute is the usual estimate for German prose.
        return max(1, round(self.word_count / 200))


# --------------------------------------------------------------------------- report


class Severity(StrEnum):
    ERROR = "error"  # the file did not become a page
    WARNING = "warning"  # the page was built, but something is off


@dataclass(frozen=True, slots=True)
class Problem:
    """One line of the build report."""

    path: str
    message: str
    severity: Severity = Severity.ERROR
    line: int | None = None
    key: str | None = None  # metadata key, when the problem is about one

    def describe(self) -> str:
        """One-line human message: 'path:line: message'."""
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        key = f" [{self.key}]" if self.key else ""
        return f"{where}{key}: {self.message}"


@dataclass(frozen=True, slots=True)
class Registry:
    """Actors known before reading any article: built-in data plus content/actors.yml."""

    actors: tuple[Actor, ...] = ()
    problems: tuple[Problem, ...] = field(default=(), compare=False)
