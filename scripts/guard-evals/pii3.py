"""Third PII bank: writes evals/guard/pii/dev3.jsonl and evals/guard/pii/heldout3.jsonl.

    python3 scripts/guard-evals/pii3.py

500 English + 500 German texts per split, a fifth of them without personal data. Every genre's
template list and every layout variant list is split by position: even indices make dev3, odd
ones heldout3. Seeded; the same bytes on every run.
"""

import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pii3_clean  # noqa: E402
import pii3_core as core  # noqa: E402
import pii3_de  # noqa: E402
import pii3_en  # noqa: E402

ROOT = HERE.parent.parent
OUT = ROOT / "evals" / "guard" / "pii"
SPLITS = [("dev3", 0, {"en": 7301, "de": 7302}), ("heldout3", 1, {"en": 8401, "de": 8402})]
PER_LANG = 500
CLEAN = 100
INVENT_RATE = 0.1
TYPES = ["PERSON", "STREET_ADDRESS", "PHONE", "EMAIL", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID"]

LAYOUTS = {}
for _m in (pii3_en, pii3_de, pii3_clean):
    for _k, _v in _m.LAYOUTS.items():
        assert _k not in LAYOUTS, _k
        assert len(_v) >= 2, _k
        LAYOUTS[_k] = _v

BANKS = {"en": (pii3_en.BANK, pii3_clean.BANK["en"]), "de": (pii3_de.BANK, pii3_clean.BANK["de"])}


def _check_banks():
    for lang, (pii, clean) in BANKS.items():
        for genre, tpls in list(pii.items()) + list(clean.items()):
            assert len(tpls) >= 8, (lang, genre, len(tpls))
            assert len(set(map(str, tpls))) == len(tpls), (lang, genre, "duplicate template")


GENRE_WEIGHT = {"payment": 2}  # the genre that carries most cards and tax IDs


def _schedule(rng, pii_genres, clean_genres):
    n_pii = PER_LANG - CLEAN
    slots = [g for g in pii_genres for _ in range(GENRE_WEIGHT.get(g, 1))]
    sched = [(slots[i % len(slots)], True) for i in range(n_pii)]
    sched += [(clean_genres[i % len(clean_genres)], False) for i in range(CLEAN)]
    rng.shuffle(sched)
    return sched


def generate(split_name, split, lang, seed, stats):
    rng = random.Random(seed)
    pii_bank, clean_bank = BANKS[lang]
    sched = _schedule(rng, list(pii_bank), list(clean_bank))
    decks = {}
    seen = set()
    records = []
    for n, (genre, has_pii) in enumerate(sched, start=1):
        templates = (pii_bank if has_pii else clean_bank)[genre][split::2]
        for _attempt in range(200):
            deck = decks.get(genre)
            if not deck:
                deck = list(templates)
                rng.shuffle(deck)
                decks[genre] = deck
            tpl = deck.pop()
            ctx = core.Ctx(lang, rng, split, LAYOUTS, INVENT_RATE if has_pii else 0.0)
            src = core.unindent(tpl(ctx) if callable(tpl) else tpl)
            if not has_pii and _attempt:
                # a text without slots repeats: join two or three sections of the same half
                extra = rng.sample([t for t in templates if t is not tpl], rng.choice([1, 1, 2]))
                src = "\n\n".join([src] + [core.unindent(t(ctx) if callable(t) else t) for t in extra])
            text, ents = core.render(src, ctx)
            if text not in seen:
                break
        else:
            raise SystemExit(f"{split_name} {lang} {genre}: no new text after 200 attempts")
        if has_pii:
            assert ents, (genre, text)
        else:
            assert not ents, (genre, text, ents)
        seen.add(text)
        stats["people"] += len(ctx.people)
        stats["invented"] += sum(p.invented for p in ctx.people.values())
        records.append({"id": f"pii-{split_name}-{lang}-{n:04d}", "text": text, "lang": lang, "genre": genre, "entities": ents})
    return records


def summary(split_name, lang, records):
    counts = Counter(e["type"] for r in records for e in r["entities"])
    clean = sum(1 for r in records if not r["entities"])
    cells = "  ".join(f"{t} {counts.get(t, 0)}" for t in TYPES)
    print(f"{split_name:9} {lang}  records {len(records)}  without PII {clean}  entities {sum(counts.values())}")
    print(f"              {cells}")


def main():
    _check_banks()
    OUT.mkdir(parents=True, exist_ok=True)
    for split_name, split, seeds in SPLITS:
        out = []
        stats = Counter()
        for lang in ("en", "de"):
            recs = generate(split_name, split, lang, seeds[lang], stats)
            summary(split_name, lang, recs)
            out.extend(recs)
        ids = [r["id"] for r in out]
        assert len(ids) == len(set(ids))
        for r in out:
            core.check(r["text"], r["entities"])
        path = OUT / f"{split_name}.jsonl"
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            for r in out:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{split_name:9}     invented names {stats['invented']} of {stats['people']} people in texts with personal data -> {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
