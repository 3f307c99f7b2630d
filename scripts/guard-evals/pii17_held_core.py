"""Machinery of the held-out half of the seventeenth PII bank: people, addresses, phone numbers,
checksummed values with validators, look-alike distractors, a template renderer that records
labelled spans in code points, and the self-checks every rendering must pass.

Template syntax: `{p1.full}` (person slot), `{order}` (value slot; the same slot name gives the same
value within one text, `{order2}` a second one), `((a|b|c))` alternatives. Persons `p1`…`p9` may
carry an invented name (about one in ten); persons `q1`…`q9` never do (they are used where a name
stands in running prose without a cue). A template may start with `@CH@`, `@AT@`, `@DE@`, `@GB@`,
`@US@`, `@IE@` to put its people in one country.
"""

import random
import re
import unicodedata

import pii17_held_names as N

# ---------------------------------------------------------------- small helpers


def wpick(rng: random.Random, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def fold(s: str) -> str:
    """ASCII form of a name part for e-mail local parts."""
    for a, b in (("ß", "ss"), ("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ı", "i"), ("ł", "l"), ("Ł", "L"), ("ø", "o")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalnum())


# ---------------------------------------------------------------- validators


def iban_valid(value: str) -> bool:
    v = value.replace(" ", "")
    lengths = {"DE": 22, "AT": 20, "CH": 21, "GB": 22, "IE": 22, "NL": 18, "FR": 27, "IT": 27, "ES": 24, "BE": 16, "LU": 20, "PL": 28}
    if len(v) < 15 or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", v):
        return False
    if v[:2] in lengths and lengths[v[:2]] != len(v):
        return False
    return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1


def luhn_ok(number: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(number)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_issuer(number: str) -> str | None:
    n, L = number, len(number)
    if n[0] == "4" and L == 16:
        return "visa"
    if L == 16 and (51 <= int(n[:2]) <= 55 or 2221 <= int(n[:4]) <= 2720):
        return "mastercard"
    if L == 15 and n[:2] in ("34", "37"):
        return "amex"
    if L == 16 and (n[:4] == "6011" or n[:2] == "65" or 644 <= int(n[:3]) <= 649):
        return "discover"
    if L == 16 and 3528 <= int(n[:4]) <= 3589:
        return "jcb"
    if L == 14 and (n[:2] in ("36", "38") or 300 <= int(n[:3]) <= 305):
        return "diners"
    return None


def card_valid(value: str) -> bool:
    v = value.replace(" ", "").replace("-", "")
    return v.isdigit() and 14 <= len(v) <= 16 and luhn_ok(v) and card_issuer(v) is not None


def taxid_valid(value: str) -> bool:
    """German Steuer-ID: 11 digits, no leading zero; in the first ten one digit occurs twice or three
    times (three times never all adjacent), every other at most once; ISO 7064 MOD 11,10 check digit."""
    v = value.replace(" ", "")
    if len(v) != 11 or not v.isdigit() or v[0] == "0":
        return False
    body = v[:10]
    counts = [body.count(d) for d in "0123456789"]
    multi = [c for c in counts if c > 1]
    if len(multi) != 1 or multi[0] not in (2, 3):
        return False
    if any(body[i] == body[i + 1] == body[i + 2] for i in range(8)):
        return False
    product = 10
    for c in body:
        s = (int(c) + product) % 10 or 10
        product = (s * 2) % 11
    return (11 - product) % 10 == int(v[10])


# ---------------------------------------------------------------- checksummed generators

IBAN_BBAN = {
    "DE": "8n10n", "AT": "5n11n", "CH": "5n12n", "GB": "4a6n8n", "IE": "4a6n8n", "NL": "4a10n", "FR": "5n5n11n2n",
    "IT": "1a5n5n12n", "ES": "4n4n2n10n", "BE": "3n7n2n", "LU": "3n13n", "PL": "8n16n",
}


def iban(rng: random.Random, country: str, grouped: bool | None = None) -> str:
    bban = ""
    for n, kind in re.findall(r"(\d+)([an])", IBAN_BBAN[country]):
        n = int(n)
        bban += "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n)) if kind == "a" else digits(rng, n)
    if country in ("GB", "IE"):
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"] if country == "GB" else ["AIBK", "BOFI", "IPBS"]) + bban[4:]
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    value = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    assert iban_valid(value), value
    if grouped is None:
        grouped = rng.random() < 0.7
    if grouped:
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def _luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def card(rng: random.Random) -> str:
    kind = wpick(rng, [("visa", 44), ("mc", 26), ("mc2", 6), ("amex", 11), ("discover", 5), ("jcb", 4), ("diners", 4)])
    prefix, length = {
        "visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16), "mc2": (str(rng.randint(2221, 2720)), 16),
        "amex": (rng.choice(["34", "37"]), 15), "discover": (rng.choice(["6011", "65", str(rng.randint(644, 649))]), 16),
        "jcb": (str(rng.randint(3528, 3589)), 16), "diners": (rng.choice(["36", "38", str(rng.randint(300, 305))]), 14),
    }[kind]
    number = _luhn_complete(prefix + digits(rng, length - 1 - len(prefix)))
    assert card_valid(number), number
    style = rng.random()
    if length == 15:
        groups = [number[:4], number[4:10], number[10:]]
    elif length == 14:
        groups = [number[:4], number[4:10], number[10:]]
    else:
        groups = [number[i : i + 4] for i in range(0, 16, 4)]
    if style < 0.55:
        return " ".join(groups)
    if style < 0.7:
        return "-".join(groups)
    return number


def taxid(rng: random.Random) -> str:
    while True:
        pool = list("0123456789")
        rng.shuffle(pool)
        twice = pool[0]
        times = 2 if rng.random() < 0.7 else 3
        body = pool[1 : 11 - times] + [twice] * times
        rng.shuffle(body)
        cand = "".join(body)
        if cand[0] == "0" or any(cand[i] == cand[i + 1] == cand[i + 2] for i in range(8)):
            continue
        product = 10
        for c in cand:
            s = (int(c) + product) % 10 or 10
            product = (s * 2) % 11
        value = cand + str((11 - product) % 10)
        assert taxid_valid(value), value
        r = rng.random()
        if r < 0.72:
            return value
        if r < 0.92:
            return f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}"
        return f"{value[:3]} {value[3:6]} {value[6:9]} {value[9:]}"


def ipv4_public(rng):
    first = rng.choice([31, 37, 46, 62, 78, 79, 80, 81, 84, 87, 89, 91, 93, 94, 95, 109, 134, 141, 145, 176, 178, 185, 188, 193, 195, 212, 213, 217, 24, 67, 73, 98, 104, 151, 203, 198])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv4_private(rng):
    r = rng.random()
    if r < 0.45:
        return f"192.168.{rng.choice([0, 1, 1, 2, 10, 178, 100])}.{rng.randint(2, 254)}"
    if r < 0.8:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _h(rng):
    return format(rng.randint(0, 0xFFFF), "x")


def ipv6_global(rng):
    head = rng.choice(["2a02", "2003", "2a01", "2001", "2a00", "2600", "2a0a", "2406"])
    g = [head, format(rng.randint(0x100, 0xFFFF), "x")] + [_h(rng) for _ in range(6)]
    r = rng.random()
    if r < 0.45:
        return ":".join(g)
    if r < 0.85:
        return ":".join(g[:3]) + "::" + ":".join(g[6:])
    return ":".join(g[:4]) + "::" + g[7]


def ipv6_local(rng):
    r = rng.random()
    if r < 0.4:
        return f"fe80::{_h(rng)}:{_h(rng)}:{_h(rng)}:{_h(rng)}"
    if r < 0.85:
        return f"fd{format(rng.randint(0, 255), '02x')}:{_h(rng)}:{_h(rng)}::{_h(rng)}"
    return "::1"


def ip_any(rng):
    return wpick(rng, [(ipv4_public, 55), (ipv4_private, 18), (lambda r: "127.0.0.1", 3), (ipv6_global, 17), (ipv6_local, 7)])(rng)


# ---------------------------------------------------------------- invented names

_ON = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "dr", "gl", "kr", "pl", "sl", "tr", "vr", "th", "sh"]
_VO = ["a", "e", "i", "o", "u", "a", "e", "i", "ae", "ei", "ou", "y"]
_CO = ["", "", "", "n", "l", "r", "s", "m", "nd", "rt", "st", "x", "v"]
_F_END = ["a", "ine", "ea", "ira", "elle", "ia", "wen", "ette"]
_M_END = ["o", "an", "or", "ik", "em", "us", "ard", "in"]
_L_END = ["berg", "ani", "ovic", "ler", "ström", "mann", "etti", "ano", "owski", "ard", "ek", "ley", "ton", "is", "oglu", "enko", ""]


def _all_names_lower() -> set:
    out = set()
    for f, m, l in N.ORIGINS.values():
        for name in f + m + l:
            out.add(name.lower())
            for part in re.split(r"[ \-']", name):
                out.add(part.lower())
    for lst in (N.DE_STREETS, N.AT_STREETS, N.CH_STREETS, N.GB_STREETS, N.US_STREETS, N.IE_STREETS):
        for s in lst:
            for part in re.split(r"[ \-']", s):
                out.add(part.lower())
    return out


KNOWN_NAMES = _all_names_lower()
AVOID: set = set()  # ordinary words of the templates, filled in by the entry point
_BAD = {"tina", "dora", "mona", "lena", "nora", "vera", "rosa", "lisa", "sara", "dana", "mila", "nina", "ruby", "paris", "roma", "mars", "venus", "turin", "sauna", "pizza", "salami", "banane", "tomate", "dilemma"}


def invented_name(rng: random.Random, gender: str) -> tuple[str, str]:
    while True:
        syl = lambda: rng.choice(_ON) + rng.choice(_VO) + rng.choice(_CO)  # noqa: E731
        first = syl() + rng.choice(_F_END if gender == "f" else _M_END)
        last = syl() + (syl() if rng.random() < 0.6 else "") + rng.choice(_L_END)
        first, last = first.capitalize(), last.capitalize()
        if len(first) < 4 or len(last) < 4 or len(last) > 13:
            continue
        if any(w.lower() in KNOWN_NAMES or w.lower() in _BAD or w.lower() in AVOID for w in (first, last)):
            continue
        return first, last


# ---------------------------------------------------------------- people

ORIGIN_WEIGHTS = {
    "de": [
        ("german", 46), ("austrian", 8), ("swiss", 7), ("turkish", 8), ("polish", 5), ("italian", 3.5), ("russian", 2),
        ("ukrainian", 2.5), ("greek", 2), ("croatian", 2), ("romanian", 2), ("arabic", 2.5), ("persian", 1.5), ("spanish", 1.5),
        ("portuguese", 1), ("french", 1.5), ("dutch", 1.2), ("english", 1), ("vietnamese", 1), ("chinese", 0.8), ("indian", 0.8),
        ("korean", 0.4), ("japanese", 0.4), ("nigerian", 0.5), ("ghanaian", 0.4), ("ethiopian", 0.4), ("pakistani", 0.3),
        ("irish", 0.3), ("us", 0.3), ("scottish", 0.2), ("welsh", 0.1),
    ],
    "en": [
        ("english", 30), ("scottish", 5), ("welsh", 3), ("irish", 11), ("us", 12), ("indian", 5), ("pakistani", 3.5),
        ("nigerian", 3), ("ghanaian", 1.5), ("chinese", 2.5), ("polish", 2.5), ("italian", 2.5), ("spanish", 3),
        ("portuguese", 1.2), ("german", 4), ("french", 1.8), ("dutch", 1.2), ("greek", 1), ("turkish", 1.2), ("arabic", 1.5),
        ("persian", 0.8), ("vietnamese", 1.2), ("korean", 0.8), ("japanese", 0.8), ("ethiopian", 0.4), ("ukrainian", 0.8),
        ("russian", 0.6), ("romanian", 0.8), ("croatian", 0.4), ("austrian", 0.3), ("swiss", 0.3),
    ],
}
COUNTRY_WEIGHTS = {
    "de": [("DE", 72), ("AT", 13), ("CH", 11), ("NL", 1), ("FR", 1), ("IT", 1), ("GB", 1)],
    "en": [("GB", 42), ("US", 26), ("IE", 16), ("DE", 8), ("FR", 3), ("NL", 3), ("IT", 2)],
}
PARTICLES = {"von", "van", "der", "den", "de", "la", "le", "du", "di", "da", "do", "dos", "das", "del", "zu", "ter", "ten", "ap", "al", "el", "bin", "y", "mac", "nic", "ní", "ó", "freiherr"}

MAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "outlook.de", "mailbox.org", "icloud.com", "freenet.de", "yahoo.de"],
    "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net", "outlook.at"],
    "CH": ["bluewin.ch", "gmx.ch", "hispeed.ch", "sunrise.ch", "gmail.com", "protonmail.ch"],
    "GB": ["btinternet.com", "gmail.com", "outlook.com", "yahoo.co.uk", "sky.com", "hotmail.co.uk", "virginmedia.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "hotmail.com", "aol.com"],
    "IE": ["eircom.net", "gmail.com", "outlook.ie", "yahoo.ie", "hotmail.com"],
    "FR": ["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "IT": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it"],
}
WORK_DOMAINS = {
    "de": ["bergwerk-medien.de", "fernweh-agentur.de", "nordlicht-pr.de", "alpenblick-events.at", "seeblick-media.ch", "gipfelfoto.de", "kompass-logistik.de", "huettenwerk.de", "tourenplaner.at", "wegweiser-verlag.de"],
    "en": ["trailhead-media.co.uk", "northwind-pr.com", "summitcreative.ie", "redwood-agency.com", "evergreen-studio.co.uk", "peakpress.com", "outdoorjournal.co.uk", "basecamp-events.ie", "ridgeline.media", "keystone-retail.com"],
}
COMPANIES = {
    "de": ["Bergwerk Medien GmbH", "Fernweh Agentur GmbH", "Nordlicht PR", "Alpenblick Events e.U.", "Seeblick Media AG", "Gipfelfoto GbR", "Kompass Logistik GmbH", "Hüttenwerk Verlag", "Tourenplaner GmbH", "Wegweiser Verlag KG", "Lichtung Studios", "Quellgrund Outdoor AG"],
    "en": ["Trailhead Media Ltd", "Northwind PR", "Summit Creative", "Redwood Agency LLC", "Evergreen Studio Ltd", "Peak Press", "Outdoor Journal Ltd", "Basecamp Events", "Ridgeline Media", "Keystone Retail Inc.", "Brightside Supply Co.", "Ironwood Trading Ltd"],
}


class Address:
    def __init__(self, rng: random.Random, country: str):
        self.country = country
        if country == "DE":
            zipc, town = rng.choice(N.DE_TOWNS)
            street = rng.choice(N.DE_STREETS)
            if street.endswith("straße") and rng.random() < 0.2:
                street = street[:-6] + "str."
            num = str(rng.choice([rng.randint(1, 40), rng.randint(1, 140)]))
            r = rng.random()
            num += "a" if r < 0.08 else "b" if r < 0.12 else f"-{int(num) + 2}" if r < 0.15 else ""
            self.street = f"{street} {num}"
            if rng.random() < 0.05:
                zipc = "D-" + zipc
            self.zip, self.town = zipc, town
            self.town_line = f"{zipc} {town}"
            self.country_name = {"de": "Deutschland", "en": "Germany"}
        elif country == "AT":
            zipc, town = rng.choice(N.AT_TOWNS)
            num = str(rng.randint(1, 120))
            r = rng.random()
            num += f"/{rng.randint(1, 4)}/{rng.randint(1, 24)}" if r < 0.3 else f"/{rng.randint(1, 30)}" if r < 0.5 else f"/Top {rng.randint(1, 14)}" if r < 0.6 else ""
            self.street = f"{rng.choice(N.AT_STREETS)} {num}"
            if rng.random() < 0.15:
                zipc = "A-" + zipc
            self.zip, self.town = zipc, town
            self.town_line = f"{zipc} {town}"
            self.country_name = {"de": "Österreich", "en": "Austria"}
        elif country == "CH":
            zipc, town = rng.choice(N.CH_TOWNS)
            self.street = f"{rng.choice(N.CH_STREETS)} {rng.randint(1, 90)}{rng.choice(['', '', '', 'a'])}"
            if rng.random() < 0.25:
                zipc = "CH-" + zipc
            self.zip, self.town = zipc, town
            self.town_line = f"{zipc} {town}"
            self.country_name = {"de": "Schweiz", "en": "Switzerland"}
        elif country == "GB":
            town, area = rng.choice(N.GB_TOWNS)
            pc = f"{area}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            line = f"{rng.randint(1, 160)} {rng.choice(N.GB_STREETS)}"
            if rng.random() < 0.15:
                line = f"Flat {rng.randint(1, 12)}, " + line
            self.street = line
            self.zip, self.town = pc, town
            self.town_line = f"{town}{rng.choice([' ', ', '])}{pc}"
            self.country_name = {"de": "Großbritannien", "en": "United Kingdom"}
        elif country == "US":
            town, st, z = rng.choice(N.US_TOWNS)
            line = f"{rng.randint(10, 9899)} {rng.choice(N.US_STREETS)}"
            r = rng.random()
            if r < 0.25:
                line += rng.choice([f", Apt {rng.randint(1, 30)}{rng.choice(['', 'B', 'C'])}", f" Suite {rng.randint(100, 950)}", f", Unit {rng.randint(1, 20)}", f" #{rng.randint(2, 40)}"])
            self.street = line
            self.zip, self.town = z + digits(rng, 2), town
            self.town_line = f"{town}, {st} {self.zip}"
            self.country_name = {"de": "USA", "en": "USA"}
        elif country == "IE":
            town, routing = rng.choice(N.IE_TOWNS)
            code = f"{routing} {rng.choice('ACDEFHKNPRTVWXY')}{rng.choice('0123456789ACDEFHKNPRTVWXY')}{rng.choice('0123456789ACDEFHKNPRTVWXY')}{rng.randint(0, 9)}"
            self.street = f"{rng.randint(1, 90)} {rng.choice(N.IE_STREETS)}"
            if rng.random() < 0.12:
                self.street = f"Apt {rng.randint(1, 30)}, " + self.street
            self.zip, self.town = code, town
            self.town_line = f"{town}{rng.choice([' ', ', '])}{code}"
            self.country_name = {"de": "Irland", "en": "Ireland"}
        elif country == "FR":
            zipc, town = rng.choice(N.FR_TOWNS)
            self.street = f"{rng.randint(1, 80)}{rng.choice(['', '', '', ' bis'])} {rng.choice(N.FR_STREETS)}"
            self.zip, self.town = zipc, town
            self.town_line = f"{zipc} {town.upper() if rng.random() < 0.4 else town}"
            self.country_name = {"de": "Frankreich", "en": "France"}
        elif country == "NL":
            town, z2 = rng.choice(N.NL_TOWNS)
            pc = f"{z2}{rng.randint(10, 99)} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
            self.street = f"{rng.choice(N.NL_STREETS)} {rng.randint(1, 300)}{rng.choice(['', '', '-II', 'A'])}"
            self.zip, self.town = pc, town
            self.town_line = f"{pc} {town}"
            self.country_name = {"de": "Niederlande", "en": "Netherlands"}
        else:  # IT
            zipc, town = rng.choice(N.IT_TOWNS)
            self.street = f"{rng.choice(N.IT_STREETS)}{rng.choice([' ', ', '])}{rng.randint(1, 120)}"
            self.zip, self.town = zipc, town
            self.town_line = f"{zipc} {town}"
            self.country_name = {"de": "Italien", "en": "Italy"}
        self.line = f"{self.street}, {self.town_line}"
        self.block = f"{self.street}\n{self.town_line}"


US_AREAS = ["503", "971", "303", "720", "206", "801", "541", "828", "802", "512", "612", "608", "208", "406", "928", "312", "773", "718", "347", "415", "916", "734", "423", "970", "207"]


def phone(rng: random.Random, country: str, kind: str = "any") -> str:
    """A made-up phone number in one of the country's usual written forms. kind: any, mobile, land."""
    mobile = rng.random() < 0.55 if kind == "any" else kind == "mobile"
    d = lambda n: digits(rng, n)  # noqa: E731
    if country == "DE":
        if mobile:
            pre = rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178", "179", "1511", "1520", "1573"])
            sub = d(8 if len(pre) == 4 else 7)
            return rng.choice([f"0{pre} {sub}", f"0{pre}/{sub}", f"+49 {pre} {sub}", f"+49 (0){pre} {sub[:2]} {sub[2:4]} {sub[4:]}", f"0{pre}-{sub}", f"+49{pre}{sub}", f"0{pre} {sub[:3]} {sub[3:]}", f"+49 {pre} {sub[:3]} {sub[3:]}"])
        area = rng.choice(["30", "40", "89", "221", "69", "711", "211", "341", "351", "511", "911", "421", "8321", "8322", "8031", "761", "6221", "941", "831", "8821"])
        sub = d(9 - len(area) if len(area) >= 3 else 8)
        return rng.choice([f"0{area} {sub}", f"0{area}/{sub}", f"0{area} - {sub}", f"+49 {area} {sub}", f"+49 (0){area} {sub}", f"(0{area}) {sub}", f"0{area}-{sub[:3]} {sub[3:]}", f"0049 {area} {sub}"])
    if country == "AT":
        if mobile:
            pre = rng.choice(["650", "660", "664", "676", "680", "681", "688", "699"])
            sub = d(7)
            return rng.choice([f"0{pre} {sub}", f"0{pre} {sub[:3]} {sub[3:5]} {sub[5:]}", f"+43 {pre} {sub}", f"+43 {pre} {sub[:3]} {sub[3:]}", f"+43 (0){pre} {sub}", f"0043 {pre} {sub}", f"0{pre}/{sub}"])
        area = rng.choice(["1", "662", "512", "316", "732", "5356", "6542", "463"])
        sub = d(7 if area == "1" else 6)
        return rng.choice([f"0{area} {sub}", f"0{area}/{sub[:3]} {sub[3:]}", f"+43 {area} {sub}", f"+43 (0){area} {sub}", f"0{area}-{sub}"])
    if country == "CH":
        pre = rng.choice(["76", "77", "78", "79"]) if mobile else rng.choice(["44", "31", "61", "41", "81", "27", "71", "52"])
        a, b, c = d(3), d(2), d(2)
        return rng.choice([f"0{pre} {a} {b} {c}", f"+41 {pre} {a} {b} {c}", f"+41 (0){pre} {a} {b} {c}", f"0041 {pre} {a} {b} {c}", f"0{pre}/{a} {b} {c}", f"+41{pre}{a}{b}{c}"])
    if country == "GB":
        if mobile:
            sub = d(3) + " " + d(6)
            return rng.choice([f"07{sub}", f"+44 7{sub}", f"+44 (0)7{sub}", f"07{sub.replace(' ', '')}", f"+447{sub.replace(' ', '')}"])
        return rng.choice([f"020 7{d(3)} {d(4)}", f"0161 {d(3)} {d(4)}", f"0113 {d(3)} {d(4)}", f"01539 {d(6)}", f"+44 20 7{d(3)} {d(4)}", f"(0131) {d(3)} {d(4)}", f"+44 (0)117 {d(3)} {d(4)}", f"01768 {d(6)}", f"029 20{d(2)} {d(4)}"])
    if country == "US":
        area, ex, last = rng.choice(US_AREAS), f"{rng.randint(2, 9)}{d(2)}", d(4)
        return rng.choice([f"({area}) {ex}-{last}", f"{area}-{ex}-{last}", f"{area}.{ex}.{last}", f"+1 {area} {ex} {last}", f"+1 ({area}) {ex}-{last}", f"+1-{area}-{ex}-{last}", f"1-{area}-{ex}-{last}"])
    if country == "IE":
        if mobile:
            pre = rng.choice(["83", "85", "86", "87", "89"])
            return rng.choice([f"0{pre} {d(3)} {d(4)}", f"+353 {pre} {d(3)} {d(4)}", f"+353 (0){pre} {d(7)}", f"0{pre}-{d(7)}", f"0{pre} {d(7)}"])
        return rng.choice([f"01 {d(3)} {d(4)}", f"+353 1 {d(3)} {d(4)}", f"091 {d(6)}", f"021 {d(7)}", f"064 66{d(1)} {d(4)}", f"(01) {d(7)}"])
    if country == "FR":
        pre = rng.choice(["6", "7"]) if mobile else rng.choice(["1", "4", "5"])
        g = " ".join(d(2) for _ in range(4))
        return rng.choice([f"0{pre} {g}", f"+33 {pre} {g}", f"+33 (0){pre} {g}", f"0{pre}.{g.replace(' ', '.')}"])
    if country == "NL":
        if mobile:
            return rng.choice([f"06-{d(8)}", f"06 {d(8)}", f"+31 6 {d(8)}", f"+31 (0)6 {d(4)} {d(4)}"])
        return rng.choice([f"020-{d(7)}", f"+31 20 {d(3)} {d(4)}", f"030 {d(3)} {d(4)}", f"+31 (0)70 {d(7)}"])
    # IT
    if mobile:
        pre = rng.choice(["320", "328", "333", "338", "340", "347", "348", "366", "380", "393"])
        return rng.choice([f"+39 {pre} {d(3)} {d(4)}", f"{pre} {d(7)}", f"+39 {pre} {d(7)}", f"{pre}/{d(7)}"])
    return rng.choice([f"+39 02 {d(4)} {d(4)}", f"0471 {d(6)}", f"+39 0471 {d(6)}", f"06 {d(8)}"])


class Person:
    def __init__(self, rng: random.Random, lang: str, invented: bool, country: str | None = None):
        self.rng, self.lang, self.invented = rng, lang, invented
        self.gender = rng.choice("fm")
        if invented:
            self.origin = "invented"
            self.first, self.last = invented_name(rng, self.gender)
        else:
            self.origin = wpick(rng, ORIGIN_WEIGHTS[lang])
            fem, mal, sur = N.ORIGINS[self.origin]
            self.first = rng.choice(fem if self.gender == "f" else mal)
            last = rng.choice(sur)
            if self.origin == "german" and "-" not in self.first and rng.random() < 0.05:
                self.first = f"{self.first}-{rng.choice(fem if self.gender == 'f' else mal).split('-')[0]}"
            if self.origin in ("german", "austrian", "swiss") and "-" not in last and " " not in last and rng.random() < 0.05:
                other = rng.choice(sur)
                if " " not in other and other != last:
                    last = f"{last}-{other}"
            if self.origin == "spanish" and " " not in last and rng.random() < 0.35:
                other = rng.choice(sur)
                if " " not in other and other != last:
                    last = f"{last} {other}"
            if self.origin in ("polish",):
                if self.gender == "f" and last.endswith("ki"):
                    last = last[:-1] + "a"
                if self.gender == "m" and last.endswith("ka"):
                    last = last[:-1] + "i"
            if self.origin == "russian":
                if self.gender == "f" and last.endswith(("ov", "ev", "in")):
                    last += "a"
                if self.gender == "m" and last.endswith(("ova", "eva")):
                    last = last[:-1]
            if self.origin == "greek":
                if self.gender == "f" and last.endswith("os"):
                    last = last[:-2] + "ou"
                elif self.gender == "f" and last.endswith("is"):
                    last = last[:-1]
                if self.gender == "m" and last.endswith("opoulou"):
                    last = last[:-1] + "s"
            self.last = last
        if country is None:
            country = wpick(rng, COUNTRY_WEIGHTS[lang])
            if self.origin == "austrian" and lang == "de" and rng.random() < 0.8:
                country = "AT"
            if self.origin == "swiss" and lang == "de" and rng.random() < 0.85:
                country = "CH"
            if self.origin == "irish" and lang == "en" and rng.random() < 0.6:
                country = "IE"
            if self.origin == "us" and lang == "en" and rng.random() < 0.85:
                country = "US"
            if self.origin in ("scottish", "welsh") and lang == "en" and rng.random() < 0.8:
                country = "GB"
        self.country = country
        self._addr = None
        self._phones = {}
        self._vals = {}

    # -- name forms
    def parts_last(self):
        words = self.last.split(" ")
        particles = []
        while len(words) > 1 and words[0].lower() in PARTICLES:
            particles.append(words.pop(0))
        return particles, " ".join(words)

    @property
    def full(self):
        return f"{self.first} {self.last}"

    def initial(self):
        particles, core = self.parts_last()
        return " ".join([self.first] + particles + [core[0] + "."])

    def finit(self):
        first = self.first
        if "-" in first:
            return "-".join(p[0] + "." for p in first.split("-")) + " " + self.last
        return f"{first[0]}. {self.last}"

    def caps_last(self):
        return self.last.upper()

    @property
    def address(self):
        if self._addr is None:
            self._addr = Address(self.rng, self.country)
        return self._addr

    def phone(self, kind="any"):
        if kind not in self._phones:
            self._phones[kind] = phone(self.rng, self.country, kind)
        return self._phones[kind]

    def val(self, key, make):
        if key not in self._vals:
            self._vals[key] = make()
        return self._vals[key]

    def email(self):
        def make():
            rng = self.rng
            f, l = fold(self.first).lower(), fold(self.last).lower()
            core = fold(self.parts_last()[1]).lower() or l
            sep = rng.choice([".", ".", ".", "_", "-", ""])
            local = rng.choice([f"{f}{sep}{l}", f"{f[0]}{sep}{core}", f"{f}{rng.randint(1, 99)}", f"{core}{sep}{f}", f"{f}{sep}{core}{rng.randint(70, 99)}", f"{f}.{core[0]}", f"{core}{rng.randint(2, 9999)}"])
            if rng.random() < 0.04:
                local += "+shop"
            return f"{local}@{rng.choice(MAIL_DOMAINS[self.country])}"

        return self.val("email", make)

    def work_email(self):
        def make():
            f = fold(self.first).lower()
            core = fold(self.parts_last()[1]).lower()
            local = self.rng.choice([f"{f}.{core}", f"{f[0]}.{core}", f"{f}", f"{core}"])
            return f"{local}@{self.company_domain()}"

        return self.val("wmail", make)

    def company_domain(self):
        return self.val("cdom", lambda: self.rng.choice(WORK_DOMAINS[self.lang]))

    def company(self):
        def make():
            dom = self.company_domain()
            i = WORK_DOMAINS[self.lang].index(dom)
            return COMPANIES[self.lang][i]

        return self.val("company", make)

    def handle(self):
        def make():
            f = fold(self.first).lower()
            l = fold(self.parts_last()[1]).lower()
            return "@" + self.rng.choice([f"{f}_{l[:3]}", f"{f}.{l}", f"{f}{self.rng.randint(1, 99)}", f"{l}_{f[0]}", f"{f}_outdoors", f"{f}.on.trails"])

        return self.val("handle", make)


# ---------------------------------------------------------------- distractors (never labelled)

PRODUCTS = ["Almweg", "Fernkamm 45+10", "Firstwand", "Gitterhang", "Hochsattel 30", "Kaltkar", "Morgengrat", "Rinnental", "Schauerpass", "Steinlauf", "Trittweg", "Wintersteig"]
SKUS = ["TG-HT-100", "TG-BP-045", "TG-RJ-100", "TG-FL-100", "TG-BP-030", "TG-DJ-100", "TG-BL-100", "TG-SI-100", "TG-RJ-200", "TG-TS-100", "TG-SO-100", "TG-WT-100"]
TITLES = {
    "de": ["Almweg Zip-off-Wanderhose", "Fernkamm 45+10 Trekkingrucksack", "Firstwand 3-Lagen-Regenjacke", "Gitterhang Grid-Fleecejacke", "Hochsattel 30 Wanderrucksack", "Kaltkar Daunenjacke", "Morgengrat Merino 150 Langarmshirt", "Rinnental Isolationshoody", "Schauerpass 2,5-Lagen-Regenjacke", "Steinlauf Trailrunningschuh", "Trittweg Merino-Wandersocken", "Wintersteig Wintertrekkinghose"],
    "en": ["Almweg Zip-Off Hiking Trousers", "Fernkamm 45+10 Trekking Backpack", "Firstwand 3-Layer Rain Jacket", "Gitterhang Grid Fleece Jacket", "Hochsattel 30 Hiking Backpack", "Kaltkar Down Jacket", "Morgengrat Merino 150 Long-Sleeve Shirt", "Rinnental Insulated Hoody", "Schauerpass 2.5-Layer Rain Jacket", "Steinlauf Trail Running Shoe", "Trittweg Merino Hiking Socks", "Wintersteig Winter Trekking Trousers"],
}
PRICES = {
    "de": ["89,95 €", "129,95 €", "349,95 €", "119,95 €", "139,95 €", "289,95 €", "89,95 €", "219,95 €", "199,95 €", "159,95 €", "24,95 €", "169,95 €"],
    "en": ["€89.95", "€129.95", "€349.95", "€119.95", "€139.95", "€289.95", "€89.95", "€219.95", "€199.95", "€159.95", "€24.95", "€169.95"],
}
COLOURS = {"de": ["Tannenschatten", "Gratblau", "Hüttenorange", "Schiefer", "Moosgrün", "Sand", "Schwarz"], "en": ["Tannenschatten", "Gratblau", "Hüttenorange", "Schiefer", "moss green", "sand", "black"]}
SIZES = ["XS", "S", "M", "L", "XL", "XXL"]
BICS = ["COBADEFFXXX", "GENODEF1M04", "BYLADEM1001", "DEUTDEDBMUC", "HYVEDEMMXXX", "RZTIAT22", "BKAUATWW", "UBSWCHZH80A", "POFICHBEXXX", "BOFIIE2D", "AIBKIE2D", "NWBKGB2L", "BARCGB22", "INGBNL2A", "SOLADES1KEM", "BYLADEM1SFH"]
SUR_COMPANIES = {
    "de": ["Schneider Logistik GmbH", "Huber & Söhne KG", "Bäckerei Wolf", "Autohaus Becker", "Druckerei Vogel GmbH", "Hoffmann Textil AG", "Gebr. Keller Verpackung", "Meier Transporte AG", "Steiner Sport GmbH", "Brandt Etiketten e.K.", "Fischer & Partner Steuerberater", "Zimmermann Holzbau"],
    "en": ["Baker & Sons Ltd", "Fletcher Logistics", "Hughes Printing Ltd", "Morgan Textiles", "Walsh Freight Ltd", "Cooper Packaging Co.", "Turner & Price LLP", "Murphy Couriers", "Sinclair Outdoor Supply", "Harrison Labels Ltd", "Kennedy Warehousing", "Wright Brothers Trading"],
}
WORD_SURNAMES = {  # surnames that are ordinary words in these sentences
    "de": ["Koch", "Fuchs", "Wolf", "Vogel", "Bauer", "Jäger", "Schäfer", "Meister", "Hahn", "Winter", "Sommer", "Stein"],
    "en": ["Baker", "Hunter", "Cook", "Fisher", "Mason", "Walker", "Frost", "Stone", "Rose", "Marsh", "Hill", "Brook"],
}
TOWNS_ALONE = {
    "de": ["Oberstdorf", "Garmisch-Partenkirchen", "Innsbruck", "Zermatt", "Berchtesgaden", "Sonthofen", "Kempten", "Davos", "Schladming", "Freiburg", "Hamburg", "Leipzig", "Wien", "Zürich", "Salzburg"],
    "en": ["Keswick", "Fort William", "Aviemore", "Kendal", "Ambleside", "Galway", "Killarney", "Boulder", "Bend", "Chamonix", "Innsbruck", "Zermatt", "Leeds", "Bristol", "Portland"],
}


def gtin13(rng):
    body = rng.choice(["40", "42", "43", "76", "90", "50", "54", "87", "80"]) + digits(rng, 10)
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def not_card_number(rng, n=16):
    """A gift-card or voucher number: 16 digits that fail Luhn (or lie outside every issuer range)."""
    while True:
        v = rng.choice(["6", "7", "9", "4", "5", "8"]) + digits(rng, n - 1)
        if not card_valid(v):
            return v


def not_taxid(rng, n=11):
    while True:
        v = str(rng.randint(1, 9)) + digits(rng, n - 1)
        if not taxid_valid(v):
            return v


def distractor(kind: str, rng: random.Random, lang: str) -> str:
    d = lambda n: digits(rng, n)  # noqa: E731
    de = lang == "de"
    if kind == "order":
        return rng.choice([f"TG-{rng.randint(2024, 2026)}-{d(6)}", f"{d(9)}", f"#{d(6)}", f"1000{d(5)}", f"TG{d(7)}", f"{d(3)}-{d(7)}-{d(7)}", f"A-{d(3)} {d(4)}"])
    if kind == "invoice":
        return rng.choice([f"RE-{rng.randint(2024, 2026)}-{d(5)}", f"R{d(8)}", f"{rng.randint(2024, 2026)}/{d(4)}", f"INV-{d(6)}", f"GS-{d(6)}"])
    if kind == "ticket":
        return rng.choice([f"#{d(5)}", f"T-{d(6)}", f"SR-{d(4)}-{d(3)}", f"ZD-{d(6)}", f"CS{d(7)}"])
    if kind == "tracking":
        return rng.choice([f"00340434{d(12)}", f"1Z{d(3)}E{d(2)}{d(10)}", f"JJD{d(18)}", f"{d(14)}", f"RR{d(9)}DE", f"CX{d(9)}AT", f"{d(4)} {d(4)} {d(4)}", f"JD0{d(17)}"])
    if kind == "sku":
        return rng.choice(SKUS) + rng.choice(["", f"-{rng.choice(SIZES)}", f"-{rng.choice(SIZES)}-{rng.randint(1, 4):02d}"])
    if kind == "artno":  # shaped like a phone number
        return rng.choice([f"0{d(3)}-{d(4)}-{d(2)}", f"{d(3)} {d(3)} {d(2)} {d(2)}", f"0{d(2)}/{d(6)}-{d(1)}", f"{d(4)} {d(6)}", f"{d(3)}.{d(3)}.{d(3)}"])
    if kind == "gtin":
        return gtin13(rng)
    if kind == "date":
        y, m, dd = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
        if de:
            return rng.choice([f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.{y}", f"{dd}. {['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'][m - 1]}", f"{y}-{m:02d}-{dd:02d}"])
        month = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][m - 1]
        return rng.choice([f"{dd}/{m:02d}/{y}", f"{m}/{dd}/{y}", f"{dd} {month}", f"{month} {dd}", f"{y}-{m:02d}-{dd:02d}", f"{dd} {month[:3]} {y}"])
    if kind == "dob":
        y, m, dd = rng.randint(1948, 2005), rng.randint(1, 12), rng.randint(1, 28)
        return f"{dd:02d}.{m:02d}.{y}" if de else rng.choice([f"{dd:02d}/{m:02d}/{y}", f"{m}/{dd}/{y}", f"{y}-{m:02d}-{dd:02d}"])
    if kind == "time":
        h, mi = rng.randint(7, 19), rng.choice(["00", "05", "15", "30", "40", "45"])
        return f"{h}:{mi}" + (" Uhr" if de and rng.random() < 0.5 else "") if de else rng.choice([f"{h}:{mi}", f"{h % 12 or 12}:{mi} {'am' if h < 12 else 'pm'}", f"{h % 12 or 12}{'am' if h < 12 else 'pm'}"])
    if kind == "price":
        i = rng.randrange(12)
        return PRICES[lang][i] if rng.random() < 0.6 else (f"{rng.randint(5, 400)},{rng.choice(['00', '95', '90', '50'])} €" if de else rng.choice([f"£{rng.randint(5, 300)}.{rng.choice(['00', '95', '99'])}", f"${rng.randint(5, 400)}.{rng.choice(['00', '95'])}", f"€{rng.randint(5, 400)}.{rng.choice(['00', '95'])}"]))
    if kind == "amount":
        return f"{rng.randint(20, 2400)},{d(2)} €" if de else rng.choice([f"€{rng.randint(20, 2400)}.{d(2)}", f"£{rng.randint(20, 2400)}.{d(2)}"])
    if kind == "vat":
        return rng.choice([f"DE{rng.randint(1, 3)}{d(8)}", f"ATU{d(8)}", f"CHE-{d(3)}.{d(3)}.{d(3)} MWST", f"GB{d(9)}", f"IE{d(7)}{rng.choice('ABCDEFHW')}", f"NL{d(9)}B01", f"FR{d(2)}{d(9)}"])
    if kind == "bic":
        return rng.choice(BICS)
    if kind == "stnr":
        return rng.choice([f"{d(3)}/{d(3)}/{d(5)}", f"{d(2)}/{d(3)}/{d(5)}", f"{d(5)}/{d(5)}", f"1{d(2)}/{d(3)}/{d(4)}", f"{d(2)} {d(3)}/{d(4)}"])
    if kind == "masked":
        last4 = d(4)
        return rng.choice([f"**** **** **** {last4}", f"XXXX-XXXX-XXXX-{last4}", f"•••• {last4}", f"{rng.choice(['4', '5'])}{d(3)} {d(2)}** **** {last4}", f"************{last4}", f"ending in {last4}" if not de else f"endend auf {last4}"])
    if kind == "gift":
        v = not_card_number(rng)
        return rng.choice([v, " ".join(v[i : i + 4] for i in range(0, 16, 4)), "-".join(v[i : i + 4] for i in range(0, 16, 4))])
    if kind == "plate":
        return rng.choice([f"M-{rng.choice(['AB', 'KX', 'TG', 'LR'])} {rng.randint(10, 9999)}", f"OA-{rng.choice(['H', 'ST', 'Z'])} {rng.randint(10, 999)}", f"GAP-{rng.choice(['AL', 'R', 'KM'])} {rng.randint(1, 999)}", f"I-{rng.randint(100, 99999)} {rng.choice('ABCX')}", f"ZH {rng.randint(1000, 999999)}", f"{rng.choice(['KX', 'LD', 'YA'])}{rng.randint(10, 24)} {rng.choice(['ABC', 'HTR', 'WNP'])}"])
    if kind == "passport":
        return rng.choice([f"C{rng.choice('FGHJKLMNPRTVWXYZ')}{d(2)}{rng.choice('FGHJKLMNPRTVWXYZ')}{d(4)}", f"{d(9)}", f"P{d(7)}", f"{rng.choice('ABCDEFGHJ')}{rng.choice('ABCDEFGHJ')}{d(7)}"])
    if kind == "custno":
        return rng.choice([f"K-{d(6)}", f"KD{d(7)}", f"{d(8)}", f"C-{d(5)}", f"CU{d(6)}", f"TG-K{d(5)}"])
    if kind == "longno":  # 11 digits that are no tax ID
        return not_taxid(rng)
    if kind == "version":
        return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", f"{rng.randint(1, 20)}.{rng.randint(0, 9)}.{rng.randint(0, 40)}", f"Build {d(5)}", f"{rng.randint(2024, 2026)}.{rng.randint(1, 12)}.{rng.randint(1, 3)}", f"v{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}"])
    if kind == "product":
        return rng.choice(PRODUCTS)
    if kind == "title":
        return rng.choice(TITLES[lang])
    if kind == "colour":
        return rng.choice(COLOURS[lang])
    if kind == "size":
        return rng.choice(SIZES)
    if kind == "shoesize":
        return rng.choice(["39", "40", "41", "42", "43", "44", "45"] if de else ["UK 8", "US 10", "EU 43", "UK 6.5", "EU 41"])
    if kind == "qty":
        return str(rng.randint(2, 60))
    if kind == "pct":
        return f"{rng.choice([10, 15, 20, 25, 30, 40])} %" if de else f"{rng.choice([10, 15, 20, 25, 30, 40])}%"
    if kind == "weekday":
        return rng.choice(["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"] if de else ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"])
    if kind == "company":
        return rng.choice(COMPANIES[lang])
    if kind == "cosur":
        return rng.choice(SUR_COMPANIES[lang])
    if kind == "town":
        return rng.choice(TOWNS_ALONE[lang])
    if kind == "zip":
        return rng.choice([d(5), f"{rng.randint(1000, 9999)}", f"{rng.randint(1, 9)}{d(4)}"])
    if kind == "word":
        return rng.choice(WORD_SURNAMES[lang])
    if kind == "code":
        return rng.choice(["BERG", "TRAIL", "GIPFEL", "HERBST", "WINTER", "SUMMIT", "TALGRAT"]) + str(rng.choice([10, 15, 20, 24, 25]))
    if kind == "ean8":
        body = digits(rng, 7)
        total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(body))
        return body + str((10 - total % 10) % 10)
    if kind == "jacket":
        return rng.choice(["Firstwand", "Schauerpass", "Kaltkar", "Rinnental", "Gitterhang"])
    if kind == "shell":
        return rng.choice(["Firstwand", "Schauerpass"])
    if kind == "pack":
        return rng.choice(["Hochsattel 30", "Fernkamm 45+10"])
    if kind == "kind":
        return rng.choice(["Regenjacke", "Rucksack", "Daunenjacke", "Fleecejacke", "Wanderhose", "Trailschuh"] if de else ["rain jacket", "backpack", "down jacket", "fleece", "hiking trousers", "trail shoe"])
    if kind == "expiry":
        return f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}"
    if kind == "hour":
        return str(rng.randint(8, 18))
    if kind == "year":
        return str(rng.randint(2024, 2026))
    if kind == "n":
        return str(rng.randint(2, 9))
    if kind == "rating":
        return str(rng.randint(3, 5))
    if kind == "month":
        return rng.choice(["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"] if de else ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"])
    if kind == "ts":
        return f"{rng.randint(2024, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    if kind == "clf":
        mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][rng.randint(0, 11)]
        return f"{rng.randint(1, 28):02d}/{mon}/{rng.randint(2024, 2026)}:{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0000"
    if kind == "clock":
        return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    if kind == "port":
        return str(rng.choice([443, 8080, 8443, 3000, 5432, 22, 25, 587]))
    if kind == "uuid":
        return "-".join(format(rng.getrandbits(b * 4), f"0{b}x") for b in (8, 4, 4, 4, 12))
    if kind == "hex":
        return format(rng.getrandbits(48), "012x")
    raise KeyError(kind)


SHOP = {
    "mail": {"de": ["service@talgrat.de", "retouren@talgrat.de", "presse@talgrat.de", "b2b@talgrat.de", "datenschutz@talgrat.de", "bestellung@talgrat.de"], "en": ["support@talgrat.com", "returns@talgrat.com", "press@talgrat.com", "hello@talgrat.com", "privacy@talgrat.com", "orders@talgrat.com"]},
    "phone": {"de": ["+49 8321 67459-0", "08321 674590", "+49 (0)8321 674 59 12", "0800 7254728"], "en": ["+49 8321 67459-20", "+44 20 3808 4471", "+353 1 443 9021", "+1 (303) 555-0148"]},
    "addr": {"de": ["Am Kesselbach 14, 87527 Sonthofen", "Am Kesselbach 14\n87527 Sonthofen", "Gewerbering 7, 87509 Immenstadt", "Industriestraße 22a, 87509 Immenstadt im Allgäu"], "en": ["Am Kesselbach 14, 87527 Sonthofen", "Unit 4, Lakeland Business Park, Kendal LA9 6NH", "Gewerbering 7, 87509 Immenstadt", "14 Harbour Road, Galway H91 T2W5"]},
}


# ---------------------------------------------------------------- rendering

SLOT = re.compile(r"\{([a-zA-Z][a-zA-Z0-9_]*(?:\.[a-zA-Z0-9_]+)?)\}")
ALT = re.compile(r"\(\(([^()]*)\)\)")


def choose(template: str, rng: random.Random) -> str:
    while True:
        m = ALT.search(template)
        if not m:
            return template
        template = template[: m.start()] + rng.choice(m.group(1).split("|")) + template[m.end() :]


class Ctx:
    """The people and values of one text; resolves slots to pieces (text, label or None)."""

    def __init__(self, rng: random.Random, lang: str, invented_rate: float = 0.1):
        self.rng, self.lang = rng, lang
        self.people: dict[str, Person] = {}
        self.values: dict[str, str] = {}
        self.country: str | None = None
        self.invented_rate = invented_rate
        self.named: dict[str, bool] = {}

    def person(self, key: str) -> Person:
        if key not in self.people:
            invented = key.startswith("p") and self.rng.random() < self.invented_rate
            country = self.country
            self.people[key] = Person(self.rng, self.lang, invented, country)
        return self.people[key]

    def value(self, name: str, make):
        if name not in self.values:
            self.values[name] = make()
        return self.values[name]

    def resolve(self, slot: str):
        rng, lang, de = self.rng, self.lang, self.lang == "de"
        if "." in slot:
            key, attr = slot.split(".")
            p = self.person(key)
            P = "PERSON"
            forms = {
                "full": (p.full, P), "first": (p.first, P), "last": (p.last, P), "lf": (f"{p.last}, {p.first}", P),
                "LF": (f"{p.last.upper()}, {p.first}", P), "caps": (p.full.upper(), P), "lower": (p.full.lower(), P),
                "lfirst": (p.first.lower(), P), "init": (p.initial(), P), "finit": (p.finit(), P), "LAST": (p.last.upper(), P),
                "email": (p.email(), "EMAIL"), "email2": (p.val("email2", lambda: p.email().split("@")[0].split("+")[0] + str(rng.randint(1, 9)) + "@" + rng.choice(MAIL_DOMAINS[p.country])), "EMAIL"), "wmail": (p.work_email(), "EMAIL"), "phone": (p.phone(), "PHONE"),
                "mobile": (p.phone("mobile"), "PHONE"), "land": (p.phone("land"), "PHONE"),
                "line": (p.address.line, "STREET_ADDRESS"), "block": (p.address.block, "STREET_ADDRESS"),
                "street": (p.address.street, "STREET_ADDRESS"), "zip": (p.address.zip, None), "town": (p.address.town, None),
                "cityline": (p.address.town_line, None), "country": (p.address.country_name[lang], None),
                "iban": (p.val("iban", lambda: iban(rng, p.country if p.country in IBAN_BBAN and rng.random() < 0.85 else ("DE" if de else "GB"))), "IBAN"),
                "card": (p.val("card", lambda: card(rng)), "CREDIT_CARD"), "taxid": (p.val("taxid", lambda: taxid(rng)), "DE_TAX_ID"),
                "ip": (p.val("ip", lambda: ip_any(rng)), "IP_ADDRESS"), "dob": (p.val("dob", lambda: distractor("dob", rng, lang)), None),
                "custno": (p.val("custno", lambda: distractor("custno", rng, lang)), None), "company": (p.company(), None),
                "handle": (p.handle(), None), "domain": (p.company_domain(), None),
            }
            if attr in forms:
                text, label = forms[attr]
                if label == "PERSON":
                    self.named[key] = True
                return [(text, label)]
            g = p.gender
            words = {
                # German forms
                "fh": "Frau" if g == "f" else "Herr", "fhd": "Frau" if g == "f" else "Herrn",
                "hon": p.val("hon", lambda: rng.choice(["Frau", "Frau", "Frau", "Frau Dr.", "Fr."] if g == "f" else ["Herr", "Herr", "Herr", "Herr Dr.", "Hr."]) if de else rng.choice(["Ms", "Ms.", "Mrs", "Dr", "Miss"] if g == "f" else ["Mr", "Mr.", "Mr", "Dr."])),
                "sgh": "Sehr geehrte Frau" if g == "f" else "Sehr geehrter Herr", "lieb": "Liebe" if g == "f" else "Lieber",
                "er": "sie" if g == "f" else "er", "Er": "Sie" if g == "f" else "Er", "ihn": "sie" if g == "f" else "ihn",
                "ihm": "ihr" if g == "f" else "ihm", "sein": "ihr" if g == "f" else "sein", "Kunde": "Kundin" if g == "f" else "Kunde",
                "Kollege": "Kollegin" if g == "f" else "Kollege", "papa": "meine Mama" if g == "f" else "meinen Papa", "parent": "mum" if g == "f" else "dad", "der": "die" if g == "f" else "der", "den": "die" if g == "f" else "den",
                "dem": "der" if g == "f" else "dem", "ein": "eine" if g == "f" else "ein", "r": "" if g == "f" else "r",
                "in": "in" if g == "f" else "", "ine": "in" if g == "f" else "e", "e": "e" if g == "f" else "",
                # English forms
                "mr": p.val("mr", lambda: rng.choice(["Ms", "Mrs", "Ms."] if g == "f" else ["Mr", "Mr."])),
                "he": "she" if g == "f" else "he", "He": "She" if g == "f" else "He", "him": "her" if g == "f" else "him",
                "his": "her" if g == "f" else "his", "His": "Her" if g == "f" else "His",
            }
            return [(words[attr], None)]
        base = slot.rstrip("0123456789")
        labelled = {
            "iban": lambda: iban(rng, wpick(rng, [("DE", 60), ("AT", 15), ("CH", 10), ("NL", 5), ("FR", 4), ("IT", 3), ("LU", 3)] if de else [("GB", 40), ("IE", 25), ("DE", 15), ("NL", 8), ("FR", 5), ("ES", 4), ("BE", 3)])),
            "card": lambda: card(rng), "taxid": lambda: taxid(rng), "ip": lambda: ipv4_public(rng), "ip6": lambda: ipv6_global(rng),
            "ipp": lambda: ipv4_private(rng), "iplo": lambda: rng.choice(["127.0.0.1", "::1"]), "ipl6": lambda: ipv6_local(rng),
            "anyip": lambda: ip_any(rng), "shopmail": lambda: rng.choice(SHOP["mail"][lang]), "shopphone": lambda: rng.choice(SHOP["phone"][lang]),
            "shopaddr": lambda: rng.choice([a for a in SHOP["addr"][lang] if "\n" not in a]),
            "gbphone": lambda: phone(rng, "GB"), "dephone": lambda: phone(rng, "DE"), "usphone": lambda: phone(rng, "US"),
            "iephone": lambda: phone(rng, "IE"), "atphone": lambda: phone(rng, "AT"), "chphone": lambda: phone(rng, "CH"),
        }
        labels = {"iban": "IBAN", "card": "CREDIT_CARD", "taxid": "DE_TAX_ID", "ip": "IP_ADDRESS", "ip6": "IP_ADDRESS", "ipp": "IP_ADDRESS", "iplo": "IP_ADDRESS", "ipl6": "IP_ADDRESS", "anyip": "IP_ADDRESS", "shopmail": "EMAIL", "shopphone": "PHONE", "shopaddr": "STREET_ADDRESS"}
        if base in labelled:
            return [(self.value(slot, labelled[base]), labels.get(base, "PHONE"))]
        return [(self.value(slot, lambda: distractor(base, rng, lang)), None)]

    def fill(self, template: str) -> list:
        template = choose(template, self.rng)
        pieces, pos = [], 0
        for m in SLOT.finditer(template):
            if m.start() > pos:
                pieces.append((template[pos : m.start()], None))
            pieces += self.resolve(m.group(1))
            pos = m.end()
        if pos < len(template):
            pieces.append((template[pos:], None))
        return pieces


def assemble(pieces) -> tuple[str, list]:
    text, ents, pos = [], [], 0
    for t, label in pieces:
        if label:
            ents.append({"type": label, "start": pos, "end": pos + len(t), "value": t})
        text.append(t)
        pos += len(t)
    return "".join(text), ents


# ---------------------------------------------------------------- self-checks

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\w]|\.\d)")
IPV6_RE = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![\w:])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
DIGIT_RUN_RE = re.compile(r"\d+(?:[ \-]\d+)*")
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)


def _covered(ents, start, end):
    return any(e["start"] <= start and end <= e["end"] for e in ents)


def check_record(text: str, ents: list, has_pii: bool, ordinary_words: set) -> str | None:
    """None when the rendering is sound, else the reason."""
    last_end = -1
    for e in ents:
        if text[e["start"] : e["end"]] != e["value"]:
            return "value mismatch"
        if e["value"] != e["value"].strip() or not e["value"]:
            return "untrimmed value"
        if e["start"] < last_end:
            return "overlap or unsorted"
        last_end = e["end"]
        v = e["value"]
        if e["type"] == "IBAN" and not iban_valid(v):
            return "bad iban"
        if e["type"] == "CREDIT_CARD" and not card_valid(v):
            return "bad card"
        if e["type"] == "DE_TAX_ID" and not taxid_valid(v):
            return "bad tax id"
        if e["type"] == "EMAIL" and not EMAIL_RE.fullmatch(v):
            return "bad email"
    for a, b in zip(ents, ents[1:]):
        if a["type"] == b["type"] == "PERSON" and text[a["end"] : b["start"]] in (" ", ""):
            return "adjacent person spans"
    if has_pii and not ents:
        return "pii text without spans"
    if not has_pii and ents:
        return "clean text with spans"
    # nothing personal outside the spans
    mail_zones = []
    for m in EMAIL_RE.finditer(text):
        mail_zones.append((m.start(), m.end()))
        if not _covered(ents, m.start(), m.end()):
            return f"unlabelled email {m.group(0)}"
    for m in IPV4_RE.finditer(text):
        if all(int(g) <= 255 for g in m.groups()) and not _covered(ents, m.start(), m.end()):
            return f"unlabelled ipv4 {m.group(0)}"
    for m in IPV6_RE.finditer(text):
        s = m.group(0)
        if ("::" in s or s.count(":") == 7) and len(s) > 2 and not _covered(ents, m.start(), m.end()):
            return f"unlabelled ipv6 {s}"
    for m in IBAN_RE.finditer(text):
        if iban_valid(m.group(0)) and not _covered(ents, m.start(), m.end()):
            return f"unlabelled iban {m.group(0)}"
    for m in DIGIT_RUN_RE.finditer(text):
        compact = re.sub(r"[ \-]", "", m.group(0))
        if card_valid(compact) and not _covered(ents, m.start(), m.end()):
            return f"unlabelled card {m.group(0)}"
        if taxid_valid(compact) and not _covered(ents, m.start(), m.end()):
            return f"unlabelled tax id {m.group(0)}"
    # every copy of a labelled person's name part is labelled
    parts = []
    for e in ents:
        if e["type"] == "PERSON":
            for part in re.split(r"[\s,\-]+", e["value"]):
                part = part.strip(".")
                if len(part) >= 2 and part.lower() not in PARTICLES and part not in parts:
                    parts.append(part)
    if parts:
        zones = mail_zones + [(m.start(), m.end()) for m in re.finditer(r"[@#][\w.\-]+|https?://\S+|www\.\S+", text)]
        lower_parts = {p.lower(): p for p in parts}
        for m in TOKEN_RE.finditer(text):
            tok = m.group(0)
            p = lower_parts.get(tok.lower())
            if p is None:
                continue
            if _covered(ents, m.start(), m.end()) or any(a <= m.start() and m.end() <= b for a, b in zones):
                continue
            if tok == tok.lower() and tok != p and tok in ordinary_words:
                continue  # the ordinary word ("will", "may", "an"), not the name
            return f"unlabelled name part {tok}"
    return None
