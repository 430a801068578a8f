"""Finding inputs, decoding, metadata (front matter, sidecar), and the HTML/PDF readers."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from briefing.errors import ContentError, ReaderUnavailable
from briefing.ingest import find_inputs, read_document
from briefing.ingest.dates import parse_date
from briefing.model import PartialDate, Severity, SourceFormat

GERMAN = "Die Bürger in Köln und Düsseldorf ärgern sich über die Straßenbahn – „endlich“ sagt man."


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


# --- find_inputs -------------------------------------------------------------------------------


def test_find_inputs_sorted_recursive_with_problems(tmp_path):
    for name in ("b.txt", "a.md", "sub/c.html", "sub/d.PDF", "a.yml", ".hidden.txt", ".git/x.txt", "bild.jpg"):
        write(tmp_path, name, "x")
    write(tmp_path, "waise.yaml", "title: x")
    paths, problems = find_inputs(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in paths] == ["a.md", "b.txt", "sub/c.html", "sub/d.PDF"]
    assert [(p.path, p.severity) for p in problems] == [
        (".git", Severity.WARNING), (".hidden.txt", Severity.WARNING), ("bild.jpg", Severity.WARNING),
        ("waise.yaml", Severity.WARNING)]


@pytest.mark.parametrize("name, reason", [
    ("..txt", "versteckte Datei"), (".foo.md", "versteckte Datei"), (".foo.yml", "versteckte Datei"),
    (".notiz.txt.swp", "versteckte Datei"), ("notiz.txt~", "Sicherungskopie"), ("notiz.txt.swp", "Sicherungskopie"),
    ("notiz.md.bak", "Sicherungskopie"), ("#notiz.txt#", "Sicherungskopie"), (".versteckt/a.txt", "versteckter Ordner"),
])
def test_hidden_and_backup_files_are_reported_not_dropped(tmp_path, name, reason):
    write(tmp_path, "a.txt", "x")
    write(tmp_path, "a.yml", "title: x")  # a sidecar is neither an article nor a problem
    write(tmp_path, name, "x")
    paths, problems = find_inputs(tmp_path)
    assert [p.name for p in paths] == ["a.txt"]
    (problem,) = problems
    assert problem.path == name.split("/")[0] and reason in problem.message and problem.severity == Severity.WARNING


def test_find_inputs_symlink_loop_and_broken_link(tmp_path):
    write(tmp_path, "a.txt", "x")
    os.symlink(tmp_path, tmp_path / "loop")
    os.symlink(tmp_path / "missing.txt", tmp_path / "broken.txt")
    paths, problems = find_inputs(tmp_path)
    assert [p.name for p in paths] == ["a.txt"]
    assert {p.path for p in problems} == {"loop", "broken.txt"}


# --- decoding ----------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"])
def test_encodings(tmp_path, encoding):
    text = GERMAN if encoding not in ("latin-1",) else GERMAN.replace("–", "-").replace("„", '"').replace("“", '"')
    path = write(tmp_path, "a.txt", text.encode(encoding))
    raw = read_document(path, tmp_path)
    assert raw.text == text and "Ã" not in raw.text


def test_mojibake_repaired(tmp_path):
    path = write(tmp_path, "a.txt", GERMAN.encode("utf-8").decode("cp1252").encode("utf-8"))
    assert read_document(path, tmp_path).text == GERMAN


def test_damaged_utf8_keeps_its_umlauts_and_warns(tmp_path):
    data = GERMAN.encode("utf-8") + b" \xc3\x28 und \xe2\x82 Ende."
    raw = read_document(write(tmp_path, "a.txt", data), tmp_path)
    assert raw.text.startswith(GERMAN) and raw.encoding == "utf-8"
    (warning,) = raw.warnings
    assert warning.path == "a.txt" and "2 Zeichen nicht lesbar" in warning.message
    cp1252 = read_document(write(tmp_path, "b.md", GERMAN.encode("cp1252")), tmp_path)
    assert cp1252.text == GERMAN and cp1252.warnings == ()


@pytest.mark.parametrize("content, message", [(b"", "leer"), (b"  \n ", "leer"), (bytes(range(256)) * 4, "Binär")])
def test_bad_text_files(tmp_path, content, message):
    path = write(tmp_path, "a.txt", content)
    with pytest.raises(ContentError, match=message) as info:
        read_document(path, tmp_path)
    assert info.value.path == "a.txt"


# --- metadata ----------------------------------------------------------------------------------


def test_front_matter_and_sidecar_override(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: Vorn\ndate: 2021-01-20\nauthors: [Anna Muster]\n---\n\n# Kopf\n\nText.\n")
    raw = read_document(tmp_path / "a.md", tmp_path)
    assert raw.format == SourceFormat.MARKDOWN
    assert (raw.metadata.title, raw.metadata.date, raw.metadata.authors) == ("Vorn", PartialDate(2021, 1, 20), ("Anna Muster",))
    assert raw.text.splitlines()[6] == "# Kopf"
    write(tmp_path, "a.yml", "title: Seitenwagen\ntags: eins\nlanguage: de\n")
    raw = read_document(tmp_path / "a.md", tmp_path)
    assert (raw.metadata.title, raw.metadata.authors, raw.metadata.tags) == ("Seitenwagen", ("Anna Muster",), ("eins",))


@pytest.mark.parametrize("sidecar, key, expected", [
    ("date: gestern", "date", "Datum wie 2021-01-20"),
    ("titel: X", "titel", "unbekannter Schlüssel"),
    ("authors: 3", "authors", "Liste"),
    ("title: [a, b]", "title", "Text"),
    ("date: 2025-13-45", "date", "erwartet ein Datum wie 2021-01-20"),
    ("date: !!timestamp 2025-02-30", "date", "erwartet ein Datum"),
    ("date: 2025-13-45 10:00:00", "date", "erwartet ein Datum"),
])
def test_invalid_sidecar_names_file_and_key(tmp_path, sidecar, key, expected):
    write(tmp_path, "a.txt", "Ein Satz.")
    write(tmp_path, "a.yml", sidecar)
    with pytest.raises(ContentError, match=expected) as info:
        read_document(tmp_path / "a.txt", tmp_path)
    assert info.value.key == key and info.value.path == "a.yml"


def test_yaml_dates_stay_dates(tmp_path):
    write(tmp_path, "a.txt", "Ein Satz.")
    write(tmp_path, "a.yml", "date: 2021-01-20 10:30:00\ntitle: 2021-01-20\n")
    raw = read_document(tmp_path / "a.txt", tmp_path)
    assert (raw.metadata.date, raw.metadata.title) == (PartialDate(2021, 1, 20), "2021-01-20")


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://x", "keine Adresse", "https://", "http://[::1",
                                 "https://a.de/x y", 7, "[a]"])
def test_bad_url_is_dropped_with_a_warning(tmp_path, url):
    write(tmp_path, "a.txt", "Ein Satz.")
    write(tmp_path, "a.yml", f"title: Titel\nurl: {url}\n")
    raw = read_document(tmp_path / "a.txt", tmp_path)
    assert raw.metadata.title == "Titel" and raw.metadata.url is None
    (warning,) = raw.warnings
    assert (warning.path, warning.key, warning.severity) == ("a.yml", "url", Severity.WARNING)
    assert warning.message.startswith("url ignoriert: ")


def test_bad_url_in_front_matter_is_dropped_with_a_warning(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: Vorn\nurl: 'javascript:alert(1)'\n---\n\nText.\n")
    raw = read_document(tmp_path / "a.md", tmp_path)
    assert raw.metadata.url is None and [w.path for w in raw.warnings] == ["a.md"]
    write(tmp_path, "b.txt", "Text.")
    write(tmp_path, "b.yml", "url: https://example.org/artikel?id=1\n")
    raw = read_document(tmp_path / "b.txt", tmp_path)
    assert raw.metadata.url == "https://example.org/artikel?id=1" and raw.warnings == ()


def test_bad_yaml_and_unsafe_yaml(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: [unclosed\n---\nText.")
    with pytest.raises(ContentError, match="YAML"):
        read_document(tmp_path / "a.md", tmp_path)
    write(tmp_path, "b.txt", "Text.")
    write(tmp_path, "b.yml", "title: !!python/object/apply:os.system ['true']")
    with pytest.raises(ContentError, match="YAML"):
        read_document(tmp_path / "b.txt", tmp_path)


@pytest.mark.parametrize("value, expected", [
    ("2021-01-20", PartialDate(2021, 1, 20)), ("2021-01", PartialDate(2021, 1)), (2021, PartialDate(2021)),
    ("01.02.2021", PartialDate(2021, 2, 1)), ("20. Januar 2021", PartialDate(2021, 1, 20)),
    ("März 2020", PartialDate(2020, 3)), ("31.02.2021", None), ("bald", None), (True, None),
])
def test_parse_date_day_first(value, expected):
    assert parse_date(value) == expected


# --- HTML --------------------------------------------------------------------------------------

PAGE = """<html><head><title>Hauptstadt baut Radwege aus | Tagesblatt</title>
<meta property="og:title" content="Hauptstadt baut Radwege aus">
<meta name="author" content="Anna Muster"><meta property="article:published_time" content="2024-05-03">
</head><body><nav><a href="/">Startseite</a> <a href="/politik">Politik</a></nav>
<article><h1>Hauptstadt baut Radwege aus</h1>
<p>Die Stadt will in den nächsten fünf Jahren zweihundert Kilometer neue Radwege bauen, sagte die Senatorin am Freitag.</p>
<h2>Kritik von der Opposition</h2>
<p>Die Opposition hält den Plan für unrealistisch und verweist auf die fehlenden Planungsstellen in den Bezirken.</p>
<p>Der Fahrradclub begrüßte das Vorhaben dagegen ausdrücklich und forderte einen schnelleren Ausbau der Hauptrouten.</p>
</article><footer>Impressum Datenschutz Newsletter abonnieren</footer></body></html>"""


def test_html_main_text_headings_and_metadata(tmp_path):
    from briefing.clean import clean_document
    from briefing.model import BlockKind

    raw = read_document(write(tmp_path, "a.html", PAGE), tmp_path)
    assert raw.format == SourceFormat.HTML
    assert raw.metadata.title == "Hauptstadt baut Radwege aus"
    assert raw.metadata.date == PartialDate(2024, 5, 3) and raw.metadata.authors == ("Anna Muster",)
    document = clean_document(raw)
    assert "Impressum" not in document.text and "Startseite" not in document.text
    assert [b.kind for b in document.blocks] == [BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH,
                                                 BlockKind.PARAGRAPH]
    assert document.blocks[1].span.of(document.text) == "Kritik von der Opposition"


def test_html_reader_unavailable(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(ReaderUnavailable, match="trafilatura"):
        read_document(write(tmp_path, "a.html", PAGE), tmp_path)


# --- PDF ---------------------------------------------------------------------------------------


def make_pdf(pages: list[list[str]]) -> bytes:
    """A minimal PDF with a real text layer (one Helvetica line per string)."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", ""]
    kids = []
    for lines in pages:
        ops = "BT /F1 11 Tf 14 TL 72 760 Td " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
        content = f"<< /Length {len(ops)} >>\nstream\n{ops}\nendstream"
        objects.append(content)
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {len(objects)} 0 R "
                       f"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>")
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def test_pdf_pages_and_paragraph_pages(tmp_path):
    from briefing.clean import clean_document

    data = make_pdf([["Erste Seite hat einen Absatz", "der hier endet."], ["Zweite Seite mit Text."]])
    raw = read_document(write(tmp_path, "a.pdf", data), tmp_path)
    assert [p.number for p in raw.pages] == [1, 2]
    assert raw.text[raw.pages[1].offset:].startswith("Zweite Seite")
    document = clean_document(raw)
    assert [b.page for b in document.blocks] == [1, 2]
    assert document.text == "Erste Seite hat einen Absatz der hier endet.\n\nZweite Seite mit Text."


def test_pdf_encrypted_truncated_and_not_pdf(tmp_path):
    from pypdf import PdfReader, PdfWriter

    data = make_pdf([["Geheimer Text auf der Seite."]])
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(data)))
    writer.encrypt("geheim")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(ContentError, match="verschlüsselt"):
        read_document(write(tmp_path, "enc.pdf", buffer.getvalue()), tmp_path)
    with pytest.raises(ContentError):
        read_document(write(tmp_path, "cut.pdf", data[:60]), tmp_path)
    with pytest.raises(ContentError, match="%PDF"):
        read_document(write(tmp_path, "fake.pdf", b"hello world"), tmp_path)


@pytest.mark.parametrize("stream_filter, page_lost", [("/Foo", True), ("/FlateDecode", True),
                                                      ("/RunLengthDecode", False)])
def test_pdf_with_a_broken_page_keeps_the_rest_and_warns_once(tmp_path, capfd, stream_filter, page_lost):
    data = make_pdf([["Erste Seite hat einen langen Absatz", "der hier endet."], ["Zweite Seite mit Text."]])
    length = data.split(b"5 0 obj\n<< /Length ")[1].split(b" ")[0].decode()
    data = data.replace(f"5 0 obj\n<< /Length {length} >>".encode(),
                        f"5 0 obj\n<< /Length {length} /Filter {stream_filter} >>".encode())
    raw = read_document(write(tmp_path, "a.pdf", data), tmp_path)
    assert raw.text.startswith("Erste Seite") and ("Zweite Seite" in raw.text) != page_lost
    (warning,) = raw.warnings
    assert warning.path == "a.pdf" and warning.message.startswith("PDF-Text eventuell unvollständig")
    assert capfd.readouterr().err == ""  # pypdf's own log lines do not reach the terminal
