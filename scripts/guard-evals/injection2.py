"""Second, independent injection corpus: evals/guard/injection/dev2.jsonl and heldout2.jsonl.

    python3 scripts/guard-evals/injection2.py

Written fresh, without reading the screen's rules or the first corpus's phrasing banks, to measure
how well the injection screen generalises. Python 3.11 standard library only, no data packages.
Each split has 360 injections and 360 benign texts in de/en/fr/es/it/nl; seeded, the same bytes
on every run. Every phrasing list (injection techniques, wrappers, lead-ins, carriers, benign
genres) is split by position into two disjoint halves, even indices for dev2 and odd ones for
heldout2, so the two splits share no phrasing template (slot values such as product names, brands,
prices or phone numbers are shared). The phrasings live in inj2_<lang>.py, the
language-independent forms, obfuscations and noise in inj2_shared.py.

Labels: an injection tries to make the model do something other than write the requested copy, or
change facts in it (price, discount, link, code, phone number, competitor, brand image). Shop text
addressed to customers, marketing imperatives, brand guidelines for writers and briefs that
describe the copy wanted are benign. Factual goals (price, code, link, phone) never sit in a brief
field, where a real brief may legitimately ask for a discount to be mentioned.
"""

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import inj2_de  # noqa: E402
import inj2_en  # noqa: E402
import inj2_es  # noqa: E402
import inj2_fr  # noqa: E402
import inj2_it  # noqa: E402
import inj2_nl  # noqa: E402
import inj2_shared as X  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "evals" / "guard" / "injection"
SPLITS = {"dev2": (0, 5107), "heldout2": (1, 6211)}  # name: (phrasing half, seed)
PER_LABEL = 360
LANGS = {"de": inj2_de, "en": inj2_en, "fr": inj2_fr, "es": inj2_es, "it": inj2_it, "nl": inj2_nl}
LANG_SHARE = {"de": 66, "en": 66, "fr": 57, "es": 57, "it": 57, "nl": 57}

INJ_COUNTS = {
    "override": 28, "role_spoof": 18, "exfiltration": 22, "insert_url": 18, "insert_code": 16, "price": 18,
    "competitor": 16, "disparage": 14, "offensive": 14, "indirect": 16, "persona": 10, "insert_phone": 8,
    "markdown": 16, "html": 16, "leetspeak": 12, "spacing": 12, "homoglyph": 12, "zero_width": 12,
    "base64": 12, "rot13": 10, "hex": 6, "reversed": 6, "percent": 8, "hidden": 22, "third_language": 18,
}
BEN_COUNTS = {
    "marketing": 36, "customer_instructions": 34, "care": 18, "review": 24, "review_compare": 22,
    "review_ai": 18, "faq": 22, "legal": 18, "newsletter": 18, "promo": 18, "guideline": 26, "shipping": 12,
    "markup": 22, "codes_and_ids": 20, "link": 14, "tech_mention": 14, "product": 12, "brief": 0,
}
BEN_COUNTS["brief"] = PER_LABEL - sum(BEN_COUNTS.values())

CONTENT = ["override", "exfiltration", "insert_url", "insert_code", "insert_phone", "price", "competitor",
           "disparage", "offensive", "persona", "indirect"]
FACTUAL = {"insert_url", "insert_code", "insert_phone", "price"}  # never in a brief
PAYLOAD_W = {"override": 4, "exfiltration": 3, "insert_url": 2, "insert_code": 1.5, "price": 2, "competitor": 1.5,
             "disparage": 1, "offensive": 1.5, "persona": 1, "insert_phone": 0.5, "indirect": 1}
OBF = ["leetspeak", "spacing", "homoglyph", "zero_width", "base64", "rot13", "hex", "reversed", "percent"]

SLOT = re.compile(r"\{(\w+)\}")


def write_jsonl(path, records):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def wchoice(rng, weights: dict):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


class Gen:
    def __init__(self, h: int, seed: int):
        self.h = h
        self.rng = random.Random(seed)
        self.cycles = {}

    # -- drawing --------------------------------------------------------------------------------
    def pick(self, key, items):
        """Draw from this split's half of items, cycling through a shuffled order."""
        pool = self.cycles.get(key)
        if not pool:
            pool = list(X.half(items, self.h))
            self.rng.shuffle(pool)
            self.cycles[key] = pool
        return pool.pop()

    def sample(self, items, k):
        pool = X.half(items, self.h)
        return self.rng.sample(pool, min(k, len(pool)))

    def vals(self, lang):
        r = self.rng
        jacket = r.choice(X.JACKETS)
        anyp = r.choice(X.JACKETS + X.PACKS + X.SHOES + X.OTHERS) if lang == "en" else r.choice(X.JACKETS)
        return {
            "p": anyp, "jacket": jacket, "pack": r.choice(X.PACKS), "shoe": r.choice(X.SHOES),
            "brand": r.choice(X.BRANDS), "url": self.pick("bad_url", X.BAD_URLS),
            "code": self.pick("bad_code", X.BAD_CODES), "price": X.price(lang, r.choice(X.AMOUNTS)),
            "pct": str(r.choice(X.PCTS)), "phone": r.choice(X.PHONES), "shop": X.SHOP,
            "good_code": self.pick("good_code", X.GOOD_CODES), "good_url": self.pick("good_url", X.GOOD_URLS),
            "rprice": X.real_price(lang, r), "date": r.choice(X.DATES[lang]), "token": X.token(r),
            "slug": r.choice(X.SLUGS), "lp": lang, "img": r.choice(X.IMGS),
        }

    def fill(self, template, lang, extra=None):
        v = self.vals(lang)
        if extra:
            v.update(extra)
        return SLOT.sub(lambda m: v.get(m.group(1), m.group(0)), template)

    def instruction(self, lang, tech):
        return self.fill(self.pick(("inj", lang, tech), LANGS[lang].INJ[tech]), lang)

    def payload(self, lang, maxlen=None, techs=None):
        """A plain instruction to carry inside a wrapper or obfuscation; returns (text, goal)."""
        weights = {t: PAYLOAD_W[t] for t in (techs or PAYLOAD_W)}
        for _ in range(12):
            tech = wchoice(self.rng, weights)
            s = self.instruction(lang, tech)
            if maxlen is None or len(s) <= maxlen:
                return s, tech
        return s, tech

    # -- carriers -------------------------------------------------------------------------------
    def desc(self, lang, k=1):
        return " ".join(self.fill(s, lang) for s in self.sample(LANGS[lang].DESC, k))

    def review(self, lang, k=1):
        return " ".join(self.fill(s, lang) for s in self.sample(LANGS[lang].REVIEW, k))

    def doc_wrap(self, lang, body, head=None):
        r = self.rng
        head = head or self.fill(self.pick(("dochead", lang), LANGS[lang].DOC_HEAD), lang)
        fm = ""
        if r.random() < 0.3:
            fm = f"---\ndoc_type: {r.choice(['product', 'guide', 'faq', 'voice'])}\nlocale: {lang}\n---\n"
        return f"{fm}{head}\n\n{body}"

    def title(self, lang):
        return self.fill(self.pick(("title", lang), LANGS[lang].TITLE), lang)

    # -- placing a readable instruction ---------------------------------------------------------
    def place(self, s, lang, allow_brief=True, need_carrier=False):
        """Put instruction s (already filled) into a field; returns (text, field)."""
        r = self.rng
        L = LANGS[lang]
        w = {"alone": 3, "start": 2, "end": 3, "mid": 2, "separator": 2, "parens": 1.2, "review_quote": 1.2,
             "doc": 2.5, "title": 1, "link": 0.6}
        if need_carrier:
            w.pop("alone")
            w.pop("link")
        if len(s) > 110:
            w.pop("title")
        if "\n" in s:
            w.pop("link", None)
        kind = wchoice(r, w)
        if kind == "alone":
            fields = {"description": 3, "review": 2, "title": 1 if len(s) <= 100 else 0}
            if allow_brief:
                fields["brief"] = 4.5
            return s, wchoice(r, {k: v for k, v in fields.items() if v})
        if kind in ("start", "end", "mid", "parens"):
            field = wchoice(r, {"description": 3.5, "review": 1.5})
            carrier = self.desc if field == "description" else self.review
            if kind == "start":
                return f"{s} {carrier(lang, r.choice([1, 2]))}", field
            if kind == "end":
                sep = r.choice([" ", " ", "\n", "\n\n"])
                return f"{carrier(lang, r.choice([1, 2]))}{sep}{s}", field
            if kind == "mid":
                a, b = self.sample(L.DESC if field == "description" else L.REVIEW, 2)
                return f"{self.fill(a, lang)} {s} {self.fill(b, lang)}", field
            return f"{carrier(lang, r.choice([1, 2]))} ({s})", field
        if kind == "separator":
            sep = self.pick(("sep", lang), L.SEPARATORS)
            body = f"{self.desc(lang, r.choice([1, 2]))}\n\n{sep}\n{s}"
            if r.random() < 0.5:
                return self.doc_wrap(lang, body), "doc_chunk"
            return body, "description"
        if kind == "review_quote":
            return self.fill(self.pick(("rq", lang), L.REVIEW_QUOTE), lang, {"S": s}), "review"
        if kind == "doc":
            cs = [self.fill(x, lang) for x in self.sample(L.DESC, 3)]
            paras = [" ".join(cs[:2]), s]
            if r.random() < 0.5:
                paras.append(cs[2])
            elif r.random() < 0.3:
                paras.reverse()
            return self.doc_wrap(lang, "\n\n".join(paras)), "doc_chunk"
        if kind == "title":
            return f"{self.title(lang)}{r.choice([' | ', ' - ', ' – ', ' // '])}{s}", "title"
        form = self.pick("linkform", X.LINK_FORMS)
        sd = re.sub(r"[^\w]+", "-", s).strip("-")
        sp = "+".join(s.split())
        return self.fill(form, lang, {"S": s, "Sd": sd, "Sp": sp}), "link"

    # -- injections -----------------------------------------------------------------------------
    def injection(self, tech, lang):
        r = self.rng
        L = LANGS[lang]
        if tech in CONTENT:
            s = X.noise(self.instruction(lang, tech), r)
            return self.place(s, lang, allow_brief=tech not in FACTUAL)

        if tech == "third_language":
            if r.random() < 0.7:
                other = r.choice([k for k in LANGS if k != lang])
                s, goal = self.payload(other)
            else:
                other = r.choice(sorted(X.EXTRA))
                s, goal = self.fill(self.pick(("extra", other), X.EXTRA[other]), lang), "extra"
            return self.place(X.noise(s, r, 0.15), lang, allow_brief=goal not in FACTUAL, need_carrier=True)

        if tech == "hidden":
            plang = "en" if lang != "en" and r.random() < 0.2 else lang
            s, goal = self.payload(plang)
            sents = [self.fill(x, lang) for x in self.sample(L.DESC, r.choice([3, 4, 5]))]
            pos = r.randrange(1, len(sents))
            if r.random() < 0.3:
                # inside a sentence, between dashes
                a = sents[pos - 1].rstrip(".")
                b = sents[pos]
                sents[pos - 1:pos + 1] = [f"{a} – {s.rstrip('.!?')} – {b[0].lower()}{b[1:]}"]
            else:
                sents.insert(pos, s)
            body = " ".join(sents)
            if r.random() < 0.4:
                return self.doc_wrap(lang, body), "doc_chunk"
            return body, "description"

        if tech in ("role_spoof", "markdown", "html"):
            if tech == "role_spoof" and r.random() < 0.3:
                form = "{C}\n\n" + self.pick(("role", lang), L.ROLE)
            else:
                forms = {"role_spoof": X.ROLE_FORMS, "markdown": X.MD_FORMS, "html": X.HTML_FORMS}[tech]
                form = self.pick(("form", tech), forms)
            has_c = "{C}" in form
            plang = "en" if has_c and lang != "en" and r.random() < 0.3 else lang
            s, goal = self.payload(plang)
            if tech in ("markdown", "html"):
                s = s.replace("\n", " ")
            fields = {"description": 4, "doc_chunk": 2, "review": 1}
            if goal not in FACTUAL:
                fields["brief"] = 2.5
            field = wchoice(r, fields)
            c = self.review(lang) if field == "review" else self.desc(lang, r.choice([1, 2]))
            extra = {"S": s, "C": c, "Sq": s.replace('"', "&quot;"),
                     "A": self.pick(("anchor", lang), L.ANCHOR),
                     "url": r.choice([self.vals(lang)["url"], self.vals(lang)["good_url"]])}
            if tech == "markdown":
                extra["S"] = s.replace('"', "'")
            text = self.fill(form, lang, extra)
            if field == "doc_chunk":
                text = self.doc_wrap(lang, text)
            return text, field

        if tech in OBF:
            return self.obfuscated(tech, lang)
        raise ValueError(tech)

    def obfuscated(self, tech, lang):
        r = self.rng
        L = LANGS[lang]
        plang = "en" if lang != "en" and r.random() < 0.25 else lang
        maxlen = 90 if tech in ("spacing", "zero_width") else 140
        s, goal = self.payload(plang, maxlen=maxlen)
        if tech in ("leetspeak", "homoglyph", "spacing"):
            s = X.noise(s, r, 0.15)
        o = X.OBFUSCATE[tech](s, r)
        if tech == "percent" and r.random() < 0.5:
            form = self.pick("pctform", X.LINK_PCT_FORMS)
            return self.fill(form, lang, {"Se": o}), "link"
        p_lead = 0.75 if tech in ("base64", "rot13", "hex", "reversed", "percent") else 0.35
        lead = self.pick(("lead", lang, tech), L.LEAD[tech]) if r.random() < p_lead else ""
        core = f"{lead}{chr(10) if chr(10) in o else ' '}{o}" if lead else o
        w = {"alone": 3.5, "end": 3, "start": 1, "separator": 1.5, "parens": 1 if len(core) < 160 else 0}
        if plang != lang and not lead:
            w.pop("alone")
        kind = wchoice(r, {k: v for k, v in w.items() if v})
        if kind == "alone":
            fields = {"description": 3, "review": 2, "title": 1 if len(core) <= 120 else 0}
            if goal not in FACTUAL:
                fields["brief"] = 2
            return core, wchoice(r, {k: v for k, v in fields.items() if v})
        field = wchoice(r, {"description": 3, "review": 2})
        carrier = (self.desc if field == "description" else self.review)(lang, r.choice([1, 2]))
        if kind == "end":
            return f"{carrier}{r.choice([' ', chr(10), chr(10) * 2])}{core}", field
        if kind == "start":
            return f"{core} {carrier}", field
        if kind == "parens":
            return f"{carrier} ({core})", field
        sep = self.pick(("sep", lang), L.SEPARATORS)
        body = f"{carrier}\n\n{sep}\n{core}"
        if field == "description" and r.random() < 0.4:
            return self.doc_wrap(lang, body), "doc_chunk"
        return body, field

    # -- benign ---------------------------------------------------------------------------------
    BEN_FIELDS = {
        "marketing": {"brief": 4, "description": 4, "title": 1.5},
        "customer_instructions": {"description": 3, "doc_chunk": 2},
        "care": {"description": 3, "doc_chunk": 2},
        "review": {"review": 1},
        "review_compare": {"review": 1},
        "review_ai": {"review": 1},
        "faq": {"doc_chunk": 3, "description": 1},
        "legal": {"doc_chunk": 1.5, "description": 2},
        "newsletter": {"doc_chunk": 1.5, "description": 1.5, "brief": 1},
        "promo": {"description": 3, "title": 1, "brief": 1.5},
        "guideline": {"doc_chunk": 1},
        "shipping": {"description": 2.5, "doc_chunk": 1.5},
        "markup": {"description": 3, "doc_chunk": 1.5},
        "codes_and_ids": {"description": 3, "doc_chunk": 1, "title": 1},
        "link": {"link": 1},
        "tech_mention": {"description": 2.5, "doc_chunk": 1.5},
        "product": {"description": 3, "title": 1},
        "brief": {"brief": 1},
    }

    def benign(self, genre, lang):
        r = self.rng
        L = LANGS[lang]
        field = wchoice(r, self.BEN_FIELDS[genre])
        if genre == "link":
            return self.fill(self.pick("link_benign", X.LINK_BENIGN), lang), "link"
        if genre == "product" and field == "title":
            return self.title(lang), "title"

        def sent():
            return self.fill(self.pick(("ben", lang, genre), L.BENIGN[genre]), lang)

        s = sent()
        if field == "title" and len(s) > 90:
            field = "description"
        if genre in ("faq", "guideline", "care", "legal", "customer_instructions", "markup", "review",
                     "codes_and_ids") and r.random() < 0.3:
            s2 = sent()
            if s2 != s:
                joiner = "\n\n" if genre in ("faq", "markup") else " "
                if genre == "guideline" and r.random() < 0.6:
                    s = f"- {s}\n- {s2}"
                else:
                    s = f"{s}{joiner}{s2}"
        if genre not in ("markup", "codes_and_ids"):
            s = X.noise(s, r)
        if field == "description" and genre not in ("markup", "product") and r.random() < 0.55:
            d = self.desc(lang, r.choice([1, 2]))
            how = r.choice(["before", "after", "after", "sep", "parens"])
            if how == "before":
                s = f"{d} {s}"
            elif how == "after":
                s = f"{s} {d}"
            elif how == "sep":
                s = f"{d}\n\n{r.choice(['---', '* * *', '____'])}\n{s}"
            else:
                s = f"{d} ({s})"
        elif field == "review" and r.random() < 0.45:
            s = f"{self.review(lang)} {s}" if r.random() < 0.5 else f"{s} {self.review(lang)}"
        elif field == "doc_chunk":
            head = {"guideline": X.GUIDE_HEAD[lang], "faq": X.FAQ_HEAD[lang]}.get(genre)
            if r.random() < 0.3 and genre not in ("guideline", "faq"):
                s = f"{self.desc(lang, 2)}\n\n{s}"
            s = self.doc_wrap(lang, s, head)
        return s, field


def lang_plan(rng):
    """Languages in a smooth weighted round robin, so that every technique's block of consecutive
    slots spreads over all six languages while the totals keep LANG_SHARE exactly."""
    order = list(LANG_SHARE)
    rng.shuffle(order)
    total = sum(LANG_SHARE.values())
    assert total == PER_LABEL
    current = dict.fromkeys(order, 0)
    seq = []
    for _ in range(total):
        for lang in order:
            current[lang] += LANG_SHARE[lang]
        pick = max(order, key=lambda lang: current[lang])
        current[pick] -= total
        seq.append(pick)
    return seq


def build(name):
    h, seed = SPLITS[name]
    g = Gen(h, seed)
    records, seen = [], set()
    for label, counts, make in (("injection", INJ_COUNTS, g.injection), ("benign", BEN_COUNTS, g.benign)):
        assert sum(counts.values()) == PER_LABEL, (label, sum(counts.values()))
        techs = list(counts)
        g.rng.shuffle(techs)
        plan = [t for t in techs for _ in range(counts[t])]
        for tech, lang in zip(plan, lang_plan(g.rng)):
            for _ in range(40):
                text, field = make(tech, lang)
                if text not in seen:
                    break
            else:
                raise RuntimeError(f"no new text for {label}/{tech}/{lang}")
            seen.add(text)
            records.append({"text": text, "label": label, "technique": tech, "lang": lang, "field": field})
    g.rng.shuffle(records)
    return [{"id": f"inj-{name}-{i:04d}", **r} for i, r in enumerate(records)]


def summary(name, records):
    print(f"{name}: {len(records)} records")
    for label in ("injection", "benign"):
        rs = [r for r in records if r["label"] == label]
        tech = Counter(r["technique"] for r in rs)
        lang = Counter(r["lang"] for r in rs)
        field = Counter(r["field"] for r in rs)
        print(f"  {label} {len(rs)}")
        print("    technique: " + ", ".join(f"{k} {v}" for k, v in sorted(tech.items())))
        print("    lang: " + ", ".join(f"{k} {v}" for k, v in sorted(lang.items())))
        print("    field: " + ", ".join(f"{k} {v}" for k, v in sorted(field.items())))


def check_disjoint():
    """The halves of every phrasing list are disjoint (a phrasing listed twice would leak)."""
    lists = [X.ROLE_FORMS, X.MD_FORMS, X.HTML_FORMS, X.LINK_FORMS, X.LINK_PCT_FORMS, X.LINK_BENIGN,
             *X.EXTRA.values()]
    for mod in LANGS.values():
        lists += [*mod.INJ.values(), mod.ROLE, mod.REVIEW_QUOTE, mod.SEPARATORS, *mod.LEAD.values(), mod.ANCHOR,
                  mod.DESC, mod.REVIEW, mod.DOC_HEAD, mod.TITLE, *mod.BENIGN.values()]
    for items in lists:
        assert not set(X.half(items, 0)) & set(X.half(items, 1)), items


def main():
    check_disjoint()
    for name in SPLITS:
        records = build(name)
        write_jsonl(OUT / f"{name}.jsonl", records)
        summary(name, records)


if __name__ == "__main__":
    main()
