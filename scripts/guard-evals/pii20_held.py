"""Held-out half of the twentieth PII bank: evals/guard/pii/heldout20.jsonl.

    python3 scripts/guard-evals/pii20_held.py               # write the file
    python3 scripts/guard-evals/pii20_held.py --check-only  # rebuild in memory, exit 1 if it differs

500 English then 500 German texts; per language 400 with personal data in 30 genres and 100
without in 10 genres. Standard library only; seeds en 200201, de 200202.
"""

import sys

sys.dont_write_bytecode = True

import hashlib  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii20_held_core as core  # noqa: E402
import pii20_held_de  # noqa: E402
import pii20_held_en  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii" / "heldout20.jsonl"
SEEDS = {"en": 200201, "de": 200202}
MODULES = {"en": pii20_held_en, "de": pii20_held_de}
PER_LANG, CLEAN_PER_LANG = 500, 100
REGIONS = {
    "en": [("GB", 38), ("US", 32), ("IE", 18), ("FR", 4), ("NL", 4), ("IT", 4)],
    "de": [("DE", 60), ("AT", 20), ("CH", 20)],
}


def _template(t):
    """A template string, or one forced to a region by a first line `@AT`."""
    if t.startswith("@") and "\n" in t:
        head, body = t.split("\n", 1)
        return head[1:], body
    return None, t


def build_lang(lang):
    mod = MODULES[lang]
    rng = random.Random(SEEDS[lang])
    pii_genres, clean_genres = list(mod.PII), list(mod.CLEAN)
    assert len(pii_genres) == 30 and len(clean_genres) == 10
    plan = [(pii_genres[i % 30], True) for i in range(PER_LANG - CLEAN_PER_LANG)]
    plan += [(clean_genres[i % 10], False) for i in range(CLEAN_PER_LANG)]
    rng.shuffle(plan)
    tables = {**mod.PII, **mod.CLEAN}
    offsets = {g: rng.randrange(len(tables[g])) for g in list(mod.PII) + list(mod.CLEAN)}
    used = Counter()
    seen = {}
    records = []
    regions, weights = [r for r, _ in REGIONS[lang]], [w for _, w in REGIONS[lang]]
    for n, (genre, has_pii) in enumerate(plan, 1):
        temps = tables[genre]
        forced, body = _template(temps[(offsets[genre] + used[genre]) % len(temps)])
        used[genre] += 1
        for attempt in range(400):
            region = forced or rng.choices(regions, weights)[0]
            ctx = core.Ctx(rng, lang, region, cue=genre not in mod.NOCUE)
            text, ents = core.render(body, ctx)
            if core.problems(text, ents, has_pii) or text in seen:
                continue
            break
        else:
            raise SystemExit(f"{lang} {genre}: no valid rendering: {core.problems(text, ents, has_pii)}\n{text}")
        seen[text] = True
        records.append({"id": f"pii-heldout20-{lang}-{n:04d}", "text": text, "lang": lang, "genre": genre,
                        "entities": ents})
    return records


def build():
    records = build_lang("en") + build_lang("de")
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), records


def checks(records):
    errors = []
    ids = [r["id"] for r in records]
    if len(ids) != len(dict.fromkeys(ids)):
        errors.append("duplicate ids")
    texts = [r["text"] for r in records]
    if len(texts) != len(dict.fromkeys(texts)):
        errors.append("duplicate texts")
    for lang in ("en", "de"):
        rs = [r for r in records if r["lang"] == lang]
        mod = MODULES[lang]
        if len(rs) != PER_LANG:
            errors.append(f"{lang}: {len(rs)} texts")
        if sum(1 for r in rs if not r["entities"]) != CLEAN_PER_LANG:
            errors.append(f"{lang}: clean count")
        g = Counter(r["genre"] for r in rs)
        for genre in mod.PII:
            if g[genre] not in (13, 14):
                errors.append(f"{lang} {genre}: {g[genre]}")
        for genre in mod.CLEAN:
            if g[genre] != 10:
                errors.append(f"{lang} {genre}: {g[genre]}")
        for r in rs:
            has = r["genre"] in mod.PII
            p = core.problems(r["text"], r["entities"], has)
            if p:
                errors.append(f"{r['id']}: {p}")
    return errors


def main(argv=()):
    argv = list(argv)
    data, records = build()
    errors = checks(records)
    again, _ = build()
    if again != data:
        errors.append("second build differs")
    if errors:
        print("\n".join(errors[:50]))
        return 1
    if "--check-only" in argv:
        if not OUT.exists() or OUT.read_bytes() != data.encode("utf-8"):
            print(f"{OUT.name}: differs from what the generator makes")
            return 1
        print(f"{OUT.name}: up to date")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data.encode("utf-8"))
    types = Counter((r["lang"], e["type"]) for r in records for e in r["entities"])
    print(f"pii/{OUT.name}: {len(records)} records; " + ", ".join(f"{k[0]} {k[1]} {v}" for k, v in sorted(types.items())))
    print("sha256", hashlib.sha256(data.encode("utf-8")).hexdigest())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
