"""Core of the dev half of the twenty-sixth PII bank: people, values, markers, self-checks.

Templates return strings with markers (``mk(TYPE, value)``); ``render`` strips the markers and
computes the spans in code points. Everything random goes through the ``random.Random`` of the
language, handed in as ``Ctx.r``.
"""

import datetime
import ipaddress
import re
import unicodedata

import pii26_dev_names as N

MO, MM, MC = "\ue000", "\ue001", "\ue002"
TYPES = ("PERSON", "EMAIL", "PHONE", "STREET_ADDRESS", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID")


def mk(typ, val):
    assert typ in TYPES, typ
    assert MO not in val and MM not in val and MC not in val, val
    return f"{MO}{typ}{MM}{val}{MC}"


class Redraw(Exception):
    pass


def render(s):
    out = []
    ents = []
    n = 0
    i = 0
    while True:
        j = s.find(MO, i)
        if j < 0:
            out.append(s[i:])
            break
        out.append(s[i:j])
        n += j - i
        k = s.index(MM, j)
        e = s.index(MC, k)
        typ = s[j + 1:k]
        val = s[k + 1:e]
        if MO in val:
            raise ValueError("nested marker")
        out.append(val)
        ents.append({"type": typ, "start": n, "end": n + len(val), "value": val})
        n += len(val)
        i = e + 1
    return "".join(out), ents


# ----------------------------------------------------------------------------- folding

def ascii_fold(s):
    s = (s.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
         .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ø", "o").replace("Ø", "O")
         .replace("æ", "ae").replace("å", "a").replace("ł", "l").replace("Ł", "L").replace("đ", "d")
         .replace("Đ", "D").replace("ı", "i").replace("İ", "I"))
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def soft_fold(s):
    """Spelling in German/English texts without the special letters (Turkish, Vietnamese)."""
    s = s.replace("ı", "i").replace("İ", "I").replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    keep = []
    for ch in s:
        if unicodedata.combining(ch) and ch not in ("\u0308",):  # keep umlaut dots
            continue
        keep.append(ch)
    return unicodedata.normalize("NFC", "".join(keep))


# ----------------------------------------------------------------------------- names

FEM_SPECIAL = {"Němec": "Němcová", "Vaněk": "Vaňková"}


def feminize(sur, rule):
    if rule == "pl":
        if sur.endswith("ki"):
            return sur[:-1] + "a"
        return sur
    if rule == "ru":
        for a, b in (("ow", "owa"), ("ew", "ewa"), ("in", "ina"), ("yn", "yna")):
            if sur.endswith(a):
                return sur + b[len(a):] if b.startswith(a) else sur[: -len(a)] + b
        return sur
    if rule == "cz":
        if sur in FEM_SPECIAL:
            return FEM_SPECIAL[sur]
        if sur.endswith("ý"):
            return sur[:-1] + "á"
        if sur.endswith("a"):
            return sur[:-1] + "ová"
        if sur.endswith("ek"):
            return sur[:-2] + "ková"
        return sur + "ová"
    if rule == "gr":
        for a, b in (("opoulos", "opoulou"), ("idis", "idou"), ("akis", "aki"), ("as", "a"),
                     ("is", "i"), ("os", "ou")):
            if sur.endswith(a):
                return sur[: -len(a)] + b
        return sur
    return sur


POOLS = {}
for _o, _d in N.ORIGINS.items():
    POOLS[_o] = {"f": N.split_names(_d["f"]), "m": N.split_names(_d["m"]), "s": N.split_names(_d["s"]),
                 "fem": _d.get("fem")}
ORIGIN_LIST = list(N.ORIGINS)
WORD_SURNAMES = {k: N.split_names(v) for k, v in N.WORD_SURNAMES.items()}
PARTICLES = N.PARTICLES

BRAND_WORDS = """Talgrat Almweg Fernkamm Firstwand Gitterhang Hochsattel Kaltkar Morgengrat Rinnental
Schauerpass Steinlauf Trittweg Wintersteig Slate Fir Shade Hut Orange Ridge Blue Rock Grey Lichen Alpenglow
Gentian Limestone Peat Brown Schiefer Tannenschatten Hüttenorange Gratblau Felsgrau Flechte Alpenglühen
Enzian Kalkstein Moorbraun Oberhalden""".split()


def _name_tokens(s):
    return [t for t in re.split(r"[\s\-]+", s) if t]


def _build_lookup():
    look = []
    for o in ORIGIN_LIST:
        p = POOLS[o]
        for nm in p["f"] + p["m"] + p["s"]:
            look.append(nm)
        if p["fem"]:
            for nm in p["s"]:
                look.append(feminize(nm, p["fem"]))
    for lst in WORD_SURNAMES.values():
        look.extend(lst)
    out = []
    for nm in look:
        for t in _name_tokens(nm):
            for v in (t, ascii_fold(t), soft_fold(t), t.replace("ß", "ss")):
                out.append(v.lower())
                out.append(v.upper().lower())
    return dict.fromkeys(out)


LOOKUP = _build_lookup()
BRAND_LOWER = dict.fromkeys(w.lower() for w in BRAND_WORDS)

INV_ON = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "r", "s", "t", "v", "w", "z", "br", "dr", "gr",
          "kr", "st", "tr", "fl", "gl", "pr", "th", "kl", "sch"]
INV_V = ["a", "e", "i", "o", "u", "a", "e", "i", "o", "ei", "au", "ie"]
INV_V2 = ["a", "e", "i", "o", "u"]
INV_CO = ["", "", "", "n", "r", "l", "s", "nd", "rt", "m", "lm", "rk"]
INV_GF = ["a", "ine", "ella", "ia", "eth", "ly", "ina", "ara", "ette", "elle", "ra", "ika"]
INV_GM = ["o", "an", "ert", "ik", "us", "en", "old", "ian", "as", "ard", "win", "mar"]
INV_S = {"de": ["er", "mann", "inger", "ke", "brecht", "hold", "stedt", "ner", "ler", "rich", "wald", "huber",
                "egger", "ski", "sen", "eder", "hoff", "lich"],
         "en": ["ley", "ton", "well", "wick", "by", "ford", "more", "ham", "ridge", "ett", "son", "field",
                "worth", "ings", "ock", "den"]}


def invent_part(r, lang, kind, gender):
    for _ in range(200):
        core = r.choice(INV_ON).capitalize() + r.choice(INV_V)
        if r.random() < 0.45:
            core += r.choice(["", "", "n", "r", "l", "s"]) + r.choice(INV_ON[:15]) + r.choice(INV_V2)
        else:
            core += r.choice(INV_CO)
        if kind == "g":
            nm = core + r.choice(INV_GF if gender == "f" else INV_GM)
        else:
            nm = core + r.choice(INV_S[lang])
        low = nm.lower()
        if re.search(r"[aeiou]{3}|([^aeiou])\1|[^aeiouy]{4}", low):
            continue
        if low in LOOKUP or low in BRAND_LOWER or len(nm) < 4 or len(nm) > 12:
            continue
        return nm
    raise RuntimeError("no invented name")


def main_part(sur):
    toks = [t for t in sur.split() if t.lower() not in PARTICLES]
    if not toks:
        return sur
    return toks[0]


class Person:
    def __init__(self, c, given, sur, gender, origin, invented):
        self.c = c
        self.given = given
        self.surname = sur
        self.gender = gender
        self.origin = origin
        self.invented = invented

    # raw strings
    @property
    def full_raw(self):
        return f"{self.given} {self.surname}"

    def _p(self, s):
        return mk("PERSON", s)

    @property
    def full(self):
        return self._p(self.full_raw)

    @property
    def sur(self):
        return self._p(self.surname)

    @property
    def giv(self):
        return self._p(self.given)

    @property
    def lf(self):
        return self._p(f"{self.surname}, {self.given}")

    @property
    def LF(self):
        return self._p(f"{self.surname.upper()}, {self.given}")

    @property
    def SUR(self):
        return self._p(self.surname.upper())

    @property
    def ini(self):
        return self._p(f"{self.given[0]}. {self.surname}")

    @property
    def gi(self):
        return self._p(f"{self.given} {main_part(self.surname)[0]}.")

    @property
    def up(self):
        return self._p(self.full_raw.upper())

    @property
    def low(self):
        return self._p(self.full_raw.lower())

    @property
    def glow(self):
        return self._p(self.given.lower())

    @property
    def hon_raw(self):
        """Honorific, drawn once per person (the dot after Mr/Ms/Dr may vary)."""
        if getattr(self, "_hon", None) is None:
            self._hon = self._draw_hon()
        h = self._hon
        if self.c.lang == "en" and h in ("Mr", "Ms", "Mrs", "Dr", "Mr.", "Ms.", "Mrs.", "Dr.") and self.c.maybe(0.3):
            h = h[:-1] if h.endswith(".") else h + "."
        return h

    def _draw_hon(self):
        c = self.c
        r = c.r
        if c.lang == "en":
            if self.gender == "f":
                return r.choice(["Ms", "Ms", "Ms.", "Mrs", "Mrs.", "Dr", "Dr."])
            return r.choice(["Mr", "Mr", "Mr.", "Mr.", "Dr", "Dr."])
        base = "Frau" if self.gender == "f" else "Herr"
        x = r.random()
        if c.var == "AT" and x < 0.25:
            return base + " " + r.choice(["Mag.", "DI", "Ing.", "Dr."])
        if x < 0.1:
            return base + " Dr."
        return base

    @property
    def hon(self):
        return f"{self.hon_raw} {self.sur}"

    @property
    def hond(self):
        """Honorific and surname after a German preposition (Herrn for men)."""
        h = self.hon_raw
        if self.c.lang == "de" and h.startswith("Herr"):
            h = "Herrn" + h[4:]
        return f"{h} {self.sur}"

    @property
    def honfulld(self):
        h = self.hon_raw
        if self.c.lang == "de" and h.startswith("Herr"):
            h = "Herrn" + h[4:]
        return f"{h} {self.full}"

    @property
    def honfull(self):
        return f"{self.hon_raw} {self.full}"

    def any(self, *forms):
        forms = forms or ("full", "full", "full", "sur_h", "giv")
        f = self.c.r.choice(forms)
        if f == "sur_h":
            return self.hon
        return getattr(self, f)

    def mail(self, domain=None, work=False):
        """The person's e-mail address; without arguments always the same one."""
        if domain is None and not work:
            if getattr(self, "_mail", None) is None:
                self._mail = self.mail_raw()
            return mk("EMAIL", self._mail)
        return mk("EMAIL", self.mail_raw(domain, work))

    def mail_raw(self, domain=None, work=False):
        r = self.c.r
        g = re.sub(r"[^a-z]", "", ascii_fold(self.given.split()[0].split("-")[0]).lower())
        s = re.sub(r"[^a-z]", "", ascii_fold(main_part(self.surname)).lower())
        if work:
            local = r.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{g}.{s}", f"{s}"])
        else:
            local = r.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{g}{s}", f"{s}.{g}", f"{g}_{s}",
                              f"{g}{s[0]}", f"{g}.{s}{r.randint(1, 99)}", f"{g}{r.randint(70, 99)}",
                              f"{s}{r.randint(1, 999)}", f"{g}.{s}"])
        if domain is None:
            domain = self.c.mail_domain()
        return f"{local}@{domain}"


# ----------------------------------------------------------------------------- places

# (postcode, town, [streets])
DE_TOWNS = [
    ("10115", "Berlin", ["Invalidenstraße", "Chausseestraße", "Bergstraße"]),
    ("10437", "Berlin", ["Kastanienallee", "Schönhauser Allee", "Lychener Straße"]),
    ("20095", "Hamburg", ["Spitalerstraße", "Mönckebergstraße"]),
    ("22765", "Hamburg", ["Große Brunnenstraße", "Bahrenfelder Straße", "Friedensallee"]),
    ("80331", "München", ["Sendlinger Straße", "Rosental", "Hackenstraße"]),
    ("81667", "München", ["Wörthstraße", "Pariser Straße", "Rosenheimer Straße"]),
    ("50667", "Köln", ["Hohe Straße", "Breite Straße", "Komödienstraße"]),
    ("60311", "Frankfurt am Main", ["Töngesgasse", "Fahrgasse", "Berliner Straße"]),
    ("70173", "Stuttgart", ["Calwer Straße", "Eberhardstraße"]),
    ("40213", "Düsseldorf", ["Bolkerstraße", "Mertensgasse"]),
    ("04109", "Leipzig", ["Nikolaistraße", "Katharinenstraße"]),
    ("01067", "Dresden", ["Wilsdruffer Straße", "Schweriner Straße"]),
    ("90402", "Nürnberg", ["Königstraße", "Färberstraße"]),
    ("28195", "Bremen", ["Sögestraße", "Obernstraße"]),
    ("30159", "Hannover", ["Georgstraße", "Knochenhauerstraße"]),
    ("79098", "Freiburg im Breisgau", ["Salzstraße", "Gerberau"]),
    ("87435", "Kempten", ["Fischersteige", "Bodmanstraße"]),
    ("87527", "Sonthofen", ["Grüntenstraße", "Sonnenstraße"]),
    ("82467", "Garmisch-Partenkirchen", ["Ludwigstraße", "Zugspitzstraße"]),
    ("83471", "Berchtesgaden", ["Maximilianstraße", "Salzburger Straße"]),
    ("69117", "Heidelberg", ["Plöck", "Untere Straße"]),
    ("93047", "Regensburg", ["Gesandtenstraße", "Wahlenstraße"]),
    ("48143", "Münster", ["Salzstraße", "Ludgeristraße"]),
    ("24103", "Kiel", ["Holstenstraße", "Dänische Straße"]),
    ("18055", "Rostock", ["Kröpeliner Straße", "Wollenweberstraße"]),
    ("99084", "Erfurt", ["Anger", "Marktstraße"]),
    ("86150", "Augsburg", ["Maximilianstraße", "Karolinenstraße"]),
    ("97070", "Würzburg", ["Domstraße", "Eichhornstraße"]),
    ("72070", "Tübingen", ["Neckarhalde", "Haaggasse"]),
    ("37073", "Göttingen", ["Weender Straße", "Groner Straße"]),
    ("88131", "Lindau (Bodensee)", ["Maximilianstraße", "Cramergasse"]),
    ("83022", "Rosenheim", ["Münchener Straße", "Kufsteiner Straße"]),
]
DE_STREETS = ["Lindenstraße", "Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße", "Goethestraße",
              "Am Mühlbach", "Birkenweg", "Waldstraße", "Ahornallee", "Rosenstraße", "Feldweg",
              "Kastanienweg", "Uhlandstraße", "Am Sonnenhang", "Eichendorffweg", "Brunnengasse", "Talstraße",
              "Mozartstraße", "Lessingstraße", "Wiesenstraße", "Im Winkel", "Am Anger", "Kirchgasse",
              "Tulpenweg", "Hirtenweg", "Zur Alten Mühle", "Buchenring", "Mühlenstraße"]

AT_TOWNS = [
    ("1010", "Wien", ["Herrengasse", "Wollzeile", "Singerstraße"]),
    ("1060", "Wien", ["Mariahilfer Straße", "Gumpendorfer Straße", "Esterházygasse"]),
    ("1070", "Wien", ["Neubaugasse", "Zieglergasse", "Kaiserstraße"]),
    ("1150", "Wien", ["Märzstraße", "Hütteldorfer Straße"]),
    ("1180", "Wien", ["Währinger Straße", "Gentzgasse", "Kreuzgasse"]),
    ("1020", "Wien", ["Praterstraße", "Taborstraße", "Karmelitergasse"]),
    ("5020", "Salzburg", ["Getreidegasse", "Linzer Gasse", "Schallmooser Hauptstraße"]),
    ("6020", "Innsbruck", ["Maria-Theresien-Straße", "Museumstraße", "Anichstraße"]),
    ("8010", "Graz", ["Schmiedgasse", "Annenstraße", "Sporgasse"]),
    ("4020", "Linz", ["Landstraße", "Herrenstraße", "Bethlehemstraße"]),
    ("9020", "Klagenfurt am Wörthersee", ["Bahnhofstraße", "Kramergasse"]),
    ("6900", "Bregenz", ["Kaiserstraße", "Rathausstraße"]),
    ("6850", "Dornbirn", ["Marktstraße", "Schulgasse"]),
    ("9500", "Villach", ["Hauptplatz", "Italiener Straße"]),
    ("6370", "Kitzbühel", ["Vorderstadt", "Hinterstadt"]),
    ("5700", "Zell am See", ["Seegasse", "Dreifaltigkeitsgasse"]),
    ("3100", "St. Pölten", ["Kremser Gasse", "Wiener Straße"]),
    ("8700", "Leoben", ["Franz-Josef-Straße", "Homanngasse"]),
]
AT_STREETS = ["Hauptstraße", "Kirchengasse", "Schulgasse", "Dorfstraße", "Lindengasse", "Feldgasse",
              "Bergstraße", "Wiesenweg", "Sonnenweg"]

CH_TOWNS = [
    ("8001", "Zürich", ["Bahnhofstrasse", "Limmatquai", "Rennweg"]),
    ("8004", "Zürich", ["Langstrasse", "Badenerstrasse", "Zweierstrasse"]),
    ("3011", "Bern", ["Spitalgasse", "Marktgasse", "Kramgasse"]),
    ("4051", "Basel", ["Steinenvorstadt", "Gerbergasse", "Spalenberg"]),
    ("6003", "Luzern", ["Pilatusstrasse", "Hirschmattstrasse"]),
    ("9000", "St. Gallen", ["Multergasse", "Spisergasse"]),
    ("8400", "Winterthur", ["Marktgasse", "Steinberggasse"]),
    ("7000", "Chur", ["Obere Gasse", "Poststrasse"]),
    ("3920", "Zermatt", ["Bahnhofstrasse", "Hofmattstrasse"]),
    ("3800", "Interlaken", ["Höheweg", "Jungfraustrasse"]),
    ("6300", "Zug", ["Baarerstrasse", "Neugasse"]),
    ("5000", "Aarau", ["Rathausgasse", "Bahnhofstrasse"]),
    ("3600", "Thun", ["Obere Hauptgasse", "Bälliz"]),
    ("7500", "St. Moritz", ["Via Serlas", "Via Maistra"]),
    ("8200", "Schaffhausen", ["Vordergasse", "Webergasse"]),
]
CH_STREETS = ["Seestrasse", "Dorfstrasse", "Hauptstrasse", "Kirchgasse", "Rosenweg", "Gartenstrasse",
              "Schulhausstrasse", "Unterdorf", "Sonnenbergstrasse", "Feldstrasse", "Alpenstrasse"]

GB_TOWNS = [("London", ["N1", "E8", "SE15", "SW4", "NW3", "E17"]), ("Manchester", ["M14", "M20"]),
            ("Leeds", ["LS6", "LS7"]), ("Sheffield", ["S10", "S11"]), ("Bristol", ["BS6", "BS3"]),
            ("Edinburgh", ["EH6", "EH9"]), ("Glasgow", ["G12", "G41"]), ("Cardiff", ["CF24", "CF11"]),
            ("Kendal", ["LA9"]), ("Keswick", ["CA12"]), ("Ambleside", ["LA22"]), ("Inverness", ["IV2"]),
            ("York", ["YO31"]), ("Brighton", ["BN2"]), ("Oxford", ["OX4"]), ("Norwich", ["NR2"]),
            ("Newcastle upon Tyne", ["NE6"]), ("Fort William", ["PH33"]), ("Bath", ["BA1"])]
GB_STREETS = ["High Street", "Station Road", "Church Lane", "Kingsley Road", "Victoria Street", "Mill Lane",
              "Park Avenue", "Queens Road", "Albert Terrace", "Castle Street", "Bridge Street", "The Crescent",
              "Elm Grove", "Manor Way", "Orchard Close", "Hillside Drive", "Beech Road", "Chapel Street",
              "Meadow View", "Granby Row"]
GB_INWARD = "ABDEFGHJLNPQRSTUWXYZ"

US_TOWNS = [("Portland", "OR", "97205", ["503", "971"]), ("Denver", "CO", "80203", ["303", "720"]),
            ("Boulder", "CO", "80302", ["303"]), ("Seattle", "WA", "98103", ["206"]),
            ("Bend", "OR", "97701", ["541"]), ("Salt Lake City", "UT", "84105", ["801"]),
            ("Burlington", "VT", "05401", ["802"]), ("Asheville", "NC", "28801", ["828"]),
            ("Austin", "TX", "78704", ["512", "737"]), ("Chicago", "IL", "60614", ["312", "773"]),
            ("Brooklyn", "NY", "11215", ["718", "347"]), ("Boston", "MA", "02130", ["617"]),
            ("Minneapolis", "MN", "55408", ["612"]), ("Flagstaff", "AZ", "86001", ["928"]),
            ("Missoula", "MT", "59801", ["406"]), ("San Francisco", "CA", "94110", ["415"]),
            ("Madison", "WI", "53703", ["608"]), ("Ann Arbor", "MI", "48104", ["734"]),
            ("Jackson", "WY", "83001", ["307"]), ("Boise", "ID", "83702", ["208"])]
US_STREETS = ["Maple Avenue", "Oak Street", "Pine Ridge Road", "Lakeview Drive", "Cedar Lane", "Main Street",
              "Elm Street", "Washington Avenue", "Spruce Court", "Willow Way", "Aspen Circle", "Hawthorne Blvd",
              "Juniper Trail", "Riverside Drive", "Summit Avenue", "N Williams Ave", "SE Division St"]

IE_TOWNS = [("Dublin 6", "D06", None), ("Dublin 8", "D08", None), ("Cork", "T12", None),
            ("Galway", "H91", None), ("Limerick", "V94", None), ("Kilkenny", "R95", None),
            ("Westport", "F28", "Co. Mayo"), ("Ballincollig", "P31", "Co. Cork"),
            ("Killarney", "V93", "Co. Kerry"), ("Sligo", "F91", None), ("Bray", "A98", "Co. Wicklow"),
            ("Athlone", "N37", "Co. Westmeath")]
IE_STREETS = ["Seaview Terrace", "Main Street", "Church Road", "Oakfield Drive", "Castle Street", "Mill Road",
              "Strand Road", "Fairview Park", "Ashgrove Avenue", "Father Griffin Road", "Dominick Street"]
EIR = "0123456789ACDEFHKNPRTVWXY"

FR_TOWNS = [("69003", "Lyon"), ("75011", "Paris"), ("38000", "Grenoble"), ("74400", "Chamonix-Mont-Blanc"),
            ("13001", "Marseille"), ("67000", "Strasbourg"), ("31000", "Toulouse"), ("33000", "Bordeaux"),
            ("44000", "Nantes"), ("73000", "Chambéry"), ("64000", "Pau"), ("06000", "Nice"),
            ("35000", "Rennes"), ("59000", "Lille"), ("74000", "Annecy")]
FR_STREETS = ["rue des Lilas", "rue de la République", "avenue des Alpes", "chemin des Vignes",
              "place du Marché", "rue du Moulin", "quai Saint-Vincent", "rue des Écoles", "allée des Tilleuls",
              "boulevard de la Liberté", "impasse des Roses", "route de Genève"]

NL_TOWNS = [("1016", "Amsterdam"), ("3511", "Utrecht"), ("3011", "Rotterdam"), ("2514", "Den Haag"),
            ("9711", "Groningen"), ("5611", "Eindhoven"), ("2311", "Leiden"), ("2011", "Haarlem"),
            ("6511", "Nijmegen"), ("6211", "Maastricht"), ("8011", "Zwolle"), ("2611", "Delft")]
NL_STREETS = ["Prinsengracht", "Kerkstraat", "Oudegracht", "Dorpsstraat", "Stationsweg", "Lange Voorhout",
              "Molenweg", "Javastraat", "Zeeweg", "Nieuwe Binnenweg", "Vismarkt", "Breestraat"]

IT_TOWNS = [("20121", "Milano", "MI"), ("10121", "Torino", "TO"), ("39100", "Bolzano", "BZ"),
            ("38122", "Trento", "TN"), ("00184", "Roma", "RM"), ("50122", "Firenze", "FI"),
            ("40121", "Bologna", "BO"), ("16121", "Genova", "GE"), ("37121", "Verona", "VR"),
            ("32043", "Cortina d'Ampezzo", "BL"), ("11100", "Aosta", "AO"), ("24121", "Bergamo", "BG")]
IT_STREETS = ["Via Roma", "Corso Italia", "Piazza del Duomo", "Via dei Mille", "Viale Monza",
              "Via della Spiga", "Vicolo Stretto", "Via Nazionale", "Via San Francesco", "Via delle Alpi",
              "Corso Libertà"]

COUNTRY_NAME = {
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Großbritannien", "US": "USA",
           "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA",
           "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
}
COUNTRIES = ["DE", "AT", "CH", "GB", "US", "IE", "FR", "NL", "IT"]
CTY_W = {"de": [55, 15, 15, 3, 2, 2, 3, 3, 2], "en": [10, 3, 3, 32, 30, 11, 4, 4, 3]}

MAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "mailbox.org", "freenet.de", "gmail.com",
           "outlook.de", "icloud.com", "yahoo.de", "gmx.net"],
    "AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "drei.at", "outlook.com"],
    "CH": ["bluewin.ch", "gmx.ch", "hispeed.ch", "sunrise.ch", "proton.me", "gmail.com"],
    "GB": ["btinternet.com", "gmail.com", "outlook.com", "yahoo.co.uk", "sky.com", "hotmail.co.uk",
           "virginmedia.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "hotmail.com", "aol.com"],
    "IE": ["eircom.net", "gmail.com", "outlook.ie", "hotmail.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "IT": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
}
PARTNER_DOMAINS = ["bergwerk-logistik.de", "alpin-textil.at", "huettenservice.ch", "northtrail-media.co.uk",
                   "peakline-pr.com", "kaltenbach-immobilien.de", "gipfelbau-hv.de", "ridgeway-estates.co.uk",
                   "summit-facilities.com", "wandelbar-agentur.de", "schneefeld-security.at",
                   "trailhead-staffing.com", "bergsicht-recruiting.ch", "lakeland-property.co.uk"]


# ----------------------------------------------------------------------------- checksums

def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return 98 - int(num) % 97


def iban_valid(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    num = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(num) % 97 == 1


IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "GB": 22, "IE": 22, "FR": 27, "NL": 18, "IT": 27, "ES": 24,
            "BE": 16, "LU": 20, "PL": 28, "PT": 25, "DK": 18, "SE": 24, "NO": 15, "FI": 18, "LI": 21,
            "CZ": 24, "SK": 24, "HU": 28, "SI": 19, "HR": 21, "GR": 27, "RO": 24, "BG": 22, "LT": 20,
            "LV": 21, "EE": 20, "MT": 31, "CY": 28, "IS": 26, "TR": 26}


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_digit(partial):
    for x in range(10):
        if luhn_ok(partial + str(x)):
            return str(x)
    raise AssertionError


def card_issuer(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return "visa"
    if n == 16 and 51 <= int(d[:2]) <= 55:
        return "mc"
    if n == 16 and 2221 <= int(d[:4]) <= 2720:
        return "mc"
    if n == 15 and d[:2] in ("34", "37"):
        return "amex"
    if n in (16, 19) and (d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649):
        return "discover"
    return None


def card_valid(s):
    d = re.sub(r"[ \-]", "", s)
    return d.isdigit() and card_issuer(d) is not None and luhn_ok(d)


def taxid_check(d10):
    product = 10
    for ch in d10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    chk = 11 - product
    return 0 if chk == 10 else chk


def taxid_valid(s):
    d = s.replace(" ", "")
    if not re.fullmatch(r"\d{11}", d) or d[0] == "0":
        return False
    first = d[:10]
    counts = [first.count(str(x)) for x in range(10)]
    multi = [x for x in counts if x > 1]
    if len(multi) != 1 or multi[0] not in (2, 3):
        return False
    if multi[0] == 3:
        rep = str(counts.index(3))
        if rep * 3 in first:
            return False
    return taxid_check(first) == int(d[10])


def gtin_digit(d12):
    tot = sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(d12))
    return str((10 - tot % 10) % 10)


# ----------------------------------------------------------------------------- checks

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")
HANDLE_RE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_.]*[A-Za-z0-9_]")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\d|\.\d)")
IPV6_CAND = re.compile(r"[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")
IBAN_CAND = re.compile(r"(?<![A-Z0-9])([A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32})")
DIGITRUN = re.compile(r"\d+(?:[ \-]\d+)*")


def _mask(text, ranges):
    chars = list(text)
    for a, b in ranges:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = "\x00"
    return "".join(chars)


def numeric_problems(masked):
    """Valid cards, Steuer-IDs, IBANs, IPs in text outside spans."""
    for m in IPV4_RE.finditer(masked):
        if all(int(g) <= 255 for g in m.groups()):
            return "ipv4 outside: " + m.group(0)
    for m in IPV6_CAND.finditer(masked):
        tok = m.group(0).strip(".:") if not m.group(0).startswith("::") else m.group(0).rstrip(".")
        for cand in (m.group(0), tok):
            try:
                ipaddress.IPv6Address(cand)
                return "ipv6 outside: " + cand
            except ValueError:
                pass
    for m in IBAN_CAND.finditer(masked):
        comp = m.group(1).replace(" ", "")
        ln = IBAN_LEN.get(comp[:2])
        if ln and len(comp) >= ln and iban_valid(comp[:ln]):
            return "iban outside: " + comp[:ln]
    for m in DIGITRUN.finditer(masked):
        groups = re.split(r"[ \-]", m.group(0))
        joined = "".join(groups)
        starts = []
        ends = []
        pos = 0
        for g in groups:
            starts.append(pos)
            pos += len(g)
            ends.append(pos)
        # windows inside one group (longer digit runs)
        for gs, ge in zip(starts, ends):
            for i in range(gs, ge):
                for ln in range(11, 20):
                    j = i + ln
                    if j > ge:
                        break
                    w = joined[i:j]
                    if ln >= 13 and card_issuer(w) and luhn_ok(w):
                        return "card outside: " + w
                    if ln == 11 and taxid_valid(w):
                        return "taxid outside: " + w
        # windows across groups, from a group start to a group end
        for a in starts:
            for b in ends:
                if b - a < 11 or b - a > 19:
                    continue
                w = joined[a:b]
                if b - a >= 13 and card_issuer(w) and luhn_ok(w):
                    return "card outside: " + w
                if b - a == 11 and taxid_valid(w):
                    return "taxid outside: " + w
    return None


def check_text(text, ents, has_pd):
    if has_pd and not ents:
        return "no span"
    if not has_pd and ents:
        return "span in clean text"
    if text.count("\n") > 14:
        return "too many lines"
    prev_end = -1
    for e in ents:
        if text[e["start"]:e["end"]] != e["value"]:
            return "offset"
        if e["start"] < prev_end:
            return "overlap"
        prev_end = e["end"]
        v = e["value"]
        if not v or v != v.strip():
            return "space at end"
        t = e["type"]
        if t == "IBAN" and not iban_valid(v):
            return "bad iban"
        if t == "CREDIT_CARD" and not card_valid(v):
            return "bad card"
        if t == "DE_TAX_ID" and not taxid_valid(v):
            return "bad taxid"
        if t == "EMAIL" and not EMAIL_RE.fullmatch(v):
            return "bad email"
        if t == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                return "bad ip"
        if t == "PHONE" and len(re.sub(r"\D", "", v)) < 7:
            return "bad phone"
    pers = [e for e in ents if e["type"] == "PERSON"]
    for a, b in zip(pers, pers[1:]):
        gap = text[a["end"]:b["start"]]
        if re.fullmatch(r"[ \n]*", gap):
            return "adjacent persons"
    masked = _mask(text, [(e["start"], e["end"]) for e in ents])
    if EMAIL_RE.search(masked):
        return "email outside: " + EMAIL_RE.search(masked).group(0)
    prob = numeric_problems(masked)
    if prob:
        return prob
    # names: mask URLs and handles too
    extra = [m.span() for m in URL_RE.finditer(masked)] + [m.span() for m in HANDLE_RE.finditer(masked)]
    masked2 = _mask(masked, extra)
    low = masked2.lower()
    toks = []
    for e in pers:
        for t in re.split(r"[\s,.\-/]+", e["value"]):
            t = t.strip("'’")
            if len(t) < 2 or t.lower() in PARTICLES:
                continue
            toks.append(t.lower())
    for t in dict.fromkeys(toks):
        if re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", low):
            return "name part outside: " + t
    return None


def span_invented(value):
    toks = [t.strip("'’") for t in re.split(r"[\s,.\-]+", value)]
    toks = [t for t in toks if len(t) >= 2 and t.lower() not in PARTICLES]
    for t in toks:
        if t.lower() not in LOOKUP and ascii_fold(t).lower() not in LOOKUP:
            return True
    return False


# ----------------------------------------------------------------------------- products

PRODUCTS = [
    # key, en title, de title, de article, sku, price en, price de, colours en, colours de
    ("almweg", "Almweg Zip-Off Hiking Trousers", "Almweg Zip-off-Wanderhose", "die", "TG-HT-100", "€129.95",
     "129,95 €", ["Rock Grey", "Peat Brown", "Slate"], ["Felsgrau", "Moorbraun", "Schiefer"]),
    ("fernkamm", "Fernkamm 45+10 Trekking Backpack", "Fernkamm 45+10 Trekkingrucksack", "der", "TG-BP-045",
     "€229.95", "229,95 €", ["Slate", "Fir Shade", "Hut Orange"], ["Schiefer", "Tannenschatten", "Hüttenorange"]),
    ("firstwand", "Firstwand 3-Layer Rain Jacket", "Firstwand 3-Lagen-Regenjacke", "die", "TG-RJ-100",
     "€349.95", "349,95 €", ["Fir Shade", "Ridge Blue", "Hut Orange", "Slate"],
     ["Tannenschatten", "Gratblau", "Hüttenorange", "Schiefer"]),
    ("gitterhang", "Gitterhang Grid Fleece Jacket", "Gitterhang Grid-Fleecejacke", "die", "TG-FL-100",
     "€119.95", "119,95 €", ["Rock Grey", "Lichen", "Ridge Blue"], ["Felsgrau", "Flechte", "Gratblau"]),
    ("hochsattel", "Hochsattel 30 Hiking Backpack", "Hochsattel 30 Wanderrucksack", "der", "TG-BP-030",
     "€139.95", "139,95 €", ["Ridge Blue", "Fir Shade", "Slate"], ["Gratblau", "Tannenschatten", "Schiefer"]),
    ("kaltkar", "Kaltkar Down Jacket", "Kaltkar Daunenjacke", "die", "TG-DJ-100", "€289.95", "289,95 €",
     ["Alpenglow", "Ridge Blue", "Slate"], ["Alpenglühen", "Gratblau", "Schiefer"]),
    ("morgengrat", "Morgengrat Merino 150 Long-Sleeve Shirt", "Morgengrat Merino 150 Langarmshirt", "das",
     "TG-BL-100", "€89.95", "89,95 €", ["Slate", "Limestone", "Peat Brown"], ["Schiefer", "Kalkstein", "Moorbraun"]),
    ("rinnental", "Rinnental Insulated Hoody", "Rinnental Isolationshoody", "der", "TG-SI-100", "€219.95",
     "219,95 €", ["Fir Shade", "Hut Orange", "Slate"], ["Tannenschatten", "Hüttenorange", "Schiefer"]),
    ("schauerpass", "Schauerpass 2.5-Layer Rain Jacket", "Schauerpass 2,5-Lagen-Regenjacke", "die", "TG-RJ-200",
     "€199.95", "199,95 €", ["Gentian", "Lichen", "Slate"], ["Enzian", "Flechte", "Schiefer"]),
    ("steinlauf", "Steinlauf Trail Running Shoe", "Steinlauf Trailrunningschuh", "der", "TG-TS-100",
     "€159.95", "159,95 €", ["Slate/Hut Orange", "Ridge Blue/Limestone"], ["Schiefer/Hüttenorange", "Gratblau/Kalkstein"]),
    ("trittweg", "Trittweg Merino Hiking Socks", "Trittweg Merino-Wandersocken", "die", "TG-SO-100", "€24.95",
     "24,95 €", ["Rock Grey", "Fir Shade", "Hut Orange"], ["Felsgrau", "Tannenschatten", "Hüttenorange"]),
    ("wintersteig", "Wintersteig Winter Trekking Trousers", "Wintersteig Wintertrekkinghose", "die", "TG-WT-100",
     "€169.95", "169,95 €", ["Slate", "Fir Shade"], ["Schiefer", "Tannenschatten"]),
]
SHORT = {p[0]: p[1].split()[0] for p in PRODUCTS}
REPAIRS = {  # a repair that fits the product: English phrase, German object and participle
    "almweg": ("replaced the zip on", "den Reißverschluss", "ersetzt"),
    "fernkamm": ("replaced the hip-belt buckle on", "die Hüftgurtschnalle", "ersetzt"),
    "firstwand": ("replaced the zip on", "den Reißverschluss", "ersetzt"),
    "gitterhang": ("replaced the zip on", "den Reißverschluss", "ersetzt"),
    "hochsattel": ("re-stitched the shoulder strap on", "den Schultergurt", "neu vernäht"),
    "kaltkar": ("patched the sleeve of", "den Ärmel", "geflickt"),
    "rinnental": ("replaced the zip on", "den Reißverschluss", "ersetzt"),
    "schauerpass": ("re-taped the seams of", "die Nähte", "neu abgeklebt"),
    "steinlauf": ("re-glued the sole of", "die Sohle", "neu verklebt"),
    "wintersteig": ("replaced the zip on", "den Reißverschluss", "ersetzt"),
}

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


class Ctx:
    """Per-text drawing context."""

    def __init__(self, r, lang, genre, cue_ok=True):
        self.r = r
        self.lang = lang
        self.genre = genre
        self.cue_ok = cue_ok
        self.people = []
        self.swiss = False
        self.us_town = None
        self.last_town = None
        self.setcty(self.wpick(COUNTRIES, CTY_W[lang]))

    # -- basics
    def wpick(self, xs, ws):
        return self.r.choices(xs, weights=ws, k=1)[0]

    def ch(self, *xs):
        return self.r.choice(xs)

    def pick(self, xs):
        return self.r.choice(xs)

    def maybe(self, p=0.5):
        return self.r.random() < p

    def opt(self, s, p=0.5):
        """An optional line: the line or None (dropped by lines())."""
        return s if self.r.random() < p else None

    def inl(self, s, p=0.5):
        """An optional inline piece: the piece or an empty string."""
        return s if self.r.random() < p else ""

    def rint(self, a, b):
        return self.r.randint(a, b)

    def digits(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def sample(self, xs, k):
        return self.r.sample(xs, k)

    def setcty(self, cty):
        self.cty = cty
        self.var = cty if cty in ("AT", "CH") else "DE"
        self.swiss = self.lang == "de" and cty == "CH"

    def variant(self, weights=(60, 20, 20)):
        """German texts: pick DE/AT/CH and set the country."""
        v = self.wpick(["DE", "AT", "CH"], list(weights))
        self.setcty(v)
        return v

    def other_cty(self):
        if self.maybe(0.8):
            return self.cty
        return self.wpick(COUNTRIES, CTY_W[self.lang])

    # -- people
    def person(self, origin=None, gender=None, cue=True, local=True):
        r = self.r
        w = dict(N.WEIGHTS[self.lang])
        if local:
            boost = {"AT": ("austrian", 5), "CH": ("swiss", 5), "IE": ("irish", 5), "FR": ("french", 8),
                     "NL": ("dutch", 8), "IT": ("italian", 8), "US": ("american", 1.6), "GB": ("english", 1.3)}
            if self.cty in boost:
                o, f = boost[self.cty]
                w[o] = w[o] * f
        if origin is None:
            origin = self.wpick(ORIGIN_LIST, [w[o] for o in ORIGIN_LIST])
        pool = POOLS[origin]
        if gender is None:
            gender = self.ch("f", "m")
        given = r.choice(pool[gender])
        sur = r.choice(pool["s"])
        x = r.random()
        hyph = False
        if origin == "spanish" and x < 0.35:
            sur2 = r.choice([s for s in pool["s"] if " " not in s])
            if " " not in sur and sur2 != sur:
                sur = f"{sur} {sur2}"
        elif origin in N.HYPHEN_ORIGINS and x < 0.11:
            a, b = r.choice(pool["s"]), r.choice(pool["s"])
            if " " not in a and " " not in b and a != b:
                sur = f"{a}-{b}"
                hyph = True
        if r.random() < 0.035:
            sur = r.choice(WORD_SURNAMES[self.lang])
            hyph = False
        elif pool["fem"] and gender == "f":
            sur = feminize(sur, pool["fem"])
        if origin in ("turkish", "vietnamese") and r.random() < 0.4:
            given, sur = soft_fold(given), soft_fold(sur)
        invented = False
        if cue and self.cue_ok and r.random() < 0.11:
            invented = True
            y = r.random()
            ilang = "de" if origin in ("german", "austrian", "swiss") or (self.lang == "de" and y < 0.5) else "en"
            if y < 0.6:
                given = invent_part(r, ilang, "g", gender)
                sur = invent_part(r, ilang, "s", gender)
            elif y < 0.8:
                given = invent_part(r, ilang, "g", gender)
            else:
                sur = invent_part(r, ilang, "s", gender)
        for q in self.people:
            if q.given == given or q.surname == sur:
                raise Redraw("same name part twice")
        p = Person(self, given, sur, gender, origin, invented)
        p.hyphenated = hyph and "-" in sur
        p.word_surname = sur in WORD_SURNAMES[self.lang]
        self.people.append(p)
        return p

    def mail_domain(self, cty=None):
        return self.pick(MAIL_DOMAINS[cty or self.other_cty()])

    def role_mail(self, local=None, dom=None):
        if local is None:
            local = self.pick(["service", "kundenservice", "hello", "support", "team", "info", "jobs",
                               "filialen", "hr", "facility"] if self.lang == "de" else
                              ["service", "hello", "support", "team", "info", "careers", "stores", "hr",
                               "facilities", "community"])
        if dom is None:
            dom = "talgrat.de" if self.lang == "de" else "talgrat.com"
        return mk("EMAIL", f"{local}@{dom}")

    def partner_mail(self, p=None, dom=None):
        dom = dom or self.pick(PARTNER_DOMAINS)
        if p is None:
            return mk("EMAIL", f"{self.pick(['office', 'info', 'kontakt', 'hello', 'team', 'empfang'])}@{dom}")
        return p.mail(dom, work=True)

    def staff_mail(self, p):
        return p.mail("talgrat.de" if self.lang == "de" else self.ch("talgrat.com", "talgrat.de"), work=True)

    # -- addresses
    def _de_num(self):
        n = str(self.rint(1, 148))
        if self.maybe(0.15):
            n += self.ch("a", "b", "c", " a")
        return n

    def addr_parts(self, cty=None):
        """(street, postcode, town, extra) as plain strings."""
        cty = cty or self.other_cty()
        r = self.r
        if cty == "DE":
            pc, town, sts = r.choice(DE_TOWNS)
            st = r.choice(sts + DE_STREETS)
            return f"{st} {self._de_num()}", pc, town, ""
        if cty == "AT":
            pc, town, sts = r.choice(AT_TOWNS)
            st = r.choice(sts + AT_STREETS)
            num = str(self.rint(1, 120))
            if self.maybe(0.6):
                num += f"/{self.rint(1, 9)}" + (f"/{self.rint(1, 24)}" if self.maybe(0.6) else "")
            return f"{st} {num}", pc, town, ""
        if cty == "CH":
            pc, town, sts = r.choice(CH_TOWNS)
            st = r.choice(sts + CH_STREETS)
            return f"{st} {self.rint(1, 90)}{self.inl(self.ch('a', 'b'), 0.1)}", pc, town, ""
        if cty == "GB":
            town, outs = r.choice(GB_TOWNS)
            pc = f"{r.choice(outs)} {self.rint(1, 9)}{r.choice(GB_INWARD)}{r.choice(GB_INWARD)}"
            st = f"{self.rint(1, 220)} {r.choice(GB_STREETS)}"
            if self.maybe(0.3):
                st = self.ch(f"Flat {self.rint(1, 12)}, ", f"Flat {self.rint(1, 4)}{self.ch('A', 'B', 'C')}, ") + st
            return st, pc, town, ""
        if cty == "US":
            town, state, zc, _ = r.choice(US_TOWNS)
            self.us_town = (town, state)
            st = f"{self.rint(12, 9870)} {r.choice(US_STREETS)}"
            if self.maybe(0.35):
                st += self.ch(f", Apt {self.rint(1, 30)}{self.ch('', 'A', 'B', 'C')}", f", Suite {self.rint(100, 450)}",
                              f" #{self.rint(2, 40)}")
            return st, zc, town, state
        if cty == "IE":
            town, rk, co = r.choice(IE_TOWNS)
            eir = f"{rk} " + "".join(r.choice(EIR) for _ in range(4))
            st = f"{self.rint(1, 80)} {r.choice(IE_STREETS)}"
            if self.maybe(0.2):
                st = f"Apartment {self.rint(1, 40)}, " + st
            return st, eir, town, co or ""
        if cty == "FR":
            pc, town = r.choice(FR_TOWNS)
            return f"{self.rint(1, 120)}{self.inl(' bis', 0.1)} {r.choice(FR_STREETS)}", pc, town, ""
        if cty == "NL":
            pc, town = r.choice(NL_TOWNS)
            pc = f"{pc} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}"
            return f"{r.choice(NL_STREETS)} {self.rint(1, 300)}{self.inl(self.ch('-A', ' II', '-1'), 0.15)}", pc, town, ""
        if cty == "IT":
            pc, town, prov = r.choice(IT_TOWNS)
            return f"{r.choice(IT_STREETS)} {self.rint(1, 140)}", pc, town, prov
        raise ValueError(cty)

    def town_line(self, cty, pc, town, extra):
        if cty == "DE":
            return f"{self.ch('', '', '', '', '', 'D-')}{pc} {town}"
        if cty == "AT":
            return f"{self.ch('', '', 'A-')}{pc} {town}"
        if cty == "CH":
            return f"{self.ch('', '', 'CH-')}{pc} {town}"
        if cty == "GB":
            return f"{town} {pc}"
        if cty == "US":
            return f"{town}, {extra} {pc}"
        if cty == "IE":
            return f"{town}{', ' + extra if extra else ''} {pc}"
        if cty == "FR":
            return f"{pc} {town}"
        if cty == "NL":
            return f"{pc} {town}" if self.maybe(0.8) else f"{pc}  {town.upper()}"
        if cty == "IT":
            return f"{pc} {town} {self.ch(extra, '(' + extra + ')')}"
        raise ValueError(cty)

    def addr(self, form=None, cty=None):
        cty = cty or self.other_cty()
        form = form or self.ch("line", "line", "two", "street")
        st, pc, town, extra = self.addr_parts(cty)
        if form == "street":
            self.last_town = town
            return mk("STREET_ADDRESS", st)
        tl = self.town_line(cty, pc, town, extra)
        self.last_town = town
        sep = "\n" if form == "two" else ", "
        if cty == "NL" and "  " in tl and form == "line":
            tl = tl.replace("  ", " ")
        return mk("STREET_ADDRESS", f"{st}{sep}{tl}")

    def addr_cells(self, cty=None):
        """Street as a span, postcode and town plain (for tables and forms)."""
        cty = cty or self.other_cty()
        st, pc, town, extra = self.addr_parts(cty)
        return mk("STREET_ADDRESS", st), pc, town, cty

    def cname(self, cty):
        return COUNTRY_NAME[self.lang][cty]

    # -- phones
    def phone_raw(self, cty=None, mobile=None):
        cty = cty or self.other_cty()
        r = self.r
        d = self.digits
        mob = self.maybe(0.55) if mobile is None else mobile
        if cty == "DE":
            if mob:
                pre = self.ch("151", "152", "157", "160", "162", "163", "170", "171", "172", "173", "174",
                              "175", "176", "177", "178", "179", "159")
                num = d(7) if pre.startswith("17") or pre.startswith("16") else d(8)
                return self.ch(f"0{pre} {num}", f"0{pre}/{num}", f"+49 {pre} {num}", f"+49 {pre} {num[:3]} {num[3:]}",
                               f"0{pre}-{num}", f"0049 {pre} {num}", f"0{pre} {num[:3]} {num[3:]}")
            area = self.ch("30", "40", "89", "221", "69", "711", "341", "911", "831", "8321", "8821", "761",
                           "421", "511", "351", "6221", "941", "431", "8031")
            num = d(9 - len(area)) if len(area) > 2 else d(8)
            return self.ch(f"0{area} {num}", f"0{area}/{num}", f"+49 {area} {num}", f"+49 (0){area} {num}",
                           f"(0{area}) {num}", f"0{area}-{num}", f"0049 {area} {num}",
                           f"0{area} {num[:-4]} {num[-4:]}")
        if cty == "AT":
            if mob:
                pre = self.ch("664", "660", "650", "676", "699", "681", "688")
                num = d(7)
                return self.ch(f"0{pre} {num[:3]} {num[3:5]} {num[5:]}", f"+43 {pre} {num}", f"0{pre}/{num}",
                               f"+43 {pre} {num[:3]} {num[3:]}", f"0043 {pre} {num}")
            area = self.ch("1", "662", "512", "316", "732", "463", "5574", "5356")
            num = d(7) if area == "1" else d(6)
            return self.ch(f"0{area} {num}", f"+43 {area} {num}", f"0{area}/{num[:3]} {num[3:]}",
                           f"+43 (0){area} {num}")
        if cty == "CH":
            if mob:
                pre = self.ch("76", "77", "78", "79")
            else:
                pre = self.ch("44", "31", "61", "41", "71", "52", "81", "27", "33")
            n = d(7)
            return self.ch(f"0{pre} {n[:3]} {n[3:5]} {n[5:]}", f"+41 {pre} {n[:3]} {n[3:5]} {n[5:]}",
                           f"+41 (0){pre} {n[:3]} {n[3:5]} {n[5:]}", f"0041 {pre} {n[:3]} {n[3:5]} {n[5:]}")
        if cty == "GB":
            if mob:
                n = "7" + self.ch("700", "400", "500", "800", "900", "911", "723", "834") + d(6)
                return self.ch(f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44 (0){n[:4]} {n[4:]}",
                               f"0{n[:4]} {n[4:7]} {n[7:]}")
            area = self.ch("20", "113", "114", "117", "131", "141", "29", "161", "1539", "17687", "1463", "1904")
            if area in ("20", "29"):
                n = d(8)
                return self.ch(f"0{area} {n[:4]} {n[4:]}", f"+44 {area} {n[:4]} {n[4:]}", f"+44 (0){area} {n[:4]} {n[4:]}")
            n = d(10 - len(area))
            return self.ch(f"0{area} {n}", f"+44 {area} {n}", f"(0{area}) {n}", f"0{area} {n[:3]} {n[3:]}")
        if cty == "US":
            if self.us_town and self.maybe(0.8):
                t = [x for x in US_TOWNS if x[0] == self.us_town[0]][0]
            else:
                t = self.pick(US_TOWNS)
            ac = self.pick(t[3])
            ex = str(self.rint(201, 989))
            n = d(4)
            return self.ch(f"({ac}) {ex}-{n}", f"{ac}-{ex}-{n}", f"+1 {ac} {ex} {n}", f"+1 ({ac}) {ex}-{n}",
                           f"{ac}.{ex}.{n}", f"+1-{ac}-{ex}-{n}")
        if cty == "IE":
            if mob:
                pre = self.ch("83", "85", "86", "87", "89")
                n = d(7)
                return self.ch(f"0{pre} {n[:3]} {n[3:]}", f"+353 {pre} {n[:3]} {n[3:]}", f"+353 (0){pre} {n}")
            area = self.ch("1", "21", "91", "61", "56", "98")
            n = d(7) if area == "1" else d(6 if len(area) > 1 else 7)
            return self.ch(f"0{area} {n[:3]} {n[3:]}", f"+353 {area} {n[:3]} {n[3:]}")
        if cty == "FR":
            first = self.ch("6", "7") if mob else self.ch("1", "4", "5")
            n = d(8)
            pairs = " ".join(n[i:i + 2] for i in range(0, 8, 2))
            return self.ch(f"0{first} {pairs}", f"+33 {first} {pairs}", f"0{first}.{pairs.replace(' ', '.')}",
                           f"+33 (0){first} {pairs}")
        if cty == "NL":
            if mob:
                n = d(8)
                return self.ch(f"06 {n}", f"06-{n}", f"+31 6 {n}", f"+31 6 {n[:2]} {n[2:5]} {n[5:]}")
            area = self.ch("20", "30", "10", "70", "50", "40", "71")
            n = d(7)
            return self.ch(f"0{area} {n[:3]} {n[3:]}", f"+31 {area} {n[:3]} {n[3:]}", f"0{area}-{n}")
        if cty == "IT":
            if mob:
                pre = self.ch("320", "328", "333", "335", "338", "340", "347", "349", "366", "380", "393")
                n = d(7)
                return self.ch(f"{pre} {n[:3]} {n[3:]}", f"+39 {pre} {n}", f"+39 {pre} {n[:3]} {n[3:]}", f"{pre} {n}")
            area = self.ch("02", "011", "0471", "0461", "06", "055", "051", "010", "045")
            n = d(10 - len(area))
            return self.ch(f"{area} {n}", f"+39 {area} {n}", f"{area} {n[:4]} {n[4:]}")
        raise ValueError(cty)

    def phone(self, cty=None, mobile=None):
        return mk("PHONE", self.phone_raw(cty, mobile))

    # -- bank, cards, tax, ip
    def iban_raw(self, cty=None, grouped=None):
        cty = cty or self.other_cty()
        if cty == "US":
            cty = self.ch("DE", "GB", "IE")
        d = self.digits
        if cty == "DE":
            bban = d(8) + d(10)
        elif cty == "AT":
            bban = d(5) + d(11)
        elif cty == "CH":
            bban = d(5) + d(12)
        elif cty == "GB":
            bban = self.ch("NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA") + d(6) + d(8)
        elif cty == "IE":
            bban = self.ch("AIBK", "BOFI", "IPBS") + d(6) + d(8)
        elif cty == "FR":
            bban = d(5) + d(5) + d(11) + d(2)
        elif cty == "NL":
            bban = self.ch("ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB") + d(10)
        elif cty == "IT":
            bban = self.pick("ABCDEFGHIJKLMNOPRSTUVWXYZ") + d(5) + d(5) + d(12)
        else:
            raise ValueError(cty)
        s = f"{cty}{iban_check(cty, bban):02d}{bban}"
        assert iban_valid(s)
        if grouped is None:
            grouped = self.maybe(0.7)
        if grouped:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def iban(self, cty=None, grouped=None):
        return mk("IBAN", self.iban_raw(cty, grouped))

    def card_raw(self, kind=None, style=None):
        kind = kind or self.wpick(["visa", "mc", "mc2", "amex", "disc"], [45, 28, 8, 12, 7])
        if kind == "visa":
            part = "4" + self.digits(14)
        elif kind == "mc":
            part = str(self.rint(51, 55)) + self.digits(13)
        elif kind == "mc2":
            part = str(self.rint(2221, 2720)) + self.digits(11)
        elif kind == "amex":
            part = self.ch("34", "37") + self.digits(12)
        else:
            part = self.ch("6011" + self.digits(11), "65" + self.digits(13), str(self.rint(644, 649)) + self.digits(12))
        num = part + luhn_digit(part)
        assert card_valid(num)
        style = style or self.ch("space", "space", "dash", "compact")
        if style == "compact":
            return num
        sep = " " if style == "space" else "-"
        if len(num) == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        return sep.join(num[i:i + 4] for i in range(0, len(num), 4))

    def card(self, kind=None, style=None):
        return mk("CREDIT_CARD", self.card_raw(kind, style))

    def card_tail(self):
        return self.digits(4)

    def taxid_raw(self, grouped=None):
        r = self.r
        while True:
            digs = list(range(10))
            r.shuffle(digs)
            if r.random() < 0.8:
                chosen = digs[:9]
                rep = r.choice(chosen)
                seq = chosen + [rep]
            else:
                chosen = digs[:8]
                rep = r.choice(chosen)
                seq = chosen + [rep, rep]
            r.shuffle(seq)
            s = "".join(map(str, seq))
            if s[0] == "0":
                continue
            s += str(taxid_check(s))
            if taxid_valid(s):
                break
        if grouped is None:
            grouped = self.maybe(0.5)
        if grouped:
            return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"
        return s

    def taxid(self, grouped=None):
        return mk("DE_TAX_ID", self.taxid_raw(grouped))

    def ip4_raw(self, kind=None):
        kind = kind or self.wpick(["pub", "doc", "priv", "lo"], [55, 15, 25, 5])
        r = self.r
        if kind == "pub":
            while True:
                a = r.randint(2, 223)
                if a in (10, 100, 127, 169, 172, 192, 198, 203):
                    continue
                return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if kind == "doc":
            return f"{self.ch('192.0.2', '198.51.100', '203.0.113')}.{r.randint(1, 254)}"
        if kind == "priv":
            return self.ch(f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                           f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                           f"192.168.{r.randint(0, 40)}.{r.randint(1, 254)}")
        return "127.0.0.1"

    def ip6_raw(self, kind=None):
        kind = kind or self.wpick(["glob", "doc", "ll", "lo", "ula"], [45, 20, 15, 5, 15])
        r = self.r
        if kind == "lo":
            return "::1"
        if kind == "glob":
            pre = r.choice([0x2a02, 0x2a01, 0x2001, 0x2003, 0x2a00, 0x2600, 0x2607, 0x2a0a])
            hi = (pre << 112) | (r.getrandbits(48) << 64)
        elif kind == "doc":
            hi = (0x20010db8 << 96) | (r.getrandbits(32) << 64)
        elif kind == "ula":
            hi = (0xfd << 120) | (r.getrandbits(56) << 64)
        else:
            hi = 0xfe80 << 112
        lo = r.getrandbits(64) if r.random() < 0.7 else r.getrandbits(16)
        return str(ipaddress.IPv6Address(hi | lo))

    def ip4(self, kind=None):
        return mk("IP_ADDRESS", self.ip4_raw(kind))

    def ip6(self, kind=None):
        return mk("IP_ADDRESS", self.ip6_raw(kind))

    def ip(self):
        return self.ip4() if self.maybe(0.7) else self.ip6()

    # -- look-alikes and shop vocabulary
    def product(self):
        return self.pick(PRODUCTS)

    def ptitle(self, p=None):
        p = p or self.product()
        return p[1] if self.lang == "en" else p[2]

    def pshort(self, p=None):
        p = p or self.product()
        return p[1].split()[0]

    def colour(self, p=None):
        p = p or self.product()
        return self.pick(p[7] if self.lang == "en" else p[8])

    def price(self, p=None):
        p = p or self.product()
        return p[5] if self.lang == "en" else p[6]

    def money(self, lo=5, hi=400):
        v = self.rint(lo, hi)
        c = self.ch("00", "50", "95", "90", "99")
        if self.lang == "en":
            if self.cty == "GB":
                return f"£{v}.{c}"
            if self.cty == "US":
                return f"${v}.{c}"
            if self.cty == "CH":
                return f"CHF {v}.{c}"
            return f"€{v}.{c}"
        cur = "CHF" if self.var == "CH" else "€"
        return f"{v},{c} €" if cur == "€" else f"CHF {v}.{c}"

    def size(self):
        return self.ch("XS", "S", "M", "L", "XL", "XXL", "M", "L")

    def order_no(self):
        return self.ch(f"TG-{self.rint(2024, 2026)}-{self.digits(6)}", f"#{self.rint(100, 999)}-{self.digits(5)}",
                       f"ORD-{self.digits(7)}", f"{self.rint(4, 9)}{self.digits(7)}", f"W{self.digits(8)}")

    def ticket_no(self):
        return self.ch(f"#{self.digits(5)}", f"TCK-{self.digits(5)}", f"SR-{self.digits(6)}", f"INC{self.digits(7)}",
                       f"CS-{self.rint(2024, 2026)}-{self.digits(4)}")

    def parcel_no(self):
        return self.ch(f"JJD{self.digits(13)}", f"00{self.digits(18)}", f"1Z{self.digits(3)}E{self.digits(2)}{self.digits(10)}",
                       f"{self.digits(4)} {self.digits(4)} {self.digits(4)}", f"RR{self.digits(9)}DE",
                       f"H{self.digits(4)}A{self.digits(10)}")

    def phone_like(self):
        """Numbers shaped like phone numbers that are not phone numbers."""
        return self.ch(f"0{self.rint(100, 999)} {self.digits(7)}", f"{self.rint(100, 999)}-{self.digits(3)}-{self.digits(4)}",
                       f"0{self.rint(30, 89)} {self.digits(4)} {self.digits(3)}", f"({self.digits(3)}) {self.digits(3)}-{self.digits(4)}",
                       f"+{self.rint(100, 999)} {self.digits(3)} {self.digits(4)}", f"0{self.digits(3)}/{self.digits(6)}")

    def gtin(self):
        while True:
            pre = self.ch("40", "41", "42", "43", "44", "76", "90", "50", "54")
            d12 = pre + self.digits(10)
            g = d12 + gtin_digit(d12)
            if numeric_problems(g) is None:
                return g

    def version(self):
        return f"{self.rint(1, 9)}.{self.rint(0, 24)}.{self.rint(0, 40)}"

    def rdate(self, y0=2025, y1=2025):
        start = datetime.date(y0, 1, 1).toordinal()
        end = datetime.date(y1, 12, 31).toordinal()
        return datetime.date.fromordinal(self.rint(start, end))

    def date(self, style=None, d=None):
        d = d or self.rdate()
        if self.lang == "en":
            style = style or self.ch("dmy", "mdy", "iso", "num_gb", "num_us", "short")
            if style == "dmy":
                return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
            if style == "mdy":
                return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
            if style == "iso":
                return d.isoformat()
            if style == "num_gb":
                return f"{d.day:02d}/{d.month:02d}/{d.year}"
            if style == "num_us":
                return f"{d.month}/{d.day}/{d.year}"
            return f"{DAYS_EN[d.weekday()][:3]} {d.day} {MONTHS_EN[d.month - 1][:3]}"
        style = style or self.ch("num", "num", "long", "short", "iso", "wd")
        months = list(MONTHS_DE)
        if self.var == "AT":
            months[0] = "Jänner"
        if style == "num":
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        if style == "long":
            return f"{d.day}. {months[d.month - 1]} {d.year}"
        if style == "short":
            return f"{d.day}.{d.month}."
        if style == "iso":
            return d.isoformat()
        return f"{DAYS_DE[d.weekday()]}, {d.day}. {months[d.month - 1]}"

    def dates2(self, style=None, gap=(3, 400), y0=2024, y1=2025):
        """Two dates in order, in the same style."""
        a = self.rdate(y0, y1)
        b = datetime.date.fromordinal(a.toordinal() + self.rint(*gap))
        if style is None:
            style = self.ch("dmy", "mdy", "num_gb") if self.lang == "en" else self.ch("num", "long")
        return self.date(style, a), self.date(style, b)

    def time(self):
        h, m = self.rint(7, 19), self.ch(0, 5, 10, 15, 20, 30, 40, 45, 50, 55)
        if self.lang == "en":
            return self.ch(f"{h:02d}:{m:02d}", f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}",
                           f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}")
        return self.ch(f"{h:02d}:{m:02d}", f"{h}.{m:02d} Uhr", f"{h}:{m:02d} Uhr", f"{h} Uhr")

    def tick(self):
        """The text's clock: a random moment in 2025 on the first call, later calls move forward."""
        if getattr(self, "_now", None) is None:
            d = self.rdate()
            self._now = datetime.datetime(d.year, d.month, d.day, self.rint(0, 23), self.rint(0, 59), self.rint(0, 59))
        else:
            self._now += datetime.timedelta(seconds=self.rint(3, 5400))
        return self._now

    def ts(self):
        return self.tick().strftime("%Y-%m-%dT%H:%M:%SZ")

    def dates_seq(self, n, style=None):
        """n dates in order, in one style."""
        start = self.rdate(2024, 2025).toordinal()
        ords = sorted(start + self.rint(0, 200) for _ in range(n))
        if style is None:
            style = self.ch("dmy", "iso", "num_gb") if self.lang == "en" else self.ch("num", "iso")
        return [self.date(style, datetime.date.fromordinal(o)) for o in ords]

    def clock(self):
        return f"{self.rint(6, 21):02d}:{self.rint(0, 59):02d}"

    def clocks(self):
        """Two times on one day, the second later."""
        a = self.rint(6 * 60, 18 * 60)
        b = a + self.rint(10, 180)
        return f"{a // 60:02d}:{a % 60:02d}", f"{b // 60:02d}:{b % 60:02d}"

    def store(self):
        if self.lang == "en":
            return self.ch("Munich", "Kempten", "Innsbruck", "Zurich", "Leeds", "Kendal", "Edinburgh", "Dublin",
                           "Hamburg", "Vienna", "Galway", "Bristol")
        if self.var == "AT":
            return self.ch("Innsbruck", "Wien", "Graz", "Salzburg", "Linz")
        if self.var == "CH":
            return self.ch("Zürich", "Bern", "Luzern", "Chur")
        return self.ch("München", "Kempten", "Hamburg", "Freiburg", "Leipzig", "Sonthofen", "Köln")

    # -- German variant phrases
    def gruss(self, du=True):
        if self.lang == "en":
            return self.ch("Best,", "Kind regards,", "Cheers,", "Many thanks,", "Best wishes,", "Thanks,",
                           "Regards,", "All the best,", "Thanks again,")
        if self.var == "CH":
            if du:
                return self.ch("Liebe Grüsse", "En Gruess", "Merci und Gruss", "Herzlich")
            return self.ch("Freundliche Grüsse", "Beste Grüsse", "Freundliche Grüsse")
        if self.var == "AT":
            if du:
                return self.ch("Liebe Grüße", "Lg", "Servus", "Schöne Grüße", "Baba und liebe Grüße")
            return self.ch("Mit freundlichen Grüßen", "Freundliche Grüße", "Beste Grüße")
        if du:
            return self.ch("Viele Grüße", "Liebe Grüße", "Beste Grüße", "VG", "LG", "Gruß", "Herzliche Grüße")
        return self.ch("Mit freundlichen Grüßen", "Freundliche Grüße", "Viele Grüße", "Beste Grüße")

    def greet(self, p, formal=None):
        """Greeting line with the person's name marked."""
        if formal is None:
            formal = self.maybe(0.5)
        if self.lang == "en":
            if formal:
                return self.ch(f"Dear {p.hon},", f"Dear {p.full},", f"Hello {p.hon},", f"Good morning {p.hon},")
            return self.ch(f"Hi {p.giv},", f"Hello {p.giv},", f"Hey {p.giv},", f"Dear {p.giv},", f"Morning {p.giv},",
                           f"Hi {p.giv} –")
        if self.var == "CH":
            if formal:
                return self.ch(f"Grüezi {p.hon},", f"Sehr geehrte{'' if p.gender == 'f' else 'r'} {p.hon},",
                               f"Guten Tag {p.hon},")
            return self.ch(f"Hoi {p.giv},", f"Sali {p.giv},", f"Liebe{'' if p.gender == 'f' else 'r'} {p.giv},",
                           f"Hallo {p.giv},")
        if self.var == "AT":
            if formal:
                return self.ch(f"Grüß Gott, {p.hon},", f"Sehr geehrte{'' if p.gender == 'f' else 'r'} {p.hon},",
                               f"Liebe{'' if p.gender == 'f' else 'r'} {p.hon},")
            return self.ch(f"Servus {p.giv},", f"Hallo {p.giv},", f"Liebe{'' if p.gender == 'f' else 'r'} {p.giv},",
                           f"Griaß di, {p.giv},")
        if formal:
            return self.ch(f"Sehr geehrte{'' if p.gender == 'f' else 'r'} {p.hon},", f"Guten Tag {p.hon},",
                           f"Hallo {p.hon},", f"Liebe{'' if p.gender == 'f' else 'r'} {p.hon},")
        return self.ch(f"Hallo {p.giv},", f"Hi {p.giv},", f"Liebe{'' if p.gender == 'f' else 'r'} {p.giv},",
                       f"Moin {p.giv},", f"Guten Morgen {p.giv},")


def lines(*xs):
    """Join the parts with line breaks. None is dropped, "" is a blank line; blank lines are not
    doubled and never lead or trail."""
    out = []
    for x in xs:
        if x is None:
            continue
        if x == "" and (not out or out[-1] == ""):
            continue
        out.append(x)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)
