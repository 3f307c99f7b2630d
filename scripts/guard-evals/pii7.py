"""Seventh PII bank (dev7 / heldout7): 25 genres of text an online outdoor shop's staff, customers
and partners produce, plus 6 genres without personal data but with hard look-alikes.

    python3 scripts/guard-evals/pii7.py

Writes evals/guard/pii/dev7.jsonl and evals/guard/pii/heldout7.jsonl (500 English + 500 German
texts each; 400 per language with personal data, 100 without). Every template list and every
layout list is split by position: even entries make dev7, odd entries heldout7. Seeded; two runs
give byte-identical files.
"""

import sys

sys.dont_write_bytecode = True

import random  # noqa: E402
import re  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii7_core as core  # noqa: E402
import pii7_de  # noqa: E402
import pii7_en  # noqa: E402
from common import de_tax_id_valid, iban_valid, luhn_valid, write_jsonl  # noqa: E402

ROOT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii"
SEEDS = {"dev7": {"en": 12501, "de": 12502}, "heldout7": {"en": 12601, "de": 12602}}
BANKS = {"en": pii7_en, "de": pii7_de}
WITH_PII, WITHOUT_PII = 400, 100
TYPES = ["PERSON", "STREET_ADDRESS", "PHONE", "EMAIL", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID"]


# ---------------------------------------------------------------- checks


EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
CARD_RE = re.compile(r"(?<!\d)(?:\d[ -]?){14,15}\d(?!\d)")


def check(text: str, ents: list[dict], personal: bool, where: str):
    spans = sorted((e["start"], e["end"]) for e in ents)
    for (s1, e1), (s2, _) in zip(spans, spans[1:]):
        assert e1 <= s2, f"{where}: overlapping spans"
    for e in ents:
        assert e["type"] in TYPES, where
        assert text[e["start"] : e["end"]] == e["value"], where
        v = e["value"]
        if e["type"] == "IBAN":
            assert iban_valid(v), (where, v)
        if e["type"] == "CREDIT_CARD":
            assert luhn_valid(re.sub(r"\D", "", v)), (where, v)
        if e["type"] == "DE_TAX_ID":
            assert de_tax_id_valid(v), (where, v)
        if e["type"] == "EMAIL":
            assert EMAIL_RE.fullmatch(v), (where, v)
    if personal:
        assert ents, f"{where}: a text with personal data has no entity"
    else:
        assert not ents, f"{where}: a text without personal data has entities"
    # nothing that looks like an e-mail, IBAN, IPv4 or card number may stay unlabelled
    masked = list(text)
    for e in ents:
        for i in range(e["start"], e["end"]):
            masked[i] = "\x00"
    rest = "".join(masked)
    for rx, name in ((EMAIL_RE, "email"), (IBAN_RE, "iban"), (IPV4_RE, "ip")):
        m = rx.search(rest)
        assert not m, f"{where}: unlabelled {name} {m.group(0)!r}"
    for m in CARD_RE.finditer(rest):
        digits = re.sub(r"\D", "", m.group(0))
        assert not luhn_valid(digits) or digits[0] not in "3456", f"{where}: unlabelled card-like {m.group(0)!r}"


def check_split_disjoint():
    """No template and no layout is shared by the two splits."""
    lists = [core.ADDRESS_BLOCKS]
    for bank in BANKS.values():
        lists += list(bank.PII.values()) + list(bank.CLEAN.values()) + list(bank.COMPOSITES.values())
    for seq in lists:
        key = lambda x: repr(x)  # noqa: E731
        a = {key(x) for x in core.half(seq, "dev7")}
        b = {key(x) for x in core.half(seq, "heldout7")}
        assert not a & b, f"shared between the splits: {a & b}"
        assert len(a) >= 1 and len(b) >= 1


# ---------------------------------------------------------------- generation


def generate(lang: str, split: str):
    rng = random.Random(SEEDS[split][lang])
    bank = BANKS[lang]
    made = []
    stats = Counter()
    genres = list(bank.PII)
    for i in range(WITH_PII):
        genre = genres[i % len(genres)]
        templates = core.half(bank.PII[genre], split)
        template = templates[(i // len(genres)) % len(templates)]
        text, ents, ctx, cue = core.make_text(template, rng, lang, split, bank.VOCAB, bank.COMPOSITES, True)
        check(text, ents, True, f"{split}/{lang}/{genre}")
        has_person = any(e["type"] == "PERSON" for e in ents)
        if cue and has_person:
            stats["cue"] += 1
            p1 = ctx.people.get("p1")
            if p1 is not None and p1.invented and any(p1.last.lower() in e["value"].lower() or p1.first.lower() in e["value"].lower() for e in ents if e["type"] == "PERSON"):
                stats["invented"] += 1
        for p in list(ctx.people.values()):
            stats["locale:" + p.locale] += 1
        made.append({"text": text, "lang": lang, "genre": genre, "entities": ents})
    clean_genres = list(bank.CLEAN)
    for i in range(WITHOUT_PII):
        genre = clean_genres[i % len(clean_genres)]
        templates = core.half(bank.CLEAN[genre], split)
        template = templates[(i // len(clean_genres)) % len(templates)]
        text, ents, _, _ = core.make_text(template, rng, lang, split, bank.VOCAB, bank.COMPOSITES, False)
        check(text, ents, False, f"{split}/{lang}/{genre}")
        made.append({"text": text, "lang": lang, "genre": genre, "entities": ents})
    rng.shuffle(made)
    records = []
    for n, r in enumerate(made, 1):
        records.append({"id": f"pii-{split}-{lang}-{n:04d}", **r})
    return records, stats


def main():
    check_split_disjoint()
    for split in core.SPLITS:
        records = []
        for lang in ("en", "de"):
            recs, stats = generate(lang, split)
            records += recs
            ents = Counter(e["type"] for r in recs for e in r["entities"])
            genres = Counter(r["genre"] for r in recs)
            locales = sorted({k[7:] for k in stats if k.startswith("locale:")} - {"invented"})
            print(f"pii/{split} {lang}: {len(recs)} records, {sum(1 for r in recs if r['entities'])} with personal data")
            print("  genres: " + ", ".join(f"{g} {c}" for g, c in sorted(genres.items())))
            print("  entities: " + ", ".join(f"{t} {ents[t]}" for t in TYPES))
            print(f"  invented names: {stats['invented']} of {stats['cue']} texts whose person has a cue; name sources: {len(locales)} (Faker locales and the Arabic list)")
        write_jsonl(ROOT / f"{split}.jsonl", records)
        total = Counter(e["type"] for r in records for e in r["entities"])
        print(f"pii/{split}: {len(records)} records; " + ", ".join(f"{t} {total[t]}" for t in TYPES))


if __name__ == "__main__":
    main()
