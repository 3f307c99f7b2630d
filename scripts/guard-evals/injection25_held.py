"""Generate the held-out half of the twenty-fifth injection corpus:
evals/guard/injection/heldout25.jsonl (360 injections + 360 benign texts, 60 + 60 in each of
de, en, fr, es, it, nl).

    python3 scripts/guard-evals/injection25_held.py               # write the file
    python3 scripts/guard-evals/injection25_held.py --check-only  # compare, write nothing

The build runs twice in process and must give the same bytes; the self-checks (counts, techniques,
genres, key order, ids, duplicates, lengths, decodable payloads) must pass. Standard library only.
"""

import argparse
import importlib
import sys
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))

import injection25_held_core as core  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "injection" / "heldout25.jsonl"


def banks() -> dict:
    return {lang: importlib.import_module(f"injection25_held_{lang}") for lang in core.LANGS}


def main(argv=()) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check-only", action="store_true",
                    help="compare the committed file with a fresh build; write nothing")
    args = ap.parse_args(list(argv))

    b = banks()
    records, data = core.build(b)
    _, again = core.build(b)
    problems = core.self_check(records, data)
    if data != again:
        problems.append("a second in-process build differs")
    if problems:
        for p in problems:
            print("heldout25:", p, file=sys.stderr)
        return 1
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print(f"heldout25: {OUT} differs from a fresh build", file=sys.stderr)
            return 1
        print(f"heldout25: {OUT.name} matches ({len(records)} records)")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print(f"heldout25: wrote {OUT.name} ({len(records)} records)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
