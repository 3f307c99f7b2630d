"""Dev half of the twenty-ninth PII bank: evals/guard/pii/dev29.jsonl.

    python3 scripts/guard-evals/pii29_dev.py               # build, self-check, write the file
    python3 scripts/guard-evals/pii29_dev.py --check-only  # rebuild in memory; exit 1 if the file differs
    python3 scripts/guard-evals/pii29_dev.py --stats       # also print counts, redraws and name shares

500 English texts, then 500 German texts. Per language 400 texts with personal data in
30 genres (18 prose, 12 layouts) and 100 texts without personal data in 10 genres.
Standard library only.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import collections  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii29_dev_core as core  # noqa: E402
import pii29_dev_de as DE  # noqa: E402
import pii29_dev_en as EN  # noqa: E402
import pii29_dev_layouts as LY  # noqa: E402
import pii29_dev_names as NM  # noqa: E402

NAME = "dev29.jsonl"
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii" / NAME
SEEDS = {"en": 290101, "de": 290102}
LANGS = ["en", "de"]

PROSE = ["crm_note", "support_email", "signed_review", "team_chat", "call_note", "name_prose", "postal_letter",
         "email_signature", "traffic_fine_redirect", "wage_garnishment", "arbitration_case", "phishing_report",
         "breach_notification", "salary_advance", "referral_bonus", "counterfeit_note", "ski_locker_rental",
         "contractor_job_sheet"]
LAYOUTS = ["lead_csv", "json_record", "server_log", "mail_header", "html_form", "vcard_ical", "ocr_form",
           "accounting_export", "payroll_bank_file", "time_clock_export", "access_review", "training_register"]
NOPII = ["shelf_label", "trail_report", "parcel_tracking", "supplier_directory", "release_notes", "inventory_count",
         "recipe_card", "store_hours", "size_chart", "promo_calendar"]
NEW_GENRES = ["traffic_fine_redirect", "wage_garnishment", "arbitration_case", "phishing_report", "breach_notification",
              "salary_advance", "referral_bonus", "counterfeit_note", "ski_locker_rental", "contractor_job_sheet",
              "accounting_export", "payroll_bank_file", "time_clock_export", "access_review", "training_register"]
MAX_TRIES = 200


def templates(lang):
    mod = EN if lang == "en" else DE
    out = {}
    for g in PROSE:
        out[g] = ("prose", mod.PII[g])
    for g in LAYOUTS:
        out[g] = ("layout", LY.LAYOUT[g])
    for g in NOPII:
        out[g] = ("none", mod.NOPII[g])
    return out


def plan(r):
    """Genre counts: 6 prose genres and 4 layout genres get 14 texts, the rest 13; 10 per genre without."""
    counts = {}
    big_p = r.sample(PROSE, 6)
    big_l = r.sample(LAYOUTS, 4)
    for g in PROSE:
        counts[g] = 14 if g in big_p else 13
    for g in LAYOUTS:
        counts[g] = 14 if g in big_l else 13
    for g in NOPII:
        counts[g] = 10
    return counts


def build_lang(lang, build, stats):
    r = random.Random(SEEDS[lang])
    tpls = templates(lang)
    counts = plan(r)
    items = []
    for g in PROSE + LAYOUTS + NOPII:
        kind, lst = tpls[g]
        start = r.randrange(len(lst))
        for i in range(counts[g]):
            items.append((g, kind, lst[(start + i) % len(lst)]))
    r.shuffle(items)
    recs = []
    seen = {}
    used_tpl = collections.Counter()
    for idx, (g, kind, tpl) in enumerate(items):
        for attempt in range(MAX_TRIES):
            if tpl.cty:
                cty = tpl.cty
            else:
                pairs = core.TEXT_COUNTRY[lang]
                tot = sum(w for _, w in pairs)
                x = r.random() * tot
                cty = pairs[-1][0]
                for k, w in pairs:
                    x -= w
                    if x < 0:
                        cty = k
                        break
            c = core.Ctx(r, lang, g, cty, build)
            prose = kind == "prose" or (kind == "none" and getattr(tpl, "mode", "prose") == "prose")
            try:
                text, ents = core.render_text(c, tpl, prose)
            except core.Redraw as e:
                stats["redraw"][lang][str(e)] += 1
                text, err = "", str(e)
                continue
            err = core.check(text, ents, kind != "none") or core.check_streets(c, text, ents)
            if err is None and text in seen:
                err = "duplicate text"
            if err:
                stats["redraw"][lang][err.split(":")[0]] += 1
                continue
            break
        else:
            raise SystemExit("could not render %s/%s/%s: %s\n%s" % (lang, g, tpl.__name__, err, text))
        seen[text] = None
        used_tpl[(g, tpl.__name__)] += 1
        pvals = " | ".join(e["value"].lower() for e in ents if e["type"] == "PERSON")
        stats["people"][lang].extend((p, g) for p in c.people
                                     if p.given_s.lower() in pvals or p.sur_s.lower() in pvals)
        stats["country"][lang][cty] += 1
        recs.append({"id": "pii-dev29-%s-%04d" % (lang, idx + 1), "text": text, "lang": lang, "genre": g,
                     "entities": [{"type": e["type"], "start": e["start"], "end": e["end"], "value": e["value"]}
                                  for e in ents]})
    stats["used_tpl"][lang] = used_tpl
    return recs


def new_stats():
    return {"redraw": {l: collections.Counter() for l in LANGS}, "people": {l: [] for l in LANGS},
            "country": {l: collections.Counter() for l in LANGS}, "used_tpl": {}}


def build_all():
    build = core.Build()
    stats = new_stats()
    recs = []
    for lang in LANGS:
        recs += build_lang(lang, build, stats)
    return recs, stats, build


def dump(recs):
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in recs).encode("utf-8")


def final_checks(recs, stats):
    ids = [x["id"] for x in recs]
    want = ["pii-dev29-en-%04d" % i for i in range(1, 501)] + ["pii-dev29-de-%04d" % i for i in range(1, 501)]
    assert ids == want, "ids"
    assert len(dict.fromkeys(x["text"] for x in recs)) == len(recs), "duplicate text"
    for lang in LANGS:
        mine = [x for x in recs if x["lang"] == lang]
        cnt = collections.Counter(x["genre"] for x in mine)
        assert sorted(cnt) == sorted(PROSE + LAYOUTS + NOPII), "genres"
        assert sum(cnt[g] for g in PROSE) == 240, "prose count"
        assert sum(cnt[g] for g in LAYOUTS) == 160, "layout count"
        assert all(cnt[g] in (13, 14) for g in PROSE + LAYOUTS), "genre count"
        assert all(cnt[g] == 10 for g in NOPII), "nopii count"
        assert sum(1 for x in mine if x["entities"]) == 400, "texts with spans"
        tp = templates(lang)
        for g, (kind, lst) in tp.items():
            assert len(lst) >= 4, "templates for %s" % g
            for f in lst:
                assert stats["used_tpl"][lang][(g, f.__name__)] > 0, "unused template %s/%s" % (g, f.__name__)
    for x in recs:
        assert list(x) == ["id", "text", "lang", "genre", "entities"]
        for e in x["entities"]:
            assert list(e) == ["type", "start", "end", "value"]
            assert e["type"] in core.TYPES
        err = core.check(x["text"], x["entities"], x["genre"] not in NOPII)
        assert err is None, (x["id"], err)


def print_stats(recs, stats, build):
    for lang in LANGS:
        mine = [x for x in recs if x["lang"] == lang]
        tc = collections.Counter(e["type"] for x in mine for e in x["entities"])
        print("[%s] spans: %s total %d" % (lang, dict(sorted(tc.items())), sum(tc.values())))
        lines = sorted(x["text"].count("\n") + 1 for x in mine)
        pii_lines = sorted(x["text"].count("\n") + 1 for x in mine if x["entities"])
        print("[%s] lines: min %d max %d median %d mean %.1f; one-line %d; >=10 lines %d" % (
            lang, lines[0], lines[-1], lines[len(lines) // 2], sum(lines) / len(lines),
            sum(1 for n in pii_lines if n == 1), sum(1 for n in pii_lines if n >= 10)))
        print("[%s] redraws: %d %s" % (lang, sum(stats["redraw"][lang].values()), dict(stats["redraw"][lang])))
        print("[%s] countries: %s" % (lang, dict(stats["country"][lang])))
        # invented share measured on the file
        tot = inv = tot_np = inv_np = 0
        for x in mine:
            for e in x["entities"]:
                if e["type"] != "PERSON":
                    continue
                parts = core.name_parts(e["value"])
                is_inv = any(not build.list_part(pt) for pt in parts)
                if x["genre"] == "name_prose":
                    tot_np += 1
                    inv_np += is_inv
                else:
                    tot += 1
                    inv += is_inv
        print("[%s] PERSON spans with a part in no list: %d of %d outside name_prose (%.1f %%); name_prose %d of %d" % (
            lang, inv, tot, 100.0 * inv / max(1, tot), inv_np, tot_np))
        ppl = [p for p, g in stats["people"][lang]]
        cue = [p for p, g in stats["people"][lang] if g != "name_prose"]
        ninv = sum(1 for p in cue if p.inv[0] or p.inv[1])
        print("[%s] people shown in the file: %d; outside name_prose %d, invented %d (%.1f %%)" % (
            lang, len(ppl), len(cue), ninv, 100.0 * ninv / max(1, len(cue))))
        org = collections.Counter(p.origin for p in ppl)
        print("[%s] origins (%d): %s" % (lang, len(org), ", ".join("%s %.1f" % (k, 100.0 * v / len(ppl)) for k, v in org.most_common())))
        real = [p for p in ppl if not (p.inv[0] or p.inv[1])]
        ordw = NM.ORDINARY_EN + NM.ORDINARY_DE
        print("[%s] hyphenated surnames %.1f %%, ordinary-word surnames %.1f %%, particles %.1f %%, double given names %.1f %%" % (
            lang, 100.0 * sum(1 for p in ppl if "-" in p.sur_s and not p.sur_s.startswith("Al-") and not p.sur_s.startswith("El-")) / len(ppl),
            100.0 * sum(1 for p in ppl if p.sur_s in ordw) / len(ppl),
            100.0 * sum(1 for p in ppl if re.match(r"(?:[a-z]+ |O'|Mc|Mac |Ó |Ní |D'|Di |De |Lo |Dela |Al-|El-|Ben )", p.sur_s)) / len(ppl),
            100.0 * sum(1 for p in ppl if (" " in p.given_s or "-" in p.given_s) and p.origin not in ("korean", "chinese")) / len(ppl)))
        del real
        # form-like texts among the prose genres
        form = 0
        for x in mine:
            if x["genre"] not in PROSE:
                continue
            ls = x["text"].split("\n")
            fl = sum(1 for ln in ls if re.match(r"^(?:[-*] |\d+\. |[A-ZÄÖÜ][\w .()/:-]{0,28}: )", ln))
            if len(ls) >= 3 and fl * 2 >= len([ln for ln in ls if ln.strip()]):
                form += 1
        print("[%s] form-like texts among the 240 prose-genre texts: %d" % (lang, form))
        # name forms
        nf = collections.Counter()
        for x in mine:
            t = x["text"]
            for e in x["entities"]:
                if e["type"] != "PERSON":
                    continue
                v = e["value"]
                before = t[max(0, e["start"] - 8):e["start"]]
                if re.search(r"(?:Mr|Mrs|Ms|Dr|Mr\.|Mrs\.|Ms\.|Dr\.|Herr|Herrn|Frau) $", before):
                    nf["after honorific"] += 1
                if "," in v:
                    nf["LAST, First" if v.split(",")[0].isupper() else "Last, First"] += 1
                elif re.match(r"^[A-ZÄÖÜ]\. ", v):
                    nf["A. Berger"] += 1
                elif re.search(r" [A-ZÄÖÜŠŽČ]\.$", v):
                    nf["Anna B."] += 1
                elif v.isupper() and " " in v:
                    nf["capitals"] += 1
                elif v.lower() == v:
                    nf["lower case"] += 1
                elif " " not in v.strip():
                    nf["one word"] += 1
                else:
                    nf["full name"] += 1
        print("[%s] name forms: %s" % (lang, dict(nf)))
        ct = collections.Counter(x["genre"] for x in mine)
        print("[%s] genre counts: %s" % (lang, dict(sorted(ct.items()))))


def main(argv=()):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check-only", action="store_true", help="rebuild in memory; exit 1 if the committed file differs")
    ap.add_argument("--stats", action="store_true", help="print counts, redraws, countries and name shares")
    args = ap.parse_args(list(argv))
    recs, stats, build = build_all()
    final_checks(recs, stats)
    data = dump(recs)
    recs2, _, _ = build_all()
    if dump(recs2) != data:
        print("second in-process build differs", file=sys.stderr)
        return 1
    if args.stats:
        print_stats(recs, stats, build)
    sha = hashlib.sha256(data).hexdigest()
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print("%s differs from the generator's output" % OUT, file=sys.stderr)
            return 1
        print("%s is up to date (%d bytes, sha256 %s)" % (OUT.name, len(data), sha))
        return 0
    OUT.write_bytes(data)
    print("wrote %s: %d records, %d bytes, sha256 %s" % (OUT, len(recs), len(data), sha))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
