"""Sixteenth PII bank: writes evals/guard/pii/dev16.jsonl and evals/guard/pii/heldout16.jsonl.

    python3 scripts/guard-evals/pii16.py                # generate, self-check, write
    python3 scripts/guard-evals/pii16.py --check-only   # generate, self-check, compare with the files on disk

Each split: 500 English + 500 German texts; per language 400 with personal data (30 genres) and
100 without (10 genres). Both splits use the same templates and generators (the same
distribution) with different seeds; no text occurs in both. Standard library only.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii16_core as core  # noqa: E402
import pii16_de  # noqa: E402
import pii16_en  # noqa: E402

ROOT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii"
SEEDS = {"dev16": {"en": 160101, "de": 160102}, "heldout16": {"en": 160201, "de": 160202}}
BANKS = {"en": pii16_en, "de": pii16_de}
PER_LANG, WITH_PII = 500, 400
TYPES = ["PERSON", "STREET_ADDRESS", "PHONE", "EMAIL", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID"]


def build_lang(split: str, lang: str, forbidden: set[str]) -> tuple[list[dict], dict]:
    bank = BANKS[lang]
    rng = random.Random(SEEDS[split][lang])
    pii_genres = list(bank.PII)
    clean_genres = list(bank.CLEAN)
    assert len(pii_genres) == 30 and len(clean_genres) == 10, (len(pii_genres), len(clean_genres))
    counts = {g: WITH_PII // len(pii_genres) for g in pii_genres}
    for g in rng.sample(pii_genres, WITH_PII - sum(counts.values())):
        counts[g] += 1
    plan = [(g, True) for g in pii_genres for _ in range(counts[g])]
    plan += [(g, False) for g in clean_genres for _ in range((PER_LANG - WITH_PII) // len(clean_genres))]
    assert len(plan) == PER_LANG
    decks: dict[str, core_deck] = {}
    seen: set[str] = set()
    records, people = [], {"all": 0, "invented": 0}
    for genre, has_pii in plan:
        templates = (bank.PII if has_pii else bank.CLEAN)[genre]
        deck = decks.setdefault(genre, core_deck(templates, rng))
        template = deck.next()
        for attempt in range(200):
            sub = random.Random(rng.getrandbits(64))
            ctx = core.Ctx(sub, lang)
            text, ents = core.render(template, ctx)
            rec = {"id": "", "text": text, "lang": lang, "genre": genre, "entities": ents}
            errs = core.check_record(rec)
            if has_pii and not ents:
                errs.append("no entity")
            if not has_pii and (ents or ctx.people):
                errs.append("entity in clean text")
            if text in seen or text in forbidden:
                errs.append("duplicate text")
            if not errs:
                break
        else:
            raise SystemExit(f"{split}/{lang}/{genre}: cannot render a clean record: {errs}\n{text}")
        seen.add(text)
        people["all"] += len(ctx.people)
        people["invented"] += sum(p.invented for p in ctx.people.values())
        records.append(rec)
    rng.shuffle(records)
    for i, r in enumerate(records, 1):
        r["id"] = f"pii-{split}-{lang}-{i:04d}"
    return records, people


class core_deck:
    """Hands out templates in a shuffled order without replacement, reshuffling when used up."""

    def __init__(self, items, rng):
        self.items, self.rng, self.queue = list(items), rng, []

    def next(self):
        if not self.queue:
            self.queue = list(self.items)
            self.rng.shuffle(self.queue)
        return self.queue.pop()


def build() -> tuple[dict[str, list[dict]], dict]:
    out, stats = {}, {}
    forbidden: set[str] = set()
    for split in SEEDS:
        recs = []
        for lang in ("en", "de"):
            r, people = build_lang(split, lang, forbidden)
            stats[(split, lang)] = people
            recs += r
        forbidden |= {r["text"] for r in recs}
        out[split] = recs
    return out, stats


def self_check(splits: dict[str, list[dict]]) -> None:
    texts = {s: {r["text"] for r in recs} for s, recs in splits.items()}
    assert not (texts["dev16"] & texts["heldout16"]), "a text occurs in both splits"
    genres = {}
    for split, recs in splits.items():
        ids = [r["id"] for r in recs]
        assert len(ids) == len(set(ids)) == 2 * PER_LANG
        for r in recs:
            errs = core.check_record(r)
            assert not errs, (r["id"], errs)
            for a, b in zip(r["entities"], r["entities"][1:]):
                assert a["start"] < b["start"] and a["end"] <= b["start"], r["id"]
            assert list(r) == ["id", "text", "lang", "genre", "entities"]
        for lang in ("en", "de"):
            sub = [r for r in recs if r["lang"] == lang]
            assert len(sub) == PER_LANG
            assert sum(1 for r in sub if r["entities"]) == WITH_PII
            genres[(split, lang)] = {r["genre"] for r in sub}
    all_genres = set(pii16_en.PII) | set(pii16_en.CLEAN)
    assert set(pii16_de.PII) | set(pii16_de.CLEAN) == all_genres
    for key, g in genres.items():
        assert g == all_genres, (key, all_genres - g)


def serialise(recs: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def summary(splits, stats) -> None:
    print("split      lang " + " ".join(f"{t:>14}" for t in TYPES) + "  invented")
    for split, recs in splits.items():
        for lang in ("en", "de"):
            c = Counter(e["type"] for r in recs if r["lang"] == lang for e in r["entities"])
            st = stats[(split, lang)]
            print(f"{split:<10} {lang:<4} " + " ".join(f"{c[t]:>14}" for t in TYPES)
                  + f"  {st['invented']}/{st['all']} ({100 * st['invented'] / max(1, st['all']):.1f} %)")


def main(argv=()) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check-only", action="store_true", help="generate and compare with the files on disk; write nothing")
    args = ap.parse_args(list(argv))
    splits, stats = build()
    self_check(splits)
    again, _ = build()
    assert again == splits, "a second build differs"
    summary(splits, stats)
    differ = False
    for split, recs in splits.items():
        path = ROOT / f"{split}.jsonl"
        data = serialise(recs)
        if args.check_only:
            if not path.exists() or path.read_text(encoding="utf-8") != data:
                print(f"DIFFERS: {path}")
                differ = True
            else:
                print(f"same: {path}")
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(data)
            print(f"wrote {path} ({len(recs)} records)")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
