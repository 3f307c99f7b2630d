"""Seventh, independent injection corpus: dev7 and heldout7.

    python3 scripts/guard-evals/injection7.py

writes evals/guard/injection/dev7.jsonl (seed 11701) and evals/guard/injection/heldout7.jsonl
(seed 11801), 360 injections and 360 benign texts each, 60 + 60 per language (de, en, fr, es,
it, nl). Phrasings, carriers, wrappers and benign templates live in `inj7_core.py` and
`inj7_<lang>.py`; every list is split by position parity (even: dev7, odd: heldout7), so the
two splits share no phrasing. `inj7_build.py` assembles the records.
"""

import sys

sys.dont_write_bytecode = True

from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import write_jsonl  # noqa: E402
from inj7_build import build  # noqa: E402

ROOT = HERE.parent.parent
OUT = ROOT / "evals" / "guard" / "injection"
SPLITS = {"dev7": 11701, "heldout7": 11801}


def summary(name, records):
    print(f"== {name}: {len(records)} records")
    for key in ("label", "lang", "field"):
        c = Counter(r[key] for r in records)
        print(f"  {key}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    for label in ("injection", "benign"):
        c = Counter(r["technique"] for r in records if r["label"] == label)
        print(f"  {label} technique: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))


def main():
    texts = {}
    for name, seed in SPLITS.items():
        records = build(name, seed)
        write_jsonl(OUT / f"{name}.jsonl", records)
        summary(name, records)
        texts[name] = {r["text"] for r in records}
    shared = texts["dev7"] & texts["heldout7"]
    if shared:
        raise SystemExit(f"{len(shared)} texts occur in both splits")


if __name__ == "__main__":
    main()
