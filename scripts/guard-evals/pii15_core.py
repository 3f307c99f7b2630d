"""Core of the fifteenth PII bank: people, addresses, phone numbers, values, look-alikes, the
slot resolver and the self-checks.

Templates (pii15_en.py, pii15_de.py) use `common.render`'s syntax: `{p1.full}`, `{a1.block}`,
`{iban}`, `{d.order}` … and alternatives `((a|b))`. Every slot is drawn once per record and
cached, so `{p1.last}` twice is the same surname.
"""

import ipaddress
import random
import re
import unicodedata

import common
from common import fake

# ---------------------------------------------------------------- split helper


def half(items, split):
    """Even positions for dev15, odd positions for heldout15."""
    items = list(items)
    return items[0::2] if split == "dev" else items[1::2]


# ---------------------------------------------------------------- names

# Faker locales (Latin script only is kept) and weights, per text language
NAME_SOURCES = {
    "en": [
        ("en_GB", 14), ("en_US", 12), ("en_IE", 5), ("ga_IE", 2), ("en_NZ", 2), ("en_IN", 5), ("en_PK", 2),
        ("yo_NG", 3), ("ig_NG", 2), ("tw_GH", 2), ("en_KE", 2), ("pl_PL", 4), ("it_IT", 3), ("fr_FR", 3),
        ("es_MX", 3), ("pt_BR", 2), ("nl_NL", 3), ("de_DE", 3), ("sv_SE", 2), ("ro_RO", 2), ("fil", 0),
        ("own_ar", 3), ("own_fa", 2), ("own_ko", 2), ("own_zh", 3), ("own_ja", 2), ("own_uk", 2),
        ("own_gr", 2), ("own_so", 1), ("own_et", 1), ("own_vi", 2),
    ],
    "de": [
        ("de_DE", 26), ("de_AT", 9), ("de_CH", 7), ("de_LI", 1), ("tr_TR", 8), ("pl_PL", 5), ("it_IT", 4),
        ("hr_HR", 3), ("ro_RO", 2), ("hu_HU", 2), ("cs_CZ", 2), ("sl_SI", 1), ("fr_CH", 2), ("nl_NL", 2),
        ("es_ES", 2), ("pt_PT", 2), ("yo_NG", 1), ("en_GB", 2), ("sv_SE", 1), ("fi_FI", 1),
        ("own_ar", 4), ("own_fa", 2), ("own_ko", 1), ("own_zh", 2), ("own_uk", 3), ("own_gr", 2),
        ("own_sq", 2), ("own_ku", 2), ("own_vi", 2), ("own_ja", 1),
    ],
}

OWN_NAMES = {
    # given names (f, m) and surnames written for this bank
    "own_ar": (["Layla", "Noor", "Amira", "Yasmin", "Rania", "Hiba"], ["Omar", "Khaled", "Tariq", "Yusuf", "Samir", "Bilal"],
               ["Al-Masri", "Haddad", "El-Sayed", "Nasser", "Khoury", "Al-Amin", "Mansour", "Saleh"]),
    "own_fa": (["Shirin", "Parisa", "Golnaz", "Mahsa", "Nasrin"], ["Dariush", "Kaveh", "Reza", "Farhad", "Arash"],
               ["Rahimi", "Tehrani", "Karimi", "Moradi", "Ahmadzadeh", "Shirazi", "Jafari"]),
    "own_ko": (["Ji-woo", "Seo-yeon", "Min-ji", "Hye-jin"], ["Min-ho", "Joon-young", "Sung-min", "Dong-hyun"],
               ["Kim", "Park", "Choi", "Jung", "Kang", "Yoon", "Han"]),
    "own_zh": (["Mei", "Xiaoling", "Yan", "Huifang", "Jing"], ["Wei", "Jun", "Hao", "Zhiqiang", "Lei"],
               ["Wang", "Zhang", "Liu", "Chen", "Huang", "Zhou", "Xu", "Guo"]),
    "own_ja": (["Yuki", "Haruka", "Aiko", "Emi", "Sakura"], ["Kenji", "Takeshi", "Haruto", "Daichi", "Ren"],
               ["Tanaka", "Sato", "Nakamura", "Kobayashi", "Yamamoto", "Inoue", "Fujiwara"]),
    "own_uk": (["Olena", "Iryna", "Oksana", "Kateryna", "Daryna"], ["Andrij", "Taras", "Bohdan", "Mykola", "Oleksandr"],
               ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk", "Hrytsenko"]),
    "own_gr": (["Eleni", "Katerina", "Sofia", "Despina", "Georgia"], ["Nikos", "Giorgos", "Dimitris", "Kostas", "Stavros"],
               ["Papadopoulos", "Georgiou", "Nikolaidis", "Karagiannis", "Vlachos", "Oikonomou"]),
    "own_so": (["Hodan", "Ayaan", "Faadumo", "Sahra"], ["Abdirahman", "Mohamed", "Abdi", "Liban"],
               ["Warsame", "Farah", "Jama", "Osman", "Hirsi"]),
    "own_et": (["Meron", "Selam", "Hiwot", "Tigist"], ["Dawit", "Yonas", "Abebe", "Tesfaye"],
               ["Bekele", "Haile", "Tadesse", "Gebremariam", "Alemu"]),
    "own_vi": (["Linh", "Thu", "Ngoc Anh", "Mai"], ["Minh", "Duc", "Tuan", "Quang"],
               ["Nguyen", "Tran", "Pham", "Le", "Vu", "Hoang", "Dang"]),
    "own_sq": (["Arta", "Blerta", "Drita", "Elira"], ["Arben", "Besnik", "Ilir", "Dritan"],
               ["Hoxha", "Krasniqi", "Berisha", "Gashi", "Shala", "Morina"]),
    "own_ku": (["Rojda", "Berfin", "Zilan", "Helin"], ["Azad", "Baran", "Rojhat", "Serhat"],
               ["Demirtaş", "Aydın", "Zana", "Kaya", "Bozarslan"]),
}

PARTICLES = {
    "de_DE": ["von", "von der", "zu"], "de_AT": ["von"], "nl_NL": ["van", "van der", "de", "van den"],
    "it_IT": ["di", "De", "Di"], "fr_FR": ["de", "Le", "du"], "fr_CH": ["de"], "es_ES": ["de la", "del"],
    "pt_PT": ["da", "dos"], "pt_BR": ["da", "dos"], "en_IE": ["O'", "Mac"], "en_GB": ["Mc"],
}

_SYL_ON = ["b", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "ch", "sh", "kr", "pl", "fr", "gl", "th"]
_SYL_V = ["a", "e", "i", "o", "u", "ae", "io", "ea", "y", "oa"]
_SYL_CO = ["", "", "", "n", "r", "l", "s", "m", "x", "nt", "rd", "ck", "ss"]
_ENDINGS = ["ovic", "elli", "sen", "berg", "ema", "ard", "uk", "ner", "ay", "ido"]


def coined_name(rng):
    """A given name and surname from this bank's syllable generator (in no list)."""

    def word(n):
        return "".join(rng.choice(_SYL_ON) + rng.choice(_SYL_V) + rng.choice(_SYL_CO) for _ in range(n)).capitalize()

    first = word(rng.choice([2, 2, 3]))
    last = word(2) + (rng.choice(_ENDINGS) if rng.random() < 0.5 else "")
    return first, last


def latin(s):
    for c in s:
        if c.isalpha() and "LATIN" not in unicodedata.name(c, ""):
            return False
    return True


def draw_name(rng, lang):
    src = common.weighted_choice(rng, [p for p in NAME_SOURCES[lang] if p[1] > 0])
    gender = rng.choice("fm")
    if src.startswith("own_"):
        fem, mal, sur = OWN_NAMES[src]
        return (rng.choice(fem if gender == "f" else mal)), rng.choice(sur), gender, src
    for _ in range(20):
        f = fake(src, rng)
        try:
            first = f.first_name_female() if gender == "f" else f.first_name_male()
        except AttributeError:
            first = f.first_name()
        last = f.last_name()
        if latin(first + last) and " " not in first.strip() and len(last) > 1:
            break
    else:
        first, last = coined_name(rng)
    r = rng.random()
    if src in PARTICLES and r < 0.12:
        p = rng.choice(PARTICLES[src])
        last = p + last if p.endswith("'") or p in ("Mac", "Mc") else f"{p} {last}"
    elif r < 0.19:
        f2 = fake(src, rng)
        other = f2.last_name()
        if latin(other) and other != last and " " not in other:
            last = f"{last}-{other}"
    elif r < 0.23 and src.startswith("de_"):
        f2 = fake(src, rng)
        second = f2.first_name_female() if gender == "f" else f2.first_name_male()
        if latin(second) and second != first and " " not in second:
            first = f"{first}-{second}"
    return first, last, gender, src


def fold(s):
    return common.ascii_fold(s.replace(" ", "").replace("'", ""))


FREEMAIL = {
    "en": ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.com", "icloud.com", "btinternet.com", "proton.me", "eircom.net", "live.ie", "fastmail.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "gmx.at", "bluewin.ch", "icloud.com", "mailbox.org", "aon.at", "hotmail.de"],
}

HON = {
    "de": {"f": ["Frau", "Frau", "Frau Dr.", "Frau Mag."], "m": ["Herr", "Herr", "Herr Dr.", "Herr Dipl.-Ing."]},
    "en": {"f": ["Ms", "Mrs", "Ms.", "Dr"], "m": ["Mr", "Mr.", "Mr", "Dr."]},
}


class Person:
    def __init__(self, rng, lang, coined, country):
        if coined:
            self.first, self.last = coined_name(rng)
            self.gender, self.src = rng.choice("fm"), "coined"
        else:
            self.first, self.last, self.gender, self.src = draw_name(rng, lang)
        self.coined = coined
        self.country = country
        self.lang = lang
        sep = rng.choice([".", ".", "", "_", "-"])
        fl, ll = fold(self.first).lower(), fold(self.last).lower()
        local = rng.choice([f"{fl}{sep}{ll}", f"{fl[0]}{sep}{ll}", f"{fl}{rng.randint(2, 99)}", f"{ll}{sep}{fl}", f"{fl}{sep}{ll}{rng.randint(60, 99)}"])
        self.email = f"{local.strip('.-_') or 'mail'}@{rng.choice(FREEMAIL[lang])}"
        self.hon = rng.choice(HON[lang][self.gender])
        self.phone = phone(rng, country, mobile=rng.random() < 0.6)


# ---------------------------------------------------------------- addresses

TOWNS = {
    "DE": [("10", "Berlin"), ("20", "Hamburg"), ("80", "München"), ("50", "Köln"), ("60", "Frankfurt am Main"), ("70", "Stuttgart"), ("04", "Leipzig"), ("01", "Dresden"),
           ("79", "Freiburg im Breisgau"), ("87", "Kempten (Allgäu)"), ("83", "Rosenheim"), ("93", "Regensburg"), ("48", "Münster"), ("24", "Kiel"), ("90", "Nürnberg"), ("99", "Erfurt"),
           ("82", "Garmisch-Partenkirchen"), ("35", "Gießen"), ("26", "Oldenburg (Oldb)"), ("66", "Saarbrücken")],
    "AT": [("1", "Wien"), ("5", "Salzburg"), ("6", "Innsbruck"), ("8", "Graz"), ("4", "Linz"), ("9", "Klagenfurt am Wörthersee"), ("6", "Dornbirn"), ("5", "Zell am See")],
    "CH": [("8", "Zürich"), ("3", "Bern"), ("4", "Basel"), ("6", "Luzern"), ("9", "St. Gallen"), ("7", "Chur"), ("1", "Lausanne"), ("3", "Interlaken")],
}
GB_TOWNS = [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Sheffield", "S"), ("Kendal", "LA"), ("Keswick", "CA"), ("Inverness", "IV"), ("Cardiff", "CF"), ("Edinburgh", "EH"),
            ("Glasgow", "G"), ("York", "YO"), ("Norwich", "NR"), ("Exeter", "EX"), ("Brighton", "BN"), ("Fort William", "PH"), ("Nottingham", "NG")]
GB_LOCALITIES = ["Headingley", "Chorlton", "Clifton", "Ecclesall", "Portobello", "Heaton", "Roath", "Jesmond", "Hove", "Didsbury"]
GB_STREETS = ["Mill Lane", "Station Road", "Church Street", "Victoria Road", "Hawthorn Close", "Beech Grove", "Kings Avenue", "Orchard Way", "Quarry Hill", "Tarn Road",
              "Bracken Rise", "Fellside Terrace", "Albert Street", "Moorland Drive", "Ash Crescent", "Priory Walk"]
US_PLACES = [("Denver", "CO", "802"), ("Boulder", "CO", "803"), ("Portland", "OR", "972"), ("Seattle", "WA", "981"), ("Bozeman", "MT", "597"), ("Salt Lake City", "UT", "841"),
             ("Asheville", "NC", "288"), ("Burlington", "VT", "054"), ("Madison", "WI", "537"), ("Austin", "TX", "787"), ("Flagstaff", "AZ", "860"), ("Duluth", "MN", "558")]
US_STREETS = ["Maple Ave", "Pine Street", "Oak Ridge Dr", "Canyon Blvd", "W 3rd St", "Elm Court", "Aspen Way", "N Main Street", "Cedar Lane", "Lakeview Rd", "Spruce St", "Ridgecrest Drive"]
US_UNITS = [", Apt {n}", " Apt. {n}", ", Suite {s}", " #{n}", ", Unit {n}B"]
IE_PLACES = [("Ennis", "Co. Clare", "V95"), ("Galway", "Co. Galway", "H91"), ("Westport", "Co. Mayo", "F28"), ("Killarney", "Co. Kerry", "V93"), ("Sligo", "Co. Sligo", "F91"),
             ("Kilkenny", "Co. Kilkenny", "R95"), ("Bray", "Co. Wicklow", "A98"), ("Cork", "", "T12")]
IE_STREETS = ["Main Street", "Abbey Street", "Parnell Square", "O'Connell Street", "Church Road", "Bridge Street", "Castle Street", "Seaview Park"]
FR_PLACES = [("75011", "Paris"), ("69003", "Lyon"), ("74400", "Chamonix-Mont-Blanc"), ("38000", "Grenoble"), ("13006", "Marseille"), ("33000", "Bordeaux"), ("67000", "Strasbourg"), ("73000", "Chambéry")]
FR_STREETS = ["rue des Lilas", "avenue Jean Jaurès", "rue du Moulin", "chemin des Prés", "boulevard Gambetta", "rue de la République", "impasse des Tilleuls", "place du Marché"]
NL_PLACES = [("1015", "Amsterdam"), ("3511", "Utrecht"), ("2611", "Delft"), ("9711", "Groningen"), ("6211", "Maastricht"), ("5611", "Eindhoven"), ("3012", "Rotterdam")]
NL_STREETS = ["Keizersgracht", "Oudegracht", "Dorpsstraat", "Kerkstraat", "Molenweg", "Lindenlaan", "Prinsengracht", "Vondelstraat"]
IT_PLACES = [("20121", "Milano", "MI"), ("39100", "Bolzano", "BZ"), ("38122", "Trento", "TN"), ("10121", "Torino", "TO"), ("11013", "Courmayeur", "AO"), ("32043", "Cortina d'Ampezzo", "BL"), ("50123", "Firenze", "FI")]
IT_STREETS = ["Via Roma", "Via Garibaldi", "Corso Italia", "Via dei Mille", "Viale Trento", "Via Cavour", "Piazza Walther", "Via della Stazione"]
DE_REAL = ["Hauptstraße", "Schulstraße", "Gartenstraße", "Bahnhofstraße", "Lindenweg", "Am Anger", "Bergstraße", "Kirchplatz", "Mühlenweg", "Ringstraße", "Waldstraße", "Rosenstraße"]
COUNTRY = {
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Vereinigtes Königreich", "US": "USA", "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA", "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
}
ADDR_WEIGHTS = {
    "en": [("GB", 30), ("US", 22), ("IE", 12), ("FR", 6), ("NL", 6), ("IT", 5), ("DE", 10), ("AT", 4), ("CH", 5)],
    "de": [("DE", 52), ("AT", 18), ("CH", 15), ("NL", 4), ("FR", 3), ("IT", 5), ("GB", 3)],
}


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


class Address:
    """street (the first line(s)), townline (postcode and town), and how they are joined."""

    def __init__(self, rng, country, lang):
        self.country = country
        self.country_name = COUNTRY[lang][country]
        self.pre = []  # lines before the street (UK flat/house name) that belong to the address
        self.mid = []  # lines between street and town (UK locality)
        if country in ("DE", "AT", "CH"):
            loc = {"DE": "de_DE", "AT": "de_AT", "CH": "de_CH"}[country]
            street = fake(loc, rng).street_name() if rng.random() < 0.6 else rng.choice(DE_REAL)
            if country == "CH":
                street = street.replace("straße", "strasse").replace("Straße", "Strasse")
            if country == "DE" and rng.random() < 0.2:
                street = street.replace("straße", "str.")
            num = str(rng.randint(1, 140))
            if rng.random() < 0.15:
                num += rng.choice(["a", "b", "c"])
            if country == "AT" and rng.random() < 0.45:
                num += rng.choice([f"/{rng.randint(1, 9)}/{rng.randint(1, 30)}", f"/Top {rng.randint(1, 25)}", f"/Stiege {rng.randint(1, 4)}/{rng.randint(1, 20)}"])
            self.street = f"{street} {num}"
            pfx, town = rng.choice(TOWNS[country])
            if country == "DE":
                zipc = pfx + _d(rng, 3)
                if rng.random() < 0.06:
                    zipc = "D-" + zipc
            elif country == "AT":
                zipc = "1" + str(rng.randint(1, 23)).zfill(2) + "0" if town == "Wien" else pfx + _d(rng, 3)
                if rng.random() < 0.2:
                    zipc = "A-" + zipc
            else:
                zipc = pfx + _d(rng, 3)
                if rng.random() < 0.25:
                    zipc = "CH-" + zipc
            self.zip, self.town = zipc, town
            self.townline = f"{zipc} {town}"
        elif country == "GB":
            town, area = rng.choice(GB_TOWNS)
            self.street = f"{rng.randint(1, 180)} {rng.choice(GB_STREETS)}"
            if rng.random() < 0.2:
                self.street = f"Flat {rng.randint(1, 12)}, " + self.street
            if rng.random() < 0.25:
                self.mid = [rng.choice(GB_LOCALITIES)]
            self.zip = f"{area}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            self.town = town
            self.townline = f"{town} {self.zip}" if rng.random() < 0.5 else f"{town.upper()} {self.zip}"
            self.split_town = rng.random() < 0.3  # town and postcode on lines of their own
        elif country == "US":
            town, st, z3 = rng.choice(US_PLACES)
            unit = ""
            if rng.random() < 0.3:
                unit = rng.choice(US_UNITS).format(n=rng.randint(1, 40), s=rng.randint(100, 900))
            self.street = f"{rng.randint(10, 9899)} {rng.choice(US_STREETS)}{unit}"
            self.zip = z3 + _d(rng, 2) + (f"-{_d(rng, 4)}" if rng.random() < 0.2 else "")
            self.town = town
            self.townline = f"{town}, {st} {self.zip}"
        elif country == "IE":
            town, county, rk = rng.choice(IE_PLACES)
            self.street = f"{rng.randint(1, 90)} {rng.choice(IE_STREETS)}"
            self.zip = f"{rk} {rng.choice('ACDEFHKNPRTVWXY')}{_d(rng, 1)}{rng.choice('ACDEFHKNPRTVWXY')}{_d(rng, 1)}"
            self.town = town
            self.townline = f"{town}, {county} {self.zip}" if county else f"{town} {self.zip}"
        elif country == "FR":
            zipc, town = rng.choice(FR_PLACES)
            self.street = f"{rng.randint(1, 90)}{rng.choice(['', '', '', ' bis', ' ter'])} {rng.choice(FR_STREETS)}"
            self.zip, self.town = zipc, town
            self.townline = f"{zipc} {town}"
        elif country == "NL":
            p4, town = rng.choice(NL_PLACES)
            self.street = f"{rng.choice(NL_STREETS)} {rng.randint(1, 300)}{rng.choice(['', '', '-II', ' hs', 'A'])}"
            self.zip = f"{p4[:2]}{_d(rng, 2)} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
            self.town = town
            self.townline = f"{self.zip} {town}"
        else:  # IT
            zipc, town, prov = rng.choice(IT_PLACES)
            self.street = f"{rng.choice(IT_STREETS)} {rng.randint(1, 120)}{rng.choice(['', '', '/B', ' int. 4'])}"
            self.zip, self.town = zipc, town
            self.townline = f"{zipc} {town} {prov}" if rng.random() < 0.5 else f"{zipc} {town} ({prov})"
        self.rng = rng

    def one(self):
        if self.country == "GB" and self.mid:
            return f"{self.street}, {self.mid[0]}, {self.townline}"
        return f"{self.street}, {self.townline}"

    def block(self):
        lines = [self.street] + self.mid
        if self.country == "GB" and getattr(self, "split_town", False):
            lines += [self.town.upper(), self.zip]
        else:
            lines.append(self.townline)
        return "\n".join(lines)


# ---------------------------------------------------------------- phone numbers


def phone(rng, country, mobile=False):
    d = lambda n: _d(rng, n)  # noqa: E731
    if country == "DE":
        if mobile:
            m = rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178", "179"])
            return rng.choice([f"0{m} {d(8)}", f"+49 {m} {d(4)} {d(4)}", f"0{m}/{d(7)}", f"0049 {m} {d(7)}", f"+49{m}{d(8)}", f"0{m}-{d(3)} {d(4)}"])
        a = rng.choice(["30", "40", "89", "221", "69", "711", "761", "831", "8031", "941", "251", "431", "911"])
        return rng.choice([f"0{a} {d(3)} {d(4)}", f"(0{a}) {d(6)}", f"+49 (0){a} {d(6)}", f"0{a}/{d(3)}{d(2)}-{d(2)}", f"+49 {a} {d(3)} {d(2)} {d(2)}", f"0{a} - {d(6)}"])
    if country == "AT":
        if mobile:
            m = rng.choice(["650", "660", "664", "676", "680", "681", "699"])
            return rng.choice([f"0{m} {d(7)}", f"+43 {m} {d(3)} {d(4)}", f"0{m}/{d(3)} {d(2)} {d(2)}", f"0043 {m} {d(7)}"])
        a = rng.choice(["1", "662", "512", "316", "732", "463", "5572"])
        return rng.choice([f"+43 {a} {d(6)}", f"0{a} {d(3)} {d(3)}", f"+43 (0){a} {d(5)}-{d(2)}", f"0{a}/{d(6)}"])
    if country == "CH":
        if mobile:
            m = rng.choice(["76", "77", "78", "79"])
            return rng.choice([f"0{m} {d(3)} {d(2)} {d(2)}", f"+41 {m} {d(3)} {d(2)} {d(2)}", f"+41 (0){m} {d(3)} {d(2)} {d(2)}", f"0041 {m} {d(7)}"])
        a = rng.choice(["44", "31", "61", "41", "71", "81", "21"])
        return rng.choice([f"0{a} {d(3)} {d(2)} {d(2)}", f"+41 {a} {d(3)} {d(2)} {d(2)}", f"0{a}/{d(3)}.{d(2)}.{d(2)}"])
    if country == "GB":
        if mobile:
            return rng.choice([f"07{d(3)} {d(6)}", f"+44 7{d(3)} {d(6)}", f"07{d(3)}-{d(3)}-{d(3)}", f"+44 (0)7{d(3)} {d(3)} {d(3)}", f"07{d(9)}"])
        return rng.choice([f"020 {d(4)} {d(4)}", f"0113 {d(3)} {d(4)}", f"+44 (0)161 {d(3)} {d(4)}", f"(01539) {d(6)}", f"+44 131 {d(3)} {d(4)}", f"01768 {d(6)}"])
    if country == "US":
        a, e = f"{rng.randint(2, 9)}{d(2)}", f"{rng.randint(2, 9)}{d(2)}"
        return rng.choice([f"({a}) {e}-{d(4)}", f"{a}-{e}-{d(4)}", f"+1 {a} {e} {d(4)}", f"{a}.{e}.{d(4)}", f"+1 ({a}) {e}-{d(4)}", f"1-{a}-{e}-{d(4)}"])
    if country == "IE":
        if mobile:
            return rng.choice([f"08{rng.choice('35679')} {d(3)} {d(4)}", f"+353 8{rng.choice('35679')} {d(3)} {d(4)}", f"08{rng.choice('35679')}-{d(7)}"])
        return rng.choice([f"01 {d(3)} {d(4)}", f"+353 1 {d(3)} {d(4)}", f"(091) {d(6)}", f"+353 (0)65 {d(3)} {d(4)}"])
    if country == "FR":
        p = rng.choice(["6", "7"]) if mobile else rng.choice(["1", "4", "5"])
        return rng.choice([f"0{p} {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 {p} {d(2)} {d(2)} {d(2)} {d(2)}", f"0{p}.{d(2)}.{d(2)}.{d(2)}.{d(2)}", f"+33 (0){p} {d(2)} {d(2)} {d(2)} {d(2)}"])
    if country == "NL":
        if mobile:
            return rng.choice([f"06-{d(8)}", f"+31 6 {d(4)} {d(4)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}"])
        return rng.choice([f"020-{d(3)} {d(4)}", f"+31 30 {d(3)} {d(4)}", f"(010) {d(3)} {d(2)} {d(2)}"])
    if country == "IT":
        if mobile:
            return rng.choice([f"3{d(2)} {d(3)} {d(4)}", f"+39 3{d(2)} {d(7)}", f"+39 3{d(2)} {d(3)} {d(4)}"])
        return rng.choice([f"02 {d(4)} {d(4)}", f"+39 0471 {d(6)}", f"0461 {d(6)}"])
    if country == "ES":
        return rng.choice([f"+34 6{d(2)} {d(3)} {d(3)}", f"6{d(2)} {d(2)} {d(2)} {d(2)}"])
    if country == "PL":
        return rng.choice([f"+48 {rng.choice('5678')}{d(2)} {d(3)} {d(3)}", f"{rng.choice('5678')}{d(2)}-{d(3)}-{d(3)}"])
    if country == "TR":
        return rng.choice([f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"0 (5{d(2)}) {d(3)} {d(2)} {d(2)}"])
    raise KeyError(country)


# ---------------------------------------------------------------- values

PHONE_COUNTRY = {"GB": "GB", "US": "US", "IE": "IE", "FR": "FR", "NL": "NL", "IT": "IT", "DE": "DE", "AT": "AT", "CH": "CH"}
SRC_PHONE = {"pl_PL": "PL", "tr_TR": "TR", "es_ES": "ES", "es_MX": "US"}

SHOP_DOMAIN = {"en": "talgrat.co.uk", "de": "talgrat.de"}
ROLE_LOCALS = ["service", "returns", "wholesale", "press", "events", "accounts", "team", "kundenservice", "retouren", "buchhaltung", "einkauf", "presse"]
PARTNER_DOMAINS = ["bergwerk-sport.de", "alpin-handel.at", "trailhead-supply.co.uk", "nordlicht-logistik.de", "gipfelpost.ch", "summitmedia.ie", "keystone-outdoor.com", "fernweh-reisen.de"]


def distractor_extra(kind, rng, lang):
    d = lambda n: _d(rng, n)  # noqa: E731
    if kind == "serial":
        return rng.choice([f"SN {d(4)}-{d(4)}-{d(2)}", f"TG{d(9)}", f"S/N {rng.choice('ABCKLMZ')}{d(7)}", f"{d(2)}-{d(6)}-{rng.choice('ABCX')}"])
    if kind == "dob":
        y, m, dd = rng.randint(1955, 2006), rng.randint(1, 12), rng.randint(1, 28)
        return f"{dd:02d}.{m:02d}.{y}" if lang == "de" else rng.choice([f"{dd:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{dd:02d}"])
    if kind == "masked":
        return rng.choice([f"•••• {d(4)}", f"**** **** **** {d(4)}", f"XXXX-{d(4)}", f"ending {d(4)}" if lang == "en" else f"Endziffern {d(4)}"])
    if kind == "bic":
        return rng.choice(["COBADEFFXXX", "GENODEF1M03", "BYLADEM1001", "RZOOAT2L", "UBSWCHZH80A", "BOFIIE2D", "NWBKGB2L", "INGBNL2A", "SOLADES1FRB"])
    if kind == "vat":
        return rng.choice([f"DE{d(9)}", f"ATU{d(8)}", f"CHE-{d(3)}.{d(3)}.{d(3)} MWST", f"GB{d(9)}", f"IE{d(7)}W"])
    if kind == "steuernr":
        return f"{d(3)}/{d(3)}/{d(5)}"
    if kind == "cust":
        return rng.choice([f"K-{d(6)}", f"C{d(7)}", f"KD{d(5)}", f"{d(8)}"])
    if kind == "rma":
        return f"RMA-{d(6)}"
    if kind == "badge":
        return f"{rng.choice(['B', 'H', 'L'])}-{d(4)}"
    if kind == "hs":
        return f"{d(4)}.{d(2)}.{d(2)}"
    if kind == "creditor":
        return f"DE{d(2)}ZZZ0000{d(7)}"
    if kind == "mandate":
        return f"MND-{d(8)}"
    if kind == "year":
        return str(rng.randint(2023, 2026))
    if kind == "awb":
        return f"{d(3)}-{d(8)}"
    if kind == "plate":
        return rng.choice([f"M-{rng.choice('ABKLR')}{rng.choice('ABKLR')} {rng.randint(10, 9999)}", f"KE-{rng.choice('ABKLR')} {rng.randint(10, 999)}", f"W-{rng.randint(1000, 99999)}{rng.choice('ABX')}"])
    if kind == "hash":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([7, 12])))
    if kind == "uuid":
        h = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))  # noqa: E731
        return f"{h(8)}-{h(4)}-4{h(3)}-a{h(3)}-{h(12)}"
    if kind == "port":
        return str(rng.choice([443, 8080, 5432, 3306, 22, 25, 587]))
    if kind == "ms":
        return str(rng.randint(3, 900))
    if kind == "dt":
        return f"{rng.randint(2024, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    if kind == "iso":
        return f"{rng.randint(2024, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    if kind == "privip":
        return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", f"192.168.{rng.randint(0, 20)}.{rng.randint(1, 254)}"])
    if kind == "amount":
        return f"{rng.randint(12, 480)},{rng.choice(['00', '90', '95', '50'])}" if lang == "de" else f"{rng.randint(12, 480)}.{rng.choice(['00', '90', '95', '50'])}"
    if kind == "n":
        return str(rng.randint(2, 12))
    if kind == "time":
        h, m = rng.randint(7, 19), rng.choice(["00", "15", "30", "45"])
        if lang == "de":
            return f"{h}:{m}"
        return rng.choice([f"{h}:{m}", f"{(h - 1) % 12 + 1}:{m} {'am' if h < 12 else 'pm'}"])
    return None


class Ctx:
    """Per-record slot values. `resolve(slot)` returns a list of (text, label) pieces."""

    def __init__(self, rng, lang, split, phrases, coined_prob):
        self.rng, self.lang, self.split, self.phrases = rng, lang, split, phrases
        self.coined_prob = coined_prob
        self.cache = {}
        self.people = {}
        self.addrs = {}
        self.rec_country = common.weighted_choice(rng, ADDR_WEIGHTS[lang])

    def person(self, key):
        if key not in self.people:
            used = {(p.last) for p in self.people.values()}
            for _ in range(30):
                country = self.rec_country if not self.people else common.weighted_choice(self.rng, ADDR_WEIGHTS[self.lang])
                p = Person(self.rng, self.lang, self.rng.random() < self.coined_prob, country)
                if p.last not in used and p.first not in [q.first for q in self.people.values()]:
                    break
            self.people[key] = p
        return self.people[key]

    def addr(self, key):
        if key not in self.addrs:
            country = self.rec_country if key in ("a1",) else common.weighted_choice(self.rng, ADDR_WEIGHTS[self.lang])
            self.addrs[key] = Address(self.rng, country, self.lang)
        return self.addrs[key]

    def resolve(self, slot):
        if slot not in self.cache:
            self.cache[slot] = self._resolve(slot)
        return self.cache[slot]

    def _resolve(self, slot):
        rng, lang = self.rng, self.lang
        head, _, attr = slot.partition(".")
        if re.fullmatch(r"p\d", head):
            p = self.person(head)
            P = "PERSON"
            if attr == "full":
                return [(f"{p.first} {p.last}", P)]
            if attr == "first":
                return [(p.first, P)]
            if attr == "last":
                return [(p.last, P)]
            if attr == "lf":
                return [(f"{p.last}, {p.first}", P)]
            if attr == "caps":
                return [(f"{p.first} {p.last}".upper(), P)]
            if attr == "capslf":
                return [(f"{p.last.upper()}, {p.first}", P)]
            if attr == "lastcaps":
                return [(f"{p.first} {p.last.upper()}", P)]
            if attr == "lower":
                return [(p.first.lower(), P)]
            if attr == "lowerfull":
                return [(f"{p.first} {p.last}".lower(), P)]
            if attr == "init":
                return [(f"{p.first} {p.last[0]}.", P)]
            if attr == "finit":
                return [(f"{p.first[0]}. {p.last}", P)]
            if attr == "hon":  # honorific + surname
                return [(p.hon + " ", None), (p.last, P)]
            if attr == "honfull":
                return [(p.hon + " ", None), (f"{p.first} {p.last}", P)]
            if attr == "dear":  # formal salutation + surname
                if lang == "de":
                    s = "Sehr geehrte Frau" if p.gender == "f" else "Sehr geehrter Herr"
                    if p.hon.endswith("Dr."):
                        s += " Dr."
                else:
                    s = "Dear " + p.hon
                return [(s + " ", None), (p.last, P)]
            if attr == "an":  # German letter address line "Frau"/"Herrn"
                return [("Frau" if p.gender == "f" else "Herrn", None)]
            if attr == "email":
                return [(p.email, "EMAIL")]
            if attr == "phone":
                return [(p.phone, "PHONE")]
            if attr == "mobile":
                return [(phone(rng, p.country if p.country in PHONE_COUNTRY else "DE", mobile=True), "PHONE")]
            if attr == "handle":
                return [("@" + fold(p.first).lower()[:5] + rng.choice(["_trails", ".outdoors", "_climbs", "hikes", "_bergauf", ".unterwegs"]), None)]
            if attr == "workmail":
                return [(f"{fold(p.first).lower()}.{fold(p.last).lower()}@{self.resolve('co.domain')[0][0]}", "EMAIL")]
            if attr == "sie":
                return [("Sie" if True else "", None)]
            raise KeyError(slot)
        if re.fullmatch(r"a\d", head):
            a = self.addr(head)
            A = "STREET_ADDRESS"
            if attr == "line" or attr == "street":
                return [(a.street, A)]
            if attr == "one":
                return [(a.one(), A)]
            if attr == "block":
                return [(a.block(), A)]
            if attr == "blockc":
                return [(a.block(), A), ("\n" + a.country_name, None)]
            if attr == "onec":
                return [(a.one(), A), (", " + a.country_name, None)]
            if attr == "zip":
                return [(a.zip, None)]
            if attr == "town":
                return [(a.town, None)]
            if attr == "townline":
                return [(a.townline, None)]
            if attr == "country":
                return [(a.country_name, None)]
            if attr == "cc":
                return [(a.country, None)]
            raise KeyError(slot)
        if head == "force":  # fixes the record's address/phone country; put it first in a template
            self.rec_country = attr.upper()
            return []
        if head == "co":
            if attr == "name":
                return [(common.company(rng, lang), None)]
            if attr == "domain":
                return [(rng.choice(PARTNER_DOMAINS), None)]
            if attr == "role":
                return [(f"{rng.choice(ROLE_LOCALS)}@{self.resolve('co.domain')[0][0]}", "EMAIL")]
            if attr == "phone":
                return [(phone(rng, rng.choice(["DE", "AT", "CH"] if lang == "de" else ["GB", "IE", "US"])), "PHONE")]
        if head == "shop":
            if attr == "role":
                return [(f"{rng.choice(ROLE_LOCALS[:7] if lang == 'en' else ROLE_LOCALS[6:])}@{SHOP_DOMAIN[lang]}", "EMAIL")]
        if re.fullmatch(r"iban\d?", head):
            cc = attr.upper() if attr else rng.choice(["DE", "DE", "AT", "CH"] if lang == "de" else ["GB", "IE", "DE", "NL", "FR"])
            return [(common.iban(rng, cc, grouped=rng.random() < 0.65), "IBAN")]
        if re.fullmatch(r"card\d?", head):
            return [(common.credit_card(rng), "CREDIT_CARD")]
        if re.fullmatch(r"tax\d?", head):
            return [(common.de_tax_id(rng), "DE_TAX_ID")]
        if re.fullmatch(r"ip\d?", head):
            return [(common.ipv4(rng), "IP_ADDRESS")]
        if re.fullmatch(r"ipsix\d?", head):
            return [(common.ipv6(rng), "IP_ADDRESS")]
        if re.fullmatch(r"ipx\d?", head):
            return [(common.ip(rng), "IP_ADDRESS")]
        if re.fullmatch(r"ph\d?", head):
            c = attr.upper() if attr else self.rec_country
            return [(phone(rng, c, mobile=rng.random() < 0.5), "PHONE")]
        if head in ("d", "d2", "d3"):
            v = distractor_extra(attr, rng, lang)
            if v is None:
                v = common.distractor(attr, rng, lang)
            return [(v, None)]
        if head in self.phrases:
            return [(rng.choice(self.phrases[head]), None)]
        raise KeyError(slot)


# ---------------------------------------------------------------- checks

EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}$")


def check_entity(e):
    v, t = e["value"], e["type"]
    assert v == v.strip() and v, e
    if t == "IBAN":
        assert common.iban_valid(v), e
    elif t == "CREDIT_CARD":
        digits = re.sub(r"[ -]", "", v)
        assert digits.isdigit() and common.luhn_valid(digits), e
        assert (digits[0] == "4" and len(digits) == 16) or (digits[:2] in ("34", "37") and len(digits) == 15) or (51 <= int(digits[:2]) <= 55 and len(digits) == 16) or (2221 <= int(digits[:4]) <= 2720) or digits.startswith("6011"), e
    elif t == "DE_TAX_ID":
        assert common.de_tax_id_valid(v), e
    elif t == "IP_ADDRESS":
        ipaddress.ip_address(v)
    elif t == "EMAIL":
        assert EMAIL_RE.match(v), e
    elif t == "PHONE":
        n = sum(c.isdigit() for c in v)
        assert 7 <= n <= 15, e


def check_record(text, ents):
    """Raises AssertionError on a bad record; the caller draws again."""
    last_end = -1
    for e in sorted(ents, key=lambda x: x["start"]):
        assert text[e["start"] : e["end"]] == e["value"], e
        assert e["start"] >= last_end, ("overlap", e)
        last_end = e["end"]
        check_entity(e)
    # no unlabelled whole-word copy of a labelled value (outside other spans)
    spans = [(e["start"], e["end"]) for e in ents]
    for e in ents:
        v = e["value"]
        for m in re.finditer(r"(?<![\w@.])" + re.escape(v) + r"(?![\w@])", text):
            if not any(s <= m.start() and m.end() <= t for s, t in spans):
                raise AssertionError(("unlabelled copy", v))
    # PERSON parts: a labelled surname must not reappear unlabelled
    for e in ents:
        if e["type"] != "PERSON":
            continue
        for part in re.split(r"[ ,]+", e["value"]):
            if len(part) < 3 or part.endswith("."):
                continue
            for m in re.finditer(r"(?<![\w@.])" + re.escape(part) + r"(?![\w@])", text):
                if not any(s <= m.start() and m.end() <= t for s, t in spans):
                    raise AssertionError(("unlabelled name part", part))


def check_clean(text):
    assert "@" not in text or re.search(r"@\w", text) is None or not re.search(r"\S+@\S+\.\w+", text), text
    for m in re.finditer(r"\b(?:\d{1,3}\.){3}\d{1,3}\b", text):
        try:
            ipaddress.ip_address(m.group(0))
        except ValueError:
            continue
        raise AssertionError(("ip in clean", m.group(0)))
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", text):
        assert not common.iban_valid(m.group(0)), text
