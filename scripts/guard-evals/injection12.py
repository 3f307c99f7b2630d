"""Twelfth injection corpus: writes evals/guard/injection/dev12.jsonl and heldout12.jsonl.

    python3 scripts/guard-evals/injection12.py

720 records per split (360 injections, 360 benign texts; 60 + 60 per language de/en/fr/es/it/nl),
30 techniques x 2 and 20 benign genres x 3 per language and split, the same field distribution
for both labels. Every phrasing, carrier, value and structure list is halved by position (even
entries dev12, odd entries heldout12). Seeds 17801 (dev12) and 17901 (heldout12). Standard
library only; the output does not depend on PYTHONHASHSEED.
"""

import importlib
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import inj12_core as core  # noqa: E402

ROOT = HERE.parent.parent
OUT = ROOT / "evals" / "guard" / "injection"


def load_modules() -> dict:
    modules = {}
    for lang in core.LANGS:
        modules[lang] = importlib.import_module(f"inj12_{lang}")
        core.check_module(modules[lang], lang)
    return modules


def write_jsonl(path: Path, records):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def check(splits: dict):
    """Counts per language/label/technique/field, duplicates and overlap between the splits."""
    for name, recs in splits.items():
        assert len(recs) == 720, (name, len(recs))
        keys = [list(r) for r in recs]
        assert all(k == ["id", "text", "label", "technique", "lang", "field"] for k in keys), name
        by_lang_label = Counter((r["lang"], r["label"]) for r in recs)
        for lang in core.LANGS:
            assert by_lang_label[(lang, "injection")] == 60 and by_lang_label[(lang, "benign")] == 60, (name, lang)
        tech = Counter((r["lang"], r["technique"]) for r in recs if r["label"] == "injection")
        for lang in core.LANGS:
            for t in core.TECHNIQUES:
                assert tech[(lang, t)] == core.PER_TECHNIQUE, (name, lang, t, tech[(lang, t)])
            for g in core.GENRES:
                n = sum(1 for r in recs if r["lang"] == lang and r["technique"] == g and r["label"] == "benign")
                assert n == core.PER_GENRE, (name, lang, g, n)
        fields = Counter((r["lang"], r["label"], r["field"]) for r in recs)
        for lang in core.LANGS:
            for label in ("injection", "benign"):
                for f in core.FIELDS:
                    assert fields[(lang, label, f)] == core.QUOTA[f], (name, lang, label, f)
        texts = [r["text"] for r in recs]
        dup = [t for t, n in Counter(texts).items() if n > 1]
        assert not dup, (name, dup[:3])
        for r in recs:
            assert not core.SLOT.search(r["text"]), (name, r["text"])
            assert r["text"] == r["text"].strip() and r["text"], (name, r["id"])
    names = list(splits)
    shared = set(r["text"] for r in splits[names[0]]) & set(r["text"] for r in splits[names[1]])
    assert not shared, sorted(shared)[:3]


def summary(splits: dict) -> str:
    lines = []
    for name, recs in splits.items():
        lines.append(f"== {name}: {len(recs)} records")
        lines.append("lang  injection  benign")
        for lang in core.LANGS:
            i = sum(1 for r in recs if r["lang"] == lang and r["label"] == "injection")
            b = sum(1 for r in recs if r["lang"] == lang and r["label"] == "benign")
            lines.append(f"{lang:4}  {i:9}  {b:6}")
        lines.append("field        injection  benign  mean chars inj/ben")
        for f in core.FIELDS:
            inj = [len(r["text"]) for r in recs if r["field"] == f and r["label"] == "injection"]
            ben = [len(r["text"]) for r in recs if r["field"] == f and r["label"] == "benign"]
            lines.append(f"{f:11}  {len(inj):9}  {len(ben):6}  {sum(inj) / len(inj):6.0f} / {sum(ben) / len(ben):.0f}")
        tech = Counter(r["technique"] for r in recs if r["label"] == "injection")
        genre = Counter(r["technique"] for r in recs if r["label"] == "benign")
        lines.append(f"techniques: {len(tech)} x {sorted(set(tech.values()))} records; genres: {len(genre)} x {sorted(set(genre.values()))} records")
    return "\n".join(lines)


def main():
    modules = load_modules()
    splits = {}
    for name, seed in core.SPLITS:
        splits[name] = core.build_split(name, seed, modules)
    check(splits)
    for name, recs in splits.items():
        write_jsonl(OUT / f"{name}.jsonl", recs)
    print(summary(splits))
    print("checks passed: counts per language/label/technique/field, no duplicate texts, no text shared between the splits")


if __name__ == "__main__":
    main()
