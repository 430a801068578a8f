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
    """Another article and what it has in common with this one, strongest link first.

    No score: it only orders the list. Its weights move a little with every new article, and a page
    showing it would have to be rendered again each time (pagememo.py digests what templates see).
    """

    article: Article
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
        rare_scores, common = _rare_scores(i, actors, actor_posts, actor_w)
        scored = _best(rare_scores, common, topics, features, actor_w, topic_w, articles, k)
        found = []
        for _, _, j in scored:
            shared_a = actors & features[j][0]
            ordered_a = tuple(sorted(shared_a, key=lambda a: (-actor_w[a], corpus.actor_by_id[a].actor.name, a)))
            found.append(Related(articles[j], ordered_a, tuple(sorted(topics & features[j][1]))))
        index[article.slug] = tuple(found)
    return MappingProxyType(index)


def _rare_scores(i: int, actors: set[str], actor_posts: Mapping[str, list[int]],
                 actor_w: Mapping[str, float]) -> tuple[dict[int, float], list[str]]:
    """Candidates (articles sharing a rare actor with article i) with the weight of the rare actors they share,
    and the common actors of article i."""
    scores: dict[int, float] = defaultdict(float)
    common = []
    for actor in actors:
        posting = actor_posts[actor]
        if len(posting) > MAX_POSTING:
            common.append(actor)
            continue
        weight = actor_w[actor]
        for j in posting:
            scores[j] += weight
    scores.pop(i, None)
    return scores, common


def _best(rare_scores: Mapping[int, float], common: list[str], topics: set[str], features, actor_w, topic_w,
          articles, k: int) -> list[tuple[float, str, int]]:
    """The k best candidates as (-score, slug, index): highest score first, ties by slug."""
    # Common actors and topics add at most `ceiling` to a candidate's rare score. Candidates are
    # scored in order of their rare score; once even the ceiling cannot lift one to the k-th best
    # score so far (with a margin beyond the 6-digit rounding), no later one can either: an archive
    # article has hundreds of candidates, and this scores about a third of them.
    ceiling = sum(actor_w[a] for a in common) + sum(topic_w[t] for t in topics)
    top: list[float] = []  # min-heap of the k best scores so far
    scored = []
    for j, score in sorted(rare_scores.items(), key=lambda item: -item[1]):
        if len(top) == k and score + ceiling < top[0] - 1e-6:
            break
        other_actors, other_topics = features[j]
        score += sum(actor_w[a] for a in common if a in other_actors)
        score += sum(topic_w[t] for t in topics if t in other_topics)
        rounded = round(score, 6)
        scored.append((-rounded, articles[j].slug, j))
        if len(top) < k:
            heapq.heappush(top, rounded)
        elif rounded > top[0]:
            heapq.heapreplace(top, rounded)
    return heapq.nsmallest(k, scored)
