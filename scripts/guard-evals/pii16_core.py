"""Machinery of the sixteenth PII bank: name and place lists written for it, people, addresses,
phone numbers, checksummed values, look-alikes (never labelled), the template renderer and the
self-checks. Standard library only; every value is drawn from a `random.Random` the caller seeds.

Template syntax: `{slot}` is filled by `Ctx.resolve`; `((a¦b¦c))` picks one alternative (slots may
sit inside an alternative; alternatives do not nest). The broken bar is the separator so that
Markdown and pipe tables can use `|` freely.
"""

import ipaddress
import random
import re
import unicodedata

# ---------------------------------------------------------------- names (written for this bank)

# origin: (female given names, male given names, surnames); a surname given as "m/f" is gendered
NAMES = {
    "german": (
        ["Anna", "Lena", "Sabine", "Katharina", "Johanna", "Ulrike", "Mareike", "Franziska", "Heike", "Theresa",
         "Annika", "Ingrid", "Anna-Lena", "Eva-Maria", "Birgit", "Svenja", "Roswitha", "Carolin"],
        ["Jonas", "Matthias", "Florian", "Lukas", "Stefan", "Tobias", "Jürgen", "Maximilian", "Andreas", "Felix",
         "Wolfgang", "Benedikt", "Hans-Peter", "Karl-Heinz", "Dieter", "Sebastian", "Korbinian", "Till"],
        ["Berger", "Hofmann", "Schäfer", "Wagner", "Lehmann", "Brandl", "Huber", "Maier", "Zimmermann", "Krause",
         "Vogel", "Hartmann", "Kühn", "Seidl", "Lindner", "Graf", "Köhler", "Engel", "Pichler", "Gruber", "Steiner",
         "Brunner", "Moser", "Wyss", "Gerber", "Baumgartner", "Fuchs", "Koch", "Winter", "Rose", "Eichhorn",
         "Obermüller", "Strobl", "Thalhammer", "Jäger", "Kessler", "Dreßler", "Niederwieser"],
    ),
    "english": (
        ["Emily", "Charlotte", "Hannah", "Olivia", "Grace", "Megan", "Rachel", "Laura", "Harriet", "Imogen",
         "Chloe", "Beth", "Mary Ellen"],
        ["James", "Oliver", "Thomas", "Daniel", "Callum", "Ethan", "Samuel", "Ryan", "Hugh", "Alfie", "Rhys",
         "Gareth", "Duncan"],
        ["Thompson", "Clarke", "Hughes", "Fletcher", "Patterson", "Marsh", "Hunter", "Baker", "Rose", "Winter",
         "Fisher", "Whitfield", "Ashworth", "Pemberton", "Holloway", "Crowther", "Barraclough", "Sutcliffe",
         "Mason", "Ellis", "Morgan", "Pritchard"],
    ),
    "irish": (
        ["Aoife", "Niamh", "Siobhan", "Ciara", "Saoirse", "Orla"],
        ["Cian", "Eoin", "Darragh", "Seán", "Pádraig", "Ronan"],
        ["O'Brien", "O'Sullivan", "McCarthy", "Byrne", "O'Connor", "Gallagher", "Kavanagh", "Ní Bhriain",
         "Mac Giolla", "Ó Ceallaigh", "Walsh", "Murphy"],
    ),
    "turkish": (
        ["Elif", "Zeynep", "Ayşe", "Gülay", "Merve", "Büşra", "Derya"],
        ["Emre", "Mehmet", "Burak", "Can", "Oğuz", "Serkan", "Yusuf"],
        ["Yılmaz", "Kaya", "Demir", "Öztürk", "Çelik", "Aydın", "Arslan", "Doğan", "Koç", "Şahin", "Kılıç",
         "Erdoğdu", "Yıldırım"],
    ),
    "polish": (
        ["Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Zofia", "Ewelina"],
        ["Krzysztof", "Piotr", "Tomasz", "Paweł", "Grzegorz", "Łukasz"],
        ["Kowalski/Kowalska", "Nowak", "Wiśniewski/Wiśniewska", "Zieliński/Zielińska", "Wójcik",
         "Lewandowski/Lewandowska", "Szymański/Szymańska", "Kaczmarek", "Mazur", "Dąbrowski/Dąbrowska"],
    ),
    "arabic": (
        ["Fatima", "Layla", "Noor", "Amira", "Yasmin", "Rania", "Huda"],
        ["Omar", "Khaled", "Yousef", "Tariq", "Samir", "Karim", "Hamza"],
        ["al-Hassan", "Haddad", "Mansour", "El-Amin", "al-Farsi", "Nasser", "Khoury", "Saleh", "Abu-Zahra",
         "Al Masri", "Hamdan", "Qasim"],
    ),
    "vietnamese": (
        ["Linh", "Thao", "Mai", "Huong", "Ngoc Anh", "Trang"],
        ["Minh", "Duc", "Quang", "Tuan", "Van Long", "Huy"],
        ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Nguyễn", "Trần", "Bui"],
    ),
    "nigerian": (
        ["Chiamaka", "Ngozi", "Funmilayo", "Adaeze", "Folake", "Yetunde", "Chioma"],
        ["Chukwuemeka", "Oluwaseun", "Tunde", "Ifeanyi", "Babatunde", "Obinna", "Kelechi"],
        ["Okafor", "Adeyemi", "Eze", "Okonkwo", "Balogun", "Nwosu", "Adebayo", "Obi", "Oyelaran", "Ogunleye"],
    ),
    "indian": (
        ["Priya", "Ananya", "Deepika", "Kavya", "Lakshmi", "Sneha"],
        ["Arjun", "Rohan", "Vikram", "Sanjay", "Rahul", "Karthik"],
        ["Sharma", "Patel", "Iyer", "Reddy", "Banerjee", "Nair", "Gupta", "Chatterjee", "Venkataraman",
         "Krishnamurthy"],
    ),
    "spanish": (
        ["Lucía", "Carmen", "Marta", "Inés", "Paloma", "Rocío"],
        ["Javier", "Alejandro", "Diego", "Pablo", "Íñigo", "Sergio"],
        ["García", "Fernández", "López", "Martínez Ruiz", "Sánchez", "Moreno", "Jiménez", "de la Fuente",
         "Ortega Díaz", "del Río"],
    ),
    "italian": (
        ["Giulia", "Chiara", "Francesca", "Alessia", "Martina"],
        ["Marco", "Luca", "Alessandro", "Matteo", "Davide"],
        ["Rossi", "Bianchi", "Esposito", "Di Stefano", "De Luca", "Ferrari", "Romano", "Colombo", "di Napoli"],
    ),
    "greek": (
        ["Eleni", "Sofia", "Katerina", "Despina"],
        ["Nikos", "Giorgos", "Dimitris", "Kostas"],
        ["Papadopoulos/Papadopoulou", "Nikolaidis/Nikolaidou", "Karagiannis/Karagianni", "Georgiou",
         "Antoniou"],
    ),
    "dutch": (
        ["Femke", "Sanne", "Lotte", "Marieke"],
        ["Joost", "Bram", "Daan", "Sjoerd"],
        ["van Dijk", "de Vries", "van den Berg", "Bakker", "Visser", "de Jong", "van der Meer", "Smit"],
    ),
    "chinese": (
        ["Xiaoling", "Mei", "Yan", "Jing"],
        ["Wei", "Jun", "Hao", "Zhiwei"],
        ["Wang", "Li", "Zhang", "Chen", "Liu", "Zhou", "Xu"],
    ),
    "korean": (
        ["Ji-woo", "Seo-yeon", "Min-ji"],
        ["Min-jun", "Do-hyun", "Ji-ho"],
        ["Kim", "Park", "Choi", "Jung", "Kang", "Yoon"],
    ),
    "ukrainian": (
        ["Oksana", "Iryna", "Olena", "Natalia"],
        ["Andriy", "Taras", "Oleksandr", "Bohdan"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Melnyk", "Tkachenko", "Hrytsenko"],
    ),
}

ORIGIN_WEIGHTS = {
    "en": [("english", 30), ("irish", 8), ("indian", 8), ("nigerian", 7), ("chinese", 4), ("korean", 3),
           ("arabic", 5), ("spanish", 5), ("italian", 4), ("polish", 4), ("german", 5), ("vietnamese", 4),
           ("greek", 3), ("dutch", 3), ("turkish", 3), ("ukrainian", 3)],
    "de": [("german", 45), ("turkish", 10), ("polish", 7), ("italian", 4), ("arabic", 5), ("vietnamese", 3),
           ("nigerian", 3), ("spanish", 3), ("greek", 3), ("ukrainian", 4), ("english", 4), ("indian", 3),
           ("dutch", 2), ("korean", 1), ("chinese", 2), ("irish", 1)],
}

GERMAN_NOBLE = ["von Bredow", "von Arnim", "von Stetten", "von der Heide", "von Falkenhausen", "zu Löwenstein",
                "von Hagen"]
IRISH_O = ["O'Donnell", "O'Neill", "O'Driscoll", "O'Mahony"]

# words that are also surnames: used as names and as ordinary words in the same bank
WORD_NAMES = {"Rose", "Hunter", "Baker", "Winter", "Koch", "Fuchs", "Fisher", "Mason", "Jäger", "Engel", "Graf",
              "Vogel", "Will", "Grace", "Till", "Smit"}


def all_list_names() -> set[str]:
    out = set()
    for fem, masc, sur in NAMES.values():
        for n in fem + masc:
            out.update(n.split())
        for s in sur:
            for part in s.split("/"):
                out.update(re.split(r"[ \-']", part))
    return {n.lower() for n in out if n}


_LIST_NAMES = all_list_names()

_ON = ["b", "d", "f", "g", "k", "l", "m", "n", "r", "s", "t", "v", "z", "h", "j", "br", "dr", "gr", "kr", "tr",
       "sh", "ch", "th", "pr", "sv", "w"]
_NU = ["a", "e", "i", "o", "u", "a", "e", "ie", "ei", "ay", "oa", "ü", "ö"]
_CO = ["", "", "", "n", "r", "l", "s", "m", "nd", "rt", "k", "sch", "st", "x", "tz"]


def coined(rng: random.Random, syllables: int) -> str:
    while True:
        w = "".join(rng.choice(_ON) + rng.choice(_NU) + rng.choice(_CO) for _ in range(syllables))
        if len(w) < 4 or len(w) > 12 or w.lower() in _LIST_NAMES:
            continue
        if re.search(r"(.)\1\1", w):
            continue
        return w[0].upper() + w[1:]


def fold(s: str) -> str:
    for a, b in (("ß", "ss"), ("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"),
                 ("ı", "i"), ("ł", "l"), ("Ł", "L"), ("đ", "d")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in ".-_"))


FREEMAIL = {
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "hotmail.co.uk", "proton.me", "btinternet.com",
           "eircom.net", "fastmail.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "mailbox.org", "gmx.at", "bluewin.ch",
           "icloud.com", "freenet.de"],
}
STAFF_DOMAIN = {"en": "talgrat-outdoor.co.uk", "de": "talgrat.de"}


class Person:
    def __init__(self, rng: random.Random, lang: str, origin: str | None = None, invented: bool | None = None):
        self.rng = rng
        self.lang = lang
        self.gender = rng.choice("fm")
        if origin is None:
            origin = _weighted(rng, ORIGIN_WEIGHTS[lang])
        self.origin = origin
        if invented is None:
            invented = rng.random() < 0.10
        self.invented = invented
        fem, masc, sur = NAMES[origin]
        if invented:
            self.first = coined(rng, 2)
            self.last = coined(rng, rng.choice([2, 2, 3]))
            if rng.random() < 0.25:
                self.last += rng.choice(["ek", "ani", "son", "ow", "ell", "ić"])
        else:
            self.first = rng.choice(fem if self.gender == "f" else masc)
            s = rng.choice(sur)
            if "/" in s:
                s = s.split("/")[1 if self.gender == "f" else 0]
            self.last = s
            r = rng.random()
            if origin == "german" and r < 0.06:
                self.last = rng.choice(GERMAN_NOBLE)
            elif origin == "irish" and r < 0.2:
                self.last = rng.choice(IRISH_O)
            elif origin in ("german", "english") and r < 0.14:
                other = rng.choice([x for x in sur if "/" not in x and " " not in x and x != s])
                self.last = f"{s}-{other}"
        self.full = f"{self.first} {self.last}"
        self._email = None
        self._work = None
        self._handle = None

    # the part of the surname written in capitals when a name is capitalised as a whole
    def caps(self, s: str) -> str:
        return s.upper()

    def initial(self) -> str:
        return self.last[0].upper() if self.last[0].isalpha() else self.last[1]

    def email(self) -> str:
        if self._email is None:
            r = self.rng
            f, l = fold(self.first).lower().replace("-", ""), fold(self.last.replace(" ", "").replace("'", "")).lower()
            local = r.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}", f"{l}.{f}", f"{f}_{l}{r.randint(70, 99)}",
                              f"{f}{r.randint(1, 99)}", f"{f}.{l[0]}"])
            local = local.strip(".-_") or "post"
            self._email = f"{local}@{r.choice(FREEMAIL[self.lang])}"
        return self._email

    def work(self) -> str:
        if self._work is None:
            f, l = fold(self.first).lower().replace("-", ""), fold(self.last.replace(" ", "").replace("'", "")).lower()
            self._work = f"{f}.{l}@{STAFF_DOMAIN[self.lang]}"
        return self._work

    def handle(self) -> str:
        if self._handle is None:
            r = self.rng
            f = fold(self.first).lower().replace("-", "")
            self._handle = "@" + r.choice([f"{f}_outdoors", f"{f}.on.trail", f"{f}{r.randint(80, 99)}",
                                           f"wild{f}", f"{f}_hikes"])
        return self._handle


def _weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


HON = {
    "de": {"f": ["Frau", "Frau", "Frau", "Frau Dr.", "Fr."], "m": ["Herr", "Herr", "Herr", "Herr Dr.", "Hr."]},
    "en": {"f": ["Ms", "Ms.", "Mrs", "Dr", "Miss"], "m": ["Mr", "Mr.", "Mr", "Dr."]},
}

# ---------------------------------------------------------------- places (written for this bank)

STREETS = {
    "DE": ["Lindenstraße", "Hauptstraße", "Bahnhofstr.", "Am Kirchberg", "Gartenweg", "Schulstraße", "Birkenallee",
           "Mühlgasse", "Ringstraße", "Goethestraße", "Sonnenhalde", "Im Wiesengrund", "Rosenweg", "Kastanienallee",
           "Talstraße", "Uferweg", "Berliner Straße", "Münchner Str.", "Friedrich-Ebert-Straße", "Jahnstraße",
           "Auf der Höhe", "Eichendorffweg", "Zeppelinstraße", "Brunnengasse", "Am Anger", "Hochfeldstraße",
           "Kemptener Str.", "Sophie-Scholl-Platz", "Alte Poststraße", "Weidenkamp"],
    "AT": ["Mariahilfer Straße", "Herrengasse", "Linzer Gasse", "Salzachgasse", "Kirchgasse", "Hauptplatz",
           "Anichstraße", "Leopoldstraße", "Gumpendorfer Straße", "Sparkassenplatz", "Schmiedgasse"],
    "CH": ["Bahnhofstrasse", "Dorfstrasse", "Seestrasse", "Kirchweg", "Bergstrasse", "Schulhausstrasse",
           "Spitalgasse", "Promenade", "Rütistrasse", "Hinterdorf"],
    "GB": ["Mill Lane", "Station Road", "Church Street", "Victoria Road", "Howe Grove", "Fell View", "Albert Terrace",
           "Greenside Road", "Kirkgate", "Market Place", "Borrowdale Close", "Heathfield Avenue"],
    "US": ["Pine Street", "Canyon Blvd", "Aspen Drive", "Spruce Ave", "Maple Court", "Ridgeview Road",
           "Alpine Way", "Cedar Lane", "N Main St", "Pearl Street"],
    "IE": ["Castle Street", "Main Street", "Shop Street", "Bridge Street", "Quay Road", "Mill Road",
           "Sea Road", "Church View"],
    "FR": ["rue des Alpes", "avenue du Mont-Blanc", "chemin des Granges", "rue de la Paix", "place du Marché",
           "route des Praz", "rue Paccard"],
}
TOWNS = {
    "DE": [("10115", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("20095", "Hamburg"), ("70173", "Stuttgart"),
           ("04109", "Leipzig"), ("01067", "Dresden"), ("90402", "Nürnberg"), ("87435", "Kempten (Allgäu)"),
           ("83471", "Berchtesgaden"), ("79098", "Freiburg im Breisgau"), ("82467", "Garmisch-Partenkirchen"),
           ("93047", "Regensburg"), ("48143", "Münster"), ("28195", "Bremen"), ("30159", "Hannover"),
           ("99084", "Erfurt"), ("69117", "Heidelberg"), ("35037", "Marburg"), ("24103", "Kiel"),
           ("87561", "Oberstdorf"), ("83707", "Bad Wiessee"), ("34117", "Kassel"), ("55116", "Mainz")],
    "AT": [("1010", "Wien"), ("1070", "Wien"), ("1160", "Wien"), ("5020", "Salzburg"), ("6020", "Innsbruck"),
           ("8010", "Graz"), ("4020", "Linz"), ("9020", "Klagenfurt"), ("6900", "Bregenz"), ("5700", "Zell am See"),
           ("6580", "St. Anton am Arlberg")],
    "CH": [("8001", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"), ("9000", "St. Gallen"),
           ("7270", "Davos Platz"), ("3920", "Zermatt"), ("3800", "Interlaken"), ("7500", "St. Moritz")],
    "GB": [("LA9", "Kendal"), ("CA12", "Keswick"), ("S10", "Sheffield"), ("LS6", "Leeds"), ("M20", "Manchester"),
           ("BS7", "Bristol"), ("EH10", "Edinburgh"), ("G12", "Glasgow"), ("PH33", "Fort William"),
           ("IV2", "Inverness"), ("N16", "London"), ("CF24", "Cardiff"), ("YO31", "York"), ("LL55", "Caernarfon")],
    "US": [("CO", "Boulder", "803"), ("CO", "Denver", "802"), ("OR", "Portland", "972"), ("WA", "Seattle", "981"),
           ("OR", "Bend", "977"), ("UT", "Salt Lake City", "841"), ("VT", "Burlington", "054"),
           ("NC", "Asheville", "288"), ("MT", "Bozeman", "597"), ("AZ", "Flagstaff", "860")],
    "IE": [("H91", "Galway"), ("T12", "Cork"), ("D08", "Dublin 8"), ("F28", "Westport"), ("V93", "Killarney"),
           ("F91", "Sligo"), ("A98", "Bray")],
    "FR": [("74400", "Chamonix-Mont-Blanc"), ("38000", "Grenoble"), ("74000", "Annecy"), ("69002", "Lyon"),
           ("75011", "Paris"), ("65000", "Tarbes")],
}
COUNTRY_NAME = {
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Großbritannien", "US": "USA",
           "IE": "Irland", "FR": "Frankreich"},
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA",
           "IE": "Ireland", "FR": "France"},
}
ADDR_COUNTRY = {
    "de": [("DE", 62), ("AT", 17), ("CH", 14), ("FR", 3), ("GB", 4)],
    "en": [("GB", 42), ("US", 28), ("IE", 18), ("DE", 6), ("FR", 3), ("AT", 3)],
}
_L = "ABDEFGHJLNPQRSTUWXYZ"


class Address:
    def __init__(self, rng: random.Random, lang: str, country: str | None = None):
        c = country or _weighted(rng, ADDR_COUNTRY[lang])
        self.country = c
        self.country_name = COUNTRY_NAME[lang][c]
        st = rng.choice(STREETS[c])
        n = rng.choice([rng.randint(1, 40), rng.randint(1, 120), rng.randint(2, 18)])
        if c == "DE":
            num = str(n) + (rng.choice(["a", "b", " c"]) if rng.random() < 0.12 else "")
            self.street = f"{st} {num}"
            z, t = rng.choice(TOWNS[c])
            self.zip, self.town = (z[:-1] + str(rng.randint(0, 9)) if rng.random() < 0.5 else z), t
            if rng.random() < 0.08:
                self.street += rng.choice([", Hinterhaus", ", 3. OG", ", Whg. 4"])
            pre = "D-" if rng.random() < 0.07 else ""
            self.cityline = f"{pre}{self.zip} {self.town}"
        elif c == "AT":
            num = rng.choice([str(n), f"{n}/{rng.randint(1, 9)}/{rng.randint(1, 24)}", f"{n}/Top {rng.randint(1, 30)}",
                              f"{n}/Stiege {rng.randint(1, 4)}/{rng.randint(1, 20)}"])
            self.street = f"{st} {num}"
            self.zip, self.town = rng.choice(TOWNS[c])
            pre = "A-" if rng.random() < 0.2 else ""
            self.cityline = f"{pre}{self.zip} {self.town}"
        elif c == "CH":
            self.street = f"{st} {n}"
            self.zip, self.town = rng.choice(TOWNS[c])
            pre = "CH-" if rng.random() < 0.3 else ""
            self.cityline = f"{pre}{self.zip} {self.town}"
        elif c == "GB":
            base = f"{n} {st}"
            if rng.random() < 0.2:
                base = f"Flat {rng.randint(1, 12)}, {base}"
            elif rng.random() < 0.1:
                base = rng.choice(["Rowan Cottage, ", "The Old Forge, ", "Brackenrigg, "]) + base
            self.street = base
            area, t = rng.choice(TOWNS[c])
            self.zip = f"{area} {rng.randint(1, 9)}{rng.choice(_L)}{rng.choice(_L)}"
            self.town = t
            self.cityline = rng.choice([f"{t} {self.zip}", f"{t.upper()} {self.zip}", f"{t}, {self.zip}"])
        elif c == "US":
            base = f"{rng.randint(10, 9899)} {st}"
            if rng.random() < 0.25:
                base += rng.choice([f", Apt {rng.randint(1, 40)}{rng.choice('ABC')}", f" Suite {rng.randint(100, 450)}",
                                    f" #{rng.randint(2, 60)}", f", Unit {rng.randint(1, 20)}"])
            self.street = base
            state, t, zp = rng.choice(TOWNS[c])
            self.zip = zp + f"{rng.randint(0, 99):02d}" + (f"-{rng.randint(1000, 9999)}" if rng.random() < 0.15 else "")
            self.town = t
            self.cityline = f"{t}, {state} {self.zip}"
        elif c == "IE":
            self.street = f"{n} {st}" if rng.random() < 0.8 else f"Apartment {rng.randint(1, 30)}, {st}"
            key, t = rng.choice(TOWNS[c])
            self.zip = f"{key} {rng.choice(_L)}{rng.randint(0, 9)}{rng.choice(_L)}{rng.randint(0, 9)}"
            self.town = t
            county = {"Galway": "Co. Galway", "Cork": "Co. Cork", "Dublin 8": "Dublin 8", "Westport": "Co. Mayo",
                      "Killarney": "Co. Kerry", "Sligo": "Co. Sligo", "Bray": "Co. Wicklow"}[t]
            self.cityline = rng.choice([f"{t}, {self.zip}", f"{t} {self.zip}", f"{t}, {county}, {self.zip}" if county != t else f"{t}, {self.zip}"])
        else:  # FR
            self.street = f"{n}{rng.choice(['', '', ' bis', ' ter'])} {st}"
            self.zip, self.town = rng.choice(TOWNS[c])
            self.cityline = f"{self.zip} {self.town}"
        self.sep = rng.choice([", ", ", ", " · ", ", "]) if c not in ("US",) else ", "

    def line(self) -> str:
        return f"{self.street}{self.sep}{self.cityline}"

    def block(self) -> str:
        return f"{self.street}\n{self.cityline}"


# ---------------------------------------------------------------- phone numbers

PHONE_COUNTRY = {
    "de": [("DE", 62), ("AT", 18), ("CH", 15), ("GB", 3), ("FR", 2)],
    "en": [("GB", 44), ("US", 30), ("IE", 18), ("DE", 6), ("FR", 2)],
}


def phone(rng: random.Random, lang: str, country: str | None = None, style: str | None = None) -> str:
    c = country or _weighted(rng, PHONE_COUNTRY[lang])
    d = lambda k: "".join(rng.choice("0123456789") for _ in range(k))  # noqa: E731
    if style == "whois":
        cc = {"DE": "49", "AT": "43", "CH": "41", "GB": "44", "US": "1", "IE": "353", "FR": "33"}[c]
        return f"+{cc}.{rng.randint(2, 9)}{d(rng.randint(7, 9))}"
    if c == "DE":
        area = rng.choice(["30", "89", "221", "40", "711", "8321", "8821", "761", "941", "8652", "351"])
        mob = rng.choice(["151", "160", "170", "171", "172", "176", "1520", "157"])
        return rng.choice([f"+49 {area} {d(7)}", f"0{area} {d(6)}", f"0{area}/{d(3)} {d(2)} {d(2)}",
                           f"+49 (0){area} {d(3)} {d(4)}", f"0049 {area} {d(6)}", f"0{mob} {d(7)}",
                           f"+49 {mob} {d(3)} {d(4)}", f"0{mob}/{d(7)}", f"(0{area}) {d(2)} {d(2)} {d(2)}",
                           f"0{mob}-{d(7)}"])
    if c == "AT":
        mob = rng.choice(["664", "676", "699", "650"])
        area = rng.choice(["1", "512", "662", "316", "732", "5574"])
        return rng.choice([f"+43 {mob} {d(7)}", f"0{mob}/{d(3)} {d(2)} {d(2)}", f"+43 (0){area} {d(3)} {d(3)}",
                           f"0{area} {d(6)}", f"0043 {mob} {d(7)}"])
    if c == "CH":
        mob = rng.choice(["76", "78", "79", "77"])
        area = rng.choice(["44", "31", "61", "41", "81", "27"])
        return rng.choice([f"+41 {mob} {d(3)} {d(2)} {d(2)}", f"0{mob} {d(3)} {d(2)} {d(2)}",
                           f"0{area} {d(3)} {d(2)} {d(2)}", f"+41 (0){area} {d(3)} {d(2)} {d(2)}",
                           f"0041 {mob} {d(3)} {d(4)}"])
    if c == "GB":
        return rng.choice([f"07{d(3)} {d(6)}", f"+44 7{d(3)} {d(6)}", f"+44 (0)17687 {d(5)}", f"0114 {d(3)} {d(4)}",
                           f"020 {d(4)} {d(4)}", f"01539 {d(6)}", f"+44 (0)131 {d(3)} {d(4)}", f"07{d(3)}-{d(6)}"])
    if c == "US":
        a = f"{rng.randint(2, 9)}{d(2)}"
        e = f"{rng.randint(2, 9)}{d(2)}"
        return rng.choice([f"({a}) {e}-{d(4)}", f"{a}-{e}-{d(4)}", f"+1 {a} {e} {d(4)}", f"{a}.{e}.{d(4)}",
                           f"1-{a}-{e}-{d(4)}"])
    if c == "IE":
        return rng.choice([f"08{rng.choice('3579')} {d(3)} {d(4)}", f"+353 8{rng.choice('3579')} {d(3)} {d(4)}",
                           f"091 {d(6)}", f"+353 (0)1 {d(3)} {d(4)}", f"(064) {d(3)} {d(4)}"])
    return rng.choice([f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
                       f"04 50 {d(2)} {d(2)} {d(2)}", f"+33 (0)4 50 {d(2)} {d(2)} {d(2)}"])


# ---------------------------------------------------------------- checksummed values (own implementation)

IBAN_LEN = {"DE": 18, "AT": 16, "CH": 17, "GB": 18, "IE": 18, "FR": 23, "NL": 14, "ES": 20, "IT": 23}


def iban_valid(v: str) -> bool:
    s = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 == 1


def make_iban(rng: random.Random, country: str, grouped: bool) -> str:
    d = lambda k: "".join(rng.choice("0123456789") for _ in range(k))  # noqa: E731
    if country in ("GB", "IE"):
        bank = rng.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"] if country == "GB" else ["AIBK", "BOFI", "IPBS"])
        bban = bank + d(14)
    elif country == "NL":
        bban = rng.choice(["INGB", "RABO", "ABNA", "TRIO"]) + d(10)
    elif country == "IT":
        bban = rng.choice("ABCDEFGHX") + d(22)
    else:
        bban = d(IBAN_LEN[country])
    num = int("".join(str(int(ch, 36)) for ch in bban + country + "00"))
    v = f"{country}{98 - num % 97:02d}{bban}"
    assert iban_valid(v)
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if grouped else v


def luhn_ok(num: str) -> bool:
    digits = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(digits)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def issuer_ok(num: str) -> bool:
    n = "".join(c for c in num if c.isdigit())
    if n[0] == "4":
        return len(n) in (13, 16, 19)
    if 51 <= int(n[:2]) <= 55 or 2221 <= int(n[:4]) <= 2720:
        return len(n) == 16
    if n[:2] in ("34", "37"):
        return len(n) == 15
    if n.startswith("6011") or n.startswith("65"):
        return len(n) == 16
    return False


def make_card(rng: random.Random) -> str:
    kind = _weighted(rng, [("visa", 45), ("mc", 28), ("mc2", 7), ("amex", 12), ("disc", 8)])
    prefix, length = {"visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16), "mc2": (str(rng.randint(2221, 2720)), 16),
                      "amex": (rng.choice(["34", "37"]), 15), "disc": ("6011", 16)}[kind]
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - 1 - len(prefix)))
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c
            break
    assert luhn_ok(num) and issuer_ok(num)
    groups = [num[:4], num[4:10], num[10:]] if length == 15 else [num[i:i + 4] for i in range(0, 16, 4)]
    st = rng.random()
    if st < 0.55:
        return " ".join(groups)
    if st < 0.7:
        return "-".join(groups)
    return num


def taxid_valid(v: str) -> bool:
    s = v.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    body = s[:10]
    counts = sorted((body.count(ch) for ch in set(body)), reverse=True)
    # exactly one digit occurs twice or three times, all others once (the rule since 2016)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] != 1):
        return False
    if counts[0] == 3 and re.search(r"(\d)\1\1", body):
        return False
    prod = 10
    for ch in body:
        sm = (int(ch) + prod) % 10 or 10
        prod = (sm * 2) % 11
    return (11 - prod) % 10 == int(s[10])


def make_taxid(rng: random.Random) -> str:
    while True:
        digits = list("0123456789")
        rng.shuffle(digits)
        rep = rng.choice(digits)
        times = rng.choice([2, 2, 3])
        body = [x for x in digits if x != rep][: 10 - times] + [rep] * times
        rng.shuffle(body)
        b = "".join(body)
        prod = 10
        for ch in b:
            sm = (int(ch) + prod) % 10 or 10
            prod = (sm * 2) % 11
        v = b + str((11 - prod) % 10)
        if taxid_valid(v):
            break
    r = rng.random()
    if r < 0.65:
        return v
    if r < 0.85:
        return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
    return f"{v[:3]} {v[3:6]} {v[6:9]} {v[9:]}"


PUBLIC_V4_FIRST = [31, 37, 46, 62, 77, 78, 80, 81, 84, 85, 87, 88, 89, 91, 93, 94, 95, 109, 141, 145, 151, 176,
                   178, 185, 188, 193, 194, 195, 212, 213, 217, 23, 52, 64, 73, 98, 104, 162, 173, 208]


def make_ipv4(rng: random.Random) -> str:
    while True:
        v = f"{rng.choice(PUBLIC_V4_FIRST)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if ipaddress.ip_address(v).is_global:
            return v


def make_ipv6(rng: random.Random) -> str:
    while True:
        pre = rng.choice(["2a02", "2a01", "2003", "2a00", "2604", "2a0a", "2001:4ca0", "2a04"])
        parts = pre.split(":") + [format(rng.randint(0, 0xFFFF), "x") for _ in range(8)]
        parts = parts[:8]
        if rng.random() < 0.55:
            v = ":".join(parts[:3]) + "::" + ":".join(parts[6:])
        else:
            v = ":".join(parts)
        try:
            if ipaddress.ip_address(v).is_global:
                return v
        except ValueError:
            continue


# ---------------------------------------------------------------- look-alikes (never labelled)

BICS = ["COBADEFFXXX", "GENODEF1S04", "BYLADEM1001", "DEUTDEMMXXX", "RZOOAT2L", "BKAUATWW", "UBSWCHZH80A",
        "POFICHBEXXX", "NWBKGB2L", "BARCGB22", "AIBKIE2D", "BOFIIE2D", "HYVEDEMMXXX", "SOLADES1KMP"]
PRODUCTS = ["Firstwand", "Schauerpass", "Kaltkar", "Rinnental", "Gitterhang", "Morgengrat", "Trittweg",
            "Steinlauf", "Almweg", "Wintersteig", "Fernkamm 45+10", "Hochsattel 30"]
COMPANIES = {
    "de": ["Bergsport Kessler GmbH", "Alpin-Verleih Obermaier KG", "Hüttenwirt GbR Sonnalm", "Fotostudio Lichtblick",
           "Gebr. Roth Transporte", "Druckerei Wendel & Söhne", "Kanzlei Adler Partner mbB", "Skischule Edelweiß"],
    "en": ["Fellside Hire Ltd", "Ridgeline Logistics Inc.", "Harbour Print Co.", "Summit Studio LLP",
           "Brockhole Events Ltd", "Northpass Insurance plc", "Keswick Mountain Guides", "Crag & Co. Lettings"],
}


def gtin13(rng: random.Random) -> str:
    body = rng.choice(["40", "42", "76", "90", "50"]) + "".join(rng.choice("0123456789") for _ in range(10))
    tot = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - tot % 10) % 10)


def lookalike(kind: str, rng: random.Random, lang: str) -> str:
    d = lambda k: "".join(rng.choice("0123456789") for _ in range(k))  # noqa: E731
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    de = lang == "de"
    if kind == "order":
        return rng.choice([f"TG-{d(6)}", f"{d(8)}", f"#{d(6)}", f"{d(3)}-{d(7)}-{d(7)}", f"WEB{d(7)}"])
    if kind == "inv":
        return rng.choice([f"RE-{rng.randint(2024, 2026)}-{d(5)}", f"INV-{d(6)}", f"{rng.randint(2024, 2026)}/{d(4)}"])
    if kind == "track":
        return rng.choice([f"00340434{d(12)}", f"1Z{d(3)}E{rng.choice(L)}{rng.choice(L)}{d(10)}", f"JJD{d(18)}",
                           f"RR{d(9)}DE", f"CX{d(9)}GB"])
    if kind == "sku":
        return rng.choice([f"{d(5)}-{d(2)}", f"TG-{d(4)}-{rng.choice(['S', 'M', 'L', 'XL'])}", f"A{d(3)}.{d(3)}.{d(2)}"])
    if kind == "gtin":
        return gtin13(rng)
    if kind in ("date", "dob"):
        y = rng.randint(2024, 2026) if kind == "date" else rng.randint(1952, 2009)
        m, dd = rng.randint(1, 12), rng.randint(1, 28)
        if de:
            return rng.choice([f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.{y}", f"{y}-{m:02d}-{dd:02d}"])
        return rng.choice([f"{dd}/{m:02d}/{y}", f"{y}-{m:02d}-{dd:02d}", f"{dd} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} {y}"])
    if kind == "icsdate":
        return f"{rng.randint(2025, 2026)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}T{rng.randint(7, 19):02d}{rng.choice(['00', '30'])}00"
    if kind == "time":
        return f"{rng.randint(6, 21)}:{rng.choice(['00', '15', '30', '45'])}"
    if kind == "price":
        e, c = rng.randint(9, 890), rng.choice(["00", "90", "95", "50"])
        return rng.choice([f"{e},{c} €", f"EUR {e},{c}", f"CHF {e}.{c}", f"€ {e},-"]) if de else rng.choice(
            [f"£{e}.{c}", f"${e}.{c}", f"€{e}", f"GBP {e}.{c}"])
    if kind == "bic":
        return rng.choice(BICS)
    if kind == "vat":
        return rng.choice([f"DE{rng.randint(1, 3)}{d(8)}", f"ATU{d(8)}", f"CHE-{d(3)}.{d(3)}.{d(3)} MWST",
                           f"GB{d(9)}", f"IE{d(7)}{rng.choice(L)}"])
    if kind == "cust":
        return rng.choice([f"KD-{d(6)}", f"K{d(7)}", f"C-{d(5)}", f"{d(3)} {d(3)} {d(3)}"])
    if kind == "masked":
        return rng.choice([f"•••• {d(4)}", f"**** **** **** {d(4)}", f"XXXX-XXXX-XXXX-{d(4)}", f"{rng.choice(['4', '5'])}{d(5)}******{d(4)}"])
    if kind == "privip":
        return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", "127.0.0.1",
                           f"fd{rng.randint(0, 255):02x}:{rng.randint(0, 0xffff):x}::{rng.randint(1, 0xffff):x}"])
    if kind == "pnr":
        return "".join(rng.choice(L + "23456789") for _ in range(6))
    if kind == "startno":
        return str(rng.randint(1, 1450))
    if kind == "serial":
        return rng.choice([f"SN {d(10)}", f"{rng.choice(L)}{rng.choice(L)}{d(8)}", f"{d(4)}-{d(4)}-{d(2)}"])
    if kind == "hash":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([7, 7, 40])))
    if kind == "ver":
        return rng.choice([f"v{rng.randint(1, 4)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}.{rng.randint(100, 4000)}"])
    if kind == "product":
        return rng.choice(PRODUCTS)
    if kind == "company":
        return rng.choice(COMPANIES[lang])
    if kind == "plate":
        return rng.choice([f"OA-{rng.choice(L)}{rng.choice(L)} {rng.randint(10, 999)}", f"M-TG {rng.randint(100, 9999)}",
                           f"KE-{rng.choice(L)} {rng.randint(10, 999)}", f"I-{rng.randint(100, 999)}{rng.choice(L)}{rng.choice(L)}",
                           f"{rng.choice(L)}{rng.choice(L)}{rng.randint(10, 75)} {rng.choice(L)}{rng.choice(L)}{rng.choice(L)}"])
    if kind == "giftcard":
        while True:
            v = "6" + d(15)
            if not luhn_ok(v):
                return " ".join(v[i:i + 4] for i in range(0, 16, 4))
    if kind == "fake11":
        while True:
            v = str(rng.randint(1, 9)) + d(10)
            if not taxid_valid(v):
                return v
    if kind == "stnr":
        return rng.choice([f"{d(3)}/{d(3)}/{d(5)}", f"{d(2)}/{d(3)}/{d(5)}", f"{d(2)} {d(3)} {d(4)}"])
    if kind == "case":
        return rng.choice([f"Az. {d(3)}-{d(2)}/{rng.randint(24, 26)}", f"{rng.choice(L)}{rng.choice(L)}-{d(4)}-{rng.randint(2024, 2026)}",
                           f"{d(2)} {rng.choice(['OWi', 'Js', 'C'])} {d(3)}/{rng.randint(24, 26)}"])
    if kind == "km":
        return f"{rng.randint(12000, 148000)}"
    if kind == "qty":
        return str(rng.randint(2, 60))
    if kind == "din":
        return f"{rng.randint(3, 10)},{rng.choice(['0', '5'])}" if de else f"{rng.randint(3, 10)}.{rng.choice(['0', '5'])}"
    if kind == "size":
        return rng.choice(["S", "M", "L", "XL", "XS", "XXL"])
    if kind == "shoe":
        return str(rng.randint(36, 47)) + rng.choice(["", ",5" if de else ".5"])
    if kind == "room":
        return str(rng.choice([rng.randint(101, 128), rng.randint(201, 236), rng.randint(301, 318)]))
    if kind == "racetime":
        return f"{rng.randint(1, 5)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    if kind == "msisdn_short":  # a short number / service code
        return rng.choice(["110", "112", "140", "1414", "116 117"])
    if kind == "pass":
        return "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(9))
    if kind == "badge":
        return f"B-{d(5)}"
    if kind == "pct":
        return f"{rng.randint(5, 40)} %" if de else f"{rng.randint(5, 40)}%"
    if kind == "ts":
        return f"{rng.randint(2025, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    if kind == "srt":
        a = rng.randint(0, 9)
        s = rng.randint(0, 55)
        return f"00:{a:02d}:{s:02d},{rng.randint(0, 999):03d} --> 00:{a:02d}:{s + rng.randint(2, 4):02d},{rng.randint(0, 999):03d}"
    if kind == "coord":
        return f"{rng.randint(46, 47)}.{rng.randint(10000, 99999)}, {rng.randint(10, 13)}.{rng.randint(10000, 99999)}"
    if kind == "alt":
        return str(rng.randint(700, 3100))
    if kind == "expiry":
        return f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}"
    if kind == "age":
        return str(rng.randint(19, 74))
    if kind == "kidage":
        return str(rng.randint(6, 15))
    if kind == "hrb":
        return str(rng.randint(10000, 99999))
    if kind == "zip":
        return d(5)
    raise KeyError(kind)


# ---------------------------------------------------------------- rendering

SLOT = re.compile(r"\{([a-z0-9_.]+)\}")
ALT = re.compile(r"\(\(([^()]*?)\)\)")


def choose_alternatives(t: str, rng: random.Random) -> str:
    while True:
        m = ALT.search(t)
        if not m:
            return t
        t = t[: m.start()] + rng.choice(m.group(1).split("¦")) + t[m.end():]


class Ctx:
    """One record's people, addresses and values; slots of the same name resolve to the same value."""

    def __init__(self, rng: random.Random, lang: str):
        self.rng = rng
        self.lang = lang
        self.people: dict[str, Person] = {}
        self.addrs: dict[str, Address] = {}
        self.cache: dict[str, list] = {}

    def person(self, key: str) -> Person:
        if key not in self.people:
            self.people[key] = Person(self.rng, self.lang)
        return self.people[key]

    def addr(self, key: str) -> Address:
        if key not in self.addrs:
            m = re.fullmatch(r"(de|at|ch|gb|us|ie|fr)?a?(\d+)", key)
            country = m.group(1).upper() if m and m.group(1) else None
            self.addrs[key] = Address(self.rng, self.lang, country)
        return self.addrs[key]

    def resolve(self, slot: str) -> list[tuple[str, str | None]]:
        if slot in self.cache:
            return self.cache[slot]
        out = self._resolve(slot)
        self.cache[slot] = out
        return out

    def _resolve(self, slot: str):
        rng, lang = self.rng, self.lang
        de = lang == "de"
        head, _, form = slot.partition(".")
        P = "PERSON"
        if re.fullmatch(r"p\d+", head):
            p = self.person(head)
            g = p.gender
            if form == "full":
                return [(p.full, P)]
            if form == "first":
                return [(p.first, P)]
            if form == "last":
                return [(p.last, P)]
            if form == "hon":
                return [(rng.choice(HON[lang][g]) + " ", None), (p.last, P)]
            if form == "honfull":
                return [(rng.choice(HON[lang][g]) + " ", None), (p.full, P)]
            if form == "dat":  # German dative / accusative: "Herrn Vogel", "Frau Vogel"
                return [(("Frau" if g == "f" else "Herrn") + " ", None), (p.last, P)]
            if form == "sal":
                if de:
                    return [("Sehr geehrte Frau " if g == "f" else "Sehr geehrter Herr ", None), (p.last, P)]
                return [(rng.choice(["Dear Ms ", "Dear Mrs ", "Dear Ms. "]) if g == "f" else rng.choice(["Dear Mr ", "Dear Mr. "]), None), (p.last, P)]
            if form == "rev":
                return [(f"{p.last}, {p.first}", P)]
            if form == "revcaps":
                return [(f"{p.last.upper()}, {p.first}", P)]
            if form == "caps":
                return [(p.full.upper(), P)]
            if form == "lastcaps":
                return [(f"{p.first} {p.last.upper()}", P)]
            if form == "lower":
                return [(p.full.lower(), P)]
            if form == "flower":
                return [(p.first.lower(), P)]
            if form == "init":
                return [(f"{p.first} {p.initial()}.", P)]
            if form == "ainit":
                return [(f"{p.first[0]}. {p.last}", P)]
            if form == "any":  # a full name in one of the everyday forms
                return [(rng.choice([p.full, p.full, p.full, f"{p.last}, {p.first}", p.full.upper(), f"{p.first} {p.last.upper()}"]), P)]
            if form == "email":
                return [(p.email(), "EMAIL")]
            if form == "work":
                return [(p.work(), "EMAIL")]
            if form == "handle":
                return [(p.handle(), None)]
            if form == "user":
                return [(fold(p.first[0] + p.last.replace(" ", "").replace("'", "")).lower(), None)]
            if form == "phone":
                return [(phone(rng, lang), "PHONE")]
            # gendered words
            words = {
                "frau": ("Frau", "Herr"), "herrn": ("Frau", "Herrn"), "kundin": ("Kundin", "Kunde"),
                "sie": ("sie", "er"), "ihr": ("ihr", "sein"), "ihre": ("ihre", "seine"), "ihn": ("sie", "ihn"),
                "die": ("die", "der"), "teilnehmerin": ("Teilnehmerin", "Teilnehmer"), "mieterin": ("Mieterin", "Mieter"),
                "fahrerin": ("Fahrerin", "Fahrer"), "mr": ("Ms", "Mr"), "she": ("she", "he"), "her": ("her", "his"),
                "herobj": ("her", "him"), "shecap": ("She", "He"), "sgh": ("Sehr geehrte Frau", "Sehr geehrter Herr"),
                "azubi": ("Auszubildende", "Auszubildender"), "eine": ("eine", "ein"), "einer": ("einer", "einem"),
                "gast": ("Gästin", "Gast"), "mitarbeiterin": ("Mitarbeiterin", "Mitarbeiter"),
            }
            if form in words:
                return [(words[form][0 if g == "f" else 1], None)]
            raise KeyError(slot)
        if re.fullmatch(r"(de|at|ch|gb|us|ie|fr)?a\d+", head):
            a = self.addr(head)
            A = "STREET_ADDRESS"
            if form == "line":
                return [(a.line(), A)]
            if form == "block":
                return [(a.block(), A)]
            if form == "street":
                return [(a.street, A)]
            if form == "zip":
                return [(a.zip, None)]
            if form == "town":
                return [(a.town, None)]
            if form == "cityline":
                return [(a.cityline, None)]
            if form == "country":
                return [(a.country_name, None)]
            if form == "cc":
                return [(a.country, None)]
            if form == "linec":
                return [(a.line(), A), (", " + a.country_name, None)]
            if form == "blockc":
                return [(a.block(), A), ("\n" + a.country_name, None)]
            raise KeyError(slot)
        m = re.fullmatch(r"ph(de|at|ch|gb|us|ie|fr)?(w)?\d*", head)
        if m and not form:
            c = m.group(1).upper() if m.group(1) else None
            return [(phone(rng, lang, c, "whois" if m.group(2) else None), "PHONE")]
        kind = "ipv6" if head.startswith("ipv6") else re.sub(r"\d+$", "", head)
        if kind == "iban":
            c = form.upper() if form else _weighted(rng, [("DE", 50), ("AT", 15), ("CH", 10), ("GB", 10), ("IE", 5), ("NL", 5), ("FR", 5)] if de else [("GB", 40), ("IE", 20), ("DE", 20), ("FR", 8), ("NL", 7), ("ES", 5)])
            return [(make_iban(rng, c, rng.random() < 0.7), "IBAN")]
        if kind == "ibanc":
            c = form.upper() if form else ("DE" if de else "GB")
            return [(make_iban(rng, c, False), "IBAN")]
        if kind == "card":
            return [(make_card(rng), "CREDIT_CARD")]
        if kind == "ip":
            return [(make_ipv4(rng), "IP_ADDRESS")]
        if kind == "ipv6":
            return [(make_ipv6(rng), "IP_ADDRESS")]
        if kind == "ipany":
            return [(make_ipv6(rng) if rng.random() < 0.3 else make_ipv4(rng), "IP_ADDRESS")]
        if kind == "taxid":
            return [(make_taxid(rng), "DE_TAX_ID")]
        if kind == "mail":  # a role address of the shop or a partner: labelled by its form
            local = form or rng.choice(["info", "service", "kontakt" if de else "hello", "events", "verleih" if de else "hire"])
            dom = rng.choice(["talgrat.de", "talgrat.at", "huette-sonnalm.at", "bergschule-allgaeu.de"] if de else
                             ["talgrat-outdoor.co.uk", "fellsidehire.co.uk", "ridgeline-events.com", "keswickguides.ie"])
            return [(f"{local}@{dom}", "EMAIL")]
        return [(lookalike(kind, rng, lang), None)]


def render(template: str, ctx: Ctx) -> tuple[str, list[dict]]:
    t = choose_alternatives(template, ctx.rng)
    parts, ents, pos, n = [], [], 0, 0
    for m in SLOT.finditer(t):
        lit = t[pos:m.start()]
        parts.append(lit)
        n += len(lit)
        for text, label in ctx.resolve(m.group(1)):
            if label:
                ents.append({"type": label, "start": n, "end": n + len(text), "value": text})
            parts.append(text)
            n += len(text)
        pos = m.end()
    parts.append(t[pos:])
    text = "".join(parts)
    # a given name and a surname from two slots, one space apart, are one name as written
    merged = []
    for e in ents:
        prev = merged[-1] if merged else None
        if prev and prev["type"] == e["type"] == "PERSON" and text[prev["end"]:e["start"]] == " ":
            prev["end"] = e["end"]
            prev["value"] = text[prev["start"]:prev["end"]]
        else:
            merged.append(dict(e))
    return text, merged


# ---------------------------------------------------------------- checks

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
V4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
DIGITRUN_RE = re.compile(r"(?<![\d])\d(?:[ \-]?\d){10,18}(?!\d)")
TYPES = {"PERSON", "STREET_ADDRESS", "PHONE", "EMAIL", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID"}


def check_record(rec: dict, people: list[Person] | None = None) -> list[str]:
    """Problems with one record (empty list: fine)."""
    errs = []
    text, ents = rec["text"], rec["entities"]
    last = -1
    for e in ents:
        if e["type"] not in TYPES:
            errs.append(f"type {e['type']}")
        if text[e["start"]:e["end"]] != e["value"]:
            errs.append(f"offset {e}")
        if e["value"] != e["value"].strip() or not e["value"]:
            errs.append(f"padded {e}")
        if e["start"] < last:
            errs.append(f"overlap {e}")
        last = e["end"]
        v = e["value"]
        if e["type"] == "IBAN" and not iban_valid(v):
            errs.append(f"iban {v}")
        if e["type"] == "CREDIT_CARD" and not (luhn_ok(v) and issuer_ok(v)):
            errs.append(f"card {v}")
        if e["type"] == "DE_TAX_ID" and not taxid_valid(v):
            errs.append(f"taxid {v}")
        if e["type"] == "IP_ADDRESS":
            try:
                if not ipaddress.ip_address(v).is_global:
                    errs.append(f"ip not public {v}")
            except ValueError:
                errs.append(f"ip {v}")
        if e["type"] == "EMAIL" and not EMAIL_RE.fullmatch(v):
            errs.append(f"email {v}")
        if e["type"] == "PHONE" and not 7 <= sum(c.isdigit() for c in v) <= 15:
            errs.append(f"phone {v}")
    for a, b in zip(ents, ents[1:]):
        if a["type"] == b["type"] == "PERSON" and text[a["end"]:b["start"]] == " ":
            errs.append(f"adjacent persons {a['value']} / {b['value']}")
    # the unlabelled remainder: no e-mail, public IP, valid IBAN, card or tax ID
    mask = list(text)
    for e in ents:
        for i in range(e["start"], e["end"]):
            mask[i] = "\x00"
    rest = "".join(mask)
    for m in EMAIL_RE.finditer(rest):
        errs.append(f"unlabelled email {m.group()}")
    for m in V4_RE.finditer(rest):
        try:
            ip = ipaddress.ip_address(m.group())
            if ip.is_global:
                errs.append(f"unlabelled ip {m.group()}")
        except ValueError:
            pass
    for m in IBAN_RE.finditer(rest):
        if iban_valid(m.group()):
            errs.append(f"unlabelled iban {m.group()}")
    for m in DIGITRUN_RE.finditer(rest):
        s = re.sub(r"\D", "", m.group())
        if len(s) in (13, 15, 16, 19) and luhn_ok(s) and issuer_ok(s):
            errs.append(f"unlabelled card {m.group()}")
        if len(s) == 11 and taxid_valid(s):
            errs.append(f"unlabelled taxid {m.group()}")
    # a name part of a labelled person must not occur unlabelled (outside e-mail addresses and handles)
    tokens = set()
    for e in ents:
        if e["type"] == "PERSON":
            for tok in re.split(r"[ ,]+", e["value"]):
                tok = tok.strip(".")
                if len(tok) >= 3 and tok not in WORD_NAMES and tok.lower() not in ("van", "von", "der", "den", "del", "mac"):
                    tokens.add(tok)
    for tok in sorted(tokens):
        for m in re.finditer(r"(?<![\w@.\-'])" + re.escape(tok) + r"(?![\w@\-])", rest):
            errs.append(f"unlabelled name {tok!r}")
            break
    return errs
