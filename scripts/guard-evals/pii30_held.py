#!/usr/bin/env python3
"""Thirtieth PII bank, held-out half: builds evals/guard/pii/heldout30.jsonl.

    python3 scripts/guard-evals/pii30_held.py               # build, self-check, write
    python3 scripts/guard-evals/pii30_held.py --check-only  # rebuild in memory; exit 1 if the file differs
    python3 scripts/guard-evals/pii30_held.py --stats       # also print counts, redraws and shares

Standard library only.  500 English texts, then 500 German texts; per language
400 with personal data in 30 genres and 100 without in 10 genres."""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import pii30_held_core as C  # noqa: E402
import pii30_held_names as N  # noqa: E402
import pii30_held_en as EN  # noqa: E402
import pii30_held_de as DE  # noqa: E402
import pii30_held_layouts as LY  # noqa: E402

NAME = "heldout30.jsonl"
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii" / NAME
SEEDS = {"en": 300201, "de": 300202}
PREFIX = "pii-heldout30"

PROSE_GENRES = ["crm_note", "support_email", "team_chat", "call_note", "postal_letter", "staff_newsletter",
                "sms_thread", "boot_fitting", "found_item", "course_waitlist", "rental_damage", "theft_report",
                "trial_shift", "rep_visit", "guide_booking", "nps_verbatim", "gift_card_reissue", "talk_rsvp"]
LAYOUT_GENRES = ["lead_csv", "json_record", "mail_header", "vcard_ical", "ocr_form", "server_log", "pick_list",
                 "pdf_invoice_text", "config_diff", "har_capture", "store_config", "address_check_api"]
NOPII_GENRES = ["care_guide", "repair_price_list", "hut_route", "supplier_memo", "stock_transfer", "pos_changelog",
                "window_display", "weather_bulletin", "price_change_list", "course_programme"]
NO_CUE_GENRES = ["staff_newsletter"]
# genres whose names are new compared with the README lines the author could read
NEW_GENRES = ["staff_newsletter", "sms_thread", "boot_fitting", "found_item", "course_waitlist", "rental_damage",
              "theft_report", "trial_shift", "rep_visit", "guide_booking", "nps_verbatim", "gift_card_reissue",
              "talk_rsvp", "pick_list", "pdf_invoice_text", "config_diff", "har_capture", "store_config",
              "address_check_api"]
TYPES = ["PERSON", "EMAIL", "PHONE", "STREET_ADDRESS", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID"]
MAX_ATTEMPTS = 200


def templates_for(lang, genre):
    mod = EN if lang == "en" else DE
    if genre in PROSE_GENRES:
        return mod.PROSE[genre]
    if genre in NOPII_GENRES:
        return mod.NOPII[genre]
    return LY.LAYOUTS[genre]


def kind_of(genre):
    if genre in PROSE_GENRES:
        return "prose"
    if genre in LAYOUT_GENRES:
        return "layout"
    return "nopii"


def split_directive(t):
    text_country, pins = None, {}
    if t.startswith("§"):
        j = t.index("§", 1)
        for d in t[1:j].split(";"):
            if "=" in d:
                k, v = d.split("=")
                pins[k] = v
            else:
                text_country = d
        t = t[j + 1:]
    return t, text_country, pins


def template_words(t):
    t = re.sub(r"\{[^}]*\}", " ", t)
    return list(dict.fromkeys(w.lower() for w in re.findall(r"[^\W\d_]+", t)))


def render_one(rng, lang, genre, tpl):
    kind = kind_of(genre)
    countries = C.EN_COUNTRIES if lang == "en" else C.DE_COUNTRIES
    if isinstance(tpl, str):
        body, country, pins = split_directive(tpl)
        country = country or C.wchoice(rng, countries)
        needs = {}
        for k, a in C.slots_of(body):
            if k in C.PERSON_KEYS:
                needs.setdefault(k, []).append(a)
        c = C.Ctx(rng, lang, genre, country, genre not in NO_CUE_GENRES, needs, pins)
        c.bad_words = template_words(body) + N.COMMON_WORDS
        pieces = c.T(body)
    else:
        country = C.wchoice(rng, countries)
        c = C.Ctx(rng, lang, genre, country, True, {}, {})
        c.bad_words = list(N.COMMON_WORDS)
        pieces = tpl(c)
    text, ents = C.assemble(pieces, kind != "layout", lang == "de" and country == "CH")
    C.check_record(text, ents, kind != "nopii")
    return text, ents, c


def build_lang(lang, stats):
    rng = random.Random(SEEDS[lang])
    layout13 = rng.sample(LAYOUT_GENRES, 4)
    plan = []
    for g in PROSE_GENRES + LAYOUT_GENRES + NOPII_GENRES:
        kind = kind_of(g)
        n = {"prose": 14, "nopii": 10}.get(kind) or (13 if g in layout13 else 12)
        tpls = templates_for(lang, g)
        start = rng.randrange(len(tpls))
        for i in range(n):
            plan.append((g, (start + i) % len(tpls)))
    rng.shuffle(plan)
    records, seen = [], {}
    used = {}
    for i, (genre, ti) in enumerate(plan):
        tpl = templates_for(lang, genre)[ti]
        for attempt in range(MAX_ATTEMPTS):
            try:
                text, ents, c = render_one(rng, lang, genre, tpl)
                if text in seen:
                    raise C.Redraw("duplicate text")
                break
            except C.Redraw as e:
                reason = str(e).split(" ")[0:3]
                key = " ".join(reason)
                stats["redraws"][lang] = stats["redraws"][lang] + 1
                stats["reasons"].setdefault(lang + ": " + key, 0)
                stats["reasons"][lang + ": " + key] += 1
        else:
            raise RuntimeError("no valid rendering for %s %s %d" % (lang, genre, ti))
        seen[text] = True
        used.setdefault(genre, []).append(ti)
        rec = {"id": "%s-%s-%04d" % (PREFIX, lang, i + 1), "text": text, "lang": lang, "genre": genre,
               "entities": ents}
        records.append(rec)
        collect(stats, lang, genre, c, rec)
    stats["used"][lang] = used
    return records


def collect(stats, lang, genre, c, rec):
    s = stats.setdefault("people", {}).setdefault(lang, [])
    for k in c.order:
        p = c.people[k]
        if not p.shown:
            continue
        s.append({"genre": genre, "origin": p.origin, "inv": p.inv, "word": p.word_sur, "hyph": p.hyph,
                  "double": p.double, "particle": p.particle, "forms": list(p.shown), "country": p.country})
    stats.setdefault("countries", {}).setdefault(lang, {}).setdefault(c.country, 0)
    stats["countries"][lang][c.country] += 1


def new_stats():
    return {"redraws": {"en": 0, "de": 0}, "reasons": {}, "used": {}}


def build(stats=None):
    stats = stats if stats is not None else new_stats()
    C.INNER["person"] = C.INNER["number"] = 0
    records = build_lang("en", stats) + build_lang("de", stats)
    stats["inner"] = dict(C.INNER)
    final_checks(records, stats)
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    return ("\n".join(lines) + "\n").encode("utf-8"), records, stats


def final_checks(records, stats):
    assert len(records) == 1000
    ids = [r["id"] for r in records]
    assert len(dict.fromkeys(ids)) == 1000
    exp = ["%s-en-%04d" % (PREFIX, i) for i in range(1, 501)] + ["%s-de-%04d" % (PREFIX, i) for i in range(1, 501)]
    assert ids == exp, "ids out of order"
    texts = [r["text"] for r in records]
    assert len(dict.fromkeys(texts)) == 1000, "duplicate text"
    for lang in ("en", "de"):
        recs = [r for r in records if r["lang"] == lang]
        assert len(recs) == 500
        counts = {}
        for r in recs:
            counts[r["genre"]] = counts.get(r["genre"], 0) + 1
        assert sorted(counts) == sorted(PROSE_GENRES + LAYOUT_GENRES + NOPII_GENRES)
        assert sum(counts[g] for g in PROSE_GENRES) == 252
        assert sum(counts[g] for g in LAYOUT_GENRES) == 148
        for g in PROSE_GENRES:
            assert counts[g] == 14, (g, counts[g])
        for g in LAYOUT_GENRES:
            assert counts[g] in (12, 13), (g, counts[g])
        for g in NOPII_GENRES:
            assert counts[g] == 10
        assert sum(1 for r in recs if r["entities"]) == 400
        for g in PROSE_GENRES + LAYOUT_GENRES + NOPII_GENRES:
            n = len(templates_for(lang, g))
            assert n >= 4, (lang, g, n)
            assert sorted(dict.fromkeys(stats["used"][lang][g])) == list(range(n)), (lang, g, "template unused")
    for r in records:
        assert list(r) == ["id", "text", "lang", "genre", "entities"]
        for e in r["entities"]:
            assert list(e) == ["type", "start", "end", "value"]
            assert e["type"] in TYPES
        C.check_record(r["text"], r["entities"], r["genre"] not in NOPII_GENRES)


def main(argv=()):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check-only", action="store_true", help="rebuild in memory and compare with the file")
    ap.add_argument("--stats", action="store_true", help="print counts, redraws and shares")
    args = ap.parse_args(list(argv))
    data, records, stats = build()
    data2, _, _ = build()
    if data != data2:
        print("second in-process build differs", file=sys.stderr)
        return 1
    if args.stats:
        print_stats(records, stats)
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print("%s differs from the generator output" % OUT, file=sys.stderr)
            return 1
        print("%s is up to date (%d bytes)" % (OUT, len(data)))
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print("wrote %s (%d bytes)" % (OUT, len(data)))
    return 0


# --------------------------------------------------------------------------
# statistics for the README

def form_like(text):
    lines = [x for x in text.split("\n") if x.strip()]
    if len(lines) < 3:
        return False
    k = sum(1 for x in lines if re.match(r"^\s*(?:[-*•]|\d+[.)]|[A-Za-zÄÖÜäöüß .()/-]{2,30}:\s)", x))
    return k * 2 >= len(lines)


def print_stats(records, stats):
    import hashlib
    print("redraws:", stats["redraws"], "inner (not counted as redraws):", stats["inner"])
    for k in sorted(stats["reasons"]):
        print("  ", k, stats["reasons"][k])
    for lang in ("en", "de"):
        recs = [r for r in records if r["lang"] == lang]
        tc = {t: 0 for t in TYPES}
        for r in recs:
            for e in r["entities"]:
                tc[e["type"]] += 1
        print(lang, "types", tc, "all", sum(tc.values()))
        pii = [r for r in recs if r["entities"]]
        nl = sorted(r["text"].count("\n") + 1 for r in pii)
        print(lang, "lines pii: min", nl[0], "max", nl[-1], "median", nl[len(nl) // 2], "mean %.1f" % (sum(nl) / len(nl)),
              "one-line", sum(1 for x in nl if x == 1), ">=10", sum(1 for x in nl if x >= 10))
        nl2 = sorted(r["text"].count("\n") + 1 for r in recs if not r["entities"])
        print(lang, "lines nopii: min", nl2[0], "max", nl2[-1])
        prose = [r for r in recs if r["genre"] in PROSE_GENRES]
        fl = sum(1 for r in prose if form_like(r["text"]) and r["genre"] not in ("team_chat", "sms_thread"))
        print(lang, "form-like in prose genres", fl, "of", len(prose), "-> running prose share %.1f%%" % (100.0 * (len(prose) - fl) / 400))
        per = {}
        for r in prose:
            if form_like(r["text"]) and r["genre"] not in ("team_chat", "sms_thread"):
                per[r["genre"]] = per.get(r["genre"], 0) + 1
        print(lang, "form-like per genre", sorted(per.items()))
        # invented share on the file
        tot = inv = 0
        totn = invn = 0
        for r in recs:
            for e in r["entities"]:
                if e["type"] != "PERSON":
                    continue
                toks = [t for t in re.findall(r"[^\W\d_]+", e["value"]) if len(t) > 1 and t.lower() not in N.PARTICLES]
                unl = any(not N.is_listed(t) for t in toks)
                if r["genre"] in NO_CUE_GENRES:
                    totn += 1
                    invn += unl
                else:
                    tot += 1
                    inv += unl
        print(lang, "PERSON spans with an unlisted part: %d of %d (%.1f%%) outside no-cue; %d of %d in no-cue" % (inv, tot, 100.0 * inv / tot, invn, totn))
        ppl = stats["people"][lang]
        cue = [p for p in ppl if p["genre"] not in NO_CUE_GENRES]
        print(lang, "people shown", len(ppl), "with cue", len(cue), "invented %d (%.1f%%)" % (
            sum(1 for p in cue if p["inv"]), 100.0 * sum(1 for p in cue if p["inv"]) / len(cue)))
        for flag in ("word", "hyph", "double", "particle"):
            print(lang, flag, "%.1f%%" % (100.0 * sum(1 for p in ppl if p[flag]) / len(ppl)))
        orig = {}
        for p in ppl:
            orig[p["origin"]] = orig.get(p["origin"], 0) + 1
        top = sorted(orig.items(), key=lambda x: (-x[1], x[0]))
        print(lang, "origins", len(orig), ", ".join("%s %.1f%%" % (k, 100.0 * v / len(ppl)) for k, v in top[:14]))
        forms = {}
        for p in ppl:
            for f in p["forms"]:
                forms[f] = forms.get(f, 0) + 1
        print(lang, "forms", sorted(forms.items()))
        print(lang, "countries", sorted(stats["countries"][lang].items(), key=lambda x: -x[1]))
        addr = [e for r in recs for e in r["entities"] if e["type"] == "STREET_ADDRESS"]
        print(lang, "addresses", len(addr), "two-line", sum(1 for e in addr if "\n" in e["value"]),
              "street alone", sum(1 for e in addr if "," not in e["value"] and "\n" not in e["value"]))
        ph = [e for r in recs for e in r["entities"] if e["type"] == "PHONE"]
        print(lang, "phones", len(ph), "international", sum(1 for e in ph if e["value"].startswith(("+", "00"))))
        ib = [e for r in recs for e in r["entities"] if e["type"] == "IBAN"]
        print(lang, "ibans", len(ib), "compact", sum(1 for e in ib if " " not in e["value"]))
        ips = [e for r in recs for e in r["entities"] if e["type"] == "IP_ADDRESS"]
        print(lang, "ips", len(ips), "v6", sum(1 for e in ips if ":" in e["value"]))
        # same wording with values masked
        masks = {}
        for r in recs:
            t = r["text"]
            for e in reversed(r["entities"]):
                t = t[:e["start"]] + "#" + t[e["end"]:]
            t = re.sub(r"\d", "0", t)
            masks.setdefault((r["genre"], t), []).append(r["id"])
        print(lang, "texts sharing wording with another of their genre", sum(len(v) for v in masks.values() if len(v) > 1))
    data = ("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n").encode("utf-8")
    print("sha256", hashlib.sha256(data).hexdigest(), "bytes", len(data))
    print("names", N.counts())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
