"""Context words that tell what kind of entity a name is: organisation heads, share reports, places, lists."""

from __future__ import annotations

import functools
import re

# Legal forms close an organisation name: "Läpple AG", "Google Inc.".
LEGAL_FORMS = frozenset("AG GmbH SE KG KGaA eG mbH Inc Ltd Corp Co plc SA NV Holding Holdings Group".split())
DOTTED_FORMS = frozenset("Inc Ltd Corp Co".split())
# Sports clubs: "VfL Osnabrück", "1. FC Nürnberg", "Borussia Dortmund".
CLUBS = frozenset("""FC SV VfB VfL TSV SC TSG SG ESV BV BSC FSV SpVgg SSV TuS TuRa KSC THW MSV SSC HSG TBV SCC ASV
Borussia Eintracht Fortuna Alemannia Arminia Hertha Werder Rot-Weiss Rot-Weiß Kickers Stuttgarter Preußen Dynamo
Lokomotive Lok Olympique Sporting Atlético Athletic Inter Juventus Ajax Rapid Austria Young""".split())
# Head nouns of organisation names, matched at the end of a (compound) word: "Commerzbank", "Hochschule".
ORG_HEADS = ("bank", "banken", "verband", "verbandes", "verbands", "verbände", "partei", "institut", "instituts",
             "universität", "hochschule", "ministerium", "ministeriums", "gewerkschaft", "stiftung", "konzern",
             "konzerns", "verlag", "verlags", "zeitung", "rundfunk", "rundfunks", "gerichtshof", "gericht",
             "gerichts", "kammer", "bundesamt", "landesamt", "agentur", "verein", "vereins", "vereinigung",
             "akademie", "museum", "klinikum", "klinik", "airlines", "airways", "versicherung", "sparkasse",
             "bündnis", "kommission", "behörde", "gymnasium", "school", "university", "college",
             "institute", "council", "laboratory", "federation", "company", "corporation", "association",
             "board", "committee", "society", "foundation", "gallery", "factory", "winery", "records",
             "systems", "sciences", "technologies", "solutions", "software", "studios", "pictures",
             "entertainment", "railway", "railways", "railroad", "motors", "holdings", "partners", "brothers")
# Words after which an organisation's official name goes on: "Bundesamt für Gesundheit".
# A generic noun in apposition names the organisation after it: "Chemiekonzern BASF", "Sportverein ESV".
APPOSITION = ("konzern", "konzerns", "unternehmen", "hersteller", "herstellers", "verein", "vereins", "klub",
              "club", "sender", "senders", "zeitung", "zeitschrift", "magazin", "magazins", "gruppe", "band",
              "bank", "versicherer", "autobauer", "anbieter", "anbieters", "partei", "label", "portal", "firma",
              "fluggesellschaft", "airline", "bankhaus", "reederei", "brauerei", "werft", "kette", "discounter",
              "filmproduktion", "produktionsfirma", "plattenfirma", "erstligist", "erstligisten", "zweitligist",
              "zweitligisten", "team", "teams", "orchester", "ensemble", "chor", "provider", "zulieferer",
              "nachrichtenagentur", "fernsehsender", "radiosender", "netzwerk", "organisation", "gewerkschaft",
              "unternehmens", "blatt", "holding", "fonds", "marke")
# Share prices: "Nordbank gaben um 2,1 Prozent nach", "Vexor (-1,3%)": the name is a listed company.
_SHARE_VERBS = frozenset("""gaben gab verloren verlor legten legte stiegen stieg fielen fiel sanken sank kletterten
kletterte rutschten rutschte notierten notierte schlossen schloss zogen zog verbilligten verbilligte verteuerten
verteuerte büßten büßte gewannen gewann""".split())
_SHARE_CHANGE = re.compile(r"\s*\(\s*[+\-−±]\s*\d+(?:[,.]\d+)?\s*%")
_PERCENT = re.compile(r"\d\s*(?:%|Prozent)")

# Prepositions and adverbs of place right before a name: "zwischen Arnsried und Kolbek", "südlich Velmar".
_PLACE_WORDS = frozenset("""in aus nach nahe zwischen Zwischen Richtung gen südlich nördlich östlich westlich
südöstlich südwestlich nordöstlich nordwestlich unweit oberhalb unterhalb""".split())
# "im Südosten von Valoise", "in der Nähe von Lorvac": a region noun, then "von", then the place.
_REGION_NOUNS = frozenset("""Norden Süden Osten Westen Nordosten Nordwesten Südosten Südwesten Nähe Umgebung Rand
Zentrum Stadtrand Ortsrand Umland Vororten Innenstadt südlich nördlich östlich westlich unweit""".split())
# Nouns whose "von" names a place: "der Bürgermeister von Tarvala", "die Schlacht von Kolbek", "der Bischof von
# Valoise", "die Straße von Hormus"; "bei" too after a battle ("die Schlacht bei Lorvac").
_OF_PLACE = frozenset("""Bürgermeister Bürgermeisterin Oberbürgermeister Oberbürgermeisterin Einwohner Einwohnern
Bewohner Bewohnern Bischof Bischofs Erzbischof Erzbischofs Herzog Herzogs Herzogin König Königs Königin Kaiser
Schlacht Belagerung Eroberung Einnahme Zerstörung Frieden Friedens Hafen Hafens Hauptstadt Straße Toren
Gefecht""".split())
_BATTLES = frozenset("Schlacht Gefecht".split())
# A noun for a settlement or a landmark in front of its name: "Gemeinde Oberkrumm", "Kloster Weilbach",
# "die Dörfer Tarvala", "Zielstadt San Pedro"; matched on the end of the (compound) word.
_PLACE_NOUNS = ("stadt", "städte", "dorf", "dörfer", "dorfes", "gemeinde", "gemeinden", "ortschaft", "ortsteil",
                "ortsteile", "ortsteils", "stadtteil", "stadtteils", "weiler", "kloster", "klosters", "burg",
                "insel", "inseln", "fluss", "flusses", "berg", "berges", "gipfel", "kanton", "kantons", "provinz",
                "region", "bezirk", "bezirks", "landkreis", "landkreises", "bahnhof", "station", "stationen",
                "hafen", "hafenstadt", "metropole", "vorort", "vororts", "viertel", "siedlung", "tal", "tals",
                "halbinsel", "see", "sees", "schloss", "schlosses", "festung", "bistum", "grafschaft",
                "herzogtum", "fürstentum", "bundesstaat", "bundesstaats", "departement", "distrikt")
# Verbs that mostly follow a place as subject: "Montavel liegt im Südosten".
_PLACE_VERBS = frozenset("liegt lag liegen grenzt grenzte grenzen".split())
# Words that make the next capitalised word a common noun: "ein cooles Gadget", "ihres Soldes".
DETERMINERS = frozenset("""der die das den dem des ein eine einer einem eines einen im am zum zur beim vom ins the
a an kein keine keinen keinem keiner keines mein meine meinen meinem meiner meines dein deine sein seine seinen
seinem seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer unseres euer eure jeder
jede jedes jeden jedem dieser diese dieses diesen diesem jener jene jenes jenen welcher welche welches manche
mancher manches viele vielen einige einigen mehrere mehreren beide beiden alle allen solche solchen etwas viel
wenig wenige wenigen el la las los le les il lo gli un une""".split())
# Words that join the items of a list besides commas: "Tarvala, Kumola und Vesaki".
LIST_LINKS = frozenset("und oder sowie bzw".split())
# Endings that many town names share.
_TOWN_ENDINGS = ("stadt", "dorf", "hausen", "heim", "furt", "stedt", "ingen", "ville", "hafen", "burgh", "grad",
                 "polis", "sk", "ow", "itz", "witz", "rode", "bach", "brück", "leben", "kirchen", "weiler")


def place_before(words: list[str], i: int) -> bool:
    """The words before index i say that a place name follows: "in", "südlich von", "Gemeinde", "Kloster"."""
    prev = words[i - 1] if i else ""
    if prev in _PLACE_WORDS:
        return True
    if prev == "von" and i > 1 and (words[i - 2] in _REGION_NOUNS or words[i - 2] in _OF_PLACE):
        return True
    if prev == "bei" and i > 1 and words[i - 2] in _BATTLES:
        return True
    return prev[:1].isupper() and prev.lower().endswith(_PLACE_NOUNS)


def place_after(words: list[str], end: int) -> bool:
    """The word after a name is a verb that places take: "Montavel liegt"."""
    return end < len(words) and words[end] in _PLACE_VERBS


@functools.lru_cache(maxsize=20_000)
def town_like(word: str) -> bool:
    """A word ending like a town's name ("Ostringen", "Kirchhausen"; not "-berg", a surname ending too)."""
    return len(word) > 5 and word.lower().endswith(_TOWN_ENDINGS)


def may_share_report(text: str) -> bool:
    """share_report can hold somewhere in `text`: both its patterns need a "%" or "Prozent"."""
    return "%" in text or "Prozent" in text


def share_report(text: str, tokens, end: int) -> bool:
    """The name ending before token `end` is followed by a share-price move ("gaben 1,6 % nach", "(+22%)")."""
    if end == 0 or end > len(tokens):
        return False
    after = text[tokens[end - 1].end : tokens[end - 1].end + 40]
    if _SHARE_CHANGE.match(after):
        return True
    return end < len(tokens) and tokens[end].text in _SHARE_VERBS and bool(_PERCENT.search(after))


# "Trelwitz ist ein Dorf in Sachsen", "Kalborn war eine Rockband": a name defined by a copula and a noun is what
# the noun says, whatever its shape (encyclopaedic text opens most articles so).
_COPULAS = frozenset("ist war sind waren".split())
_DEFINING_ARTICLES = frozenset("ein eine der die das".split())
# Nouns for organisations in a definition, matched on the end of the (compound) word: "Rockband", "Firma".
_DEFINED_ORGS = ORG_HEADS + ("unternehmen", "firma", "label", "club", "klub", "mannschaft", "orchester",
                             "ensemble", "chor", "organisation", "institution", "zeitschrift", "magazin", "sender",
                             "verbindung", "burschenschaft", "union", "fluggesellschaft", "reederei", "brauerei")
# Nouns for things and works: the name is none of the scored kinds ("eine Sammlung", "ein Computerspiel").
_DEFINED_THINGS = ("ung", "ion", "film", "album", "roman", "spiel", "serie", "reihe", "software", "programm",
                   "gattung", "art", "sorte", "rasse", "pflanze", "krankheit", "sprache", "methode", "technik",
                   "begriff", "comic", "symbol", "produkt", "modell", "fahrzeug", "schiff", "flugzeug", "lied",
                   "song", "oper", "getränk", "stil", "genre", "tanz", "format", "verfahren")
# Books are "ein Band", music groups "eine Band": the article tells them apart.
_BAND_ARTICLES = frozenset("eine die".split())


def defined_noun(words: list[str], k: int) -> tuple[str, str] | None:
    """(article, noun) of a definition from word k on: "ist eine deutsche Band" -> ("eine", "Band")."""
    if k + 2 >= len(words) or words[k] not in _COPULAS or words[k + 1] not in _DEFINING_ARTICLES:
        return None
    # adjectives and numbers before the noun: "eine 1972 gegründete deutsche Rockband"
    for j in range(k + 2, min(len(words), k + 6)):
        if words[j][:1].isupper():
            return words[k + 1], words[j]
        if not (words[j].isalpha() and words[j].islower() or words[j].isdigit()):
            return None
    return None


def defined_kind(article: str, noun: str) -> str | None:
    """What a definition's noun makes the name: "place", "organisation", "thing", or None (a person or unknown)."""
    low = noun.lower()
    if low.endswith(_PLACE_NOUNS + ("gebirge", "landschaft", "kommune", "bundesland")) \
            or low.endswith(("ort", "ortes")) and not low.endswith(("sport", "wort", "port", "fort")):
        return "place"
    if low.endswith("band"):
        return "organisation" if article in _BAND_ARTICLES else "thing"
    if low.endswith(_DEFINED_ORGS):
        return "organisation"
    return "thing" if low.endswith(_DEFINED_THINGS) else None
