"""The dev half of the twentieth injection corpus: evals/guard/injection/dev20.jsonl.

    python3 scripts/guard-evals/injection20_dev.py               # write the file
    python3 scripts/guard-evals/injection20_dev.py --check-only  # compare byte for byte, exit 1 on a difference

360 injections and 360 benign texts, 60 + 60 in each of de, en, fr, es, it, nl: 30 techniques with
two injections per language each and 25 benign genres with two or three texts per language each,
written over the example brand Talgrat (brand-guides/talgrat). The phrasings are in
injection20_dev_{de,en,fr,es,it,nl}.py, the machinery and self-checks in injection20_dev_core.py.
Standard library only; shuffle seed 200103, no other randomness.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import hashlib  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import injection20_dev_core as core  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "injection" / "dev20.jsonl"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check-only", action="store_true", help="compare with the committed file, write nothing")
    # called from another script (generate.py) without arguments: write the file
    args = parser.parse_args([] if argv is None else argv)

    records = core.build_records()
    problems = core.self_check(records)
    data = core.serialise(records)
    if core.serialise(core.build_records()) != data:
        problems.append("a second in-process build differs")
    if problems:
        for p in problems:
            print("self-check:", p, file=sys.stderr)
        return 1

    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print(f"{OUT} differs from what the generator makes", file=sys.stderr)
            return 1
        print(f"{OUT.name}: identical ({len(records)} records, sha256 {hashlib.sha256(data).hexdigest()})")
        return 0

    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print(f"injection/{OUT.name}: {len(records)} records, sha256 {hashlib.sha256(data).hexdigest()}")
    print(core.stats(records))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
