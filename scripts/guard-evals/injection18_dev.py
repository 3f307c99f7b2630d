"""Eighteenth injection corpus, dev half: 360 injections + 360 benign texts, 60 + 60 in each of
de, en, fr, es, it, nl, written to evals/guard/injection/dev18.jsonl.

    python3 scripts/guard-evals/injection18_dev.py               # write the file
    python3 scripts/guard-evals/injection18_dev.py --check-only  # rebuild in memory, compare

Standard library only, deterministic (seed 180103, independent of PYTHONHASHSEED). The phrasings
are in injection18_dev_<lang>.py, the machinery in injection18_dev_core.py.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import importlib  # noqa: E402
import re  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import injection18_dev_core as core  # noqa: E402

OUT = HERE.parents[1] / "evals" / "guard" / "injection" / "dev18.jsonl"
PER_LABEL_PER_LANG = 60


def modules():
    return [importlib.import_module(f"injection18_dev_{lang}") for lang in core.LANGS]


def check(records, encoded, mods) -> list[str]:
    errors = []
    by_lang = {m.LANG: m for m in mods}
    counts = Counter((r["lang"], r["label"]) for r in records)
    for lang in core.LANGS:
        for label in ("injection", "benign"):
            if counts[(lang, label)] != PER_LABEL_PER_LANG:
                errors.append(f"{lang} {label}: {counts[(lang, label)]} records, want {PER_LABEL_PER_LANG}")
    techniques = sorted({r["technique"] for r in records if r["label"] == "injection"})
    per = Counter((r["lang"], r["technique"]) for r in records if r["label"] == "injection")
    for lang in core.LANGS:
        for t in techniques:
            if per[(lang, t)] != 2:
                errors.append(f"{lang} {t}: {per[(lang, t)]} records, want 2")
    genres = Counter((r["lang"], r["technique"]) for r in records if r["label"] == "benign")
    for g in sorted({t for _, t in genres}):
        if len({genres[(lang, g)] for lang in core.LANGS}) != 1:
            errors.append(f"benign genre {g}: uneven per language")
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
        errors.append("text both injection and benign")
    for r in records:
        if list(r) != ["id", "text", "label", "technique", "lang", "field"]:
            errors.append(f"{r['id']}: key order")
        if r["field"] not in core.FIELDS:
            errors.append(f"{r['id']}: field {r['field']}")
        if "[[" in r["text"] or core.SLOT.search(r["text"]):
            errors.append(f"{r['id']}: unresolved slot")
        if r["text"] != r["text"].strip():
            errors.append(f"{r['id']}: surrounding whitespace")
    english = re.compile(by_lang["en"].INSTRUCTION)
    for lang, technique, codec, plain, enc in encoded:
        if enc == plain:
            errors.append(f"{lang} {technique}: payload not encoded")
        back = core.decode(codec, enc)
        if back is not None and back != plain:
            errors.append(f"{lang} {technique}: {codec} does not decode: {plain!r}")
        if not (re.search(by_lang[lang].INSTRUCTION, plain) or english.search(plain)):
            errors.append(f"{lang} {technique}: decoded payload is no instruction: {plain!r}")
    for t in core.ENCODED_TECHNIQUES:
        n = sum(1 for e in encoded if e[1] == t)
        if n != 2 * len(core.LANGS):
            errors.append(f"{t}: {n} encoded payloads, want {2 * len(core.LANGS)}")
    return errors


def summary(records):
    def line(name, key, label=None):
        c = Counter(key(r) for r in records if label is None or r["label"] == label)
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))

    line("labels", lambda r: (r["label"]))
    line("injection fields", lambda r: r["field"], "injection")
    line("benign fields", lambda r: r["field"], "benign")
    for label in ("injection", "benign"):
        lens = sorted(len(r["text"]) for r in records if r["label"] == label)
        print(f"{label} length: min {lens[0]}, median {lens[len(lens) // 2]}, max {lens[-1]}")


def main(argv=()) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check-only", action="store_true", help="rebuild in memory and compare with the file on disk")
    args = parser.parse_args(list(argv))
    mods = modules()
    records, encoded = core.build(mods)
    data = core.serialise(records)
    errors = check(records, encoded, mods)
    again, _ = core.build(mods)
    if core.serialise(again) != data:
        errors.append("a second build differs")
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        return 1
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print(f"{OUT} differs from what the generator makes", file=sys.stderr)
            return 1
        print(f"{OUT.name}: up to date ({len(records)} records)")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(records)} records)")
    summary(records)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
