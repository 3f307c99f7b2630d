"""Dev half of the twenty-sixth PII bank: writes evals/guard/pii/dev26.jsonl.

    python3 scripts/guard-evals/pii26_dev.py               # build, self-check, write
    python3 scripts/guard-evals/pii26_dev.py --check-only  # rebuild in memory; exit 1 if the file differs
    python3 scripts/guard-evals/pii26_dev.py --stats       # also print counts and the share of invented names

Standard library only. Written without reading the recognizer, its policies and tests, the other
generators or any *.jsonl file.
"""

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii26_dev_core as core  # noqa: E402
import pii26_dev_de as de  # noqa: E402
import pii26_dev_en as en  # noqa: E402
import pii26_dev_layouts as layouts  # noqa: E402

NAME = "dev26.jsonl"
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii" / NAME
SEEDS = {"en": 260101, "de": 260102}
MODS = {"en": en, "de": de}
PER_LANG = 500
MAX_TRIES = 200


def plan(lang, r):
    mod = MODS[lang]
    items = []
    groups = [("prose", mod.PROSE, 6, 14, 13), ("layout", layouts.LAYOUTS, 4, 14, 13), ("clean", mod.CLEAN, 0, 10, 10)]
    for kind, bank, n_big, big, small in groups:
        for gi, (genre, tmpls) in enumerate(bank.items()):
            n = big if gi < n_big else small
            start = r.randrange(len(tmpls))
            for k in range(n):
                items.append((genre, kind, tmpls[(start + k) % len(tmpls)]))
    r.shuffle(items)
    return items


def build_lang(lang):
    r = random.Random(SEEDS[lang])
    items = plan(lang, r)
    assert len(items) == PER_LANG, len(items)
    seen = {}
    records = []
    stats = {"redraws": 0, "reasons": {}, "people": 0, "invented_people": 0}
    for i, (genre, kind, tmpl) in enumerate(items):
        for _ in range(MAX_TRIES):
            c = core.Ctx(r, lang, genre, cue_ok=(genre != "name_prose"))
            try:
                s = tmpl(c)
            except core.Redraw as e:
                err = "redraw: " + str(e)
            else:
                if c.swiss:
                    s = s.replace("ß", "ss")
                text, ents = core.render(s)
                err = core.check_text(text, ents, kind != "clean")
                if err is None and text in seen:
                    err = "duplicate text"
            if err is None:
                break
            stats["redraws"] += 1
            key = err.split(":")[0]
            stats["reasons"][key] = stats["reasons"].get(key, 0) + 1
        else:
            raise RuntimeError(f"{lang} {genre} {tmpl.__name__}: no valid rendering ({err})")
        seen[text] = True
        stats["people"] += len(c.people)
        stats["invented_people"] += sum(1 for p in c.people if p.invented)
        stats["cue_people"] = stats.get("cue_people", 0) + (len(c.people) if c.cue_ok else 0)
        stats["hyphenated"] = stats.get("hyphenated", 0) + sum(1 for p in c.people if p.hyphenated)
        stats["word_surname"] = stats.get("word_surname", 0) + sum(1 for p in c.people if p.word_surname)
        records.append({"id": f"pii-dev26-{lang}-{i + 1:04d}", "text": text, "lang": lang, "genre": genre,
                        "entities": ents})
    return records, stats


def final_checks(records):
    ids = [rec["id"] for rec in records]
    assert len(ids) == len(dict.fromkeys(ids)), "duplicate ids"
    texts = [rec["text"] for rec in records]
    assert len(texts) == len(dict.fromkeys(texts)), "duplicate texts"
    for lang in ("en", "de"):
        recs = [rec for rec in records if rec["lang"] == lang]
        assert len(recs) == PER_LANG
        mod = MODS[lang]
        counts = {}
        for rec in recs:
            counts[rec["genre"]] = counts.get(rec["genre"], 0) + 1
        prose, lay, clean = list(mod.PROSE), list(layouts.LAYOUTS), list(mod.CLEAN)
        assert len(prose) + len(lay) == 30 and len(clean) == 10, (len(prose), len(lay), len(clean))
        assert sum(counts[g] for g in prose + lay) == 400
        assert sum(counts[g] for g in clean) == 100
        assert all(counts[g] == 10 for g in clean)
        for bank in (mod.PROSE, layouts.LAYOUTS, mod.CLEAN):
            for g, t in bank.items():
                assert len(t) >= 4, (lang, g)
        for rec in recs:
            err = core.check_text(rec["text"], rec["entities"], rec["genre"] not in clean)
            assert err is None, (rec["id"], err)
    en_ids = [rec["id"] for rec in records[:PER_LANG]]
    assert all("-en-" in x for x in en_ids)


def build():
    records = []
    stats = {}
    for lang in ("en", "de"):
        recs, st = build_lang(lang)
        records += recs
        stats[lang] = st
    final_checks(records)
    data = "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in records).encode("utf-8")
    return data, records, stats


def describe(records, stats):
    out = []
    for lang in ("en", "de"):
        recs = [r for r in records if r["lang"] == lang]
        types = {}
        pers = 0
        inv = 0
        for rec in recs:
            for e in rec["entities"]:
                types[e["type"]] = types.get(e["type"], 0) + 1
                if e["type"] == "PERSON":
                    pers += 1
                    inv += core.span_invented(e["value"])
        out.append(f"[{lang}] " + ", ".join(f"{t}={types.get(t, 0)}" for t in core.TYPES) +
                   f", all={sum(types.values())}")
        out.append(f"[{lang}] PERSON spans with an invented part: {inv}/{pers} = {100 * inv / max(pers, 1):.1f} %; "
                   f"people drawn {stats[lang]['people']}, invented {stats[lang]['invented_people']}")
        st = stats[lang]
        out.append(f"[{lang}] people with a hyphenated surname {st['hyphenated']} ({100 * st['hyphenated'] / st['people']:.1f} %), "
                   f"with a surname that is an ordinary word {st['word_surname']} ({100 * st['word_surname'] / st['people']:.1f} %), "
                   f"invented among people shown by context {st['invented_people']}/{st['cue_people']} "
                   f"({100 * st['invented_people'] / st['cue_people']:.1f} %)")
        out.append(f"[{lang}] redraws {stats[lang]['redraws']}: {stats[lang]['reasons']}")
    return "\n".join(out)


def main(argv=()):
    ap = argparse.ArgumentParser(description="Build the dev half of the twenty-sixth PII bank.")
    ap.add_argument("--check-only", action="store_true", help="rebuild in memory, exit 1 if the file differs")
    ap.add_argument("--stats", action="store_true", help="print counts, invented names and redraws")
    args = ap.parse_args(list(argv))
    data, records, stats = build()
    data2, _, _ = build()
    if data != data2:
        print("second in-process build differs", file=sys.stderr)
        return 1
    if args.stats:
        print(describe(records, stats))
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print(f"{OUT} differs from the generator output", file=sys.stderr)
            return 1
        print(f"{OUT.name} is up to date ({len(data)} bytes)")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(records)} records, {len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
