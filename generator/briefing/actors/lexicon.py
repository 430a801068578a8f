"""Word knowledge used as evidence: role titles, function words, and HanTa's German lexicon."""

from __future__ import annotations

import functools

# Titles that introduce a name ("Außenminister Marcelo Ebrard"); matched on the last hyphen part of
# a token after undoing case endings, so "US-Präsidenten" -> "US-Präsident".
_ROLE_WORDS = frozenset("""
präsident präsidentin vizepräsident vizepräsidentin ministerpräsident ministerpräsidentin premierminister
premierministerin premier premierin regierungschef regierungschefin staatschef staatschefin staatspräsident
staatspräsidentin kanzler kanzlerin bundeskanzler bundeskanzlerin bundespräsident bundespräsidentin minister
ministerin senator senatorin gouverneur gouverneurin bürgermeister bürgermeisterin oberbürgermeister
oberbürgermeisterin abgeordnete abgeordneter botschafter botschafterin sprecher sprecherin chef chefin
vorsitzende vorsitzender generalsekretär generalsekretärin könig königin prinz prinzessin kronprinz papst
kardinal bischof erzbischof richter richterin anwalt anwältin direktor direktorin geschäftsführer
geschäftsführerin ceo general admiral kommissar kommissarin diktator machthaber oppositionsführer
oppositionsführerin kandidat kandidatin präsidentschaftskandidat präsidentschaftskandidatin spitzenkandidat
spitzenkandidatin diplomat diplomatin karrierediplomat karrierediplomatin ökonom ökonomin professor professorin
parteichef parteichefin emir scheich kaiser monarch ayatollah imam rabbiner pastor pfarrer trainer trainerin
journalist journalistin korrespondent korrespondentin reporter reporterin autor autorin forscher forscherin
experte expertin analyst analystin gründer gründerin unternehmer unternehmerin milliardär milliardärin
staatssekretär staatssekretärin landrat landrätin innensenator finanzsenator regierungssprecher
regierungssprecherin außenbeauftragte ratspräsident ratspräsidentin kommissionschef kommissionschefin
""".split())
_ROLE_SUFFIXES = ("minister", "ministerin", "präsident", "präsidentin", "chef", "chefin", "sprecher",
                  "sprecherin", "vorsitzende", "vorsitzender", "kandidat", "kandidatin", "kommissar",
                  "kommissarin", "botschafter", "botschafterin", "diplomat", "diplomatin", "sekretär",
                  "sekretärin", "beauftragte", "beauftragter", "führer", "führerin")
_EN_ROLES = frozenset("""
President Vice-President Minister Senator Governor Chancellor King Queen Secretary Speaker Mayor CEO Chairman
Chairwoman Judge General Pope Prince Princess Ambassador Representative Rep Sen Gov Mr Mrs Ms Dr Premier
Spokesman Spokeswoman Leader Commissioner
""".split())
# Honorifics are evidence that a name follows, but they are no role.
HONORIFICS = frozenset("Herr Herrn Frau Dr Prof Mr Mrs Ms Sir Dame Lady Lord".split())

# Capitalised words that are never part of a name: articles, pronouns, months, weekdays, ...
STOP = frozenset("""
Der Die Das Den Dem Des Ein Eine Einen Einem Einer Eines Im In Am An Auf Aus Bei Mit Nach Von Vom Zu Zum Zur
Für Über Unter Vor Hinter Neben Zwischen Durch Gegen Ohne Um Und Oder Aber Doch Denn Sondern Als Wie Wenn Ob
Dass Weil Da Auch Nur Noch Schon Nicht Kein Keine So Es Er Sie Wir Ihr Ich Man Sein Seine Ihre Unser Dieser
Diese Dieses Jener Jene Alle Viele Einige Mehrere Beide Beiden Dabei Damit Danach Dann Dort Hier Heute
Gestern Morgen Jetzt Nun Zudem Außerdem Allerdings Trotz Während Seit Bis Laut Gemäß Herr Frau
Mir Mich Dir Dich Uns Euch Ihm Ihn Ihnen Wer Wen Wem Was Welche Welcher Welches Ferner Sowie Bereits
Januar Februar März April Mai Juni Juli August September Oktober November Dezember
Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Sonnabend
The A An Of In On At For And Or But With From By To As Is Was Are Were This That These Those He She It We They
Mr Mrs Ms Dr Prof Sir St Jr Sr
January February March May June July October December Monday Tuesday Wednesday Thursday Friday Saturday Sunday
""".split())
# Lower-case particles inside names: "Ursula von der Leyen", "Luiz Inácio Lula da Silva".
PARTICLES = frozenset("von van der den de da del della di du la le bin ben al el dos das zu ter ten y".split())
# German noun suffixes: a capitalised word ending like this is a common noun, not a surname.
_NOUN_SUFFIXES = ("ung", "ungen", "heit", "keit", "schaft", "tion", "tionen", "ismus", "tät", "ität", "nis",
                  "nisse", "ment", "ments", "chen", "lein", "ieren", "isch", "ische", "ischen", "ischer")


def role_base(word: str, language: str = "de") -> str | None:
    """The role/title a token names, in nominative form ("Präsidenten" -> "Präsident"), or None."""
    if language == "en":
        return word if word.rstrip(".") in _EN_ROLES else None
    head, _, last = word.rpartition("-")
    low = last.lower()
    for cand, cut in ((low, 0), (low[:-1], 1), (low[:-2], 2)):
        if len(cand) < 3:
            continue
        if cut == 1 and not (low.endswith("s") or low.endswith("n")):
            continue
        if cut == 2 and not low.endswith(("en", "es")):
            continue
        if cand in _ROLE_WORDS or cand.endswith(_ROLE_SUFFIXES):
            base = last[: len(last) - cut]
            return f"{head}-{base}" if head else base
    return None


def is_particle(word: str) -> bool:
    """Lower-case name particle ("von", "de", "bin")."""
    return word in PARTICLES


@functools.lru_cache(maxsize=1)
def _tagger():
    """HanTa's German model, loaded once; None when HanTa is not installed."""
    try:
        from HanTa import HanoverTagger
    except ImportError:  # optional: the suffix heuristic below still works
        return None
    return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")


@functools.lru_cache(maxsize=200_000)
def word_class(word: str) -> str:
    """'common' for a known German word that is not a name, 'name' for a known name, 'unknown' otherwise."""
    if word in STOP:
        return "common"
    if word.lower().endswith(_NOUN_SUFFIXES) and len(word) > 5:
        return "common"
    tagger = _tagger()
    if tagger is None:
        return "unknown"
    tags = tagger.tag_word(word)
    if not tags:
        return "unknown"
    tag, score = tags[0]
    # HanTa scores lexicon words around -5..-20 and guesses for unseen words below -25.
    if score < -25:
        return "unknown"
    return "name" if tag == "NE" else "common"


@functools.lru_cache(maxsize=100_000)
def pure_name(word: str) -> bool:
    """HanTa knows `word` only as a name ("Müller"), not also as a noun ("Bäcker", "Fund")."""
    tagger = _tagger()
    # HanTa's preloaded cache is its lexicon; checking it first avoids a slow guess for every noun.
    if tagger is None or tagger.normalize(word) not in tagger.cache or word_class(word) != "name":
        return False
    tags = tagger.tag_word(word)
    return not any(tag == "NN" and score > tags[0][1] - 2.5 for tag, score in tags[1:])


@functools.lru_cache(maxsize=100_000)
def maybe_surname(word: str) -> bool:
    """A common noun that is also a surname ("Fischer", "Koch") or a word HanTa only guesses ("Büscher")."""
    tagger = _tagger()
    if tagger is None:
        return False
    tags = tagger.tag_word(word)
    if any(tag == "NE" for tag, _ in tags):
        return True
    # Lexicon words score around -5..-12; a worse score for a word outside the lexicon is a guess.
    return bool(tags) and tagger.normalize(word) not in tagger.cache and tags[0][1] < -12


@functools.lru_cache(maxsize=20_000)
def finite_verb(word: str) -> bool:
    """HanTa's best reading of `word` is a finite verb ("erklärte", "ist", "kann")."""
    tagger = _tagger()
    if tagger is None:
        return False
    tags = tagger.tag_word(word)
    return bool(tags) and tags[0][0] in ("VV(FIN)", "VA(FIN)", "VM(FIN)")


@functools.lru_cache(maxsize=20_000)
def name_reading(word: str) -> bool:
    """HanTa reads `word` as a name and nothing else comes close ("Ramelow", "Gauck"; not "Anders", "Lange",
    "Essen", "Dessertbananen")."""
    tagger = _tagger()
    if tagger is None:
        return False
    tags = tagger.tag_word(word)
    if not tags or tags[0][0] != "NE":
        return False
    if word_class(word) == "unknown":
        return True  # a guess: the margins between guessed tags say nothing
    return not any(score > tags[0][1] - 2.5 for _, score in tags[1:])
