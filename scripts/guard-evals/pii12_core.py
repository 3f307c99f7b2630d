"""Machinery of the twelfth PII bank: people, slot resolution, split halves, checks.

Slots (inside `{…}` of a template, rendered by `common.render`):
  p1..p4 .full .first .last .lc (lower-case given name) .lcfull .hl (honorific + surname)
         .hf (honorific + full name) .hdat (dative honorific + surname) .sal (letter salutation + surname)
         .il ("M. Krüger") .fi ("Anna K.") .lf ("Krüger, Anna") .up (upper-case full name)
         .anrede (Frau/Herrn, Ms/Mr; unlabelled) .email .phone
  a1, a2 (record's country), ade, aat, ach, agb, aus, aie
         .street .line (street, postcode and town after a comma) .block (street line break town line)
         .town .zip .townline .country (unlabelled)
  tel / tel.de|at|ch|gb|us|ie   iban   card   taxid   ip   ip4
  d.<kind>   common.distractor kinds (order, invoice, date, price, gtin, …), never labelled
  lk.<kind>  look-alike words of pii12_data.LOOKALIKE, never labelled
  ph.<name>  a phrase of the split's half of the phrase list (may contain slots)
"""

import random
import re

import common
import pii12_data as data

TYPES = ["PERSON", "STREET_ADDRESS", "PHONE", "EMAIL", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID"]
SPLITS = ["dev12", "heldout12"]


def half(items: list, split: str) -> list:
    """The split's half of a list: dev12 the first half, heldout12 the second."""
    k = len(items) // 2
    assert k >= 1 and len(items) - k >= 1, items
    return items[:k] if split == "dev12" else items[k:]


# ---------------------------------------------------------------- people


def _draw_name(rng: random.Random, lang: str, gender: str):
    source = common.weighted_choice(rng, data.NAME_SOURCES[lang])
    if source == "arabic":
        return rng.choice(data.ARABIC[gender]), rng.choice(data.ARABIC["last"]), "ar"
    kind, _, locale = source.partition(":")
    if not locale:
        kind, locale = "plain", source
    f = common.fake(locale, rng)
    if kind == "roman":
        return f.first_romanized_name() if hasattr(f, "first_romanized_name") else f.romanized_name().split()[0], f.last_romanized_name(), locale
    first = f.first_name_female() if gender == "f" else f.first_name_male()
    last = f.last_name()
    if kind == "translit":
        first, last = data.transliterate(first, locale), data.transliterate(last, locale)
    return first.strip(), last.strip(), locale


class Person:
    def __init__(self, rng: random.Random, lang: str, country: str):
        self.gender = rng.choice("fm")
        if rng.random() < data.INVENTED_SHARE:
            self.first, self.last = common.invented_name(rng)
            locale = "invented"
        else:
            self.first, self.last, locale = _draw_name(rng, lang, self.gender)
        self.core_last = self.last
        self.first = " ".join(self.first.split())
        self.last = " ".join(self.last.split())
        r = rng.random()
        family = locale[:2]
        if r < 0.07 and family in data.PARTICLES and " " not in self.last:
            p = rng.choice(data.PARTICLES[family])
            self.last = f"{p}{self.last}" if p.endswith("'") else f"{p} {self.last}"
        elif r < 0.14 and lang == "de" and locale.startswith("de"):
            other = common.fake(locale, rng).last_name()
            if other != self.last:
                self.last = f"{self.last}-{other}"
        elif r < 0.18 and lang == "de" and locale.startswith("de") and "-" not in self.first:
            f = common.fake(locale, rng)
            second = f.first_name_female() if self.gender == "f" else f.first_name_male()
            if second != self.first and " " not in second:
                self.first = f"{self.first}-{second}"
        self.lang = lang
        self.country = country
        self.locale = locale
        self.rng = rng
        self.honorific, self.honorific_dat, self.salutation = common.letter_forms(rng, lang, self.gender)
        self.anrede = {("de", "f"): "Frau", ("de", "m"): "Herrn", ("en", "f"): "Ms", ("en", "m"): "Mr"}[(lang, self.gender)]
        local = common.mail_local(rng, self.first, self.core_last)
        self.email = f"{local}@{rng.choice(common.MAIL_DOMAINS[lang])}"
        self._phone = None
        base = common.ascii_fold(self.first).lower().replace(".", "").replace("-", "") or "wander"
        self.handle = "@" + rng.choice([f"trail_{base}", f"{base}outdoors", f"{base}_{rng.randint(80, 99)}", f"the{base}hikes", f"{base}_unterwegs"])

    @property
    def full(self):
        return f"{self.first} {self.last}"

    def phone(self):
        if self._phone is None:
            self._phone = common.phone(self.rng, self.country)
        return self._phone

    def pieces(self, attr: str):
        P = "PERSON"
        if attr == "full":
            return [(self.full, P)]
        if attr == "first":
            return [(self.first, P)]
        if attr == "last":
            return [(self.last, P)]
        if attr == "lc":
            return [(self.first.lower(), P)]
        if attr == "lcfull":
            return [(self.full.lower(), P)]
        if attr == "hl":
            return [(self.honorific + " ", None), (self.last, P)]
        if attr == "hf":
            return [(self.honorific + " ", None), (self.full, P)]
        if attr == "hdf":
            return [(self.honorific_dat + " ", None), (self.full, P)]
        if attr == "hdat":
            return [(self.honorific_dat + " ", None), (self.last, P)]
        if attr == "sal":
            return [(self.salutation + " ", None), (self.last, P)]
        if attr == "il":
            return [(f"{self.first[0]}. {self.last}", P)]
        if attr == "fi":
            return [(f"{self.first} {self.core_last[0]}.", P)]
        if attr == "lf":
            return [(f"{self.last}, {self.first}", P)]
        if attr == "up":
            return [(self.full.upper(), P)]
        if attr == "anrede":
            return [(self.anrede, None)]
        if attr == "email":
            return [(self.email, "EMAIL")]
        if attr == "handle":
            return [(self.handle, None)]
        if attr == "phone":
            return [(self.phone(), "PHONE")]
        raise KeyError(attr)


# ---------------------------------------------------------------- one record's context

COUNTRY_WEIGHTS = {"de": [("DE", 70), ("AT", 15), ("CH", 15)], "en": [("GB", 45), ("US", 40), ("IE", 15)]}
IBAN_COUNTRIES = {"DE": ["DE"], "AT": ["AT"], "CH": ["CH"], "GB": ["GB"], "IE": ["IE"], "US": ["DE", "NL", "FR", "GB", "ES", "IT"]}


class Context:
    def __init__(self, rng: random.Random, lang: str, split: str, phrases: dict, used: dict):
        self.rng = rng
        self.lang = lang
        self.split = split
        self.phrases = phrases
        self.used = used  # (kind, key) -> set of splits, for the disjointness check
        self.country = common.weighted_choice(rng, COUNTRY_WEIGHTS[lang])
        self.people = {}
        self.addresses = {}
        self.fixed = {}

    def person(self, key):
        if key not in self.people:
            self.people[key] = Person(self.rng, self.lang, self.country)
        return self.people[key]

    def address(self, key):
        if key not in self.addresses:
            country = self.country if key in ("a1", "a2") else key[1:].upper()
            self.addresses[key] = common.Address(self.rng, country)
        return self.addresses[key]

    def once(self, key, make):
        if key not in self.fixed:
            self.fixed[key] = make()
        return self.fixed[key]

    def resolve(self, slot: str):
        rng = self.rng
        head, _, attr = slot.partition(".")
        if re.fullmatch(r"p[1-4]", head):
            return self.person(head).pieces(attr)
        if head in ("a1", "a2", "ade", "aat", "ach", "agb", "aus", "aie"):
            a = self.address(head)
            S = "STREET_ADDRESS"
            if attr == "street":
                return [(a.street_line, S)]
            if attr == "line":
                return [(f"{a.street_line}, {a.town_line}", S)]
            if attr == "block":
                return [(f"{a.street_line}\n{a.town_line}", S)]
            if attr == "town":
                return [(a.town, None)]
            if attr == "zip":
                return [(a.zip, None)]
            if attr == "townline":
                return [(a.town_line, None)]
            if attr == "country":
                return [(a.country_name, None)]
            raise KeyError(slot)
        if head == "tel":
            country = attr.upper() if attr else self.country
            return [(common.phone(rng, country), "PHONE")]
        if head == "iban":
            return [(self.once("iban", lambda: common.iban(rng, rng.choice(IBAN_COUNTRIES[self.country]), rng.random() < 0.7)), "IBAN")]
        if head == "iban2":
            return [(common.iban(rng, rng.choice(IBAN_COUNTRIES[self.country]), rng.random() < 0.7), "IBAN")]
        if head == "card":
            return [(self.once("card", lambda: common.credit_card(rng)), "CREDIT_CARD")]
        if head == "taxid":
            return [(self.once("taxid", lambda: common.de_tax_id(rng)), "DE_TAX_ID")]
        if head == "ip":
            return [(common.ip(rng), "IP_ADDRESS")]
        if head == "ip4":
            return [(common.ipv4(rng), "IP_ADDRESS")]
        if head == "d":
            value = common.distractor(attr, rng, self.lang)
            # German short dates end in a dot ("26.5."); redraw so no sentence ends in "..".
            while attr == "date" and value.endswith("."):
                value = common.distractor(attr, rng, self.lang)
            return [(value, None)]
        if head == "n4":
            return [(f"{rng.randint(0, 9999):04d}", None)]
        if head == "lk":
            if attr == "month":
                return [(rng.choice(data.MONTH_WORDS[self.lang]), None)]
            value = rng.choice(data.LOOKALIKE[self.lang][attr])
            return common.render_pieces(value, self.resolve, rng) if "{" in value else [(value, None)]
        if head == "ph":
            items = half(self.phrases[attr], self.split)
            i = rng.randrange(len(items))
            self.used.setdefault(("phrase", self.lang, attr, items[i]), set()).add(self.split)
            return common.render_pieces(items[i], self.resolve, rng)
        raise KeyError(slot)


# ---------------------------------------------------------------- checks

def leaks(text: str, entities: list[dict]) -> list[str]:
    """Labelled values that also occur unlabelled elsewhere in the text (as a whole word)."""
    covered = [(e["start"], e["end"]) for e in entities]
    out = []
    values = sorted({e["value"] for e in entities})
    parts = sorted(
        {p for e in entities if e["type"] == "PERSON" for p in re.split(r"[\s,]+", e["value"]) if len(p) > 2 and p[0].isupper() and not p.endswith(".")}
    )
    for v in values + parts:
        for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text):
            if not any(s <= m.start() and m.end() <= e for s, e in covered):
                out.append(v)
    return out


def check_record(rec: dict, expect_pii: bool):
    text, ents = rec["text"], rec["entities"]
    assert (len(ents) > 0) == expect_pii, rec
    prev_end = -1
    for e in ents:
        assert e["type"] in TYPES, e
        assert text[e["start"] : e["end"]] == e["value"], e
        assert e["value"] == e["value"].strip() and e["value"], e
        assert e["start"] >= prev_end, ("overlap or unsorted", rec)
        prev_end = e["end"]
        v = e["value"]
        if e["type"] == "IBAN":
            assert common.iban_valid(v), v
        elif e["type"] == "CREDIT_CARD":
            digits = re.sub(r"[ -]", "", v)
            assert digits.isdigit() and common.luhn_valid(digits), v
        elif e["type"] == "DE_TAX_ID":
            assert common.de_tax_id_valid(v), v
        elif e["type"] == "PHONE":
            assert sum(c.isdigit() for c in v) >= 7, v
        elif e["type"] == "EMAIL":
            assert re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}", v), v
        elif e["type"] == "PERSON":
            assert not re.match(r"(Herr|Herrn|Frau|Fr\.|Hr\.|Mr|Mrs|Ms|Miss|Dr|Prof)\b", v), v
    for a, b in zip(ents, ents[1:]):
        if a["type"] == b["type"] == "PERSON":
            assert text[a["end"] : b["start"]] != " ", ("adjacent PERSON spans", rec)
    assert not leaks(text, ents), (leaks(text, ents), rec)


# ---------------------------------------------------------------- building a split


def build_split(split: str, lang: str, seed: int, genres: dict, nopii: dict, phrases: dict, used: dict, n_pii=400, n_clean=100):
    """Records of one split and language. `genres`/`nopii`: genre -> list of templates."""
    rng = random.Random(seed)
    pii_names = list(genres)
    clean_names = list(nopii)
    plan = [(pii_names[i % len(pii_names)], True) for i in range(n_pii)]
    plan += [(clean_names[i % len(clean_names)], False) for i in range(n_clean)]
    rng.shuffle(plan)
    records = []
    for i, (genre, expect) in enumerate(plan):
        templates = half((genres if expect else nopii)[genre], split)
        for attempt in range(50):
            ctx = Context(rng, lang, split, phrases, used)
            t_index = rng.randrange(len(templates))
            template = templates[t_index]
            text, ents = common.render(template, ctx.resolve, rng)
            if (len(ents) > 0) == expect and not leaks(text, ents):
                break
        else:
            raise AssertionError(f"no clean rendering for {genre}: {template[:60]}")
        used.setdefault(("template", lang, genre, template), set()).add(split)
        rec = {"id": f"pii-{split}-{lang}-{i + 1:04d}", "text": text, "lang": lang, "genre": genre, "entities": ents}
        check_record(rec, expect)
        records.append(rec)
    return records
