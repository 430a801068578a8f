"""Topic taxonomy (content/topics.yml, built-in defaults in data/) and keyword-stem topic assignment."""

from __future__ import annotations

import bisect
import math
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from ..errors import ContentError
from ..model import Sentence, Span, Topic, TopicHit

_WORD = re.compile(r"[\wäöüÄÖÜß]+(?:-[\wäöüÄÖÜß]+)*")
_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
_MIN_HITS = 2  # a topic needs at least this many keyword hits ...
_MIN_KEYWORDS = 2  # ... from at least this many different keywords (or one keyword hit 3+ times)
_MIN_SCORE = 1.0


def load_taxonomy(path: Path | None, language: str = "de",
                  problems: list[ContentError] | None = None) -> tuple[Topic, ...]:
    """Topics from content/topics.yml (built-in defaults when missing); bad entries go to `problems` if given."""
    if path is None or not Path(path).exists():
        name = "topics_en.yml" if language == "en" else "topics_de.yml"
        text = resources.files("briefing.data").joinpath(name).read_text(encoding="utf-8")
        return parse_taxonomy(text, f"<built-in {name}>")
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(str(path), f"file not readable: {exc}") from None
    return parse_taxonomy(text, str(path), problems)


def parse_taxonomy(text: str, where: str, problems: list[ContentError] | None = None) -> tuple[Topic, ...]:
    """Validate taxonomy YAML; errors name the file, line and key (per entry into `problems` if given)."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ContentError(where, f"invalid YAML: {getattr(exc, 'problem', exc)}",
                           line=mark.line + 1 if mark else None) from None
    if root is None:
        raise ContentError(where, "empty topic file", key="topics")
    topics_node = _mapping_value(root, "topics", where) if isinstance(root, yaml.MappingNode) else root
    if not isinstance(topics_node, yaml.SequenceNode):
        raise ContentError(where, "'topics' must be a list of topics", line=_line(topics_node), key="topics")
    topics, seen = [], set()
    for node in topics_node.value:
        try:
            topic = _topic(node, where)
            if topic.id in seen:
                raise ContentError(where, f"duplicate topic id {topic.id!r}", line=_line(node), key="id")
        except ContentError as exc:
            if problems is None:
                raise
            problems.append(exc)  # one bad topic must not cost the user all the others
            continue
        seen.add(topic.id)
        topics.append(topic)
    return tuple(topics)


def _topic(node: yaml.Node, where: str) -> Topic:
    """One validated Topic from its YAML node."""
    if not isinstance(node, yaml.MappingNode):
        raise ContentError(where, "each topic must be a mapping with id, name, keywords", line=_line(node))
    for k, _ in node.value:
        if not isinstance(k, yaml.ScalarNode):  # `? [a]: 1` would make an unhashable key below
            raise ContentError(where, "topic keys must be plain names (id, name, keywords, description)",
                               line=_line(k))
    fields = {k.value: v for k, v in node.value}
    for key in fields:
        if key not in ("id", "name", "keywords", "description"):
            raise ContentError(where, f"unknown key {key!r}", line=_line(node), key=key)
    values = {}
    for key in ("id", "name", "description"):
        value = fields.get(key)
        if value is None:
            if key != "description":
                raise ContentError(where, f"topic without {key!r}", line=_line(node), key=key)
            continue
        if not isinstance(value, yaml.ScalarNode) or not str(value.value).strip():
            raise ContentError(where, f"{key!r} must be a non-empty text", line=_line(value), key=key)
        values[key] = str(value.value).strip()
    if not _ID.fullmatch(values["id"]):
        raise ContentError(where, f"id {values['id']!r} must be lower-case letters, digits and '-'",
                           line=_line(fields["id"]), key="id")
    keywords = fields.get("keywords")
    if keywords is None or not isinstance(keywords, yaml.SequenceNode) or not keywords.value:
        raise ContentError(where, f"topic {values['id']!r} needs a non-empty keywords list",
                           line=_line(keywords or node), key="keywords")
    stems = []
    for item in keywords.value:
        if not isinstance(item, yaml.ScalarNode) or not str(item.value).strip():
            raise ContentError(where, "keywords must be texts", line=_line(item), key="keywords")
        stems.append(str(item.value).strip().lower())
    return Topic(values["id"], values["name"], tuple(stems), values.get("description"))


def _mapping_value(node: yaml.MappingNode, key: str, where: str) -> yaml.Node:
    """Value node of `key` in a mapping, or a ContentError naming the key."""
    for k, v in node.value:
        if k.value == key:
            return v
    raise ContentError(where, f"missing key {key!r}", line=_line(node), key=key)


def _line(node: yaml.Node | None) -> int | None:
    """1-based line of a YAML node."""
    return node.start_mark.line + 1 if node is not None else None


def assign_topics(text: str, sentences: tuple[Sentence, ...], taxonomy: tuple[Topic, ...]) -> tuple[TopicHit, ...]:
    """Topics whose keyword stems occur often enough, best first, with the matching words as evidence."""
    if not sentences or not taxonomy:
        return ()
    # Matches on the whole text within each sentence's bounds: the same words as matching the sentence alone
    # (the pattern looks neither behind nor ahead); words become Spans only when they are evidence.
    words: list[re.Match] = []
    sentence_of: list[int] = []
    for s in sentences:
        found = list(_WORD.finditer(text, s.span.start, s.span.end))
        words += found
        sentence_of += [s.index] * len(found)
    if not words:
        return ()
    # Word-level matching only for words a fast whole-text regex flags (keeps the topic stage cheap).
    lowered = text.lower() if len(text.lower()) == len(text) else "".join(
        c.lower() if len(c.lower()) == 1 else c for c in text)
    starts = [m.start() for m in words]
    lead_limit = sentences[min(2, len(sentences) - 1)].index  # title/lead words count double
    length_norm = math.log2(2 + len(words) / 100)
    hits = []
    for topic in taxonomy:
        evidence, used, score = [], set(), 0.0
        candidates = sorted({bisect.bisect_right(starts, m.start()) - 1
                             for m in _screen(topic.keywords).finditer(lowered)})
        for w in candidates:
            if w < 0 or words[w].end() <= 0:
                continue
            keyword = _matching_keyword(words[w].group().lower(), topic.keywords)
            if keyword is None:
                continue
            evidence.append(Span(words[w].start(), words[w].end()))
            used.add(keyword)
            score += 2.0 if sentence_of[w] <= lead_limit else 1.0
        phrases = _phrase_hits(text, sentences, topic.keywords)
        for span, keyword in phrases:
            evidence.append(span)
            used.add(keyword)
            score += 1.0
        if len(evidence) < _MIN_HITS or (len(used) < _MIN_KEYWORDS and len(evidence) < 3):
            continue
        score = round(score * (0.5 + 0.5 * min(len(used), 4) / 4) / length_norm, 3)
        if score >= _MIN_SCORE:
            hits.append(TopicHit(topic.id, score, tuple(sorted(evidence))))
    return tuple(sorted(hits, key=lambda h: (-h.score, h.topic_id)))


@lru_cache(maxsize=256)
def _screen(keywords: tuple[str, ...]) -> re.Pattern:
    """One regex that any word matching one of `keywords` must match (a fast pre-filter)."""
    parts = [re.escape(k.lstrip("=")) for k in keywords if " " not in k] or ["(?!)"]
    return re.compile("|".join(sorted(parts, key=len, reverse=True)))


def _matching_keyword(word: str, keywords: tuple[str, ...]) -> str | None:
    """The first single-word keyword matching `word` (prefix; inside compounds for stems of 5+ letters)."""
    for keyword in keywords:
        if " " in keyword:
            continue
        if keyword.startswith("="):
            if word == keyword[1:]:
                return keyword
        elif word.startswith(keyword) or (len(keyword) >= 5 and keyword in word):
            return keyword
    return None


@lru_cache(maxsize=1024)
def _phrase_pattern(keyword: str) -> re.Pattern:
    """A multi-word keyword as a case-insensitive regex at a word start."""
    return re.compile(r"\b" + re.escape(keyword.lstrip("=")), re.IGNORECASE)


def _phrase_hits(text: str, sentences: tuple[Sentence, ...], keywords: tuple[str, ...]) -> list[tuple[Span, str]]:
    """Multi-word keywords ("seltene erden"), matched case-insensitively at a word start."""
    out = []
    for keyword in keywords:
        if " " not in keyword:
            continue
        pattern = _phrase_pattern(keyword)
        for s in sentences:
            for m in pattern.finditer(text, s.span.start, s.span.end):
                out.append((Span(m.start(), m.end()), keyword))
    return out
