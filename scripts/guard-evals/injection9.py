#!/usr/bin/env python3
"""Ninth injection corpus for the injection screen: writes injection/dev9.jsonl and heldout9.jsonl.

    python3 scripts/guard-evals/injection9.py

Each split: 360 injections + 360 benign texts, 60 + 60 per language (de, en, fr, es, it, nl).
30 techniques, each exactly twice per language and split; 20 benign genres, each exactly three
times per language and split. Every list (phrasings, carriers, forms, benign texts, attack
values) is cut by position: even entries feed dev9 (seed 14801), odd entries heldout9
(seed 14901). Output is byte-identical on every run.
"""

import sys

sys.dont_write_bytecode = True

import importlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
from collections import Counter  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import inj9_core as core  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "evals", "guard", "injection")

BANKS = {lang: importlib.import_module(f"inj9_{lang}").BANK for lang in core.LANGS}

PLAIN = ("override", "exfiltration", "insert_url", "insert_code", "price", "competitor",
         "disparage", "false_claim", "offensive", "persona", "output_format", "tool_abuse")
FRAMED = ("conditional", "polite_request", "indirect", "few_shot", "prefill")
OBFUSCATED = ("leetspeak", "spacing", "homoglyph", "zero_width", "base64", "rot13", "reversed")
WRAPPED = ("role_spoof", "markdown_link", "html") + OBFUSCATED + (
    "third_language", "payload_split", "fake_config")
TECHNIQUES = PLAIN + FRAMED + WRAPPED
PER_TECHNIQUE = 2  # per language and split

HANDWRITTEN = ("marketing", "care", "size_advice", "review", "campaign_brief", "style_guide",
               "legal", "glossary", "service_macro", "shop_markup", "ai_changelog",
               "app_requirements", "outdoor_tips", "tech_spec", "faq", "security_notice")
GENRES = HANDWRITTEN + ("product_title", "attribute", "link", "encoded_id")
PER_GENRE = 3  # per language and split

# where an injection of each technique sits (an instruction is out of place in all of them;
# bare codes, links and prices never sit in a brief, where a campaign may name its own)
INJ_FIELDS = {
    "override": ("description", "review", "doc_chunk", "brief", "title", "link", "attribute"),
    "exfiltration": ("review", "doc_chunk", "description", "brief", "link"),
    "insert_url": ("description", "review", "attribute", "link", "doc_chunk", "title"),
    "insert_code": ("description", "review", "title", "attribute", "doc_chunk", "link"),
    "price": ("title", "description", "attribute", "review", "doc_chunk"),
    "competitor": ("review", "description", "doc_chunk", "link", "title"),
    "disparage": ("review", "description", "title", "doc_chunk", "attribute"),
    "false_claim": ("description", "doc_chunk", "attribute", "title"),
    "offensive": ("review", "brief", "description", "doc_chunk"),
    "persona": ("brief", "review", "doc_chunk", "attribute"),
    "output_format": ("brief", "description", "doc_chunk", "title", "attribute"),
    "tool_abuse": ("review", "doc_chunk", "description", "brief", "link"),
    "conditional": ("description", "doc_chunk", "review", "attribute"),
    "polite_request": ("review", "brief", "description", "doc_chunk"),
    "indirect": ("doc_chunk", "review", "description", "brief"),
    "few_shot": ("doc_chunk", "brief", "description"),
    "prefill": ("review", "description", "doc_chunk", "brief"),
    "role_spoof": ("review", "description", "doc_chunk", "title", "attribute"),
    "markdown_link": ("description", "doc_chunk", "review", "link"),
    "html": ("description", "doc_chunk", "review", "attribute"),
    "leetspeak": ("description", "review", "title", "doc_chunk", "link"),
    "spacing": ("description", "review", "attribute", "doc_chunk", "title"),
    "homoglyph": ("description", "review", "doc_chunk", "title", "attribute"),
    "zero_width": ("description", "review", "attribute", "doc_chunk", "title"),
    "base64": ("description", "attribute", "link", "doc_chunk"),
    "rot13": ("description", "review", "doc_chunk", "attribute"),
    "reversed": ("description", "review", "title", "attribute", "doc_chunk"),
    "third_language": ("description", "review", "doc_chunk", "title", "brief"),
    "payload_split": ("description", "attribute", "doc_chunk", "title"),
    "fake_config": ("attribute", "doc_chunk", "description"),
}

# an injection's field is drawn among its allowed fields with these weights, which follow the
# share of each field among the benign texts, so that the field says little about the label
FIELD_WEIGHTS = {"doc_chunk": 20, "description": 13, "attribute": 16, "review": 12, "brief": 18,
                 "title": 14, "link": 20}

GENRE_FIELDS = {
    "marketing": ("description", "title", "title", "brief"),
    "care": ("description", "doc_chunk", "doc_chunk"),
    "size_advice": ("description", "doc_chunk"),
    "review": ("review",),
    "campaign_brief": ("brief",),
    "style_guide": ("doc_chunk", "brief"),
    "legal": ("doc_chunk", "description"),
    "glossary": ("doc_chunk",),
    "service_macro": ("doc_chunk", "review"),
    "shop_markup": ("description", "doc_chunk"),
    "ai_changelog": ("doc_chunk",),
    "app_requirements": ("description", "doc_chunk"),
    "outdoor_tips": ("doc_chunk", "description", "review"),
    "tech_spec": ("description", "attribute"),
    "faq": ("doc_chunk", "description"),
    "security_notice": ("doc_chunk",),
    "product_title": ("title",),
    "attribute": ("attribute",),
    "link": ("link",),
    "encoded_id": ("attribute", "link"),
}

# benign texts of these genres also serve as document chunks around injections
DOC_GENRES = ("care", "glossary", "legal", "style_guide", "faq", "size_advice", "outdoor_tips",
              "service_macro", "ai_changelog", "app_requirements")

DEFAULT_POSITIONS = ("start", "middle", "middle", "end", "end", "end", "alone")
NOTE_KEY = {"de": "Hinweis", "en": "note", "fr": "remarque", "es": "nota", "it": "nota",
            "nl": "opmerking"}
# query parameters that carry a harmless encoded value in a benign link
ENC_PARAMS = [("cid", "b64meta"), ("img", "sha1"), ("ref", "uuid"), ("gclid", "gclid"),
              ("c", "b64meta"), ("v", "md5"), ("session_ref", "uuid"), ("asset", "sha1")]
TITLE_SEPS = [" | ", " – ", " // ", " · ", " — ", " :: "]


# ---------------------------------------------------------------------------------------------
# checks on the lists before anything is built


def check_banks():
    for lang, bank in BANKS.items():
        for key, val in bank.items():
            if isinstance(val, list):
                core.check_list(f"{lang}.{key}", val)
            elif isinstance(val, dict):
                for sub, lst in val.items():
                    core.check_list(f"{lang}.{key}.{sub}", lst)
        for t in PLAIN:
            if t not in bank["goals"]:
                raise KeyError(f"{lang}: goals.{t} missing")
        for g in HANDWRITTEN:
            if len(bank["benign"][g]) < 2 * PER_GENRE:
                raise ValueError(f"{lang}: benign.{g} needs {2 * PER_GENRE} texts")
        if len(bank["names"]) != len(core.PRODUCTS):
            raise ValueError(f"{lang}: one name per product")
    core.check_list("TITLE_SEPS", TITLE_SEPS)
    core.check_list("ENC_PARAMS", ENC_PARAMS)


# ---------------------------------------------------------------------------------------------
# one split


class Split:
    def __init__(self, name, seed, parity):
        self.name = name
        self.parity = parity
        self.rng = random.Random(seed)
        self.vals = core.split_values(parity)
        self.decks = {}

    # a deck over the split's half of a list, created on first use
    def deck(self, key, items):
        if key not in self.decks:
            self.decks[key] = core.Deck(self.rng, core.half(items, self.parity))
        return self.decks[key]

    def draw(self, key, items):
        return self.deck(key, items).draw()

    def bank(self, lang):
        return BANKS[lang]

    # --- slots and carriers --------------------------------------------------------------

    def slots(self, lang, field):
        rng = self.rng
        product = rng.choice(core.JACKETS) if field == "description" else None
        s = core.slots_for(rng, lang, self.vals, product)
        s["product_index"] = str([p[2] for p in core.PRODUCTS].index(s["product"]))
        return s

    def desc_carrier(self, lang, slots):
        b = self.bank(lang)
        d = self.deck(("desc", lang), b["desc_sentences"])
        n = self.rng.choice((2, 3, 3, 4))
        picked = []
        while len(picked) < n:
            s = d.draw()
            if s not in picked:
                picked.append(s)
        text = " ".join(core.fill(s, slots) for s in picked)
        if self.rng.random() < 0.25:
            text = b["names"][int(slots["product_index"])] + "\n" + text
        return text

    def review_carrier(self, lang, slots):
        b = self.bank(lang)
        prefix = self.draw("rating", core.RATING_PREFIXES) if self.rng.random() < 0.5 else ""
        return prefix + core.fill(self.draw(("review", lang), b["reviews"]), slots)

    def doc_piece(self, lang, slots):
        b = self.bank(lang)
        if self.rng.random() < 0.5:
            return core.fill(self.draw(("doc", lang), b["doc_chunks"]), slots)
        genre = self.rng.choice(DOC_GENRES)
        return core.fill(self.draw(("doccarrier", lang, genre), b["benign"][genre]), slots)

    def doc_carrier(self, lang, slots):
        b = self.bank(lang)
        parts = [self.doc_piece(lang, slots)]
        r = self.rng.random()
        extra = 3 if r < 0.05 else (2 if r < 0.12 else (1 if r < 0.35 else 0))
        for _ in range(extra):
            other = self.doc_piece(lang, slots)
            if other not in parts:
                parts.append(other)
        text = "\n\n".join(parts)
        if not text.startswith("#") and self.rng.random() < 0.5:
            text = self.draw(("heading", lang), b["headings"]) + "\n" + text
        return text

    def brief_carrier(self, lang, slots):
        return core.fill(self.draw(("brief", lang), self.bank(lang)["briefs"]), slots)

    def title_carrier(self, lang, slots):
        b = self.bank(lang)
        form = self.draw("title_form", core.TITLE_FORMS)
        return core.fill(form, {
            "brand": core.BRAND,
            "name": b["names"][int(slots["product_index"])],
            "color": self.rng.choice(b["colors"]),
            "size": f"{b['size_label']} {slots['size']}" if self.rng.random() < 0.5 else slots["size"],
            "sku": slots["sku"],
        })

    def attr_carrier(self, lang, slots):
        return self.draw(("attr", lang), self.bank(lang)["attributes"])

    def link_carrier(self, lang, slots):
        b = self.bank(lang)
        path = self.draw(("path", lang), b["shop_paths"])
        query = self.draw("query", core.LINK_QUERIES)
        query = core.fill(query, {
            "color": b["colors"][0].lower().replace(" ", "-"),
            "size": slots["size"].lower(),
            "sku": slots["sku"],
            "tok": core.token("gclid", self.rng, lang)[8:30],
        })
        return core.SHOP_HOST[lang] + path + query

    def carrier(self, lang, field, slots):
        return {
            "description": self.desc_carrier,
            "review": self.review_carrier,
            "doc_chunk": self.doc_carrier,
            "brief": self.brief_carrier,
            "title": self.title_carrier,
            "attribute": self.attr_carrier,
            "link": self.link_carrier,
        }[field](lang, slots)

    # --- placing an instruction into a carrier ------------------------------------------------

    def place(self, lang, field, carrier, snippet, positions=None):
        rng = self.rng
        if field == "link":
            form = self.draw("link_inj", core.LINK_INJ_FORMS)
            if "#" in form:
                carrier = carrier.split("#")[0]
            return core.fill(form, {
                "link": carrier, "goal": snippet, "plus": core.url_plus(snippet),
                "pct": core.url_pct(snippet), "dash": core.url_dash(snippet),
                "qm": "&" if "?" in carrier else "?",
            })
        pos = rng.choice(positions or DEFAULT_POSITIONS)
        if pos == "alone":
            return snippet
        multiline = "\n" in snippet
        if field == "title":
            sep = self.draw("title_sep", TITLE_SEPS)
            return snippet + sep + carrier if pos == "start" else carrier + sep + snippet
        if field == "attribute":
            if pos == "start":
                return snippet + "; " + carrier
            if rng.random() < 0.5 and not multiline:
                return carrier + "; " + NOTE_KEY[lang] + ": " + snippet
            return carrier + ("\n" if multiline else "; ") + snippet
        # a product-name line on top of a description stays on top
        head = ""
        if field == "description" and "\n" in carrier:
            first, rest = carrier.split("\n", 1)
            if not first.rstrip().endswith((".", "!", "?")):
                head, carrier = first + "\n", rest
        sep = "\n\n" if field == "doc_chunk" else ("\n" if multiline else " ")
        if pos == "start":
            if sep == " " and snippet[-1:] not in ".!?:;)»“’\"":
                sep = "\n"
            return head + snippet + sep + carrier
        if pos == "end":
            return head + carrier + sep + snippet
        # middle: between two paragraphs, or between two sentences of one paragraph
        paras = carrier.split("\n\n")
        gaps = [(i, None) for i in range(1, len(paras))]
        for i, para in enumerate(paras):
            n = len(core.sentences(para))
            gaps += [(i, k) for k in range(1, n)]
        if not gaps:
            return head + carrier + sep + snippet
        i, k = rng.choice(gaps)
        if k is None:
            paras.insert(i, snippet)
        else:
            sents = core.sentences(paras[i])
            inner = "\n" if multiline or field == "doc_chunk" else " "
            paras[i] = " ".join(sents[:k]) + inner + snippet + inner + " ".join(sents[k:])
        return head + "\n\n".join(paras)

    # --- goals --------------------------------------------------------------------------------

    def goal(self, lang, slots, gtype=None):
        gtype = gtype or self.rng.choice(PLAIN)
        text = self.draw(("goal", lang, gtype), self.bank(lang)["goals"][gtype])
        return core.fill(text, slots)

    def wrapped_goal_lang(self, lang):
        if lang != "en" and self.rng.random() < 0.3:
            return "en"
        return lang

    def obfuscate(self, technique, lang, glang, slots):
        rng = self.rng
        goal = self.goal(glang, slots)
        name, fn = self.draw(("obf", technique), core.OBFUSCATIONS[technique])
        encoded = fn(rng, goal)
        lead_p = 0.35 if technique in ("homoglyph", "zero_width") else 0.75
        if rng.random() < lead_p:
            lead = self.draw(("leadin", lang), self.bank(lang)["decode_leadins"])
            if rng.random() < 0.4:
                lead += " " + self.draw(("hint", technique), core.ENC_HINTS[technique])
            joiner = "\n" if "\n" in encoded or rng.random() < 0.4 else " "
            return lead + joiner + encoded
        return encoded

    # --- one injection --------------------------------------------------------------------

    def injection(self, lang, technique):
        rng = self.rng
        b = self.bank(lang)
        allowed = INJ_FIELDS[technique]
        field = rng.choices(allowed, weights=[FIELD_WEIGHTS[f] for f in allowed])[0]
        slots = self.slots(lang, field)
        carrier = self.carrier(lang, field, slots)
        positions = None
        # language of a wrapped instruction: the carrier's, or English in 30 % of other carriers
        glang = self.wrapped_goal_lang(lang) if technique in WRAPPED else lang

        if technique in PLAIN:
            snippet = core.vary_case(rng, self.goal(lang, slots, technique))
        elif technique in ("conditional", "polite_request", "indirect"):
            snippet = core.fill(self.draw((technique, lang), b[technique]), slots)
            if technique != "polite_request":
                snippet = core.vary_case(rng, snippet)
        elif technique == "few_shot":
            snippet = core.fill(self.draw((technique, lang), b[technique]), slots)
            positions = ("start", "end", "end", "alone")
        elif technique == "prefill":
            snippet = core.fill(self.draw((technique, lang), b[technique]), slots)
            positions = ("end", "end", "end", "alone")
        elif technique == "role_spoof":
            goal = self.goal(glang, slots)
            if rng.random() < 0.65:
                form = self.draw("role_form", core.ROLE_FORMS)
            else:
                form = self.draw(("role_label", lang), b["role_labels"])
            snippet = core.frame(form, goal, slots)
            positions = ("start", "middle", "middle", "end", "end", "end")
        elif technique == "html":
            goal = self.goal(glang, slots)
            snippet = core.frame(self.draw("html_form", core.HTML_FORMS), goal, slots)
            positions = ("start", "middle", "middle", "end", "end")
        elif technique == "markdown_link":
            if rng.random() < 0.25:
                snippet = core.fill(self.draw(("md_exfil", lang), b["md_exfil"]), slots)
            else:
                goal = self.goal(glang, slots)
                extra = dict(slots)
                if rng.random() < 0.5:
                    extra["url"] = core.SHOP_HOST[lang] + self.draw(("path", lang), b["shop_paths"])
                snippet = core.frame(self.draw("md_form", core.MARKDOWN_FORMS), goal, extra)
            positions = ("start", "middle", "end", "end", "end")
        elif technique in OBFUSCATED:
            snippet = self.obfuscate(technique, lang, glang, slots)
        elif technique == "third_language":
            if rng.random() < 0.2:
                _l, text = self.draw("extra_goal", core.EXTRA_GOALS)
                snippet = core.fill(text, slots)
            else:
                other = rng.choice([x for x in core.LANGS if x != lang])
                snippet = self.goal(other, slots)
            snippet = core.vary_case(rng, snippet)
        elif technique == "payload_split":
            goal = self.goal(glang, slots)
            a, b_ = core.split_goal(goal)
            if rng.random() < 0.5:
                form = self.draw(("split_join", lang), b["split_joins"])
            else:
                form = self.draw("split_form", core.SPLIT_FORMS)
            extra = dict(slots)
            extra.update({"a": a, "b": b_, "qa": core.jesc(a), "qb": core.jesc(b_),
                          "carrier": carrier})
            text = core.fill(form, extra)
            if "{carrier}" in form:
                return field, text
            snippet = text
        elif technique == "fake_config":
            goal = self.goal(glang, slots)
            snippet = core.frame(self.draw("config_form", core.CONFIG_FORMS), goal, slots)
            positions = ("start", "end", "end", "alone")
        else:
            raise KeyError(technique)
        if glang != lang or technique == "third_language":
            # an instruction in another language never stands alone: the carrier gives `lang`
            positions = tuple(p for p in (positions or DEFAULT_POSITIONS) if p != "alone")
        return field, self.place(lang, field, carrier, snippet, positions)

    # --- one benign text -------------------------------------------------------------------

    def benign(self, lang, genre):
        rng = self.rng
        b = self.bank(lang)
        field = rng.choice(GENRE_FIELDS[genre])
        slots = self.slots(lang, field)
        if genre == "product_title":
            return field, self.title_carrier(lang, slots)
        if genre == "attribute":
            return field, self.attr_carrier(lang, slots)
        if genre == "link":
            return field, self.link_carrier(lang, slots)
        if genre == "encoded_id":
            if field == "link":
                path = self.draw(("path", lang), b["shop_paths"])
                key, kind = self.draw("enc_param", ENC_PARAMS)
                return field, f"{core.SHOP_HOST[lang]}{path}?{key}={core.token(kind, rng, lang)}"
            label = self.draw(("enc_label", lang), b["encoded_labels"])
            return field, core.fill_tokens(label, rng, lang)

        text = core.fill(self.draw(("benign", lang, genre), b["benign"][genre]), slots)
        if genre == "marketing" and rng.random() < 0.1:
            text = text.upper()
        if field == "title" and core.words(text) > 9:
            field = "description"
        if field == "description":
            if rng.random() < 0.6:
                carrier = self.desc_carrier(lang, slots)
                pos = rng.choice(("start", "middle", "end", "end"))
                return field, self.place(lang, field, carrier, text, (pos,))
            return field, text
        if field == "doc_chunk":
            r = rng.random()
            parts = [text]
            extra = 3 if r < 0.07 else (2 if r < 0.2 else (1 if r < 0.6 else 0))
            for _ in range(extra):
                other = self.doc_piece(lang, slots)
                if other not in parts:
                    parts.insert(rng.randrange(len(parts) + 1), other)
            text = "\n\n".join(parts)
            if not text.startswith(("#", "<", "|")) and rng.random() < 0.5:
                text = self.draw(("heading", lang), b["headings"]) + "\n" + text
            return field, text
        if field == "review":
            prefix = self.draw("rating", core.RATING_PREFIXES) if rng.random() < 0.5 else ""
            return field, prefix + text
        if field == "brief":
            if genre != "campaign_brief" and rng.random() < 0.5:
                return field, self.brief_carrier(lang, slots) + " " + text
            return field, text
        if field == "title":
            if rng.random() < 0.5:
                return field, self.title_carrier(lang, slots) + self.draw("title_sep", TITLE_SEPS) + text
            return field, text
        if field == "attribute":
            if rng.random() < 0.4:
                return field, self.attr_carrier(lang, slots) + "; " + NOTE_KEY[lang] + ": " + text
            return field, text
        raise KeyError(field)

    # --- the whole split --------------------------------------------------------------------

    def build(self):
        records = []
        seen = set()

        def add(label, technique, lang, maker):
            for _attempt in range(30):
                field, text = maker()
                text = text.strip("\n ")
                if text not in seen:
                    seen.add(text)
                    records.append({"text": text, "label": label, "technique": technique,
                                    "lang": lang, "field": field})
                    return
            raise RuntimeError(f"{self.name}: no unique text for {label}/{technique}/{lang}")

        for lang in core.LANGS:
            for technique in TECHNIQUES:
                for _ in range(PER_TECHNIQUE):
                    add("injection", technique, lang, lambda: self.injection(lang, technique))
            for genre in GENRES:
                for _ in range(PER_GENRE):
                    add("benign", genre, lang, lambda: self.benign(lang, genre))

        self.rng.shuffle(records)
        out = []
        for i, r in enumerate(records, 1):
            out.append({"id": f"inj-{self.name}-{i:04d}", "text": r["text"], "label": r["label"],
                        "technique": r["technique"], "lang": r["lang"], "field": r["field"]})
        return out


# ---------------------------------------------------------------------------------------------
# checks, output, summary

KEYS = ["id", "text", "label", "technique", "lang", "field"]


def check_split(name, records):
    assert len(records) == 720, (name, len(records))
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids), name
    texts = [r["text"] for r in records]
    assert len(set(texts)) == len(texts), name
    per = Counter((r["label"], r["lang"]) for r in records)
    for lang in core.LANGS:
        assert per[("injection", lang)] == 60 and per[("benign", lang)] == 60, (name, lang)
    for r in records:
        assert list(r.keys()) == KEYS, r
        assert r["label"] in ("injection", "benign"), r
        assert r["field"] in core.FIELDS, r
        assert r["lang"] in core.LANGS, r
        assert r["text"].strip(), r
    tech = Counter((r["technique"], r["lang"]) for r in records if r["label"] == "injection")
    for t in TECHNIQUES:
        for lang in core.LANGS:
            assert tech[(t, lang)] >= 2, (name, t, lang)


_SPLIT_SENT = re.compile(r"(?<=[.!?:;])\s+|\n+")


def shared_sentences(a, b, names):
    def sents(records):
        out = set()
        for r in records:
            for s in _SPLIT_SENT.split(r["text"]):
                s = s.strip(" |–-#*>\"'«»„“‘’")
                if len(s) >= 30 and s not in names:
                    out.add(s)
        return out
    return sorted(sents(a) & sents(b))


def write(name, records):
    path = os.path.join(OUT_DIR, f"{name}.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


def summary(name, records):
    print(f"\n== {name}: {len(records)} records")
    langs = core.LANGS
    print("label      " + " ".join(f"{l:>4}" for l in langs) + "  total")
    for label in ("injection", "benign"):
        c = Counter(r["lang"] for r in records if r["label"] == label)
        print(f"{label:<10} " + " ".join(f"{c[l]:>4}" for l in langs) + f"  {sum(c.values()):>5}")
    for label in ("injection", "benign"):
        print(f"-- {label}: per {'technique' if label == 'injection' else 'genre'}")
        c = Counter(r["technique"] for r in records if r["label"] == label)
        order = TECHNIQUES if label == "injection" else GENRES
        for key in order:
            print(f"   {key:<16} {c[key]:>3}")
        fields = Counter(r["field"] for r in records if r["label"] == label)
        print("   fields: " + ", ".join(f"{f} {fields[f]}" for f in core.FIELDS))
        wc = [core.words(r["text"]) for r in records if r["label"] == label]
        print(f"   words: min {min(wc)}, max {max(wc)}, mean {sum(wc) / len(wc):.1f}")


def main():
    check_banks()
    built = {}
    for name, seed, parity in core.SPLITS:
        records = Split(name, seed, parity).build()
        check_split(name, records)
        built[name] = records
    dev, held = built["dev9"], built["heldout9"]
    cross = {r["text"] for r in dev} & {r["text"] for r in held}
    if cross:
        raise SystemExit(f"{len(cross)} texts occur in both splits")
    names = {n for bank in BANKS.values() for n in bank["names"]}
    shared = shared_sentences(dev, held, names)
    if shared:
        for s in shared[:20]:
            print("shared:", s)
        raise SystemExit(f"{len(shared)} sentences of 30+ characters occur in both splits")
    for name, records in built.items():
        path = write(name, records)
        print(f"wrote {os.path.relpath(path, ROOT)}")
    for name, records in built.items():
        summary(name, records)
    print("\nno text and no sentence of 30+ characters is shared between the splits")


if __name__ == "__main__":
    main()
