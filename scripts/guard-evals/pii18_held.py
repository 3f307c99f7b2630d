"""The eighteenth PII bank's held-out half: evals/guard/pii/heldout18.jsonl.

    python3 scripts/guard-evals/pii18_held.py               # build, self-check, write
    python3 scripts/guard-evals/pii18_held.py --check-only  # build in memory, compare with the file

500 English texts (seed 180201), then 500 German ones (seed 180202); per language 400 with
personal data in about 30 genres and 100 without in 10 genres (with look-alikes). Templates:
pii18_held_en.py, pii18_held_de.py; machinery: pii18_held_core.py; names, streets, towns:
pii18_held_names.py, pii18_held_places.py. Written without reading the recognizer, the other
banks or the other half of this bank. Python 3.11 standard library only.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii18_held_de as DE  # noqa: E402
import pii18_held_en as EN  # noqa: E402
from pii18_held_core import Ctx, assemble, check_record  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii" / "heldout18.jsonl"
SEEDS = {"en": 180201, "de": 180202}
MODULES = {"en": EN, "de": DE}
PER_LANG = 500
WITH_PII = 400
INVENT_SHARE = 0.115
TYPES = ["PERSON", "STREET_ADDRESS", "PHONE", "EMAIL", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID"]


def quota(genres, total):
    base, extra = divmod(total, len(genres))
    return [g for i, g in enumerate(genres) for _ in range(base + (1 if i < extra else 0))]


def build_lang(lang, stats):
    mod = MODULES[lang]
    rng = random.Random(SEEDS[lang])
    plan = [(g, True) for g in quota(list(mod.PII), WITH_PII)] + [(g, False) for g in quota(list(mod.CLEAN), PER_LANG - WITH_PII)]
    order = {}
    records, seen = [], set()
    for genre, with_pii in plan:
        templates = (mod.PII if with_pii else mod.CLEAN)[genre]
        if genre not in order or not order[genre]:
            idx = list(range(len(templates)))
            rng.shuffle(idx)
            order[genre] = idx
        k = order[genre].pop()
        for attempt in range(400):
            if attempt and attempt % 40 == 0:
                k = rng.randrange(len(templates))
            tpl = templates[k]
            c = Ctx(rng, lang, INVENT_SHARE, invent_ok=genre not in mod.NOCUE)
            pieces = tpl(c) if callable(tpl) else c.fmt(tpl)
            text, ents = assemble(pieces)
            rec = {"id": "", "text": text, "lang": lang, "genre": genre, "entities": ents}
            errs = check_record(rec, with_pii)
            if text in seen:
                errs.append("duplicate text")
            if errs:
                for e in errs:
                    stats["reject"][e.split(":")[0]] += 1
                continue
            seen.add(text)
            records.append(rec)
            named = c.used_people if with_pii else []
            stats["people"][lang] += len(named)
            stats["invented"][lang] += sum(1 for p in named if p.invented)
            break
        else:
            raise SystemExit(f"{lang}/{genre}: no valid rendering of template {k}")
    rng.shuffle(records)
    for i, r in enumerate(records, 1):
        r["id"] = f"pii-heldout18-{lang}-{i:04d}"
    return records


def build():
    stats = {"reject": Counter(), "people": Counter(), "invented": Counter()}
    records = build_lang("en", stats) + build_lang("de", stats)
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return records, body, stats


def verify(records):
    problems = []
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    if len({r["text"] for r in records}) != len(records):
        problems.append("duplicate texts")
    for lang in ("en", "de"):
        mine = [r for r in records if r["lang"] == lang]
        if len(mine) != PER_LANG:
            problems.append(f"{lang}: {len(mine)} texts")
        if sum(1 for r in mine if r["entities"]) != WITH_PII:
            problems.append(f"{lang}: {sum(1 for r in mine if r['entities'])} texts with personal data")
        want = set(MODULES[lang].PII) | set(MODULES[lang].CLEAN)
        have = {r["genre"] for r in mine}
        if want != have:
            problems.append(f"{lang}: genres missing {sorted(want - have)}")
        if [r["id"] for r in mine] != [f"pii-heldout18-{lang}-{i:04d}" for i in range(1, PER_LANG + 1)]:
            problems.append(f"{lang}: ids not in order")
    for r in records:
        with_pii = r["genre"] in MODULES[r["lang"]].PII
        errs = check_record(r, with_pii)
        if errs:
            problems.append(f"{r['id']}: {errs}")
        if list(r) != ["id", "text", "lang", "genre", "entities"]:
            problems.append(f"{r['id']}: key order")
        for e in r["entities"]:
            if e["type"] not in TYPES or list(e) != ["type", "start", "end", "value"]:
                problems.append(f"{r['id']}: bad entity {e}")
    return problems


def summary(records, stats):
    for lang in ("en", "de"):
        mine = [r for r in records if r["lang"] == lang]
        counts = Counter(e["type"] for r in mine for e in r["entities"])
        print(f"{lang}: {len(mine)} texts, {sum(1 for r in mine if r['entities'])} with personal data; "
              + ", ".join(f"{t} {counts[t]}" for t in TYPES))
        share = stats["invented"][lang] / max(1, stats["people"][lang])
        print(f"{lang}: {stats['people'][lang]} named people, {stats['invented'][lang]} invented ({share:.1%})")
    print("rejected renderings:", dict(stats["reject"].most_common(8)))


def main(argv=()) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check-only", action="store_true", help="build in memory and compare with the file on disk")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(list(argv))
    records, body, stats = build()
    problems = verify(records)
    _, body2, _ = build()
    if body2 != body:
        problems.append("a second build differs")
    if problems:
        for p in problems[:30]:
            print("FAIL", p, file=sys.stderr)
        return 1
    if args.check_only:
        on_disk = OUT.read_bytes() if OUT.exists() else b""
        if on_disk != body.encode("utf-8"):
            print(f"{OUT} differs from what the generator makes", file=sys.stderr)
            return 1
        print(f"{OUT.name}: up to date ({len(records)} records)")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(body.encode("utf-8"))
    if not args.quiet:
        summary(records, stats)
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
