"""Dev half of the twenty-fourth PII bank: evals/guard/pii/dev24.jsonl.

    python3 scripts/guard-evals/pii24_dev.py               # writes the file
    python3 scripts/guard-evals/pii24_dev.py --check-only  # rebuilds in memory, exit 1 if the file differs

Standard library only. Seeds: en 240101, de 240102. The build runs twice in process and stops if the
two results differ.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import pii24_dev_core as core  # noqa: E402
import pii24_dev_de as de  # noqa: E402
import pii24_dev_en as en  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "evals", "guard", "pii", "dev24.jsonl"))
SEEDS = {"en": 240101, "de": 240102}
BANKS = {"en": en.G, "de": de.G}
PER_LANG, PII_PER_LANG, CLEAN_PER_GENRE = 500, 400, 10
MAX_TRIES = 400


def plan_counts(bank):
    """Texts per genre: 400 with personal data spread over the prose and layout genres
    (prose 240, layouts 160), 10 per clean genre."""
    prose = [g for g, (k, pii, _) in bank.items() if pii and k == "prose"]
    layout = [g for g, (k, pii, _) in bank.items() if pii and k == "layout"]
    clean = [g for g, (k, pii, _) in bank.items() if not pii]
    counts = {}
    for group, total in ((prose, 240), (layout, 160)):
        base, extra = divmod(total, len(group))
        for i, g in enumerate(group):
            counts[g] = base + (1 if i < extra else 0)
    for g in clean:
        counts[g] = CLEAN_PER_GENRE
    assert sum(counts.values()) == PER_LANG, sum(counts.values())
    assert sum(counts[g] for g in prose + layout) == PII_PER_LANG
    return counts


def build_lang(lang, seen, stats):
    rng = random.Random(SEEDS[lang])
    bank = BANKS[lang]
    counts = plan_counts(bank)
    slots = []
    for g, n in counts.items():
        order = list(range(len(bank[g][2])))
        rng.shuffle(order)
        for i in range(n):
            slots.append((g, order[i % len(order)]))
    rng.shuffle(slots)
    records = []
    for k, (g, ti) in enumerate(slots, 1):
        kind, has_pii, templates = bank[g]
        tpl = templates[ti]
        for attempt in range(MAX_TRIES):
            text, spans, ctx, inv = core.render(tpl, rng, lang, allow_invented=(g != "prose_name"))
            reason = core.check(text, spans, has_pii)
            if reason is None and text in seen:
                reason = "duplicate"
            if reason is None:
                break
            stats["redraws"][reason.split(":")[0]] = stats["redraws"].get(reason.split(":")[0], 0) + 1
        else:
            raise SystemExit(f"{lang} {g} template {ti}: no valid rendering ({reason})\n{text}")
        seen[text] = True
        # invented people that got a PERSON span in this text
        labelled = [s["value"].lower() for s in spans if s["type"] == "PERSON"]
        for p in ctx.people.values():
            if any(p.last.lower() in v or p.first.lower() in v for v in labelled):
                key = lang + (" invented" if p.invented else " listed")
                stats["invented"][key] = stats["invented"].get(key, 0) + 1
        records.append({"id": f"pii-dev24-{lang}-{k:04d}", "text": text, "lang": lang, "genre": g,
                        "entities": spans})
    return records


def build():
    seen = {}
    stats = {"redraws": {}, "invented": {}}
    records = build_lang("en", seen, stats) + build_lang("de", seen, stats)
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    verify(records)
    return data, records, stats


def verify(records):
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)) == 2 * PER_LANG
    for lang in ("en", "de"):
        rs = [r for r in records if r["lang"] == lang]
        assert len(rs) == PER_LANG
        assert sum(1 for r in rs if r["entities"]) == PII_PER_LANG
        genres = {}
        for r in rs:
            genres[r["genre"]] = genres.get(r["genre"], 0) + 1
        assert len(genres) == 40, len(genres)
        for g, (k, pii, _) in BANKS[lang].items():
            if not pii:
                assert genres[g] == CLEAN_PER_GENRE
    texts = [r["text"] for r in records]
    assert len(texts) == len(set(texts))
    for r in records:
        assert core.check(r["text"], r["entities"], bool(r["entities"])) is None


def main(argv=()):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check-only", action="store_true", help="rebuild in memory and compare; write nothing")
    ap.add_argument("--stats", action="store_true", help="print counts")
    args = ap.parse_args(list(argv))
    data, records, stats = build()
    again, _, _ = build()
    if again != data:
        print("second build differs", file=sys.stderr)
        return 1
    if args.stats:
        print_stats(records, stats, data)
    if args.check_only:
        try:
            with open(OUT, "rb") as f:
                current = f.read()
        except FileNotFoundError:
            print(f"{OUT} missing", file=sys.stderr)
            return 1
        if current != data:
            print(f"{OUT} differs from the generator's output", file=sys.stderr)
            return 1
        print(f"{OUT} is up to date ({len(records)} texts)")
        return 0
    with open(OUT, "wb") as f:
        f.write(data)
    print(f"wrote {OUT} ({len(records)} texts)")
    return 0


def print_stats(records, stats, data):
    import hashlib

    types = ["PERSON", "EMAIL", "PHONE", "STREET_ADDRESS", "IBAN", "CREDIT_CARD", "DE_TAX_ID", "IP_ADDRESS"]
    for lang in ("en", "de"):
        rs = [r for r in records if r["lang"] == lang]
        c = {t: 0 for t in types}
        for r in rs:
            for e in r["entities"]:
                c[e["type"]] += 1
        prose = sum(1 for r in rs if BANKS[lang][r["genre"]][0] == "prose")
        lines1 = sum(1 for r in rs if "\n" not in r["text"])
        maxl = max(r["text"].count("\n") + 1 for r in rs)
        print(lang, c, "all", sum(c.values()), "prose", prose, "one-line", lines1, "max lines", maxl)
    print("invented", stats["invented"], "redraws", stats["redraws"])
    print("templates", {lang: sum(len(v[2]) for v in BANKS[lang].values()) for lang in BANKS})
    print("sha256", hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
