"""Dev half of the thirty-second PII bank (dev32): builds evals/guard/pii/dev32.jsonl.

    python3 scripts/guard-evals/pii32_dev.py               # build, self-check, write the file
    python3 scripts/guard-evals/pii32_dev.py --check-only  # rebuild in memory; exit 1 if the file differs
    python3 scripts/guard-evals/pii32_dev.py --stats       # also print counts, redraws and shares

500 English texts, then 500 German texts.  Per language 400 texts with personal data in 30 genres
(19 prose genres with 14 texts each, 11 layout genres with 12 or 13) and 100 without, in 10 genres
(10 each).  Standard library only.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import pii32_dev_core as C  # noqa: E402
import pii32_dev_de as DE  # noqa: E402
import pii32_dev_en as EN  # noqa: E402
import pii32_dev_layouts as LY  # noqa: E402
import pii32_dev_names as N  # noqa: E402

NAME = "dev32.jsonl"
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii" / NAME
SEEDS = {"en": 320101, "de": 320102}
LANGS = ("en", "de")
TYPES = ("PERSON", "EMAIL", "PHONE", "STREET_ADDRESS", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID")
PROSE_N = 14
CLEAN_N = 10
LAYOUT_TOTAL = 400 - PROSE_N * 19
MAX_TRIES = 200


def template_vocabulary():
    """Every word of every template of both languages: invented names must not be one of them."""
    out = []
    for lang in LANGS:
        prose, layouts, clean = banks(lang)
        for bank in (prose, layouts, clean):
            for gname in bank:
                for tpl in bank[gname]:
                    if isinstance(tpl.body, str):
                        out.extend(C.template_words(tpl.body))
                    else:
                        out.extend(C.code_words(tpl.body))
    return list(dict.fromkeys(w for w in out if len(w) > 2))


def banks(lang):
    mod = EN if lang == "en" else DE
    return mod.PROSE, LY.LAYOUTS, mod.CLEAN


def draw_country(ctx, tpl):
    c = tpl.meta.get("country")
    if isinstance(c, str):
        return c
    if isinstance(c, list):
        return ctx.rng.choice(c)
    ws = C.COUNTRY_WEIGHTS[ctx.lang]
    return ctx.rng.choices([x for x, w in ws], weights=[w for x, w in ws])[0]


def render(ctx, genre, kind, tpl):
    country = draw_country(ctx, tpl)
    g = C.G(ctx, tpl, genre, kind, country)
    if isinstance(tpl.body, str):
        segs = g.r(tpl.body, "P")
    else:
        segs = tpl.body(g)
    prose = kind != "layout"
    swiss = ctx.lang == "de" and country == "CH"
    text, ents = C.finish(segs, prose, swiss)
    bad = C.check_text(text, ents, kind != "clean", prose)
    return g, text, ents, bad


def build_lang(lang, log):
    ctx = C.Ctx(lang, SEEDS[lang])
    rng = ctx.rng
    prose, layouts, clean = banks(lang)
    jobs = []
    for genre in prose:
        tl = prose[genre]
        start = rng.randrange(len(tl))
        for i in range(PROSE_N):
            jobs.append((genre, "prose", (start + i) % len(tl)))
    lgenres = list(layouts)
    extra = rng.sample(lgenres, LAYOUT_TOTAL - 12 * len(lgenres))
    for genre in lgenres:
        tl = layouts[genre]
        start = rng.randrange(len(tl))
        n = 13 if genre in extra else 12
        for i in range(n):
            jobs.append((genre, "layout", (start + i) % len(tl)))
    for genre in clean:
        tl = clean[genre]
        start = rng.randrange(len(tl))
        for i in range(CLEAN_N):
            jobs.append((genre, "clean", (start + i) % len(tl)))
    rng.shuffle(jobs)
    seen = {}
    out = []
    redraws = 0
    reasons = []
    for genre, kind, ti in jobs:
        bank = prose if kind == "prose" else (layouts if kind == "layout" else clean)
        tpl = bank[genre][ti]
        for attempt in range(MAX_TRIES):
            try:
                g, text, ents, bad = render(ctx, genre, kind, tpl)
            except C.Redraw as e:
                bad = ["redraw: " + str(e)]
                g = None
            if not bad and text in seen:
                bad = ["duplicate text"]
            if not bad:
                break
            redraws += 1
            reasons.append((genre, ti, bad[0]))
        else:
            raise SystemExit("could not render %s/%s template %d: %s" % (lang, genre, ti, bad))
        seen[text] = 1
        people = []
        for slot in g.order:
            p = g.people[slot]
            people.append(p)
            if p.cue:
                ctx.cue_total += 1
                if p.invented:
                    ctx.cue_invented += 1
        out.append({"genre": genre, "kind": kind, "ti": ti, "text": text, "ents": ents, "country": g.country,
                    "people": [(p.slot, p.first, p.last, p.info.get("listed_origin"), p.origin, p.invented, p.cue,
                                p.country, list(p.info.get("flags", ())), p.staff) for p in people]})
    for r in reasons:
        log.append((lang,) + r)
    return out, redraws


def to_bytes(recs_by_lang):
    lines = []
    for lang in LANGS:
        for i, r in enumerate(recs_by_lang[lang]):
            rec = {"id": "pii-dev32-%s-%04d" % (lang, i + 1), "text": r["text"], "lang": lang, "genre": r["genre"],
                   "entities": [{"type": t, "start": s, "end": e, "value": v} for (t, s, e, v, f, pid) in r["ents"]]}
            lines.append(json.dumps(rec, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


def build():
    for w in template_vocabulary():
        N.COMMON_WORDS.add(w)
        N.COMMON_WORDS.add(C.fold(w))
    log = []
    recs = {}
    redraws = {}
    for lang in LANGS:
        recs[lang], redraws[lang] = build_lang(lang, log)
    return recs, redraws, log


def final_checks(data, recs):
    lines = data.decode("utf-8").split("\n")
    assert lines[-1] == ""
    lines = lines[:-1]
    assert len(lines) == 1000, len(lines)
    texts = {}
    for i, line in enumerate(lines):
        rec = json.loads(line)
        assert list(rec) == ["id", "text", "lang", "genre", "entities"], rec
        lang = "en" if i < 500 else "de"
        assert rec["id"] == "pii-dev32-%s-%04d" % (lang, (i % 500) + 1), rec["id"]
        assert rec["lang"] == lang
        assert rec["text"] not in texts, "duplicate text"
        texts[rec["text"]] = 1
        ents = []
        for e in rec["entities"]:
            assert list(e) == ["type", "start", "end", "value"], e
            assert e["type"] in TYPES, e
            ents.append((e["type"], e["start"], e["end"], e["value"], None, None))
        prose, layouts, clean = banks(lang)
        kind = "prose" if rec["genre"] in prose else ("layout" if rec["genre"] in layouts else "clean")
        assert rec["genre"] in prose or rec["genre"] in layouts or rec["genre"] in clean
        bad = C.check_text(rec["text"], ents, kind != "clean", kind != "layout")
        assert not bad, (rec["id"], bad)
    for lang in LANGS:
        prose, layouts, clean = banks(lang)
        assert len(prose) == 19 and len(layouts) == 11 and len(clean) == 10
        cnt = {}
        used = {}
        for r in recs[lang]:
            cnt[r["genre"]] = cnt.get(r["genre"], 0) + 1
            used[(r["genre"], r["ti"])] = 1
        for gname in prose:
            assert cnt[gname] == PROSE_N, (lang, gname, cnt[gname])
            assert len(prose[gname]) >= 4
        for gname in layouts:
            assert cnt[gname] in (12, 13), (lang, gname)
            assert len(layouts[gname]) >= 4
        for gname in clean:
            assert cnt[gname] == CLEAN_N, (lang, gname)
            assert len(clean[gname]) >= 4
        for bank in (prose, layouts, clean):
            for gname in bank:
                for ti in range(len(bank[gname])):
                    assert (gname, ti) in used, ("template never used", lang, gname, ti)
        assert sum(1 for r in recs[lang] if r["ents"]) == 400
    assert list(EN.PROSE) == list(DE.PROSE) and list(EN.CLEAN) == list(DE.CLEAN)


# --------------------------------------------------------------------------- statistics for the README

FORM_LINE = re.compile(r"^\s*(?:[-*•]|\d+[.)]|[A-Za-zÄÖÜäöüß .()/-]{1,30}:\s)")


def stats(recs, redraws, data, log):
    p = print
    p("sha256 %s, %d bytes" % (hashlib.sha256(data).hexdigest(), len(data)))
    p("redraws", redraws)
    for x in log:
        p("  redraw", x)
    for lang in LANGS:
        rs = recs[lang]
        p("== %s" % lang)
        tc = {t: 0 for t in TYPES}
        for r in rs:
            for e in r["ents"]:
                tc[e[0]] += 1
        p("types", tc, "all", sum(tc.values()))
        pii = [r for r in rs if r["kind"] != "clean"]
        nl = sorted(r["text"].count("\n") + 1 for r in pii)
        p("lines pii: min %d max %d median %d mean %.1f one-line %d ten+ %d" % (
            nl[0], nl[-1], nl[len(nl) // 2], sum(nl) / len(nl), nl.count(1), sum(1 for x in nl if x >= 10)))
        cl = sorted(r["text"].count("\n") + 1 for r in rs if r["kind"] == "clean")
        p("lines clean: min %d max %d one-line %d" % (cl[0], cl[-1], cl.count(1)))
        cc = {}
        for r in pii:
            cc[r["country"]] = cc.get(r["country"], 0) + 1
        p("countries", sorted(cc.items(), key=lambda x: -x[1]))
        formlike = 0
        for r in pii:
            if r["kind"] != "prose":
                continue
            ls = [x for x in r["text"].split("\n") if x.strip()]
            if len(ls) >= 3 and sum(1 for x in ls if FORM_LINE.match(x)) * 2 >= len(ls):
                formlike += 1
        p("prose texts %d, form-like among them %d" % (sum(1 for r in pii if r["kind"] == "prose"), formlike))
        # people drawn for the texts with personal data
        shown = []
        for r in pii:
            for per in r["people"]:
                shown.append((r, per))
        orig = {}
        for r, per in shown:
            o = per[3]
            orig[o] = orig.get(o, 0) + 1
        tot = sum(orig.values())
        p("people drawn %d, origins %d:" % (tot, len(orig)),
          ", ".join("%s %.1f%%" % (o, 100.0 * n / tot) for o, n in sorted(orig.items(), key=lambda x: -x[1])[:14]))
        dach = sum(orig.get(o, 0) for o in ("german", "austrian", "swiss"))
        eng = sum(orig.get(o, 0) for o in ("english", "american"))
        p("DACH %.1f%%, English+American %.1f%%" % (100.0 * dach / tot, 100.0 * eng / tot))
        fl = {}
        for r, per in shown:
            for f in per[8]:
                fl[f] = fl.get(f, 0) + 1
        p("flags", {k: "%d (%.1f%%)" % (v, 100.0 * v / tot) for k, v in sorted(fl.items())})
        part = sum(1 for r, per in shown if re.match(r"^(von|van|de|di|da|dos|del|zu|vom|ter|le|lo|d'|o'|mc|mac|"
                                                     r"ó|ní|nic|ap|al-|el-|ben|dela)\b",
                                                     per[2].lower()) or per[2].lower().startswith(("mc", "mac", "o'")))
        p("particles %d (%.1f%%)" % (part, 100.0 * part / tot))
        cue = [(r, per) for r, per in shown if per[6]]
        inv = [(r, per) for r, per in cue if per[5]]
        p("invented among cue people: %d of %d (%.1f%%)" % (len(inv), len(cue), 100.0 * len(inv) / len(cue)))
        # invented measured on spans
        nspans = 0
        ninv = 0
        for r in pii:
            for e in r["ents"]:
                if e[0] == "PERSON":
                    nspans += 1
                    parts = [w for w in C.name_parts(e[3]) if len(w) > 1 and w.lower() not in C.PARTICLES]
                    if any(w.lower() not in N.LISTED_PARTS and C.fold(w.lower()) not in N.LISTED_PARTS
                           for w in parts):
                        ninv += 1
        p("PERSON spans with a part in no list: %d of %d (%.1f%%)" % (ninv, nspans, 100.0 * ninv / nspans))
        forms = {}
        for r in pii:
            for e in r["ents"]:
                if e[0] == "PERSON":
                    forms[e[4]] = forms.get(e[4], 0) + 1
        p("name forms", sorted(forms.items(), key=lambda x: -x[1]))
        addr = [e for r in pii for e in r["ents"] if e[0] == "STREET_ADDRESS"]
        af = {}
        for e in addr:
            af[e[4]] = af.get(e[4], 0) + 1
        p("addresses %d: %s" % (len(addr), af))
        # texts that share their wording with another text of their genre (spans and digits masked)
        masked = {}
        for r in rs:
            t = r["text"]
            for e in reversed(r["ents"]):
                t = t[:e[1]] + "#" + t[e[2]:]
            t = re.sub(r"\d+", "0", t)
            masked.setdefault((r["genre"], t), []).append(r)
        same = sum(len(v) for v in masked.values() if len(v) > 1)
        same_pii = sum(len(v) for k, v in masked.items() if len(v) > 1 and v[0]["kind"] != "clean")
        p("texts sharing wording with another of their genre: %d (%d with personal data)" % (same, same_pii))
        inv_nocue = sum(1 for r in pii if r["genre"] == "photo_caption" for per in r["people"] if per[5])
        p("invented people in photo_caption:", inv_nocue)
        ct = {}
        for r in pii:
            for per in r["people"]:
                ct[per[7]] = ct.get(per[7], 0) + 1
        p("people's countries", sorted(ct.items(), key=lambda x: -x[1]))
        ph = [e[3] for r in pii for e in r["ents"] if e[0] == "PHONE"]
        intl = sum(1 for x in ph if x.startswith(("+", "00")))
        p("phones %d, international %d" % (len(ph), intl))
        ib = [e[3] for r in pii for e in r["ents"] if e[0] == "IBAN"]
        p("ibans %d, compact %d, countries %s" % (len(ib), sum(1 for x in ib if " " not in x),
                                                   sorted({x[:2]: 1 for x in ib})))
        ips = [e[3] for r in pii for e in r["ents"] if e[0] == "IP_ADDRESS"]
        import ipaddress
        v6 = sum(1 for x in ips if ":" in x)
        priv = sum(1 for x in ips if ipaddress.ip_address(x).is_private)
        p("ips %d, ipv6 %d, private/doc/ula/link-local %d" % (len(ips), v6, priv))
        p("per genre", {g: sum(1 for r in rs if r["genre"] == g) for g in dict.fromkeys(r["genre"] for r in rs)})


def main(argv=()):
    ap = argparse.ArgumentParser(description="Build the dev half of the thirty-second PII bank (dev32).")
    ap.add_argument("--check-only", action="store_true", help="rebuild in memory; exit 1 if the file differs")
    ap.add_argument("--stats", action="store_true", help="print counts, redraws and shares")
    args = ap.parse_args(list(argv))
    recs, redraws, log = build()
    data = to_bytes(recs)
    final_checks(data, recs)
    recs2, redraws2, log2 = build()
    data2 = to_bytes(recs2)
    if data2 != data:
        print("second in-process build differs", file=sys.stderr)
        return 1
    if args.stats:
        stats(recs, redraws, data, log)
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print("%s differs from the generator's output" % OUT, file=sys.stderr)
            return 1
        print("%s is up to date (%d bytes)" % (OUT, len(data)))
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    tmp = OUT.with_name(OUT.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, OUT)
    print("wrote %s (%d bytes, sha256 %s), redraws en %d, de %d" % (
        OUT, len(data), hashlib.sha256(data).hexdigest(), redraws["en"], redraws["de"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
