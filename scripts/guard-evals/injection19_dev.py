"""Nineteenth injection corpus, dev half: 360 injections + 360 benign texts in de/en/fr/es/it/nl.

    python3 scripts/guard-evals/injection19_dev.py               # writes evals/guard/injection/dev19.jsonl
    python3 scripts/guard-evals/injection19_dev.py --check-only  # rebuilds in memory, compares with the file

Written by one author without reading the screen's rules, the other corpora or the other half
(heldout19). Phrasings live in injection19_dev_<lang>.py, shared pieces in injection19_dev_core.py.
Standard library only; deterministic (seed 190103 for the shuffle, no other randomness).
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

import injection19_dev_core as core  # noqa: E402

OUT = HERE.parents[1] / "evals" / "guard" / "injection" / "dev19.jsonl"
SEED = 190103
PER_TECHNIQUE = 2
PER_LANG = 60


def _items(lang: str):
    mod = importlib.import_module(f"injection19_dev_{lang}")
    return mod.injections(core), mod.benign(core)


def build():
    """All records in their final order, and the encoded payloads to check."""
    records, encoded = [], []
    techniques = [t for t, _ in core.TECHNIQUES]
    genres = {g: n for g, n, _ in core.GENRES}
    for lang in core.LANGS:
        inj, ben = _items(lang)
        assert list(inj) == techniques, (lang, "technique order", [t for t in inj if t not in techniques],
                                         [t for t in techniques if t not in inj])
        assert list(ben) == list(genres), (lang, "genre order", [g for g in ben if g not in genres],
                                           [g for g in genres if g not in ben])
        for label, table in (("injection", inj), ("benign", ben)):
            for kind, items in table.items():
                want = PER_TECHNIQUE if label == "injection" else genres[kind]
                assert len(items) == want, (lang, kind, len(items), want)
                for item in items:
                    field, text = item[0], item[1]
                    assert field in core.FIELDS, (lang, kind, field)
                    assert isinstance(text, str) and text.strip() == text and text, (lang, kind, text)
                    if len(item) > 2:
                        encoded.append((lang, kind, text, item[2]))
                    records.append({"text": text, "label": label, "technique": kind, "lang": lang, "field": field})
    random.Random(SEED).shuffle(records)
    out = []
    for i, r in enumerate(records, 1):
        out.append({"id": f"inj-dev19-{i:04d}", **r})
    return out, encoded


def serialise(records) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def self_check(records, encoded, data: bytes):
    problems = []
    per = Counter((r["lang"], r["label"]) for r in records)
    for lang in core.LANGS:
        for label in ("injection", "benign"):
            if per[(lang, label)] != PER_LANG:
                problems.append(f"{lang}/{label}: {per[(lang, label)]} records, want {PER_LANG}")
    tech = Counter((r["lang"], r["technique"]) for r in records if r["label"] == "injection")
    for lang in core.LANGS:
        for t, _ in core.TECHNIQUES:
            if tech[(lang, t)] != PER_TECHNIQUE:
                problems.append(f"{lang}/{t}: {tech[(lang, t)]} records")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    texts = Counter(r["text"] for r in records)
    for text, n in texts.items():
        if n > 1:
            problems.append(f"duplicate text: {text[:60]!r}")
    by_label = {}
    for r in records:
        by_label.setdefault(r["text"], set()).add(r["label"])
    if any(len(v) > 1 for v in by_label.values()):
        problems.append("a text is both injection and benign")
    for r in records:
        if list(r) != ["id", "text", "label", "technique", "lang", "field"]:
            problems.append(f"{r['id']}: key order")
    # encoded payloads: the encoding of the plain instruction is in the text and decodes back to it
    enc_count = Counter()
    for lang, kind, text, (enc, plain, *extra) in encoded:
        encode, decodes = core.ENCODERS[enc]
        e = encode(plain, *extra)
        if e not in text:
            problems.append(f"{lang}/{kind}: encoded payload not in text")
        if not decodes(e, plain, *extra):
            problems.append(f"{lang}/{kind}: payload does not decode: {plain!r}")
        if not core.is_instruction(plain):
            problems.append(f"{lang}/{kind}: decoded payload is not an instruction: {plain!r}")
        if enc != kind:
            problems.append(f"{lang}/{kind}: encoding {enc}")
        enc_count[(lang, kind)] += 1
    for lang in core.LANGS:
        for kind in core.ENCODERS:
            if enc_count[(lang, kind)] != PER_TECHNIQUE:
                problems.append(f"{lang}/{kind}: {enc_count[(lang, kind)]} checked payloads")
    again, _ = build()
    if serialise(again) != data:
        problems.append("a second build differs")
    return problems


def main(argv=()) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check-only", action="store_true", help="compare a rebuild with the file on disk")
    args = parser.parse_args(list(argv))
    records, encoded = build()
    data = serialise(records)
    problems = self_check(records, encoded, data)
    for p in problems:
        print("self-check:", p, file=sys.stderr)
    if problems:
        return 1
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print(f"{OUT}: differs from a fresh build", file=sys.stderr)
            return 1
        print(f"{OUT.name}: up to date ({len(records)} records)")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    counts = Counter((r["label"], r["lang"]) for r in records)
    print(f"injection/{OUT.name}: {len(records)} records; " + ", ".join(f"{k[0]} {k[1]} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
