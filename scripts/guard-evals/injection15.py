"""Fifteenth injection corpus (dev15 / heldout15): 360 injections + 360 benign texts per split,
60 + 60 per language (de, en, fr, es, it, nl).

    python3 scripts/guard-evals/injection15.py [--check-only]

Writes `evals/guard/injection/dev15.jsonl` and `evals/guard/injection/heldout15.jsonl`. With
`--check-only` nothing is written: the sets are generated, checked, and compared with the files
on disk (exit status 1 if they differ). Standard library only; seeded, so the output is the same
bytes on every run and under any PYTHONHASHSEED.

The words live in `inj15_de.py` … `inj15_nl.py`, the machinery in `inj15_core.py`. Every list is
split by position (even items → dev15, odd items → heldout15), so the splits share no phrasing.
"""

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import inj15_core as core  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "injection"


def generate():
    mods = core.modules()
    splits = {}
    for name, part in core.SPLITS:
        records = core.build_split(mods, part, core.SEEDS[name])
        out = []
        for i, r in enumerate(records, 1):
            out.append({
                "id": f"inj-{name}-{i:04d}",
                "text": r["text"],
                "label": r["label"],
                "technique": r["technique"],
                "lang": r["lang"],
                "field": r["field"],
            })
        splits[name] = out
    core.check(splits, mods)
    return splits


def dump(records) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def summary(name, records):
    print(f"injection/{name}: {len(records)} records")
    c = Counter((r["label"], r["lang"]) for r in records)
    print("  " + ", ".join(f"{lab} {lang} {n}" for (lab, lang), n in sorted(c.items())))
    t = Counter(r["technique"] for r in records if r["label"] == "injection")
    print("  injection techniques: " + ", ".join(f"{k} {v}" for k, v in sorted(t.items())))
    g = Counter(r["technique"] for r in records if r["label"] == "benign")
    print("  benign genres: " + ", ".join(f"{k} {v}" for k, v in sorted(g.items())))
    f = Counter((r["label"], r["field"]) for r in records)
    print("  fields: " + ", ".join(f"{lab}/{fld} {n}" for (lab, fld), n in sorted(f.items())))


def main(argv=()):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check-only", action="store_true", help="generate and check, compare with the files on disk, write nothing")
    args = parser.parse_args(list(argv))
    splits = generate()
    status = 0
    for name, records in splits.items():
        data = dump(records)
        path = OUT / f"{name}.jsonl"
        if args.check_only:
            same = path.exists() and path.read_bytes() == data
            print(f"{path.name}: {'up to date' if same else 'DIFFERS from the generator'}")
            status |= 0 if same else 1
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        summary(name, records)
        print(f"  sha256 {hashlib.sha256(data).hexdigest()}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
