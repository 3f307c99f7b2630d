"""Shared machinery of the guard evaluation generators: people, addresses, checksummed values,
distractors and the template renderer that records labelled spans.

A template is a string with slots `{p1.full}`, `{a1.block}`, `{phone}`, `{order}` … and
alternatives `((a|b|c))`. Each slot renders to a list of pieces `(text, label or None)`; the
renderer concatenates them and records the span of every labelled piece in Unicode code points.
"""

import json
import random
import re
import unicodedata

from fetch import import_path

import_path("faker")
import faker  # noqa: E402  (pinned wheel on sys.path)

_FAKERS = {}


def fake(locale: str, rng: random.Random) -> "faker.Faker":
    f = _FAKERS.get(locale)
    if f is None:
        f = faker.Faker(locale)
        _FAKERS[locale] = f
    f.seed_instance(rng.getrandbits(32))
    return f


def weighted_choice(rng: random.Random, pairs):
    """One value of `(value, weight)` pairs, drawn with one `rng.random()` call."""
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


# ---------------------------------------------------------------- checksummed values


def iban(rng: random.Random, country: str = "DE", grouped: bool = True) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    digits = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    bban = {
        "DE": lambda: digits(18),
        "AT": lambda: digits(16),
        "CH": lambda: digits(17),
        "NL": lambda: "".join(rng.choice(letters) for _ in range(4)) + digits(10),
        "GB": lambda: "".join(rng.choice(letters) for _ in range(4)) + digits(14),
        "FR": lambda: digits(23),
        "IE": lambda: "".join(rng.choice(letters) for _ in range(4)) + digits(14),
        "ES": lambda: digits(20),
        "IT": lambda: rng.choice(letters) + digits(22),
    }[country]()
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    value = f"{country}{check:02d}{bban}"
    assert iban_valid(value)
    if grouped:
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def iban_valid(value: str) -> bool:
    v = value.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1


def luhn_check_digit(body: str) -> int:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def luhn_valid(number: str) -> bool:
    return luhn_check_digit(number[:-1]) == int(number[-1])


def credit_card(rng: random.Random) -> str:
    kind = rng.choices(["visa", "mc", "mc2", "amex", "discover"], [45, 30, 5, 12, 8])[0]
    prefix, length = {
        "visa": ("4", 16),
        "mc": (str(rng.randint(51, 55)), 16),
        "mc2": (str(rng.randint(2221, 2720)), 16),
        "amex": (rng.choice(["34", "37"]), 15),
        "discover": ("6011", 16),
    }[kind]
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - 1 - len(prefix)))
    number = body + str(luhn_check_digit(body))
    assert luhn_valid(number)
    style = rng.random()
    if length == 15:
        groups = [number[:4], number[4:10], number[10:]]
    else:
        groups = [number[i : i + 4] for i in range(0, 16, 4)]
    if style < 0.55:
        return " ".join(groups)
    if style < 0.75:
        return "-".join(groups)
    return number


def de_tax_id_valid(value: str) -> bool:
    """The check digit of a German tax ID (ISO 7064 MOD 11,10), spaces allowed."""
    v = value.replace(" ", "")
    if len(v) != 11 or not v.isdigit() or v[0] == "0":
        return False
    product = 10
    for c in v[:10]:
        s = (int(c) + product) % 10 or 10
        product = (s * 2) % 11
    return (11 - product) % 10 == int(v[10])


def de_tax_id(rng: random.Random) -> str:
    while True:
        first = rng.randint(1, 9)
        pool = [d for d in range(10)]
        rng.shuffle(pool)
        repeated = rng.choice(pool)
        times = rng.choice([2, 2, 3])
        others = [d for d in pool if d != repeated][: 10 - times]
        body = others + [repeated] * times
        rng.shuffle(body)
        if body[0] == 0:
            continue
        if any(body[i] == body[i + 1] == body[i + 2] for i in range(8)):
            continue
        _ = first
        product = 10
        for x in body:
            s = (x + product) % 10
            if s == 0:
                s = 10
            product = (s * 2) % 11
        check = (11 - product) % 10
        value = "".join(map(str, body)) + str(check)
        style = rng.random()
        if style < 0.7:
            return value
        return f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}"


def gtin13(rng: random.Random) -> str:
    body = rng.choice(["40", "42", "50", "76", "90", "87", "80"]) + "".join(
        rng.choice("0123456789") for _ in range(10)
    )
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def ipv4(rng: random.Random) -> str:
    first = rng.choice([31, 46, 62, 77, 80, 84, 85, 87, 89, 91, 93, 95, 109, 141, 176, 178, 185, 188, 193, 212, 217])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    groups = ["2a02", format(rng.randint(0x100, 0xFFFF), "x")] + [
        format(rng.randint(0, 0xFFFF), "x") for _ in range(rng.choice([2, 6]))
    ]
    if len(groups) == 4:
        return ":".join(groups[:2]) + "::" + ":".join(groups[2:])
    return ":".join(groups)


def ip(rng: random.Random) -> str:
    return ipv6(rng) if rng.random() < 0.2 else ipv4(rng)


# ---------------------------------------------------------------- invented names

_ONSETS = ["b", "d", "f", "g", "k", "l", "m", "n", "r", "s", "t", "v", "z", "br", "dr", "kl", "tr", "st", "sk", "gr"]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "au", "ou", "ia"]
_CODAS = ["", "", "n", "r", "l", "s", "th", "nd", "rk", "m", "sk", "lt"]


def invented_name(rng: random.Random) -> tuple[str, str]:
    """A given name and a surname from a syllable generator: in no list, only recognisable by context."""

    def word(syllables: int) -> str:
        w = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(syllables))
        return w.capitalize()

    first = word(2)
    last = word(rng.choice([2, 2, 3]))
    if rng.random() < 0.3:
        last += rng.choice(["ow", "ak", "ert", "ing", "eck", "ani"])
    return first, last


# ---------------------------------------------------------------- people and addresses


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    s = s.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in ".-"))


MAIL_DOMAINS = {
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "freenet.de", "mailbox.org"],
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "btinternet.com", "aol.com", "proton.me"],
}

HONORIFICS = {
    "de": {"f": ["Frau", "Frau", "Frau Dr.", "Fr.", "Frau Prof."], "m": ["Herr", "Herr", "Herr Dr.", "Hr.", "Herr Prof. Dr."]},
    "en": {"f": ["Ms", "Ms.", "Mrs", "Mrs.", "Dr.", "Miss"], "m": ["Mr", "Mr.", "Mr", "Dr.", "Dr", "Prof."]},
}


def mail_local(rng: random.Random, first: str, last: str) -> str:
    """The local part of a person's e-mail address: "anna.berger", "a_berger", "anna42"."""
    sep = rng.choice([".", ".", "", "_", "-"])
    local = rng.choice(
        [
            f"{first}{sep}{last}",
            f"{first[0]}{sep}{last}",
            f"{first}{rng.randint(1, 99)}",
            f"{last}{sep}{first}",
            f"{first}{sep}{last}{rng.randint(70, 99)}",
        ]
    )
    return ascii_fold(local).lower().strip(".-") or "kontakt"


def letter_forms(rng: random.Random, lang: str, gender: str) -> tuple[str, str, str]:
    """A person's honorific, its dative ("an Herrn Vogel") and the salutation of a letter."""
    honorific = rng.choice(HONORIFICS[lang][gender])
    dative = honorific.replace("Herr", "Herrn", 1) if honorific.startswith("Herr") else honorific
    salutation = {
        ("de", "f"): "Sehr geehrte Frau",
        ("de", "m"): "Sehr geehrter Herr",
        ("en", "f"): rng.choice(["Dear Ms", "Dear Mrs", "Dear Ms."]),
        ("en", "m"): rng.choice(["Dear Mr", "Dear Mr."]),
    }[(lang, gender)]
    return honorific, dative, salutation


class Person:
    def __init__(self, rng: random.Random, locale: str, lang: str, invented: bool):
        f = fake(locale, rng)
        self.gender = rng.choice("fm")
        if invented:
            self.first, self.last = invented_name(rng)
        else:
            self.first = f.first_name_female() if self.gender == "f" else f.first_name_male()
            self.last = f.last_name()
        self.invented = invented
        self.lang = lang
        self.rng = rng
        self.locale = locale
        self.full = f"{self.first} {self.last}"
        local = mail_local(rng, self.first, self.last)
        self.email = f"{local}@{rng.choice(MAIL_DOMAINS[lang])}"
        self.honorific, self.honorific_dat, self.salutation = letter_forms(rng, lang, self.gender)


class Address:
    """One postal address in a country's own layout: street line, then postcode/town line."""

    def __init__(self, rng: random.Random, country: str):
        locale = {"DE": "de_DE", "AT": "de_AT", "CH": "de_CH", "US": "en_US", "GB": "en_GB", "IE": "en_IE"}[country]
        f = fake(locale, rng)
        number = str(rng.choice([rng.randint(1, 60), rng.randint(1, 200), rng.randint(1, 30)]))
        if country in ("DE", "AT", "CH") and rng.random() < 0.15:
            number += rng.choice(["a", "b", "c", " a"])
        street = f.street_name()
        if country == "DE" and rng.random() < 0.25:
            street = street.replace("straße", "str.").replace("Straße", "Str.")
        self.town = f.city()
        if country in ("DE", "AT", "CH"):
            self.street_line = f"{street} {number}"
            zipc = f.postcode()
            if country == "CH" and rng.random() < 0.3:
                zipc = "CH-" + zipc
            if country == "AT" and rng.random() < 0.2:
                zipc = "A-" + zipc
            self.zip = zipc
            self.town_line = f"{zipc} {self.town}"
        elif country == "US":
            self.street_line = f"{rng.randint(10, 9999)} {street}"
            if rng.random() < 0.2:
                self.street_line += rng.choice([f", Apt {rng.randint(1, 40)}", f" Suite {rng.randint(100, 990)}", f", Unit {rng.randint(1, 20)}"])
            self.zip = f.zipcode()
            self.town_line = f"{self.town}, {f.state_abbr(include_territories=False)} {self.zip}"
        else:
            self.street_line = f"{number} {street}"
            self.zip = f.postcode()
            self.town_line = f"{self.town}{rng.choice([' ', ', '])}{self.zip}"
        self.country_name = {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "US": "USA", "GB": "United Kingdom", "IE": "Ireland"}[country]


def phone(rng: random.Random, country: str) -> str:
    locale = {"DE": "de_DE", "AT": "de_AT", "CH": "de_CH", "US": "en_US", "GB": "en_GB", "IE": "en_IE"}[country]
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    r = rng.random()
    if r < 0.35:
        for _ in range(10):
            p = fake(locale, rng).phone_number()
            if "x" in p.lower() or "ext" in p.lower():
                continue
            national = "".join(c for c in p if c.isdigit())
            if country == "US":
                # North American numbers: area code and exchange start with 2-9
                national = national[-10:]
                if len(national) < 10 or national[0] in "01" or national[3] in "01":
                    continue
            return p
    if country in ("DE", "AT", "CH"):
        cc = {"DE": "49", "AT": "43", "CH": "41"}[country]
        area = rng.choice(["30", "40", "89", "221", "69", "711", "351", "341", "511", "911", "1", "316", "44", "31"])
        mobile = rng.choice(["151", "160", "170", "171", "172", "176", "1520", "179"] if country == "DE" else ["664", "676", "699"] if country == "AT" else ["76", "78", "79"])
        return rng.choice(
            [
                f"+{cc} {area} {d(7)}",
                f"+{cc} ({area}) {d(3)} {d(4)}",
                f"0{area} / {d(3)} {d(2)} {d(2)}",
                f"0{area}/{d(6)}",
                f"0{area}-{d(5)}-{rng.randint(0, 99)}",
                f"0{mobile} {d(7)}",
                f"+{cc} {mobile} {d(3)} {d(4)}",
                f"0{mobile}-{d(7)}",
                f"(0{area}) {d(6)}",
                f"+{cc} (0){area} {d(6)}",
            ]
        )
    if country == "US":
        area = f"{rng.randint(2, 9)}{d(2)}"
        exchange = f"{rng.randint(2, 9)}{d(2)}"
        return rng.choice([f"({area}) {exchange}-{d(4)}", f"{area}-{exchange}-{d(4)}", f"+1 {area} {exchange} {d(4)}", f"{area}.{exchange}.{d(4)}", f"+1-{area}-{exchange}-{d(4)}"])
    if country == "GB":
        return rng.choice([f"07{d(3)} {d(6)}", f"+44 7{d(3)} {d(6)}", f"020 {d(4)} {d(4)}", f"0161 {d(3)} {d(4)}", f"+44 (0)20 {d(4)} {d(4)}", f"01{d(3)} {d(6)}"])
    return rng.choice([f"08{d(1)} {d(3)} {d(4)}", f"+353 8{d(1)} {d(3)} {d(4)}", f"01 {d(3)} {d(4)}", f"+353 1 {d(3)} {d(4)}"])


# ---------------------------------------------------------------- distractors (never labelled)

PRODUCTS = ["Almweg", "Fernkamm 45+10", "Firstwand", "Gitterhang", "Hochsattel 30", "Kaltkar", "Morgengrat", "Rinnental", "Schauerpass", "Steinlauf", "Trittweg", "Wintersteig"]
PRODUCT_KIND = {
    "de": ["Regenjacke", "Rucksack", "Merino-Shirt", "Daunenjacke", "Trailschuh", "Fleecejacke", "Wandersocken", "Zip-Off-Hose", "Winterhose", "Isolationshoody"],
    "en": ["rain jacket", "backpack", "merino shirt", "down jacket", "trail shoe", "grid fleece", "hiking socks", "zip-off trousers", "winter trousers", "insulated hoody"],
}
COLOURS = {"de": ["Schwarz", "Tannengrün", "Sand", "Nachtblau", "Rost", "Grau meliert"], "en": ["black", "forest green", "sand", "night blue", "rust", "grey marl"]}


def distractor(kind: str, rng: random.Random, lang: str) -> str:
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    if kind == "order":
        return rng.choice([f"{rng.randint(100, 999)}-{d(7)}-{d(7)}", f"TG-{d(6)}", f"{d(8)}", f"#{d(6)}", f"4{d(9)}", f"{d(4)}-{d(6)}"])
    if kind == "invoice":
        return rng.choice([f"RE-{rng.randint(2021, 2026)}-{d(5)}", f"INV-{d(6)}", f"{rng.randint(2021, 2026)}/{d(4)}", f"R{d(8)}"])
    if kind == "ticket":
        return rng.choice([f"#{d(5)}", f"T-{d(6)}", f"{d(7)}", f"SR-{d(4)}-{d(3)}"])
    if kind == "tracking":
        return rng.choice([f"00340434{d(12)}", f"1Z{d(3)}AA{d(10)}", f"JJD{d(18)}", f"{d(12)}", f"RR{d(9)}DE"])
    if kind == "sku":
        return rng.choice([f"{d(5)}-{d(2)}", f"TG-{d(4)}-{rng.choice(['S', 'M', 'L', 'XL'])}", f"{d(6)}", f"A{d(3)}.{d(3)}.{d(2)}", f"{d(3)}.{d(3)}.{d(3)}"])
    if kind == "gtin":
        return gtin13(rng)
    if kind == "date":
        y, m, dd = rng.randint(2023, 2027), rng.randint(1, 12), rng.randint(1, 28)
        if lang == "de":
            return rng.choice([f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.", f"{dd:02d}.{m:02d}.{y % 100:02d}", f"{y}-{m:02d}-{dd:02d}"])
        return rng.choice([f"{m:02d}/{dd:02d}/{y}", f"{dd}/{m}/{y}", f"{y}-{m:02d}-{dd:02d}", f"{dd:02d}.{m:02d}.{y}"])
    if kind == "time":
        return f"{rng.randint(7, 20)}:{rng.choice(['00', '15', '30', '45'])}" + ("" if lang == "de" else rng.choice(["", " am", " pm"]))
    if kind == "price":
        e, c = rng.randint(9, 499), rng.choice(["00", "95", "99", "90", "50"])
        return rng.choice([f"{e},{c} €", f"€ {e},{c}", f"{e},- €", f"EUR {e}.{c}", f"CHF {e}.{c}"]) if lang == "de" else rng.choice([f"${e}.{c}", f"£{e}.{c}", f"€{e}", f"USD {e:,}.{c}", f"${e * 10:,}.00"])
    if kind == "size":
        return rng.choice([f"{rng.randint(20, 60)} x {rng.randint(10, 40)} x {rng.randint(5, 25)} cm", f"{rng.randint(20, 60)} l", f"Gr. {rng.randint(36, 47)}" if lang == "de" else f"size {rng.randint(6, 13)}", f"{rng.randint(10, 30)}.000 mm"])
    if kind == "weight":
        return rng.choice([f"{rng.randint(120, 1800)} g", f"{rng.randint(1, 2)},{rng.randint(1, 9)} kg" if lang == "de" else f"{rng.randint(1, 2)}.{rng.randint(1, 9)} kg", f"{rng.randint(4, 40)} oz" if lang == "en" else f"{rng.randint(150, 900)} Gramm"])
    if kind == "expiry":
        return f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}"
    if kind == "version":
        return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", f"{rng.randint(1, 20)}.{rng.randint(0, 9)}", f"Build {d(5)}", f"{rng.randint(2023, 2026)}.{rng.randint(1, 12)}.{rng.randint(1, 3)}"])
    if kind == "zip":
        return d(5)
    if kind == "qty":
        return str(rng.randint(2, 250))
    if kind == "pct":
        return f"{rng.randint(5, 60)} %" if lang == "de" else f"{rng.randint(5, 60)}%"
    if kind == "product":
        return rng.choice(PRODUCTS)
    if kind == "kind":
        return rng.choice(PRODUCT_KIND[lang])
    if kind == "colour":
        return rng.choice(COLOURS[lang])
    if kind == "weekday":
        return rng.choice(["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"] if lang == "de" else ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
    if kind == "company":
        return company(rng, lang)
    raise KeyError(kind)


_CO_WORDS = ["Nordlicht", "Bergwerk", "Alpenglühen", "Seeblick", "Grünzeug", "Hafenkante", "Weitblick", "Fernweh", "Kompass", "Gipfelstürmer", "Lichtung", "Quellgrund"]
_CO_WORDS_EN = ["Northwind", "Summit", "Blue Ridge", "Harbour", "Evergreen", "Trailhead", "Brightside", "Ironwood", "Keystone", "Silverline", "Redwood", "Oakfield"]


def company(rng: random.Random, lang: str) -> str:
    if lang == "de":
        return rng.choice(_CO_WORDS) + rng.choice([" GmbH", " Sport GmbH", " Outdoor AG", " Medien GmbH", " Handels-GmbH", " e.K.", " Logistik GmbH"])
    return rng.choice(_CO_WORDS_EN) + rng.choice([" Ltd", " Outdoor Inc.", " Retail LLC", " Media Ltd", " Supply Co.", " Group"])


# ---------------------------------------------------------------- rendering

SLOT = re.compile(r"\{([a-z0-9_.]+)\}")
ALT = re.compile(r"\(\(([^()]*)\)\)")


class Record:
    """Builds one text from pieces and keeps the labelled spans in code points."""

    def __init__(self):
        self.parts: list[str] = []
        self.length = 0
        self.entities: list[dict] = []

    def add(self, text: str, label: str | None = None):
        if label:
            self.entities.append({"type": label, "start": self.length, "end": self.length + len(text), "value": text})
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


def choose_alternatives(template: str, rng: random.Random) -> str:
    while True:
        m = ALT.search(template)
        if not m:
            return template
        template = template[: m.start()] + rng.choice(m.group(1).split("|")) + template[m.end() :]


def merge_persons(text: str, ents: list[dict]) -> list[dict]:
    """A given name and a surname filled in by two slots, one space apart, are one name as
    written: their PERSON spans become one."""
    merged: list[dict] = []
    for e in ents:
        prev = merged[-1] if merged else None
        if prev and prev["type"] == e["type"] == "PERSON" and text[prev["end"] : e["start"]] == " ":
            prev["end"] = e["end"]
            prev["value"] = text[prev["start"] : prev["end"]]
        else:
            merged.append(dict(e))
    return merged


def render(template: str, resolve, rng: random.Random) -> tuple[str, list[dict]]:
    """Fill a template; `resolve(slot)` returns a list of (text, label) pieces."""
    template = choose_alternatives(template, rng)
    rec = Record()
    pos = 0
    for m in SLOT.finditer(template):
        rec.add(template[pos : m.start()])
        for text, label in resolve(m.group(1)):
            rec.add(text, label)
        pos = m.end()
    rec.add(template[pos:])
    text = rec.text()
    rec.entities = merge_persons(text, rec.entities)
    for e in rec.entities:
        assert text[e["start"] : e["end"]] == e["value"], (e, text)
        assert e["value"] == e["value"].strip(), e
    return text, rec.entities


def write_jsonl(path, records):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def render_pieces(template, resolve, rng):
    """Render a template fragment inside a composite slot: pieces `(text, label or None)`, not a
    finished record."""
    text, entities = render(template, resolve, rng)
    pieces, pos = [], 0
    for e in entities:
        pieces.append((text[pos : e["start"]], None))
        pieces.append((e["value"], e["type"]))
        pos = e["end"]
    pieces.append((text[pos:], None))
    return [p for p in pieces if p[0]]


class Cycler:
    """Hands out a list's items in a shuffled order without replacement, reshuffling when all
    have been used."""

    def __init__(self, items, rng: random.Random):
        self.items = list(items)
        assert self.items, "empty pool"
        self.rng = rng
        self.queue = []

    def next(self):
        if not self.queue:
            self.queue = list(self.items)
            self.rng.shuffle(self.queue)
        return self.queue.pop()
