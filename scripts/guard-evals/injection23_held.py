"""Generate the held-out half of the twenty-third injection corpus.

    python3 scripts/guard-evals/injection23_held.py               # writes evals/guard/injection/heldout23.jsonl
    python3 scripts/guard-evals/injection23_held.py --check-only  # compares, writes nothing; exit 1 on a difference

360 injections + 360 benign texts, 60 + 60 in each of de, en, fr, es, it, nl; shuffle seed 230203.
Standard library only; the same bytes under any PYTHONHASHSEED.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import os  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import injection23_held_core as core  # noqa: E402

OUT = os.path.join(HERE, "..", "..", "evals", "guard", "injection", "heldout23.jsonl")


def render():
    return core.serialise(core.build())


def main(argv=()):
    ap = argparse.ArgumentParser(description="heldout23 injection corpus")
    ap.add_argument("--check-only", action="store_true",
                    help="compare the committed file byte for byte, write nothing")
    ap.add_argument("--out", default=OUT, help=argparse.SUPPRESS)
    args = ap.parse_args(list(argv))
    data = render()
    if render() != data:
        print("heldout23: a second build differs", file=sys.stderr)
        return 1
    path = os.path.normpath(args.out)
    if args.check_only:
        try:
            with open(path, "rb") as fh:
                old = fh.read()
        except OSError:
            old = None
        if old != data:
            print("heldout23: %s differs from the generator's output" % path, file=sys.stderr)
            return 1
        print("heldout23: %s is up to date (%d bytes)" % (path, len(data)))
        return 0
    with open(path, "wb") as fh:
        fh.write(data)
    print("heldout23: wrote %s (%d records, %d bytes)" % (path, data.count(b"\n"), len(data)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
