"""Build the held-out half of the twenty-seventh PII bank: evals/guard/pii/heldout27.jsonl.

    python3 scripts/guard-evals/pii27_held.py               # build, self-check, write
    python3 scripts/guard-evals/pii27_held.py --check-only  # rebuild in memory; exit 1 if the file differs
    python3 scripts/guard-evals/pii27_held.py --stats       # also print counts, redraws and name shares

Standard library only (Python 3.11). One random.Random per language.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import pii27_held_core as C  # noqa: E402
import pii27_held_de as DE  # noqa: E402
import pii27_held_en as EN  # noqa: E402
import pii27_held_layouts as LAY  # noqa: E402

NAME = "heldout27.jsonl"
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii" / NAME
SEEDS = {"en": 270201, "de": 270202}
PROSE_GENRES = ["crm_note", "support_email", "quoted_reply", "signed_review", "email_signature", "team_chat",
                "call_note", "name_prose", "postal_letter", "exit_interview", "probation_review",
                "branch_transfer", "intranet_post", "hold_slip", "noticeboard_post", "whistleblower_report",
                "secret_santa", "uniform_order"]
LAYOUT_GENRES = ["lead_csv", "json_record", "tsv_export", "html_form", "sql_dump", "mail_header", "vcard_ical",
                 "ocr_form", "vpn_log", "timeclock_export", "emergency_contacts", "mailroom_log"]
CLEAN_GENRES = ["lookbook_caption", "event_calendar", "delivery_faq", "partner_list", "size_chart",
                "release_notes", "label_print_job", "trail_recipe", "promo_terms", "job_ad"]
NEW_GENRES = ["exit_interview", "probation_review", "branch_transfer", "intranet_post", "hold_slip",
              "noticeboard_post", "whistleblower_report", "secret_santa", "uniform_order", "vpn_log",
              "timeclock_export", "emergency_contacts", "mailroom_log"]
MAX_TRIES = 200


def templates(lang):
    mod = EN if lang == "en" else DE
    out = {}
    for g in PROSE_GENRES:
        out[g] = mod.PROSE[g]
    for g in LAYOUT_GENRES:
        out[g] = LAY.LAYOUT[g]
    for g in CLEAN_GENRES:
        out[g] = mod.CLEAN[g] if g in mod.CLEAN else LAY.CLEAN[g]
    return out


def draw_country(rng, lang):
    if lang == "de":
        return rng.choices(["DE", "AT", "CH", "IT", "NL", "FR"], weights=[55, 22, 18, 2, 2, 1])[0]
    return rng.choices(["GB", "US", "IE", "DE", "FR", "NL", "AT", "CH"], weights=[40, 30, 15, 5, 3, 3, 2, 2])[0]


def plan(rng):
    prose = list(PROSE_GENRES)
    layout = list(LAYOUT_GENRES)
    rng.shuffle(prose)
    rng.shuffle(layout)
    slots = []
    for i, g in enumerate(prose):
        slots += [g] * (14 if i < 6 else 13)
    for i, g in enumerate(layout):
        slots += [g] * (14 if i < 4 else 13)
    for g in CLEAN_GENRES:
        slots += [g] * 10
    rng.shuffle(slots)
    return slots


def build_lang(lang, stats):
    rng = random.Random(SEEDS[lang])
    tpls = templates(lang)
    slots = plan(rng)
    start = {g: rng.randrange(len(tpls[g])) for g in PROSE_GENRES + LAYOUT_GENRES + CLEAN_GENRES}
    used = {g: 0 for g in start}
    seen = {}
    records = []
    st = stats.setdefault(lang, {"redraws": 0, "reasons": {}, "cue_people": 0, "invented_people": 0,
                                 "countries": {}, "templates": {}})
    for n, genre in enumerate(slots, 1):
        lst = tpls[genre]
        k = (start[genre] + used[genre]) % len(lst)
        used[genre] += 1
        tpl = lst[k]
        has_pii = genre not in CLEAN_GENRES
        for attempt in range(MAX_TRIES):
            country = draw_country(rng, lang)
            ctx = C.Ctx(rng, lang, genre, country, invent_ok=(genre != "name_prose"))
            try:
                doc = tpl(ctx)
                text, ents = C.render(doc, swiss=ctx.swiss)
            except C.Redraw as e:
                st["redraws"] += 1
                st["reasons"][str(e)] = st["reasons"].get(str(e), 0) + 1
                continue
            errs = C.check_text(text, ents, has_pii)
            if not errs and text in seen:
                errs = ["duplicate text"]
            if errs:
                st["redraws"] += 1
                key = re.sub(r":.*", "", errs[0])
                st["reasons"][key] = st["reasons"].get(key, 0) + 1
                continue
            break
        else:
            raise SystemExit("no valid rendering for %s %s after %d tries: %s" % (lang, genre, MAX_TRIES, errs))
        seen[text] = True
        st["cue_people"] += ctx.stats["cue_people"]
        st["invented_people"] += ctx.stats["invented_people"]
        st.setdefault("people", []).extend(ctx.stats["people"])
        st["countries"][ctx.country] = st["countries"].get(ctx.country, 0) + 1
        st["templates"].setdefault(genre, {})
        st["templates"][genre][tpl.__name__] = st["templates"][genre].get(tpl.__name__, 0) + 1
        records.append({"id": "pii-heldout27-%s-%04d" % (lang, n), "text": text, "lang": lang, "genre": genre,
                        "entities": [{"type": e["type"], "start": e["start"], "end": e["end"], "value": e["value"]}
                                     for e in ents]})
    return records


def build(stats=None):
    stats = {} if stats is None else stats
    recs = build_lang("en", stats) + build_lang("de", stats)
    final_check(recs)
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def final_check(recs):
    assert len(recs) == 1000
    ids = [r["id"] for r in recs]
    want = ["pii-heldout27-en-%04d" % i for i in range(1, 501)] + ["pii-heldout27-de-%04d" % i for i in range(1, 501)]
    assert ids == want, "ids out of order"
    assert len(set(r["text"] for r in recs)) == 1000, "duplicate text"
    for lang in ("en", "de"):
        rs = [r for r in recs if r["lang"] == lang]
        counts = {}
        for r in rs:
            counts[r["genre"]] = counts.get(r["genre"], 0) + 1
        assert sorted(counts) == sorted(PROSE_GENRES + LAYOUT_GENRES + CLEAN_GENRES)
        assert sum(counts[g] for g in PROSE_GENRES) == 240
        assert sum(counts[g] for g in LAYOUT_GENRES) == 160
        assert all(counts[g] in (13, 14) for g in PROSE_GENRES + LAYOUT_GENRES)
        assert all(counts[g] == 10 for g in CLEAN_GENRES)
        assert sum(1 for r in rs if r["entities"]) == 400
        tp = templates(lang)
        assert all(len(tp[g]) >= 4 for g in tp), "fewer than 4 templates"
    for r in recs:
        errs = C.check_text(r["text"], r["entities"], r["genre"] not in CLEAN_GENRES)
        assert not errs, (r["id"], errs)
        for e in r["entities"]:
            assert list(e.keys()) == ["type", "start", "end", "value"]
            assert e["type"] in ("PERSON", "EMAIL", "PHONE", "STREET_ADDRESS", "IBAN", "CREDIT_CARD", "IP_ADDRESS",
                                 "DE_TAX_ID")


def invented_share(recs):
    out = {}
    for lang in ("en", "de"):
        spans = [e for r in recs if r["lang"] == lang for e in r["entities"] if e["type"] == "PERSON"]
        unl = 0
        for e in spans:
            parts = [p.strip(".") for p in re.split(r"[\s,\-']+", e["value"]) if len(p.strip(".")) >= 2]
            if any(not C.is_known_part(p) for p in parts if p.casefold() not in C.N.PARTICLES):
                unl += 1
        out[lang] = (unl, len(spans))
    return out


def main(argv=()):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check-only", action="store_true", help="rebuild in memory; exit 1 if the file differs")
    ap.add_argument("--stats", action="store_true", help="print counts, redraws and name shares")
    args = ap.parse_args(list(argv))
    stats = {}
    data = build(stats)
    again = build({})
    if data != again:
        print("second in-process build differs", file=sys.stderr)
        return 1
    if args.stats:
        recs = [json.loads(x) for x in data.decode("utf-8").splitlines()]
        types = ["PERSON", "EMAIL", "PHONE", "STREET_ADDRESS", "IP_ADDRESS", "IBAN", "CREDIT_CARD", "DE_TAX_ID"]
        for lang in ("en", "de"):
            cnt = {t: 0 for t in types}
            for r in recs:
                if r["lang"] == lang:
                    for e in r["entities"]:
                        cnt[e["type"]] += 1
            print(lang, cnt, "all", sum(cnt.values()))
            s = stats[lang]
            print("  redraws", s["redraws"], s["reasons"])
            print("  invented (people with a cue)", s["invented_people"], "/", s["cue_people"])
            print("  countries", s["countries"])
            pe = s["people"]
            n = len(pe)
            org = {}
            for x in pe:
                org[x[0]] = org.get(x[0], 0) + 1
            top = sorted(org.items(), key=lambda kv: -kv[1])
            print("  people drawn", n, "origins", len(org), "word surnames %.1f%%" % (100.0 * sum(x[1] for x in pe) / n),
                  "hyphenated %.1f%%" % (100.0 * sum(x[2] for x in pe) / n), "double given %.1f%%" % (100.0 * sum(x[3] for x in pe) / n),
                  "particles %.1f%%" % (100.0 * sum(x[4] for x in pe) / n))
            print("  origins", ", ".join("%s %.1f%%" % (k, 100.0 * v / n) for k, v in top))
        print("  PERSON spans with an unlisted part", invented_share(recs))
        print("sha256", hashlib.sha256(data).hexdigest(), "bytes", len(data))
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print("%s differs from a fresh build" % OUT, file=sys.stderr)
            return 1
        print("%s is up to date" % OUT)
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print("wrote %s (%d bytes, sha256 %s)" % (OUT, len(data), hashlib.sha256(data).hexdigest()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
