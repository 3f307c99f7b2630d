"""Seventeenth injection corpus (dev17 / heldout17): 360 injections + 360 benign texts per split in
de/en/fr/es/it/nl, written without reading the screen's rules or the other corpora.

    python3 scripts/guard-evals/injection17.py               # writes both files
    python3 scripts/guard-evals/injection17.py --check-only  # regenerates in memory and compares byte
                                                             # for byte; exit 1 on a difference

Standard library only; seeded and deterministic (no set iteration, no hash()).
"""

import argparse
import importlib
import statistics
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import inj17_core as core  # noqa: E402

OUT = HERE.parents[1] / "evals" / "guard" / "injection"


def modules():
    return {lang: importlib.import_module(f"inj17_{lang}") for lang in core.LANGS}


def generate():
    mods = modules()
    splits = {split: core.build(split, mods) for split in core.SPLITS}
    problems = core.check(splits, mods)
    return splits, problems


def report(splits):
    for split, recs in splits.items():
        print(f"{split}: {len(recs)} records; " + ", ".join(f"{k[0]}/{k[1]} {v}" for k, v in sorted(Counter((r['label'], r['lang']) for r in recs).items())))
        for label in ("injection", "benign"):
            lens = [len(r["text"]) for r in recs if r["label"] == label]
            fields = Counter(r["field"] for r in recs if r["label"] == label)
            print(f"  {label}: length mean {statistics.mean(lens):.0f} / median {statistics.median(lens):.0f}; fields " + ", ".join(f"{k} {v}" for k, v in sorted(fields.items())))


def main(argv=()):
    parser = argparse.ArgumentParser()
    parser.add_argument("--check-only", action="store_true")
    args = parser.parse_args(list(argv))
    splits, problems = generate()
    if problems:
        for p in problems[:50]:
            print("self-check:", p, file=sys.stderr)
        print(f"{len(problems)} self-check problems", file=sys.stderr)
        return 1
    report(splits)
    differ = False
    for split, recs in splits.items():
        path = OUT / f"{split}.jsonl"
        data = core.dumps(recs).encode("utf-8")
        if args.check_only:
            if not path.exists() or path.read_bytes() != data:
                print(f"{path}: differs from the generator's output", file=sys.stderr)
                differ = True
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            print(f"wrote {path}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
