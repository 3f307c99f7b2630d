"""Held-out half of the twenty-sixth PII bank: writes evals/guard/pii/heldout26.jsonl.

    python3 scripts/guard-evals/pii26_held.py               # build, self-check, write
    python3 scripts/guard-evals/pii26_held.py --check-only  # rebuild in memory; exit 1 if the file differs
    python3 scripts/guard-evals/pii26_held.py --stats       # counts per type, genre, invented names

500 English texts, then 500 German texts. Per language 400 texts with personal data in 30
genres and 100 without in 10 genres. Standard library only.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import hashlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import pii26_held_core as C  # noqa: E402
import pii26_held_de as DE  # noqa: E402
import pii26_held_en as EN  # noqa: E402
import pii26_held_layouts as LAY  # noqa: E402
import pii26_held_names as N  # noqa: E402

NAME = "heldout26.jsonl"
OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii" / NAME
SEEDS = {"en": 260201, "de": 260202}
MAX_TRIES = 200

PROSE_14 = ["crm_note", "support_email", "team_chat", "call_note", "name_prose",
            "customer_letter"]
PROSE_13 = ["quoted_thread", "signed_review", "signature_block", "incident_report",
            "leave_request", "reference_letter", "till_discrepancy", "lease_correspondence",
            "apprentice_report", "interview_schedule", "farewell_card", "bike_lease"]
LAYOUT_14 = ["lead_csv", "json_record", "server_log", "html_form"]
LAYOUT_13 = ["sql_dump", "mail_header", "vcard_ical", "md_table", "ocr_form", "tax_free_form",
             "keyholder_list", "pod_record"]
CLEAN_PROSE = ["catalogue_copy", "opening_hours", "parcel_status", "supplier_bulletin",
               "care_tips", "ordinary_words"]
CLEAN_LAYOUT = ["gtin_feed", "app_changelog", "price_sheet", "stocktake_sheet"]

NEW_GENRES = ["incident_report", "leave_request", "reference_letter", "till_discrepancy",
              "lease_correspondence", "apprentice_report", "interview_schedule",
              "farewell_card", "bike_lease", "tax_free_form", "keyholder_list", "pod_record"]

PLAN = ([(g, True, 14) for g in PROSE_14] + [(g, True, 13) for g in PROSE_13] +
        [(g, True, 14) for g in LAYOUT_14] + [(g, True, 13) for g in LAYOUT_13] +
        [(g, False, 10) for g in CLEAN_PROSE + CLEAN_LAYOUT])


def templates(lang):
    mod = EN if lang == "en" else DE
    out = {}
    for g, pii, _ in PLAN:
        if pii:
            out[g] = mod.PII.get(g) or LAY.PII[g]
        else:
            out[g] = mod.CLEAN.get(g) or LAY.CLEAN[g]
    return out


def render_one(rng, lang, genre, tpl):
    opts = {}
    if isinstance(tpl, tuple):
        tpl, opts = tpl
    ctx = C.Ctx(rng, lang, genre, country=opts.get("country"), cue=opts.get("cue", True),
                variant=opts.get("variant"))
    if lang == "de" and ctx.variant is None and "variant" not in opts:
        if ctx.country == "AT":
            ctx.variant = "at"
        elif ctx.country == "CH":
            ctx.variant = "ch"
    doc = C.Doc(swiss=(lang == "de" and ctx.variant == "ch"))
    if callable(tpl):
        tpl(ctx, doc)
    else:
        ctx.render(tpl, doc)
    return doc.text(), doc.ents, ctx


def build_lang(lang, stats=None):
    rng = random.Random(SEEDS[lang])
    T = templates(lang)
    slots = []
    for g, pii, n in PLAN:
        slots.extend([(g, pii)] * n)
    rng.shuffle(slots)
    start = {}
    for g, _, _ in PLAN:
        start[g] = rng.randrange(len(T[g]))
    used = {g: 0 for g, _, _ in PLAN}
    seen = {}
    recs = []
    redraws = 0
    persons = []
    for g, pii in slots:
        tpl = T[g][(start[g] + used[g]) % len(T[g])]
        used[g] += 1
        for attempt in range(MAX_TRIES):
            text, ents, ctx = render_one(rng, lang, g, tpl)
            probs = C.check_record(text, ents, pii, ctx.used_persons)
            if text in seen:
                probs.append("duplicate")
            if not probs:
                break
            redraws += 1
            if stats is not None:
                stats.setdefault("why", {}).setdefault(lang, []).append((g, probs[0]))
        else:
            raise RuntimeError("no valid rendering for %s/%s: %s" % (lang, g, probs))
        seen[text] = True
        persons.extend((ctx.cue and _shown(p, ents), p.invented, p) for p in ctx.used_persons
                       if _shown(p, ents))
        recs.append({"id": "pii-heldout26-%s-%04d" % (lang, len(recs) + 1), "text": text,
                     "lang": lang, "genre": g, "entities": ents})
    if stats is not None:
        stats.setdefault("redraws", {})[lang] = redraws
        stats.setdefault("persons", {})[lang] = persons
    return recs


def _shown(p, ents):
    return any(e["type"] == "PERSON" for e in ents)


def final_checks(recs):
    ids = [r["id"] for r in recs]
    assert len(ids) == len(dict.fromkeys(ids)) == 1000, "ids"
    texts = [r["text"] for r in recs]
    assert len(texts) == len(dict.fromkeys(texts)), "duplicate text"
    assert [r["lang"] for r in recs] == ["en"] * 500 + ["de"] * 500, "language order"
    for lang in ("en", "de"):
        assert ids[0 if lang == "en" else 500] == "pii-heldout26-%s-0001" % lang
        assert ids[499 if lang == "en" else 999] == "pii-heldout26-%s-0500" % lang
        T = templates(lang)
        for g, pii, n in PLAN:
            got = [r for r in recs if r["lang"] == lang and r["genre"] == g]
            assert len(got) == n, (lang, g, len(got))
            assert len(T[g]) >= 4, (lang, g, "templates")
            for r in got:
                assert bool(r["entities"]) == pii, (r["id"], "pii flag")
        assert sum(1 for r in recs if r["lang"] == lang and r["entities"]) == 400
    assert len([g for g, p, _ in PLAN if p]) == 30 and len([g for g, p, _ in PLAN if not p]) == 10
    for r in recs:
        probs = C.check_record(r["text"], r["entities"], bool(r["entities"]), [])
        assert not probs, (r["id"], probs)
        for e in r["entities"]:
            assert list(e) == ["type", "start", "end", "value"]
            assert r["text"][e["start"]:e["end"]] == e["value"]


def build(stats=None):
    recs = build_lang("en", stats) + build_lang("de", stats)
    final_checks(recs)
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def print_stats(data, stats):
    recs = [json.loads(x) for x in data.decode("utf-8").splitlines()]
    print("bytes", len(data), "sha256", hashlib.sha256(data).hexdigest())
    print("names: given %(given)d, surnames %(surnames)d, origins %(origins)d" % N.stats())
    print("| type | en | de |")
    for t in C.TYPES:
        c = [sum(1 for r in recs if r["lang"] == l for e in r["entities"] if e["type"] == t)
             for l in ("en", "de")]
        print("| %s | %d | %d |" % (t, c[0], c[1]))
    print("| all | %d | %d |" % tuple(sum(len(r["entities"]) for r in recs if r["lang"] == l)
                                       for l in ("en", "de")))
    print("redraws", stats.get("redraws"))
    for lang in ("en", "de"):
        why = {}
        for g, p in stats.get("why", {}).get(lang, []):
            k = p.split(":")[0]
            why[k] = why.get(k, 0) + 1
        print("why", lang, sorted(why.items(), key=lambda x: -x[1])[:12])
    for lang in ("en", "de"):
        spans = [e["value"] for r in recs if r["lang"] == lang for e in r["entities"]
                 if e["type"] == "PERSON"]
        none_listed = 0
        some_unlisted = 0
        for v in spans:
            parts = C.name_parts(v)
            flags = [N.is_listed_part(x) for x in parts]
            if parts and not any(flags):
                none_listed += 1
            if parts and not all(flags):
                some_unlisted += 1
        pers = stats["persons"][lang]
        cue = [inv for shown, inv, _ in pers if shown]
        people = [p for _, _, p in pers]
        n = len(people)
        orig = {}
        for p in people:
            orig[p.origin] = orig.get(p.origin, 0) + 1
        top = sorted(orig.items(), key=lambda x: -x[1])
        print("%s people %d, origins %d; top: %s" % (lang, n, len(orig), ", ".join(
            "%s %.0f %%" % (o, 100.0 * c / n) for o, c in top[:8])))
        words = N.WORD_SURNAMES[lang]
        print("%s hyphenated surnames %.1f %%, word surnames %.1f %%, double given %.1f %%, "
              "particles %.1f %%" % (
                  lang, 100.0 * sum("-" in p.surname for p in people) / n,
                  100.0 * sum(p.surname in words for p in people) / n,
                  100.0 * sum((" " in p.given or "-" in p.given) for p in people) / n,
                  100.0 * sum(any(t.lower() in N.PARTICLES or t.startswith(("O'", "Mc", "Mac"))
                                  for t in p.surname.split()) for p in people) / n))
        print("%s: PERSON spans %d, no part listed %d (%.1f %%), some part unlisted %d (%.1f %%);"
              " people with a cue %d, invented %d (%.1f %%)" % (
                  lang, len(spans), none_listed, 100.0 * none_listed / len(spans), some_unlisted,
                  100.0 * some_unlisted / len(spans), len(cue), sum(cue),
                  100.0 * sum(cue) / max(1, len(cue))))
        lines = sorted(r["text"].count("\n") + 1 for r in recs if r["lang"] == lang)
        print("%s lines: min %d, median %d, max %d" % (lang, lines[0], lines[len(lines) // 2],
                                                      lines[-1]))
        prose = sum(1 for r in recs if r["lang"] == lang and r["genre"] in PROSE_14 + PROSE_13)
        print("%s prose texts with personal data: %d of 400" % (lang, prose))


def main(argv=()):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check-only", action="store_true",
                    help="rebuild in memory and exit 1 if the committed file differs")
    ap.add_argument("--stats", action="store_true", help="print counts and shares")
    args = ap.parse_args(list(argv))
    stats = {}
    data = build(stats)
    again = build()
    if data != again:
        print("second in-process build differs", file=sys.stderr)
        return 1
    if args.stats:
        print_stats(data, stats)
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print("%s differs from the generator output" % OUT, file=sys.stderr)
            return 1
        print("%s is up to date (%d bytes)" % (OUT.name, len(data)))
        return 0
    if not args.stats:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_bytes(data)
        print("wrote %s (%d bytes, sha256 %s)" % (OUT, len(data), hashlib.sha256(data).hexdigest()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
