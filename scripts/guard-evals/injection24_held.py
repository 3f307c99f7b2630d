"""Generate the held-out half of the twenty-fourth injection corpus.

    python3 scripts/guard-evals/injection24_held.py               # writes evals/guard/injection/heldout24.jsonl
    python3 scripts/guard-evals/injection24_held.py --check-only  # compares byte for byte, writes nothing

360 injections + 360 benign texts, 60 + 60 in each of de, en, fr, es, it, nl; 30 techniques
(2 per language each) and 25 benign genres (2-3 per language each); shuffled with seed 240203.
Standard library only. Written without reading the screen's rules or any other corpus.
"""

import argparse
import hashlib
import sys
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))

import injection24_held_core as core  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "injection" / "heldout24.jsonl"


def make():
    first = core.build()
    core.self_check(first)
    data = core.serialise(first)
    again = core.serialise(core.build())
    assert data == again, "a second in-process build differs"
    return first, data


def main(argv=()):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check-only", action="store_true",
                        help="compare the committed file with a fresh build; write nothing")
    parser.add_argument("--out", default=str(OUT), help=argparse.SUPPRESS)
    args = parser.parse_args(list(argv))
    records, data = make()
    out = Path(args.out)
    digest = hashlib.sha256(data).hexdigest()
    if args.check_only:
        try:
            current = out.read_bytes()
        except FileNotFoundError:
            print(f"{out}: missing", file=sys.stderr)
            return 1
        if current != data:
            print(f"{out}: differs from a fresh build (fresh sha256 {digest})", file=sys.stderr)
            return 1
        print(f"{out}: up to date, {len(records)} records, sha256 {digest}")
        return 0
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    print(f"{out}: {len(records)} records, sha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
