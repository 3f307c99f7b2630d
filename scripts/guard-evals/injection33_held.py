#!/usr/bin/env python3
"""Held-out half of the thirty-third injection corpus: writes
evals/guard/injection/heldout33.jsonl (720 records, 360 injections and 360 benign
texts in de, en, fr, es, it, nl).

    python3 scripts/guard-evals/injection33_held.py                 # write the file
    python3 scripts/guard-evals/injection33_held.py --check-only    # rebuild in memory, exit 1 on a difference
    python3 scripts/guard-evals/injection33_held.py --check-only --stats
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import importlib  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import injection33_held_core as core  # noqa: E402

NAME = "heldout33.jsonl"
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "injection" / NAME


def _banks():
    return {lang: importlib.import_module("injection33_held_" + lang) for lang in core.LANGS}


def build_bytes():
    banks = _banks()
    first = core.to_jsonl(core.build(banks))
    second = core.to_jsonl(core.build(banks))
    if first != second:
        raise core.CheckError("two builds in one process differ")
    return first


def main(argv=()):
    ap = argparse.ArgumentParser(prog="injection33_held.py", description=__doc__.splitlines()[0])
    ap.add_argument("--check-only", action="store_true",
                    help="rebuild in memory and exit 1 if the committed file differs; write nothing")
    ap.add_argument("--stats", action="store_true", help="print counts and lengths")
    args = ap.parse_args(list(argv))
    try:
        data = build_bytes()
    except core.CheckError as exc:
        print("self-check failed: %s" % exc, file=sys.stderr)
        return 1
    if args.stats:
        import json
        recs = [json.loads(line) for line in data.decode("utf-8").splitlines()]
        print(core.stats(recs))
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print("%s differs from the generator's output" % OUT, file=sys.stderr)
            return 1
        print("%s is up to date (%d bytes)" % (OUT.name, len(data)))
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print("wrote %s (%d bytes)" % (OUT, len(data)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
