"""Heldout half of the twenty-fourth PII bank: evals/guard/pii/heldout24.jsonl.

    python3 scripts/guard-evals/pii24_held.py               # writes the file
    python3 scripts/guard-evals/pii24_held.py --check-only  # rebuilds in memory, exit 1 if the file differs
    python3 scripts/guard-evals/pii24_held.py --stats       # counts per type, genre and language, sha256

500 English then 500 German texts; per language 400 with personal data in 30 genres and 100
without in 10 genres. Standard library only, seeded (en 240201, de 240202), byte-identical on every
run. A rendering that fails a self-check is drawn again.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pii24_held_core as C  # noqa: E402
import pii24_held_de as DE  # noqa: E402
import pii24_held_en as EN  # noqa: E402

OUT = HERE.parent.parent / "evals" / "guard" / "pii" / "heldout24.jsonl"
SEEDS = {"en": 240201, "de": 240202}
MODULES = {"en": EN, "de": DE}
COUNTRIES = {
    "en": [("GB", 34), ("US", 28), ("IE", 16), ("DE", 6), ("FR", 4), ("NL", 4), ("IT", 3), ("AT", 2), ("CH", 3)],
    "de": [("DE", 60), ("AT", 17), ("CH", 14), ("FR", 3), ("IT", 3), ("NL", 3)],
}
NO_INVENTED = {"name_mention"}  # names without any cue: list names only
PII_TOTAL, CLEAN_PER_GENRE = 400, 10


def plan(mod):
    """(genre, kind, count) in a fixed order: prose genres first get the remainder."""
    genres = list(mod.GENRES.items())
    assert len(genres) == 30, len(genres)
    layout = [(g, k, 12) for g, (k, _) in genres if k == "layout"]
    prose = [g for g, (k, _) in genres if k == "prose"]
    left = PII_TOTAL - sum(n for _, _, n in layout)
    base, extra = divmod(left, len(prose))
    rows = [(g, "prose", base + (1 if i < extra else 0)) for i, g in enumerate(prose)]
    assert len(mod.CLEAN) == 10
    return rows + layout + [(g, "clean", CLEAN_PER_GENRE) for g in mod.CLEAN]


def build_lang(lang):
    rng = random.Random(SEEDS[lang])
    mod = MODULES[lang]
    slots = []
    for genre, kind, n in plan(mod):
        temps = mod.CLEAN[genre] if kind == "clean" else mod.GENRES[genre][1]
        offset = rng.randrange(len(temps))
        for i in range(n):
            slots.append((genre, kind, temps[(offset + i) % len(temps)]))
    rng.shuffle(slots)
    records, seen = [], set()
    for genre, kind, template in slots:
        has_pii = kind != "clean"
        for attempt in range(200):
            t = template
            cc = C.wchoice(rng, COUNTRIES[lang])
            if t.startswith("@") and t[3] == " ":
                cc, t = t[1:3], t[4:]
            ctx = C.Ctx(rng, lang, cc, allow_invented=has_pii and genre not in NO_INVENTED)
            text, spans = C.render(t, ctx)
            if text in seen or C.problems(text, spans, has_pii):
                continue
            break
        else:
            raise RuntimeError(f"{lang} {genre}: no valid rendering of {template!r}: {C.problems(text, spans, has_pii)}")
        seen.add(text)
        records.append({"genre": genre, "text": text, "entities": spans,
                        "_invented": sum(1 for p in ctx.people.values() if p.invented),
                        "_people": len(ctx.people)})
    return records


def build():
    out = []
    for lang in ("en", "de"):
        for i, r in enumerate(build_lang(lang), 1):
            out.append({"id": f"pii-heldout24-{lang}-{i:04d}", "text": r["text"], "lang": lang, "genre": r["genre"],
                        "entities": r["entities"], "_invented": r["_invented"], "_people": r["_people"]})
    return out


def serialise(records):
    lines = []
    for r in records:
        clean = {k: v for k, v in r.items() if not k.startswith("_")}
        lines.append(json.dumps(clean, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


def verify(records):
    """Whole-file checks on top of the per-text ones in the redraw loop."""
    errors = []
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids) or len(ids) != 1000:
        errors.append("ids")
    texts = [r["text"] for r in records]
    if len(set(texts)) != len(texts):
        errors.append("duplicate text")
    for lang in ("en", "de"):
        rs = [r for r in records if r["lang"] == lang]
        if len(rs) != 500:
            errors.append(f"{lang}: {len(rs)} texts")
        if sum(1 for r in rs if r["entities"]) != 400:
            errors.append(f"{lang}: texts with spans")
        counts = {}
        for r in rs:
            counts[r["genre"]] = counts.get(r["genre"], 0) + 1
        for genre, kind, n in plan(MODULES[lang]):
            if counts.get(genre) != n:
                errors.append(f"{lang} {genre}: {counts.get(genre)} != {n}")
            if kind == "clean" and any(r["entities"] for r in rs if r["genre"] == genre):
                errors.append(f"{lang} {genre}: spans in clean genre")
    for r in records:
        p = C.problems(r["text"], r["entities"], r["genre"] in MODULES[r["lang"]].GENRES)
        if p:
            errors.append(f"{r['id']}: {p}")
    return errors


def stats(records, data):
    types = ["PERSON", "STREET_ADDRESS", "PHONE", "EMAIL", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID"]
    print("| type | en | de |")
    print("| --- | ---: | ---: |")
    for t in types:
        n = {lang: sum(1 for r in records if r["lang"] == lang for e in r["entities"] if e["type"] == t) for lang in ("en", "de")}
        print(f"| {t} | {n['en']} | {n['de']} |")
    for lang in ("en", "de"):
        rs = [r for r in records if r["lang"] == lang]
        people = sum(r["_people"] for r in rs)
        inv = sum(r["_invented"] for r in rs)
        print(f"{lang}: people {people}, invented {inv} ({100 * inv / max(people, 1):.1f} %)")
    print("sha256", hashlib.sha256(data).hexdigest())


def main(argv=()):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check-only", action="store_true")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args(list(argv))
    records = build()
    data = serialise(records)
    if serialise(build()) != data:
        print("second build differs", file=sys.stderr)
        return 1
    errors = verify(records)
    if errors:
        print("\n".join(errors[:40]), file=sys.stderr)
        return 1
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print(f"{OUT} differs from the generator", file=sys.stderr)
            return 1
        print(f"{OUT.name}: up to date ({hashlib.sha256(data).hexdigest()})")
        return 0
    if args.stats:
        stats(records, data)
        return 0
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(records)} texts, sha256 {hashlib.sha256(data).hexdigest()})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
