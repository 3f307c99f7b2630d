#!/usr/bin/env python3
"""Eleventh injection corpus: evals/guard/injection/dev11.jsonl and heldout11.jsonl.

720 records per split (360 injections + 360 benign, 60 + 60 per language de/en/fr/es/it/nl),
30 techniques twice and 20 benign genres three times per language and split. Every list is cut
by position (even entries: dev11, odd entries: heldout11). Seeds 16801 (dev11), 16901
(heldout11). Output is byte-identical on every run, whatever PYTHONHASHSEED is.

    python3 scripts/guard-evals/injection11.py [--quiet]
"""

import sys

sys.dont_write_bytecode = True  # leave no __pycache__ behind

import argparse  # noqa: E402
import json  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import inj11_core as core  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = ROOT / "evals" / "guard" / "injection"


def report(name, records):
    print(f"== {name}: {len(records)} records")
    for key in ("label", "lang", "technique", "field"):
        counts = Counter((r[key], r["label"]) for r in records)
        print(f"-- {key}")
        for value in sorted({v for v, _ in counts}):
            inj, ben = counts[(value, "injection")], counts[(value, "benign")]
            print(f"   {value:24s} injection {inj:4d}  benign {ben:4d}")


def main(argv=()):
    """Write both splits; `argv` are this script's own options (none when generate.py calls it)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="skip the count report")
    args = parser.parse_args(list(argv))
    mods = core.load_modules()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for name, stem, seed, parity in core.SPLITS:
        records = core.build_split(mods, name, seed, parity)
        core.check(records)
        path = OUT_DIR / f"{stem}.jsonl"
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        if not args.quiet:
            report(name, records)
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
