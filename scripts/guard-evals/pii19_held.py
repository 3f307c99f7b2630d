"""Nineteenth PII bank, held-out half: writes evals/guard/pii/heldout19.jsonl.

    python3 scripts/guard-evals/pii19_held.py               # build, self-check, write
    python3 scripts/guard-evals/pii19_held.py --check-only  # rebuild in memory, exit 1 if the file differs
    python3 scripts/guard-evals/pii19_held.py --stats       # also print counts (types, origins, invented share)

500 English then 500 German texts; per language 400 with personal data in 30 genres and 100
without in 10 genres. Seeds: en 190201, de 190202. Standard library only. Every rendering passes
the checks of `pii19_held_core.check` (spans, checksums, nothing personal outside spans, no
unlabelled copy of a labelled name part) or is drawn again.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii19_held_core as core  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii" / "heldout19.jsonl"
SEEDS = {"en": 190201, "de": 190202}
PER_LANG = 500
PERSONAL_PER_LANG = 400
CLEAN_PER_LANG = 100
MAX_LINES = 15
TRIES = 400


def _module(lang):
    if lang == "en":
        import pii19_held_en as m
    else:
        import pii19_held_de as m
    return m


def plan(mod):
    """(genre, personal) per text: 13 or 14 texts per personal genre (the extra ones to the first
    prose genres), 10 per clean genre."""
    personal = list(mod.PERSONAL.items())
    clean = list(mod.CLEAN.items())
    assert len(personal) == 30 and len(clean) == 10, (len(personal), len(clean))
    base = PERSONAL_PER_LANG // len(personal)
    extra = PERSONAL_PER_LANG - base * len(personal)
    prose = [g for g, (kind, _) in personal if kind == "prose"]
    counts = {g: base + (1 if g in prose[:extra] else 0) for g, _ in personal}
    out = [(g, True) for g, _ in personal for _ in range(counts[g])]
    out += [(g, False) for g, _ in clean for _ in range(CLEAN_PER_LANG // len(clean))]
    return out


def build_lang(lang, stats=None):
    mod = _module(lang)
    rng = random.Random(SEEDS[lang])
    order = plan(mod)
    rng.shuffle(order)
    templates = {}
    for g, (kind, ts) in list(mod.PERSONAL.items()) + list(mod.CLEAN.items()):
        templates[g] = {"kind": kind, "list": list(ts), "queue": []}
    seen = {}
    records = []
    quota = core.Quota()
    for i, (genre, personal) in enumerate(order):
        t = templates[genre]
        if not t["queue"]:
            t["queue"] = list(range(len(t["list"])))
            rng.shuffle(t["queue"])
        fn = t["list"][t["queue"].pop()]
        for attempt in range(TRIES):
            c = core.Ctx(rng, lang, genre, quota)
            try:
                pieces = fn(c)
            except core.Redraw:
                if stats is not None:
                    stats.setdefault("fails", {}).setdefault((fn.__name__, "redraw"), 0)
                    stats["fails"][(fn.__name__, "redraw")] += 1
                continue
            text, ents = core.assemble(pieces)
            text = text.rstrip()
            errs = core.check(text, ents, personal)
            if text.count("\n") + 1 > MAX_LINES:
                errs.append("too many lines")
            if text in seen:
                errs.append("duplicate text")
            if stats is not None:
                for e in errs:
                    key = (fn.__name__, e.split(" ")[0] + " " + (e.split(" ")[1] if len(e.split(" ")) > 1 else ""))
                    stats.setdefault("fails", {}).setdefault(key, 0)
                    stats["fails"][key] += 1
            if not errs:
                break
        else:
            raise RuntimeError(f"{lang} {genre} {fn.__name__}: no valid rendering: {errs}")
        seen[text] = 1
        quota.add(c.people, ents)
        if stats is not None:
            _count(stats, lang, c, ents, genre, fn.__name__, t["kind"])
        records.append({"id": f"pii-heldout19-{lang}-{i + 1:04d}", "text": text, "lang": lang, "genre": genre, "entities": ents})
    return records


def _count(stats, lang, c, ents, genre, tname, kind):
    s = stats.setdefault(lang, {"types": {}, "named": 0, "invented": 0, "origins": {}, "templates": {}, "kinds": {}, "addr": {}, "phone": {}})
    for e in ents:
        s["types"][e["type"]] = s["types"].get(e["type"], 0) + 1
    s["templates"].setdefault(genre, {})[tname] = s["templates"].setdefault(genre, {}).get(tname, 0) + 1
    s["kinds"][kind] = s["kinds"].get(kind, 0) + 1
    for e in ents:
        if e["type"] in ("STREET_ADDRESS", "PHONE"):
            key = "addr" if e["type"] == "STREET_ADDRESS" else "phone"
            for value, country in c.drawn:
                if (key == "addr" and e["value"].startswith(value)) or (key == "phone" and e["value"] == value):
                    s[key][country] = s[key].get(country, 0) + 1
                    break
    persons = " ".join(e["value"].lower() for e in ents if e["type"] == "PERSON")
    for p in c.people:
        if p.sur.lower() in persons or p.given.lower() in persons:
            s["named"] += 1
            s["invented"] += 1 if p.invented else 0
            s["origins"][p.origin] = s["origins"].get(p.origin, 0) + 1


def build(stats=None):
    records = build_lang("en", stats) + build_lang("de", stats)
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)) == 2 * PER_LANG
    texts = [r["text"] for r in records]
    assert len(texts) == len(set(texts)), "duplicate text"
    for lang in ("en", "de"):
        mine = [r for r in records if r["lang"] == lang]
        assert len(mine) == PER_LANG
        mod = _module(lang)
        for g in mod.PERSONAL:
            n = sum(1 for r in mine if r["genre"] == g)
            assert n in (13, 14), (lang, g, n)
            assert all(r["entities"] for r in mine if r["genre"] == g)
        for g in mod.CLEAN:
            n = sum(1 for r in mine if r["genre"] == g)
            assert n == 10, (lang, g, n)
            assert not any(r["entities"] for r in mine if r["genre"] == g)
        assert sum(1 for r in mine if r["entities"]) == PERSONAL_PER_LANG
        # every record once more, as written: spans, checksums, nothing personal outside spans
        for r in mine:
            errs = core.check(r["text"], r["entities"], r["genre"] in mod.PERSONAL)
            assert not errs and r["text"].count("\n") < MAX_LINES, (r["id"], errs)
        assert [r["id"] for r in mine] == [f"pii-heldout19-{lang}-{i:04d}" for i in range(1, PER_LANG + 1)]
    assert [r["lang"] for r in records] == ["en"] * PER_LANG + ["de"] * PER_LANG
    return records


def serialise(records) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def main(argv=()):
    ap = argparse.ArgumentParser()
    ap.add_argument("--check-only", action="store_true")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args(list(argv))
    stats = {} if args.stats else None
    data = serialise(build(stats))
    again = serialise(build())
    if data != again:
        print("pii19_held: a second build differs", file=sys.stderr)
        return 1
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print(f"pii19_held: {OUT} differs from what the generator makes", file=sys.stderr)
            return 1
        print(f"pii19_held: {OUT.name} is up to date")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print(f"pii19_held: wrote {OUT} ({len(data)} bytes)")
    if stats is not None:
        print_stats(stats)
    return 0


def print_stats(stats):
    for lang in ("en", "de"):
        s = stats.get(lang)
        if not s:
            continue
        print(lang, "types", dict(sorted(s["types"].items())))
        print(lang, "named people", s["named"], "invented", s["invented"], f"{100 * s['invented'] / max(1, s['named']):.1f}%")
        print(lang, "origins", len(s["origins"]), dict(sorted(s["origins"].items(), key=lambda x: -x[1])))
        print(lang, "kinds", s["kinds"])
        print(lang, "address countries", dict(sorted(s["addr"].items(), key=lambda x: -x[1])))
        print(lang, "phone countries", dict(sorted(s["phone"].items(), key=lambda x: -x[1])))
        for g, ts in s["templates"].items():
            print("  ", g, dict(sorted(ts.items())))
    fails = stats.get("fails", {})
    for k, v in sorted(fails.items(), key=lambda x: -x[1])[:40]:
        print("fail", k, v)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
