"""Generate the second PII evaluation bank: evals/guard/pii/dev2.jsonl and heldout2.jsonl.

    python3 scripts/guard-evals/pii2.py

500 English + 500 German texts per split, a fifth of them without personal data (hard
distractors only). Seeded: the same bytes on every run. The templates (bank2*.py) were written
without reading the recognizer's rules or the first bank's templates; the two splits use disjoint
halves of every genre's templates and layout variants (see bank2.py).
"""

import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bank2  # noqa: E402
from bank2_core import Ctx  # noqa: E402
from common import render, write_jsonl  # noqa: E402

ROOT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii"
SEEDS = {"dev2": {"en": 5101, "de": 5102}, "heldout2": {"en": 6201, "de": 6202}}
PER_LANG = 500
CLEAN_SHARE = 5  # one text in five carries no personal data
TYPES = {"PERSON", "STREET_ADDRESS", "PHONE", "EMAIL", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID"}
EDGE_PUNCT = set(",;:!?()[]{}<>\"'`«»„“”‘’/\\|-–—*•·")


def check(record: dict):
    """Every span as written, in order, not overlapping, no whitespace or punctuation at its edges
    (a final '.' only after an initial: 'Anna B.'; a phone may open with '+' or '(')."""
    text = record["text"]
    prev_end = -1
    for e in record["entities"]:
        v = e["value"]
        assert e["type"] in TYPES, e
        assert text[e["start"] : e["end"]] == v, (record["id"], e)
        assert e["start"] >= prev_end, (record["id"], "overlap", e)
        prev_end = e["end"]
        assert v and v == v.strip(), (record["id"], e)
        if e["type"] == "PHONE":
            assert v[0] in "+(" or v[0].isdigit(), (record["id"], e)
        else:
            assert v[0] not in EDGE_PUNCT and v[0] not in ".+", (record["id"], e)
        if v[-1] == ".":
            assert e["type"] == "PERSON" and len(v) >= 2 and v[-2].isupper() and (len(v) == 2 or v[-3] in " -"), (record["id"], e)
        else:
            assert v[-1] not in EDGE_PUNCT, (record["id"], e)
        assert "\t" not in v and "  " not in v, (record["id"], e)


def generate(lang: str, split: str) -> list[dict]:
    rng = random.Random(SEEDS[split][lang])
    pii, clean = bank2.bank(lang, split)
    n_clean = PER_LANG // CLEAN_SHARE
    n_pii = PER_LANG - n_clean
    # every genre about equally often, in a shuffled order
    pii_genres = [g for _, g in zip(range(n_pii), _cycle(sorted(pii)))]
    clean_genres = [g for _, g in zip(range(n_clean), _cycle(sorted(clean)))]
    plan = [(g, True) for g in pii_genres] + [(g, False) for g in clean_genres]
    rng.shuffle(plan)
    half = bank2.SPLITS[split]
    out = []
    for i, (genre, has_pii) in enumerate(plan):
        template = rng.choice((pii if has_pii else clean)[genre])
        ctx = Ctx(lang, rng, half)
        text, entities = render(template, ctx.resolve, rng)
        rec = {"id": f"pii-{split}-{lang}-{i:04d}", "text": text, "lang": lang, "genre": genre, "entities": entities}
        check(rec)
        assert bool(entities) == has_pii, (rec["id"], genre, text)
        out.append(rec)
    return out


def _cycle(items):
    while True:
        yield from items


def summary(split: str, records: list[dict]):
    print(f"pii/{split}: {len(records)} records, {sum(1 for r in records if not r['entities'])} without personal data")
    for lang in ("en", "de"):
        rs = [r for r in records if r["lang"] == lang]
        types = Counter(e["type"] for r in rs for e in r["entities"])
        print(f"  {lang} types:  " + ", ".join(f"{k} {types[k]}" for k in sorted(TYPES)))
        genres = Counter(r["genre"] for r in rs)
        print(f"  {lang} genres: " + ", ".join(f"{k} {v}" for k, v in sorted(genres.items())))


def main():
    for split in ("dev2", "heldout2"):
        records = []
        for lang in ("en", "de"):
            records += generate(lang, split)
        write_jsonl(ROOT / f"{split}.jsonl", records)
        summary(split, records)


if __name__ == "__main__":
    main()
