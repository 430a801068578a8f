"""Quotes: who or what is named as the source (speaker phrases), word forms that only look like cues, quoted names."""

from __future__ import annotations

import re

from briefing.analyze.quotes import find_quotes
from briefing.analyze.sentences import split_sentences
from briefing.model import Actor, ActorKind, Mention, QuoteKind, Span
from tests.builders import build_document

NAMES = {"Oettinger": ActorKind.PERSON, "Shakira": ActorKind.PERSON, "Interpol": ActorKind.ORGANISATION,
         "Europäische Union": ActorKind.ORGANISATION, "Sankei Shimbun": ActorKind.ORGANISATION}


def found(*paragraphs: str) -> list[tuple[QuoteKind, str, str | None, str | None]]:
    """(kind, quote, speaker phrase, cue) for each quote, with every name in NAMES as a mention."""
    doc = build_document(*paragraphs)
    sentences = split_sentences(doc.text, doc.blocks)
    mentions = []
    for name in NAMES:
        for m in re.finditer(rf"\b{re.escape(name)}\b", doc.text):
            sentence = next(s.index for s in sentences if s.span.start <= m.start() < s.span.end)
            mentions.append(Mention(name.lower(), Span(m.start(), m.end()), sentence))
    actors = tuple(Actor(name.lower(), name, kind) for name, kind in NAMES.items())
    quotes = find_quotes(doc.text, sentences, tuple(sorted(mentions, key=lambda m: m.span)), actors)
    return [(q.kind, q.span.of(doc.text), q.speaker_span.of(doc.text) if q.speaker_span else None,
             q.cue_span.of(doc.text) if q.cue_span else None) for q in quotes]


def test_a_name_introduced_by_a_noun_is_no_quote():
    assert found("Die Zeitung „Yemen Observer“ berichtet, dass zwei Verhandlungsrunden gescheitert seien.") == [
        (QuoteKind.INDIRECT, "dass zwei Verhandlungsrunden gescheitert seien", "Die Zeitung „Yemen Observer“",
         "berichtet")]


def test_lautet_and_laut_werden_are_no_source_cues():
    assert found("Der richterliche Urteilsspruch lautet nun auf 18 Monate ohne Bewährung.") == []
    assert found("Schon seit längerem wurden Vorwürfe gegen die neue Regierung laut.") == []


def test_cross_reference_in_parentheses_is_no_quote():
    assert found("Gewonnen hat nicht sie, sondern Kathrin Hölzl (Wikinews berichtete).") == []


def test_threat_needs_mit():
    assert found("Wenn er verurteilt werden sollte, droht ihm die Todesstrafe.") == []
    assert found("Die Europäische Union drohte mit weiteren Sanktionen gegen das Land.")[0][2:] == (
        "Die Europäische Union", "drohte")


def test_separable_speech_act():
    assert found("Die Europäische Union hat die Regierung von Myanmar erneut zur Kooperation aufgefordert.") == [
        (QuoteKind.INDIRECT, "Die Europäische Union hat die Regierung von Myanmar erneut zur Kooperation aufgefordert",
         "Die Europäische Union", "aufgefordert")]


def test_fronted_passive_agent_is_the_speaker():
    assert found("Von deutscher Seite wurde gefordert, alle Beiträge sollten gelöscht werden.")[0][2] == "deutscher Seite"


def test_plain_document_noun_names_the_source():
    assert found("In einem Bericht der Salzburger Nachrichten wurde vermutet, dass niemand überlebt hat.")[0][2] == (
        "einem Bericht der Salzburger Nachrichten")


def test_nach_with_planning_noun_marks_a_source():
    assert found("Nach bisherigen Erfahrungen geht die Anzahl der Klicks kurz vor Ende einer Auktion nach oben.") == [
        (QuoteKind.INDIRECT, "geht die Anzahl der Klicks kurz vor Ende einer Auktion nach oben", "bisherigen Erfahrungen",
         "Nach")]


def test_indicative_clause_closed_by_inverted_report():
    assert found("Zwei Lehrer und neun Schüler konnten gerettet werden, berichtete die Zeitung Sankei Shimbun.") == [
        (QuoteKind.INDIRECT, "Zwei Lehrer und neun Schüler konnten gerettet werden", "die Zeitung Sankei Shimbun",
         "berichtete")]
    # a direct quote before the cue stays one direct quote, not also an indirect one
    assert [q[0] for q in found("„Wir bleiben hart“, berichtete die Zeitung Sankei Shimbun.")] == [QuoteKind.DIRECT]


def test_teilten_mit_is_a_cue():
    assert found("Die Entführer teilten mit, dass die Geiseln in ihrer Hand blieben.") == [
        (QuoteKind.INDIRECT, "dass die Geiseln in ihrer Hand blieben", "Die Entführer", "teilten")]


def test_standalone_quote_takes_subject_after_fronted_clause():
    quotes = found("Um die Zeit dafür zu gewinnen, will Oettinger die Naturwissenschaften straffen. "
                   "„Nicht jede Formel aus Physik und Chemie ist für das Leben notwendig.“")
    assert quotes[-1][2] == "Oettinger"


def test_colon_intro_with_fronted_adverb():
    quotes = found("Hier sparte der Bundespräsident auch nicht mit Kritik: „Je kleiner die Schritte, desto mehr "
                   "Schritte muss er machen.“")
    assert quotes[0][2] == "der Bundespräsident"


def test_konjunktiv_continuation_with_its_own_reporting_subject():
    quotes = found("Shakira sagte, sie komme gern. Journalisten beschweren sich unterdessen über massive "
                   "Behinderungen der Berichterstattung, nur staatliche Reporter seien zugelassen.")
    assert quotes[-1][2] == "Journalisten"


def test_plural_and_present_particle_verbs_are_cues():
    assert found("Viele Anwohner gaben an, sich nachts nicht mehr sicher zu fühlen.") == [
        (QuoteKind.INDIRECT, "sich nachts nicht mehr sicher zu fühlen", "Viele Anwohner", "gaben")]
    assert found("Die Stadtwerke warfen dem Vermieter vor, die Zähler manipuliert zu haben.") == [
        (QuoteKind.INDIRECT, "die Zähler manipuliert zu haben", "Die Stadtwerke", "warfen")]


def test_particle_written_before_a_verb_final_cue():
    assert found("Wie der Sportverband am Freitag bekannt gab, wird das Turnier verschoben.") == [
        (QuoteKind.INDIRECT, "wird das Turnier verschoben", "der Sportverband", "gab")]


def test_requests_and_offers_are_cues():
    assert found("Der Stadtrat hat die Ministerin gebeten, ihre Entscheidung zu überdenken.") == [
        (QuoteKind.INDIRECT, "ihre Entscheidung zu überdenken", "Der Stadtrat", "gebeten")]
    assert found("Die Gewerkschaft hat den Betreibern angeboten, die Schichten neu zu verteilen.") == [
        (QuoteKind.INDIRECT, "die Schichten neu zu verteilen", "Die Gewerkschaft", "angeboten")]


def test_zu_sein_is_a_reported_infinitive():
    assert found("Der Verein beteuerte, jederzeit zu Gesprächen bereit zu sein.") == [
        (QuoteKind.INDIRECT, "jederzeit zu Gesprächen bereit zu sein", "Der Verein", "beteuerte")]


def test_wie_clause_with_an_apposition_a_quoted_name_or_impersonal_es():
    assert found("Wie die Sprecherin des Vereins, Anna Berg, erklärte, habe man die Halle gekündigt.") == [
        (QuoteKind.INDIRECT, "habe man die Halle gekündigt", "die Sprecherin des Vereins, Anna Berg", "erklärte")]


def test_quoted_name_between_cue_and_comma():
    assert found("Ein Vertreter der Firma sagte dem „Tagblatt“, die Produktion werde im Mai eingestellt.") == [
        (QuoteKind.INDIRECT, "die Produktion werde im Mai eingestellt", "Ein Vertreter der Firma", "sagte")]


def test_coordinated_subject_before_the_verb():
    assert found("Grüne und Linke haben den Plan als unsozial kritisiert.")[0][2] == "Grüne und Linke"


def test_relative_clause_cue_names_its_antecedent():
    assert found("Es gibt Stimmen, die dem Bürgermeister vorwerfen, die Wahl manipuliert zu haben.") == [
        (QuoteKind.INDIRECT, "die Wahl manipuliert zu haben", "Stimmen, die", "vorwerfen")]


def test_pronoun_subject_is_not_replaced_by_a_named_object():
    assert found("Er forderte Oettinger auf, mehr Geld bereitzustellen.")[0][2] == "Er"


def test_names_with_slash_and_zu():
    assert found("Der Chef der CDU/CSU-Gruppe, Paul Weber, kündigte an, gegen den Antrag zu stimmen.")[0][2] == \
        "Der Chef der CDU/CSU-Gruppe, Paul Weber"
    assert found("Der Abgeordnete Karl zu Steinfeld sagte, man müsse die Pläne stoppen.") == [
        (QuoteKind.INDIRECT, "man müsse die Pläne stoppen", "Der Abgeordnete Karl zu Steinfeld", "sagte")]


def test_that_clause_around_a_direct_quote():
    quotes = found("Oettinger hält daran fest, dass der Vertrag „in dieser Form nicht mehr haltbar“ sei.")
    assert quotes[0] == (QuoteKind.INDIRECT, "dass der Vertrag „in dieser Form nicht mehr haltbar“ sei", "Oettinger",
                         "hält")
    assert quotes[1][:3] == (QuoteKind.DIRECT, "in dieser Form nicht mehr haltbar", "Oettinger")


def test_quoted_name_inside_the_subject_is_no_quote():
    assert found("Moritz Weber von der „Aktion Hilfe Jetzt“ sagte, es gebe zu wenig Spenden.") == [
        (QuoteKind.INDIRECT, "es gebe zu wenig Spenden", "Moritz Weber von der „Aktion Hilfe Jetzt“", "sagte")]
    assert found("Die Sprecherin der „Aktion Hilfe jetzt“ sagte, die Lage sei ernst.") == [
        (QuoteKind.INDIRECT, "die Lage sei ernst", "Die Sprecherin der „Aktion Hilfe jetzt“", "sagte")]


def test_title_after_a_naming_noun_is_no_quote():
    assert found("Sie demonstrierten unter dem Motto „Nie wieder Krieg in unserem Land!“.") == []


def test_reported_clause_around_quoted_words_is_an_indirect_quote_too():
    quotes = found("Oettinger sagte, der Plan sei gescheitert. Damit seien „die Kosten für das Land nicht mehr tragbar“.")
    assert (QuoteKind.INDIRECT, "Damit seien „die Kosten für das Land nicht mehr tragbar", "Oettinger", None) in quotes
    assert (QuoteKind.DIRECT, "die Kosten für das Land nicht mehr tragbar", "Oettinger", None) in quotes


def test_fronted_preposition_is_no_speaker():
    assert found("Bezüglich des Ortes meldete die Agentur, der Flug sei planmäßig gestartet.")[0][2] == "die Agentur"
    assert found("In einer Nachricht würdigte er den Verstorbenen: „Er war ein Vorbild für uns alle.“")[0][2] == "er"


def test_subject_with_apposition_before_a_bare_cue():
    assert found("Auch Anna Berg, die Sprecherin, glaubt, dass ein Verbot möglich sei.") == [
        (QuoteKind.INDIRECT, "dass ein Verbot möglich sei", "die Sprecherin", "glaubt")]
    assert found("Auch die Sprecherin der Grünen, Anna Berg, kritisierte den Plan der Regierung scharf.")[0][2] == "Anna Berg"


def test_indicative_that_clause_after_a_named_subject():
    assert found("Oettinger hat ausgerechnet, dass jeder Gast etwa 90 Euro in der Stadt ausgibt.") == [
        (QuoteKind.INDIRECT, "dass jeder Gast etwa 90 Euro in der Stadt ausgibt", "Oettinger", "ausgerechnet")]
    assert found("Oettinger war so müde, dass er im Zug einschlief.") == []


def test_infinitive_clause_after_a_verb_of_deciding():
    assert found("Die Bahn beschloss, im Winter die Beleuchtung in den Zügen zu reduzieren.") == [
        (QuoteKind.INDIRECT, "im Winter die Beleuchtung in den Zügen zu reduzieren", "Die Bahn", "beschloss")]
    assert found("Der Firma gelang es, den Auftrag zu gewinnen.") == []


def test_source_words_outside_the_noun_phrase_grammar():
    assert found("Laut taz wurde das Lager am Montag geschlossen.")[0][2] == "taz"
    assert found("Laut diesem Zeugen hat es zuvor keine Kämpfe gegeben.")[0][2] == "diesem Zeugen"
    assert found("Ihnen zufolge wurde das Lager am Montag geschlossen.")[0][2] == "Ihnen"


def test_so_cue_right_after_the_closing_mark():
    assert found("„Das ist zu teuer für uns alle.“ so das Fazit der Betreiber.") == [
        (QuoteKind.DIRECT, "Das ist zu teuer für uns alle.", "das Fazit der Betreiber", "so")]


def test_passive_agent_before_a_verb_final_cue():
    assert found("Seine Bilder werden von Kritikern als „Meilensteine der Malerei“ bezeichnet.")[0][2] == "Kritikern"



def test_wie_clause_with_an_apposition_a_quoted_name_or_impersonal_es():
    quotes = found("Wie Anna Berg, eine Sprecherin der Armee der Presse mitteilte, seien weitere Dörfer zerstört worden.")
    assert quotes == [(QuoteKind.INDIRECT, "seien weitere Dörfer zerstört worden", "Anna Berg", "mitteilte")]
    assert found("Wie die „Aktion Hilfe jetzt“ am Montag mitteilte, sei die Lage ernst.") == [
        (QuoteKind.INDIRECT, "sei die Lage ernst", "die „Aktion Hilfe jetzt“", "mitteilte")]
    assert found("Wie es in einer Erklärung der Regierung hieß, sei die Lage ernst.") == [
        (QuoteKind.INDIRECT, "sei die Lage ernst", "in einer Erklärung der Regierung", "hieß")]


def test_continued_report_with_its_own_subject():
    quotes = found("Oettinger sagte, der Plan sei gescheitert. Die Grünen hatten sich erhofft, dass der Haushalt "
                   "gerettet werden könne.")
    assert quotes[1] == (QuoteKind.INDIRECT, "Die Grünen hatten sich erhofft, dass der Haushalt gerettet werden könne",
                         "Die Grünen", None)


def test_source_phrase_inside_a_short_statement_keeps_the_whole_sentence():
    assert found("Der Grund ist laut Interpol unklar.") == [
        (QuoteKind.INDIRECT, "Der Grund ist laut Interpol unklar", "Interpol", "laut")]
    assert found("Die Täter sind nach palästinensischen Medien geflohen.") == [
        (QuoteKind.INDIRECT, "Die Täter sind nach palästinensischen Medien geflohen", "palästinensischen Medien", "nach")]


def test_copula_with_a_noun_of_opinion_reports_its_dass_clause():
    assert found("Oettinger ist der Ansicht, dass die Steuer bleiben müsse.") == [
        (QuoteKind.INDIRECT, "dass die Steuer bleiben müsse", "Oettinger", "ist")]


def test_kuendigen_without_an_is_no_speech_act():
    assert found("Die Firma Oettinger hat den Vertrag mit dem Zulieferer fristlos gekündigt.") == []
    assert found("Oettinger kündigte den Mietvertrag für das Büro in der Altstadt.") == []
    assert found("Oettinger kündigte eine gründliche Untersuchung des Vorfalls an.")[0][2] == "Oettinger"


def test_assuming_and_speaking_of_are_speech_acts():
    assert found("Die Ermittler gehen bei dem Brand von Brandstiftung aus.") == [
        (QuoteKind.INDIRECT, "Die Ermittler gehen bei dem Brand von Brandstiftung aus", "Die Ermittler", "gehen")]
    assert found("Die Zeitungen sprechen von einem schweren Rückschlag für die Regierung.")[0][2] == "Die Zeitungen"


def test_apposition_subject_before_a_cue_with_a_midfield():
    assert found("Der stellvertretende Leiter der Behörde, Karl Oettinger, sagte vor der Presse, dass die Brücke "
                 "gesperrt wurde.") == [
        (QuoteKind.INDIRECT, "dass die Brücke gesperrt wurde", "Der stellvertretende Leiter der Behörde, Karl Oettinger",
         "sagte")]


def test_subject_with_a_relative_clause_before_the_cue():
    assert found("Der frühere Minister Oettinger, der als Beobachter im Land war, sagte Reportern, dass alles "
                 "ruhig verlaufen sei.") == [
        (QuoteKind.INDIRECT, "dass alles ruhig verlaufen sei", "Der frühere Minister Oettinger, der", "sagte")]


def test_a_fronted_clause_before_the_cue_is_no_report():
    # the clause after "sagte X," is the report, not the adverbial clause filling the prefield
    assert found("In einer Videobotschaft, die in der Nacht eingespielt wurde, sagte Oettinger, man werde kämpfen.") == [
        (QuoteKind.INDIRECT, "man werde kämpfen", "Oettinger", "sagte")]
    assert found("Obwohl bei dem Täter das Handy sichergestellt wurde, bestritt er jede Beteiligung.") == []
    # a main clause of its own before the cue stays the report
    assert found("Vor dem Absturz wurde kein Notsignal gesendet, sagte Oettinger.") == [
        (QuoteKind.INDIRECT, "Vor dem Absturz wurde kein Notsignal gesendet", "Oettinger", "sagte")]


def test_a_verb_final_cue_after_the_quote_takes_its_clause_subject():
    text = "Die Bundesregierung hatte den Bericht der Europäische Union umgehend als „falsch“ zurückgewiesen."
    assert found(text)[0][1:3] == ("falsch", "Die Bundesregierung")
    text = "Der Bericht ist brisant, weil die Regierung das Land von Oettinger als „junge Demokratie“ bezeichnet hat."
    assert found(text)[0][1:3] == ("junge Demokratie", "die Regierung")
    text = "In der Zeitung erschien ein Kommentar, der die Entscheidung von Interpol als „Verirrung“ bezeichnet."
    assert found(text)[0][1:3] == ("Verirrung", "ein Kommentar, der")


def test_colon_intros_find_the_subject_past_objects_and_clauses():
    # object first: the named subject after the verb speaks ("der" marks the nominative)
    text = "Die Anwendung der Regel stellte der Vorsitzende Oettinger ebenfalls in Frage: „Das ist nicht lebensnah.“"
    assert found(text)[0][1:3] == ("Das ist nicht lebensnah.", "der Vorsitzende Oettinger")
    # a relative clause between subject and verb
    text = "Der Ermittler, der als wichtiger Zeuge gilt, will seine Arbeit nun einstellen: „Mehr kommt nicht nach!“"
    assert found(text)[0][1:3] == ("Mehr kommt nicht nach!", "Der Ermittler, der")
    # a dass clause before the colon: its main clause speaks
    text = "Der Innenminister zeigte sich besorgt, dass die Fehden nun ins Ausland getragen würden: „Das gab es nie.“"
    assert found(text)[-1][1:3] == ("Das gab es nie.", "Der Innenminister")


def test_an_auxiliary_after_the_quote_precedes_the_subject():
    assert found("„Wir bleiben im Land“, wird Oettinger zitiert.") == [
        (QuoteKind.DIRECT, "Wir bleiben im Land", "Oettinger", "zitiert")]
    assert found("„Wir bleiben im Land“, hatte der Minister gesagt.")[0][2:] == ("der Minister", "gesagt")


def test_speaker_phrases_keep_parentheses_and_focus_particles():
    text = "Der Präsident hat mit seinem Amtskollegen Peres (Awoda, etwa Arbeiterpartei) bekräftigt, man bekenne sich dazu."
    assert found(text)[0][2] == "Der Präsident"
    text = "Auch die Familienministerin Renate Schmidt (SPD) äußerte Vorbehalte und wagte eine Prognose: „Das wird knapp.“"
    assert found(text)[0][2] == "die Familienministerin Renate Schmidt (SPD)"
    # a plural verb agrees with no single name after it
    assert found("Kritiker werfen Oettinger vor, er habe die Wahl nur taktisch getroffen.")[0][2] == "Kritiker"


def test_singular_source_nouns_after_nach():
    assert found("Nach Schätzung der Europäische Union treten weltweit pro Jahr etwa 50 Millionen Fälle auf.") == [
        (QuoteKind.INDIRECT, "treten weltweit pro Jahr etwa 50 Millionen Fälle auf", "Schätzung der Europäische Union",
         "Nach")]
    assert found("Nach Mitteilung von Interpol wurden drei Männer festgenommen.")[0][2:] == ("Mitteilung von Interpol", "Nach")


def test_a_relative_pronoun_after_a_source_preposition_stands_for_the_source():
    assert found("Es gibt auch Gerüchte, nach denen Oettinger an Krebs litt.") == [
        (QuoteKind.INDIRECT, "Oettinger an Krebs litt", "Gerüchte, nach denen", "nach")]


def test_more_verbs_report_a_speech_act_by_themselves():
    assert found("Oettinger riet dem Minister zu mehr Zurückhaltung.") == [
        (QuoteKind.INDIRECT, "Oettinger riet dem Minister zu mehr Zurückhaltung", "Oettinger", "riet")]
    assert found("Interpol gab am Montag die Einstellung des Verfahrens bekannt.")[0][2:] == ("Interpol", "gab")
    assert found("Der Gärtner gab dem Hund einen Knochen.") == []  # "gab" alone reports nothing


def test_a_relative_pronoun_object_leaves_the_subject_pronoun_as_speaker():
    text = "Oettinger will die Reformen rückgängig machen, die er als „drakonisch“ bezeichnete."
    assert found(text)[0][1:3] == ("drakonisch", "er")


def test_more_reporting_verb_forms():
    assert found("Oettinger hatte zugesagt, nicht weiter über den Turm bestimmen zu wollen.")[0][2:] == (
        "Oettinger", "zugesagt")
    assert found("Wie eine Studie von Interpol ergab, trinken viele Kinder bereits regelmäßig Alkohol.") == [
        (QuoteKind.INDIRECT, "trinken viele Kinder bereits regelmäßig Alkohol", "eine Studie von Interpol", "ergab")]
    # "handele" is Konjunktiv I of "handeln" ("es handele sich um …")
    assert found("Oettinger sagte in Rom, sehr wahrscheinlich handele es sich um einen Racheakt.") == [
        (QuoteKind.INDIRECT, "sehr wahrscheinlich handele es sich um einen Racheakt", "Oettinger", "sagte")]


def test_a_colon_intro_ending_in_a_zu_infinitive_is_spoken_by_its_main_clause():
    text = "Der Mitarbeiter Nick Brauns hat wenig Hemmungen, seine Sympathien öffentlich zu zeigen: „Wir sind dafür.“"
    assert found(text)[-1][1:3] == ("Wir sind dafür.", "Der Mitarbeiter Nick Brauns")


def test_quoted_words_may_open_a_reported_clause():
    found_quotes = found("Oettinger sagte, „No-Go-Areas“ dürfe es nicht geben.")
    assert (QuoteKind.INDIRECT, "„No-Go-Areas“ dürfe es nicht geben", "Oettinger", "sagte") in found_quotes
    # a direct quote after the cue stays direct only
    assert found("Oettinger sagte, „wir kommen wieder und bleiben lange“.") == [
        (QuoteKind.DIRECT, "wir kommen wieder und bleiben lange", "Oettinger", "sagte")]


def test_passive_reports_name_the_document_before_a_relative_clause():
    text = ("In einer Presseerklärung, die am Mittwoch in Banja Luka veröffentlicht wurde, wurde verkündet, dass die "
            "Serben alle Verantwortlichen vor Gericht bringen wollen.")
    assert found(text)[0][2] == "einer Presseerklärung"
    text = "1997 war auf einer Konferenz in Aleppo vorgeschlagen worden, Ostern weltweit am gleichen Tage zu feiern."
    assert found(text)[0][1:3] == ("Ostern weltweit am gleichen Tage zu feiern", "einer Konferenz in Aleppo")


def test_a_relative_clause_with_dessen_between_subject_and_cue():
    text = "Oettinger, dessen Behörde für die Konfiszierung zuständig ist, sagte, dass fünf Millionen Euro beschlagnahmt wurden."
    assert found(text)[0][1:3] == ("dass fünf Millionen Euro beschlagnahmt wurden", "Oettinger, dessen")


def test_hervorgehen_names_the_document_after_aus():
    assert found("Der Konzern plant eine Umwandlung in eine neue Rechtsform. "
                 "Dies geht aus einer Pressemitteilung des Konzerns hervor.") == [
        (QuoteKind.INDIRECT, "Der Konzern plant eine Umwandlung in eine neue Rechtsform",
         "einer Pressemitteilung des Konzerns", "geht")]
    assert found("Wie aus einer Verlautbarung von Interpol hervorgeht, wurden fünf Zivilisten getötet.") == [
        (QuoteKind.INDIRECT, "wurden fünf Zivilisten getötet", "einer Verlautbarung von Interpol", "hervorgeht")]
    assert found("Am Abend geht er nach Hause.") == []


def test_a_named_subject_after_a_fronted_word_speaks_on():
    text = ("Besorgt äußerte sich Oettinger über die Zunahme der Gewalt. "
            "Auch gebe es Berichte über Entführungen von Kindern in dieser Region.")
    assert found(text)[-1][1:3] == ("Auch gebe es Berichte über Entführungen von Kindern in dieser Region", "Oettinger")


def test_danach_points_back_to_a_document_only():
    assert found("Die Bank veröffentlichte heute neue Quartalszahlen. "
                 "Danach verzeichnet das Geldinstitut Verluste in Höhe von 12 Milliarden Franken.") == [
        (QuoteKind.INDIRECT, "verzeichnet das Geldinstitut Verluste in Höhe von 12 Milliarden Franken", "Danach",
         "Danach")]
    assert found("Das Spiel endete torlos. Danach gingen alle Spieler nach Hause und feierten lange.") == []
