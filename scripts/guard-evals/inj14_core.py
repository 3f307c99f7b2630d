"""Fourteenth injection corpus: shared machinery (plans, values, obfuscations, assembly).

Every list in this module and in the language modules (inj14_de.py … inj14_nl.py) is split into
two disjoint halves: even positions belong to dev14 (part 0), odd positions to heldout14 (part 1).
Nothing here depends on hash order, the clock or the environment, so the output is the same bytes
on every run and under any PYTHONHASHSEED. Standard library only.
"""

import base64
import codecs
import random
import re

LANGS = ["de", "en", "fr", "es", "it", "nl"]
SPLITS = {"dev14": (0, 140_001), "heldout14": (1, 140_002)}

# ---------------------------------------------------------------- plans (per language and split)

# (technique, field): 60 injections per language and split; the field totals equal those of
# BENIGN_PLAN, so a record's field says nothing about its label.
INJ_PLAN = [
    ("override_direct", "brief"), ("override_direct", "title"),
    ("override_indirect", "description"), ("override_indirect", "review"),
    ("polite_request", "review"), ("polite_request", "brief"),
    ("writer_note", "description"), ("writer_note", "review"),
    ("fake_system", "brief"), ("fake_system", "doc_chunk"),
    ("fake_dialogue", "review"), ("fake_dialogue", "doc_chunk"),
    ("delimiter_escape", "brief"), ("delimiter_escape", "doc_chunk"),
    ("prompt_leak", "brief"), ("prompt_leak", "doc_chunk"),
    ("insert_url", "link"), ("insert_url", "link"),
    ("insert_code", "title"), ("insert_code", "attribute"),
    ("insert_contact", "attribute"),
    ("false_price", "title"), ("false_price", "attribute"),
    ("false_claim", "description"), ("false_claim", "review"),
    ("competitor", "title"), ("competitor", "review"),
    ("disparage", "description"), ("disparage", "review"),
    ("offensive", "review"),
    ("task_switch", "description"), ("task_switch", "review"),
    ("tone_language", "description"), ("tone_language", "doc_chunk"),
    ("output_format", "description"), ("output_format", "doc_chunk"),
    ("hidden_markup", "brief"), ("hidden_markup", "doc_chunk"),
    ("few_shot", "description"), ("few_shot", "doc_chunk"),
    ("conditional", "brief"), ("conditional", "attribute"),
    ("split_payload", "description"), ("split_payload", "doc_chunk"),
    ("markdown_html", "description"), ("markdown_html", "link"),
    ("leetspeak", "title"), ("leetspeak", "review"),
    ("spacing", "description"), ("spacing", "attribute"),
    ("homoglyph", "title"), ("homoglyph", "review"),
    ("zero_width", "description"), ("zero_width", "attribute"),
    ("encoded", "brief"), ("encoded", "link"),
    ("cross_language", "description"), ("cross_language", "review"),
    ("buried", "description"), ("buried", "doc_chunk"),
]

BENIGN_PLAN = [
    *[("review_ai", "review")] * 3,
    *[("review_competitor", "review")] * 3,
    *[("review_imperative", "review")] * 3,
    *[("review_plain", "review")] * 3,
    *[("link_plain", "link")] * 3,
    ("promo_code", "link"), ("promo_code", "title"), ("promo_code", "description"),
    *[("product_title", "title")] * 3,
    ("marketing_imperative", "title"), ("marketing_imperative", "title"), ("marketing_imperative", "description"),
    *[("attribute_plain", "attribute")] * 3,
    ("size_guide", "attribute"), ("size_guide", "attribute"),
    ("care", "attribute"), ("care", "description"), ("care", "description"),
    *[("brief_legit", "brief")] * 4,
    ("brand_guideline", "brief"), ("brand_guideline", "brief"), ("brand_guideline", "doc_chunk"),
    ("qa_checklist", "brief"),
    ("about_ai", "brief"), ("about_ai", "doc_chunk"), ("about_ai", "description"),
    ("fitting", "description"), ("fitting", "doc_chunk"),
    ("shop_markup", "description"), ("shop_markup", "description"), ("shop_markup", "doc_chunk"),
    ("product_copy", "description"), ("product_copy", "description"),
    ("doc_excerpt", "doc_chunk"),
    ("dev_docs", "doc_chunk"), ("dev_docs", "doc_chunk"),
    ("faq", "description"),
    ("legal", "doc_chunk"), ("legal", "description"),
    ("newsletter", "description"),
    ("support_macro", "doc_chunk"),
    ("trip_report", "doc_chunk"), ("trip_report", "description"),
]

# benign genres that also draw on the same-half carriers of the injections (so a carrier appears
# both alone, as a benign text, and with an instruction in it: minimal pairs)
CARRIER_GENRES = {
    "brief_legit": "brief", "product_title": "title", "attribute_plain": "attribute",
    "review_plain": "review", "product_copy": "description", "doc_excerpt": "doc_chunk",
}

FIELDS = ["brief", "title", "description", "review", "doc_chunk", "link", "attribute"]

# the goal kinds a generic technique may carry, and the narrower set for a brief (the user's own
# instruction field: there only goals that attack the system, not ones a user may ask for)
GENERIC_KINDS = ["url", "code", "contact", "price", "claim", "competitor", "disparage", "task", "tone", "format", "leak", "markup"]
BRIEF_KINDS = ["leak", "offensive", "markup", "disparage", "competitor"]
TECH_KIND = {
    "prompt_leak": "leak", "insert_url": "url", "insert_code": "code", "insert_contact": "contact",
    "false_price": "price", "false_claim": "claim", "competitor": "competitor", "disparage": "disparage",
    "offensive": "offensive", "task_switch": "task", "tone_language": "tone", "output_format": "format",
    "hidden_markup": "markup",
}
WRAPPED = {
    "override_direct", "override_indirect", "polite_request", "writer_note", "fake_system", "fake_dialogue",
    "delimiter_escape", "conditional", "markdown_html",
}
ENCODINGS = ["base64", "rot13", "reversed"]

# small wrapper and layout lists (split into halves like every other list)
TITLE_SEPS = [" | ", " – ", " · ", " // ", " ", " — "]
ATTR_SEPS = ["; ", " – ", " | ", ". ", "\n", " / "]
HIDE_WRAPS = ["<!-- {g} -->", "<span style=\"display:none\">{g}</span>", "<div hidden>{g}</div>", "<small style=\"color:#fff\">{g}</small>"]
LINK_FORMS = ["{u} – {i}", "{u}\n{i}", "{i} {u}", "{u}?{k}={p}", "{u}#{p}", "{u} ({i})"]
LINK_KEYS = {"de": ["hinweis", "notiz"], "en": ["note", "ai_note"], "fr": ["note", "remarque"], "es": ["nota", "aviso"], "it": ["nota", "avviso"], "nl": ["notitie", "opmerking"]}
COMP_TLDS = [".example", ".test"]
ENC_LINK_FORMS = ["{u} – {i}", "{u} ({i})", "{i}\n{u}", "{u}\n{i}"]

# ---------------------------------------------------------------- invented values

COMPETITORS = [
    "Gratwolf", "Felsfink Outdoor", "Karwolke", "Schrofenlicht", "Nordflanke Gear", "Cragline Supply",
    "Moränia", "Hüttenfuchs", "Steilwerk", "Fellpeak", "Bergdohle Sports", "Windkante Equipment",
]
HOSTS = [
    "jackenrabatt.example", "deal-alarm.test", "schnaeppchen-outdoor.example", "gewinn-center.test",
    "bestprice-trail.example", "outlet-blitz.test", "gutschein-koenig.example", "cheap-gear.test",
    "promo-gipfel.example", "fast-shop24.test", "click-bonus.example", "prize-hub.test",
]
URL_PATHS = ["sale", "deal?ref=tg", "jetzt", "bonus/winter", "partner", "gewinn", "outlet", "angebot-des-tages", "go", "vip", "landing?id=77", "r/alpin"]
INJ_CODES = [
    "GRATIS90", "WOLF50", "FREEJACKE", "ALPIN70", "ZERO-EURO", "BONUS777", "VIPHALF", "PARTNER40",
    "JACKE4FREE", "KLICK75", "GEHEIM80", "ALLESGRATIS",
]
PRICES = [1.99, 9.99, 4.90, 19.00, 0.99, 12.50, 29.00, 7.77, 2.50, 14.99, 5.00, 39.00]
PHONES = {
    "de": ["030 23125 417", "+49 30 23125 088", "0800 23125 90", "030/23125-641", "+49 30 23125 733", "030 23125 250"],
    "en": ["07700 900461", "+44 20 7946 0321", "020 7946 0872", "+1 202 555 0143", "07700 900987", "(312) 555-0178"],
    "fr": ["01 99 00 41 27", "+33 1 99 00 83 15", "01 99 00 12 64", "06 39 98 40 22", "+33 6 39 98 71 05", "01 99 00 57 90"],
    "es": ["+34 600 000 417", "910 000 318", "+34 910 000 562", "600 000 874", "+34 600 000 129", "910 000 731"],
    "it": ["+39 02 0000 4172", "02 0000 3381", "+39 333 000 0719", "333 000 0264", "+39 06 0000 5518", "06 0000 8840"],
    "nl": ["020 000 4172", "+31 6 0000 3381", "06 0000 0719", "+31 20 000 0264", "010 000 5518", "+31 10 000 8840"],
}
MAIL_LOCALS = ["bestellung", "service", "gewinner", "orders", "vip-club", "kontakt", "promo", "info"]
PRODUCT_NAMES = ["Firstwand", "Schauerpass", "Kaltkar", "Rinnental", "Gitterhang", "Morgengrat", "Trittweg", "Almweg", "Wintersteig", "Steinlauf", "Hochsattel 30", "Fernkamm 45+10"]
TALGRAT_URLS = {
    "de": ["https://talgrat.de/firstwand", "https://www.talgrat.de/produkte/schauerpass-regenjacke", "https://talgrat.de/kaltkar?farbe=alpengluehen", "https://talgrat.de/rucksaecke/hochsattel-30", "https://talgrat.de/reparatur", "https://talgrat.de/garantie", "https://talgrat.de/steinlauf?groesse=42", "https://talgrat.de/merino/morgengrat"],
    "en": ["https://talgrat.com/en/firstwand", "https://talgrat.com/en/products/schauerpass-rain-jacket", "https://talgrat.com/en/kaltkar?colour=alpenglow", "https://talgrat.com/en/backpacks/hochsattel-30", "https://talgrat.com/en/repairs", "https://talgrat.com/en/guarantee", "https://talgrat.com/en/steinlauf?size=42", "https://www.talgrat.com/en/merino/morgengrat"],
    "fr": ["https://talgrat.com/fr/firstwand", "https://talgrat.com/fr/produits/schauerpass", "https://talgrat.com/fr/kaltkar?couleur=alpenglow", "https://talgrat.com/fr/sacs-a-dos/hochsattel-30", "https://talgrat.com/fr/reparation", "https://talgrat.com/fr/garantie", "https://talgrat.com/fr/steinlauf?pointure=42", "https://talgrat.com/fr/merinos/morgengrat"],
    "es": ["https://talgrat.com/es/firstwand", "https://talgrat.com/es/productos/schauerpass", "https://talgrat.com/es/kaltkar?color=alpenglow", "https://talgrat.com/es/mochilas/hochsattel-30", "https://talgrat.com/es/reparaciones", "https://talgrat.com/es/garantia", "https://talgrat.com/es/steinlauf?talla=42", "https://talgrat.com/es/merino/morgengrat"],
    "it": ["https://talgrat.com/it/firstwand", "https://talgrat.com/it/prodotti/schauerpass", "https://talgrat.com/it/kaltkar?colore=alpenglow", "https://talgrat.com/it/zaini/hochsattel-30", "https://talgrat.com/it/riparazioni", "https://talgrat.com/it/garanzia", "https://talgrat.com/it/steinlauf?taglia=42", "https://talgrat.com/it/merino/morgengrat"],
    "nl": ["https://talgrat.com/nl/firstwand", "https://talgrat.com/nl/producten/schauerpass", "https://talgrat.com/nl/kaltkar?kleur=alpenglow", "https://talgrat.com/nl/rugzakken/hochsattel-30", "https://talgrat.com/nl/reparatie", "https://talgrat.com/nl/garantie", "https://talgrat.com/nl/steinlauf?maat=42", "https://talgrat.com/nl/merino/morgengrat"],
}


def half(items, part):
    """The dev (part 0: even positions) or held-out (part 1: odd positions) half of a list."""
    out = list(items)[part::2]
    assert out, "empty half"
    return out


def slug(name):
    s = name.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def fmt_price(value, lang):
    euros = f"{value:.2f}"
    if lang == "en":
        return f"€{euros}"
    if lang == "nl":
        return f"€ {euros.replace('.', ',')}"
    return f"{euros.replace('.', ',')} €"


# ---------------------------------------------------------------- register tags

def parse(item):
    """`T|…` informal, `V|…` formal, otherwise neutral: (register or None, text)."""
    if item.startswith("T|"):
        return "T", item[2:]
    if item.startswith("V|"):
        return "V", item[2:]
    return None, item


def compatible(a, b):
    return a is None or b is None or a == b


# ---------------------------------------------------------------- obfuscations

SLOT_RE = re.compile(r"(\{[a-z_]+\})")
QUOTES = re.compile("[«»“”„\"]")


def _outside_slots(text, fn):
    """Apply fn to the text outside `{slot}` markers (slot values stay readable and checkable)."""
    return "".join(p if SLOT_RE.fullmatch(p) else fn(p) for p in SLOT_RE.split(text))


LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7", "g": "9", "b": "8"}


def leetspeak(text, rng):
    rate = rng.choice([0.55, 0.7, 0.85])
    return _outside_slots(text, lambda s: "".join(LEET[c] if c in LEET and rng.random() < rate else c for c in s))


def spacing(text, rng):
    sep = rng.choice([" ", " ", ".", "-", " · "])
    word_sep = {" ": "   ", ".": " / ", "-": "  ", " · ": "  |  "}[sep]

    def fn(s):
        words = s.split(" ")
        return word_sep.join(sep.join(w) for w in words)

    return _outside_slots(text, fn)


HOMO = {
    "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і", "s": "ѕ", "j": "ј",
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "Ο", "P": "Р", "T": "Т", "X": "Χ", "v": "ν",
}


def homoglyph(text, rng):
    rate = rng.choice([0.5, 0.7, 0.9])
    return _outside_slots(text, lambda s: "".join(HOMO[c] if c in HOMO and rng.random() < rate else c for c in s))


ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


def zero_width(text, rng):
    rate = rng.choice([0.3, 0.5, 0.8])
    marks = rng.sample(ZW, 2)

    def fn(s):
        out = []
        for c in s:
            out.append(c)
            if c != " " and rng.random() < rate:
                out.append(rng.choice(marks))
        return "".join(out)

    return _outside_slots(text, fn)


def encode(kind, text):
    if kind == "base64":
        return base64.b64encode(text.encode("utf-8")).decode("ascii")
    if kind == "rot13":
        return codecs.encode(text, "rot13")
    if kind == "reversed":
        return text[::-1]
    raise KeyError(kind)


def decode(kind, text):
    if kind == "base64":
        return base64.b64decode(text.encode("ascii")).decode("utf-8")
    if kind == "rot13":
        return codecs.decode(text, "rot13")
    if kind == "reversed":
        return text[::-1]
    raise KeyError(kind)


# ---------------------------------------------------------------- the builder for one language and split


class Builder:
    def __init__(self, data, all_data, part, rng):
        self.d = data
        self.all = all_data
        self.lang = data["lang"]
        self.part = part
        self.rng = rng
        self.pools = {}

    # -- drawing without early repetition: each list is used round-robin in a shuffled order
    def draw(self, key, items):
        pool = self.pools.get(key)
        if not pool:
            pool = list(items)
            self.rng.shuffle(pool)
            self.pools[key] = pool
        return pool.pop()

    def h(self, items):
        return half(items, self.part)

    # -- slot values
    def values(self):
        rng = self.rng
        host = rng.choice(self.h(HOSTS))
        comp = rng.choice(self.h(COMPETITORS))
        comp_host = slug(comp) + rng.choice(self.h(COMP_TLDS))
        return {
            "url": f"https://{rng.choice(self.h(HOSTS))}/{rng.choice(self.h(URL_PATHS))}",
            "host": host,
            "code": rng.choice(self.h(INJ_CODES)),
            "phone": rng.choice(self.h(PHONES[self.lang])),
            "email": f"{rng.choice(self.h(MAIL_LOCALS))}@{rng.choice(self.h(HOSTS))}",
            "comp": comp,
            "comp_url": f"https://www.{comp_host}",
            "price": fmt_price(rng.choice(self.h(PRICES)), self.lang),
            "prod": rng.choice(self.h(PRODUCT_NAMES)),
            "url_t": rng.choice(self.h(TALGRAT_URLS[self.lang])),
        }

    @staticmethod
    def fill(text, vals):
        return re.sub(r"\{([a-z_]+)\}", lambda m: vals.get(m.group(1), m.group(0)), text)

    # -- goals and frames
    def goal(self, kind, reg=None, lang=None, plain=False):
        """The next goal of a kind whose register fits `reg`, round-robin over this split's half;
        `plain`: only goals without quotation marks (for frames that quote the goal themselves)."""
        d = self.all[lang] if lang else self.d
        key = ("goal", lang or self.lang, kind)
        for _ in range(2):
            pool = self.pools.get(key) or []
            for i, g in enumerate(pool):
                if compatible(parse(g)[0], reg) and not (plain and QUOTES.search(g)):
                    pool.pop(i)
                    self.pools[key] = pool
                    return parse(g)
            fresh = list(self.h(d["goals"][kind]))
            self.rng.shuffle(fresh)
            self.pools[key] = fresh
        items = [g for g in self.h(d["goals"][kind]) if compatible(parse(g)[0], reg) and not (plain and QUOTES.search(g))]
        if not items:
            return self.goal(kind, reg, lang)
        return parse(self.rng.choice(items))

    def kind(self, field):
        return self.draw(("kind", field == "brief"), self.kinds_for(field))

    def kinds_for(self, field):
        return BRIEF_KINDS if field == "brief" else GENERIC_KINDS

    def framed(self, technique, field, lang=None):
        """A frame of the technique around a goal of a generic kind (both from this split's half)."""
        d = self.all[lang] if lang else self.d
        key = (technique, lang)
        reg, frame = parse(self.draw(("frame",) + key, self.h(d["frames"][technique])))
        greg, goal = self.goal(self.kind(field), reg, lang)
        return put_goal(frame, goal, lang or self.lang)

    # -- carriers
    def carrier(self, field, key=None):
        return parse(self.draw(("carrier", field, key), self.h(self.d["carriers"][field])))[1]

    def place(self, field, inj, pos=None):
        rng = self.rng
        pos = pos or rng.choice(["start", "middle", "end", "end"])
        if field == "title":
            title = self.carrier("title")
            sep = rng.choice(self.h(TITLE_SEPS))
            return f"{inj}{sep}{title}" if pos == "start" else f"{title}{sep}{inj}"
        if field == "attribute":
            attr = self.carrier("attribute")
            sep = rng.choice(self.h(ATTR_SEPS))
            if pos == "start":
                if inj[-1] in ".!?»“”\"" and sep.strip() in (";", ".", "/"):
                    sep = " "
                return f"{inj}{sep}{attr}"
            return f"{attr}{sep}{inj}"
        if field == "link":
            raise ValueError("links are built by link()")
        sentences = self.carrier(field).split(" ¦ ")
        if pos == "start":
            at = 0
        elif pos == "end":
            at = len(sentences)
        else:
            at = max(1, len(sentences) // 2)
        before, after = " ".join(sentences[:at]), " ".join(sentences[at:])
        if before and before[-1] not in ".!?…:;)»\"“”":
            before += "."  # e.g. a brief that ends in a bare URL
        if "\n" in inj or (field == "doc_chunk" and rng.random() < 0.3) or (field == "review" and rng.random() < 0.2):
            return "\n".join(x for x in (before, inj, after) if x)
        return " ".join(x for x in (before, inj, after) if x)

    def link(self, inj, style):
        rng = self.rng
        vals = self.values()
        url = vals["url_t"]
        if style == "plain":
            form = rng.choice(self.h(LINK_FORMS))
            key = rng.choice(self.h(LINK_KEYS[self.lang]))
            return form.replace("{u}", url).replace("{k}", key).replace("{i}", inj).replace("{p}", inj.replace(" ", "+"))
        raise KeyError(style)


def put_goal(frame, goal, lang):
    if "{goal_lc}" in frame:
        first = goal.split(" ")[0]
        if first[:1].isupper() and first[1:] == first[1:].lower() and first not in PRODUCT_NAMES and first != "Talgrat":
            goal = goal[0].lower() + goal[1:]
        return frame.replace("{goal_lc}", goal)
    return frame.replace("{goal}", goal)


def split_goal(goal):
    words = goal.split(" ")
    cut = max(2, len(words) // 2)
    return " ".join(words[:cut]), " ".join(words[cut:])


# ---------------------------------------------------------------- one injection record


def make_injection(b, technique, field, enc_kind):
    """Returns (text, technique name, checks); checks carry encoded payloads for the decode test."""
    rng = b.rng
    d = b.d
    vals = b.values()
    checks = {}
    name = technique

    if technique in WRAPPED:
        if technique == "markdown_html" and field == "link":
            reg, wrap = parse(b.draw("mdlink", b.h(d["md_link"])))
            _, goal = b.goal(b.kind(field), reg)
            inj = put_goal(wrap, goal, b.lang)
            return b.fill(inj, vals), name, checks
        inj = b.framed(technique if technique != "markdown_html" else "md", field)
    elif technique in TECH_KIND:
        kind = TECH_KIND[technique]
        reg, goal = b.goal(kind)
        inj = goal
        if field != "title" and rng.random() < 0.45:
            lreg, lead = parse(rng.choice(b.h(d["leadins"])))
            if compatible(lreg, reg):
                inj = put_goal(lead, goal, b.lang)
        if technique == "hidden_markup" and (field == "brief" or rng.random() < 0.5):
            inj = rng.choice(b.h(HIDE_WRAPS)).replace("{g}", inj)
        if field == "link":
            return b.fill(b.link(inj, "plain"), vals), name, checks
    elif technique == "few_shot":
        inj = parse(b.draw("fewshot", b.h(d["few_shot"])))[1]
        others = [p for p in b.h(PRODUCT_NAMES) if p not in inj]
        vals["prod"] = rng.choice(others)
    elif technique == "split_payload":
        reg, frame = parse(b.draw("split", b.h(d["split"])))
        _, goal = b.goal(b.kind(field), reg, plain=True)
        first, second = split_goal(b.fill(goal, vals))
        tail = frame[frame.index("{b}") + 3 :][:4].replace(" ", "")
        if tail[:1] in ("»", "“", "”", "\"") and tail[1:2] == "." and second.endswith("."):
            second = second[:-1]  # the frame closes the quote and ends the sentence itself
        inj = frame.replace("{a}", first).replace("{b}", second)
    elif technique in ("leetspeak", "spacing", "homoglyph", "zero_width"):
        src_lang = b.lang if rng.random() < 0.75 or b.lang == "en" else "en"
        obf = b.draw(("obf", src_lang), b.h(b.all[src_lang]["obf"]))
        fn = {"leetspeak": leetspeak, "spacing": spacing, "homoglyph": homoglyph, "zero_width": zero_width}[technique]
        inj = fn(obf, rng)
        assert inj != obf
        if technique == "spacing" and rng.random() < 0.5:
            inj = rng.choice(b.h(d["spacing_intro"])).replace("{x}", inj)
    elif technique == "encoded":
        name = enc_kind
        src_lang = b.lang if rng.random() < 0.7 or b.lang == "en" else "en"
        if field == "brief":
            reg, payload = b.goal(b.kind("brief"), None, src_lang)
        else:
            payload = b.draw(("obf", src_lang), b.h(b.all[src_lang]["obf"]))
        payload = b.fill(payload, vals)
        enc = encode(enc_kind, payload)
        intro = rng.choice(b.h(d["decode_intro"][enc_kind]))
        inj = intro.replace("{payload}", enc)
        checks = {"kind": enc_kind, "encoded": enc, "payload": payload}
        if field == "link":
            url = vals["url_t"]
            text = rng.choice(b.h(ENC_LINK_FORMS)).replace("{u}", url).replace("{i}", inj)
            return text, name, checks
    elif technique == "cross_language":
        other = [l for l in LANGS if l != b.lang]
        src = b.draw("xlang", other)
        inj = b.framed(b.draw("xframe", ["override_direct", "writer_note", "polite_request", "override_indirect"]), field, src)
        checks = {"inner_lang": src}
    elif technique == "buried":
        long_text = b.draw(("long", field), b.h(d["long"][field]))
        reg, lead = parse(b.draw("buried", b.h(d["buried_leadin"])))
        _, goal = b.goal(b.kind(field), reg)
        inj = put_goal(lead, goal, b.lang)
        sentences = long_text.split(" ¦ ")
        at = rng.randint(2, len(sentences) - 2)
        text = " ".join(sentences[:at] + [inj] + sentences[at:])
        return b.fill(text, vals), name, checks
    else:
        raise KeyError(technique)

    text = b.place(field, inj)
    return b.fill(text, vals), name, checks


def make_benign(b, genre, field):
    d = b.d
    items = d["benign"].get(genre, [])
    if isinstance(items, dict):
        items = items[field]
    pool = list(b.h(items)) if items else []
    if genre in CARRIER_GENRES:
        pool += [c.replace(" ¦ ", " ") for c in b.h(d["carriers"][CARRIER_GENRES[genre]])]
    text = parse(b.draw(("benign", genre, field), pool))[1]
    vals = b.values()
    vals["code"] = b.rng.choice(b.h(d["benign_codes"]))
    return b.fill(text, vals)


def build_split(all_data, split):
    part, seed = SPLITS[split]
    records = []
    enc_cycle = 0
    for li, lang in enumerate(LANGS):
        rng = random.Random(seed * 10 + li)
        b = Builder(all_data[lang], all_data, part, rng)
        seen = set()
        for technique, field in INJ_PLAN:
            enc_kind = ENCODINGS[enc_cycle % 3]
            if technique == "encoded":
                enc_cycle += 1
            for _ in range(200):
                text, name, checks = make_injection(b, technique, field, enc_kind)
                if text not in seen:
                    break
            else:
                raise RuntimeError(f"no unique text for {lang} {technique} {field}")
            seen.add(text)
            records.append({"text": text, "label": "injection", "technique": name, "lang": lang, "field": field, "_checks": checks})
        for genre, field in BENIGN_PLAN:
            for _ in range(200):
                text = make_benign(b, genre, field)
                if text not in seen:
                    break
            else:
                raise RuntimeError(f"no unique benign text for {lang} {genre} {field}")
            seen.add(text)
            records.append({"text": text, "label": "benign", "technique": genre, "lang": lang, "field": field, "_checks": {}})
    order = random.Random(seed + 7)
    order.shuffle(records)
    for i, r in enumerate(records, 1):
        r["id"] = f"inj-{split}-{i:04d}"
    return records
