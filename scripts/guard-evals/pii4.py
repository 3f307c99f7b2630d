"""Fourth PII bank: writes evals/guard/pii/dev4.jsonl and heldout4.jsonl.

    python3 scripts/guard-evals/pii4.py

500 English + 500 German texts per split (100 per language without personal data). Every genre's
template list is split into disjoint halves: even positions for dev4, odd positions for heldout4.
Seeds: dev4 9501 (en) / 9502 (de), heldout4 9601 (en) / 9602 (de). Output is byte-identical on
every run.
"""

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pii4_clean  # noqa: E402
import pii4_core as core  # noqa: E402
import pii4_de  # noqa: E402
import pii4_en  # noqa: E402

OUT = HERE.parent.parent / "evals" / "guard" / "pii"
SPLITS = [("dev4", 0, {"en": 9501, "de": 9502}), ("heldout4", 1, {"en": 9601, "de": 9602})]
N_PII, N_CLEAN = 400, 100
TYPES = ["PERSON", "STREET_ADDRESS", "PHONE", "EMAIL", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID"]


def plan(rng, genres, n):
    """n (genre, template) pairs, genres round-robin, templates cycling within each genre."""
    jobs = []
    for i in range(n):
        g, temps = genres[i % len(genres)]
        jobs.append((g, temps[(i // len(genres)) % len(temps)]))
    rng.shuffle(jobs)
    return jobs


CUE_BEFORE = re.compile(
    r"(?:\b(?:frau|herr|ms\.?|mr\.?|dr\.|i\. a\.|pp|z\. hd\.|fao|attn:|c/o|hallo|hi|hey|dear|liebe|lieber|"
    r"guten tag|laut|per|cc @|bei|mit|with|von|from|by|an|to|für|for|spoke to|moderator(?:in)?|kundin|kunde|customer|"
    r"kontoinhaber|account holder|vertretung|cover|colleague|kollegin|ansprechpartner(?:in)?(?: ist)?|contact(?: is)?)"
    r"|name|vorname|nachname|first name|last name|fn|n|cn|organisator|organiser|payee|empfänger|teilnehmer|"
    r"teilnehmende|attendees|anwesend|present|guests|gäste|moderation|chair|notes|protokoll|sprecher \d|speaker \d|"
    r"on card|director|geschäftsführer|bill_to|rechnungsempfaenger|author|autor|user|respondent|teilnehmerin|"
    r"press enquiries|presseanfragen|checklist|checkliste|posted by|beitrag von|review by|bewertung von|quoting|"
    r"zitat|memo \()"
    r"[\"']?\s*[:=;,]?\s*[\"'@(]?$",
    re.IGNORECASE,
)
SIGN_OFF = re.compile(r"(?:grüße|gruß|regards|cheers|thanks|best|love|lg|mfg|wishes|faithfully|--|x|~|–)[ ,!]*\n*$", re.IGNORECASE)


def cued_people(template):
    """Person slots whose first appearance comes with a cue: an honorific, a field or speaker label,
    a greeting or sign-off. Only these may carry an invented name."""
    cued = set()
    for n in sorted(set(re.findall(r"\{\{p(\d)", template))):
        if re.search(r"\{\{p" + n + r"\.lc", template):
            continue  # no invented names in lower case: they would read as ordinary words
        if re.search(r"\{\{p" + n + r"\.(?:hon|dear|sal|anrede)\}\}", template):
            cued.add(n)
            continue
        m = re.search(r"\{\{p" + n + r"(?:\.[a-z]+)?\}\}", template)
        before = template[max(0, m.start() - 40):m.start()]
        before = re.sub(r"\{\{[a-z0-9_.]+\}\}", "", before)
        after = template[m.end():m.end() + 4]
        line_start = before.endswith("\n") or m.start() == 0 or before.endswith("] ") or before.endswith("- ")
        if CUE_BEFORE.search(before) or SIGN_OFF.search(before) or (line_start and re.match(r"(?: \(.*?\))?:|  |\n", after)):
            cued.add(n)
    return cued


def check_values(text, ents):
    for e in ents:
        v = e["value"]
        assert text[e["start"]:e["end"]] == v
        assert v == v.strip() and v, e
        t = e["type"]
        if t == "IBAN":
            c = v.replace(" ", "")
            assert core._mod97(c[4:] + c[:4]) == 1, v
        elif t == "CREDIT_CARD":
            assert core.luhn_ok(re.sub(r"[ -]", "", v)), v
        elif t == "DE_TAX_ID":
            assert core.taxid_valid(v), v
        elif t == "PERSON":
            assert "@" not in v and not any(ch.isdigit() for ch in v), v
        elif t == "EMAIL":
            assert re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}", v), v
    for a, b in zip(ents, ents[1:]):
        assert a["end"] <= b["start"]


def build(split, parity, seeds):
    records = []
    summary = {}
    for lang in ["en", "de"]:
        rng = random.Random(seeds[lang])
        mod = pii4_en if lang == "en" else pii4_de
        pii_genres = [(g, t[parity::2]) for g, t in mod.GENRES]
        # payment texts (IBAN, cards, tax IDs) are rarer per text: their genre takes two turns
        pii_genres += [(g, t) for g, t in pii_genres if g in ("payment",)]
        clean_genres = [(g, t[parity::2]) for g, t in pii4_clean.CLEAN[lang]]
        for g, t in pii_genres + clean_genres:
            assert len(t) >= 4, g
        jobs = [(g, t, False) for g, t in plan(rng, pii_genres, N_PII)]
        jobs += [(g, t, True) for g, t in plan(rng, clean_genres, N_CLEAN)]
        rng.shuffle(jobs)
        seen = set()
        counts = {k: 0 for k in TYPES}
        people = [0, 0]
        for n, (genre, template, clean) in enumerate(jobs, 1):
            for _ in range(100):
                ctx = core.Ctx(rng, lang, cued=cued_people(template))
                text, ents = core.render(template, ctx)
                if text not in seen:
                    break
            else:
                raise SystemExit(f"cannot make a unique text from {template[:60]!r}")
            seen.add(text)
            people[0] += len(ctx.people)
            people[1] += sum(p.origin == "invented" for p in ctx.people)
            if clean:
                assert not ents, (template, ents)
            else:
                assert ents, template
            check_values(text, ents)
            for e in ents:
                counts[e["type"]] += 1
            records.append({"id": f"pii-{split}-{lang}-{n:04d}", "text": text, "lang": lang, "genre": genre,
                            "entities": ents})
        summary[lang] = counts
        summary[lang + "_people"] = people
    return records, summary


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for split, parity, seeds in SPLITS:
        records, summary = build(split, parity, seeds)
        path = OUT / f"{split}.jsonl"
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{path.relative_to(HERE.parent.parent)}: {len(records)} texts")
        print(f"  {'type':<16}{'en':>6}{'de':>6}{'all':>6}")
        for t in TYPES:
            en, de = summary["en"][t], summary["de"][t]
            print(f"  {t:<16}{en:>6}{de:>6}{en + de:>6}")
        for lang in ["en", "de"]:
            total, inv = summary[lang + "_people"]
            print(f"  {lang}: {total} people, {inv} with an invented name ({100 * inv / total:.1f} %)")


if __name__ == "__main__":
    main()
