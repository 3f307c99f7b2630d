"""Held-out half of the twenty-ninth PII bank: evals/guard/pii/heldout29.jsonl.

500 English texts, then 500 German texts. Per language 400 texts with personal
data in 30 genres (18 prose, 12 machine layouts) and 100 texts without personal
data in 10 genres. Standard library only; seeded; the same bytes on every run.

    python3 scripts/guard-evals/pii29_held.py               # build, self-check, write
    python3 scripts/guard-evals/pii29_held.py --check-only  # rebuild in memory; exit 1 if the file differs
    python3 scripts/guard-evals/pii29_held.py --stats       # also print counts, redraws and name shares
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

import pii29_held_core as C  # noqa: E402
import pii29_held_de as DE  # noqa: E402
import pii29_held_en as EN  # noqa: E402
import pii29_held_layouts as LY  # noqa: E402

NAME = "heldout29.jsonl"
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii" / NAME
SEEDS = {"en": 290201, "de": 290202}
LANGS = ["en", "de"]
PROSE_GENRES = ["crm_note", "support_email", "signed_review", "team_chat", "call_note", "name_prose", "postal_letter",
                "staff_compliment", "maintenance_callout", "ombudsman_case", "wage_garnishment", "buddy_pairing",
                "training_record", "rain_check", "student_discount_check", "blog_comment", "staff_parking_permit",
                "alarm_callout"]
LAYOUT_GENRES = ["lead_csv", "json_record", "mail_header", "html_form", "vcard_ical", "ocr_form", "graphql_response",
                 "event_stream", "search_index_doc", "payroll_export", "carrier_api_request", "merge_preview"]
NOPII_GENRES = ["trail_report", "product_teaser", "parcel_tracking", "supplier_directory", "gtin_feed", "release_notes",
                "store_calendar", "order_status", "camp_kitchen", "size_guide"]
NEW_GENRES = ["staff_compliment", "maintenance_callout", "ombudsman_case", "wage_garnishment", "buddy_pairing",
              "training_record", "rain_check", "student_discount_check", "blog_comment", "staff_parking_permit",
              "alarm_callout", "graphql_response", "event_stream", "search_index_doc", "payroll_export",
              "carrier_api_request", "merge_preview"]
COUNTRY_WEIGHTS = {
    "en": [("GB", 40), ("US", 28), ("IE", 14), ("DE", 5), ("AT", 3), ("CH", 3), ("FR", 2), ("NL", 3), ("IT", 2)],
    "de": [("DE", 52), ("AT", 22), ("CH", 20), ("GB", 1), ("US", 1), ("IE", 1), ("FR", 1), ("NL", 1), ("IT", 1)],
}
MAX_TRIES = 200


def templates(lang, genre):
    mod = EN if lang == "en" else DE
    if genre in PROSE_GENRES:
        return mod.PROSE[genre]
    if genre in LAYOUT_GENRES:
        return LY.LAYOUT[genre]
    return mod.NOPII[genre]


def kind_of(genre):
    if genre in PROSE_GENRES:
        return "prose"
    if genre in LAYOUT_GENRES:
        return "layout"
    return "nopii"


def plan(rng):
    prose = list(PROSE_GENRES)
    rng.shuffle(prose)
    layout = list(LAYOUT_GENRES)
    rng.shuffle(layout)
    counts = {}
    for i, gname in enumerate(prose):
        counts[gname] = 14 if i < 6 else 13
    for i, gname in enumerate(layout):
        counts[gname] = 14 if i < 4 else 13
    for gname in NOPII_GENRES:
        counts[gname] = 10
    items = []
    for gname in PROSE_GENRES + LAYOUT_GENRES + NOPII_GENRES:
        items.extend([gname] * counts[gname])
    rng.shuffle(items)
    return items, counts


def build_lang(lang, stats):
    rng = random.Random(SEEDS[lang])
    items, counts = plan(rng)
    starts = {}
    used = {}
    for gname in PROSE_GENRES + LAYOUT_GENRES + NOPII_GENRES:
        starts[gname] = rng.randrange(len(templates(lang, gname)))
        used[gname] = 0
    seen = {}
    records = []
    countries, weights = zip(*COUNTRY_WEIGHTS[lang])
    for k, gname in enumerate(items):
        tpls = templates(lang, gname)
        tpl = tpls[(starts[gname] + used[gname]) % len(tpls)]
        used[gname] += 1
        kind = kind_of(gname)
        prose = kind != "layout"
        for _attempt in range(MAX_TRIES):
            country = getattr(tpl, "country", None) or rng.choices(countries, weights)[0]
            g = C.G(rng, lang, country, prose, stats)
            doc = tpl(g)
            text, spans = C.finish(doc, prose)
            why = C.check_text(text, spans, kind != "nopii")
            if not why and text in seen:
                why = "duplicate text"
            if why:
                stats["redraws"][lang][re.sub(r":.*", "", why)] += 1
                continue
            break
        else:
            raise AssertionError("no valid rendering for %s %s: %s" % (lang, gname, why))
        seen[text] = True
        stats["templates"][(lang, gname, tpl.__name__)] += 1
        stats["countries"][(lang, country)] += 1
        shown = dict.fromkeys(m[1] for _s, _e, t, m in spans if t == "PERSON")
        for p in g.people:
            if p.idx in shown:
                stats["people"][lang].append((gname, p.origin, p.cue, p.invented, p.hyphen, p.double_given, p.ordinary,
                                              p.particle, p.country))
        ents = [{"type": t, "start": s, "end": e, "value": text[s:e]} for s, e, t, _m in spans]
        records.append({"id": "pii-heldout29-%s-%04d" % (lang, k + 1), "text": text, "lang": lang, "genre": gname,
                        "entities": ents})
    return records, counts


def new_stats():
    return {"redraws": {"en": collections.Counter(), "de": collections.Counter()},
            "templates": collections.Counter(), "countries": collections.Counter(),
            "people": {"en": [], "de": []}}


def build():
    stats = new_stats()
    records = []
    counts = {}
    for lang in LANGS:
        recs, cnt = build_lang(lang, stats)
        records.extend(recs)
        counts[lang] = cnt
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    return data, records, counts, stats


def final_checks(records, counts, stats):
    ids = [r["id"] for r in records]
    expect = ["pii-heldout29-%s-%04d" % (lang, i) for lang in LANGS for i in range(1, 501)]
    assert ids == expect, "ids"
    assert len(dict.fromkeys(ids)) == 1000
    assert len(dict.fromkeys(r["text"] for r in records)) == 1000, "duplicate texts"
    for lang in LANGS:
        rs = [r for r in records if r["lang"] == lang]
        assert len(rs) == 500
        per = collections.Counter(r["genre"] for r in rs)
        assert sorted(per) == sorted(PROSE_GENRES + LAYOUT_GENRES + NOPII_GENRES), "genres"
        assert sum(per[gname] for gname in PROSE_GENRES) == 240
        assert sum(per[gname] for gname in LAYOUT_GENRES) == 160
        for gname in PROSE_GENRES + LAYOUT_GENRES:
            assert per[gname] in (13, 14), (lang, gname, per[gname])
            assert per[gname] == counts[lang][gname]
        for gname in NOPII_GENRES:
            assert per[gname] == 10
        assert sum(1 for r in rs if r["entities"]) == 400
        for gname in PROSE_GENRES + LAYOUT_GENRES + NOPII_GENRES:
            tpls = templates(lang, gname)
            assert len(tpls) >= 4, (lang, gname)
            for t in tpls:
                assert stats["templates"][(lang, gname, t.__name__)] > 0, ("unused template", lang, gname, t.__name__)
    for r in records:
        assert list(r.keys()) == ["id", "text", "lang", "genre", "entities"]
        spans = []
        for e in r["entities"]:
            assert list(e.keys()) == ["type", "start", "end", "value"]
            assert e["type"] in C.TYPES
            assert r["text"][e["start"]:e["end"]] == e["value"]
            spans.append([e["start"], e["end"], e["type"], None])
        why = C.check_text(r["text"], spans, r["genre"] not in NOPII_GENRES)
        assert why is None, (r["id"], why)


def report(records, stats):
    out = []
    for lang in LANGS:
        rs = [r for r in records if r["lang"] == lang]
        c = collections.Counter(e["type"] for r in rs for e in r["entities"])
        out.append("%s spans: %s (all %d)" % (lang, ", ".join("%s %d" % (t, c[t]) for t in C.TYPES), sum(c.values())))
        out.append("%s redraws: %d %s" % (lang, sum(stats["redraws"][lang].values()), dict(stats["redraws"][lang])))
        # invented names measured on the file
        tot = inv = tot_np = inv_np = 0
        for r in rs:
            for e in r["entities"]:
                if e["type"] != "PERSON":
                    continue
                parts = C.name_parts(e["value"])
                invented = any(not C.BANK.in_lists(p) for p in parts)
                if r["genre"] == "name_prose":
                    tot_np += 1
                    inv_np += invented
                else:
                    tot += 1
                    inv += invented
        out.append("%s PERSON spans with a part in no list: %d of %d outside name_prose (%.1f %%); in name_prose %d of %d"
                   % (lang, inv, tot, 100.0 * inv / max(tot, 1), inv_np, tot_np))
        ppl = stats["people"][lang]
        cue = [p for p in ppl if p[2]]
        out.append("%s people shown: %d; with a cue %d, invented %d (%.1f %%)"
                   % (lang, len(ppl), len(cue), sum(1 for p in cue if p[3]), 100.0 * sum(1 for p in cue if p[3]) / max(len(cue), 1)))
        for i, label in [(4, "hyphenated surnames"), (5, "double given names"), (6, "ordinary-word surnames"), (7, "particles")]:
            n = sum(1 for p in ppl if p[i])
            out.append("%s %s: %d (%.1f %%)" % (lang, label, n, 100.0 * n / max(len(ppl), 1)))
        origins = collections.Counter(p[1] for p in ppl)
        out.append("%s origins (%d): %s" % (lang, len(origins), ", ".join("%s %.1f" % (o, 100.0 * n / len(ppl))
                                                                          for o, n in origins.most_common())))
        ctry = collections.Counter({c: n for (l_, c), n in stats["countries"].items() if l_ == lang})
        out.append("%s text countries: %s" % (lang, dict(ctry.most_common())))
        lines = [r["text"].count("\n") + 1 for r in rs]
        lines.sort()
        out.append("%s lines: min %d, median %d, mean %.1f, max %d, one-line %d, 10+ %d"
                   % (lang, lines[0], lines[len(lines) // 2], sum(lines) / len(lines), lines[-1],
                      sum(1 for x in lines if x == 1), sum(1 for x in lines if x >= 10)))
    return "\n".join(out)


def main(argv=()):
    ap = argparse.ArgumentParser(description="Build the heldout29 PII set.")
    ap.add_argument("--check-only", action="store_true", help="rebuild in memory; exit 1 if the file differs")
    ap.add_argument("--stats", action="store_true", help="print counts, redraws and name shares")
    args = ap.parse_args(list(argv))
    data, records, counts, stats = build()
    final_checks(records, counts, stats)
    data2 = build()[0]
    if data != data2:
        print("second in-process build differs", file=sys.stderr)
        return 1
    if args.stats:
        print(report(records, stats))
    digest = hashlib.sha256(data).hexdigest()
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print("%s differs from the generator's output" % OUT, file=sys.stderr)
            return 1
        print("%s is up to date (sha256 %s)" % (NAME, digest))
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print("wrote %s: %d lines, %d bytes, sha256 %s" % (OUT, len(records), len(data), digest))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
