"""Quotes: direct marks, indirect speech, speakers via mentions and pronouns (hand-built mentions)."""

from __future__ import annotations

import re

from briefing.analyze.quotes import find_quotes
from briefing.analyze.sentences import split_sentences
from briefing.model import Actor, ActorKind, Mention, QuoteKind, Span
from tests.builders import build_document

PEOPLE = {"Donald Trump": "trump", "Trump": "trump", "Justin Trudeau": "trudeau", "Nancy Pelosi": "pelosi",
          "Marcelo Ebrard": "ebrard", "Angela Merkel": "merkel", "Merkel": "merkel"}
ACTORS = tuple(Actor(i, i, ActorKind.PERSON) for i in set(PEOPLE.values())) + (
    Actor("kanada", "Kanada", ActorKind.LAND), Actor("usa", "USA", ActorKind.LAND))


def quotes(*paragraphs: str):
    doc = build_document(*paragraphs)
    sentences = split_sentences(doc.text, doc.blocks)
    mentions, taken = [], []
    surfaces = {**PEOPLE, "Kanadas": "kanada", "USA": "usa"}
    for surface in sorted(surfaces, key=len, reverse=True):
        for m in re.finditer(rf"\b{re.escape(surface)}\b", doc.text):
            span = Span(m.start(), m.end())
            if not any(t.overlaps(span) for t in taken):
                taken.append(span)
                sentence = next(s.index for s in sentences if s.span.contains(span))
                mentions.append(Mention(surfaces[surface], span, sentence))
    found = find_quotes(doc.text, sentences, tuple(sorted(mentions, key=lambda m: m.span)), ACTORS)
    return [(q.kind, q.span.of(doc.text), q.speaker_id, q.cue_span.of(doc.text) if q.cue_span else None)
            for q in found]


def test_direct_with_pronoun_after_quote():
    found = quotes('Trump sprach in Washington. "Ich denke, Nancy Pelosi wird das Richtige tun", sagte er.')
    assert found == [(QuoteKind.DIRECT, "Ich denke, Nancy Pelosi wird das Richtige tun", "trump", "sagte")]


def test_direct_german_marks_and_colon_intro():
    found = quotes("Angela Merkel sagte: „Wir schaffen das.“")
    assert found == [(QuoteKind.DIRECT, "Wir schaffen das.", "merkel", "sagte")]


def test_direct_other_marks():
    for text in ("»Wir kommen wieder«, sagte Merkel.", "«Wir kommen wieder», sagte Merkel.",
                 "“Wir kommen wieder”, sagte Merkel."):
        assert quotes(text)[0][1:3] == ("Wir kommen wieder", "merkel")


def test_nested_single_quotes_stay_inside():
    found = quotes("„Er nannte es ‚gut‘ und ging“, sagte Merkel.")
    assert found[0][1] == "Er nannte es ‚gut‘ und ging"


def test_quote_over_two_sentences():
    found = quotes('Trump kam. "Wir konkurrieren mit China. Nicht so sehr untereinander", sagte er.')
    assert found == [(QuoteKind.DIRECT, "Wir konkurrieren mit China. Nicht so sehr untereinander", "trump", "sagte")]


def test_indirect_cue_first():
    found = quotes("Trump sagte, er hoffe, dass die Ratifizierung schnell vonstatten gehe.")
    assert found == [(QuoteKind.INDIRECT, "er hoffe, dass die Ratifizierung schnell vonstatten gehe", "trump", "sagte")]


def test_indirect_cue_after_with_role():
    found = quotes("Es habe Fortschritte gegeben, sagte Kanadas Regierungschef Justin Trudeau nach dem Treffen.")
    assert found == [(QuoteKind.INDIRECT, "Es habe Fortschritte gegeben", "trudeau", "sagte")]


def test_indirect_so_and_laut():
    assert quotes("Die Lage sei ernst, so Merkel.") == [(QuoteKind.INDIRECT, "Die Lage sei ernst", "merkel", "so")]
    found = quotes("Laut Merkel sei die Lage ernst und schwierig.")
    assert found[0][:3] == (QuoteKind.INDIRECT, "sei die Lage ernst und schwierig", "merkel")


def test_pronoun_skips_persons_inside_quotes():
    found = quotes('Trump sprach. "Nancy Pelosi wird das Richtige tun", sagte er.')
    assert found[0][2] == "trump"


def test_scare_quotes_and_titles_are_not_quotes():
    assert quotes("Das Magazin „Nature“ erscheint wöchentlich, die Diplomatie war im „Schockzustand“.") == []


def test_short_quote_with_cue_is_kept():
    found = quotes("Trump hatte Mexikaner als „Kriminelle“ bezeichnet.")
    assert found[0][:3] == (QuoteKind.DIRECT, "Kriminelle", "trump")


def test_no_quotes_in_plain_text():
    assert quotes("Die Regierung plant neue Zölle. Der Handel leidet.") == []


def test_konjunktiv_continuation_keeps_speaker():
    found = quotes("Merkel sagte, die Lage sei ernst. Außerdem seien Unterlagen vernichtet worden.")
    assert [(k, s) for k, _, s, _ in found] == [(QuoteKind.INDIRECT, "merkel"), (QuoteKind.INDIRECT, "merkel")]


def speaker_texts(*paragraphs: str):
    """(quote text, speaker phrase) pairs: speakers that are noun phrases, not registered actors."""
    doc = build_document(*paragraphs)
    sentences = split_sentences(doc.text, doc.blocks)
    return [(q.span.of(doc.text), q.speaker_span.of(doc.text) if q.speaker_span else None)
            for q in find_quotes(doc.text, sentences, (), ACTORS)]


def test_fronted_adverbial_puts_subject_after_verb():
    found = speaker_texts("Nach der Sitzung sagte der Minister: „Wir bleiben dabei.“")
    assert found == [("Wir bleiben dabei.", "der Minister")]


def test_noun_phrase_speaker_with_genitive():
    found = speaker_texts("Ein Sprecher des Ministeriums erklärte, die Lage sei unter Kontrolle.")
    assert found == [("die Lage sei unter Kontrolle", "Ein Sprecher des Ministeriums")]


def test_apposition_before_cue():
    found = speaker_texts("Die Sprecherin der Stiftung, Heike Laak, sagte dazu: „Wir bleiben bei dem Ergebnis.“")
    assert found[0][1] == "Die Sprecherin der Stiftung, Heike Laak"


def test_auxiliary_marks_verb_second_slot():
    found = speaker_texts("Die Polizei hatte am Montag mitgeteilt, dass der Täter gefasst worden sei.")
    assert found == [("dass der Täter gefasst worden sei", "Die Polizei")]


def test_wie_clause_names_the_source():
    found = speaker_texts("Die Zahl der Opfer stieg auf zwölf, wie die Feuerwehr am Abend mitteilte.")
    assert found == [("Die Zahl der Opfer stieg auf zwölf", "die Feuerwehr")]


def test_nach_angaben_and_zufolge():
    assert speaker_texts("Nach Angaben der Polizei wurden drei Menschen verletzt.") == [
        ("wurden drei Menschen verletzt", "Angaben der Polizei")]
    assert speaker_texts("Dem Bericht zufolge wurden drei Menschen verletzt.") == [
        ("wurden drei Menschen verletzt", "Dem Bericht")]


def test_zu_infinitive_after_reporting_verb():
    found = speaker_texts("Die Regierung kündigte an, die Steuern senken zu wollen.")
    assert found == [("die Steuern senken zu wollen", "Die Regierung")]


def test_passive_agent_is_the_speaker():
    found = speaker_texts("Die Einwohner wurden von den Behörden aufgefordert, ihre Häuser zu verlassen.")
    assert found[0][1] == "den Behörden"


def test_unlisted_verb_after_direct_quote_is_a_cue():
    found = speaker_texts("„Ich trete an, um zu gewinnen“, strich der Kandidat heraus.")
    assert found == [("Ich trete an, um zu gewinnen", "der Kandidat")]


def test_speech_act_sentence_is_reported():
    found = speaker_texts("Die deutschen Brauer warnen vor der umstrittenen Gasförderung.")
    assert found == [("Die deutschen Brauer warnen vor der umstrittenen Gasförderung", "Die deutschen Brauer")]


def test_speech_act_in_subordinate_or_infinitive_clause_is_not():
    assert speaker_texts("Obwohl die Partei Reformen ankündigte, hat sich nichts geändert.") == []
    assert speaker_texts("Er hatte alles darangesetzt, die Regierung zu kritisieren.") == []


def test_titles_in_quotes_are_not_quotes():
    assert speaker_texts("Das schreibt die „Süddeutsche Zeitung“ in ihrer Ausgabe vom Montag.") == []
    assert speaker_texts("Laut der „Bild“-Zeitung ist er krank.")[0][1] != "Bild"


def test_pronoun_after_fronted_object():
    found = speaker_texts("Die Arbeit der Koalition lobte er mit den Worten: „Es gibt weniger Inszenierung.“")
    assert found == [("Es gibt weniger Inszenierung.", "er")]


def test_quoted_words_inside_reported_speech_are_direct_quotes_of_the_same_speaker():
    found = speaker_texts("Der Minister sagte, das System sei „kaputt“ und müsse ersetzt werden.")
    assert ("das System sei „kaputt“ und müsse ersetzt werden", "Der Minister") in found
    assert ("kaputt", "Der Minister") in found


def test_reported_clause_carrying_a_long_direct_quote():
    found = speaker_texts("Die Abgeordnete erklärte, ihr lägen „bis heute keine vollständigen Unterlagen vor“.")
    assert ("ihr lägen „bis heute keine vollständigen Unterlagen vor“", "Die Abgeordnete") in found
    assert ("bis heute keine vollständigen Unterlagen vor", "Die Abgeordnete") in found


def test_konjunktiv_continuation_after_one_indicative_sentence_and_across_a_paragraph():
    found = speaker_texts("Der Sprecher sagte, die Lage sei ernst. Die Stadt hat 5000 Einwohner.",
                          "Man müsse jetzt handeln.")
    assert ("Man müsse jetzt handeln", "Der Sprecher") in found


def test_konjunktiv_continuation_stops_after_a_longer_gap():
    found = speaker_texts("Der Sprecher sagte, die Lage sei ernst. Die Stadt hat 5000 Einwohner. "
                          "Sie liegt am Rhein. Es gebe keine Alternative.")
    assert all(text != "Es gebe keine Alternative" for text, _ in found)


def test_demonstrative_cue_sentence_reports_the_sentence_before():
    found = speaker_texts("Der Trainer wechselt zum Saisonende nach München. Dies gab die Vereinsführung bekannt.")
    assert found == [("Der Trainer wechselt zum Saisonende nach München", "die Vereinsführung")]


def test_demonstrative_after_comma_points_back():
    found = speaker_texts("Seit Juni ist die Hauptkamera des Teleskops ausgefallen, das teilte die Agentur mit.")
    assert found == [("Seit Juni ist die Hauptkamera des Teleskops ausgefallen", "die Agentur")]


def test_agentless_passive_report_has_no_speaker():
    found = speaker_texts("Am Montag wurde bekannt, dass der Konzern 500 Stellen streichen will.")
    assert found == [("dass der Konzern 500 Stellen streichen will", None)]


def test_weak_verbs_in_n_and_new_speech_verbs():
    assert speaker_texts("Forscher bezweifeln, dass so viele Besucher kommen werden.")[0][1] == "Forscher"
    assert speaker_texts("Ein Augenzeuge erzählte, Anhänger hätten Passanten angegriffen.")[0][1] == "Ein Augenzeuge"


def test_relative_clause_after_a_cue_is_no_report():
    assert speaker_texts("Das erklärte der Arzt der Schauspielerin, die gestern in Rom verstarb.") == []


def test_speakerless_quote_sentence_continues_the_previous_quote():
    found = speaker_texts("„Wir bleiben dabei“, sagte die Sprecherin. „Es gibt keinen Grund zur Sorge.“")
    assert found[1] == ("Es gibt keinen Grund zur Sorge.", "die Sprecherin")


def test_named_subject_after_the_verb_beats_a_fronted_object():
    found = quotes("Eine Verschiebung des Termins bezeichnete Trump als fatal, sie sei nicht hinnehmbar.")
    assert found[0][2] == "trump"


def named_speakers(text: str, names: dict[str, str]) -> list[str | None]:
    """Speaker actor ids, with actors that carry real names (for given-name gender)."""
    doc = build_document(text)
    sentences = split_sentences(doc.text, doc.blocks)
    actors = tuple(Actor(i, name, ActorKind.PERSON) for name, i in names.items() if " " in name)
    mentions = []
    for surface in sorted(names, key=len, reverse=True):
        for m in re.finditer(rf"\b{re.escape(surface)}\b", doc.text):
            span = Span(m.start(), m.end())
            if not any(x.span.overlaps(span) for x in mentions):
                sentence = next(s.index for s in sentences if s.span.contains(span))
                mentions.append(Mention(names[surface], span, sentence))
    found = find_quotes(doc.text, sentences, tuple(sorted(mentions, key=lambda m: m.span)), actors)
    return [q.speaker_id for q in found]


def test_pronoun_skips_gender_incompatible_persons():
    names = {"Angela Merkel": "merkel", "Marcelo Ebrard": "ebrard", "Thomas Müller": "mueller"}
    # The sentence subject comes first, but only a gender-compatible person can be the antecedent.
    assert named_speakers("Thomas Müller traf Angela Merkel in Berlin. Sie sagte, man wolle enger "
                          "zusammenarbeiten.", names) == ["merkel"]
    assert named_speakers("Angela Merkel traf Thomas Müller in Berlin. Er sagte, man wolle enger "
                          "zusammenarbeiten.", names) == ["mueller"]
    assert named_speakers("Angela Merkel traf Thomas Müller in Berlin. Sie sagte, man wolle enger "
                          "zusammenarbeiten.", names) == ["merkel"]


def test_pronoun_prefers_the_subject_chain_over_a_possessive():
    # "Trumps" is a genitive, no subject: "er" continues the chain Ebrard … gab er … Er.
    found = quotes("Marcelo Ebrard widersprach Pelosi. Darüber hinaus gab er Erklärungen zu Trumps Behauptung ab. "
                   "Er sagte, man werde das prüfen.")
    assert found[-1][2] == "ebrard"


def speaker_texts(*paragraphs: str):
    """(quote text, speaker phrase) pairs, for rules about the speaker span itself."""
    doc = build_document(*paragraphs)
    sentences = split_sentences(doc.text, doc.blocks)
    mentions = []
    for surface, actor in PEOPLE.items():
        for m in re.finditer(rf"\b{re.escape(surface)}\b", doc.text):
            span = Span(m.start(), m.end())
            if not any(x.span.overlaps(span) for x in mentions):
                sentence = next(s.index for s in sentences if s.span.contains(span))
                mentions.append(Mention(actor, span, sentence))
    found = find_quotes(doc.text, sentences, tuple(sorted(mentions, key=lambda m: m.span)), ACTORS)
    return [(q.span.of(doc.text), q.speaker_span.of(doc.text) if q.speaker_span else None) for q in found]


def test_passive_accusation_names_no_speaker():
    # The subject of "wurde vorgeworfen" is the accused; without "von X" nobody is named as speaker.
    found = speaker_texts("Trump traf den Minister. Der Minister wurde beschuldigt, Gelder veruntreut zu haben.")
    assert found == [("Gelder veruntreut zu haben", None)]


def test_passive_report_with_document_source():
    found = speaker_texts("In einer Presseerklärung wurde verkündet, dass die Verhandlungen fortgesetzt würden.")
    assert found == [("dass die Verhandlungen fortgesetzt würden", "einer Presseerklärung")]


def test_als_phrase_before_verb_is_no_conjunction():
    # "Als Begründung nannte die Behörde, …": "als" opens a prefield phrase, the subject follows the verb.
    found = speaker_texts("Als Begründung nannte die Behörde, die Kosten seien zu hoch gewesen.")
    assert found == [("die Kosten seien zu hoch gewesen", "die Behörde")]


def test_wonach_points_to_the_noun_before_it():
    found = speaker_texts("Es gibt einen Bericht der Zeitung, wonach der Minister zurücktreten wolle.")
    assert found == [("der Minister zurücktreten wolle", "einen Bericht der Zeitung")]


def test_subject_and_apposition_after_the_verb():
    found = speaker_texts("Gestern erklärte der Direktor der Behörde, Marcelo Ebrard, das Land besitze keine Waffen.")
    assert found[0][1] == "der Direktor der Behörde, Marcelo Ebrard"


def test_closing_so_names_the_speaker_of_a_direct_quote():
    found = quotes("Die Lage ist schwierig. Kanada müsse „vollständig und nachweislich“ einlenken, so Trump.")
    assert (QuoteKind.DIRECT, "vollständig und nachweislich", "trump", "so") in found


def test_closing_so_overrides_an_earlier_passive_cue():
    found = speaker_texts("Kanada wird bereits aufgefordert, die Grenze zu öffnen, so Trump im Fernsehen.")
    assert found[0][1].startswith("Trump")


def test_opening_subject_before_a_non_cue_verb():
    # "feierte Y als „…“": no reporting verb, but the V2 subject before the verb speaks, not the object Y.
    found = quotes("Angela Merkel feierte Trump als „großen Freund unseres Landes in schweren Zeiten“.")
    assert found == [(QuoteKind.DIRECT, "großen Freund unseres Landes in schweren Zeiten", "merkel", None)]
    # "würdigen" is a verb of saying itself
    found = quotes("Angela Merkel würdigte Trump als „großen Freund unseres Landes in schweren Zeiten“.")
    assert found == [(QuoteKind.DIRECT, "großen Freund unseres Landes in schweren Zeiten", "merkel", "würdigte")]


def test_relative_clause_cue_is_not_the_speakers():
    found = quotes("Angela Merkel kritisierte Trump, der zum Boykott aufgerufen haben soll, als „gefährlichen Mann“.")
    assert found[0][2] == "merkel"


def test_direct_quote_in_reported_frame_continues_the_speaker():
    # "Es gebe „…“" has no cue of its own: Konjunktiv I marks it as the previous speaker's words.
    found = quotes("Angela Merkel sagte, man müsse handeln. Es gebe „eine dramatische Erwärmung der ganzen Erde“.")
    assert found[-1][:3] == (QuoteKind.DIRECT, "eine dramatische Erwärmung der ganzen Erde", "merkel")


def test_indem_clause_gets_its_own_speaker():
    found = speaker_texts("Trump bestritt das indirekt, indem er sagte, eine Zusammenarbeit würde nichts ersetzen.")
    assert found == [("eine Zusammenarbeit würde nichts ersetzen", "er")]


def test_lower_case_web_source_after_laut():
    found = speaker_texts("Laut faz.net appellierte der Minister an die Teilnehmer, sich stärker zu engagieren.")
    assert found[0][1] == "faz.net"



def test_konjunktiv_ii_right_after_a_quote_continues_it():
    found = quotes("Trump sagte, die Hilfe komme zu spät. Viele Menschen hätten schon aufgegeben.")
    assert (QuoteKind.INDIRECT, "Viele Menschen hätten schon aufgegeben", "trump", None) in found


def test_konjunktiv_ii_without_a_quote_before_is_not_reported():
    found = quotes("Die Stadt liegt am Rhein. Ein Ausbau wäre sinnvoll.")
    assert found == []


def test_run_of_konjunktiv_sentences_is_one_passage():
    found = quotes("Trump sagte, die Lage sei ernst. Es fehle an Geld. Die Hilfe komme zu spät.")
    assert [q[1] for q in found] == ["die Lage sei ernst", "Es fehle an Geld. Die Hilfe komme zu spät"]
    assert all(q[2] == "trump" for q in found)


def test_named_subject_of_the_sentence_before_takes_over_the_konjunktiv():
    found = quotes("Trump sagte, die Lage sei ernst. Angela Merkel widerspricht dem. Es gebe genug Geld.")
    assert (QuoteKind.INDIRECT, "Es gebe genug Geld", "merkel", None) in found


def test_direct_quote_after_a_quote_bearing_sentence_keeps_its_speaker():
    found = quotes("Angela Merkel nannte die Absage einen „Vertrauensbruch“. Sie lobte die Polizei.")
    assert (QuoteKind.DIRECT, "Vertrauensbruch", "merkel", "nannte") in found


def test_standalone_direct_quote_takes_the_subject_of_the_sentence_before():
    found = quotes("Angela Merkel, die Kanzlerin, verurteilte den Anschlag. „Das ist feige und grausam.“")
    assert (QuoteKind.DIRECT, "Das ist feige und grausam.", "merkel", None) in found


def test_impersonal_heisst_es_names_the_document_after_it():
    found = speaker_texts("„Die Lage ist ernst“, heißt es in dem Bericht der Kommission.")
    assert found == [("Die Lage ist ernst", "in dem Bericht der Kommission")]


def test_dass_clause_in_konjunktiv_after_an_unlisted_verb():
    found = quotes("Trump bekundete, dass die Daten zugänglich gewesen seien.")
    assert found == [(QuoteKind.INDIRECT, "dass die Daten zugänglich gewesen seien", "trump", "bekundete")]


def test_dass_clause_of_an_unnamed_subject_is_no_report():
    assert quotes("Die Lage zeigt, dass die Daten zugänglich gewesen seien.") == []


def test_sprach_von_is_a_speech_act_but_sprach_mit_is_not():
    assert quotes("Angela Merkel sprach von einem großen Erfolg für die Partei.") != []
    assert quotes("Angela Merkel sprach mit den Journalisten über die Partei.") == []


def test_konjunktiv_ii_only_in_a_relative_clause_is_the_authors():
    found = quotes("Trump sagte, die Hilfe komme zu spät. Ein Deal wurde vereinbart, der BMW getroffen hätte.")
    assert all("Deal" not in q[1] for q in found)
