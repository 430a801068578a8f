"""Names no other rule typed: runs of HanTa names inside a sentence, read as places or persons by their context."""

from __future__ import annotations

from ..model import ActorKind
from .cues import (DETERMINERS, LEGAL_FORMS, LIST_LINKS, ORG_HEADS, defined_kind, defined_noun, place_after,
                   place_before, town_like)
from .lexicon import attributive, compound_noun, joins_words, name_reading, role_base, word_class
from .ordinary import acronym_plural, dictionary_compound, dictionary_noun, english_phrase, unseen_name
from .scan import IN_PLACE, LOCATIVE, NOT_LEFT, Scan, cap, initial, is_place, namey, near, short_quote, span_text

# "im englischen Hatfield": after these and an adjective a bare name is a place.
_ARTICLE_PLACE = frozenset("im ins vom Im".split())
# English function words that German never uses: a capitalised word next to them is no German name evidence.
# "über Corbeil nach Paris", "von Lindenau bis Leipzig": a route names places.
_ROUTE_FROM = frozenset("über von ab".split())
_ROUTE_TO = frozenset("nach bis".split())
# Endings of the Latin epithet in a species' name: "Plowmania nyctaginoides", "Quercus robur" is too short to tell.
_LATIN_EPITHET = ("oides", "ensis", "iana", "ianus", "ianum", "icus", "icum", "atus", "atum", "orum", "arum",
                  "formis", "folia", "folius", "phylla", "florus", "flora", "ii", "ae")
# Endings of nouns for things, works and facilities: a name right after one names that thing, not a person
# ("das Konto Delkredere", "im Atomkraftwerk Lindbrunn", "die Dokumentation Roter Sand").
_THING_ENDS = ("ung", "ion", "ionen", "werk", "werks", "werke", "anlage", "gerät", "konto", "programm", "system",
               "projekt", "modell", "serie", "film", "films", "album", "alben", "roman", "schiff", "boot", "flugzeug",
               "gebäude", "häuser", "mittel", "produkt", "marke", "software", "spiel", "spiels")
# ...but these name the people led by the person after them: "die Regierung Netanjahu", "die Administration Obama".
_LED_BY = ("regierung", "administration", "koalition", "delegation", "opposition", "führung", "fraktion")
_OPENING_ARTICLES = frozenset("Der Die Das".split())
_DEFINED_KINDS = {"place": ActorKind.ORT, "organisation": ActorKind.ORGANISATION}
_EN_FUNCTION = frozenset("of the at to and for with from by is are were there this that my your you it we they not "
                         "do does did has have been would 's".split())


def unseen_town(word: str) -> bool:
    """A word no lexicon knows with a town's ending ("Helmarshausen", "Braunsdorf"): a name, though long or made
    of two words like a compound noun."""
    return town_like(word) and word_class(word) == "unknown" and not dictionary_noun(word)


class LeftoverScan(Scan):
    """The last rule of a scan: leftover name runs."""

    def leftovers(self) -> None:
        """A run of names (HanTa NE) inside a sentence that no other rule typed: a place after place words ("in",
        "südlich von", "Gemeinde") or in a list with one, otherwise most are persons."""
        tokens, n = self.tokens, len(self.tokens)
        runs: list[tuple[int, int, str]] = []
        after = 0  # tokens before this index belong to a run already looked at
        for i in self.caps:
            w = self.word(i)
            # cheap tests first: HanTa guesses unseen words slowly, and most nouns follow a determiner
            if i < after or not self.ok(i) or w.isupper() or acronym_plural(w) or len(w) < 3 or "-" in w \
                    or w.lower() in _EN_FUNCTION \
                    or w in LEGAL_FORMS or w.lower() in ORG_HEADS \
                    or self.word(i - 1).lower() in DETERMINERS or initial(tokens, self.text, i) \
                    or attributive(self.word(i - 1)) and self.word(i - 2) not in _ARTICLE_PLACE \
                    or self._after_opening_adjective(i) \
                    or (len(w) > 12 or joins_words(w) or compound_noun(w)) and not self._place_cue(i) \
                    and not unseen_town(w) \
                    or not namey(w) or self._genus(i) \
                    or not (name_reading(w) or name_reading(self.word(i + 1)) or self._unseen_place(i)
                            or unseen_name(w) or unseen_town(w)):
                continue
            end = self.run_right(i, 3, lambda x: namey(x) and not x.isupper())
            # a name word right before, at a sentence start or after a number, belongs to it ("3 ) , Ragnar Lund")
            start = max(after, self.run_left(i, 1, lambda x: namey(x) and not x.isupper() and x not in NOT_LEFT))
            prev = self.word(start - 1)
            # after a determiner or an attributive adjective a capital word is a noun ("ein cooles Gadget")
            if (any(name_reading(self.word(k)) or unseen_name(self.word(k)) or unseen_town(self.word(k))
                    for k in range(start, end))
                    or self._unseen_place(start)) \
                    and prev.lower() not in DETERMINERS \
                    and "-" not in w and short_quote(self.text, self.tokens, start, end) is None \
                    and not self._english(start, end) \
                    and not (end < n and self.word(end)[:1].isupper() and near(self.text, tokens, end - 1)):
                if not attributive(prev):
                    runs.append((start, end, prev))
                elif self.word(start - 2) in _ARTICLE_PLACE:
                    # "im englischen Hatfield", "ins benachbarte Velden": a named thing there is a place
                    runs.append((start, end, "in"))
            # a rejected run is skipped whole ("der Wall Street"), except after a compound ("Löwen-Keeper Hofmann")
            after = i + 1 if "-" in w else end
        for (a, b, _), place in zip(runs, self._run_places(runs)):
            if place:
                self.add(a, b, ActorKind.ORT)
            elif self._listed_with(a, b, ActorKind.ORGANISATION):
                self.add(a, b, ActorKind.ORGANISATION)  # "von Allianz und Commerzbank": a list shares one kind
            elif self._after_acronym(a):
                continue  # "der Motorroller CPI Aragon", "die AV Auroria": a product's or club's name goes on
            elif not (b - a == 1 and (joins_words(self.word(a)) or dictionary_noun(self.word(a))
                                      or self._among_nouns(a) or dictionary_compound(self.word(a)))) \
                    and not self._after_thing(a, b):
                # not "Fußballfans", a noun HanTa lacks ("Soßen", "Gimmick"), nor "Social-Media"
                self.add(a, b, ActorKind.PERSON)

    def definitions(self) -> None:
        """A name opening its sentence, alone or after "Der/Die/Das", is what a copula and noun right after it
        define it as ("Trelwitz ist ein Dorf", "Die Saine ist ein Fluss", "Kalborn war eine Rockband"); defined as
        a thing or work ("ist eine Sammlung") it is no actor, and no later rule reads it as a person. After "in"
        the copula's subject is another noun ("In Velmar ist die Stiftung ansässig"): no definition."""
        for i in self.caps:
            opens = initial(self.tokens, self.text, i) or self.word(i - 1) in _OPENING_ARTICLES \
                and initial(self.tokens, self.text, i - 1)
            if not (opens and self.ok(i) and namey(self.word(i))):
                continue
            end = self.run_right(i, 3, namey)
            head = defined_noun(self.words, self._after_brackets(end))
            defined = defined_kind(*head) if head else None
            if defined in _DEFINED_KINDS:
                self.add(i, end, _DEFINED_KINDS[defined])
            elif defined == "thing":
                for k in range(i, end):
                    self.free[k] = False

    def _after_brackets(self, k: int) -> int:
        """Index of the first token after a bracket that opens right before token k ("Trelwitz (sorbisch
        Trjelc) ist"), else k."""
        if not 0 < k < self.n or "(" not in self.text[self.tokens[k - 1].end : self.tokens[k].start]:
            return k
        close = self.text.find(")", self.tokens[k].start, self.tokens[k].start + 120)
        return next((j for j in range(k, self.n) if self.tokens[j].start > close), k) if close >= 0 else k

    def _after_opening_adjective(self, i: int) -> bool:
        """ "Illyrische Fustanella aus Maribor": an adjective opening the sentence, capitalised only there, makes
        the word after it a noun, as it would inside a sentence."""
        prev = self.word(i - 1)
        return i > 0 and prev[:1].isupper() and len(prev) > 3 and initial(self.tokens, self.text, i - 1) \
            and near(self.text, self.tokens, i - 1) and attributive(prev.lower())

    def _after_acronym(self, first: int) -> bool:
        """An all-caps word right before the run, inside the sentence, begins the same name: a product or an
        organisation ("CPI Aragon", "AV Auroria"), seldom a person."""
        prev = self.word(first - 1)
        return first > 0 and len(prev) > 1 and prev.isupper() and prev.isalpha() \
            and near(self.text, self.tokens, first - 1) and not initial(self.tokens, self.text, first - 1) \
            and role_base(prev) is None

    def _after_thing(self, first: int, end: int) -> bool:
        """The run follows a noun for a thing or a work it names ("das Konto Delkredere", "der Film Blaue Stunde");
        a genitive names its owner, a person ("die Werke Hiroshiges"); a section heading opening the text is no
        noun of the sentence ("Handlung Little Nicky soll ...")."""
        prev = self.word(first - 1)
        return first > 0 and cap(prev) and near(self.text, self.tokens, first - 1) \
            and not initial(self.tokens, self.text, first - 1) \
            and prev.lower().endswith(_THING_ENDS) and not prev.lower().endswith(_LED_BY) and word_class(prev) == "common" \
            and not self.word(end - 1).endswith("s")

    def _genus(self, i: int) -> bool:
        """ "Plowmania nyctaginoides": a capitalised word before a Latin epithet no lexicon knows names a genus."""
        nxt = self.word(i + 1)
        return nxt[:1].islower() and len(nxt) > 4 and nxt.endswith(_LATIN_EPITHET) and word_class(nxt) == "unknown"

    def _among_nouns(self, i: int) -> bool:
        """Token i is half a compound ("Social-") or listed with common nouns ("von Tablets, Windkraftanlagen")."""
        if self.text[self.tokens[i].end : self.tokens[i].end + 1] in "-‐‑":
            return True
        for other in (i + 1, i + 2, i - 1, i - 2):
            w = self.word(other)
            if 0 <= other and (self._listed(i + 1, other) if other > i else self._listed(other + 1, i)) \
                    and cap(w) and (word_class(w) == "common" or joins_words(w)) and role_base(w) is None:
                return True
        return False

    def _unseen_place(self, i: int) -> bool:
        """Right after "in" a word HanTa has never seen and no compound is a place's name, whatever it guesses
        ("in Ilmsmünde"): ordinary nouns there are known words ("in Kauf"); "aus" also names a material."""
        w = self.word(i)
        return self.word(i - 1) in ("in", "In") and word_class(w) == "unknown" and not joins_words(w) \
            and not compound_noun(w)

    def _listed_with(self, first: int, end: int, kind: ActorKind) -> bool:
        """Tokens [first, end) are listed right next to a mention of `kind` that an earlier pass found."""
        return any(self.kinds.get(k) is kind and self._listed(k + 1, first) for k in range(first - 1, first - 3, -1)) \
            or any(self.kinds.get(k) is kind and self._listed(end, k) for k in range(end, end + 2))

    def _place_cue(self, i: int) -> bool:
        """A word right before token i says a place follows ("in", "Gemeinde", "südlich von")."""
        return self.word(i - 1) in LOCATIVE or self._listed(i - 1, i) or self._listed(i - 2, i) \
            or place_before(self.words, i)

    def _english(self, first: int, end: int) -> bool:
        """Tokens [first, end) stand in English text ("There 's Plenty of Room at the Bottom"), are English common
        words ("Fake News", "Level Playing Field") or form an English gerund ("Tearing"): titles and common words
        there are capitalised, names are no likelier."""
        around = [self.word(k) for k in (first - 2, first - 1, end, end + 1)]
        if any(x in _EN_FUNCTION for x in around) or english_phrase(self.words[first:end]):
            return True
        w = self.word(first)
        return end == first + 1 and w.endswith("ing") and len(w) > 5 and word_class(w) == "unknown"

    def _listed(self, end: int, start: int) -> bool:
        """The tokens before `end` and from `start` on are items of one list: "Arnsried und Kolbek", "Tarvala,
        Kumola"."""
        if not 0 < end <= start < len(self.tokens):
            return False
        between = self.text[self.tokens[end - 1].end : self.tokens[start].start].split()
        return between == [","] or start == end + 1 and between in ([self.words[end]], [",", self.words[end]]) \
            and self.words[end] in LIST_LINKS

    def _chained(self, end: int, start: int) -> bool:
        """Like _listed, also across one list item no rule took ("Hokkala, Koskimäki-Huhtala, Kumpula"); a person
        between breaks the chain ("Rommel, Guderian, Manstein")."""
        return self._listed(end, start) or 0 < start - end <= 3 and any(
            cap(self.word(m)) and (self.free[m] or self.kinds.get(m) is ActorKind.ORT)
            and self._listed(end, m) and self._listed(m + 1, start) for m in range(end, start))

    def _run_places(self, runs: list[tuple[int, int, str]]) -> list[bool]:
        """Which runs are places. After "bei"/"nach" a name is one only if it never stands alone ("selbst Schulte
        boykottiert ... bei Schulte bestellt" is a person); a list of names shares one kind ("die Dörfer
        Tarvala, Kumola und Vesaki", "Erfurt und Kolbek")."""
        words = self.words
        alone = {span_text(self.text, self.tokens, a, b) for a, b, prev in runs if prev not in LOCATIVE}

        def place_at(k: int | None) -> bool:
            return k is not None and (is_place(words[k]) or self.kinds.get(k) is ActorKind.ORT)

        def next_to_place(a: int, b: int) -> bool:
            before = next((k for k in range(a - 1, a - 5, -1) if self._chained(k + 1, a)), None)
            after = next((k for k in range(b, b + 4) if self._chained(b, k)), None)
            # "über Corbeil nach Paris": a route from a name to a place
            # a route from a name to a place; a found place listed next to a name is no evidence, that may be an
            # apposition ("in Warschau, Moltke, mit ...")
            route = self.word(a - 1) in _ROUTE_FROM and self.word(b) in _ROUTE_TO and place_at(b + 1)
            return before is not None and is_place(words[before]) and not role_of_place(before) \
                or after is not None and is_place(words[after]) or route

        def role_of_place(k: int) -> bool:
            # "der Polizeichef von Kandahar, Sajed Agha Sakeb,": the name after the place is the role's holder
            return self.word(k - 1) == "von" and role_base(self.word(k - 2)) is not None

        places = [prev in IN_PLACE or place_before(words, a) or place_after(words, b) or town_like(words[b - 1])
                  or prev in LOCATIVE and span_text(self.text, self.tokens, a, b) not in alone
                  or next_to_place(a, b)
                  for a, b, prev in runs]
        for k in range(1, len(runs)):
            if self._chained(runs[k - 1][1], runs[k][0]):
                places[k] = places[k - 1] = places[k] or places[k - 1]
        for k in range(len(runs) - 2, -1, -1):  # the cue may stand before the last item only
            if self._chained(runs[k][1], runs[k + 1][0]):
                places[k] = places[k] or places[k + 1]
        return places
