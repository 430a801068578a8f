"""Rules for names whose own words or close context say their kind: geographic prefixes ("Lago di Garda"), lakes
and mountains ("am Kratzowsee"), roads ("A 7"), house numbers, a name in the Saxon genitive before a noun
("Brians Sohn"), a speaker before a colon
("Sido: ...") and a full name listed with persons ("Karl Barl und Ernst Nilsson")."""

from __future__ import annotations

import re

from ..model import ActorKind
from .cues import DETERMINERS, town_like
from .leftovers import LeftoverScan
from .lexicon import STOP, attributive, compound_noun, joins_words, name_reading, role_base, word_class
from .ordinary import english_word
from .scan import cap, initial, is_place, namey, near

# Generic words that open the name of a mountain, lake, island, coast or street in the languages German news quotes
# untranslated: "Cerro Amarillo", "Isola di Arabella", "Gorge de la Langouette", "Via Roma", "Lake Tahoe".
_GEO_PREFIXES = frozenset("""Cerro Monte Mont Mount Lake Lago Lac Loch Isola Île Lido Río Sierra Playa Cabo Cape
Capo Kap Piz Pizzo Punta Golfo Gorge Pico Bahía Baie Via Viale Corso Piazza Piazzale Rue Avenida Calle Plaza Praça Rua
Boulevard Bad""".split())
# Articles and prepositions inside such names: "Lido delle Nazioni", "Gorge de la Langouette".
_GEO_LINKS = frozenset("di de del della delle dei degli da do dos das du des la le les los las d".split())
# Roads: "Bundesstraße 216", "Autobahn 7"; "A 7" / "A7" only after an article or the word Autobahn ("die A 2") in a
# text about motorways.
_ROAD_WORDS = frozenset("Bundesstraße Landesstraße Staatsstraße Kreisstraße Bundesautobahn Autobahn Route Highway "
                        "Interstate".split())
_ROAD_BEFORE = frozenset("der die zur Autobahn Autobahnen und".split())
_MOTORWAY = re.compile(r"A\d{1,3}")
_NUMBER = re.compile(r"\d{1,4}[a-z]?")
_UNITS = frozenset("m km Meter Kilometer Prozent Minuten Stunden Jahre Jahren Euro Mal".split())
# What an interview answer opens with after "Name:": a quote or a first-person word ("Sido: „Früher ...", "Schwarz:
# Ich bin ..."); a headline ("Brexit: Johnson ...") seldom does.
_ANSWER_OPENERS = frozenset("Ich Wir Mein Meine Meiner Unser Unsere Mir Mich Uns Ja Nein Naja Na".split())
_QUOTES = ("„", '"', "“", "«", "»")


# Endings of names of lakes, mountains, valleys and moors: "am Kratzowsee", "den Mirnitzberg", "des Ilmtals".
_LANDSCAPE_ENDS = ("see", "sees", "berg", "berges", "bergs", "tal", "tals", "tales", "gebirge", "gebirges", "moor",
                   "moores", "kopf", "horn", "spitze", "heide", "mark", "wald", "waldes")
# An article or a contracted preposition before such a name: landmarks take one ("am Wannsee"), towns do not.
_LANDSCAPE_BEFORE = frozenset("am im vom zum beim den dem des der Am Im Vom Zum Beim".split())


class LandmarkScan(LeftoverScan):
    """Rules over an article's free tokens for names whose own words say their kind."""

    def landscapes(self) -> None:
        """ "am Kratzowsee", "den Mirnitzberg": after an article a word no lexicon knows, ending like a lake, a
        mountain or a valley, is that landmark's name; compounds of known words are common nouns ("den Weinberg")."""
        for i in self.caps:
            w = self.word(i)
            # cheap tests first: most capitals follow no article of a landmark
            if self.word(i - 1) in _LANDSCAPE_BEFORE and len(w) > 6 and w.lower().endswith(_LANDSCAPE_ENDS) \
                    and self.ok(i) and "-" not in w and not self.word(i + 1)[:1].isupper() \
                    and word_class(w) == "unknown" and not joins_words(w) and not compound_noun(w):
                self.add(i, i + 1, ActorKind.ORT)

    def geography(self) -> None:
        """ "Lago Maggiore", "Isola di Arabella", "Via Roma": a geographic prefix and capitalised words (with
        Romance articles between) are a place; run before persons claim "Arabella" as a first name."""
        for i in self.caps:
            if self.word(i) not in _GEO_PREFIXES or not self.ok(i) or not self.ok(i + 1) \
                    or not near(self.text, self.tokens, i):
                continue
            j = i + 1
            while j < i + 3 and self.word(j) in _GEO_LINKS and self.ok(j + 1) and near(self.text, self.tokens, j):
                j += 1
            nxt = self.word(j)
            if not cap(nxt) or nxt.isupper() or j == i + 1 and (
                    word_class(nxt) == "common" and not town_like(nxt) or english_word(nxt)):
                continue  # "Via Twitter", "Bad Boys": a common word, no name; "Bad Kornheim" is a town
            end = self.run_right(j, 3, lambda x: cap(x) and not x.isupper())
            self.add(i, end, ActorKind.ORT)

    def roads(self) -> None:
        """ "Bundesstraße 216", "die A 7", "der A1": numbered roads are places (on a map and in GermEval)."""
        tokens = self.tokens
        # "die A1" is also a car or a tape drive: the article must be about motorways
        motorways = "utobahn" in self.text
        for i in self.caps:
            w = self.word(i)
            if not (w in _ROAD_WORDS or motorways and w[0] == "A") or not self.ok(i):
                continue
            motorway = motorways and self.word(i - 1) in _ROAD_BEFORE
            if motorway and _MOTORWAY.fullmatch(w):
                self.add(i, i + 1, ActorKind.ORT)
            elif (w in _ROAD_WORDS or w == "A" and motorway) and self.ok(i + 1) \
                    and self.word(i + 1).isdigit() and len(self.word(i + 1)) <= 3 and near(self.text, tokens, i):
                self.add(i, i + 2, ActorKind.ORT)

    def house_number(self, end: int) -> int:
        """End of a street name at `end`, taking in a house number right after it ("Neuendorfer Straße 90c")."""
        if self.ok(end) and _NUMBER.fullmatch(self.word(end)) and near(self.text, self.tokens, end - 1):
            # not "Hauptstraße 3 km", "Schillerplatz 2010": a number followed by a unit, or a year
            if len(self.word(end)) < 4 and self.word(end + 1) not in _UNITS:
                return end + 1
        return end

    def genitives(self) -> None:
        """ "Brians Sohn", "Kádárs Werke", "Hamburgs Bürgermeister": a capitalised word with the genitive -s right
        before a common noun, with no article in front, is a name; a gazetteer place is a place, else a person."""
        tokens = self.tokens
        for i in self.caps:
            w = self.words[i]
            if w[-1] != "s":
                continue
            nxt, prev = self.word(i + 1), self.word(i - 1)
            if not w.endswith("s") or w.endswith("ss") or len(w) < 4 or w.isupper() or w in STOP \
                    or not self.ok(i) or not self.ok(i + 1) or not near(self.text, tokens, i):
                continue
            if not cap(nxt) or nxt.isupper() or "-" in nxt or prev.lower() in DETERMINERS or attributive(prev) \
                    or prev[:1].isupper() and near(self.text, tokens, i - 1) and prev not in STOP:
                continue
            stem = w[:-1]
            # the noun after first: most words before a noun are no genitive, and it is HanTa's cheaper question
            # not "Kälteempfindliches Gemüse", "Thanks Giving", "Harper’s Bazaar", "Darts-Profis Treffen"
            if stem in STOP or "-" in w or "’" in w or "'" in w or w.endswith(("ndes", "ches")) \
                    or attributive(w.lower()) or word_class(nxt) != "common" or word_class(w) == "common" \
                    or word_class(stem) == "common" or role_base(w) is not None or english_word(stem) or english_word(w):
                continue
            # HanTa knows the stem as a name ("Brian") or neither form: the -s is the genitive ending
            name = stem if word_class(stem) == "name" or word_class(w) == "unknown" else w
            self.add(i, i + 1, ActorKind.ORT if is_place(stem) else ActorKind.PERSON, name)

    def speakers(self) -> None:
        """ "Sido: „Früher ...", "Schwarz: Ich bin ...": a name opening a line or sentence before a colon and an
        answer is the person speaking in an interview."""
        tokens, text = self.tokens, self.text
        if ":" not in text:
            return
        for i in self.caps:
            # cheap tests first: the colon and the answer, then HanTa
            if ":" not in text[tokens[i].end : tokens[i].end + 2] or not self.ok(i) or i + 1 >= self.n:
                continue
            w = self.word(i)
            if w.isupper() or len(w) < 3:
                continue
            between = text[tokens[i].end : tokens[i + 1].start].strip()
            opens = between.startswith(":") and (between[1:].strip().startswith(_QUOTES)
                                                 or not between[1:].strip() and self.word(i + 1) in _ANSWER_OPENERS)
            if opens and initial(tokens, text, i) and namey(w) and not english_word(w) and name_reading(w):
                self.add(i, i + 1, ActorKind.PERSON)

    def listed_persons(self) -> None:
        """ "gegen Karl Barl und Ernst Nilsson": two name words listed next to a person found by evidence are a
        person too, though neither is a known first name."""
        kinds, person = self.kinds, ActorKind.PERSON
        if person not in kinds.values():
            return
        for i in self.caps:
            # cheap tests first: a person right before or after, listed with the pair, then HanTa
            if not (kinds.get(i - 1) is person or kinds.get(i - 2) is person or kinds.get(i + 2) is person
                    or kinds.get(i + 3) is person) or not (self.ok(i) and self.ok(i + 1)) \
                    or not near(self.text, self.tokens, i):
                continue
            before = any(self.kinds.get(k) is ActorKind.PERSON and self._listed(k + 1, i) for k in (i - 1, i - 2))
            after = any(self.kinds.get(k) is ActorKind.PERSON and self._listed(i + 2, k) for k in (i + 2, i + 3))
            if not (before or after):
                continue
            pair = (self.word(i), self.word(i + 1))
            # not "die Zwillingsbrüder Hans und Franz": a common compound opens no name
            if self.word(i - 1).lower() in DETERMINERS or compound_noun(pair[0]) or joins_words(pair[0]) \
                    or any(not namey(x) or x.isupper() or "-" in x or english_word(x) for x in pair) \
                    or self.ok(i + 2) and namey(self.word(i + 2)) and near(self.text, self.tokens, i + 1):
                continue
            self.add(i, i + 2, ActorKind.PERSON)
