"""Nineteenth PII bank, dev half: writes evals/guard/pii/dev19.jsonl (500 English, then 500
German texts; per language 400 with personal data in 30 genres and 100 without in 10 genres).

    python3 scripts/guard-evals/pii19_dev.py               # build, check, write
    python3 scripts/guard-evals/pii19_dev.py --check-only  # rebuild in memory, exit 1 if the file differs

Written without reading the recognizer, the other banks or the other half (heldout19). Standard
library only; seeds en 190101, de 190102. Every rendering passes the self-checks in
pii19_dev_core.check_record or is drawn again; the whole build is made twice in-process and must
be byte-identical.
"""

import argparse
import hashlib
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii19_dev_core as core  # noqa: E402
import pii19_dev_de as de  # noqa: E402
import pii19_dev_en as en  # noqa: E402
import pii19_dev_names as names  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "evals" / "guard" / "pii" / "dev19.jsonl"
SEEDS = {"en": 190101, "de": 190102}
PER_LANG = 500
MAX_TRIES = 400

# genre -> texts per language; the first 17 are everyday prose, the next 13 machine layouts
PII_PLAN = {
    "crm_note": 15, "support_email": 15, "reply_chain": 14, "review": 14, "signature": 14, "copy_brief": 14,
    "team_chat": 14, "customer_chat": 14, "call_note": 14, "order_note": 14, "prose_mention": 14,
    "price_match": 14, "embroidery_order": 14, "trade_in": 14, "ugc_permission": 14, "ux_interview": 14, "stock_alert": 14,
    "lead_list": 13, "http_dump": 13, "tsv_export": 13, "access_log": 13, "feed_row": 12, "front_matter": 12,
    "markdown_table": 12, "html_form": 12, "sql_dump": 12, "mail_header": 12, "vcard": 12, "ical": 12, "ocr_scan": 12,
}
CLEAN_PLAN = {
    "marketing_copy": 10, "product_copy": 10, "faq": 10, "shipping_info": 10, "company_news": 10, "order_status": 10,
    "catalog_feed": 10, "stock_report": 10, "release_notes": 10, "schedule_table": 10,
}
PROSE = list(PII_PLAN)[:17] + list(CLEAN_PLAN)[:6]
assert sum(PII_PLAN.values()) == 400 and sum(CLEAN_PLAN.values()) == 100


def build_lang(lang: str, bank: core.NameBank, stats: Counter, seen: set) -> list[dict]:
    mod = {"en": en, "de": de}[lang]
    rng = random.Random(SEEDS[lang])
    jobs = []
    for plan, bank_t, has_pii in ((PII_PLAN, mod.PII, True), (CLEAN_PLAN, mod.CLEAN, False)):
        assert list(bank_t) == list(plan), (lang, list(bank_t))
        for genre, n in plan.items():
            templates = bank_t[genre]
            assert len(templates) >= 4, (lang, genre, len(templates))
            order = []
            while len(order) < n:
                idx = list(range(len(templates)))
                rng.shuffle(idx)
                order += idx
            jobs += [(genre, has_pii, i) for i in order[:n]]
    rng.shuffle(jobs)
    records = []
    for genre, has_pii, i in jobs:
        template = (mod.PII if has_pii else mod.CLEAN)[genre][i]
        reasons = Counter()
        for _ in range(MAX_TRIES):
            text, ents, people = core.render(template, rng, lang, bank)
            why = core.check_record(text, ents, has_pii)
            if why is None and text in seen:
                why = "duplicate text"
            if why is None:
                break
            reasons[why.split(" ")[0] + " " + (why.split(" ")[1] if " " in why else "")] += 1
        else:
            raise SystemExit(f"{lang} {genre} template {i}: no rendering passed in {MAX_TRIES} tries: {reasons.most_common(5)}")
        stats["redraws"] += sum(reasons.values())
        seen.add(text)
        bank.tally[lang][0] += len(people)
        bank.tally[lang][1] += sum(p.invented for p in people)
        for p in people:
            stats["people"] += 1
            stats["invented"] += p.invented
            stats[f"people_{lang}"] += 1
            stats[f"invented_{lang}"] += p.invented
        records.append({"id": "", "text": text, "lang": lang, "genre": genre, "entities": ents})
    for k, r in enumerate(records, 1):
        r["id"] = f"pii-dev19-{lang}-{k:04d}"
    return records


def build() -> tuple[bytes, list[dict], Counter]:
    bank = core.NameBank()
    stats = Counter()
    seen: set = set()
    records = build_lang("en", bank, stats, seen) + build_lang("de", bank, stats, seen)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    return data, records, stats


def verify(records: list[dict]) -> list[str]:
    """The whole-set checks: counts per language and genre, ids, duplicates, every record again."""
    errors = []
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    texts = [r["text"] for r in records]
    if len(set(texts)) != len(texts):
        errors.append("duplicate texts")
    want_ids = [f"pii-dev19-{lang}-{k:04d}" for lang in ("en", "de") for k in range(1, PER_LANG + 1)]
    if ids != want_ids:
        errors.append("ids not pii-dev19-en-0001 … pii-dev19-de-0500 in order")
    for lang in ("en", "de"):
        got = Counter(r["genre"] for r in records if r["lang"] == lang)
        want = Counter({**PII_PLAN, **CLEAN_PLAN})
        if got != want:
            errors.append(f"{lang}: genre counts differ: {sorted((got - want).items())} {sorted((want - got).items())}")
        pii = [r for r in records if r["lang"] == lang and r["genre"] in PII_PLAN]
        if len(pii) != 400 or any(not r["entities"] for r in pii):
            errors.append(f"{lang}: texts with personal data must be 400, each with a span")
        clean = [r for r in records if r["lang"] == lang and r["genre"] in CLEAN_PLAN]
        if len(clean) != 100 or any(r["entities"] for r in clean):
            errors.append(f"{lang}: texts without personal data must be 100, none with a span")
    for r in records:
        why = core.check_record(r["text"], r["entities"], r["genre"] in PII_PLAN)
        if why:
            errors.append(f"{r['id']}: {why}")
    return errors


def summary(records: list[dict], stats: Counter) -> str:
    lines = []
    types = ["PERSON", "STREET_ADDRESS", "PHONE", "EMAIL", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID"]
    for lang in ("en", "de"):
        c = Counter(e["type"] for r in records if r["lang"] == lang for e in r["entities"])
        lines.append(f"{lang}: " + ", ".join(f"{t} {c[t]}" for t in types) + f"; total {sum(c.values())}")
    prose = sum(1 for r in records if r["genre"] in PROSE)
    lines.append(f"prose {prose}/{len(records)} ({100 * prose / len(records):.0f} %)")
    for lang in ("en", "de"):
        n, inv = stats[f"people_{lang}"], stats[f"invented_{lang}"]
        lines.append(f"{lang}: named people {n}, invented {inv} ({100 * inv / max(n, 1):.1f} %)")
    lines.append("origins %d, given names %d, surnames %d" % names.counts())
    lines.append(f"redraws {stats['redraws']}")
    return "\n".join(lines)


def main(argv=()) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check-only", action="store_true", help="rebuild in memory and compare with the committed file")
    args = parser.parse_args(list(argv))
    data, records, stats = build()
    errors = verify(records)
    data2, _, _ = build()
    if data2 != data:
        errors.append("a second in-process build differs")
    if errors:
        for e in errors[:40]:
            print("pii19_dev:", e, file=sys.stderr)
        return 1
    digest = hashlib.sha256(data).hexdigest()
    if args.check_only:
        if not OUT.exists() or OUT.read_bytes() != data:
            print(f"pii19_dev: {OUT.relative_to(ROOT)} differs from what the generator makes", file=sys.stderr)
            return 1
        print(f"pii19_dev: {OUT.relative_to(ROOT)} is up to date (sha256 {digest})")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print(f"pii/dev19: {len(records)} records, sha256 {digest}")
    print(summary(records, stats))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
