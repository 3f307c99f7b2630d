#!/usr/bin/env python3
"""Thirty-first injection corpus, dev half: writes evals/guard/injection/dev31.jsonl.

    python3 scripts/guard-evals/injection31_dev.py               # write the file
    python3 scripts/guard-evals/injection31_dev.py --check-only  # rebuild in memory, exit 1 on a difference
    python3 scripts/guard-evals/injection31_dev.py --check-only --stats

Standard library only. The only randomness is one random.Random(310103) shuffle.
"""

import argparse
import importlib
import sys
from pathlib import Path

sys.dont_write_bytecode = True

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import injection31_dev_core as core  # noqa: E402

NAME = "dev31.jsonl"
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "injection" / NAME


def load_banks():
    return {lang: importlib.import_module("injection31_dev_" + lang) for lang in core.LANGS}


def main(argv=()):
    ap = argparse.ArgumentParser(description="Build the dev31 injection corpus.")
    ap.add_argument("--check-only", action="store_true",
                    help="rebuild in memory and exit 1 if the committed file differs; write nothing")
    ap.add_argument("--stats", action="store_true", help="print counts and lengths")
    args = ap.parse_args(list(argv))
    try:
        banks = load_banks()
        first = core.serialise(core.build(banks))
        second = core.serialise(core.build(banks))
    except core.CheckError as exc:
        print("self-check failed: %s" % exc, file=sys.stderr)
        return 1
    if first != second:
        print("two builds in one process differ", file=sys.stderr)
        return 1
    if args.stats:
        print(core.stats(core.build(banks)))
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != first:
            print("%s differs from the generator's output" % OUT, file=sys.stderr)
            return 1
        print("%s is up to date (%d records)" % (OUT.name, first.count(b"\n")))
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(first)
    print("wrote %s (%d records)" % (OUT, first.count(b"\n")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
