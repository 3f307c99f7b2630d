"""Seventeenth PII bank, dev half: writes evals/guard/pii/dev17.jsonl (500 English + 500 German texts).

    python3 scripts/guard-evals/pii17_dev.py               # build, self-check, write
    python3 scripts/guard-evals/pii17_dev.py --check-only  # rebuild in memory, compare with the file

Written without reading the recognizer, its tests or the other banks. Standard library only.
Seeds: en 170101, de 170102. Each language: 400 texts with personal data spread evenly over its
PII genres, 100 without over its clean genres; a rendering that fails a self-check is drawn again.
"""

import sys

sys.dont_write_bytecode = True

import hashlib  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii17_dev_core as core  # noqa: E402
import pii17_dev_de as bank_de  # noqa: E402
import pii17_dev_en as bank_en  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii" / "dev17.jsonl"
SEEDS = {"en": 170101, "de": 170102}
BANKS = {"en": bank_en, "de": bank_de}
PII_PER_LANG = 400
CLEAN_PER_LANG = 100
MAX_TRIES = 400


def _allocate(total, names):
    base, extra = divmod(total, len(names))
    return [(g, base + (1 if i < extra else 0)) for i, g in enumerate(names)]


def _parse(template):
    country, invent_ok = None, True
    while True:
        if template.startswith("%nocue "):
            invent_ok = False
            template = template[7:]
        elif len(template) > 4 and template[0] == "@" and template[3] == " " and template[1:3].isupper():
            country = template[1:3]
            template = template[4:]
        else:
            return template, country, invent_ok


def build_lang(lang, stats=None):
    rng = random.Random(SEEDS[lang])
    bank = BANKS[lang]
    seen = set()
    records = []
    plan = [(g, n, True) for g, n in _allocate(PII_PER_LANG, list(bank.PII))]
    plan += [(g, n, False) for g, n in _allocate(CLEAN_PER_LANG, list(bank.CLEAN))]
    for genre, count, has_pii in plan:
        templates = (bank.PII if has_pii else bank.CLEAN)[genre]
        order = []
        for _ in range(count):
            if not order:
                order = list(range(len(templates)))
                rng.shuffle(order)
            t = templates[order.pop()]
            for attempt in range(MAX_TRIES):
                ctx = core.Ctx(rng, lang)
                raw = t(ctx) if callable(t) else t
                raw, country, invent_ok = _parse(raw)
                if country:
                    ctx.country = country
                    ctx.default_country = country
                ctx.invent_ok = invent_ok
                text, ents = core.render(raw, ctx)
                err = core.check(text, ents, has_pii)
                if err is None and text in seen:
                    err = "duplicate text"
                if err is None:
                    break
                if stats is not None:
                    stats["retries"][err.split(" ")[0] + " " + err.split(" ")[1]] += 1
            else:
                raise RuntimeError(f"{lang}/{genre}: no valid rendering after {MAX_TRIES} tries ({err}): {raw[:80]!r}")
            seen.add(text)
            if stats is not None:
                for p in ctx.persons.values():
                    stats["persons"][lang] += 1
                    stats["invented"][lang] += int(p.invented)
                    stats["origins"][(lang, p.origin)] += 1
                for a in ctx.addresses.values():
                    stats["countries"][(lang, a.country)] += 1
            records.append({"text": text, "lang": lang, "genre": genre, "entities": ents})
    random.Random(SEEDS[lang]).shuffle(records)
    out = []
    for i, r in enumerate(records, 1):
        out.append({"id": f"pii-dev17-{lang}-{i:04d}", "text": r["text"], "lang": lang, "genre": r["genre"],
                    "entities": [{"type": e["type"], "start": e["start"], "end": e["end"], "value": e["value"]} for e in r["entities"]]})
    return out


def build(stats=None):
    return build_lang("en", stats) + build_lang("de", stats)


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def final_checks(records):
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)) == 1000, "ids"
    for lang, bank in BANKS.items():
        rs = [r for r in records if r["lang"] == lang]
        assert len(rs) == 500, lang
        assert sum(1 for r in rs if r["entities"]) == PII_PER_LANG, (lang, "pii count")
        assert len({r["text"] for r in rs}) == 500, (lang, "duplicates")
        genres = {r["genre"] for r in rs}
        for g in list(bank.PII) + list(bank.CLEAN):
            assert g in genres, (lang, g)
        for r in rs:
            pii_genre = r["genre"] in bank.PII
            assert bool(r["entities"]) == pii_genre, r["id"]
            err = core.check(r["text"], r["entities"], pii_genre)
            assert err is None, (r["id"], err)
            for e in r["entities"]:
                assert r["text"][e["start"]:e["end"]] == e["value"]
    assert [r["lang"] for r in records] == ["en"] * 500 + ["de"] * 500


def main(argv=()) -> int:
    argv = list(argv)
    stats = {"retries": Counter(), "persons": Counter(), "invented": Counter(), "origins": Counter(), "countries": Counter()}
    records = build(stats)
    final_checks(records)
    data = serialise(records)
    again = serialise(build())
    if again != data:
        print("second in-process build differs", file=sys.stderr)
        return 1
    if "--check-only" in argv:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != data:
            print(f"{OUT} differs from what the generator makes", file=sys.stderr)
            return 1
        print(f"{OUT.name}: up to date (sha256 {hashlib.sha256(data.encode('utf-8')).hexdigest()})")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    counts = Counter((r["lang"], e["type"]) for r in records for e in r["entities"])
    for lang in ("en", "de"):
        print(lang, ", ".join(f"{t} {n}" for (l2, t), n in sorted(counts.items()) if l2 == lang))
        print(f"  persons {stats['persons'][lang]}, invented {stats['invented'][lang]} "
              f"({100 * stats['invented'][lang] / max(1, stats['persons'][lang]):.1f} %)")
    if "--verbose" in argv:
        print("retries:", dict(stats["retries"].most_common()))
        print("origins:", sorted(stats["origins"].items()))
        print("countries:", sorted(stats["countries"].items()))
    print(f"wrote {OUT} ({len(records)} records), sha256 {hashlib.sha256(data.encode('utf-8')).hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
