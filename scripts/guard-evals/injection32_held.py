"""Thirty-second injection corpus, held-out half: writes evals/guard/injection/heldout32.jsonl.

    python3 scripts/guard-evals/injection32_held.py                       # writes the file
    python3 scripts/guard-evals/injection32_held.py --check-only          # rebuilds in memory, exit 1 on a difference
    python3 scripts/guard-evals/injection32_held.py --check-only --stats  # the same, and prints counts and lengths

Builds the set twice in this process and fails if the builds differ; every build runs the
self-checks in injection32_held_core.py. The only randomness is one random.Random(SEED) shuffle.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import hashlib  # noqa: E402
from pathlib import Path  # noqa: E402

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

import injection32_held_core as core  # noqa: E402
import injection32_held_de as bank_de  # noqa: E402
import injection32_held_en as bank_en  # noqa: E402
import injection32_held_es as bank_es  # noqa: E402
import injection32_held_fr as bank_fr  # noqa: E402
import injection32_held_it as bank_it  # noqa: E402
import injection32_held_nl as bank_nl  # noqa: E402

NAME = "heldout32.jsonl"
SEED = 320203
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "injection" / NAME
BANKS = {"de": bank_de, "en": bank_en, "fr": bank_fr, "es": bank_es, "it": bank_it, "nl": bank_nl}


def build_bytes():
    records, problems = core.build(BANKS, SEED)
    return records, core.serialise(records), problems


def main(argv=()):
    parser = argparse.ArgumentParser(description="Build the heldout32 injection corpus.")
    parser.add_argument("--check-only", action="store_true",
                        help="rebuild in memory and exit 1 if the committed file differs")
    parser.add_argument("--stats", action="store_true", help="print counts and lengths")
    args = parser.parse_args(list(argv))

    records, data, problems = build_bytes()
    _, data2, problems2 = build_bytes()
    if data != data2 or problems != problems2:
        print("two builds in one process differ", file=sys.stderr)
        return 1
    if problems:
        for p in problems:
            print("self-check: " + p, file=sys.stderr)
        print(f"{len(problems)} self-check problem(s)", file=sys.stderr)
        return 1
    if args.stats:
        print(core.stats(records))
    digest = hashlib.sha256(data).hexdigest()
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print(f"{OUT} differs from the generator's output (sha256 {digest})", file=sys.stderr)
            return 1
        print(f"{NAME} is up to date, {len(records)} records, sha256 {digest}")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(records)} records, sha256 {digest})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
