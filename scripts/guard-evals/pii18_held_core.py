"""Machinery of the eighteenth PII bank's held-out half (pii18_held): people, addresses, phone
numbers, checksummed values, look-alikes, the template filler that records labelled spans, and
the validators and self-checks. Standard library only; written without reading any other bank.

A template is a string with slots `{p1.full}`, `{p2.addr1}`, `{shop.tel}`, `{order}` … and
alternatives `((a|b|c))`. A slot renders to pieces `(text, label or None)`; the pieces of a text
are joined and the labelled ones become its entities (code-point offsets).
"""

import ipaddress
import random
import re
import unicodedata

from pii18_held_names import GIVEN_FALLBACK, NAMES, ORIGIN_WEIGHTS, all_name_words
import pii18_held_places as PL

DIG = "0123456789"


def d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIG) for _ in range(n))


def nz(rng: random.Random, n: int) -> str:
    """n digits, the first one 2-9 (subscriber numbers)."""
    return rng.choice("23456789") + d(rng, n - 1)


def wchoice(rng: random.Random, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


# ---------------------------------------------------------------- checksummed values and validators

IBAN_BBAN = {
    "DE": "n18", "AT": "n16", "CH": "n17", "GB": "a4n14", "IE": "a4n14", "NL": "a4n10",
    "FR": "n23", "IT": "a1n22", "ES": "n20", "BE": "n12", "LU": "n16",
}
IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "GB": 22, "IE": 22, "NL": 18, "FR": 27, "IT": 27, "ES": 24, "BE": 16, "LU": 20,
            "PL": 28, "PT": 25, "SE": 24, "DK": 18, "NO": 15, "FI": 18, "CZ": 24, "HR": 21, "RO": 24, "GR": 27,
            "SI": 19, "SK": 24, "HU": 28, "LI": 21, "MC": 27}
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def iban_valid(value: str) -> bool:
    v = value.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", v):
        return False
    if v[:2] in IBAN_LEN and len(v) != IBAN_LEN[v[:2]]:
        return False
    return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1


def make_iban(rng: random.Random, country: str, grouped: bool | None = None) -> str:
    spec = IBAN_BBAN[country]
    bban = ""
    for kind, n in re.findall(r"([an])(\d+)", spec):
        bban += "".join(rng.choice(UPPER if kind == "a" else DIG) for _ in range(int(n)))
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG"]) + bban[4:]
    if country == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + bban[4:]
    if country == "NL":
        bban = rng.choice(["INGB", "RABO", "ABNA", "TRIO", "SNSB"]) + bban[4:]
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    value = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    assert iban_valid(value), value
    if grouped is None:
        grouped = rng.random() < 0.7
    if grouped:
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def luhn_sum_ok(num: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(num)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    for c in DIG:
        if luhn_sum_ok(body + c):
            return c
    raise AssertionError


def card_issuer(num: str) -> str | None:
    """The issuer whose range and length the number belongs to, or None."""
    n = len(num)
    if num[0] == "4" and n in (13, 16, 19):
        return "visa"
    if n == 16 and 51 <= int(num[:2]) <= 55:
        return "mastercard"
    if n == 16 and 2221 <= int(num[:4]) <= 2720:
        return "mastercard"
    if n == 15 and num[:2] in ("34", "37"):
        return "amex"
    if n in (16, 19) and (num.startswith("6011") or num.startswith("65") or 644 <= int(num[:3]) <= 649):
        return "discover"
    if n in (16, 19) and 3528 <= int(num[:4]) <= 3589:
        return "jcb"
    if n == 14 and (num[:2] in ("36", "38") or 300 <= int(num[:3]) <= 305):
        return "diners"
    return None


def card_valid(value: str) -> bool:
    num = re.sub(r"[ -]", "", value)
    return num.isdigit() and 13 <= len(num) <= 19 and card_issuer(num) is not None and luhn_sum_ok(num)


def make_card(rng: random.Random) -> str:
    kind = wchoice(rng, [("visa", 42), ("mc", 26), ("mc2", 6), ("amex", 12), ("disc", 6), ("jcb", 4), ("diners", 4)])
    prefix, length = {
        "visa": ("4", 16),
        "mc": (str(rng.randint(51, 55)), 16),
        "mc2": (str(rng.randint(2221, 2720)), 16),
        "amex": (rng.choice(["34", "37"]), 15),
        "disc": (rng.choice(["6011", "65", str(rng.randint(644, 649))]), 16),
        "jcb": (str(rng.randint(3528, 3589)), 16),
        "diners": (rng.choice(["36", "38", "300", "305"]), 14),
    }[kind]
    body = prefix + d(rng, length - 1 - len(prefix))
    num = body + luhn_digit(body)
    assert card_valid(num), num
    style = rng.random()
    if length == 15:
        groups = [num[:4], num[4:10], num[10:]]
    elif length == 14:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i : i + 4] for i in range(0, 16, 4)]
    if style < 0.55:
        return " ".join(groups)
    if style < 0.72:
        return "-".join(groups)
    return num


def taxid_valid(value: str) -> bool:
    """German Steuer-ID: 11 digits, first not 0; in the first ten exactly one digit occurs twice
    or three times (three times never all adjacent), the rest at most once; ISO 7064 MOD 11,10."""
    v = value.replace(" ", "").replace("/", "")
    if len(v) != 11 or not v.isdigit() or v[0] == "0":
        return False
    body = v[:10]
    counts = [body.count(c) for c in DIG]
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


def make_taxid(rng: random.Random, style: str | None = None) -> str:
    while True:
        digits = list(DIG)
        rng.shuffle(digits)
        rep = digits[0]
        times = rng.choice([2, 2, 3])
        body = digits[1 : 1 + 10 - times] + [rep] * times
        rng.shuffle(body)
        body = "".join(body)
        if body[0] == "0" or any(body[i] == body[i + 1] == body[i + 2] for i in range(8)):
            continue
        product = 10
        for c in body:
            s = (int(c) + product) % 10 or 10
            product = (s * 2) % 11
        v = body + str((11 - product) % 10)
        if not taxid_valid(v):
            continue
        style = style or rng.choice(["compact", "compact", "grouped", "grouped3"])
        if style == "grouped":
            return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
        if style == "grouped3":
            return f"{v[:3]} {v[3:6]} {v[6:9]} {v[9:]}"
        return v


def gtin13(rng: random.Random) -> str:
    body = rng.choice(["400", "401", "402", "403", "404", "426", "50", "54", "76", "90", "87"])
    body += d(rng, 12 - len(body))
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def gift_number(rng: random.Random) -> str:
    """A gift-card number that fails the Luhn check (so no card)."""
    while True:
        num = rng.choice(["6034", "6280", "9876", "7788", "6362"]) + d(rng, rng.choice([12, 15]))
        if not luhn_sum_ok(num):
            break
    if len(num) == 16 and rng.random() < 0.6:
        return " ".join(num[i : i + 4] for i in range(0, 16, 4))
    return num


# ---------------------------------------------------------------- IP addresses

PUBLIC_FIRST = [31, 37, 46, 62, 77, 78, 80, 81, 82, 84, 85, 87, 88, 89, 91, 92, 93, 94, 95, 109, 134, 141, 145, 151, 176, 178, 185, 188, 193, 195, 212, 213, 217, 24, 50, 66, 73, 98, 104, 162, 173]


def ip_public4(rng):
    return f"{rng.choice(PUBLIC_FIRST)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ip_private4(rng):
    return rng.choice([
        f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        f"192.168.{rng.choice([0, 1, 2, 10, 100, 178])}.{rng.randint(2, 254)}",
        f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        "127.0.0.1",
    ])


def _h(rng):
    return format(rng.randint(0, 0xFFFF), "x")


def ip_public6(rng):
    head = rng.choice(["2a02:810d", "2a01:c22", "2003:e8", "2a00:20", "2001:16b8", "2a0a:a540", "2605:a601", "2001:db8"])
    if rng.random() < 0.5:
        return f"{head}:{_h(rng)}:{_h(rng)}:{_h(rng)}:{_h(rng)}:{_h(rng)}:{_h(rng)}"
    return f"{head}:{_h(rng)}::{_h(rng)}:{_h(rng)}"


def ip_local6(rng):
    return rng.choice([
        f"fd{format(rng.randint(0, 255), '02x')}:{_h(rng)}:{_h(rng)}::{rng.randint(1, 99)}",
        f"fe80::{_h(rng)}:{_h(rng)}:{_h(rng)}:{_h(rng)}",
        "::1",
    ])


def ip_any(rng):
    return wchoice(rng, [(ip_public4, 55), (ip_private4, 20), (ip_public6, 17), (ip_local6, 8)])(rng)


# ---------------------------------------------------------------- invented names

_ON = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "fr", "gr", "kr", "tr", "st", "sk", "sl", "th", "w"]
_VO = ["a", "e", "i", "o", "u", "a", "e", "i", "ai", "ei", "ou", "ia", "eo"]
_CO = ["", "", "", "n", "r", "l", "s", "m", "nd", "rt", "lk", "st"]
_KNOWN = None


def _known_words():
    global _KNOWN
    if _KNOWN is None:
        words = set()
        for n in all_name_words() + PL.ALL_TOWN_WORDS + PL.ALL_STREET_WORDS:
            for part in re.split(r"[\s\-']+", n.lower()):
                if part:
                    words.add(part)
        _KNOWN = words
    return _KNOWN


def invented_word(rng, syllables):
    w = "".join(rng.choice(_ON) + rng.choice(_VO) for _ in range(syllables)) + rng.choice(_CO)
    return w[:1].upper() + w[1:]


def invented_name(rng):
    """A given name and a surname from a syllable generator, checked to be in none of the lists."""
    known = _known_words()
    while True:
        first = invented_word(rng, 2)
        last = invented_word(rng, rng.choice([2, 2, 3]))
        if rng.random() < 0.25:
            last += rng.choice(["ov", "ak", "ert", "ing", "ec", "ani", "sen", "ello"])
        if first.lower() in known or last.lower() in known or len(first) < 4 or len(last) < 4:
            continue
        if first.lower() == last.lower():
            continue
        return first, last


# ---------------------------------------------------------------- addresses

def _pattern(rng, pat):
    return "".join(rng.choice(DIG) if c == "#" else c for c in pat)


GB_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
EIR = "ACDEFHKNPRTVWXY"


class Address:
    def __init__(self, rng: random.Random, country: str, lang: str):
        self.country = country
        self.lang = lang
        self.area = None
        self.state = None
        r = rng.random()
        if country in ("DE", "AT", "CH"):
            if country == "DE":
                town, pat, self.area = rng.choice(PL.DE_TOWNS)
                street = rng.choice(PL.DE_STREETS)
                if street.endswith("straße") and r < 0.25:
                    street = street[:-6] + "str."
                elif street.endswith("Straße") and r < 0.2:
                    street = street[:-6] + "Str."
                num = str(rng.choice([rng.randint(1, 40), rng.randint(1, 140)]))
                if rng.random() < 0.12:
                    num += rng.choice(["a", "b", "c", " a", "-" + str(int(num) + 2)])
                zipc = _pattern(rng, pat)
                if rng.random() < 0.05:
                    zipc = "D-" + zipc
            elif country == "AT":
                town, pat, self.area = rng.choice(PL.AT_TOWNS)
                street = rng.choice(PL.AT_STREETS)
                num = str(rng.randint(1, 90))
                x = rng.random()
                if x < 0.3:
                    num += f"/{rng.randint(1, 4)}/{rng.randint(1, 24)}"
                elif x < 0.45:
                    num += f"/Top {rng.randint(1, 18)}"
                elif x < 0.55:
                    num += f"/{rng.randint(1, 12)}"
                zipc = _pattern(rng, pat)
                if rng.random() < 0.15:
                    zipc = "A-" + zipc
            else:
                town, pat, self.area = rng.choice(PL.CH_TOWNS)
                street = rng.choice(PL.CH_STREETS)
                num = str(rng.randint(1, 160))
                if rng.random() < 0.1:
                    num += rng.choice(["a", "b"])
                zipc = _pattern(rng, pat)
                if rng.random() < 0.25:
                    zipc = "CH-" + zipc
            self.street = f"{street} {num}"
            self.zip, self.town = zipc, town
            self.town_line = f"{zipc} {town}"
        elif country == "GB":
            town, districts, self.area = rng.choice(PL.GB_TOWNS)
            street = rng.choice(PL.GB_STREETS)
            num = str(rng.randint(1, 180))
            line = f"{num} {street}"
            if r < 0.15:
                line = f"Flat {rng.randint(1, 12)}, {line}"
            elif r < 0.22:
                line = f"{rng.choice(['Rowan', 'Ivy', 'Fellside', 'Bramble', 'Heather'])} Cottage, {street}"
            self.street = line
            self.zip = f"{rng.choice(districts)} {rng.randint(1, 9)}{rng.choice(GB_INWARD)}{rng.choice(GB_INWARD)}"
            self.town = town
            self.town_line = f"{town}{rng.choice([' ', ', '])}{self.zip}"
        elif country == "US":
            town, state, z3, self.area = rng.choice(PL.US_TOWNS)
            street = rng.choice(PL.US_STREETS)
            line = f"{rng.randint(10, 9899)} {street}"
            if r < 0.22:
                line += rng.choice([f", Apt {rng.randint(1, 40)}{rng.choice(['', 'B', 'C'])}", f" #{rng.randint(2, 30)}", f", Unit {rng.randint(1, 20)}", f", Suite {rng.randint(100, 990)}"])
            self.street = line
            self.zip = z3 + d(rng, 2)
            if rng.random() < 0.1:
                self.zip += "-" + d(rng, 4)
            self.town, self.state = town, state
            self.town_line = f"{town}, {state} {self.zip}"
        elif country == "IE":
            street = rng.choice(PL.IE_STREETS)
            line = f"{rng.randint(1, 120)} {street}"
            uid = rng.choice(EIR) + "".join(rng.choice(EIR + DIG) for _ in range(3))
            if r < 0.4:
                n = rng.choice([2, 3, 4, 6, 7, 8, 9, 12, 14, 16])
                self.town = "Dublin"
                self.zip = f"D{n:02d} {uid}"
                self.town_line = f"Dublin {n}, {self.zip}" if rng.random() < 0.6 else f"Dublin {self.zip}"
                self.area = "01"
            else:
                town, key, self.area = rng.choice(PL.IE_TOWNS)
                self.town = town
                self.zip = f"{key} {uid}"
                self.town_line = f"{town}{rng.choice([' ', ', '])}{self.zip}"
            self.street = line
        elif country == "FR":
            town, pat = rng.choice(PL.FR_TOWNS)
            self.street = f"{rng.randint(1, 90)}{rng.choice([' ', ', ', ' bis '])}{rng.choice(PL.FR_STREETS)}"
            self.zip, self.town = _pattern(rng, pat), town
            self.town_line = f"{self.zip} {town}"
        elif country == "NL":
            town, pat = rng.choice(PL.NL_TOWNS)
            self.street = f"{rng.choice(PL.NL_STREETS)} {rng.randint(1, 300)}{rng.choice(['', '', '-1', 'A', ' bis'])}"
            self.zip = f"{_pattern(rng, pat)} {rng.choice(UPPER.replace('S', '').replace('A', ''))}{rng.choice(UPPER.replace('S', '').replace('A', ''))}"
            self.town = town
            self.town_line = f"{self.zip} {town}" if rng.random() < 0.7 else f"{self.zip}  {town.upper()}"
        elif country == "IT":
            town, pat = rng.choice(PL.IT_TOWNS)
            self.street = f"{rng.choice(PL.IT_STREETS)} {rng.randint(1, 120)}{rng.choice(['', '', '/A', ' bis'])}"
            self.zip, self.town = _pattern(rng, pat), town
            self.town_line = f"{self.zip} {town}" + (rng.choice([" (BZ)", " (TN)", ""]) if town in ("Bolzano", "Merano", "Trento") else "")
        else:
            raise KeyError(country)
        self.country_name = PL.COUNTRY_NAMES[lang][country]
        self.one = f"{self.street}, {self.town_line}"
        self.two = f"{self.street}\n{self.town_line}"


# ---------------------------------------------------------------- phone numbers

def _grp_auto(s):
    return _grp(s, {5: [3, 2], 6: [2, 2, 2], 7: [3, 2, 2], 8: [4, 4]}.get(len(s), [3, 3, 3]))


def _grp(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return " ".join(x for x in out if x)


DE_MOBILE = ["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179", "1511", "1520", "1577"]


def phone(rng: random.Random, country: str, area: str | None = None, mobile: bool | None = None, intl: bool | None = None) -> str:
    if mobile is None:
        mobile = rng.random() < 0.45
    if intl is None:
        intl = rng.random() < 0.4
    if country == "DE":
        if mobile:
            pre = rng.choice(DE_MOBILE)
            sub = d(rng, 7 if len(pre) == 4 else rng.choice([7, 8]))
            forms = [f"+49 {pre} {sub}", f"+49 {pre} {_grp_auto(sub)}", f"+49 (0){pre} {sub}", f"0049 {pre} {sub}", f"+49-{pre}-{sub}"] if intl else [f"0{pre} {sub}", f"0{pre}/{sub}", f"0{pre}-{sub}", f"0{pre} {_grp_auto(sub)}", f"0{pre} / {sub}"]
        else:
            area = area or rng.choice(["30", "40", "89", "221", "69", "711", "761", "8323", "831"])
            sub = nz(rng, {2: rng.choice([7, 8]), 3: 7, 4: 6}.get(len(area), 6))
            forms = [f"+49 {area} {sub}", f"+49 (0){area} {sub}", f"+49 {area} {_grp_auto(sub)}", f"0049 {area} {sub}", f"+49-{area}-{sub}"] if intl else [f"0{area} {sub}", f"0{area}/{sub}", f"0{area}-{sub}", f"(0{area}) {sub}", f"0{area} / {_grp_auto(sub)}", f"0{area} {_grp_auto(sub)}"]
        return rng.choice(forms)
    if country == "AT":
        if mobile:
            pre = rng.choice(["650", "660", "664", "676", "677", "680", "681", "688", "699"])
            sub = d(rng, 7)
            forms = [f"+43 {pre} {sub}", f"+43 {pre} {_grp_auto(sub)}", f"+43 (0){pre} {sub}", f"0043 {pre} {sub}"] if intl else [f"0{pre} {sub}", f"0{pre}/{sub}", f"0{pre} {_grp_auto(sub)}", f"0{pre}-{sub}"]
        else:
            area = area or rng.choice(["1", "316", "732", "662", "512"])
            sub = nz(rng, {1: 7, 3: 6}.get(len(area), 5))
            forms = [f"+43 {area} {sub}", f"+43 (0){area} {sub}", f"+43 {area} {_grp_auto(sub)}", f"0043 {area} {sub}"] if intl else [f"0{area} {sub}", f"0{area}/{sub}", f"0{area} {_grp_auto(sub)}", f"(0{area}) {sub}"]
        return rng.choice(forms)
    if country == "CH":
        pre = rng.choice(["76", "77", "78", "79"]) if mobile else (area or rng.choice(["44", "31", "61", "41", "81"]))
        sub = nz(rng, 7)
        g = _grp(sub, [3, 2, 2])
        forms = [f"+41 {pre} {g}", f"+41 (0){pre} {g}", f"0041 {pre} {g}", f"+41{pre}{sub}"] if intl else [f"0{pre} {g}", f"0{pre}/{g}", f"0{pre} {sub}", f"0{pre}-{sub[:3]}-{sub[3:5]}-{sub[5:]}"]
        return rng.choice(forms)
    if country == "GB":
        if mobile:
            sub = "7" + rng.choice(["4", "5", "7", "8", "9"]) + d(rng, 8)
            forms = [f"+44 {sub[:4]} {sub[4:]}", f"+44 (0){sub[:4]} {sub[4:]}", f"+44 {sub[:4]} {sub[4:7]} {sub[7:]}"] if intl else [f"0{sub[:4]} {sub[4:]}", f"0{sub[:4]} {sub[4:7]} {sub[7:]}", f"0{sub}"]
        else:
            area = area or rng.choice(["020", "0113", "0161", "0131", "01539"])
            rest = nz(rng, 11 - len(area))
            a = area[1:]
            if len(area) == 3:
                g = f"{rest[:4]} {rest[4:]}"
            elif len(area) == 4:
                g = f"{rest[:3]} {rest[3:]}"
            else:
                g = rest
            forms = [f"+44 {a} {g}", f"+44 (0){a} {g}", f"+44 {a} {rest}"] if intl else [f"{area} {g}", f"({area}) {g}", f"{area} {rest}"]
        return rng.choice(forms)
    if country == "US":
        a = area or rng.choice(["303", "206", "503", "802", "512"])
        ex, line = f"{rng.randint(2, 9)}{d(rng, 2)}", d(rng, 4)
        forms = [f"+1 {a} {ex} {line}", f"+1 ({a}) {ex}-{line}", f"+1-{a}-{ex}-{line}", f"+1 {a}-{ex}-{line}"] if intl else [f"({a}) {ex}-{line}", f"{a}-{ex}-{line}", f"{a}.{ex}.{line}", f"1-{a}-{ex}-{line}", f"({a}) {ex} {line}"]
        return rng.choice(forms)
    if country == "IE":
        if mobile:
            pre = rng.choice(["83", "85", "86", "87", "89"])
            sub = nz(rng, 7)
            forms = [f"+353 {pre} {sub[:3]} {sub[3:]}", f"+353 (0){pre} {sub[:3]} {sub[3:]}", f"00353 {pre} {sub}"] if intl else [f"0{pre} {sub[:3]} {sub[3:]}", f"0{pre} {sub}", f"(0{pre}) {sub}", f"0{pre}-{sub}"]
        else:
            area = area or rng.choice(["01", "021", "091", "061"])
            sub = nz(rng, 7 if area == "01" else rng.choice([6, 7]))
            g = f"{sub[:3]} {sub[3:]}"
            forms = [f"+353 {area[1:]} {g}", f"+353 (0){area[1:]} {g}"] if intl else [f"{area} {g}", f"({area}) {sub}", f"{area}-{sub}"]
        return rng.choice(forms)
    if country == "FR":
        first = rng.choice(["6", "7"]) if mobile else rng.choice(["1", "4", "5"])
        sub = first + d(rng, 8)
        pairs = " ".join(sub[i : i + 2] for i in range(1, 9, 2))
        forms = [f"+33 {first} {pairs}", f"+33 (0){first} {pairs}", f"0033 {first} {pairs}"] if intl else [f"0{first} {pairs}", f"0{first}.{pairs.replace(' ', '.')}", f"0{sub}"]
        return rng.choice(forms)
    if country == "NL":
        if mobile:
            sub = nz(rng, 8)
            forms = [f"+31 6 {sub}", f"+31 (0)6 {sub}", f"+31 6 {sub[:4]} {sub[4:]}"] if intl else [f"06-{sub}", f"06 {sub[:4]} {sub[4:]}", f"06 {sub}"]
        else:
            area = rng.choice(["20", "30", "10", "70", "50"])
            sub = nz(rng, 7)
            forms = [f"+31 {area} {sub[:3]} {sub[3:]}", f"+31 (0){area} {sub}"] if intl else [f"0{area} {sub[:3]} {sub[3:]}", f"0{area}-{sub}"]
        return rng.choice(forms)
    if country == "IT":
        if mobile:
            pre = rng.choice(["320", "328", "333", "340", "347", "349", "366"])
            sub = d(rng, 7)
            forms = [f"+39 {pre} {sub}", f"+39 {pre} {sub[:3]} {sub[3:]}", f"0039 {pre} {sub}"] if intl else [f"{pre} {sub}", f"{pre} {sub[:3]} {sub[3:]}", f"{pre}/{sub}"]
        else:
            area = rng.choice(["0471", "0473", "0461", "02", "011", "045"])
            sub = nz(rng, 6 if len(area) == 4 else 8)
            forms = [f"+39 {area} {sub}", f"0039 {area} {sub}"] if intl else [f"{area} {sub}", f"{area}/{sub}"]
        return rng.choice(forms)
    raise KeyError(country)


# ---------------------------------------------------------------- people

def ascii_fold(s: str) -> str:
    table = {"ß": "ss", "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ł": "l", "Ł": "L",
             "ı": "i", "İ": "I", "ø": "o", "đ": "d", "Đ": "D", "æ": "ae", "œ": "oe"}
    s = "".join(table.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in ".-_"))


MAIL = {
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "freenet.de", "mailbox.org", "icloud.com", "gmx.net"],
    "AT": ["gmx.at", "aon.at", "a1.net", "gmail.com", "chello.at", "icloud.com"],
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "gmail.com", "protonmail.ch"],
    "GB": ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "btinternet.com", "icloud.com", "sky.com", "live.co.uk"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net", "proton.me"],
    "IE": ["gmail.com", "eircom.net", "outlook.ie", "yahoo.ie", "icloud.com"],
    "FR": ["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr"],
    "NL": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl"],
    "IT": ["gmail.com", "libero.it", "virgilio.it", "alice.it"],
}

CO_WORDS = {
    "de": ["Alpenglühen", "Gipfelglück", "Hüttenzauber", "Hochgrat", "Nordwand", "Wanderbar", "Seilschaft", "Fernweh",
           "Talwind", "Schneekoppe", "Weitblick", "Edelweiß", "Bergfex", "Firnschnee", "Latschenkiefer", "Kammweg",
           "Steinbock", "Grünblick", "Waldkauz", "Wegweiser"],
    "en": ["Northwind", "Cairn", "Summit", "Peak", "Trailhead", "Bothy", "Wild Camp", "Fellside", "Ridgeway", "Harbour",
           "Blue Ridge", "Lakeside", "Kestrel", "Heather", "Scree", "Bracken", "Waymark", "Tarn", "Basecamp", "Switchback"],
}
CO_SUFFIX = {
    "de": ["GmbH", "Outdoor GmbH", "Sport GmbH", "e.K.", "KG", "Reisen GmbH", "Alpinschule", "Bergsport GmbH", "Media GmbH", "Logistik GmbH", "AG", "Sport & Freizeit OG", "Handels GmbH"],
    "en": ["Ltd", "Outdoor Ltd", "Outfitters Inc.", "Supply Co.", "Gear LLC", "Adventures Ltd", "Mountain Centre", "Retail Group", "Media Ltd", "Climbing Wall", "Sports"],
}


def company(rng, lang):
    w = rng.choice(CO_WORDS[lang])
    s = rng.choice(CO_SUFFIX[lang])
    name = f"{w} {s}" if not (lang == "de" and s in ("Alpinschule",)) else f"{s} {w}"
    slug = ascii_fold(w.lower().replace(" ", "-"))
    tld = rng.choice([".de", ".de", ".at", ".ch", ".com"]) if lang == "de" else rng.choice([".co.uk", ".com", ".ie", ".co.uk", ".org"])
    return name, slug + tld


ROLES = {
    "de": ["Einkauf", "Leitung Einkauf", "Geschäftsführung", "Filialleitung", "Marketing", "Category Management", "Kundenservice", "Teamleitung Logistik", "Social Media", "Buchhaltung", "Vertrieb Süd", "Content & PR"],
    "en": ["Buyer", "Head of Purchasing", "Store Manager", "Marketing Lead", "Owner", "Category Manager", "Customer Care", "Operations", "Content Producer", "Accounts", "Partnerships", "Events Coordinator"],
}

HON = {
    "de": {"f": [("Frau", 12), ("Frau Dr.", 2), ("Frau Prof.", 0.5)], "m": [("Herr", 12), ("Herr Dr.", 2), ("Herr Prof. Dr.", 0.4), ("Hr.", 1)]},
    "en": {"f": [("Ms", 8), ("Ms.", 4), ("Mrs", 3), ("Mrs.", 2), ("Miss", 1), ("Dr", 1), ("Dr.", 1)], "m": [("Mr", 10), ("Mr.", 5), ("Dr", 1), ("Dr.", 1), ("Prof.", 0.4)]},
}
AT_TITLES = ["Mag.", "DI", "Ing.", "Dr.", "Mag.a", "MMag."]

PARTICLES = {"von", "van", "der", "de", "la", "di", "da", "dos", "del", "le", "du", "al", "el", "ter", "ten", "den", "zu", "lo", "ap", "mac", "ní", "ó", "nic", "st.", "dalla", "dell'acqua", "abu", "bin"}


def _fem_surname(origin, s):
    if origin == "pl":
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if s.endswith(a):
                return s[: -len(a)] + b
    if origin == "ru":
        for a, b in (("ov", "ova"), ("ev", "eva"), ("in", "ina")):
            if s.endswith(a):
                return s + "a"
    if origin == "gr":
        for a, b in (("opoulos", "opoulou"), ("idis", "idou"), ("akis", "aki"), ("os", "ou"), ("is", "i"), ("as", "a")):
            if s.endswith(a):
                return s[: -len(a)] + b
    return s


class Person:
    def __init__(self, rng: random.Random, lang: str, invented: bool, origin: str | None = None, country: str | None = None):
        self.rng = rng
        self.lang = lang
        self.origin = origin or wchoice(rng, ORIGIN_WEIGHTS[lang])
        self.gender = rng.choice("fm")
        self.invented = invented
        fem, mal, sur = NAMES[self.origin]
        if self.origin in GIVEN_FALLBACK and rng.random() < 0.4:
            fb = NAMES[GIVEN_FALLBACK[self.origin]]
            fem, mal = fem + fb[0], mal + fb[1]
        if invented:
            self.first, self.last = invented_name(rng)
        else:
            self.first = rng.choice(fem if self.gender == "f" else mal)
            self.last = rng.choice(sur)
            if self.gender == "f":
                self.last = _fem_surname(self.origin, self.last)
            x = rng.random()
            if self.origin in ("de", "at", "ch") and x < 0.07:
                other = rng.choice(sur)
                if other != self.last and " " not in self.last and " " not in other:
                    self.last = f"{self.last}-{other}"
            elif self.origin == "es" and x < 0.3:
                other = rng.choice(sur)
                if other != self.last and " " not in other:
                    self.last = f"{self.last} {other}"
            elif self.origin in ("gb", "us") and x < 0.04:
                other = rng.choice(NAMES["gb"][2])
                if other != self.last and "-" not in other and "-" not in self.last:
                    self.last = f"{self.last}-{other}"
        self.country = country or self._country()
        self._cache = {}
        self.co, self.codom = company(rng, lang)

    def _country(self):
        rng, o = self.rng, self.origin
        if rng.random() < 0.06:
            return rng.choice(["FR", "NL", "IT", "GB", "US", "IE"] if self.lang == "de" else ["DE", "AT", "CH", "FR", "NL", "IT"])
        if self.lang == "de":
            if o == "at":
                return "AT"
            if o == "ch":
                return "CH"
            if o == "de":
                return wchoice(rng, [("DE", 90), ("AT", 5), ("CH", 5)])
            return wchoice(rng, [("DE", 76), ("AT", 12), ("CH", 12)])
        if o in ("gb", "sc", "wa"):
            return "GB"
        if o == "us":
            return "US"
        if o == "ie":
            return "IE"
        return wchoice(rng, [("GB", 47), ("US", 40), ("IE", 13)])

    # lazily drawn, then fixed values of this person
    def get(self, key):
        if key not in self._cache:
            self._cache[key] = getattr(self, "_make_" + key)()
        return self._cache[key]

    def _make_addr(self):
        return Address(self.rng, self.country, self.lang)

    def _make_tel(self):
        a = self.get("addr")
        return phone(self.rng, self.country, area=a.area, mobile=self.rng.random() < 0.5)

    def _make_mob(self):
        return phone(self.rng, self.country, mobile=True)

    def _make_tel_i(self):
        return phone(self.rng, self.country, area=self.get("addr").area, intl=True)

    def _make_email(self):
        rng = self.rng
        f, l = ascii_fold(self.first).lower(), ascii_fold(self.last.replace(" ", "")).lower().replace("'", "")
        sep = rng.choice([".", ".", "", "_", "-"])
        local = rng.choice([f"{f}{sep}{l}", f"{f[0]}{sep}{l}", f"{f}{rng.randint(1, 99)}", f"{l}{sep}{f}", f"{f}{sep}{l}{rng.randint(70, 99)}", f"{f}.{l[0]}", f"{l}.{f[0]}"])
        local = local.strip(".-_") or "post"
        return f"{local}@{rng.choice(MAIL[self.country])}"

    def _make_email2(self):
        f, l = ascii_fold(self.first).lower(), ascii_fold(self.last.replace(" ", "")).lower().replace("'", "")
        local = self.rng.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{f}", f"{l}", f"{f[0]}{l}"])
        return f"{local.strip('.-')}@{self.codom}"

    def _make_handle(self):
        f, l = ascii_fold(self.first).lower(), ascii_fold(self.last.replace(" ", "")).lower().replace("'", "")
        return "@" + self.rng.choice([f"{f}.{l}", f"{f}_{l[:1]}", f"{f}{l[:3]}", f"{l}{self.rng.randint(1, 99)}", f"{f[:1]}{l}"])

    def _make_iban(self):
        c = self.country if self.country in IBAN_BBAN else self.rng.choice(["DE", "GB"])
        return make_iban(self.rng, c)

    def _make_card(self):
        return make_card(self.rng)

    def _make_taxid(self):
        return make_taxid(self.rng)

    def _make_ip(self):
        return ip_any(self.rng)

    def _make_dob(self):
        y, m, dd = self.rng.randint(1948, 2004), self.rng.randint(1, 12), self.rng.randint(1, 28)
        if self.lang == "de":
            return f"{dd:02d}.{m:02d}.{y}"
        return self.rng.choice([f"{dd:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{dd:02d}", f"{m}/{dd}/{y}"])

    def _make_hon(self):
        if self.lang == "de" and self.country == "AT" and self.rng.random() < 0.3:
            return ("Frau " if self.gender == "f" else "Herr ") + self.rng.choice(AT_TITLES)
        return wchoice(self.rng, HON[self.lang][self.gender])

    def _make_role(self):
        return self.rng.choice(ROLES[self.lang])


# ---------------------------------------------------------------- look-alikes (never labelled)

PRODUCTS = [
    ("Almweg", "TG-HT-100", "Almweg Zip-Off Hiking Trousers", "Almweg Zip-off-Wanderhose", "129.95"),
    ("Fernkamm 45+10", "TG-BP-045", "Fernkamm 45+10 Trekking Backpack", "Fernkamm 45+10 Trekkingrucksack", "229.95"),
    ("Firstwand", "TG-RJ-100", "Firstwand 3-Layer Rain Jacket", "Firstwand 3-Lagen-Regenjacke", "349.95"),
    ("Gitterhang", "TG-FL-100", "Gitterhang Grid Fleece Jacket", "Gitterhang Grid-Fleecejacke", "119.95"),
    ("Hochsattel 30", "TG-BP-030", "Hochsattel 30 Hiking Backpack", "Hochsattel 30 Wanderrucksack", "139.95"),
    ("Kaltkar", "TG-DJ-100", "Kaltkar Down Jacket", "Kaltkar Daunenjacke", "289.95"),
    ("Morgengrat", "TG-BL-100", "Morgengrat Merino 150 Long-Sleeve Shirt", "Morgengrat Merino 150 Langarmshirt", "89.95"),
    ("Rinnental", "TG-SI-100", "Rinnental Insulated Hoody", "Rinnental Isolationshoody", "219.95"),
    ("Schauerpass", "TG-RJ-200", "Schauerpass 2.5-Layer Rain Jacket", "Schauerpass 2,5-Lagen-Regenjacke", "199.95"),
    ("Steinlauf", "TG-TS-100", "Steinlauf Trail Running Shoe", "Steinlauf Trailrunningschuh", "159.95"),
    ("Trittweg", "TG-SO-100", "Trittweg Merino Hiking Socks", "Trittweg Merino-Wandersocken", "24.95"),
    ("Wintersteig", "TG-WT-100", "Wintersteig Winter Trekking Trousers", "Wintersteig Wintertrekkinghose", "169.95"),
]
COLOURS = {"en": ["Fir Shade", "Ridge Blue", "Hut Orange", "Slate", "Moss", "Black"], "de": ["Tannenschatten", "Gratblau", "Hüttenorange", "Schiefer", "Moos", "Schwarz"]}
SIZES = ["XS", "S", "M", "L", "XL", "XXL"]
BICS = ["COBADEFFXXX", "DEUTDEDBMUC", "GENODEF1S04", "BYLADEM1001", "SSKMDEMMXXX", "RZOOAT2L", "BKAUATWW", "GIBAATWWXXX", "UBSWCHZH80A", "POFICHBEXXX", "NWBKGB2L", "BARCGB22", "AIBKIE2D", "BOFIIE2D", "INGBNL2A", "RABONL2U", "BNPAFRPP"]
SURNAME_COMPANIES = {
    "de": ["Sporthaus Schuster", "Huber Bergsport e.U.", "Gebr. Wolf Textil KG", "Fischer Logistik GmbH", "Müller & Söhne Verpackung GmbH",
           "Autohaus Brenner", "Steiner Seilbahnen AG", "Meier Transporte AG", "Schneider Druck GmbH", "Bauer Outdoor KG",
           "Spedition Koch", "Weber Etiketten GmbH", "Gasthof Hofer", "Zimmermann Werbetechnik", "Lang & Partner Steuerberatung"],
    "en": ["Baker & Sons Ltd", "Hunter Freight Ltd", "Miller Print Co.", "Fletcher & Wood Outfitters", "O'Neill Logistics",
           "Walsh Couriers", "Sullivan Textiles", "Campbell Mountain Guides Ltd", "Morgan Stores", "Harrison & Price LLP",
           "Patel Packaging Ltd", "Jones Brothers Haulage", "Cooper & Fox Solicitors", "Hughes Signage", "Taylor Labels Ltd"],
}


def look(rng: random.Random, kind: str, lang: str) -> str:
    de = lang == "de"
    if kind == "order":
        return rng.choice([f"TG-{d(rng, 6)}", f"#{d(rng, 6)}", f"10{d(rng, 6)}", f"{rng.randint(300, 499)}-{d(rng, 7)}-{d(rng, 7)}", f"TG{rng.randint(24, 26)}-{d(rng, 5)}", f"A{d(rng, 7)}"])
    if kind == "ret":
        return rng.choice([f"R-{d(rng, 5)}", f"RMA-{d(rng, 6)}", f"RET{d(rng, 7)}", f"RT-{rng.randint(24, 26)}-{d(rng, 4)}"])
    if kind == "inv":
        return rng.choice([f"RE-{rng.randint(2024, 2026)}-{d(rng, 5)}" if de else f"INV-{rng.randint(2024, 2026)}-{d(rng, 5)}", f"{rng.randint(2024, 2026)}/{d(rng, 4)}", f"R{d(rng, 8)}", f"TG-INV-{d(rng, 6)}"])
    if kind == "track":
        return rng.choice([f"00340434{d(rng, 12)}", f"1Z{rng.choice(['A', 'E', 'V'])}{d(rng, 2)}{rng.choice(['X', 'W'])}{d(rng, 2)}{d(rng, 10)}", f"JJD{d(rng, 16)}", f"{rng.choice(['RR', 'LX', 'CX'])}{d(rng, 9)}{rng.choice(['DE', 'GB'])}", f"{d(rng, 14)}", f"H{d(rng, 4)}A{d(rng, 10)}"])
    if kind == "ticket":
        return rng.choice([f"#{d(rng, 5)}", f"T-{d(rng, 6)}", f"SR-{d(rng, 4)}-{d(rng, 3)}", f"CS-{d(rng, 5)}", f"TCK{d(rng, 6)}"])
    if kind == "cust":
        return rng.choice([f"KD-{d(rng, 6)}" if de else f"C-{d(rng, 6)}", f"{rng.randint(1, 9)}{d(rng, 6)}", f"TG-K{d(rng, 5)}" if de else f"TG-C{d(rng, 5)}", f"{d(rng, 4)}-{d(rng, 4)}"])
    if kind == "sku":
        p = rng.choice(PRODUCTS)
        return rng.choice([p[1], f"{p[1]}-{rng.choice(SIZES)}", f"{p[1]}-{rng.choice(SIZES)}-{rng.choice(['FS', 'RB', 'HO', 'SL', 'MO', 'BK'])}", f"A-{d(rng, 5)}-{d(rng, 2)}", f"{d(rng, 3)}.{d(rng, 3)}.{d(rng, 2)}"])
    if kind == "gtin":
        return gtin13(rng)
    if kind == "date":
        y, m, dd = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
        if de:
            return rng.choice([f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.{y}", f"{dd:02d}.{m:02d}.", f"{y}-{m:02d}-{dd:02d}"])
        months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return rng.choice([f"{dd:02d}/{m:02d}/{y}", f"{dd} {months[m - 1]} {y}", f"{y}-{m:02d}-{dd:02d}", f"{m}/{dd}/{y}", f"{months[m - 1]} {dd}, {y}"])
    if kind == "time":
        h, mi = rng.randint(7, 19), rng.choice(["00", "05", "15", "20", "30", "40", "45", "50"])
        return f"{h}:{mi}" + (" Uhr" if de and rng.random() < 0.5 else "")
    if kind == "price":
        p = rng.choice(PRODUCTS)[4]
        e, c = p.split(".")
        if rng.random() < 0.4:
            e, c = str(rng.randint(9, 899)), rng.choice(["00", "95", "90", "50", "99"])
        if de:
            return rng.choice([f"{e},{c} €", f"€ {e},{c}", f"EUR {e},{c}", f"{e},{c} EUR", f"CHF {e}.{c}"])
        return rng.choice([f"€{e}.{c}", f"£{e}.{c}", f"${e}.{c}", f"EUR {e}.{c}", f"{e}.{c} EUR"])
    if kind == "qty":
        return str(rng.randint(2, 120))
    if kind == "pct":
        return f"{rng.randint(5, 40)} %" if de else f"{rng.randint(5, 40)}%"
    if kind == "vat":
        return rng.choice([f"DE{d(rng, 9)}", f"DE {d(rng, 3)} {d(rng, 3)} {d(rng, 3)}", f"ATU{d(rng, 8)}", f"CHE-{d(rng, 3)}.{d(rng, 3)}.{d(rng, 3)} MWST", f"GB{d(rng, 9)}", f"GB {d(rng, 3)} {d(rng, 4)} {d(rng, 2)}", f"IE{d(rng, 7)}{rng.choice(UPPER)}", f"NL{d(rng, 9)}B01", f"FR{d(rng, 2)}{d(rng, 9)}"])
    if kind == "bic":
        return rng.choice(BICS)
    if kind == "stnr":
        return rng.choice([f"{d(rng, 3)}/{d(rng, 3)}/{d(rng, 5)}", f"{d(rng, 2)}/{d(rng, 3)}/{d(rng, 5)}", f"{d(rng, 3)}/{d(rng, 4)}/{d(rng, 4)}", f"{rng.randint(10, 99)} {d(rng, 3)} {d(rng, 3)}/{d(rng, 4)}"])
    if kind == "masked":
        last4 = d(rng, 4)
        return rng.choice([f"**** **** **** {last4}", f"XXXX-XXXX-XXXX-{last4}", f"{rng.choice(['4', '5'])}{d(rng, 3)} {d(rng, 2)}** **** {last4}", f"•••• {last4}", f"************{last4}", f"{rng.choice(['Visa', 'Mastercard', 'Amex'])} ending {last4}" if not de else f"{rng.choice(['Visa', 'Mastercard', 'Amex'])} endend auf {last4}"])
    if kind == "last4":
        return d(rng, 4)
    if kind == "gift":
        return gift_number(rng)
    if kind == "plate":
        return rng.choice([f"{rng.choice(['M', 'OA', 'KE', 'B', 'HH', 'S', 'GAP'])}-{rng.choice(UPPER)}{rng.choice(UPPER)} {rng.randint(1, 9999)}", f"W-{d(rng, 5)}{rng.choice('ABCDEFGHKLMNPRSTUVXYZ')}", f"{rng.choice(['ZH', 'BE', 'LU', 'GR'])} {d(rng, 6)}", f"{rng.choice(UPPER)}{rng.choice(UPPER)}{rng.randint(10, 74)} {rng.choice(UPPER)}{rng.choice(UPPER)}{rng.choice(UPPER)}", f"{rng.choice(['221', '231', '191'])}-{rng.choice(['D', 'C', 'G'])}-{d(rng, 5)}"])
    if kind == "passport":
        return rng.choice([f"C{''.join(rng.choice('CFGHJKLMNPRTVWXYZ0123456789') for _ in range(8))}", f"{rng.randint(1, 9)}{d(rng, 8)}", f"P{d(rng, 7)}"])
    if kind == "ver":
        return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", f"{rng.randint(2, 6)}.{rng.randint(0, 19)}", f"Build {rng.randint(2024, 2026)}.{rng.randint(1, 12)}.{rng.randint(1, 9)}", f"{rng.randint(1, 3)}.{rng.randint(10, 60)}.{rng.randint(100, 999)}"])
    if kind == "zip":
        return d(rng, 5) if de else rng.choice(["LA9 6", "EH6", "80302", "D08", "SW11"])
    if kind == "prod":
        return rng.choice(PRODUCTS)[0]
    if kind == "ptitle":
        return rng.choice(PRODUCTS)[3 if de else 2]
    if kind == "colour":
        return rng.choice(COLOURS[lang])
    if kind == "size":
        return rng.choice(SIZES)
    if kind == "weekday":
        return rng.choice(["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"] if de else ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
    if kind == "company":
        return company(rng, lang)[0]
    if kind == "surco":
        return rng.choice(SURNAME_COMPANIES[lang])
    if kind == "num":
        return str(rng.randint(2, 48))
    if kind == "hour":
        return str(rng.randint(8, 18))
    if kind == "town":
        pool = PL.DE_TOWNS + PL.AT_TOWNS + PL.CH_TOWNS if de else PL.GB_TOWNS + PL.US_TOWNS
        return rng.choice(pool)[0]
    if kind == "gtin8":
        body = d(rng, 7)
        total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(body))
        return body + str((10 - total % 10) % 10)
    if kind == "lot":
        return f"L{rng.randint(24, 26)}{d(rng, 4)}-{rng.choice(UPPER)}"
    if kind == "expiry":
        return f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}"
    if kind == "weight":
        g = rng.randint(180, 1650)
        return rng.choice([f"{g} g", f"{g // 1000},{(g % 1000) // 100} kg" if de and g >= 1000 else f"{g} g"])
    if kind == "crn":
        return "0" + d(rng, 7)
    if kind == "num62":
        return str(rng.randint(100000, 999999))
    if kind == "num6":
        return str(rng.randint(100000, 999999))
    if kind == "stars":
        return str(rng.choice([3, 4, 4, 5, 5, 5]))
    if kind == "hex":
        return "".join(rng.choice("0123456789abcdef") for _ in range(10))
    if kind == "phonelike":
        return rng.choice([f"0{d(rng, 3)} {d(rng, 6)}", f"{d(rng, 4)}/{d(rng, 5)}", f"{d(rng, 3)}-{d(rng, 7)}", f"0{d(rng, 2)} {d(rng, 4)} {d(rng, 4)}"])
    if kind == "elevenbad":
        while True:
            v = rng.choice("123456789") + d(rng, 10)
            if not taxid_valid(v):
                return v
    if kind == "month":
        return rng.choice(["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"] if de else ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"])
    if kind == "svnr":
        return f"{d(rng, 2)} {rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(50, 99)} {rng.choice(UPPER)} {d(rng, 3)}"
    if kind == "promo":
        return rng.choice(["TRAIL15", "HERBST20", "WINTER25", "ALMWEG10", "SUMMIT-10", "BERGFREI", "WELCOME10", "FELLS20", "KALTKAR-30"])
    raise KeyError(kind)


LABELLED_KINDS = {
    "iban": ("IBAN", lambda rng, lang: make_iban(rng, rng.choice(["DE", "AT", "CH"] if lang == "de" else ["GB", "IE", "DE"]))),
    "card": ("CREDIT_CARD", lambda rng, lang: make_card(rng)),
    "taxid": ("DE_TAX_ID", lambda rng, lang: make_taxid(rng)),
    "ip": ("IP_ADDRESS", lambda rng, lang: ip_any(rng)),
    "ipv4": ("IP_ADDRESS", lambda rng, lang: ip_public4(rng)),
    "ipv6": ("IP_ADDRESS", lambda rng, lang: ip_public6(rng)),
    "ippriv": ("IP_ADDRESS", lambda rng, lang: ip_private4(rng)),
    "iplocal6": ("IP_ADDRESS", lambda rng, lang: ip_local6(rng)),
}


# ---------------------------------------------------------------- the shop

SHOP = {
    "de": {
        "name": ["Talgrat Outdoor GmbH", "Talgrat Outdoor", "Talgrat Kundenservice"],
        "addr": [("Kemptener Straße 41", "87509 Immenstadt i. Allgäu"), ("Sendlinger Straße 28", "80331 München"),
                 ("Gewerbepark Süd 7", "87448 Waltenhofen"), ("Industriestraße 19", "87437 Kempten (Allgäu)")],
        "tel": ["+49 8323 964120", "08323 964120", "+49 89 23517740", "089 / 235 177 40", "0800 8254728"],
        "email": ["service@talgrat.de", "kundenservice@talgrat.de", "hallo@talgrat.de", "b2b@talgrat.de", "presse@talgrat.de", "retoure@talgrat.de", "datenschutz@talgrat.de"],
    },
    "en": {
        "name": ["Talgrat Outdoor GmbH", "Talgrat Outdoor", "Talgrat Customer Care"],
        "addr": [("Kemptener Straße 41", "87509 Immenstadt i. Allgäu"), ("Unit 4, Mintsfeet Road South", "Kendal LA9 6ND"),
                 ("Sendlinger Straße 28", "80331 München")],
        "tel": ["+49 8323 964120", "+44 1539 781204", "01539 781204", "+49 (0)8323 964120", "0800 088 4172"],
        "email": ["service@talgrat.com", "hello@talgrat.com", "trade@talgrat.com", "press@talgrat.com", "returns@talgrat.com", "privacy@talgrat.com"],
    },
}


# ---------------------------------------------------------------- the filler

DIGIT_KINDS = {"last4", "num6", "num62", "gtin8", "ipv4", "ipv6"}
SLOT = re.compile(r"\{([a-z][a-z0-9_]*)(?:\.([A-Za-z0-9_]+))?\}")
ALT = re.compile(r"\(\(([^()]*)\)\)")
PERSON_KEY = re.compile(r"p(\d)")
P = "PERSON"


class Ctx:
    """One text being made: its people, drawn values and look-alikes."""

    def __init__(self, rng: random.Random, lang: str, invent_share: float, invent_ok: bool = True):
        self.rng = rng
        self.lang = lang
        self.invent_share = invent_share
        self.invent_ok = invent_ok
        self.people: dict[str, Person] = {}
        self.values: dict[str, object] = {}
        self.used_people: list[Person] = []

    def person(self, key: str) -> Person:
        if key not in self.people:
            inv = self.invent_ok and self.rng.random() < self.invent_share
            self.people[key] = Person(self.rng, self.lang, inv)
        return self.people[key]

    def new_person(self, **kw) -> Person:
        inv = self.invent_ok and self.rng.random() < self.invent_share
        return Person(self.rng, self.lang, inv, **kw)

    def shop(self, attr):
        rng, s = self.rng, SHOP[self.lang]
        key = "shop." + attr
        if key not in self.values:
            if attr in ("addr1", "addr2", "street"):
                a = self.values.setdefault("shop.addr", rng.choice(s["addr"]))
                self.values[key] = {"addr1": f"{a[0]}, {a[1]}", "addr2": f"{a[0]}\n{a[1]}", "street": a[0]}[attr]
            else:
                self.values[key] = rng.choice(s[attr])
        v = self.values[key]
        label = {"tel": "PHONE", "email": "EMAIL", "addr1": "STREET_ADDRESS", "addr2": "STREET_ADDRESS", "street": "STREET_ADDRESS"}.get(attr)
        return [(v, label)]

    def pslot(self, p: Person, attr: str):
        out = self._pslot(p, attr)
        if any(label == P for _, label in out) and p not in self.used_people:
            self.used_people.append(p)
        return out

    def _pslot(self, p: Person, attr: str):
        lang, rng = self.lang, self.rng
        f, l = p.first, p.last
        if attr == "full":
            return [(f"{f} {l}", P)]
        if attr == "first":
            return [(f, P)]
        if attr == "last":
            return [(l, P)]
        if attr == "lf":
            return [(f"{l}, {f}", P)]
        if attr == "lfc":
            return [(f"{l.upper()}, {f}", P)]
        if attr == "caps":
            return [(f"{f} {l}".upper(), P)]
        if attr == "lastcaps":
            return [(l.upper(), P)]
        if attr == "lower":
            return [(f"{f} {l}".lower(), P)]
        if attr == "lfirst":
            return [(f.lower(), P)]
        if attr == "fi":
            return [(f"{f} {l[0].upper() if l[0].isalpha() else l[:2]}.", P)]
        if attr == "il":
            initials = "-".join(x[0] + "." for x in f.split("-"))
            return [(f"{initials} {l}", P)]
        if attr == "hon":
            return [(p.get("hon"), None)]
        if attr == "hond":
            h = p.get("hon")
            return [(h.replace("Herr", "Herrn", 1) if h.startswith("Herr ") or h == "Herr" else h, None)]
        if attr == "anschrift":
            return [("Frau" if p.gender == "f" else "Herrn", None)]
        if attr == "atitle":
            if "atitle" not in p._cache:
                p._cache["atitle"] = rng.choice(["Mag. ", "DI ", "Ing. ", "Dr. ", "Mag.a " if p.gender == "f" else "Mag. ", "", ""]) if p.country == "AT" else ""
            return [(p._cache["atitle"], None)]
        if attr == "prons":
            return [((("(sie/ihr)" if p.gender == "f" else "(er/ihm)") if lang == "de" else ("(she/her)" if p.gender == "f" else "(he/him)")), None)]
        if attr == "anrede":
            return [(("Frau" if p.gender == "f" else "Herr") if lang == "de" else ("Ms" if p.gender == "f" else "Mr"), None)]
        if attr == "sal":
            if lang == "de":
                return [("Sehr geehrte Frau" if p.gender == "f" else "Sehr geehrter Herr", None)]
            return [(rng.choice(["Dear Ms", "Dear Mrs"]) if p.gender == "f" else "Dear Mr", None)]
        if attr == "lieb":
            return [("Liebe" if p.gender == "f" else "Lieber", None)]
        if attr == "pron":
            return [(("sie" if p.gender == "f" else "er") if lang == "de" else ("she" if p.gender == "f" else "he"), None)]
        if attr == "Pron":
            return [(("Sie" if p.gender == "f" else "Er") if lang == "de" else ("She" if p.gender == "f" else "He"), None)]
        if attr == "poss":
            return [(("ihre" if p.gender == "f" else "seine") if lang == "de" else ("her" if p.gender == "f" else "his"), None)]
        if attr == "kunde":
            return [("Kundin" if p.gender == "f" else "Kunde", None)]
        if attr in ("email", "email2"):
            return [(p.get(attr), "EMAIL")]
        if attr == "staffmail":
            if "staffmail" not in p._cache:
                f, l = ascii_fold(p.first).lower(), ascii_fold(p.last.replace(" ", "")).lower().replace("'", "")
                local = rng.choice([f"{f}.{l}", f"{f[0]}.{l}", f])
                p._cache["staffmail"] = f"{local}@talgrat.{'de' if lang == 'de' else rng.choice(['com', 'de'])}"
            return [(p._cache["staffmail"], "EMAIL")]
        if attr == "countryu":
            return [(p.get("addr").country_name.upper(), None)]
        if attr == "handle":
            return [(p.get("handle"), None)]
        if attr in ("tel", "mob", "tel_i"):
            return [(p.get(attr), "PHONE")]
        a = None
        if attr in ("street", "addr1", "addr2", "addr1u", "addr2u", "zip", "town", "country", "townline", "state"):
            a = p.get("addr")
        if attr == "street":
            return [(a.street, "STREET_ADDRESS")]
        if attr == "addr1":
            return [(a.one, "STREET_ADDRESS")]
        if attr == "addr2":
            return [(a.two, "STREET_ADDRESS")]
        if attr == "addr2u":
            return [(a.two.upper(), "STREET_ADDRESS")]
        if attr == "addr1u":
            return [(a.one.upper(), "STREET_ADDRESS")]
        if attr == "zip":
            return [(a.zip, None)]
        if attr == "town":
            return [(a.town, None)]
        if attr == "state":
            return [(a.state or "", None)]
        if attr == "townline":
            return [(a.town_line, None)]
        if attr == "country":
            return [(a.country_name, None)]
        if attr == "iban":
            return [(p.get("iban"), "IBAN")]
        if attr == "card":
            return [(p.get("card"), "CREDIT_CARD")]
        if attr == "taxid":
            return [(p.get("taxid"), "DE_TAX_ID")]
        if attr == "ip":
            return [(p.get("ip"), "IP_ADDRESS")]
        if attr == "dob":
            return [(p.get("dob"), None)]
        if attr == "co":
            return [(p.co, None)]
        if attr == "role":
            return [(p.get("role"), None)]
        raise KeyError(attr)

    def slot(self, name, attr, bind):
        if name in bind:
            obj = bind[name]
            if isinstance(obj, Person):
                return self.pslot(obj, attr)
            if isinstance(obj, tuple):
                return [obj]
            if isinstance(obj, list):
                return obj
            return [(str(obj), None)]
        if PERSON_KEY.fullmatch(name):
            return self.pslot(self.person(name), attr)
        if name == "shop":
            return self.shop(attr)
        base = name if name in DIGIT_KINDS else name.rstrip("0123456789")
        if name not in self.values:
            if base in LABELLED_KINDS:
                self.values[name] = LABELLED_KINDS[base][1](self.rng, self.lang)
            else:
                self.values[name] = look(self.rng, base, self.lang)
        label = LABELLED_KINDS[base][0] if base in LABELLED_KINDS else None
        return [(self.values[name], label)]

    def fmt(self, tpl: str, **bind):
        rng = self.rng
        while True:
            m = ALT.search(tpl)
            if not m:
                break
            tpl = tpl[: m.start()] + rng.choice(m.group(1).split("|")) + tpl[m.end():]
        pieces, pos = [], 0
        for m in SLOT.finditer(tpl):
            pieces.append((_unescape(tpl[pos : m.start()]), None))
            pieces += self.slot(m.group(1), m.group(2), bind)
            pos = m.end()
        pieces.append((_unescape(tpl[pos:]), None))
        return pieces

    def forget(self, tpl: str):
        """Drop the drawn look-alikes a row template uses, so the next row draws its own."""
        for m in SLOT.finditer(tpl):
            name = m.group(1)
            if not PERSON_KEY.fullmatch(name) and name not in ("shop", "p", "i") and m.group(2) is None:
                self.values.pop(name, None)


def _unescape(s: str) -> str:
    return s.replace("{{", "{").replace("}}", "}")


def rows(c: Ctx, lo: int, hi: int, tpl: str, header: str = "", plain: bool = False, **kw):
    """A header and lo..hi rows, each with a new person `p` and fresh look-alikes."""
    n = c.rng.randint(lo, hi)
    out = c.fmt(header) if header else []
    for i in range(n):
        p = plain_person(c, **kw) if plain else c.new_person(**kw)
        c.forget(tpl)
        out += c.fmt(tpl, p=p, i=str(i + 1))
    return out


def plain_person(c: Ctx, **kw) -> Person:
    """A person whose name has no apostrophe or quote (for SQL and quoted fields)."""
    p = c.new_person(**kw)
    while "'" in p.first + p.last or '"' in p.first + p.last:
        p = c.new_person(**kw)
    return p


def assemble(pieces):
    text, ents, pos = [], [], 0
    for t, label in pieces:
        if not t:
            continue
        if label:
            ents.append({"type": label, "start": pos, "end": pos + len(t), "value": t})
        text.append(t)
        pos += len(t)
    return "".join(text).rstrip(), ents


# ---------------------------------------------------------------- self-checks

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d]|\.\d)")
IPV6_RE = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:]*(?![0-9A-Za-z:])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){8,30}\b")
DIGITRUN_RE = re.compile(r"(?<![\d])\d(?:[ \-/]?\d)+(?![\d])")
MASK_TOKENS = re.compile(r"@[\w.\-]+|https?://\S+|www\.\S+|\b[\w\-]+\.(?:de|com|at|ch|co\.uk|ie)/\S*")


def masked(text, ents):
    chars = list(text)
    for e in ents:
        for i in range(e["start"], e["end"]):
            if chars[i] != "\n":
                chars[i] = "\x00"
    return "".join(chars)


def find_unlabelled(text, ents):
    """Problems: personal values and name parts outside the labelled spans."""
    problems = []
    m = masked(text, ents)
    for x in EMAIL_RE.finditer(m):
        problems.append(("email", x.group()))
    for x in IPV4_RE.finditer(m):
        try:
            ipaddress.IPv4Address(x.group())
            problems.append(("ipv4", x.group()))
        except ValueError:
            pass
    for x in IPV6_RE.finditer(m):
        tok = x.group().strip()
        if tok.count(":") >= 2:
            try:
                ipaddress.IPv6Address(tok)
                problems.append(("ipv6", tok))
            except ValueError:
                pass
    for x in IBAN_RE.finditer(m):
        v = x.group()
        # every prefix of the grouped run, so a trailing word does not hide an IBAN
        compact = v.replace(" ", "")
        n = IBAN_LEN.get(compact[:2])
        if n and len(compact) >= n and iban_valid(compact[:n]):
            problems.append(("iban", v))
    for x in DIGITRUN_RE.finditer(m):
        run = x.group()
        digits = re.sub(r"\D", "", run)
        if 13 <= len(digits) <= 19 and card_valid(digits):
            problems.append(("card", run))
        if len(digits) == 11 and taxid_valid(digits):
            problems.append(("taxid", run))
        # sub-runs split at separators: a card or tax ID inside a longer run
        parts = re.split(r"[ \-/]", run)
        for i in range(len(parts)):
            acc = ""
            for j in range(i, len(parts)):
                acc += parts[j]
                if (i, j) == (0, len(parts) - 1):
                    continue
                if 13 <= len(acc) <= 19 and card_valid(acc):
                    problems.append(("card-part", acc))
                if len(acc) == 11 and taxid_valid(acc):
                    problems.append(("taxid-part", acc))
    # name parts of labelled persons outside spans, e-mails, handles and links
    m2 = MASK_TOKENS.sub(lambda k: "\x00" * len(k.group()), m)
    parts = []
    for e in ents:
        if e["type"] != "PERSON":
            continue
        for w in re.split(r"[\s,\-]+", e["value"]):
            w = w.strip(".")
            if len(w) < 3 or w.lower() in PARTICLES or "." in w:
                continue
            if w.lower() not in [x.lower() for x in parts]:
                parts.append(w)
    for w in parts:
        if re.search(r"(?<![\w'])" + re.escape(w) + r"(?![\w])", m2, flags=re.IGNORECASE):
            problems.append(("name", w))
    return problems


def check_record(rec, with_pii: bool):
    text, ents = rec["text"], rec["entities"]
    errs = []
    last = 0
    for e in ents:
        if text[e["start"] : e["end"]] != e["value"]:
            errs.append(f"value mismatch {e}")
        if e["value"] != e["value"].strip() or not e["value"]:
            errs.append(f"space {e}")
        if e["start"] < last:
            errs.append(f"overlap {e}")
        last = e["end"]
        v = e["value"]
        if e["type"] == "IBAN" and not iban_valid(v):
            errs.append(f"bad iban {v}")
        if e["type"] == "CREDIT_CARD" and not card_valid(v):
            errs.append(f"bad card {v}")
        if e["type"] == "DE_TAX_ID" and not taxid_valid(v):
            errs.append(f"bad taxid {v}")
        if e["type"] == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                errs.append(f"bad ip {v}")
        if e["type"] == "EMAIL" and not EMAIL_RE.fullmatch(v):
            errs.append(f"bad email {v}")
        if e["type"] == "PHONE" and not re.fullmatch(r"[+(0-9][0-9 ()./\-]*[0-9]", v):
            errs.append(f"bad phone {v}")
    if with_pii and not ents:
        errs.append("no span")
    if not with_pii and ents:
        errs.append("span in a text without personal data")
    for kind, v in find_unlabelled(text, ents):
        errs.append(f"unlabelled {kind}: {v}")
    if "{" in text and re.search(r"\{p\d\.|\{shop\.", text):
        errs.append("unfilled slot")
    if re.search(r"\(\([^()]*\|[^()]*\)\)", text):
        errs.append("unchosen alternative")
    return errs
