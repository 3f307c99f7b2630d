#!/usr/bin/env python3
"""Twenty-seventh injection corpus, held-out half: writes evals/guard/injection/heldout27.jsonl.

    python3 scripts/guard-evals/injection27_held.py               # write the file
    python3 scripts/guard-evals/injection27_held.py --check-only  # compare, write nothing, exit 1 on a difference

Python 3.11, standard library only. One random.Random(270203) shuffle, no other randomness.
"""

import argparse
import hashlib
import sys

sys.dont_write_bytecode = True

from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import injection27_held_core as core  # noqa: E402

NAME = "heldout27.jsonl"
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "injection" / NAME


def main(argv=()):
    parser = argparse.ArgumentParser(description="Build the heldout27 injection corpus.")
    parser.add_argument("--check-only", action="store_true",
                        help="rebuild in memory and compare with the committed file; write nothing")
    args = parser.parse_args(list(argv))

    first = core.build()
    second = core.build()
    if first != second:
        print("error: two builds in one process differ", file=sys.stderr)
        return 1
    digest = hashlib.sha256(first).hexdigest()

    if args.check_only:
        try:
            current = OUT.read_bytes()
        except FileNotFoundError:
            print("error: %s does not exist" % OUT, file=sys.stderr)
            return 1
        if current != first:
            print("error: %s differs from what the generator makes" % OUT, file=sys.stderr)
            return 1
        print("ok: %s matches (sha256 %s)" % (NAME, digest))
        return 0

    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(first)
    print("wrote %s: 720 records, sha256 %s" % (OUT, digest))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
