"""Twelfth PII bank: writes evals/guard/pii/dev12.jsonl and heldout12.jsonl.

Run from the repository root: `python3 scripts/guard-evals/pii12.py`. Output is byte-identical on
every run (fixed seeds, no set iteration); self-checks run before anything is written.
"""

import hashlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import common  # noqa: E402
import pii12_core as core  # noqa: E402
import pii12_de  # noqa: E402
import pii12_en  # noqa: E402

ROOT = HERE.parent.parent
OUT = ROOT / "evals" / "guard" / "pii"
MODULES = {"en": pii12_en, "de": pii12_de}
SEEDS = {("dev12", "en"): 120_001, ("dev12", "de"): 120_002, ("heldout12", "en"): 120_101, ("heldout12", "de"): 120_102}


def build():
    used = {}
    out = {}
    for split in core.SPLITS:
        records = []
        for lang in ["en", "de"]:
            m = MODULES[lang]
            records += core.build_split(split, lang, SEEDS[(split, lang)], m.GENRES, m.NOPII, m.PHRASES, used)
        out[split] = records
    return out, used


def self_check(out, used):
    # templates and phrases: every list split into two non-empty halves, nothing used in both splits
    for lang, m in MODULES.items():
        for table in (m.GENRES, m.NOPII, m.PHRASES):
            for name, items in table.items():
                assert len(items) >= 2, (lang, name)
                dev, held = core.half(items, "dev12"), core.half(items, "heldout12")
                assert not set(dev) & set(held), (lang, name)
        assert set(m.GENRES) == set(MODULES["en"].GENRES) and set(m.NOPII) == set(MODULES["en"].NOPII)
    both = [k for k, splits in sorted(used.items(), key=lambda kv: repr(kv[0])) if len(splits) > 1]
    assert not both, both[:3]
    texts = {s: {r["text"] for r in recs} for s, recs in out.items()}
    assert not texts["dev12"] & texts["heldout12"], "a text occurs in both splits"
    for split, recs in out.items():
        ids = [r["id"] for r in recs]
        assert len(ids) == len(set(ids))
        for lang in ["en", "de"]:
            mine = [r for r in recs if r["lang"] == lang]
            assert len(mine) == 500, (split, lang, len(mine))
            assert sum(1 for r in mine if r["entities"]) == 400, (split, lang)
        for r in recs:
            expect = r["genre"] in MODULES[r["lang"]].GENRES
            core.check_record(r, expect)


def table(out):
    rows = []
    header = ["split", "lang", "texts", "with PII"] + core.TYPES + ["total"]
    for split in core.SPLITS:
        for lang in ["en", "de"]:
            recs = [r for r in out[split] if r["lang"] == lang]
            counts = {t: 0 for t in core.TYPES}
            for r in recs:
                for e in r["entities"]:
                    counts[e["type"]] += 1
            rows.append([split, lang, str(len(recs)), str(sum(1 for r in recs if r["entities"]))] + [str(counts[t]) for t in core.TYPES] + [str(sum(counts.values()))])
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def main():
    out, used = build()
    self_check(out, used)
    again, _ = build()
    assert again == out, "generation is not deterministic"
    for split, recs in out.items():
        path = OUT / f"{split}.jsonl"
        common.write_jsonl(path, recs)
        print(f"wrote {path.relative_to(ROOT)} ({len(recs)} records, sha256 {hashlib.sha256(path.read_bytes()).hexdigest()[:16]})")
    print(table(out))
    genres = sorted({(r["lang"], r["genre"]) for recs in out.values() for r in recs})
    print(f"genres: {len({g for _, g in genres})} ({len(MODULES['en'].GENRES)} with personal data, {len(MODULES['en'].NOPII)} without)")
    print("self-checks passed")


if __name__ == "__main__":
    main()
