"""Generate the heldout25 half of the twenty-fifth PII bank: evals/guard/pii/heldout25.jsonl.

    python3 scripts/guard-evals/pii25_held.py               # build, self-check, write
    python3 scripts/guard-evals/pii25_held.py --check-only  # rebuild in memory, exit 1 if the file differs
    python3 scripts/guard-evals/pii25_held.py --stats       # also print counts per type, genre and language

500 English then 500 German texts (`pii-heldout25-en-0001` … `pii-heldout25-de-0500`); per language
400 with personal data in 30 genres and 100 without in 10 genres. Seeds: en 250201, de 250202.
Standard library only; the same bytes under any PYTHONHASHSEED. A rendering that fails a self-check
is drawn again.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii25_held_core as core  # noqa: E402
import pii25_held_de as de  # noqa: E402
import pii25_held_en as en  # noqa: E402
import pii25_held_layouts as layouts  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "evals" / "guard" / "pii" / "heldout25.jsonl"
SEEDS = {"en": 250201, "de": 250202}
MODULES = {"en": en, "de": de}
PER_LANG = 500
PII_TEXTS = 400
CLEAN_TEXTS = 100
MAX_TRIES = 400


def genre_plan(lang):
    """[(genre, kind, templates, count)] in a fixed order; kind is 'prose' or 'layout'."""
    mod = MODULES[lang]
    pii = [(g, "prose", t) for g, t in mod.PII.items()] + [(g, "layout", t) for g, t in layouts.LAYOUTS.items()]
    clean = [(g, "prose", t) for g, t in mod.CLEAN.items()] + [(g, "layout", t) for g, t in layouts.CLEAN_LAYOUTS.items()]
    assert len(pii) == 30 and len(clean) == 10, (len(pii), len(clean))
    base, extra = divmod(PII_TEXTS, len(pii))
    plan = []
    for i, (g, kind, t) in enumerate(pii):
        plan.append((g, kind, t, base + (1 if i < extra else 0), False))
    for g, kind, t in clean:
        plan.append((g, kind, t, CLEAN_TEXTS // len(clean), True))
    return plan


def render_one(rng, lang, entry, kind, genre):
    if kind == "layout":
        ctx = core.Ctx(rng, lang)
        tpl = entry(rng, lang)
    elif isinstance(entry, tuple):
        tpl, opts = entry
        ctx = core.Ctx(rng, lang, region=opts.get("region"), nocue=opts.get("nocue", False))
    else:
        tpl = entry
        ctx = core.Ctx(rng, lang)
    text, spans = core.render(ctx, tpl)
    return text, spans, ctx.people


def extra_check(genre, spans):
    if genre == "sql_dump" and any("'" in v for _, _, _, v in spans):
        return "apostrophe in sql"
    if genre in ("json_export", "feed_row", "html_form", "yaml_record") and any('"' in v for _, _, _, v in spans):
        return "quote in value"
    return None


def build_lang(lang, stats):
    rng = random.Random(SEEDS[lang])
    plan = genre_plan(lang)
    jobs = []
    for g, kind, tpls, count, clean in plan:
        start = rng.randrange(len(tpls))
        for i in range(count):
            jobs.append((g, kind, tpls[(start + i) % len(tpls)], clean))
    rng.shuffle(jobs)
    seen = {}
    records = []
    for n, (g, kind, entry, clean) in enumerate(jobs, 1):
        for _ in range(MAX_TRIES):
            text, spans, people = render_one(rng, lang, entry, kind, g)
            reason = core.check(text, spans, people, clean) or extra_check(g, spans)
            if reason is None and text in seen:
                reason = "duplicate"
            stats["redraws"][reason] = stats["redraws"].get(reason, 0) + (reason is not None)
            if reason is None:
                break
        else:
            raise RuntimeError(f"{lang} {g}: no valid rendering ({reason})")
        seen[text] = True
        if not clean:
            stats["people"] += len(people)
            stats["invented"] += sum(1 for p in people if p.invented)
        records.append({
            "id": f"pii-heldout25-{lang}-{n:04d}",
            "text": text,
            "lang": lang,
            "genre": g,
            "entities": [{"type": t, "start": s, "end": e, "value": v} for t, s, e, v in spans],
        })
    return records


def build():
    stats = {"redraws": {}, "people": 0, "invented": 0}
    records = []
    for lang in ("en", "de"):
        records += build_lang(lang, stats)
    final_checks(records)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return data, records, stats


def final_checks(records):
    ids = [r["id"] for r in records]
    assert len(ids) == len(dict.fromkeys(ids)) == 2 * PER_LANG, "ids"
    texts = [r["text"] for r in records]
    assert len(texts) == len(dict.fromkeys(texts)), "duplicate text"
    for lang in ("en", "de"):
        rs = [r for r in records if r["lang"] == lang]
        assert len(rs) == PER_LANG
        assert sum(1 for r in rs if r["entities"]) == PII_TEXTS
        assert sum(1 for r in rs if not r["entities"]) == CLEAN_TEXTS
        counts = {}
        for r in rs:
            counts[r["genre"]] = counts.get(r["genre"], 0) + 1
        for g, kind, t, count, clean in genre_plan(lang):
            assert counts.get(g) == count, (lang, g, counts.get(g), count)
            assert len(t) >= 4, (lang, g)
    assert [r["lang"] for r in records] == ["en"] * PER_LANG + ["de"] * PER_LANG
    for r in records:
        spans = [(e["type"], e["start"], e["end"], e["value"]) for e in r["entities"]]
        for t, s, e, v in spans:
            assert r["text"][s:e] == v, r["id"]
        reason = core.check(r["text"], spans, [], not spans)
        assert reason is None, (r["id"], reason)


def print_stats(records, stats):
    types = {}
    genres = {}
    for r in records:
        genres.setdefault(r["genre"], {"en": 0, "de": 0})[r["lang"]] += 1
        for e in r["entities"]:
            types.setdefault(e["type"], {"en": 0, "de": 0})[e["lang"] if "lang" in e else r["lang"]] += 1
    print("type\ten\tde")
    for t in sorted(types):
        print(f"{t}\t{types[t]['en']}\t{types[t]['de']}")
    print("genre\ten\tde")
    for g in genres:
        print(f"{g}\t{genres[g]['en']}\t{genres[g]['de']}")
    print(f"people {stats['people']}, invented {stats['invented']} ({100 * stats['invented'] / max(1, stats['people']):.1f} %)")
    print("redraws", {k: v for k, v in sorted(stats["redraws"].items(), key=lambda kv: str(kv[0])) if k})


def main(argv=()):
    ap = argparse.ArgumentParser(description="heldout25 half of the twenty-fifth PII bank")
    ap.add_argument("--check-only", action="store_true", help="rebuild in memory; exit 1 if the file differs")
    ap.add_argument("--stats", action="store_true", help="print counts per type, genre and language")
    args = ap.parse_args(list(argv))
    data, records, stats = build()
    data2, _, _ = build()
    if data != data2:
        print("second build differs", file=sys.stderr)
        return 1
    if args.stats:
        print_stats(records, stats)
    if args.check_only:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else None
        if current != data:
            print(f"{OUT} differs from the generator's output", file=sys.stderr)
            return 1
        print(f"{OUT.name}: up to date ({len(records)} texts)")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(data, encoding="utf-8")
    print(f"wrote {OUT} ({len(records)} texts)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
