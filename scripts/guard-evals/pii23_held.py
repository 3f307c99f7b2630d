"""Generate the heldout half of the twenty-third PII bank: evals/guard/pii/heldout23.jsonl
(500 English then 500 German texts; per language 400 with personal data in 30 genres and 100
without in 10 genres).

    python3 scripts/guard-evals/pii23_held.py               # write the file
    python3 scripts/guard-evals/pii23_held.py --check-only  # rebuild in memory, exit 1 if the file differs
    python3 scripts/guard-evals/pii23_held.py --stats       # print counts

Seeds: en 230201, de 230202. Standard library only; no file but the jsonl is written.
"""

import argparse
import hashlib
import json
import os
import random
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import pii23_held_core as C  # noqa: E402
import pii23_held_de as DE  # noqa: E402
import pii23_held_en as EN  # noqa: E402
import pii23_held_names as N  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "evals", "guard", "pii", "heldout23.jsonl")
SEEDS = {"en": 230201, "de": 230202}
PROSE = EN.PROSE
LAYOUT = EN.LAYOUT
CLEAN_GENRES = list(EN.CLEAN)
NO_INVENTED = {"plain_mention"}
MAX_TRIES = 400


def plan(rng):
    """(genre, has_pii) slots of one language: 17 prose genres x 14 (the first six x 15),
    13 layout genres x 12, 10 clean genres x 10; shuffled."""
    slots = []
    for i, g in enumerate(PROSE):
        slots += [(g, True)] * (15 if i < 6 else 14)
    for g in LAYOUT:
        slots += [(g, True)] * 12
    for g in CLEAN_GENRES:
        slots += [(g, False)] * 10
    assert len(slots) == 500 and sum(1 for _, p in slots if p) == 400
    rng.shuffle(slots)
    return slots


def build_lang(lang, stats):
    mod = EN if lang == "en" else DE
    assert sorted(mod.PII) == sorted(PROSE + LAYOUT) and sorted(mod.CLEAN) == sorted(CLEAN_GENRES)
    rng = random.Random(SEEDS[lang])
    slots = plan(rng)
    # each genre walks through its templates from a random start, so every template is used
    cursor = {}
    seen = set()
    rows = []
    for n, (genre, has_pii) in enumerate(slots, 1):
        bank = mod.PII[genre] if has_pii else mod.CLEAN[genre]
        if genre not in cursor:
            cursor[genre] = rng.randrange(len(bank))
        tmpl = bank[cursor[genre] % len(bank)]
        cursor[genre] += 1
        for _ in range(MAX_TRIES):
            ctx = C.Ctx(rng, lang, genre, allow_invented=genre not in NO_INVENTED)
            text, ents = C.render(tmpl, ctx)
            if text in seen:
                continue
            errs = C.problems(text, ents, has_pii)
            if errs:
                stats["redraws"] = stats.get("redraws", 0) + 1
                continue
            break
        else:
            raise RuntimeError(f"{lang} {genre}: no valid rendering of {tmpl[:60]!r}: {errs}")
        seen.add(text)
        people = [p for p in ctx.people.values() if any(
            e["type"] == "PERSON" for e in ents)]
        for p in ctx.people.values():
            stats.setdefault("origins_" + lang, {}).setdefault(p.origin, 0)
            stats["origins_" + lang][p.origin] += 1
            stats["people_" + lang] = stats.get("people_" + lang, 0) + 1
            stats["invented_" + lang] = stats.get("invented_" + lang, 0) + (1 if p.invented else 0)
        del people
        for e in ents:
            k = (lang, e["type"])
            stats[k] = stats.get(k, 0) + 1
        rows.append({"id": f"pii-heldout23-{lang}-{n:04d}", "text": text, "lang": lang, "genre": genre,
                     "entities": ents})
    return rows


def build(stats=None):
    stats = {} if stats is None else stats
    rows = build_lang("en", stats) + build_lang("de", stats)
    verify(rows)
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def verify(rows):
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) == 1000
    texts = [r["text"] for r in rows]
    assert len(texts) == len(set(texts)), "duplicate text"
    for lang in ("en", "de"):
        part = [r for r in rows if r["lang"] == lang]
        assert len(part) == 500
        assert [r["id"] for r in part] == [f"pii-heldout23-{lang}-{i:04d}" for i in range(1, 501)]
        pii = [r for r in part if r["genre"] in PROSE + LAYOUT]
        assert len(pii) == 400 and all(r["entities"] for r in pii)
        clean = [r for r in part if r["genre"] in CLEAN_GENRES]
        assert len(clean) == 100 and not any(r["entities"] for r in clean)
        for g in PROSE + LAYOUT:
            assert 12 <= sum(1 for r in pii if r["genre"] == g) <= 15, g
        for g in CLEAN_GENRES:
            assert sum(1 for r in clean if r["genre"] == g) == 10, g
    for r in rows:
        errs = C.problems(r["text"], r["entities"], r["genre"] not in CLEAN_GENRES)
        assert not errs, (r["id"], errs)


def main(argv=()):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check-only", action="store_true")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args(list(argv))
    stats = {}
    data = build(stats)
    again = build()
    if data != again:
        print("second in-process build differs", file=sys.stderr)
        return 1
    if args.stats:
        g, s = N.counts()
        print(f"given names {g}, surnames {s}, origins {len(N.ORIGINS)}")
        for lang in ("en", "de"):
            print(lang, {t: stats.get((lang, t), 0) for t in ("PERSON", "STREET_ADDRESS", "PHONE", "EMAIL", "IBAN",
                                                               "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID")})
            print(lang, "people", stats.get("people_" + lang), "invented", stats.get("invented_" + lang),
                  "origins used", len(stats.get("origins_" + lang, {})))
        print("redraws", stats.get("redraws", 0))
        print("sha256", hashlib.sha256(data).hexdigest())
    if args.check_only:
        try:
            with open(OUT, "rb") as f:
                cur = f.read()
        except OSError:
            cur = b""
        if cur != data:
            print(f"{OUT} differs from what the generator makes", file=sys.stderr)
            return 1
        print(f"{OUT} is up to date ({len(data)} bytes)")
        return 0
    if not args.stats or not os.path.exists(OUT):
        with open(OUT, "wb") as f:
            f.write(data)
        print(f"wrote {OUT}: 1000 texts, sha256 {hashlib.sha256(data).hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
