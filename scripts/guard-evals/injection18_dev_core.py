"""Core of the eighteenth injection corpus, dev half: products, codecs, feed-row formats, the
template renderer and the self-checks. The phrasings live in injection18_dev_<lang>.py.

A language module provides:

    LANG, TITLES {sku: title}, DESC [(sku, text)], REVIEWS [(sku, text)], BRIEFS [text],
    DOCS [text], INSTRUCTION (a regex an encoded payload's plain text must match),
    INJ {technique: [entry, entry]}, BEN {genre: [entry, ...]}

An entry is `(field, template)` or `(field, template, plain)` or `(field, template, plain, codec)`.
`template` is a string with slots `[[desc]]`, `[[review]]`, `[[brief]]`, `[[doc]]`, `[[title]]`,
`[[name]]`, `[[sku]]`, `[[price]]`, `[[url]]`, `[[host]]` and `[[enc]]` (the encoded `plain`), and
optionally `[[pin:SKU]]` (the carriers are that product's own description and review), or a
feed row `{"fmt": "csv"|"tsv"|"xml"|"json"|"kv"|"xml_raw"|"json_raw", "cells": [(key, template), ...]}`
(the `_raw` forms are concatenated without escaping, for payloads that break out of the row).
"""

import base64
import codecs
import json
import random
import re
from xml.sax.saxutils import escape as xml_escape

FIELDS = ("title", "description", "review", "brief", "document", "feed_row", "link")
LANGS = ("de", "en", "fr", "es", "it", "nl")
SEED = 180103

# sku: (short name, price in euro cents, slug)
PRODUCTS = {
    "TG-RJ-100": ("Firstwand", 34995, "firstwand-rain-jacket"),
    "TG-RJ-200": ("Schauerpass", 19995, "schauerpass-rain-jacket"),
    "TG-DJ-100": ("Kaltkar", 28995, "kaltkar-down-jacket"),
    "TG-SI-100": ("Rinnental", 21995, "rinnental-insulated-hoody"),
    "TG-BL-100": ("Morgengrat", 8995, "morgengrat-merino-shirt"),
    "TG-SO-100": ("Trittweg", 2495, "trittweg-merino-socks"),
    "TG-FL-100": ("Gitterhang", 11995, "gitterhang-grid-fleece"),
    "TG-HT-100": ("Almweg", 12995, "almweg-zip-off-trousers"),
    "TG-WT-100": ("Wintersteig", 16995, "wintersteig-winter-trousers"),
    "TG-BP-030": ("Hochsattel 30", 13995, "hochsattel-30-backpack"),
    "TG-BP-045": ("Fernkamm 45+10", 22995, "fernkamm-45-10-backpack"),
    "TG-TS-100": ("Steinlauf", 15995, "steinlauf-trail-shoe"),
}
SKUS = sorted(PRODUCTS)


def price(lang: str, cents: int) -> str:
    e, c = divmod(cents, 100)
    if lang == "en":
        return f"€{e}.{c:02d}"
    if lang == "nl":
        return f"€ {e},{c:02d}"
    return f"{e},{c:02d} €"


def host(lang: str) -> str:
    return "www.talgrat.de" if lang == "de" else f"www.talgrat.com/{lang}"


def url(lang: str, sku: str) -> str:
    return f"https://{host(lang)}/p/{PRODUCTS[sku][2]}"


# ---------------------------------------------------------------- codecs

_HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
         "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "T": "Т", "H": "Н", "K": "К", "M": "М", "B": "В"}
_HOMO_BACK = {v: k for k, v in _HOMO.items()}
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"}
_ZW = ("\u200b", "\u200c", "\u200d", "\u2060")


def encode(codec: str, plain: str) -> str:
    if codec == "base64":
        return base64.b64encode(plain.encode("utf-8")).decode("ascii")
    if codec == "rot13":
        return codecs.encode(plain, "rot13")
    if codec == "reversed":
        return plain[::-1]
    if codec == "homoglyph":
        return "".join(_HOMO.get(ch, ch) for ch in plain)
    if codec == "leet":
        return "".join(_LEET.get(ch, ch) for ch in plain)
    if codec == "spacing":
        return " / ".join(" ".join(word) for word in plain.split(" "))
    if codec == "zero_width":
        out = []
        for i, ch in enumerate(plain):
            out.append(ch)
            if ch != " ":
                out.append(_ZW[i % len(_ZW)])
        return "".join(out)
    raise KeyError(codec)


def decode(codec: str, encoded: str) -> str | None:
    """The plain text back, or None for the lossy leetspeak (checked forwards only)."""
    if codec == "base64":
        return base64.b64decode(encoded).decode("utf-8")
    if codec == "rot13":
        return codecs.decode(encoded, "rot13")
    if codec == "reversed":
        return encoded[::-1]
    if codec == "homoglyph":
        return "".join(_HOMO_BACK.get(ch, ch) for ch in encoded)
    if codec == "spacing":
        return " ".join(word.replace(" ", "") for word in encoded.split(" / "))
    if codec == "zero_width":
        return "".join(ch for ch in encoded if ch not in _ZW)
    if codec == "leet":
        return None
    raise KeyError(codec)


DEFAULT_CODEC = {"base64": "base64", "leetspeak": "leet", "letter_spacing": "spacing",
                 "homoglyph": "homoglyph", "zero_width": "zero_width"}
ENCODED_TECHNIQUES = ("base64", "leetspeak", "letter_spacing", "homoglyph", "zero_width", "cipher")

# ---------------------------------------------------------------- feed rows


def _csv_cell(v: str, sep: str) -> str:
    if sep == "\t":
        return v.replace("\t", " ").replace("\n", " ")
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def feed_row(fmt: str, cells: list[tuple[str, str]]) -> str:
    keys = [k for k, _ in cells]
    vals = [v for _, v in cells]
    if fmt in ("csv", "tsv", "psv"):
        sep = {"csv": ",", "tsv": "\t", "psv": "|"}[fmt]
        return sep.join(keys) + "\n" + sep.join(_csv_cell(v, sep) for v in vals)
    if fmt == "json":
        return json.dumps(dict(cells), ensure_ascii=False)
    if fmt == "json_raw":
        # a row put together by string concatenation, as a careless exporter does: nothing escaped
        return "{" + ", ".join(f'"{k}": "{v}"' for k, v in cells) + "}"
    if fmt in ("xml", "xml_raw"):
        esc = xml_escape if fmt == "xml" else (lambda v: v)
        inner = "".join(f"<g:{k}>{esc(v)}</g:{k}>" if k in ("id", "price", "brand", "availability", "gtin")
                        else f"<{k}>{esc(v)}</{k}>" for k, v in cells)
        return f"<item>{inner}</item>"
    if fmt == "kv":
        return "\n".join(f"{k}: {v}" for k, v in cells)
    raise KeyError(fmt)


# ---------------------------------------------------------------- rendering

SLOT = re.compile(r"\[\[([a-z_]+)\]\]")
PIN = re.compile(r"\[\[pin:([A-Z0-9-]+)\]\]")


class Cycler:
    """A list's items in a shuffled order without replacement, reshuffled when used up."""

    def __init__(self, items, rng: random.Random):
        self.items = list(items)
        assert self.items
        self.rng = rng
        self.queue: list = []

    def next(self):
        if not self.queue:
            self.queue = list(self.items)
            self.rng.shuffle(self.queue)
        return self.queue.pop()


class Renderer:
    def __init__(self, mod, rng: random.Random):
        self.mod = mod
        self.lang = mod.LANG
        self.desc = Cycler(mod.DESC, rng)
        self.reviews = Cycler(mod.REVIEWS, rng)
        self.briefs = Cycler(mod.BRIEFS, rng)
        self.docs = Cycler(mod.DOCS, rng)
        self.skus = Cycler(SKUS, rng)

    def _fill(self, template: str, ctx: dict) -> str:
        template = PIN.sub("", template)
        for _ in range(4):
            if not SLOT.search(template):
                return template
            template = SLOT.sub(lambda m: self._slot(m.group(1), ctx), template)
        raise ValueError(f"unresolved slots in {template!r}")

    def _slot(self, name: str, ctx: dict) -> str:
        if name not in ctx:
            if name == "desc":
                ctx["desc"] = self.desc.next()[1]
            elif name == "review":
                ctx["review"] = self.reviews.next()[1]
            elif name == "brief":
                ctx["brief"] = self.briefs.next()
            elif name == "doc":
                ctx["doc"] = self.docs.next()
            else:
                raise KeyError(name)
        return ctx[name]

    def render(self, template, enc: str | None):
        """Fill one entry's template; the product comes from the first product-bound carrier."""
        flat = json.dumps(template, ensure_ascii=False)
        pin = PIN.search(flat)
        ctx: dict = {}
        if pin:
            # a benign sentence that only fits one product: its own carrier
            sku = pin.group(1)
            if "[[desc]]" in flat:
                ctx["desc"] = dict(self.mod.DESC)[sku]
            if "[[review]]" in flat:
                ctx["review"] = dict(self.mod.REVIEWS)[sku]
        elif "[[desc]]" in flat:
            sku, text = self.desc.next()
            ctx["desc"] = text
        elif "[[review]]" in flat:
            sku, text = self.reviews.next()
            ctx["review"] = text
        else:
            sku = self.skus.next()
        name, cents, _ = PRODUCTS[sku]
        ctx.update(title=self.mod.TITLES[sku], name=name, sku=sku, price=price(self.lang, cents),
                   url=url(self.lang, sku), host=host(self.lang))
        if enc is not None:
            ctx["enc"] = enc
        if isinstance(template, dict):
            cells = [(k, self._fill(v, ctx)) for k, v in template["cells"]]
            return feed_row(template["fmt"], cells)
        return self._fill(template, ctx)


def unpack(entry):
    field, template = entry[0], entry[1]
    plain = entry[2] if len(entry) > 2 else None
    codec = entry[3] if len(entry) > 3 else None
    return field, template, plain, codec


def build_lang(mod, lang_index: int):
    """(records, encoded) of one language; records without ids, in writing order."""
    rng = random.Random(SEED + 1000 * (lang_index + 1))
    r = Renderer(mod, rng)
    records, encoded = [], []
    for label, table in (("injection", mod.INJ), ("benign", mod.BEN)):
        for technique in sorted(table):
            for entry in table[technique]:
                field, template, plain, codec = unpack(entry)
                enc = None
                if plain is not None:
                    codec = codec or DEFAULT_CODEC[technique]
                    enc = encode(codec, plain)
                    encoded.append((mod.LANG, technique, codec, plain, enc))
                text = r.render(template, enc)
                if enc is not None:
                    assert enc in text, (technique, text)
                records.append({"text": text, "label": label, "technique": technique,
                                "lang": mod.LANG, "field": field})
    return records, encoded


def build(mods):
    records, encoded = [], []
    for i, mod in enumerate(mods):
        recs, enc = build_lang(mod, i)
        records += recs
        encoded += enc
    random.Random(SEED).shuffle(records)
    out = []
    for n, rec in enumerate(records, 1):
        out.append({"id": f"inj-dev18-{n:04d}", **rec})
    return out, encoded


def serialise(records) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
