"""Per-article analysis: runs each analyzer once, in dependency order, on the cleaned text."""

from __future__ import annotations

from dataclasses import dataclass

from .actors import find_actors
from .analyze.dates import find_dates
from .analyze.figures import find_figures
from .analyze.keyphrases import find_keyphrases
from .analyze.quotes import find_quotes
from .analyze.sentences import split_sentences
from .analyze.summary import summarize
from .analyze.topics import assign_topics
from .model import Analysis, CleanDocument, Metadata, Registry, Topic


@dataclass(frozen=True, slots=True)
class Resources:
    """Read-only inputs every article's analysis shares."""

    registry: Registry
    taxonomy: tuple[Topic, ...]
    summary_sentences: int = 4
    default_language: str = "de"


def analyze_document(document: CleanDocument, metadata: Metadata, resources: Resources) -> Analysis:
    """Run all analyzers over one cleaned document."""
    text = document.text
    language = metadata.language or resources.default_language
    sentences = split_sentences(text, document.blocks)
    findings = find_actors(text, sentences, resources.registry, language)
    return Analysis(
        sentences=sentences,
        actors=findings.actors,
        mentions=findings.mentions,
        quotes=find_quotes(text, sentences, findings.mentions, findings.actors),
        figures=find_figures(text, sentences),
        dates=find_dates(text, sentences, metadata.date),
        topics=assign_topics(text, sentences, resources.taxonomy),
        keyphrases=find_keyphrases(text, sentences),
        summary=summarize(text, sentences, document.blocks, resources.summary_sentences),
    )
