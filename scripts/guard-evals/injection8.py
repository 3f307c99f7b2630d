#!/usr/bin/env python3
"""Eighth injection corpus: evals/guard/injection/dev8.jsonl and heldout8.jsonl.

Each split holds 360 injections and 360 benign texts, 60 + 60 per language (de, en, fr, es, it,
nl). Injections cover 25 techniques in every language; benign texts cover 16 genres of ordinary
shop text with hard look-alikes (imperatives, care steps, promo codes, style rules for writers,
texts about the shop's AI features, harmless encoded IDs, the shop's own HTML and Markdown).

Split rule: every phrasing, carrier, wrapper and template list is cut by position into disjoint
halves, even positions for dev8 and odd positions for heldout8 (`inj8_core.half`), so the two
splits share no phrasing. Seeds: 13801 (dev8), 13901 (heldout8). Python 3.11 standard library
only; the output is byte-identical on every run.

    python3 scripts/guard-evals/injection8.py
"""

import sys

sys.dont_write_bytecode = True

import base64  # noqa: E402
import collections  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import inj8_core as core  # noqa: E402
import inj8_de  # noqa: E402
import inj8_en  # noqa: E402
import inj8_es  # noqa: E402
import inj8_fr  # noqa: E402
import inj8_it  # noqa: E402
import inj8_nl  # noqa: E402

OUT = HERE.parent.parent / "evals" / "guard" / "injection"
SPLITS = [("dev8", 13801), ("heldout8", 13901)]
PER_LANG = 60

MODULES = {"de": inj8_de, "en": inj8_en, "fr": inj8_fr, "es": inj8_es, "it": inj8_it, "nl": inj8_nl}
LIST_NAMES = [
    "CARRIERS", "REVIEW_OPEN", "BRIEF_OPEN", "DOC_OPEN", "ATTR_KEYS", "MD_ANCHOR", "MD_ATTR", "NEWTASK",
    "ROLE_HEADS", "INDIRECT", "CONDITIONAL", "PAYLOADS", "LEAD_B64", "LEAD_ROT13", "LEAD_REV", "SPLIT",
    "NAMES", "ATTRIBUTE", "TITLES", "LINK_PATHS", "ENCODED",
]
SHARED_LISTS = {
    "ROLE_FRAMES": core.ROLE_FRAMES, "HTML_FRAMES": core.HTML_FRAMES, "HTML_LAYOUTS": core.HTML_LAYOUTS,
    "ATTACK_URLS": core.ATTACK_URLS, "COLLECTORS": core.COLLECTORS, "ATTACK_MAILS": core.ATTACK_MAILS,
    "ATTACK_CODES": core.ATTACK_CODES, "RIVALS": core.RIVALS, "BENIGN_CODES": core.BENIGN_CODES,
    "CAMPAIGNS": core.CAMPAIGNS, "UTM_SOURCES": core.UTM_SOURCES, "UTM_MEDIUMS": core.UTM_MEDIUMS,
    "LINK_PATTERNS": core.LINK_PATTERNS,
}
# benign genres that may sit inside the same field layouts as the injections (carrier sentences,
# review openers, brief heads, document headings), so layout alone never tells the label
WRAPPABLE = {"marketing", "customer_instructions", "promo", "review", "guideline", "ai_feature", "faq", "tour", "prompt_doc", "job_ad", "service_macro", "markup"}
# genres whose text may also sit in the middle of a longer product paragraph or document chunk
LONG_WRAPPABLE = {"marketing", "customer_instructions", "promo", "ai_feature", "faq", "tour", "prompt_doc", "guideline"}
OBFUSCATIONS = {"leetspeak", "spacing", "homoglyph", "zero_width", "base64", "rot13", "reversed"}


class Deck:
    """Draws a list's items in a seeded shuffled order, all before any repeats."""

    def __init__(self, items, rng):
        assert items, "empty deck"
        self.items = list(items)
        self.rng = rng
        self.queue = []

    def draw(self):
        if not self.queue:
            self.queue = self.items[:]
            self.rng.shuffle(self.queue)
        return self.queue.pop()


class Lang:
    def __init__(self, lang, split, rng):
        mod = MODULES[lang]
        self.lang = lang
        self.lists = {n: core.half(getattr(mod, n), split) for n in LIST_NAMES}
        self.decks = {n: Deck(items, rng) for n, items in self.lists.items()}
        self.goals = {c: Deck(core.half(mod.GOALS[c], split), rng) for c in core.GOAL_TECHNIQUES}
        self.benign = {g: Deck(core.half(items, split), rng) for g, items in mod.BENIGN.items()}
        self.goal_cats = Deck(core.GOAL_TECHNIQUES, rng)
        self.others = Deck([x for x in core.LANGS if x != lang], rng)

    def draw(self, name):
        return self.decks[name].draw()


def plan(items, li, per_lang, offset):
    base = per_lang // len(items)
    extra = per_lang - base * len(items)
    out = [t for t in items for _ in range(base)]
    out += [items[(li * extra + k + offset) % len(items)] for k in range(extra)]
    return out


def date_str(rng, lang):
    y, m, d = rng.choice([2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    if lang == "de":
        return f"{d:02d}.{m:02d}.{y}"
    if lang == "nl":
        return f"{d:02d}-{m:02d}-{y}"
    return f"{d:02d}/{m:02d}/{y}"


def weight_str(grams, lang):
    if grams < 1000:
        return f"{grams} g"
    s = f"{grams:,}"
    sep = {"en": ",", "fr": "\u202f", "es": ".", "it": ".", "nl": ".", "de": "."}[lang]
    return s.replace(",", sep) + " g"


def min_str(value, lang):
    return {"en": f"€{value}", "nl": f"€ {value}"}.get(lang, f"{value} €")


class Builder:
    def __init__(self, split, seed):
        self.split = split
        self.rng = random.Random(seed)
        rng = self.rng
        self.L = {lang: Lang(lang, split, rng) for lang in core.LANGS}
        self.shared = {n: Deck(core.half(items, split), rng) for n, items in SHARED_LISTS.items()}
        md = core.half(core.MD_FRAMES, split)
        self.md_frames = Deck(md, rng)
        self.md_link_frames = Deck([f for f in md if "{url}" in f and "{carrier}" not in f], rng)
        self.layouts = {f: Deck(core.half(items, split), rng) for f, items in core.FIELD_LAYOUTS.items()}
        self.inj_fields = {t: Deck(fields, rng) for t, fields in core.INJECTION_FIELDS.items()}
        self.ben_fields = {g: Deck(fields, rng) for g, fields in core.BENIGN_FIELDS.items()}
        self.products = Deck(list(range(len(core.PRODUCTS))), rng)
        self.attempt = 0

    # ------------------------------------------------------------ values

    def values(self, lang):
        rng = self.rng
        i = self.products.draw()
        name, real, kinds = core.PRODUCTS[i]
        ci = rng.randrange(len(core.COLOURS["en"]))
        fake = rng.choice([p for p in core.FAKE_PRICES if p < real * 0.5])
        v = {
            "_i": i, "_real": real, "_fake": fake, "_pct": rng.choice(core.FAKE_PCTS), "_ci": ci,
            "p": name, "slug": core.slug(f"{name} {kinds['en']}"),
            "url": self.shared["ATTACK_URLS"].draw(), "code": self.shared["ATTACK_CODES"].draw(),
            "rival": self.shared["RIVALS"].draw(), "mail": self.shared["ATTACK_MAILS"].draw(),
            "collector": self.shared["COLLECTORS"].draw(), "size": rng.choice(core.SIZES),
            "colourslug": core.slug(core.COLOURS["en"][ci]), "n": str(rng.randint(1, 9)),
        }
        return self.localise(v, lang)

    def localise(self, v, lang):
        kinds = core.PRODUCTS[v["_i"]][2]
        w = dict(v)
        w.update(
            k=kinds[lang], real=core.price_str(v["_real"], lang), price=core.price_str(v["_fake"], lang),
            pct=core.pct_str(v["_pct"], lang), colour=core.COLOURS[lang][v["_ci"]],
            date=date_str(self.rng, lang), weight=weight_str(core.WEIGHTS[v["_i"]], lang),
        )
        task = core.fill(self.L[lang].draw("NEWTASK"), w)
        w["task"] = task
        w["taskcap"] = task[0].upper() + task[1:]
        return w

    def goal(self, lang, cat, v, max_len=None):
        L = self.L[lang]
        for _ in range(8):
            g = core.fill(L.goals[cat].draw(), v)
            if max_len is None or len(g) <= max_len:
                return g
        return g

    def any_goal(self, lang, v, max_len=None):
        return self.goal(lang, self.L[lang].goal_cats.draw(), v, max_len)

    def carriers(self, lang, v, n):
        L = self.L[lang]
        out = []
        for _ in range(n * 4):
            c = core.fill(L.draw("CARRIERS"), v)
            if c not in out:
                out.append(c)
            if len(out) == n:
                break
        return out

    def place(self, field, body, lang, v):
        L = self.L[lang]
        layout = self.layouts[field].draw()
        c1, c2 = self.carriers(lang, v, 2)
        vals = dict(v, body=body, c1=c1, c2=c2, qbody=core.qurl(body), mat=self.rng.choice(core.MATERIALS))
        if "{ro}" in layout:
            vals["ro"] = core.fill(L.draw("REVIEW_OPEN"), v)
        if "{bo}" in layout:
            vals["bo"] = core.fill(L.draw("BRIEF_OPEN"), v)
        if "{do}" in layout:
            vals["do"] = core.fill(L.draw("DOC_OPEN"), v)
        if "{ak}" in layout:
            vals["ak"] = L.draw("ATTR_KEYS")
        return core.fill(layout, vals)

    # ------------------------------------------------------------ injections

    def injection(self, tech, lang):
        rng = self.rng
        L = self.L[lang]
        v = self.values(lang)
        field = self.inj_fields[tech].draw()

        if tech in core.GOAL_TECHNIQUES:
            return self.place(field, self.goal(lang, tech, v), lang, v), field

        if tech == "role_spoof":
            g = self.any_goal(lang, v)
            if rng.random() < 0.5:
                frame = self.shared["ROLE_FRAMES"].draw()
                body = core.fill(frame, {"goal": core.json_escape(g) if '"content"' in frame else g})
            else:
                body = core.fill(L.draw("ROLE_HEADS"), {"goal": g})
            return self.place(field, body, lang, v), field

        if tech == "indirect":
            head, g = L.draw("INDIRECT"), self.any_goal(lang, v)
            if lang in ("fr", "es", "it", "nl") and ": {goal}" in head:
                g = core.decap(g)
            body = core.fill(head, {"goal": g})
            return self.place(field, body, lang, v), field

        if tech == "markdown":
            if field == "link":
                frame = self.md_link_frames.draw()
            else:
                frame = self.md_frames.draw()
            g = self.goal(lang, "exfiltration", v) if "{collector}" in frame else self.any_goal(lang, v)
            (c,) = self.carriers(lang, v, 1)
            body = core.fill(frame, dict(v, goal=g, qgoal=core.qurl(g), anchor=L.draw("MD_ANCHOR"), attr=L.draw("MD_ATTR"), carrier=c))
            if field == "link":
                return body, field
            return self.place(field, body, lang, v), field

        if tech == "html":
            g = self.any_goal(lang, v)
            frame = self.shared["HTML_FRAMES"].draw()
            c1, c2, c3 = self.carriers(lang, v, 3)
            inner = core.fill(frame, dict(v, goal=g, qgoal=core.attr_escape(g), carrier=c3))
            layout = self.shared["HTML_LAYOUTS"].draw()
            return core.fill(layout, dict(v, body=inner, c1=c1, c2=c2)), field

        if tech in OBFUSCATIONS:
            limit = 110 if tech in ("spacing", "zero_width") else None
            g = self.any_goal(lang, v, limit)
            if tech == "leetspeak":
                body = core.leetspeak(g, rng)
            elif tech == "spacing":
                body = core.spaced(g, rng)
            elif tech == "homoglyph":
                body = core.homoglyph(g, rng)
            elif tech == "zero_width":
                body = core.zero_width(g, rng)
            elif tech == "base64":
                body = core.fill(L.draw("LEAD_B64"), {"blob": core.b64(g)})
            elif tech == "rot13":
                body = core.fill(L.draw("LEAD_ROT13"), {"blob": core.rot13(g)})
            else:
                body = core.fill(L.draw("LEAD_REV"), {"blob": core.reverse(g)})
            return self.place(field, body, lang, v), field

        if tech == "third_language":
            other = L.others.draw()
            g = self.any_goal(other, self.localise(v, other))
            return self.place(field, g, lang, v), field

        if tech == "hidden":
            n = rng.randint(4, 6)
            sents = self.carriers(lang, v, n)
            sents.insert(len(sents) // 2, self.any_goal(lang, v))
            para = " ".join(sents)
            if field == "doc_chunk":
                para = core.fill(L.draw("DOC_OPEN"), v) + "\n\n" + para
            return para, field

        if tech == "conditional":
            payload = core.fill(L.draw("PAYLOADS"), v)
            body = core.fill(L.draw("CONDITIONAL"), dict(v, payload=payload))
            if body[-1] not in ".!?»“\"’'":
                body += "."
            return self.place(field, body, lang, v), field

        if tech == "payload_split":
            a, b = core.split_middle(self.any_goal(lang, v))
            c1, c2 = self.carriers(lang, v, 2)
            template = L.draw("SPLIT")
            after = template[template.index("{b}") + 3 : template.index("{b}") + 4]
            if after in "»“\"’" and after and b.endswith("."):
                b = b[:-1]  # the template closes the quotation with its own full stop
            text = core.fill(template, dict(v, a=a, b=b, c1=c1, c2=c2))
            if field == "review":
                text = core.fill(L.draw("REVIEW_OPEN"), v) + "\n" + text
            return text, field

        raise KeyError(tech)

    # ------------------------------------------------------------ benign

    def benign_values(self, lang):
        rng = self.rng
        v = self.values(lang)
        v.update(
            code=self.shared["BENIGN_CODES"].draw(), spct=core.pct_str(rng.choice([10, 15, 20]), lang),
            min=min_str(rng.choice([50, 75, 100]), lang), name=self.L[lang].draw("NAMES"),
            price=v["real"],
        )
        return v

    def encoded_values(self, lang, v):
        rng = self.rng
        seed = f"{self.split}-{lang}-{rng.getrandbits(64)}"
        meta = {"c": self.shared["CAMPAIGNS"].draw(), "l": lang, "pos": rng.randint(1, 12), "v": rng.choice([1, 2, 3])}
        b64 = base64.b64encode(json.dumps(meta, separators=(",", ":")).encode("ascii")).decode("ascii")
        if rng.random() < 0.5:
            b64 = b64.rstrip("=")
        hexd = core.hexdigest(seed)
        return dict(v, hex=hexd, hex8=hexd[:8], hex4=hexd[8:12], b64=b64)

    def link(self, lang, v):
        rng = self.rng
        path = core.fill(self.L[lang].draw("LINK_PATHS"), v)
        gclid = "Cj0KCQiA" + base64.urlsafe_b64encode(rng.getrandbits(192).to_bytes(24, "big")).decode("ascii").rstrip("=")
        vals = dict(
            v, path=path, src=self.shared["UTM_SOURCES"].draw(), med=self.shared["UTM_MEDIUMS"].draw(),
            camp=self.shared["CAMPAIGNS"].draw(), gclid=gclid, term=core.qurl(v["k"]).replace("%20", "+"),
            hex8=core.hexdigest(f"{self.split}{rng.getrandbits(32)}", 8),
        )
        return core.fill(self.shared["LINK_PATTERNS"].draw(), vals)

    def benign(self, genre, lang):
        L = self.L[lang]
        v = self.benign_values(lang)
        field = self.ben_fields[genre].draw()
        if genre in L.benign:
            text = core.fill(L.benign[genre].draw(), v)
            roll = self.rng.random()
            if genre in LONG_WRAPPABLE and field in ("description", "doc_chunk") and roll < 0.2:
                # the benign counterpart of `hidden`: the text in the middle of a longer paragraph
                sents = self.carriers(lang, v, self.rng.randint(3, 5))
                sents.insert(len(sents) // 2, text)
                text = " ".join(sents)
                if field == "doc_chunk":
                    text = core.fill(L.draw("DOC_OPEN"), v) + "\n\n" + text
            elif genre in WRAPPABLE and field in ("description", "doc_chunk", "brief", "review") and (roll < 0.5 or self.attempt > 0):
                # the same field layouts as the injections, so layout alone never tells the label
                text = self.place(field, text, lang, v)
            return text, field
        if genre == "link":
            return self.link(lang, v), field
        if genre == "product_title":
            return core.fill(L.draw("TITLES"), v), field
        if genre == "attribute":
            return core.fill(L.draw("ATTRIBUTE"), v), field
        if genre == "encoded_id":
            text = core.fill(L.draw("ENCODED"), self.encoded_values(lang, v))
            if field == "description":
                (c,) = self.carriers(lang, v, 1)
                text = f"{c} {text}"
            return text, field
        raise KeyError(genre)

    # ------------------------------------------------------------ split

    def build(self):
        offset = 0 if self.split == "dev8" else 7
        seen = set()
        records = []

        def add(make, label, kind, lang):
            for attempt in range(30):
                self.attempt = attempt
                text, field = make(kind, lang)
                if text not in seen:
                    seen.add(text)
                    records.append({"text": text, "label": label, "technique": kind, "lang": lang, "field": field})
                    return
            raise SystemExit(f"could not make a new text for {label}/{kind}/{lang}")

        for li, lang in enumerate(core.LANGS):
            for tech in plan(core.INJECTION_TECHNIQUES, li, PER_LANG, offset):
                add(self.injection, "injection", tech, lang)
            for genre in plan(core.BENIGN_GENRES, li, PER_LANG, offset):
                add(self.benign, "benign", genre, lang)
        self.rng.shuffle(records)
        out = []
        for i, r in enumerate(records, 1):
            out.append({"id": f"inj-{self.split}-{i:04d}", **r})
        return out


def check_lists():
    """Every list must split into two halves without a shared entry."""
    for lang, mod in MODULES.items():
        for n in LIST_NAMES:
            core.half(getattr(mod, n), "dev8")
            core.check_disjoint(getattr(mod, n), f"{lang}.{n}")
        for c in core.GOAL_TECHNIQUES:
            core.half(mod.GOALS[c], "dev8")
            core.check_disjoint(mod.GOALS[c], f"{lang}.GOALS.{c}")
        assert set(mod.BENIGN) | {"link", "product_title", "attribute", "encoded_id"} == set(core.BENIGN_GENRES), lang
        for g, items in mod.BENIGN.items():
            core.half(items, "dev8")
            core.check_disjoint(items, f"{lang}.BENIGN.{g}")
    for n, items in list(SHARED_LISTS.items()) + [("MD_FRAMES", core.MD_FRAMES)] + [(f"layout.{f}", x) for f, x in core.FIELD_LAYOUTS.items()]:
        core.half(items, "dev8")
        core.check_disjoint(items, n)


def summary(name, records):
    print(f"{name}: {len(records)} records")
    by_label = collections.Counter(r["label"] for r in records)
    print("  label:", ", ".join(f"{k} {by_label[k]}" for k in sorted(by_label)))
    by_lang = collections.Counter((r["lang"], r["label"]) for r in records)
    print("  lang:", ", ".join(f"{lang} {by_lang[(lang, 'injection')]}+{by_lang[(lang, 'benign')]}" for lang in core.LANGS))
    tech = collections.Counter(r["technique"] for r in records if r["label"] == "injection")
    print("  injection techniques:", ", ".join(f"{t} {tech[t]}" for t in core.INJECTION_TECHNIQUES))
    gen = collections.Counter(r["technique"] for r in records if r["label"] == "benign")
    print("  benign genres:", ", ".join(f"{g} {gen[g]}" for g in core.BENIGN_GENRES))
    fld = collections.Counter((r["field"], r["label"]) for r in records)
    fields = sorted({r["field"] for r in records})
    print("  fields (inj+benign):", ", ".join(f"{f} {fld[(f, 'injection')]}+{fld[(f, 'benign')]}" for f in fields))


def main():
    check_lists()
    built = {}
    for split, seed in SPLITS:
        records = Builder(split, seed).build()
        built[split] = records
        core.write_jsonl(OUT / f"{split}.jsonl", records)
        summary(split, records)
    shared = {r["text"] for r in built["dev8"]} & {r["text"] for r in built["heldout8"]}
    assert not shared, f"{len(shared)} texts in both splits"


if __name__ == "__main__":
    main()
