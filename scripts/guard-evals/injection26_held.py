"""Twenty-sixth injection corpus, held-out half: writes evals/guard/injection/heldout26.jsonl.

    python3 scripts/guard-evals/injection26_held.py               # write the file
    python3 scripts/guard-evals/injection26_held.py --check-only  # compare byte for byte, write nothing

360 injections (30 techniques, 2 per language) and 360 benign texts (25 genres, 2 or 3 per
language) in de, en, fr, es, it, nl, from the hand-written banks injection26_held_{lang}.py.
Written without reading the screen's rules, the other corpora or the dev half. Standard library
only; one seeded shuffle (260203); the same bytes on every run.
"""

import argparse
import hashlib
import importlib
import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import injection26_held_core as core  # noqa: E402

OUT = HERE.parents[1] / "evals" / "guard" / "injection" / "heldout26.jsonl"


def make():
    modules = [importlib.import_module(f"injection26_held_{lang}") for lang in core.LANGS]
    return core.build(modules)


def main(argv=()):
    parser = argparse.ArgumentParser(prog="injection26_held.py")
    parser.add_argument("--check-only", action="store_true", help="compare with the committed file; write nothing")
    args = parser.parse_args(list(argv))
    records, data, problems = make()
    _, again, _ = make()
    if again != data:
        problems.append("a second build differs")
    if problems:
        for p in problems:
            print("heldout26:", p, file=sys.stderr)
        return 1
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print(f"heldout26: {OUT} differs from what the generator makes", file=sys.stderr)
            return 1
        print(f"heldout26: {OUT.name} is up to date ({len(records)} records, sha256 {hashlib.sha256(data).hexdigest()})")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print(f"heldout26: wrote {len(records)} records to {OUT} (sha256 {hashlib.sha256(data).hexdigest()})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
