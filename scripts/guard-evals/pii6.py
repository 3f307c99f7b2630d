"""Sixth PII bank: evals/guard/pii/dev6.jsonl and heldout6.jsonl.

Per split and language 400 texts with personal data in 25 genres of an outdoor shop's daily
writing and 100 without any (hard look-alikes only). Every template list and layout list is split
by position parity (even → dev6, odd → heldout6), so the splits share no template.

    python3 scripts/guard-evals/pii6.py
"""

import sys

sys.dont_write_bytecode = True

import random  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

import common  # noqa: E402
import pii6_clean  # noqa: E402
import pii6_de  # noqa: E402
import pii6_en  # noqa: E402
from pii6_core import SPLITS, Ctx, check, half, render  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "evals" / "guard" / "pii"
SEEDS = {("dev6", "en"): 11501, ("dev6", "de"): 11502, ("heldout6", "en"): 11601, ("heldout6", "de"): 11602}
N_PII, N_CLEAN = 400, 100
TEMPLATES = {"en": pii6_en.GENRES, "de": pii6_de.GENRES}


def schedule(genres: list[str], n: int, rng: random.Random) -> list[str]:
    out = [genres[i % len(genres)] for i in range(n)]
    rng.shuffle(out)
    return out


def build(split_name: str, lang: str) -> list[dict]:
    split = SPLITS.index(split_name)
    rng = random.Random(SEEDS[(split_name, lang)])
    records, seen = [], set()

    def make(templates, genre):
        while True:  # a repeated text (short clean templates) is drawn again
            template = rng.choice(half(templates, split))
            text, ents = render(template, Ctx(rng, lang, split))
            if text not in seen:
                seen.add(text)
                check(text, ents)
                return text, ents

    pii_genres = list(TEMPLATES[lang])
    for genre in schedule(pii_genres, N_PII, rng):
        text, ents = make(TEMPLATES[lang][genre], genre)
        assert ents, (genre, text)
        records.append({"text": text, "lang": lang, "genre": genre, "entities": ents})
    clean = pii6_clean.CLEAN[lang]
    for genre in schedule(list(clean), N_CLEAN, rng):
        text, ents = make(clean[genre], genre)
        assert not ents, (genre, text)
        records.append({"text": text, "lang": lang, "genre": genre, "entities": []})
    rng.shuffle(records)
    texts = [r["text"] for r in records]
    assert len(set(texts)) == len(texts), "duplicate text"
    for i, r in enumerate(records, 1):
        r["id"] = f"pii-{split_name}-{lang}-{i:04d}"
    return [{k: r[k] for k in ("id", "text", "lang", "genre", "entities")} for r in records]


def summary(name: str, records: list[dict]):
    print(f"== {name}: {len(records)} texts")
    for lang in ("en", "de"):
        rs = [r for r in records if r["lang"] == lang]
        genres = Counter(r["genre"] for r in rs)
        types = Counter(e["type"] for r in rs for e in r["entities"])
        print(f"  {lang}: {len(rs)} texts, {sum(1 for r in rs if r['entities'])} with personal data")
        print("    genres: " + ", ".join(f"{g} {c}" for g, c in sorted(genres.items())))
        print("    entities: " + ", ".join(f"{t} {c}" for t, c in sorted(types.items())))


def main():
    all_templates = {}
    for lang in ("en", "de"):
        assert list(TEMPLATES[lang]) == list(TEMPLATES["en"]), "same genres in both languages"
        for genre, ts in list(TEMPLATES[lang].items()) + list(pii6_clean.CLEAN[lang].items()):
            assert len(ts) >= 2 and len(set(ts)) == len(ts), genre
            for i, t in enumerate(ts):
                assert all_templates.setdefault(t, i % 2) == i % 2, t
    for split_name in SPLITS:
        records = build(split_name, "en") + build(split_name, "de")
        common.write_jsonl(OUT / f"{split_name}.jsonl", records)
        summary(split_name, records)


if __name__ == "__main__":
    main()
