"""Fifteenth PII bank: writes evals/guard/pii/dev15.jsonl and evals/guard/pii/heldout15.jsonl.

    python3 scripts/guard-evals/pii15.py                 # writes both files
    python3 scripts/guard-evals/pii15.py --check-only    # regenerates in memory, compares with the files, exit 1 on difference
    python3 scripts/guard-evals/pii15.py --sample 30     # prints 30 dev15 records (never held-out ones)

Seeded and byte-identical on every run and under any PYTHONHASHSEED (no set iteration, no hash()).
"""

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402
import pii15_core as core  # noqa: E402
import pii15_de  # noqa: E402
import pii15_en  # noqa: E402

ROOT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii"
SEEDS = {"dev": {"en": 15101, "de": 15102}, "heldout": {"en": 25101, "de": 25102}}
FILES = {"dev": "dev15.jsonl", "heldout": "heldout15.jsonl"}
BANKS = {"en": pii15_en, "de": pii15_de}
PER_LANG, WITH_PII = 500, 400
COINED = 0.11
TYPES = ["PERSON", "STREET_ADDRESS", "PHONE", "EMAIL", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID"]


def build_lang(split, lang):
    bank = BANKS[lang]
    rng = random.Random(SEEDS[split][lang])
    phrases = {k: core.half(v, split) for k, v in bank.PHRASES.items()}
    pii_genres = list(bank.GENRES)  # dict keeps insertion order
    clean_genres = list(bank.CLEAN)
    assert len(pii_genres) == 30 and len(clean_genres) == 10, (len(pii_genres), len(clean_genres))
    base, extra = divmod(WITH_PII, len(pii_genres))
    bonus = rng.sample(pii_genres, extra)
    plan = []
    for g in pii_genres:
        plan += [(g, True)] * (base + (1 if g in bonus else 0))
    for g in clean_genres:
        plan += [(g, False)] * ((PER_LANG - WITH_PII) // len(clean_genres))
    assert len(plan) == PER_LANG
    cyclers = {}
    for g in pii_genres:
        cyclers[g] = common.Cycler(core.half(bank.GENRES[g], split), rng)
    for g in clean_genres:
        cyclers[g] = common.Cycler(core.half(bank.CLEAN[g], split), rng)
    seen = []
    seen_set = {}
    out = []
    for genre, has_pii in plan:
        for attempt in range(200):
            template = cyclers[genre].next()
            ctx = core.Ctx(rng, lang, split, phrases, COINED)
            try:
                text, ents = common.render(template, ctx.resolve, rng)
                if has_pii:
                    assert ents, ("no entities", genre, template[:60])
                    core.check_record(text, ents)
                else:
                    assert not ents, ("entities in clean", genre)
                    core.check_clean(text)
            except AssertionError as err:
                if attempt > 150:
                    raise SystemExit(f"{split}/{lang}/{genre}: cannot render: {err}")
                continue
            if text in seen_set:
                continue
            seen_set[text] = True
            coined = [p for p in ctx.people.values() if p.coined]
            out.append((genre, text, ents, len(ctx.people), len(coined)))
            break
    rng.shuffle(out)
    records = []
    for i, (genre, text, ents, _, _) in enumerate(out, 1):
        ents = sorted(ents, key=lambda e: e["start"])
        records.append({
            "id": f"pii-{split}15-{lang}-{i:04d}",
            "text": text,
            "lang": lang,
            "genre": genre,
            "entities": [{"type": e["type"], "start": e["start"], "end": e["end"], "value": e["value"]} for e in ents],
        })
    people = sum(o[3] for o in out)
    coined = sum(o[4] for o in out)
    return records, people, coined


def build(split):
    records, stats = [], {}
    for lang in ("en", "de"):
        recs, people, coined = build_lang(split, lang)
        records += recs
        stats[lang] = (people, coined)
    for r in records:
        for e in r["entities"]:
            assert r["text"][e["start"] : e["end"]] == e["value"]
    ids = [r["id"] for r in records]
    assert len(ids) == len(dict.fromkeys(ids))
    return records, stats


def check_halves():
    for bank in (pii15_en, pii15_de):
        for table in (bank.GENRES, bank.CLEAN, bank.PHRASES):
            for k, v in table.items():
                a, b = core.half(v, "dev"), core.half(v, "heldout")
                assert a and b, (bank.__name__, k)
                assert not [x for x in a if x in b], (bank.__name__, k, "shared item")


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def summary(split, records, stats):
    for lang in ("en", "de"):
        rs = [r for r in records if r["lang"] == lang]
        c = Counter(e["type"] for r in rs for e in r["entities"])
        n_pii = sum(1 for r in rs if r["entities"])
        people, coined = stats[lang]
        print(f"{split}15 {lang}: {len(rs)} texts, {n_pii} with PII; " + ", ".join(f"{t} {c[t]}" for t in TYPES)
              + f"; people {people}, coined {coined} ({100 * coined / max(people, 1):.1f} %)")


def main(argv=()):
    ap = argparse.ArgumentParser()
    ap.add_argument("--check-only", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    args = ap.parse_args(list(argv))
    check_halves()
    built = {s: build(s) for s in ("dev", "heldout")}
    dev_texts = {r["text"] for r in built["dev"][0]}
    assert not [r for r in built["heldout"][0] if r["text"] in dev_texts], "text in both splits"
    if args.check_only:
        bad = False
        for s, (records, _) in built.items():
            path = ROOT / FILES[s]
            if not path.exists() or path.read_bytes() != serialise(records):
                print(f"{path}: differs from the generator's output")
                bad = True
            else:
                print(f"{path}: identical")
        if bad:
            sys.exit(1)
    elif not args.sample:
        for s, (records, stats) in built.items():
            common.write_jsonl(ROOT / FILES[s], records)
            summary(s, records, stats)
    if args.sample:
        rng = random.Random(99)
        for r in rng.sample(built["dev"][0], args.sample):
            print(json.dumps(r, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
