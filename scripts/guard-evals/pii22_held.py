"""Heldout half of the twenty-second PII bank: evals/guard/pii/heldout22.jsonl.

    python3 scripts/guard-evals/pii22_held.py               # write the file
    python3 scripts/guard-evals/pii22_held.py --check-only  # rebuild in memory, exit 1 if it differs

500 English then 500 German texts (per language 400 with personal data in 30 genres and 100
without in 10 genres). Seeds: en 220201, de 220202. Standard library only.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii22_held_core as core  # noqa: E402
import pii22_held_de as de  # noqa: E402
import pii22_held_en as en  # noqa: E402

SEEDS = {"en": 220201, "de": 220202}
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii" / "heldout22.jsonl"
N_PII, N_CLEAN = 400, 100
NOCUE = {"prose_mention"}
NO_APOSTROPHE = {"sql_dump"}
MAX_TRIES = 400


def quotas(genres, total):
    base, extra = divmod(total, len(genres))
    return [base + (1 if i < extra else 0) for i in range(len(genres))]


def build_lang(lang, pool, stats):
    mod = en if lang == "en" else de
    rng = random.Random(SEEDS[lang])
    jobs = []
    for group, total, has_pii in ((mod.GENRES, N_PII, True), (mod.CLEAN, N_CLEAN, False)):
        for (genre, kind, templates), n in zip(group, quotas(group, total)):
            order = list(range(len(templates)))
            rng.shuffle(order)
            for i in range(n):
                jobs.append((genre, kind, has_pii, templates[order[i % len(order)]]))
    rng.shuffle(jobs)
    seen = set()
    records = []
    for genre, kind, has_pii, template in jobs:
        for _ in range(MAX_TRIES):
            ctx = core.Ctx(rng, pool, lang, cue=genre not in NOCUE)
            text, ents = core.render(template, ctx)
            probs = core.check_record(text, ents, has_pii)
            if genre in NO_APOSTROPHE and any("'" in e["value"] for e in ents if e["type"] == "PERSON"):
                probs.append("apostrophe in sql")
            if text in seen:
                probs.append("duplicate")
            if not probs:
                break
            stats["redraws"] = stats.get("redraws", 0) + 1
        else:
            raise RuntimeError(f"{lang}/{genre}: no valid rendering of {template!r}: {probs}")
        seen.add(text)
        for p in ctx.persons:
            if any(e["type"] == "PERSON" for e in ents):
                stats.setdefault(lang + ":persons", 0)
                stats[lang + ":persons"] += 1
                stats[lang + ":invented"] = stats.get(lang + ":invented", 0) + (1 if p.invented else 0)
        records.append({"lang": lang, "genre": genre, "kind": kind, "text": text, "entities": ents})
    return records


def build():
    pool = core.NamePool()
    stats = {}
    out = []
    for lang in ("en", "de"):
        recs = build_lang(lang, pool, stats)
        for i, r in enumerate(recs, 1):
            out.append({"id": f"pii-heldout22-{lang}-{i:04d}", "text": r["text"], "lang": lang, "genre": r["genre"], "entities": r["entities"]})
    return out, stats


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def verify(records):
    """Checks over the whole set; raises AssertionError."""
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)) == 1000
    texts = [r["text"] for r in records]
    assert len(set(texts)) == len(texts), "duplicate text"
    for lang, mod in (("en", en), ("de", de)):
        rs = [r for r in records if r["lang"] == lang]
        assert len(rs) == 500
        assert sum(1 for r in rs if r["entities"]) == N_PII
        for group, total in ((mod.GENRES, N_PII), (mod.CLEAN, N_CLEAN)):
            for (genre, _, templates), n in zip(group, quotas(group, total)):
                assert len(templates) >= 4, genre
                assert sum(1 for r in rs if r["genre"] == genre) == n, genre
        assert len(mod.GENRES) == 30 and len(mod.CLEAN) == 10
        assert not {g for g, _, _ in mod.GENRES} & {g for g, _, _ in mod.CLEAN}
    for r in records:
        probs = core.check_record(r["text"], r["entities"], bool(r["entities"]))
        assert not probs, (r["id"], probs)


def main(argv=()):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check-only", action="store_true", help="rebuild in memory and compare, write nothing")
    ap.add_argument("--stats", action="store_true", help="print counts per type and language")
    args = ap.parse_args(list(argv))
    records, stats = build()
    verify(records)
    data = serialise(records)
    again, _ = build()
    if serialise(again) != data:
        print("second in-process build differs", file=sys.stderr)
        return 1
    if args.stats:
        counts = {}
        for r in records:
            for e in r["entities"]:
                counts[(e["type"], r["lang"])] = counts.get((e["type"], r["lang"]), 0) + 1
        for t in sorted({t for t, _ in counts}):
            print(f"{t}\t{counts.get((t, 'en'), 0)}\t{counts.get((t, 'de'), 0)}")
        print(json.dumps(stats, sort_keys=True))
    if args.check_only:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else None
        if current != data:
            print(f"{OUT} differs from what the generator makes", file=sys.stderr)
            return 1
        print(f"{OUT.name}: up to date")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    print(f"wrote {OUT} ({len(records)} texts)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
