#!/usr/bin/env python3
"""Thirtieth injection corpus, held-out half: writes evals/guard/injection/heldout30.jsonl.

    python3 scripts/guard-evals/injection30_held.py               # write the file
    python3 scripts/guard-evals/injection30_held.py --check-only  # rebuild in memory, exit 1 on a difference

Standard library only. The set is built twice in this process and the two builds must agree;
the only randomness is one random.Random(300203) shuffle.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import hashlib  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import injection30_held_core as core  # noqa: E402

NAME = "heldout30.jsonl"
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "injection" / NAME


def main(argv=()):
    parser = argparse.ArgumentParser(prog="injection30_held.py", description=__doc__.splitlines()[0])
    parser.add_argument("--check-only", action="store_true",
                        help="rebuild in memory and exit 1 if the committed file differs; write nothing")
    args = parser.parse_args(list(argv))
    try:
        first = core.serialize(core.build())
        second = core.serialize(core.build())
    except core.CheckError as exc:
        print("self-check failed: %s" % exc, file=sys.stderr)
        return 1
    if first != second:
        print("two builds in one process differ", file=sys.stderr)
        return 1
    digest = hashlib.sha256(first).hexdigest()
    if args.check_only:
        try:
            current = OUT.read_bytes()
        except FileNotFoundError:
            print("%s is missing" % OUT, file=sys.stderr)
            return 1
        if current != first:
            print("%s differs from a fresh build (sha256 %s)" % (OUT, digest), file=sys.stderr)
            return 1
        print("%s is up to date (sha256 %s)" % (NAME, digest))
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(first)
    print("wrote %s: 720 records, sha256 %s" % (OUT, digest))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
