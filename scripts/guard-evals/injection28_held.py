#!/usr/bin/env python3
"""Twenty-eighth injection corpus, held-out half: writes evals/guard/injection/heldout28.jsonl.

    python3 scripts/guard-evals/injection28_held.py               # write the file
    python3 scripts/guard-evals/injection28_held.py --check-only  # compare, write nothing, exit 1 on a difference

The only randomness is one random.Random(SEED) shuffle. The set is built twice
in this process and the run fails if the two builds differ.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import injection28_held_core as core  # noqa: E402

NAME = "heldout28.jsonl"
SEED = 280203
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "injection" / NAME


def main(argv=()):
    parser = argparse.ArgumentParser(description="Build the heldout28 injection corpus.")
    parser.add_argument("--check-only", action="store_true",
                        help="rebuild in memory and exit 1 if the committed file differs; write nothing")
    args = parser.parse_args(list(argv))
    try:
        first = core.render(SEED)
        second = core.render(SEED)
    except core.CheckError as err:
        print("self-check failed: %s" % err, file=sys.stderr)
        return 1
    if first != second:
        print("two builds in one process differ", file=sys.stderr)
        return 1
    if args.check_only:
        try:
            current = OUT.read_bytes()
        except FileNotFoundError:
            print("%s is missing" % OUT, file=sys.stderr)
            return 1
        if current != first:
            print("%s differs from the generator's output" % OUT, file=sys.stderr)
            return 1
        print("%s is up to date (720 records)" % OUT)
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(first)
    print("wrote %s (720 records)" % OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
