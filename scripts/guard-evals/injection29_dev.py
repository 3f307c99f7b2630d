"""Dev half of the twenty-ninth injection corpus: writes evals/guard/injection/dev29.jsonl.

    python3 scripts/guard-evals/injection29_dev.py               # writes the file
    python3 scripts/guard-evals/injection29_dev.py --check-only  # rebuilds in memory, exit 1 on a difference

Python 3.11, standard library only. Every run builds the set twice and fails if the builds differ.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import hashlib  # noqa: E402
from pathlib import Path  # noqa: E402

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))

import injection29_dev_core as core  # noqa: E402

NAME = "dev29.jsonl"
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "injection" / NAME


def main(argv=()):
    parser = argparse.ArgumentParser(description="Build the dev half of the twenty-ninth injection corpus.")
    parser.add_argument("--check-only", action="store_true",
                        help="rebuild in memory and exit 1 if the committed file differs; write nothing")
    args = parser.parse_args(list(argv))
    try:
        first = core.build_bytes()
        second = core.build_bytes()
    except core.CheckError as err:
        print("self-check failed: %s" % err, file=sys.stderr)
        return 1
    if first != second:
        print("two builds in one process differ", file=sys.stderr)
        return 1
    digest = hashlib.sha256(first).hexdigest()
    if args.check_only:
        if not OUT.is_file() or OUT.read_bytes() != first:
            print("%s differs from what the generator makes (expected sha256 %s)" % (OUT, digest),
                  file=sys.stderr)
            return 1
        print("%s is up to date (sha256 %s)" % (NAME, digest))
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(first)
    print("wrote %s: %d records, sha256 %s" % (OUT, first.count(b"\n"), digest))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
