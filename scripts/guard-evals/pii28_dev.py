"""Dev half of the twenty-eighth PII bank (dev28).

    python3 scripts/guard-evals/pii28_dev.py               # build, self-check, write evals/guard/pii/dev28.jsonl
    python3 scripts/guard-evals/pii28_dev.py --check-only  # rebuild in memory; exit 1 if the file differs
    python3 scripts/guard-evals/pii28_dev.py --stats       # also print counts, redraws and name shares

Standard library only (Python 3.11).
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii28_dev_core as K  # noqa: E402
import pii28_dev_de as DE  # noqa: E402
import pii28_dev_en as EN  # noqa: E402
import pii28_dev_layouts as LAY  # noqa: E402
import pii28_dev_names as NM  # noqa: E402

NAME = "dev28.jsonl"
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii" / NAME
SEEDS = {"en": 280101, "de": 280102}

PROSE = ["crm_note", "support_email", "signed_review", "team_chat", "call_note", "name_prose",
         "postal_letter", "accident_book", "age_check_log", "parking_appeal", "account_recovery",
         "job_offer_letter", "neighbour_complaint", "ownership_transfer", "store_credit_note",
         "press_enquiry", "birthday_greeting", "internship_placement"]
LAYOUT = ["lead_csv", "json_record", "server_log", "mail_header", "html_form", "ocr_scan",
          "fire_drill_roll_call", "pos_journal", "route_manifest", "mdm_inventory", "esign_audit",
          "sms_gateway_log"]
NOPII = ["shelf_talker", "weather_outlook", "carrier_status", "supplier_catalogue",
         "firmware_changelog", "stocktake_sheet", "camp_recipe", "opening_hours", "boot_sizing",
         "warranty_terms"]
# Genres whose names are not in the README's opening lines or the twenty-seventh bank's section.
NEW = ["accident_book", "age_check_log", "parking_appeal", "job_offer_letter",
       "neighbour_complaint", "ownership_transfer", "store_credit_note", "press_enquiry",
       "birthday_greeting", "internship_placement", "fire_drill_roll_call", "pos_journal",
       "route_manifest", "mdm_inventory", "esign_audit", "sms_gateway_log"]
MAX_TRIES = 200


def templates(lang, genre):
    if genre in LAYOUT:
        return LAY.REG[genre], "layout"
    mod = EN if lang == "en" else DE
    if genre in PROSE:
        return mod.REG[genre], "prose"
    return mod.NOPII[genre], "nopii"


def plan(lang, rng):
    tasks = []
    for group, big in ((PROSE, 6), (LAYOUT, 4)):
        order = list(group)
        rng.shuffle(order)
        for i, g in enumerate(order):
            k = 14 if i < big else 13
            tpls, kind = templates(lang, g)
            start = rng.randrange(len(tpls))
            for j in range(k):
                tasks.append((g, (start + j) % len(tpls), kind))
    for g in NOPII:
        tpls, kind = templates(lang, g)
        start = rng.randrange(len(tpls))
        for j in range(10):
            tasks.append((g, (start + j) % len(tpls), kind))
    rng.shuffle(tasks)
    return tasks


def render_one(rng, lang, genre, idx, kind):
    tpls, _ = templates(lang, genre)
    fn = tpls[idx]
    c = K.Ctx(rng, lang, genre, prose=(kind != "layout"), country=getattr(fn, "country", None),
              cue=(genre != "name_prose"))
    parts = fn(c)
    text, ents = K.finish(c, parts)
    K.check(text, ents, kind != "nopii")
    return text, ents, c


def build_lang(lang, seen, stats):
    rng = random.Random(SEEDS[lang])
    tasks = plan(lang, rng)
    recs = []
    for i, (genre, idx, kind) in enumerate(tasks):
        for attempt in range(MAX_TRIES):
            try:
                text, ents, c = render_one(rng, lang, genre, idx, kind)
                if text in seen:
                    raise K.Redraw("duplicate text")
            except K.Redraw as e:
                stats["redraws"][lang] += 1
                reason = str(e)
                stats["reasons"][lang][reason] = stats["reasons"][lang].get(reason, 0) + 1
                continue
            break
        else:
            raise SystemExit("no valid rendering for %s %s template %d" % (lang, genre, idx))
        seen[text] = 1
        rec = {"id": "pii-dev28-%s-%04d" % (lang, i + 1), "text": text, "lang": lang, "genre": genre,
               "entities": [{"type": k, "start": a, "end": b, "value": v} for k, a, b, v, m in ents]}
        recs.append(rec)
        stats["used"].setdefault((lang, genre), {})[idx] = 1
        stats["country"][lang][c.country] = stats["country"][lang].get(c.country, 0) + 1
        labelled = {}
        for k, a, b, v, m in ents:
            if k == "PERSON":
                labelled[v] = 1
        for p in c.people:
            shown = any(x in labelled for x in (p.full(), p.given, p.surname, p.full().upper(), p.full().lower(), p.given.lower(),
                                                "%s, %s" % (p.surname, p.given), "%s, %s" % (p.surname.upper(), p.given),
                                                "%s. %s" % (p.given[0], p.surname)))
            if not shown:
                shown = any(v.startswith(p.given + " ") for v in labelled)
            if shown:
                stats["people"][lang].append((p.origin, p.given, p.surname, p.invented, genre != "name_prose"))
    return recs


def new_stats():
    return {"redraws": {"en": 0, "de": 0}, "reasons": {"en": {}, "de": {}}, "used": {},
            "country": {"en": {}, "de": {}}, "people": {"en": [], "de": []}}


def build(stats=None):
    stats = stats if stats is not None else new_stats()
    seen = {}
    recs = build_lang("en", seen, stats) + build_lang("de", seen, stats)
    final_checks(recs, stats)
    lines = [json.dumps(r, ensure_ascii=False) for r in recs]
    return ("\n".join(lines) + "\n").encode("utf-8"), recs


def final_checks(recs, stats):
    assert len(recs) == 1000
    ids = [r["id"] for r in recs]
    want = ["pii-dev28-en-%04d" % i for i in range(1, 501)] + ["pii-dev28-de-%04d" % i for i in range(1, 501)]
    assert ids == want, "ids"
    assert len(dict.fromkeys(r["text"] for r in recs)) == 1000, "duplicate text"
    for lang in ("en", "de"):
        rs = [r for r in recs if r["lang"] == lang]
        cnt = {}
        for r in rs:
            cnt[r["genre"]] = cnt.get(r["genre"], 0) + 1
        assert sorted(cnt) == sorted(PROSE + LAYOUT + NOPII), "genres"
        assert sum(cnt[g] for g in PROSE) == 240 and sum(cnt[g] for g in LAYOUT) == 160
        assert all(cnt[g] in (13, 14) for g in PROSE + LAYOUT)
        assert all(cnt[g] == 10 for g in NOPII)
        assert sum(1 for r in rs if r["entities"]) == 400
        assert sum(1 for r in rs if r["genre"] in NOPII and not r["entities"]) == 100
        for g in PROSE + LAYOUT + NOPII:
            tpls, kind = templates(lang, g)
            assert len(tpls) >= 4, (lang, g)
            assert len(stats["used"][(lang, g)]) == len(tpls), ("unused template", lang, g)
    for r in recs:
        assert list(r) == ["id", "text", "lang", "genre", "entities"]
        t = r["text"]
        last = 0
        for e in r["entities"]:
            assert list(e) == ["type", "start", "end", "value"]
            assert e["type"] in K.TYPES
            assert t[e["start"]:e["end"]] == e["value"]
            assert e["start"] >= last
            last = e["end"]
        ents = [(e["type"], e["start"], e["end"], e["value"], None) for e in r["entities"]]
        K.check(t, ents, r["genre"] not in NOPII)


def person_stats(stats, recs):
    out = []
    for lang in ("en", "de"):
        ppl = stats["people"][lang]
        n = len(ppl)
        org = {}
        for o, g, s, inv, cue in ppl:
            org[o] = org.get(o, 0) + 1
        top = sorted(org.items(), key=lambda kv: (-kv[1], kv[0]))
        cue_ppl = [x for x in ppl if x[4]]
        inv = sum(1 for x in cue_ppl if x[3])
        hyph = sum(1 for x in ppl if "-" in x[2])
        part = sum(1 for x in ppl if any(w.casefold() in NM.PARTICLES for w in re.split(r"[ ]", x[2])) or x[2].startswith(("O'", "Mc", "Mac", "D'")))
        dbl = sum(1 for x in ppl if "-" in x[1] or " " in x[1])
        word = sum(1 for x in ppl if x[2] in NM.WORD_SURNAMES_EN or x[2] in NM.WORD_SURNAMES_DE)
        out.append("%s: %d people shown; origins %d; top: %s" % (lang, n, len(org), ", ".join("%s %.1f%%" % (o, 100.0 * k / n) for o, k in top[:12])))
        out.append("   invented among cue people %d/%d (%.1f%%); hyphenated %.1f%%; particles %.1f%%; double given %.1f%%; word surnames %.1f%%" % (
            inv, len(cue_ppl), 100.0 * inv / max(1, len(cue_ppl)), 100.0 * hyph / n, 100.0 * part / n, 100.0 * dbl / n, 100.0 * word / n))
        # measured on the file: PERSON spans with a part in no list
        spans = [e["value"] for r in recs if r["lang"] == lang for e in r["entities"] if e["type"] == "PERSON"]
        spans_np = [e["value"] for r in recs if r["lang"] == lang and r["genre"] != "name_prose" for e in r["entities"] if e["type"] == "PERSON"]
        def unlisted(v):
            return any(len(w) > 1 and not K.is_listed(w) and w.casefold() not in NM.PARTICLES for w in K.WORD_RE.findall(v))
        u = sum(1 for v in spans if unlisted(v))
        u2 = sum(1 for v in spans_np if unlisted(v))
        inp = sum(1 for r in recs if r["lang"] == lang and r["genre"] == "name_prose" for e in r["entities"] if e["type"] == "PERSON" and unlisted(e["value"]))
        out.append("   PERSON spans with a part in no list: %d/%d (%.1f%%); outside name_prose %d/%d (%.1f%%); in name_prose %d" % (
            u, len(spans), 100.0 * u / len(spans), u2, len(spans_np), 100.0 * u2 / len(spans_np), inp))
    return out


def report(recs, stats):
    out = []
    for lang in ("en", "de"):
        rs = [r for r in recs if r["lang"] == lang]
        cnt = {}
        for r in rs:
            for e in r["entities"]:
                cnt[e["type"]] = cnt.get(e["type"], 0) + 1
        out.append("%s spans: %s, all %d" % (lang, ", ".join("%s %d" % (t, cnt.get(t, 0)) for t in K.TYPES), sum(cnt.values())))
        nl = sorted(r["text"].count("\n") + 1 for r in rs)
        out.append("   lines: median %d, mean %.1f, one-line %d, >=10 lines %d, max %d" % (
            nl[len(nl) // 2], sum(nl) / len(nl), sum(1 for x in nl if x == 1), sum(1 for x in nl if x >= 10), nl[-1]))
        out.append("   redraws %d: %s" % (stats["redraws"][lang], ", ".join("%s %d" % kv for kv in sorted(stats["reasons"][lang].items()))))
        out.append("   countries: %s" % ", ".join("%s %d" % kv for kv in sorted(stats["country"][lang].items(), key=lambda kv: -kv[1])))
    out += person_stats(stats, recs)
    return out


def main(argv=()):
    ap = argparse.ArgumentParser(description="dev half of the twenty-eighth PII bank")
    ap.add_argument("--check-only", action="store_true", help="rebuild in memory; exit 1 if the file differs")
    ap.add_argument("--stats", action="store_true", help="print counts, redraws and name shares")
    args = ap.parse_args(list(argv))
    stats = new_stats()
    data, recs = build(stats)
    data2, _ = build()
    if data != data2:
        print("second build differs", file=sys.stderr)
        return 1
    if args.stats:
        for line in report(recs, stats):
            print(line)
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print("%s differs from a fresh build" % OUT, file=sys.stderr)
            return 1
        print("%s is up to date" % OUT)
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print("wrote %s (%d records, %d bytes)" % (OUT, len(recs), len(data)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
