"""Dev half of the twenty-third injection corpus: evals/guard/injection/dev23.jsonl.

    python3 scripts/guard-evals/injection23_dev.py               # write the file
    python3 scripts/guard-evals/injection23_dev.py --check-only  # compare byte for byte, write nothing

360 injections (30 techniques, 2 per language) and 360 benign texts (25 genres, 2-3 per
language) in de, en, fr, es, it, nl; shuffled with seed 230103. Standard library only.
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

import injection23_dev_core as core  # noqa: E402

OUT = HERE.parents[1] / "evals" / "guard" / "injection" / "dev23.jsonl"


def modules():
    return [importlib.import_module(f"injection23_dev_{lang}") for lang in core.LANGS]


def make():
    """The file's bytes, after the self-checks; (bytes, errors)."""
    records, decodes = core.build(modules())
    errors = core.check(records, decodes)
    data = core.serialize(records)
    again, _ = core.build(modules())
    if core.serialize(again) != data:
        errors.append("a second in-process build differs")
    return data, records, errors


def main(argv=()):
    parser = argparse.ArgumentParser(prog="injection23_dev.py", description=__doc__.split("\n")[0])
    parser.add_argument("--check-only", action="store_true",
                        help="compare the committed file with a fresh build byte for byte; write nothing")
    args = parser.parse_args(list(argv))
    data, records, errors = make()
    for e in errors:
        print(f"self-check: {e}", file=sys.stderr)
    if errors:
        return 1
    digest = hashlib.sha256(data).hexdigest()
    if args.check_only:
        try:
            current = OUT.read_bytes()
        except FileNotFoundError:
            print(f"{OUT}: missing", file=sys.stderr)
            return 1
        if current != data:
            print(f"{OUT}: differs from a fresh build (fresh sha256 {digest})", file=sys.stderr)
            return 1
        print(f"{OUT.name}: up to date, {len(records)} records, sha256 {digest}")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    n_inj = sum(1 for r in records if r["label"] == "injection")
    print(f"injection/{OUT.name}: {len(records)} records ({n_inj} injections, "
          f"{len(records) - n_inj} benign), sha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
