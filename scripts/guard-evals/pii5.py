"""Fifth PII bank (dev5 / heldout5): 500 English + 500 German texts per split, 400 with personal
data and 100 without (hard distractors only).

    python3 scripts/guard-evals/pii5.py   # writes evals/guard/pii/dev5.jsonl and heldout5.jsonl

Every genre's template list and every layout-variant list is split by position parity: even
positions are dev5's, odd ones heldout5's, so the splits share no template. Seeds: dev5 10501 (en)
/ 10502 (de), heldout5 10601 / 10602. Standard library only; names are read from the pinned Faker
wheel (see fetch.py). The output is byte-identical on every run.
"""

import random
import sys
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii5_clean  # noqa: E402
import pii5_de  # noqa: E402
import pii5_en  # noqa: E402
from common import write_jsonl  # noqa: E402
from pii5_core import TYPES, Ctx, assemble, check  # noqa: E402
from pii5_layouts import LAYOUTS  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "evals" / "guard" / "pii"
SPLITS = [("dev5", 0, {"en": 10501, "de": 10502}), ("heldout5", 1, {"en": 10601, "de": 10602})]
N_PII, N_CLEAN = 400, 100
WEIGHTS = {"payment": 2}
BANKS = {"en": pii5_en.GENRES, "de": pii5_de.GENRES}


def render(template, ctx):
    if isinstance(template, str):
        return ctx.fill(template)
    if callable(template):
        return template(ctx)
    pieces = []
    for part in template:
        pieces.extend(render(part, ctx))
    return pieces


def quotas(names, total, weights):
    units = sum(weights.get(g, 1) for g in names)
    base = {g: total * weights.get(g, 1) // units for g in names}
    rest = total - sum(base.values())
    for g in names[:rest]:
        base[g] += 1
    return base


def build(lang, split, seed, split_name):
    rng = random.Random(seed)
    genres = BANKS[lang]
    names = list(genres)
    jobs = []
    for g, n in quotas(names, N_PII, WEIGHTS).items():
        half = genres[g][split::2]
        assert len(half) >= 5, (lang, g, len(half))
        jobs += [("pii", g, half[k % len(half)]) for k in range(n)]
    clean = pii5_clean.CLEAN[lang]
    cnames = list(clean)
    for g, n in quotas(cnames, N_CLEAN, {}).items():
        half = clean[g][split::2]
        jobs += [("clean", g, half) for _ in range(n)]
    rng.shuffle(jobs)
    records, seen = [], set()
    for i, (kind, genre, tpl) in enumerate(jobs, 1):
        for _attempt in range(50):
            ctx = Ctx(rng, lang, split, LAYOUTS)
            if kind == "pii":
                text, ents = assemble(render(tpl, ctx))
            else:
                k = rng.choice([1, 1, 2])
                parts = rng.sample(tpl, k)
                text, ents = assemble(render("\n\n".join(parts), ctx))
                assert not ents, text
            if text not in seen:
                break
        else:
            raise SystemExit(f"could not make a unique text for {genre}")
        seen.add(text)
        if kind == "pii":
            assert ents, (genre, text)
        records.append({"id": f"pii-{split_name}-{lang}-{i:04d}", "text": text, "lang": lang, "genre": genre, "entities": ents,
                        "_invented": sum(p.invented for p in ctx.people.values()), "_people": sum(k[0] in "pr" for k in ctx.people)})
    return records


def main():
    all_texts = {}
    for split_name, split, seeds in SPLITS:
        recs = []
        for lang in ("en", "de"):
            recs += build(lang, split, seeds[lang], split_name)
        inv = sum(r.pop("_invented") for r in recs)
        ppl = sum(r.pop("_people") for r in recs)
        ids = [r["id"] for r in recs]
        assert len(ids) == len(set(ids))
        for r in recs:
            assert list(r) == ["id", "text", "lang", "genre", "entities"]
            check(r["text"], r["entities"])
            for e in r["entities"]:
                assert list(e) == ["type", "start", "end", "value"] and e["type"] in TYPES
        all_texts[split_name] = {r["text"] for r in recs}
        write_jsonl(OUT / f"{split_name}.jsonl", recs)
        print(f"{split_name}: {len(recs)} records, invented names {inv}/{ppl} cue people")
        for lang in ("en", "de"):
            sub = [r for r in recs if r["lang"] == lang]
            c = Counter(e["type"] for r in sub for e in r["entities"])
            clean = sum(1 for r in sub if not r["entities"])
            print(f"  {lang}: {len(sub)} texts ({clean} without entities); " + ", ".join(f"{t} {c[t]}" for t in TYPES))
    overlap = all_texts["dev5"] & all_texts["heldout5"]
    assert not overlap, overlap
    return 0


if __name__ == "__main__":
    sys.exit(main())
