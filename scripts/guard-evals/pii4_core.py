"""Fourth PII bank: people, addresses, phone numbers, checksummed values, distractors, renderer.

Names, street-name parts and towns are read as *lists* from the Faker 40.54.0 locale providers
(the pinned wheel, see fetch.py); Faker's random functions are never called. Every random choice
goes through one seeded `random.Random` per language and split.
"""

import importlib
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fetch  # noqa: E402

fetch.import_path("faker")

from common import weighted_choice as _wchoice  # noqa: E402


def _prov(kind, loc):
    return importlib.import_module(f"faker.providers.{kind}.{loc}").Provider


def _names(seq):
    out = []
    for n in list(seq):
        n = str(n)
        if not n or not n[0].isupper():
            continue
        if " " in n and not (n.startswith("van ") or n.startswith("von ")):
            continue
        if n.endswith(" II") or n.endswith(" van"):
            continue
        out.append(n)
    return out


# ---------------------------------------------------------------------------------------------
# name pools: (origin) -> (female first names, male first names, surnames, female surnames|None)

def _load_pools():
    pools = {}
    for loc in ["de_DE", "de_AT", "de_CH", "en_US", "en_GB", "en_IE", "tr_TR", "it_IT", "en_IN", "en_NG", "es_MX", "vi_VN"]:
        p = _prov("person", loc)
        pools[loc] = (_names(p.first_names_female), _names(p.first_names_male), _names(p.last_names), None)
    p = _prov("person", "pl_PL")
    male_last = _names(p.male_last_names) + _names(p.unisex_last_names)[:400]

    def fem(n):
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if n.endswith(a):
                return n[: -len(a)] + b
        return n

    pools["pl_PL"] = (_names(p.first_names_female), _names(p.first_names_male), male_last, [fem(n) for n in male_last])
    return pools


POOLS = _load_pools()

# Origins the Faker lists lack or hold only in other scripts (own lists, written for this bank).
OWN = {
    "ru": (["Olga", "Swetlana", "Natalja", "Jekaterina", "Irina", "Tatjana", "Anastasia", "Ljudmila", "Xenia", "Darja"],
           ["Dmitri", "Sergej", "Alexej", "Wladimir", "Juri", "Nikolai", "Pawel", "Artjom", "Maxim", "Igor"],
           ["Iwanow", "Petrow", "Smirnow", "Kusnezow", "Popow", "Wolkow", "Sokolow", "Lebedew", "Morosow", "Nowikow"],
           ["Iwanowa", "Petrowa", "Smirnowa", "Kusnezowa", "Popowa", "Wolkowa", "Sokolowa", "Lebedewa", "Morosowa", "Nowikowa"]),
    "uk": (["Oksana", "Olena", "Iryna", "Halyna", "Kateryna", "Solomija", "Mariia", "Yuliia", "Viktoriia", "Nadiia"],
           ["Dmytro", "Oleksandr", "Andrij", "Bohdan", "Taras", "Mykola", "Serhij", "Vasyl", "Yaroslav", "Oleh"],
           ["Schewtschenko", "Kowalenko", "Bondarenko", "Tkatschenko", "Kravchuk", "Melnyk", "Boiko", "Marchenko", "Lysenko", "Oliinyk"],
           None),
    "ar": (["Fatima", "Aisha", "Layla", "Mariam", "Noor", "Yasmin", "Rania", "Salma", "Huda", "Amira"],
           ["Mohammed", "Ahmad", "Omar", "Khaled", "Youssef", "Tarek", "Samir", "Karim", "Bilal", "Hassan"],
           ["al-Hassan", "El-Masri", "Haddad", "Khalil", "Nasser", "Saleh", "Mansour", "Aziz", "al-Rashid", "Darwish", "Hamdan", "Abboud"],
           None),
    "el": (["Eleni", "Maria", "Katerina", "Sofia", "Dimitra", "Georgia", "Vasiliki", "Ioanna"],
           ["Giorgos", "Nikos", "Dimitris", "Kostas", "Yannis", "Christos", "Panagiotis", "Stavros"],
           ["Papadopoulos", "Nikolaidis", "Georgiou", "Konstantinidis", "Oikonomou", "Karagiannis", "Vlachos", "Antoniou"],
           None),
    "yo": (["Adaeze", "Chiamaka", "Ngozi", "Funmilayo", "Yewande", "Oluwaseun", "Amaka", "Temitope"],
           ["Chinedu", "Emeka", "Oluwadamilare", "Babatunde", "Ikechukwu", "Obinna", "Tunde", "Chukwuemeka"],
           ["Okafor", "Adeyemi", "Okonkwo", "Eze", "Balogun", "Nwosu", "Adebayo", "Olaniyan", "Obi", "Chukwu"],
           None),
    "zh": (["Mei", "Xiaoling", "Yan", "Li Na", "Hui", "Jing"],
           ["Wei", "Jun", "Hao", "Zhiwei", "Lei", "Chen"],
           ["Wang", "Zhang", "Liu", "Chen", "Huang", "Zhou", "Wu", "Xu"],
           None),
    "ko": (["Ji-woo", "Seo-yeon", "Min-ji", "Hye-jin"], ["Min-jun", "Ji-hoon", "Dong-hyun", "Sung-min"],
           ["Kim", "Park", "Choi", "Jung", "Kang", "Yoon"], None),
    "nl": (["Evi", "Sanne", "Femke", "Anouk", "Lotte"], ["Joost", "Sjoerd", "Bram", "Thijs", "Ruben"],
           ["van der Sloot", "de Vries", "van Dijk", "van den Berg", "de Jong", "Bakker", "Visser", "van Leeuwen"], None),
    "particle": (["Annika", "Charlotte", "Isabel", "Victoria", "Siobhan", "Aoife", "Giulia"],
                 ["Constantin", "Maximilian", "Ferdinand", "Ciarán", "Lorenzo", "Hamish"],
                 ["von Ahlen", "von der Heyde", "von Bredow", "zu Stolberg", "Di Stefano", "De Luca", "D'Amico",
                  "O'Sullivan", "O'Brien", "McAllister", "MacLeod", "McCarthy", "Fitzgerald", "de la Cruz"], None),
}
POOLS.update(OWN)

DOUBLE_FIRST_F = ["Anna-Lena", "Marie-Luise", "Lisa-Marie", "Eva-Maria", "Anne-Kathrin", "Sophie-Charlotte"]
DOUBLE_FIRST_M = ["Hans-Peter", "Karl-Heinz", "Jan-Niklas", "Klaus-Dieter", "Lars-Ole", "Jean-Luc"]

DE_ORIGINS = [("de_DE", 30), ("de_AT", 8), ("de_CH", 6), ("tr_TR", 10), ("pl_PL", 6), ("it_IT", 5), ("ru", 4),
              ("uk", 4), ("ar", 5), ("el", 3), ("vi_VN", 3), ("yo", 3), ("en_IN", 3), ("particle", 4), ("nl", 2),
              ("en_GB", 2), ("zh", 1), ("ko", 1)]
EN_ORIGINS = [("en_US", 22), ("en_GB", 16), ("en_IE", 8), ("en_IN", 7), ("yo", 5), ("en_NG", 3), ("es_MX", 6),
              ("it_IT", 4), ("pl_PL", 4), ("de_DE", 5), ("tr_TR", 2), ("ar", 4), ("zh", 3), ("ko", 2),
              ("vi_VN", 2), ("el", 2), ("particle", 5), ("nl", 2), ("uk", 2)]

ALL_NAMES = set()
for _loc in sorted(POOLS):
    for _lst in POOLS[_loc]:
        if _lst:
            ALL_NAMES.update(x.lower() for x in _lst)

SYL_A = ["ka", "lo", "vi", "ren", "tas", "mer", "dul", "sa", "bri", "no", "ve", "lan", "tor", "mi", "zel", "quo",
         "ra", "fen", "dor", "ilu", "be", "sti", "gar", "nu", "pel", "ho", "jas", "wen", "ty", "oro"]
SYL_END_F = ["a", "ine", "ela", "ia", "ette", "ya"]
SYL_END_M = ["o", "an", "ek", "us", "im", "or"]
SUR_END = ["ek", "owa", "mann", "er", "ides", "ani", "oglu", "ström", "ler", "ić", "ard", "enko", "inger", "ato"]


def invented_name(rng, female):
    def word(n, ends):
        while True:
            w = "".join(rng.choice(SYL_A) for _ in range(n)) + rng.choice(ends)
            w = w[0].upper() + w[1:]
            if w.lower() not in ALL_NAMES and len(w) >= 4:
                return w
    first = word(rng.choice([1, 2]), SYL_END_F if female else SYL_END_M)
    last = word(rng.choice([1, 2]), SUR_END)
    return first, last


TRANS = {"ß": "ss", "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ı": "i", "ł": "l", "Ł": "L",
         "đ": "d", "Đ": "D", "ø": "o", "æ": "ae", "'": "", "’": ""}


def ascii_fold(s):
    s = "".join(TRANS.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and c.isascii() and (c.isalnum() or c in ".-_ ")).strip()


class Person:
    def __init__(self, rng, lang, invented=False):
        self.female = rng.random() < 0.5
        if invented:
            self.first, self.last = invented_name(rng, self.female)
            self.origin = "invented"
        else:
            origin = _wchoice(rng, DE_ORIGINS if lang == "de" else EN_ORIGINS)
            self.origin = origin
            ff, fm, last, last_f = POOLS[origin]
            firsts = ff if self.female else fm
            if not firsts:
                firsts = ff or fm
            self.first = rng.choice(firsts)
            self.last = rng.choice(last_f if (self.female and last_f) else last)
            if origin in ("de_DE", "de_AT") and rng.random() < 0.08:
                self.first = rng.choice(DOUBLE_FIRST_F if self.female else DOUBLE_FIRST_M)
            if origin in ("de_DE", "de_AT", "de_CH", "en_GB", "en_US") and rng.random() < 0.07:
                other = rng.choice(last)
                if other != self.last and " " not in other and " " not in self.last:
                    self.last = self.last + "-" + other
        self.lang = lang

    @property
    def full(self):
        return f"{self.first} {self.last}"

    def hon(self):
        if self.lang == "de":
            return "Frau" if self.female else "Herr"
        return "Ms." if self.female else "Mr."

    def dear(self):
        if self.lang == "de":
            return "Sehr geehrte Frau" if self.female else "Sehr geehrter Herr"
        return "Dear Ms." if self.female else "Dear Mr."

    def initial_form(self):
        return f"{self.first} {self.last.split()[-1][0].upper()}."


# ---------------------------------------------------------------------------------------------
# towns and streets

_deA = _prov("address", "de_DE")
_atA = _prov("address", "de_AT")
_chA = _prov("address", "de_CH")
_usA = _prov("address", "en_US")
_gbA = _prov("address", "en_GB")

DE_TOWNS = [("Berlin", "10", "030"), ("Berlin", "12", "030"), ("Hamburg", "20", "040"), ("Hamburg", "22", "040"),
            ("München", "80", "089"), ("München", "81", "089"), ("Köln", "50", "0221"), ("Frankfurt am Main", "60", "069"),
            ("Stuttgart", "70", "0711"), ("Düsseldorf", "40", "0211"), ("Leipzig", "04", "0341"), ("Dresden", "01", "0351"),
            ("Hannover", "30", "0511"), ("Nürnberg", "90", "0911"), ("Bremen", "28", "0421"), ("Bonn", "53", "0228"),
            ("Mannheim", "68", "0621"), ("Freiburg im Breisgau", "79", "0761"), ("Münster", "48", "0251"),
            ("Kiel", "24", "0431"), ("Rostock", "18", "0381"), ("Augsburg", "86", "0821"), ("Regensburg", "93", "0941"),
            ("Erfurt", "99", "0361"), ("Mainz", "55", "06131"), ("Heidelberg", "69", "06221"), ("Bielefeld", "33", "0521"),
            ("Lüneburg", "21", "04131"), ("Konstanz", "78", "07531"), ("Göttingen", "37", "0551"), ("Potsdam", "14", "0331"),
            ("Karlsruhe", "76", "0721")]
DE_FAKER_TOWNS = list(_deA.cities)
AT_TOWNS = [("Wien", "1", "01"), ("Graz", "80", "0316"), ("Linz", "40", "0732"), ("Salzburg", "50", "0662"),
            ("Innsbruck", "60", "0512"), ("Klagenfurt am Wörthersee", "90", "0463"), ("St. Pölten", "31", "02742")]
AT_FAKER_TOWNS = list(_atA.cities)
CH_TOWNS = [("Zürich", "80", "044"), ("Bern", "30", "031"), ("Basel", "40", "061"), ("Luzern", "60", "041"),
            ("St. Gallen", "90", "071"), ("Winterthur", "84", "052"), ("Lausanne", "10", "021"), ("Chur", "70", "081")]
CH_FAKER_TOWNS = list(_chA.cities)
US_TOWNS = [("Springfield", "IL", "627", "217"), ("Austin", "TX", "787", "512"), ("Portland", "OR", "972", "503"),
            ("Columbus", "OH", "432", "614"), ("Madison", "WI", "537", "608"), ("Denver", "CO", "802", "720"),
            ("Raleigh", "NC", "276", "919"), ("Tucson", "AZ", "857", "520"), ("Richmond", "VA", "232", "804"),
            ("Omaha", "NE", "681", "402"), ("Boise", "ID", "837", "208"), ("Albany", "NY", "122", "518"),
            ("Brooklyn", "NY", "112", "718"), ("Sacramento", "CA", "958", "916"), ("San Diego", "CA", "921", "619"),
            ("Savannah", "GA", "314", "912"), ("Burlington", "VT", "054", "802"), ("Ann Arbor", "MI", "481", "734"),
            ("Pittsburgh", "PA", "152", "412"), ("Nashville", "TN", "372", "615"), ("Minneapolis", "MN", "554", "612"),
            ("Seattle", "WA", "981", "206"), ("Tampa", "FL", "336", "813"), ("Providence", "RI", "029", "401")]
GB_TOWNS = [("Leeds", "LS", "0113", 3), ("Manchester", "M", "0161", 3), ("Bristol", "BS", "0117", 3),
            ("Sheffield", "S", "0114", 3), ("Glasgow", "G", "0141", 3), ("Edinburgh", "EH", "0131", 3),
            ("Cardiff", "CF", "029", 4), ("London", "SE", "020", 4), ("London", "N", "020", 4),
            ("Norwich", "NR", "01603", 0), ("York", "YO", "01904", 0), ("Brighton", "BN", "01273", 0),
            ("Oxford", "OX", "01865", 0), ("Belfast", "BT", "028", 4)]
IE_TOWNS = [("Dublin 2", "D02", "01"), ("Dublin 8", "D08", "01"), ("Cork", "T12", "021"), ("Galway", "H91", "091"),
            ("Limerick", "V94", "061"), ("Kilkenny", "R95", "056")]
FR_TOWNS = [("Paris", "750", "01"), ("Lyon", "6900", "04"), ("Lille", "5900", "03"), ("Bordeaux", "3300", "05"),
            ("Nantes", "4400", "02")]

DE_STREET_WORDS = ["Linden", "Birken", "Eichen", "Kastanien", "Ahorn", "Rosen", "Tulpen", "Garten", "Schul", "Kirch",
                   "Bahnhof", "Mühlen", "Wiesen", "Berg", "Feld", "Wald", "Brunnen", "Hafen", "Markt", "Schiller",
                   "Goethe", "Lessing", "Uhland", "Fontane", "Holunder", "Sonnen", "Quellen", "Weiden"]
DE_LAST = [n for n in POOLS["de_DE"][2] if " " not in n and "-" not in n]
DE_SUFFIX = ["straße", "straße", "straße", "str.", "weg", "allee", "platz", "ring", "gasse", "damm", "ufer", "steig", "pfad"]
DE_AM = ["Am Lindenhof", "Am Mühlbach", "Am Sonnenhang", "Am Kirchberg", "Am Stadtpark", "Am Weinberg", "Am Alten Hafen",
         "An der Alster", "An der Kirche", "An der Schanze", "An der Bleiche", "Im Winkel", "Im Wiesengrund",
         "Im Rosengarten", "Auf dem Kamp", "Hinter der Mauer", "Zur Mühle"]
DE_ADJ = ["Berliner Straße", "Hamburger Allee", "Lange Straße", "Alte Landstraße", "Neue Straße", "Große Bleichen",
          "Kleine Gasse", "Hohe Straße", "Frankfurter Ring", "Kölner Weg", "Breite Straße"]
AT_STREETS = ["Hauptstraße", "Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Linzer Gasse",
              "Wiedner Gürtel", "Schönbrunner Straße", "Getreidegasse", "Annenstraße", "Kaiserstraße"]
CH_WORDS = ["Bahnhof", "Seefeld", "Kirch", "Dorf", "Bündner", "Zürcher", "Berner", "Rosen", "Linden", "Weinberg", "Feld"]
CH_SUFFIX = ["strasse", "strasse", "weg", "gasse", "platz", "rain", "halde"]
US_WORDS = ["Oak", "Maple", "Cedar", "Elm", "Pine", "Main", "Park", "Lake", "Hill", "Washington", "Lincoln",
            "Jefferson", "Sunset", "Highland", "Willow", "Ridge", "River", "Spring", "Chestnut", "Walnut"]
US_SUFFIX = ["St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Ct", "Way", "Pl", "Street", "Avenue", "Road", "Drive",
             "Terrace", "Parkway", "St.", "Ave."]
GB_WORDS = ["High", "Church", "Station", "Mill", "Park", "Victoria", "Queen's", "King's", "Albert", "Manor",
            "Grange", "Meadow", "Orchard", "Chapel", "Castle"]
GB_SUFFIX = ["Street", "Road", "Lane", "Close", "Avenue", "Crescent", "Gardens", "Terrace", "Drive", "Way", "Grove",
             "Mews", "Place", "Row"]
FR_STREETS = ["rue de la Paix", "avenue Jean Jaurès", "boulevard Voltaire", "rue des Lilas", "rue du Faubourg Saint-Denis",
              "place Bellecour", "quai des Chartrons", "rue Nationale", "cours Lafayette", "rue de Siam"]

COUNTRY_NAME = {
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "US": "USA", "GB": "Vereinigtes Königreich",
           "IE": "Irland", "FR": "Frankreich"},
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "US": "USA", "GB": "United Kingdom",
           "IE": "Ireland", "FR": "France"},
}

GB_LET = "ABDEFGHJLNPQRSTUWXYZ"
IE_CH = "ACDEFHKNPRTVWXY0123456789"


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


class Address:
    def __init__(self, rng, country):
        self.country = country
        r = rng
        self.state = ""
        if country == "DE":
            if r.random() < 0.55:
                town, pre, self.area = r.choice(DE_TOWNS)
            else:
                town = r.choice(DE_FAKER_TOWNS)
                pre = str(r.randint(1, 9)) + str(r.randint(0, 9))
                self.area = "0" + str(r.randint(2, 9)) + _digits(r, r.choice([2, 3]))
            self.plz = pre + _digits(r, 5 - len(pre))
            self.town = town
            x = r.random()
            if x < 0.45:
                base = r.choice(DE_STREET_WORDS) if r.random() < 0.5 else r.choice(DE_LAST)
                suf = r.choice(DE_SUFFIX)
                street = base + suf if " " not in base else base + " " + suf.capitalize()
                if "-" in base:
                    street = base + "-" + suf.capitalize()
            elif x < 0.6:
                street = r.choice(DE_LAST) + "-" + r.choice(["Straße", "Platz", "Allee", "Weg"]) if r.random() < 0.3 else r.choice(DE_STREET_WORDS) + r.choice(DE_SUFFIX)
            elif x < 0.8:
                street = r.choice(DE_AM)
            else:
                street = r.choice(DE_ADJ)
            n = str(r.randint(1, 148))
            y = r.random()
            if y < 0.15:
                n += r.choice("abcd")
            elif y < 0.2:
                n += " " + r.choice("ab")
            elif y < 0.27:
                a = r.randint(1, 60)
                n = f"{a}{r.choice(['–', '-'])}{a + r.choice([1, 2, 4])}"
            self.street = f"{street} {n}"
            self.line2 = f"{self.plz} {self.town}"
        elif country == "AT":
            if r.random() < 0.6:
                town, pre, self.area = r.choice(AT_TOWNS)
                self.plz = "1" + str(r.randint(0, 2)) + str(r.randint(0, 9)) + "0" if pre == "1" else pre + _digits(r, 2)
            else:
                town = r.choice(AT_FAKER_TOWNS)
                self.plz = str(r.randint(2, 9)) + _digits(r, 3)
                self.area = "0" + str(r.randint(2, 7)) + _digits(r, 2)
            self.town = town
            street = r.choice(AT_STREETS) if r.random() < 0.6 else r.choice(POOLS["de_AT"][2]) + r.choice(["gasse", "straße", "weg"])
            n = str(r.randint(1, 120))
            if r.random() < 0.5:
                n += f"/{r.randint(1, 9)}/{r.randint(1, 24)}" if r.random() < 0.6 else f"/{r.randint(1, 30)}"
            self.street = f"{street} {n}"
            pref = "A-" if r.random() < 0.3 else ""
            self.line2 = f"{pref}{self.plz} {self.town}"
        elif country == "CH":
            if r.random() < 0.6:
                town, pre, self.area = r.choice(CH_TOWNS)
                self.plz = pre + _digits(r, 2)
            else:
                town = r.choice(CH_FAKER_TOWNS)
                self.plz = str(r.randint(1, 9)) + _digits(r, 3)
                self.area = "0" + r.choice(["31", "41", "52", "55", "56", "62", "71", "81"])
            self.town = town
            street = r.choice(CH_WORDS) + r.choice(CH_SUFFIX)
            self.street = f"{street} {r.randint(1, 90)}{r.choice(['', '', '', 'a'])}"
            pref = "CH-" if r.random() < 0.3 else ""
            self.line2 = f"{pref}{self.plz} {self.town}"
        elif country == "US":
            town, st, zip3, self.area = r.choice(US_TOWNS)
            self.town, self.state = town, st
            self.plz = zip3 + _digits(r, 2)
            if r.random() < 0.15:
                self.plz += "-" + _digits(r, 4)
            base = r.choice(US_WORDS) if r.random() < 0.6 else r.choice(POOLS["en_US"][2])
            d = r.choice(["", "", "", "N ", "S ", "E ", "W "])
            street = f"{r.randint(2, 9899)} {d}{base} {r.choice(US_SUFFIX)}"
            if r.random() < 0.35:
                street += ", " + r.choice(["Apt 4B", f"Apt {r.randint(1, 40)}", f"Suite {r.randint(100, 950)}",
                                           f"Unit {r.randint(1, 30)}", f"#{r.randint(2, 60)}", f"Apt. {r.randint(1, 12)}{r.choice('ABC')}"])
            self.street = street
            self.line2 = f"{town}, {st} {self.plz}"
        elif country == "GB":
            town, area, self.area, _ = r.choice(GB_TOWNS)
            self.town = town
            self.plz = f"{area}{r.randint(1, 28)} {r.randint(1, 9)}{r.choice(GB_LET)}{r.choice(GB_LET)}"
            base = r.choice(GB_WORDS) if r.random() < 0.6 else r.choice(POOLS["en_GB"][2])
            street = f"{r.randint(1, 240)} {base} {r.choice(GB_SUFFIX)}"
            if r.random() < 0.25:
                street = f"{r.choice(['Flat', 'Flat', 'Apartment'])} {r.randint(1, 30)}{r.choice(['', 'A', 'B'])}, " + street
            self.street = street
            self.line2 = f"{town} {self.plz}"
        elif country == "IE":
            town, key, self.area = r.choice(IE_TOWNS)
            self.town = town
            self.plz = key + " " + r.choice("ACDEFHKNPRTVWXY") + "".join(r.choice(IE_CH) for _ in range(3))
            base = r.choice(["Main", "Church", "Bridge", "Castle", "Patrick", "Mary", "Abbey", "Harbour"])
            self.street = f"{r.randint(1, 120)} {base} {r.choice(['Street', 'Road', 'Lane', 'Terrace', 'Park', 'Avenue'])}"
            self.line2 = f"{town} {self.plz}" if r.random() < 0.5 else f"{town}, {self.plz}"
        elif country == "FR":
            town, pre, self.area = r.choice(FR_TOWNS)
            self.town = town
            self.plz = pre + _digits(r, 5 - len(pre))
            if pre == "750":
                self.plz = "750" + f"{r.randint(1, 20):02d}"
            self.street = f"{r.randint(1, 140)}{r.choice(['', '', '', ' bis'])} {r.choice(FR_STREETS)}"
            self.line2 = f"{self.plz} {town}"
        self.one = f"{self.street}, {self.line2}"
        self.ml = f"{self.street}\n{self.line2}"


# ---------------------------------------------------------------------------------------------
# phone numbers

DE_MOBILE = ["0151", "0152", "0157", "0159", "0160", "0162", "0163", "0170", "0171", "0172", "0173", "0174", "0175",
             "0176", "0177", "0178", "0179"]


def _grp(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return " ".join(x for x in out if x)


def phone(rng, country, area, mobile):
    r = rng
    if country == "DE":
        if mobile:
            pre = r.choice(DE_MOBILE)
            sub = _digits(r, 7 if pre[2] == "7" else 8) if pre != "0176" else _digits(r, 8)
            sub = str(r.randint(1, 9)) + sub[1:]
            f = r.randrange(7)
            return [f"{pre} {sub}", f"{pre}/{sub}", f"{pre}-{_grp(sub, [3, 2, 2])}", f"+49 {pre[1:]} {sub}",
                    f"+49 (0){pre[1:]} {sub}", f"0049 {pre[1:]} {_grp(sub, [3, 4])}", f"+49{pre[1:]}{sub}"][f]
        sub = str(r.randint(2, 9)) + _digits(r, 9 - len(area) + r.choice([0, 1]))
        f = r.randrange(9)
        return [f"{area} {sub}", f"{area}/{sub[:-2]}-{sub[-2:]}", f"({area}) {sub}", f"+49 {area[1:]} {sub}",
                f"+49 (0){area[1:]} {_grp(sub, [3, 2, 2])}", f"({area[0]} {area[1:]}) {_grp(sub, [2, 2, 2])}",
                f"0049 {area[1:]} {sub}", f"{area} {_grp(sub, [2, 2, 2, 2])}", f"{area}-{sub}"][f]
    if country == "AT":
        if mobile:
            pre = r.choice(["0664", "0660", "0676", "0699", "0650", "0681"])
            sub = str(r.randint(1, 9)) + _digits(r, 6)
            return r.choice([f"{pre} {sub}", f"+43 {pre[1:]} {_grp(sub, [3, 2, 2])}", f"{pre}/{sub}", f"+43 (0){pre[1:]} {sub}"])
        sub = str(r.randint(2, 9)) + _digits(r, 6 if area == "01" else 5)
        g = _grp(sub, [3, 2, 2]) if len(sub) == 7 else _grp(sub, [3, 3])
        return r.choice([f"{area} {sub}", f"+43 {area[1:]} {g}", f"{area}/{g}"])
    if country == "CH":
        pre = r.choice(["076", "077", "078", "079"]) if mobile else area
        sub = str(r.randint(2, 9)) + _digits(r, 6)
        g = _grp(sub, [3, 2, 2])
        return r.choice([f"{pre} {g}", f"+41 {pre[1:]} {g}", f"+41 (0){pre[1:]} {g}", f"0041 {pre[1:]} {g}"])
    if country == "US":
        a = area if not mobile else r.choice([area, area, "347", "646", "929", "312", "470", "737"])
        ex = str(r.randint(2, 9)) + str(r.randint(0, 9)) + str(r.randint(2, 9))
        ln = _digits(r, 4)
        return r.choice([f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}", f"+1 {a} {ex} {ln}",
                         f"+1 ({a}) {ex}-{ln}", f"1-{a}-{ex}-{ln}", f"+1-{a}-{ex}-{ln}"])
    if country == "GB":
        if mobile:
            sub = "7" + str(r.randint(4, 9)) + _digits(r, 8)
            return r.choice([f"0{sub[:4]} {sub[4:]}", f"+44 {sub[:4]} {sub[4:]}", f"+44 (0){sub[:4]} {_grp(sub[4:], [3, 3])}",
                             f"0{sub[:4]} {_grp(sub[4:], [3, 3])}"])
        town = [t for t in GB_TOWNS if t[2] == area]
        mode = town[0][3] if town else 0
        if mode == 4:
            sub = str(r.randint(2, 8)) + _digits(r, 7)
            loc = f"{sub[:4]} {sub[4:]}"
        elif mode == 3:
            sub = str(r.randint(2, 8)) + _digits(r, 6)
            loc = f"{sub[:3]} {sub[3:]}"
        else:
            sub = str(r.randint(2, 8)) + _digits(r, 5)
            loc = sub
        return r.choice([f"{area} {loc}", f"+44 {area[1:]} {loc}", f"({area}) {loc}", f"+44 (0){area[1:]} {loc}"])
    if country == "IE":
        if mobile:
            pre = r.choice(["083", "085", "086", "087", "089"])
            sub = str(r.randint(1, 9)) + _digits(r, 6)
            return r.choice([f"{pre} {sub[:3]} {sub[3:]}", f"+353 {pre[1:]} {sub[:3]} {sub[3:]}", f"({pre}) {sub}"])
        sub = str(r.randint(2, 9)) + _digits(r, 6 if area == "01" else 5)
        return r.choice([f"{area} {sub[:3]} {sub[3:]}", f"+353 {area[1:]} {sub[:3]} {sub[3:]}"])
    if country == "FR":
        pre = r.choice(["06", "07"]) if mobile else area
        sub = _digits(r, 8)
        g = _grp(sub, [2, 2, 2, 2])
        return r.choice([f"{pre} {g}", f"+33 {pre[1:]} {g}", f"+33 (0){pre[1:]} {g}", f"{pre}.{g.replace(' ', '.')}"])
    raise ValueError(country)


# ---------------------------------------------------------------------------------------------
# checksummed values

def _mod97(s):
    n = 0
    for c in s:
        n = (n * 10 + int(c)) % 97 if c.isdigit() else (n * 100 + (ord(c) - 55)) % 97
    return n


IBAN_SPEC = {"DE": [("d", 8), ("d", 10)], "AT": [("d", 5), ("d", 11)], "CH": [("d", 5), ("d", 12)],
             "GB": [("a", 4), ("d", 6), ("d", 8)], "IE": [("a", 4), ("d", 6), ("d", 8)],
             "NL": [("a", 4), ("d", 10)], "FR": [("d", 10), ("d", 11), ("d", 2)]}
GB_BANKS = ["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "AIBK", "BOFI"]


def iban(rng, country, grouped):
    parts = []
    for kind, n in IBAN_SPEC[country]:
        if kind == "a":
            parts.append(rng.choice(GB_BANKS) if country in ("GB", "IE") else rng.choice(["INGB", "ABNA", "RABO", "TRIO"]))
        else:
            parts.append(_digits(rng, n))
    bban = "".join(parts)
    check = 98 - _mod97(bban + country + "00")
    s = f"{country}{check:02d}{bban}"
    assert _mod97(s[4:] + s[:4]) == 1
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def luhn_ok(num):
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card(rng, sep=None):
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
    if kind == "visa":
        pre, n = "4" + _digits(rng, 5), 16
    elif kind == "mc":
        pre, n = str(rng.randint(51, 55)) + _digits(rng, 4), 16
    elif kind == "mc2":
        pre, n = str(rng.randint(2221, 2720)) + _digits(rng, 2), 16
    elif kind == "amex":
        pre, n = rng.choice(["34", "37"]) + _digits(rng, 4), 15
    elif kind == "disc":
        pre, n = rng.choice(["6011", "65" + _digits(rng, 2)]) + _digits(rng, 2), 16
    else:
        pre, n = str(rng.randint(3528, 3589)) + _digits(rng, 2), 16
    body = pre + _digits(rng, n - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c
            break
    if sep is None:
        sep = rng.choice([" ", " ", "-", ""])
    if not sep:
        return num
    if n == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def taxid_check(ten):
    product = 10
    for c in ten:
        s = (int(c) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    chk = 11 - product
    return 0 if chk == 10 else chk


def taxid_valid(s):
    s = s.replace(" ", "")
    if len(s) != 11 or not s.isdigit() or s[0] == "0":
        return False
    ten = s[:10]
    counts = sorted((ten.count(d) for d in set(ten)), reverse=True)
    if counts[0] == 2 and counts[1:].count(1) == 8:
        pass
    elif counts[0] == 3 and counts[1:].count(1) == 7:
        for i in range(8):
            if ten[i] == ten[i + 1] == ten[i + 2]:
                return False
    else:
        return False
    return taxid_check(ten) == int(s[10])


def taxid(rng, grouped=None):
    while True:
        digits = list("0123456789")
        rng.shuffle(digits)
        if rng.random() < 0.8:
            chosen = digits[:9]
            chosen.append(rng.choice(chosen))
        else:
            chosen = digits[:8]
            d = rng.choice(chosen)
            chosen += [d, d]
        rng.shuffle(chosen)
        ten = "".join(chosen)
        s = ten + str(taxid_check(ten))
        if taxid_valid(s):
            break
    if grouped is None:
        grouped = rng.random() < 0.4
    return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}" if grouped else s


def not_taxid_11(rng):
    while True:
        s = str(rng.randint(1, 9)) + _digits(rng, 10)
        if not taxid_valid(s):
            return s


def ipv4(rng):
    x = rng.random()
    if x < 0.2:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    if x < 0.3:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    first = rng.choice([31, 37, 46, 62, 77, 78, 79, 80, 84, 87, 91, 93, 94, 95, 109, 141, 176, 178, 185, 188, 193, 212, 217, 24, 73, 98, 104, 172])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng):
    pre = rng.choice(["2a02:8108", "2003:e5", "2001:16b8", "2a01:c22", "2600:1700", "2a00:23c5", "fe80:"])
    groups = [f"{rng.randint(0, 0xffff):x}" for _ in range(4)]
    if pre.endswith(":"):
        return "fe80::" + ":".join(groups)
    if rng.random() < 0.5:
        return pre + ":" + ":".join(groups[:2]) + "::" + groups[3]
    return pre + ":" + ":".join(f"{rng.randint(0, 0xffff):x}" for _ in range(8 - len(pre.split(":"))))


def gtin13(rng):
    body = rng.choice(["400", "401", "426", "590", "800", "871", "505"]) + _digits(rng, 9)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


# ---------------------------------------------------------------------------------------------
# e-mail

DE_MAIL = ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "outlook.de", "icloud.com", "freenet.de",
           "mailbox.org", "gmx.net", "yahoo.de"]
AT_MAIL = ["gmx.at", "aon.at", "chello.at", "gmail.com"]
CH_MAIL = ["bluewin.ch", "gmx.ch", "sunrise.ch", "gmail.com"]
EN_MAIL = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com", "btinternet.com", "aol.com",
           "protonmail.com", "eircom.net", "yahoo.co.uk", "comcast.net"]
BIZ_DOM = ["nordlicht-media.de", "studio-kranich.com", "hafenblick-verlag.de", "brightmoor.co.uk", "lakeshore-pr.com",
           "mosaik-agentur.at", "alpenfunk.ch", "quarry-lane.io", "stadtkind-magazin.de", "tidewater.agency"]


def email_for(rng, person, country, biz=False):
    f = ascii_fold(person.first).lower().replace(" ", "")
    l = ascii_fold(person.last).lower().replace(" ", "").replace("-", "")
    x = rng.randrange(7)
    local = [f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}{rng.randint(70, 99)}", f"{l}.{f}", f"{f}_{l}", f"{f}.{l}{rng.randint(1, 9)}", f"{f[0]}{l}"][x]
    if biz:
        dom = rng.choice(BIZ_DOM)
    else:
        dom = rng.choice({"DE": DE_MAIL, "AT": AT_MAIL, "CH": CH_MAIL}.get(country, EN_MAIL))
    return f"{local}@{dom}"


# ---------------------------------------------------------------------------------------------
# distractors (never labelled)

PRODUCTS_DE = ["Jacke Greta", "Sneaker Marlene", "Rucksack Henrik", "Kleid Frieda", "Pullover Ole", "Tasche Luise",
               "Chino Bruno", "Parka Jackson", "Mantel Hedwig", "Bluse Ida", "Stiefel Emil", "Schal Margot",
               "Hemd Anton", "Mütze Paula", "Weste Theo", "Cardigan Elke"]
PRODUCTS_EN = ["Harper Jacket", "Jackson Parka", "Grace Midi Dress", "Hunter Boot", "Milo Backpack", "Ada Tote",
               "Florence Trench", "Oscar Chino", "Iris Blouse", "Felix Hoodie", "Mabel Cardigan", "Otis Sneaker",
               "Stanley Overshirt", "Hazel Scarf", "Ruby Beanie", "Arthur Coat"]
COLOURS_DE = ["Olive", "Rosé", "Jade", "Salbei", "Heather", "Anthrazit", "Senf", "Petrol"]
COLOURS_EN = ["Olive", "Rose", "Jade", "Heather", "Sage", "Amber", "Ivy", "Hazel"]
COMPANIES_DE = ["Müller Logistik GmbH", "Schneider & Söhne KG", "Bauer Verpackungen GmbH", "Hartmann Druck GmbH",
                "Spedition Fischer", "Koch Textil AG", "Brandt Etiketten GmbH", "Wolf Versand GmbH"]
COMPANIES_EN = ["Baker & Sons Ltd", "Harrison Freight LLC", "Miller Packaging Co.", "Turner Print Ltd",
                "Fletcher Logistics", "Walsh & Byrne Ltd", "Carter Labels Inc.", "Cooper Freight"]


class Ctx:
    """Slot values of one text; each slot is generated on first use, so a template fixes the order."""

    def __init__(self, rng, lang, cued=(), invented_rate=0.17):
        self.rng = rng
        self.lang = lang
        self.cache = {}
        if lang == "de":
            self.country = _wchoice(rng, [("DE", 72), ("AT", 14), ("CH", 14)])
        else:
            self.country = _wchoice(rng, [("US", 40), ("GB", 34), ("IE", 10), ("DE", 10), ("FR", 6)])
        self.invented_rate = invented_rate
        self.cued = set(cued)
        self.people = []

    def person(self, k):
        key = "p" + k
        if key not in self.cache:
            while True:
                p = Person(self.rng, self.lang, invented=k in self.cued and self.rng.random() < self.invented_rate)
                if all(p.last != q.last and p.first != q.first for q in self.people):
                    break
            self.cache[key] = p
            self.people.append(p)
        return self.cache[key]

    def addr(self, k):
        key = "a" + k
        if key not in self.cache:
            self.cache[key] = Address(self.rng, self.country)
        return self.cache[key]

    def area(self):
        if "area" not in self.cache:
            self.cache["area"] = self.addr("1").area
        return self.cache["area"]

    def slot(self, name):
        """-> (type or None, value)"""
        r = self.rng
        m = re.fullmatch(r"([a-z]+?)(\d*)(?:\.([a-z0-9_]+))?", name)
        if not m:
            raise KeyError(name)
        base, num, form = m.group(1), m.group(2) or "1", m.group(3)
        de = self.lang == "de"
        if base == "p":
            p = self.person(num)
            table = {
                None: ("PERSON", p.full), "f": ("PERSON", p.first), "l": ("PERSON", p.last),
                "lc": ("PERSON", p.first.lower()), "lcfull": ("PERSON", p.full.lower()),
                "up": ("PERSON", p.full.upper()), "lf": ("PERSON", f"{p.last}, {p.first}"),
                "fi": ("PERSON", p.initial_form()), "hon": (None, p.hon()), "dear": (None, p.dear()),
                "fup": ("PERSON", p.first.upper()), "lup": ("PERSON", p.last.upper()),
                "anrede": (None, ("Frau" if p.female else "Herr") if de else ("Ms" if p.female else "Mr")),
                "sal": (None, ("Liebe" if p.female else "Lieber") if de else "Dear"),
                "fl": ("PERSON", f"{p.first[0]}. {p.last}"),
                "mail": ("EMAIL", self.memo(name, lambda: email_for(r, p, self.country))),
                "bizmail": ("EMAIL", self.memo(name, lambda: email_for(r, p, self.country, biz=True))),
                "g": (None, ("w" if p.female else "m") if de else ("f" if p.female else "m")),
            }
            return table[form]
        if base == "a":
            a = self.addr(num)
            table = {None: ("STREET_ADDRESS", a.one), "ml": ("STREET_ADDRESS", a.ml), "st": ("STREET_ADDRESS", a.street),
                     "plz": (None, a.plz), "town": (None, a.town), "state": (None, a.state),
                     "country": (None, COUNTRY_NAME[self.lang][a.country]), "line2": (None, a.line2)}
            return table[form]
        v = self.memo(name, lambda: self._other(base, form))
        return v

    def memo(self, key, fn):
        if key not in self.cache:
            self.cache[key] = fn()
        return self.cache[key]

    def _other(self, base, form):
        r = self.rng
        de = self.lang == "de"
        c = self.country
        if base == "tel":
            return ("PHONE", phone(r, c, self.area(), False))
        if base == "mob":
            return ("PHONE", phone(r, c, self.area(), True))
        if base == "dephone":
            return ("PHONE", phone(r, "DE", r.choice(DE_TOWNS)[2], r.random() < 0.5))
        if base == "mail":
            q = Person(r, self.lang)
            return ("EMAIL", email_for(r, q, c))
        if base == "rolemail":
            return ("EMAIL", r.choice(["presse", "info", "kontakt", "hello", "team", "buchhaltung", "jobs", "office"]
                                      if de else ["press", "info", "hello", "team", "accounts", "careers", "office", "events"])
                    + "@" + r.choice(BIZ_DOM))
        if base == "iban":
            ic = c if c in IBAN_SPEC else ("DE" if de else "GB")
            if r.random() < 0.2:
                ic = r.choice(["DE", "AT", "NL", "FR", "IE"])
            return ("IBAN", iban(r, ic, form != "compact" and (form == "grp" or r.random() < 0.65)))
        if base == "card":
            return ("CREDIT_CARD", card(r))
        if base == "ip":
            return ("IP_ADDRESS", ipv4(r))
        if base == "ipsix":
            return ("IP_ADDRESS", ipv6(r))
        if base == "taxid":
            return ("DE_TAX_ID", taxid(r, None if form is None else form == "grp"))
        # --- distractors
        if base == "order":
            return (None, r.choice([f"{r.randint(100, 999)}-{_digits(r, 7)}", f"DE{_digits(r, 8)}", _digits(r, 10),
                                    f"#{r.randint(10000, 99999)}", f"B-{r.randint(2023, 2026)}-{_digits(r, 5)}"]))
        if base == "inv":
            return (None, r.choice([f"RE-{r.randint(2023, 2026)}-{_digits(r, 5)}", f"INV-{_digits(r, 6)}", f"R{_digits(r, 8)}"]))
        if base == "track":
            return (None, r.choice(["00340434" + _digits(r, 12), "1Z" + "".join(r.choice("0123456789ABCDEFGHJKLMNPRTVWXY") for _ in range(16)),
                                    "JJD" + _digits(r, 18), _digits(r, 14), f"H{_digits(r, 19)}"]))
        if base == "gtin":
            return (None, gtin13(r))
        if base == "art":
            return (None, r.choice([f"{r.randint(10, 99)}-{_digits(r, 4)}", f"SKU-{_digits(r, 6)}", f"A{_digits(r, 7)}",
                                    f"{_digits(r, 3)}.{_digits(r, 3)}.{_digits(r, 2)}"]))
        if base == "cust":
            return (None, r.choice([f"KD-{_digits(r, 6)}", _digits(r, 8), f"C{_digits(r, 7)}", not_taxid_11(r)]))
        if base == "num":
            return (None, not_taxid_11(r))
        if base == "date":
            d, mth, y = r.randint(1, 28), r.randint(1, 12), r.choice([2024, 2025, 2026])
            if de:
                return (None, r.choice([f"{d:02d}.{mth:02d}.{y}", f"{d}.{mth}.{y}", f"{d:02d}.{mth:02d}."]))
            return (None, r.choice([f"{mth}/{d}/{y}", f"{d:02d}/{mth:02d}/{y}", f"{y}-{mth:02d}-{d:02d}"]))
        if base == "dob":
            d, mth, y = r.randint(1, 28), r.randint(1, 12), r.randint(1956, 2004)
            return (None, f"{d:02d}.{mth:02d}.{y}" if de else f"{mth:02d}/{d:02d}/{y}")
        if base == "time":
            return (None, f"{r.randint(7, 21):02d}:{r.choice(['00', '15', '30', '45', '05', '12', '41'])}")
        if base == "price":
            v = r.randint(5, 389) + r.choice([0.0, 0.5, 0.95, 0.99, 0.9])
            if de:
                return (None, f"{v:.2f}".replace(".", ",") + (" €" if c != "CH" else " CHF"))
            return (None, {"US": "$", "GB": "£"}.get(c, "€") + f"{v:.2f}")
        if base == "masked":
            return (None, r.choice([f"•••• {_digits(r, 4)}", f"**** **** **** {_digits(r, 4)}", f"XXXX-{_digits(r, 4)}", f"ending in {_digits(r, 4)}" if not de else f"endet auf {_digits(r, 4)}"]))
        if base == "stnr":
            return (None, r.choice([f"{r.randint(11, 99)}/{_digits(r, 3)}/{_digits(r, 5)}", f"{_digits(r, 3)}/{_digits(r, 4)}/{_digits(r, 4)}"]))
        if base == "vat":
            return (None, r.choice([f"DE{_digits(r, 9)}", f"ATU{_digits(r, 8)}", f"GB{_digits(r, 9)}", f"CHE-{_digits(r, 3)}.{_digits(r, 3)}.{_digits(r, 3)} MWST"]))
        if base == "bic":
            return (None, r.choice(["COBADEFFXXX", "DEUTDEDBBER", "GENODEF1S04", "INGDDEFFXXX", "BYLADEM1001", "NWBKGB2L", "BKAUATWW", "UBSWCHZH80A", "AIBKIE2D"]))
        if base == "ticket":
            return (None, r.choice([f"#{r.randint(1000, 99999)}", f"TCK-{_digits(r, 5)}", f"SR-{_digits(r, 6)}"]))
        if base == "ver":
            return (None, f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 12)}")
        if base == "prod":
            return (None, r.choice(PRODUCTS_DE if de else PRODUCTS_EN))
        if base == "colour":
            return (None, r.choice(COLOURS_DE if de else COLOURS_EN))
        if base == "company":
            return (None, r.choice(COMPANIES_DE if de else COMPANIES_EN))
        if base == "town":
            return (None, r.choice([t[0] for t in DE_TOWNS] if de else [t[0] for t in US_TOWNS + GB_TOWNS]))
        if base == "qty":
            return (None, str(r.randint(1, 24)))
        if base == "size":
            return (None, r.choice(["S", "M", "L", "XL", "38", "40", "42", "44", "EU 39", "UK 7"]))
        if base == "plzonly":
            return (None, _digits(r, 5) if de else r.choice([f"{_digits(r, 5)}", f"LS{r.randint(1, 20)} {r.randint(1, 9)}AB"]))
        raise KeyError(base)


SLOT_RE = re.compile(r"\{\{([a-z0-9_.]+)\}\}")


def render(template, ctx):
    out = []
    ents = []
    pos = 0
    i = 0
    for m in SLOT_RE.finditer(template):
        lit = template[i:m.start()]
        out.append(lit)
        pos += len(lit)
        typ, val = ctx.slot(m.group(1))
        if typ:
            ents.append({"type": typ, "start": pos, "end": pos + len(val), "value": val})
        out.append(val)
        pos += len(val)
        i = m.end()
    out.append(template[i:])
    text = "".join(out)
    ents.sort(key=lambda e: e["start"])
    for a, b in zip(ents, ents[1:]):
        assert a["end"] <= b["start"], (template, a, b)
    for e in ents:
        assert text[e["start"]:e["end"]] == e["value"]
    return text, ents
