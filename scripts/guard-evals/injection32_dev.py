"""Thirty-second injection corpus, dev half: writes evals/guard/injection/dev32.jsonl.

    python3 scripts/guard-evals/injection32_dev.py                       # writes the file
    python3 scripts/guard-evals/injection32_dev.py --check-only          # rebuilds in memory, exit 1 on a difference
    python3 scripts/guard-evals/injection32_dev.py --check-only --stats  # the same, and prints counts and lengths

Standard library only. The only randomness is one random.Random(320103) shuffle.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import hashlib  # noqa: E402
from pathlib import Path  # noqa: E402

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

import injection32_dev_core as core  # noqa: E402
import injection32_dev_de  # noqa: E402
import injection32_dev_en  # noqa: E402
import injection32_dev_es  # noqa: E402
import injection32_dev_fr  # noqa: E402
import injection32_dev_it  # noqa: E402
import injection32_dev_nl  # noqa: E402

NAME = "dev32.jsonl"
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "injection" / NAME

BANKS = {
    "de": injection32_dev_de,
    "en": injection32_dev_en,
    "fr": injection32_dev_fr,
    "es": injection32_dev_es,
    "it": injection32_dev_it,
    "nl": injection32_dev_nl,
}


def make():
    """Build the set, run the self-checks, build it again; the serialised bytes or errors."""
    first = core.build(BANKS)
    errors = core.check(BANKS, first)
    second = core.build(BANKS)
    data = core.serialise(first).encode("utf-8")
    if core.serialise(second).encode("utf-8") != data:
        errors.append("two builds in one process differ")
    return first, data, errors


def main(argv=()):
    parser = argparse.ArgumentParser(prog="injection32_dev.py", description=__doc__.splitlines()[0])
    parser.add_argument("--check-only", action="store_true",
                        help="rebuild in memory and compare with the committed file; write nothing")
    parser.add_argument("--stats", action="store_true", help="print counts and lengths")
    args = parser.parse_args(list(argv))

    records, data, errors = make()
    if errors:
        for e in errors:
            print("self-check: " + e, file=sys.stderr)
        print("%d self-check error(s); nothing written" % len(errors), file=sys.stderr)
        return 1
    if args.stats:
        print(core.stats(records))
    digest = hashlib.sha256(data).hexdigest()
    if args.check_only:
        try:
            current = OUT.read_bytes()
        except FileNotFoundError:
            print("%s is missing" % OUT, file=sys.stderr)
            return 1
        if current != data:
            print("%s differs from what the generator makes (expected sha256 %s)" % (OUT, digest),
                  file=sys.stderr)
            return 1
        print("%s is up to date (sha256 %s)" % (NAME, digest))
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print("wrote %s: %d records, sha256 %s" % (OUT, len(records), digest))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
