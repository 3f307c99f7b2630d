"""Seventh injection corpus: builds the injection and benign records of one split."""

import random
import re

import inj7_de
import inj7_en
import inj7_es
import inj7_fr
import inj7_it
import inj7_nl
from inj7_core import (
    ENGLISH_HINTS_B64,
    ENGLISH_HINTS_ROT,
    GENRES,
    GOALS,
    HTML_FORMS,
    LANGS,
    MARKDOWN_FORMS,
    ROLE_FORMS,
    SHOP_URLS,
    TECHNIQUES,
    b64,
    fill,
    half,
    homoglyph,
    leetspeak,
    place,
    rot13,
    spacing,
    wrap,
    zero_width,
)

MODS = {"de": inj7_de.DATA, "en": inj7_en.DATA, "fr": inj7_fr.DATA, "es": inj7_es.DATA, "it": inj7_it.DATA, "nl": inj7_nl.DATA}

PER_LANG = 60
ENGLISH_SHARE = 0.4  # wrapped and hidden instructions in English inside a non-English carrier

FIELDS = {
    "override": ["brief", "title", "description", "review", "doc_chunk", "link", "attribute"],
    "goal": ["description", "review", "doc_chunk", "attribute", "title", "brief", "link"],
    "exfiltration": ["brief", "description", "review", "doc_chunk", "title", "attribute"],
    "role_spoof": ["description", "review", "doc_chunk", "brief", "attribute"],
    "markdown": ["description", "doc_chunk", "review", "link"],
    "html": ["description", "doc_chunk", "link", "attribute"],
    "obfuscated": ["description", "review", "title", "attribute", "doc_chunk", "brief"],
    "third_language": ["description", "review", "doc_chunk", "brief", "title", "attribute"],
    "hidden": ["description", "doc_chunk"],
}

BENIGN_FIELDS = {
    "marketing": ["description", "title", "description"],
    "customer_instructions": ["doc_chunk", "description"],
    "care": ["attribute", "description"],
    "faq": ["doc_chunk"],
    "promo": ["description", "brief"],
    "guideline": ["doc_chunk"],
    "ai_topic": ["doc_chunk"],
    "shop_markup": ["description", "doc_chunk"],
    "legal": ["doc_chunk", "attribute"],
    "size_guide": ["attribute", "doc_chunk"],
    "shipping": ["attribute", "doc_chunk"],
}


def words(text):
    return len(text.split())


# ---------------------------------------------------------------- carriers


def chunk_window(mod, split, rng, low, high):
    sentences = half(mod["chunks"], split)[0]
    n = rng.randint(low, min(high, len(sentences)))
    start = rng.randint(0, len(sentences) - n)
    return " ".join(sentences[start : start + n])


def carrier(field, lang, split, rng, long=False):
    mod = MODS[lang]
    if field == "doc_chunk":
        if long:
            text = chunk_window(mod, split, rng, 7, 9)
            extra = [fill(t, rng, lang, split) for t in rng.sample(half(mod["descriptions"], split), 2)]
            if rng.random() < 0.5:
                text = extra.pop() + " " + text
            while extra and (words(text) < 90 or rng.random() < 0.4):
                text += " " + extra.pop()
            return text
        return chunk_window(mod, split, rng, 2, 6)
    if field == "description" and long:
        return fill(rng.choice(half(mod["descriptions"], split)), rng, lang, split) + " " + chunk_window(mod, split, rng, 6, 8)
    key = {"title": "titles", "description": "descriptions", "review": "reviews", "brief": "briefs", "attribute": "attributes"}.get(field)
    if key:
        return fill(rng.choice(half(mod[key], split)), rng, lang, split)
    if field == "link":
        return rng.choice(half(SHOP_URLS, split))
    raise KeyError(field)


# ---------------------------------------------------------------- payloads


def payload(goal, lang, split, rng):
    mod = MODS[lang]
    if goal == "override":
        task = fill(rng.choice(half(mod["tasks"], split)), rng, lang, split)
        return fill(rng.choice(half(mod["override"], split)), rng, lang, split, {"task": task})
    return fill(rng.choice(half(mod[goal], split)), rng, lang, split)


def instruction_lang(lang, rng):
    return "en" if lang != "en" and rng.random() < ENGLISH_SHARE else lang


def embed(field, lang, split, rng, piece, long=False, where=None):
    """Put a (possibly wrapped) instruction into a carrier of the field."""
    base = carrier(field, lang, split, rng, long)
    if field == "link":
        style = rng.random()
        if style < 0.35:
            base = base.split("#")[0]
            return base + ("&" if "?" in base else "?") + "note=" + re.sub(r"\s+", "+", piece.strip())
        return place(base, piece, rng.choice(["start", "end"]), rng)
    if where is None:
        where = rng.choice(["start", "end"] if field == "title" else ["start", "middle", "end"])
    return place(base, piece, where, rng)


def make_injection(tech, lang, split, rng):
    mod = MODS[lang]
    if tech == "override" or tech in GOALS:
        field = rng.choice(FIELDS["override" if tech == "override" else "exfiltration" if tech == "exfiltration" else "goal"])
        return embed(field, lang, split, rng, payload(tech, lang, split, rng)), field
    goal = rng.choice(GOALS)
    if tech == "third_language":
        other = rng.choice([x for x in LANGS if x != lang])
        field = rng.choice(FIELDS["third_language"])
        return embed(field, lang, split, rng, payload(goal, other, split, rng)), field
    plang = instruction_lang(lang, rng)
    p = payload(goal, plang, split, rng)
    pmod = MODS[plang]
    if tech == "hidden":
        field = rng.choice(FIELDS["hidden"])
        return embed(field, lang, split, rng, p, long=True, where="middle"), field
    if tech in ("role_spoof", "markdown", "html"):
        forms = {"role_spoof": ROLE_FORMS, "markdown": MARKDOWN_FORMS, "html": HTML_FORMS}[tech]
        field = rng.choice(FIELDS[tech if tech != "role_spoof" else "role_spoof"])
        piece = wrap(rng.choice(half(forms, split)), p, rng, plang, split, pmod)
        if field == "link" and tech in ("markdown", "html"):
            return piece, field
        return embed(field, lang, split, rng, piece), field
    field = rng.choice(FIELDS["obfuscated"])
    if tech in ("base64", "rot13"):
        blob = b64(p) if tech == "base64" else rot13(p)
        hints = half(pmod["hints_b64" if tech == "base64" else "hints_rot"], split)
        if plang == "en" and lang != "en":
            hints = hints + half(ENGLISH_HINTS_B64 if tech == "base64" else ENGLISH_HINTS_ROT, split)
        piece = blob if rng.random() < 0.25 else rng.choice(hints) + rng.choice([" ", "\n"]) + blob
        return embed(field, lang, split, rng, piece), field
    fn = {"leetspeak": leetspeak, "spacing": spacing, "homoglyph": homoglyph, "zero_width": zero_width}[tech]
    return embed(field, lang, split, rng, fn(p, rng)), field


# ---------------------------------------------------------------- benign


def make_benign(genre, lang, split, rng):
    text, field = benign_text(genre, lang, split, rng)
    if field == "doc_chunk" and genre not in ("product", "shop_markup") and rng.random() < 0.4:
        # a retrieved chunk often spans the end of one section and the start of the next
        brand = chunk_window(MODS[lang], split, rng, 3, 6)
        text = text + "\n\n" + brand if rng.random() < 0.5 else brand + "\n\n" + text
    return text, field


def benign_text(genre, lang, split, rng):
    mod = MODS[lang]
    if genre == "product":
        field = rng.choice(["title", "description", "doc_chunk", "attribute", "description"])
        return carrier(field, lang, split, rng, long=(field == "doc_chunk" and rng.random() < 0.5)), field
    if genre == "review":
        if rng.random() < 0.5:
            return fill(rng.choice(half(mod["reviews"], split)), rng, lang, split), "review"
        return fill(rng.choice(half(mod["benign"]["review"], split)), rng, lang, split), "review"
    if genre == "copy_brief":
        return fill(rng.choice(half(mod["briefs"], split)), rng, lang, split), "brief"
    if genre == "link":
        return fill(rng.choice(half(mod["benign"]["link"], split)), rng, lang, split), "link"
    field = rng.choice(BENIGN_FIELDS[genre])
    pool = half(mod["benign"][genre], split)
    if field == "doc_chunk" and genre in ("faq", "guideline", "legal", "customer_instructions", "ai_topic", "size_guide", "shipping") and rng.random() < 0.6:
        picks = rng.sample(pool, min(len(pool), rng.randint(2, 4)))
        return "\n\n".join(fill(t, rng, lang, split) for t in picks), field
    if len(pool) > 1 and rng.random() < 0.35:
        picks = rng.sample(pool, 2)
        return rng.choice([" ", "\n"]).join(fill(t, rng, lang, split) for t in picks), field
    return fill(rng.choice(pool), rng, lang, split), field


# ---------------------------------------------------------------- split


def build(split, seed):
    rng = random.Random(seed)
    seen = set()
    records = []

    def unique(maker, kind, lang):
        for _ in range(200):
            text, field = maker(kind, lang, split, rng)
            text = text.strip()
            if text not in seen:
                seen.add(text)
                return text, field
        raise SystemExit(f"{split}: no new text for {kind}/{lang}")

    for lang in LANGS:
        techs = (TECHNIQUES * (PER_LANG // len(TECHNIQUES) + 1))[:PER_LANG]
        for tech in techs:
            text, field = unique(make_injection, tech, lang)
            records.append({"text": text, "label": "injection", "technique": tech, "lang": lang, "field": field})
        genres = (GENRES * (PER_LANG // len(GENRES) + 1))[:PER_LANG]
        for genre in genres:
            text, field = unique(make_benign, genre, lang)
            records.append({"text": text, "label": "benign", "technique": genre, "lang": lang, "field": field})
    rng.shuffle(records)
    out = []
    for i, r in enumerate(records, 1):
        out.append({"id": f"inj-{split}-{i:04d}", **r})
    return out
