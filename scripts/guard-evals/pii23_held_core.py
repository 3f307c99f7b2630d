"""Machinery of the heldout half of the twenty-third PII bank (heldout23): checksummed values,
addresses, phone numbers, look-alikes, the lazy slot context and the renderer.

A template is a string with slots `{{p1.full}}`, `{{a1.line}}`, `{{ph1}}`, `{{ord1}}` … and
alternatives `[[a|b|c]]` (no nesting; an alternative may hold slots). A slot renders to plain text
or to a labelled value; the renderer records every labelled value's span in code points.
Standard library only.
"""

import re
import sys

sys.dont_write_bytecode = True

import pii23_held_names as N  # noqa: E402


class Ent:
    __slots__ = ("type", "value")

    def __init__(self, typ, value):
        self.type = typ
        self.value = value


# ---------------------------------------------------------------- checksums

def mod97_ok(iban):
    s = iban.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def make_iban(rng, cc, grouped):
    L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    banks = {"GB": ["NWBK", "BARC", "LOYD", "MIDL", "HBUK"], "IE": ["AIBK", "BOFI", "IPBS"],
             "NL": ["ABNA", "RABO", "INGB", "TRIO"]}
    if cc == "DE":
        bban = d(18)
    elif cc == "AT":
        bban = d(16)
    elif cc == "CH":
        bban = d(17)
    elif cc in ("GB", "IE"):
        bban = rng.choice(banks[cc]) + d(14)
    elif cc == "NL":
        bban = rng.choice(banks["NL"]) + d(10)
    elif cc == "FR":
        bban = d(23)
    elif cc == "IT":
        bban = rng.choice(L) + d(22)
    else:
        raise ValueError(cc)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    s = f"{cc}{chk:02d}{bban}"
    assert mod97_ok(s)
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def luhn_ok(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def issuer_ok(d):
    if d[0] == "4" and len(d) in (13, 16, 19):
        return True
    if len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return True
    if len(d) == 15 and d[:2] in ("34", "37"):
        return True
    if len(d) == 16 and (d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649):
        return True
    return False


def make_card(rng, style):
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        pre, n = "4" + "".join(rng.choice("0123456789") for _ in range(5)), 16
    elif kind == "mc":
        pre, n = str(rng.randint(51, 55)) + "".join(rng.choice("0123456789") for _ in range(4)), 16
    elif kind == "mc2":
        pre, n = str(rng.randint(2221, 2720)) + "".join(rng.choice("0123456789") for _ in range(2)), 16
    elif kind == "amex":
        pre, n = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(4)), 15
    else:
        pre, n = "6011" + "".join(rng.choice("0123456789") for _ in range(2)), 16
    body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c
            break
    assert luhn_ok(num) and issuer_ok(num)
    if style == 0:
        return num
    sep = " " if style == 1 else "-"
    if n == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def taxid_check(ten):
    prod = 10
    for ch in ten:
        s = (int(ch) + prod) % 10
        if s == 0:
            s = 10
        prod = (s * 2) % 11
    c = 11 - prod
    return 0 if c == 10 else c


def taxid_ok(d):
    if not re.fullmatch(r"[1-9]\d{10}", d):
        return False
    ten = d[:10]
    counts = [ten.count(c) for c in "0123456789"]
    multi = [c for c in counts if c > 1]
    if len(multi) != 1 or multi[0] not in (2, 3):
        return False
    if multi[0] == 3:
        for i in range(8):
            if ten[i] == ten[i + 1] == ten[i + 2]:
                return False
    return taxid_check(ten) == int(d[10])


def make_taxid(rng, grouped):
    while True:
        digits = list("0123456789")
        rng.shuffle(digits)
        nine = digits[:9]
        dup = rng.choice(nine)
        ten = nine + [dup]
        rng.shuffle(ten)
        ten = "".join(ten)
        if ten[0] == "0":
            continue
        d = ten + str(taxid_check(ten))
        if taxid_ok(d):
            break
    if grouped:
        return f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}"
    return d


def gtin_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        tot += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - tot % 10) % 10)


def make_gtin(rng):
    body = rng.choice(["400", "401", "402", "426", "762", "900", "871", "501"]) + "".join(
        rng.choice("0123456789") for _ in range(9))
    return body + gtin_digit(body)


# ---------------------------------------------------------------- addresses

STREETS = {
    "DE": ["Hauptstraße", "Bahnhofstraße", "Gartenstraße", "Schulstraße", "Lindenallee", "Bergstraße",
           "Kirchweg", "Am Mühlbach", "Rosenstraße", "Goethestraße", "Schillerplatz", "Waldweg",
           "Friedrich-Ebert-Straße", "Ulmenring", "Hohe Str.", "Am Anger", "Lessingstr.", "Talstraße",
           "Wiesenweg", "Brunnengasse", "Marktplatz", "Eichendorffstraße", "Kastanienweg", "Sedanstr.",
           "Hafenstraße", "Auf dem Kamp", "Heinrich-Heine-Allee", "Sonnenhang", "Im Winkel", "Kleiststraße"],
    "AT": ["Hauptstraße", "Mariahilfer Straße", "Linzer Gasse", "Grazer Straße", "Kirchengasse",
           "Schmiedgasse", "Am Gries", "Herrengasse", "Wiener Straße", "Bahnhofplatz", "Lerchenfelder Gürtel",
           "Salzachweg", "Innrain", "Dorfstraße", "Florianigasse"],
    "CH": ["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Kirchgasse", "Rue du Marché", "Via Nassa",
           "Hauptgasse", "Zürcherstrasse", "Bernstrasse", "Rosenweg", "Im Grund", "Schulhausstrasse",
           "Aarbergergasse", "Obere Zollgasse", "Lindenhofweg"],
    "GB": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "Mill Lane",
           "Queen Street", "Kings Road", "Willow Close", "Albert Terrace", "Green Lane", "Manor Way",
           "St Mary's Road", "Orchard Drive", "Castle Street"],
    "US": ["Main St", "Oak Avenue", "Maple Dr", "Elm Street", "Washington Blvd", "Cedar Ln", "Lakeview Rd",
           "Pine Street", "Sunset Blvd", "Highland Ave", "Park Pl", "River Road", "Chestnut St", "Franklin Ave"],
    "IE": ["Main Street", "Church Road", "Strand Road", "O'Connell Street", "Bridge Street", "Mill Road",
           "Patrick Street", "Shop Street", "The Crescent", "Parnell Square"],
    "FR": ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Voltaire",
           "rue des Lilas", "place de la Mairie", "rue Pasteur", "chemin des Vignes", "rue du Moulin"],
    "NL": ["Kerkstraat", "Dorpsstraat", "Keizersgracht", "Molenweg", "Stationsplein", "Lange Voorhout",
           "Prinsengracht", "Nieuwe Binnenweg", "Oudegracht", "Parkweg"],
    "IT": ["Via Roma", "Via Garibaldi", "Corso Italia", "Via Mazzini", "Piazza Duomo", "Via Dante",
           "Viale dei Mille", "Via Verdi", "Corso Vittorio Emanuele", "Via dei Fiori"],
}

TOWNS = {
    "DE": [("10115", "Berlin"), ("20095", "Hamburg"), ("80331", "München"), ("50667", "Köln"),
           ("60311", "Frankfurt am Main"), ("70173", "Stuttgart"), ("04109", "Leipzig"), ("01067", "Dresden"),
           ("90402", "Nürnberg"), ("28195", "Bremen"), ("30159", "Hannover"), ("44135", "Dortmund"),
           ("79098", "Freiburg im Breisgau"), ("87435", "Kempten"), ("83646", "Bad Tölz"), ("97070", "Würzburg"),
           ("24103", "Kiel"), ("18055", "Rostock"), ("93047", "Regensburg"), ("53111", "Bonn"),
           ("69117", "Heidelberg"), ("99084", "Erfurt"), ("66111", "Saarbrücken"), ("37073", "Göttingen"),
           ("82467", "Garmisch-Partenkirchen"), ("88131", "Lindau"), ("48143", "Münster"), ("34117", "Kassel")],
    "AT": [("1010", "Wien"), ("1070", "Wien"), ("1160", "Wien"), ("8010", "Graz"), ("4020", "Linz"),
           ("5020", "Salzburg"), ("6020", "Innsbruck"), ("9020", "Klagenfurt"), ("6900", "Bregenz"),
           ("3100", "St. Pölten"), ("7000", "Eisenstadt"), ("6370", "Kitzbühel"), ("4600", "Wels")],
    "CH": [("8001", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"), ("9000", "St. Gallen"),
           ("1201", "Genève"), ("1003", "Lausanne"), ("6900", "Lugano"), ("7000", "Chur"), ("8400", "Winterthur"),
           ("3920", "Zermatt"), ("2502", "Biel/Bienne"), ("5000", "Aarau")],
    "GB": [("LS1 4AB", "Leeds"), ("M1 2HF", "Manchester"), ("EH1 1YZ", "Edinburgh"), ("BS1 5TR", "Bristol"),
           ("SW1A 2AA", "London"), ("N1 9GU", "London"), ("CF10 3NP", "Cardiff"), ("G2 3LD", "Glasgow"),
           ("YO1 7HH", "York"), ("OX1 3BG", "Oxford"), ("B3 2PW", "Birmingham"), ("LA22 0DH", "Ambleside"),
           ("PH33 6SY", "Fort William"), ("NE1 7RU", "Newcastle upon Tyne"), ("BT1 5GS", "Belfast")],
    "US": [("Springfield", "IL", "62704"), ("Denver", "CO", "80202"), ("Portland", "OR", "97205"),
           ("Boulder", "CO", "80302"), ("Seattle", "WA", "98101"), ("Austin", "TX", "78701"),
           ("Burlington", "VT", "05401"), ("Asheville", "NC", "28801"), ("Madison", "WI", "53703"),
           ("Salt Lake City", "UT", "84101"), ("Bozeman", "MT", "59715"), ("Brooklyn", "NY", "11201"),
           ("Minneapolis", "MN", "55401"), ("Flagstaff", "AZ", "86001")],
    "IE": [("Dublin 8", "D08 VF8H"), ("Galway", "H91 E2K7"), ("Cork", "T12 X70A"), ("Ennis, Co. Clare", "V95 T2P4"),
           ("Killarney, Co. Kerry", "V93 HN28"), ("Limerick", "V94 C8DW"), ("Westport, Co. Mayo", "F28 Y9K1"),
           ("Kilkenny", "R95 A6X3"), ("Sligo", "F91 K2R5"), ("Bray, Co. Wicklow", "A98 W6E2")],
    "FR": [("75011", "Paris"), ("69002", "Lyon"), ("13001", "Marseille"), ("74400", "Chamonix-Mont-Blanc"),
           ("38000", "Grenoble"), ("67000", "Strasbourg"), ("33000", "Bordeaux"), ("31000", "Toulouse"),
           ("44000", "Nantes"), ("06000", "Nice")],
    "NL": [("1015 CX", "Amsterdam"), ("3511 LX", "Utrecht"), ("2514 JA", "Den Haag"), ("3012 AB", "Rotterdam"),
           ("9711 LM", "Groningen"), ("5611 EM", "Eindhoven"), ("6811 AA", "Arnhem"), ("2311 GN", "Leiden")],
    "IT": [("00184", "Roma"), ("20121", "Milano"), ("39100", "Bolzano"), ("50122", "Firenze"), ("10121", "Torino"),
           ("38122", "Trento"), ("40121", "Bologna"), ("32043", "Cortina d'Ampezzo"), ("80132", "Napoli")],
}

COUNTRY_NAMES = {
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Vereinigtes Königreich",
           "US": "USA", "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA",
           "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
}

ADDR_WEIGHTS = {
    "de": [("DE", 52), ("AT", 17), ("CH", 15), ("IT", 4), ("NL", 3), ("FR", 3), ("GB", 2), ("US", 2), ("IE", 2)],
    "en": [("GB", 32), ("US", 28), ("IE", 14), ("DE", 8), ("AT", 4), ("CH", 4), ("FR", 4), ("NL", 3), ("IT", 3)],
}


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


class Address:
    """One address; `street`, `line` (one line), `block` (two lines), plain `plz`, `town`, `country`."""

    def __init__(self, rng, cc, lang):
        self.cc = cc
        st = rng.choice(STREETS[cc])
        no = str(rng.randint(1, 140))
        if rng.random() < 0.12 and cc in ("DE", "AT", "CH", "NL"):
            no += rng.choice("abc")
        pfx = ""
        if cc == "DE":
            street = f"{st} {no}"
            plz, town = rng.choice(TOWNS[cc])
            pfx = "D-" if rng.random() < 0.2 else ""
            tail = f"{pfx}{plz} {town}"
        elif cc == "AT":
            if rng.random() < 0.5:
                no = f"{rng.randint(1, 60)}/{rng.randint(1, 9)}/{rng.randint(1, 24)}"
            elif rng.random() < 0.4:
                no = f"{rng.randint(1, 90)}/{rng.randint(1, 12)}"
            street = f"{st} {no}"
            plz, town = rng.choice(TOWNS[cc])
            pfx = "A-" if rng.random() < 0.35 else ""
            tail = f"{pfx}{plz} {town}"
        elif cc == "CH":
            street = f"{st} {no}"
            plz, town = rng.choice(TOWNS[cc])
            pfx = "CH-" if rng.random() < 0.4 else ""
            tail = f"{pfx}{plz} {town}"
        elif cc == "GB":
            street = f"{no} {st}"
            if rng.random() < 0.25:
                street = f"Flat {rng.randint(1, 12)}, " + street
            plz, town = rng.choice(TOWNS[cc])
            tail = f"{town} {plz}"
        elif cc == "US":
            street = f"{rng.randint(10, 9800)} {st}"
            r = rng.random()
            if r < 0.25:
                street += f", Apt {rng.randint(1, 40)}{rng.choice(['', 'B', 'C'])}"
            elif r < 0.4:
                street += f", Suite {rng.randint(100, 900)}"
            town, state, plz = rng.choice(TOWNS[cc])
            tail = f"{town}, {state} {plz}"
        elif cc == "IE":
            street = f"{no} {st}"
            town, plz = rng.choice(TOWNS[cc])
            tail = f"{town} {plz}" if rng.random() < 0.6 else f"{town}, {plz}"
        elif cc == "FR":
            street = f"{no}{rng.choice(['', '', ' bis'])} {st}"
            plz, town = rng.choice(TOWNS[cc])
            tail = f"{plz} {town}"
        elif cc == "NL":
            street = f"{st} {no}"
            plz, town = rng.choice(TOWNS[cc])
            tail = f"{plz} {town}"
        else:  # IT
            street = f"{st} {no}" if rng.random() < 0.6 else f"{st}, {no}"
            plz, town = rng.choice(TOWNS[cc])
            tail = f"{plz} {town}"
            if rng.random() < 0.3:
                tail += " (" + {"Roma": "RM", "Milano": "MI", "Bolzano": "BZ", "Firenze": "FI", "Torino": "TO",
                                "Trento": "TN", "Bologna": "BO", "Cortina d'Ampezzo": "BL", "Napoli": "NA"}[town] + ")"
        self.street = street
        self.tail = tail
        self.plz = plz
        self.town = town
        self.country = COUNTRY_NAMES[lang][cc]
        sep = rng.choice([", ", ", ", " "]) if cc not in ("US", "GB", "IE") else ", "
        self.line = street + sep + tail
        self.block = street + "\n" + tail


# ---------------------------------------------------------------- phones

PHONE_WEIGHTS = {
    "de": [("DE", 55), ("AT", 16), ("CH", 15), ("IT", 3), ("NL", 3), ("FR", 3), ("GB", 2), ("US", 2), ("IE", 1)],
    "en": [("GB", 32), ("US", 28), ("IE", 14), ("DE", 8), ("AT", 4), ("CH", 4), ("FR", 4), ("NL", 3), ("IT", 3)],
}

US_AREAS = ["212", "303", "312", "415", "503", "512", "617", "720", "802", "828", "206", "406", "608", "612", "801"]


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_phone(rng, cc, form=None):
    intl = form == "intl" or (form is None and rng.random() < 0.45)
    mob = rng.random() < 0.5
    if cc == "DE":
        if mob:
            pre, sub = rng.choice(["151", "160", "170", "171", "172", "176", "157", "162"]), _d(rng, rng.choice([7, 8]))
        else:
            pre, sub = rng.choice(["30", "40", "89", "221", "69", "711", "341", "8041", "831", "911"]), _d(rng, 7)
        if intl:
            return rng.choice([f"+49 {pre} {sub}", f"+49 (0){pre} {sub}", f"+49 {pre} {sub[:3]} {sub[3:]}",
                               f"+49{pre}{sub}"])
        return rng.choice([f"0{pre} {sub}", f"0{pre}/{sub}", f"(0{pre}) {sub}", f"0{pre}-{sub}",
                           f"0{pre} {sub[:3]} {sub[3:]}"])
    if cc == "AT":
        if mob:
            pre, sub = rng.choice(["664", "650", "676", "699", "660"]), _d(rng, 7)
        else:
            pre, sub = rng.choice(["1", "316", "732", "662", "512", "463"]), _d(rng, 6 if rng.random() < 0.5 else 7)
        if intl:
            return rng.choice([f"+43 {pre} {sub}", f"+43 (0){pre} {sub}", f"0043 {pre} {sub}"])
        return rng.choice([f"0{pre} {sub}", f"0{pre}/{sub}", f"0{pre} {sub[:3]} {sub[3:]}"])
    if cc == "CH":
        pre = rng.choice(["76", "78", "79"]) if mob else rng.choice(["44", "31", "61", "41", "71", "22", "91", "81"])
        s = _d(rng, 7)
        g = f"{s[:3]} {s[3:5]} {s[5:]}"
        if intl:
            return rng.choice([f"+41 {pre} {g}", f"0041 {pre} {g}", f"+41{pre}{s}"])
        return rng.choice([f"0{pre} {g}", f"0{pre} {s[:3]} {s[3:]}"])
    if cc == "GB":
        if mob:
            s = "7" + rng.choice(["700", "712", "734", "801", "911", "956"]) + _d(rng, 6)
            nat = f"0{s[:4]} {s[4:]}"
            it = f"+44 {s[:4]} {s[4:]}"
        else:
            a = rng.choice(["20", "113", "161", "131", "117", "141", "29"])
            if a == "20":
                sub = _d(rng, 8)
                nat, it = f"020 {sub[:4]} {sub[4:]}", f"+44 20 {sub[:4]} {sub[4:]}"
            else:
                sub = _d(rng, 7)
                nat, it = f"0{a} {sub[:3]} {sub[3:]}", f"+44 {a} {sub[:3]} {sub[3:]}"
        if intl:
            return rng.choice([it, it.replace("+44 ", "+44 (0)")])
        return nat
    if cc == "US":
        a = rng.choice(US_AREAS)
        ex = str(rng.randint(201, 989))
        ln = _d(rng, 4)
        if intl:
            return rng.choice([f"+1 {a} {ex} {ln}", f"+1 ({a}) {ex}-{ln}", f"+1-{a}-{ex}-{ln}"])
        return rng.choice([f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}"])
    if cc == "IE":
        if mob:
            pre, sub = rng.choice(["83", "85", "86", "87", "89"]), _d(rng, 7)
        else:
            pre, sub = rng.choice(["1", "21", "91", "61", "71"]), _d(rng, 7 if rng.random() < 0.6 else 6)
        if intl:
            return f"+353 {pre} {sub[:3]} {sub[3:]}"
        return f"0{pre} {sub[:3]} {sub[3:]}"
    if cc == "FR":
        pre = rng.choice(["6", "7"]) if mob else rng.choice(["1", "4", "3", "5"])
        s = _d(rng, 8)
        g = " ".join(s[i:i + 2] for i in range(0, 8, 2))
        if intl:
            return f"+33 {pre} {g}"
        return rng.choice([f"0{pre} {g}", f"0{pre}.{g.replace(' ', '.')}"])
    if cc == "NL":
        if mob:
            s = _d(rng, 8)
            return f"+31 6 {s}" if intl else rng.choice([f"06 {s}", f"06-{s}"])
        pre = rng.choice(["20", "30", "70", "10", "50"])
        s = _d(rng, 7)
        return f"+31 {pre} {s[:3]} {s[3:]}" if intl else f"0{pre} {s[:3]} {s[3:]}"
    if cc == "IT":
        if mob:
            pre, s = rng.choice(["333", "347", "338", "320", "349"]), _d(rng, 7)
            return f"+39 {pre} {s[:3]} {s[3:]}" if intl else f"{pre} {s[:3]} {s[3:]}"
        pre, s = rng.choice(["06", "02", "0471", "055", "011"]), _d(rng, 7)
        return f"+39 {pre} {s[:4]} {s[4:]}" if intl else f"{pre} {s[:4]} {s[4:]}"
    raise ValueError(cc)


# ---------------------------------------------------------------- IPs

def make_ip(rng, kind=None):
    k = kind or wchoice(rng, [("pub", 40), ("priv", 22), ("loop", 6), ("v6", 32)])
    if k == "pub":
        while True:
            a = rng.choice([31, 46, 62, 77, 78, 80, 84, 85, 87, 89, 91, 93, 94, 95, 109, 141, 151, 178, 185, 188,
                            193, 195, 212, 213, 217, 86, 81, 82, 24, 73, 98, 104, 203, 198])
            return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == "priv":
        r = rng.random()
        if r < 0.45:
            return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
        if r < 0.8:
            return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == "loop":
        return rng.choice(["127.0.0.1", "::1", "127.0.1.1"])
    pre = rng.choice(["2001:db8", "2a02:8108", "2003:e6", "2a01:4f8", "2600:1700", "2a00:23c5", "fe80:", "2001:4860"])
    h = lambda: format(rng.randint(1, 0xffff), "x")  # noqa: E731
    if pre == "fe80:":
        return f"fe80::{h()}:{h()}:{h()}:{h()}"
    if rng.random() < 0.5:
        return f"{pre}:{h()}:{h()}::{h()}"
    parts = pre.split(":") + [h() for _ in range(8 - len(pre.split(":")))]
    return ":".join(parts)


# ---------------------------------------------------------------- look-alikes (plain text)

PRODUCTS = {
    "de": [("Almweg Zip-off-Wanderhose", "TG-HT-100", "129,95 €"), ("Fernkamm 45+10 Trekkingrucksack", "TG-BP-045", "229,95 €"),
           ("Firstwand 3-Lagen-Regenjacke", "TG-RJ-100", "349,95 €"), ("Gitterhang Grid-Fleecejacke", "TG-FL-100", "119,95 €"),
           ("Hochsattel 30 Wanderrucksack", "TG-BP-030", "139,95 €"), ("Kaltkar Daunenjacke", "TG-DJ-100", "289,95 €"),
           ("Morgengrat Merino 150 Langarmshirt", "TG-BL-100", "89,95 €"), ("Rinnental Isolationshoody", "TG-SI-100", "219,95 €"),
           ("Schauerpass 2,5-Lagen-Regenjacke", "TG-RJ-200", "199,95 €"), ("Steinlauf Trailrunningschuh", "TG-TS-100", "159,95 €"),
           ("Trittweg Merino-Wandersocken", "TG-SO-100", "24,95 €"), ("Wintersteig Wintertrekkinghose", "TG-WT-100", "169,95 €")],
    "en": [("Almweg Zip-Off Hiking Trousers", "TG-HT-100", "€129.95"), ("Fernkamm 45+10 Trekking Backpack", "TG-BP-045", "€229.95"),
           ("Firstwand 3-Layer Rain Jacket", "TG-RJ-100", "€349.95"), ("Gitterhang Grid Fleece Jacket", "TG-FL-100", "€119.95"),
           ("Hochsattel 30 Hiking Backpack", "TG-BP-030", "€139.95"), ("Kaltkar Down Jacket", "TG-DJ-100", "€289.95"),
           ("Morgengrat Merino 150 Long-Sleeve Shirt", "TG-BL-100", "€89.95"), ("Rinnental Insulated Hoody", "TG-SI-100", "€219.95"),
           ("Schauerpass 2.5-Layer Rain Jacket", "TG-RJ-200", "€199.95"), ("Steinlauf Trail Running Shoe", "TG-TS-100", "€159.95"),
           ("Trittweg Merino Hiking Socks", "TG-SO-100", "€24.95"), ("Wintersteig Winter Trekking Trousers", "TG-WT-100", "€169.95")],
}
SHORT_PRODUCTS = ["Almweg", "Fernkamm", "Firstwand", "Gitterhang", "Hochsattel", "Kaltkar", "Morgengrat", "Rinnental",
                  "Schauerpass", "Steinlauf", "Trittweg", "Wintersteig"]
COLOURS = {"de": ["Felsgrau", "Moorbraun", "Schiefer", "Tannenschatten", "Hüttenorange", "Gratblau", "Flechte",
                  "Alpenglühen", "Kalkstein", "Enzian"],
           "en": ["Rock Grey", "Peat Brown", "Slate", "Fir Shade", "Hut Orange", "Ridge Blue", "Lichen",
                  "Alpenglow", "Limestone", "Gentian"]}
SIZES = ["XS", "S", "M", "L", "XL", "XXL", "38", "40", "42", "43", "44", "44 2/3", "45"]
MONTHS = {"de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                 "November", "Dezember"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"]}
DOMAINS = {"de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "outlook.de", "gmx.at", "aon.at",
                  "bluewin.ch", "gmx.ch", "icloud.com", "mailbox.org", "freenet.de", "hotmail.de"],
           "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com", "btinternet.com",
                  "eircom.net", "proton.me", "aol.com", "live.ie", "fastmail.com", "yahoo.com"]}


def lookalike(rng, kind, lang):
    y = rng.choice([2024, 2025, 2025, 2026])
    if kind == "ord":
        return rng.choice([f"TG-{y}-{_d(rng, 6)}", f"{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 4)}", f"A{_d(rng, 9)}",
                           f"0{_d(rng, 3)} {_d(rng, 7)}", f"#{_d(rng, 7)}", f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 2)}"])
    if kind == "trk":
        return rng.choice([f"00340{_d(rng, 15)}", f"1Z{_d(rng, 3)}E{_d(rng, 2)}{_d(rng, 10)}",
                           f"JJD{_d(rng, 16)}", f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}", f"+{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 7)}"])
    if kind == "cust":
        return rng.choice([f"K-{_d(rng, 6)}", f"{_d(rng, 2)}{_d(rng, 8)}", f"KD {_d(rng, 3)} {_d(rng, 3)}",
                           f"C{_d(rng, 7)}", f"0{_d(rng, 2)} {_d(rng, 4)} {_d(rng, 4)}"])
    if kind == "tkt":
        return rng.choice([f"#{_d(rng, 5)}", f"TCK-{_d(rng, 6)}", f"SR-{_d(rng, 4)}-{_d(rng, 3)}", f"[{_d(rng, 6)}]"])
    if kind == "date":
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        if lang == "de":
            return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}. {MONTHS['de'][m - 1]} {y}", f"{d:02d}.{m:02d}."])
        return rng.choice([f"{d} {MONTHS['en'][m - 1]} {y}", f"{MONTHS['en'][m - 1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}",
                           f"{d:02d}/{m:02d}/{y}"])
    if kind == "iso":
        return f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if kind == "ts":
        return f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    if kind == "time":
        h, mi = rng.randint(7, 20), rng.choice([0, 15, 30, 45, 5, 10, 50])
        return f"{h:02d}:{mi:02d}" + (" Uhr" if lang == "de" and rng.random() < 0.5 else "")
    if kind == "price":
        return rng.choice(PRODUCTS[lang])[2]
    if kind == "eur":
        v = rng.randint(5, 400) + rng.choice([0, 0.5, 0.95, 0.9])
        return (f"{v:.2f} €".replace(".", ",") if lang == "de" else f"€{v:.2f}")
    if kind == "prod":
        return rng.choice(PRODUCTS[lang])[0]
    if kind == "short":
        return rng.choice(SHORT_PRODUCTS)
    if kind == "sku":
        return rng.choice(PRODUCTS[lang])[1] + rng.choice(["", "", f"-{rng.choice(SIZES[:6])}"])
    if kind == "gtin":
        return make_gtin(rng)
    if kind == "ver":
        return f"{rng.randint(1, 9)}.{rng.randint(0, 24)}.{rng.randint(0, 12)}"
    if kind == "col":
        return rng.choice(COLOURS[lang])
    if kind == "size":
        return rng.choice(SIZES)
    if kind == "month":
        return MONTHS[lang][rng.randint(0, 11)]
    if kind == "qty":
        return str(rng.randint(1, 4))
    if kind == "town":
        cc = wchoice(rng, ADDR_WEIGHTS[lang])
        t = rng.choice(TOWNS[cc])
        return t[0] if cc in ("US", "IE") else t[1]
    if kind == "plz":
        cc = rng.choice(["DE", "AT", "CH"]) if lang == "de" else rng.choice(["GB", "US"])
        t = rng.choice(TOWNS[cc])
        return t[2] if cc == "US" else t[0]
    if kind == "num":
        return str(rng.randint(2, 60))
    if kind == "pct":
        return str(rng.choice([10, 15, 20, 25, 30]))
    raise KeyError(kind)


LOOK = ("ord", "trk", "cust", "tkt", "date", "iso", "ts", "time", "price", "eur", "prod", "short", "sku", "gtin",
        "ver", "col", "size", "month", "qty", "town", "plz", "num", "pct")


# ---------------------------------------------------------------- context

class Ctx:
    """Lazy slot values for one rendering; the same key gives the same value within a text."""

    def __init__(self, rng, lang, genre, allow_invented, du=None):
        self.rng = rng
        self.lang = lang
        self.genre = genre
        self.allow_invented = allow_invented
        self.cache = {}
        self.people = {}
        self.used_names = []
        self.invented_people = 0
        self.du = du

    def person(self, idx):
        p = self.people.get(idx)
        if p is None:
            while True:
                p = N.draw_person(self.rng, self.lang, self.allow_invented)
                if all(p.last != q.last and p.first != q.first for q in self.people.values()):
                    break
            self.people[idx] = p
        return p

    def get(self, key):
        if key in self.cache:
            return self.cache[key]
        v = self._make(key)
        self.cache[key] = v
        return v

    def _make(self, key):
        rng, lang = self.rng, self.lang
        m = re.fullmatch(r"p(\d)\.(\w+)", key)
        if m:
            return self.person(m.group(1)).form(m.group(2), rng, lang)
        m = re.fullmatch(r"a([a-z]{2})?(\d)\.(\w+)", key)
        if m:
            ak = "addr:" + (m.group(1) or "") + m.group(2)
            a = self.cache.get(ak)
            if a is None:
                cc = m.group(1).upper() if m.group(1) else wchoice(rng, ADDR_WEIGHTS[lang])
                a = Address(rng, cc, lang)
                self.cache[ak] = a
            f = m.group(3)
            if f == "any":
                f = rng.choice(["line", "line", "block"])
            if f in ("street", "line", "block"):
                return Ent("STREET_ADDRESS", getattr(a, f))
            return getattr(a, f)
        m = re.fullmatch(r"ph([a-z]{2})?(\d)(?:\.(nat|intl))?", key)
        if m:
            cc = m.group(1).upper() if m.group(1) else wchoice(rng, PHONE_WEIGHTS[lang])
            return Ent("PHONE", make_phone(rng, cc, m.group(3)))
        m = re.fullmatch(r"ib([a-z]{2})?(\d)(c?)", key)
        if m:
            cc = m.group(1).upper() if m.group(1) else wchoice(
                rng, [("DE", 60), ("AT", 20), ("CH", 15), ("NL", 5)] if lang == "de" else
                [("GB", 40), ("IE", 30), ("DE", 10), ("FR", 8), ("NL", 6), ("IT", 6)])
            return Ent("IBAN", make_iban(rng, cc, not m.group(3) and rng.random() < 0.65))
        m = re.fullmatch(r"cc(\d)", key)
        if m:
            return Ent("CREDIT_CARD", make_card(rng, wchoice(rng, [(0, 3), (1, 5), (2, 2)])))
        m = re.fullmatch(r"tx(\d)", key)
        if m:
            return Ent("DE_TAX_ID", make_taxid(rng, rng.random() < 0.4))
        m = re.fullmatch(r"ip([46pl])?(\d)", key)
        if m:
            kind = {"4": "pub", "6": "v6", "p": "priv", "l": "loop", None: None}[m.group(1)]
            return Ent("IP_ADDRESS", make_ip(rng, kind))
        m = re.fullmatch(r"(prod|sku|price|short)(\d)", key)
        if m:
            ik = "product:" + m.group(2)
            if ik not in self.cache:
                self.cache[ik] = rng.randrange(len(PRODUCTS[lang]))
            name, sku, price = PRODUCTS[lang][self.cache[ik]]
            return {"prod": name, "sku": sku, "price": price, "short": name.split()[0]}[m.group(1)]
        m = re.fullmatch(r"([a-z]+)(\d)", key)
        if m and m.group(1) in LOOK:
            return lookalike(rng, m.group(1), lang)
        if key in ("staff", "agent"):
            return self.get("p9.first")
        raise KeyError(key)


SLOT = re.compile(r"\{\{([A-Za-z0-9_.]+)\}\}")
ALT = re.compile(r"\[\[(.*?)\]\]", re.S)


def render(tmpl, ctx):
    """Returns (text, entities, ctx)."""
    rng = ctx.rng
    t = ALT.sub(lambda m: rng.choice(m.group(1).split("|")), tmpl)
    out = []
    ents = []
    pos = 0
    last = 0
    for m in SLOT.finditer(t):
        lit = t[last:m.start()]
        out.append(lit)
        pos += len(lit)
        v = ctx.get(m.group(1))
        if isinstance(v, Ent):
            ents.append({"type": v.type, "start": pos, "end": pos + len(v.value), "value": v.value})
            out.append(v.value)
            pos += len(v.value)
        else:
            out.append(v)
            pos += len(v)
        last = m.end()
    out.append(t[last:])
    return "".join(out), ents


# ---------------------------------------------------------------- checks

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
HANDLE_RE = re.compile(r"(?<![\w.])@[\w][\w.-]*")
URL_RE = re.compile(r"https?://\S+")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d])")
IPV6_RE = re.compile(r"(?<![\w:])(?:[0-9a-fA-F]{0,4}:){2,7}[0-9a-fA-F]{0,4}(?![\w:])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b")
DIGITRUN_RE = re.compile(r"\d(?:[ -]?\d){10,22}")
PARTICLES = {"von", "van", "der", "den", "de", "la", "le", "di", "da", "du", "del", "della", "dos", "das", "zu",
             "ten", "ter", "al", "el", "bin", "ibn", "mac", "st", "y", "und", "vom"}


def mask(text, ents):
    chars = list(text)
    for e in ents:
        for i in range(e["start"], e["end"]):
            chars[i] = "\x00"
    return "".join(chars)


def problems(text, ents, has_pii):
    errs = []
    prev_end = -1
    for e in ents:
        if text[e["start"]:e["end"]] != e["value"]:
            errs.append("value mismatch")
        if e["start"] < prev_end:
            errs.append("overlap/order")
        prev_end = e["end"]
        v = e["value"]
        if not v or v != v.strip() or v.strip(",.;:") != v and e["type"] != "PERSON":
            errs.append("edge " + repr(v))
        if e["type"] == "PERSON" and (v[-1] in ",;:" or v[0] in ",.;:"):
            errs.append("edge " + repr(v))
        if e["type"] == "IBAN" and not mod97_ok(v):
            errs.append("iban")
        if e["type"] == "CREDIT_CARD":
            d = re.sub(r"[ -]", "", v)
            if not (luhn_ok(d) and issuer_ok(d)):
                errs.append("card")
        if e["type"] == "DE_TAX_ID" and not taxid_ok(v.replace(" ", "")):
            errs.append("taxid")
    if has_pii and not ents:
        errs.append("no span")
    if not has_pii and ents:
        errs.append("span in clean")
    rest = mask(text, ents)
    if EMAIL_RE.search(rest):
        errs.append("email outside")
    for m in IPV4_RE.finditer(rest):
        if all(int(g) <= 255 for g in m.groups()):
            errs.append("ipv4 outside " + m.group(0))
    for m in IPV6_RE.finditer(rest):
        s = m.group(0)
        if "::" in s or s.count(":") >= 5:
            errs.append("ipv6 outside " + s)
    for m in IBAN_RE.finditer(rest):
        if mod97_ok(m.group(0)):
            errs.append("iban outside")
    for m in DIGITRUN_RE.finditer(rest):
        d = re.sub(r"[ -]", "", m.group(0))
        for i in range(len(d)):
            for n in (13, 15, 16, 19):
                s = d[i:i + n]
                if len(s) == n and luhn_ok(s) and issuer_ok(s):
                    errs.append("card outside " + s)
            s = d[i:i + 11]
            if len(s) == 11 and taxid_ok(s):
                errs.append("taxid outside " + s)
    for m in re.finditer(r"(?<![\d ])\d{11}(?!\d)|\d{2} \d{3} \d{3} \d{3}", rest):
        if taxid_ok(m.group(0).replace(" ", "")):
            errs.append("taxid outside")
    # name parts of labelled persons must not occur unlabelled as whole words
    scrub = EMAIL_RE.sub(lambda m: "\x00" * len(m.group(0)), rest)
    scrub = URL_RE.sub(lambda m: "\x00" * len(m.group(0)), scrub)
    scrub = HANDLE_RE.sub(lambda m: "\x00" * len(m.group(0)), scrub)
    parts = set()
    for e in ents:
        if e["type"] == "PERSON":
            for p in re.split(r"[\s,\-]+", e["value"]):
                p = p.strip(".'")
                if len(p) > 2 and p.lower() not in PARTICLES:
                    parts.add(p)
    for p in sorted(parts):
        if re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", scrub, re.I):
            errs.append("name part outside " + p)
    return errs
