#!/usr/bin/env python3
"""Dev half of the twenty-sixth injection corpus: writes evals/guard/injection/dev26.jsonl.

    python3 scripts/guard-evals/injection26_dev.py               # write the file
    python3 scripts/guard-evals/injection26_dev.py --check-only  # compare byte for byte, write nothing

Python 3.11, standard library only. Shuffle seed 260103, no other randomness.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import hashlib  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import injection26_dev_core as core  # noqa: E402

OUT = HERE.parent.parent / "evals" / "guard" / "injection" / "dev26.jsonl"


def build():
    core.check_sources()
    records = core.build_records()
    core.check(records)
    return core.serialise(records)


def main(argv=()):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check-only", action="store_true",
                        help="compare the committed file byte for byte; write nothing")
    args = parser.parse_args(list(argv))
    try:
        first = build()
        second = build()
    except AssertionError as e:
        print(f"dev26: self-check failed: {e}", file=sys.stderr)
        return 1
    if first != second:
        print("dev26: two builds in one process differ", file=sys.stderr)
        return 1
    digest = hashlib.sha256(first).hexdigest()
    if args.check_only:
        try:
            current = OUT.read_bytes()
        except FileNotFoundError:
            print(f"dev26: {OUT} is missing", file=sys.stderr)
            return 1
        if current != first:
            print(f"dev26: {OUT} differs from what the generator makes", file=sys.stderr)
            return 1
        print(f"dev26: {OUT.name} is up to date (sha256 {digest})")
        return 0
    OUT.write_bytes(first)
    print(f"dev26: wrote {OUT.name}, 720 records, sha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
