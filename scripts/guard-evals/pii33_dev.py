"""Dev half of the thirty-third PII bank: writes evals/guard/pii/dev33.jsonl.

    python3 scripts/guard-evals/pii33_dev.py               # build, self-check, write the file
    python3 scripts/guard-evals/pii33_dev.py --check-only  # rebuild in memory; exit 1 if the file differs
    python3 scripts/guard-evals/pii33_dev.py --stats       # also print counts and shares

Standard library only (Python 3.11).  One random.Random per language.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii33_dev_core as C  # noqa: E402
import pii33_dev_de as DE  # noqa: E402
import pii33_dev_en as EN  # noqa: E402
import pii33_dev_layouts as LY  # noqa: E402

NAME = "dev33.jsonl"
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii" / NAME
SEEDS = {"en": 330101, "de": 330102}
PROSE_PER_GENRE = 14
CLEAN_PER_GENRE = 10
PII_TEXTS = 400
CLEAN_TEXTS = 100
MAX_TRIES = 200
# genres whose names appear in running prose without a cue: no invented names
NO_CUE = ("expedition_diary",)

COUNTRY_WEIGHTS = {
    "en": [("GB", 38), ("US", 25), ("IE", 14), ("DE", 7), ("AT", 4), ("CH", 4), ("FR", 3), ("NL", 3), ("IT", 2)],
    "de": [("DE", 52), ("AT", 24), ("CH", 20), ("IT", 1), ("NL", 1), ("FR", 1), ("GB", 1)],
}


def draw_country(g):
    ws = COUNTRY_WEIGHTS[g.lang]
    x = g.rng.random() * sum(w for _, w in ws)
    for cc, w in ws:
        x -= w
        if x <= 0:
            return cc
    return ws[-1][0]


def plan(g, prose, layouts, clean):
    """The genre of every text of one language, in order, and the template order."""
    slots = []
    for gen in prose:
        slots += [("prose", gen)] * PROSE_PER_GENRE
    n_layout = PII_TEXTS - PROSE_PER_GENRE * len(prose)
    base, extra = divmod(n_layout, len(layouts))
    lay = list(layouts)
    plus = set(g.rng.sample(lay, extra))
    for gen in lay:
        slots += [("layout", gen)] * (base + (1 if gen in plus else 0))
    for gen in clean:
        slots += [("clean", gen)] * CLEAN_PER_GENRE
    assert len(slots) == PII_TEXTS + CLEAN_TEXTS
    g.rng.shuffle(slots)
    starts = {}
    for kind, gen in slots:
        if gen not in starts:
            n = len({"prose": prose, "layout": layouts, "clean": clean}[kind][gen])
            starts[gen] = g.rng.randrange(n)
    return slots, starts, sorted(plus)


def build_lang(lang, stats):
    rng = random.Random(SEEDS[lang])
    g = C.Gen(lang, rng)
    mod = EN if lang == "en" else DE
    prose, clean = mod.PROSE, mod.CLEAN
    layouts = LY.LAYOUTS
    slots, starts, plus = plan(g, prose, layouts, clean)
    counters = {gen: 0 for gen in starts}
    seen = set()
    records = []
    redraws = Counter()
    used_templates = set()
    meta = []
    for i, (kind, gen) in enumerate(slots):
        table = {"prose": prose, "layout": layouts, "clean": clean}[kind]
        fns = table[gen]
        k = (starts[gen] + counters[gen]) % len(fns)
        counters[gen] += 1
        fn = fns[k]
        used_templates.add((gen, k))
        for attempt in range(MAX_TRIES):
            cc = getattr(fn, "country", None)
            if callable(cc):
                cc = cc(g)
            cc = cc or draw_country(g)
            g.reset_text(gen, cc, cue_ok=gen not in NO_CUE)
            res = fn(g)
            parts = res.parts if isinstance(res, C.Doc) else res
            parts = C.tidy_layout(parts) if kind == "layout" else C.tidy_prose(parts)
            text, spans = C.build(parts)
            errs = C.check(text, spans, kind != "clean", kind != "layout")
            if text in seen:
                errs.append("duplicate text")
            if not errs:
                break
            redraws[lang] += 1
            stats.setdefault("redraw_reasons", Counter())[errs[0].split(":")[0]] += 1
            if stats.get("verbose"):
                print("redraw", lang, gen, k, errs[:3], file=sys.stderr)
        else:
            raise SystemExit("no valid text for %s %s after %d tries" % (lang, gen, MAX_TRIES))
        seen.add(text)
        # invented-name bookkeeping over the people shown with a cue
        shown = []
        for sp in spans:
            lab = sp[4]
            if sp[0] == "PERSON" and lab.person is not None and lab.person not in shown:
                shown.append(lab.person)
        if gen not in NO_CUE:
            for p in shown:
                g.cue_shown += 1
                if p.inv:
                    g.inv_shown += 1
        rid = "pii-dev33-%s-%04d" % (lang, i + 1)
        rec = {"id": rid, "text": text, "lang": lang, "genre": gen,
               "entities": [{"type": t, "start": s, "end": e, "value": v} for (t, s, e, v, _l) in spans]}
        records.append(rec)
        meta.append({"kind": kind, "genre": gen, "country": cc, "spans": spans, "people": shown,
                     "template": k, "reg": g.reg})
    # every template used
    for kind, table in (("prose", prose), ("layout", layouts), ("clean", clean)):
        for gen, fns in table.items():
            for k in range(len(fns)):
                if (gen, k) not in used_templates:
                    raise SystemExit("template not used: %s %s #%d" % (lang, gen, k))
    stats.setdefault("redraws", Counter()).update(redraws)
    stats.setdefault("name_redraws", {})[lang] = g.name_redraws
    stats.setdefault("plus", {})[lang] = plus
    stats.setdefault("meta", {})[lang] = meta
    stats.setdefault("gen", {})[lang] = g
    return records


def dump(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def build(stats=None):
    stats = {} if stats is None else stats
    recs = build_lang("en", stats) + build_lang("de", stats)
    data = dump(recs)
    final_checks(data)
    return data, stats


def final_checks(data):
    lines = data.decode("utf-8").split("\n")
    assert lines[-1] == ""
    recs = [json.loads(x) for x in lines[:-1]]
    assert len(recs) == 1000
    ids = ["pii-dev33-en-%04d" % i for i in range(1, 501)] + ["pii-dev33-de-%04d" % i for i in range(1, 501)]
    assert [r["id"] for r in recs] == ids
    texts = set()
    for lang in ("en", "de"):
        rs = [r for r in recs if r["lang"] == lang]
        assert len(rs) == 500
        genres = Counter(r["genre"] for r in rs)
        mod = EN if lang == "en" else DE
        for gen in mod.PROSE:
            assert genres[gen] == PROSE_PER_GENRE, (lang, gen)
        for gen in LY.LAYOUTS:
            assert genres[gen] in (12, 13), (lang, gen, genres[gen])
        for gen in mod.CLEAN:
            assert genres[gen] == CLEAN_PER_GENRE, (lang, gen)
        assert len(mod.PROSE) + len(LY.LAYOUTS) == 30 and len(mod.CLEAN) == 10
        assert sum(1 for r in rs if r["entities"]) == PII_TEXTS
        for table in (mod.PROSE, LY.LAYOUTS, mod.CLEAN):
            for gen, fns in table.items():
                assert len(fns) >= 4, (lang, gen, len(fns))
    assert list(EN.PROSE) == list(DE.PROSE) and list(EN.CLEAN) == list(DE.CLEAN)
    for r in recs:
        assert list(r) == ["id", "text", "lang", "genre", "entities"]
        assert r["text"] not in texts
        texts.add(r["text"])
        spans = []
        for e in r["entities"]:
            assert list(e) == ["type", "start", "end", "value"]
            spans.append((e["type"], e["start"], e["end"], e["value"], None))
        clean = r["genre"] in EN.CLEAN or r["genre"] in DE.CLEAN
        prose = r["genre"] in EN.PROSE or clean
        errs = C.check(r["text"], spans, not clean, prose)
        assert not errs, (r["id"], errs)


def main(argv=()):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check-only", action="store_true")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(list(argv))
    stats = {"verbose": args.verbose}
    data, stats = build(stats)
    data2, _ = build({})
    if data != data2:
        print("second in-process build differs", file=sys.stderr)
        return 1
    if args.stats:
        import pii33_dev_stats as ST  # noqa: E402  (not committed; optional)
        ST.report(data, stats)
    sha = hashlib.sha256(data).hexdigest()
    if args.check_only:
        old = OUT.read_bytes() if OUT.exists() else b""
        if old != data:
            print("%s differs from the generator's output" % OUT, file=sys.stderr)
            return 1
        print("%s is up to date (%d bytes, sha256 %s)" % (OUT.name, len(data), sha))
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print("wrote %s (%d bytes, sha256 %s); redraws en %d, de %d" % (
        OUT, len(data), sha, stats["redraws"]["en"], stats["redraws"]["de"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
