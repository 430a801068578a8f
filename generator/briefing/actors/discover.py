"""Unregistered organisations, places and persons found by context cues (suffixes, clubs, prepositions)."""

from __future__ import annotations

import re

from ..model import ActorKind
from .acronyms import common_acronyms, noun_acronyms
from .builtin import first_names
from .cues import APPOSITION, CLUBS, DOTTED_FORMS, LEGAL_FORMS, ORG_HEADS, may_share_report, share_report
from .landmarks import LandmarkScan
from .lexicon import NOT_ACTORS, STOP, compound_noun, finite_verb, is_particle, known_noun, name_reading, role_base, word_class
from .ordinary import (INDEFINITE, common_compound, english_word, lowercase_reading, named_elsewhere, roman_numbering,
                       unseen_name)
from .scan import IN_PLACE, LOCATIVE, NOT_LEFT, Discovered, cap, initial, is_place, namey, near
from .tokens import Token

__all__ = ["Discovered", "discover", "is_place"]

# Compounds of these name a state body whatever they end in: "Landesamt für Denkmalpflege".
_STATE_PREFIXES = ("Bundes", "Landes", "Staats", "Reichs", "Europa")
# Bare heads that describe the name after them, like the appositions: "die Versicherung Swiss Re".
_DESCRIPTIVE_HEADS = frozenset(("versicherung",))
# British club names: a town, then one of these ("Bristol Rovers", "Bolton Wanderers").
_CLUB_SUFFIXES = frozenset("Town United Rovers Wanderers Athletic Albion Hotspur Argyle Thistle Academicals".split())
# Heads that a seat's adjective only describes: "der Münchner Konzern" is no name, "der Münchner Mieterverein" is.
_DESCRIBED_HEADS = frozenset(("konzern", "konzerns"))
_ORG_LINK = frozenset("für der des und & of de".split())
# Banks that a bare noun after a definite article names, the local branch: "an der Sparkasse", "die Volksbank".
_LONE_INSTITUTIONS = frozenset(("Sparkasse", "Volksbank", "Raiffeisenbank"))
_DEFINITE = frozenset("der die den dem des Der Die Den Dem Des".split())
# All-caps words that are no organisation.
_ACRONYM_STOP = frozenset("""II III IV VI VII VIII IX XI XII XIII XIV XV XX OK TV CD CDs DVD PC PS KW EUR USD DM
ISBN UKW MW GW KM NS SS HIV AIDS DNA RNA PDF USB WLAN LED LCD GPS SMS CEO CFO MP MdB MdL BIP EKG FAQ IT PR AM PM
TEIL DIE DER DAS UND ZUM ICH WIR SIE NICHT ABER MIT FÜR VON ZU IN EIN AN AUF ES IST OF THE AND BC AD NO EU UN US
USA UK CHF GBP JPY CNY EBIT EBITDA SDK API PLZ ABC MBA GPL FCKW PKW LKW SUV KFZ BGB StGB SGB ZPO NJW MWST ABM
ATP ADP NADPH DIN ISO LNG CO RBI ERA URL AKW AGB IBAN BIC COVID SARS""".split())
# A legal citation right before an acronym makes it a law: "Art. 6 Abs. 1 lit. f DSGVO", "§ 25 Abs. 2 TDDDG".
_CITATION = re.compile(r"(?:§§?|\bArt\.|\bArtikel)\s*\d+\s*[a-z]?(?:\s*(?:Abs\.|Absatz|Satz|S\.|Nr\.|lit\.|Buchst\.|UAbs\.)"
                       r"?\s*(?:\d+|[a-z])\b\)?){0,4}\s*$")
_ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,5}")
# German acronyms keep "der/des", "für", "von" in lower case: "BfV", "VdK", "RFdS" are bodies and associations;
# "MdB" (a member of parliament) is a role.
_LINKED_ACRONYM = re.compile(r"[A-ZÄÖÜ]{1,3}[dfv][A-ZÄÖÜ]{1,3}")
# A name in front of a party in brackets is a politician: "Norbert Röttgen (CDU)".
_PARTIES = frozenset("CDU CSU SPD FDP Grüne Grünen Linke AfD BSW ÖVP FPÖ SPÖ NEOS SVP FDP.Die Piraten NPD".split())
# Verbs of saying right before a name: "sagte Bubik", "so Halmich".
_SAYING = frozenset("""sagte sagt sagten erklärte erklärt betonte betont meinte meint so kritisierte kritisiert
berichtete berichtet warnte warnt forderte fordert verlangte glaubt glaubte ergänzte räumte schrieb schreibt
bestätigte bestätigt fügte erzählt erzählte antwortet antwortete entgegnet entgegnete ergänzt resümiert
resümierte""".split())
# Those that take no "von" object ("berichtete von Barcino"): a particle after them opens a name ("so von der Leyen").
_SAYING_PLAIN = frozenset("sagte sagt erklärte erklärt betonte betont meinte meint so ergänzte ergänzt antwortete "
                          "antwortet entgegnete entgegnet".split())
# Particles that open a name, unlike articles ("sagte der Sprecher"): "van der Vaart", "de Santis".
_NAME_OPENERS = frozenset("van von de da di del della du ter ten".split())
# Streets are places in GermEval and on a map: "Schwanitzstraße", "Neuendorfer Straße".
_STREET = ("straße", "strasse", "platz", "allee", "gasse", "damm", "chaussee", "ufer", "markt", "bahnhof")
_STREET_WORDS = frozenset("Straße Strasse Platz Allee Gasse Damm Chaussee Ufer Weg Ring Markt".split())
# Landmarks named by a place adjective: "Frankfurter Hauptbahnhof", "Brandenburger Tor", "Starnberger See".
_LANDMARK_WORDS = frozenset("Bahnhof Hauptbahnhof Tor Dom See Hafen".split())
_STREET_OR_LANDMARK = _STREET_WORDS | _LANDMARK_WORDS  # once, not once per capitalised word
# Place-name endings, believed only after a locative preposition (surnames end in -berg/-burg too).
_PLACE_END = ("stadt", "burg", "dorf", "hausen", "heim", "ingen", "furt", "berg", "hafen", "see", "bach", "feld",
              "rode", "stedt", "leben", "born", "hagen", "kirchen", "brück", "brücken", "itz", "ow", "au", "tal")
_TOWN_END = ("stadt", "dorf", "hausen", "heim", "furt", "stedt")
# Tokens from which a text is long enough that a person named once by a bare surname would be named again.
_CONTEXT_TOKENS = 120
# Persons seldom follow an article; things, events and places do ("der CeBIT", "im Cerro Amarillo").
_ARTICLE = frozenset("der die das den dem des ein eine einer einem eines im am zum zur beim vom ins the a of".split())


class _Scan(LandmarkScan):
    """One pass over the free tokens of an article, collecting Discovered entities."""

    def clubs(self) -> None:
        """Sports clubs, before person names claim "Carl Zeiss" of "FC Carl Zeiss Jena"."""
        tokens = self.tokens
        for i in self.caps:
            w, nxt = self.word(i), self.word(i + 1)
            if self.ok(i) and w in CLUBS and self.ok(i + 1) and near(self.text, tokens, i) \
                    and (cap(nxt) or nxt.isdigit()) and (w.isupper() or len(w) <= 4 or namey(nxt)):
                end = self.run_right(i + 1, 3, lambda x: cap(x) or x.isdigit())
                first = i - 1 if i and self.word(i - 1).isdigit() and self.text[tokens[i - 1].end] == "." else i
                self.add(first, end, ActorKind.ORGANISATION)
            elif w in CLUBS and w.isupper() and i and self.ok(i) and self.ok(i - 1) and near(self.text, tokens, i - 1) \
                    and self.word(i - 1).endswith("er") and cap(self.word(i - 1)):
                self.add(i - 1, i + 1, ActorKind.ORGANISATION)  # a town's adjective first: "Karlsruher SC"
            elif w in _CLUB_SUFFIXES and i and self.ok(i) and self.ok(i - 1) and near(self.text, tokens, i - 1) \
                    and is_place(self.word(i - 1)) and not initial(tokens, self.text, i):
                self.add(i - 1, i + 1, ActorKind.ORGANISATION)  # "Bristol Rovers", "Dundee United"

    def organisations(self) -> None:
        """Legal forms, head nouns ("Deutsche Bank", "Universität Gießen"), appositions and acronyms."""
        tokens, n = self.tokens, len(self.tokens)
        for i in [k for k, w in enumerate(self.words) if w in LEGAL_FORMS]:  # set lookups, not a scan per rule
            w = self.word(i)
            if self.ok(i) and i and not initial(tokens, self.text, i):
                # a generic noun before the name is no part of it: "Formenbau-Unternehmen Läpple AG"
                first = self.run_left(i, 4, lambda x: cap(x) and x not in LEGAL_FORMS and not x.lower().endswith(APPOSITION))
                if first < i and not (first == i - 1 and initial(tokens, self.text, first)
                                      and word_class(self.word(first)) == "common"):
                    end_char = tokens[i].end + (1 if w in DOTTED_FORMS and self.text[tokens[i].end:tokens[i].end + 1] == "." else 0)
                    self.add(first, i + 1, ActorKind.ORGANISATION,
                             " ".join(self.text[tokens[first].start:end_char].split()))
        if "e.V" in self.text or "e. V" in self.text:
            self._associations()
        shares = may_share_report(self.text)  # else the run_right per capital word below is for nothing
        for i in self.caps:
            w = self.word(i)
            if w in _LONE_INSTITUTIONS and self.ok(i) and self._lone_institution(i):
                self.add(i, i + 1, ActorKind.ORGANISATION)
            elif self.ok(i) and w.rpartition("-")[2].lower().endswith(ORG_HEADS):
                self._headed(i)
            # "US-Magazin Wired": the generic noun may hold a mention of its own, the name after it is still free
            elif (self.ok(i) or "-" in w) and w.lower().endswith(APPOSITION) and self.ok(i + 1) \
                    and near(self.text, tokens, i) \
                    and self._apposed_name(i + 1) and role_base(w) is None:
                # "Fluggesellschaft Air Nova", "Firma Kemoplast": the generic noun names the organisation after it
                self.add(i + 1, self.run_right(i + 1, 3, lambda x: cap(x) and role_base(x) is None), ActorKind.ORGANISATION)
            elif shares and self.ok(i) and share_report(self.text, tokens, self.run_right(i, 3, cap)) and namey(w):
                self.add(i, self.run_right(i, 3, cap), ActorKind.ORGANISATION)  # "Nordbank gaben um 2,1 Prozent nach"
        if "unter Vertrag" in self.text:
            self._contracts()
        if "&" in self.text:
            self._ampersands()
        ordinary = common_acronyms(self.text) if "(" in self.text else frozenset()
        candidates = [i for i in self.caps if self.ok(i) and _ACRONYM.fullmatch(self.word(i))]
        ordinary |= noun_acronyms(tokens, self.text, candidates) if candidates else frozenset()
        for i in candidates:
            w = self.word(i)
            # a state's acronym in the gazetteer is a place: "DDR", "UdSSR"
            if self.ok(i) and _ACRONYM.fullmatch(w) and w not in _ACRONYM_STOP and w not in NOT_ACTORS \
                    and w not in ordinary and not is_place(w) \
                    and self._acronym(i) and not roman_numbering(self.text, tokens[i]) \
                    and not (shouted_word(w) and (self.word(i + 1)[:1].islower()
                                                or not (i and near(self.text, tokens, i - 1) and cap(self.word(i - 1))))) \
                    and not _CITATION.search(self.text[max(0, tokens[i].start - 40) : tokens[i].start]):
                first = self.run_left(i, 2, lambda x: cap(x) and x not in NOT_LEFT and word_class(x) != "common")
                if first < i and initial(tokens, self.text, first):
                    first = i
                self.add(first, i + 1, ActorKind.ORGANISATION)
        for i in self.caps:
            w = self.word(i)
            if self.ok(i) and _LINKED_ACRONYM.fullmatch(w) and w not in _ACRONYM_STOP and w not in NOT_ACTORS \
                    and not w.startswith("Md") \
                    and w not in LEGAL_FORMS and w not in CLUBS and not is_place(w):
                self.add(i, i + 1, ActorKind.ORGANISATION)

    def _lone_institution(self, i: int) -> bool:
        """ "bei der Sparkasse": the bare noun after a definite article, with no name after it ("Sparkasse
        Hannover" is a head and its name, which _headed takes)."""
        return self.word(i - 1) in _DEFINITE and not (cap(self.word(i + 1)) and near(self.text, self.tokens, i))

    def _associations(self) -> None:
        """ "Förderverein Altstadt e.V.": names before the mark of a registered association are one."""
        tokens, text = self.tokens, self.text
        for k in range(1, self.n):
            if self.words[k] != "V" or self.words[k - 1] != "e" or not (self.ok(k - 1) and self.ok(k)) \
                    or text[tokens[k - 1].end : tokens[k].start].strip() != "." \
                    or text[tokens[k - 2].end : tokens[k - 1].start] != " ":
                continue
            first = self.run_left(k - 1, 4, lambda x: cap(x) and x not in NOT_LEFT)
            if first < k - 1 and not initial(tokens, text, first) or first < k - 2:
                end_char = tokens[k].end + (1 if text[tokens[k].end : tokens[k].end + 1] == "." else 0)
                self.add(first, k + 1, ActorKind.ORGANISATION, " ".join(text[tokens[first].start : end_char].split()))

    def _contracts(self) -> None:
        """ "bei Haldor Records unter Vertrag", "beim Zweitligisten unter Vertrag": players and artists are under
        contract with a club, a label or a firm."""
        for k in range(2, self.n - 1):
            if self.words[k] != "unter" or self.words[k + 1] != "Vertrag":
                continue
            first = self.run_left(k, 3, cap)
            if first < k and self.word(first - 1) in ("bei", "beim") and namey(self.word(first)) \
                    and not initial(self.tokens, self.text, first):
                self.add(first, k, ActorKind.ORGANISATION)

    def _ampersands(self) -> None:
        """ "Brandt & de Wulf", "Procter & Gamble": names joined by an ampersand are a firm."""
        tokens, text = self.tokens, self.text
        for k in range(self.n - 1):
            if text[tokens[k].end : tokens[k + 1].start].strip() != "&" or not (self.ok(k) and self.ok(k + 1)):
                continue
            right = k + 2 if self.word(k + 1) in _NAME_OPENERS and self.ok(k + 2) else k + 1
            # "Stiftung & Co KG": a legal form or a generic noun is no partner's name
            if not (namey(self.word(k)) and cap(self.word(right))) or self.word(right) in LEGAL_FORMS \
                    or initial(tokens, text, k):
                continue
            first = self.run_left(k, 1, lambda x: cap(x) and x not in NOT_LEFT and word_class(x) != "common")
            if first < k and initial(tokens, text, first):
                first = k
            self.add(first, self.run_right(right, 2, cap), ActorKind.ORGANISATION)

    def _apposed_name(self, i: int) -> bool:
        """Token i, after a generic noun ("Band", "Firma"), names it: a name word, or a compound no lexicon lists
        ("die Pop-Band Nachtrock"); not a plain noun ("das Unternehmen Gewinne")."""
        w = self.word(i)
        return namey(w) or cap(w) and not known_noun(w) and compound_noun(w) is False and role_base(w) is None \
            and not w.isupper() and "-" not in w and not self.word(i + 1)[:1].isupper()

    def _acronym(self, i: int) -> bool:
        """An all-caps word of 3-6 letters that is no unit, code or model number and not in a headline."""
        w, nxt = self.word(i), self.word(i + 1)
        if sum(c.isalpha() for c in w) < 3 or any(c.isdigit() for c in w) or nxt[:1].isdigit():
            return False
        return not self._shouting(i)

    def _headed(self, i: int) -> None:
        tokens, w = self.tokens, self.word(i)
        low = w.rpartition("-")[2].lower()
        # "des Technologie-Konzerns Kyocera": a hyphenated generic compound is no bare head, whatever its last part
        bare = low in ORG_HEADS and not ("-" in w and low.endswith(APPOSITION) and namey(self.word(i + 1)))
        if not bare and (word_class(w) == "common" or "-" in w and low in ORG_HEADS):
            # "Chemiekonzern BASF": a generic compound in front of a name; the name alone is the organisation
            if low.endswith(APPOSITION) and self.ok(i + 1) and near(self.text, tokens, i) and namey(self.word(i + 1)):
                self.add(i + 1, self.run_right(i + 1, 3, lambda x: cap(x) and role_base(x) is None), ActorKind.ORGANISATION)
            elif self.ok(i - 1) and self.word(i - 1).endswith(("e", "er", "en", "es")) and cap(self.word(i - 1)) \
                    and self.word(i - 1) not in NOT_LEFT and not initial(tokens, self.text, i - 1) \
                    and near(self.text, tokens, i - 1):
                # "Hamburger Mieterverein", "Bayerisches Staatsministerium für Unterricht und Kultus"
                self.add(i - 1, self._complement(i, genitive=True), ActorKind.ORGANISATION)
            elif w.startswith(_STATE_PREFIXES) and self.word(i + 1) == "für":
                end = self._complement(i, genitive=False)
                if end > i + 1:
                    self.add(i, end, ActorKind.ORGANISATION)  # "Landesamt für Denkmalpflege"
            return
        first = self.run_left(i, 3, lambda x: cap(x) and role_base(x) is None and x not in LEGAL_FORMS
                              and x not in NOT_LEFT)
        # a generic noun in front is no part of the name: a long compound ("Weinbaubetrieb Buena Vista Winery"), at a
        # sentence start any; an adjective stays ("Deutsche Bank")
        if first < i and word_class(self.word(first)) == "common" and not self.word(first).endswith(("e", "en", "er", "es")) \
                and (initial(tokens, self.text, first) or len(self.word(first)) > 10 and namey(self.word(first + 1))):
            first += 1
        end = i + 1
        if self.ok(end) and near(self.text, tokens, i) and namey(self.word(end)):
            end = self.run_right(end, 2, namey)
            if end == i + 2 and self.word(i + 1) in first_names() and self.ok(end) and near(self.text, tokens, i + 1) \
                    and cap(self.word(end)):
                end += 1  # "Verlag Karl Wiese": a founder's full name, though the surname is a noun too
            if (low in APPOSITION or low in _DESCRIPTIVE_HEADS) and not initial(tokens, self.text, i):
                # "die Zeitung Haaretz", "der Schweizer Versicherung Swiss Re": a bare generic noun (and what
                # qualifies it) only says what the name after it is
                self.add(i + 1, end, ActorKind.ORGANISATION)
                return
        else:
            end = self._complement(i, genitive=True)
            if low in _DESCRIBED_HEADS and end == i + 1 and all(self.word(k).endswith("er") for k in range(first, i)):
                return  # "des Münchner Konzerns": a seat's adjective and a generic noun describe, they name nothing
        # the head alone ("für unsere Flughäfen und Airlines") is a common noun, whatever HanTa says
        compound = not bare and (word_class(w) == "name" or (w.startswith(("Bundes", "Landes")) and len(w) > 12))
        if first < i or end > i + 1 or compound:
            self.add(first, end, ActorKind.ORGANISATION)

    def _complement(self, i: int, genitive: bool) -> int:
        """End of the complement that continues an organisation's head noun at token i: "für Unterricht und
        Kultus", "of Technology", a genitive "der Freunde", "Norddeutscher Frauenvereine" (adjective + noun)."""
        end, nxt = i + 1, self.word(i + 1)
        links = ("für", "der", "des", "of") if genitive else ("für",)
        if nxt in links and self.ok(end + 1) and cap(self.word(end + 1)):
            end = self.run_right(end + 1, 4, lambda x: cap(x) or x in _ORG_LINK)
            while end > i + 1 and self.word(end - 1) in _ORG_LINK:
                end -= 1
        elif genitive and nxt.endswith("er") and cap(nxt) and self.ok(end + 1) and cap(self.word(end + 1)) \
                and near(self.text, self.tokens, i) and near(self.text, self.tokens, end) \
                and role_base(self.word(end + 1)) is None and nxt not in first_names():
            end += 2  # an inflected adjective and its noun: "Verband Deutscher Ingenieure"
        return end

    def _shouting(self, i: int) -> bool:
        """An all-caps headline or table row: acronyms there are not evidence."""
        lo, hi = max(0, i - 3), min(len(self.tokens), i + 4)
        caps = sum(1 for k in range(lo, hi) if self.word(k).isupper() and len(self.word(k)) > 1)
        return caps >= 3

    def persons(self) -> None:
        """ "Röttgen (CDU)", "sagte Bubik": names by a party in brackets or after a verb of saying."""
        tokens, n = self.tokens, len(self.tokens)
        parties = {k - 1 for k in self.caps if k and self.word(k) in _PARTIES}
        # "erklärt van der Vaart": a name that opens with a particle, right after a verb of saying
        starts = [k + 1 for k in range(n - 2) if self.words[k] in _SAYING_PLAIN and self.words[k + 1] in _NAME_OPENERS]
        for i in starts:
            j = i + 1 if is_particle(self.word(i + 1)) else i
            if self.ok(i) and all(self.ok(k) for k in range(i, j + 2)) and namey(self.word(j + 1)) \
                    and not self.word(j + 2)[:1].isupper():
                self.add(i, j + 2, ActorKind.PERSON)
        for i in self.caps:
            if not self.ok(i):
                continue
            cue = self.word(i - 1) in _SAYING or any(k in parties for k in range(i, i + 5))
            if not cue or not namey(self.word(i)):
                continue
            end = self.run_right(i, 3, namey)
            after = self.text[tokens[end - 1].end : tokens[end].end] if end < n else ""
            party = after.strip().startswith("(") and end < n and self.word(end) in _PARTIES
            saying = i > 0 and self.word(i - 1) in _SAYING and not initial(tokens, self.text, i) \
                and (end >= n or not tokens[end].text[:1].isupper())
            if (party or saying) and not (party and initial(tokens, self.text, i) and end == i + 1
                                          and word_class(self.word(i)) == "name"):
                self.add(i, end, ActorKind.PERSON)

    def subjects(self) -> None:
        """ "Ramelow erklärte, ...": a name opening a sentence right before a finite verb is a person, unless the
        word follows an article elsewhere in the text ("das Astaxanthin") or is English ("Games wollen wir ...")."""
        tokens, n = self.tokens, len(self.tokens)
        nouns = None
        for i in self.caps:
            w, nxt = self.word(i), self.word(i + 1)
            # cheap tests first: HanTa is only asked about a capital word before a lower-case one
            if self.ok(i) and nxt[:1].islower() and not w.isupper() and len(w) > 2 \
                    and "-" not in w and not w.endswith(_TOWN_END) and w not in STOP \
                    and initial(tokens, self.text, i) and not (i and len(self.word(i - 1)) == 1) \
                    and near(self.text, tokens, i) and finite_verb(nxt) and namey(w) \
                    and (name_reading(w) or unseen_name(w)) \
                    and not is_place(w):
                if nouns is None:
                    nouns = {tokens[k + 1].text for k in range(n - 1) if tokens[k].text.lower() in _ARTICLE}
                if w not in nouns and not english_word(w) and not self._needs_evidence(i):
                    self.add(i, i + 1, ActorKind.PERSON)

    def _needs_evidence(self, i: int) -> bool:
        """A lone word at a sentence start that HanTa also reads as an ordinary word ("Jung kauft Alt") or, in a
        text long enough to name a person twice, only guesses ("Pushbacks darf ...") is a name only if it stands
        capitalised inside a sentence elsewhere."""
        w = self.word(i)
        # a snippet of a sentence or two has no "elsewhere": the missing second mention says nothing there
        return (lowercase_reading(w) or self.n >= _CONTEXT_TOKENS and word_class(w) == "unknown") \
            and not named_elsewhere(self.tokens, self.text, i, initial)

    def places(self) -> None:
        """Streets ("Schwanitzstraße") and place-like words after a locative ("in Braunsdorf")."""
        tokens, n = self.tokens, len(self.tokens)
        for i in self.caps:
            w = self.word(i)
            if w in ("St", "Sankt") and self.ok(i) and self.ok(i + 1) and cap(self.word(i + 1)) \
                    and (w == "Sankt" or self.text[tokens[i].end : tokens[i + 1].start].strip() == "."):
                # "St. Veitskapelle", "Sankt Willibrord": a church, a monastery or a town named after a saint; a common
                # noun after the name is none of it ("St. Petersburger Kongress")
                end = self.run_right(i + 1, 2, cap)
                if end == i + 3 and word_class(self.word(i + 2)) == "common":
                    end -= 1
                self.add(i, end, ActorKind.ORT)
            if not self.ok(i) or w in STOP:
                continue
            low = w.lower()
            if low.endswith(_STREET) and len(w) > len("straße") + 2 and word_class(w) != "common" \
                    and self.word(i - 1).lower() not in INDEFINITE and not common_compound(w):
                # not "jeden Industriearbeitsplatz", "auf dem Fußballplatz": a common noun, not a square; a first
                # name before belongs to it ("Ben Jehudastraße")
                first = i - 1 if self.ok(i - 1) and near(self.text, tokens, i - 1) \
                    and self.word(i - 1) in first_names() else i
                self.add(first, self.house_number(i + 1), ActorKind.ORT)
            elif self.word(i + 1) in _STREET_OR_LANDMARK and self.ok(i + 1) and near(self.text, tokens, i) \
                    and low.endswith("er") and not initial(tokens, self.text, i):
                street = self.word(i + 1) in _STREET_WORDS
                self.add(i, self.house_number(i + 2) if street else i + 2, ActorKind.ORT)
            elif i and self.word(i - 1) in LOCATIVE and not (i + 1 < n and self.word(i + 1)[:1].isupper()
                                                              and near(self.text, tokens, i)) \
                    and (word_class(w) == "unknown" and low.endswith(_PLACE_END)
                         or self.word(i - 1) in IN_PLACE and word_class(w) == "name" and not w.isupper() and "-" not in w
                         and w not in first_names()):
                self.add(i, i + 1, ActorKind.ORT)


def shouted_word(word: str) -> bool:
    """An all-caps word whose lower-case form is an ordinary German word other than a noun ("HIER klicken",
    "JETZT bestellen", "GRATIS"): shouting, no acronym; after a name it may be part of it ("Fraunhofer FIT")."""
    return len(word) >= 3 and word.isupper() and lowercase_reading(word.lower())


def discover(tokens: tuple[Token, ...], text: str, free: list[bool], stage: str,
             kinds: dict[int, ActorKind] | None = None) -> list[Discovered]:
    """Entities found by cues over the free tokens; marks their tokens as taken in `free`. `kinds` gives the kind
    of tokens already taken."""
    scan = _Scan(tokens, text, free, kinds)
    if stage == "clubs":
        scan.clubs()
        scan.geography()
    elif stage == "organisations":
        scan.organisations()
    else:
        scan.persons()
        scan.speakers()
        scan.listed_persons()
        scan.roads()
        scan.places()
        scan.landscapes()
        scan.genitives()
        scan.definitions()
        scan.subjects()
        scan.leftovers()
    return scan.out
