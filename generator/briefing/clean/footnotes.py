"""PDF footnotes: blocks of numbered notes between body text move out of the body; markers become refs."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .lines import Chunk, Line

# "3 Daten aus 2020", "12 https://...", "4https://..." ; not "46. Präsident", not "2019 weltweit".
_NOTE_START = re.compile(r"^(\d{1,3})(?:\s+(?=[A-ZÄÖÜ\"„“»(]|Vgl|vgl|www|http|ebd|Ebd|ibid|siehe|Siehe|Ders)|(?=https?://))")
_MAX_NOTE_CHARS = 1500


@dataclass(frozen=True, slots=True)
class RawNote:
    """A footnote as found: its number and source lines (joined later like body text)."""

    number: int
    lines: tuple[Line, ...]


def split_footnotes(chunks: list[Chunk], raw_text: str) -> tuple[list[Chunk], list[RawNote]]:
    """Separate footnote blocks from body chunks; body after a note block is flagged `after_footnote`."""
    markers = marker_numbers(raw_text)
    body: list[Chunk] = []
    notes: list[RawNote] = []
    expected = 1
    after = False
    for chunk in chunks:
        number = note_number(chunk.first, expected, markers)
        if number is None:
            body.append(replace(chunk, after_footnote=after) if after else chunk)
            after = False
            continue
        found, rest = _take_notes(chunk.lines, number, markers)
        notes.extend(found)
        expected = found[-1].number + 1
        after = True
        if rest:
            body.append(Chunk(rest, after_footnote=True))
            after = False
    return body, notes


def note_number(line: Line, expected: int, markers: frozenset[int]) -> int | None:
    """The footnote number if `line` starts footnote `expected` (or the one after, if one went missing)."""
    match = _NOTE_START.match(line.text)
    if not match:
        return None
    number = int(match.group(1))
    if number not in (expected, expected + 1):
        return None
    # Beyond the first note (often the author note without marker) the body must carry a marker for it.
    if number > 1 and number not in markers:
        return None
    return number


_GLUED = re.compile(r"[^\W\d_](?:[.,;:!?][\"“”»')]?)?((?:\d{1,3} )*\d{1,3})(?!\d)(?![,.]\d)")


def marker_numbers(text: str) -> frozenset[int]:
    """Numbers that appear glued to a word or its punctuation somewhere, like 'gratulierten.2' or 'sank.8 9'."""
    return frozenset(int(n) for match in _GLUED.finditer(text) for n in match.group(1).split())


def _take_notes(lines: tuple[Line, ...], first: int, markers: frozenset[int]) -> tuple[list[RawNote], tuple[Line, ...]]:
    """Read notes from the start of `lines`; stop at an indented line (body text resumes there)."""
    notes: list[list] = [[first, [lines[0]]]]
    for i, line in enumerate(lines[1:], start=1):
        if line.indent:
            return _freeze(notes), lines[i:]
        number = note_number(line, notes[-1][0] + 1, markers)
        if number is not None:
            notes.append([number, [line]])
        elif sum(len(x.text) for x in notes[-1][1]) > _MAX_NOTE_CHARS:
            return _freeze(notes), lines[i:]
        else:
            notes[-1][1].append(line)
    return _freeze(notes), ()


def _freeze(notes: list[list]) -> list[RawNote]:
    return [RawNote(number, tuple(lines)) for number, lines in notes]


def strip_number(text: str, number: int) -> str:
    """Footnote text without its leading number."""
    return text[len(str(number)):].lstrip()


# A marker: digits right after a word's final punctuation ("gratulierten.2", "verringern.8 9") or after a
# lowercase word ("Wahlkampfs6"); never inside numbers ("22,2") or before units ("36,4%").
_MARKER = re.compile(
    r"[^\W\d_](?:[.,;:!?][\"“”»')]?|[\"“”»')])(?P<num>\d{1,3})(?P<more>(?: \d{1,3})*)(?=\s|$)"
    r"|[a-zäöüßáéíóú]{3}(?P<glued>\d{1,2})(?=[\s.,;:]|$)"
)


def remove_markers(text: str, numbers: set[int], start_after: int) -> tuple[str, list[tuple[int, int]]]:
    """Text without footnote markers, and (number, position) for each, in ascending order from `start_after`."""
    out: list[str] = []
    refs: list[tuple[int, int]] = []
    pos = 0
    last = start_after
    for match in _MARKER.finditer(text):
        group_name = "num" if match.group("num") else "glued"
        first = int(match.group(group_name))
        if first not in numbers or first < last:
            continue
        group = [first]
        for extra in (match.group("more") or "").split():
            if int(extra) == group[-1] + 1 and int(extra) in numbers:
                group.append(int(extra))
            else:
                break
        begin = match.start(group_name)
        end = begin + len(str(first)) + sum(1 + len(str(n)) for n in group[1:])
        out.append(text[pos:begin])
        at = sum(len(part) for part in out)
        refs.extend((n, at) for n in group)
        pos = end
        last = group[-1]
    out.append(text[pos:])
    joined = "".join(out)
    # Removing "8 9" between "verringern." and " Diese" can leave two spaces behind.
    return _squeeze(joined, refs)


def _squeeze(text: str, refs: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    if "  " not in text:
        return text, refs
    result, shifted, removed = [], [], 0
    positions = iter(sorted(refs, key=lambda r: r[1]))
    pending = next(positions, None)
    for i, char in enumerate(text):
        while pending is not None and pending[1] <= i:
            shifted.append((pending[0], pending[1] - removed))
            pending = next(positions, None)
        if char == " " and i > 0 and text[i - 1] == " ":
            removed += 1
            continue
        result.append(char)
    while pending is not None:
        shifted.append((pending[0], pending[1] - removed))
        pending = next(positions, None)
    return "".join(result), shifted
