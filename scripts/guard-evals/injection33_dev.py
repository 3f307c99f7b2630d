#!/usr/bin/env python3
"""Thirty-third injection corpus, dev half: writes evals/guard/injection/dev33.jsonl.

    python3 scripts/guard-evals/injection33_dev.py                       # write the file
    python3 scripts/guard-evals/injection33_dev.py --check-only          # rebuild in memory, exit 1 on a difference
    python3 scripts/guard-evals/injection33_dev.py --check-only --stats  # the same, and print counts and lengths

Python 3.11, standard library only. The only randomness is one seeded shuffle.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import injection33_dev_core as core  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "injection" / core.NAME


def main(argv=()):
    ap = argparse.ArgumentParser(prog="injection33_dev.py", description=__doc__.splitlines()[0])
    ap.add_argument("--check-only", action="store_true",
                    help="rebuild in memory and compare with the committed file; write nothing")
    ap.add_argument("--stats", action="store_true", help="print counts and lengths")
    args = ap.parse_args(list(argv))

    banks = core.load_banks()
    recs, errors = core.build(banks)
    recs2, errors2 = core.build(banks)
    data = core.serialise(recs)
    if core.serialise(recs2) != data or errors2 != errors:
        errors.append("two builds in one process differ")
    if errors:
        for e in errors[:200]:
            print("error:", e, file=sys.stderr)
        print("%d self-check errors; nothing written" % len(errors), file=sys.stderr)
        return 1
    if args.stats:
        print(core.stats(recs))
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print("%s differs from the generator's output" % OUT, file=sys.stderr)
            return 1
        print("%s is up to date (%d records)" % (OUT.name, len(recs)))
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print("wrote %s (%d records)" % (OUT, len(recs)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
