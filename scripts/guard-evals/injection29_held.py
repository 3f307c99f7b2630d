#!/usr/bin/env python3
"""Twenty-ninth injection corpus, held-out half: writes evals/guard/injection/heldout29.jsonl.

    python3 scripts/guard-evals/injection29_held.py               # write the file
    python3 scripts/guard-evals/injection29_held.py --check-only  # rebuild in memory, exit 1 on a difference

720 records (360 injections, 360 benign texts; 60 + 60 in each of de, en, fr, es, it, nl), made
from the banks injection29_held_{de,en,fr,es,it,nl}.py by injection29_held_core.py. The only
randomness is one random.Random(290203) shuffle. Python 3.11, standard library only.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import json  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import injection29_held_core as core  # noqa: E402

NAME = "heldout29.jsonl"
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "injection" / NAME


def render(records) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def main(argv=()):
    ap = argparse.ArgumentParser(prog="injection29_held.py", description=__doc__.splitlines()[0])
    ap.add_argument("--check-only", action="store_true",
                    help="rebuild in memory and compare with the committed file; write nothing")
    args = ap.parse_args(list(argv))
    try:
        first = render(core.build())
        second = render(core.build())
    except core.BuildError as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    if first != second:
        print("two builds in one process differ", file=sys.stderr)
        return 1
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != first:
            print(f"{OUT} differs from the generator's output", file=sys.stderr)
            return 1
        print(f"{NAME}: up to date")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(first)
    print(f"wrote {OUT} ({len(first)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
