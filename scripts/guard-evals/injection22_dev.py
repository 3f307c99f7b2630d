"""Dev half of the twenty-second injection corpus (dev22): 360 injections + 360 benign texts,
60 + 60 in each of de, en, fr, es, it, nl, over the example brand Talgrat.

    python3 scripts/guard-evals/injection22_dev.py               # write evals/guard/injection/dev22.jsonl
    python3 scripts/guard-evals/injection22_dev.py --check-only  # compare with the committed file

Standard library only; one shuffle with seed 220103; the same bytes under any PYTHONHASHSEED.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import hashlib  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import injection22_dev_core as core  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "injection" / "dev22.jsonl"


def main(argv=()) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check-only", action="store_true",
                    help="build in memory and compare byte for byte with the file; exit 1 on a difference")
    args = ap.parse_args(list(argv))

    records, checks = core.build()
    errors = core.self_check(records, checks)
    data = core.serialise(records)
    again = core.serialise(core.build()[0])
    if again != data:
        errors.append("second in-process build differs")
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        return 1

    digest = hashlib.sha256(data).hexdigest()
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print(f"{OUT}: differs from what the generator makes (sha256 {digest})", file=sys.stderr)
            return 1
        print(f"{OUT}: up to date ({len(records)} records, sha256 {digest})")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(records)} records, {len(checks)} decoded payloads, sha256 {digest})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
