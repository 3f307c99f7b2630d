"""Dev half of the twenty-fifth injection corpus: evals/guard/injection/dev25.jsonl.

    python3 scripts/guard-evals/injection25_dev.py               # write the set
    python3 scripts/guard-evals/injection25_dev.py --check-only  # compare byte for byte, write nothing

360 injections (30 techniques, two per language) and 360 benign texts (25 genres, two or three per
language) in de, en, fr, es, it and nl, over the example brand Talgrat's products. The phrasings
are in injection25_dev_{de,en,fr,es,it,nl}.py; encoders, checks and the shuffle (seed 250103) in
injection25_dev_core.py. Standard library only; the same bytes under any PYTHONHASHSEED.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import hashlib  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import injection25_dev_core as core  # noqa: E402

OUT = HERE.parent.parent / "evals" / "guard" / "injection" / "dev25.jsonl"


def render():
    """The file's bytes; built twice in process and compared."""
    first = core.serialise(core.build())
    second = core.serialise(core.build())
    assert first == second, "second in-process build differs"
    return first


def main(argv=()):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check-only", action="store_true", help="compare with the committed file; write nothing")
    parser.add_argument("--out", type=Path, default=OUT, help="output path (default: %(default)s)")
    args = parser.parse_args(list(argv))
    data = render()
    digest = hashlib.sha256(data).hexdigest()
    if args.check_only:
        try:
            current = args.out.read_bytes()
        except FileNotFoundError:
            print(f"{args.out}: missing", file=sys.stderr)
            return 1
        if current != data:
            print(f"{args.out}: differs from what the generator makes (expected sha256 {digest})", file=sys.stderr)
            return 1
        print(f"{args.out}: up to date (sha256 {digest})")
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    print(f"wrote {args.out} (720 records, sha256 {digest})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
