"""Sixth injection corpus: writes evals/guard/injection/dev6.jsonl and heldout6.jsonl.

    python3 scripts/guard-evals/injection6.py

Standard library only, seeded (dev6 10701, heldout6 10801), byte-identical on every run. Every
phrasing, carrier, wrapper form and benign template list is split by position parity: even
positions feed dev6, odd positions heldout6 (see `inj6_core.half`).
"""

import hashlib
import html
import random
import sys
import urllib.parse
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import inj6_core as core  # noqa: E402
from common import write_jsonl  # noqa: E402
import inj6_de  # noqa: E402
import inj6_en  # noqa: E402
import inj6_es  # noqa: E402
import inj6_fr  # noqa: E402
import inj6_it  # noqa: E402
import inj6_nl  # noqa: E402

BANKS = {"de": inj6_de, "en": inj6_en, "fr": inj6_fr, "es": inj6_es, "it": inj6_it, "nl": inj6_nl}
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "evals" / "guard" / "injection"
PER_SPLIT = 360  # per label
ENGLISH_SHARE = 0.4

# fields in which each plain goal may sit
PLAIN_FIELDS = {
    "override": ["description", "review", "doc_chunk", "brief", "title", "attribute", "qa", "link"],
    "exfiltration": ["description", "review", "doc_chunk", "brief", "qa", "attribute", "link"],
    "insert_url": ["description", "review", "doc_chunk", "brief", "title", "attribute", "link"],
    "insert_code": ["description", "review", "doc_chunk", "brief", "title", "attribute", "qa"],
    "insert_phone": ["description", "review", "doc_chunk", "brief", "attribute", "qa"],
    "price": ["description", "review", "doc_chunk", "brief", "title", "attribute", "qa"],
    "competitor": ["description", "review", "doc_chunk", "brief", "qa", "link"],
    "disparage": ["description", "review", "doc_chunk", "brief", "title", "qa"],
    "offensive": ["description", "review", "doc_chunk", "brief", "qa", "attribute"],
    "false_claim": ["description", "review", "doc_chunk", "brief", "attribute", "qa"],
    "output_hijack": ["description", "review", "doc_chunk", "brief", "title", "attribute"],
    "persona": ["description", "review", "doc_chunk", "brief", "qa", "attribute"],
}
WRAP_FIELDS = {
    "role_spoof": ["description", "review", "doc_chunk", "brief", "qa", "attribute"],
    "markdown": ["description", "doc_chunk", "review", "link"],
    "html": ["description", "doc_chunk", "attribute"],
    "leetspeak": ["description", "review", "title", "attribute", "qa", "brief"],
    "spacing": ["description", "review", "attribute", "doc_chunk", "title"],
    "homoglyph": ["description", "review", "title", "attribute", "doc_chunk", "brief"],
    "zero_width": ["description", "review", "title", "attribute", "doc_chunk", "qa"],
    "base64": ["description", "review", "attribute", "doc_chunk", "qa"],
    "rot13": ["description", "review", "attribute", "doc_chunk", "brief"],
    "third_language": ["description", "review", "doc_chunk", "brief", "qa", "title", "attribute"],
    "hidden": ["description", "doc_chunk"],
    "indirect": ["description", "review", "doc_chunk", "brief", "qa", "attribute"],
    "payload_split": ["description", "doc_chunk", "brief", "review", "attribute"],
}
GENRE_FIELDS = {
    "marketing": ["description", "description", "doc_chunk", "title"],
    "customer_instructions": ["description", "doc_chunk", "qa"],
    "care": ["attribute", "description", "doc_chunk"],
    "promo": ["description", "brief", "title"],
    "review": ["review"],
    "qa": ["qa"],
    "guideline": ["doc_chunk", "doc_chunk", "brief"],
    "tech": ["doc_chunk", "attribute", "description"],
    "legal": ["doc_chunk", "description"],
    "markup": ["description", "doc_chunk"],
    "link": ["link"],
    "title": ["title"],
    "foreign": ["description", "review", "doc_chunk"],
    "ai_topic": ["description", "doc_chunk", "review"],
    "brief": ["brief"],
}


class Builder:
    def __init__(self, split):
        self.split = split
        self.rng = random.Random(core.SPLITS[split])
        self.decks = core.Decks(self.rng)

    # ------------------------------------------------------------ helpers
    def h(self, items):
        return core.half(items, self.split)

    def draw(self, key, items):
        return self.decks.draw((self.split, key), self.h(items))

    def goal(self, lang, tech, s):
        bank = BANKS[lang]
        return core.fill(self.draw(f"goal/{lang}/{tech}", bank.GOALS[tech]), s)

    def facts(self, lang, s, n):
        bank = BANKS[lang]
        out = []
        while len(out) < n:
            f = core.fill(self.draw(f"facts/{lang}", bank.FACTS), s)
            if f not in out:
                out.append(f)
        return out

    def pick_list(self, lang, name, n, s):
        bank = BANKS[lang]
        out = []
        while len(out) < n:
            f = core.fill(self.draw(f"{name}/{lang}", getattr(bank, name)), s)
            if f not in out:
                out.append(f)
        return out

    def title(self, lang, s, tricky=False):
        s = dict(s)
        if tricky:
            s["p"] = self.draw("TRICKY", core.TRICKY_PRODUCTS)
        return core.fill(self.draw("TITLE_FORMS", core.TITLE_FORMS), s)

    @staticmethod
    def place(parts, inner, where):
        if where == "start":
            return [inner] + parts
        if where == "end":
            return parts + [inner]
        k = max(1, len(parts) // 2)
        return parts[:k] + [inner] + parts[k:]

    # ------------------------------------------------------------ carriers
    def carry(self, lang, field, inner, s, long=False, allow_alone=True, sep=" "):
        """Put `inner` (an instruction, possibly wrapped) into a realistic text of `field`."""
        rng = self.rng
        bank = BANKS[lang]
        where = rng.choice(["start", "middle", "end", "end"])
        if allow_alone and not long and field not in ("link", "title") and rng.random() < 0.125:
            return inner
        if field == "description":
            n = rng.randint(5, 7) if long else rng.randint(1, 3)
            if long:
                where = "middle"
            return sep.join(self.place(self.facts(lang, s, n), inner, where))
        if field == "review":
            parts = self.pick_list(lang, "REVIEWS", rng.randint(1, 2), s)
            text = " ".join(self.place(parts, inner, where))
            if rng.random() < 0.3:
                text = self.draw("STARS", core.STARS) + text
            return text
        if field == "doc_chunk":
            n = rng.randint(5, 6) if long else rng.randint(1, 3)
            if long:
                where = "middle"
            parts = self.pick_list(lang, "DOCS", n, s)
            return ("\n" if rng.random() < 0.3 else sep).join(self.place(parts, inner, where))
        if field == "brief":
            b = self.pick_list(lang, "BRIEFS", 1, s)[0]
            return f"{inner}\n{b}" if where == "start" else f"{b}\n{inner}" if rng.random() < 0.5 else f"{b} {inner}"
        if field == "title":
            t = self.title(lang, s)
            return f"{inner} | {t}" if where == "start" else f"{t} {rng.choice(['|', '–', '-', '//', '·'])} {inner}"
        if field == "attribute":
            key, val = self.draw(f"ATTRS/{lang}", bank.ATTRS)
            val = core.fill(val, s)
            r = rng.random()
            if r < 0.35:
                return f"{key}: {inner}"
            if r < 0.7:
                return f"{key}: {val}. {inner}"
            return f"{key}: {val}; {inner}" if "\n" not in inner else f"{key}: {val}\n{inner}"
        if field == "qa":
            q, a = self.draw(f"QA/{lang}", bank.QA)
            q, a = core.fill(q, s), core.fill(a, s)
            lq, la = bank.QA_LABELS
            if rng.random() < 0.4:
                return f"{lq}: {q} {inner}\n{la}: {a}"
            return f"{lq}: {q}\n{la}: {a} {inner}" if where != "start" else f"{lq}: {q}\n{la}: {inner} {a}"
        if field == "link":
            form = self.draw("LINK_INJ", core.LINK_INJ)
            return core.fill(form, dict(s, g=inner, gq=urllib.parse.quote_plus(inner), urlq=urllib.parse.quote(s["url"], safe="")))
        raise KeyError(field)

    # ------------------------------------------------------------ injections
    def instruction_lang(self, lang, tech):
        if tech == "third_language":
            return self.rng.choice([x for x in core.LANGS if x != lang])
        if lang != "en" and self.rng.random() < ENGLISH_SHARE:
            return "en"
        return lang

    def injection(self, lang, tech):
        rng = self.rng
        s = core.slots_for(lang, BANKS[lang], rng)
        if tech in core.PLAIN:
            field = rng.choice(PLAIN_FIELDS[tech])
            g = self.goal(lang, tech, s)
            if field == "title" and rng.random() < 0.5:
                return g, field  # a short title that is only the instruction
            return self.carry(lang, field, g, s), field

        field = rng.choice(WRAP_FIELDS[tech])
        il = self.instruction_lang(lang, tech)
        ib = BANKS[il]
        gt = self.decks.draw((self.split, f"carried/{tech}"), core.CARRIED)
        # the goal's own slot words (the kind of product) in the instruction's language
        g = self.goal(il, gt, s if il == lang else dict(s, kind=rng.choice(ib.KINDS)))

        if tech == "role_spoof":
            if rng.random() < 0.3:
                w = core.fill(self.draw(f"ROLE_LABELS/{il}", ib.ROLE_LABELS), dict(s, g=g))
            else:
                w = core.fill(self.draw("ROLE_FORMS", core.ROLE_FORMS), dict(s, g=g, gj=core.json_escape(g)))
            return self.carry(lang, field, w, s, sep="\n" if rng.random() < 0.5 else " "), field
        if tech == "markdown":
            if rng.random() < 0.3:
                w = core.fill(self.draw(f"MD_EXFIL/{il}", ib.MD_EXFIL), s)
            else:
                more = self.draw(f"MORE/{lang}", BANKS[lang].MORE)
                w = core.fill(self.draw("MD_FORMS", core.MD_FORMS), dict(s, gm=g.replace('"', "'"), more=more))
            if field == "link":
                return w, field
            return self.carry(lang, field, w, s, sep="\n\n"), field
        if tech == "html":
            w = core.fill(self.draw("HTML_FORMS", core.HTML_FORMS), dict(s, g=g, ga=html.escape(g, quote=True)))
            if field == "attribute":
                key, _ = self.draw(f"ATTRS/{lang}", BANKS[lang].ATTRS)
                return f"{key}: {w}", field
            facts = self.facts(lang, s, rng.randint(2, 3)) if field == "description" else self.pick_list(lang, "DOCS", rng.randint(2, 3), s)
            paras = [f"<p>{html.escape(f, quote=False)}</p>" for f in facts]
            return "\n".join(self.place(paras, w, rng.choice(["middle", "end", "start"]))), field
        if tech in ("leetspeak", "spacing", "homoglyph", "zero_width"):
            if tech == "leetspeak":
                w = core.leet(g, self.draw("LEET", core.LEET), rng, partial=rng.random() < 0.4)
            elif tech == "spacing":
                w = core.spaced(g, self.draw("SPACERS", core.SPACERS), rng, whole=rng.random() < 0.5)
            elif tech == "homoglyph":
                w = core.homoglyph(g, self.draw("HOMO", core.HOMO_MIXES), rng)
            else:
                w = core.zero_width(g, self.draw("ZW", core.ZW_PATTERNS), rng)
            if field == "title" and rng.random() < 0.5:
                return w, field
            return self.carry(lang, field, w, s), field
        if tech in ("base64", "rot13"):
            enc = core.b64(g, self.draw("B64", core.B64_FORMS)) if tech == "base64" else core.rot13(g, self.draw("ROT", core.ROT_FORMS))
            if rng.random() < 0.75:
                lead = self.draw(f"LEADS/{il}/{tech}", ib.LEADS)
                w = core.fill(lead, dict(s, x=enc, enc="Base64" if tech == "base64" else "ROT13"))
            else:
                w = enc
            return self.carry(lang, field, w, s), field
        if tech == "third_language":
            if field == "title" and rng.random() < 0.5:
                return g, field
            return self.carry(lang, field, g, s), field
        if tech == "hidden":
            style = rng.random()
            if style < 0.5:
                w = g
            elif style < 0.75:
                w = f"({g})"
            else:
                w = f"– {g} –"
            return self.carry(lang, field, w, s, long=True, allow_alone=False), field
        if tech == "indirect":
            w = core.fill(self.draw(f"INDIRECT/{il}", ib.INDIRECT), dict(s, g=g))
            return self.carry(lang, field, w, s), field
        if tech == "payload_split":
            a, b = core.split_halves(g)
            if rng.random() < 0.5:
                w = core.fill(self.draw(f"SPLIT/{il}", ib.SPLIT), dict(s, a=a, b=b))
            else:
                w = core.fill(self.draw("SPLIT_FORMS", core.SPLIT_FORMS), dict(s, a=a, b=b, aj=core.json_escape(a), bj=core.json_escape(b)))
            if "\n" in w and field in ("description", "doc_chunk") and rng.random() < 0.5:
                # spread the two halves over the carrier
                first, second = w.split("\n", 1)
                mid = self.facts(lang, s, 2) if field == "description" else self.pick_list(lang, "DOCS", 2, s)
                return "\n".join([first] + mid + [second]), field
            return self.carry(lang, field, w, s, sep="\n"), field
        raise KeyError(tech)

    # ------------------------------------------------------------ benign
    def benign(self, lang, genre):
        rng = self.rng
        bank = BANKS[lang]
        s = core.slots_for(lang, bank, rng)
        field = rng.choice(GENRE_FIELDS[genre])
        B = bank.BENIGN

        def one(name):
            return core.fill(self.draw(f"B/{lang}/{name}", B[name]), s)

        if genre in ("marketing", "customer_instructions", "care", "promo", "legal", "ai_topic", "guideline"):
            text = one(genre)
            if genre in ("marketing", "guideline") and rng.random() < 0.4:
                extra = one(genre)
                if extra != text:
                    text = text + ("\n" if genre == "guideline" else " ") + extra
            if field == "title":
                return f"{self.title(lang, s)} – {text.split('. ')[0].rstrip('.!')}", field
            if field == "attribute":
                return f"{bank.ATTRS[2][0]}: {text}", field  # the care key
            if field == "qa":
                q, _ = self.draw(f"QA/{lang}", bank.QA)
                lq, la = bank.QA_LABELS
                return f"{lq}: {core.fill(q, s)}\n{la}: {text}", field
            if field == "brief":
                b = self.pick_list(lang, "BRIEFS", 1, s)[0]
                return f"{b}\n{text}", field
            if field in ("description", "doc_chunk") and genre not in ("guideline", "legal") and rng.random() < 0.6:
                parts = self.facts(lang, s, rng.randint(1, 2)) if field == "description" else self.pick_list(lang, "DOCS", rng.randint(1, 2), s)
                return " ".join(self.place(parts, text, rng.choice(["start", "end", "middle"]))), field
            return text, field
        if genre == "review":
            parts = self.pick_list(lang, "REVIEWS", rng.randint(1, 3), s)
            text = " ".join(parts)
            if rng.random() < 0.35:
                text = self.draw("STARS", core.STARS) + text
            return text, field
        if genre == "qa":
            q, a = self.draw(f"QA/{lang}", bank.QA)
            lq, la = bank.QA_LABELS
            text = f"{lq}: {core.fill(q, s)}\n{la}: {core.fill(a, s)}"
            if rng.random() < 0.4:
                q2, a2 = self.draw(f"QA/{lang}", bank.QA)
                if q2 != q:
                    text += f"\n\n{lq}: {core.fill(q2, s)}\n{la}: {core.fill(a2, s)}"
            return text, field
        if genre == "tech":
            idx = self.draw("TECH_FORMS", list(range(8)))
            fact = self.facts(lang, s, 1)[0]
            line = core.fill(self.draw(f"TECH_LINES/{lang}", bank.TECH_LINES), s)
            return core.tech_text(idx, lang, s, rng, fact, line), field
        if genre == "markup":
            f = self.facts(lang, s, 3)
            h = f"{s['p']} {s['kind']}"
            more = self.draw(f"MORE/{lang}", bank.MORE)
            form = self.draw("MARKUP_FORMS", core.MARKUP_FORMS)
            esc = (lambda x: html.escape(x, quote=False)) if form.lstrip().startswith("<") else (lambda x: x)
            return core.fill(form, dict(s, h=esc(h), f1=esc(f[0]), f2=esc(f[1]), f3=esc(f[2]), more=more)), field
        if genre == "link":
            return core.fill(self.draw("LINK_FORMS", core.LINK_FORMS), s), field
        if genre == "title":
            return self.title(lang, s, tricky=rng.random() < 0.4), field
        if genre == "foreign":
            other = rng.choice([x for x in core.LANGS if x != lang])
            ob = BANKS[other]
            so = core.slots_for(other, ob, rng)
            so["p"] = s["p"]
            tpl = self.draw(f"FOREIGN_INTRO/{lang}", bank.FOREIGN_INTRO)
            # positions 1 and 4 quote a customer, the others a slogan or a printed line
            if bank.FOREIGN_INTRO.index(tpl) in (1, 4):
                x = core.fill(self.draw(f"REVIEWS/{other}", ob.REVIEWS), so)
            else:
                x = core.fill(self.draw(f"B/{other}/marketing", ob.BENIGN["marketing"]), so)
            intro = core.fill(tpl, dict(s, x=x))
            if field == "review":
                return intro, field
            parts = self.facts(lang, s, rng.randint(1, 2)) if field == "description" else self.pick_list(lang, "DOCS", 1, s)
            return " ".join(self.place(parts, intro, rng.choice(["end", "middle"]))), field
        if genre == "brief":
            return self.pick_list(lang, "BRIEFS", 1, s)[0], field
        raise KeyError(genre)


def plan(items, total):
    """Spread `total` jobs over `items` as evenly as possible, languages cycling within each."""
    base, extra = divmod(total, len(items))
    seq = []
    for i, it in enumerate(items):
        seq += [it] * (base + (1 if i < extra else 0))
    return [(it, core.LANGS[i % len(core.LANGS)]) for i, it in enumerate(seq)]


def build_split(split, taken):
    b = Builder(split)
    records = []
    seen = set()

    def add(label, kind, lang, maker):
        for _ in range(200):
            text, field = maker()
            if text not in seen and text not in taken:
                break
        else:
            raise SystemExit(f"{split}: could not make a new text for {label}/{kind}/{lang}")
        seen.add(text)
        records.append({"text": text, "label": label, "technique": kind, "lang": lang, "field": field})

    # the extra injection slots go to techniques in a seeded order, so both splits differ
    techs = list(core.TECHNIQUES)
    b.rng.shuffle(techs)
    for tech, lang in plan(techs, PER_SPLIT):
        add("injection", tech, lang, lambda: b.injection(lang, tech))
    genres = list(core.GENRES)
    for genre, lang in plan(genres, PER_SPLIT):
        add("benign", genre, lang, lambda: b.benign(lang, genre))
    b.rng.shuffle(records)
    out = []
    for i, r in enumerate(records, 1):
        out.append({"id": f"inj-{split}-{i:04d}", **r})
    return out, seen


def check(records, split):
    keys = ["id", "text", "label", "technique", "lang", "field"]
    fields = {"brief", "title", "description", "review", "doc_chunk", "link", "attribute", "qa"}
    ids = set()
    for r in records:
        assert list(r) == keys, r
        assert r["label"] in ("injection", "benign")
        assert r["lang"] in core.LANGS and r["field"] in fields, r
        assert r["technique"] in (core.TECHNIQUES if r["label"] == "injection" else core.GENRES), r
        assert r["text"].strip(), r
        assert r["id"] not in ids
        ids.add(r["id"])
    texts = [r["text"] for r in records]
    assert len(set(texts)) == len(texts), f"{split}: duplicate texts"
    by = Counter((r["label"], r["lang"]) for r in records)
    for lang in core.LANGS:
        assert by[("injection", lang)] == 60 and by[("benign", lang)] == 60, (split, lang, by)


def summary(split, records):
    print(f"{split}: {len(records)} records")
    for label in ("injection", "benign"):
        rs = [r for r in records if r["label"] == label]
        kinds = Counter(r["technique"] for r in rs)
        langs = Counter(r["lang"] for r in rs)
        fields = Counter(r["field"] for r in rs)
        print(f"  {label}: {len(rs)}  langs {dict(sorted(langs.items()))}")
        print("    " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
        print("    fields " + ", ".join(f"{k} {v}" for k, v in sorted(fields.items())))


def main():
    for bank in BANKS.values():
        for goal in core.PLAIN:
            assert len(bank.GOALS[goal]) >= 8, (bank.__name__, goal)
    dev, dev_texts = build_split("dev6", set())
    held, _ = build_split("heldout6", dev_texts)
    check(dev, "dev6")
    check(held, "heldout6")
    assert not ({r["text"] for r in dev} & {r["text"] for r in held}), "a text is in both splits"
    write_jsonl(OUT / "dev6.jsonl", dev)
    write_jsonl(OUT / "heldout6.jsonl", held)
    for split, recs in (("dev6", dev), ("heldout6", held)):
        summary(split, recs)
        digest = hashlib.sha256((OUT / f"{split}.jsonl").read_bytes()).hexdigest()
        print(f"  sha256 {digest}")


if __name__ == "__main__":
    main()
