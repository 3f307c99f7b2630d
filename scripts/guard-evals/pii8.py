"""Eighth PII bank: writes evals/guard/pii/dev8.jsonl and evals/guard/pii/heldout8.jsonl.

    python3 scripts/guard-evals/pii8.py

Each split holds 500 English and 500 German texts; per language 400 with personal data (25 genres,
16 texts each) and 100 without (6 genres). Every template list and every layout list is cut by
position: even positions make dev8, odd positions heldout8, so the two splits share no template and
no layout. Runs are byte-identical. The script prints, per split and language, the records per
genre, the entities per type and the share of invented names.
"""

import sys

sys.dont_write_bytecode = True

import collections  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii8_core as core  # noqa: E402
import pii8_de  # noqa: E402
import pii8_en  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "evals" / "guard" / "pii"
SPLITS = [("dev8", 0, {"en": 14501, "de": 14502}), ("heldout8", 1, {"en": 14601, "de": 14602})]
MODULES = {"en": pii8_en, "de": pii8_de}
PER_PERSONAL_GENRE = 16
CLEAN_PER_LANG = 100
INVENTED_RATE = 0.1
TYPES = ["PERSON", "STREET_ADDRESS", "PHONE", "EMAIL", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID"]


def no_cue(template) -> bool:
    """Templates marked `~` name their people without a cue: no invented names there."""
    return isinstance(template, str) and template.startswith("~")


def strip_mark(template):
    return template[1:] if no_cue(template) else template


def plan(lang: str, rng: random.Random):
    mod = MODULES[lang]
    items = []
    for genre in mod.PERSONAL:
        items += [(genre, True)] * PER_PERSONAL_GENRE
    clean = list(mod.CLEAN)
    base, extra = divmod(CLEAN_PER_LANG, len(clean))
    for i, genre in enumerate(clean):
        items += [(genre, False)] * (base + (1 if i < extra else 0))
    rng.shuffle(items)
    return items


def build(split: str, parity: int, lang: str, seed: int, stats: dict):
    rng = random.Random(seed)
    mod = MODULES[lang]
    # this split's half of every template list, used round-robin in a seeded order
    pools, cursor = {}, collections.Counter()
    for genre, templates in list(mod.PERSONAL.items()) + list(mod.CLEAN.items()):
        half = core.half(templates, parity)
        order = list(range(len(half)))
        rng.shuffle(order)
        pools[genre] = [half[i] for i in order]
    records, seen = [], set()
    invented_people = people = invented_texts = 0
    locales = collections.Counter()
    for genre, personal in plan(lang, rng):
        for attempt in range(50):
            template = pools[genre][cursor[genre] % len(pools[genre])]
            cursor[genre] += 1
            ctx = core.Ctx(rng, lang, parity, invented_ok=not no_cue(template), invented_rate=INVENTED_RATE)
            text, ents = core.render(strip_mark(template), ctx)
            if text not in seen:
                break
        else:
            raise SystemExit(f"{split} {lang} {genre}: no new text after 50 attempts")
        seen.add(text)
        rid = f"pii-{split}-{lang}-{len(records) + 1:04d}"
        rec = {"id": rid, "text": text, "lang": lang, "genre": genre, "entities": ents}
        core.check_record(rec, personal)
        records.append(rec)
        named = [p for p in ctx.people.values() if p.named]
        people += len(named)
        inv = sum(p.invented for p in named)
        invented_people += inv
        invented_texts += 1 if inv else 0
        locales.update(p.locale for p in named)
    stats[(split, lang)] = {
        "genres": collections.Counter(r["genre"] for r in records),
        "types": collections.Counter(e["type"] for r in records for e in r["entities"]),
        "personal": sum(1 for r in records if r["entities"]),
        "people": people, "invented_people": invented_people, "invented_texts": invented_texts,
        "locales": locales,
    }
    return records


def write(path: Path, records):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def check_split_disjoint(all_records):
    texts = {split: {r["text"] for r in recs} for split, recs in all_records.items()}
    shared = texts["dev8"] & texts["heldout8"]
    assert not shared, f"{len(shared)} texts in both splits"
    # every template and layout list: the two halves share no entry
    lists = dict(core.LAYOUT_LISTS)
    for lang, mod in MODULES.items():
        for genre, templates in list(mod.PERSONAL.items()) + list(mod.CLEAN.items()):
            lists[f"{lang}/{genre}"] = templates
    for name, items in lists.items():
        a, b = core.half(items, 0), core.half(items, 1)
        assert not any(x is y for x in a for y in b), name
        assert not ({repr(x) for x in a if not callable(x)} & {repr(x) for x in b if not callable(x)}), name
    return lists


def main():
    all_records, stats = {}, {}
    for split, parity, seeds in SPLITS:
        recs = []
        for lang in ("en", "de"):
            recs += build(split, parity, lang, seeds[lang], stats)
        all_records[split] = recs
    lists = check_split_disjoint(all_records)
    for split, recs in all_records.items():
        write(OUT / f"{split}.jsonl", recs)

    print(f"template and layout lists split by parity: {len(lists)} (no entry in both halves, no text in both splits)")
    for split, _, _ in SPLITS:
        for lang in ("en", "de"):
            s = stats[(split, lang)]
            n = sum(s["genres"].values())
            print(f"\n== {split} {lang}: {n} records, {s['personal']} with personal data, {n - s['personal']} without")
            print("entities: " + ", ".join(f"{t} {s['types'][t]}" for t in TYPES) + f" (total {sum(s['types'].values())})")
            share = s["invented_people"] / max(1, s["people"])
            tshare = s["invented_texts"] / max(1, s["personal"])
            print(f"invented names: {s['invented_people']} of {s['people']} named people ({share:.1%}), in {s['invented_texts']} texts ({tshare:.1%})")
            print("genres: " + ", ".join(f"{g} {c}" for g, c in sorted(s["genres"].items())))
            print(f"name sources: {len(s['locales'])} (" + ", ".join(f"{loc} {c}" for loc, c in s["locales"].most_common()) + ")")
    print("\nentities per split and language")
    print("| split | lang | " + " | ".join(TYPES) + " |")
    for split, _, _ in SPLITS:
        for lang in ("en", "de"):
            s = stats[(split, lang)]
            print(f"| {split} | {lang} | " + " | ".join(str(s["types"][t]) for t in TYPES) + " |")
    for split in all_records:
        print(f"wrote {OUT / (split + '.jsonl')} ({len(all_records[split])} records)")


if __name__ == "__main__":
    main()
