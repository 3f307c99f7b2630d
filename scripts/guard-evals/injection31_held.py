"""Thirty-first injection corpus, held-out half: writes evals/guard/injection/heldout31.jsonl.

    python3 scripts/guard-evals/injection31_held.py               # writes the file
    python3 scripts/guard-evals/injection31_held.py --check-only  # rebuilds in memory, exit 1 on a difference
    python3 scripts/guard-evals/injection31_held.py --stats       # also prints counts and lengths
"""

import argparse
import sys

sys.dont_write_bytecode = True

from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import injection31_held_core as core  # noqa: E402
import injection31_held_de as bank_de  # noqa: E402
import injection31_held_en as bank_en  # noqa: E402
import injection31_held_es as bank_es  # noqa: E402
import injection31_held_fr as bank_fr  # noqa: E402
import injection31_held_it as bank_it  # noqa: E402
import injection31_held_nl as bank_nl  # noqa: E402

NAME = "heldout31.jsonl"
SEED = 310203
ID_PREFIX = "inj-heldout31-"
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "injection" / NAME
BANKS = {"de": bank_de, "en": bank_en, "fr": bank_fr, "es": bank_es, "it": bank_it, "nl": bank_nl}


def build():
    return core.build_records(BANKS, SEED, ID_PREFIX)


def main(argv=()):
    parser = argparse.ArgumentParser(description="Build the heldout31 injection corpus.")
    parser.add_argument("--check-only", action="store_true",
                        help="rebuild in memory and exit 1 if the committed file differs")
    parser.add_argument("--stats", action="store_true", help="print counts and lengths")
    args = parser.parse_args(list(argv))
    try:
        first = core.serialise(build())
        second_records = build()
        second = core.serialise(second_records)
    except core.CheckError as exc:
        print("self-check failed: %s" % exc, file=sys.stderr)
        return 1
    if first != second:
        print("two builds in one process differ", file=sys.stderr)
        return 1
    if args.stats:
        print(core.stats(second_records))
    if args.check_only:
        try:
            committed = OUT.read_bytes()
        except FileNotFoundError:
            print("%s is missing" % OUT, file=sys.stderr)
            return 1
        if committed != first:
            print("%s differs from the generator's output" % OUT, file=sys.stderr)
            return 1
        print("%s is up to date (%d records)" % (OUT.name, len(second_records)))
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(first)
    print("wrote %s (%d records)" % (OUT, len(second_records)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
