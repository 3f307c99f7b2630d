#!/usr/bin/env python3
"""Thirty-fourth injection corpus, held-out half: writes evals/guard/injection/heldout34.jsonl.

    python3 scripts/guard-evals/injection34_held.py                       # write the file
    python3 scripts/guard-evals/injection34_held.py --check-only          # rebuild, compare, write nothing
    python3 scripts/guard-evals/injection34_held.py --check-only --stats  # the same, with counts

Standard library only. The only randomness is one random.Random(340203) shuffle.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import hashlib  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import injection34_held_core as core  # noqa: E402
import injection34_held_de as bank_de  # noqa: E402
import injection34_held_en as bank_en  # noqa: E402
import injection34_held_es as bank_es  # noqa: E402
import injection34_held_fr as bank_fr  # noqa: E402
import injection34_held_it as bank_it  # noqa: E402
import injection34_held_nl as bank_nl  # noqa: E402

NAME = "heldout34.jsonl"
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "injection" / NAME
BANKS = {"de": bank_de, "en": bank_en, "fr": bank_fr, "es": bank_es, "it": bank_it,
         "nl": bank_nl}


def main(argv=()):
    parser = argparse.ArgumentParser(prog="injection34_held.py", description=__doc__.split("\n")[0])
    parser.add_argument("--check-only", action="store_true",
                        help="rebuild in memory and exit 1 if the committed file differs")
    parser.add_argument("--stats", action="store_true", help="print counts and lengths")
    args = parser.parse_args(list(argv))

    first, errs = core.build(BANKS)
    second, errs2 = core.build(BANKS)
    data = core.serialise(first)
    if data != core.serialise(second) or errs != errs2:
        print("error: two builds in one process differ", file=sys.stderr)
        return 1
    if errs:
        for e in errs[:200]:
            print("self-check: " + e, file=sys.stderr)
        print("error: %d self-check failures, nothing written" % len(errs), file=sys.stderr)
        return 1
    if args.stats:
        print(core.stats(first))
    digest = hashlib.sha256(data).hexdigest()
    if args.check_only:
        try:
            old = OUT.read_bytes()
        except FileNotFoundError:
            print("error: %s is missing" % OUT, file=sys.stderr)
            return 1
        if old != data:
            print("error: %s differs from the generator's output" % OUT, file=sys.stderr)
            return 1
        print("ok: %s matches (sha256 %s)" % (NAME, digest))
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print("wrote %s: %d records, sha256 %s" % (OUT, len(first), digest))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
