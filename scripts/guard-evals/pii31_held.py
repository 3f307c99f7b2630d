#!/usr/bin/env python3
"""Held-out half of the thirty-first PII bank: writes evals/guard/pii/heldout31.jsonl.

    python3 scripts/guard-evals/pii31_held.py               # build, self-check, write the file
    python3 scripts/guard-evals/pii31_held.py --check-only  # rebuild in memory; exit 1 if the file differs
    python3 scripts/guard-evals/pii31_held.py --stats       # also print counts, redraws and shares

500 English texts, then 500 German texts. Per language 400 texts with personal data in 30 genres
(18 prose genres with 14 texts each, 12 layout genres with 12 or 13 texts) and 100 texts without
personal data in 10 genres (10 each). Standard library only.
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

import pii31_held_core as C  # noqa: E402
import pii31_held_de as DE  # noqa: E402
import pii31_held_en as EN  # noqa: E402
import pii31_held_layouts as LY  # noqa: E402

NAME = "heldout31.jsonl"
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii" / NAME
SEEDS = {"en": 310201, "de": 310202}
PROSE_N = 14
LAYOUT_N = (13, 12)      # four layout genres get 13 texts, the other eight 12
NOPII_N = 10
KEYS = ["id", "text", "lang", "genre", "entities"]
EKEYS = ["type", "start", "end", "value"]


def banks(lang):
    mod = EN if lang == "en" else DE
    return mod.PROSE, LY.LAYOUTS, mod.NOPII


def plan_lang(lang, rng):
    prose, layouts, nopii = banks(lang)
    plan = []
    for genre, tmpls in prose.items():
        start = rng.randrange(len(tmpls))
        for i in range(PROSE_N):
            plan.append(("prose", genre, tmpls[(start + i) % len(tmpls)]))
    lay_genres = list(layouts)
    big = rng.sample(lay_genres, 4)
    for genre in lay_genres:
        tmpls = layouts[genre]
        n = LAYOUT_N[0] if genre in big else LAYOUT_N[1]
        start = rng.randrange(len(tmpls))
        for i in range(n):
            plan.append(("layout", genre, tmpls[(start + i) % len(tmpls)]))
    for genre, tmpls in nopii.items():
        start = rng.randrange(len(tmpls))
        for i in range(NOPII_N):
            plan.append(("nopii", genre, tmpls[(start + i) % len(tmpls)]))
    pii_part = [p for p in plan if p[0] != "nopii"]
    no_part = [p for p in plan if p[0] == "nopii"]
    rng.shuffle(pii_part)
    rng.shuffle(no_part)
    # texts with and without personal data are mixed over the ids
    mixed = pii_part + no_part
    rng.shuffle(mixed)
    return mixed, big


def render_one(lang, rng, kind, genre, fn, seen, stats):
    redraws = 0
    last = None
    for attempt in range(200):
        country = getattr(fn, "country", None) or C.Gen(rng, lang, genre, "DE", {}).weighted(C.Gen.TEXT_COUNTRY[lang])
        forbidden = dict.fromkeys(C.FORBIDDEN_BASE + C.template_words(fn))
        g = C.Gen(rng, lang, genre, country, forbidden, cue=(genre not in NO_CUE_GENRES), stats=stats)
        doc = fn(g)
        text, ents = C.build(doc, prose=(kind != "layout"), swiss=(lang == "de" and country == "CH"))
        errs = C.check_record(text, ents, pii=(kind != "nopii"))
        if text in seen:
            errs.append("duplicate text")
        if not errs:
            return text, ents, g, redraws, country
        redraws += 1
        last = errs
        stats.setdefault("redraw_reasons", []).append((lang, genre, fn.__name__, errs[0]))
    raise AssertionError("%s %s %s: %s" % (lang, genre, fn.__name__, last))


NO_CUE_GENRES = ["tour_report"]


def build_all(stats=None):
    stats = stats if stats is not None else {}
    records = []
    seen = {}
    stats["redraws"] = {}
    stats["used_templates"] = {}
    stats["people"] = {}
    stats["countries"] = {}
    stats["big_layouts"] = {}
    for lang in ("en", "de"):
        rng = random.Random(SEEDS[lang])
        plan, big = plan_lang(lang, rng)
        stats["big_layouts"][lang] = big
        stats["redraws"][lang] = 0
        people = []
        n = 0
        for kind, genre, fn in plan:
            text, ents, g, red, country = render_one(lang, rng, kind, genre, fn, seen, stats)
            stats["redraws"][lang] += red
            seen[text] = True
            n += 1
            rid = "pii-heldout31-%s-%04d" % (lang, n)
            ents = [{k: e[k] for k in EKEYS} for e in ents]
            records.append({"id": rid, "text": text, "lang": lang, "genre": genre, "entities": ents})
            stats["used_templates"].setdefault((lang, genre), []).append(fn.__name__)
            stats["countries"].setdefault(lang, {}).setdefault(country, 0)
            stats["countries"][lang][country] += 1
            pvals = [e["value"] for e in ents if e["type"] == "PERSON"]
            for p in g.people:
                parts = p.parts()
                shown = any(any(w in C.words_of(v) for w in parts) for v in pvals)
                if shown:
                    people.append((genre, p.origin, p.invented, p.surname, p.given, kind))
        stats["people"][lang] = people
    return records


def dump(records):
    lines = []
    for r in records:
        lines.append(json.dumps({k: r[k] for k in KEYS}, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


def final_checks(records, data, stats):
    prose_en, layouts, nopii_en = banks("en")
    errs = []
    ids = [r["id"] for r in records]
    want = ["pii-heldout31-en-%04d" % i for i in range(1, 501)] + ["pii-heldout31-de-%04d" % i for i in range(1, 501)]
    if ids != want:
        errs.append("ids not in order")
    if len(dict.fromkeys(ids)) != len(ids):
        errs.append("duplicate ids")
    texts = [r["text"] for r in records]
    if len(dict.fromkeys(texts)) != len(texts):
        errs.append("duplicate texts")
    for lang in ("en", "de"):
        prose, layouts, nopii = banks(lang)
        if len(prose) != 18 or len(layouts) != 12 or len(nopii) != 10:
            errs.append("%s: genre counts %d/%d/%d" % (lang, len(prose), len(layouts), len(nopii)))
        recs = [r for r in records if r["lang"] == lang]
        if len(recs) != 500:
            errs.append("%s: %d records" % (lang, len(recs)))
        cnt = {}
        for r in recs:
            cnt[r["genre"]] = cnt.get(r["genre"], 0) + 1
        for gname in prose:
            if cnt.get(gname) != PROSE_N:
                errs.append("%s %s: %s texts" % (lang, gname, cnt.get(gname)))
        big = stats["big_layouts"][lang]
        for gname in layouts:
            n = LAYOUT_N[0] if gname in big else LAYOUT_N[1]
            if cnt.get(gname) != n:
                errs.append("%s %s: %s texts" % (lang, gname, cnt.get(gname)))
        for gname in nopii:
            if cnt.get(gname) != NOPII_N:
                errs.append("%s %s: %s texts" % (lang, gname, cnt.get(gname)))
        with_pii = [r for r in recs if r["entities"]]
        if len(with_pii) != 400:
            errs.append("%s: %d texts with spans" % (lang, len(with_pii)))
        for bank in (prose, layouts, nopii):
            for gname, tmpls in bank.items():
                if len(tmpls) < 4:
                    errs.append("%s %s: %d templates" % (lang, gname, len(tmpls)))
                used = stats["used_templates"].get((lang, gname), [])
                for t in tmpls:
                    if t.__name__ not in used:
                        errs.append("%s %s: template %s unused" % (lang, gname, t.__name__))
    # every record again, read back from the bytes
    back = [json.loads(line) for line in data.decode("utf-8").splitlines()]
    for r in back:
        if list(r) != KEYS:
            errs.append("%s: key order" % r["id"])
        for e in r["entities"]:
            if list(e) != EKEYS:
                errs.append("%s: entity key order" % r["id"])
        pii = r["genre"] not in banks(r["lang"])[2]
        if r["lang"] not in ("en", "de"):
            errs.append("%s: lang" % r["id"])
        for e in C.check_record(r["text"], r["entities"], pii):
            errs.append("%s: %s" % (r["id"], e))
    return errs


def print_stats(records, data, stats):
    print("sha256", hashlib.sha256(data).hexdigest(), "bytes", len(data), "lines", data.count(b"\n"))
    for lang in ("en", "de"):
        recs = [r for r in records if r["lang"] == lang]
        cnt = {}
        for r in recs:
            for e in r["entities"]:
                cnt[e["type"]] = cnt.get(e["type"], 0) + 1
        print(lang, {t: cnt.get(t, 0) for t in C.TYPES}, "all", sum(cnt.values()))
        print(lang, "redraws", stats["redraws"][lang], "person redraws (inner)", stats.get("person_redraws"))
        pii = [r for r in recs if r["entities"]]
        lines = sorted(r["text"].count("\n") + 1 for r in pii)
        print(lang, "lines with pii: min %d median %d mean %.1f max %d; one-line %d; >=10 %d" % (
            lines[0], lines[len(lines) // 2], sum(lines) / len(lines), lines[-1],
            sum(1 for x in lines if x == 1), sum(1 for x in lines if x >= 10)))
        nl = sorted(r["text"].count("\n") + 1 for r in recs if not r["entities"])
        print(lang, "lines without pii: min %d max %d one-line %d" % (nl[0], nl[-1], sum(1 for x in nl if x == 1)))
        print(lang, "countries", sorted(stats["countries"][lang].items(), key=lambda kv: -kv[1]))
        ppl = stats["people"][lang]
        cue = [p for p in ppl if p[0] not in NO_CUE_GENRES]
        inv = [p for p in cue if p[2]]
        print(lang, "people shown %d; with a cue %d; invented %d (%.1f %%); in %s: %d, invented %d" % (
            len(ppl), len(cue), len(inv), 100.0 * len(inv) / max(1, len(cue)), NO_CUE_GENRES[0],
            len(ppl) - len(cue), len([p for p in ppl if p[0] in NO_CUE_GENRES and p[2]])))
        # spans with a part in no list
        tot = 0
        unk = 0
        for r in recs:
            for e in r["entities"]:
                if e["type"] != "PERSON" or r["genre"] in NO_CUE_GENRES:
                    continue
                tot += 1
                ws = [w for w in C.words_of(e["value"]) if w not in C.PARTICLES and len(w) > 1]
                if any(w not in C.KNOWN for w in ws):
                    unk += 1
        print(lang, "PERSON spans outside %s with a part in no list: %d of %d (%.1f %%)" % (
            NO_CUE_GENRES[0], unk, tot, 100.0 * unk / max(1, tot)))
        orig = {}
        for p in ppl:
            orig[p[1]] = orig.get(p[1], 0) + 1
        tops = sorted(orig.items(), key=lambda kv: -kv[1])
        print(lang, "origins %d:" % len(orig), ", ".join("%s %.1f%%" % (k, 100.0 * v / len(ppl)) for k, v in tops[:14]))
        word = dict.fromkeys(C.fold(w) for w in C.N.EN_WORD_SURNAMES + C.N.DE_WORD_SURNAMES)
        nword = sum(1 for p in ppl if any(C.fold(x) in word for x in re.split(r"[- ]", p[3])))
        hyph = sum(1 for p in ppl if "-" in p[3])
        part = sum(1 for p in ppl if any(C.fold(x) in C.PARTICLES for x in p[3].replace("'", " ' ").split()) or p[3].startswith(("O'", "D'", "Mc", "Mac")))
        dbl = sum(1 for p in ppl if (" " in p[4] or "-" in p[4]) and p[1] not in ("korean", "chinese"))
        print(lang, "word surnames %.1f %%, hyphenated %.1f %%, particles %.1f %%, double given %.1f %%" % (
            100.0 * nword / len(ppl), 100.0 * hyph / len(ppl), 100.0 * part / len(ppl), 100.0 * dbl / len(ppl)))
        ips = [e["value"] for r in recs for e in r["entities"] if e["type"] == "IP_ADDRESS"]
        v6 = [v for v in ips if ":" in v]
        import ipaddress
        priv = [v for v in ips if not ipaddress.ip_address(v).is_global]
        print(lang, "IP spans %d, IPv6 %d, private/doc/ULA/link-local %d" % (len(ips), len(v6), len(priv)))
        addrs = [e["value"] for r in recs for e in r["entities"] if e["type"] == "STREET_ADDRESS"]
        print(lang, "addresses %d, two lines %d" % (len(addrs), sum(1 for a in addrs if "\n" in a)))
        ph = [e["value"] for r in recs for e in r["entities"] if e["type"] == "PHONE"]
        print(lang, "phones %d, international %d" % (len(ph), sum(1 for v in ph if v.startswith(("+", "00")))))
    reasons = {}
    for lang, genre, name, e in stats.get("redraw_reasons", []):
        k = (lang, genre, re.sub(r"'.*", "", e))
        reasons[k] = reasons.get(k, 0) + 1
    for k, v in sorted(reasons.items(), key=lambda kv: -kv[1])[:30]:
        print("redraw", k, v)


def main(argv=()):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check-only", action="store_true", help="rebuild in memory; exit 1 if the file differs")
    ap.add_argument("--stats", action="store_true", help="print counts, redraws and shares")
    args = ap.parse_args(list(argv))
    stats = {}
    records = build_all(stats)
    data = dump(records)
    errs = final_checks(records, data, stats)
    again = dump(build_all({}))
    if again != data:
        errs.append("a second in-process build gave other bytes")
    if errs:
        for e in errs[:60]:
            print("check failed:", e, file=sys.stderr)
        return 1
    if args.stats:
        print_stats(records, data, stats)
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print("%s differs from the generator's output" % OUT, file=sys.stderr)
            return 1
        print("%s is up to date (sha256 %s)" % (OUT.name, hashlib.sha256(data).hexdigest()))
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print("wrote %s: %d records, %d bytes, sha256 %s" % (OUT, len(records), len(data), hashlib.sha256(data).hexdigest()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
