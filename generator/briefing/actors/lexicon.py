"""Word knowledge used as evidence: role titles, function words, and HanTa's German lexicon."""

from __future__ import annotations

import functools

from . import hanta

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
sänger sängerin rapper rapperin schauspieler schauspielerin regisseur regisseurin komponist komponistin dichter
dichterin schriftsteller schriftstellerin musiker musikerin pianist pianistin gitarrist gitarristin maler malerin
bildhauer bildhauerin künstler künstlerin architekt architektin theologe theologin philosoph philosophin
historiker historikerin ingenieur ingenieurin arzt ärztin oberarzt oberärztin chefarzt chefärztin schulrat
popstar superstar stürmer stürmerin torhüter torhüterin torwart verteidiger mittelfeldspieler kapitän coach
boxer boxerin sprinter sprinterin rennfahrer rennfahrerin radprofi tennisprofi surrealist surrealistin
titelverteidiger titelverteidigerin keeper torfrau schlussmann
""".split())
_ROLE_SUFFIXES = ("minister", "ministerin", "präsident", "präsidentin", "chef", "chefin", "sprecher",
                  "sprecherin", "vorsitzende", "vorsitzender", "kandidat", "kandidatin", "kommissar",
                  "kommissarin", "botschafter", "botschafterin", "diplomat", "diplomatin", "sekretär",
                  "sekretärin", "beauftragte", "beauftragter", "führer", "führerin", "spieler", "spielerin",
                  "wissenschaftler", "wissenschaftlerin", "politiker", "politikerin", "aktivist", "aktivistin")
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
# Capitalised general words that look like names but name no actor: diseases and their pathogens ("wegen Corona",
# "an Covid erkrankt"); a place of the same name ("Corona", California) is far rarer in German news. Share
# indices ("der Dax schloss", "TecDax") are figures, not the exchange that computes them. Also kept from the
# acronym rules (discover.py).
NOT_ACTORS = frozenset("""Corona Coronas Covid Covid-19 Corona-Virus Coronavirus Coronavirus-Pandemie Sars-CoV-2 SARS-CoV-2
Omikron Omicron Ebola Zika Influenza Mpox
DAX Dax MDAX MDax TecDAX TecDax SDAX SDax Stoxx STOXX FTSE Eurostoxx""".split())
# Lower-case particles inside names: "Ursula von der Leyen", "Luiz Inácio Lula da Silva".
PARTICLES = frozenset("von van der den de da del della di du la le bin ben al el dos das zu ter ten y".split())
# German noun suffixes: a capitalised word ending like this is a common noun, not a surname.
_NOUN_SUFFIXES = ("ung", "ungen", "heit", "keit", "schaft", "tion", "tionen", "ismus", "tät", "ität", "nis",
                  "nisse", "ment", "ments", "chen", "lein", "ieren", "isch", "ische", "ischen", "ischer",
                  "artige", "artigen", "artiger",  # "die Lachsartigen": adjectives used as nouns
                  # chemicals and drugs: "Clenbuterol", "Permethrin", "Erythromycin", "Ibuprofen", "Natriumchlorid"
                  "terol", "thrin", "mycin", "cillin", "azol", "azepam", "profen", "oxid", "oxide", "amid", "sulfat",
                  "phosphat", "chlorid", "nitrat", "statin", "sartan")


@functools.lru_cache(maxsize=50_000)  # asked ~200 times per article, mostly about the same words
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


@functools.lru_cache(maxsize=1)
def _tag_word():
    """HanTa's tag_word, with the exact faster guesser of hanta.py."""
    return hanta.tagging(_tagger())


@functools.lru_cache(maxsize=200_000)
def _tags(word: str) -> tuple[tuple[str, float], ...]:
    """HanTa's readings of `word`, best first; cached because guessing an unseen word is slow (~1 ms)."""
    if _tagger() is None or not word:
        return ()
    return tuple(_tag_word()(word))


# Inflection endings HanTa joins to a noun stem ("Gewürz-e", "Spion-en", "Kita-s"); "-er" is left out, it ends
# too many surnames ("Meiser").
_NOUN_INFLECTIONS = ("e", "en", "n", "s", "es", "ern", "nen", "ns", "ens")


@functools.lru_cache(maxsize=1)
def _morphemes() -> tuple[frozenset[str], frozenset[str]]:
    """(HanTa's noun stems, its name and foreign-word stems): the lexicon behind its slow guessing."""
    tagger = _tagger()
    if tagger is None:
        return frozenset(), frozenset()

    def stems(*tags: str) -> set[str]:
        ids = [tagger.tag2int[t] for t in tags if t in tagger.tag2int]
        return {m for i in ids for m in tagger.LP_m_t.get(i, ())}
    ne = tagger.tag2int["NE"]
    nouns = stems("NN", "NN_VAR", "NN_IRR") | set(_lexicon_words()[1])
    names = stems("NE", "NE_VAR", "ACR_NE", "FM") | {k for k, tags in tagger.cache.items() if any(t == ne for t, _ in tags)}
    return frozenset(nouns), frozenset(names)


@functools.lru_cache(maxsize=200_000)
def known_noun(word: str) -> bool:
    """`word` is a noun stem of HanTa's lexicon, maybe inflected, and no name stem ("Spinat", "Gewürze"; not
    "Wagners"): HanTa would read it as a common noun, so the ~1 ms guess is skipped."""
    nouns, names = _morphemes()
    low = word.lower()
    if low in nouns:
        return low not in names
    if any(low.endswith(end) and len(low) - len(end) >= 3 and low[: -len(end)] in nouns
           and low[: -len(end)] not in names for end in _NOUN_INFLECTIONS):
        return True
    # feminine forms: "Aktivistin", "Moderatorinnen"
    stem = low[:-5] if low.endswith("innen") else low[:-2] if low.endswith("in") else ""
    return len(stem) >= 4 and stem in nouns and stem not in names


@functools.lru_cache(maxsize=200_000)
def word_class(word: str) -> str:
    """'common' for a known German word that is not a name, 'name' for a known name, 'unknown' otherwise."""
    if word in STOP or word in NOT_ACTORS:
        return "common"
    tagger = _tagger()
    suffix = word.lower().endswith(_NOUN_SUFFIXES) and len(word) > 5
    # The suffix test is for words HanTa guesses; a lexicon name wins ("München", "Gelsenkirchen", "Fischer").
    if suffix and (tagger is None or tagger.normalize(word) not in tagger.cache):
        return "common"
    if tagger is None:
        return "unknown"
    cached = tagger.normalize(word) in tagger.cache
    if not cached and known_noun(word):
        return "common"
    tags = _tags(word)
    if suffix and tags and tags[0][0] != "NE":
        return "common"
    if not tags:
        return "unknown"
    tag, score = tags[0]
    # HanTa scores lexicon words around -5..-20 and guesses for unseen words below -25.
    if score < -25:
        # HanTa's lexicon predates the 1996 spelling reform: "Einfluss", "Schlusslicht" are "Einfluß", "Schlußlicht".
        return "common" if "ss" in word and _old_spelling_common(word.replace("ss", "ß")) else "unknown"
    return "name" if tag == "NE" else "common"


def _old_spelling_common(word: str) -> bool:
    """A common word in the old spelling; asked of the lexicon only, a second guess would double the cost."""
    tagger = _tagger()
    return known_noun(word) or tagger.normalize(word) in tagger.cache and word_class(word) == "common"


@functools.lru_cache(maxsize=100_000)
def pure_name(word: str) -> bool:
    """HanTa knows `word` only as a name ("Müller"), not also as a noun ("Bäcker", "Fund")."""
    tagger = _tagger()
    # HanTa's preloaded cache is its lexicon; checking it first avoids a slow guess for every noun.
    if tagger is None or tagger.normalize(word) not in tagger.cache or word_class(word) != "name":
        return False
    tags = _tags(word)
    return not any(tag == "NN" and score > tags[0][1] - 2.5 for tag, score in tags[1:])


@functools.lru_cache(maxsize=100_000)
def maybe_surname(word: str) -> bool:
    """A common noun that is also a surname ("Fischer", "Koch") or a word HanTa only guesses ("Büscher")."""
    tagger = _tagger()
    if tagger is None:
        return False
    tags = _tags(word)
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
    tags = _tags(word)
    return bool(tags) and tags[0][0] in ("VV(FIN)", "VA(FIN)", "VM(FIN)")


@functools.lru_cache(maxsize=20_000)
def name_reading(word: str) -> bool:
    """HanTa reads `word` as a name and nothing else comes close ("Ramelow", "Gauck"; not "Anders", "Lange",
    "Essen", "Dessertbananen")."""
    tagger = _tagger()
    if tagger is None or not word or tagger.normalize(word) not in tagger.cache and known_noun(word):
        return False
    tags = _tags(word)
    if not tags or tags[0][0] != "NE":
        return False
    if word_class(word) == "unknown":
        return True  # a guess: the margins between guessed tags say nothing
    return not any(score > tags[0][1] - 2.5 for _, score in tags[1:])


# Endings of inflected adjectives, for words outside HanTa's lexicon ("zwielichtige", "denkmalgeschützten").
_ADJECTIVE_ENDINGS = tuple(stem + end for stem in ("isch", "ig", "lich", "iv", "al", "är", "ell", "haft", "los", "bar")
                           for end in ("e", "en", "er", "es", "em"))


@functools.lru_cache(maxsize=20_000)
def attributive(word: str) -> bool:
    """A lower-case word that HanTa reads as an attributive adjective ("cooles", "primären")."""
    tagger = _tagger()
    if tagger is None or not word[:1].islower():
        return False
    if tagger.normalize(word) not in tagger.cache:  # guessing is slow: a typical ending will do
        return word.endswith(_ADJECTIVE_ENDINGS)
    tags = _tags(word)
    # "verfolgte Hitler": a participle that may be a finite verb is no evidence
    return bool(tags) and tags[0][0] == "ADJ(A)" and not any(t.endswith("(FIN)") for t, _ in tags[1:3])


@functools.lru_cache(maxsize=1)
def _lexicon_words() -> tuple[frozenset[str], frozenset[str]]:
    """(all lower-case words of HanTa's lexicon, those whose best reading is a common noun)."""
    tagger = _tagger()
    if tagger is None:
        return frozenset(), frozenset()
    nn = tagger.tag2int["NN"]
    words = frozenset(k for k in tagger.cache if len(k) >= 3 and k.isalpha())
    return words, frozenset(k for k in words if len(k) >= 4 and tagger.cache[k][0][0] == nn)


@functools.lru_cache(maxsize=50_000)
def joins_words(word: str) -> bool:
    """`word` is two lexicon words, the last a noun ("Fußballfans", "Wasserkocher"); set lookups only, no tagging."""
    words, nouns = _lexicon_words()
    low = word.lower()
    for k in range(3, len(low) - 3):
        if low[k:] in nouns:
            head = low[:k]
            # a linking element may join the parts: "Bildung-s-wege", "Tanne-n-zapfen"
            if head in words or head[:-1] in words or head.endswith(("en", "es", "er")) and head[:-2] in words:
                return True
    return False


# Last parts that make a compound a surname or a place ("Linnemann", "Kreuzberg", "Reuterstraße"), not a noun.
_NAME_HEADS = ("mann", "männer", "berg", "burg", "stein", "feld", "dorf", "hausen", "bach", "tal", "thal", "heim",
               "hof", "wald", "brunn", "brück", "au", "see", "stadt", "land", "horst", "hagen", "kirchen", "rode",
               "leben", "furt", "sohn", "straße", "strasse", "platz", "allee", "gasse", "weg", "ring", "gebirge")


@functools.lru_cache(maxsize=1)
def _stems() -> frozenset[str]:
    """Lower-case lexicon words and noun stems that may open a compound."""
    return _lexicon_words()[0] | _morphemes()[0]


@functools.lru_cache(maxsize=50_000)
def compound_noun(word: str) -> bool:
    """`word` is a lexicon word or stem plus an (inflected) noun stem ("Lippenstift", "Blutgefäßen"), with no
    surname or place ending: HanTa would read it as a noun; set lookups only, no tagging."""
    low = word.lower().replace("-", "")
    if low.endswith(_NAME_HEADS):
        return False
    words = _stems()
    for k in range(3, len(low) - 3):
        head, tail = low[:k], low[k:]
        if (head in words or head[-1] in "sn" and head[:-1] in words
                or head.endswith(("en", "es", "er")) and head[:-2] in words) and known_noun(tail):
            return True
    return False
