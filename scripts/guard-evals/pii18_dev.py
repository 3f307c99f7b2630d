"""Eighteenth PII bank, dev half: writes evals/guard/pii/dev18.jsonl (500 English + 500 German texts).

    python3 scripts/guard-evals/pii18_dev.py               # write the file
    python3 scripts/guard-evals/pii18_dev.py --check-only  # rebuild in memory, compare with the file

Written without reading the recognizers or the other banks (nor the other half, heldout18).
Python 3.11 standard library only; seeds en 180101, de 180102. Every rendering passes the
self-checks in pii18_dev_core.problems() or is drawn again.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii18_dev_core as core  # noqa: E402
import pii18_dev_de as de  # noqa: E402
import pii18_dev_en as en  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii" / "dev18.jsonl"
SEEDS = {"en": 180101, "de": 180102}
MODULES = {"en": en, "de": de}
PER_LANG, WITH_PII = 500, 400
MAX_TRIES = 200


def _spread(total, n):
    base, extra = divmod(total, n)
    return [base + (1 if i < extra else 0) for i in range(n)]


def _render(fn, rng, lang, has_pii, seen, stats, failures):
    for _ in range(MAX_TRIES):
        g = core.G(rng, lang, stats)
        text, ents, prot = core.assemble(fn(g))
        probs = core.problems(text, ents, prot, has_pii)
        if text in seen:
            probs.append("duplicate text")
        if probs:
            for p in probs:
                failures[" ".join(w for w in p.split() if w.isalpha() and w.islower())] += 1
            continue
        seen.add(text)
        values = [e["value"].lower() for e in ents if e["type"] == "PERSON"]
        for p in g.used:
            if any(p.first.lower() in v or p.core.lower() in v for v in values):
                stats["people"] += 1
                stats["invented"] += p.invented
        return text, ents
    raise RuntimeError(f"{fn.__name__}: no rendering passed the self-checks in {MAX_TRIES} tries")


def build_lang(lang, stats, failures):
    mod = MODULES[lang]
    rng = random.Random(SEEDS[lang])
    seen = set()
    made = []
    for table, total, has_pii in ((mod.GENRES, WITH_PII, True), (mod.NEG_GENRES, PER_LANG - WITH_PII, False)):
        names = list(table)
        for genre, n in zip(names, _spread(total, len(names))):
            fns = table[genre]
            for i in range(n):
                text, ents = _render(fns[i % len(fns)], rng, lang, has_pii, seen, stats, failures)
                made.append((genre, text, ents))
    rng.shuffle(made)
    records = []
    for i, (genre, text, ents) in enumerate(made, 1):
        records.append({"id": f"pii-dev18-{lang}-{i:04d}", "text": text, "lang": lang, "genre": genre,
                        "entities": [{"type": e["type"], "start": e["start"], "end": e["end"], "value": e["value"]} for e in ents]})
    return records


def build():
    stats = {"people": 0, "invented": 0}
    failures = Counter()
    records = build_lang("en", stats, failures) + build_lang("de", stats, failures)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return records, data, stats, failures


def check_set(records):
    errors = []
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    if len({r["text"] for r in records}) != len(records):
        errors.append("duplicate texts")
    for lang, mod in MODULES.items():
        rs = [r for r in records if r["lang"] == lang]
        if len(rs) != PER_LANG:
            errors.append(f"{lang}: {len(rs)} texts")
        if sum(1 for r in rs if r["entities"]) != WITH_PII:
            errors.append(f"{lang}: {sum(1 for r in rs if r['entities'])} texts with personal data")
        for genre in list(mod.GENRES) + list(mod.NEG_GENRES):
            if not any(r["genre"] == genre for r in rs):
                errors.append(f"{lang}: genre {genre} missing")
        for r in rs:
            has = r["genre"] in mod.GENRES
            probs = core.problems(r["text"], r["entities"], [], has)
            # handles are not known here: only the checks that do not need them
            probs = [p for p in probs if not p.startswith("unlabelled name part")]
            if probs:
                errors.append(f"{r['id']}: {probs}")
    return errors


def main(argv=()) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check-only", action="store_true", help="rebuild in memory and compare with the file on disk")
    args = ap.parse_args(list(argv))
    records, data, stats, failures = build()
    errors = check_set(records)
    _, data2, _, _ = build()
    if data2 != data:
        errors.append("a second build differs")
    if errors:
        for e in errors[:40]:
            print("error:", e, file=sys.stderr)
        return 1
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data.encode("utf-8"):
            print(f"{OUT}: differs from what the generator makes", file=sys.stderr)
            return 1
        print(f"{OUT.name}: up to date (sha256 {hashlib.sha256(data.encode('utf-8')).hexdigest()})")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data.encode("utf-8"))
    counts = Counter((r["lang"], e["type"]) for r in records for e in r["entities"])
    for lang in ("en", "de"):
        print(lang + ": " + ", ".join(f"{t} {counts[(lang, t)]}" for t in core.TYPES))
    print(f"people named: {stats['people']}, invented: {stats['invented']} ({100 * stats['invented'] / max(1, stats['people']):.1f} %)")
    print("redraws: " + (", ".join(f"{k} {v}" for k, v in sorted(failures.items())) or "none"))
    print(f"wrote {OUT} ({len(records)} records, sha256 {hashlib.sha256(data.encode('utf-8')).hexdigest()})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
