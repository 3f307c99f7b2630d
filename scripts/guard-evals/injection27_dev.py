#!/usr/bin/env python3
"""Twenty-seventh injection corpus, dev half: writes evals/guard/injection/dev27.jsonl.

    python3 scripts/guard-evals/injection27_dev.py               # write the file
    python3 scripts/guard-evals/injection27_dev.py --check-only  # compare, write nothing, exit 1 on a difference
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import importlib  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import injection27_dev_core as core  # noqa: E402

NAME = "dev27.jsonl"
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "injection" / NAME


def _modules():
    return {lang: importlib.import_module("injection27_dev_" + lang) for lang in core.LANGS}


def build_bytes():
    mods = _modules()
    first = core.serialise(core.build(mods))
    second = core.serialise(core.build(mods))
    if first != second:
        raise SystemExit("two builds in one process differ")
    return first.encode("utf-8")


def main(argv=()):
    parser = argparse.ArgumentParser(prog="injection27_dev.py", description=__doc__.splitlines()[0])
    parser.add_argument("--check-only", action="store_true",
                        help="rebuild in memory and exit 1 if the committed file differs")
    args = parser.parse_args(list(argv))
    data = build_bytes()
    if args.check_only:
        try:
            current = OUT.read_bytes()
        except FileNotFoundError:
            print("%s is missing" % OUT, file=sys.stderr)
            return 1
        if current != data:
            print("%s differs from what the generator makes" % OUT, file=sys.stderr)
            return 1
        print("%s is up to date" % OUT)
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print("wrote %s (%d records)" % (OUT, data.count(b"\n")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
