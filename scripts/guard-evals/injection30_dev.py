#!/usr/bin/env python3
"""Thirtieth injection corpus, dev half: writes evals/guard/injection/dev30.jsonl.

    python3 scripts/guard-evals/injection30_dev.py               # write the file
    python3 scripts/guard-evals/injection30_dev.py --check-only  # rebuild in memory, exit 1 on a difference

Standard library only. The only randomness is one random.Random(SEED) shuffle.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import hashlib  # noqa: E402
import importlib  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import injection30_dev_core as core  # noqa: E402

NAME = "dev30.jsonl"
PREFIX = "inj-dev30"
SEED = 300103
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "injection" / NAME


def _banks():
    return {lang: importlib.import_module("injection30_dev_" + lang) for lang in core.LANGS}


def build_bytes():
    banks = _banks()
    records, metas = core.build(banks, SEED, PREFIX)
    errors = core.check(records, metas, PREFIX)
    return core.serialise(records), records, errors


def main(argv=()):
    parser = argparse.ArgumentParser(prog="injection30_dev.py", description=__doc__.splitlines()[0])
    parser.add_argument("--check-only", action="store_true",
                        help="rebuild in memory and exit 1 if the committed file differs; write nothing")
    parser.add_argument("--stats", action="store_true", help="print counts and lengths")
    args = parser.parse_args(list(argv))

    first, records, errors = build_bytes()
    second, _, _ = build_bytes()
    if first != second:
        print("error: two builds in one process differ", file=sys.stderr)
        return 1
    if errors:
        for e in errors:
            print("self-check: " + e, file=sys.stderr)
        print("error: %d self-check failures" % len(errors), file=sys.stderr)
        return 1
    digest = hashlib.sha256(first).hexdigest()
    if args.stats:
        s = core.summary(records)
        for label in core.LABELS:
            print(label, "lengths min/max/mean", s["lengths"][label])
            print(label, "fields", s["fields"][label])
            print(label, "mean length per field", s["field_mean"][label])
        for lang in core.LANGS:
            print(lang, s["fields"][("injection", lang)])
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != first:
            print("error: %s differs from the generator's output" % OUT, file=sys.stderr)
            return 1
        print("ok: %s matches (%d records, sha256 %s)" % (NAME, len(records), digest))
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(first)
    print("wrote %s (%d records, sha256 %s)" % (OUT, len(records), digest))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
