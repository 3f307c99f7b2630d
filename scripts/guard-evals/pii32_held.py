"""Held-out half of the thirty-second PII bank (heldout32): build, self-check, write.

    python3 scripts/guard-evals/pii32_held.py               # build, check, write the file
    python3 scripts/guard-evals/pii32_held.py --check-only  # rebuild in memory; exit 1 if the file differs
    python3 scripts/guard-evals/pii32_held.py --stats       # also print counts and shares

Standard library only (Python 3.11). Seeds 320201 (en) and 320202 (de).
"""

import sys

sys.dont_write_bytecode = True

from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402

import pii32_held_core as C  # noqa: E402
import pii32_held_de as DE  # noqa: E402
import pii32_held_en as EN  # noqa: E402
import pii32_held_layouts as LAY  # noqa: E402
import pii32_held_names as NAMES  # noqa: E402

NAME = "heldout32.jsonl"
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii" / NAME
SEEDS = {"en": 320201, "de": 320202}
LANGS = ["en", "de"]

PROSE_GENRES = ["support_email", "crm_note", "team_chat", "business_card_order",
                "visa_invitation_letter", "identity_misuse_claim", "fax_order",
                "unsubscribe_complaint", "collection_agency_dispute", "product_injury_claim",
                "holiday_postcard", "staff_outing_signup", "anniversary_news",
                "lost_loyalty_card", "courier_driver_complaint", "internship_certificate",
                "seasonal_contract", "import_duty_refund"]
LAYOUT_GENRES = ["pg_copy_dump", "psql_expanded_output", "redis_cli_output",
                 "php_serialized_session", "xfdf_form_data", "kml_placemarks", "geojson_features",
                 "postman_collection", "smtp_transcript", "hocr_scan", "livechat_transcript_json",
                 "haproxy_log"]
NOPII_GENRES = ["camp_recipe", "trail_conditions", "product_comparison", "supplier_catalogue",
                "return_instructions", "stock_variance", "kiosk_release_notes", "weather_briefing",
                "order_status_page", "loyalty_tier_rules"]
NO_CUE = ["anniversary_news"]
PER_PROSE = 14
PER_LAYOUT = 12
LAYOUT_EXTRA = 4  # layout genres with 13 texts, drawn per language
PER_NOPII = 10
MAX_TRIES = 200

COUNTRY_WEIGHTS = {
    "en": [("GB", 38), ("US", 27), ("IE", 14), ("DE", 6), ("AT", 3), ("CH", 3), ("FR", 3),
           ("NL", 3), ("IT", 3)],
    "de": [("DE", 52), ("AT", 25), ("CH", 23)],
}


def registry(lang):
    mod = EN if lang == "en" else DE
    out = {}
    for gname in PROSE_GENRES:
        out[gname] = mod.PROSE[gname]
    for gname in LAYOUT_GENRES:
        out[gname] = LAY.LAYOUTS[gname]
    for gname in NOPII_GENRES:
        out[gname] = mod.NOPII[gname]
    return out


def plan(lang, rng):
    reg = registry(lang)
    extra = rng.sample(LAYOUT_GENRES, LAYOUT_EXTRA)
    slots = []
    for gname in PROSE_GENRES + LAYOUT_GENRES + NOPII_GENRES:
        if gname in PROSE_GENRES:
            n = PER_PROSE
        elif gname in LAYOUT_GENRES:
            n = PER_LAYOUT + (1 if gname in extra else 0)
        else:
            n = PER_NOPII
        tpls = reg[gname]
        start = rng.randrange(len(tpls))
        for k in range(n):
            slots.append((gname, (start + k) % len(tpls)))
    rng.shuffle(slots)
    return slots, extra


def draw_country(lang, rng):
    names = [c for c, _ in COUNTRY_WEIGHTS[lang]]
    weights = [w for _, w in COUNTRY_WEIGHTS[lang]]
    return rng.choices(names, weights)[0]


def build():
    rngs = {lang: random.Random(SEEDS[lang]) for lang in LANGS}
    b = C.Build(rngs)
    records = []
    info = {"redraws": {}, "redraw_reasons": {}, "extra": {}, "used": {}, "countries": {},
            "meta": []}
    seen = {}
    for lang in LANGS:
        rng = rngs[lang]
        reg = registry(lang)
        slots, extra = plan(lang, rng)
        info["extra"][lang] = extra
        redraws = 0
        reasons = {}
        for i, (gname, ti) in enumerate(slots):
            tpl = reg[gname][ti]
            meta = getattr(tpl, "meta", {})
            has_pii = gname not in NOPII_GENRES
            prose = gname in PROSE_GENRES or (gname in NOPII_GENRES and not meta.get("layout"))
            for attempt in range(MAX_TRIES):
                country = meta.get("country") or draw_country(lang, rng)
                snap = (dict(b.cue_people), dict(b.inv_people), len(b.people_log))
                g = C.G(b, lang, country, gname, no_invent=gname in NO_CUE,
                        register=meta.get("register"))
                doc = tpl(g)
                text, ents = C.finish(doc.parts, prose, swiss=(lang == "de" and country == "CH"))
                errs = C.check_text(text, ents, has_pii)
                if text in seen:
                    errs.append("duplicate text")
                if not errs:
                    break
                redraws += 1
                for e in errs:
                    key = gname + ": " + re.sub(r":.*", "", e)
                    reasons[key] = reasons.get(key, 0) + 1
                b.cue_people, b.inv_people = snap[0], snap[1]
                del b.people_log[snap[2]:]
            else:
                raise RuntimeError("no valid rendering for %s %s: %s" % (lang, gname, errs))
            seen[text] = True
            rid = "pii-heldout32-%s-%04d" % (lang, i + 1)
            records.append({"id": rid, "text": text, "lang": lang, "genre": gname,
                            "entities": ents})
            info["used"].setdefault((lang, gname), {})[ti] = True
            info["countries"].setdefault(lang, {}).setdefault(country, 0)
            info["countries"][lang][country] += 1
            info["meta"].append({"people": [p for p in g.people if getattr(p, "_named", False)],
                                 "country": country})
        info["redraws"][lang] = redraws
        info["redraw_reasons"][lang] = reasons
    info["build"] = b
    return records, info


def dump(records):
    lines = []
    for r in records:
        ents = [{"type": e["type"], "start": e["start"], "end": e["end"], "value": e["value"]}
                for e in r["entities"]]
        rec = {"id": r["id"], "text": r["text"], "lang": r["lang"], "genre": r["genre"],
               "entities": ents}
        lines.append(json.dumps(rec, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


def final_checks(records, info):
    errs = []
    ids = [r["id"] for r in records]
    want = ["pii-heldout32-en-%04d" % i for i in range(1, 501)] + \
           ["pii-heldout32-de-%04d" % i for i in range(1, 501)]
    if ids != want:
        errs.append("ids not in order")
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    texts = [r["text"] for r in records]
    if len(dict.fromkeys(texts)) != len(texts):
        errs.append("duplicate texts")
    for lang in LANGS:
        rs = [r for r in records if r["lang"] == lang]
        if len(rs) != 500:
            errs.append("%s: %d texts" % (lang, len(rs)))
        counts = {}
        for r in rs:
            counts[r["genre"]] = counts.get(r["genre"], 0) + 1
        for gname in PROSE_GENRES:
            if counts.get(gname) != PER_PROSE:
                errs.append("%s %s: %s" % (lang, gname, counts.get(gname)))
        for gname in LAYOUT_GENRES:
            want_n = PER_LAYOUT + (1 if gname in info["extra"][lang] else 0)
            if counts.get(gname) != want_n:
                errs.append("%s %s: %s" % (lang, gname, counts.get(gname)))
        for gname in NOPII_GENRES:
            if counts.get(gname) != PER_NOPII:
                errs.append("%s %s: %s" % (lang, gname, counts.get(gname)))
        if len(counts) != 40:
            errs.append("%s: %d genres" % (lang, len(counts)))
        with_spans = sum(1 for r in rs if r["entities"])
        if with_spans != 400:
            errs.append("%s: %d texts with spans" % (lang, with_spans))
        reg = registry(lang)
        for gname in PROSE_GENRES + LAYOUT_GENRES + NOPII_GENRES:
            n = len(reg[gname])
            if n < 4:
                errs.append("%s %s: only %d templates" % (lang, gname, n))
            used = info["used"].get((lang, gname), {})
            if len(used) != n:
                errs.append("%s %s: %d of %d templates used" % (lang, gname, len(used), n))
    # every record again, read back from the JSON bytes
    for line in dump(records).decode("utf-8").splitlines():
        r = json.loads(line)
        if list(r.keys()) != ["id", "text", "lang", "genre", "entities"]:
            errs.append(r["id"] + ": key order")
        for e in r["entities"]:
            if list(e.keys()) != ["type", "start", "end", "value"]:
                errs.append(r["id"] + ": entity key order")
        for e in C.check_text(r["text"], r["entities"], r["genre"] not in NOPII_GENRES):
            errs.append(r["id"] + ": " + e)
    return errs


# --------------------------------------------------------------------------------------------
# statistics for the report


def _form_of(value, text, start):
    v = value
    before = text[max(0, start - 12):start]
    if re.search(r"(Mr|Mrs|Ms|Dr|Herr|Herrn|Frau)\.? $", before):
        return "after honorific"
    if re.fullmatch(r"[^\W\d_]\. \S.*", v):
        return "A. Berger"
    if re.fullmatch(r".+ [^\W\d_]\.", v):
        return "Anna B."
    if "," in v:
        return "LAST, First" if v.split(",")[0].isupper() else "Last, First"
    if v.isupper() and len(v) > 1:
        return "capitals"
    if v.islower():
        return "lower case"
    if " " in v:
        return "full name"
    return "one word"


def stats(records, info):
    out = []
    b = info["build"]
    for lang in LANGS:
        rs = [r for r in records if r["lang"] == lang]
        tcount = {}
        for r in rs:
            for e in r["entities"]:
                tcount[e["type"]] = tcount.get(e["type"], 0) + 1
        out.append("%s types: %s total %d" % (lang, json.dumps(tcount), sum(tcount.values())))
        pii = [r for r in rs if r["entities"]]
        lines = [r["text"].count("\n") + 1 for r in pii]
        lines.sort()
        out.append("%s lines (pii): min %d median %d mean %.1f max %d; one-line %d; >=10 %d" % (
            lang, lines[0], lines[len(lines) // 2], sum(lines) / len(lines), lines[-1],
            sum(1 for x in lines if x == 1), sum(1 for x in lines if x >= 10)))
        nl = sorted(r["text"].count("\n") + 1 for r in rs if not r["entities"])
        out.append("%s lines (no pii): %d-%d, one-line %d" % (lang, nl[0], nl[-1],
                                                              sum(1 for x in nl if x == 1)))
        out.append("%s redraws: %d %s" % (lang, info["redraws"][lang],
                                          json.dumps(info["redraw_reasons"][lang], ensure_ascii=False)))
        out.append("%s inner look-alike redraws %d, name retries %d" % (
            lang, b.inner_redraws[lang], b.name_retries[lang]))
        out.append("%s countries: %s" % (lang, json.dumps(info["countries"][lang])))
        out.append("%s layout genres with 13: %s" % (lang, info["extra"][lang]))
        # people shown
        people = [m for r, meta in zip(records, info["meta"]) if r["lang"] == lang
                  for m in meta["people"]]
        origins = {}
        for p in people:
            origins[p.origin] = origins.get(p.origin, 0) + 1
        tot = len(people)
        top = sorted(origins.items(), key=lambda x: -x[1])
        out.append("%s people %d, origins %d: %s" % (lang, tot, len(origins), ", ".join(
            "%s %.1f%%" % (k, 100 * v / tot) for k, v in top[:14])))
        dach = sum(origins.get(k, 0) for k in ("german", "austrian", "swiss"))
        enam = sum(origins.get(k, 0) for k in ("english", "american"))
        out.append("%s DACH %.1f%%, English+American %.1f%%" % (lang, 100 * dach / tot, 100 * enam / tot))
        cue = [p for p in people if p.cue]
        inv = [p for p in cue if p.invented]
        out.append("%s invented people (cue) %d of %d = %.1f%%" % (lang, len(inv), len(cue),
                                                                   100 * len(inv) / max(1, len(cue))))
        word = sum(1 for p in people if p.word_sur)
        hyph = sum(1 for p in people if "-" in p.sur and not p.sur.startswith(("Al-", "El-")))
        dbl = sum(1 for p in people if (" " in p.given or "-" in p.given) and p.origin not in ("korean", "chinese"))
        part = sum(1 for p in people if re.match(r"(von|vom|zu|van|de|ter|di|lo|d'|del|da|dos|dela|o'|mc|mac|ó|ní|nic|ap|al-|el-|ben|le) ?",
                                                  p.sur.lower()))
        out.append("%s word surnames %.1f%%, hyphenated %.1f%%, double given %.1f%%, particles %.1f%%" % (
            lang, 100 * word / tot, 100 * hyph / tot, 100 * dbl / tot, 100 * part / tot))
        # invented measured on the file: PERSON spans with a part in no list
        tot_sp = 0
        inv_sp = 0
        for r in rs:
            if r["genre"] in NO_CUE:
                continue
            for e in r["entities"]:
                if e["type"] != "PERSON":
                    continue
                tot_sp += 1
                parts = [x.strip(".") for x in re.split(r"[\s,\-'’]+", e["value"])]
                parts = [x for x in parts if len(x) > 1 and x.lower() not in C.PARTICLES]
                if any(not C.listed_part(x) for x in parts):
                    inv_sp += 1
        nc_sp = sum(1 for r in rs if r["genre"] in NO_CUE for e in r["entities"] if e["type"] == "PERSON")
        nc_inv = sum(1 for r in rs if r["genre"] in NO_CUE for e in r["entities"] if e["type"] == "PERSON"
                     and any(not C.listed_part(x.strip(".")) for x in re.split(r"[\s,\-'’]+", e["value"])
                             if len(x.strip(".")) > 1 and x.lower() not in C.PARTICLES))
        out.append("%s PERSON spans with an unlisted part (outside %s): %d of %d = %.1f%%; in %s %d of %d" % (
            lang, NO_CUE[0], inv_sp, tot_sp, 100 * inv_sp / max(1, tot_sp), NO_CUE[0], nc_inv, nc_sp))
        forms = {}
        for r in rs:
            for e in r["entities"]:
                if e["type"] == "PERSON":
                    f = _form_of(e["value"], r["text"], e["start"])
                    forms[f] = forms.get(f, 0) + 1
        out.append("%s name forms: %s" % (lang, json.dumps(forms)))
        # address shapes, phones, ibans, ips
        ad = [e["value"] for r in rs for e in r["entities"] if e["type"] == "STREET_ADDRESS"]
        two = sum(1 for v in ad if "\n" in v)
        one = sum(1 for v in ad if "\n" not in v and re.search(r"\d{4,5}|[A-Z]{1,2}\d", v.split(",", 1)[-1])
                  and "," in v)
        out.append("%s addresses %d: two-line %d, one-line with town %d, street alone %d" % (
            lang, len(ad), two, one, len(ad) - two - one))
        ph = [e["value"] for r in rs for e in r["entities"] if e["type"] == "PHONE"]
        intl = sum(1 for v in ph if v.startswith(("+", "00")))
        out.append("%s phones %d, international %d" % (lang, len(ph), intl))
        ib = [e["value"] for r in rs for e in r["entities"] if e["type"] == "IBAN"]
        out.append("%s ibans %d, compact %d, countries %s" % (
            lang, len(ib), sum(1 for v in ib if " " not in v),
            json.dumps({c: sum(1 for v in ib if v.startswith(c)) for c in
                        dict.fromkeys(v[:2] for v in ib)})))
        ips = [e["value"] for r in rs for e in r["entities"] if e["type"] == "IP_ADDRESS"]
        import ipaddress
        v6 = sum(1 for v in ips if ":" in v)
        spec = sum(1 for v in ips if not ipaddress.ip_address(v).is_global)
        out.append("%s ips %d, ipv6 %d, private/doc/ula/link-local %d" % (lang, len(ips), v6, spec))
        # prose share
        prose_rs = [r for r in pii if r["genre"] in PROSE_GENRES]
        formlike = 0
        for r in prose_rs:
            ls = [x for x in r["text"].split("\n") if x.strip()]
            if len(ls) >= 3:
                fl = sum(1 for x in ls if re.match(r"^\s*([-*•]|\d+[.)] )", x)
                         or re.match(r"^[\w .'/-]{1,24}: \S.{0,44}$", x))
                if fl * 2 >= len(ls):
                    formlike += 1
        out.append("%s prose-genre texts %d, form-like %d, running prose share %.1f%%" % (
            lang, len(prose_rs), formlike, 100 * (len(prose_rs) - formlike) / len(pii)))
    return "\n".join(out)


def main(argv=()):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check-only", action="store_true",
                    help="rebuild in memory and exit 1 if the written file differs")
    ap.add_argument("--stats", action="store_true", help="print counts and shares")
    args = ap.parse_args(list(argv))
    records, info = build()
    errs = final_checks(records, info)
    if errs:
        for e in errs[:50]:
            print("CHECK FAILED:", e, file=sys.stderr)
        return 1
    data = dump(records)
    records2, _ = build()
    if dump(records2) != data:
        print("CHECK FAILED: a second build gives other bytes", file=sys.stderr)
        return 1
    sha = hashlib.sha256(data).hexdigest()
    if args.stats:
        print(stats(records, info))
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print("%s differs from the build (sha256 of the build %s)" % (OUT, sha), file=sys.stderr)
            return 1
        print("%s is up to date (%d bytes, sha256 %s)" % (NAME, len(data), sha))
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print("wrote %s: %d records, %d bytes, sha256 %s; redraws en %d, de %d" % (
        OUT, len(records), len(data), sha, info["redraws"]["en"], info["redraws"]["de"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
