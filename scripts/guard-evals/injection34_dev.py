"""Thirty-fourth injection corpus, dev half: writes evals/guard/injection/dev34.jsonl.

    python3 scripts/guard-evals/injection34_dev.py                 # write the file
    python3 scripts/guard-evals/injection34_dev.py --check-only    # rebuild in memory, exit 1 on a difference
    python3 scripts/guard-evals/injection34_dev.py --check-only --stats

Standard library only. One random.Random(340103) shuffle, no other randomness.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import importlib  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import injection34_dev_core as core  # noqa: E402

NAME = "dev34.jsonl"
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "injection" / NAME


def _banks():
    return [(lang, importlib.import_module("injection34_dev_" + lang)) for lang in core.LANGS]


def main(argv=()):
    parser = argparse.ArgumentParser(prog="injection34_dev.py", description=__doc__.splitlines()[0])
    parser.add_argument("--check-only", action="store_true",
                        help="rebuild in memory, write nothing, exit 1 if the committed file differs")
    parser.add_argument("--stats", action="store_true", help="print counts and lengths")
    args = parser.parse_args(list(argv))
    try:
        first = core.build(_banks())
        second = core.build(_banks())
    except core.CheckError as exc:
        print("self-check failed: %s" % exc, file=sys.stderr)
        return 1
    if first != second:
        print("two builds in one process differ", file=sys.stderr)
        return 1
    data = first.encode("utf-8")
    if args.stats:
        print(core.stats(first))
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print("%s differs from what the generator makes" % OUT, file=sys.stderr)
            return 1
        print("%s is up to date (%d records)" % (OUT.name, first.count("\n")))
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print("wrote %s (%d records)" % (OUT, first.count("\n")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
