"""Thirty-third PII bank, held-out half: build, self-check and write
evals/guard/pii/heldout33.jsonl (500 English texts, then 500 German texts).

    python3 scripts/guard-evals/pii33_held.py               # build, check, write
    python3 scripts/guard-evals/pii33_held.py --check-only  # rebuild in memory; exit 1 if the file differs
    python3 scripts/guard-evals/pii33_held.py --stats       # also print counts and shares
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii33_held_core as C  # noqa: E402
import pii33_held_de as DE  # noqa: E402
import pii33_held_en as EN  # noqa: E402
import pii33_held_layouts as LAY  # noqa: E402

NAME = "heldout33.jsonl"
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii" / NAME
SEEDS = {"en": 330201, "de": 330202}
PER_PROSE = 14
PER_LAYOUT = 12
LAYOUT_EXTRA = 4
PER_CLEAN = 10
MAX_TRIES = 200


def genre_plan(lang, rng):
    mod = EN if lang == "en" else DE
    prose = mod.R.by_genre
    lay = LAY.R.by_genre
    clean = mod.CLEAN.by_genre
    lay_names = list(lay.keys())
    extra = rng.sample(lay_names, LAYOUT_EXTRA)
    plan = []
    for gname, fns in prose.items():
        plan.append((gname, fns, PER_PROSE, True, "prose"))
    for gname in lay_names:
        plan.append((gname, lay[gname], PER_LAYOUT + (1 if gname in extra else 0), True, "layout"))
    for gname, fns in clean.items():
        plan.append((gname, fns, PER_CLEAN, False, "clean"))
    return plan, extra


def build_lang(lang, stats):
    rng = random.Random(SEEDS[lang])
    g = C.G(lang, rng)
    plan, extra = genre_plan(lang, rng)
    items = []
    for gname, fns, n, has_pii, kind in plan:
        start = rng.randrange(len(fns))
        for i in range(n):
            items.append((gname, fns[(start + i) % len(fns)], has_pii, kind))
    rng.shuffle(items)
    seen = set()
    recs = []
    redraws = 0
    used = {}
    fails = {}
    for k, (gname, fn, has_pii, kind) in enumerate(items):
        for attempt in range(MAX_TRIES):
            g.begin(gname, fn, country=fn.country, reg=fn.reg, invented=fn.invented)
            pieces = fn(g)
            text, spans = C.assemble(pieces)
            if g.swiss:
                text, spans = swiss_ss(text, spans)
            text, spans = C.clean(text, spans, prose=(kind != "layout"))
            probs = C.check_record(text, spans, has_pii, prose=(kind != "layout"))
            if text in seen:
                probs.append("duplicate")
            if not probs:
                break
            redraws += 1
            fails.setdefault(gname, []).append(probs[0])
        else:
            raise RuntimeError("%s %s: no valid rendering: %s" % (lang, gname, probs))
        seen.add(text)
        stats.setdefault("people", {}).setdefault(lang, []).extend(
            (gname, p.origin, p.given, p.surname, p.invented, p.role, fn.invented) for p in g.people)
        stats.setdefault("text_country", {}).setdefault(lang, []).append(g.country)
        stats.setdefault("text_reg", {}).setdefault(lang, []).append(g.reg)
        used[fn.__name__] = used.get(fn.__name__, 0) + 1
        rid = "pii-heldout33-%s-%04d" % (lang, k + 1)
        ents = [{"type": ty, "start": s, "end": e, "value": text[s:e]} for s, e, ty in spans]
        recs.append({"id": rid, "text": text, "lang": lang, "genre": gname, "entities": ents})
        stats.setdefault("country", {}).setdefault(lang, {}).setdefault(g.country, 0)
        if has_pii:
            stats["country"][lang][g.country] += 1
    stats.setdefault("redraws", {})[lang] = redraws
    stats.setdefault("fails", {})[lang] = fails
    stats.setdefault("inner", {})[lang] = g.inner_redraws
    stats.setdefault("cue_people", {})[lang] = (g.inv_people, g.cue_people)
    stats.setdefault("extra", {})[lang] = extra
    # every template used
    for gname, fns, n, has_pii, kind in plan:
        for fn in fns:
            if used.get(fn.__name__, 0) == 0:
                raise RuntimeError("template never used: %s %s" % (lang, fn.__name__))
        if len(fns) < 4:
            raise RuntimeError("fewer than 4 templates: %s %s" % (lang, gname))
    return recs


def swiss_ss(text, spans):
    """Swiss German texts write ss for ß in the text's own words (spans keep theirs)."""
    out = list(text)
    prot = [False] * len(text)
    for s, e, _ in spans:
        for i in range(s, e):
            prot[i] = True
    for i, c in enumerate(out):
        if c == "ß" and not prot[i]:
            out[i] = "\x01"
    t = "".join(out)
    # one char becomes two: move spans
    res, newspans, shift, pos = [], [], [], 0
    mapping = []
    for c in t:
        mapping.append(pos)
        if c == "\x01":
            res.append("ss")
            pos += 2
        else:
            res.append(c)
            pos += 1
    mapping.append(pos)
    for s, e, ty in spans:
        newspans.append([mapping[s], mapping[e], ty])
    return "".join(res), newspans


def to_bytes(recs):
    lines = [json.dumps(r, ensure_ascii=False) for r in recs]
    return ("\n".join(lines) + "\n").encode("utf-8")


def final_checks(data):
    lines = data.decode("utf-8").split("\n")
    assert lines[-1] == ""
    lines = lines[:-1]
    assert len(lines) == 1000, len(lines)
    ids = []
    genres = {"en": {}, "de": {}}
    with_pii = {"en": 0, "de": 0}
    texts = set()
    for i, line in enumerate(lines):
        r = json.loads(line)
        assert list(r.keys()) == ["id", "text", "lang", "genre", "entities"], r.keys()
        lang = "en" if i < 500 else "de"
        assert r["lang"] == lang
        assert r["id"] == "pii-heldout33-%s-%04d" % (lang, (i % 500) + 1)
        ids.append(r["id"])
        t = r["text"]
        assert t not in texts
        texts.add(t)
        spans = []
        for e in r["entities"]:
            assert list(e.keys()) == ["type", "start", "end", "value"]
            assert e["type"] in C.TYPES
            assert t[e["start"]:e["end"]] == e["value"]
            spans.append([e["start"], e["end"], e["type"]])
        assert spans == sorted(spans)
        genres[lang][r["genre"]] = genres[lang].get(r["genre"], 0) + 1
        has = bool(spans)
        with_pii[lang] += has
        clean_genre = r["genre"] in (EN.CLEAN.by_genre if lang == "en" else DE.CLEAN.by_genre)
        assert has != clean_genre, r["id"]
        probs = C.check_record(t, spans, has, prose=r["genre"] not in LAY.R.by_genre)
        assert not probs, (r["id"], probs)
    assert len(set(ids)) == 1000
    for lang, mod in (("en", EN), ("de", DE)):
        assert with_pii[lang] == 400, with_pii
        for gname in mod.R.by_genre:
            assert genres[lang][gname] == PER_PROSE, (lang, gname)
        for gname in LAY.R.by_genre:
            assert genres[lang][gname] in (PER_LAYOUT, PER_LAYOUT + 1), (lang, gname)
        for gname in mod.CLEAN.by_genre:
            assert genres[lang][gname] == PER_CLEAN, (lang, gname)
        assert len(mod.R.by_genre) + len(LAY.R.by_genre) == 30
        assert len(mod.CLEAN.by_genre) == 10
    assert list(EN.R.by_genre.keys()) == list(DE.R.by_genre.keys())


def build(stats):
    recs = build_lang("en", stats) + build_lang("de", stats)
    return to_bytes(recs)


def main(argv=()):
    ap = argparse.ArgumentParser(prog="pii33_held.py")
    ap.add_argument("--check-only", action="store_true")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args(list(argv))
    stats = {}
    data = build(stats)
    final_checks(data)
    again = build({})
    if again != data:
        print("second build differs", file=sys.stderr)
        return 1
    if args.stats:
        import pii33_held_stats
        pii33_held_stats.report(data, stats)
    sha = hashlib.sha256(data).hexdigest()
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print("%s differs from the generator's output" % OUT, file=sys.stderr)
            return 1
        print("%s is up to date (%s)" % (OUT.name, sha))
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print("wrote %s: %d bytes, sha256 %s; redraws en %d, de %d" % (OUT, len(data), sha, stats["redraws"]["en"], stats["redraws"]["de"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
