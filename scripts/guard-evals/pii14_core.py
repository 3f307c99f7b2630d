"""Machinery of the fourteenth PII bank (dev14 / heldout14): people from many locales, addresses
in eight national layouts, phone numbers of eleven countries, checksummed values, look-alikes, the
slot resolver and the self-checks.

Templates use the renderer of `common.py`: slots `{p1.full}`, `{a1.block}`, `{iban}`, `{order}` …
and alternatives `((a|b))`. Every template list and every phrase list is split by position:
even positions make dev14, odd ones heldout14 (`half`).
"""

import ipaddress
import random
import re

from common import (
    ascii_fold,
    credit_card,
    de_tax_id,
    de_tax_id_valid,
    distractor,
    fake,
    iban,
    iban_valid,
    ipv4,
    ipv6,
    luhn_valid,
    mail_local,
    render,
    weighted_choice,
)
import pii14_data as D

SPLITS = ("dev14", "heldout14")
SEEDS = {"dev14": {"en": 14101, "de": 14102}, "heldout14": {"en": 24101, "de": 24102}}
PII_PER_LANG = 400
CLEAN_PER_LANG = 100
INVENTED_SHARE = 0.10


def half(items, split: str) -> list:
    """Even positions for dev14, odd ones for heldout14: the two halves share nothing."""
    return list(items[0::2] if split == "dev14" else items[1::2])


# ---------------------------------------------------------------- names

# (locale or list:KEY, weight); zh_CN and ja_JP give romanized names
NAME_LOCALES = {
    "en": [
        ("en_GB", 14), ("en_US", 14), ("en_IE", 5), ("en_NZ", 3), ("ga_IE", 1), ("en_IN", 5), ("en_PK", 3),
        ("en_NG", 3), ("yo_NG", 2), ("ig_NG", 2), ("ha_NG", 1), ("tw_GH", 2), ("en_KE", 2), ("pl_PL", 4),
        ("tr_TR", 2), ("it_IT", 3), ("fr_FR", 2), ("es_MX", 2), ("pt_BR", 2), ("ro_RO", 2), ("vi_VN", 2),
        ("zh_CN", 3), ("ja_JP", 1), ("sv_SE", 1), ("nl_NL", 1), ("de_DE", 2), ("hr_HR", 1),
        ("list:arabic", 3), ("list:persian", 2), ("list:greek", 1), ("list:korean", 1), ("list:slavic_east", 1),
    ],
    "de": [
        ("de_DE", 30), ("de_AT", 10), ("de_CH", 8), ("de_LI", 1), ("de_LU", 1), ("tr_TR", 8), ("pl_PL", 6),
        ("it_IT", 4), ("hr_HR", 3), ("ro_RO", 3), ("sl_SI", 1), ("hu_HU", 1), ("cs_CZ", 1), ("fr_CH", 2),
        ("nl_NL", 1), ("es_ES", 1), ("pt_PT", 1), ("en_NG", 1), ("yo_NG", 1), ("en_IN", 1), ("zh_CN", 1),
        ("vi_VN", 2), ("en_GB", 1), ("en_US", 1), ("sv_SE", 1), ("list:arabic", 4), ("list:persian", 2),
        ("list:greek", 3), ("list:slavic_east", 3), ("list:albanian", 2), ("list:bosnian", 2), ("list:kurdish", 1),
    ],
}
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF' .-]+$")

# a syllable generator of this bank's own: names in no list, recognisable by context only
_ON = ["b", "ch", "d", "f", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "fl", "gr", "pr", "sch", "th", "kr", "bl"]
_NU = ["a", "e", "i", "o", "u", "y", "ae", "io", "ea", "ü", "ö", "ei"]
_CO = ["", "", "", "n", "r", "l", "s", "x", "m", "nt", "ck", "rn", "ld", "ss"]
_ENDS_F = ["a", "ine", "ela", "ia", "ette", "ina"]
_ENDS_M = ["o", "an", "ek", "is", "ard", "on"]
_ENDS_L = ["mann", "ski", "ov", "ides", "elli", "son", "hoff", "inger", "ez", "oglu", "ard", "ek"]


def coined_name(rng: random.Random, gender: str) -> tuple[str, str]:
    def stem(n):
        s = "".join(rng.choice(_ON) + rng.choice(_NU) + rng.choice(_CO) for _ in range(n))
        return s

    first = stem(1) + rng.choice(_ENDS_F if gender == "f" else _ENDS_M)
    last = stem(rng.choice([1, 2])) + rng.choice(_ENDS_L)
    return first.capitalize(), last.capitalize()


def locale_name(rng: random.Random, locale: str, gender: str) -> tuple[str, str]:
    if locale.startswith("list:"):
        key = locale[5:]
        return rng.choice(D.FIRST[key][gender]), rng.choice(D.LAST[key])
    f = fake(locale, rng)
    for _ in range(30):
        if locale in ("zh_CN", "ja_JP"):
            first, last = f.first_romanized_name(), f.last_romanized_name()
        else:
            first = f.first_name_female() if gender == "f" else f.first_name_male()
            last = f.last_name()
        if LATIN.match(first) and LATIN.match(last) and "." not in first + last:
            return first, last
    raise RuntimeError(f"no Latin-script name in {locale}")


ADDRESS_COUNTRIES = {
    "en": [("GB", 34), ("US", 32), ("IE", 8), ("FR", 5), ("NL", 5), ("DE", 7), ("IT", 5), ("AT", 2), ("CH", 2)],
    "de": [("DE", 58), ("AT", 16), ("CH", 14), ("FR", 3), ("NL", 3), ("IT", 3), ("GB", 2), ("US", 1)],
}
COUNTRY_NAMES = {
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Großbritannien", "US": "USA", "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA", "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
}
TITLES_PRE = {
    "de": ["Dr.", "Dr.", "Prof.", "Prof. Dr.", "Mag.", "Mag.a", "Dipl.-Ing.", "DI", "Dr. med.", "Ing."],
    "en": ["Dr", "Dr.", "Prof.", "Dr.", "Rev."],
}
TITLES_POST = {"de": [", MBA", ", M.Sc.", ", B.A.", " MSc", ", LL.M."], "en": [", MBA", ", PhD", " MSc", ", CPA", " BSc (Hons)"]}
MAIL_DOMAINS = {
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "gmx.at", "bluewin.ch", "aon.at", "outlook.de", "icloud.com", "gmx.ch", "hotmail.de"],
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com", "btinternet.com", "aol.com", "proton.me", "yahoo.com", "eircom.net", "live.com"],
}


_TRANSLIT = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "æ": "ae", "œ": "oe", "ð": "d", "þ": "th", "'": ""})


def translit(s: str) -> str:
    """Letters that Unicode decomposition does not fold, as people write them in addresses."""
    return s.translate(_TRANSLIT)


def company_domain(name: str, rng: random.Random, lang: str) -> str:
    words = [w for w in re.split(r"[\s&]+", name) if w and w not in ("GmbH", "AG", "KG", "OG", "e.K.", "e.V.", "Ltd", "LLC", "Inc.", "Co.", "&", "Söhne", "Supply", "Outfitters")]
    stem = "-".join(ascii_fold(translit(w)).lower().strip(".-") for w in words[:2])
    return stem + rng.choice([".de", ".de", ".at", ".ch", ".com"] if lang == "de" else [".co.uk", ".com", ".com", ".ie"])


class Person:
    def __init__(self, ctx, index: int, gender: str = ""):
        rng = ctx.rng
        self.ctx = ctx
        self.gender = rng.choice("fm")
        if gender:
            self.gender = gender
        self.invented = rng.random() < INVENTED_SHARE
        if self.invented:
            self.locale = "coined"
            first, last = coined_name(rng, self.gender)
        else:
            self.locale = weighted_choice(rng, NAME_LOCALES[ctx.lang])
            first, last = locale_name(rng, self.locale, self.gender)
            r = rng.random()
            if r < 0.06:
                last = rng.choice(D.PARTICLE_SURNAMES[ctx.lang])
            elif r < 0.13:
                last = f"{last}-{locale_name(rng, self.locale, self.gender)[1]}"
            if rng.random() < 0.05 and " " not in first and "-" not in first:
                other = locale_name(rng, self.locale, self.gender)[0]
                if other != first and " " not in other:
                    first = f"{first}{rng.choice(['-', ' '])}{other}"
        self.first, self.last = first, last
        self.full = f"{first} {last}"
        self.country = weighted_choice(rng, ADDRESS_COUNTRIES[ctx.lang])
        self.index = index
        self._cache = {}

    # names written in many ways; the honorific or title never inside the span
    def hon(self, dative=False) -> str:
        rng, lang = self.ctx.rng, self.ctx.lang
        if lang == "de":
            base = "Frau" if self.gender == "f" else ("Herrn" if dative else "Herr")
        else:
            base = rng.choice(["Ms", "Ms.", "Mrs", "Mrs.", "Miss"]) if self.gender == "f" else rng.choice(["Mr", "Mr."])
        if rng.random() < 0.18:
            t = rng.choice(TITLES_PRE[lang])
            if t == "Mag.a" and self.gender == "m":
                t = "Mag."
            return t if lang == "en" else f"{base} {t}"
        return base

    def phrase(self, key: str, name: str) -> list:
        """A phrase with `#` for the name; `F|M` gendered variants."""
        text = self.ctx.rng.choice(self.ctx.phr[key])
        if "|" in text:
            text = text.split("|")[0 if self.gender == "f" else 1]
        pre, _, post = text.partition("#")
        return [(pre, None), (name, "PERSON"), (post, None)]

    def pieces(self, attr: str) -> list:
        if attr in self._cache:
            return self._cache[attr]
        out = self._pieces(attr)
        if attr in ("email", "workmail", "phone", "mobile", "handle"):
            self._cache[attr] = out
        return out

    def _pieces(self, attr: str) -> list:
        rng, lang = self.ctx.rng, self.ctx.lang
        P = "PERSON"
        if attr == "full":
            return [(self.full, P)]
        if attr == "first":
            return [(self.first, P)]
        if attr == "last":
            return [(self.last, P)]
        if attr == "hlast":
            return [(self.hon() + " ", None), (self.last, P)]
        if attr == "hdat":
            return [(self.hon(dative=True) + " ", None), (self.last, P)]
        if attr == "hfull":
            return [(self.hon() + " ", None), (self.full, P)]
        if attr == "hdatfull":
            return [(self.hon(dative=True) + " ", None), (self.full, P)]
        if attr == "sal":
            if rng.random() < 0.15:
                if lang == "en":
                    return self.phrase("sal_title", self.last)
                return self._sal_title(rng.choice(TITLES_PRE[lang][:5]), self.last)
            return self.phrase("sal", self.last)
        if attr == "hi":
            return self.phrase("hi", self.first)
        if attr == "lf":
            return [(f"{self.last}, {self.first}", P)]
        if attr == "caps":
            return [(rng.choice([self.full.upper(), f"{self.last.upper()}, {self.first}", f"{self.last.upper()} {self.first.upper()}"]), P)]
        if attr == "lower":
            return [(rng.choice([self.full.lower(), self.full.lower(), self.first.lower()]), P)]
        if attr == "lowfirst":
            return [(self.first.lower(), P)]
        if attr == "short":
            return [(f"{self.first} {self.last[0]}.", P)]
        if attr == "initlast":
            return [(f"{self.first[0]}. {self.last}", P)]
        if attr == "sig":
            r = rng.random()
            if r < 0.25:
                t = rng.choice(TITLES_PRE[lang])
                if t == "Mag.a" and self.gender == "m":
                    t = "Mag."
                return [(t + " ", None), (self.full, P)]
            if r < 0.35:
                return [(self.full, P), (rng.choice(TITLES_POST[lang]), None)]
            return [(self.full, P)]
        if attr == "email":
            return [(f"{mail_local(rng, translit(self.first), translit(self.last))}@{rng.choice(MAIL_DOMAINS[lang])}", "EMAIL")]
        if attr == "workmail":
            first, last = translit(self.first).replace(" ", "-"), translit(self.last).replace(" ", "")
            local = ascii_fold(rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{last}", f"{first}"])).lower()
            return [(f"{local}@{self.ctx.work_domain()}", "EMAIL")]
        if attr == "phone":
            return [(phone(rng, self.country), "PHONE")]
        if attr == "mobile":
            return [(phone(rng, self.country, mobile=True), "PHONE")]
        if attr == "handle":
            base = ascii_fold(translit(rng.choice([self.first + self.last[:1], self.first + "_" + self.last, self.first[:3] + self.last[:4], self.last + str(rng.randint(1, 99))]))).lower()
            return [("@" + base.replace("-", "") + rng.choice(["", "_", ".official", "_outdoors", "travels"]), None)]
        if attr in ("addr", "addrline", "street", "zip", "town", "country", "box"):
            a = self.ctx.address(f"a{self.index}", self.country)
            return a.pieces({"addr": "block", "addrline": "line"}.get(attr, attr))
        raise KeyError(attr)

    def _sal_title(self, title: str, name: str) -> list:
        pieces = self.phrase("sal", name)
        # the title sits between the honorific and the name
        return [pieces[0], (title + " ", None), pieces[1], pieces[2]]


# ---------------------------------------------------------------- addresses


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _letters(rng, n, pool="ABDEFGHJLNPQRSTUWXYZ"):
    return "".join(rng.choice(pool) for _ in range(n))


class Address:
    """One postal address in its country's layout: `street` (with number and unit) and `town_line`."""

    def __init__(self, rng: random.Random, country: str, lang: str):
        self.country, self.lang = country, lang
        self.pobox = False
        n = rng.randint(1, 120) if rng.random() < 0.7 else rng.randint(1, 25)
        if country == "DE":
            f = fake("de_DE", rng)
            street = rng.choice(D.STREETS_DE) if rng.random() < 0.55 else f.street_name()
            if street[0].islower():
                street = rng.choice(D.STREETS_DE)
            if rng.random() < 0.2:
                street = street.replace("straße", "str.").replace("Straße", "Str.")
            num = f"{n}{rng.choice(['', '', '', '', 'a', 'b', ' a', '-' + str(n + 2)])}"
            extra = rng.choice([""] * 10 + [", Hinterhaus", ", 3. OG", ", Seitenflügel links", ", 2. OG rechts", " (Hinterhof)", ", Whg. 12"])
            self.street = f"{street} {num}{extra}"
            self.zip = f.postcode()
            self.town = f.city()
            prefix = "D-" if rng.random() < 0.08 else ""
            self.town_line = f"{prefix}{self.zip} {self.town}"
            if rng.random() < 0.04:
                self.pobox = True
                self.street = f"Postfach {_digits(rng, 2)} {_digits(rng, 2)}"
        elif country == "AT":
            f = fake("de_AT", rng)
            street = rng.choice(D.STREETS_AT) if rng.random() < 0.55 else f.street_name()
            unit = rng.choice(["", "", "", f"/{rng.randint(1, 9)}/{rng.randint(1, 30)}", f"/{rng.randint(1, 40)}", f", Top {rng.randint(1, 9)}/{rng.randint(1, 30)}", f"/Stiege {rng.randint(1, 4)}/Tür {rng.randint(1, 20)}", f", Top {rng.randint(1, 25)}"])
            self.street = f"{street} {n}{unit}"
            self.zip = f.postcode()
            self.town = f.city()
            if rng.random() < 0.3:
                self.zip, self.town = f"1{rng.randint(1, 23):02d}0", "Wien"
            prefix = "A-" if rng.random() < 0.15 else ""
            self.town_line = f"{prefix}{self.zip} {self.town}"
        elif country == "CH":
            f = fake("de_CH", rng)
            street = rng.choice(D.STREETS_CH) if rng.random() < 0.5 else f.street_name()
            self.street = f"{street} {n}{rng.choice(['', '', '', 'a', 'b'])}"
            self.zip = f.postcode()
            self.town = f.city()
            prefix = "CH-" if rng.random() < 0.2 else ""
            self.town_line = f"{prefix}{self.zip} {self.town}"
            if rng.random() < 0.04:
                self.pobox = True
                self.street = f"Postfach {rng.randint(100, 9999)}"
        elif country == "GB":
            town, area = rng.choice(D.TOWNS_GB)
            unit = rng.choice(["", "", "", "", f"Flat {rng.randint(1, 24)}, ", f"Apartment {rng.randint(1, 90)}, ", f"{rng.randint(1, 9)}{rng.choice('ABC')} "])
            self.street = f"{unit}{n} {rng.choice(D.STREETS_GB)}"
            if unit.endswith(" ") and not unit.endswith(", "):
                self.street = f"{unit.strip()} {rng.choice(D.STREETS_GB)}"
            self.zip = f"{area}{rng.randint(1, 28)} {rng.randint(1, 9)}{_letters(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
            self.town = town
            self.town_line = f"{town}{rng.choice([' ', ', '])}{self.zip}"
        elif country == "US":
            town, state, z3 = rng.choice(D.TOWNS_US)
            unit = rng.choice(["", "", "", f", Apt {rng.randint(1, 40)}{rng.choice(['', 'B', 'C'])}", f" Suite {rng.randint(100, 990)}", f" #{rng.randint(2, 60)}", f", Unit {rng.randint(1, 20)}"])
            self.street = f"{rng.randint(10, 9999)} {rng.choice(D.STREETS_US)}{unit}"
            self.zip = z3 + _digits(rng, 5 - len(z3)) + (f"-{_digits(rng, 4)}" if rng.random() < 0.15 else "")
            self.town = town
            self.town_line = f"{town}, {state} {self.zip}"
            if rng.random() < 0.04:
                self.pobox = True
                self.street = f"PO Box {rng.randint(10, 9999)}"
        elif country == "IE":
            town, key = rng.choice(D.TOWNS_IE)
            unit = rng.choice(["", "", f"Apt {rng.randint(1, 40)}, ", f"{rng.randint(1, 9)} "])
            self.street = f"{unit}{n} {rng.choice(D.STREETS_IE)}" if not unit[:1].isdigit() else f"{n} {rng.choice(D.STREETS_IE)}"
            self.zip = f"{key} {_letters(rng, 1, 'ACDEFHKNPRTVWXY')}{_digits(rng, 1)}{_letters(rng, 1, 'ACDEFHKNPRTVWXY')}{_digits(rng, 1)}"
            self.town = town
            self.town_line = f"{town}{rng.choice([' ', ', '])}{self.zip}"
        elif country == "FR":
            town, cp = rng.choice(D.TOWNS_FR)
            extra = rng.choice(["", "", "", f", bât. {rng.choice('ABC')}", f", appt {rng.randint(1, 40)}"])
            self.street = f"{n}{rng.choice(['', '', ' bis'])} {rng.choice(D.STREETS_FR)}{extra}"
            self.zip = cp + _digits(rng, 5 - len(cp))
            self.town = town
            self.town_line = f"{self.zip} {town}" + (" Cedex" if rng.random() < 0.05 else "")
        elif country == "NL":
            f = fake("nl_NL", rng)
            self.street = f"{f.street_name()} {n}{rng.choice(['', '', '', '-II', ' hs', 'A', '-3'])}"
            self.zip = f"{rng.randint(1011, 9999)} {_letters(rng, 2, 'ABCEGHJKLMNPRTVWXZ')}"
            self.town = f.city()
            self.town_line = f"{self.zip} {self.town}"
        elif country == "IT":
            town, cp, prov = rng.choice(D.TOWNS_IT)
            self.street = f"{rng.choice(D.STREETS_IT)}{rng.choice([' ', ', '])}{n}" + rng.choice(["", "", "", f", int. {rng.randint(1, 20)}", f", scala {rng.choice('ABC')}"])
            self.zip = cp + _digits(rng, 5 - len(cp))
            self.town = town
            self.town_line = rng.choice([f"{self.zip} {town} ({prov})", f"{self.zip} {town} {prov}", f"{self.zip} {town}"])
        else:
            raise KeyError(country)
        self.joiner = rng.choice([", ", ", ", " · ", " – "]) if country in ("DE", "AT", "CH", "NL") else ", "

    def pieces(self, attr: str) -> list:
        A = "STREET_ADDRESS"
        if attr == "block":
            return [(f"{self.street}\n{self.town_line}", A)]
        if attr == "line":
            return [(f"{self.street}{self.joiner}{self.town_line}", A)]
        if attr == "street":
            return [(self.street, A)]
        if attr == "zip":
            return [(self.zip, None)]
        if attr == "town":
            return [(self.town, None)]
        if attr == "country":
            return [(COUNTRY_NAMES[self.lang][self.country], None)]
        raise KeyError(attr)


# ---------------------------------------------------------------- phone numbers


def phone(rng: random.Random, country: str, mobile: bool | None = None) -> str:
    d = lambda n: _digits(rng, n)  # noqa: E731
    if mobile is None:
        mobile = rng.random() < 0.45
    if country == "DE":
        mob = rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178", "179", "1520", "1590"])
        area = rng.choice(["30", "40", "89", "221", "69", "711", "351", "341", "511", "911", "421", "231", "6221", "761", "8031", "7531"])
        if mobile:
            return rng.choice([f"0{mob} {d(7)}", f"0{mob}/{d(8)}", f"+49 {mob} {d(8)}", f"+49 ({mob}) {d(3)} {d(4)}", f"0{mob}-{d(3)} {d(2)} {d(2)}", f"0049 {mob} {d(7)}", f"+49{mob}{d(7)}"])
        return rng.choice([f"0{area} {d(6)}", f"0{area}/{d(3)} {d(3)}", f"+49 {area} {d(7)}", f"+49 (0){area} {d(3)} {d(4)}", f"(0{area}) {d(2)} {d(2)} {d(2)}", f"0{area} - {d(6)}", f"+49 {area} {d(5)}-{d(2)}", f"0{area}-{d(6)}-{d(2)}", f"0049 {area} {d(7)}"])
    if country == "AT":
        if mobile:
            mob = rng.choice(["650", "660", "664", "676", "680", "681", "688", "699"])
            return rng.choice([f"0{mob} {d(7)}", f"+43 {mob} {d(3)} {d(4)}", f"0{mob}/{d(3)} {d(2)} {d(2)}", f"+43 (0){mob} {d(7)}", f"0043 {mob} {d(7)}"])
        area = rng.choice(["1", "316", "512", "662", "732", "463", "5572"])
        return rng.choice([f"+43 {area} {d(3)} {d(2)} {d(2)}", f"0{area} {d(6)}", f"+43 (0){area} {d(6)}", f"0{area}/{d(5)}-{d(2)}"])
    if country == "CH":
        if mobile:
            mob = rng.choice(["76", "77", "78", "79"])
            return rng.choice([f"0{mob} {d(3)} {d(2)} {d(2)}", f"+41 {mob} {d(3)} {d(2)} {d(2)}", f"+41 (0){mob} {d(3)} {d(2)} {d(2)}", f"0041 {mob} {d(3)} {d(2)} {d(2)}"])
        area = rng.choice(["44", "31", "61", "41", "71", "52", "81"])
        return rng.choice([f"0{area} {d(3)} {d(2)} {d(2)}", f"+41 {area} {d(3)} {d(2)} {d(2)}", f"+41 (0){area} {d(3)} {d(2)} {d(2)}"])
    if country == "GB":
        if mobile:
            return rng.choice([f"07{d(3)} {d(6)}", f"+44 7{d(3)} {d(6)}", f"+44 (0)7{d(3)} {d(3)} {d(3)}", f"07{d(3)}-{d(3)}-{d(3)}", f"07{d(9)}"])
        return rng.choice([f"020 {d(4)} {d(4)}", f"0161 {d(3)} {d(4)}", f"0113 {d(3)} {d(4)}", f"+44 (0)20 {d(4)} {d(4)}", f"+44 131 {d(3)} {d(4)}", f"01{d(3)} {d(6)}", f"(01{d(3)}) {d(6)}"])
    if country == "US":
        area = f"{rng.randint(2, 9)}{d(2)}"
        ex = f"{rng.randint(2, 9)}{d(2)}"
        return rng.choice([f"({area}) {ex}-{d(4)}", f"{area}-{ex}-{d(4)}", f"+1 {area} {ex} {d(4)}", f"{area}.{ex}.{d(4)}", f"+1-{area}-{ex}-{d(4)}", f"1 ({area}) {ex}-{d(4)}", f"+1 ({area}) {ex}-{d(4)}"])
    if country == "IE":
        if mobile:
            return rng.choice([f"08{rng.choice('35679')} {d(3)} {d(4)}", f"+353 8{rng.choice('35679')} {d(3)} {d(4)}", f"+353 (0)8{rng.choice('35679')} {d(7)}"])
        return rng.choice([f"01 {d(3)} {d(4)}", f"+353 1 {d(3)} {d(4)}", f"021 {d(3)} {d(4)}", f"(091) {d(6)}"])
    if country == "FR":
        if mobile:
            return rng.choice([f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"07.{d(2)}.{d(2)}.{d(2)}.{d(2)}", f"+33 (0)7 {d(2)} {d(2)} {d(2)} {d(2)}"])
        return rng.choice([f"01 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 4 {d(2)} {d(2)} {d(2)} {d(2)}", f"04.{d(2)}.{d(2)}.{d(2)}.{d(2)}"])
    if country == "NL":
        if mobile:
            return rng.choice([f"06-{d(8)}", f"+31 6 {d(8)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+31 (0)6 {d(4)} {d(4)}"])
        return rng.choice([f"020-{d(7)}", f"+31 20 {d(3)} {d(4)}", f"030 {d(3)} {d(4)}", f"010-{d(3)} {d(2)} {d(2)}"])
    if country == "IT":
        if mobile:
            return rng.choice([f"3{rng.randint(20, 93)} {d(3)} {d(4)}", f"+39 3{rng.randint(20, 93)} {d(7)}", f"+39 3{rng.randint(20, 93)} {d(3)} {d(4)}"])
        return rng.choice([f"02 {d(4)} {d(4)}", f"+39 06 {d(4)} {d(4)}", f"0471 {d(6)}", f"+39 045 {d(7)}"])
    if country == "TR":
        return rng.choice([f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"0 (5{d(2)}) {d(3)} {d(2)} {d(2)}", f"+90 212 {d(3)} {d(2)} {d(2)}"])
    if country == "PL":
        return rng.choice([f"+48 {rng.choice('5678')}{d(2)} {d(3)} {d(3)}", f"+48 22 {d(3)} {d(2)} {d(2)}", f"{rng.choice('5678')}{d(2)}-{d(3)}-{d(3)}"])
    raise KeyError(country)


# ---------------------------------------------------------------- checksummed values

IBAN_COUNTRIES = {
    "de": [("DE", 70), ("AT", 14), ("CH", 10), ("NL", 2), ("FR", 2), ("IT", 2)],
    "en": [("GB", 45), ("IE", 15), ("DE", 10), ("NL", 8), ("FR", 8), ("IT", 6), ("ES", 4), ("AT", 2), ("CH", 2)],
}
PHONE_COUNTRIES = {
    "de": [("DE", 60), ("AT", 15), ("CH", 13), ("TR", 3), ("PL", 3), ("IT", 2), ("NL", 2), ("FR", 2)],
    "en": [("GB", 38), ("US", 34), ("IE", 9), ("FR", 4), ("NL", 4), ("DE", 4), ("IT", 3), ("PL", 2), ("TR", 2)],
}


def card_valid(value: str) -> bool:
    v = re.sub(r"[ -]", "", value)
    if not v.isdigit() or not luhn_valid(v):
        return False
    if v[0] == "4":
        return len(v) in (13, 16, 19)
    if v[:2] in ("34", "37"):
        return len(v) == 15
    if 51 <= int(v[:2]) <= 55 or 2221 <= int(v[:4]) <= 2720:
        return len(v) == 16
    if v.startswith("6011") or v.startswith("65") or 644 <= int(v[:3]) <= 649:
        return len(v) == 16
    return False


def value_valid(kind: str, value: str) -> bool:
    if kind == "IBAN":
        return iban_valid(value) and re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", value) is not None
    if kind == "CREDIT_CARD":
        return card_valid(value)
    if kind == "DE_TAX_ID":
        return de_tax_id_valid(value)
    if kind == "IP_ADDRESS":
        try:
            ipaddress.ip_address(value)
            return True
        except ValueError:
            return False
    if kind == "EMAIL":
        return ".." not in value and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._%+-]*@[a-z0-9.-]+\.[a-z]{2,}", value) is not None
    if kind == "PHONE":
        return 7 <= sum(c.isdigit() for c in value) <= 15
    return bool(value.strip())


# ---------------------------------------------------------------- look-alikes of this bank


def lookalike(kind: str, rng: random.Random, lang: str) -> str | None:
    d = lambda n: _digits(rng, n)  # noqa: E731
    if kind == "ext":
        return str(rng.randint(10, 399))
    if kind == "artno":
        return rng.choice([f"{d(3)}.{d(3)}", f"{d(5)}-{d(3)}", f"TG{d(6)}", f"{d(4)}-{rng.choice(['BLK', 'GRN', 'SND', 'NVY'])}-{rng.choice(['S', 'M', 'L', 'XL', '42', '44'])}", f"A-{d(4)}-{d(2)}"])
    if kind == "prodname":
        return rng.choice(D.PRODUCT_NAMES if lang == "de" else D.PRODUCT_NAMES_EN)
    if kind == "brand":
        return rng.choice(D.BRANDS if lang == "de" else D.BRANDS_EN)
    if kind == "town":
        return rng.choice(D.TOWNS_PLAIN_DE if lang == "de" else D.TOWNS_PLAIN_EN)
    if kind == "firm":
        return rng.choice(D.COMPANIES_DE if lang == "de" else D.COMPANIES_EN)
    if kind == "card_masked":
        return rng.choice([f"**** **** **** {d(4)}", f"xxxx-{d(4)}", f"•••• {d(4)}", f"ending in {d(4)}" if lang == "en" else f"Endziffern {d(4)}"])
    if kind == "iban_masked":
        return rng.choice([f"DE** **** **** **** **{d(2)} {d(2)}", f"…{d(4)}", f"AT** **** **** **** {d(4)}", f"GB** XXXX **** **** **{d(2)} {d(2)}"])
    if kind == "kw":
        return str(rng.randint(1, 52))
    if kind == "year":
        return str(rng.randint(2019, 2026))
    if kind == "stars":
        return str(rng.randint(1, 5))
    if kind == "custno":
        return rng.choice([f"K-{d(6)}", f"{d(7)}", f"CU{d(8)}", f"KD{d(5)}"])
    if kind == "rma":
        return rng.choice([f"RMA-{d(6)}", f"R{d(7)}", f"RET-{d(4)}-{d(3)}"])
    if kind == "asin":
        return "B0" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
    if kind == "voucher":
        return rng.choice(["WELCOME", "SOMMER", "HERBST", "TRAIL", "GIPFEL", "FRIENDS"]) + str(rng.randint(10, 30))
    if kind == "serial":
        return rng.choice([f"SN {d(4)}-{d(4)}-{d(2)}", f"{rng.choice(['F', 'H', 'K'])}{d(9)}", f"S/N {d(12)}"])
    if kind == "batch":
        return f"L{d(2)}{rng.choice('ABCDEFGHK')}{d(3)}"
    if kind == "hours":
        a = rng.randint(7, 10)
        b = rng.randint(17, 20)
        return f"{a}:00–{b}:{rng.choice(['00', '30'])}" if lang == "de" else f"{a}am–{b - 12}{rng.choice(['pm', ':30pm'])}"
    if kind == "room":
        if lang == "de":
            return rng.choice(["Halle 4, Stand B12", "Halle A6, Stand 310", "Stand C-207", "Halle 3.1, Stand 210", "Foyer Ost, Stand F44"])
        return rng.choice(["Hall 4, Stand B12", "Hall 3, Booth 3.1-210", "Booth F44", "Stand C-207", "Hall A6, Stand 310"])
    if kind == "sessionid":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([16, 24, 32])))
    if kind == "port":
        return str(rng.choice([443, 8080, 8443, 3000, 51234, 62011]))
    return None


# ---------------------------------------------------------------- the per-record resolver

VALUE_RE = re.compile(r"^([a-z_]+?)(\d*)$")


class Ctx:
    def __init__(self, rng: random.Random, lang: str, split: str, phrases: dict):
        self.rng, self.lang, self.split = rng, lang, split
        self.phr = {k: half(v, split) for k, v in phrases.items()}
        self.persons: dict[str, Person] = {}
        self.addresses: dict[str, Address] = {}
        self.cache: dict[str, list] = {}
        self._work_domain = None
        self._company = None

    def company(self) -> str:
        """The record's company: `{firm}` and the work e-mail addresses belong to it."""
        if self._company is None:
            self._company = self.rng.choice(D.COMPANIES_DE if self.lang == "de" else D.COMPANIES_EN)
        return self._company

    def work_domain(self) -> str:
        if self._work_domain is None:
            self._work_domain = company_domain(self.company(), self.rng, self.lang)
        return self._work_domain

    def person(self, key: str) -> Person:
        """`p2` is a person of either gender, `p2f` / `p2m` the same person with a fixed one."""
        index, gender = key[1], key[2:]
        if index not in self.persons:
            self.persons[index] = Person(self, int(index), gender)
        person = self.persons[index]
        assert not gender or person.gender == gender, key
        return person

    def address(self, key: str, country: str | None = None) -> Address:
        if key not in self.addresses:
            if country is None:
                m = re.match(r"([a-z]{2})\d+$", key)
                country = m.group(1).upper() if m and m.group(1) != "a" else weighted_choice(self.rng, ADDRESS_COUNTRIES[self.lang])
                if country == "UK":
                    country = "GB"
            self.addresses[key] = Address(self.rng, country, self.lang)
        return self.addresses[key]

    def resolve(self, slot: str) -> list:
        rng, lang = self.rng, self.lang
        if "." in slot:
            obj, attr = slot.split(".", 1)
            if re.fullmatch(r"p\d[fm]?", obj):
                return self.person(obj).pieces(attr)
            if re.fullmatch(r"(a|de|at|ch|uk|us|ie|fr|nl|it)\d", obj):
                return self.address(obj).pieces(attr)
            raise KeyError(slot)
        if slot.startswith("ph_"):
            key = slot[3:]
            if key not in self.phr:
                raise KeyError(slot)
            return [(rng.choice(self.phr[key]), None)]
        if slot in self.cache:
            return self.cache[slot]
        if slot == "firm":
            self.cache[slot] = [(self.company(), None)]
            return self.cache[slot]
        m = VALUE_RE.match(slot)
        kind = m.group(1) if m else slot
        out = self._value(kind)
        self.cache[slot] = out
        return out

    def _value(self, kind: str) -> list:
        rng, lang = self.rng, self.lang
        if kind == "iban":
            return [(iban(rng, weighted_choice(rng, IBAN_COUNTRIES[lang]), grouped=rng.random() < 0.6), "IBAN")]
        if kind.startswith("iban_") and kind != "iban_masked":
            return [(iban(rng, kind[5:].upper(), grouped=rng.random() < 0.6), "IBAN")]
        if kind == "card":
            return [(credit_card(rng), "CREDIT_CARD")]
        if kind == "ip":
            return [(ipv6(rng) if rng.random() < 0.25 else ipv4(rng), "IP_ADDRESS")]
        if kind == "ipv":
            return [(ipv4(rng), "IP_ADDRESS")]
        if kind == "ipsix":
            return [(ipv6(rng), "IP_ADDRESS")]
        if kind == "taxid":
            return [(de_tax_id(rng), "DE_TAX_ID")]
        if kind == "phone":
            return [(phone(rng, weighted_choice(rng, PHONE_COUNTRIES[lang])), "PHONE")]
        if kind == "mobile":
            return [(phone(rng, weighted_choice(rng, PHONE_COUNTRIES[lang]), mobile=True), "PHONE")]
        if kind == "landline":
            return [(phone(rng, weighted_choice(rng, PHONE_COUNTRIES[lang]), mobile=False), "PHONE")]
        if kind.startswith("tel_"):
            return [(phone(rng, kind[4:].upper()), "PHONE")]
        if kind == "rolemail":
            local = rng.choice(["einkauf", "buchhaltung", "info", "bestellung", "office", "service"] if lang == "de" else ["purchasing", "accounts", "orders", "hello", "office", "buying"])
            return [(f"{local}@{self.work_domain()}", "EMAIL")]
        if kind.startswith("shopmail_"):
            return [(f"{kind[9:]}@{rng.choice(['talgrat.de', 'talgrat.at', 'talgrat.ch'] if lang == 'de' else ['talgrat.co.uk', 'talgrat.com'])}", "EMAIL")]
        if kind.startswith("extmail_"):
            return [(f"{kind[8:]}@{rng.choice(['payvia-acquiring.com', 'cardserv.eu', 'merchant-services.net'])}", "EMAIL")]
        v = lookalike(kind, rng, lang)
        if v is not None:
            return [(v, None)]
        return [(distractor(kind, rng, lang), None)]


# ---------------------------------------------------------------- self-checks


def copies_ok(text: str, entities: list) -> bool:
    """No unlabelled copy of a labelled value: every whole-word occurrence lies inside an entity."""
    for e in entities:
        v = e["value"]
        for m in re.finditer(r"(?<![\w@.])" + re.escape(v) + r"(?!\w)", text):
            if not any(o["start"] <= m.start() and m.end() <= o["end"] for o in entities):
                return False
    return True


def check_record(rec: dict) -> None:
    text = rec["text"]
    prev_end = -1
    for e in rec["entities"]:
        assert text[e["start"] : e["end"]] == e["value"], (rec["id"], e)
        assert e["start"] >= prev_end, ("overlap", rec["id"], e)
        prev_end = e["end"]
        assert e["value"] == e["value"].strip() and e["value"], (rec["id"], e)
        assert value_valid(e["type"], e["value"]), ("invalid value", rec["id"], e)
    assert copies_ok(text, rec["entities"]), ("unlabelled copy", rec["id"])
    if not rec["entities"]:
        assert not re.search(r"[\w.-]+@[\w-]+\.[a-z]{2,}", text), ("mail in a clean text", rec["id"])
        for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", text):
            assert not iban_valid(m.group(0)), ("valid IBAN in a clean text", rec["id"])
        for m in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", text):
            assert not value_valid("IP_ADDRESS", m.group(0)), ("IP address in a clean text", rec["id"])


def build(lang: str, split: str, module, seed: int) -> list[dict]:
    """400 texts with personal data and 100 without for one language and split."""
    rng = random.Random(seed)
    pii_genres = sorted(module.TEMPLATES)
    clean_genres = sorted(module.CLEAN)
    plan = [(g, True) for i in range(PII_PER_LANG) for g in [pii_genres[i % len(pii_genres)]]]
    plan += [(g, False) for i in range(CLEAN_PER_LANG) for g in [clean_genres[i % len(clean_genres)]]]
    rng.shuffle(plan)
    used = {}
    records = []
    for n, (genre, has_pii) in enumerate(plan, 1):
        bank = module.TEMPLATES[genre] if has_pii else module.CLEAN[genre]
        templates = half(bank, split)
        k = used.get(genre, rng.randrange(len(templates)))
        used[genre] = k + 1
        template = templates[k % len(templates)]
        for attempt in range(200):
            ctx = Ctx(rng, lang, split, module.PHRASES)
            text, entities = render(template, ctx.resolve, rng)
            entities = sorted(entities, key=lambda e: e["start"])
            if not copies_ok(text, entities):
                continue
            if has_pii and not entities:
                continue
            break
        else:
            raise RuntimeError(f"no clean rendering of {genre} template {k}")
        rec = {"id": f"pii-{split}-{lang}-{n:04d}", "text": text, "lang": lang, "genre": genre, "entities": entities}
        check_record(rec)
        assert bool(entities) == has_pii, rec["id"]
        records.append(rec)
    return records


def check_disjoint(module) -> None:
    """The two halves of every list share no item (so no template or phrase)."""
    for name, table in (("TEMPLATES", module.TEMPLATES), ("CLEAN", module.CLEAN), ("PHRASES", module.PHRASES)):
        for key, items in table.items():
            a, b = set(half(items, "dev14")), set(half(items, "heldout14"))
            assert a and b, (module.__name__, name, key, "a half is empty")
            assert not (a & b), (module.__name__, name, key, "halves share", a & b)
