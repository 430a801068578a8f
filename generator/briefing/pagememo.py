"""Skip rendering pages whose inputs did not change, so a big briefing rebuilds in seconds, not minutes.

Rendering 50,000 article and actor pages only to find most of them unchanged took a minute and more.
An article, actor or topic page is rendered again unless all of this is as it was when its file in
build/docs was written:

- the environment: templates, the tool's code, registries and analysis settings (one digest);
- the page's own object (an article, actor profile or topic profile), every article in it reduced
  to that article's token (its analysis-cache key, slug and corpus-wide actor ids);
- every value the template looked up while rendering the page last time, recorded then and looked
  up again now: actor links (`h.actor`, `corpus.profile`), charts, related articles and the topic
  list (`corpus.topics`: topic definitions and slugs);
- the file itself: same size and modification time as written.

A template that reads anything else across the corpus (`corpus.actors`, iterating `charts`, the
export tables ...) makes its page untracked: rendered on every build, as before. So a result is never
stale, only sometimes recomputed. Overview pages (start page, indexes) are always rendered.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import pickle
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path

from .cache import dump_fast
from .corpus import ActorProfile
from .model import Article

FORMAT = 1
MEMO_FILE = "pages.pickle"
Dependency = tuple[str, str]  # (kind, key): ("actor", "usa"), ("chart", "artikel/x/akteure"), ...
Lookup = Callable[[str, str], bytes]  # (kind, key) -> digest of the value a template would see now


def _digest(*parts: bytes) -> bytes:
    digest = hashlib.blake2b(digest_size=16)
    for part in parts:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.digest()


def article_token(article: Article, source_key: str) -> bytes:
    """What identifies an article's content after corpus-wide actor unification."""
    analysis = article.analysis
    notes = analysis.notes
    # The analysis cache key covers the input file, sidecar, code, registries and settings;
    # unification only rewrites actor ids, so those ids (in order) cover what it changed.
    ids = "\x1f".join((
        *(m.actor_id for m in analysis.mentions), "\x1e",
        *(q.speaker_id or "" for q in analysis.quotes), "\x1e",
        *(m.actor_id for n in notes for m in n.mentions), "\x1e",
        *(q.speaker_id or "" for n in notes for q in n.quotes),
    ))
    return _digest(source_key.encode(), article.slug.encode(), ids.encode(), object_digest(analysis.actors, {}))


class _TokenPickler(pickle.Pickler):
    """Pickles an object with each Article replaced by its token (cheap, and stable across builds)."""

    def __init__(self, file: io.BytesIO, tokens: Mapping[str, bytes]) -> None:
        super().__init__(file, 5)
        # Without the memo, equal values give equal bytes whether or not they are the same object
        # (pickle would otherwise write back-references that depend on object identity).
        self.fast = True
        self.tokens = tokens

    def persistent_id(self, obj: object) -> bytes | None:
        if type(obj) is Article:
            return self.tokens.get(obj.slug, b"?" + obj.slug.encode())
        return None

    def reducer_override(self, obj: object) -> object:
        if type(obj) is ActorProfile:
            return tuple, (profile_summary(obj, self.tokens),)
        # Slotted dataclasses pickle through a Python-level __getstate__ that calls fields() each
        # time: two thirds of the digest time. Their field values in order say the same, faster.
        names = _field_names(type(obj))
        if names is None:
            return NotImplemented
        return type(obj), tuple(getattr(obj, name) for name in names)


def profile_summary(profile: ActorProfile, tokens: Mapping[str, bytes]) -> tuple:
    """What determines an actor profile, in a form that is quick to digest.

    Each appearance and quote reference is, by construction (corpus._profile), the article's own
    mentions, footnote mentions and quotes of this actor: given the actor and the article (counted
    by its token), nothing else. So the article tokens in order stand for them. The co-actor list
    (thousands of entries for a country) is one string instead of thousands of small objects.
    """
    def token(article: Article) -> bytes:
        return tokens.get(article.slug, b"?" + article.slug.encode())

    return ("ActorProfile", profile.actor, profile.slug, "\x1f".join(profile.roles),
            "\x1f".join(profile.surface_forms),
            "\x1f".join(f"{c.actor_id}\x1e{c.articles}" for c in profile.co_actors),
            profile.first_seen, profile.last_seen, b"".join(token(a.article) for a in profile.appearances),
            b"".join(token(q.article) for q in profile.quotes))


@functools.lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...] | None:
    return tuple(f.name for f in fields(cls)) if is_dataclass(cls) else None


def object_digest(value: object, tokens: Mapping[str, bytes]) -> bytes:
    """Digest of any page input, articles inside it counted by their tokens."""
    buffer = io.BytesIO()
    _TokenPickler(buffer, tokens).dump(value)
    return _digest(buffer.getvalue())


@dataclass(slots=True)
class Recorder:
    """What one page's template looked up while it was rendered."""

    dependencies: set[Dependency] = field(default_factory=set)
    untracked: bool = False  # read something across the corpus that is not recorded

    def need(self, kind: str, key: str) -> None:
        """Note that the page read the value (kind, key)."""
        self.dependencies.add((kind, key))


class Untracked:
    """Any other corpus-wide value: reading it makes the page untracked."""

    def __init__(self, value: object, recorder: Recorder) -> None:
        self._value, self._recorder = value, recorder

    def __getattr__(self, name: str) -> object:
        self._recorder.untracked = True
        return getattr(self._value, name)

    def __iter__(self):
        self._recorder.untracked = True
        return iter(self._value)

    def __len__(self) -> int:
        self._recorder.untracked = True
        return len(self._value)

    def __getitem__(self, key: object) -> object:
        self._recorder.untracked = True
        return self._value[key]

    def __bool__(self) -> bool:
        self._recorder.untracked = True
        return bool(self._value)


class RecordingMapping(Untracked):
    """A read-only mapping (charts, related articles) that records the keys a template looks up.

    keys(), items(), len(), iteration: the page reads the whole mapping and becomes untracked.
    """

    def __init__(self, mapping, kind: str, recorder: Recorder) -> None:
        super().__init__(mapping, recorder)
        self._kind = kind

    def get(self, key: str, default: object = None) -> object:
        self._recorder.need(self._kind, key)
        value = self._value.get(key)
        return default if value is None else value

    def __getitem__(self, key: str) -> object:
        self._recorder.need(self._kind, key)
        return self._value[key]

    def __contains__(self, key: object) -> bool:
        self._recorder.need(self._kind, str(key))
        return self._value.get(key) is not None


class CorpusView(Untracked):
    """The corpus as a page template sees it: actor lookups and the topic list are recorded."""

    def profile(self, actor_id: str):
        """Profile of an actor id (recorded), or None."""
        self._recorder.need("actor", actor_id)
        return self._value.profile(actor_id)

    @property
    def topics(self):
        """Every topic profile (recorded as the topic list: definitions and slugs)."""
        self._recorder.need("topics", "")
        return self._value.topics


@dataclass(frozen=True, slots=True)
class _Record:
    inputs: bytes
    dependencies: tuple[Dependency, ...]
    values: bytes  # digest of the dependencies' values when the page was rendered
    size: int
    mtime_ns: int


class PageMemo:
    """Records of the tracked pages in build/docs; answers whether a page can be kept as it is."""

    def __init__(self, folder: Path, docs_dir: Path, environment: str, tokens: Mapping[str, bytes]) -> None:
        self.file = folder / MEMO_FILE
        self.docs_dir = docs_dir
        self.environment = environment
        self.tokens = tokens
        self._old: dict[str, _Record] = self._load()
        self._kept: dict[str, _Record] = {}
        self._pending: dict[str, tuple[bytes, tuple[Dependency, ...], bytes]] = {}
        self.reused = 0

    def _load(self) -> dict[str, _Record]:
        try:
            with self.file.open("rb") as handle:
                data = pickle.load(handle)  # noqa: S301 - written by this tool into its own cache
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("environment") != self.environment:
            return {}
        return data.get("pages", {})

    def inputs(self, template: str, subject: object) -> bytes:
        """Digest of a page's template name and its own object."""
        return _digest(template.encode(), object_digest(subject, self.tokens))

    @staticmethod
    def _values(dependencies: Iterable[Dependency], lookup: Lookup) -> bytes:
        return _digest(*(b"%s\0%s\0%s" % (kind.encode(), key.encode(), lookup(kind, key))
                         for kind, key in sorted(dependencies)))

    def reusable(self, path: str, inputs: bytes, lookup: Lookup) -> bool:
        """True if the page's file in the docs folder is what rendering it now would write."""
        record = self._old.get(path)
        if record is None or record.inputs != inputs:
            return False
        try:
            stat = (self.docs_dir / path).stat()
        except OSError:
            return False
        if (stat.st_size, stat.st_mtime_ns) != (record.size, record.mtime_ns):
            return False
        if self._values(record.dependencies, lookup) != record.values:
            return False
        self._kept[path] = record
        self.reused += 1
        return True

    def rendered(self, path: str, inputs: bytes, recorder: Recorder, lookup: Lookup) -> None:
        """Remember a page just rendered (its file's size and time are read after it is written)."""
        if recorder.untracked:
            return
        dependencies = tuple(sorted(recorder.dependencies))
        self._pending[path] = (inputs, dependencies, self._values(dependencies, lookup))

    def save(self) -> None:
        """Write the records of this build's pages (call after the pages are written)."""
        pages = dict(self._kept)
        for path, (inputs, dependencies, values) in self._pending.items():
            try:
                stat = (self.docs_dir / path).stat()
            except OSError:
                continue
            pages[path] = _Record(inputs, dependencies, values, stat.st_size, stat.st_mtime_ns)
        self.file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.file.with_name(f"{MEMO_FILE}.{os.getpid()}.tmp")
        with tmp.open("wb") as handle:  # 50,000 records: stored so that they load fast (cache.dump_fast)
            dump_fast({"format": FORMAT, "environment": self.environment, "pages": pages}, handle)
        os.replace(tmp, self.file)

    def forget(self) -> None:
        """Drop the records (the docs folder is about to be written by someone else)."""
        self.file.unlink(missing_ok=True)
