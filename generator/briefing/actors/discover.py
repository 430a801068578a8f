"""Unregistered organisations, places and persons found by context cues (suffixes, clubs, prepositions)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import ActorKind
from .acronyms import common_acronyms
from .builtin import first_names
from .lexicon import STOP, finite_verb, name_reading, pure_name, role_base, word_class
from .places import place_names
from .tokens import Token

# Legal forms close an organisation name: "Läpple AG", "Google Inc.".
_LEGAL = frozenset("AG GmbH SE KG KGaA eG mbH Inc Ltd Corp Co plc SA NV Holding Holdings Group".split())
_DOTTED = frozenset("Inc Ltd Corp Co".split())
# Sports clubs: "VfL Osnabrück", "1. FC Nürnberg", "Borussia Dortmund".
_CLUBS = frozenset("""FC SV VfB VfL TSV SC TSG SG ESV BV BSC FSV SpVgg SSV TuS TuRa KSC THW MSV SSC HSG TBV SCC ASV
Borussia Eintracht Fortuna Alemannia Arminia Hertha Werder Rot-Weiss Rot-Weiß Kickers Stuttgarter Preußen Dynamo
Lokomotive Lok Olympique Sporting Atlético Athletic Inter Juventus Ajax Rapid Austria Young""".split())
# Head nouns of organisation names, matched at the end of a (compound) word: "Commerzbank", "Hochschule".
_ORG_HEADS = ("bank", "banken", "verband", "verbandes", "verbands", "verbände", "partei", "institut", "instituts",
              "universität", "hochschule", "ministerium", "ministeriums", "gewerkschaft", "stiftung", "konzern",
              "konzerns", "verlag", "verlags", "zeitung", "rundfunk", "rundfunks", "gerichtshof", "gericht",
              "gerichts", "kammer", "bundesamt", "landesamt", "agentur", "verein", "vereins", "vereinigung",
              "akademie", "museum", "klinikum", "klinik", "airlines", "airways", "versicherung", "sparkasse",
              "bündnis", "kommission", "behörde", "gymnasium", "school", "university", "college",
              "institute", "council", "laboratory", "federation", "company", "corporation", "association")
# Words after which an organisation's official name goes on: "Bundesamt für Gesundheit".
# A generic noun in apposition names the organisation after it: "Chemiekonzern BASF", "Sportverein ESV".
_APPOSITION = ("konzern", "konzerns", "unternehmen", "hersteller", "herstellers", "verein", "vereins", "klub",
               "club", "sender", "senders", "zeitung", "zeitschrift", "magazin", "magazins", "gruppe", "band",
               "bank", "versicherer", "autobauer", "anbieter", "anbieters", "partei", "label", "portal")
# Contracted prepositions are no part of a name on the left: "Beim Chemiekonzern BASF".
_NOT_LEFT = frozenset("Beim Zum Zur Vom Ins Im Am Ans Aufs Nachdem Laut Dank Seine Sein Ihr Ihre Unsere".split())
_ORG_LINK = frozenset("für der des und & of de".split())
# All-caps words that are no organisation.
_ACRONYM_STOP = frozenset("""II III IV VI VII VIII IX XI XII XIII XIV XV XX OK TV CD CDs DVD PC PS KW EUR USD DM
ISBN UKW MW GW KM NS SS HIV AIDS DNA RNA PDF USB WLAN LED LCD GPS SMS CEO CFO MP MdB MdL BIP EKG FAQ IT PR AM PM
TEIL DIE DER DAS UND ZUM ICH WIR SIE NICHT ABER MIT FÜR VON ZU IN EIN AN AUF ES IST OF THE AND BC AD NO EU UN US
USA UK CHF GBP JPY CNY EBIT EBITDA SDK API PLZ ABC MBA GPL FCKW PKW LKW SUV KFZ BGB StGB SGB ZPO NJW MWST ABM
ATP ADP NADPH DIN ISO LNG CO RBI ERA""".split())
_ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,5}")
# A name in front of a party in brackets is a politician: "Norbert Röttgen (CDU)".
_PARTIES = frozenset("CDU CSU SPD FDP Grüne Grünen Linke AfD BSW ÖVP FPÖ SPÖ NEOS SVP FDP.Die Piraten NPD".split())
# Verbs of saying right before a name: "sagte Bubik", "so Halmich".
_SAYING = frozenset("""sagte sagt sagten erklärte erklärt betonte betont meinte meint so kritisierte kritisiert
berichtete berichtet warnte warnt forderte fordert verlangte glaubt glaubte ergänzte räumte schrieb schreibt
bestätigte bestätigt fügte""".split())
# Streets are places in GermEval and on a map: "Schwanitzstraße", "Neuendorfer Straße".
_STREET = ("straße", "strasse", "platz", "allee", "gasse", "damm", "chaussee", "ufer", "markt", "bahnhof")
_STREET_WORDS = frozenset("Straße Strasse Platz Allee Gasse Damm Chaussee Ufer Weg Ring Markt".split())
# Place-name endings, believed only after a locative preposition (surnames end in -berg/-burg too).
_PLACE_END = ("stadt", "burg", "dorf", "hausen", "heim", "ingen", "furt", "berg", "hafen", "see", "bach", "feld",
              "rode", "stedt", "leben", "born", "hagen", "kirchen", "brück", "brücken", "itz", "ow", "au", "tal")
_TOWN_END = ("stadt", "dorf", "hausen", "heim", "furt", "stedt")
_LOCATIVE = frozenset("in nach aus bei nahe Richtung In Nach Aus Bei".split())
# A name after "in"/"aus" is a place ("in Avignon"); after "nach"/"bei" it may be a person ("nach Cook").
_IN = frozenset("in aus In Aus".split())
# Persons seldom follow an article; things, events and places do ("der CeBIT", "im Cerro Amarillo").
_ARTICLE = frozenset("der die das den dem des ein eine einer einem eines im am zum zur beim vom ins the a of".split())


@dataclass(frozen=True, slots=True)
class Discovered:
    """Token range [first, end) of an unregistered entity, its display name and kind."""

    first: int
    end: int
    name: str
    kind: ActorKind


def _initial(tokens: tuple[Token, ...], text: str, i: int) -> bool:
    """Token i opens a sentence, a line or a quote, so its capital letter says nothing."""
    if i == 0:
        return True
    between = text[tokens[i - 1].end : tokens[i].start]
    return any(c in between for c in ".!?:\n\"„“*(–-") or tokens[i - 1].text.isdigit()


def _cap(word: str) -> bool:
    return word[:1].isupper() and word not in STOP


def _namey(word: str) -> bool:
    """Capitalised, no function word, no ordinary noun and no role title."""
    return _cap(word) and word_class(word) != "common" and role_base(word) is None


def _near(text: str, tokens: tuple[Token, ...], i: int) -> bool:
    """Tokens i and i+1 are separated by white space only."""
    between = text[tokens[i].end : tokens[i + 1].start]
    return between.strip() == "" and len(between) <= 2


def _span_text(text: str, tokens: tuple[Token, ...], first: int, end: int) -> str:
    return " ".join(text[tokens[first].start : tokens[end - 1].end].split())


class _Scan:
    """One pass over the free tokens of an article, collecting Discovered entities."""

    def __init__(self, tokens: tuple[Token, ...], text: str, free: list[bool]) -> None:
        self.tokens, self.text, self.free = tokens, text, free
        self.out: list[Discovered] = []
        # Every rule but the legal forms ("mbH") starts at a capitalised word: loop over those only.
        self.caps = [i for i, t in enumerate(tokens) if t.text[:1].isupper()]

    def ok(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and self.free[i]

    def word(self, i: int) -> str:
        return self.tokens[i].text if 0 <= i < len(self.tokens) else ""

    def add(self, first: int, end: int, kind: ActorKind, name: str | None = None) -> None:
        if end <= first or not all(self.free[first:end]):
            return
        name = name or _span_text(self.text, self.tokens, first, end)
        self.out.append(Discovered(first, end, name, kind))
        for k in range(first, end):
            self.free[k] = False

    def run_right(self, i: int, limit: int, pred) -> int:
        """End of a run of adjacent free tokens from i on that satisfy `pred`."""
        j = i
        while j < len(self.tokens) and j - i < limit and self.free[j] and pred(self.word(j)):
            if j > i and not _near(self.text, self.tokens, j - 1):
                break
            j += 1
        return j

    def run_left(self, i: int, limit: int, pred) -> int:
        """Start of a run of adjacent free tokens ending right before i that satisfy `pred`."""
        j = i
        while j - 1 >= 0 and i - j < limit and self.free[j - 1] and pred(self.word(j - 1)) \
                and _near(self.text, self.tokens, j - 1):
            j -= 1
        return j

    def clubs(self) -> None:
        """Sports clubs, before person names claim "Carl Zeiss" of "FC Carl Zeiss Jena"."""
        tokens = self.tokens
        for i in self.caps:
            w, nxt = self.word(i), self.word(i + 1)
            if self.ok(i) and w in _CLUBS and self.ok(i + 1) and _near(self.text, tokens, i) \
                    and (_cap(nxt) or nxt.isdigit()) and (w.isupper() or len(w) <= 4 or _namey(nxt)):
                end = self.run_right(i + 1, 3, lambda x: _cap(x) or x.isdigit())
                first = i - 1 if i and self.word(i - 1).isdigit() and self.text[tokens[i - 1].end] == "." else i
                self.add(first, end, ActorKind.ORGANISATION)

    def organisations(self) -> None:
        """Legal forms, head nouns ("Deutsche Bank", "Universität Gießen"), appositions and acronyms."""
        tokens, n = self.tokens, len(self.tokens)
        for i in range(n):
            w = self.word(i)
            if self.ok(i) and w in _LEGAL and i and not _initial(tokens, self.text, i):
                first = self.run_left(i, 4, lambda x: _cap(x) and x not in _LEGAL)
                if first < i and not (first == i - 1 and _initial(tokens, self.text, first)
                                      and word_class(self.word(first)) == "common"):
                    end_char = tokens[i].end + (1 if w in _DOTTED and self.text[tokens[i].end:tokens[i].end + 1] == "." else 0)
                    self.add(first, i + 1, ActorKind.ORGANISATION,
                             " ".join(self.text[tokens[first].start:end_char].split()))
        for i in self.caps:
            w = self.word(i)
            if self.ok(i) and w.rpartition("-")[2].lower().endswith(_ORG_HEADS):
                self._headed(i)
        ordinary = common_acronyms(self.text) if "(" in self.text else frozenset()
        for i in self.caps:
            w = self.word(i)
            if self.ok(i) and _ACRONYM.fullmatch(w) and w not in _ACRONYM_STOP and w not in ordinary \
                    and self._acronym(i):
                first = self.run_left(i, 2, lambda x: _cap(x) and x not in _NOT_LEFT and word_class(x) != "common")
                if first < i and _initial(tokens, self.text, first):
                    first = i
                self.add(first, i + 1, ActorKind.ORGANISATION)

    def _acronym(self, i: int) -> bool:
        """An all-caps word of 3-6 letters that is no unit, code or model number and not in a headline."""
        w, nxt = self.word(i), self.word(i + 1)
        if sum(c.isalpha() for c in w) < 3 or any(c.isdigit() for c in w) or nxt[:1].isdigit():
            return False
        return not self._shouting(i)

    def _headed(self, i: int) -> None:
        tokens, w = self.tokens, self.word(i)
        low = w.rpartition("-")[2].lower()
        bare = low in _ORG_HEADS
        if not bare and word_class(w) == "common":
            # "Chemiekonzern BASF": a generic compound in front of a name; the name alone is the organisation
            if low.endswith(_APPOSITION) and self.ok(i + 1) and _near(self.text, tokens, i) and _namey(self.word(i + 1)):
                self.add(i + 1, self.run_right(i + 1, 3, lambda x: _cap(x) and role_base(x) is None), ActorKind.ORGANISATION)
            elif self.ok(i - 1) and self.word(i - 1).endswith(("er", "en")) and _cap(self.word(i - 1)) \
                    and self.word(i - 1) not in _NOT_LEFT and not _initial(tokens, self.text, i - 1) \
                    and _near(self.text, tokens, i - 1):
                self.add(i - 1, i + 1, ActorKind.ORGANISATION)  # "Hamburger Mieterverein"
            return
        first = self.run_left(i, 3, lambda x: _cap(x) and role_base(x) is None and x not in _LEGAL
                              and x not in _NOT_LEFT)
        if first < i and _initial(tokens, self.text, first) and word_class(self.word(first)) == "common" \
                and not self.word(first).endswith(("e", "en", "er", "es")):
            first += 1
        end = i + 1
        if self.ok(end) and _near(self.text, tokens, i) and _namey(self.word(end)):
            end = self.run_right(end, 2, _namey)
        elif self.word(end) in ("für", "der", "des", "of") and self.ok(end + 1) and _cap(self.word(end + 1)):
            end = self.run_right(end + 1, 4, lambda x: _cap(x) or x in _ORG_LINK)
            while end > i + 1 and self.word(end - 1) in _ORG_LINK:
                end -= 1
        compound = word_class(w) == "name" or (w.startswith(("Bundes", "Landes")) and len(w) > 12)
        if first < i or end > i + 1 or compound:
            self.add(first, end, ActorKind.ORGANISATION)

    def _shouting(self, i: int) -> bool:
        """An all-caps headline or table row: acronyms there are not evidence."""
        lo, hi = max(0, i - 3), min(len(self.tokens), i + 4)
        caps = sum(1 for k in range(lo, hi) if self.word(k).isupper() and len(self.word(k)) > 1)
        return caps >= 3

    def persons(self) -> None:
        """ "Röttgen (CDU)", "sagte Bubik": names by a party in brackets or after a verb of saying."""
        tokens, n = self.tokens, len(self.tokens)
        parties = {k - 1 for k in self.caps if k and self.word(k) in _PARTIES}
        for i in self.caps:
            if not self.ok(i):
                continue
            cue = self.word(i - 1) in _SAYING or any(k in parties for k in range(i, i + 5))
            if not cue or not _namey(self.word(i)):
                continue
            end = self.run_right(i, 3, _namey)
            after = self.text[tokens[end - 1].end : tokens[end].end] if end < n else ""
            party = after.strip().startswith("(") and end < n and self.word(end) in _PARTIES
            saying = i > 0 and self.word(i - 1) in _SAYING and not _initial(tokens, self.text, i) \
                and (end >= n or not tokens[end].text[:1].isupper())
            if (party or saying) and not (party and _initial(tokens, self.text, i) and end == i + 1
                                          and word_class(self.word(i)) == "name"):
                self.add(i, end, ActorKind.PERSON)

    def subjects(self) -> None:
        """ "Ramelow erklärte, ...": a name opening a sentence right before a finite verb is a person, unless the
        word follows an article elsewhere in the text ("das Astaxanthin")."""
        tokens, n = self.tokens, len(self.tokens)
        nouns = None
        for i in self.caps:
            w, nxt = self.word(i), self.word(i + 1)
            # cheap tests first: HanTa is only asked about a capital word before a lower-case one
            if self.ok(i) and nxt[:1].islower() and not w.isupper() and len(w) > 2 \
                    and "-" not in w and not w.endswith(_TOWN_END) and w not in STOP \
                    and _initial(tokens, self.text, i) and not (i and len(self.word(i - 1)) == 1) \
                    and _near(self.text, tokens, i) and finite_verb(nxt) and _namey(w) and name_reading(w) \
                    and not is_place(w):
                if nouns is None:
                    nouns = {tokens[k + 1].text for k in range(n - 1) if tokens[k].text.lower() in _ARTICLE}
                if w not in nouns:
                    self.add(i, i + 1, ActorKind.PERSON)

    def leftovers(self) -> None:
        """A run of known names (HanTa NE) inside a sentence that no other rule typed: most are persons."""
        tokens, n = self.tokens, len(self.tokens)
        runs: list[tuple[int, int, str]] = []
        after = 0  # tokens before this index belong to a run already looked at
        for i in self.caps:
            w = self.word(i)
            if i < after or not self.ok(i) or w.isupper() or len(w) < 3 \
                    or not (pure_name(w) or pure_name(self.word(i + 1))) or _initial(tokens, self.text, i) or not _namey(w):
                continue
            end = self.run_right(i, 3, lambda x: _namey(x) and not x.isupper())
            prev = self.word(i - 1)
            if any(pure_name(self.word(k)) for k in range(i, end)) and prev.lower() not in _ARTICLE and "-" not in w \
                    and not (end < n and self.word(end)[:1].isupper() and _near(self.text, tokens, end - 1)):
                runs.append((i, end, prev))
            # a rejected run is skipped whole ("der Wall Street"), except after a compound ("Löwen-Keeper Hofmann")
            after = i + 1 if "-" in w else end
        # "in Tuzla": a name after a locative is a place; after "bei"/"nach" only if it never stands alone
        # ("selbst Schulte boykottiert ... bei Schulte bestellt" is a person).
        alone = {_span_text(self.text, tokens, a, b) for a, b, prev in runs if prev not in _LOCATIVE}
        for a, b, prev in runs:
            place = prev in _IN or prev in _LOCATIVE and _span_text(self.text, tokens, a, b) not in alone
            self.add(a, b, ActorKind.ORT if place else ActorKind.PERSON)

    def places(self) -> None:
        """Streets ("Schwanitzstraße") and place-like words after a locative ("in Braunsdorf")."""
        tokens, n = self.tokens, len(self.tokens)
        for i in self.caps:
            w = self.word(i)
            if not self.ok(i) or w in STOP:
                continue
            low = w.lower()
            if low.endswith(_STREET) and len(w) > len("straße") + 2 and word_class(w) != "common":
                self.add(i, i + 1, ActorKind.ORT)
            elif self.word(i + 1) in _STREET_WORDS and self.ok(i + 1) and _near(self.text, tokens, i) \
                    and low.endswith("er") and not _initial(tokens, self.text, i):
                self.add(i, i + 2, ActorKind.ORT)
            elif i and self.word(i - 1) in _LOCATIVE and not (i + 1 < n and self.word(i + 1)[:1].isupper()
                                                              and _near(self.text, tokens, i)) \
                    and (word_class(w) == "unknown" and low.endswith(_PLACE_END)
                         or self.word(i - 1) in _IN and word_class(w) == "name" and not w.isupper() and "-" not in w
                         and w not in first_names()):
                self.add(i, i + 1, ActorKind.ORT)


def discover(tokens: tuple[Token, ...], text: str, free: list[bool], stage: str) -> list[Discovered]:
    """Entities found by cues over the free tokens; marks their tokens as taken in `free`."""
    scan = _Scan(tokens, text, free)
    if stage == "clubs":
        scan.clubs()
    elif stage == "organisations":
        scan.organisations()
    else:
        scan.persons()
        scan.places()
        scan.subjects()
        scan.leftovers()
    return scan.out


def is_place(name: str) -> bool:
    """True if `name` is in the place gazetteer."""
    plain, guarded = place_names()
    return name in plain or name in guarded
