"""Thirteenth PII bank: writes evals/guard/pii/dev13.jsonl and evals/guard/pii/heldout13.jsonl.

    python3 scripts/guard-evals/pii13.py [--check-only] [--sample N]

Written without reading the recognizer's rules or the other banks' templates. Per split and
language: 400 texts with personal data (32 genres) and 100 without (10 genres full of
look-alikes). Every template list and phrase list is split by position into disjoint halves
(even positions dev13, odd positions heldout13), so the two splits share no template or
phrasing. Seeds are fixed; the output is byte-identical on every run and under any
PYTHONHASHSEED.
"""

import argparse
import ipaddress
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii13_core as C  # noqa: E402
import pii13_de  # noqa: E402
import pii13_en  # noqa: E402
from common import de_tax_id_valid, iban_valid, luhn_valid, write_jsonl  # noqa: E402

ROOT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "pii"
SEEDS = {"dev13": {"en": 130_101, "de": 130_102}, "heldout13": {"en": 130_201, "de": 130_202}}
MODULES = {"en": pii13_en, "de": pii13_de}
PII_PER_LANG = 400
CLEAN_PER_LANG = 100
TYPES = ["PERSON", "STREET_ADDRESS", "PHONE", "EMAIL", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID"]
COUNTRY_MARK = re.compile(r"^§([A-Z]{2})§")


ORIGINS = Counter()   # (split, lang, name origin) of the people in accepted texts, for the README


class CheckError(Exception):
    pass


# ---------------------------------------------------------------- value checks

EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")


def value_ok(e):
    t, v = e["type"], e["value"]
    if t == "IBAN":
        compact = v.replace(" ", "")
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact)) and iban_valid(compact)
    if t == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", v)
        return d.isdigit() and 13 <= len(d) <= 19 and luhn_valid(d) and d[0] in "23456"
    if t == "DE_TAX_ID":
        return de_tax_id_valid(v.replace("/", " "))
    if t == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
            return True
        except ValueError:
            return False
    if t == "EMAIL":
        return bool(EMAIL_RE.match(v))
    if t == "PHONE":
        d = re.sub(r"\D", "", v)
        return 7 <= len(d) <= 15 and bool(re.fullmatch(r"[+(0-9][0-9 ()./-]*[0-9]", v))
    if t == "PERSON":
        return not re.search(r"[\d@/\\]", v) and v[0].isalpha()
    if t == "STREET_ADDRESS":
        return bool(re.search(r"\d", v))
    return False


# ---------------------------------------------------------------- record checks

PARTICLES = ("van", "von", "der", "den", "de", "del", "ter", "ten", "dos", "das", "zu", "die", "le", "la", "di", "da",
             "do", "du", "el", "al", "bin", "ben", "mac", "mc", "lo", "des", "het")
WORD = r"[A-Za-zÀ-ÖØ-öø-ɏ'’]"


def covered(ents, s, e):
    return any(x["start"] <= s and e <= x["end"] for x in ents)


def missed_names(text, ents, persons):
    """Occurrences of a person's name parts outside any labelled span (and outside handles,
    user names and URLs): a name left unlabelled."""
    out = []
    for p in persons.values():
        parts = set()
        for name in (p.first, p.last, getattr(p, "maiden", "")):
            for tok in re.split(r"[\s\-]+", name or ""):
                tok = tok.strip(".,'’")
                if len(tok) >= 3 and tok.lower() not in PARTICLES:
                    parts.add(tok)
        for tok in sorted(parts):
            for m in re.finditer(re.escape(tok), text, flags=re.IGNORECASE):
                s, e = m.start(), m.end()
                before = text[s - 1] if s else " "
                after = text[e] if e < len(text) else " "
                if re.match(WORD, before) or re.match(r"[A-Za-zÀ-ÖØ-öø-ɏ]", after):
                    continue   # part of a longer word
                if covered(ents, s, e):
                    continue
                # inside a handle, a user name, a URL or an e-mail-like token
                left = text[max(0, s - 40):s]
                token_start = max(left.rfind(" "), left.rfind("\n"), left.rfind("\t"), left.rfind("("), left.rfind('"'), left.rfind(","), left.rfind(";"), left.rfind("|"), left.rfind(">"), left.rfind("<"))
                token = left[token_start + 1:] + text[s:e] + re.split(r"[\s,;|\"<>)]", text[e:] + " ", maxsplit=1)[0]
                if token.islower() and re.search(r"[.-]", token.strip(".:-")):
                    continue   # a user name like "pyszny.a"
                if "@" in token or "www." in token or "://" in token or "_" in token or re.search(r"\d", token) or token.startswith("^"):
                    continue
                if tok.islower() and text[s:e].islower() is False:
                    continue
                out.append((tok, text[max(0, s - 30):e + 30]))
    return out


def check_record(rec, ctx, clean):
    text, ents = rec["text"], rec["entities"]
    for e in ents:
        if text[e["start"]:e["end"]] != e["value"]:
            raise CheckError(f"span mismatch {e}")
        if e["type"] not in TYPES:
            raise CheckError(f"type {e}")
        if not value_ok(e):
            raise CheckError(f"bad value {e}")
    for a, b in zip(ents, ents[1:]):
        if b["start"] < a["end"]:
            raise CheckError(f"overlap {a} {b}")
        if a["type"] == b["type"] == "PERSON" and text[a["end"]:b["start"]] == " ":
            raise CheckError(f"two PERSON spans one space apart: {a} {b}")
        if a["type"] == b["type"] == "STREET_ADDRESS" and text[a["end"]:b["start"]] in (" ", ", ", "\n"):
            raise CheckError(f"address split: {a} {b}")
    if clean:
        if ents or ctx.persons:
            raise CheckError("clean text with entities or people")
    else:
        if not ents:
            raise CheckError("text with personal data has no entity")
    # a street labelled alone must not be followed by its postcode on the same or the next line
    for e in ents:
        if e["type"] == "STREET_ADDRESS" and "\n" not in e["value"]:
            rest = text[e["end"]:e["end"] + 12]
            if re.match(r"(,\s*|\s|\n)(D-|A-|CH-)?\d{4,5}\s+[A-ZÄÖÜ]", rest):
                raise CheckError(f"street followed by postcode: {e['value']!r} + {rest!r}")
    # unlabelled values that look valid
    outside = list(text)
    for e in ents:
        for i in range(e["start"], e["end"]):
            outside[i] = "\x00"
    free = "".join(outside)
    for m in re.finditer(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", free):
        if not re.search(r"@\dx\.(png|jpg|webp)$", m.group(0)):
            raise CheckError(f"unlabelled e-mail {m.group(0)}")
    for m in re.finditer(r"(?<![\w./:-])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\w.-]*\d)", free):
        if all(0 <= int(x) <= 255 for x in m.groups()) and m.group(0) not in ctx.lookalikes:
            ctx_before = free[max(0, m.start() - 25):m.start()]
            if not re.search(r"(Version|version|Firmware|firmware|Build|build|Node|Treiber|driver|Server|Pixel|v)\W*$", ctx_before):
                raise CheckError(f"unlabelled IPv4 {m.group(0)} in {free[max(0, m.start() - 40):m.end() + 10]!r}")
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", free):
        if iban_valid(m.group(0).replace(" ", "")):
            raise CheckError(f"unlabelled IBAN {m.group(0)}")
    for m in re.finditer(r"(?<![\d.,/-])\d(?:[ -]?\d){13,18}(?![\d,])", free):
        d = re.sub(r"\D", "", m.group(0))
        if d[0] in "23456" and luhn_valid(d) and m.group(0) not in ctx.lookalikes:
            raise CheckError(f"unlabelled card-like valid number {m.group(0)}")
    for m in re.finditer(r"(?<![\w.,/-])\d{11}(?![\d,])", free):
        if de_tax_id_valid(m.group(0)):
            raise CheckError(f"unlabelled valid tax id {m.group(0)}")
    if not clean:
        miss = missed_names(text, ents, ctx.persons)
        if miss:
            raise CheckError(f"name not labelled: {miss[:3]}")


# ---------------------------------------------------------------- generation

def make_ctx(rng, lang, split, phrases, template):
    country = None
    if isinstance(template, str):
        m = COUNTRY_MARK.match(template)
        if m:
            country = m.group(1)
            template = template[m.end():]
    return C.Ctx(rng, lang, split, phrases, country), template


def schedule(rng, names, n):
    out = []
    while len(out) < n:
        rnd = list(names)
        rng.shuffle(rnd)
        out += rnd
    return out[:n]


def generate(lang, split, seen_other):
    module = MODULES[lang]
    rng = random.Random(SEEDS[split][lang])
    phrases = {lang: {k: C.half(v, split) for k, v in module.PHRASES.items()}}
    banks = {False: {g: C.half(v, split) for g, v in module.G.items()},
             True: {g: C.half(v, split) for g, v in module.C.items()}}
    plan = [(g, False) for g in schedule(rng, list(banks[False]), PII_PER_LANG)]
    plan += [(g, True) for g in schedule(rng, list(banks[True]), CLEAN_PER_LANG)]
    rng.shuffle(plan)
    cursors = {}
    seen = set()
    records = []
    failures = Counter()
    for genre, clean in plan:
        templates = banks[clean][genre]
        for attempt in range(40):
            key = (clean, genre)
            order = cursors.get(key)
            if not order:
                order = list(range(len(templates)))
                rng.shuffle(order)
            idx = order.pop()
            cursors[key] = order
            sub = random.Random(rng.getrandbits(64))
            ctx, template = make_ctx(sub, lang, split, phrases, templates[idx])
            text, ents = C.finish(C.render_pieces(template, ctx))
            rec = {"id": "", "text": text, "lang": lang, "genre": genre, "entities": ents}
            if text in seen or text in seen_other:
                failures["duplicate"] += 1
                continue
            try:
                check_record(rec, ctx, clean)
            except CheckError as err:
                failures[str(err)[:60]] += 1
                if attempt == 39:
                    raise
                continue
            seen.add(text)
            records.append(rec)
            for p in ctx.persons.values():
                ORIGINS[(split, lang, p.origin)] += 1
            break
    for i, r in enumerate(records, 1):
        r["id"] = f"pii-{split}-{lang}-{i:04d}"
    return records, failures


def stats(records):
    table = {}
    for r in records:
        key = r["lang"]
        row = table.setdefault(key, Counter())
        row["texts"] += 1
        row["with_pii"] += 1 if r["entities"] else 0
        for e in r["entities"]:
            row[e["type"]] += 1
    return table


def check_banks():
    """Every template and phrase list splits into disjoint halves: no template or phrase string is
    in both dev13 and heldout13 (in any list of the same language)."""
    for lang, module in MODULES.items():
        halves = {split: set() for split in C.SPLITS}
        lists = list(module.PHRASES.values()) + list(module.G.values()) + list(module.C.values())
        for items in lists:
            for split in C.SPLITS:
                halves[split].update(t for t in C.half(items, split) if isinstance(t, str))
        shared = halves["dev13"] & halves["heldout13"]
        assert not shared, (lang, sorted(shared)[:3])
        assert len(module.G) == 32 and len(module.C) == 10, (lang, len(module.G), len(module.C))
        assert set(module.G) == set(MODULES["en"].G) and set(module.C) == set(MODULES["en"].C)


def main(argv=()):
    """Build, check and write both splits; `argv` are the options below (none when generate.py calls it)."""
    check_banks()
    ap = argparse.ArgumentParser()
    ap.add_argument("--check-only", action="store_true", help="generate and check, write nothing")
    ap.add_argument("--sample", type=int, default=0, help="print N random records per split and language")
    args = ap.parse_args(list(argv))
    out = {}
    seen_dev = set()
    for split in ("dev13", "heldout13"):
        records = []
        for lang in ("en", "de"):
            recs, failures = generate(lang, split, seen_dev if split == "heldout13" else set())
            if failures:
                print(f"{split}/{lang}: rejected drafts: " + ", ".join(f"{k} ×{v}" for k, v in failures.most_common(8)), file=sys.stderr)
            records += recs
        ids = [r["id"] for r in records]
        assert len(ids) == len(set(ids))
        if split == "dev13":
            seen_dev = {r["text"] for r in records}
        else:
            assert not seen_dev & {r["text"] for r in records}
        out[split] = records
    for split, records in out.items():
        for lang, row in stats(records).items():
            print(f"{split} {lang}: texts {row['texts']}, with PII {row['with_pii']}; " + ", ".join(f"{t} {row[t]}" for t in TYPES))
        if args.sample:
            rng = random.Random(7)
            for lang in ("en", "de"):
                pool = [r for r in records if r["lang"] == lang]
                for r in rng.sample(pool, args.sample):
                    print("=" * 100)
                    print(r["id"], r["genre"])
                    print(r["text"])
                    print("--", "; ".join(f"{e['type']}={e['value']!r}" for e in r["entities"]))
    if not args.check_only:
        for split, records in out.items():
            write_jsonl(ROOT / f"{split}.jsonl", records)
            print(f"wrote {ROOT / f'{split}.jsonl'} ({len(records)} records)")
        verify_files()


def verify_files():
    """Read the written files back and check them as a consumer would."""
    texts = {}
    clean_genres = set(pii13_en.C) | set(pii13_de.C)
    for split in ("dev13", "heldout13"):
        path = ROOT / f"{split}.jsonl"
        recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        ids = set()
        per_lang = Counter()
        for r in recs:
            assert set(r) == {"id", "text", "lang", "genre", "entities"}, r["id"]
            assert re.fullmatch(rf"pii-{split}-(en|de)-\d{{4}}", r["id"]) and r["id"].split("-")[2] == r["lang"], r["id"]
            assert r["id"] not in ids
            ids.add(r["id"])
            per_lang[(r["lang"], bool(r["entities"]))] += 1
            if r["genre"] in clean_genres:
                assert not r["entities"], r["id"]
            else:
                assert r["entities"], r["id"]
            last = 0
            for e in sorted(r["entities"], key=lambda e: e["start"]):
                assert set(e) == {"type", "start", "end", "value"}
                assert r["text"][e["start"]:e["end"]] == e["value"], (r["id"], e)
                assert e["start"] >= last, (r["id"], e)
                assert value_ok(e), (r["id"], e)
                last = e["end"]
        for lang in ("en", "de"):
            assert per_lang[(lang, True)] == PII_PER_LANG and per_lang[(lang, False)] == CLEAN_PER_LANG, per_lang
        texts[split] = {r["text"] for r in recs}
        assert len(texts[split]) == len(recs), "duplicate text within a split"
    assert not texts["dev13"] & texts["heldout13"], "text shared between dev13 and heldout13"
    print("verified: ids, spans, values, sizes, no text shared between the splits")


if __name__ == "__main__":
    main(sys.argv[1:])
