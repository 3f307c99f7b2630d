"""Eleventh PII bank: dev11 and heldout11, 500 English + 500 German texts each.

    python3 scripts/guard-evals/pii11.py

Per split and language: 400 texts with personal data (30 genres) and 100 without (10 genres,
with look-alikes). Every template, phrase and layout list is cut into halves by position (even
positions: dev11, odd positions: heldout11), so the two splits share no template. Seeds: 18801
(dev11 en), 18802 (dev11 de), 18901 (heldout11 en), 18902 (heldout11 de). The output is the same
bytes on every run, whatever PYTHONHASHSEED is.
"""

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import common  # noqa: E402
import pii11_core as C  # noqa: E402
import pii11_data as D  # noqa: E402
import pii11_de  # noqa: E402
import pii11_en  # noqa: E402

ROOT = HERE.parent.parent
OUT = ROOT / "evals" / "guard" / "pii"
SPLITS = ["dev11", "heldout11"]
LANGS = ["en", "de"]
MODULES = {"en": pii11_en, "de": pii11_de}
SEEDS = {("dev11", "en"): 18801, ("dev11", "de"): 18802, ("heldout11", "en"): 18901, ("heldout11", "de"): 18902}
N_PII, N_CLEAN = 400, 100
TYPES = ["PERSON", "STREET_ADDRESS", "PHONE", "EMAIL", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID"]


# genres that carry the rarer types (IBAN, card, IP, tax ID) get more texts
HEAVY = {"bank_transfer": 20, "card_dispute": 20, "it_log": 20, "tax_form": 20}


def plan(rng, genres, n, fixed=None):
    """n genre names: the fixed genres get their count, the rest as even as possible (which of
    them get one more is drawn)."""
    fixed = {g: c for g, c in (fixed or {}).items() if g in genres}
    order = [g for g in genres if g not in fixed]
    rng.shuffle(order)
    base, extra = divmod(n - sum(fixed.values()), len(order))
    out = []
    for g in genres:
        if g in fixed:
            out += [g] * fixed[g]
    for i, g in enumerate(order):
        out += [g] * (base + (1 if i < extra else 0))
    return out


class Deck:
    """Template indices drawn without replacement, reshuffled when used up, so that every
    template of a half is drawn before any is drawn twice."""

    def __init__(self, rng, n):
        self.rng, self.n, self.cards = rng, n, []

    def draw(self):
        if not self.cards:
            self.cards = list(range(self.n))
            self.rng.shuffle(self.cards)
        return self.cards.pop()


def problems(text, ents, protected, clean):
    out = []
    C.check_spans(text, ents)
    if clean and ents:
        out.append("entity in a clean text")
    for e in ents:
        if e["type"] == "PERSON" and "\n" in e["value"]:
            out.append("PERSON over a line break")
    for a, b in zip(ents, ents[1:]):
        if a["type"] == b["type"] == "PERSON" and text[a["end"] : b["start"]] in (" ", ""):
            out.append("two PERSON spans one space apart")
        if a["end"] == b["start"]:
            out.append("adjacent spans")
    for v, pos in C.unlabelled_mentions(text, ents, protected):
        out.append(f"unlabelled mention {v!r} at {pos}")
    if re.search(r"\{[a-z][a-z0-9]*\.[A-Za-z]", text) or "⟨" in text or "⟩" in text or re.search(r"§[A-Z]{2}§", text):
        out.append("template syntax left in text")
    return out


class Stats:
    def __init__(self):
        self.persons = 0
        self.invented = 0
        self.locales = {}
        self.templates_used = {}
        self.retries = 0


def make_text(rng, lang, parity, module, genre, clean, seen, stats, decks):
    bank = module.CLEAN if clean else module.PII
    templates = C.half(bank[genre], parity)
    deck = decks.setdefault((genre, clean), Deck(rng, len(templates)))
    for _ in range(200):
        idx = deck.draw()
        t = templates[idx]
        region = None
        if t.startswith("§"):
            region, t = t[1:3], t[4:]
        ctx = C.Ctx(rng, lang, parity, module.PHRASES, region=region, clean=clean)
        text, ents, protected = ctx.finish(ctx.render(t))
        if problems(text, ents, protected, clean) or text in seen:
            stats.retries += 1
            continue
        seen.add(text)
        key = (genre, idx)
        stats.templates_used[key] = stats.templates_used.get(key, 0) + 1
        for p in ctx.people.values():
            stats.persons += 1
            stats.invented += p.invented
            stats.locales[p.locale] = stats.locales.get(p.locale, 0) + 1
        return text, ents
    raise SystemExit(f"no valid text for {lang}/{genre} after 200 draws")


def build(split, lang, seen):
    rng = random.Random(SEEDS[(split, lang)])
    parity = C.PARITY[split]
    module = MODULES[lang]
    items = [(g, False) for g in plan(rng, list(module.PII), N_PII, HEAVY)] + [(g, True) for g in plan(rng, list(module.CLEAN), N_CLEAN)]
    rng.shuffle(items)
    stats = Stats()
    records = []
    decks = {}
    for i, (genre, clean) in enumerate(items, 1):
        text, ents = make_text(rng, lang, parity, module, genre, clean, seen, stats, decks)
        records.append({"id": f"pii-{split}-{lang}-{i:04d}", "text": text, "lang": lang, "genre": genre, "entities": ents})
    return records, stats


def name_scan(records):
    """Capitalised words that are common given names and stand outside every span: a template
    that wrote a name literally would show here (look-alikes from D.CHECK_ALLOW are expected)."""
    import faker.providers.person.de_DE as pde
    import faker.providers.person.en_GB as pgb
    import faker.providers.person.en_US as pus

    names = set()
    for mod in (pde, pus, pgb):
        names.update(n for n in mod.Provider.first_names if len(n) > 3)
    found = {}
    for r in records:
        text, spans = r["text"], [(e["start"], e["end"]) for e in r["entities"]]
        for m in re.finditer(r"\b[A-ZÄÖÜ][a-zäöüß]+\b", text):
            if m.group() in names and m.group() not in D.CHECK_ALLOW and not any(s <= m.start() < e for s, e in spans):
                found[m.group()] = found.get(m.group(), 0) + 1
    return found


def verify(path):
    """Read a written file back and check it."""
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for r in recs:
        last = -1
        for e in r["entities"]:
            assert r["text"][e["start"] : e["end"]] == e["value"], (r["id"], e)
            assert e["start"] >= last, r["id"]
            assert e["type"] in TYPES, e
            last = e["end"]
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids))
    texts = [r["text"] for r in recs]
    assert len(texts) == len(set(texts)), "duplicate texts"
    return recs


def main():
    seen = set()
    all_stats = {}
    for split in SPLITS:
        records = []
        for lang in LANGS:
            recs, stats = build(split, lang, seen)
            records += recs
            all_stats[(split, lang)] = stats
        common.write_jsonl(OUT / f"{split}.jsonl", records)

    # ---- checks on the written files
    data = {s: verify(OUT / f"{s}.jsonl") for s in SPLITS}
    shared = set(r["text"] for r in data["dev11"]) & set(r["text"] for r in data["heldout11"])
    assert not shared, f"{len(shared)} texts in both splits"
    for s in SPLITS:
        for lang in LANGS:
            rs = [r for r in data[s] if r["lang"] == lang]
            assert len(rs) == 500, (s, lang, len(rs))
            assert sum(1 for r in rs if not r["entities"]) == N_CLEAN, (s, lang)
            assert sum(1 for r in rs if r["entities"]) == N_PII, (s, lang)
            for r in rs:
                C.check_spans(r["text"], r["entities"])
                handles = [(m.start(), m.end()) for m in re.finditer(r"@\w[\w.]*", r["text"])]
                left = C.unlabelled_mentions(r["text"], r["entities"], handles)
                assert not left, (r["id"], left)

    # template halves never overlap
    for lang, mod in MODULES.items():
        for bank in (mod.PII, mod.CLEAN):
            for g, ts in bank.items():
                assert not set(C.half(ts, 0)) & set(C.half(ts, 1)), (lang, g)
        for name, ps in mod.PHRASES.items():
            assert not set(C.half(ps, 0)) & set(C.half(ps, 1)), (lang, name)

    # ---- summary
    print("Eleventh PII bank")
    head = f"{'split':10} {'lang':4} {'texts':>5} {'noPII':>5} " + " ".join(f"{t[:8]:>8}" for t in TYPES) + f" {'all':>6}"
    print(head)
    for s in SPLITS:
        for lang in LANGS:
            rs = [r for r in data[s] if r["lang"] == lang]
            counts = {t: 0 for t in TYPES}
            for r in rs:
                for e in r["entities"]:
                    counts[e["type"]] += 1
            print(f"{s:10} {lang:4} {len(rs):5d} {sum(1 for r in rs if not r['entities']):5d} " + " ".join(f"{counts[t]:8d}" for t in TYPES) + f" {sum(counts.values()):6d}")
    for (s, lang), st in all_stats.items():
        mod = MODULES[lang]
        unused = [(g, i) for g in list(mod.PII) for i in range(len(C.half(mod.PII[g], C.PARITY[s]))) if (g, i) not in st.templates_used]
        unused += [(g, i) for g in list(mod.CLEAN) for i in range(len(C.half(mod.CLEAN[g], C.PARITY[s]))) if (g, i) not in st.templates_used]
        print(f"{s} {lang}: people {st.persons}, invented {st.invented} ({100 * st.invented / max(1, st.persons):.1f} %), "
              f"locales {len(st.locales)}, redraws {st.retries}, templates never drawn {len(unused)}")
    print("checks: offsets, order, no overlap, no unlabelled repeat of an inserted value, no duplicate texts, no text in both splits: ok")
    if "--scan" in sys.argv:
        for s in SPLITS:
            found = name_scan(data[s])
            print(f"{s}: given-name-like words outside spans:", sorted(found.items(), key=lambda x: -x[1])[:60])


if __name__ == "__main__":
    main()
