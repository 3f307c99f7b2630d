#!/usr/bin/env python3
"""Held-out half of the twenty-eighth PII bank: evals/guard/pii/heldout28.jsonl.

500 English texts, then 500 German texts. Per language 400 texts with personal
data in 30 genres and 100 without in 10 genres. Standard library only.

    python3 scripts/guard-evals/pii28_held.py               # build, self-check, write the file
    python3 scripts/guard-evals/pii28_held.py --check-only  # rebuild in memory; exit 1 if the file differs
    python3 scripts/guard-evals/pii28_held.py --stats       # also print counts, redraws, name shares
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

import pii28_held_core as C  # noqa: E402
import pii28_held_de as DE  # noqa: E402
import pii28_held_en as EN  # noqa: E402
import pii28_held_layouts as LY  # noqa: E402
import pii28_held_names as NM  # noqa: E402

NAME = "heldout28.jsonl"
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii" / NAME
SEEDS = {"en": 280201, "de": 280202}
PER_LANG = 500

PROSE_GENRES = ["crm_note", "support_email", "signed_review", "email_signature", "team_chat",
                "call_note", "name_prose", "postal_letter", "accident_book", "power_of_attorney",
                "special_order", "pension_enrolment", "collection_handover", "trip_plan",
                "climbing_wall_booking", "overtime_request", "receipt_reissue",
                "interview_scorecard"]
LAYOUT_GENRES = ["lead_csv", "json_record", "mail_header", "html_form", "vcard_ical", "ocr_form",
                 "printer_queue_log", "door_access_log", "pos_journal", "route_manifest",
                 "sms_gateway_log", "field_change_audit"]
NOPII_GENRES = ["care_guide", "packing_list", "opening_hours", "pick_list", "tracking_update",
                "supplier_catalogue", "firmware_changelog", "newsletter_teaser",
                "price_change_memo", "hut_conditions"]

COUNTRIES = {
    "en": [("GB", 40), ("US", 29), ("IE", 15), ("DE", 4), ("AT", 2), ("CH", 3), ("FR", 2.5),
           ("NL", 2.5), ("IT", 2)],
    "de": [("DE", 50), ("AT", 22), ("CH", 20), ("GB", 1.5), ("US", 1), ("IE", 1), ("FR", 1.5),
           ("NL", 1.5), ("IT", 1.5)],
}
MAX_TRIES = 200


def _templates(lang, genre):
    mod = EN if lang == "en" else DE
    if genre in LY.LAYOUTS:
        return LY.LAYOUTS[genre]
    if genre in mod.PROSE:
        return mod.PROSE[genre]
    return mod.NOPII[genre]


def _render(tpl, ctx):
    if callable(tpl):
        return tpl(ctx)
    return ctx.r(tpl)


def _forced_country(tpl):
    if isinstance(tpl, str):
        m = re.match(r"@([A-Z]{2}) ", tpl)
        if m:
            return m.group(1), tpl[len(m.group(0)):]
    return None, tpl


def build_lang(lang, stats):
    rng = random.Random(SEEDS[lang])
    prose = list(PROSE_GENRES)
    rng.shuffle(prose)
    layouts = list(LAYOUT_GENRES)
    rng.shuffle(layouts)
    counts = {}
    for i, g in enumerate(prose):
        counts[g] = 14 if i < 6 else 13
    for i, g in enumerate(layouts):
        counts[g] = 14 if i < 4 else 13
    for g in NOPII_GENRES:
        counts[g] = 10
    plan = []
    for g in PROSE_GENRES + LAYOUT_GENRES + NOPII_GENRES:
        plan += [g] * counts[g]
    assert len(plan) == PER_LANG
    rng.shuffle(plan)
    cursor = {}
    for g in PROSE_GENRES + LAYOUT_GENRES + NOPII_GENRES:
        cursor[g] = rng.randrange(len(_templates(lang, g)))
    used_tpl = {}
    seen = {}
    records = []
    redraws = 0
    reasons = {}
    for idx, genre in enumerate(plan):
        tpls = _templates(lang, genre)
        ti = cursor[genre] % len(tpls)
        cursor[genre] += 1
        used_tpl[(genre, ti)] = used_tpl.get((genre, ti), 0) + 1
        forced, tpl = _forced_country(tpls[ti])
        has_pii = genre not in NOPII_GENRES
        layout = genre in LY.LAYOUTS
        for attempt in range(MAX_TRIES):
            country = forced or C._w(rng, COUNTRIES[lang])
            ctx = C.Ctx(lang, rng, genre, country, cue=(genre != "name_prose"), collapse=not layout)
            parts = _render(tpl, ctx)
            text, ents = C.assemble(parts, ctx)
            errs = C.check_record(text, ents, ctx.order, has_pii)
            if text in seen:
                errs.append("duplicate text")
            if not errs:
                break
            redraws += 1
            for e in errs:
                key = e.split(" ")[0] + " " + (e.split(" ")[1] if " " in e else "")
                reasons[key] = reasons.get(key, 0) + 1
        else:
            raise AssertionError("no valid rendering for %s %s: %s" % (lang, genre, errs))
        seen[text] = True
        rid = "pii-heldout28-%s-%04d" % (lang, idx + 1)
        records.append({"id": rid, "text": text, "lang": lang, "genre": genre, "entities": ents})
        stats.setdefault("countries", {}).setdefault(lang, {})
        stats["countries"][lang][country] = stats["countries"][lang].get(country, 0) + 1
        pl = stats.setdefault("people", {}).setdefault(lang, {"drawn": 0, "invented": 0, "origins": {},
                                                            "hyphen": 0, "word": 0, "double": 0,
                                                            "particle": 0})
        values = " \n ".join(e["value"] for e in ents if e["type"] == "PERSON")
        for p in ctx.order:
            # a person counts when one of their name parts is in a PERSON span
            if not any(re.search(r"(?<!\w)" + re.escape(x) + r"(?!\w)", values, re.I)
                       for x in p.check_parts()):
                continue
            pl["drawn"] += 1
            pl["invented"] += 1 if p.invented else 0
            pl["origins"][p.origin] = pl["origins"].get(p.origin, 0) + 1
            pl["hyphen"] += 1 if "-" in p.last else 0
            pl["word"] += 1 if p.last in NM.WORD_SURNAMES[lang] else 0
            pl["double"] += 1 if p.double_given else 0
            pl["particle"] += 1 if any(w.lower() in NM.PARTICLES for w in p.last.split(" ")) or p.last.startswith(("O'", "Mc", "Mac", "D'")) else 0
    stats.setdefault("redraws", {})[lang] = redraws
    stats.setdefault("reasons", {})[lang] = reasons
    stats.setdefault("used_tpl", {})[lang] = used_tpl
    stats.setdefault("counts", {})[lang] = counts
    return records


def serialise(records):
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    return ("\n".join(lines) + "\n").encode("utf-8")


def build(stats=None):
    stats = {} if stats is None else stats
    recs = build_lang("en", stats) + build_lang("de", stats)
    final_checks(recs, stats)
    return serialise(recs)


def final_checks(recs, stats):
    assert len(recs) == 2 * PER_LANG
    ids = [r["id"] for r in recs]
    assert len(dict.fromkeys(ids)) == len(ids)
    want = ["pii-heldout28-en-%04d" % i for i in range(1, PER_LANG + 1)] + \
           ["pii-heldout28-de-%04d" % i for i in range(1, PER_LANG + 1)]
    assert ids == want
    texts = [r["text"] for r in recs]
    assert len(dict.fromkeys(texts)) == len(texts), "duplicate text"
    for lang in ("en", "de"):
        rs = [r for r in recs if r["lang"] == lang]
        per = {}
        for r in rs:
            per[r["genre"]] = per.get(r["genre"], 0) + 1
        assert sorted(per) == sorted(PROSE_GENRES + LAYOUT_GENRES + NOPII_GENRES)
        assert sum(per[g] for g in PROSE_GENRES + LAYOUT_GENRES) == 400
        assert sum(per[g] for g in NOPII_GENRES) == 100
        for g in PROSE_GENRES + LAYOUT_GENRES:
            assert per[g] in (13, 14), (lang, g, per[g])
        for g in NOPII_GENRES:
            assert per[g] == 10
        assert sum(per[g] for g in PROSE_GENRES) == 240
        for g in PROSE_GENRES + LAYOUT_GENRES + NOPII_GENRES:
            n = len(_templates(lang, g))
            assert n >= 4, (lang, g, n)
            for ti in range(n):
                assert stats["used_tpl"][lang].get((g, ti), 0) > 0, ("unused template", lang, g, ti)
    for r in recs:
        assert list(r.keys()) == ["id", "text", "lang", "genre", "entities"]
        for e in r["entities"]:
            assert list(e.keys()) == ["type", "start", "end", "value"]
            assert e["type"] in C.TYPES
        errs = C.check_record(r["text"], r["entities"], [], r["genre"] not in NOPII_GENRES)
        assert not errs, (r["id"], errs)


def main(argv=()):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check-only", action="store_true",
                    help="rebuild in memory and exit 1 if the committed file differs")
    ap.add_argument("--stats", action="store_true", help="print counts, redraws and name shares")
    args = ap.parse_args(list(argv))
    stats = {}
    data = build(stats)
    again = build({})
    if data != again:
        print("second in-process build differs", file=sys.stderr)
        return 1
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print("%s differs from the generator output" % OUT, file=sys.stderr)
            return 1
        print("%s is up to date (%d bytes, sha256 %s)" % (NAME, len(data), hashlib.sha256(data).hexdigest()))
    else:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_bytes(data)
        print("wrote %s (%d bytes, sha256 %s)" % (OUT, len(data), hashlib.sha256(data).hexdigest()))
    if args.stats:
        print_stats(data, stats)
    return 0


def print_stats(data, stats):
    recs = [json.loads(l) for l in data.decode("utf-8").splitlines()]
    for lang in ("en", "de"):
        rs = [r for r in recs if r["lang"] == lang]
        by = {}
        for r in rs:
            for e in r["entities"]:
                by[e["type"]] = by.get(e["type"], 0) + 1
        print(lang, "spans", {t: by.get(t, 0) for t in C.TYPES}, "all", sum(by.values()))
        lines = sorted(r["text"].count("\n") + 1 for r in rs)
        print(lang, "lines: median", lines[len(lines) // 2], "mean %.1f" % (sum(lines) / len(lines)),
              "one-line", lines.count(1), ">=10", sum(1 for x in lines if x >= 10))
        print(lang, "redraws", stats["redraws"][lang], stats["reasons"][lang])
        print(lang, "countries", stats["countries"][lang])
        pl = stats["people"][lang]
        d = pl["drawn"]
        print(lang, "people %d, invented %d (%.1f %%), hyphen %.1f %%, word %.1f %%, double %.1f %%, particle %.1f %%" % (
            d, pl["invented"], 100 * pl["invented"] / d, 100 * pl["hyphen"] / d, 100 * pl["word"] / d,
            100 * pl["double"] / d, 100 * pl["particle"] / d))
        tot = sum(pl["origins"].values())
        top = sorted(pl["origins"].items(), key=lambda kv: -kv[1])
        print(lang, "origins", len(top), ", ".join("%s %.1f" % (o, 100 * c / tot) for o, c in top[:14]))
        # invented share measured on the file
        spans = 0
        inv = 0
        inv_np = 0
        spans_np = 0
        for r in rs:
            for e in r["entities"]:
                if e["type"] != "PERSON":
                    continue
                parts = [p.strip(".") for p in re.split(r"[ \-,]+", e["value"])]
                parts = [p for p in parts if len(p) > 1 and p.lower() not in NM.PARTICLES]
                unl = any(not C.is_listed_part(p) for p in parts)
                spans += 1
                inv += unl
                if r["genre"] != "name_prose":
                    spans_np += 1
                    inv_np += unl
        print(lang, "PERSON spans with a part in no list: %d of %d (%.1f %%); outside name_prose %d of %d (%.1f %%)" % (
            inv, spans, 100 * inv / spans, inv_np, spans_np, 100 * inv_np / spans_np))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
