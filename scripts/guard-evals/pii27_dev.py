#!/usr/bin/env python3
"""Dev half of the twenty-seventh PII bank: writes evals/guard/pii/dev27.jsonl.

    python3 scripts/guard-evals/pii27_dev.py               # build, self-check, write
    python3 scripts/guard-evals/pii27_dev.py --check-only  # rebuild in memory; exit 1 if the file differs
    python3 scripts/guard-evals/pii27_dev.py --stats       # also print counts, redraws, name shares

500 English texts, then 500 German texts. Per language 400 texts with personal data in 30
genres and 100 without in 10 genres. Standard library only.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii27_dev_core as C  # noqa: E402
import pii27_dev_de as DE  # noqa: E402
import pii27_dev_en as EN  # noqa: E402
import pii27_dev_layouts as LAY  # noqa: E402
import pii27_dev_names as NM  # noqa: E402

NAME = "dev27.jsonl"
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii" / NAME
SEEDS = {"en": 270101, "de": 270102}

PROSE = ["crm_note", "support_email", "signed_review", "email_signature", "team_chat", "call_note", "name_prose",
         "postal_letter", "name_change_request", "bereavement_notice", "store_ban_notice", "it_helpdesk",
         "exit_interview", "secret_santa", "parental_consent", "whistleblower_report", "cctv_request", "gear_inspection"]
LAYOUT = ["lead_csv", "json_record", "server_log", "mail_header", "html_form", "ocr_scan", "edifact_message",
          "staff_directory", "call_detail_record", "test_fixture", "crash_report", "timeclock_export"]
CLEAN = ["product_copy", "trail_report", "returns_policy", "shipment_notice", "b2b_price_list", "release_notes",
         "store_events", "inventory_report", "size_chart", "kpi_dashboard"]
NEW = ["name_change_request", "bereavement_notice", "store_ban_notice", "it_helpdesk", "exit_interview",
       "secret_santa", "parental_consent", "whistleblower_report", "cctv_request", "gear_inspection",
       "edifact_message", "staff_directory", "call_detail_record", "test_fixture", "crash_report", "timeclock_export"]
FOURTEEN = ["crm_note", "support_email", "team_chat", "call_note", "name_prose", "postal_letter",
            "lead_csv", "json_record", "server_log", "html_form"]
COUNTRY_W = {
    "en": (["GB", "US", "IE", "DE", "AT", "CH", "FR", "NL", "IT"], [36, 30, 14, 6, 3, 3, 3, 3, 2]),
    "de": (["DE", "AT", "CH", "GB", "US", "IE", "FR", "NL", "IT"], [50, 23, 19, 2, 1, 1, 1.5, 1.5, 1]),
}
MAX_TRIES = 200


def plan_counts():
    out = []
    for gname in PROSE + LAYOUT:
        out.append((gname, 14 if gname in FOURTEEN else 13, True))
    for gname in CLEAN:
        out.append((gname, 10, False))
    return out


def templates(lang):
    mod = EN if lang == "en" else DE
    t = {}
    for gname in PROSE:
        t[gname] = mod.PROSE[gname]
    for gname in LAYOUT:
        t[gname] = LAY.LAYOUTS[gname]
    for gname in CLEAN:
        t[gname] = mod.CLEAN[gname]
    return t


def build_lang(lang):
    rng = random.Random(SEEDS[lang])
    tpl = templates(lang)
    slots = []
    for gname, n, pii in plan_counts():
        slots.extend([(gname, pii)] * n)
    rng.shuffle(slots)
    start = {}
    for gname, _, _ in plan_counts():
        start[gname] = rng.randrange(len(tpl[gname]))
    used = {gname: 0 for gname, _, _ in plan_counts()}
    seen = {}
    records = []
    redraws = []
    info = []
    countries, cw = COUNTRY_W[lang]
    for gname, pii in slots:
        tl = tpl[gname]
        k = (start[gname] + used[gname]) % len(tl)
        used[gname] += 1
        fn = tl[k]
        for attempt in range(MAX_TRIES):
            g = C.G(rng, lang, gname, rng.choices(countries, cw)[0])
            try:
                d = fn(g)
            except C.Retry as ex:
                redraws.append((gname, fn.__name__, "retry: %s" % ex))
                continue
            ents = sorted(d.ents, key=lambda e: (e[1], e[2]))
            text, ents = C.normalize(d.text(), ents)
            reason = C.check_text(text, ents, pii)
            if reason is None and text in seen:
                reason = "duplicate text"
            if reason:
                redraws.append((gname, fn.__name__, reason))
                continue
            break
        else:
            raise RuntimeError("no valid rendering for %s/%s: %s" % (lang, fn.__name__, redraws[-1]))
        seen[text] = True
        rid = "pii-dev27-%s-%04d" % (lang, len(records) + 1)
        records.append({"id": rid, "text": text, "lang": lang, "genre": gname,
                        "entities": [{"type": t, "start": s, "end": e, "value": v} for (t, s, e, v) in ents]})
        info.append({"template": fn.__name__, "country": g.country,
                     "people": [(p.origin, p.first, p.last, p.inv, p.gender) for p in g.people]})
    return records, redraws, info


def build():
    recs, red, inf = [], {}, {}
    for lang in ("en", "de"):
        r, rd, i = build_lang(lang)
        recs.extend(r)
        red[lang] = rd
        inf[lang] = i
    lines = [json.dumps(r, ensure_ascii=False) for r in recs]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    return data, recs, red, inf


def final_checks(recs, inf):
    errs = []
    ids = [r["id"] for r in recs]
    want = ["pii-dev27-en-%04d" % i for i in range(1, 501)] + ["pii-dev27-de-%04d" % i for i in range(1, 501)]
    if ids != want:
        errs.append("ids not as expected")
    if len(dict.fromkeys(ids)) != len(ids):
        errs.append("duplicate ids")
    texts = [r["text"] for r in recs]
    if len(dict.fromkeys(texts)) != len(texts):
        errs.append("duplicate texts")
    plan = {gname: (n, pii) for gname, n, pii in plan_counts()}
    for lang in ("en", "de"):
        rl = [r for r in recs if r["lang"] == lang]
        if len(rl) != 500:
            errs.append("%s: %d texts" % (lang, len(rl)))
        cnt = {}
        for r in rl:
            cnt[r["genre"]] = cnt.get(r["genre"], 0) + 1
        for gname, (n, pii) in plan.items():
            if cnt.get(gname) != n:
                errs.append("%s/%s: %s texts, want %d" % (lang, gname, cnt.get(gname), n))
        if len(cnt) != 40:
            errs.append("%s: %d genres" % (lang, len(cnt)))
        n_pii = sum(1 for r in rl if plan[r["genre"]][1])
        if n_pii != 400:
            errs.append("%s: %d texts with personal data" % (lang, n_pii))
        tpl = templates(lang)
        for gname in plan:
            if len(tpl[gname]) < 4:
                errs.append("%s/%s: fewer than 4 templates" % (lang, gname))
        usedt = {}
        for r, i in zip(rl, inf[lang]):
            usedt.setdefault(r["genre"], []).append(i["template"])
        for gname in plan:
            if len(dict.fromkeys(usedt.get(gname, []))) != len(tpl[gname]):
                errs.append("%s/%s: not every template used" % (lang, gname))
    for r in recs:
        if list(r) != ["id", "text", "lang", "genre", "entities"]:
            errs.append("%s: key order" % r["id"])
        ents = [(e["type"], e["start"], e["end"], e["value"]) for e in r["entities"]]
        for e in r["entities"]:
            if list(e) != ["type", "start", "end", "value"]:
                errs.append("%s: entity key order" % r["id"])
        reason = C.check_text(r["text"], ents, plan[r["genre"]][1])
        if reason:
            errs.append("%s: %s" % (r["id"], reason))
    return errs


def person_spans_unlisted(recs, lang):
    tot = 0
    unl = 0
    for r in recs:
        if r["lang"] != lang:
            continue
        for e in r["entities"]:
            if e["type"] != "PERSON":
                continue
            tot += 1
            toks = [t for t in C._TOKEN.findall(e["value"]) if len(t) > 1 and t.casefold() not in C.PARTICLES]
            if any(not NM.is_listed(t) for t in toks):
                unl += 1
    return unl, tot


def print_stats(data, recs, red, inf):
    print("sha256 %s  bytes %d  lines %d" % (hashlib.sha256(data).hexdigest(), len(data), data.count(b"\n")))
    print("names: given %d, surnames %d, origins %d" % NM.stats())
    for lang in ("en", "de"):
        rl = [r for r in recs if r["lang"] == lang]
        cnt = {t: 0 for t in C.TYPES}
        for r in rl:
            for e in r["entities"]:
                cnt[e["type"]] += 1
        print("[%s] spans: %s, all %d" % (lang, ", ".join("%s %d" % (t, cnt[t]) for t in C.TYPES), sum(cnt.values())))
        nl = sorted(r["text"].count("\n") + 1 for r in rl)
        print("[%s] lines: min %d, median %d, max %d, mean %.1f, >=10 lines: %d" % (
            lang, nl[0], nl[len(nl) // 2], nl[-1], sum(nl) / len(nl), sum(1 for x in nl if x >= 10)))
        prose = sum(1 for r in rl if r["genre"] in PROSE)
        print("[%s] prose texts with personal data: %d" % (lang, prose))
        reasons = {}
        for gname, fn, why in red[lang]:
            key = why.split(" %r")[0].split(":")[0] if ":" in why else why.split(" '")[0]
            reasons[key] = reasons.get(key, 0) + 1
        print("[%s] redraws: %d %s" % (lang, len(red[lang]), reasons))
        unl, tot = person_spans_unlisted(recs, lang)
        print("[%s] PERSON spans with an unlisted part: %d of %d (%.1f %%)" % (lang, unl, tot, 100.0 * unl / max(tot, 1)))
        people = [p for i in inf[lang] for p in i["people"]]
        cue_people = [p for r, i in zip(rl, inf[lang]) if r["genre"] != "name_prose" for p in i["people"]]
        inv = sum(1 for p in cue_people if p[3])
        print("[%s] people drawn %d; in genres with cues %d, invented %d (%.1f %%)" % (
            lang, len(people), len(cue_people), inv, 100.0 * inv / max(len(cue_people), 1)))
        org = {}
        for p in people:
            org[p[0]] = org.get(p[0], 0) + 1
        top = sorted(org.items(), key=lambda kv: -kv[1])
        print("[%s] origins %d: %s" % (lang, len(org), ", ".join("%s %.1f%%" % (k, 100.0 * v / len(people)) for k, v in top[:12])))
        listed = [p for p in people if not p[3]]
        hy = sum(1 for p in listed if "-" in p[2] and p[0] not in ("arabic",))
        ordw = sum(1 for p in listed if p[2] in NM.ORD_DE or p[2] in NM.ORD_EN)
        dbl = sum(1 for p in listed if (" " in p[1] or "-" in p[1]) and p[0] != "korean")
        part = sum(1 for p in listed if p[2][0].islower() or p[2].startswith(("O'", "Mc", "Mac ", "Ó ", "D'", "Di ", "De ", "Lo ", "Le ", "Dela", "Delos")))
        print("[%s] of %d people: hyphenated surname %.1f %%, ordinary-word surname %.1f %%, double given %.1f %%, particle %.1f %%" % (
            lang, len(people), 100.0 * hy / len(people), 100.0 * ordw / len(people), 100.0 * dbl / len(people), 100.0 * part / len(people)))
        cc = {}
        for i in inf[lang]:
            cc[i["country"]] = cc.get(i["country"], 0) + 1
        print("[%s] text countries: %s" % (lang, cc))


def main(argv=()):
    ap = argparse.ArgumentParser(description="dev half of the twenty-seventh PII bank")
    ap.add_argument("--check-only", action="store_true", help="rebuild in memory; exit 1 if the committed file differs")
    ap.add_argument("--stats", action="store_true", help="print counts, redraws and name shares")
    args = ap.parse_args(list(argv))
    data, recs, red, inf = build()
    errs = final_checks(recs, inf)
    data2, _, _, _ = build()
    if data2 != data:
        errs.append("second in-process build differs")
    if errs:
        for e in errs[:50]:
            print("ERROR:", e, file=sys.stderr)
        return 1
    if args.stats:
        print_stats(data, recs, red, inf)
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print("%s differs from a fresh build" % OUT, file=sys.stderr)
            return 1
        print("%s is up to date (%s)" % (OUT.name, hashlib.sha256(data).hexdigest()))
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print("wrote %s: %d records, %d bytes, sha256 %s" % (OUT, len(recs), len(data), hashlib.sha256(data).hexdigest()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
