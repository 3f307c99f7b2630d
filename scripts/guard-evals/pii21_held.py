"""Build the heldout half of the twenty-first PII bank: evals/guard/pii/heldout21.jsonl.

    python3 scripts/guard-evals/pii21_held.py               # write the file
    python3 scripts/guard-evals/pii21_held.py --check-only  # rebuild in memory, exit 1 if the file differs

500 English then 500 German texts (per language 400 with personal data in 30 genres and 100
without in 10 genres). Seeds: en 210201, de 210202. Standard library only; every rendering passes
the self-checks in pii21_held_core.problems or is drawn again. Written without reading the
recognizers, the other banks or the other half (dev21).
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pii21_held_core as C  # noqa: E402
import pii21_held_de as DE  # noqa: E402
import pii21_held_en as EN  # noqa: E402

OUT = HERE.parent.parent / "evals" / "guard" / "pii" / "heldout21.jsonl"
SEEDS = {"en": 210201, "de": 210202}
PER_PROSE, PER_LAYOUT, PER_CLEAN = 14, 12, 10
EXTRA_LAYOUT = 6  # the first six layout genres get one text more: 17*14 + 13*12 + 6 = 400
MAX_TRIES = 400


def plan(mod):
    counts = []
    for g in mod.PROSE:
        counts.append((g, PER_PROSE, False))
    for i, g in enumerate(mod.LAYOUT):
        counts.append((g, PER_LAYOUT + (1 if i < EXTRA_LAYOUT else 0), False))
    for g in mod.CLEAN_PROSE + mod.CLEAN_LAYOUT:
        counts.append((g, PER_CLEAN, True))
    return counts


def render_one(rng, lang, template, clean, genre):
    country = None
    m = re.match(r"§([A-Z]{2})§", template)
    if m:
        country, template = m.group(1), template[m.end():]
    ctx = C.Ctx(rng, lang, cue=(genre != "prose_mention"))
    ctx.country = country
    text, ents = C.render(template, ctx)
    return text, ents, ctx.persons


def build_lang(lang):
    mod = EN if lang == "en" else DE
    rng = random.Random(SEEDS[lang])
    items = []
    for genre, n, clean in plan(mod):
        items += [(genre, clean)] * n
    rng.shuffle(items)
    order = {}
    for genre, n, clean in plan(mod):
        templates = (mod.CLEAN if clean else mod.PII)[genre]
        assert len(templates) >= 4, (lang, genre)
        idx = list(range(len(templates)))
        rng.shuffle(idx)
        order[genre] = [templates, idx, 0]
    records, seen, stats = [], set(), Counter()
    for genre, clean in items:
        templates, idx, k = order[genre]
        template = templates[idx[k % len(idx)]]
        order[genre][2] = k + 1
        for _ in range(MAX_TRIES):
            text, ents, persons = render_one(rng, lang, template, clean, genre)
            bad = C.problems(text, ents, persons)
            if clean and (ents or persons):
                bad.append("clean text with entities")
            if not clean and not ents:
                bad.append("no entity")
            if text in seen:
                bad.append("duplicate")
            if genre == "sql_dump" and any("'" in e["value"] for e in ents):
                bad.append("quote in sql string")
            if not bad:
                break
        else:
            raise RuntimeError(f"{lang}/{genre}: no valid rendering of {template[:60]!r}: {bad}")
        seen.add(text)
        labelled = [p for p in persons if any(e["type"] == "PERSON" and (p.first.lower() in e["value"].lower() or p.last.lower() in e["value"].lower()) for e in ents)]
        stats["persons"] += len(labelled)
        stats["invented"] += sum(1 for p in labelled if p.invented)
        for p in labelled:
            stats["origin:" + p.origin] += 1
        records.append({"genre": genre, "text": text, "entities": ents})
    out = []
    for i, r in enumerate(records, 1):
        out.append({"id": f"pii-heldout21-{lang}-{i:04d}", "text": r["text"], "lang": lang, "genre": r["genre"],
                    "entities": r["entities"]})
    return out, stats


def build():
    records, stats = [], {}
    for lang in ("en", "de"):
        recs, st = build_lang(lang)
        records += recs
        stats[lang] = st
    verify(records)
    return records, stats


def verify(records):
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)) == 1000
    texts = [r["text"] for r in records]
    assert len(texts) == len(set(texts))
    for lang in ("en", "de"):
        rs = [r for r in records if r["lang"] == lang]
        assert len(rs) == 500
        assert sum(1 for r in rs if r["entities"]) == 400
        mod = EN if lang == "en" else DE
        per = Counter(r["genre"] for r in rs)
        for genre, n, clean in plan(mod):
            assert per[genre] == n, (lang, genre, per[genre], n)
            for r in rs:
                if r["genre"] == genre:
                    assert bool(r["entities"]) != clean
        for r in rs:
            for e in r["entities"]:
                assert r["text"][e["start"]:e["end"]] == e["value"]


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def summary(records, stats):
    lines = []
    types = sorted({e["type"] for r in records for e in r["entities"]})
    for lang in ("en", "de"):
        c = Counter(e["type"] for r in records if r["lang"] == lang for e in r["entities"])
        lines.append(f"{lang}: " + ", ".join(f"{t} {c[t]}" for t in types) + f", total {sum(c.values())}")
        st = stats[lang]
        origins = sorted(k for k in st if k.startswith("origin:") and k != "origin:invented")
        lines.append(f"{lang}: labelled people {st['persons']}, invented {st['invented']} "
                     f"({100 * st['invented'] / max(1, st['persons']):.1f} %), origins {len(origins)}")
    return "\n".join(lines)


def main(argv=()):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check-only", action="store_true")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args(list(argv))
    records, stats = build()
    data = serialise(records)
    again = serialise(build()[0])
    if again != data:
        print("second in-process build differs", file=sys.stderr)
        return 1
    if args.check_only:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != data:
            print(f"{OUT} differs from a fresh build", file=sys.stderr)
            return 1
        print(f"{OUT}: up to date")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(data, encoding="utf-8")
    print(f"wrote {OUT} ({len(records)} texts)")
    if args.stats:
        print(summary(records, stats))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
