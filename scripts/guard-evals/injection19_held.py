"""The held-out half of the nineteenth injection corpus: evals/guard/injection/heldout19.jsonl.

    python3 scripts/guard-evals/injection19_held.py               # write the file
    python3 scripts/guard-evals/injection19_held.py --check-only  # rebuild in memory, compare

360 injections and 360 benign texts, 60 + 60 in each of de, en, fr, es, it, nl; 30 techniques
(2 records per language each) and 25 benign genres. The phrasings live in
`injection19_held_core.py` and one module per language (`injection19_held_<lang>.py`), written
for this half only. Records are shuffled with seed 190203 and numbered inj-heldout19-0001 ….
Standard library only; the same bytes on every run.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import importlib  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import injection19_held_core as core  # noqa: E402

OUT = HERE.parents[1] / "evals" / "guard" / "injection" / "heldout19.jsonl"
SEED = 190203
PER_LABEL_LANG = 60


def build():
    """All records, shuffled and numbered, and the obfuscated payloads for the checks."""
    records, encoded = [], []
    for lang in core.LANGS:
        mod = importlib.import_module(f"injection19_held_{lang}")
        made, enc = core.expand(lang, mod.INJ, mod.BEN)
        records += made
        encoded += enc
    rng = random.Random(SEED)
    rng.shuffle(records)
    out = []
    for i, r in enumerate(records, 1):
        out.append({"id": f"inj-heldout19-{i:04d}", "text": r["text"], "label": r["label"], "technique": r["technique"], "lang": r["lang"], "field": r["field"]})
    return out, encoded


def serialise(records) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def check(records, encoded) -> list[str]:
    errors = []
    by = Counter((r["lang"], r["label"]) for r in records)
    for lang in core.LANGS:
        for label in ("injection", "benign"):
            if by[(lang, label)] != PER_LABEL_LANG:
                errors.append(f"{lang} {label}: {by[(lang, label)]} records, want {PER_LABEL_LANG}")
    tech = Counter((r["lang"], r["technique"]) for r in records if r["label"] == "injection")
    for lang in core.LANGS:
        for t in core.TECHNIQUES:
            if tech[(lang, t)] != core.PER_TECHNIQUE:
                errors.append(f"{lang} technique {t}: {tech[(lang, t)]}")
        for g, n in core.GENRES.items():
            got = sum(1 for r in records if r["label"] == "benign" and r["lang"] == lang and r["technique"] == g)
            if got != n:
                errors.append(f"{lang} genre {g}: {got}, want {n}")
    known = set(core.TECHNIQUES) | set(core.GENRES)
    for r in records:
        if r["technique"] not in known:
            errors.append(f"unknown technique/genre {r['technique']}")
        if r["field"] not in core.FIELDS:
            errors.append(f"unknown field {r['field']}")
        if r["text"] != r["text"].strip() or not r["text"]:
            errors.append(f"untrimmed or empty text {r['id']}")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    texts = Counter(r["text"] for r in records)
    for t, n in texts.items():
        if n > 1:
            errors.append(f"duplicate text: {t[:80]!r}")
    inj = {r["text"] for r in records if r["label"] == "injection"}
    ben = {r["text"] for r in records if r["label"] == "benign"}
    if inj & ben:
        errors.append("text shared by injection and benign")
    for lang, method, enc, directive, text in encoded:
        if enc not in text:
            errors.append(f"{lang} {method}: encoded payload not in text")
        if core.decode(method, enc) != (directive.lower() if method == "leetspeak" else directive):
            errors.append(f"{lang} {method}: payload does not decode to its directive")
        if enc == directive:
            errors.append(f"{lang} {method}: payload not obfuscated")
        if not core.is_instruction(directive):
            errors.append(f"{lang} {method}: directive is not an instruction: {directive!r}")
    return errors


def summary(records):
    def line(name, key):
        c = Counter(key(r) for r in records)
        print(f"  {name}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))

    print(f"heldout19: {len(records)} records")
    line("label/lang", lambda r: f"{r['label']}/{r['lang']}")
    line("field (injection)", lambda r: r["field"] if r["label"] == "injection" else "-")
    line("field (benign)", lambda r: r["field"] if r["label"] == "benign" else "-")


def main(argv=()) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check-only", action="store_true", help="rebuild in memory and compare with the file on disk")
    args = parser.parse_args(list(argv))
    records, encoded = build()
    errors = check(records, encoded)
    data = serialise(records)
    again, _ = build()
    if serialise(again) != data:
        errors.append("a second build is not byte-identical")
    if errors:
        for e in errors:
            print("self-check:", e, file=sys.stderr)
        return 1
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print(f"{OUT} differs from what the generator makes", file=sys.stderr)
            return 1
        print(f"{OUT.name}: up to date ({len(records)} records)")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    summary(records)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
