"""Per-article analysis: runs each analyzer once, in dependency order, on the cleaned text."""

from __future__ import annotations

from dataclasses import dataclass

from .actors import find_actors
from .analyze.dates import find_dates
from .analyze.figures import find_figures, outside_amounts
from .analyze.footnotes import analyze_footnotes
from .analyze.keyphrases import find_keyphrases
from .analyze.quotes import find_quotes
from .analyze.sentences import split_sentences
from .analyze.summary import summarize
from .analyze.topics import assign_topics
from .model import Actor, Analysis, CleanDocument, Mention, Metadata, Registry, Topic


@dataclass(frozen=True, slots=True)
class Resources:
    """Read-only inputs every article's analysis shares."""

    registry: Registry
    taxonomy: tuple[Topic, ...]
    summary_sentences: int = 4
    default_language: str = "de"


def analyze_document(document: CleanDocument, metadata: Metadata, resources: Resources) -> Analysis:
    """Run all analyzers over one cleaned document and its footnotes."""
    text = document.text
    language = metadata.language or resources.default_language
    sentences = split_sentences(text, document.blocks)
    findings = find_actors(text, sentences, resources.registry, language)
    figures = find_figures(text, sentences)
    mentions = outside_amounts(findings.mentions, figures)
    notes = analyze_footnotes(document.footnotes, resources.registry, language, metadata.date, metadata.authors)
    return Analysis(
        sentences=sentences,
        actors=_merge_actors(_still_mentioned(findings.actors, findings.mentions, mentions), notes.actors),
        mentions=mentions,
        quotes=find_quotes(text, sentences, mentions, findings.actors),
        figures=figures,
        dates=find_dates(text, sentences, metadata.date),
        topics=assign_topics(text, sentences, resources.taxonomy),
        keyphrases=find_keyphrases(text, sentences),
        summary=summarize(text, sentences, document.blocks, resources.summary_sentences),
        notes=notes.notes,
    )


def _still_mentioned(actors: tuple[Actor, ...], before: tuple[Mention, ...],
                     after: tuple[Mention, ...]) -> tuple[Actor, ...]:
    """Drop the actors whose every mention was dropped (seen only in "US$")."""
    gone = {m.actor_id for m in before} - {m.actor_id for m in after}
    return tuple(a for a in actors if a.id not in gone)


def _merge_actors(body: tuple[Actor, ...], notes: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """Actors of body and footnotes, one per id; the body's version wins (it has more context)."""
    known = {actor.id for actor in body}
    return body + tuple(actor for actor in notes if actor.id not in known)
