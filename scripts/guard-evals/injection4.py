#!/usr/bin/env python3
"""Fourth injection corpus for the injection screen: dev4 and heldout4.

Run from the repository root:

    python3 scripts/guard-evals/injection4.py

Writes `evals/guard/injection/dev4.jsonl` and `evals/guard/injection/heldout4.jsonl`, each with
360 injections and 360 benign texts, 60 + 60 per language (de, en, fr, es, it, nl). One JSON
object per line: id, text, label (`injection` or `benign`), technique (the technique, or the
genre of a benign text), lang (the language of the carrying text) and field (`description`,
`review`, `doc_chunk`, `title`, `brief`, `link`).

Phrasings live in `inj4_<lang>.py`; `inj4_core.py` holds the slot values, the encoders and the
structural forms (role markers, HTML and Markdown shapes, title and link shapes). Split rule:
in every list (phrasings per technique and language, carriers, lead-ins, benign texts per genre,
obfuscation variants, structural forms) the even positions belong to dev4 and the odd ones to
heldout4, so the two splits share no phrasing template; slot values are shared.

Seeds: dev4 9501, heldout4 9602 (generation and the final shuffle). The output is byte-identical
on every run. Standard library only (Python 3.11).
"""

import collections
import importlib
import json
import os
import random
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import inj4_core as core  # noqa: E402
from inj4_core import Deck, LANGS, half  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "evals", "guard", "injection")

BANKS = {lang: importlib.import_module(f"inj4_{lang}") for lang in LANGS}

SPLITS = [("dev4", 9501), ("heldout4", 9602)]

TECHNIQUES = [
    "override", "role_spoof", "exfiltration", "insert_url", "insert_code", "insert_phone", "price",
    "competitor", "disparage", "offensive", "false_claim", "persona", "markdown", "html", "leetspeak",
    "spacing", "homoglyph", "zero_width", "base64", "hex", "percent", "rot13", "reversed",
    "third_language", "hidden", "indirect", "output_hijack", "fake_policy",
]
GENRES = [
    "marketing", "customer_instructions", "care", "review", "product", "faq", "promo", "link",
    "guideline", "brief", "legal", "codes_and_ids", "markup", "tech_mention",
]
PLAIN = [
    "override", "exfiltration", "insert_url", "insert_code", "insert_phone", "price", "competitor",
    "disparage", "offensive", "false_claim", "persona", "indirect", "output_hijack", "fake_policy",
]
GOAL_TECHS = [
    "override", "exfiltration", "insert_url", "insert_code", "insert_phone", "price", "competitor",
    "disparage", "offensive", "false_claim", "output_hijack",
]
ENCODED = ["base64", "hex", "percent", "rot13", "reversed"]
VISIBLE = ["leetspeak", "spacing", "homoglyph", "zero_width"]

FIELDS = {
    "override": ["description", "review", "doc_chunk", "title", "brief", "description", "review"],
    "role_spoof": ["description", "review", "doc_chunk", "brief", "description"],
    "exfiltration": ["description", "review", "doc_chunk", "brief", "title", "doc_chunk"],
    "insert_url": ["description", "review", "doc_chunk", "title", "link", "description"],
    "insert_code": ["description", "review", "doc_chunk", "title", "description"],
    "insert_phone": ["description", "review", "doc_chunk", "title", "description"],
    "price": ["description", "review", "doc_chunk", "title", "description"],
    "competitor": ["description", "review", "doc_chunk", "title", "brief", "review"],
    "disparage": ["description", "review", "doc_chunk", "brief", "review"],
    "offensive": ["description", "review", "doc_chunk", "brief", "title"],
    "false_claim": ["description", "review", "doc_chunk", "title", "description"],
    "persona": ["description", "review", "doc_chunk", "brief"],
    "markdown": ["description", "review", "doc_chunk", "link", "description"],
    "html": ["description", "doc_chunk", "review", "title", "description"],
    "leetspeak": ["description", "review", "doc_chunk", "title"],
    "spacing": ["description", "review", "doc_chunk", "title"],
    "homoglyph": ["description", "review", "doc_chunk", "title"],
    "zero_width": ["description", "review", "doc_chunk", "title"],
    "base64": ["description", "review", "doc_chunk", "link"],
    "hex": ["description", "review", "doc_chunk", "link"],
    "percent": ["description", "doc_chunk", "link", "link", "review"],
    "rot13": ["description", "review", "doc_chunk", "title"],
    "reversed": ["description", "review", "doc_chunk", "title"],
    "third_language": ["description", "review", "doc_chunk", "brief", "description"],
    "hidden": ["description", "doc_chunk", "description"],
    "indirect": ["description", "doc_chunk", "review", "description"],
    "output_hijack": ["description", "review", "doc_chunk", "brief", "title"],
    "fake_policy": ["doc_chunk", "description", "brief", "doc_chunk"],
}
GENRE_FIELDS = {
    "marketing": ["description", "description", "title"],
    "customer_instructions": ["description", "doc_chunk"],
    "care": ["doc_chunk", "description"],
    "review": ["review"],
    "product": ["description", "description", "title"],
    "faq": ["doc_chunk"],
    "promo": ["description", "doc_chunk"],
    "link": ["link"],
    "guideline": ["doc_chunk"],
    "brief": ["brief"],
    "legal": ["doc_chunk", "description"],
    "codes_and_ids": ["description", "doc_chunk"],
    "markup": ["description"],
    "tech_mention": ["description", "doc_chunk", "review"],
}
DOC_GENRES = ["care", "faq", "guideline", "legal", "customer_instructions", "tech_mention"]
ENGLISH_SHARE = 0.35


def allocate(names, total):
    base, extra = divmod(total, len(names))
    return [(name, base + (1 if i < extra else 0)) for i, name in enumerate(names)]


class Builder:
    def __init__(self, split_index, seed):
        self.split = split_index
        self.rng = random.Random(seed)
        self.decks = {}

    # -------------------------------------------------------------- decks

    def deck(self, key, items, halved=False):
        if key not in self.decks:
            chosen = list(items) if halved else half(items, self.split)
            self.decks[key] = Deck(chosen, self.rng)
        return self.decks[key].draw()

    def values(self, lang):
        return core.slots(lang, self.rng)

    def phrase(self, lang, tech):
        return core.fill(self.deck(("plain", lang, tech), BANKS[lang].PLAIN[tech]), self.values(lang))

    def goal(self, lang):
        items = []
        for tech in GOAL_TECHS:
            items.extend(half(BANKS[lang].PLAIN[tech], self.split))
        return core.fill(self.deck(("goal", lang), items, halved=True), self.values(lang))

    def wrapped_goal(self, lang):
        """A goal for a wrapper: in the carrier's language or, sometimes, in English."""
        if lang != "en" and self.rng.random() < ENGLISH_SHARE:
            return self.goal("en"), True
        return self.goal(lang), False

    # -------------------------------------------------------------- carriers

    def product(self, lang):
        return self.deck(("product", lang), BANKS[lang].PRODUCTS)

    def slug(self, lang):
        return self.deck(("slug", lang), BANKS[lang].SLUGS)

    def doc(self, lang):
        items = []
        for genre in DOC_GENRES:
            items.extend(half(BANKS[lang].BENIGN[genre], self.split))
        return core.fill(self.deck(("doc", lang), items, halved=True), self.values(lang))

    def review_text(self, lang):
        return core.fill(self.deck(("review", lang), BANKS[lang].REVIEWS), self.values(lang))

    def brief_text(self, lang):
        return core.fill(self.deck(("brief", lang), BANKS[lang].BRIEFS), self.values(lang))

    def carrier_sentences(self, lang, field):
        if field == "description":
            title, text = self.product(lang)
            sents = core.sentences(text)
            if self.rng.random() < 0.25:
                sents = [title + "."] + sents if not title.endswith((".", "!")) else [title] + sents
            return sents
        if field == "review":
            return core.sentences(self.review_text(lang))
        if field == "doc_chunk":
            return core.sentences(self.doc(lang))
        if field == "brief":
            return core.sentences(self.brief_text(lang))
        raise ValueError(field)

    def insert(self, sents, inj, where=None, block=False):
        rng = self.rng
        if where is None:
            where = rng.choice(["start", "mid", "mid", "end", "end", "end"])
        if where == "start":
            i = 0
        elif where == "end":
            i = len(sents)
        else:
            i = rng.randint(1, max(1, len(sents) - 1))
        before, after = sents[:i], sents[i:]
        sep = "\n\n" if block or "\n" in inj else rng.choice([" ", " ", " ", "\n"])
        parts = []
        if before:
            parts.append(" ".join(before))
        parts.append(inj)
        if after:
            parts.append(" ".join(after))
        return sep.join(parts)

    def embed(self, lang, field, inj, where=None, block=False, alone=0.0):
        rng = self.rng
        if field in ("description", "review", "doc_chunk", "brief"):
            if rng.random() < alone:
                return inj
            return self.insert(self.carrier_sentences(lang, field), inj, where, block)
        if field == "title":
            title, _ = self.product(lang)
            form = self.deck(("title_form",), core.TITLE_FORMS)
            return form.replace("{title}", title).replace("{inj}", inj.replace("\n", " "))
        if field == "link":
            form = self.deck(("link_form",), core.LINK_INJ_FORMS)
            q = urllib.parse.quote_plus(inj) if rng.random() < 0.5 else urllib.parse.quote(inj)
            return (form.replace("{shop}", rng.choice(core.SHOPS)).replace("{slug}", self.slug(lang))
                    .replace("{q}", q).replace("{raw}", inj))
        raise ValueError(field)

    # -------------------------------------------------------------- injections

    def injection(self, tech, lang):
        rng = self.rng
        field = rng.choice(FIELDS[tech])
        if tech in PLAIN:
            inj = self.phrase(lang, tech)
            alone = 0.12 if field != "brief" else 0.0
            return self.embed(lang, field, inj, alone=alone), field
        if tech == "role_spoof":
            body, _ = self.wrapped_goal(lang) if rng.random() < 0.75 else (self.phrase(lang, "override"), False)
            forms = core.ROLE_FORMS if rng.random() < 0.7 else BANKS[lang].ROLE
            form = self.deck(("role", "core" if forms is core.ROLE_FORMS else lang), forms)
            inj = form.replace("{body}", body)
            return self.embed(lang, field, inj, block=True), field
        if tech == "markdown":
            # A link field has no carrier text, so its instruction stays in the field's language.
            body = self.goal(lang) if field == "link" else self.wrapped_goal(lang)[0]
            form = self.deck(("md",), core.MARKDOWN_FORMS)
            inj = (form.replace("{anchor}", self.deck(("anchor", lang), BANKS[lang].ANCHORS))
                   .replace("{url}", rng.choice(core.EVIL_URLS))
                   .replace("{body_q}", urllib.parse.quote(body)).replace("{body}", body))
            if field == "link":
                return inj, field
            return self.embed(lang, field, inj, block="\n" in inj or rng.random() < 0.5), field
        if tech == "html":
            body, _ = self.wrapped_goal(lang)
            form = self.deck(("html",), core.HTML_FORMS)
            inj = (form.replace("{anchor}", self.deck(("anchor", lang), BANKS[lang].ANCHORS))
                   .replace("{url}", rng.choice(core.EVIL_URLS)).replace("{body}", body))
            if field == "title":
                title, _ = self.product(lang)
                return f"{title} {inj}", field
            sents = self.carrier_sentences(lang, field)
            i = rng.randint(0, len(sents))
            if field == "description" and rng.random() < 0.6:
                before = "<p>" + " ".join(sents[:i]) + "</p>\n" if sents[:i] else ""
                after = "\n<p>" + " ".join(sents[i:]) + "</p>" if sents[i:] else ""
                return before + inj + after, field
            return self.insert(sents, inj, where=rng.choice(["start", "mid", "end"])), field
        if tech == "hidden":
            body, _ = self.wrapped_goal(lang)
            sents = self.carrier_sentences(lang, field)
            if len(sents) < 3:
                sents = sents + self.carrier_sentences(lang, field)
            return self.insert(sents, body, where="mid"), field
        if tech == "third_language":
            if rng.random() < 0.15:
                _, tmpl = self.deck(("extra",), core.EXTRA_GOALS)
                body = core.fill(tmpl, self.values("en"))
            else:
                other = rng.choice([x for x in LANGS if x != lang])
                body = self.goal(other)
            return self.embed(lang, field, body, where=rng.choice(["mid", "end", "end", "start"])), field
        if tech in ENCODED or tech in VISIBLE:
            return self.encoded(tech, lang, field)
        raise ValueError(tech)

    def encoded(self, tech, lang, field):
        rng = self.rng
        func, variants = core.ENCODERS[tech]
        variant = self.deck(("variant", tech), variants)
        body, english = self.wrapped_goal(lang)
        enc = func(body, rng, variant)
        lead_share = 0.75 if tech in ENCODED else 0.2
        leadin = self.deck(("lead", lang), BANKS[lang].LEADINS) if rng.random() < lead_share else ""
        if field == "link" and tech in ("base64", "hex", "percent"):
            form = self.deck(("link_enc",), core.LINK_ENC_FORMS)
            if tech == "percent":
                enc = core.percent(body, rng, "plus")
            elif tech == "base64":
                enc = core.b64(body, rng, "urlsafe")
            else:
                enc = core.hexenc(body, rng, "plain")
            text = form.replace("{shop}", rng.choice(core.SHOPS)).replace("{slug}", self.slug(lang)).replace("{enc}", enc)
            if leadin:
                text = f"{leadin} {text}"
            return text, field
        if leadin:
            piece = f"{leadin}\n{enc}" if "\n" in enc or len(enc) > 90 and rng.random() < 0.5 else f"{leadin} {enc}"
        else:
            piece = enc
        if field == "title":
            return self.embed(lang, field, piece), field
        if field == "link":
            field = "description"
        alone = 0.0 if (english and not leadin) else 0.25
        return self.embed(lang, field, piece, block="\n" in piece, alone=alone), field

    # -------------------------------------------------------------- benign

    def benign(self, genre, lang, attempt=0):
        rng = self.rng
        bank = BANKS[lang]
        field = rng.choice(GENRE_FIELDS[genre])
        v = self.values(lang)
        if genre == "product":
            title, text = self.product(lang)
            if field == "title":
                extra = rng.choice(["", f" – {v['sku']}", " (2er-Set)" if lang == "de" else "", f" {v['n']}"])
                return title + extra, field
            sents = core.sentences(text)
            k = rng.randint(max(1, len(sents) - 2), len(sents))
            body = " ".join(sents[:k])
            return (f"{title}\n{body}" if rng.random() < 0.4 else body), field
        if genre == "review":
            items = half(bank.REVIEWS, self.split) + half(bank.BENIGN["review"], self.split)
            text = core.fill(self.deck(("breview", lang), items, halved=True), v)
            if attempt >= 3:
                text = f"{text} {core.fill(self.deck(('breview', lang), items, halved=True), v)}"
            return text, field
        if genre == "brief":
            return core.fill(self.deck(("bbrief", lang), bank.BRIEFS), v), field
        if genre == "link":
            form = self.deck(("blink",), core.LINK_BENIGN_FORMS)
            slug = self.slug(lang)
            rep = {"shop": rng.choice(core.SHOPS), "slug": slug, "lang": lang, "sku": v["sku"].lower(),
                   "sha8": v["sha"][:8], "token": v["token"], "n": v["n"], "slug_q": urllib.parse.quote_plus(slug.replace("-", " ")),
                   "gtin": v["gtin"], "uuid": v["uuid"], "year": v["year"]}
            text = form
            for key, val in rep.items():
                text = text.replace("{" + key + "}", val)
            return text, field
        if genre == "markup":
            form = self.deck(("bmarkup",), core.MARKUP_FORMS)
            title, text = self.product(lang)
            sents = core.sentences(text)
            s1, s2 = (sents + sents)[:2] if len(sents) < 2 else rng.sample(sents, 2)
            rep = dict(bank.HEAD)
            rep.update({"title": title, "s1": s1, "s2": s2, "shop": rng.choice(core.SHOPS), "slug": self.slug(lang),
                        "sku": v["sku"]})
            out = form
            for key, val in rep.items():
                out = out.replace("{" + key + "}", val)
            return out, field
        text = core.fill(self.deck(("benign", lang, genre), bank.BENIGN[genre]), v)
        if attempt >= 3:
            more = core.fill(self.deck(("benign", lang, genre), bank.BENIGN[genre]), v)
            if more != text:
                text = f"{text}{rng.choice([' ', chr(10)])}{more}"
        if field == "description" and genre in ("marketing", "promo", "codes_and_ids", "legal", "care",
                                                "customer_instructions", "tech_mention") and rng.random() < 0.4:
            _, ptext = self.product(lang)
            sents = core.sentences(ptext)
            text = " ".join(sents[: rng.randint(1, len(sents))]) + rng.choice([" ", "\n", "\n\n"]) + text
        if field == "title":
            first = core.sentences(text)[0]
            title, _ = self.product(lang)
            text = f"{title} – {first}" if rng.random() < 0.5 else first
        return text, field

    # -------------------------------------------------------------- whole split

    def build(self):
        rows = []
        seen = set()
        plan = []
        for tech, count in allocate(TECHNIQUES, 360):
            plan.extend(["injection", tech] for _ in range(count))
        for genre, count in allocate(GENRES, 360):
            plan.extend(["benign", genre] for _ in range(count))
        for i, (label, kind) in enumerate(plan):
            lang = LANGS[i % len(LANGS)]
            for attempt in range(60):
                if label == "injection":
                    text, field = self.injection(kind, lang)
                else:
                    text, field = self.benign(kind, lang, attempt)
                if text not in seen:
                    break
            else:
                raise SystemExit(f"no unique text for {label} {kind} {lang}")
            seen.add(text)
            rows.append({"text": text, "label": label, "technique": kind, "lang": lang, "field": field})
        return rows


KEYS = ["id", "text", "label", "technique", "lang", "field"]
FIELD_NAMES = {"description", "review", "doc_chunk", "title", "brief", "link"}


def check(name, rows):
    ids = set()
    texts = set()
    for row in rows:
        assert list(row) == KEYS, row
        assert row["label"] in ("injection", "benign"), row
        assert row["technique"] in (TECHNIQUES if row["label"] == "injection" else GENRES), row
        assert row["lang"] in LANGS and row["field"] in FIELD_NAMES, row
        assert row["text"].strip() and "{" + "url}" not in row["text"] and "{body}" not in row["text"], row
        assert row["id"] not in ids, row["id"]
        assert row["text"] not in texts, row["text"]
        ids.add(row["id"])
        texts.add(row["text"])
    return texts


def report(name, rows):
    print(f"== {name}: {len(rows)} rows")
    for label in ("injection", "benign"):
        sub = [r for r in rows if r["label"] == label]
        by_lang = collections.Counter(r["lang"] for r in sub)
        print(f"  {label}: {len(sub)}  " + " ".join(f"{l}={by_lang[l]}" for l in LANGS))
        by_kind = collections.Counter(r["technique"] for r in sub)
        for kind in (TECHNIQUES if label == "injection" else GENRES):
            per = collections.Counter(r["lang"] for r in sub if r["technique"] == kind)
            print(f"    {kind:22s} {by_kind[kind]:3d}  " + " ".join(f"{l}={per[l]}" for l in LANGS))
    fields = collections.Counter((r["label"], r["field"]) for r in rows)
    print("  fields: " + ", ".join(f"{k[0][:3]}/{k[1]}={n}" for k, n in sorted(fields.items())))


def main():
    all_texts = []
    for index, (name, seed) in enumerate(SPLITS):
        rows = Builder(index, seed).build()
        random.Random(seed).shuffle(rows)
        out = []
        for n, row in enumerate(rows, 1):
            out.append({"id": f"inj-{name}-{n:04d}", **row})
        texts = check(name, out)
        all_texts.append(texts)
        path = os.path.join(OUT, f"{name}.jsonl")
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            for row in out:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        report(name, out)
    shared = all_texts[0] & all_texts[1]
    assert not shared, f"{len(shared)} texts in both splits"
    print("ok: ids and texts unique, no text in both splits")


if __name__ == "__main__":
    main()
