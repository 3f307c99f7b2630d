"""Sixteenth injection corpus: evals/guard/injection/dev16.jsonl and heldout16.jsonl.

    python3 scripts/guard-evals/injection16.py               # writes both files
    python3 scripts/guard-evals/injection16.py --check-only  # regenerates in memory, compares with the files on disk (exit 1 on a difference)
    python3 scripts/guard-evals/injection16.py --sample 30   # also prints 30 dev16 records (never held-out ones)

360 injections + 360 benign texts per split, 60 + 60 per language (de, en, fr, es, it, nl).
Standard library only; seeded; byte-identical on every run and under any PYTHONHASHSEED.
"""

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import inj16_core as core  # noqa: E402
import inj16_de  # noqa: E402
import inj16_en  # noqa: E402
import inj16_es  # noqa: E402
import inj16_fr  # noqa: E402
import inj16_it  # noqa: E402
import inj16_nl  # noqa: E402

ROOT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "injection"
MODS = [inj16_de, inj16_en, inj16_fr, inj16_es, inj16_it, inj16_nl]
ZW_CHARS = ["\u200b", "\u200c", "\u200d", "\u2060"]


def build_split(split: str):
    idx = core.SPLITS.index(split)
    seed = core.SEEDS[split]
    rows = []
    for mod in MODS:
        inj, ben = core.build_language(mod, MODS, idx, seed)
        for tech, field, text in inj:
            rows.append({"text": text, "label": "injection", "technique": tech, "lang": mod.LANG, "field": field})
        for genre, field, text in ben:
            rows.append({"text": text, "label": "benign", "technique": genre, "lang": mod.LANG, "field": field})
    random.Random(seed + 7).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"inj-{split}-{i:04d}", **r})
    return out


def check(splits: dict):
    texts = {s: [r["text"] for r in recs] for s, recs in splits.items()}
    for s, recs in splits.items():
        c = Counter((r["lang"], r["label"]) for r in recs)
        for lang in core.LANGS:
            assert c[(lang, "injection")] == 60 and c[(lang, "benign")] == 60, (s, lang, c)
        assert len(set(texts[s])) == len(texts[s]), f"duplicate text in {s}"
        for r in recs:
            assert "{" + "p}" not in r["text"] and "{url}" not in r["text"] and "{code}" not in r["text"], r
            assert r["field"] in ("title", "description", "review", "doc_chunk", "brief", "link"), r
            if r["label"] == "benign":
                assert not any(z in r["text"] for z in ZW_CHARS), r
                assert not any(ch in r["text"] for ch in core.HOMO.values()), r
    a, b = core.SPLITS
    shared = [t for t in texts[a] if t in texts[b]]
    assert not shared, shared[:3]
    # no list item of one half (its pieces of 30+ characters) occurs in a text of the other split
    for mod in MODS:
        for name, lst in core.list_items(mod):
            assert len(lst) == len(dict.fromkeys(lst)), (mod.LANG, name, "duplicate item")
            for idx, split in enumerate(core.SPLITS):
                other = core.half(lst, 1 - idx)
                joined = "\n".join(texts[split])
                for item in other:
                    for frag in core.fragments(item):
                        assert frag not in joined, (mod.LANG, name, split, frag)


def render(records) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def main(argv=()):
    ap = argparse.ArgumentParser()
    ap.add_argument("--check-only", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    args = ap.parse_args(list(argv))
    splits = {s: build_split(s) for s in core.SPLITS}
    check(splits)
    status = 0
    for s, recs in splits.items():
        data = render(recs)
        path = ROOT / f"{s}.jsonl"
        if args.check_only:
            same = path.exists() and path.read_bytes() == data
            print(f"{path.name}: {'identical' if same else 'DIFFERS'}")
            if not same:
                status = 1
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            c = Counter((r["label"]) for r in recs)
            print(f"injection/{s}: {len(recs)} records; " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    if args.sample:
        rng = random.Random(16)
        for r in rng.sample(splits["dev16"], args.sample):
            print(json.dumps(r, ensure_ascii=False))
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
