#!/usr/bin/env python3
"""Seeded ad lines for the policy classifier, composed from a brand's product sheets.

Writes policies/examples/generated.de.jsonl and generated.en.jsonl: short headlines and
descriptions in the brand's voice (product titles, approved claim wordings, calm calls to
action) labelled `approved`, and the same products in lines that break the voice guide
(superlatives, guarantees, green and health claims, urgency, formal address, competitors, hype)
labelled `violation`. Pairs that differ only in the violating words teach the classifier that
the violation is in those words, not in the product names that every line shares.

    python3 scripts/gen-classifier-copy.py [--brand brand-guides/talgrat] [--seed 13]

The hand-written lines in policies/examples/ads.*.jsonl stay the held-out measure: the held-out
fifth that `copydesk policy train` reports is drawn from all lines, and the share of approved
hand-written lines the chain accepts is reported by `cargo bench --bench accuracy`.
"""

import argparse
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CTA = {
    "de": ["Jetzt ansehen", "Größen prüfen", "Mehr erfahren", "Details ansehen", "Mehr zur Reparatur"],
    "en": ["See details", "Check sizes", "Learn more", "See the details", "More on repairs"],
}

# {name}: short product name, {kind}: the product type, {claim}: an approved wording
VIOLATIONS = {
    "de": [
        ("superlative", "Die beste {kind} aller Zeiten"),
        ("superlative", "{name}: die ultimative {kind}"),
        ("superlative", "Perfekte {kind} für jede Tour"),
        ("guarantee", "{name} – garantiert trocken"),
        ("guarantee", "Garantiert unzerstörbar: {name}"),
        ("guarantee", "{name}: 100 % wetterfest, versprochen"),
        ("green-claim", "Nachhaltige {kind}"),
        ("green-claim", "{name}: umweltfreundlich und klimaneutral"),
        ("green-claim", "Die grüne {kind} von Talgrat"),
        ("health-claim", "{name} – gesund durch jeden Winter"),
        ("health-claim", "Stärkt dein Immunsystem: {name}"),
        ("urgency", "Nur heute: {name} sichern!"),
        ("urgency", "Schnell zugreifen, bevor die {name} weg ist!"),
        ("urgency", "Letzte Chance auf die {name}"),
        ("formal-address", "Entdecken Sie die {name}"),
        ("formal-address", "Bestellen Sie Ihre {kind} jetzt"),
        ("off-brand-tone", "EPISCH: die {name}!!!"),
        ("off-brand-tone", "Game-Changer {kind} 🔥"),
        ("off-brand-tone", "Abenteuer wartet – mit der {name}!"),
        ("competitor", "Besser als Jack Wolfskin: {name}"),
        ("competitor", "{name} schlägt jede Mammut-Jacke"),
        ("false-fact", "{name}: für jedes Wetter gemacht"),
        ("false-fact", "{name} hält ein Leben lang"),
    ],
    "en": [
        ("superlative", "The best {kind} ever made"),
        ("superlative", "{name}: the ultimate {kind}"),
        ("superlative", "The perfect {kind} for every trip"),
        ("guarantee", "{name} – guaranteed dry"),
        ("guarantee", "Guaranteed indestructible: {name}"),
        ("guarantee", "{name}: 100% weatherproof, promised"),
        ("green-claim", "A sustainable {kind}"),
        ("green-claim", "{name}: eco-friendly and climate neutral"),
        ("green-claim", "The green {kind} from Talgrat"),
        ("health-claim", "{name} – stay healthy all winter"),
        ("health-claim", "Boosts your immune system: {name}"),
        ("urgency", "Today only: grab the {name}!"),
        ("urgency", "Hurry, before the {name} is gone!"),
        ("urgency", "Last chance for the {name}"),
        ("off-brand-tone", "EPIC: the {name}!!!"),
        ("off-brand-tone", "Game-changer {kind} 🔥"),
        ("off-brand-tone", "Adventure awaits with the {name}!"),
        ("competitor", "Better than Jack Wolfskin: {name}"),
        ("competitor", "{name} beats any Mammut jacket"),
        ("false-fact", "{name}: made for any weather"),
        ("false-fact", "{name} lasts a lifetime"),
    ],
}

NEGATIVE_HEADING = re.compile(r"nicht|n't|\bnot\b|avoid|vermeid|never", re.I)
QUOTED = re.compile(r"[„\"“]([^“\"”]{4,})[“\"”]")


def product(path):
    text = path.read_text(encoding="utf-8")
    meta = dict(re.findall(r"^(\w+):\s*(.+)$", text.split("\n---", 1)[0], re.M))
    title = meta["title"].strip()
    claims, heading = [], ""
    for line in text.splitlines():
        if line.startswith("## "):
            heading = line[3:]
        elif line.startswith("- **") and not NEGATIVE_HEADING.search(heading):
            if "claim" in heading.lower():
                claims += QUOTED.findall(line)
    name = title.split()[0]
    kind = title.split()[-1].split("-")[-1]
    kind = kind[0].upper() + kind[1:] if meta["locale"] == "de" else kind
    return meta["locale"], name, title, kind, claims


def fit(text, limit):
    return text if len(text) <= limit else None


def continued(locale, text):
    """`text` after a comma: German nouns and acronyms keep their capital."""
    if locale == "de" or text[1:2].isupper():
        return text
    return text[0].lower() + text[1:]


def approved(rng, locale, name, title, kind, claims):
    cta = CTA[locale]
    lines = {title, f"{name} {kind}"}
    for claim in claims:
        lines.add(fit(claim, 30))
        lines.add(fit(f"{name}: {claim}", 90))
        lines.add(fit(f"{claim}. {rng.choice(cta)}.", 90))
    for a, b in zip(claims, claims[1:]):
        lines.add(fit(f"{a}. {b}.", 90))
        lines.add(fit(f"{name}: {a}, {continued(locale, b)}.", 90))
    lines.add(f"{title}. {rng.choice(cta)}.")
    return sorted(l for l in lines if l)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--brand", default=str(ROOT / "brand-guides/talgrat"))
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    out = {"de": [], "en": []}
    seen = set()
    for path in sorted(Path(args.brand, "products").glob("*.md")):
        locale, name, title, kind, claims = product(path)
        for text in approved(rng, locale, name, title, kind, claims):
            if text in seen:
                continue
            seen.add(text)
            out[locale].append({"text": text, "label": "approved", "category": "generated", "locale": locale})
        for category, template in rng.sample(VIOLATIONS[locale], 8):
            text = template.format(name=name, kind=kind)
            out[locale].append({"text": text, "label": "violation", "category": category, "locale": locale})
    for locale, rows in out.items():
        target = ROOT / f"policies/examples/generated.{locale}.jsonl"
        with target.open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{target.relative_to(ROOT)}: {len(rows)} lines")


if __name__ == "__main__":
    main()
