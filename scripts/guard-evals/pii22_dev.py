"""Dev half of the twenty-second PII bank: evals/guard/pii/dev22.jsonl (500 en + 500 de).

    python3 scripts/guard-evals/pii22_dev.py               # build, check, write
    python3 scripts/guard-evals/pii22_dev.py --check-only  # rebuild in memory; exit 1 if the file differs

Standard library only. Templates: pii22_dev_en.py, pii22_dev_de.py; names: pii22_dev_names.py;
values, renderer and self-checks: pii22_dev_core.py. Every rendering that fails a self-check is
drawn again.
"""

import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii22_dev_core as core  # noqa: E402
import pii22_dev_de as de  # noqa: E402
import pii22_dev_en as en  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii" / "dev22.jsonl"
SEEDS = {"en": 220101, "de": 220102}
PROSE = ["crm_note", "support_email", "reply_chain", "signed_review", "email_signature", "copy_brief",
         "team_chat", "customer_chat", "call_note", "order_return_note", "staff_story", "escalation_memo",
         "waitlist_reply", "field_test_report", "resoling_order", "swatch_request", "club_partnership"]
LAYOUT = ["json_record", "yaml_webhook", "tsv_export", "markdown_table", "html_form", "sql_insert",
          "access_log", "mail_headers", "vcard", "ical_invite", "ocr_scan", "lead_csv", "feed_row"]
CLEAN_PROSE = ["product_copy", "shop_faq", "shipping_status", "hut_story", "campaign_plan", "care_guide"]
CLEAN_LAYOUT = ["release_notes", "price_table", "supplier_list", "inventory_json"]
NO_INVENTED = {"staff_story"}  # names in prose without a cue: list names only


def plan():
    """(genre, kind, count) in build order; 400 with personal data, 100 without."""
    out = [(g, "pii", 14) for g in PROSE]
    out += [(g, "pii", 13 if i < 6 else 12) for i, g in enumerate(LAYOUT)]
    out += [(g, "clean", 10) for g in CLEAN_PROSE + CLEAN_LAYOUT]
    assert sum(c for g, k, c in out if k == "pii") == 400 and sum(c for g, k, c in out if k == "clean") == 100
    return out


def build_lang(lang, bank):
    mod = {"en": en, "de": de}[lang]
    rng = random.Random(SEEDS[lang])
    seen, recs, redraws = set(), [], Counter()
    for genre, kind, count in plan():
        templates = (mod.PII if kind == "pii" else mod.CLEAN)[genre]
        assert len(templates) >= 4, genre
        for i in range(count):
            tpl = templates[i % len(templates)]
            for attempt in range(400):
                ctx = core.Ctx(rng, lang, bank, invented_ok=genre not in NO_INVENTED)
                text, ents = core.render(tpl, ctx)
                bad = core.check(text, ents, kind == "pii", ctx.people)
                if text in seen:
                    bad.append("duplicate")
                if not bad:
                    break
                redraws[bad[0].split(" '")[0]] += 1
            else:
                raise RuntimeError(f"{lang} {genre} template {i % len(templates)}: {bad}")
            seen.add(text)
            recs.append({"text": text, "lang": lang, "genre": genre, "entities": ents,
                         "_invented": sum(p.invented for p in ctx.people), "_people": len(ctx.people)})
    rng.shuffle(recs)
    for n, r in enumerate(recs, 1):
        r["id"] = f"pii-dev22-{lang}-{n:04d}"
    return recs, redraws


def build():
    bank = core.NameBank()
    recs, meta = [], {}
    for lang in ("en", "de"):
        r, redraws = build_lang(lang, bank)
        recs += r
        meta[lang] = redraws
    return recs, meta


def serialise(recs):
    lines = []
    for r in recs:
        o = {"id": r["id"], "text": r["text"], "lang": r["lang"], "genre": r["genre"], "entities": r["entities"]}
        lines.append(json.dumps(o, ensure_ascii=False) + "\n")
    return "".join(lines).encode("utf-8")


def verify(recs, data):
    """The set-level self-checks: counts, ids, duplicates, spans (again), round trip."""
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)) == 1000
    assert len({r["text"] for r in recs}) == 1000
    for lang in ("en", "de"):
        rs = [r for r in recs if r["lang"] == lang]
        assert len(rs) == 500
        assert ids[: 500 if lang == "en" else 1000][-500:] == [f"pii-dev22-{lang}-{n:04d}" for n in range(1, 501)]
        got = Counter(r["genre"] for r in rs)
        for g, k, c in plan():
            assert got[g] == c, (lang, g, got[g], c)
        assert sum(1 for r in rs if r["entities"]) == 400
    for line, r in zip(data.decode("utf-8").splitlines(), recs):
        o = json.loads(line)
        for e in o["entities"]:
            assert o["text"][e["start"]:e["end"]] == e["value"]


def stats(recs):
    types = ["PERSON", "STREET_ADDRESS", "PHONE", "EMAIL", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID"]
    print("| type | en | de |\n| --- | --- | --- |")
    for t in types:
        c = [sum(1 for r in recs if r["lang"] == lang for e in r["entities"] if e["type"] == t) for lang in ("en", "de")]
        print(f"| {t} | {c[0]} | {c[1]} |")
    for lang in ("en", "de"):
        rs = [r for r in recs if r["lang"] == lang]
        people = sum(r["_people"] for r in rs)
        inv = sum(r["_invented"] for r in rs)
        spans = sum(len(r["entities"]) for r in rs)
        print(f"{lang}: spans {spans}, people {people}, invented {inv} ({100 * inv / max(people, 1):.1f} %)")


def main(argv=()):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check-only", action="store_true", help="rebuild in memory, exit 1 if the file differs")
    ap.add_argument("--stats", action="store_true", help="print span counts per type and language")
    args = ap.parse_args(list(argv))
    recs, meta = build()
    data = serialise(recs)
    verify(recs, data)
    again = serialise(build()[0])
    if again != data:
        print("second build differs", file=sys.stderr)
        return 1
    if args.stats:
        stats(recs)
        for lang in ("en", "de"):
            print(lang, "redraws:", dict(sorted(meta[lang].items())))
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print(f"{OUT} differs from the generator", file=sys.stderr)
            return 1
        print(f"{OUT.name}: up to date")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(recs)} texts)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
