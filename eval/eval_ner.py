"""Strict span P/R/F1 of find_actors on the GermEval 2014 NER dev split (outer level).

Usage: PYTHONPATH=generator python eval/eval_ner.py --data /path/to/shared/eval [--split a|b|all] [--out ...]

Mapping (standard GermEval outer-level labels): gold PER, LOC, ORG are scored; PERderiv/LOCderiv/ORGderiv and
*part are different labels, so a prediction on "deutschen" (LOCderiv) or on "US" inside "US-Präsident"
(LOCpart) is a false positive if emitted. We therefore do not emit adjective mentions (lower-case
"mexikanischen") or mentions inside a hyphen compound, exactly as GermEval does not count them as LOC.
Kinds: Person -> PER, Land and Ort -> LOC (metonyms too: GermEval tags "Washington" as LOC), Organisation ->
ORG; Vereinbarung is OTH and not scored. The data stays outside the repo; nothing is fitted on it.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import time
from collections import Counter
from importlib import resources
from pathlib import Path

import yaml

from briefing.actors import find_actors, load_registry
from briefing.model import ActorKind, Sentence, Span
from briefing.slugs import slugify

KIND_LABEL = {ActorKind.PERSON: "PER", ActorKind.LAND: "LOC", ActorKind.ORT: "LOC", ActorKind.ORGANISATION: "ORG"}
TYPES = ("PER", "LOC", "ORG")


_DERIV_ENDINGS = ("er", "e", "an", "ese", "ish", "ian", "i", "ic", "en", "es", "em")


@functools.lru_cache(maxsize=1)
def _registry_names() -> dict[str, set[str]]:
    """Country id -> the names in countries_de.yml (name, English name, aliases), without adjectives and demonyms."""
    text = resources.files("briefing.data").joinpath("countries_de.yml").read_text(encoding="utf-8")
    out: dict[str, set[str]] = {}
    for entry in yaml.safe_load(text) or []:
        names = {entry["name"]}
        for key in ("en", "aliases"):
            value = entry.get(key) or []
            names |= set(value if isinstance(value, list) else [value])
        out[slugify(entry["name"])] = {str(n) for n in names}
    return out


def _country_names(actor) -> set[str]:
    """Surface forms of a country that GermEval tags LOC (names and their genitive), not demonyms/adjectives."""
    base = _registry_names().get(actor.id) or (
        {actor.name} | {a for a in actor.aliases if a[:1].isupper() and not a.endswith(_DERIV_ENDINGS)})
    return base | {b + "s" for b in base} | {b + "es" for b in base if b.endswith("land")}  # "Griechenlandes"


def predict(tokens: list[str], registry) -> set[tuple[int, int, str]]:
    """Predicted (token start, token end, label) spans for one pre-tokenised sentence."""
    text = " ".join(tokens)
    offsets, pos = [], 0
    for tok in tokens:
        offsets.append((pos, pos + len(tok)))
        pos += len(tok) + 1
    starts = {s: i for i, (s, _) in enumerate(offsets)}
    ends = {e: i for i, (_, e) in enumerate(offsets)}
    found = find_actors(text, (Sentence(0, Span(0, len(text)), 0),), registry)
    kinds = {a.id: a.kind for a in found.actors}
    names = {a.id: _country_names(a) for a in found.actors if a.kind is ActorKind.LAND}
    out = set()
    spans: dict[tuple[int, int], str] = {}  # char span -> label of every scored mention, for slash compounds
    for m in found.mentions:
        label = KIND_LABEL.get(kinds[m.actor_id])
        surface = m.span.of(text)
        # adjectives of countries and places ("deutschen") are *deriv in GermEval; a lower-case organisation
        # name ("dpa", "n-tv", "eBay") is still a name
        if label is None or surface[:1].islower() and label == "LOC":
            continue
        # "Schweizer", "Deutschen": *deriv; a metonym ("Berlin" for Germany) and a phrase ("Vereinigten Staaten")
        # are the place name itself.
        if m.actor_id in names and not m.metonym and " " not in surface and surface not in names[m.actor_id]:
            continue
        spans[(m.span.start, m.span.end)] = label
        end = m.span.end
        if end not in ends and end + 1 in ends and text[end] == ".":
            end += 1  # GermEval keeps the dot of an initial in its token: "Nico G."; the mention stops before it
        if m.span.start not in starts or end not in ends:  # inside a compound: *part
            continue
        out.add((starts[m.span.start], ends[end] + 1, label))
    return out | _slash_compounds(tokens, offsets, spans)


def _slash_compounds(tokens: list[str], offsets: list[tuple[int, int]], spans: dict) -> set[tuple[int, int, str]]:
    """GermEval keeps "München/Hamburg" as one token labelled LOC where find_actors sees two places: a token whose
    slash-separated parts are all mentions of one label is that label."""
    out = set()
    for i, tok in enumerate(tokens):
        if "/" not in tok:
            continue
        labels, pos = set(), offsets[i][0]
        for part in tok.split("/"):
            labels.add(spans.get((pos, pos + len(part))) if part else None)
            pos += len(part) + 1
        if len(labels) == 1 and None not in labels:
            out.add((i, i + 1, labels.pop()))
    return out


def _rows(path: Path, split: str) -> list[dict]:
    """Sentences of one half of dev ("a" = first half, used for tuning; "b" = second, held back) or all."""
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    half = len(rows) // 2
    return {"a": rows[:half], "b": rows[half:]}.get(split, rows)


def _marked(tokens: list[str], pred: set, gold: set) -> str:
    """The sentence with gold spans in [..|TYPE] and predicted spans in {..|TYPE}, for reading errors."""
    out = list(tokens)
    for start, end, label in gold:
        out[start] = "[" + out[start]
        out[end - 1] += "|" + label + "]"
    for start, end, label in pred:
        out[start] = "{" + out[start]
        out[end - 1] += "|" + label + "}"
    return " ".join(out)


def evaluate(path: Path, split: str = "all", dump: list | None = None) -> dict:
    """Scores per type and overall; with `dump`, append (kind, label, span text, sentence) for every error."""
    registry = load_registry(None)
    tp, fp, fn = Counter(), Counter(), Counter()
    errors = {"fp": Counter(), "fn": Counter()}
    n = 0
    t0 = time.perf_counter()
    for row in _rows(path, split):
        n += 1
        gold = {(e["start"], e["end"], e["type"]) for e in row["entities_outer"] if e["type"] in TYPES}
        pred = predict(row["tokens"], registry)
        for span in pred & gold:
            tp[span[2]] += 1
        for span in pred - gold:
            fp[span[2]] += 1
            errors["fp"][(span[2], " ".join(row["tokens"][span[0]:span[1]]))] += 1
        for span in gold - pred:
            fn[span[2]] += 1
            errors["fn"][(span[2], " ".join(row["tokens"][span[0]:span[1]]))] += 1
        if dump is not None:
            marked = _marked(row["tokens"], pred, gold)
            dump += [("FP", s[2], " ".join(row["tokens"][s[0]:s[1]]), marked) for s in sorted(pred - gold)]
            dump += [("FN", s[2], " ".join(row["tokens"][s[0]:s[1]]), marked) for s in sorted(gold - pred)]
    seconds = time.perf_counter() - t0

    def prf(t, p, f):
        precision = t / (t + p) if t + p else 0.0
        recall = t / (t + f) if t + f else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                "tp": t, "fp": p, "fn": f}

    result = {t: prf(tp[t], fp[t], fn[t]) for t in TYPES}
    result["overall"] = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    result["split"] = split
    result["sentences"] = n
    result["seconds"] = round(seconds, 2)
    result["top_false_positives"] = [f"{k[0]}: {k[1]} ({v})" for k, v in errors["fp"].most_common(25)]
    result["top_false_negatives"] = [f"{k[0]}: {k[1]} ({v})" for k, v in errors["fn"].most_common(25)]
    return result


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation and write eval/results/ner.json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="folder with germeval2014_ner/")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "ner.json")
    parser.add_argument("--split", choices=("a", "b", "all"), default="all",
                        help="a = first half of dev (tune here), b = second half (report only), all = both")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="print N false positives and N false negatives with their sentence")
    args = parser.parse_args(argv)
    path = args.data / "germeval2014_ner" / "germeval2014_dev.jsonl"
    if not path.exists():
        print(f"not found: {path}", file=sys.stderr)
        return 2
    dump: list | None = [] if args.errors else None
    result = evaluate(path, args.split, dump)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for t in (*TYPES, "overall"):
        r = result[t]
        print(f"{t:8} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f}  (tp={r['tp']} fp={r['fp']} fn={r['fn']})")
    for what in ("FP", "FN"):
        for kind, label, span, sentence in [d for d in dump or () if d[0] == what][: args.errors]:
            print(f"{kind} {label:3} {span!r:30}  {sentence}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
