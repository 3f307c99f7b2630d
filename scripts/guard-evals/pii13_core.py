"""Core of the thirteenth PII bank: people, addresses, checksummed values, look-alikes and the
template renderer that records labelled spans (Unicode code points).

Templates are strings with slots and alternatives:

    {p1.full}  {p2.hl}  {p1.addr}  {iban}  {order2}  {_greet}   slots (a leading "_" names a phrase list)
    [p1:Kundin|Kunde]                                             text that depends on p1's gender
    ((a|b|c))                                                      one alternative, chosen at random

or callables `f(ctx) -> pieces` for structured layouts. A slot renders to pieces `(text, label or None)`.
The same slot name renders to the same value within one text (values are cached per text).
"""

import re

from common import ascii_fold, de_tax_id_valid, fake, iban_valid, luhn_check_digit, luhn_valid, weighted_choice  # noqa: F401  (pinned Faker on sys.path)

import pii13_data as D

SPLITS = ("dev13", "heldout13")


def half(items, split):
    """The split's half of a list: even positions for dev13, odd positions for heldout13."""
    return list(items[0::2] if split == "dev13" else items[1::2])


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


# ================================================================ names

NAME_ORIGINS = {
    "de": [("de_DE", 32), ("de_AT", 8), ("de_CH", 7), ("tr_TR", 7), ("pl_PL", 4), ("it_IT", 3), ("hr_HR", 3),
           ("ru", 3), ("uk", 1), ("el", 2), ("ar", 3), ("fa", 1), ("es_ES", 2), ("fr_FR", 2), ("nl_NL", 2),
           ("en_US", 1), ("en_GB", 1), ("cs_CZ", 1), ("ro_RO", 2), ("pt_PT", 1), ("vi_VN", 1), ("sv_SE", 1),
           ("hu_HU", 1), ("sl_SI", 1), ("ko", 1), ("zh", 1), ("fr_CH", 1), ("sk_SK", 1), ("da_DK", 1), ("fi_FI", 1)],
    "en": [("en_US", 20), ("en_GB", 17), ("en_IE", 5), ("ga_IE", 1), ("en_IN", 5), ("en_PK", 2), ("yo_NG", 1),
           ("ig_NG", 1), ("en_NG", 1), ("en_KE", 1), ("es_MX", 3), ("es_ES", 1), ("vi_VN", 2), ("zh", 2), ("ko", 1),
           ("ja", 1), ("ar", 2), ("fa", 1), ("fr_FR", 2), ("de_DE", 2), ("it_IT", 2), ("pl_PL", 2), ("pt_BR", 2),
           ("nl_NL", 1), ("sv_SE", 1), ("el", 1), ("ru", 1), ("tw_GH", 1), ("en_NZ", 1), ("id_ID", 1), ("zu_ZA", 1)],
}
INVENTED_SHARE = 0.10


def _translit_cyr(s, lang):
    table = D.CYR_DE if lang == "de" else D.CYR_EN
    out = []
    for c in s:
        low = c.lower()
        t = table.get(low, c)
        if c != low and t:
            t = t[0].upper() + t[1:]
        out.append(t)
    return "".join(out)


def _translit_greek(s):
    low = s.lower()
    for a, b in D.GREEK_DIGRAPHS:
        low = low.replace(a, b)
    out = "".join(D.GREEK.get(c, c) for c in low)
    return "-".join(p.capitalize() for p in out.split("-"))


def _title(s):
    return "-".join(p.capitalize() for p in s.lower().split("-"))


def _turkish_fold(s):
    for a, b in (("ı", "i"), ("İ", "I"), ("ş", "s"), ("Ş", "S"), ("ğ", "g"), ("ç", "c"), ("Ç", "C")):
        s = s.replace(a, b)
    return s


def invented_name(rng):
    """A given name and a surname from a syllable generator: in no list, recognisable by context only."""

    def word(n, coda=True):
        w = "".join(rng.choice(D.INV_ONSETS) + rng.choice(D.INV_VOWELS) for _ in range(n))
        if coda:
            w += rng.choice(D.INV_CODAS)
        return w.capitalize()

    first = word(2, rng.random() < 0.5)
    last = word(rng.choice([2, 2, 3]), rng.random() < 0.5)
    if rng.random() < 0.45:
        last = word(rng.choice([1, 2]), False) + rng.choice(D.INV_SUFFIX_LAST)
    return first, last


def plain_name(n):
    """False for the odd entries of the Faker lists: abbreviations ("Hans-J."), numerals ("Koch II"),
    sorted forms ("Bourgondië, van"), lower-case fragments, whole historical names."""
    if not n or re.search(r"[,().0-9/]", n) or " II" in n or len(n.split()) > 4:
        return False
    if n[:1].islower() and not re.match(r"(de|da|das|do|dos|del|van|von|d')\b", n):
        return False
    return True


def raw_name(rng, origin, gender, lang):
    """(first, last) of one origin, in Latin script."""
    if origin == "ar":
        return rng.choice(D.ARABIC_GIVEN[gender]), rng.choice(D.ARABIC_SURNAMES)
    if origin == "fa":
        return rng.choice(D.PERSIAN_GIVEN[gender]), rng.choice(D.PERSIAN_SURNAMES)
    if origin == "ko":
        return rng.choice(D.KOREAN_GIVEN[gender]), rng.choice(D.KOREAN_SURNAMES)
    if origin in ("ru", "uk", "el"):
        loc = {"ru": "ru_RU", "uk": "uk_UA", "el": "el_GR"}[origin]
        f = fake(loc, rng)
        first = f.first_name_female() if gender == "f" else f.first_name_male()
        last = f.last_name_female() if gender == "f" else f.last_name_male()
        if origin == "el":
            return _translit_greek(first), _translit_greek(last)
        return _translit_cyr(first, lang), _translit_cyr(last, lang)
    if origin == "zh":
        f = fake(rng.choice(["zh_CN", "zh_TW"]), rng)
        return _title(f.first_romanized_name()), _title(f.last_romanized_name())
    if origin == "ja":
        f = fake("ja_JP", rng)
        return f.first_romanized_name(), f.last_romanized_name()
    f = fake(origin, rng)
    for _ in range(30):
        first = f.first_name_female() if gender == "f" else f.first_name_male()
        if gender == "f" and hasattr(f, "last_name_female"):
            last = f.last_name_female()
        elif gender == "m" and hasattr(f, "last_name_male"):
            last = f.last_name_male()
        else:
            last = f.last_name()
        if last.islower() and " " not in last:
            last = last.capitalize()
        if plain_name(first) and plain_name(last) and not (origin.startswith("nl_") and len(last.split()) > 2):
            break
    if origin == "tr_TR":
        if last in D.TURKISH_DROP or rng.random() < 0.5:
            last = rng.choice(D.TURKISH_EXTRA_SURNAMES)
        if lang == "de" and rng.random() < 0.3:
            first, last = _turkish_fold(first), _turkish_fold(last)
    return first.strip(), last.strip()


def decorate_name(rng, origin, first, last, gender):
    """Particles, double and hyphenated names as they occur in each origin."""
    r = rng.random()
    if origin in ("de_DE", "de_AT", "de_CH"):
        if r < 0.07:
            other = raw_name(rng, origin, gender, "de")[1]
            if other != last and " " not in other and " " not in last:
                last = f"{last}-{other}"
        elif r < 0.09:
            last = rng.choice(["von ", "von der ", "zu "]) + last
        if rng.random() < 0.05 and "-" not in first and " " not in first:
            second = raw_name(rng, origin, gender, "de")[0]
            if second != first and "-" not in second and " " not in second:
                first = f"{first}{rng.choice(['-', ' '])}{second}"
    elif origin == "nl_NL" and r < 0.4 and " " not in last:
        last = rng.choice(["van ", "van der ", "de ", "van den ", "van de ", "ter ", "ten ", "in 't "]) + last
    elif origin in ("es_ES", "es_MX") and r < 0.5:
        other = raw_name(rng, origin, gender, "en")[1]
        if other != last:
            last = f"{last} {other}"
    elif origin in ("pt_BR", "pt_PT") and r < 0.25:
        last = rng.choice(["da ", "dos ", "de ", "das "]) + last
    elif origin in ("en_GB", "en_US", "en_NZ") and r < 0.05:
        other = raw_name(rng, origin, gender, "en")[1]
        if other != last:
            last = f"{last}-{other}"
    elif origin == "it_IT" and r < 0.08:
        last = rng.choice(["De ", "Di ", "Lo ", "La ", "D'"]) + last
    elif origin == "fr_FR" and r < 0.06:
        first = rng.choice(["Jean-", "Marie-", "Anne-"]) + first if "-" not in first else first
    return first, last


HONORIFICS = {
    "de": {"f": ["Frau"] * 7 + ["Frau Dr.", "Fr.", "Frau Prof."], "m": ["Herr"] * 7 + ["Herr Dr.", "Hr.", "Herr Prof. Dr."]},
    "de_AT": {"f": ["Frau Mag.", "Frau Mag.a", "Frau DI"], "m": ["Herr Mag.", "Herr Ing.", "Herr DI"]},
    "en": {"f": ["Ms", "Ms.", "Mrs", "Mrs.", "Miss", "Ms", "Dr", "Dr."], "m": ["Mr", "Mr.", "Mr", "Mr.", "Dr", "Dr.", "Prof."]},
}

MAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "gmx.net", "posteo.de", "mailbox.org", "outlook.de", "icloud.com",
           "gmail.com", "freenet.de", "yahoo.de", "arcor.de", "googlemail.com"],
    "AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "outlook.com", "icloud.com"],
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "gmail.com", "protonmail.ch"],
    "GB": ["btinternet.com", "sky.com", "virginmedia.com", "hotmail.co.uk", "yahoo.co.uk", "gmail.com", "outlook.com",
           "icloud.com", "talktalk.net"],
    "US": ["gmail.com", "yahoo.com", "hotmail.com", "comcast.net", "icloud.com", "aol.com", "verizon.net", "proton.me",
           "outlook.com", "att.net"],
    "IE": ["eircom.net", "gmail.com", "hotmail.com", "outlook.ie", "icloud.com", "yahoo.ie"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "hotmail.fr"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl", "outlook.com"],
    "BE": ["telenet.be", "skynet.be", "gmail.com", "proximus.be"],
    "IT": ["libero.it", "gmail.com", "tiscali.it", "virgilio.it"],
    "ES": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
}


def mail_local(rng, first, last):
    f = ascii_fold(first.replace(" ", "")).lower().replace("'", "")
    l_ = ascii_fold(last.replace(" ", "").replace("'", "")).lower()
    f, l_ = f or "post", l_ or "mail"
    sep = rng.choice([".", ".", ".", "", "_", "-"])
    form = rng.randrange(9)
    local = [f"{f}{sep}{l_}", f"{f[0]}{sep}{l_}", f"{f}{rng.randint(1, 99)}", f"{l_}{sep}{f}",
             f"{f}{sep}{l_}{rng.randint(60, 99)}", f"{f}{sep}{l_[0]}", f"{l_}{rng.randint(1, 999)}",
             f"{f}.{l_}+{rng.choice(['shop', 'news', 'orders', 'online'])}",
             rng.choice(["sonnenschein", "bergfreund", "kaffeetasse", "nightowl", "blueberry", "wanderlust", "mail",
                         "hello", "post", "home", "familie", "info"]) + str(rng.randint(1, 99))][form]
    return local.strip(".-_")


class Person:
    def __init__(self, ctx, key):
        rng = ctx.rng
        self.key = key
        self.lang = ctx.lang
        self.gender = rng.choice("fm")
        self.invented = rng.random() < INVENTED_SHARE
        if self.invented:
            self.origin = "invented"
            self.first, self.last = invented_name(rng)
        else:
            self.origin = weighted_choice(rng, NAME_ORIGINS[ctx.lang])
            first, last = raw_name(rng, self.origin, self.gender, ctx.lang)
            self.first, self.last = decorate_name(rng, self.origin, first, last, self.gender)
        self.middle = ""
        if self.origin in ("en_US",) and rng.random() < 0.12:
            self.middle = rng.choice("ABCDEFGHJKLMNPRSTW") + "."
        self.country = ctx.country if rng.random() < 0.8 else weighted_choice(rng, COUNTRIES[ctx.lang])
        hon_pool = list(HONORIFICS[ctx.lang][self.gender])
        if ctx.lang == "de" and self.country == "AT":
            hon_pool += HONORIFICS["de_AT"][self.gender]
        self.hon = rng.choice(hon_pool)
        if ctx.lang == "en" and rng.random() < 0.03:
            self.hon = "Mx"
        self.email = f"{mail_local(rng, self.first, self.last)}@{rng.choice(MAIL_DOMAINS[self.country])}"
        if rng.random() < 0.06:
            self.email = self.email[0].upper() + self.email[1:]

    @property
    def full(self):
        if self.middle:
            return f"{self.first} {self.middle} {self.last}"
        return f"{self.first} {self.last}"

    @property
    def hon_dat(self):
        if self.hon.startswith("Herr"):
            return "Herrn" + self.hon[4:]
        if self.hon == "Hr.":
            return "Hrn."
        return self.hon

    def last_initial(self):
        parts = [p for p in self.last.replace("-", " ").split() if p[:1].isupper()]
        return (parts[0] if parts else self.last)[0].upper()

    def possessive(self, name):
        if self.lang == "en":
            if name.endswith("s"):
                return "'"
            return "'s"
        if name[-1] in "sßxz" or name.endswith("ce"):
            return "'"
        return "s"

    def handle(self, rng):
        f = ascii_fold(self.first.split()[0].split("-")[0]).lower()
        l_ = ascii_fold(self.last.replace(" ", "")).lower()
        return rng.choice([f"@{f}_{l_[:1]}", f"@{f}.{l_}", f"@{l_}{rng.randint(80, 99)}", f"@{f}{l_[:3]}",
                           f"@the_{f}", f"@{f}_{rng.choice(['travels', 'makes', 'bakes', 'runs', 'reads'])}"])

    def username(self, rng):
        f = ascii_fold(self.first.split()[0].split("-")[0]).lower()
        l_ = ascii_fold(self.last.replace(" ", "")).lower()
        return rng.choice([f"{f[0]}{l_}", f"{f}{rng.randint(1970, 2005)}", f"{l_}.{f[0]}", f"{f}_{l_[:2]}"])


# ================================================================ addresses

COUNTRIES = {
    "de": [("DE", 70), ("AT", 15), ("CH", 12), ("NL", 1), ("FR", 1), ("IT", 1)],
    "en": [("GB", 40), ("US", 34), ("IE", 14), ("NL", 2), ("FR", 2), ("DE", 3), ("BE", 1), ("IT", 1), ("ES", 1), ("AT", 1), ("CH", 1)],
}
COUNTRY_NAMES = {
    "de": {"DE": ["Deutschland"], "AT": ["Österreich"], "CH": ["Schweiz"], "GB": ["Vereinigtes Königreich", "Großbritannien"],
           "US": ["USA", "Vereinigte Staaten"], "IE": ["Irland"], "FR": ["Frankreich"], "NL": ["Niederlande"],
           "BE": ["Belgien"], "IT": ["Italien"], "ES": ["Spanien"]},
    "en": {"DE": ["Germany"], "AT": ["Austria"], "CH": ["Switzerland"], "GB": ["United Kingdom", "UK"],
           "US": ["USA", "United States"], "IE": ["Ireland"], "FR": ["France"], "NL": ["Netherlands", "The Netherlands"],
           "BE": ["Belgium"], "IT": ["Italy"], "ES": ["Spain"]},
}


def faker_street(rng, locale):
    for _ in range(30):
        name = fake(locale, rng).street_name()
        core = name[:-4] if name.endswith("str.") else name
        if not re.search(r"[,.()0-9]", core) and " II" not in name and " auch " not in name:
            return name
    return name


def _de_street(rng, country):
    r = rng.random()
    if country == "DE":
        if r < 0.35:
            name = rng.choice(D.DE_STREET_FIXED)
        elif r < 0.75:
            name = rng.choice(D.DE_STREET_ROOTS) + rng.choice(D.DE_STREET_SUFFIXES)
        else:
            name = faker_street(rng, "de_DE")
    elif country == "AT":
        if r < 0.5:
            name = rng.choice(D.AT_STREET_FIXED)
        elif r < 0.75:
            name = rng.choice(D.DE_STREET_ROOTS) + rng.choice(["gasse", "straße", "weg", "platz", "gasse"])
        else:
            name = faker_street(rng, "de_AT")
    else:
        if r < 0.5:
            name = rng.choice(D.CH_STREET_FIXED)
        elif r < 0.75:
            name = rng.choice(D.DE_STREET_ROOTS).replace("ß", "ss") + rng.choice(["strasse", "weg", "gasse", "rain", "halde"])
        else:
            name = faker_street(rng, "de_CH")
    if country == "DE" and name.endswith("straße") and rng.random() < 0.2:
        name = name[:-6] + rng.choice(["str.", "str"])
    if country == "DE" and name.endswith("Straße") and rng.random() < 0.2:
        name = name[:-6] + "Str."
    return name


def _house_no(rng, country):
    n = rng.choice([rng.randint(1, 40), rng.randint(1, 140), rng.randint(1, 12)])
    s = str(n)
    r = rng.random()
    if country == "AT":
        if r < 0.3:
            return f"{s}/{rng.randint(1, 9)}/{rng.randint(1, 30)}"
        if r < 0.45:
            return f"{s}/{rng.randint(1, 20)}"
        if r < 0.5:
            return f"{s}/Top {rng.randint(1, 24)}"
    if country in ("DE", "CH") and r < 0.12:
        return s + rng.choice(["a", "b", "c", " a", "A"])
    if country == "DE" and r < 0.16:
        return f"{s}-{n + rng.choice([2, 4])}"
    return s


class Address:
    """A postal address in its country's layout. `street` is the street line (with number),
    `lines` the block (street line first, town line last)."""

    def __init__(self, rng, country, lang):
        self.country = country
        self.lang = lang
        self.country_name = rng.choice(COUNTRY_NAMES[lang][country])
        self.lines_variant = 0
        if country in ("DE", "AT", "CH"):
            self.street = f"{_de_street(rng, country)} {_house_no(rng, country)}"
            if country == "DE":
                if rng.random() < 0.5:
                    town, lo, hi = rng.choice(D.DE_TOWNS)
                    zipc = f"{rng.randint(lo, hi):05d}"
                else:
                    f = fake("de_DE", rng)
                    town, zipc = f.city(), f.postcode()
                if rng.random() < 0.05:
                    zipc = "D-" + zipc
            elif country == "AT":
                if rng.random() < 0.6:
                    town, lo, hi = rng.choice(D.AT_TOWNS)
                    zipc = f"1{rng.randint(1, 23):02d}0" if lo is None else str(rng.randint(lo, hi))
                else:
                    f = fake("de_AT", rng)
                    town, zipc = f.city(), f.postcode()
                if rng.random() < 0.1:
                    zipc = "A-" + zipc
            else:
                if rng.random() < 0.6:
                    town, lo, hi = rng.choice(D.CH_TOWNS)
                    zipc = str(rng.randint(lo, hi))
                else:
                    f = fake("de_CH", rng)
                    town, zipc = f.city(), f.postcode()
                if rng.random() < 0.15:
                    zipc = "CH-" + zipc
            self.zip, self.town = zipc, town
            self.town_line = f"{zipc} {town}"
            self.lines = [self.street, self.town_line]
        elif country == "GB":
            town, area, (lo, hi) = rng.choice(D.GB_TOWNS)
            district = rng.randint(lo, hi)
            inward = f"{rng.randint(0, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            pc = f"{area}{district} {inward}"
            street = rng.choice([faker_street(rng, "en_GB"), rng.choice(
                ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Queens Road", "The Green",
                 "Park Avenue", "Manor Way", "Kings Road", "Albert Street", "North Parade", "Windsor Terrace",
                 "Beech Grove", "Orchard Close", "St Mary's Road", "Ashfield Crescent", "Elm Grove"])])
            no = str(rng.randint(1, 180)) + ("" if rng.random() < 0.9 else rng.choice(["a", "b", "A"]))
            r = rng.random()
            if r < 0.15:
                self.street = f"Flat {rng.randint(1, 24)}, {no} {street}"
            elif r < 0.2:
                self.street = f"Flat {rng.randint(1, 9)}{rng.choice('ABC')}, {no} {street}"
            else:
                self.street = f"{no} {street}"
            self.zip, self.town = pc, town
            variant = rng.random()
            if variant < 0.65:
                self.town_line = f"{town} {pc}"
                self.lines = [self.street, self.town_line]
            elif variant < 0.85:
                self.town_line = f"{town}\n{pc}"
                self.lines = [self.street, town, pc]
            elif town in D.GB_LOCALITIES:
                self.town_line = f"{town} {pc}"
                self.lines = [self.street, rng.choice(D.GB_LOCALITIES[town]), self.town_line]
            else:
                self.town_line = f"{town}\n{pc}"
                self.lines = [self.street, town, pc]
            if rng.random() < 0.3:
                self.town = self.town.upper()
                self.lines = [ln.replace(town, town.upper()) if ln != self.street else ln for ln in self.lines]
                self.town_line = self.town_line.replace(town, town.upper())
        elif country == "US":
            town, st, zpre, areas = rng.choice(D.US_TOWNS)
            self.area_codes = areas
            street = rng.choice(D.US_STREETS) if rng.random() < 0.7 else faker_street(rng, "en_US")
            if rng.random() < 0.15:
                street = f"{rng.choice(D.US_DIRECTIONS)} {street}"
            self.street = f"{rng.randint(10, 9899)} {street}"
            r = rng.random()
            if r < 0.2:
                self.street += rng.choice([f", Apt {rng.randint(1, 30)}{rng.choice(['', 'A', 'B', 'C'])}",
                                           f" Apt {rng.randint(1, 30)}", f", Unit {rng.randint(1, 20)}",
                                           f", Suite {rng.randint(100, 950)}", f" #{rng.randint(2, 40)}"])
            z = f"{zpre}{rng.randint(1, 99):02d}"
            if rng.random() < 0.15:
                z += f"-{digits(rng, 4)}"
            self.zip, self.town = z, town
            self.town_line = f"{town}, {st} {z}"
            self.lines = [self.street, self.town_line]
        elif country == "IE":
            town, key = rng.choice(D.IE_TOWNS)
            eir = f"{key} " + "".join(rng.choice(D.EIRCODE_CHARS) for _ in range(4))
            street = rng.choice(D.IE_STREETS)
            r = rng.random()
            if r < 0.15:
                self.street = f"Apartment {rng.randint(1, 40)}, {rng.randint(1, 60)} {street}"
            elif r < 0.25 and street in ("Ashgrove", "Seaview Park", "Meadow Court", "The Crescent", "Summerhill"):
                self.street = f"{rng.randint(1, 80)} {street}"
            else:
                self.street = f"{rng.randint(1, 120)} {street}"
            self.zip, self.town = eir, town
            self.town_line = rng.choice([f"{town} {eir}", f"{town}, {eir}"])
            self.lines = [self.street, self.town_line]
        elif country == "FR":
            town, zips = rng.choice(D.FR_TOWNS)
            z = f"{rng.choice(zips):05d}"
            street = rng.choice(D.FR_STREETS) if rng.random() < 0.6 else faker_street(rng, "fr_FR")
            no = str(rng.randint(1, 140)) + ("" if rng.random() < 0.9 else " bis")
            self.street = rng.choice([f"{no} {street}", f"{no}, {street}"])
            self.zip, self.town = z, town
            self.town_line = f"{z} {town.upper() if rng.random() < 0.5 else town}"
            self.lines = [self.street, self.town_line]
        elif country == "NL":
            town, lo, hi = rng.choice(D.NL_TOWNS)
            letters = rng.choice("ABCEGHJKLMNPRTVWXZ") + rng.choice("ABCEGHJKLMNPRTVWXZ")
            z = f"{rng.randint(lo, hi)}{rng.choice([' ', ' ', ''])}{letters}"
            street = rng.choice(D.NL_STREETS) if rng.random() < 0.6 else faker_street(rng, "nl_NL")
            no = str(rng.randint(1, 250)) + rng.choice(["", "", "", "A", "-2", " hs", "-II"])
            self.street = f"{street} {no}"
            self.zip, self.town = z, town
            self.town_line = f"{z} {town.upper() if rng.random() < 0.3 else town}"
            self.lines = [self.street, self.town_line]
        elif country == "BE":
            town, zips = rng.choice(D.BE_TOWNS)
            no = str(rng.randint(1, 200)) + ("" if rng.random() < 0.75 else f" bus {rng.randint(1, 12)}")
            self.street = f"{rng.choice(D.BE_STREETS)} {no}"
            self.zip, self.town = str(rng.choice(zips)), town
            self.town_line = f"{self.zip} {town}"
            self.lines = [self.street, self.town_line]
        elif country == "IT":
            town, lo, hi = rng.choice(D.IT_TOWNS)
            self.street = f"{rng.choice(D.IT_STREETS)}{rng.choice([' ', ', '])}{rng.randint(1, 160)}"
            self.zip, self.town = f"{rng.randint(lo, hi):05d}", town
            self.town_line = f"{self.zip} {town}"
            self.lines = [self.street, self.town_line]
        elif country == "ES":
            town, lo, hi = rng.choice(D.ES_TOWNS)
            self.street = f"{rng.choice(D.ES_STREETS)} {rng.randint(1, 220)}" + rng.choice(
                ["", f", {rng.randint(1, 8)}º {rng.choice('ABCD')}", f", {rng.randint(1, 6)}.º {rng.randint(1, 4)}.ª"])
            self.zip, self.town = f"{rng.randint(lo, hi):05d}", town
            self.town_line = f"{self.zip} {town}"
            self.lines = [self.street, self.town_line]
        else:
            raise KeyError(country)

    def block(self):
        return "\n".join(self.lines)

    def one_line(self, sep=", "):
        return sep.join(ln for ln in self.lines[:1] + [self.town_line.replace("\n", " ")])


# ================================================================ phone numbers

def phone(rng, country, kind="any", us_areas=None):
    d = lambda n: digits(rng, n)  # noqa: E731
    mobile = kind == "mobile" or (kind == "any" and rng.random() < 0.6)
    if country == "DE":
        if mobile:
            pre = rng.choice(["1511", "1512", "1516", "1520", "1522", "1525", "1573", "1575", "1577", "1590", "160",
                              "162", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179"])
            sub = d(7) if len(pre) == 4 else d(rng.choice([7, 8]))
            nat = f"0{pre}"
            return rng.choice([f"{nat} {sub}", f"{nat}/{sub}", f"{nat}-{sub}", f"{nat} {sub[:3]} {sub[3:]}",
                               f"+49 {pre} {sub}", f"+49 (0){pre} {sub}", f"+49 {pre} {sub[:3]} {sub[3:]}",
                               f"+49{pre}{sub}", f"0049 {pre} {sub}", f"({nat}) {sub}", f"+49-{pre}-{sub}"])
        area, n = rng.choice([("30", 8), ("40", 8), ("89", 8), ("221", 7), ("69", 8), ("711", 7), ("211", 7), ("341", 7),
                              ("351", 7), ("511", 7), ("911", 7), ("421", 7), ("761", 6), ("251", 6), ("6221", 6),
                              ("431", 6), ("228", 6), ("7071", 5), ("8031", 5), ("4621", 5), ("2361", 6), ("9561", 5)])
        sub = d(n)
        return rng.choice([f"0{area} {sub}", f"0{area}/{sub}", f"0{area}-{sub}", f"(0{area}) {sub}",
                           f"0{area} {sub[:3]} {sub[3:]}", f"0{area} / {sub[:2]} {sub[2:4]} {sub[4:]}",
                           f"+49 {area} {sub}", f"+49 (0){area} {sub}", f"+49 (0) {area} {sub}", f"+49-{area}-{sub}"])
    if country == "AT":
        if mobile:
            pre = rng.choice(["650", "660", "664", "676", "677", "680", "681", "688", "699"])
            sub = d(7)
            return rng.choice([f"0{pre} {sub}", f"0{pre}/{sub}", f"0{pre} {sub[:3]} {sub[3:5]} {sub[5:]}",
                               f"+43 {pre} {sub}", f"+43 (0){pre} {sub}", f"+43 {pre} {sub[:3]} {sub[3:5]} {sub[5:]}",
                               f"0043 {pre} {sub}", f"+43{pre}{sub}"])
        area, n = rng.choice([("1", 7), ("316", 6), ("732", 6), ("662", 6), ("512", 6), ("463", 6), ("2742", 5)])
        sub = d(n)
        return rng.choice([f"0{area} {sub}", f"0{area}/{sub}", f"+43 {area} {sub}", f"+43 (0){area} {sub}",
                           f"0{area} {sub[:3]} {sub[3:5]} {sub[5:]}" if n == 7 else f"0{area} {sub[:3]} {sub[3:]}"])
    if country == "CH":
        pre = rng.choice(["76", "77", "78", "79", "75"]) if mobile else rng.choice(["44", "43", "31", "61", "41", "71", "52", "81"])
        a, b, c = d(3), d(2), d(2)
        return rng.choice([f"0{pre} {a} {b} {c}", f"+41 {pre} {a} {b} {c}", f"+41 (0){pre} {a} {b} {c}",
                           f"0041 {pre} {a} {b} {c}", f"+41{pre}{a}{b}{c}", f"0{pre} {a} {b}{c}", f"0{pre}/{a} {b} {c}"])
    if country == "GB":
        if mobile:
            pre = "7" + rng.choice(["4", "5", "7", "8", "9"]) + d(2)
            sub = d(6)
            return rng.choice([f"0{pre} {sub}", f"0{pre} {sub[:3]} {sub[3:]}", f"+44 {pre} {sub}", f"+44 (0){pre} {sub}",
                               f"+44 {pre} {sub[:3]} {sub[3:]}", f"0{pre}{sub}", f"+44{pre}{sub}", f"0044 {pre} {sub}"])
        area, grp = rng.choice([("20", "44"), ("161", "34"), ("113", "34"), ("121", "34"), ("131", "34"), ("117", "34"),
                                ("141", "34"), ("1632", "6"), ("1223", "6"), ("1865", "6"), ("1904", "6"), ("28", "44")])
        if grp == "44":
            sub = f"{d(4)} {d(4)}"
        elif grp == "34":
            sub = f"{d(3)} {d(4)}"
        else:
            sub = d(6)
        return rng.choice([f"0{area} {sub}", f"+44 {area} {sub}", f"+44 (0){area} {sub}", f"(0{area}) {sub}"])
    if country == "US":
        area = rng.choice(us_areas) if us_areas else rng.choice(["212", "415", "503", "512", "617", "303", "206", "312",
                                                                 "404", "305", "612", "919", "615", "801", "702"])
        ex = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
        if ex[1:] == "11":
            ex = ex[0] + "21"
        if rng.random() < 0.1:
            ex = "555"
            line = f"01{d(2)}"
        else:
            line = d(4)
        return rng.choice([f"({area}) {ex}-{line}", f"{area}-{ex}-{line}", f"{area}.{ex}.{line}", f"+1 {area} {ex} {line}",
                           f"+1 ({area}) {ex}-{line}", f"1-{area}-{ex}-{line}", f"+1-{area}-{ex}-{line}",
                           f"{area} {ex} {line}", f"({area}){ex}-{line}", f"+1{area}{ex}{line}"])
    if country == "IE":
        if mobile:
            pre = rng.choice(["83", "85", "86", "87", "89"])
            a, b = d(3), d(4)
            return rng.choice([f"0{pre} {a} {b}", f"+353 {pre} {a} {b}", f"+353 (0){pre} {a}{b}", f"0{pre}{a}{b}",
                               f"0{pre}-{a}{b}", f"00353 {pre} {a} {b}"])
        area = rng.choice(["1", "21", "91", "61", "51", "56", "71"])
        sub = f"{d(3)} {d(4)}" if area in ("1", "21") else f"{d(3)} {d(3)}"
        return rng.choice([f"0{area} {sub}", f"+353 {area} {sub}", f"(0{area}) {sub}"])
    if country == "FR":
        first = rng.choice(["6", "7"]) if mobile else rng.choice(["1", "2", "3", "4", "5", "9"])
        g = [d(2) for _ in range(4)]
        return rng.choice([f"0{first} {' '.join(g)}", f"+33 {first} {' '.join(g)}", f"+33 (0){first} {' '.join(g)}",
                           f"0{first}{''.join(g)}", f"0{first}.{'.'.join(g)}", f"0033 {first} {' '.join(g)}"])
    if country == "NL":
        if mobile:
            sub = d(8)
            return rng.choice([f"06 {sub}", f"06-{sub}", f"+31 6 {sub}", f"+31 (0)6 {sub[:4]} {sub[4:]}", f"06{sub}",
                               f"+31 6 {sub[:2]} {sub[2:4]} {sub[4:6]} {sub[6:]}"])
        area = rng.choice(["20", "10", "30", "70", "40", "50"])
        sub = d(7)
        return rng.choice([f"0{area} {sub[:3]} {sub[3:]}", f"0{area}-{sub}", f"+31 {area} {sub[:3]} {sub[3:]}"])
    if country == "BE":
        if mobile:
            pre = rng.choice(["470", "472", "475", "476", "477", "479", "486", "494", "496"])
            return rng.choice([f"0{pre} {d(2)} {d(2)} {d(2)}", f"+32 {pre} {d(2)} {d(2)} {d(2)}", f"0{pre}/{d(2)}.{d(2)}.{d(2)}"])
        return rng.choice([f"02 {d(3)} {d(2)} {d(2)}", f"+32 2 {d(3)} {d(2)} {d(2)}", f"09 {d(3)} {d(2)} {d(2)}"])
    if country == "IT":
        pre = rng.choice(["320", "328", "333", "338", "340", "347", "349", "366", "392"])
        return rng.choice([f"+39 {pre} {d(3)} {d(4)}", f"{pre} {d(7)}", f"+39 {pre} {d(7)}", f"+39 02 {d(4)} {d(4)}"])
    if country == "ES":
        pre = rng.choice(["6", "7"])
        return rng.choice([f"+34 {pre}{d(2)} {d(3)} {d(3)}", f"{pre}{d(2)} {d(2)} {d(2)} {d(2)}", f"+34 91 {d(3)} {d(2)} {d(2)}"])
    if country == "PL":
        return rng.choice([f"+48 {rng.choice('5678')}{d(2)} {d(3)} {d(3)}", f"{rng.choice('5678')}{d(2)}-{d(3)}-{d(3)}"])
    if country == "TR":
        return f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}"
    raise KeyError(country)


# ================================================================ checksummed values

IBAN_BANKS = {
    "NL": ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "ASNB", "BUNQ"],
    "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "MONZ", "SRLG"],
    "IE": ["AIBK", "BOFI", "IPBS", "ULSB", "PTSB"],
}


def _iban_check(country, bban):
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(numeric) % 97:02d}"


def iban(rng, country, style=None):
    d = lambda n: digits(rng, n)  # noqa: E731
    if country == "DE":
        bban = rng.choice(["100", "120", "200", "250", "300", "360", "370", "380", "430", "500", "520", "600", "660",
                           "700", "760", "790", "810", "860"]) + d(5) + d(10)
    elif country == "AT":
        bban = rng.choice(["12000", "20111", "32000", "14000", "38000", "19043", "60000", "35000"]) + d(11)
    elif country in ("CH", "LI"):
        bban = rng.choice(["00762", "00235", "00700", "80808", "09000", "00767", "08390"]) + d(12)
    elif country == "NL":
        bban = rng.choice(IBAN_BANKS["NL"]) + "0" + d(9)
    elif country == "GB":
        bban = rng.choice(IBAN_BANKS["GB"]) + d(6) + d(8)
    elif country == "IE":
        bban = rng.choice(IBAN_BANKS["IE"]) + d(6) + d(8)
    elif country == "FR":
        bank, branch, acct = rng.choice(["30004", "30003", "20041", "10278", "30002", "11315", "18206"]), d(5), d(11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        bban = f"{bank}{branch}{acct}{key:02d}"
    elif country == "BE":
        body = rng.choice(["001", "068", "363", "735", "083", "310", "132"]) + d(7)
        chk = int(body) % 97 or 97
        bban = f"{body}{chk:02d}"
    elif country == "ES":
        bank, branch, acct = rng.choice(["2100", "0049", "0182", "2085", "0081", "1465"]), d(4), d(10)
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(s):
            v = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
            return {11: 0, 10: 1}.get(v, v)

        bban = f"{bank}{branch}{dc('00' + bank + branch)}{dc(acct)}{acct}"
    elif country == "IT":
        bban = rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + rng.choice(["03069", "02008", "05034", "03032"]) + d(5) + d(12)
    elif country == "LU":
        bban = rng.choice(["001", "002", "003", "014", "019"]) + d(13)
    elif country == "PL":
        bban = d(24)
    else:
        raise KeyError(country)
    value = f"{country}{_iban_check(country, bban)}{bban}"
    assert iban_valid(value)
    style = style or ("grouped" if rng.random() < 0.68 else "compact")
    if style == "grouped":
        return " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    return value


IBAN_COUNTRY_FOR = {"DE": "DE", "AT": "AT", "CH": "CH", "GB": "GB", "US": None, "IE": "IE", "FR": "FR", "NL": "NL",
                    "BE": "BE", "IT": "IT", "ES": "ES"}


CARD_ISSUERS = [
    # name, weight, prefix function, length
    ("visa", 38, lambda r: "4", 16),
    ("mastercard", 22, lambda r: str(r.randint(51, 55)), 16),
    ("mastercard2", 6, lambda r: str(r.randint(2221, 2720)), 16),
    ("amex", 11, lambda r: r.choice(["34", "37"]), 15),
    ("discover", 5, lambda r: r.choice(["6011", str(r.randint(644, 649)), "65"]), 16),
    ("diners", 4, lambda r: r.choice(["36", "38", str(r.randint(300, 305))]), 14),
    ("jcb", 4, lambda r: str(r.randint(3528, 3589)), 16),
    ("maestro", 6, lambda r: r.choice(["6759", "5018", "5020", "5038", "6304", "6761", "6762", "6763"]), None),
    ("unionpay", 2, lambda r: "62" + str(r.randint(2126, 2925))[:2], 16),
]
CARD_NAMES = {"visa": "Visa", "mastercard": "Mastercard", "mastercard2": "Mastercard", "amex": "American Express",
              "discover": "Discover", "diners": "Diners Club", "jcb": "JCB", "maestro": "Maestro", "unionpay": "UnionPay"}


def card(rng, issuer=None, style=None):
    """A Luhn-valid number of a real issuer range, as (number as written, issuer key)."""
    if issuer is None:
        issuer = weighted_choice(rng, [(c[0], c[1]) for c in CARD_ISSUERS])
    _, _, pre, length = next(c for c in CARD_ISSUERS if c[0] == issuer)
    prefix = pre(rng)
    if length is None:
        length = rng.choice([16, 16, 19])
    body = prefix + digits(rng, length - 1 - len(prefix))
    number = body + str(luhn_check_digit(body))
    assert luhn_valid(number) and len(number) == length
    if length == 15:
        groups = [number[:4], number[4:10], number[10:]]
    elif length == 14:
        groups = [number[:4], number[4:10], number[10:]]
    elif length == 19:
        groups = [number[i:i + 4] for i in range(0, 16, 4)] + [number[16:]]
    else:
        groups = [number[i:i + 4] for i in range(0, 16, 4)]
    style = style or weighted_choice(rng, [("space", 55), ("dash", 17), ("compact", 28)])
    if style == "space":
        return " ".join(groups), issuer
    if style == "dash":
        return "-".join(groups), issuer
    return number, issuer


def masked_card(rng, lang):
    last4 = digits(rng, 4)
    return rng.choice([f"**** **** **** {last4}", f"XXXX XXXX XXXX {last4}", f"•••• {last4}", f"xxxx-xxxx-xxxx-{last4}",
                       f"{rng.choice(['4', '5'])}{digits(rng, 5)}******{last4}", f"************{last4}",
                       f"**** {last4}", f"ending in {last4}" if lang == "en" else f"endet auf {last4}",
                       f"{rng.choice(['4', '5'])}{digits(rng, 3)} {digits(rng, 2)}** **** {last4}"])


def tax_id(rng, style=None):
    """A German tax ID (Steuer-ID): first digit not 0, in the first ten one digit twice or three
    times (never three in a row), ISO 7064 MOD 11,10 check digit."""
    while True:
        pool = list(range(10))
        rng.shuffle(pool)
        rep = pool[0]
        times = rng.choice([2, 2, 2, 3])
        others = pool[1:11 - times]
        body = others + [rep] * times
        rng.shuffle(body)
        if body[0] == 0 or any(body[i] == body[i + 1] == body[i + 2] for i in range(8)):
            continue
        product = 10
        for x in body:
            s = (x + product) % 10 or 10
            product = (s * 2) % 11
        value = "".join(map(str, body)) + str((11 - product) % 10)
        assert de_tax_id_valid(value)
        break
    style = style or weighted_choice(rng, [("compact", 62), ("g2333", 31), ("g3332", 7)])
    if style == "compact":
        return value
    if style == "g2333":
        return f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}"
    return f"{value[:3]} {value[3:6]} {value[6:9]} {value[9:]}"


def tax_like(rng):
    """11 digits that fail the tax-ID rule (invalid check digit or leading zero)."""
    while True:
        v = digits(rng, 11)
        if not de_tax_id_valid(v):
            return v


def creditor_id(rng):
    """A SEPA creditor identifier (Gläubiger-ID), DE98ZZZ09999999999 style: IBAN-like, not an IBAN."""
    nat = digits(rng, 11)
    numeric = "".join(str(int(c, 36)) for c in nat + "DE00")
    return f"DE{98 - int(numeric) % 97:02d}ZZZ{nat}"


# ---------------------------------------------------------------- IP addresses

def ipv4(rng, kind="public"):
    if kind == "private":
        return rng.choice([f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}", f"10.{rng.randint(0, 40)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])
    if kind == "doc":
        return rng.choice(["203.0.113", "198.51.100", "192.0.2"]) + f".{rng.randint(1, 254)}"
    first = rng.choice([2, 5, 31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,
                        109, 128, 134, 141, 145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 24, 50, 66, 68,
                        71, 73, 96, 98, 99, 104, 107, 162, 173, 174])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng, form=None):
    prefix = rng.choice(["2a02", "2a01", "2003", "2001", "2a00", "2a0a", "2600", "2607", "2804", "2c0f", "2406", "fe80"])
    groups = [prefix] + [format(rng.randint(0, 0xFFFF), "x") for _ in range(7)]
    if prefix == "fe80":
        groups[1:4] = ["0", "0", "0"]
    form = form or weighted_choice(rng, [("compressed", 55), ("plain", 20), ("full", 15), ("short", 10)])
    if form == "full":
        return ":".join(g.zfill(4) for g in groups)
    if form == "plain":
        if prefix == "fe80":
            return "fe80::" + ":".join(groups[4:])
        return ":".join(groups)
    if form == "short":
        return f"{groups[0]}:{groups[1]}::{groups[7]}" if prefix != "fe80" else f"fe80::{groups[7]}"
    # compressed: a run of zero groups
    start = rng.randint(2, 4) if prefix != "fe80" else 1
    end = rng.randint(start + 2, 7) if prefix != "fe80" else 4
    head, tail = groups[:start], groups[end:]
    return ":".join(head) + "::" + ":".join(tail)


def ipv4_mapped(rng):
    return f"::ffff:{ipv4(rng)}"


# ================================================================ look-alikes

def gtin(rng, n=13):
    body = (rng.choice(["40", "42", "43", "76", "90", "87", "50", "80", "54"]) + digits(rng, n - 3)) if n == 13 else digits(rng, n - 1)
    total = sum(int(c) * (3 if (len(body) - i) % 2 == 1 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def card_like(rng):
    """16 digits grouped like a card number that fail Luhn (order, voucher, parcel references)."""
    while True:
        v = rng.choice(["3", "7", "8", "9", "1", "0"]) + digits(rng, 15)
        if not luhn_valid(v):
            break
    return rng.choice([" ".join(v[i:i + 4] for i in range(0, 16, 4)), "-".join(v[i:i + 4] for i in range(0, 16, 4)), v])


def ip_like_version(rng):
    return rng.choice([f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(100, 9999)}",
                       f"{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 250)}",
                       f"{rng.randint(100, 130)}.0.{rng.randint(5000, 6999)}.{rng.randint(10, 200)}",
                       f"{rng.randint(20, 31)}.{rng.randint(0, 9)}.{rng.randint(10, 30)}.{rng.randint(1000, 6000)}"])


def distractor(kind, rng, lang, shop_code="NH"):
    d = lambda n: digits(rng, n)  # noqa: E731
    if kind == "order":
        return rng.choice([f"{shop_code}-{rng.randint(2023, 2026)}-{d(6)}", f"#{rng.randint(100000, 999999)}", f"4{d(9)}",
                           f"{d(4)}-{d(4)}-{d(3)}", f"{shop_code}{d(8)}", f"{d(3)}-{d(7)}-{d(7)}", f"WEB-{d(6)}",
                           f"{d(2)} {d(4)} {d(4)}", f"A{d(7)}"])
    if kind == "invoice":
        return rng.choice([f"RE-{rng.randint(2023, 2026)}-{d(5)}" if lang == "de" else f"INV-{rng.randint(2023, 2026)}-{d(5)}",
                           f"{rng.randint(2023, 2026)}/{d(4)}", f"R{d(8)}", f"{shop_code}-R-{d(6)}", f"{d(9)}"])
    if kind == "ticket":
        return rng.choice([f"#{d(5)}", f"TCK-{d(6)}", f"{d(8)}", f"SR-{d(4)}-{d(3)}", f"CS-{d(7)}", f"[#{d(6)}]"])
    if kind == "tracking":
        return rng.choice([f"00340434{d(12)}", f"1Z{d(3)}{rng.choice(['AA', 'E2', 'X4'])}{d(10)}", f"JJD{d(18)}", f"{d(14)}",
                           f"RR{d(9)}DE", f"{rng.choice(['AB', 'CD', 'LX'])}{d(9)}GB", f"9400 {d(4)} {d(4)} {d(4)} {d(4)} {d(2)}",
                           f"H{d(19)}", f"{d(4)} {d(4)} {d(4)}"])
    if kind == "sku":
        return rng.choice([f"{shop_code}-{d(4)}-{rng.choice(['S', 'M', 'L', 'XL', '38', '42'])}", f"{d(5)}-{d(2)}",
                           f"A{d(3)}.{d(3)}.{d(2)}", f"ART {d(2)} {d(3)}", f"{d(3)}.{d(3)}.{d(3)}", f"MS-{d(4)}-BLK",
                           f"{d(6)}"])
    if kind == "gtin":
        return gtin(rng, rng.choice([13, 13, 13, 8]) if lang == "de" else rng.choice([13, 12, 13]))
    if kind == "date":
        y, m, dd = rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28)
        if lang == "de":
            return rng.choice([f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.{y}", f"{dd:02d}.{m:02d}.{y % 100:02d}", f"{y}-{m:02d}-{dd:02d}",
                               f"{dd}. {MONTHS_DE[m - 1]} {y}", f"{dd}. {MONTHS_DE[m - 1]}"])
        return rng.choice([f"{m:02d}/{dd:02d}/{y}", f"{dd}/{m}/{y}", f"{y}-{m:02d}-{dd:02d}", f"{dd} {MONTHS_EN[m - 1]} {y}",
                           f"{MONTHS_EN[m - 1]} {dd}, {y}", f"{dd} {MONTHS_EN[m - 1][:3]}"])
    if kind == "time":
        h, mi = rng.randint(7, 21), rng.choice(["00", "05", "15", "20", "30", "45", "50"])
        if lang == "de":
            return rng.choice([f"{h}:{mi}", f"{h}:{mi} Uhr", f"{h:02d}.{mi} Uhr"])
        return rng.choice([f"{h}:{mi}", f"{(h - 1) % 12 + 1}:{mi} {'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}"])
    if kind == "price":
        e, c = rng.randint(4, 480), rng.choice(["00", "95", "99", "90", "50", "49"])
        if lang == "de":
            return rng.choice([f"{e},{c} €", f"€ {e},{c}", f"{e},- €", f"EUR {e},{c}", f"CHF {e}.{c}", f"{e},{c} EUR"])
        return rng.choice([f"${e}.{c}", f"£{e}.{c}", f"€{e}", f"USD {e}.{c}", f"£{e}", f"${e * 10:,}.00"])
    if kind == "qty":
        return str(rng.randint(2, 250))
    if kind == "pct":
        return f"{rng.randint(5, 60)} %" if lang == "de" else f"{rng.randint(5, 60)}%"
    if kind == "version":
        return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", f"{rng.randint(1, 20)}.{rng.randint(0, 9)}",
                           f"Build {d(5)}", f"{rng.randint(2023, 2026)}.{rng.randint(1, 12)}.{rng.randint(1, 3)}",
                           f"{rng.randint(1, 6)}.{rng.randint(0, 12)}.{rng.randint(0, 40)}-rc{rng.randint(1, 4)}"])
    if kind == "ipver":
        return ip_like_version(rng)
    if kind == "cardlike":
        return card_like(rng)
    if kind == "masked":
        return masked_card(rng, lang)
    if kind == "cust":
        return rng.choice([f"KD-{d(7)}" if lang == "de" else f"CUST-{d(6)}", f"{d(7)}", f"K{d(6)}", f"C-{d(6)}", f"{shop_code}{d(5)}"])
    if kind == "zip":
        return rng.choice([f"{rng.randint(1067, 99998):05d}", str(rng.randint(1010, 9999))]) if lang == "de" else rng.choice(
            [f"{rng.randint(10001, 99950)}", f"{rng.choice(['LS', 'M', 'BS', 'EH', 'NE'])}{rng.randint(1, 12)}"])
    if kind == "bic":
        return rng.choice(D.BICS)
    if kind == "taxlike":
        return tax_like(rng)
    if kind == "steuernr":
        return rng.choice([f"{d(2)}/{d(3)}/{d(5)}", f"{d(3)}/{d(3)}/{d(5)}", f"{d(3)}/{d(4)}/{d(4)}"])
    if kind == "vatid":
        return rng.choice([f"DE{d(9)}", f"DE {d(3)} {d(3)} {d(3)}", f"ATU{d(8)}", f"CHE-{d(3)}.{d(3)}.{d(3)}", f"GB{d(9)}", f"IE{d(7)}{rng.choice('ABCDW')}"])
    if kind == "creditor":
        return creditor_id(rng)
    if kind == "mandate":
        return rng.choice([f"M-{d(8)}", f"{shop_code}{d(10)}", f"MR-{rng.randint(2023, 2026)}-{d(6)}"])
    if kind == "sortcode":
        return f"{d(2)}-{d(2)}-{d(2)}"
    if kind == "ukacct":
        return d(8)
    if kind == "utr":
        return rng.choice([d(10), f"{d(5)} {d(5)}"])
    if kind == "ni":
        return f"{rng.choice(['AB', 'JK', 'NP', 'RT', 'WX', 'ZE'])} {d(2)} {d(2)} {d(2)} {rng.choice('ABCD')}"
    if kind == "svnr":
        return f"{d(2)} {d(6)} {rng.choice('ABCDEGHKLMNPRSTW')} {d(3)}"
    if kind == "hash":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([7, 8, 12, 40])))
    if kind == "uuid":
        h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"
    if kind == "voucher":
        return rng.choice([f"{rng.choice(['SOMMER', 'HERBST', 'WILLKOMMEN', 'DANKE'] if lang == 'de' else ['SUMMER', 'WELCOME', 'THANKS', 'AUTUMN'])}{rng.randint(10, 30)}",
                           f"GC-{d(4)}-{d(4)}", f"{d(4)}-{d(4)}-{d(4)}"])
    if kind == "weekday":
        return rng.choice(["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"] if lang == "de" else
                          ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"])
    if kind == "size":
        return rng.choice([f"Gr. {rng.randint(36, 46)}", rng.choice(["S", "M", "L", "XL", "XS"]), f"{rng.randint(36, 46)}/{rng.randint(30, 34)}"]) if lang == "de" else rng.choice(
            [f"size {rng.randint(6, 14)}", rng.choice(["S", "M", "L", "XL"]), f"UK {rng.randint(4, 11)}", f"W{rng.randint(28, 36)} L{rng.randint(30, 34)}"])
    if kind == "weight":
        return f"{rng.randint(120, 1800)} g" if rng.random() < 0.6 else (f"{rng.randint(1, 3)},{rng.randint(1, 9)} kg" if lang == "de" else f"{rng.randint(1, 3)}.{rng.randint(1, 9)} kg")
    if kind == "packstation":
        return f"Packstation {rng.randint(100, 299)}"
    if kind == "postnr":
        return d(rng.choice([8, 9, 10]))
    if kind == "dob":
        y, m, dd = rng.randint(1948, 2004), rng.randint(1, 12), rng.randint(1, 28)
        if lang == "de":
            return rng.choice([f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.{y}"])
        return rng.choice([f"{dd:02d}/{m:02d}/{y}", f"{m:02d}/{dd:02d}/{y}", f"{dd} {MONTHS_EN[m - 1]} {y}", f"{y}-{m:02d}-{dd:02d}"])
    if kind == "amount":
        e = rng.randint(12, 2400)
        return f"{e:,}".replace(",", ".") + f",{rng.choice(['00', '50', '80', '95'])} €" if lang == "de" else f"£{e:,}.{rng.choice(['00', '50', '80', '95'])}"
    raise KeyError(kind)


COLOURS = {"de": ["Tannengrün", "Nachtblau", "Sand", "Rostrot", "Anthrazit", "Salbei", "Senfgelb", "Bordeaux", "Jägergrün"],
           "en": ["forest green", "navy", "sand", "rust", "charcoal", "sage", "mustard", "burgundy", "heather grey"]}


def user_agent(rng):
    chrome = f"{rng.randint(118, 126)}.0.{rng.randint(5993, 6478)}.{rng.randint(40, 220)}"
    ios = rng.choice(["17_4_1", "17_3", "16_6_1", "17_5", "18_0"])
    return rng.choice([
        f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{chrome} Safari/537.36",
        f"Mozilla/5.0 (iPhone; CPU iPhone OS {ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{ios.replace('_', '.')} Mobile/15E148 Safari/604.1",
        f"Mozilla/5.0 (Linux; Android {rng.randint(12, 14)}; SM-S9{rng.randint(10, 28)}B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{chrome} Mobile Safari/537.36",
        f"Mozilla/5.0 (X11; Linux x86_64; rv:{rng.randint(115, 126)}.0) Gecko/20100101 Firefox/{rng.randint(115, 126)}.0",
        f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{rng.randint(0, 5)} Safari/605.1.15",
        f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{chrome} Safari/537.36 Edg/{rng.randint(118, 126)}.0.{rng.randint(2000, 2600)}.{rng.randint(40, 99)}",
    ])


MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

DISTRACTOR_KINDS = {"order", "invoice", "ticket", "tracking", "sku", "gtin", "date", "time", "price", "qty", "pct",
                    "version", "ipver", "cardlike", "masked", "cust", "zip", "bic", "taxlike", "steuernr", "vatid",
                    "creditor", "mandate", "svnr", "hash", "uuid", "voucher", "weekday", "size", "weight",
                    "packstation", "postnr", "dob", "amount", "sortcode", "ukacct", "utr", "ni"}


# ================================================================ rendering

SLOT_RE = re.compile(r"\{(_?[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)?)\}")
GENDER_RE = re.compile(r"\[(p\d+):([^\[\]|]*)\|([^\[\]|]*)\]")
ALT_RE = re.compile(r"\(\(([^()]*)\)\)")
SUFFIX_RE = re.compile(r"^([a-z_]*[a-z])(\d*)$")


# even positions dev13, odd positions heldout13; the plain formal head is in both halves
SALUTATION_HEADS = {
    "de": [("Sehr geehrte Frau", "Sehr geehrter Herr"), ("Sehr geehrte Frau", "Sehr geehrter Herr"),
           ("Sehr geehrte Frau", "Sehr geehrter Herr"), ("Sehr geehrte Frau", "Sehr geehrter Herr"),
           ("Liebe Frau", "Lieber Herr"), ("Guten Tag Frau", "Guten Tag Herr")],
    "en": [("Dear", "Dear"), ("Dear", "Dear"), ("Dear", "Dear"), ("Dear", "Dear"), ("Hello", "Hello"), ("Hi", "Hi")],
}

DISTINCT = {"town", "brand", "firm", "supplier", "order", "sku", "gtin", "tracking", "date", "price", "voucher", "ticket"}


class Ctx:
    """The state of one text being made: its people, values and the split's phrase lists."""

    def __init__(self, rng, lang, split, phrases, country=None):
        self.rng = rng
        self.lang = lang
        self.split = split
        self.phrases = phrases
        self.country = country or weighted_choice(rng, COUNTRIES[lang])
        self.persons = {}
        self.cache = {}
        self.shop = rng.choice(D.SHOPS[lang])
        self.shop_domain = D.SHOP_DOMAINS[self.shop]
        self.shop_code = "".join(w[0] for w in self.shop.replace("&", "").replace(".", "").split())[:3].upper()
        if len(self.shop_code) < 2:
            self.shop_code = self.shop[:2].upper()
        self.lookalikes = []   # strings put in on purpose that a value detector might take for a value

    # ---------------------------------------------------------- people
    def person(self, key):
        p = self.persons.get(key)
        if p is None:
            p = Person(self, key)
            self.persons[key] = p
        return p

    def address(self, key, country):
        k = ("addr", key)
        if k not in self.cache:
            self.cache[k] = Address(self.rng, country, self.lang)
        return self.cache[k]

    # ---------------------------------------------------------- slots
    def resolve(self, slot):
        if slot.startswith("_"):
            return self.phrase(slot[1:])
        if slot in ("tick", "ticks"):
            return [(self.tick(slot == "ticks"), None)]
        if "." in slot:
            who, attr = slot.split(".", 1)
            if re.fullmatch(r"p\d+", who):
                key = slot
                if key not in self.cache:
                    self.cache[key] = self.person_attr(self.person(who), attr, who)
                return self.cache[key]
            raise KeyError(slot)
        if slot not in self.cache:
            value = self.value(slot)
            m = SUFFIX_RE.match(slot)
            if m and m.group(1) in DISTINCT:
                taken = {self.cache[k][0][0] for k in self.cache if isinstance(k, str) and SUFFIX_RE.match(k)
                         and SUFFIX_RE.match(k).group(1) == m.group(1)}
                for _ in range(10):
                    if value[0][0] not in taken:
                        break
                    value = self.value(slot)
            self.cache[slot] = value
        return self.cache[slot]

    def tick(self, seconds):
        """A clock that runs forward within one text (chat logs, transcripts)."""
        t = self.cache.get("_clock")
        if t is None:
            t = self.rng.randint(7 * 3600, 20 * 3600)
        t += self.rng.randint(5, 200)
        self.cache["_clock"] = t
        h, m, sec = t // 3600, (t // 60) % 60, t % 60
        return f"{h:02d}:{m:02d}:{sec:02d}" if seconds else f"{h:02d}:{m:02d}"

    def phrase(self, name):
        options = self.phrases[self.lang][name]
        return render_pieces(self.rng.choice(options), self)

    def person_attr(self, p, attr, who):
        rng = self.rng
        P = "PERSON"
        if attr == "full":
            return [(p.full, P)]
        if attr == "name2":   # first and last without a middle initial
            return [(f"{p.first} {p.last}", P)]
        if attr == "first":
            return [(p.first, P)]
        if attr == "last":
            return [(p.last, P)]
        if attr == "lf":
            return [(f"{p.last}, {p.first}", P)]
        if attr == "LF":
            return [(f"{p.last.upper()}, {p.first}", P)]
        if attr == "ulast":
            return [(p.last.upper(), P)]
        if attr == "ufull":
            return [(f"{p.first} {p.last}".upper(), P)]
        if attr == "ul":   # "Anna BERGER"
            return [(f"{p.first} {p.last.upper()}", P)]
        if attr == "fi":
            return [(f"{p.first[0]}. {p.last}", P)]
        if attr == "fl":
            return [(f"{p.first} {p.last_initial()}.", P)]
        if attr == "lfirst":
            return [(p.first.lower(), P)]
        if attr == "lfull":
            return [(f"{p.first} {p.last}".lower(), P)]
        if attr == "hl":
            return [(p.hon + " ", None), (p.last, P)]
        if attr == "hf":
            return [(p.hon + " ", None), (f"{p.first} {p.last}", P)]
        if attr == "hd":
            return [(p.hon_dat + " ", None), (p.last, P)]
        if attr == "hdf":
            return [(p.hon_dat + " ", None), (f"{p.first} {p.last}", P)]
        if attr == "hon":
            return [(p.hon, None)]
        if attr == "sal":
            return self.salutation(p)
        if attr in ("poss", "possl", "possf"):
            name = {"poss": p.first, "possl": p.last, "possf": f"{p.first} {p.last}"}[attr]
            return [(name, P), (p.possessive(name), None)]
        if attr == "email":
            return [(p.email, "EMAIL")]
        if attr == "email2":   # a second address of the same person
            return [(f"{mail_local(rng, p.first, p.last)}@{rng.choice(MAIL_DOMAINS[p.country])}", "EMAIL")]
        if attr == "maiden":   # birth name (a second surname)
            other = p.last
            for _ in range(5):
                other = raw_name(rng, p.origin if p.origin != "invented" else "de_DE" if self.lang == "de" else "en_GB",
                                 p.gender, self.lang)[1]
                if other != p.last:
                    break
            return [(other, P)]
        if attr == "wemail":   # work address at the shop
            f = ascii_fold(p.first.split()[0].split("-")[0]).lower() or "team"
            l_ = ascii_fold(p.last.replace(" ", "").replace("'", "")).lower() or "mail"
            local = rng.choice([f"{f}.{l_}", f"{f[0]}.{l_}", f, f"{f}.{l_[0]}", f"{l_}"])
            return [(f"{local}@{self.shop_domain}", "EMAIL")]
        if attr == "handle":
            return [(p.handle(rng), None)]
        if attr == "user":
            return [(p.username(rng), None)]
        if attr in ("phone", "mobile", "landline", "phone2"):
            kind = {"phone": "any", "mobile": "mobile", "landline": "landline", "phone2": "any"}[attr]
            areas = self.address(who, p.country).area_codes if p.country == "US" else None
            return [(phone(rng, p.country, kind, areas), "PHONE")]
        a = self.address(who, p.country)
        if attr == "addr":
            return [(a.block(), "STREET_ADDRESS")]
        if attr == "addrc":   # block plus country line (not labelled)
            return [(a.block(), "STREET_ADDRESS"), ("\n" + a.country_name, None)]
        if attr == "addr1":
            return [(a.one_line(), "STREET_ADDRESS")]
        if attr == "addr1c":
            return [(a.one_line(), "STREET_ADDRESS"), (", " + a.country_name, None)]
        if attr == "street":
            return [(a.street, "STREET_ADDRESS")]
        if attr == "zip":
            return [(a.zip, None)]
        if attr == "town":
            return [(a.town.replace("\n", " "), None)]
        if attr == "country":
            return [(a.country_name, None)]
        if attr == "oldaddr":
            b = self.address(who + "_old", p.country)
            return [(b.block(), "STREET_ADDRESS")]
        if attr == "oldaddr1":
            b = self.address(who + "_old", p.country)
            return [(b.one_line(), "STREET_ADDRESS")]
        if attr == "oldstreet":
            b = self.address(who + "_old", p.country)
            return [(b.street, "STREET_ADDRESS")]
        if attr == "dob":
            return [(distractor("dob", rng, self.lang), None)]
        if attr == "iban":
            c = IBAN_COUNTRY_FOR.get(p.country) or rng.choice(["GB", "IE", "DE", "NL"])
            if rng.random() < 0.12:
                c = rng.choice(["DE", "AT", "NL", "FR", "BE", "LU", "ES", "IT", "IE", "PL", "CH", "GB"])
            return [(iban(rng, c), "IBAN")]
        if attr == "card":
            return [(card(rng)[0], "CREDIT_CARD")]
        if attr == "tax":
            return [(tax_id(rng), "DE_TAX_ID")]
        if attr == "cust":
            return [(distractor("cust", rng, self.lang, self.shop_code), None)]
        raise KeyError(attr)

    def salutation(self, p):
        """A letter's salutation with the name labelled; the salutation heads are split between
        dev13 and heldout13 like every other phrase list (the plain formal head occurs in both)."""
        rng = self.rng
        heads = half(SALUTATION_HEADS[self.lang], self.split)
        if self.lang == "de":
            title = ""
            if "Dr." in p.hon:
                title = " Dr."
            if "Prof." in p.hon:
                title = " Prof."
            if "Mag." in p.hon or "DI" in p.hon or "Ing." in p.hon:
                title = " " + p.hon.split(" ", 1)[1]
            f, m = rng.choice(heads)
            return [((f if p.gender == "f" else m) + title + " ", None), (p.last, "PERSON")]
        hon = p.hon if p.hon not in ("Prof.",) else "Professor"
        head = rng.choice(heads)[0]
        return [(f"{head} {hon} ", None), (p.last, "PERSON")]

    def value(self, slot):
        m = SUFFIX_RE.match(slot)
        if not m:
            raise KeyError(slot)
        base = m.group(1)
        rng = self.rng
        lang = self.lang
        if base == "iban":
            c = IBAN_COUNTRY_FOR.get(self.country) or "DE"
            return [(iban(rng, c), "IBAN")]
        if base == "ibanx":   # any country
            return [(iban(rng, rng.choice(["DE", "AT", "CH", "NL", "GB", "IE", "FR", "BE", "ES", "IT", "LU", "PL"])), "IBAN")]
        if base == "ibanc":   # compact
            c = IBAN_COUNTRY_FOR.get(self.country) or "DE"
            return [(iban(rng, c, "compact"), "IBAN")]
        if base == "card":
            return [(card(rng)[0], "CREDIT_CARD")]
        if base == "cardc":   # compact
            return [(card(rng, style="compact")[0], "CREDIT_CARD")]
        if base == "amex":
            return [(card(rng, "amex", "space")[0], "CREDIT_CARD")]
        if base == "cardn":   # issuer name + number
            num, issuer = card(rng)
            return [(CARD_NAMES[issuer] + " ", None), (num, "CREDIT_CARD")]
        if base == "tax":
            return [(tax_id(rng), "DE_TAX_ID")]
        if base == "taxc":
            return [(tax_id(rng, "compact"), "DE_TAX_ID")]
        if base == "taxg":
            return [(tax_id(rng, "g2333"), "DE_TAX_ID")]
        if base == "ip":
            return [(ipv4(rng), "IP_ADDRESS")]
        if base == "ippriv":
            return [(ipv4(rng, "private"), "IP_ADDRESS")]
        if base == "ipdoc":
            return [(ipv4(rng, "doc"), "IP_ADDRESS")]
        if base == "ipsix":
            return [(ipv6(rng), "IP_ADDRESS")]
        if base == "ipfull":
            return [(ipv6(rng, "full"), "IP_ADDRESS")]
        if base == "ipmap":
            return [(ipv4_mapped(rng), "IP_ADDRESS")]
        if base == "ipport":
            return [(ipv4(rng), "IP_ADDRESS"), (f":{rng.choice([443, 8080, 8443, 3000, rng.randint(1024, 65000), rng.randint(30000, 61000)])}", None)]
        if base == "ipsixport":
            return [("[", None), (ipv6(rng), "IP_ADDRESS"), (f"]:{rng.choice([443, 8443, rng.randint(20000, 65000)])}", None)]
        if base == "ipany":
            r = rng.random()
            if r < 0.65:
                return [(ipv4(rng), "IP_ADDRESS")]
            if r < 0.93:
                return [(ipv6(rng), "IP_ADDRESS")]
            return [(ipv4_mapped(rng), "IP_ADDRESS")]
        if base == "phone":
            return [(phone(rng, self.country, "landline"), "PHONE")]
        if base == "shop":
            return [(self.shop, None)]
        if base == "shopdomain":
            return [(self.shop_domain, None)]
        if base == "shopurl":
            return [(rng.choice(["https://www.", "www.", "https://"]) + self.shop_domain + rng.choice(["", "/", "/konto" if lang == "de" else "/account", "/kontakt" if lang == "de" else "/help"]), None)]
        if base == "shopmail":
            local = rng.choice(["service", "kundenservice", "hallo", "info", "support", "retouren"] if lang == "de" else
                               ["support", "hello", "care", "orders", "help", "returns"])
            return [(f"{local}@{self.shop_domain}", "EMAIL")]
        if base == "shopphone":
            c = {"de": "DE", "en": "GB"}[lang] if self.country not in ("AT", "CH", "US", "IE") else self.country
            return [(phone(rng, c, "landline"), "PHONE")]
        if base in ("isots", "clf", "syslogts", "stamp"):
            y, mo, dd = rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28)
            h, mi, se = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
            mon = MONTHS_EN[mo - 1][:3]
            if base == "isots":
                return [(rng.choice([f"{y}-{mo:02d}-{dd:02d}T{h:02d}:{mi:02d}:{se:02d}Z", f"{y}-{mo:02d}-{dd:02d}T{h:02d}:{mi:02d}:{se:02d}+01:00",
                                     f"{y}-{mo:02d}-{dd:02d} {h:02d}:{mi:02d}:{se:02d}", f"{y}-{mo:02d}-{dd:02d}T{h:02d}:{mi:02d}:{se:02d}.{rng.randint(100, 999)}Z"]), None)]
            if base == "clf":
                return [(f"{dd:02d}/{mon}/{y}:{h:02d}:{mi:02d}:{se:02d} {rng.choice(['+0100', '+0200', '+0000'])}", None)]
            if base == "syslogts":
                return [(f"{mon} {dd:2d} {h:02d}:{mi:02d}:{se:02d}", None)]
            return [(f"{dd:02d}.{mo:02d}.{y} {h:02d}:{mi:02d}" if lang == "de" else f"{dd:02d}/{mo:02d}/{y} {h:02d}:{mi:02d}", None)]
        if base == "ua":
            return [(user_agent(rng), None)]
        if base == "expiry":
            return [(rng.choice([f"{rng.randint(1, 12):02d}/{rng.randint(25, 31)}", f"{rng.randint(1, 12):02d}/20{rng.randint(25, 31)}"]), None)]
        if base == "cvc":
            return [(digits(rng, 3), None)]
        if base == "lastfour":
            return [(digits(rng, 4), None)]
        if base == "shophandle":
            return [("@" + re.sub(r"[^a-z]", "", ascii_fold(self.shop).lower()) + rng.choice(["", "_official", ".de" if lang == "de" else ".co", "_shop"]), None)]
        if base in ("cozip", "cotown", "cocountry"):
            a = self.address("_company" + m.group(2), self.country)
            return [({"cozip": a.zip, "cotown": a.town, "cocountry": a.country_name}[base].replace("\n", " "), None)]
        if base == "quarter":
            return [(str(rng.randint(1, 4)), None)]
        if base == "supplier":
            return [(rng.choice(D.DE_SUPPLIERS if lang == "de" else D.EN_SUPPLIERS), None)]
        if base in ("coaddr", "coline", "costreet"):
            a = self.address("_company" + m.group(2), self.country)
            if base == "coaddr":
                return [(a.block(), "STREET_ADDRESS")]
            if base == "coline":
                return [(a.one_line(), "STREET_ADDRESS")]
            return [(a.street, "STREET_ADDRESS")]
        if base == "colour":
            return [(rng.choice(COLOURS[lang]), None)]
        if base == "month":
            return [(rng.choice(MONTHS_DE if lang == "de" else MONTHS_EN), None)]
        if base == "kw":
            return [(str(rng.randint(2, 51)), None)]
        if base == "bic":
            same = [b for b in D.BICS if b[4:6] == self.country]
            return [(rng.choice(same or D.BICS), None)]
        if base == "brand":
            return [(rng.choice(D.PERSON_BRANDS), None)]
        if base == "firm":
            return [(rng.choice(D.DE_FIRMS if lang == "de" else D.EN_FIRMS), None)]
        if base == "town":
            if lang == "de":
                t = rng.choice([rng.choice(D.DE_TOWNS)[0], rng.choice(D.AT_TOWNS)[0], rng.choice(D.CH_TOWNS)[0], rng.choice(D.DE_TOWNS)[0]])
            else:
                t = rng.choice([rng.choice(D.GB_TOWNS)[0], rng.choice(D.US_TOWNS)[0], rng.choice(D.IE_TOWNS)[0].split(" ")[0]])
            return [(t, None)]
        if base in DISTRACTOR_KINDS:
            v = distractor(base, rng, lang, self.shop_code)
            if base in ("ipver", "cardlike", "taxlike", "creditor", "masked"):
                self.lookalikes.append(v)
            return [(v, None)]
        raise KeyError(slot)


def _expand(template, ctx):
    def gender(m):
        p = ctx.person(m.group(1))
        return m.group(2) if p.gender == "f" else m.group(3)

    template = GENDER_RE.sub(gender, template)
    while True:
        m = ALT_RE.search(template)
        if not m:
            return template
        template = template[:m.start()] + ctx.rng.choice(m.group(1).split("|")) + template[m.end():]


def render_pieces(template, ctx):
    if callable(template):
        return list(template(ctx))
    template = _expand(template, ctx)
    pieces = []
    pos = 0
    for m in SLOT_RE.finditer(template):
        if m.start() > pos:
            pieces.append((template[pos:m.start()], None))
        pieces.extend(ctx.resolve(m.group(1)))
        pos = m.end()
    if pos < len(template):
        pieces.append((template[pos:], None))
    return pieces


def R(ctx, template):
    """Render a template fragment to pieces (for builders)."""
    return render_pieces(template, ctx)


def finish(pieces):
    """Text and entity list of a list of pieces; checks every span."""
    text_parts, ents, n = [], [], 0
    for text, label in pieces:
        if label:
            ents.append({"type": label, "start": n, "end": n + len(text), "value": text})
        text_parts.append(text)
        n += len(text)
    text = "".join(text_parts)
    last_end = -1
    for e in ents:
        assert text[e["start"]:e["end"]] == e["value"], e
        assert e["value"] and e["value"] == e["value"].strip(), e
        assert e["start"] >= last_end, ("overlap", e)
        last_end = e["end"]
    return text, ents
