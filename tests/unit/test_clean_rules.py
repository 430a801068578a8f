"""One small example per cleanup rule."""

from __future__ import annotations

from pathlib import Path

from briefing.clean import clean_document
from briefing.clean.detect import authors_from_note, detect_language, split_agency_tail
from briefing.clean.footnotes import remove_markers
from briefing.clean.headings import is_heading
from briefing.clean.hyphens import hyphen_decision, join_lines, vocabulary
from briefing.clean.junk import classify
from briefing.clean.urls import continues_url
from briefing.model import BlockKind, PartialDate, RawDocument, RawPage, SourceFormat


def clean(text: str, fmt: SourceFormat = SourceFormat.TEXT, **kwargs):
    return clean_document(RawDocument(Path("x"), "x", fmt, text, **kwargs))


def paragraphs(text: str, fmt: SourceFormat = SourceFormat.TEXT):
    document = clean(text, fmt)
    return [b.span.of(document.text) for b in document.blocks]


# --- reflow -------------------------------------------------------------------------------------


def test_reflow_joins_wrapped_lines_and_blank_or_space_lines_separate():
    assert paragraphs("Eins zwei \ndrei vier. \n   \nFünf sechs.") == ["Eins zwei drei vier.", "Fünf sechs."]


def test_reflow_two_trailing_spaces_after_sentence_end_paragraph():
    assert paragraphs("Er kam an.  \nDanach ging er.") == ["Er kam an.", "Danach ging er."]


def test_reflow_continues_across_page_break_mid_sentence():
    assert paragraphs("Das ist ein Satz, \n\nder weitergeht.") == ["Das ist ein Satz, der weitergeht."]


def test_reflow_crlf_and_nbsp():
    assert paragraphs("Eins\u00a0zwei\r\ndrei.\r\n\r\nVier.") == ["Eins zwei drei.", "Vier."]


# --- headings ----------------------------------------------------------------------------------


def test_heading_two_lines_between_blank_lines():
    document = clean("Text davor.\n\nBidens Start – mehr als nur \nSymbolik \n \nAm 20. Januar kam er.")
    heading = document.blocks[1]
    assert heading.kind == BlockKind.HEADING and heading.span.of(document.text) == "Bidens Start – mehr als nur Symbolik"


def test_heading_rules():
    assert is_heading("Friedensnobelpreis und 250 Kirschbäume", "Takaichi plant")
    assert not is_heading("Das ist ein Satz.", "Weiter")
    assert not is_heading("Fragment ohne Ende", "und klein weiter")
    assert not is_heading("Letzter Block", None)


def test_a_line_cut_mid_sentence_is_no_heading():
    # Bold lead-ins of PDF programmes break lines where the sentence goes on.
    assert not is_heading("17. Wir kämpfen für Gleichstellung, für eine Gesellschaft frei von Rassismus und", "Wir")
    assert not is_heading("Ein Großteil der Autos wird gewerblich genutzt. Hier werden wir durch bessere", "Anreize")
    assert not is_heading("Förderung für", "Familien")
    assert is_heading("RP01: Worauf es jetzt ankommt", "Am 23. Februar")
    assert is_heading("Dr. Müller und die Stiftung", "Der Bericht")
    assert not is_heading("kleingeschrieben", "Weiter")


def test_markdown_headings_lists_quotes_and_inline():
    text = "# Titel\n\nEin **fetter** [Link](https://x.de) Satz.\n\n## Abschnitt\n\n- eins\n- zwei\n\n> Zitat hier.\n"
    document = clean(text, SourceFormat.MARKDOWN)
    kinds = [(b.kind, b.level) for b in document.blocks]
    assert document.detected.title == "Titel"
    assert kinds == [(BlockKind.PARAGRAPH, 0), (BlockKind.HEADING, 2), (BlockKind.LIST_ITEM, 0),
                     (BlockKind.LIST_ITEM, 0), (BlockKind.QUOTE, 0)]
    assert document.text.startswith("Ein fetter Link Satz.")


# --- hyphens -----------------------------------------------------------------------------------


def test_soft_hyphen_joined():
    assert join_lines(["die Regie-", "rung plant"], frozenset()) == "die Regierung plant"


def test_compound_hyphens_kept():
    vocab = frozenset()
    assert join_lines(["der US-", "amerikanischen"], vocab) == "der US-amerikanischen"
    assert join_lines(["die Biden-", "Regierung"], vocab) == "die Biden-Regierung"
    assert join_lines(["COVID-", "19 in"], vocab) == "COVID-19 in"
    assert join_lines(["Social-", "Media-Accounts"], vocab) == "Social-Media-Accounts"
    assert join_lines(["Spar-", "und Renteneinlagen"], vocab) == "Spar- und Renteneinlagen"


def test_hyphen_uses_document_vocabulary():
    assert hyphen_decision("Pandemie", "bedingten", vocabulary(["Pandemie-bedingten Folgen"]), frozenset()) == "keep"
    assert hyphen_decision("Astra", "Zeneca", vocabulary(["AstraZeneca liefert"]), frozenset()) == "join"


# --- URLs --------------------------------------------------------------------------------------


def test_urls_rejoined_exactly():
    assert continues_url("siehe https://www.milenio.com/negocios/mexico-socio-", "comercial-eu-2020")
    assert join_lines(["4https://www.nytimes.com/es/espanol/opin", "ion/lopez-obrador.html"], frozenset()) \
        == "4https://www.nytimes.com/es/espanol/opinion/lopez-obrador.html"
    assert join_lines(["https://a.mx/palabras-del-", "presidente/"], frozenset()) == "https://a.mx/palabras-del-presidente/"
    assert not continues_url("https://a.mx/x/", "https://b.mx/")
    assert not continues_url("siehe https://a.mx/x", "Das ist Text.")


# --- footnotes ---------------------------------------------------------------------------------


def test_footnote_block_moved_out_and_marker_becomes_ref():
    text = ("Die Regierung hat im Jahr 2020 viel erreicht, wie \n\n   \n"
            "1 https://example.org/quelle \n\nalle wissen.1 Danach kam 46. Präsident Biden.")
    document = clean(text)
    assert document.text == "Die Regierung hat im Jahr 2020 viel erreicht, wie alle wissen. Danach kam 46. Präsident Biden."
    note = document.footnotes[0]
    assert note.number == 1 and note.text == "https://example.org/quelle"
    assert note.refs[0].start == document.text.index("wissen.") + len("wissen.")


def test_marker_removal_keeps_numbers():
    text, refs = remove_markers("verringern.8 9 Diese 3000 Kilometer, 22,2 Billionen.", {8, 9}, 0)
    assert text == "verringern. Diese 3000 Kilometer, 22,2 Billionen."
    assert refs == [(8, 11), (9, 11)]


def test_author_note():
    assert authors_from_note("Patricio Garza Girón, Projektmanager der KAS Mexiko und Hans-Hartwig Blomeier, "
                             "Leiter des Auslandsbüros der KAS Mexiko") == ("Patricio Garza Girón", "Hans-Hartwig Blomeier")
    assert authors_from_note("https://example.org") == ()


# --- web junk ----------------------------------------------------------------------------------


def test_junk_lines():
    assert classify("zum Hauptinhalt")[0] == "Navigationslink"
    assert classify("Zur Startseite")[0] == "Navigationslink"
    assert classify("showPaywall:")[0] == "Paywall-Skript"
    assert classify('console.debug({ userId: "" })')[0] == "Paywall-Skript"
    assert classify("Stand:")[0] == "leere Datumszeile"
    assert classify("Stand: 28.10.2025")[3] == PartialDate(2025, 10, 28)
    assert classify("© IMAGO/Anadolu Agency")[1] == "IMAGO/Anadolu Agency"
    assert classify("AP Photo/Rebecca Blackwell Kontrollposten: Suche")[1:3] == ("AP Photo/Rebecca Blackwell",
                                                                              "Kontrollposten: Suche")
    assert classify("Die Regierung tagte am Dienstag.") is None


def test_caption_above_credit_removed():
    document = clean("Donald Trump und Sanae Takaichi\n\n© IMAGO/Kiyoshi Ota\n\nEin Satz im Text.")
    assert document.text == "Ein Satz im Text."
    assert [r.reason for r in document.removals] == ["Bildunterschrift", "Bildnachweis"]


def test_agency_tail():
    assert split_agency_tail("Er reist weiter. (Tsp/Reuters/dpa)") == ("Er reist weiter.", ("Tsp", "Reuters", "dpa"))
    assert split_agency_tail("Er sagte (so wörtlich)") == ("Er sagte (so wörtlich)", ())


def test_stand_date_detected():
    assert clean("Titel der Meldung hier\n\nStand: 28.10.2025\n\nEin Satz.").detected.date == PartialDate(2025, 10, 28)


# --- title, teaser, language ------------------------------------------------------------------------


def test_title_and_teaser_of_web_copy():
    document = clean("Großer Titel ohne Punkt\n\nDer Vorspann fasst zusammen.\n\nDer Text beginnt.")
    assert document.detected.title == "Großer Titel ohne Punkt"
    assert document.detected.teaser == "Der Vorspann fasst zusammen."
    assert document.text.startswith("Der Vorspann")


def test_no_title_invented():
    assert clean("Ein Satz als Anfang.\n\nNoch einer.").detected.title is None
    pdf = clean("Bericht\n\nEin Satz als Anfang.", SourceFormat.PDF, pages=(RawPage(1, 0),))
    assert pdf.detected.title is None


def test_language():
    assert detect_language("Die Regierung hat sich mit der Opposition auf einen Kompromiss geeinigt und das ist gut.") == "de"
    assert detect_language("The government and the opposition have agreed on a compromise, which is good.") == "en"
    assert detect_language("Hallo") is None


# --- PDF pages ---------------------------------------------------------------------------------


def test_pdf_blocks_get_page_numbers_and_furniture_goes():
    pages, text = [], ""
    words = ["Erstens", "Zweitens", "Drittens", "Viertens"]
    for n, word in enumerate(words, start=1):
        page = f"Länderbericht Mexiko\n{word} beginnt ein Absatz und\nendet hier mit {word.lower()}.\n{n}\n\n"
        pages.append(RawPage(n, len(text)))
        text += page
    document = clean(text, SourceFormat.PDF, pages=tuple(pages))
    assert [b.page for b in document.blocks] == [1, 2, 3, 4]
    assert "Länderbericht Mexiko" not in document.text
    assert {r.reason for r in document.removals} == {"Kopf-/Fußzeile", "Seitenzahl"}


def test_margin_line_numbers_are_removed_and_recorded():
    text = ("Antrag L.1: Wahlprogramm\n 1 Präambel\n 2 Liebe Wählerinnen und Wähler,\n 3 wir sind verschieden, aber\n"
            " 4 die meisten wollen das Gleiche.\n 5\n 6 Ein planbares Leben ist\n 7 möglich.\n")
    doc = clean(text)
    assert "wir sind verschieden, aber die meisten wollen das Gleiche." in doc.text
    assert not any(ch.isdigit() for ch in doc.text.split("Wahlprogramm", 1)[1])
    assert [r.reason for r in doc.removals].count("Zeilennummern") == 1


def test_numbers_at_line_start_without_a_run_stay():
    doc = clean("Die Bilanz:\n2021 stiegen die Exporte.\n3 Millionen Menschen profitierten.\n")
    assert "2021 stiegen" in doc.text and "3 Millionen" in doc.text
    assert all(r.reason != "Zeilennummern" for r in doc.removals)
