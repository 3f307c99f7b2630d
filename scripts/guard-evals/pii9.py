import sys; sys.dont_write_bytecode = True  # noqa: E702

"""Ninth PII bank (dev9 / heldout9): 1,000 English and German texts per split, 800 with personal
data in 30 genres and 200 without personal data but with look-alikes in 8 genres.

    python3 scripts/guard-evals/pii9.py

writes evals/guard/pii/dev9.jsonl and evals/guard/pii/heldout9.jsonl (byte-identical on every run)
and prints per split and language the records per genre, entities per type and the share of
invented names.
"""

import json
import os
from collections import Counter
from pathlib import Path

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import pii9_core as core  # noqa: E402
import pii9_de  # noqa: E402
import pii9_en  # noqa: E402

ROOT = Path(HERE).resolve().parents[1]
OUT = ROOT / "evals" / "guard" / "pii"
SEEDS = {("dev", "en"): 15501, ("dev", "de"): 15502, ("heldout", "en"): 15601, ("heldout", "de"): 15602}
MODULES = {"en": pii9_en, "de": pii9_de}


def build(split):
    records, stats = [], {}
    for lang in ("en", "de"):
        recs, invented = core.build_lang(split, lang, SEEDS[(split, lang)], MODULES[lang])
        records += recs
        stats[lang] = (recs, invented)
    return records, stats


def check(records):
    ids = set()
    for r in records:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert set(r) == {"id", "text", "lang", "genre", "entities"}
        last = 0
        for e in r["entities"]:
            assert e["type"] in core.TYPES, e
            assert r["text"][e["start"]: e["end"]] == e["value"], (r["id"], e)
            assert e["start"] >= last, (r["id"], e)
            last = e["end"]
        assert not core.scan(r["text"], r["entities"]), (r["id"], core.scan(r["text"], r["entities"]))


def report(split, stats):
    for lang in ("en", "de"):
        recs, invented = stats[lang]
        genres = Counter(r["genre"] for r in recs)
        types = Counter(e["type"] for r in recs for e in r["entities"])
        flat = [x for spans, _ in invented for x in spans]
        people = [x for _, persons in invented for x in persons]
        clean = sum(1 for r in recs if not r["entities"])
        print(f"== {split}9 {lang}: {len(recs)} records ({len(recs) - clean} with personal data, {clean} without)")
        print("   genres: " + ", ".join(f"{g} {n}" for g, n in sorted(genres.items())))
        print("   entities: " + ", ".join(f"{t} {types.get(t, 0)}" for t in core.TYPES) + f" (total {sum(types.values())})")
        print(f"   invented names: {sum(people)}/{len(people)} people = {100 * sum(people) / max(1, len(people)):.1f}%; "
              f"{sum(flat)}/{len(flat)} PERSON spans = {100 * sum(flat) / max(1, len(flat)):.1f}%")


def main():
    for split in ("dev", "heldout"):
        records, stats = build(split)
        check(records)
        path = OUT / f"{split}9.jsonl"
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote {path.relative_to(ROOT)} ({len(records)} records)")
        report(split, stats)


if __name__ == "__main__":
    main()
