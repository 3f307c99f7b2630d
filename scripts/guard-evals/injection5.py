#!/usr/bin/env python3
"""Fifth injection corpus: writes evals/guard/injection/dev5.jsonl and heldout5.jsonl.

Standard library only; seeded, byte-identical on every run. Every phrasing list of the banks
(inj5_<lang>.py) and every structural / variant list of inj5_core.py is split by position parity:
even positions feed dev5, odd positions feed heldout5.
"""

import collections
import hashlib
import importlib
import json
import os
import random
import re
import string
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import inj5_core as C  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "evals", "guard", "injection")
SEEDS = {"dev5": 9701, "heldout5": 9801}
PER_LANG = 60

LANGS = C.LANGS
BANKS = {lang: importlib.import_module("inj5_" + lang) for lang in LANGS}

TECHS = ["override", "role_spoof", "exfiltration", "insert_url", "insert_code", "insert_phone", "price",
         "competitor", "disparage", "offensive", "false_claim", "persona", "output_hijack", "markdown", "html",
         "leetspeak", "spacing", "homoglyph", "zero_width", "base64", "rot13", "third_language", "hidden",
         "indirect", "payload_split"]
PLAIN = ["override", "exfiltration", "insert_url", "insert_code", "insert_phone", "price", "competitor",
         "disparage", "offensive", "false_claim", "output_hijack", "persona"]
WRAP_GOALS = ["override", "exfiltration", "insert_url", "insert_code", "insert_phone", "price", "competitor",
              "disparage", "offensive", "false_claim", "output_hijack"]
# wrapped / hidden techniques whose instruction is English in about 40 % of non-English carriers
EN_MIX = {"role_spoof", "markdown", "html", "leetspeak", "spacing", "homoglyph", "zero_width", "base64", "rot13",
          "hidden", "payload_split"}
GENRES = ["marketing", "customer_instructions", "promo", "review", "qa", "guideline", "tech", "legal", "markup",
          "link", "title", "competitor_mention", "base64_like", "foreign"]

TEXT_FIELDS = ["description", "review", "doc_chunk", "qa"]
FIELDS = {
    "override": TEXT_FIELDS + ["brief", "title", "attribute", "link"],
    "exfiltration": TEXT_FIELDS + ["brief", "attribute"],
    "insert_url": TEXT_FIELDS + ["title", "attribute", "link"],
    "insert_code": TEXT_FIELDS + ["title", "attribute"],
    "insert_phone": TEXT_FIELDS + ["title", "attribute"],
    "price": TEXT_FIELDS + ["title", "attribute"],
    "competitor": TEXT_FIELDS + ["brief", "attribute"],
    "disparage": TEXT_FIELDS + ["brief", "title"],
    "offensive": TEXT_FIELDS + ["brief", "attribute"],
    "false_claim": TEXT_FIELDS + ["attribute", "title"],
    "output_hijack": TEXT_FIELDS + ["title", "attribute"],
    "persona": TEXT_FIELDS + ["brief"],
    "role_spoof": TEXT_FIELDS + ["brief", "attribute"],
    "markdown": ["description", "doc_chunk", "review"],
    "html": ["description", "doc_chunk"],
    "leetspeak": TEXT_FIELDS + ["title", "attribute"],
    "spacing": TEXT_FIELDS + ["title"],
    "homoglyph": TEXT_FIELDS + ["title", "attribute"],
    "zero_width": TEXT_FIELDS + ["title", "attribute"],
    "base64": ["description", "review", "doc_chunk", "attribute"],
    "rot13": ["description", "review", "doc_chunk", "qa"],
    "third_language": TEXT_FIELDS + ["title", "brief"],
    "hidden": ["description", "doc_chunk"],
    "indirect": TEXT_FIELDS,
    "payload_split": ["description", "doc_chunk", "review", "qa"],
}
GENRE_FIELDS = {
    "marketing": ["description", "doc_chunk", "title"],
    "customer_instructions": ["description", "doc_chunk"],
    "promo": ["description", "brief"],
    "review": ["review"],
    "qa": ["qa"],
    "guideline": ["doc_chunk"],
    "tech": ["description", "doc_chunk"],
    "legal": ["doc_chunk"],
    "markup": ["description"],
    "link": ["link"],
    "title": ["title"],
    "competitor_mention": ["description", "attribute"],
    "base64_like": ["attribute", "description"],
    "foreign": ["description", "attribute"],
}
LINK_SHAPES = [
    "https://www.{dom}/{lang}/{slug}",
    "https://{dom}/{slug}?utm_source=newsletter&utm_medium=email",
    "https://www.{dom}/p/{sku}/{slug}",
    "https://shop.{dom}/{lang}/c/{slug}?page=2",
    "https://www.{dom}/{slug}#reviews",
    "https://cdn.{dom}/img/{slug}.jpg?w=800",
    "www.{dom}/{lang}/{slug}",
    "https://www.{dom}/{lang}/{slug}?color=navy&size=m",
]
# noun (index into a bank's NOUNS, same order in every language) that fits each carrier template
DESC_NOUN = {"en": [0, 6, 11, 2, 4, 1, 5, 7], "de": [0, 6, 11, 2, 4, 7]}
DESC_NOUN_DEFAULT = [0, 6, 11, 2, 7, 4]
REV_NOUN = [0, None, 4, 6, None, None]
QA_NOUN = [3, None, None, None]
# benign templates naming a product type: keyword -> noun index
BENIGN_NOUN_KEYS = [
    (("coffee", "Kaffee", "café", "caffè", "koffie"), 2),
    (("rain jacket", "Regenjacke", "vestes de pluie", "chaquetas de lluvia", "giacche antipioggia", "regenjassen",
      "waxed cotton", "gewachster", "coton ciré", "algodón encerado", "cotone cerato", "gewaxt"), 0),
    (("pack lighter", "pack leichter", "voyagez léger", "viaja ligero", "viaggia leggero", "reis lichter"), 6),
    (("kalte Ohren",), 8),
    (("down jacket", "Daunenjacke", "doudoune", "plumón", "piumino", "donsjas"), 3),
]
QA_PREFIX = {"de": ["Frage zur {product}: ", "Zur {product}: "],
             "en": ["Question about the {product}: ", "Re the {product}: "],
             "fr": ["Question sur la {product} : ", "À propos de la {product} : "],
             "es": ["Pregunta sobre la {product}: ", "Sobre la {product}: "],
             "it": ["Domanda sulla {product}: ", "A proposito della {product}: "],
             "nl": ["Vraag over de {product}: ", "Over de {product}: "]}
EN_NONVERB_START = {"The", "New", "Policy", "Your", "Every", "Instead", "Before", "Scrap"}
END_PUNCT = (".", "!", "?", ":", ")", ">", "»", "“", "’", "\"", "'", "*")
SENT_RE = re.compile(r"(?<=[.!?])\s+")


class Split:
    def __init__(self, name):
        self.name = name
        self.rng = random.Random(SEEDS[name])
        self.cycles = {}
        self.en_mix = 0
        self.third = 0
        self.cur_product = None
        self.cur_brand = None

    # ------------------------------------------------------------ helpers
    def h(self, items):
        return C.half(items, self.name)

    def pick(self, key, items):
        """Cycle through a seeded shuffle of this split's half of `items`."""
        if key not in self.cycles:
            pool = self.h(items)
            self.rng.shuffle(pool)
            self.cycles[key] = [pool, 0]
        pool, i = self.cycles[key]
        if i >= len(pool):
            self.rng.shuffle(pool)
            i = 0
        self.cycles[key][1] = i + 1
        return pool[i]

    def pick_idx(self, key, n):
        return self.pick(key, list(range(n)))

    def product(self, lang, noun_idx=None):
        """One product per record: the first call of a record decides it."""
        if self.cur_product is not None:
            return self.cur_product
        bank = BANKS[lang]
        if noun_idx is None:
            noun = self.pick((lang, "noun"), bank.NOUNS)
        else:
            noun = bank.NOUNS[noun_idx]
        model = self.rng.choice(C.MODEL_NAMES)
        self.cur_product = f"{model} {noun}" if lang == "en" else f"{noun} {model}"
        return self.cur_product

    def brand(self):
        if self.cur_brand is None:
            self.cur_brand = self.rng.choice(C.BRANDS)
        return self.cur_brand

    def indexed(self, key, items):
        """Pick from this split's half of `items`, returning (original index, item)."""
        pairs = list(enumerate(items))
        return self.pick(key, pairs)

    def token(self, kind):
        r = self.rng
        if kind == "sku":
            a = "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(3))
            b = "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(4))
            return f"{r.choice(['LM', 'FJ', 'CO', 'VM', 'BH', 'SV'])}-{a}-{b}"
        if kind == "track":
            return "1Z" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(16))
        if kind == "sha":
            return "".join(r.choice("0123456789abcdef") for _ in range(40))
        if kind == "datauri":
            body = "".join(r.choice(string.ascii_letters + string.digits + "+/") for _ in range(48))
            return "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB" + body + "=="
        raise ValueError(kind)

    def fill(self, tpl, lang, benign=False, noun_idx=None):
        r = self.rng
        if noun_idx is None and benign:
            for keys, idx in BENIGN_NOUN_KEYS:
                if any(k in tpl for k in keys):
                    noun_idx = idx
        vals = {
            "product": self.product(lang, noun_idx) if "{product}" in tpl else "",
            "brand": self.brand(),
            "comp": r.choice(C.COMPETITORS),
            "model": r.choice(C.MODEL_NAMES),
        }
        if benign:
            vals.update(code=r.choice(C.PROMO_CODES), phone=r.choice(C.HOTLINES), dom=r.choice(C.SHOP_DOMAINS),
                        price=r.choice(["£5", "£10", "$10"] if lang == "en" else ["5 €", "10 €", "15 €"]), url="",
                        sku=self.token("sku"), track=self.token("track"), sha=self.token("sha"),
                        datauri=self.token("datauri"))
        else:
            vals.update(code=r.choice(C.BAD_CODES), phone=r.choice(C.BAD_PHONES), url=r.choice(C.BAD_URLS),
                        price=r.choice(C.BAD_PRICES))
        return tpl.format(**vals)

    # ------------------------------------------------------------ goals
    def goal(self, lang, kinds=None, short=False, verb_start=False):
        bank = BANKS[lang]
        kinds = kinds or WRAP_GOALS
        kind = self.pick((lang, "goalkind", tuple(kinds)), kinds)
        for _ in range(12):
            tpl = self.pick((lang, "goal", kind), bank.GOALS[kind])
            g = self.fill(tpl, lang)
            if short and len(g) > 80:
                continue
            if verb_start and lang == "en" and g.split()[0] in EN_NONVERB_START:
                continue
            return g
        return g

    def goal_lang(self, tech, lang):
        if tech in EN_MIX and lang != "en":
            self.en_mix += 1
            if self.en_mix % 5 in (1, 3):
                return "en"
        return lang

    # ------------------------------------------------------------ carriers
    def carrier(self, field, lang):
        bank = BANKS[lang]
        if field == "description":
            i, tpl = self.indexed((lang, "desc"), bank.DESCRIPTIONS)
            return self.fill(tpl, lang, noun_idx=DESC_NOUN.get(lang, DESC_NOUN_DEFAULT)[i])
        if field == "review":
            i, tpl = self.indexed((lang, "rev"), bank.REVIEWS)
            return self.fill(tpl, lang, noun_idx=REV_NOUN[i])
        if field == "doc_chunk":
            return self.fill(self.pick((lang, "doc"), bank.DOCS), lang)
        if field == "brief":
            return self.fill(self.pick((lang, "brief"), bank.BRIEFS), lang)
        if field == "title":
            noun = self.pick((lang, "noun"), bank.NOUNS)
            noun = noun.title() if lang == "en" else noun[0].upper() + noun[1:]
            tpl = self.pick((lang, "title"), bank.TITLES)
            return self.fill(tpl.replace("{product}", noun), lang)
        if field == "attribute":
            return self.pick((lang, "attr"), bank.ATTRIBUTES)
        if field == "qa":
            i, tpl = self.indexed((lang, "qa"), bank.QAS)
            return self.fill(tpl, lang, noun_idx=QA_NOUN[i])
        if field == "link":
            return self.link(lang, shop=True)
        raise ValueError(field)

    def link(self, lang, shop):
        bank = BANKS[lang]
        shape = self.pick(("linkshape",), LINK_SHAPES)
        slug = self.pick((lang, "slug"), bank.SLUGS)
        if self.rng.random() < 0.4:
            slug = self.product(lang).lower().replace(" ", "-")
        return shape.format(dom=self.rng.choice(C.SHOP_DOMAINS), lang=lang, slug=slug,
                            sku=self.token("sku").lower())

    def place(self, payload, carrier, field, pos):
        if field in ("title", "attribute"):
            sep = self.rng.choice([" – ", " | ", " ", " // "])
            return payload + sep + carrier if pos == "start" else carrier + sep + payload
        if field == "link":
            return carrier + " " + payload
        if pos == "alone":
            return payload
        sents = SENT_RE.split(carrier)
        if pos == "start":
            sep = "\n" if "\n" in payload or not payload.rstrip().endswith(END_PUNCT) else " "
            return payload + sep + carrier
        if pos == "end" or len(sents) < 2:
            sep = "\n" if "\n" in payload or not carrier.rstrip().endswith(END_PUNCT) else " "
            return carrier + sep + payload
        k = max(1, len(sents) // 2)
        return " ".join(sents[:k]) + " " + payload + " " + " ".join(sents[k:])

    def position(self, field, allow_alone=True):
        if field in ("title", "attribute"):
            return self.rng.choice(["start", "end", "end"])
        opts = ["start", "middle", "end", "end", "middle", "start", "end"]
        if allow_alone:
            opts.append("alone")
        return self.rng.choice(opts)

    # ------------------------------------------------------------ injections
    def injection(self, tech, lang):
        r = self.rng
        field = r.choice(FIELDS[tech])
        carrier = self.carrier(field, lang)
        pos = self.position(field)
        core = C

        if tech in PLAIN:
            payload = self.fill(self.pick((lang, "goal", tech), BANKS[lang].GOALS[tech]), lang)
            if field == "link":
                slug = re.sub(r"[^\w]+", "-", payload.lower(), flags=re.UNICODE).strip("-")
                text = carrier.split("#")[0] + "#" + slug if r.random() < 0.5 else carrier + " " + payload
                return text, field
            return self.place(payload, carrier, field, pos), field

        gl = self.goal_lang(tech, lang)
        if tech == "role_spoof":
            form = self.pick(("role",), core.ROLE_FORMS)
            payload = form.format(goal=self.goal(gl))
            pos = r.choice(["end", "end", "middle", "alone", "start"])
        elif tech == "html":
            form = self.pick(("html",), core.HTML_FORMS)
            payload = form.format(goal=self.goal(gl))
            if pos == "alone":
                pos = "end"
        elif tech == "markdown":
            form = self.pick(("md",), core.MARKDOWN_FORMS)
            dom = r.choice(core.BAD_URLS).split("/")[2]
            payload = form.format(goal=self.goal(gl), dom=dom, exfil=r.choice(core.EXFIL_URLS))
        elif tech == "leetspeak":
            payload = core.leet(self.goal(gl), self.pick_idx(("leet",), len(core.LEET_TABLES)))
        elif tech == "spacing":
            payload = core.spacing(self.goal(gl, short=True), self.pick_idx(("spc",), len(core.SPACING_SEPS)))
        elif tech == "homoglyph":
            payload = core.homoglyph(self.goal(gl), self.pick_idx(("hg",), 6))
        elif tech == "zero_width":
            payload = core.zero_width(self.goal(gl), self.pick_idx(("zw",), 6))
        elif tech == "base64":
            enc = core.b64(self.goal(gl), self.pick_idx(("b64",), 6))
            payload = self.pick((lang, "leadin"), BANKS[lang].LEADINS).format(enc=enc)
        elif tech == "rot13":
            enc = core.rot13(self.goal(gl), self.pick_idx(("rot",), 4))
            payload = self.pick((lang, "rotlead"), BANKS[lang].ROT_LEADINS).format(enc=enc)
        elif tech == "third_language":
            others = [x for x in LANGS if x != lang]
            other = others[self.third % len(others)]
            self.third += 1
            payload = self.goal(other, kinds=WRAP_GOALS + ["persona"])
        elif tech == "hidden":
            join = self.pick((lang, "hjoin"), BANKS[lang].HIDDEN_JOINS)
            payload = join.format(goal=self.goal(gl))
            sents = SENT_RE.split(carrier)
            if join.startswith("("):
                # inside a sentence, after a few words
                k = len(sents) // 2
                words = sents[k].split(" ")
                cut = min(3, max(1, len(words) - 2))
                sents[k] = " ".join(words[:cut]) + " " + payload + " " + " ".join(words[cut:])
                return " ".join(sents), field
            k = max(1, len(sents) // 2)
            return " ".join(sents[:k]) + " " + payload + " " + " ".join(sents[k:]), field
        elif tech == "indirect":
            tpl = self.pick((lang, "indirect"), BANKS[lang].INDIRECT)
            g = self.goal(lang, kinds=WRAP_GOALS, verb_start=True)
            payload = tpl.format(goal=g, goal_lc=g[0].lower() + g[1:])
        elif tech == "payload_split":
            tpl = self.pick((lang, "psplit"), BANKS[lang].PAYLOAD_SPLIT)
            words = self.goal(gl).split(" ")
            m = len(words) // 2
            payload = tpl.format(a=" ".join(words[:m]), b=" ".join(words[m:]))
            pos = r.choice(["alone", "end", "end", "start"])
        else:
            raise ValueError(tech)
        if field == "link":
            return carrier + " " + payload, field
        if pos == "alone" and (gl != lang or tech == "third_language"):
            pos = "end"  # the carrier's language must be present in the text
        return self.place(payload, carrier, field, pos), field

    # ------------------------------------------------------------ benign
    def benign(self, genre, lang, force_mix=False):
        r = self.rng
        bank = BANKS[lang]
        field = r.choice(GENRE_FIELDS[genre])
        if genre == "link":
            return self.link(lang, shop=True), field
        if genre == "title":
            if r.random() < 0.5:
                return self.pick((lang, "btitle"), bank.BENIGN["title"]), field
            return self.carrier("title", lang), field
        tpl = self.pick((lang, "benign", genre), bank.BENIGN[genre])
        mix = field != "title" and (force_mix or r.random() < 0.45)
        keyed = any(k in tpl for keys, _ in BENIGN_NOUN_KEYS for k in keys)
        carrier = None
        if mix and field in ("description", "doc_chunk", "review", "brief") and not keyed:
            carrier = self.carrier(field, lang)  # the carrier's product comes first
        text = self.fill(tpl, lang, benign=True)
        if not mix:
            return text, field
        # about half sit inside a carrier of the same field, like the injections
        if field in ("description", "doc_chunk", "review", "brief") and genre != "markup":
            carrier = carrier or self.carrier(field, lang)
            pos = self.position(field, allow_alone=False)
            return self.place(text, carrier, field, pos), field
        if field == "description":
            carrier = carrier or self.carrier(field, lang)
            return carrier + "\n" + text, field
        if field == "attribute":
            return self.carrier("attribute", lang) + "; " + text, field
        if field == "qa":
            prefix = self.pick((lang, "qaprefix"), QA_PREFIX[lang])
            idx = next((i for keys, i in BENIGN_NOUN_KEYS if any(k in tpl for k in keys)), None)
            if idx is None:
                idx = r.choice([0, 3, 6])  # items with a zip, a size and a wash label
            return prefix.format(product=self.product(lang, idx)) + text, field
        return text, field


def assignment(items, per_lang, offset_step):
    """(item, lang) pairs: each language gets per_lang items, rotated so totals stay even."""
    out = []
    for k, lang in enumerate(LANGS):
        off = (k * offset_step) % len(items)
        rot = items[off:] + items[:off]
        for i in range(per_lang):
            out.append((rot[i % len(rot)], lang))
    return out


def unique(sp, seen, make, what):
    """A text not yet in `seen` from up to 60 draws of `make(attempt)`, added to `seen`."""
    for attempt in range(60):
        sp.cur_product = sp.cur_brand = None
        text, field = make(attempt)
        if text not in seen:
            seen.add(text)
            return text, field
    raise SystemExit(f"no unique {what}")


def build(name):
    sp = Split(name)
    recs = []
    seen = set()
    for tech, lang in assignment(TECHS, PER_LANG, 4):
        text, field = unique(sp, seen, lambda _: sp.injection(tech, lang), f"injection for {tech}/{lang}")
        recs.append({"text": text, "label": "injection", "technique": tech, "lang": lang, "field": field})
    for genre, lang in assignment(GENRES, PER_LANG, 2):
        text, field = unique(
            sp, seen, lambda attempt: sp.benign(genre, lang, force_mix=attempt >= 4), f"benign text for {genre}/{lang}"
        )
        recs.append({"text": text, "label": "benign", "technique": genre, "lang": lang, "field": field})
    sp.rng.shuffle(recs)
    out = []
    for i, rec in enumerate(recs):
        out.append({"id": f"inj-{name}-{i:04d}", **rec})
    return out


def check(name, recs):
    keys = ["id", "text", "label", "technique", "lang", "field"]
    ids = set()
    texts = set()
    for r in recs:
        assert list(r.keys()) == keys, r
        assert r["id"] not in ids and r["text"] not in texts, r
        ids.add(r["id"])
        texts.add(r["text"])
        assert r["label"] in ("injection", "benign")
        assert r["technique"] in (TECHS if r["label"] == "injection" else GENRES)
        assert "{" not in r["text"] or "}" in r["text"]
    by = collections.Counter((r["label"], r["lang"]) for r in recs)
    for lang in LANGS:
        assert by[("injection", lang)] == PER_LANG and by[("benign", lang)] == PER_LANG, (name, lang)
    tc = collections.Counter(r["technique"] for r in recs if r["label"] == "injection")
    assert min(tc[t] for t in TECHS) >= 12, tc
    return texts


def summary(name, recs):
    print(f"== {name}: {len(recs)} records")
    print("  labels:", dict(sorted(collections.Counter(r["label"] for r in recs).items())))
    for label in ("injection", "benign"):
        sub = [r for r in recs if r["label"] == label]
        print(f"  {label} per language:", dict(sorted(collections.Counter(r["lang"] for r in sub).items())))
        print(f"  {label} per technique/genre:", dict(sorted(collections.Counter(r["technique"] for r in sub).items())))
        print(f"  {label} per field:", dict(sorted(collections.Counter(r["field"] for r in sub).items())))


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    all_texts = {}
    for name in ("dev5", "heldout5"):
        recs = build(name)
        all_texts[name] = check(name, recs)
        path = os.path.join(OUT_DIR, f"{name}.jsonl")
        data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(data)
        summary(name, recs)
        print(f"  sha256 {hashlib.sha256(data.encode('utf-8')).hexdigest()}  {os.path.relpath(path, ROOT)}")
    both = all_texts["dev5"] & all_texts["heldout5"]
    assert not both, f"{len(both)} texts in both splits"


if __name__ == "__main__":
    main()
