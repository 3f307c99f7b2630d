"""Tenth PII bank: a seeded, synthetic evaluation set for the PII recognizer on English and
German back-office and marketing text of an outdoor shop.

    python3 scripts/guard-evals/pii10.py

writes evals/guard/pii/dev10.jsonl and evals/guard/pii/heldout10.jsonl (byte-identical on every
run, independent of PYTHONHASHSEED) and prints per split and language the records per genre,
the entities per type and the share of invented names.
"""

import sys

sys.dont_write_bytecode = True

from pathlib import Path  # noqa: E402

import common  # noqa: E402
import pii10_core as core  # noqa: E402
import pii10_de  # noqa: E402
import pii10_en  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii"


def main():
    for split in core.SPLITS:
        records = []
        for mod in (pii10_en, pii10_de):
            block = core.build(mod, split)
            print(core.stats(split, mod.LANG, block))
            records += block
        for r in records:  # the checks once more, on the finished records
            assert core.check(r["text"], r["entities"], bool(r["entities"])), r["id"]
        path = OUT / f"{split}.jsonl"
        common.write_jsonl(path, [core.public(r) for r in records])
        print(f"{path.relative_to(OUT.parents[2])}: {len(records)} records, sha256 {core.sha256_file(path)}")


if __name__ == "__main__":
    main()
