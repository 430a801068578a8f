"""Related articles: which other articles share the most (and the rarest) actors and topics, and why."""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from .corpus import Corpus
from .model import Article

TOPIC_WEIGHT = 0.5  # a shared topic counts half as much as a shared actor of the same rarity
# Actors in more articles than this are too common to *find* candidates with (they still count
# in the score): keeps the index near-linear on 10,000 articles.
MAX_POSTING = 200


@dataclass(frozen=True, slots=True)
class Related:
    """Another article and what it has in common with this one, strongest link first."""

    article: Article
    score: float
    shared_actors: tuple[str, ...]  # actor ids
    shared_topics: tuple[str, ...]  # topic ids


def _weights(postings: Mapping[str, list[int]], total: int) -> dict[str, float]:
    # Inverse document frequency: sharing "USA" says less than sharing "Sanae Takaichi".
    return {key: math.log(1 + total / len(ids)) for key, ids in postings.items()}


def _features(article: Article) -> tuple[set[str], set[str]]:
    actors = {m.actor_id for m in (*article.analysis.mentions, *article.analysis.note_mentions())}
    topics = {h.topic_id for h in article.analysis.topics}
    return actors, topics


def related_index(corpus: Corpus, k: int = 5) -> Mapping[str, tuple[Related, ...]]:
    """For every article slug, its k most related articles (only articles sharing something)."""
    articles = corpus.articles
    known = set(corpus.actor_by_id)
    features = [_features(a) for a in articles]
    features = [(actors & known, topics) for actors, topics in features]
    actor_posts: dict[str, list[int]] = defaultdict(list)
    topic_posts: dict[str, list[int]] = defaultdict(list)
    for i, (actors, topics) in enumerate(features):
        for actor in actors:
            actor_posts[actor].append(i)
        for topic in topics:
            topic_posts[topic].append(i)
    actor_w = _weights(actor_posts, len(articles))
    topic_w = {key: TOPIC_WEIGHT * w for key, w in _weights(topic_posts, len(articles)).items()}
    index = {}
    for i, article in enumerate(articles):
        actors, topics = features[i]
        candidates: set[int] = set()
        for actor in actors:
            if len(actor_posts[actor]) <= MAX_POSTING:
                candidates.update(actor_posts[actor])
        candidates.discard(i)
        # Score every candidate, but describe only the k kept: an archive article has hundreds of candidates.
        scored = []
        for j in candidates:
            score = sum(actor_w[a] for a in actors & features[j][0]) + sum(topic_w[t] for t in topics & features[j][1])
            scored.append((-round(score, 6), articles[j].slug, j))
        found = []
        for negative, _, j in heapq.nsmallest(k, scored):
            shared_a = actors & features[j][0]
            ordered_a = tuple(sorted(shared_a, key=lambda a: (-actor_w[a], corpus.actor_by_id[a].actor.name, a)))
            found.append(Related(articles[j], -negative, ordered_a, tuple(sorted(topics & features[j][1]))))
        index[article.slug] = tuple(found)
    return MappingProxyType(index)
