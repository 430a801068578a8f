"""Markdown pages from Jinja2 templates. Every value a template prints is escaped unless it is `Md`."""

from __future__ import annotations

import functools
import posixpath
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import jinja2

from . import formatting
from .corpus import ActorProfile, Corpus, NoteMentions, TopicProfile
from .fulltext import actor_targets, footnote_anchor, render_fulltext, sentence_anchor
from .i18n import LANGUAGE_NAMES, strings
from . import listings
from .listings import ListingPage, actor_letter_pages, article_year_pages, timeline_pages
from .markup import Md, escape, external_link, link
from .model import Article, BlockKind, Mention, NoteAnalysis, Problem, Quote, Span
from .errors import RenderError
from .charts.views import EMPTY_VIEWS, Views
from .pagememo import CorpusView, PageMemo, Recorder, RecordingMapping, Untracked, object_digest

TEASER_CHARS = 220
UNRESOLVED_PRONOUNS = frozenset({"er", "sie"})


@dataclass(frozen=True, slots=True)
class Page:
    """A generated Markdown page; `path` is relative to the docs folder (POSIX).

    `markdown` is None when the page's file in the docs folder is known to be current (pagememo.py).
    """

    path: str
    markdown: str | None


def _finalize(value: object) -> object:
    # The Markdown equivalent of HTML autoescaping: anything not explicitly trusted is escaped.
    if value is None:
        return ""
    if isinstance(value, Md):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return escape(value)


def make_environment(templates_dir: Path) -> jinja2.Environment:
    """Jinja2 environment for Markdown: strict, trimmed blocks, escape-by-default."""
    if not templates_dir.is_dir():
        raise RenderError(f"templates folder not found: {templates_dir}")
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
        finalize=_finalize,
        extensions=["jinja2.ext.do"],
    )


def article_path(article: Article) -> str:
    return f"artikel/{article.slug}.md"


def actor_path(profile: ActorProfile) -> str:
    return f"akteure/{profile.slug}.md"


def topic_path(profile: TopicProfile) -> str:
    return f"themen/{profile.slug}.md"


def sentence_text(article: Article, index: int) -> str:
    """Plain text of sentence `index` of an article."""
    return article.analysis.sentences[index].span.of(article.text)


def highlight(text: str, sentence: Span, marks: Sequence[Span]) -> Md:
    """Escaped sentence with the given spans in bold (keyword in context)."""
    out, pos = [], sentence.start
    for mark in sorted(marks):
        if mark.start < pos or not sentence.contains(mark):
            continue
        # escape() keeps one edge space, so the words around a mark stay apart without adding any.
        out.append(escape(text[pos : mark.start]))
        out.append(f"**{escape(mark.of(text))}**")
        pos = mark.end
    out.append(escape(text[pos : sentence.end]))
    return Md("".join(out))


def teaser(article: Article) -> str:
    """Two-line teaser: the declared teaser, else the first paragraph, cut at a word."""
    if article.metadata.teaser:
        text = article.metadata.teaser
    else:
        paragraphs = [b for b in article.document.blocks if b.kind == BlockKind.PARAGRAPH]
        text = paragraphs[0].span.of(article.text) if paragraphs else ""
    if len(text) <= TEASER_CHARS:
        return text
    return text[:TEASER_CHARS].rsplit(" ", 1)[0] + " …"


@functools.lru_cache(maxsize=65536)
def _relpath(target: str, folder: str) -> str:
    # Pages live in a handful of folders and link to the same targets again and again; relpath
    # (which resolves against the working directory) was a tenth of the render time.
    return posixpath.relpath(target, folder)


class PageHelpers:
    """Link and format helpers bound to one page (links are relative to its folder)."""

    def __init__(self, corpus: Corpus, page: str, language: str) -> None:
        self.corpus = corpus
        self.page = page
        self.folder = posixpath.dirname(page) or "."
        self.language = language
        self.t = strings(language)

    def rel(self, target: str) -> str:
        """Relative link from this page to a docs path (MkDocs validates .md links)."""
        anchor = ""
        if "#" in target:
            target, anchor = target.split("#", 1)
            anchor = "#" + anchor
        if not target:
            return anchor
        return _relpath(target, self.folder) + anchor

    def actor(self, actor_id: str, label: str | None = None) -> Md:
        """Link to an actor's page (plain text if the actor has none)."""
        profile = self.corpus.profile(actor_id)
        if profile is None:
            return escape(label or actor_id)
        return link(label or profile.actor.name, self.rel(actor_path(profile)))

    def file_link(self, label: object, target: str) -> Md:
        """Link to a generated file (CSV, JSON, SVG, a page without a helper of its own) by its docs path."""
        return link(label, self.rel(target))

    def image(self, alt: object, target: str) -> Md:
        """Markdown image of a generated file by its docs path; the alt text is escaped."""
        return Md(f"![{escape(alt)}]({self.rel(target)})")

    def article(self, article: Article) -> Md:
        return link(self.title(article), self.rel(article_path(article)))

    def topic(self, profile: TopicProfile) -> Md:
        return link(profile.topic.name, self.rel(topic_path(profile)))

    def sentence_link(self, article: Article, index: int, label: str = "↗") -> Md:
        """Link to a sentence anchor in an article's full text."""
        return link(label, self.rel(f"{article_path(article)}#{sentence_anchor(index)}"))

    def footnote_link(self, article: Article, number: int) -> Md:
        """Link to a footnote of an article ("Fn. 7")."""
        return link(f"{self.t['footnote_short']} {number}", self.rel(f"{article_path(article)}#{footnote_anchor(number)}"))

    def note_text(self, article: Article, note: NoteAnalysis, span: Span) -> str:
        """Text a span covers in a footnote of the article."""
        return span.of(article.document.footnotes[note.index].text)

    def note_sentence(self, article: Article, note: NoteAnalysis, index: int) -> str:
        """Plain text of sentence `index` of a footnote."""
        return self.note_text(article, note, note.sentences[index].span)

    def note_kwic(self, ref: NoteMentions) -> Md:
        """The footnote sentences that mention the actor, mentions in bold ("Fußnote 7: …")."""
        marks = [m.span for m in ref.mentions]
        parts = [highlight(ref.text, ref.note.sentences[i].span, marks)
                 for i in sorted({m.sentence for m in ref.mentions})]
        return Md(f"{escape(self.t['footnote'])} {ref.note.number}: " + " … ".join(parts))

    def speaker(self, quote: Quote, article: Article, note: NoteAnalysis | None = None) -> Md:
        """Who said a quote: the actor's link, else the phrase as written, else "unbekannt"."""
        if quote.speaker_id:
            return self.actor(quote.speaker_id)
        # No known actor: the speaker phrase as written ("ein Sprecher des Ministeriums"); a bare
        # pronoun says nothing.
        phrase = ""
        if quote.speaker_span is not None:
            phrase = self.note_text(article, note, quote.speaker_span) if note else quote.speaker_span.of(article.text)
        return escape(phrase if phrase and phrase.lower() not in UNRESOLVED_PRONOUNS else self.t["unknown"])

    def title(self, article: Article) -> str:
        # Never invent a title: say it is unknown and name the file so the reader can find it.
        return article.metadata.title or f"{self.t['untitled']} ({article.document.raw.relpath})"

    def date(self, value, short: bool = False) -> str:
        return formatting.format_date(value, self.language, short=short, unknown=self.t["unknown"])

    def number(self, value: float) -> str:
        return formatting.format_number(value, self.language)

    def count(self, key: str, n: int) -> str:
        """A counted phrase in singular or plural: count("n_mentions", 1) -> "1 Nennung"."""
        one, many = self.t[key]
        return (one if n == 1 else many).format(n=self.number(n))

    def amount(self, value: float, unit: str) -> str:
        return formatting.format_amount(value, unit, self.language)

    def language_name(self, code: str | None) -> str:
        if not code:
            return self.t["unknown"]
        return LANGUAGE_NAMES.get(self.language, {}).get(code, code)

    def external(self, label: str, url: str | None) -> Md:
        return external_link(label, url)

    def kwic(self, article: Article, mention: Mention) -> Md:
        sentence = article.analysis.sentences[mention.sentence]
        marks = [m.span for m in article.analysis.mentions if m.sentence == mention.sentence and m.actor_id == mention.actor_id]
        return highlight(article.text, sentence.span, marks)

    def sentence(self, article: Article, index: int) -> str:
        return sentence_text(article, index)

    def quote_text(self, article: Article, span: Span) -> str:
        return span.of(article.text)

    def teaser(self, article: Article) -> str:
        return teaser(article)


# Up to this many articles their full text, figures and dates go into MkDocs' search index (the
# one that also works offline, from file://). Beyond it they are left to Pagefind: at 9,000
# articles they made 32 of the index's 112 MB, which every reader's browser loads to search.
FULL_TEXT_SEARCH_UP_TO = 1000


def searches_full_text(corpus: Corpus) -> bool:
    """True if MkDocs' search index holds the articles' full text (small and medium sites)."""
    return len(corpus.articles) <= FULL_TEXT_SEARCH_UP_TO


class Renderer:
    """Renders every page of the site from the corpus."""

    def __init__(self, templates_dir: Path, corpus: Corpus, *, site_name: str, language: str,
                 problems: Sequence[Problem], inputs: int, views: Views = EMPTY_VIEWS,
                 memo: PageMemo | None = None) -> None:
        self.env = make_environment(templates_dir)
        self.views = views  # charts, related articles, data export (issue 6)
        self.corpus = corpus
        self.site_name = site_name
        self.language = language
        self.problems = tuple(problems)
        self.inputs = inputs
        self._actor_slugs = {p.actor.id: p.slug for p in corpus.actors}  # once, not once per article
        self.memo = memo  # pages whose inputs did not change are not rendered again (see pagememo.py)
        self._values: dict[tuple[str, str], bytes] = {}
        # Appended to article headings whose sections stay out of MkDocs' search index on large sites.
        self._unindexed = Md("" if searches_full_text(corpus) else " { data-search-exclude }")

    def dependency_value(self, kind: str, key: str) -> bytes:
        """Digest of what a template sees now when it looks up (kind, key)."""
        known = self._values.get((kind, key))
        if known is None:
            known = self._values[(kind, key)] = self._dependency_value(kind, key)
        return known

    def _dependency_value(self, kind: str, key: str) -> bytes:
        tokens = self.memo.tokens if self.memo is not None else {}
        if kind == "actor":
            profile = self.corpus.profile(key)
            value: object = None if profile is None else (profile.slug, profile.actor)
        elif kind == "chart":
            ref = self.views.charts.get(key)
            value = None if ref is None else (ref.key, ref.title, ref.alt, ref.columns, ref.header, ref.rows, ref.note,
                                              ref.svg_path, ref.csv_path)
        elif kind == "related":
            value = self.views.related.get(key)
        elif kind == "topics":
            value = tuple((p.slug, p.topic) for p in self.corpus.topics)
        else:
            raise ValueError(f"unknown page dependency {kind!r}")
        return object_digest(value, tokens)

    def _render(self, template: str, path: str, recorder: Recorder | None = None, **context: object) -> Page:
        corpus, charts, related, exports = self.corpus, self.views.charts, self.views.related, self.views.exports
        if recorder is not None:  # a tracked page: every corpus-wide read is recorded or marks it untracked
            corpus = CorpusView(corpus, recorder)
            charts = RecordingMapping(charts, "chart", recorder)
            related = RecordingMapping(related, "related", recorder)
            exports = Untracked(exports, recorder)
        helpers = PageHelpers(corpus, path, self.language)
        try:
            text = self.env.get_template(template).render(
                h=helpers, t=helpers.t, corpus=corpus, site_name=self.site_name, charts=charts,
                unindexed=self._unindexed,
                related=related, exports=exports, **context
            )
        except jinja2.TemplateError as exc:
            raise RenderError(f"template {template} failed for {path}: {exc}") from exc
        return Page(path, text)

    def _tracked(self, template: str, path: str, subject: object, context: Callable[[], dict]) -> Page:
        """Render a page unless its file is current; record what it looked up."""
        if self.memo is None:
            return self._render(template, path, **context())
        inputs = self.memo.inputs(template, subject)
        if self.memo.reusable(path, inputs, self.dependency_value):
            return Page(path, None)
        recorder = Recorder()
        page = self._render(template, path, recorder, **context())
        self.memo.rendered(path, inputs, recorder, self.dependency_value)
        return page

    def article_page(self, article: Article) -> Page:
        path = article_path(article)

        def context() -> dict:
            prefix = posixpath.relpath("akteure", "artikel") + "/"
            fulltext = render_fulltext(article, actor_targets(prefix, self._actor_slugs))
            return {"article": article, "fulltext": fulltext}

        # The full text links the article's actors: their slugs are inputs of the page too.
        subject = (article, tuple(self._actor_slugs.get(a.id) for a in article.analysis.actors))
        return self._tracked("pages/article.md.j2", path, subject, context)

    def actor_page(self, profile: ActorProfile) -> Page:
        return self._tracked("pages/actor.md.j2", actor_path(profile), profile,
                             lambda: {"profile": profile, "kwic_articles": listings.KWIC_ARTICLES,
                                      "kwic_sentences": listings.kwic_limit(profile)})

    def topic_page(self, profile: TopicProfile) -> Page:
        return self._tracked("pages/topic.md.j2", topic_path(profile), profile, lambda: {"profile": profile})

    def pages(self) -> Iterator[Page]:
        """Every page of the site, one at a time (pages are streamed, not held)."""
        yield self._render("pages/home.md.j2", "index.md")
        article_years = article_year_pages(self.corpus.articles, self.language)
        yield self._render("pages/articles.md.j2", "artikel/index.md", year_pages=article_years,
                           top=listings.ARTICLE_INDEX_TOP)
        letters = actor_letter_pages(self.corpus.actors)
        yield self._render("pages/actors.md.j2", "akteure/index.md", letter_pages=letters,
                           top=listings.ACTOR_INDEX_TOP)
        yield self._render("pages/topics.md.j2", "themen/index.md")
        years = timeline_pages(self.corpus.timeline, self.language)
        yield self._render("pages/timeline.md.j2", "zeitleiste.md", year_pages=years)
        yield self._render("pages/network.md.j2", "netzwerk.md")
        yield self._render("pages/data.md.j2", "daten.md")
        yield self._render("pages/report.md.j2", "bericht.md", problems=self.problems, inputs=self.inputs)
        for article in self.corpus.articles:
            yield self.article_page(article)
        for profile in self.corpus.actors:
            yield self.actor_page(profile)
        for profile in self.corpus.topics:
            yield self.topic_page(profile)
        # Split listings are tracked: a new article re-renders only the years and letters it touches.
        for page in years:
            yield self._listing(page, "pages/timeline_year.md.j2")
        for page in letters:
            yield self._listing(page, "pages/actors_letter.md.j2")
        for page in article_years:
            yield self._listing(page, "pages/articles_year.md.j2")

    def _listing(self, page: ListingPage, template: str) -> Page:
        return self._tracked(template, page.path, (page.title, page.items),
                             lambda: {"title": page.title, "items": page.items})

