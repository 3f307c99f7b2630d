#!/usr/bin/env python3
"""Third, independent injection corpus: evals/guard/injection/dev3.jsonl and heldout3.jsonl.

    python3 scripts/guard-evals/injection3.py

Each split holds 360 injections and 360 benign texts, 60 + 60 per language (de, en, fr, es,
it, nl). The phrasing banks live in inj3_<lang>.py, the shared helpers in inj3_core.py.
Every phrasing list (techniques, goals, encodable cores, lead-ins, carriers, benign genres,
headings, obfuscation modes) is split by position: even indices feed dev3, odd ones heldout3,
so the two splits share no phrasing template; slot values (product names, prices, URLs, codes,
phone numbers) are shared. Standard library only; the output is byte-identical on every run.
"""

import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ beside the banks

import inj3_core as C  # noqa: E402
import inj3_de  # noqa: E402
import inj3_en  # noqa: E402
import inj3_es  # noqa: E402
import inj3_fr  # noqa: E402
import inj3_it  # noqa: E402
import inj3_nl  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(ROOT, "evals", "guard", "injection")

BANKS = {"de": inj3_de, "en": inj3_en, "fr": inj3_fr, "es": inj3_es, "it": inj3_it, "nl": inj3_nl}
LANGS = C.LANGS

SPLITS = [("dev3", 0, 9301), ("heldout3", 1, 9402)]

TECHNIQUES = [
    "override", "role_spoof", "exfiltration", "insert_url", "insert_code", "insert_phone", "price",
    "competitor", "disparage", "offensive", "false_claim", "persona", "markdown", "html",
    "leetspeak", "spacing", "homoglyph", "zero_width", "base64", "hex", "percent", "rot13",
    "reversed", "third_language", "hidden", "indirect", "output_hijack", "fake_policy",
]

GENRES = [
    "marketing", "customer_instructions", "care", "review", "product", "faq", "promo", "link",
    "guideline", "brief", "legal", "codes_and_ids", "markup", "tech_mention",
]
# Genres that get the four extra benign texts per language (rotating).
EXTRA_GENRES = [
    "marketing", "customer_instructions", "review", "guideline", "brief", "tech_mention",
    "faq", "product", "care", "legal", "promo", "codes_and_ids",
]

PLAIN = {
    "override", "role_spoof", "exfiltration", "insert_url", "insert_code", "insert_phone", "price",
    "competitor", "disparage", "offensive", "false_claim", "persona", "markdown", "html", "hidden",
    "indirect", "output_hijack", "fake_policy",
}
ENCODED = {"base64", "hex", "percent", "rot13", "reversed"}
VISUAL = {"leetspeak", "spacing", "homoglyph", "zero_width"}
# Wrapped goals that are in English in about 30 % of the non-English carriers.
EN_MIX = {"role_spoof", "html", "markdown", "hidden"}
# Plain sentences that may also travel as a URL slug in a link field.
SLUGGABLE = {"override", "insert_url", "insert_code", "insert_phone", "price", "exfiltration"}

FIELDS = {
    "override": ["description", "review", "doc_chunk", "title", "brief", "link"],
    "role_spoof": ["description", "review", "doc_chunk", "brief"],
    "exfiltration": ["description", "review", "doc_chunk", "brief", "title"],
    "insert_url": ["description", "review", "doc_chunk", "link", "title"],
    "insert_code": ["description", "review", "doc_chunk", "title", "brief"],
    "insert_phone": ["description", "review", "doc_chunk", "link"],
    "price": ["description", "review", "doc_chunk", "title", "brief"],
    "competitor": ["description", "review", "doc_chunk", "brief"],
    "disparage": ["description", "review", "doc_chunk", "brief"],
    "offensive": ["description", "review", "title", "doc_chunk"],
    "false_claim": ["description", "review", "doc_chunk", "brief"],
    "persona": ["description", "review", "doc_chunk", "brief"],
    "markdown": ["description", "doc_chunk", "review", "link"],
    "html": ["description", "doc_chunk", "title", "review"],
    "leetspeak": ["description", "review", "title"],
    "spacing": ["description", "review", "title"],
    "homoglyph": ["description", "review", "title", "doc_chunk"],
    "zero_width": ["description", "review", "title", "doc_chunk"],
    "base64": ["description", "doc_chunk", "link", "review"],
    "hex": ["description", "doc_chunk", "review"],
    "percent": ["link", "description", "doc_chunk"],
    "rot13": ["description", "review", "doc_chunk"],
    "reversed": ["description", "review", "doc_chunk"],
    "third_language": ["description", "review", "doc_chunk", "title"],
    "hidden": ["description", "doc_chunk"],
    "indirect": ["description", "doc_chunk", "review"],
    "output_hijack": ["description", "review", "doc_chunk", "brief", "title"],
    "fake_policy": ["doc_chunk", "description"],
}

KEYS = ["id", "text", "label", "technique", "lang", "field"]
FIELD_NAMES = {"brief", "title", "description", "review", "doc_chunk", "link"}


class Picker:
    """Cycles through a list in a seeded shuffled order, so a split uses every item before repeating."""

    def __init__(self, rng):
        self.rng = rng
        self.state = {}

    def pick(self, key, items):
        st = self.state.get(key)
        if st is None or st[1] >= len(st[0]):
            order = list(items)
            self.rng.shuffle(order)
            st = [order, 0]
            self.state[key] = st
        item = st[0][st[1]]
        st[1] += 1
        return item


class Builder:
    def __init__(self, name, h, seed):
        self.name = name
        self.h = h
        self.rng = random.Random(seed)
        self.pk = Picker(self.rng)

    # ------------------------------------------------------------ helpers

    def half(self, items):
        return C.half(items, self.h)

    def pick(self, key, items):
        return self.pk.pick(key, self.half(items))

    def slots(self, lang):
        bank = BANKS[lang]
        prod = self.pick((lang, "products"), bank.PRODUCTS)
        rng = self.rng
        s = {
            "product": prod["name"], "full": prod["full"], "brand": prod["brand"], "cat": prod["cat"],
            "price": prod["price"], "shop_url": prod["url"],
            "competitor": rng.choice(prod["rivals"]),
            "url": rng.choice(C.INJ_URLS), "track": rng.choice(C.TRACK_URLS),
            "code": rng.choice(C.INJ_CODES), "phone": rng.choice(C.INJ_PHONES),
            "fake_price": C.fmt_price(lang, rng.choice(C.FAKE_AMOUNTS)),
        }
        return prod, s

    def goal(self, src, slots):
        return C.render(self.pick((src, "goals"), BANKS[src].GOALS), slots)

    # --------------------------------------------------------- instruction

    def instruction(self, tech, lang, slots):
        rng = self.rng
        bank = BANKS[lang]
        if tech in PLAIN:
            src = lang
            if tech in EN_MIX and lang != "en" and rng.random() < 0.3:
                src = "en"
            tpl_lang = src if tech == "hidden" else lang
            tpl = self.pick((tpl_lang, "tech", tech), BANKS[tpl_lang].TECH[tech])
            g = self.goal(src, slots)
            return C.render(tpl, dict(slots, goal=g, goal_lc=C.lower_first(g)))
        if tech == "third_language":
            others = [l for l in LANGS if l != lang]
            other = self.pk.pick((lang, "third_lang"), others)
            ob = BANKS[other]
            pool = self.half(ob.CORE) + self.half(ob.GOALS)
            return C.render(self.pk.pick((other, "third_pool"), pool), slots)
        core = C.render(self.pick((lang, "core"), bank.CORE), slots)
        if tech == "leetspeak":
            payload = C.leet(core, self.pick(("mode", tech), range(len(C.LEET_TABLES))), rng)
        elif tech == "spacing":
            payload = C.spaced(core, self.pick(("mode", tech), C.SPACING_MODES), rng)
        elif tech == "homoglyph":
            payload = C.homoglyph(core, self.pick(("mode", tech), range(len(C.HOMOGLYPH_MODES))), rng)
        elif tech == "zero_width":
            payload = C.zero_width(core, self.pick(("mode", tech), C.ZW_MODES), rng)
        elif tech == "base64":
            payload = C.b64(core, self.pick(("mode", tech), C.B64_MODES))
        elif tech == "hex":
            payload = C.hexenc(core, self.pick(("mode", tech), C.HEX_MODES))
        elif tech == "percent":
            payload = C.pct(core, self.pick(("mode", tech), C.PCT_MODES), rng)
        elif tech == "rot13":
            payload = C.rot13(core)
        elif tech == "reversed":
            payload = C.reverse(core, self.pick(("mode", tech), C.REV_MODES))
        else:
            raise ValueError(tech)
        lead_key = tech if tech in ENCODED else "obf"
        lead = self.pick((lang, "lead", lead_key), bank.LEADINS[lead_key])
        return C.render(lead, dict(slots, payload=payload))

    # ------------------------------------------------------------ carriers

    @staticmethod
    def assemble(sents, pos, inj, style):
        items = sents[:pos] + [inj] + sents[pos:]
        if style == "bullets" and "\n" not in inj:
            return "\n".join("• " + s for s in items)
        if style == "lines":
            return "\n".join(items)
        before, after = " ".join(sents[:pos]), " ".join(sents[pos:])
        parts = [p for p in (before, inj, after) if p]
        return ("\n\n" if "\n" in inj else " ").join(parts)

    def carrier(self, field, tech, inj, lang, prod, slots, long=False):
        rng = self.rng
        bank = BANKS[lang]
        inj = inj.strip("\n")
        if field == "description":
            facts = [C.render(f, slots) for f in prod["facts"]]
            if long:
                sents = facts
                pos = rng.randint(2, len(sents) - 2)
                style = rng.choice(["para", "para", "lines"])
            else:
                n = rng.randint(1, min(4, len(facts)))
                sents = [facts[i] for i in sorted(rng.sample(range(len(facts)), n))]
                pos = rng.randint(0, len(sents))
                style = rng.choice(["para", "para", "para", "lines", "bullets"])
            text = self.assemble(sents, pos, inj, style)
            if rng.random() < 0.2:
                text = prod["full"] + "\n\n" + text
            return text
        if field == "review":
            k = rng.choice([0, 1, 1, 2, 2, 3])
            sents = rng.sample(self.half(bank.REVIEWS), k)
            text = self.assemble(sents, rng.randint(0, k), inj, "para")
            if rng.random() < 0.6:
                text = self.pick((lang, "ratings"), bank.RATINGS) + "\n" + text
            return text
        if field == "doc_chunk":
            head, sents = self.pick((lang, "docs"), bank.DOCS)
            if not long:
                pos = rng.randint(0, len(sents))
                return head + "\n\n" + self.assemble(list(sents), pos, inj, "para")
            head2, sents2 = self.pick((lang, "docs"), bank.DOCS)
            if head2 == head:
                head2, sents2 = self.pick((lang, "docs"), bank.DOCS)
            allsents = list(sents) + list(sents2)
            pos = rng.randint(2, len(allsents) - 2)
            first = list(sents)
            second = list(sents2)
            if pos <= len(first):
                p1 = self.assemble(first, pos, inj, "para")
                p2 = " ".join(second)
            else:
                p1 = " ".join(first)
                p2 = self.assemble(second, pos - len(first), inj, "para")
            return f"{head}\n\n{p1}\n\n{head2}\n\n{p2}"
        if field == "title":
            tpl = self.pick((lang, "titles"), bank.TITLES)
            return C.render(tpl, dict(slots, inj=inj.replace("\n", " ")))
        if field == "brief":
            sents = [C.render(s, slots) for s in self.pick((lang, "briefs"), bank.BRIEFS)]
            pos = rng.randint(1, len(sents))
            return self.assemble(sents, pos, inj, rng.choice(["para", "para", "lines"]))
        if field == "link":
            if tech == "percent" and "://" in inj:
                return inj
            pool = self.half(bank.LINKS)
            if tech not in SLUGGABLE:
                pool = [t for t in pool if "{slug}" not in t]
            tpl = self.pk.pick((lang, "links", tech in SLUGGABLE), pool)
            return C.render(tpl, dict(slots, inj=inj, slug=C.slug(inj)))
        raise ValueError(field)

    # ------------------------------------------------------------- records

    def injection(self, tech, lang):
        prod, slots = self.slots(lang)
        inj = self.instruction(tech, lang, slots)
        field = self.pk.pick((lang, "field", tech), FIELDS[tech])
        text = self.carrier(field, tech, inj, lang, prod, slots, long=(tech == "hidden"))
        return {"text": text, "label": "injection", "technique": tech, "lang": lang, "field": field}

    def several(self, key, items, k, sep):
        got = []
        for _ in range(k * 3):
            it = self.pick(key, items)
            if it not in got:
                got.append(it)
            if len(got) == k:
                break
        return sep.join(got)

    def pad(self, text, field, lang, prod, slots):
        """Set a benign line in the same carriers the injections use: product facts or a title."""
        rng = self.rng
        if field == "description" and rng.random() < 0.7:
            facts = [C.render(f, slots) for f in prod["facts"]]
            n = rng.randint(1, 4)
            sents = [facts[i] for i in sorted(rng.sample(range(len(facts)), n))]
            return self.assemble(sents, rng.randint(0, n), text, rng.choice(["para", "para", "lines"]))
        if field == "title" and rng.random() < 0.7:
            tpl = self.pick((lang, "titles"), BANKS[lang].TITLES)
            return C.render(tpl, dict(slots, inj=text))
        return text

    def benign(self, genre, lang):
        rng = self.rng
        bank = BANKS[lang]
        prod, slots = self.slots(lang)
        key = (lang, "benign", genre)
        if genre == "product":
            facts = [C.render(f, slots) for f in prod["facts"]]
            n = rng.randint(2, len(facts))
            sents = [facts[i] for i in sorted(rng.sample(range(len(facts)), n))]
            style = rng.choice(["para", "para", "lines", "bullets", "titled"])
            if style == "bullets":
                text = "\n".join("• " + s for s in sents)
            elif style == "lines":
                text = "\n".join(sents)
            elif style == "titled":
                text = prod["full"] + "\n\n" + " ".join(sents)
            else:
                text = " ".join(sents)
            return {"text": text, "field": "description"}
        if genre == "review":
            core = C.render(self.pick(key, bank.BENIGN["review"]), slots)
            k = rng.choice([0, 1, 2, 3])
            sents = rng.sample(self.half(bank.REVIEWS), k) if k else []
            sents.insert(rng.randint(0, len(sents)), core)
            text = " ".join(sents)
            if rng.random() < 0.6:
                text = self.pick((lang, "ratings"), bank.RATINGS) + "\n" + text
            return {"text": text, "field": "review"}
        if genre in ("marketing", "customer_instructions", "care", "faq", "legal", "tech_mention"):
            field = rng.choice(["description", "doc_chunk"])
            if field == "doc_chunk":
                k = rng.choice([1, 2, 3, 3])
            elif genre in ("marketing", "legal"):
                k = 2 if rng.random() < 0.3 else 1
            else:
                k = rng.choice([1, 2, 2, 3])
            sep = "\n\n" if genre == "faq" else " "
            text = C.render(self.several(key, bank.BENIGN[genre], k, sep), slots)
            if genre == "marketing" and k == 1 and len(text) < 70 and rng.random() < 0.5:
                field = "title"
            if field == "doc_chunk":
                text = self.pick((lang, "bhead", genre), bank.BHEAD[genre]) + "\n\n" + text
            if genre not in ("marketing", "legal"):
                return {"text": text, "field": field}
            return {"text": self.pad(text, field, lang, prod, slots), "field": field}
        if genre == "guideline":
            k = rng.choice([1, 2, 3, 4])
            rules = [C.render(r, slots) for r in self.several(key, bank.BENIGN[genre], k, "\x00").split("\x00")]
            head = self.pick((lang, "bhead", genre), bank.BHEAD[genre])
            if k == 1 and rng.random() < 0.5:
                text = head + "\n\n" + rules[0]
            else:
                text = head + "\n\n" + "\n".join("- " + r for r in rules)
            return {"text": text, "field": "doc_chunk"}
        if genre == "codes_and_ids":
            vals = C.id_values(rng)
            text = C.render(self.pick(key, bank.BENIGN[genre]), dict(slots, **vals))
            field = rng.choice(["description", "doc_chunk"])
            if field == "doc_chunk":
                text = self.pick((lang, "bhead", genre), bank.BHEAD[genre]) + "\n\n" + text
            return {"text": self.pad(text, field, lang, prod, slots), "field": field}
        if genre == "promo":
            k = 2 if rng.random() < 0.3 else 1
            text = C.render(self.several(key, bank.BENIGN[genre], k, " "), slots)
            field = rng.choice(["description", "description", "title"] if k == 1 else ["description"])
            return {"text": self.pad(text, field, lang, prod, slots), "field": field}
        if genre == "brief" and rng.random() < 0.4:
            # the same brief carriers the injections sit in, on their own
            sents = [C.render(x, slots) for x in self.pick((lang, "briefs"), bank.BRIEFS)]
            return {"text": (" " if rng.random() < 0.6 else "\n").join(sents), "field": "brief"}
        tpl = self.pick(key, bank.BENIGN[genre])
        text = C.render(tpl, slots)
        if genre == "link":
            field = "link"
        elif genre == "brief":
            field = "brief"
        elif genre == "markup":
            field = rng.choice(["description", "doc_chunk"])
        else:
            raise ValueError(genre)
        return {"text": text, "field": field}

    # --------------------------------------------------------------- split

    def build(self, seen):
        records = []
        for li, lang in enumerate(LANGS):
            tcount = {t: 2 for t in TECHNIQUES}
            for k in range(4):
                tcount[TECHNIQUES[(li * 4 + k + self.h * 12) % len(TECHNIQUES)]] += 1
            gcount = {g: 4 for g in GENRES}
            for k in range(4):
                gcount[EXTRA_GENRES[(li * 4 + k + self.h * 6) % len(EXTRA_GENRES)]] += 1
            assert sum(tcount.values()) == 60 and sum(gcount.values()) == 60
            for tech in TECHNIQUES:
                for _ in range(tcount[tech]):
                    records.append(self.unique(seen, lambda: self.injection(tech, lang)))
            for genre in GENRES:
                for _ in range(gcount[genre]):
                    def make():
                        r = self.benign(genre, lang)
                        return {"text": r["text"], "label": "benign", "technique": genre, "lang": lang,
                                "field": r["field"]}
                    records.append(self.unique(seen, make))
        self.rng.shuffle(records)
        out = []
        for i, r in enumerate(records, 1):
            rec = {"id": f"inj-{self.name}-{i:04d}"}
            rec.update(r)
            out.append({k: rec[k] for k in KEYS})
        return out

    @staticmethod
    def unique(seen, make):
        for _ in range(60):
            r = make()
            if r["text"] not in seen:
                seen.add(r["text"])
                return r
        raise RuntimeError(f"could not make a new text for {r['label']} {r['technique']} {r['lang']}")


def check(name, records):
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), f"{name}: duplicate ids"
    for r in records:
        assert list(r.keys()) == KEYS, f"{name}: keys {list(r.keys())}"
        assert r["label"] in ("injection", "benign"), r
        assert r["lang"] in LANGS, r
        assert r["field"] in FIELD_NAMES, r
        assert isinstance(r["text"], str) and r["text"].strip(), r
        names = TECHNIQUES if r["label"] == "injection" else GENRES
        assert r["technique"] in names, r
    per = Counter((r["label"], r["lang"]) for r in records)
    for lang in LANGS:
        assert per[("injection", lang)] == 60, (name, lang, per)
        assert per[("benign", lang)] == 60, (name, lang, per)


def summary(name, records):
    print(f"== {name}: {len(records)} records "
          f"({sum(r['label'] == 'injection' for r in records)} injection, "
          f"{sum(r['label'] == 'benign' for r in records)} benign)")
    for label, names in (("injection", TECHNIQUES), ("benign", GENRES)):
        cnt = Counter((r["technique"], r["lang"]) for r in records if r["label"] == label)
        print(f"  {label:<22}" + "".join(f"{l:>4}" for l in LANGS) + "   all")
        for t in names:
            row = [cnt[(t, l)] for l in LANGS]
            print(f"  {t:<22}" + "".join(f"{c:>4}" for c in row) + f"{sum(row):>6}")
    fields = Counter((r["label"], r["field"]) for r in records)
    print("  fields: " + ", ".join(f"{lab}/{f}={fields[(lab, f)]}"
                                     for lab in ("injection", "benign") for f in sorted(FIELD_NAMES)))


def main():
    seen = set()
    for name, h, seed in SPLITS:
        records = Builder(name, h, seed).build(seen)
        check(name, records)
        path = os.path.join(OUT_DIR, f"{name}.jsonl")
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        summary(name, records)
        print(f"  wrote {os.path.relpath(path, ROOT)}")


if __name__ == "__main__":
    main()
