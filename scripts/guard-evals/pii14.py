"""Fourteenth PII bank (dev14 / heldout14): 500 English and 500 German texts per split, 400 with
personal data in 30 genres (support tickets, reviews, product Q&A, returns, marketplace and chat
messages, newsletter logs, partner onboarding, wholesale orders, lead scans, bookings, driver and
pick-up notes, gift orders, loyalty forms, disputes, transfers, chargebacks, rotas, guest lists,
creator briefs, surveys, CRM exports, signatures, address changes, payouts, fraud reviews, call
notes, deletion requests) and 100 without, in 10 genres with look-alikes.

    python3 scripts/guard-evals/pii14.py [--check-only] [--sample N]

Written without reading the recognizer's rules or the other banks' templates. Every template and
phrase list is split by position (even positions dev14, odd heldout14). Seeded: the same bytes on
every run. `--sample N` prints N records of the dev split (held-out data stays unread).
"""

import argparse
import hashlib
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import write_jsonl  # noqa: E402
import pii14_core as core  # noqa: E402
import pii14_de  # noqa: E402
import pii14_en  # noqa: E402

ROOT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii"
MODULES = {"en": pii14_en, "de": pii14_de}
SAMPLE_SEED = 14014


def build_split(split: str) -> list[dict]:
    records = []
    for lang in ("en", "de"):
        records += core.build(lang, split, MODULES[lang], core.SEEDS[split][lang])
    return records


def check_split(records: list[dict], split: str) -> None:
    assert len(records) == 2 * (core.PII_PER_LANG + core.CLEAN_PER_LANG), split
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids), "duplicate ids"
    for lang in ("en", "de"):
        mine = [r for r in records if r["lang"] == lang]
        assert sum(1 for r in mine if r["entities"]) == core.PII_PER_LANG, (split, lang)
        assert sum(1 for r in mine if not r["entities"]) == core.CLEAN_PER_LANG, (split, lang)
    for r in records:
        assert list(r) == ["id", "text", "lang", "genre", "entities"], r["id"]
        core.check_record(r)


def summary(name: str, records: list[dict]) -> str:
    types = Counter(e["type"] for r in records for e in r["entities"])
    langs = Counter((r["lang"], bool(r["entities"])) for r in records)
    parts = [f"{lang} {langs[(lang, True)]}+{langs[(lang, False)]}" for lang in ("en", "de")]
    return f"{name}: {len(records)} records ({', '.join(parts)}); " + ", ".join(f"{k} {v}" for k, v in sorted(types.items()))


def main(argv=()):
    parser = argparse.ArgumentParser(prog="pii14.py", description="Generate the fourteenth PII bank (dev14 / heldout14).")
    parser.add_argument("--check-only", action="store_true", help="build and check both splits, write nothing")
    parser.add_argument("--sample", type=int, default=0, metavar="N", help="print N records of dev14 (never of heldout14)")
    args = parser.parse_args(list(argv))
    for module in MODULES.values():
        core.check_disjoint(module)
    for lang, module in MODULES.items():
        assert len(module.TEMPLATES) >= 30 and len(module.CLEAN) >= 10, lang
    built = {}
    for split in core.SPLITS:
        records = build_split(split)
        check_split(records, split)
        built[split] = records
    # the halves share no text either
    dev_texts = {r["text"] for r in built["dev14"]}
    assert not dev_texts & {r["text"] for r in built["heldout14"]}, "a text in both splits"
    for split, records in built.items():
        print(summary(f"pii/{split}", records))
        if not args.check_only:
            path = ROOT / f"{split}.jsonl"
            write_jsonl(path, records)
            print(f"  wrote {path.relative_to(ROOT.parents[2])} sha256 {hashlib.sha256(path.read_bytes()).hexdigest()}")
    if args.sample:
        rng = random.Random(SAMPLE_SEED)
        for r in rng.sample(built["dev14"], min(args.sample, len(built["dev14"]))):
            print(json.dumps(r, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
