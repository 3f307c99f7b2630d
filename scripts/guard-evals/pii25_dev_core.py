"""Core of the dev half of the twenty-fifth PII bank: people, values with check digits, look-alikes,
the marker renderer and the self-checks. Standard library only.

A template is a function `t(c)` that returns a string; every labelled value in it is wrapped by
`mark(TYPE, value)` (private-use characters), and `render` strips the markers and records the
spans in Unicode code points.
"""

import ipaddress
import random
import re
import unicodedata

import pii25_dev_names as N

OPEN, MID, CLOSE = "\ue000", "\ue001", "\ue002"
_MARK_RE = re.compile(OPEN + r"([A-Z_]+)" + MID + r"(.*?)" + CLOSE, re.S)

TYPES = ["PERSON", "STREET_ADDRESS", "PHONE", "EMAIL", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID"]

PRODUCTS_EN = ["Almweg Zip-Off Hiking Trousers", "Fernkamm 45+10 Trekking Backpack",
               "Firstwand 3-Layer Rain Jacket", "Gitterhang Grid Fleece Jacket",
               "Hochsattel 30 Hiking Backpack", "Kaltkar Down Jacket",
               "Morgengrat Merino 150 Long-Sleeve Shirt", "Rinnental Insulated Hoody",
               "Schauerpass 2.5-Layer Rain Jacket", "Steinlauf Trail Running Shoe",
               "Trittweg Merino Hiking Socks", "Wintersteig Winter Trekking Trousers"]
PRODUCTS_DE = ["Almweg Zip-off-Wanderhose", "Fernkamm 45+10 Trekkingrucksack", "Firstwand 3-Lagen-Regenjacke",
               "Gitterhang Grid-Fleecejacke", "Hochsattel 30 Wanderrucksack", "Kaltkar Daunenjacke",
               "Morgengrat Merino 150 Langarmshirt", "Rinnental Isolationshoody",
               "Schauerpass 2,5-Lagen-Regenjacke", "Steinlauf Trailrunningschuh",
               "Trittweg Merino-Wandersocken", "Wintersteig Wintertrekkinghose"]
SHORT = ["Almweg", "Fernkamm", "Firstwand", "Gitterhang", "Hochsattel", "Kaltkar", "Morgengrat",
         "Rinnental", "Schauerpass", "Steinlauf", "Trittweg", "Wintersteig"]
SKUS = ["TG-HT-100", "TG-BP-045", "TG-RJ-100", "TG-FL-100", "TG-BP-030", "TG-DJ-100", "TG-BL-100",
        "TG-SI-100", "TG-RJ-200", "TG-TS-100", "TG-SO-100", "TG-WT-100"]
PRICES = ["129.95", "229.95", "349.95", "119.95", "139.95", "289.95", "89.95", "219.95", "199.95",
          "159.95", "24.95", "169.95"]
COLOURS_EN = ["Slate", "Fir Shade", "Hut Orange", "Ridge Blue", "Rock Grey", "Lichen", "Peat Brown",
              "Alpenglow", "Limestone", "Gentian"]
COLOURS_DE = ["Schiefer", "Tannenschatten", "Hüttenorange", "Gratblau", "Felsgrau", "Flechte",
              "Moorbraun", "Alpenglühen", "Kalkstein", "Enzian"]
SIZES = ["XS", "S", "M", "L", "XL", "XXL"]


def mark(kind, value):
    assert kind in TYPES, kind
    return OPEN + kind + MID + value + CLOSE


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def fold(s):
    """ASCII form of a name for e-mail local parts."""
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    s = s.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ı", "i").replace("ł", "l")
    s = s.replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ø", "o").replace("å", "a")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^A-Za-z]", "", s).lower()


# ---------------------------------------------------------------- checksummed values


def iban_valid(v):
    v = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", v):
        return False
    return int("".join(str(int(ch, 36)) for ch in v[4:] + v[:4])) % 97 == 1


IBAN_BBAN = {"DE": "n18", "AT": "n16", "CH": "n17", "GB": "a4n14", "IE": "a4n14", "FR": "n23",
             "NL": "a4n10", "IT": "a1n22", "ES": "n20", "BE": "n12", "PL": "n24"}


def make_iban(rng, cc, grouped=True):
    spec = IBAN_BBAN[cc]
    bban = ""
    for kind, n in re.findall(r"([an])(\d+)", spec):
        src = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if kind == "a" else "0123456789"
        bban += "".join(rng.choice(src) for _ in range(int(n)))
    num = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
    v = f"{cc}{98 - num % 97:02d}{bban}"
    assert iban_valid(v)
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if grouped else v


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_issuer(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return "visa"
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return "mastercard"
    if n == 15 and d[:2] in ("34", "37"):
        return "amex"
    if n == 16 and (d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649):
        return "discover"
    return None


def card_valid(d):
    return d.isdigit() and 13 <= len(d) <= 19 and card_issuer(d) is not None and luhn_ok(d)


def make_card(rng, style=None):
    kind = weighted(rng, [("visa", 5), ("mc", 3), ("mc2", 1), ("amex", 2), ("disc", 1)])
    if kind == "visa":
        body, n = "4" + "".join(rng.choice("0123456789") for _ in range(5)), 16
    elif kind == "mc":
        body, n = str(rng.randint(51, 55)) + "".join(rng.choice("0123456789") for _ in range(4)), 16
    elif kind == "mc2":
        body, n = str(rng.randint(2221, 2720)) + "".join(rng.choice("0123456789") for _ in range(2)), 16
    elif kind == "amex":
        body, n = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(4)), 15
    else:
        body, n = "6011" + "".join(rng.choice("0123456789") for _ in range(2)), 16
    while len(body) < n - 1:
        body += rng.choice("0123456789")
    for c in "0123456789":
        if luhn_ok(body + c):
            d = body + c
            break
    assert card_valid(d)
    style = style or weighted(rng, [("space", 5), ("dash", 2), ("compact", 3)])
    if style == "compact":
        return d
    sep = " " if style == "space" else "-"
    if n == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, 16, 4))


def taxid_check(ten):
    product = 10
    for ch in ten:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def taxid_valid(d):
    if not re.fullmatch(r"\d{11}", d) or d[0] == "0":
        return False
    counts = [d[:10].count(str(k)) for k in range(10)]
    multi = [x for x in counts if x > 1]
    if len(multi) != 1 or multi[0] not in (2, 3):
        return False
    if multi[0] == 3:
        for i in range(8):
            if d[i] == d[i + 1] == d[i + 2]:
                return False
    return taxid_check(d[:10]) == int(d[10])


def make_taxid(rng, grouped=None):
    while True:
        digits = list("0123456789")
        rng.shuffle(digits)
        ten = digits[:9]
        ten.insert(rng.randint(0, 9), rng.choice(ten))
        if ten[0] == "0":
            continue
        s = "".join(ten[:10])
        d = s + str(taxid_check(s))
        if taxid_valid(d):
            break
    if grouped is None:
        grouped = rng.random() < 0.5
    return f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}" if grouped else d


def gtin(rng, prefix=None):
    prefix = prefix or rng.choice(["40", "42", "43", "50", "76", "90", "0"])
    body = prefix + "".join(rng.choice("0123456789") for _ in range(12 - len(prefix)))
    s = sum(int(ch) * (1 if i % 2 == 0 else 3) for i, ch in enumerate(body))
    return body + str((10 - s % 10) % 10)


# ---------------------------------------------------------------- IP addresses


def make_ip(rng, kind=None):
    kind = kind or weighted(rng, [("pub", 5), ("priv", 2), ("loop", 1), ("v6", 3), ("v6ll", 1)])
    if kind == "pub":
        first = rng.choice([31, 37, 46, 62, 77, 78, 79, 80, 81, 84, 85, 87, 88, 89, 91, 93, 94, 95, 109,
                            141, 178, 185, 188, 193, 194, 195, 212, 213, 217])
        return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == "priv":
        return rng.choice([f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
                           f"10.{rng.randint(0, 40)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])
    if kind == "loop":
        return rng.choice(["127.0.0.1", "::1"])
    if kind == "v6ll":
        return "fe80::" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(4))
    pre = rng.choice(["2a02:810d", "2003:e5", "2a01:c22", "2001:db8", "2a00:1450", "2600:1700",
                      "2a02:8109", "2001:16b8"])
    tail = ":".join(f"{rng.randint(0, 65535):x}" for _ in range(rng.choice([2, 3, 4])))
    return pre + rng.choice([":" + f"{rng.randint(0, 65535):x}" + ":", "::"]) + tail


# ---------------------------------------------------------------- addresses

DE_STREETS = ["Hauptstraße", "Bahnhofstraße", "Lindenweg", "Gartenstraße", "Schulstraße", "Am Mühlbach",
              "Birkenallee", "Kirchplatz", "Goethestraße", "Schillerstraße", "Ringstraße", "Talstraße",
              "Waldweg", "Rosenstraße", "Am Sportplatz", "Uhlandstraße", "Kastanienallee", "Marktstraße",
              "Feldstraße", "Bergstraße", "Lessingstraße", "Wilhelmstraße", "Zeppelinstraße",
              "Auf dem Kamp", "Im Winkel", "An der Alten Ziegelei", "Eichendorffweg", "Mozartstraße",
              "Dorfstraße", "Wiesenstraße", "Sonnenhang", "Am Anger", "Brunnenstraße", "Ackerstraße",
              "Friedrich-Ebert-Straße", "Karl-Marx-Allee", "Schönhauser Allee", "Hohenzollernring",
              "Leopoldstraße", "Kurfürstendamm", "Alte Poststraße", "Heidelberger Landstraße"]
DE_TOWNS = [("10115", "Berlin"), ("10437", "Berlin"), ("12049", "Berlin"), ("20095", "Hamburg"),
            ("22767", "Hamburg"), ("80331", "München"), ("81675", "München"), ("50667", "Köln"),
            ("60311", "Frankfurt am Main"), ("70173", "Stuttgart"), ("40213", "Düsseldorf"),
            ("04109", "Leipzig"), ("01067", "Dresden"), ("28195", "Bremen"), ("30159", "Hannover"),
            ("90402", "Nürnberg"), ("44135", "Dortmund"), ("48143", "Münster"),
            ("79098", "Freiburg im Breisgau"), ("69117", "Heidelberg"), ("93047", "Regensburg"),
            ("87435", "Kempten (Allgäu)"), ("24103", "Kiel"), ("18055", "Rostock"), ("99084", "Erfurt"),
            ("66111", "Saarbrücken"), ("55116", "Mainz"), ("97070", "Würzburg"), ("34117", "Kassel"),
            ("37073", "Göttingen"), ("86150", "Augsburg"), ("88131", "Lindau (Bodensee)"),
            ("82467", "Garmisch-Partenkirchen"), ("26122", "Oldenburg"), ("33602", "Bielefeld"),
            ("14467", "Potsdam"), ("39104", "Magdeburg"), ("06108", "Halle (Saale)"),
            ("83471", "Berchtesgaden"), ("87561", "Oberstdorf")]
AT_STREETS = ["Hauptplatz", "Mariahilfer Straße", "Landstraßer Hauptstraße", "Kirchengasse", "Dorfstraße",
              "Bahnhofstraße", "Schulgasse", "Herrengasse", "Wiener Straße", "Linzer Gasse",
              "Favoritenstraße", "Annagasse", "Salzachstraße", "Innrain", "Maria-Theresien-Straße",
              "Grazbachgasse", "Lerchenfelder Straße", "Waldmüllergasse", "Am Kalvarienberg"]
AT_TOWNS = [("1010", "Wien"), ("1070", "Wien"), ("1160", "Wien"), ("1100", "Wien"), ("4020", "Linz"),
            ("5020", "Salzburg"), ("6020", "Innsbruck"), ("8010", "Graz"), ("9020", "Klagenfurt"),
            ("6900", "Bregenz"), ("3100", "St. Pölten"), ("6370", "Kitzbühel"), ("5700", "Zell am See"),
            ("4810", "Gmunden"), ("6850", "Dornbirn"), ("9500", "Villach")]
CH_STREETS = ["Bahnhofstrasse", "Dorfstrasse", "Hauptstrasse", "Kirchweg", "Seestrasse", "Rosenweg",
              "Zürichstrasse", "Bernstrasse", "Rue du Lac", "Chemin des Vignes", "Via Cantonale",
              "Langstrasse", "Spitalgasse", "Marktgasse", "Obere Gasse", "Gartenstrasse", "Schanzeneckstrasse"]
CH_TOWNS = [("8001", "Zürich"), ("8004", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"),
            ("9000", "St. Gallen"), ("7000", "Chur"), ("1003", "Lausanne"), ("1201", "Genève"),
            ("6900", "Lugano"), ("3920", "Zermatt"), ("7500", "St. Moritz"), ("8400", "Winterthur"),
            ("3800", "Interlaken"), ("6460", "Altdorf UR")]
GB_STREETS = ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue",
              "Queen Street", "Manor Road", "The Green", "Kings Road", "Albert Terrace", "Brook Street",
              "Westgate", "Chapel Row", "Elm Grove", "Castle Hill", "Orchard Close", "Rydal Road"]
GB_TOWNS = ["Leeds LS1 4AB", "Manchester M1 2WD", "Bristol BS1 5TR", "Edinburgh EH1 1YZ", "Glasgow G2 3EH",
            "Cardiff CF10 1EP", "York YO1 7HH", "Kendal LA9 4DT", "Keswick CA12 5JR", "London N1 9GU",
            "London SE1 7PB", "Sheffield S1 2HE", "Oxford OX1 3BG", "Brighton BN1 1AE", "Inverness IV1 1HT",
            "Ambleside LA22 9BU", "Fort William PH33 6AN", "Norwich NR2 1QE"]
US_STREETS = ["Main St", "Oak Ave", "Maple Drive", "Pine Street", "Elm St", "Cedar Lane", "Washington Blvd",
              "Lakeview Dr", "2nd Ave", "Sunset Blvd", "Ridge Road", "Aspen Way", "Willow Court",
              "N Broadway", "Canyon Rd", "Mill Creek Pkwy"]
US_TOWNS = [("Springfield, IL 62704", "217"), ("Boulder, CO 80302", "303"), ("Portland, OR 97205", "503"),
            ("Seattle, WA 98101", "206"), ("Austin, TX 78701", "512"), ("Denver, CO 80202", "720"),
            ("Burlington, VT 05401", "802"), ("Asheville, NC 28801", "828"), ("Madison, WI 53703", "608"),
            ("Bend, OR 97701", "541"), ("Salt Lake City, UT 84111", "801"), ("Bozeman, MT 59715", "406"),
            ("Brooklyn, NY 11201", "718"), ("Chicago, IL 60614", "312"), ("San Francisco, CA 94110", "415"),
            ("Flagstaff, AZ 86001", "928"), ("Duluth, MN 55802", "218")]
IE_STREETS = ["Main Street", "Ranelagh Road", "Shop Street", "Quay Street", "Patrick Street",
              "Bridge Street", "Church Road", "Strand Road", "Mill Road", "O'Connell Street"]
IE_TOWNS = [("Dublin 2", "D02"), ("Dublin 6", "D06"), ("Galway", "H91"), ("Cork", "T12"), ("Limerick", "V94"),
            ("Waterford", "X91"), ("Westport, Co. Mayo", "F28"), ("Kilkenny", "R95"), ("Sligo", "F91"),
            ("Killarney, Co. Kerry", "V93")]
FR_STREETS = ["rue des Lilas", "avenue Jean Jaurès", "rue de la République", "boulevard Voltaire",
              "chemin des Écoliers", "rue du Moulin", "place du Marché", "allée des Tilleuls"]
FR_TOWNS = [("75011", "Paris"), ("69007", "Lyon"), ("38000", "Grenoble"), ("74000", "Annecy"),
            ("74400", "Chamonix-Mont-Blanc"), ("13001", "Marseille"), ("33000", "Bordeaux"),
            ("31000", "Toulouse"), ("44000", "Nantes"), ("67000", "Strasbourg")]
NL_STREETS = ["Prinsengracht", "Oudegracht", "Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg",
              "Lange Voorhout", "Vismarkt", "Nieuwe Binnenweg", "Wilhelminastraat"]
NL_TOWNS = [("1016 GV", "Amsterdam"), ("3511 AR", "Utrecht"), ("3011 AB", "Rotterdam"), ("2511 CV", "Den Haag"),
            ("5611 AZ", "Eindhoven"), ("9711 LM", "Groningen"), ("2011 RK", "Haarlem"), ("2311 EZ", "Leiden"),
            ("6511 KJ", "Nijmegen")]
IT_STREETS = ["Via Roma", "Corso Vittorio Emanuele II", "Via Dante", "Via Garibaldi", "Piazza della Libertà",
              "Via dei Mille", "Viale Trento", "Via Mazzini", "Via Cavour"]
IT_TOWNS = [("20121", "Milano"), ("10123", "Torino"), ("38122", "Trento"), ("39100", "Bolzano"),
            ("50122", "Firenze"), ("00184", "Roma"), ("40121", "Bologna"), ("37121", "Verona"),
            ("22100", "Como"), ("32043", "Cortina d'Ampezzo"), ("11100", "Aosta")]


class Addr:
    """An address: `street` (with number), `pc`, `town`, and the layouts `line`, `two`."""

    def __init__(self, cc, street, pc, town, line, two, country):
        self.cc, self.street, self.pc, self.town = cc, street, pc, town
        self.line, self.two, self.country = line, two, country


COUNTRY_NAMES = {"DE": ("Deutschland", "Germany"), "AT": ("Österreich", "Austria"),
                 "CH": ("Schweiz", "Switzerland"), "GB": ("Vereinigtes Königreich", "United Kingdom"),
                 "US": ("USA", "USA"), "IE": ("Irland", "Ireland"), "FR": ("Frankreich", "France"),
                 "NL": ("Niederlande", "Netherlands"), "IT": ("Italien", "Italy")}


def _num(rng):
    n = str(rng.randint(1, 140) if rng.random() < 0.8 else rng.randint(1, 12))
    r = rng.random()
    if r < 0.1:
        n += rng.choice("abc")
    elif r < 0.13:
        n += "-" + str(int(n.rstrip("abc")) + 2)
    return n


def make_addr(rng, cc):
    if cc == "DE":
        st = f"{rng.choice(DE_STREETS)} {_num(rng)}"
        pc, town = rng.choice(DE_TOWNS)
        pre = "D-" if rng.random() < 0.15 else ""
        return Addr(cc, st, pc, town, f"{st}, {pre}{pc} {town}", f"{st}\n{pre}{pc} {town}", COUNTRY_NAMES[cc])
    if cc == "AT":
        n = str(rng.randint(1, 80))
        if rng.random() < 0.6:
            n += f"/{rng.randint(1, 9)}" + (f"/{rng.randint(1, 24)}" if rng.random() < 0.6 else "")
        st = f"{rng.choice(AT_STREETS)} {n}"
        pc, town = rng.choice(AT_TOWNS)
        pre = "A-" if rng.random() < 0.3 else ""
        return Addr(cc, st, pc, town, f"{st}, {pre}{pc} {town}", f"{st}\n{pre}{pc} {town}", COUNTRY_NAMES[cc])
    if cc == "CH":
        st = f"{rng.choice(CH_STREETS)} {_num(rng)}"
        pc, town = rng.choice(CH_TOWNS)
        pre = "CH-" if rng.random() < 0.35 else ""
        return Addr(cc, st, pc, town, f"{st}, {pre}{pc} {town}", f"{st}\n{pre}{pc} {town}", COUNTRY_NAMES[cc])
    if cc == "GB":
        st = f"{rng.randint(1, 220)} {rng.choice(GB_STREETS)}"
        if rng.random() < 0.2:
            st = f"Flat {rng.randint(1, 12)}, " + st
        tp = rng.choice(GB_TOWNS)
        town, pc = tp.rsplit(" ", 2)[0], " ".join(tp.rsplit(" ", 2)[1:])
        return Addr(cc, st, pc, town, f"{st}, {tp}", f"{st}\n{tp}", COUNTRY_NAMES[cc])
    if cc == "US":
        st = f"{rng.randint(10, 9800)} {rng.choice(US_STREETS)}"
        unit = rng.choice(["", "", f"Apt {rng.randint(1, 30)}", f"Suite {rng.randint(100, 450)}",
                           f"Apt {rng.randint(1, 9)}{rng.choice('ABCD')}"])
        tw, _ = rng.choice(US_TOWNS)
        town, rest = tw.split(", ")
        line = f"{st}, {unit}, {tw}" if unit else f"{st}, {tw}"
        two = f"{st} {unit}\n{tw}" if unit else f"{st}\n{tw}"
        full_st = f"{st}, {unit}" if unit else st
        return Addr(cc, full_st, rest.split()[1], town, line, two, COUNTRY_NAMES[cc])
    if cc == "IE":
        st = f"{rng.randint(1, 90)} {rng.choice(IE_STREETS)}"
        town, key = rng.choice(IE_TOWNS)
        code = key + " " + "".join(rng.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
        return Addr(cc, st, code, town, f"{st}, {town}, {code}", f"{st}\n{town} {code}", COUNTRY_NAMES[cc])
    if cc == "FR":
        st = f"{rng.randint(1, 90)} {rng.choice(FR_STREETS)}"
        pc, town = rng.choice(FR_TOWNS)
        return Addr(cc, st, pc, town, f"{st}, {pc} {town}", f"{st}\n{pc} {town}", COUNTRY_NAMES[cc])
    if cc == "NL":
        st = f"{rng.choice(NL_STREETS)} {rng.randint(1, 300)}"
        pc, town = rng.choice(NL_TOWNS)
        return Addr(cc, st, pc, town, f"{st}, {pc} {town}", f"{st}\n{pc} {town}", COUNTRY_NAMES[cc])
    st = f"{rng.choice(IT_STREETS)} {rng.randint(1, 120)}"
    pc, town = rng.choice(IT_TOWNS)
    return Addr(cc, st, pc, town, f"{st}, {pc} {town}", f"{st}\n{pc} {town}", COUNTRY_NAMES[cc])


# ---------------------------------------------------------------- phones


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_phone(rng, cc, intl=None, area=None):
    if intl is None:
        intl = rng.random() < 0.5
    if cc == "DE":
        if rng.random() < 0.5:
            a = rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "175", "176", "177", "178", "179"])
            sub = _d(rng, 7 if a[0] == "1" and a != "176" else 8)
            return rng.choice([f"+49 {a} {sub}", f"+49 {a} {sub[:3]} {sub[3:]}", f"0049 {a} {sub}"]) if intl \
                else rng.choice([f"0{a} {sub}", f"0{a}/{sub}", f"0{a} {sub[:3]} {sub[3:]}", f"0{a}-{sub}"])
        a = rng.choice(["30", "40", "89", "221", "69", "711", "211", "341", "351", "421", "511", "911", "761",
                        "6221", "8821", "831", "8322"])
        sub = _d(rng, 10 - len(a))
        return rng.choice([f"+49 {a} {sub}", f"+49 (0){a} {sub}", f"+49 {a} {sub[:4]} {sub[4:]}", f"+49-{a}-{sub}"]) if intl \
            else rng.choice([f"0{a} {sub}", f"0{a}/{sub}", f"(0{a}) {sub}", f"0{a} {sub[:3]} {sub[3:]}", f"0{a}-{sub}"])
    if cc == "AT":
        a = rng.choice(["1", "664", "650", "676", "699", "662", "512", "316", "732", "463"])
        sub = _d(rng, 7 if len(a) > 1 else 7)
        return rng.choice([f"+43 {a} {sub}", f"+43 (0){a} {sub}", f"+43 {a} {sub[:3]} {sub[3:]}"]) if intl \
            else rng.choice([f"0{a} {sub}", f"0{a}/{sub}", f"0{a} {sub[:3]} {sub[3:]}"])
    if cc == "CH":
        a = rng.choice(["44", "31", "61", "41", "71", "81", "21", "22", "91", "79", "78", "76", "77"])
        s = _d(rng, 7)
        sub = f"{s[:3]} {s[3:5]} {s[5:]}"
        return rng.choice([f"+41 {a} {sub}", f"+41 (0){a} {sub}", f"0041 {a} {sub}"]) if intl else f"0{a} {sub}"
    if cc == "GB":
        if rng.random() < 0.5:
            s = _d(rng, 6)
            a = "7" + rng.choice(["700", "712", "723", "745", "798", "811", "900", "957"])
            return f"+44 {a} {s}" if intl else f"0{a} {s}"
        a, s = rng.choice([("20", 8), ("113", 7), ("161", 7), ("117", 7), ("131", 7), ("141", 7), ("1539", 6)])
        sub = _d(rng, s)
        sub = f"{sub[:4]} {sub[4:]}" if s == 8 else f"{sub[:3]} {sub[3:]}"
        return rng.choice([f"+44 {a} {sub}", f"+44 (0){a} {sub}"]) if intl else rng.choice([f"0{a} {sub}", f"(0{a}) {sub}"])
    if cc == "US":
        a = area or rng.choice([t[1] for t in US_TOWNS])
        ex = str(rng.randint(2, 9)) + _d(rng, 2)
        ln = _d(rng, 4)
        return rng.choice([f"+1 {a} {ex} {ln}", f"+1 ({a}) {ex}-{ln}", f"+1-{a}-{ex}-{ln}"]) if intl \
            else rng.choice([f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}"])
    if cc == "IE":
        a = rng.choice(["1", "21", "91", "61", "87", "85", "86", "83", "98"])
        s = _d(rng, 7)
        sub = f"{s[:3]} {s[3:]}"
        return f"+353 {a} {sub}" if intl else f"0{a} {sub}"
    if cc == "FR":
        a = rng.choice(["1", "4", "6", "7", "5"])
        s = _d(rng, 8)
        sub = " ".join(s[i:i + 2] for i in range(0, 8, 2))
        return f"+33 {a} {sub}" if intl else rng.choice([f"0{a} {sub}", f"0{a}{s}"])
    if cc == "NL":
        if rng.random() < 0.5:
            s = _d(rng, 8)
            return f"+31 6 {s}" if intl else rng.choice([f"06 {s}", f"06-{s}"])
        a = rng.choice(["20", "30", "10", "70", "40", "50"])
        s = _d(rng, 7)
        return f"+31 {a} {s[:3]} {s[3:]}" if intl else f"0{a} {s[:3]} {s[3:]}"
    # IT
    if rng.random() < 0.5:
        a = rng.choice(["347", "335", "320", "339", "366", "388"])
        s = _d(rng, 7)
        return f"+39 {a} {s[:3]} {s[3:]}" if intl else f"{a} {s[:3]} {s[3:]}"
    a = rng.choice(["02", "06", "011", "055", "0461", "0471"])
    s = _d(rng, 8 - len(a) + 2)
    return f"+39 {a} {s}" if intl else f"{a} {s}"


# ---------------------------------------------------------------- people

SYL_DE = ["ber", "din", "gar", "hol", "ken", "lor", "mar", "nes", "rik", "sel", "tan", "wal", "zel", "bru",
          "fen", "gil", "hau", "jor", "kas", "lin", "mer", "nor", "pel", "quen", "ros", "stau", "tor", "ulm",
          "vor", "wen"]
SYL_EN = ["bal", "cor", "dan", "el", "far", "gan", "hel", "jas", "kel", "lan", "mor", "nel", "orv", "pem",
          "quin", "ral", "sor", "tam", "ven", "wyn", "bre", "cal", "dor", "fen", "gar", "har", "lis", "mab"]
END_GIVEN_F = ["a", "ine", "ela", "ia", "e", "ja", "ette"]
END_GIVEN_M = ["o", "an", "ik", "en", "as", "or", "ert"]
END_SUR = ["mann", "ke", "er", "ow", "ski", "ton", "ley", "hart", "inger", "sen", "ford", "well", "ard",
           "rup", "ecker"]


class Person:
    def __init__(self, given, surname, gender, origin, invented=False):
        self.given, self.surname, self.gender = given, surname, gender
        self.origin, self.invented = origin, invented
        self.honorific = None
        self.title = None

    @property
    def full(self):
        return f"{self.given} {self.surname}"


class World:
    """All random draws of one language go through this object (one `random.Random`)."""

    def __init__(self, lang, seed):
        self.lang = lang
        self.rng = random.Random(seed)
        low = set()
        for n in N.all_given() + N.all_surnames():
            for part in re.split(r"[ \-']", n):
                low.add(part.lower())
        for p in SHORT + COLOURS_DE + COLOURS_EN:
            for part in p.split():
                low.add(part.lower())
        self.known_low = low
        self.invented_count = 0
        self.people_count = 0

    def invent(self, gender):
        rng = self.rng
        syl = SYL_DE if self.lang == "de" else SYL_EN
        while True:
            a, b, d, e = rng.sample(syl, 4)
            g = a + (b[:2] if rng.random() < 0.4 else "") + rng.choice(END_GIVEN_F if gender == "f" else END_GIVEN_M)
            s = d + (e if rng.random() < 0.5 else "") + rng.choice(END_SUR)
            g, s = g.capitalize(), s.capitalize()
            if g.lower() not in self.known_low and s.lower() not in self.known_low and len(g) > 3:
                return g, s

    def person(self, cue=True, origin=None, gender=None, wordname=False):
        rng = self.rng
        gender = gender or rng.choice(["f", "m"])
        self.people_count += 1
        if cue and origin is None and rng.random() < 0.10:
            g, s = self.invent(gender)
            self.invented_count += 1
            return Person(g, s, gender, "invented", True)
        origin = origin or weighted(rng, N.WEIGHTS[self.lang])
        pool = N.GIVEN_F[origin] if gender == "f" else N.GIVEN_M[origin]
        given = rng.choice(pool)
        surname = rng.choice(N.SURNAMES[origin])
        if wordname or rng.random() < 0.07:
            w = rng.choice(N.WORD_NAMES[self.lang])
            if w in ("May", "Grace", "Hope", "Rose"):
                given, gender = w, "f"
            elif w == "Will":
                given, gender = w, "m"
            else:
                surname = w
        if surname.endswith(("ska", "owa", "ová")) and gender == "m":
            gender = "f"
            given = rng.choice(N.GIVEN_F[origin])
        if origin in ("german", "austrian", "swiss", "english", "american", "dutch") and rng.random() < 0.05:
            other = rng.choice(N.SURNAMES[origin])
            if other != surname and " " not in other and " " not in surname:
                surname = f"{surname}-{other}"
        return Person(given, surname, gender, origin)


# ---------------------------------------------------------------- the context a template sees


class Ctx:
    def __init__(self, world):
        self.w = world
        self.rng = world.rng
        self.lang = world.lang
        self._cc = None

    def reset(self):
        """Called before each rendering: the country of a text is drawn once and mostly kept."""
        self._cc = None

    def sizes2(self):
        a, b = self.rng.sample(SIZES, 2)
        return a, b

    def colours2(self):
        return tuple(self.rng.sample(COLOURS_DE if self.lang == "de" else COLOURS_EN, 2))

    def dates(self, n):
        """n distinct dates in ascending order."""
        y = self.ri(2024, 2025)
        days = sorted(self.rng.sample(range(1, 330), n))
        out = []
        for k in days:
            m, d = min(12, k // 28 + 1), k % 28 + 1
            out.append(f"{d:02d}.{m:02d}.{y}" if self.lang == "de" else f"{d:02d}/{m:02d}/{y}")
        return out

    # random helpers
    def ch(self, *opts):
        return self.rng.choice(opts)

    def pick(self, seq):
        return self.rng.choice(seq)

    def p(self, prob):
        return self.rng.random() < prob

    def ri(self, a, b):
        return self.rng.randint(a, b)

    # people
    def person(self, cue=True, **kw):
        return self.w.person(cue=cue, **kw)

    def n(self, p, form="full"):
        g, s = p.given, p.surname
        forms = {
            "full": f"{g} {s}",
            "last": s,
            "first": g,
            "lastfirst": f"{s}, {g}",
            "init_last": f"{g[0]}. {s}",
            "first_init": f"{g} {s[0] if not s[0].islower() else s.split()[-1][0]}.",
            "lower_first": g.lower(),
            "lower_full": f"{g} {s}".lower(),
            "caps_full": f"{g} {s}".upper(),
            "caps_lastfirst": f"{s.upper()}, {g}",
            "caps_last": s.upper(),
        }
        return mark("PERSON", forms[form])

    def hon(self, p, form="last"):
        """Honorific + name; the honorific stays outside the span."""
        if self.lang == "de":
            h = "Frau" if p.gender == "f" else "Herr"
            t = getattr(p, "title", None)
            if t is None:
                t = p.title = self.ch("", "", "", "Dr. ")
            return f"{h} {t}{self.n(p, form)}"
        h = getattr(p, "honorific", None)
        if h is None:
            h = ("Ms" if self.p(0.6) else "Mrs") if p.gender == "f" else "Mr"
            if self.p(0.4):
                h += "."
            if self.p(0.08):
                h = "Dr"
            p.honorific = h
        return f"{h} {self.n(p, form)}"

    def he(self, p):
        if self.lang == "de":
            return "sie" if p.gender == "f" else "er"
        return "she" if p.gender == "f" else "he"

    def him(self, p):
        if self.lang == "de":
            return "ihr" if p.gender == "f" else "ihm"
        return "her" if p.gender == "f" else "him"

    def gx(self, p, f, m):
        return f if p.gender == "f" else m

    def anrede(self, p, du=False):
        if self.lang == "de":
            if du:
                return f"{self.ch('Hallo', 'Hi', 'Hey', 'Liebe' if p.gender == 'f' else 'Lieber', 'Servus', 'Grüezi')} {self.n(p, 'first')}"
            return f"{'Sehr geehrte' if p.gender == 'f' else 'Sehr geehrter'} {self.hon(p)}"
        return f"{self.ch('Dear', 'Hi', 'Hello')} {self.n(p, 'first') if self.p(0.5) else self.hon(p)}"

    # values
    def email(self, p=None, domain=None):
        rng = self.rng
        if p is None:
            local = rng.choice(["info", "service", "kontakt", "hello", "orders", "team", "presse", "support"])
        else:
            g, s = fold(p.given), fold(p.surname)
            local = rng.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{g}{s}", f"{s}.{g}", f"{g}_{s[0]}",
                                f"{g}.{s}{rng.randint(70, 99)}", f"{s}{g[0]}", f"{g}"])
        if domain is None:
            domain = rng.choice(["gmx.de", "web.de", "t-online.de", "posteo.de", "mailbox.org", "gmail.com",
                                 "outlook.com", "icloud.com", "gmx.at", "bluewin.ch", "gmx.ch", "aon.at",
                                 "proton.me", "yahoo.co.uk", "btinternet.com", "eircom.net", "hotmail.com",
                                 "freenet.de", "outlook.de", "me.com"] if self.lang == "de" else
                                ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk",
                                 "btinternet.com", "eircom.net", "proton.me", "aol.com", "comcast.net",
                                 "sky.com", "live.ie", "fastmail.com", "gmx.de", "me.com"])
        return mark("EMAIL", f"{local}@{domain}")

    def handle(self, p):
        g, s = fold(p.given), fold(p.surname)
        return "@" + self.ch(f"{g}.{s[:1]}", f"{g}_{s}", f"{g[0]}{s}", f"{g}{self.ri(1, 99)}", g)

    def addr(self, cc=None, form="line"):
        cc = cc or self.cc()
        if self._cc is None:
            self._cc = cc
        a = make_addr(self.rng, cc)
        return mark("STREET_ADDRESS", {"line": a.line, "two": a.two, "street": a.street}[form]), a

    def cc(self):
        if self._cc is not None and self.rng.random() < 0.8:
            return self._cc
        self._cc = self._draw_cc()
        return self._cc

    def _draw_cc(self):
        if self.lang == "de":
            return weighted(self.rng, [("DE", 10), ("AT", 4), ("CH", 4), ("NL", 1), ("IT", 1), ("FR", 1), ("GB", 0.5)])
        return weighted(self.rng, [("GB", 6), ("US", 6), ("IE", 3), ("DE", 1), ("FR", 1), ("NL", 1), ("IT", 0.5)])

    def phone(self, cc=None, intl=None):
        return mark("PHONE", make_phone(self.rng, cc or self.cc(), intl))

    def iban(self, cc=None, grouped=None):
        cc = cc or (weighted(self.rng, [("DE", 8), ("AT", 3), ("CH", 3), ("NL", 1), ("IT", 1)]) if self.lang == "de"
                    else weighted(self.rng, [("GB", 5), ("IE", 3), ("DE", 2), ("FR", 1), ("NL", 1)]))
        return mark("IBAN", make_iban(self.rng, cc, self.p(0.6) if grouped is None else grouped))

    def card(self, style=None):
        return mark("CREDIT_CARD", make_card(self.rng, style))

    def taxid(self, grouped=None):
        return mark("DE_TAX_ID", make_taxid(self.rng, grouped))

    def ip(self, kind=None):
        return mark("IP_ADDRESS", make_ip(self.rng, kind))

    # look-alikes and plain values
    def order(self):
        return self.ch(f"TG-{self.ri(100000, 999999)}", f"#{self.ri(1000000, 9999999)}",
                       f"{self.ri(2024, 2026)}-{self.ri(1000, 9999)}-{self.ri(100, 999)}", f"A{self.ri(10000000, 99999999)}")

    def phonelike(self):
        """Numbers shaped like phone numbers that are not (order, customer, ticket numbers)."""
        return self.ch(f"0{self.ri(100, 999)} {self.ri(1000000, 9999999)}", f"{self.ri(100, 999)} {self.ri(100, 999)} {self.ri(1000, 9999)}",
                       f"0049 {self.ri(1000, 9999)} {self.ri(1000, 9999)}", f"({self.ri(100, 999)}) {self.ri(100, 999)}-{self.ri(1000, 9999)}",
                       f"+{self.ri(10, 99)}-{self.ri(1000, 9999)}-{self.ri(100, 999)}")

    def tracking(self):
        return self.ch(f"00340434{self.ri(100000000000, 999999999999)}", f"1Z{self.ri(100, 999)}A{self.ri(10, 99)}{self.ri(10000000, 99999999)}",
                       f"JJD{self.ri(10, 99)}{self.ri(100000000000, 999999999999)}", f"RR{self.ri(100000000, 999999999)}DE",
                       f"{self.ri(1000, 9999)} {self.ri(1000, 9999)} {self.ri(1000, 9999)}")

    def gtin(self):
        return gtin(self.rng)

    def date(self):
        d, m, y = self.ri(1, 28), self.ri(1, 12), self.ri(2024, 2026)
        return f"{d:02d}.{m:02d}.{y}" if self.lang == "de" else self.ch(f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}",
                                                                          f"{d} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} {y}")

    def isodate(self):
        return f"{self.ri(2024, 2026)}-{self.ri(1, 12):02d}-{self.ri(1, 28):02d}"

    def time(self):
        return f"{self.ri(7, 20):02d}:{self.ch('00', '15', '30', '45', '10', '05', '50')}"

    def ts(self):
        return f"{self.isodate()}T{self.ri(0, 23):02d}:{self.ri(0, 59):02d}:{self.ri(0, 59):02d}Z"

    def prod(self):
        i = self.ri(0, len(SHORT) - 1)
        return (PRODUCTS_DE if self.lang == "de" else PRODUCTS_EN)[i], SKUS[i], PRICES[i]

    def short(self):
        return self.pick(SHORT)

    def price(self, p=None):
        p = p or self.pick(PRICES)
        return f"{p.replace('.', ',')} €" if self.lang == "de" else f"€{p}"

    def size(self):
        return self.pick(SIZES)

    def colour(self):
        return self.pick(COLOURS_DE if self.lang == "de" else COLOURS_EN)


# ---------------------------------------------------------------- rendering and self-checks

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
HANDLE_RE = re.compile(r"(?<![\w.])@[A-Za-z0-9_.]+")
URL_RE = re.compile(r"https?://\S+|www\.\S+")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]|\.\d)")
IPV6_RE = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:]*(?![0-9A-Za-z:])")
CARD_RE = re.compile(r"(?<![\d])\d(?:[ -]?\d){12,18}(?![\d])")
TAX_RE = re.compile(r"(?<![\d])\d{2} ?\d{3} ?\d{3} ?\d{3}(?![\d])")
IBAN_START_RE = re.compile(r"(?<![A-Z0-9])[A-Z]{2}\d{2}")


def render(s):
    """Strip markers; return (text, entities)."""
    out, ents, pos = [], [], 0
    cur = 0
    for m in _MARK_RE.finditer(s):
        out.append(s[pos:m.start()])
        cur += m.start() - pos
        value = m.group(2)
        ents.append({"type": m.group(1), "start": cur, "end": cur + len(value), "value": value})
        out.append(value)
        cur += len(value)
        pos = m.end()
    out.append(s[pos:])
    text = "".join(out)
    assert OPEN not in text and MID not in text and CLOSE not in text
    return text, ents


def _inside(spans, a, b):
    return any(s <= a and b <= e for s, e in spans)


def problems(text, ents, has_pii):
    """A list of reasons why the rendering fails (empty when it passes)."""
    bad = []
    if text.count("\n") >= 15:
        bad.append("more than 15 lines")
    if has_pii and not ents:
        bad.append("no span")
    if not has_pii and ents:
        bad.append("span in clean text")
    last_end = -1
    for e in ents:
        v = e["value"]
        if text[e["start"]:e["end"]] != v:
            bad.append("offset")
        if v != v.strip() or not v:
            bad.append("space at value end")
        if e["start"] < last_end:
            bad.append("overlap")
        last_end = e["end"]
        if e["type"] == "IBAN" and not iban_valid(v):
            bad.append("iban")
        if e["type"] == "CREDIT_CARD" and not card_valid(re.sub(r"[ -]", "", v)):
            bad.append("card")
        if e["type"] == "DE_TAX_ID" and not taxid_valid(v.replace(" ", "")):
            bad.append("taxid")
        if e["type"] == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                bad.append("ip")
        if e["type"] == "EMAIL" and not EMAIL_RE.fullmatch(v):
            bad.append("email")
    spans = [(e["start"], e["end"]) for e in ents]
    for m in EMAIL_RE.finditer(text):
        if not _inside(spans, m.start(), m.end()):
            bad.append("email outside span: " + m.group())
    for m in IPV4_RE.finditer(text):
        if all(int(x) <= 255 for x in m.group().split(".")) and not _inside(spans, m.start(), m.end()):
            bad.append("ipv4 outside span: " + m.group())
    for m in IPV6_RE.finditer(text):
        tok = m.group()
        if tok.count(":") >= 2:
            try:
                ipaddress.IPv6Address(tok)
            except ValueError:
                continue
            if not _inside(spans, m.start(), m.end()):
                bad.append("ipv6 outside span: " + tok)
    for m in CARD_RE.finditer(text):
        d = re.sub(r"[ -]", "", m.group())
        if card_valid(d) and not _inside(spans, m.start(), m.end()):
            bad.append("card outside span: " + m.group())
        for run in re.finditer(r"\d{13,19}", m.group()):
            if card_valid(run.group()) and not _inside(spans, m.start() + run.start(), m.start() + run.end()):
                bad.append("card outside span: " + run.group())
    for m in TAX_RE.finditer(text):
        if taxid_valid(m.group().replace(" ", "")) and not _inside(spans, m.start(), m.end()):
            bad.append("taxid outside span: " + m.group())
    for m in IBAN_START_RE.finditer(text):
        tail = text[m.start():m.start() + 48]
        compact = ""
        for i, ch in enumerate(tail):
            if ch == " ":
                continue
            if not ch.isalnum() or not ch.isascii():
                break
            compact += ch
            if 15 <= len(compact) <= 34 and iban_valid(compact) and not _inside(spans, m.start(), m.start() + i + 1):
                bad.append("iban outside span: " + compact)
    # unlabelled copies of a labelled person's name parts
    masked = list(text)
    for s, e in spans:
        for i in range(s, e):
            masked[i] = " "
    masked = "".join(masked)
    for rx in (EMAIL_RE, HANDLE_RE, URL_RE):
        masked = rx.sub(lambda m: " " * len(m.group()), masked)
    parts = []
    for e in ents:
        if e["type"] != "PERSON":
            continue
        for tok in re.split(r"[ ,\-]+", e["value"]):
            tok = tok.strip(".")
            if len(tok) < 2 or tok.lower() in N.PARTICLES:
                continue
            for variant in (tok, tok[:1].upper() + tok[1:], tok.capitalize() if tok.isupper() else tok):
                if variant not in parts:
                    parts.append(variant)
    for tok in parts:
        if re.search(r"(?<![\w'’])" + re.escape(tok) + r"(?![\w'’])", masked):
            bad.append("unlabelled name part: " + tok)
    return bad
