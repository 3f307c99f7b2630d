"""Core of the second PII bank (dev2 / heldout2): people, addresses, phone numbers, distractors and
the slot resolver its templates are filled by.

Written independently of the first bank's templates and of the recognizer's rules. It reuses only
`common.py`'s Faker loader, the checksummed values (IBAN, card, German tax ID, GTIN) and the
template renderer (`{slot}` and `((a|b))` alternatives).

Slots (lower case, dot-separated):

    {p1.full} {p1.first} {p1.last} {p1.hon} {p1.honfull} ...   a person (see Person2.forms)
    {a1.block} {a1.line} {a1.street} {a1.town} ...              an address of the text's country
    {a1.block.gb}                                               an address of a given country
    {phone} {phone.mobile} {phone.fr}                           a phone number
    {iban} {iban.at} {card} {ip} {ip4} {ip6} {taxid}            values with their own types
    {d.order} {d.gtin} ...                                      distractors (never labelled)
    {w.date} {w.time} {co} {shop} {prod} ...                    unlabelled fillers
    {x.name}                                                    a composite written in Python

Composites (thread headers, exports, guest lists ...) pick their layout variants with `ctx.pick`,
which only ever sees one half of a variant list: the even positions for dev2, the odd ones for
heldout2, the same rule as for the template lists themselves.
"""

import datetime as dt
import random

from common import credit_card, de_tax_id, fake, gtin13, render_pieces
from common import iban as _iban

# ---------------------------------------------------------------- name locales

NAME_LOCALES = {
    "en": {
        "en_US": 20, "en_GB": 20, "en_IE": 9, "de_DE": 7, "fr_FR": 5, "it_IT": 5, "es_ES": 5,
        "nl_NL": 4, "nl_BE": 2, "pl_PL": 4, "tr_TR": 3, "pt_PT": 3, "hu_HU": 2, "hr_HR": 2,
        "de_AT": 2, "de_CH": 2, "da_DK": 1, "sv_SE": 1, "cs_CZ": 1, "ro_RO": 1,
    },
    "de": {
        "de_DE": 38, "de_AT": 12, "de_CH": 10, "tr_TR": 6, "pl_PL": 6, "it_IT": 4, "hr_HR": 3,
        "fr_FR": 3, "es_ES": 2, "pt_PT": 2, "hu_HU": 2, "nl_NL": 2, "en_GB": 3, "en_US": 2,
        "en_IE": 1, "cs_CZ": 1, "ro_RO": 1, "fr_CH": 1, "nl_BE": 1,
    },
}

# countries of addresses and phone numbers per text language
COUNTRIES = {
    "en": {"US": 28, "GB": 28, "IE": 12, "DE": 10, "FR": 5, "NL": 4, "AT": 4, "CH": 4, "IT": 3},
    "de": {"DE": 60, "AT": 18, "CH": 15, "GB": 2, "US": 1, "FR": 2, "NL": 1, "IT": 1},
}

IRISH_SCOTS = [
    "O'Brien", "O'Sullivan", "O'Connor", "O'Neill", "O'Reilly", "O'Donnell", "O'Mahony", "O'Keeffe",
    "O'Shea", "O'Leary", "O'Hara", "O'Dwyer", "McCarthy", "McLoughlin", "McGrath", "McKenna",
    "McDonagh", "MacNamara", "McAllister", "McBride", "MacLeod", "McIntyre", "MacKenzie", "McGowan",
]

PARTICLES = {
    "de_DE": ["von ", "von der ", "zu ", "vom "],
    "de_AT": ["von "],
    "de_CH": ["von ", "de "],
    "fr_FR": ["de ", "de la ", "Le ", "du "],
    "fr_CH": ["de ", "de la "],
    "it_IT": ["De ", "Di ", "Lo ", "Dalla "],
    "es_ES": ["de la ", "del ", "de "],
    "pt_PT": ["da ", "dos ", "de "],
}


def _fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    s = s.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    s = s.translate(str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"}))
    import unicodedata

    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in ".-"))


FREEMAIL = {
    "en": ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.com", "icloud.com", "me.com", "live.ie", "eircom.net", "sky.com", "fastmail.com", "protonmail.com", "comcast.net"],
    "de": ["gmx.de", "gmx.at", "gmx.ch", "web.de", "t-online.de", "gmail.com", "posteo.de", "bluewin.ch", "aon.at", "icloud.com", "outlook.de", "yahoo.de", "mailbox.org", "hotmail.de"],
}

HON = {
    "de": {"f": ["Frau", "Frau", "Frau", "Frau Dr.", "Fr.", "Frau Mag.", "Frau Prof."], "m": ["Herr", "Herr", "Herr", "Herr Dr.", "Hr.", "Herr Dipl.-Ing.", "Herr Ing."]},
    "en": {"f": ["Ms", "Ms.", "Mrs", "Mrs.", "Miss", "Dr", "Dr."], "m": ["Mr", "Mr.", "Mr", "Mr.", "Dr", "Dr.", "Prof."]},
}


class Person2:
    """A person with every written form of the name a template may ask for."""

    def __init__(self, ctx, locale: str):
        rng = ctx.rng
        f = fake(locale, rng)
        self.locale = locale
        self.gender = rng.choice("fm")
        first = f.first_name_female() if self.gender == "f" else f.first_name_male()
        try:
            last = f.last_name_female() if self.gender == "f" else f.last_name_male()
        except AttributeError:
            last = f.last_name()
        r = rng.random()
        if locale in ("es_ES", "pt_PT") and r < 0.45:
            last = f"{last} {f.last_name()}"
        elif locale in PARTICLES and r < 0.08:
            p = rng.choice(PARTICLES[locale])
            last = p + last
        elif locale in ("en_GB", "en_US", "en_IE") and r < 0.1:
            last = rng.choice(IRISH_SCOTS)
        elif r < (0.14 if locale.startswith("de") else 0.06):
            other = f.last_name()
            if other != last and " " not in other and " " not in last:
                last = f"{last}-{other}"
        if "'" in last and rng.random() < 0.15:
            last = last.replace("'", "\u2019")
        if rng.random() < 0.07 and " " not in first and "-" not in first:
            second = f.first_name_female() if self.gender == "f" else f.first_name_male()
            if second != first and " " not in second:
                first = f"{first} {second}"
        self.first = first
        self.last = last
        self.given = first.split(" ")[0]  # the name people use in a greeting
        self.full = f"{first} {last}"
        self.lang = ctx.lang
        hons = HON[ctx.lang][self.gender]
        self.hon = rng.choice(hons)
        self.hon_en = rng.choice(HON["en"][self.gender])
        self.hon_de = rng.choice(HON["de"][self.gender])
        self._phone = None
        self._rng = rng
        self._ctx = ctx
        self.email = self._email(rng.choice(FREEMAIL[ctx.lang]))
        self.work_email = self._email(ctx.company_domain, work=True)

    def _email(self, domain: str, work: bool = False) -> str:
        rng = self._rng
        fi, la = _fold(self.given).lower(), _fold(self.last.replace(" ", "")).lower().replace("'", "")
        la = la.replace("\u2019", "")
        if work:
            local = rng.choice([f"{fi}.{la}", f"{fi}.{la}", f"{fi[0]}.{la}", f"{fi[0]}{la}", f"{fi}", f"{la}"])
        else:
            local = rng.choice([
                f"{fi}.{la}", f"{fi}{la}", f"{fi}_{la}", f"{fi[0]}{la}{rng.randint(1, 99)}", f"{la}.{fi}",
                f"{fi}.{la}{rng.randint(60, 99)}", f"{fi}{rng.randint(1, 2005)}", f"{la}{fi[0]}",
            ])
        local = local.strip(".-_") or "info"
        return f"{local}@{domain}"

    def phone(self) -> str:
        """The person's own number: mostly of the text's country, sometimes of the country their
        name comes from (a Polish mobile in a German CRM note)."""
        if self._phone is None:
            rng = self._rng
            country = self._ctx.country
            home = LOCALE_COUNTRY.get(self.locale)
            if home and rng.random() < 0.25:
                country = home
            self._phone = phone2(rng, country, rng.choice(["mobile", "mobile", "any"]))
        return self._phone

    # -- the written forms: list of (text, label) pieces
    def forms(self, attr: str, ctx):
        rng = ctx.rng
        P = "PERSON"
        g, la = self.given, self.last
        if attr == "full":
            return [(self.full, P)]
        if attr == "first":
            return [(g, P)]
        if attr == "firsts":  # all given names
            return [(self.first, P)]
        if attr == "last":
            return [(la, P)]
        if attr == "hon":  # honorific of the text's language + surname
            return [(self.hon + " ", None), (la, P)]
        if attr == "hon_en":
            return [(self.hon_en + " ", None), (la, P)]
        if attr == "hon_de":
            return [(self.hon_de + " ", None), (la, P)]
        if attr == "honfull":
            return [(self.hon + " ", None), (self.full, P)]
        if attr == "hondat":  # German dative/accusative: Herrn, Frau
            h = self.hon_de
            if h.startswith("Herr"):
                h = "Herrn" + h[4:]
            if h.startswith("Hr."):
                h = "Hrn."
            return [(h + " ", None), (la, P)]
        if attr == "hondatfull":
            h = "Herrn" if self.gender == "m" else "Frau"
            return [(h + " ", None), (self.full, P)]
        if attr == "herrfrau":  # plain Herr/Frau, for an address block
            return [("Herr" if self.gender == "m" else "Frau", None)]
        if attr == "herrnfrau":
            return [("Herrn" if self.gender == "m" else "Frau", None)]
        if attr == "mrms":
            return [("Mr" if self.gender == "m" else rng.choice(["Ms", "Mrs"]), None)]
        if attr == "sgh":  # Sehr geehrte Frau X / Sehr geehrter Herr X
            s = "Sehr geehrter Herr " if self.gender == "m" else "Sehr geehrte Frau "
            if rng.random() < 0.2:
                s += "Dr. "
            return [(s, None), (la, P)]
        if attr == "dear":
            s = "Dear Mr " if self.gender == "m" else rng.choice(["Dear Ms ", "Dear Mrs "])
            return [(s, None), (la, P)]
        if attr == "liebe":
            return [("Lieber " if self.gender == "m" else "Liebe ", None), (g, P)]
        if attr == "initlast":  # A. Berger
            return [(f"{g[0]}. {la}", P)]
        if attr == "firstinit":  # Anna B.
            return [(f"{g} {la[0] if not la[0].islower() else la.split(' ')[-1][0]}.", P)]
        if attr == "lastfirst":  # Berger, Anna
            return [(f"{la}, {self.first}", P)]
        if attr == "upperlast":  # BERGER, Anna / BERGER Anna
            sep = rng.choice([", ", " "])
            return [(f"{la.upper()}{sep}{self.first}", P)]
        if attr == "upper":
            return [(self.full.upper(), P)]
        if attr == "lower":  # (Turkish İ lower-cases to i + combining dot in Python; people type i)
            return [(self.full.lower().replace("i\u0307", "i"), P)]
        if attr == "lfirst":
            return [(g.lower().replace("i\u0307", "i"), P)]
        if attr == "email":
            return [(self.email, "EMAIL")]
        if attr == "wemail":
            return [(self.work_email, "EMAIL")]
        if attr == "shopemail":  # a colleague at the shop
            fi, la = _fold(self.given).lower(), _fold(self.last.replace(" ", "")).lower().replace("'", "").replace("\u2019", "")
            dom = "talgrat.de" if ctx.lang == "de" else "talgrat.com"
            return [(rng.choice([f"{fi}.{la}", f"{fi[0]}.{la}", fi]) + "@" + dom, "EMAIL")]
        if attr == "phone":
            return [(self.phone(), "PHONE")]
        if attr == "disp":  # a display name in a mail header, sometimes quoted
            r = rng.random()
            if r < 0.55:
                return [(self.full, P)]
            if r < 0.8:
                return [('"', None), (f"{la}, {self.first}", P), ('"', None)]
            return [(f"{la}, {self.first}", P)]
        if attr == "er":
            return [("er" if self.gender == "m" else "sie", None)]
        if attr == "Er":
            return [("Er" if self.gender == "m" else "Sie", None)]
        if attr == "ihn":
            return [("ihn" if self.gender == "m" else "sie", None)]
        if attr == "ihm":
            return [("ihm" if self.gender == "m" else "ihr", None)]
        if attr == "sein":
            return [("sein" if self.gender == "m" else "ihr", None)]
        if attr == "mutter":
            return [("Vater" if self.gender == "m" else "Mutter", None)]
        if attr == "mother":
            return [("father" if self.gender == "m" else "mother", None)]
        if attr == "kunde":
            return [("Kunde" if self.gender == "m" else "Kundin", None)]
        if attr == "he":
            return [("he" if self.gender == "m" else "she", None)]
        if attr == "He":
            return [("He" if self.gender == "m" else "She", None)]
        if attr == "his":
            return [("his" if self.gender == "m" else "her", None)]
        raise KeyError(attr)


# ---------------------------------------------------------------- addresses

DE_STREETS = [
    "Lindenstraße", "Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße", "Gartenstraße",
    "Kirchweg", "Am Mühlbach", "Im Winkel", "Auf dem Berg", "Alte Dorfstraße", "Zur Linde",
    "An der Kirche", "Marktplatz", "Brunnenstraße", "Feldstraße", "Friedrich-Ebert-Straße",
    "Kastanienallee", "Oranienstraße", "Hohe Straße", "Sonnenstraße", "Leopoldstraße", "Theresienhöhe",
    "Am Kuhberg", "Hinterm Hagen", "Mittlerer Pfad", "Wiesenweg", "Rosenstraße", "Ringstraße",
    "Bergstraße", "Mühlenweg", "Am Sportplatz", "In der Aue", "Kleine Gasse", "Schloßstraße",
    "Weißdornweg", "Sophie-Scholl-Straße", "Hermann-Löns-Weg", "Großer Burstah", "Königsallee",
    "Prinz-Albert-Straße", "Alter Markt", "Unterer Graben", "Zum Steinbruch", "Heerstraße",
]
AT_STREETS = [
    "Mariahilfer Straße", "Favoritenstraße", "Landstraßer Hauptstraße", "Herrengasse", "Linzer Gasse",
    "Wiedner Hauptstraße", "Praterstraße", "Annenstraße", "Maria-Theresien-Straße", "Museumstraße",
    "Getreidegasse", "Schmiedgasse", "Hietzinger Hauptstraße", "Lerchenfelder Gürtel", "Kaiserstraße",
    "Sackstraße", "Anichstraße", "Bahnhofplatz", "Kirchengasse", "Dorfstraße",
]
CH_STREETS = [
    "Bahnhofstrasse", "Limmatquai", "Seefeldstrasse", "Badenerstrasse", "Marktgasse", "Spalenberg",
    "Rennweg", "Kramgasse", "Freie Strasse", "Pilatusstrasse", "Multergasse", "Dorfstrasse",
    "Hauptgasse", "Zürcherstrasse", "Seestrasse", "Obere Gasse", "Rathausgasse", "Gerechtigkeitsgasse",
]
CH_FR_STREETS = ["Avenue de la Gare", "Rue de Bourg", "Chemin des Vignes", "Rue du Marché", "Avenue de Cour"]
GB_STEMS = [
    "Mill", "Church", "Victoria", "Station", "Park", "Queen's", "King's", "Manor", "Oak", "Elm",
    "Beech", "Chapel", "Orchard", "Meadow", "Bridge", "Castle", "Windsor", "Albert", "Mayfield",
    "St Mary's", "Highfield", "Grange", "Wellington", "Brook", "Kingsley", "Hawthorn", "Derwent",
    "Thornton", "Cavendish", "Ashdown", "Belmont", "Riverside", "Cromwell", "Gladstone",
]
GB_SUFFIX = ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Gardens", "Crescent", "Terrace", "Way", "Grove", "Place", "Mews", "Row", "Walk"]
US_STEMS = [
    "Maple", "Oak", "Pine", "Cedar", "Elm", "Washington", "Lake", "Hill", "Sunset", "Park", "Ridge",
    "Willow", "Highland", "Forest", "River", "Spring", "Valley", "Meadow", "Lincoln", "Jefferson",
    "Main", "Market", "Broadway", "Cherry", "Aspen", "Juniper", "Sycamore", "Magnolia", "Chestnut",
    "Franklin", "Madison", "Hawthorne", "Bayview", "Canyon", "Summit", "Mill Creek", "Prospect",
]
US_SUFFIX = ["St", "Street", "Ave", "Avenue", "Blvd", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Way", "Ct", "Pl", "Ter", "Pkwy"]
IE_STREETS = [
    "Main Street", "Church Road", "Bridge Street", "Castle Street", "Station Road", "Patrick Street",
    "Shop Street", "O'Connell Street", "Mill Road", "Abbey Street", "Strand Road", "Green Lane",
    "Marine Terrace", "Dublin Road", "Lower Baggot Street", "Upper Leeson Street", "Friar's Walk",
]
IE_ESTATES = ["The Maltings", "Ashgrove", "Cherry Court", "Millbrook", "Oakfield Park", "Riverside Manor", "Beechwood Close"]
IT_STREETS = ["Via Roma", "Via Giuseppe Verdi", "Corso Vittorio Emanuele II", "Via Dante Alighieri", "Via dei Mille", "Viale Monza", "Via Garibaldi", "Piazza del Duomo", "Via San Francesco"]

# town, postcode pattern (digits drawn for every '#')
DE_TOWNS = [
    ("Berlin", "1####"), ("München", "80###"), ("München", "81###"), ("Hamburg", "2####"), ("Köln", "50###"),
    ("Frankfurt am Main", "60###"), ("Stuttgart", "70###"), ("Leipzig", "04###"), ("Dresden", "01###"),
    ("Nürnberg", "90###"), ("Freiburg im Breisgau", "791##"), ("Hannover", "30###"), ("Bremen", "28###"),
    ("Münster", "481##"), ("Regensburg", "930##"), ("Augsburg", "861##"), ("Kiel", "241##"),
    ("Rostock", "180##"), ("Erfurt", "990##"), ("Mainz", "551##"), ("Bonn", "531##"),
    ("Garmisch-Partenkirchen", "82467"), ("Bad Tölz", "83646"), ("Oberstdorf", "87561"),
    ("Berchtesgaden", "83471"), ("Lüneburg", "2133#"), ("Görlitz", "0282#"), ("Tübingen", "7207#"),
    ("Würzburg", "970##"), ("Halle", "061##"), ("Düsseldorf", "40###"), ("Kempten", "8743#"),
    ("Saarbrücken", "661##"), ("Offenbach am Main", "630##"), ("Weißenburg in Bayern", "91781"),
]
AT_TOWNS = [
    ("Wien", "1{d2}0"), ("Graz", "80{d1}0"), ("Linz", "40{d1}0"), ("Salzburg", "502#"), ("Innsbruck", "6020"),
    ("Klagenfurt am Wörthersee", "9020"), ("Villach", "9500"), ("St. Pölten", "3100"), ("Bregenz", "6900"),
    ("Dornbirn", "6850"), ("Leoben", "8700"), ("Kitzbühel", "6370"), ("Bad Ischl", "4820"), ("Wels", "4600"),
    ("Schwaz", "6130"), ("Zell am See", "5700"),
]
CH_TOWNS = [
    ("Zürich", "80##"), ("Bern", "30##"), ("Basel", "40##"), ("Luzern", "600#"), ("St. Gallen", "90##"),
    ("Winterthur", "840#"), ("Chur", "7000"), ("Zug", "6300"), ("Thun", "3600"), ("Davos Platz", "7270"),
    ("Interlaken", "3800"), ("Schaffhausen", "8200"), ("Aarau", "5000"), ("Baden", "5400"), ("Uster", "8610"),
]
CH_FR_TOWNS = [("Lausanne", "100#"), ("Genève", "120#"), ("Neuchâtel", "2000"), ("Fribourg", "1700")]
GB_TOWNS = [
    ("London", "LONDON"), ("Manchester", "M"), ("Leeds", "LS"), ("Bristol", "BS"), ("Edinburgh", "EH"),
    ("Glasgow", "G"), ("Cardiff", "CF"), ("Belfast", "BT"), ("York", "YO"), ("Brighton", "BN"),
    ("Oxford", "OX"), ("Cambridge", "CB"), ("Norwich", "NR"), ("Bath", "BA"), ("Inverness", "IV"),
    ("Fort William", "PH33"), ("Kendal", "LA9"), ("Keswick", "CA12"), ("Sheffield", "S"), ("Nottingham", "NG"),
    ("Aberystwyth", "SY23"), ("Harrogate", "HG"), ("Exeter", "EX"), ("Penzance", "TR18"),
]
IE_TOWNS = [
    ("Dublin 2", "D02"), ("Dublin 4", "D04"), ("Dublin 6", "D06"), ("Dublin 8", "D08"), ("Cork", "T12"),
    ("Cork", "T23"), ("Galway", "H91"), ("Limerick", "V94"), ("Waterford", "X91"), ("Kilkenny", "R95"),
    ("Sligo", "F91"), ("Westport, Co. Mayo", "F28"), ("Ballina, Co. Mayo", "F26"), ("Killarney, Co. Kerry", "V93"),
    ("Dún Laoghaire, Co. Dublin", "A96"), ("Bray, Co. Wicklow", "A98"), ("Athlone, Co. Westmeath", "N37"),
]
US_TOWNS = [
    ("Portland", "OR", "972"), ("Seattle", "WA", "981"), ("Denver", "CO", "802"), ("Boulder", "CO", "803"),
    ("Salt Lake City", "UT", "841"), ("Austin", "TX", "787"), ("San Francisco", "CA", "941"),
    ("Santa Cruz", "CA", "950"), ("Burlington", "VT", "054"), ("Asheville", "NC", "288"), ("Boise", "ID", "837"),
    ("Bozeman", "MT", "597"), ("Madison", "WI", "537"), ("Minneapolis", "MN", "554"), ("Chicago", "IL", "606"),
    ("Brooklyn", "NY", "112"), ("Boston", "MA", "021"), ("Flagstaff", "AZ", "860"), ("Bend", "OR", "977"),
    ("Missoula", "MT", "598"), ("Anchorage", "AK", "995"), ("Ann Arbor", "MI", "481"), ("Durham", "NC", "277"),
]
FR_TOWNS = [
    ("Paris", "750{d2}"), ("Lyon", "6900#"), ("Marseille", "130{d2}"), ("Annecy", "74000"),
    ("Chamonix-Mont-Blanc", "74400"), ("Grenoble", "38000"), ("Strasbourg", "67000"), ("Bordeaux", "33000"),
    ("Lille", "59000"), ("Nantes", "44000"), ("Toulouse", "31000"), ("Montpellier", "34000"), ("Rennes", "35000"),
]
NL_TOWNS = [
    ("Amsterdam", "10##"), ("Utrecht", "35##"), ("Rotterdam", "30##"), ("Den Haag", "25##"), ("Haarlem", "20##"),
    ("Groningen", "97##"), ("Eindhoven", "56##"), ("Nijmegen", "65##"), ("Leiden", "23##"), ("Maastricht", "62##"),
]
IT_TOWNS = [("Milano", "201##", "MI"), ("Torino", "101##", "TO"), ("Bolzano", "39100", "BZ"), ("Bologna", "401##", "BO"), ("Trento", "38122", "TN"), ("Verona", "371##", "VR")]

COUNTRY_NAMES = {
    "de": {"DE": ["Deutschland", "DEUTSCHLAND"], "AT": ["Österreich", "ÖSTERREICH"], "CH": ["Schweiz", "SCHWEIZ"], "GB": ["Großbritannien", "UK"], "IE": ["Irland"], "US": ["USA"], "FR": ["Frankreich", "FRANCE"], "NL": ["Niederlande"], "IT": ["Italien"]},
    "en": {"DE": ["Germany", "GERMANY"], "AT": ["Austria", "AUSTRIA"], "CH": ["Switzerland"], "GB": ["United Kingdom", "UK"], "IE": ["Ireland", "IRELAND"], "US": ["USA", "United States"], "FR": ["France", "FRANCE"], "NL": ["The Netherlands", "Netherlands"], "IT": ["Italy", "ITALY"]},
}

POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789"


def _digits(rng, pattern: str) -> str:
    out = pattern.replace("{d2}", f"{rng.randint(1, 16):02d}").replace("{d1}", str(rng.randint(1, 6)))
    return "".join(str(rng.randint(0, 9)) if c == "#" else c for c in out)


class Address2:
    """A postal address in its country's layout. `lines` is the block from the first street line to
    the town/postcode line (the labelled part); `country` is never part of it."""

    def __init__(self, rng: random.Random, country: str, lang: str):
        self.rng = rng
        self.country = country
        self.lang = lang
        self.country_name = rng.choice(COUNTRY_NAMES[lang][country])
        getattr(self, "_" + country.lower())()

    def _num(self, top=120):
        rng = self.rng
        n = str(rng.choice([rng.randint(1, 30), rng.randint(1, top)]))
        return n

    def _de(self):
        rng = self.rng
        street = rng.choice(DE_STREETS) if rng.random() < 0.55 else fake("de_DE", rng).street_name()
        if rng.random() < 0.2 and street.endswith("straße"):
            street = street[:-6] + "str."
        no = self._num()
        r = rng.random()
        if r < 0.12:
            no += rng.choice(["a", "b", "c", "A"])
        elif r < 0.16:
            no = f"{no}–{int(no) + 2}"
        elif r < 0.19:
            no = f"{no} {rng.choice(['a', 'b'])}"
        if rng.random() < 0.6:
            town, pat = rng.choice(DE_TOWNS)
            zipc = _digits(rng, pat)
        else:
            f = fake("de_DE", rng)
            town, zipc = f.city(), f.postcode()
        if rng.random() < 0.08:
            zipc = "D-" + zipc
        self.street = f"{street} {no}"
        self.first_lines = [self.street]
        self.zip, self.town = zipc, town
        self.town_line = f"{zipc} {town}"

    def _at(self):
        rng = self.rng
        street = rng.choice(AT_STREETS) if rng.random() < 0.6 else fake("de_AT", rng).street_name()
        no = self._num(90)
        r = rng.random()
        if r < 0.2:
            no += f"/{rng.randint(1, 4)}/{rng.randint(1, 30)}"
        elif r < 0.35:
            no += f"/{rng.randint(1, 25)}"
        elif r < 0.47:
            no += f", Stiege {rng.randint(1, 4)}, Top {rng.randint(1, 30)}"
        elif r < 0.55:
            no += f"/Stiege {rng.randint(1, 4)}/Top {rng.randint(1, 30)}"
        elif r < 0.6:
            no += f"/Top {rng.randint(1, 30)}"
        town, pat = rng.choice(AT_TOWNS)
        zipc = _digits(rng, pat)
        if rng.random() < 0.25:
            zipc = rng.choice(["A-", "A-", "AT-"]) + zipc
        self.street = f"{street} {no}"
        self.first_lines = [self.street]
        self.zip, self.town = zipc, town
        self.town_line = f"{zipc} {town}"

    def _ch(self):
        rng = self.rng
        if rng.random() < 0.15:
            street, (town, pat) = rng.choice(CH_FR_STREETS), rng.choice(CH_FR_TOWNS)
        else:
            street = rng.choice(CH_STREETS) if rng.random() < 0.6 else fake("de_CH", rng).street_name()
            town, pat = rng.choice(CH_TOWNS)
        no = self._num(80)
        if rng.random() < 0.1:
            no += rng.choice(["a", "b"])
        zipc = _digits(rng, pat)
        if rng.random() < 0.3:
            zipc = "CH-" + zipc
        self.street = f"{street} {no}"
        self.first_lines = [self.street]
        self.zip, self.town = zipc, town
        self.town_line = f"{zipc} {town}"

    def _gb_postcode(self, area):
        rng = self.rng
        if area == "LONDON":
            out = rng.choice(["SW", "SE", "N", "NW", "E", "W", "EC", "WC"]) + str(rng.randint(1, 19))
            if out.startswith(("EC", "WC")):
                out = out[:2] + str(rng.randint(1, 2)) + rng.choice("AMNRVY")
        elif area[-1].isdigit():
            out = area
        else:
            out = area + str(rng.randint(1, 28))
        return f"{out} {rng.randint(1, 9)}{rng.choice(POSTCODE_LETTERS)}{rng.choice(POSTCODE_LETTERS)}"

    def _gb(self):
        rng = self.rng
        street = f"{rng.choice(GB_STEMS)} {rng.choice(GB_SUFFIX)}"
        self.street = f"{self._num(180)} {street}"
        town, area = rng.choice(GB_TOWNS)
        self.zip, self.town = self._gb_postcode(area), town
        r = rng.random()
        self.first_lines = [self.street]
        if r < 0.18:
            flat = f"Flat {rng.choice([str(rng.randint(1, 24)), str(rng.randint(1, 6)) + rng.choice('ABCD')])}"
            if rng.random() < 0.5:
                self.street = f"{flat}, {self.street}"
                self.first_lines = [self.street]
            else:
                self.first_lines = [flat, self.street]
        elif r < 0.24:
            house = rng.choice(["Rose Cottage", "The Old Forge", "Hillcrest", "Ivy House", "2 The Stables"])
            self.first_lines = [house, self.street]
        self.town_lines = [rng.choice([town, town.upper()]), self.zip] if rng.random() < 0.45 else [f"{town} {self.zip}"]
        self.town_line = f"{town} {self.zip}"

    def _ie(self):
        rng = self.rng
        town, key = rng.choice(IE_TOWNS)
        eir = key + " " + "".join(rng.choice(EIRCODE_CHARS) for _ in range(4))
        if rng.random() < 0.2:
            eir = eir.replace(" ", "")
        if rng.random() < 0.25:
            self.street = f"{rng.randint(1, 60)} {rng.choice(IE_ESTATES)}"
        else:
            self.street = f"{self._num(90)} {rng.choice(IE_STREETS)}"
        if rng.random() < 0.15:
            self.street = f"Apartment {rng.randint(1, 40)}, {self.street}"
        self.first_lines = [self.street]
        self.zip, self.town = eir, town
        self.town_lines = [town, eir] if rng.random() < 0.5 else [f"{town} {eir}"]
        self.town_line = f"{town} {eir}"

    def _us(self):
        rng = self.rng
        street = f"{rng.randint(10, 9899)} {rng.choice(['', '', '', 'N ', 'S ', 'E ', 'W ', 'NE '])}{rng.choice(US_STEMS)} {rng.choice(US_SUFFIX)}"
        unit = ""
        r = rng.random()
        if r < 0.12:
            unit = f", Apt {rng.choice([str(rng.randint(1, 40)), str(rng.randint(1, 9)) + rng.choice('ABCD')])}"
        elif r < 0.22:
            unit = f", Suite {rng.randint(100, 990)}"
        elif r < 0.27:
            unit = f" #{rng.randint(2, 40)}"
        elif r < 0.3:
            unit = f", Unit {rng.randint(1, 20)}"
        town, state, z = rng.choice(US_TOWNS)
        zipc = z + f"{rng.randint(0, 99):02d}"
        if rng.random() < 0.25:
            zipc += f"-{rng.randint(0, 9999):04d}"
        self.street = street + unit
        self.first_lines = [self.street]
        self.zip, self.town = zipc, town
        self.town_line = f"{town}, {state} {zipc}"
        if rng.random() < 0.1:
            self.town_line = f"{town.upper()} {state} {zipc}"

    def _fr(self):
        rng = self.rng
        street = fake("fr_FR", rng).street_name()
        no = str(rng.randint(1, 140))
        if rng.random() < 0.2:
            no += rng.choice([" bis", " ter", "bis"])
        self.street = f"{no}{',' if rng.random() < 0.15 else ''} {street}"
        self.first_lines = [self.street]
        if rng.random() < 0.12:
            self.first_lines = [f"Bâtiment {rng.choice('ABC')}, appt {rng.randint(1, 60)}", self.street]
        town, pat = rng.choice(FR_TOWNS)
        self.zip, self.town = _digits(rng, pat), town
        self.town_line = f"{self.zip} {town if rng.random() < 0.7 else town.upper()}"

    def _nl(self):
        rng = self.rng
        street = fake("nl_NL", rng).street_name() if rng.random() < 0.5 else rng.choice(["Keizersgracht", "Prinsengracht", "Oudegracht", "Lange Voorhout", "Vismarkt", "Kerkstraat", "Dorpsstraat", "Stationsweg"])
        no = str(rng.randint(1, 300)) + rng.choice(["", "", "", "-H", "-2", " A", "bis"])
        town, pat = rng.choice(NL_TOWNS)
        zipc = _digits(rng, pat) + rng.choice([" ", " ", ""]) + rng.choice("ABCEGHJKLMNPRSTVWXZ") + rng.choice("ABCEGHJKLMNPRSTVWXZ")
        self.street = f"{street} {no}"
        self.first_lines = [self.street]
        self.zip, self.town = zipc, town
        self.town_line = f"{zipc} {town}"

    def _it(self):
        rng = self.rng
        self.street = f"{rng.choice(IT_STREETS)}{rng.choice([' ', ', '])}{rng.randint(1, 120)}"
        town, pat, prov = rng.choice(IT_TOWNS)
        self.zip, self.town = _digits(rng, pat), town
        self.first_lines = [self.street]
        self.town_line = f"{self.zip} {town} {prov}"

    def prep_de(self):
        """The German preposition (with article) that puts this street into running text
        ("in der Lindenstraße 4", "im Kirchweg 2", "am Marktplatz 1"), or None when the name
        would have to be inflected or already starts with a preposition."""
        name = self.street.rsplit(" ", 1)[0] if self.country in ("DE", "AT", "CH") else ""
        name = name.split(",")[0].split("/")[0]
        while name and name.split(" ")[-1][:1].isdigit():  # "Lindenstraße 14 a", ranges
            name = name.rsplit(" ", 1)[0]
        if not name:
            return None
        first = name.split(" ")[0]
        if " " in name and first in ("Alte", "Hohe", "Kleine", "Große", "Obere", "Untere", "Mittlerer", "Freie", "Großer", "Unterer", "Lange", "Neue", "Neuer", "Kleiner", "Alter"):
            return None
        if first in ("Am", "An", "Auf", "Im", "In", "Zum", "Zur", "Hinterm", "Unter", "Vor", "Bei", "Zu", "Avenue", "Rue", "Chemin"):
            return None
        low = name.lower()
        if low.endswith(("straße", "strasse", "str.", "gasse", "allee", "höhe", "zeile", "chaussee", "promenade")):
            return "in der"
        if low.endswith(("weg", "pfad", "ring", "graben", "steig", "damm", "winkel")):
            return "im"
        if low.endswith(("platz", "markt", "quai", "kai", "berg", "gürtel", "hof", "tor")):
            return "am"
        return None

    # -- forms
    def block(self) -> str:
        lines = list(self.first_lines) + list(getattr(self, "town_lines", None) or [self.town_line])
        return "\n".join(lines)

    def line(self) -> str:
        return f"{', '.join(self.first_lines)}, {self.town_line}"

    def inline(self) -> str:
        """Running text: street and town line joined by a comma (one line)."""
        return f"{self.street}, {self.town_line}"


# ---------------------------------------------------------------- phone numbers


def _d(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def phone2(rng: random.Random, country: str, kind: str = "any") -> str:
    """A phone number in one of the formats people write in that country."""
    mobile = kind == "mobile" or (kind == "any" and rng.random() < 0.45)
    c = country
    if c == "DE":
        if mobile:
            pre = rng.choice(["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179"])
            n = _d(rng, rng.choice([7, 8]))
            return rng.choice([f"0{pre} {n}", f"0{pre}/{n}", f"0{pre}-{n}", f"+49 {pre} {n}", f"+49 {pre} {n[:3]} {n[3:]}", f"0049 {pre} {n}", f"0{pre} {n[:3]} {n[3:]}", f"+49{pre}{n}", f"(0{pre}) {n}"])
        area = rng.choice(["30", "40", "89", "221", "69", "711", "351", "341", "511", "911", "761", "8821", "8041", "6221", "421", "2 28", "731", "8322", "3581"]).replace(" ", "")
        n = _d(rng, 9 - len(area) + rng.choice([0, 1]))
        return rng.choice([
            f"0{area} {n}", f"0{area}/{n}", f"0{area} / {n}", f"(0{area}) {n}", f"+49 {area} {n}", f"+49 (0){area} {n}",
            f"+49 (0) {area} {n}", f"0049 {area} {n}", f"0{area}-{n}", f"+49-{area}-{n}", f"0{area} {n[:-4]} {n[-4:]}",
            f"0{area} {n[:-2]}-{n[-2:]}", f"+49 {area} {n[:-3]}-{n[-3:]}",
        ])
    if c == "AT":
        if mobile:
            pre = rng.choice(["650", "660", "664", "676", "680", "681", "688", "699"])
            n = _d(rng, 7)
            return rng.choice([f"0{pre} {n}", f"0{pre}/{n}", f"+43 {pre} {n}", f"+43 {pre} {n[:3]} {n[3:5]} {n[5:]}", f"0043 {pre} {n}", f"+43 (0){pre} {n}", f"0{pre} {n[:3]} {n[3:]}"])
        area = rng.choice(["1", "316", "732", "662", "512", "463", "4242", "2742", "5574", "5356", "6132"])
        n = _d(rng, 10 - len(area) - rng.choice([0, 1]))
        return rng.choice([f"0{area} {n}", f"0{area}/{n}", f"+43 {area} {n}", f"+43 (0){area} {n}", f"0043 {area} {n}", f"0{area} {n[:3]} {n[3:]}"])
    if c == "CH":
        pre = rng.choice(["76", "77", "78", "79"] if mobile else ["44", "31", "61", "41", "71", "52", "81", "21", "22", "33"])
        n = _d(rng, 7)
        g = f"{n[:3]} {n[3:5]} {n[5:]}"
        return rng.choice([f"0{pre} {g}", f"+41 {pre} {g}", f"+41 (0){pre} {g}", f"0041 {pre} {g}", f"0{pre} {n}", f"+41{pre}{n}", f"0{pre}/{n[:3]}.{n[3:5]}.{n[5:]}"])
    if c == "GB":
        if mobile:
            n = _d(rng, 6)
            pre = "7" + rng.choice(["4", "5", "7", "8", "9"]) + _d(rng, 2)
            return rng.choice([f"0{pre} {n}", f"+44 {pre} {n}", f"+44 (0){pre} {n}", f"0{pre}{n}", f"0{pre} {n[:3]} {n[3:]}", f"+44 {pre[:4]} {pre[4:]}{n}"])
        r = rng.random()
        if r < 0.4:
            a, n = rng.choice(["20", "20", "29", "28"]), _d(rng, 8)
            return rng.choice([f"0{a} {n[:4]} {n[4:]}", f"+44 {a} {n[:4]} {n[4:]}", f"+44 (0){a} {n[:4]} {n[4:]}", f"(0{a}) {n[:4]} {n[4:]}"])
        if r < 0.7:
            a, n = rng.choice(["113", "117", "121", "131", "141", "151", "161", "191"]), _d(rng, 7)
            return rng.choice([f"0{a} {n[:3]} {n[3:]}", f"+44 {a} {n[:3]} {n[3:]}", f"(0{a}) {n[:3]} {n[3:]}", f"0{a}-{n[:3]}-{n[3:]}"])
        a, n = "1" + _d(rng, 3), _d(rng, 6)
        return rng.choice([f"0{a} {n}", f"+44 {a} {n}", f"(0{a}) {n}"])
    if c == "IE":
        if mobile:
            pre, n = rng.choice(["83", "85", "86", "87", "89"]), _d(rng, 7)
            return rng.choice([f"0{pre} {n[:3]} {n[3:]}", f"+353 {pre} {n[:3]} {n[3:]}", f"0{pre}-{n}", f"+353 (0){pre} {n[:3]} {n[3:]}", f"0{pre} {n}"])
        a = rng.choice(["1", "21", "91", "61", "51", "94", "66"])
        n = _d(rng, 7 if a == "1" else rng.choice([5, 7]))
        return rng.choice([f"(0{a}) {n[:3]} {n[3:]}", f"0{a} {n[:3]} {n[3:]}", f"+353 {a} {n[:3]} {n[3:]}", f"0{a}-{n}"])
    if c == "US":
        area = f"{rng.randint(2, 9)}{_d(rng, 2)}"
        while area[1:] == "11":
            area = f"{rng.randint(2, 9)}{_d(rng, 2)}"
        ex = f"{rng.randint(2, 9)}{_d(rng, 2)}"
        n = _d(rng, 4)
        return rng.choice([f"({area}) {ex}-{n}", f"{area}-{ex}-{n}", f"{area}.{ex}.{n}", f"+1 {area} {ex} {n}", f"+1 ({area}) {ex}-{n}", f"1-{area}-{ex}-{n}", f"{area} {ex} {n}", f"+1-{area}-{ex}-{n}"])
    if c == "FR":
        pre = rng.choice(["6", "7"]) if mobile else rng.choice(["1", "2", "3", "4", "5", "9"])
        n = [_d(rng, 2) for _ in range(4)]
        return rng.choice([f"0{pre} {' '.join(n)}", f"+33 {pre} {' '.join(n)}", f"0{pre}.{'.'.join(n)}", f"+33 (0){pre} {' '.join(n)}", f"0{pre}{''.join(n)}", f"0033 {pre} {' '.join(n)}"])
    if c == "NL":
        if mobile:
            n = _d(rng, 8)
            return rng.choice([f"06 {n}", f"06-{n}", f"+31 6 {n}", f"+31 (0)6 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"])
        a = rng.choice(["20", "30", "10", "70", "50", "40"])
        n = _d(rng, 7)
        return rng.choice([f"0{a} {n[:3]} {n[3:]}", f"0{a}-{n}", f"+31 {a} {n[:3]} {n[3:]}", f"+31 (0){a} {n}"])
    if c == "IT":
        if mobile:
            pre, n = rng.choice(["320", "333", "338", "340", "347", "349", "366", "392"]), _d(rng, 7)
            return rng.choice([f"{pre} {n}", f"{pre} {n[:3]} {n[3:]}", f"+39 {pre} {n}", f"+39 {pre} {n[:3]} {n[3:]}", f"0039 {pre} {n}"])
        a, n = rng.choice(["02", "06", "011", "0471", "051", "045"]), _d(rng, 7)
        return rng.choice([f"{a} {n}", f"+39 {a} {n[:4]} {n[4:]}", f"{a}/{n}", f"+39 {a} {n}"])
    if c == "ES":
        n = _d(rng, 8)
        pre = rng.choice(["6", "7"]) if mobile else "9"
        return rng.choice([f"{pre}{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+34 {pre}{n[:2]} {n[2:5]} {n[5:]}", f"{pre}{n[:2]} {n[2:5]} {n[5:]}", f"+34 {pre}{n}"])
    if c == "PL":
        n = _d(rng, 9)
        n = rng.choice("5678") + n[1:]
        return rng.choice([f"+48 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", f"+48 {n[:3]}-{n[3:6]}-{n[6:]}", f"0048 {n}"])
    if c == "TR":
        pre, n = rng.choice(["530", "532", "533", "535", "542", "505", "555"]), _d(rng, 7)
        return rng.choice([f"+90 {pre} {n[:3]} {n[3:5]} {n[5:]}", f"0{pre} {n[:3]} {n[3:5]} {n[5:]}", f"0 ({pre}) {n[:3]} {n[3:5]} {n[5:]}", f"+90{pre}{n}"])
    if c == "PT":
        n = _d(rng, 8)
        return rng.choice([f"+351 9{n[:2]} {n[2:5]} {n[5:]}", f"9{n[:2]} {n[2:5]} {n[5:]}", f"+351 21 {n[:3]} {n[3:7]}"])
    if c == "HU":
        n = _d(rng, 7)
        pre = rng.choice(["20", "30", "70"])
        return rng.choice([f"+36 {pre} {n[:3]} {n[3:]}", f"06 {pre} {n[:3]} {n[3:]}", f"+36-{pre}-{n[:3]}-{n[3:]}", f"06-{pre}/{n}"])
    if c == "HR":
        n = _d(rng, 7)
        pre = rng.choice(["91", "92", "95", "97", "98", "99"])
        return rng.choice([f"+385 {pre} {n[:3]} {n[3:]}", f"0{pre} {n[:3]} {n[3:]}", f"+385 {pre} {n}"])
    if c == "BE":
        n = _d(rng, 6)
        return rng.choice([f"+32 4{rng.randint(60, 99)} {n[:2]} {n[2:4]} {n[4:]}", f"04{rng.randint(60, 99)} {n[:2]} {n[2:4]} {n[4:]}", f"+32 2 {_d(rng, 3)} {n[:2]} {n[2:4]}"])
    raise KeyError(country)


LOCALE_COUNTRY = {
    "de_DE": "DE", "de_AT": "AT", "de_CH": "CH", "en_US": "US", "en_GB": "GB", "en_IE": "IE", "fr_FR": "FR",
    "fr_CH": "CH", "it_IT": "IT", "es_ES": "ES", "nl_NL": "NL", "nl_BE": "BE", "pl_PL": "PL", "tr_TR": "TR",
    "pt_PT": "PT", "hu_HU": "HU", "hr_HR": "HR",
}

# ---------------------------------------------------------------- other values


def ip2(rng: random.Random, kind: str = "any") -> str:
    if kind == "6" or (kind == "any" and rng.random() < 0.22):
        r = rng.random()
        pre = rng.choice(["2a02", "2001", "2a01", "2003", "2a00", "2604", "2600", "2a0a"])
        groups = [pre, format(rng.randint(0x100, 0xFFFF), "x")] + [format(rng.randint(0, 0xFFFF), "x") for _ in range(6)]
        if r < 0.45:
            return ":".join(groups)
        if r < 0.8:
            return ":".join(groups[:3]) + "::" + ":".join(groups[6:])
        return (":".join(groups[:4]) + "::" + groups[7]).upper() if rng.random() < 0.3 else ":".join(groups[:4]) + "::" + groups[7]
    r = rng.random()
    if r < 0.12:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    if r < 0.2:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    first = rng.choice([2, 5, 24, 37, 46, 62, 66, 73, 78, 79, 82, 86, 88, 90, 94, 98, 104, 109, 128, 134, 145, 151, 162, 172, 173, 178, 185, 194, 203, 213])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


IBAN_OF = {"DE": "DE", "AT": "AT", "CH": "CH", "GB": "GB", "IE": "IE", "US": "GB", "FR": "FR", "NL": "NL", "IT": "IT", "ES": "ES"}


def iban2(rng, country):
    return _iban(rng, IBAN_OF.get(country, "DE"), grouped=rng.random() < 0.65)


# ---------------------------------------------------------------- distractors and fillers (never labelled)

MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}
WEEKDAYS = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
WD_SHORT = {"de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."], "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]}
MON_SHORT_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# the shop's own product lines in this bank (and other brands it sells)
PRODUCTS2 = [
    "Sankt Moritz Parka", "Luis Trenker", "Kaisergebirge 28", "Gratwandler", "Nebelhorn Pro", "Seewand 3L",
    "Karwendel Light", "Ben Nevis Shell", "Santa Cruz Tee", "Lindenallee 12", "Alpspitz 40+5", "Hohe Tauern",
    "Wetterstein Softshell", "Fjordline", "Stubai Hoody", "Piz Buin Cap", "Watzmann GTX", "Rigi Fleece",
]
BRANDS = [
    "Jack Wolfskin", "Helly Hansen", "Mammut", "Vaude", "Berghaus", "Fjällräven", "Ortovox", "Deuter",
    "Salewa", "Schöffel", "Meindl", "Lowa", "Hanwag", "Marmot", "Patagonia", "Columbia", "Millet",
    "Black Diamond", "Petzl", "Edelrid", "Marc O'Polo", "Tom Tailor", "Ted Baker", "Ben Sherman", "Peak Performance",
]
SHOP = "Talgrat"
KINDS = {
    "de": ["Regenjacke", "Softshelljacke", "Wanderhose", "Daunenweste", "Fleecejacke", "Stirnlampe", "Regenhose", "Isomatte", "Mütze", "Trinkflasche"],
    "en": ["rain jacket", "softshell", "hiking trousers", "down gilet", "daypack", "head torch", "walking boots", "base layer", "sleeping bag", "trekking poles"],
}
COLOURS2 = {"de": ["Petrol", "Senfgelb", "Anthrazit", "Moosgrün", "Bordeaux", "Eisblau"], "en": ["petrol", "mustard", "charcoal", "moss green", "burgundy", "ice blue"]}

COMPANIES = {
    "de": [
        ("Bergfalke Sport GmbH", "bergfalke-sport.de"), ("Huber & Söhne KG", "huber-soehne.at"), ("Alpin Trade AG", "alpintrade.ch"),
        ("Seeblick Reisen GmbH", "seeblick-reisen.de"), ("Gipfelwerk e.K.", "gipfelwerk.de"), ("Nordkap Events GmbH", "nordkap-events.de"),
        ("Wanderlust Verlag GmbH", "wanderlust-verlag.de"), ("Kletterhalle Südwand GmbH", "suedwand-klettern.de"), ("Lodenfrey Handels-OHG", "lodenhandel.at"),
        ("Stadtwerke Kempten", "stadtwerke-kempten.de"), ("Agentur Feinschliff", "feinschliff-agentur.de"), ("Alpenverein Sektion Oberland", "av-oberland.de"),
    ],
    "en": [
        ("Lakeside Outfitters Ltd", "lakeside-outfitters.co.uk"), ("Kestrel Events LLC", "kestrelevents.com"), ("Harbour & Hill PR", "harbourhill.co.uk"),
        ("Summit Works Inc.", "summitworks.com"), ("Glenview Adventures", "glenview.ie"), ("Northbound Media", "northbound.media"),
        ("Bramble Digital Ltd", "brambledigital.co.uk"), ("Copperline Logistics", "copperline.com"), ("Trailhead Collective", "trailheadco.org"),
        ("Fenwick & Lowe Solicitors", "fenwicklowe.co.uk"), ("Redpoint Climbing Gym", "redpointgym.com"), ("Atlantic Way Tours", "atlanticway.ie"),
    ],
}


def distractor2(kind: str, rng: random.Random, lang: str) -> str:
    d = lambda n: _d(rng, n)  # noqa: E731
    de = lang == "de"
    if kind == "order":
        return rng.choice([f"TG-{d(6)}", f"TG{d(8)}", f"AB-{rng.randint(2025, 2026)}-{d(6)}", f"SO-{d(5)}", f"{d(3)}-{d(7)}-{d(7)}", f"#{d(5)}", f"BE{d(7)}", f"{d(10)}", f"W{d(9)}"])
    if kind == "invoice":
        return rng.choice([f"RE-{rng.randint(2025, 2026)}-{d(5)}", f"R{d(7)}", f"INV-{rng.randint(2025, 2026)}{d(4)}", f"{rng.randint(2025, 2026)}-{d(4)}", f"GS-{d(6)}", f"RG{d(6)}"])
    if kind == "ticket":
        return rng.choice([f"#{d(5)}", f"INC{d(7)}", f"CS-{d(6)}", f"{rng.randint(2025, 2026)}-{rng.randint(1, 12):02d}-{d(4)}", f"TKT-{d(5)}", f"Case {d(8)}"])
    if kind == "tracking":
        return rng.choice([f"00340434{d(12)}", f"JJD{d(18)}", f"1Z{rng.choice(['A', 'W', '9'])}{d(2)}{rng.choice(['E', 'V'])}{d(2)}{d(10)}", f"{d(14)}", f"0150 {d(4)} {d(4)} {d(2)}", f"RR{d(9)}DE", f"AB{d(9)}GB", f"9400 {d(4)} {d(4)} {d(4)} {d(4)} {d(2)}", f"H{d(19)}"])
    if kind == "customer":
        return rng.choice([f"{d(7)}", f"K-{d(6)}", f"{d(3)} {d(3)} {d(3)}", f"0{d(2)}-{d(4)}-{d(2)}", f"C{d(8)}"])
    if kind == "sku":
        return rng.choice([f"{d(3)}-{d(4)}-{d(2)}", f"ART {d(6)}", f"TG-{d(4)}-{rng.choice(['XS', 'S', 'M', 'L', 'XL', 'XXL'])}", f"{d(2)}.{d(3)}.{d(3)}", f"{d(4)}.{d(2)}", f"M{d(5)}-{rng.choice(['BLK', 'RED', 'OLV', 'NVY'])}"])
    if kind == "gtin":
        return gtin13(rng)
    if kind == "date":
        y, m, dd = rng.randint(2025, 2026), rng.randint(1, 12), rng.randint(1, 28)
        if de:
            return rng.choice([f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.{y}", f"{dd}.{m}.", f"{dd}. {MONTHS['de'][m - 1]} {y}", f"{dd:02d}.{m:02d}.{y % 100:02d}"])
        return rng.choice([f"{dd}/{m}/{y}", f"{m}/{dd}/{y}", f"{dd} {MONTHS['en'][m - 1]} {y}", f"{MONTHS['en'][m - 1]} {dd}, {y}", f"{y}-{m:02d}-{dd:02d}", f"{dd} {MON_SHORT_EN[m - 1]}"])
    if kind == "dob":
        y, m, dd = rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28)
        return f"{dd:02d}.{m:02d}.{y}" if de else rng.choice([f"{dd:02d}/{m:02d}/{y}", f"{m:02d}/{dd:02d}/{y}", f"{dd} {MONTHS['en'][m - 1]} {y}"])
    if kind == "time":
        h, mi = rng.randint(7, 19), rng.choice(["00", "05", "15", "20", "30", "40", "45", "50"])
        if de:
            return f"{h}:{mi}" + rng.choice(["", " Uhr"])
        return rng.choice([f"{h}:{mi}", f"{h % 12 or 12}:{mi} {'am' if h < 12 else 'pm'}", f"{h % 12 or 12}{'am' if h < 12 else 'pm'}"])
    if kind == "window":
        h = rng.randint(7, 15)
        return f"{h}:00 und {h + rng.choice([2, 3, 4])}:00 Uhr" if de else rng.choice([f"{h}:00 and {h + 3}:00", f"{h % 12 or 12}{'am' if h < 12 else 'pm'} and {(h + 3) % 12 or 12}pm"])
    if kind == "price":
        e, c = rng.randint(9, 899), rng.choice(["00", "95", "99", "90", "50", "49"])
        if de:
            return rng.choice([f"{e},{c} €", f"€ {e},{c}", f"{e},– €", f"EUR {e},{c}", f"CHF {e}.{c}", f"{e} Euro"])
        return rng.choice([f"${e}.{c}", f"£{e}.{c}", f"€{e}.{c}", f"USD {e}.{c}", f"{e} EUR"])
    if kind == "size":
        return rng.choice(["XS", "S", "M", "L", "XL", "XXL", f"EU {rng.randint(36, 47)}", f"UK {rng.randint(4, 12)}", f"{rng.randint(28, 40)}/{rng.choice([30, 32, 34])}"])
    if kind == "weight":
        if de:
            return rng.choice([f"{rng.randint(180, 1900)} g", f"{rng.randint(1, 3)},{rng.randint(1, 9)} kg"])
        return rng.choice([f"{rng.randint(180, 1900)} g", f"{rng.randint(1, 3)}.{rng.randint(1, 9)} kg", f"{rng.randint(6, 60)} oz"])
    if kind == "version":
        return rng.choice([f"v{rng.randint(1, 6)}.{rng.randint(0, 19)}.{rng.randint(0, 9)}", f"{rng.randint(1, 4)}.{rng.randint(0, 12)}", f"Build {d(4)}", f"{rng.randint(2025, 2026)}.{rng.randint(1, 12)}", f"v{rng.randint(1, 3)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}-rc{rng.randint(1, 4)}"])
    if kind == "version4":  # four dotted parts, shaped like an IPv4 address
        return f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}"
    if kind == "zip":
        return d(5)
    if kind == "qty":
        return str(rng.randint(2, 60))
    if kind == "pct":
        return f"{rng.randint(10, 50)} %" if de else f"{rng.randint(10, 50)}%"
    if kind == "hrb":
        return rng.choice([f"HRB {d(5)}", f"HRB {d(6)}", f"FN {d(6)}{rng.choice('abdfghikmpstvwxyz')}", f"CHE-{d(3)}.{d(3)}.{d(3)}"])
    if kind == "expiry":
        return rng.choice([f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}", f"{rng.randint(1, 12):02d}/20{rng.randint(26, 31)}"])
    if kind == "creditor":  # a SEPA creditor identifier, shaped a bit like an IBAN
        return rng.choice(["DE98ZZZ09999999999", f"DE{rng.randint(10, 99)}ZZZ0000{d(7)}", f"AT{rng.randint(10, 99)}ZZZ000000{d(5)}"])
    if kind == "che":
        return f"CHE-{d(3)}.{d(3)}.{d(3)}"
    if kind == "atu":
        return f"ATU{d(8)}"
    if kind == "vat":
        return rng.choice([f"DE{d(9)}", f"DE {d(3)} {d(3)} {d(3)}", f"ATU{d(8)}", f"GB{d(9)}", f"IE{d(7)}{rng.choice('ABCDW')}"])
    if kind == "bic":
        return rng.choice(["COBADEFFXXX", "GENODEF1M04", "BYLADEM1001", "DEUTDEDBMUC", "RZOOAT2L", "UBSWCHZH80A", "AIBKIE2D", "BARCGB22"])
    if kind == "last4":
        return rng.choice(["**** ", "•••• ", "xxxx ", "XXXX-XXXX-XXXX-"]) + d(4)
    if kind == "batch":
        return rng.choice([f"L{d(4)}-{d(3)}", f"{d(6)}", f"{d(2)}{rng.choice('ABC')}{d(3)}"])
    if kind == "serial":
        return f"{rng.choice(['SN', 'S/N'])} {d(2)}{rng.choice('ABCDEFGHK')}{d(5)}{rng.choice('KLMX')}{d(2)}"
    if kind == "booking":
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if kind == "voucher":
        return rng.choice(["SOMMER25", "WANDERN10", "HERBST-15", "WELCOME20", "TRAIL15", "SNOW-24X", "DANKE5"])
    if kind == "room":
        return rng.choice(["Raum 2.14", "Raum B-305", "Konfi Zugspitze", "Room 4.02", "Meeting room Ben Nevis", "Besprechungsraum Watzmann"]) if de else rng.choice(["Room 4.02", "Meeting room Ben Nevis", "Boardroom 3", "Room 1.17"])
    if kind == "weekday":
        return rng.choice(WEEKDAYS[lang][:5])
    if kind == "month":
        return rng.choice(MONTHS[lang])
    if kind == "kw":
        return f"KW {rng.randint(1, 52)}" if de else f"week {rng.randint(1, 52)}"
    if kind == "kind":
        return rng.choice(KINDS[lang])
    if kind == "colour":
        return rng.choice(COLOURS2[lang])
    if kind == "prod":
        return rng.choice(PRODUCTS2)
    if kind == "brand":
        return rng.choice(BRANDS)
    if kind == "amount":
        return f"{rng.randint(2, 900)},{rng.choice(['00', '50', '90', '95'])} €" if de else f"£{rng.randint(2, 900)}.{rng.choice(['00', '50', '90', '95'])}"
    if kind == "url":
        return rng.choice(["talgrat.de/retoure", "talgrat.de/hilfe", "www.talgrat.com/returns", "talgrat.com/size-guide", "talgrat.de/newsletter", "https://talgrat.de/konto"])
    raise KeyError(kind)


# ---------------------------------------------------------------- the context a template is filled in


class Ctx:
    def __init__(self, lang: str, rng: random.Random, half: int):
        self.lang = lang
        self.rng = rng
        self.half = half
        cs = COUNTRIES[lang]
        self.country = rng.choices(list(cs), list(cs.values()))[0]
        co, dom = rng.choice(COMPANIES[lang])
        self.company, self.company_domain = co, dom
        self.people: dict = {}
        self.addresses: dict = {}
        self.base = dt.datetime(2025, 1, 6, 8, 0) + dt.timedelta(days=rng.randint(0, 480), minutes=rng.randint(0, 600))

    # one half of a list of layout variants: even positions for dev2, odd ones for heldout2
    def pick(self, variants):
        half = variants[self.half :: 2] or variants
        return self.rng.choice(half)

    def person(self, key: str) -> Person2:
        p = self.people.get(key)
        if p is None:
            ls = NAME_LOCALES[self.lang]
            locale = self.rng.choices(list(ls), list(ls.values()))[0]
            p = Person2(self, locale)
            self.people[key] = p
        return p

    def address(self, key: str, country: str | None = None, prep: bool = False) -> Address2:
        """An address per key; a key with a country ("a1.gb") is an address of its own. With
        `prep` the first use wants a German street that takes "in der/im/am" in running text."""
        k = f"{key}.{country}" if country else key
        a = self.addresses.get(k)
        if a is None:
            c = country or self.country
            if prep and c not in ("DE", "AT", "CH"):
                c = "DE"
            a = Address2(self.rng, c, self.lang)
            while prep and a.prep_de() is None:
                a = Address2(self.rng, c, self.lang)
            self.addresses[k] = a
        return a

    def when(self, step_minutes: int = 0) -> dt.datetime:
        """The text's moment, moved on by a number of minutes (for threads and logs)."""
        return self.base + dt.timedelta(minutes=step_minutes)

    def resolve(self, slot: str):
        rng = self.rng
        parts = slot.split(".")
        head = parts[0]
        if head[0] == "p" and head[1:].isdigit():
            return self.person(head).forms(parts[1], self)
        if head[0] == "a" and head[1:].isdigit():
            country = parts[2].upper() if len(parts) > 2 else None
            attr = parts[1]
            a = self.address(head, country, prep=attr in ("in", "ininline"))
            A = "STREET_ADDRESS"
            if attr in ("in", "ininline"):  # German running text: "in der Lindenstraße 4"
                p = a.prep_de()
                if p is None:
                    return [("an die Adresse ", None), (a.street if attr == "in" else a.inline(), A)]
                return [(p + " ", None), (a.street if attr == "in" else a.inline(), A)]
            if attr == "block":
                return [(a.block(), A)]
            if attr == "line":
                return [(a.line(), A)]
            if attr == "inline":
                return [(a.inline(), A)]
            if attr == "street":
                return [(a.street, A)]
            if attr == "town":
                return [(a.town, None)]
            if attr == "zip":
                return [(a.zip, None)]
            if attr == "country":
                return [(a.country_name, None)]
            if attr == "townline":
                return [(a.town_line, None)]
            raise KeyError(slot)
        if head == "phone":
            kind = parts[1] if len(parts) > 1 else "any"
            if kind in ("mobile", "landline", "any"):
                return [(phone2(rng, self.country, kind), "PHONE")]
            return [(phone2(rng, kind.upper(), rng.choice(["mobile", "any"])), "PHONE")]
        if head == "iban":
            c = parts[1].upper() if len(parts) > 1 else self.country
            return [(iban2(rng, c), "IBAN")]
        if head == "card":
            return [(credit_card(rng), "CREDIT_CARD")]
        if head == "ip":
            return [(ip2(rng), "IP_ADDRESS")]
        if head == "ip4":
            return [(ip2(rng, "4"), "IP_ADDRESS")]
        if head == "ip6":
            return [(ip2(rng, "6"), "IP_ADDRESS")]
        if head == "taxid":
            return [(de_tax_id(rng), "DE_TAX_ID")]
        if head == "d":
            return [(distractor2(parts[1], rng, self.lang), None)]
        if head == "w":
            return [(self.word(parts[1]), None)]
        if head == "co":
            return [(self.company, None)]
        if head == "codomain":
            return [(self.company_domain, None)]
        if head == "shop":
            return [(SHOP, None)]
        if head == "x":
            from bank2_composites import COMPOSITES

            return COMPOSITES[parts[1]](self, *parts[2:])
        if head == "t":  # a moment of the text's thread, moved on by parts[1] minutes
            return [(self.stamp(int(parts[1]), parts[2] if len(parts) > 2 else "hm"), None)]
        raise KeyError(slot)

    def word(self, kind: str) -> str:
        """Unlabelled words that depend on the text's moment: dates and times of its thread."""
        w = self.when()
        de = self.lang == "de"
        if kind == "date":
            return f"{w.day:02d}.{w.month:02d}.{w.year}" if de else f"{w.day} {MONTHS['en'][w.month - 1]} {w.year}"
        if kind == "ddmm":
            return f"{w.day}.{w.month}." if de else f"{w.day}/{w.month}"
        if kind == "weekday":
            return WEEKDAYS[self.lang][w.weekday()]
        if kind == "month":
            return MONTHS[self.lang][w.month - 1]
        if kind == "time":
            return f"{w.hour:02d}:{w.minute:02d}"
        if kind == "year":
            return str(w.year)
        raise KeyError(kind)

    def stamp(self, minutes: int, fmt: str) -> str:
        w = self.when(minutes)
        de = self.lang == "de"
        if fmt == "hm":
            return f"{w.hour:02d}:{w.minute:02d}"
        if fmt == "12":
            h = w.hour % 12 or 12
            return f"{h}:{w.minute:02d} {'AM' if w.hour < 12 else 'PM'}"
        if fmt == "iso":
            return w.strftime("%Y-%m-%dT%H:%M:") + f"{(minutes * 7 + w.day) % 60:02d}Z"
        if fmt == "isospace":
            return w.strftime("%Y-%m-%d %H:%M:") + f"{(minutes * 13 + w.day) % 60:02d}"
        if fmt == "dmy":
            return f"{w.day:02d}.{w.month:02d}.{w.year} {w.hour:02d}:{w.minute:02d}" if de else f"{w.day:02d}/{w.month:02d}/{w.year} {w.hour:02d}:{w.minute:02d}"
        if fmt == "date":
            return f"{w.day:02d}.{w.month:02d}.{w.year}" if de else f"{w.day} {MONTHS['en'][w.month - 1]} {w.year}"
        if fmt == "ddmm":
            return f"{w.day}.{w.month}." if de else f"{w.day}/{w.month}"
        if fmt == "wd":
            return WEEKDAYS[self.lang][w.weekday()]
        raise KeyError(fmt)

    def sub(self, template: str):
        """Render a template fragment into pieces (text, label) for a composite."""
        return render_pieces(template, self.resolve, self.rng)
