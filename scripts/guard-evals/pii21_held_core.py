"""Machinery of the heldout half of the twenty-first PII bank: people, addresses, phone numbers,
checksummed values, look-alikes, the template renderer and the self-checks.

A template is a string with slots `⟨p1.full⟩`, `⟨a1.line⟩`, `⟨ph1⟩` … and alternatives `⟦a¦b¦c⟧`
(nestable). A slot renders to pieces `(text, label or None)`; the renderer concatenates them and
records the span of every labelled piece in Unicode code points. A slot is drawn once per text and
reused when it occurs again. Standard library only.
"""

import ipaddress
import re

import pii21_held_names as N

# ---------------------------------------------------------------- small helpers


def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- checksummed values


def iban_valid(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


IBAN_BBAN = {
    "DE": "n18", "AT": "n16", "CH": "n17", "GB": "a4n14", "IE": "a4n14", "FR": "n23", "NL": "a4n10",
    "IT": "a1n22",
}


def iban(rng, country, grouped=True):
    spec = IBAN_BBAN[country]
    bban = ""
    for kind, n in re.findall(r"([an])(\d+)", spec):
        for _ in range(int(n)):
            bban += rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if kind == "a" else rng.choice("0123456789")
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    s = f"{country}{check:02d}{bban}"
    assert iban_valid(s)
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def luhn_ok(num):
    total, alt = 0, False
    for ch in reversed(num):
        d = int(ch)
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        total += d
        alt = not alt
    return total % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + digits(rng, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_issuer(num):
    n = len(num)
    if num.startswith("4") and n in (13, 16, 19):
        return "visa"
    if n == 16 and (51 <= int(num[:2]) <= 55 or 2221 <= int(num[:4]) <= 2720):
        return "mastercard"
    if n == 15 and num[:2] in ("34", "37"):
        return "amex"
    if n == 16 and (num.startswith("6011") or num.startswith("65") or 644 <= int(num[:3]) <= 649):
        return "discover"
    return None


def card_valid(num):
    return bool(card_issuer(num)) and luhn_ok(num)


def card(rng, style=None):
    kind = wchoice(rng, [("visa", 5), ("mc", 3), ("mc2", 1), ("amex", 1.5), ("disc", 0.8)])
    if kind == "visa":
        num = luhn_complete("4" + digits(rng, 5), 16, rng)
    elif kind == "mc":
        num = luhn_complete(str(rng.randint(51, 55)) + digits(rng, 4), 16, rng)
    elif kind == "mc2":
        num = luhn_complete(str(rng.randint(2221, 2720)) + digits(rng, 2), 16, rng)
    elif kind == "amex":
        num = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 4), 15, rng)
    else:
        num = luhn_complete(rng.choice(["6011", "65" + digits(rng, 2)]), 16, rng)
    assert card_valid(num)
    style = style or wchoice(rng, [("space", 5), ("dash", 2), ("compact", 2)])
    if style == "compact":
        return num
    sep = " " if style == "space" else "-"
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def steuer_check(ten):
    product = 10
    for ch in ten:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def steuer_valid(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    ten = s[:10]
    counts = sorted((ten.count(d) for d in set(ten)), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] > 1):
        return False
    if counts[0] == 3:
        d = max(set(ten), key=ten.count)
        if d * 3 in ten:
            return False
    return steuer_check(ten) == int(s[10])


def steuer_id(rng, grouped=None):
    while True:
        pool = list("0123456789")
        rng.shuffle(pool)
        twice = rng.random() < 0.8
        if twice:
            chosen = pool[:9]
            ten = chosen + [chosen[rng.randrange(9)]]
        else:
            chosen = pool[:8]
            d = chosen[rng.randrange(8)]
            ten = chosen + [d, d]
        rng.shuffle(ten)
        ten = "".join(ten)
        if ten[0] == "0":
            continue
        s = ten + str(steuer_check(ten))
        if steuer_valid(s):
            break
    if grouped is None:
        grouped = rng.random() < 0.55
    if grouped:
        return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"
    return s


def gtin13(rng, prefix=None):
    body = (prefix or rng.choice(["40", "42", "43", "76", "90", "50", "80"])) + digits(rng, 12 - len(prefix or "40"))
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


# ---------------------------------------------------------------- places

STREETS = {
    "DE": "Hauptstraße Bahnhofstraße Gartenstraße Schillerstraße Lindenallee Am_Mühlbach Birkenweg Rosenstraße "
          "Kirchgasse Friedrich-Ebert-Straße Ahornweg Parkstraße Goethestraße Sonnenhang Am_Stadtgraben "
          "Hafenstraße Eichendorffstraße Mozartstraße Talstraße Wiesenweg Uhlandstraße Kastanienallee "
          "Fasanenweg Neue_Reihe Auf_dem_Kamp Dorfstraße Brunnenstraße Holsteiner_Chaussee Sandweg Marktplatz",
    "AT": "Mariahilfer_Straße Landstraßer_Hauptstraße Wiedner_Gürtel Herrengasse Annenstraße Linzer_Gasse "
          "Schulgasse Kaiserstraße Favoritenstraße Griesgasse Museumstraße Bürgerstraße Feldgasse Hietzinger_Kai "
          "Lerchenfelder_Straße Brunner_Straße",
    "CH": "Bahnhofstrasse Dorfstrasse Seestrasse Kirchweg Hauptgasse Rennweg Spitalgasse Birkenweg Bernstrasse "
          "Zürcherstrasse Gerechtigkeitsgasse Rue_du_Marché Hohlstrasse Badenerstrasse Sonnenbergstrasse Pilatusstrasse",
    "GB": "High_Street Station_Road Church_Lane Victoria_Road Mill_Lane Park_Avenue Queen's_Road Manor_Way "
          "Albert_Street Chapel_Row Kingsway Orchard_Close Marlborough_Crescent Westgate Elm_Grove",
    "US": "Main_St Oak_Ave Maple_Dr Pine_St Cedar_Ln Elm_St Washington_Blvd Lakeview_Dr Sunset_Blvd Park_Ave "
          "Ridge_Rd Willow_Way Highland_Ave Mill_Creek_Rd Hawthorne_Ct",
    "IE": "Main_Street Church_Road Patrick_Street Castle_Street Strand_Road Green_Lane Mill_Road Bridge_Street "
          "O'Connell_Street College_Road",
    "FR": "rue_de_la_République rue_Victor_Hugo avenue_Jean_Jaurès rue_des_Lilas boulevard_Voltaire "
          "rue_du_Général_Leclerc place_de_l'Église rue_Pasteur allée_des_Tilleuls",
    "NL": "Keizersgracht Dorpsstraat Kerkstraat Molenweg Stationsweg Prinsengracht Julianalaan Beatrixstraat "
          "Oranjestraat Nieuwe_Binnenweg",
    "IT": "Via_Roma Via_Garibaldi Corso_Vittorio_Emanuele Via_Mazzini Via_Dante Piazza_della_Libertà "
          "Via_dei_Mille Viale_Europa Via_Cavour",
}

TOWNS = {
    "DE": [("10115", "Berlin"), ("10827", "Berlin"), ("20095", "Hamburg"), ("22765", "Hamburg"), ("80331", "München"),
           ("81675", "München"), ("50667", "Köln"), ("60311", "Frankfurt am Main"), ("70173", "Stuttgart"),
           ("04109", "Leipzig"), ("01067", "Dresden"), ("28195", "Bremen"), ("30159", "Hannover"),
           ("90402", "Nürnberg"), ("48143", "Münster"), ("79098", "Freiburg im Breisgau"), ("24103", "Kiel"),
           ("87435", "Kempten (Allgäu)"), ("83022", "Rosenheim"), ("97070", "Würzburg"), ("18055", "Rostock"),
           ("99084", "Erfurt"), ("66111", "Saarbrücken"), ("26122", "Oldenburg"), ("82467", "Garmisch-Partenkirchen")],
    "AT": [("1010", "Wien"), ("1050", "Wien"), ("1070", "Wien"), ("1100", "Wien"), ("8010", "Graz"),
           ("4020", "Linz"), ("5020", "Salzburg"), ("6020", "Innsbruck"), ("9020", "Klagenfurt"),
           ("6900", "Bregenz"), ("3100", "St. Pölten"), ("6370", "Kitzbühel"), ("8700", "Leoben")],
    "CH": [("8001", "Zürich"), ("8004", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"),
           ("9000", "St. Gallen"), ("7000", "Chur"), ("1003", "Lausanne"), ("8400", "Winterthur"),
           ("3920", "Zermatt"), ("6300", "Zug"), ("2502", "Biel/Bienne")],
    "GB": [("Leeds", "LS1 4AB"), ("Manchester", "M4 1HQ"), ("London", "N1 9GU"), ("London", "SE15 4QL"),
           ("Bristol", "BS1 5TR"), ("Edinburgh", "EH3 9DR"), ("Cardiff", "CF10 1EP"), ("York", "YO1 7HH"),
           ("Glasgow", "G2 3BZ"), ("Kendal", "LA9 4DL"), ("Brighton", "BN1 1GE"), ("Norwich", "NR2 1RQ")],
    "US": [("Portland", "OR", "97205"), ("Denver", "CO", "80202"), ("Austin", "TX", "78701"),
           ("Boulder", "CO", "80302"), ("Seattle", "WA", "98101"), ("Burlington", "VT", "05401"),
           ("Madison", "WI", "53703"), ("Asheville", "NC", "28801"), ("Bozeman", "MT", "59715"),
           ("Springfield", "IL", "62704"), ("Brooklyn", "NY", "11201"), ("Salt Lake City", "UT", "84101")],
    "IE": [("Dublin 8", "D08 T6YA"), ("Cork", "T12 K8AF"), ("Galway", "H91 E2W7"), ("Ballincollig, Co. Cork", "P31 X2K4"),
           ("Limerick", "V94 R2FX"), ("Killarney, Co. Kerry", "V93 DH2Y"), ("Sligo", "F91 YX04")],
    "FR": [("75011", "Paris"), ("69003", "Lyon"), ("13001", "Marseille"), ("31000", "Toulouse"),
           ("67000", "Strasbourg"), ("74400", "Chamonix-Mont-Blanc"), ("38000", "Grenoble"), ("44000", "Nantes")],
    "NL": [("1015 CX", "Amsterdam"), ("3511 LN", "Utrecht"), ("3012 AB", "Rotterdam"), ("2511 CV", "Den Haag"),
           ("9711 LM", "Groningen"), ("5611 AZ", "Eindhoven")],
    "IT": [("20121", "Milano"), ("00184", "Roma"), ("39100", "Bolzano"), ("10121", "Torino"), ("50122", "Firenze"),
           ("38122", "Trento"), ("40126", "Bologna")],
}

COUNTRY_NAMES = {
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Vereinigtes Königreich",
           "US": "USA", "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA",
           "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
}

ADDR_WEIGHTS = {
    "de": [("DE", 55), ("AT", 17), ("CH", 15), ("NL", 3), ("IT", 3), ("FR", 2), ("GB", 2), ("IE", 1), ("US", 2)],
    "en": [("GB", 34), ("US", 28), ("IE", 14), ("DE", 8), ("AT", 4), ("CH", 4), ("FR", 3), ("NL", 3), ("IT", 2)],
}


class Address:
    def __init__(self, rng, country):
        self.country = country
        st = rng.choice(STREETS[country].split()).replace("_", " ")
        no = str(rng.choice([rng.randint(1, 40), rng.randint(1, 180)]))
        if country in ("DE", "CH") and rng.random() < 0.15:
            no += rng.choice("abc")
        if country == "AT" and rng.random() < 0.45:
            no += f"/{rng.randint(1, 9)}/{rng.randint(1, 24)}" if rng.random() < 0.6 else f"/{rng.randint(2, 30)}"
        self.hinterhaus = country == "DE" and rng.random() < 0.06
        if country in ("GB", "IE"):
            self.street = f"{no} {st}"
            if country == "GB" and rng.random() < 0.25:
                self.street = f"Flat {rng.randint(1, 12)}, {self.street}"
        elif country == "US":
            self.street = f"{rng.randint(12, 9800)} {st}"
            if rng.random() < 0.45:
                self.street += rng.choice([f", Apt {rng.randint(1, 30)}{rng.choice(['', 'B', 'C'])}",
                                           f", Suite {rng.randint(100, 950)}", f" #{rng.randint(2, 40)}"])
        elif country == "FR":
            self.street = f"{no} {st}"
        elif country == "IT":
            self.street = f"{st} {no}"
        elif country == "NL":
            self.street = f"{st} {no}" + (f"-{rng.choice(['1', '2', 'A', 'hs'])}" if rng.random() < 0.2 else "")
        else:
            self.street = f"{st} {no}"
        if self.hinterhaus:
            self.street += rng.choice([", Hinterhaus", " (Hinterhaus)", ", HH 2. OG"])
        t = rng.choice(TOWNS[country])
        self.prefixed = rng.random() < {"DE": 0.12, "AT": 0.3, "CH": 0.35}.get(country, 0)
        if country == "GB":
            self.town, self.pc = t
            self.town_line = f"{t[0]} {t[1]}"
        elif country == "US":
            self.town, st_, self.pc = t
            self.town_line = f"{t[0]}, {st_} {t[2]}"
        elif country == "IE":
            self.town, self.pc = t
            self.town_line = f"{t[0]} {t[1]}" if rng.random() < 0.6 else f"{t[0]}, {t[1]}"
        else:
            self.pc, self.town = t
            pfx = {"DE": "D-", "AT": "A-", "CH": "CH-"}.get(country, "") if self.prefixed else ""
            if country == "FR" and rng.random() < 0.2:
                pfx = "F-"
            self.town_line = f"{pfx}{t[0]} {t[1]}"

    def pieces(self, form):
        if form == "street":
            return [(self.street, "STREET_ADDRESS")]
        if form == "two":
            return [(f"{self.street}\n{self.town_line}", "STREET_ADDRESS")]
        return [(f"{self.street}, {self.town_line}", "STREET_ADDRESS")]


# ---------------------------------------------------------------- phone numbers

US_AREAS = ("206", "212", "303", "312", "415", "503", "512", "617", "720", "802", "828", "406", "608", "801", "718")
PHONE_WEIGHTS = {
    "de": [("DE", 60), ("AT", 16), ("CH", 14), ("NL", 2), ("IT", 3), ("FR", 2), ("GB", 2), ("US", 1)],
    "en": [("GB", 36), ("US", 30), ("IE", 14), ("DE", 7), ("FR", 3), ("NL", 3), ("IT", 3), ("CH", 2), ("AT", 2)],
}


def phone(rng, country, intl=None):
    if intl is None:
        intl = rng.random() < 0.45
    r = rng.randint
    if country == "DE":
        mobile = rng.random() < 0.5
        if mobile:
            pre, sub = rng.choice(["151", "160", "170", "171", "172", "176", "157", "162"]), digits(rng, rng.choice([7, 8]))
        else:
            pre, sub = rng.choice(["30", "40", "89", "221", "69", "711", "341", "351", "421", "511", "831", "761"]), digits(rng, rng.choice([6, 7, 8]))
        if intl:
            return rng.choice([f"+49 {pre} {sub}", f"+49 (0){pre} {sub}", f"+49 {pre} {sub[:3]} {sub[3:]}", f"0049 {pre} {sub}"])
        return rng.choice([f"0{pre} {sub}", f"0{pre}/{sub}", f"0{pre}-{sub}", f"(0{pre}) {sub}", f"0{pre} {sub[:3]} {sub[3:]}"])
    if country == "AT":
        pre = rng.choice(["664", "676", "699", "650", "1", "316", "512", "662", "732"])
        sub = digits(rng, 7 if len(pre) == 3 else 6) if pre.startswith("6") else digits(rng, rng.choice([6, 7]))
        if intl:
            return rng.choice([f"+43 {pre} {sub}", f"+43 (0){pre} {sub}", f"0043 {pre} {sub}"])
        return rng.choice([f"0{pre} {sub}", f"0{pre}/{sub}", f"0{pre} {sub[:3]} {sub[3:]}"])
    if country == "CH":
        pre = rng.choice(["44", "31", "61", "41", "71", "79", "78", "76", "81", "52"])
        a, b, c = digits(rng, 3), digits(rng, 2), digits(rng, 2)
        if intl:
            return rng.choice([f"+41 {pre} {a} {b} {c}", f"0041 {pre} {a} {b} {c}", f"+41 (0){pre} {a} {b} {c}"])
        return rng.choice([f"0{pre} {a} {b} {c}", f"0{pre} {a}{b}{c}"])
    if country == "GB":
        if rng.random() < 0.5:
            sub = "7" + rng.choice(["700", "711", "812", "923", "456", "534"]) + " " + digits(rng, 6)
        else:
            sub = rng.choice(["20 7946 ", "161 496 ", "113 496 ", "131 496 ", "117 496 ", "29 2018 "]) + digits(rng, 4)
        return f"+44 {sub}" if intl else f"0{sub}"
    if country == "US":
        a, ex, n = rng.choice(US_AREAS), str(r(201, 989)), digits(rng, 4)
        if intl:
            return rng.choice([f"+1 {a} {ex} {n}", f"+1 ({a}) {ex}-{n}", f"+1-{a}-{ex}-{n}"])
        return rng.choice([f"({a}) {ex}-{n}", f"{a}-{ex}-{n}", f"{a}.{ex}.{n}"])
    if country == "IE":
        if rng.random() < 0.6:
            pre, sub = rng.choice(["83", "85", "86", "87", "89"]), f"{digits(rng, 3)} {digits(rng, 4)}"
        else:
            pre, sub = rng.choice(["1", "21", "91", "61"]), f"{digits(rng, 3)} {digits(rng, 4)}"
        return f"+353 {pre} {sub}" if intl else f"0{pre} {sub}"
    if country == "FR":
        first = rng.choice(["6", "7", "1", "4"])
        groups = " ".join(digits(rng, 2) for _ in range(4))
        return f"+33 {first} {groups}" if intl else f"0{first} {groups}"
    if country == "NL":
        if rng.random() < 0.6:
            return f"+31 6 {digits(rng, 8)}" if intl else rng.choice([f"06 {digits(rng, 8)}", f"06-{digits(rng, 8)}"])
        pre = rng.choice(["20", "10", "30", "70"])
        sub = f"{digits(rng, 3)} {digits(rng, 4)}"
        return f"+31 {pre} {sub}" if intl else f"0{pre} {sub}"
    if country == "IT":
        if rng.random() < 0.6:
            pre = rng.choice(["347", "333", "339", "320", "366"])
            sub = f"{digits(rng, 3)} {digits(rng, 4)}"
        else:
            pre, sub = rng.choice(["02", "06", "0471", "011"]), f"{digits(rng, 4)} {digits(rng, 4)}"
        return f"+39 {pre} {sub}" if intl else f"{pre} {sub}"
    raise ValueError(country)


# ---------------------------------------------------------------- IP addresses


def ip(rng, kind=None):
    kind = kind or wchoice(rng, [("pub4", 5), ("priv4", 2.5), ("loop", 0.7), ("pub6", 2.5), ("ll6", 0.8), ("loop6", 0.3)])
    if kind == "pub4":
        while True:
            a = rng.choice([31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 84, 85, 86, 87, 88, 89, 91, 93, 94, 95, 109,
                            141, 145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217])
            s = f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
            if ipaddress.ip_address(s).is_global:
                return s
    if kind == "priv4":
        return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])
    if kind == "loop":
        return "127.0.0.1"
    if kind == "pub6":
        pre = rng.choice(["2a02:8108", "2a01:598", "2003:e4", "2a00:1450", "2001:16b8", "2a0a:a540", "2600:1700"])
        groups = [f"{rng.randint(0, 0xffff):x}" for _ in range(rng.choice([2, 3, 4]))]
        if rng.random() < 0.5:
            return f"{pre}:{groups[0]}:{groups[1]}::{':'.join(groups[2:]) or '1'}"
        full = pre.split(":") + [f"{rng.randint(0, 0xffff):x}" for _ in range(8 - len(pre.split(":")))]
        return ":".join(full)
    if kind == "ll6":
        return f"fe80::{rng.randint(0, 0xffff):x}:{rng.randint(0, 0xffff):x}:{rng.randint(0, 0xffff):x}:{rng.randint(1, 0xffff):x}"
    return "::1"


# ---------------------------------------------------------------- people

DOMAINS = {
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "gmx.at", "aon.at",
           "bluewin.ch", "gmx.ch", "icloud.com", "mailbox.org", "freenet.de", "yahoo.de", "hotmail.com"],
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com", "btinternet.com",
           "eircom.net", "proton.me", "aol.com", "comcast.net", "yahoo.com", "sky.com", "live.ie"],
}
WORK_DOMAINS = ["bergwerk-sport.de", "alpin-handel.at", "gipfelkind.ch", "northtrail.co.uk", "summitstores.com",
                "lakeland-outdoor.ie", "kraxl-agentur.de", "peakmedia.io", "trailhead-pr.com", "studio-nordhang.de"]

TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ê": "e", "á": "a",
                          "à": "a", "ó": "o", "ò": "o", "í": "i", "ú": "u", "ñ": "n", "ç": "c", "ş": "s", "ğ": "g",
                          "ı": "i", "ł": "l", "ą": "a", "ę": "e", "ś": "s", "ć": "c", "ż": "z", "ź": "z",
                          "ń": "n", "č": "c", "š": "s", "ž": "z", "ř": "r", "ě": "e", "ý": "y", "ů": "u",
                          "đ": "d", "ő": "o", "ű": "u", "ã": "a", "õ": "o", "â": "a", "î": "i", "ô": "o",
                          "ë": "e", "ï": "i", "ț": "t", "ș": "s", "ă": "a", "ê": "e", "'": "", "ø": "o", "å": "a",
                          "æ": "ae", "ō": "o", "û": "u"})


def ascii_slug(s):
    s = s.lower().translate(TRANSLIT)
    return re.sub(r"[^a-z0-9]+", "", s)


_GIVEN, _SUR = N.lists()
ALL_NAMES_LOWER = frozenset(n.lower() for n in _GIVEN + _SUR)


def invented_name(rng, gender):
    while True:
        first = rng.choice(N.SYL_FIRST) + (rng.choice(N.SYL_END_F) if gender == "f" else rng.choice(N.SYL_END_M))
        last = rng.choice(N.SYL_LAST) + rng.choice(N.SYL_LAST_END)
        first, last = first.capitalize(), last.capitalize()
        if first.lower() in ALL_NAMES_LOWER or last.lower() in ALL_NAMES_LOWER or first == last:
            continue
        return first, last


def feminine(last, origin):
    """Female form of a surname where the language has one (the lists hold the male forms)."""
    if origin == "russian" and re.search(r"(ow|ew|in)$", last):
        return last + "a"
    if origin == "polish" and re.search(r"(ski|cki|dzki)$", last):
        return last[:-1] + "a"
    if origin == "czech" and last.endswith("ý"):
        return last[:-1] + "á"
    if origin == "greek" and re.search(r"(os|is)$", last):
        return last[:-2] + "ou"
    return last


HON = {
    "de": {"f": ["Frau"], "m": ["Herr"]},
    "en": {"f": ["Ms", "Mrs", "Ms.", "Mrs."], "m": ["Mr", "Mr."]},
}


class Person:
    def __init__(self, rng, lang, invented=False, origin=None):
        self.rng = rng
        self.lang = lang
        self.gender = "f" if rng.random() < 0.55 else "m"
        self.invented = invented
        if invented:
            self.origin = "invented"
            self.first, self.last = invented_name(rng, self.gender)
        else:
            self.origin = origin or wchoice(rng, N.WEIGHTS[lang])
            f, m, s = N.origin_lists(self.origin)
            self.first = rng.choice(f if self.gender == "f" else m)
            self.last = feminine(rng.choice(s), self.origin) if self.gender == "f" else rng.choice(s)
            # names that are also ordinary words, a little more often than the lists alone would give
            if self.origin in ("german", "austrian", "swiss") and rng.random() < 0.05:
                self.last = rng.choice(["Wolf", "Koch", "Fuchs", "Bauer", "Winter"])
            elif self.origin in ("english", "us") and rng.random() < 0.06:
                if self.gender == "f" and rng.random() < 0.5:
                    self.first = rng.choice(["Grace", "May"])
                else:
                    self.last = rng.choice(["Baker", "Hunter", "May"])
            if rng.random() < 0.05 and self.origin in ("german", "austrian", "swiss", "english", "us", "french"):
                other = rng.choice(s)
                if other != self.last and " " not in other and " " not in self.last and "-" not in self.last:
                    self.last = f"{self.last}-{other}"
        self.title = ""
        if rng.random() < 0.1:
            self.title = "Dr. " if lang == "de" or rng.random() < 0.7 else "Prof. "
        self.local = None
        self.handle_s = None

    @property
    def full(self):
        return f"{self.first} {self.last}"

    def hon(self):
        return self.rng.choice(HON[self.lang][self.gender])

    def initial(self):
        return self.first[0] + "."

    def parts(self):
        """Name parts to check for unlabelled copies (no particles, no initials)."""
        out = []
        for w in re.split(r"[\s\-']+", f"{self.first} {self.last}"):
            if len(w) > 1 and w not in N.PARTICLES and w.lower() not in ("mc", "mac", "al", "el", "o"):
                out.append(w)
        return out

    def email(self, rng, work=False):
        if self.local is None:
            f, l = ascii_slug(self.first), ascii_slug(self.last)
            self.local = rng.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}", f"{f}_{l}", f"{l}.{f}", f"{f}.{l}{rng.randint(1, 99)}",
                                     f"{f[0]}{l}", f"{f}{rng.randint(70, 99)}", f"{l}{f[0]}"])
            dom = rng.choice(WORK_DOMAINS) if work else rng.choice(DOMAINS[self.lang])
            self.email_s = f"{self.local}@{dom}"
        return self.email_s

    def handle(self, rng):
        if self.handle_s is None:
            f, l = ascii_slug(self.first), ascii_slug(self.last)
            self.handle_s = "@" + rng.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l[0]}", f"{f}{l[:3]}", f"{l}"])
        return self.handle_s

    def pieces(self, form):
        rng, P = self.rng, "PERSON"
        de = self.lang == "de"
        if form == "full":
            return [(self.full, P)]
        if form == "first":
            return [(self.first, P)]
        if form == "last":
            return [(self.last, P)]
        if form == "lower":
            return [(self.full.lower(), P)]
        if form == "lowfirst":
            return [(self.first.lower(), P)]
        if form == "caps":
            return [(self.full.upper(), P)]
        if form == "capslast":
            return [(f"{self.last.upper()}, {self.first}", P)]
        if form == "lf":
            return [(f"{self.last}, {self.first}", P)]
        if form == "init":
            return [(f"{self.initial()} {self.last}", P)]
        if form == "short":
            return [(f"{self.first} {self.last[0]}.", P)]
        if form == "hon":  # Frau Berger / Ms Berger
            return [(self.hon() + " ", None), (self.last, P)]
        if form == "honfull":  # Frau Dr. Anna Berger
            return [(self.hon() + " " + self.title, None), (self.full, P)]
        if form == "hontitle":  # Frau Dr. Berger
            return [(self.hon() + " " + self.title, None), (self.last, P)]
        if form == "dear":
            if de:
                sg = "Sehr geehrte" if self.gender == "f" else "Sehr geehrter"
                return [(f"{sg} {self.hon()} {self.title}", None), (self.last, P)]
            return [(f"Dear {self.hon()} ", None), (self.last, P)]
        if form == "lieb":
            if de:
                return [("Liebe " if self.gender == "f" else "Lieber ", None), (self.first, P)]
            return [("Dear ", None), (self.first, P)]
        if form == "email":
            return [(self.email(rng), "EMAIL")]
        if form == "wemail":
            return [(self.email(rng, work=True), "EMAIL")]
        if form == "handle":
            return [(self.handle(rng), None)]
        if form.startswith("g:"):  # ⟨p1.g:female text:male text⟩
            _, fem, mas = form.split(":")
            return [(fem if self.gender == "f" else mas, None)]
        if form == "ggeehrt":  # adjective ending only, for templates: "Sehr geehrte⟨p1.gend⟩"
            return [("" if self.gender == "f" else "r", None)]
        if form == "artikel":
            return [("die" if self.gender == "f" else "der", None)]
        if form == "sie":
            return [("sie" if self.gender == "f" else "er", None)]
        if form == "ihr":
            return [("ihr" if self.gender == "f" else "sein", None)]
        if form == "she":
            return [("she" if self.gender == "f" else "he", None)]
        if form == "her":
            return [("her" if self.gender == "f" else "his", None)]
        raise KeyError(form)


# ---------------------------------------------------------------- look-alikes and shop vocabulary

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
PRODUCT_GENDER_DE = ["f", "m", "f", "f", "m", "f", "n", "m", "f", "m", "p", "f"]
SHORT_PRODUCTS = ["Almweg", "Fernkamm", "Firstwand", "Gitterhang", "Hochsattel", "Kaltkar", "Morgengrat", "Rinnental",
                  "Schauerpass", "Steinlauf", "Trittweg", "Wintersteig"]
COLOURS = {"de": ["Schiefer", "Tannenschatten", "Hüttenorange", "Gratblau", "Felsgrau", "Flechte", "Enzian", "Moorbraun",
                  "Kalkstein", "Alpenglühen"],
           "en": ["Slate", "Fir Shade", "Hut Orange", "Ridge Blue", "Rock Grey", "Lichen", "Gentian", "Peat Brown",
                  "Limestone", "Alpenglow"]}
SIZES = ["XS", "S", "M", "L", "XL", "XXL", "EU 39", "EU 41", "EU 42½", "EU 44", "36", "38", "40", "42"]
COMPANIES = ["Koch & Partner Logistik GmbH", "Baker Freight Ltd", "Schneider Textilveredelung KG", "Wolf Verpackungen GmbH",
             "Hunter & Sons Printing", "Fuchs Etikettendruck AG", "Meyer Kartonagen GmbH", "Brunner Transport AG",
             "Gruber Spedition GmbH", "Miller & May Packaging", "Kowalski Logistyka", "Bauer Lagertechnik",
             "Fischer Fulfilment GmbH", "Hartmann Sportversand", "O'Neill Couriers Ltd", "Patel Wholesale Ltd"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def gen_value(ctx, kind):
    """Plain (unlabelled) values: look-alikes, dates, numbers, shop words."""
    rng, lang = ctx.rng, ctx.lang
    de = lang == "de"
    if kind == "order":
        return rng.choice([f"TG-{rng.randint(2024, 2026)}-{digits(rng, 6)}", f"#{rng.randint(100000, 999999)}",
                           f"{rng.randint(4000000, 4999999)}", f"A{digits(rng, 7)}", f"TG{digits(rng, 8)}"])
    if kind == "order_phone":  # an order/customer number shaped like a phone number
        return rng.choice([f"0{rng.randint(30, 899)} {digits(rng, 7)}", f"{digits(rng, 4)} {digits(rng, 3)} {digits(rng, 3)}",
                           f"0{rng.randint(151, 179)}-{digits(rng, 7)}", f"+{rng.randint(10, 99)} {digits(rng, 4)} {digits(rng, 4)}"])
    if kind == "track":
        return rng.choice([f"00340434{digits(rng, 12)}", f"1Z{digits(rng, 3)}E{digits(rng, 2)}{digits(rng, 10)}",
                           f"JJD{digits(rng, 18)}", f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}",
                           f"RR{digits(rng, 9)}DE", f"CH{digits(rng, 10)}"])
    if kind == "cust":
        return rng.choice([f"K-{digits(rng, 6)}", f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)}", f"C{digits(rng, 7)}",
                           f"TGC-{digits(rng, 5)}"])
    if kind == "ticket":
        return rng.choice([f"#{rng.randint(10000, 99999)}", f"TCK-{digits(rng, 5)}", f"SR-{rng.randint(2024, 2026)}-{digits(rng, 4)}"])
    if kind == "gtin":
        return gtin13(rng)
    if kind == "date":
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2027)
        if de:
            return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}. {MONTHS_DE[m - 1]} {y}", f"{d}.{m}.{y}", f"{y}-{m:02d}-{d:02d}"])
        return rng.choice([f"{d} {MONTHS_EN[m - 1]} {y}", f"{MONTHS_EN[m - 1]} {d}, {y}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}"])
    if kind == "isodate":
        return f"{rng.randint(2024, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if kind == "time":
        h, mi = rng.randint(7, 20), rng.choice([0, 15, 30, 45, 10, 50])
        return f"{h}:{mi:02d}" + (" Uhr" if de and rng.random() < 0.6 else "")
    if kind == "ts":
        return f"{rng.randint(2024, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    if kind == "price":
        return rng.choice(PRODUCTS[lang])[2]
    if kind == "amount":
        v = rng.randint(8, 900) + rng.choice([0, 0.5, 0.95, 0.9, 0.49])
        return (f"{v:.2f}".replace(".", ",") + " €") if de else rng.choice([f"€{v:.2f}", f"£{v:.2f}", f"${v:.2f}"])
    if kind == "product":
        return rng.choice(PRODUCTS[lang])[0]
    if kind == "pshort":
        return rng.choice(SHORT_PRODUCTS)
    if kind == "sku":
        return rng.choice(PRODUCTS[lang])[1]
    if kind == "colour":
        return rng.choice(COLOURS[lang])
    if kind == "size":
        return rng.choice(SIZES)
    if kind == "ver":
        return rng.choice([f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 40)}", f"v{rng.randint(1, 5)}.{rng.randint(0, 19)}",
                           f"{rng.randint(1, 4)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}-rc{rng.randint(1, 4)}"])
    if kind == "plz":
        c = wchoice(rng, ADDR_WEIGHTS[lang])
        t = rng.choice(TOWNS[c])
        return t[1] if c in ("GB", "IE") else (t[2] if c == "US" else t[0])
    if kind == "town":
        c = wchoice(rng, ADDR_WEIGHTS[lang])
        return rng.choice(TOWNS[c])[0 if c in ("GB", "IE", "US") else 1]
    if kind == "company":
        return rng.choice(COMPANIES)
    if kind == "qty":
        return str(rng.randint(1, 6))
    if kind == "n":
        return str(rng.randint(2, 48))
    if kind == "pct":
        return str(rng.choice([10, 15, 20, 25, 30]))
    if kind == "voucher":
        return f"{rng.choice(['TG', 'GC', 'GUT'])}-{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(4))}-{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(4))}"
    if kind == "hash":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([7, 12])))
    if kind == "uuid":
        h = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))  # noqa: E731
        return f"{h(8)}-{h(4)}-{h(4)}-{h(4)}-{h(12)}"
    if kind == "lastfour":
        return digits(rng, 4)
    if kind == "days":
        return str(rng.choice([3, 5, 7, 10, 14]))
    if kind == "int":
        return str(rng.randint(100, 99999))
    if kind == "ua":
        return rng.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
                           "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3)", "okhttp/4.12.0", "curl/8.5.0"])
    if kind == "path":
        return rng.choice(["/checkout/confirm", "/account/address", "/api/v2/orders", "/de/produkte/kaltkar", "/newsletter/subscribe",
                           "/en/returns", "/cart/restore", "/login"])
    raise KeyError(kind)


# ---------------------------------------------------------------- renderer


class Ctx:
    def __init__(self, rng, lang, invent_rate=0.11, cue=True):
        self.rng = rng
        self.lang = lang
        self.cache = {}
        self.persons = []
        self.invent_rate = invent_rate
        self.cue = cue
        self.country = None  # fixed country for addresses/phones in this text (optional)

    def person(self, key):
        if key not in self.cache:
            inv = self.cue and self.rng.random() < self.invent_rate
            p = Person(self.rng, self.lang, invented=inv)
            self.cache[key] = p
            self.persons.append(p)
        return self.cache[key]

    def home(self):
        if "home" not in self.cache:
            self.cache["home"] = wchoice(self.rng, ADDR_WEIGHTS[self.lang])
        return self.cache["home"]

    def addr_country(self):
        if self.country:
            return self.country
        return self.home() if self.rng.random() < 0.75 else wchoice(self.rng, ADDR_WEIGHTS[self.lang])

    def phone_country(self):
        if self.country:
            return self.country
        return self.home() if self.rng.random() < 0.75 else wchoice(self.rng, PHONE_WEIGHTS[self.lang])


SLOT_RE = re.compile(r"⟨([^⟩]+)⟩")


def resolve(ctx, name):
    rng = ctx.rng
    head, _, form = name.partition(".")
    if re.fullmatch(r"p\d", head):
        return ctx.person(head).pieces(form or "full")
    if re.fullmatch(r"a\d", head):
        key = "addr:" + head
        if key not in ctx.cache:
            ctx.cache[key] = Address(rng, ctx.addr_country())
        a = ctx.cache[key]
        if form in ("town", "pc", "country"):
            if form == "country":
                return [(COUNTRY_NAMES[ctx.lang][a.country], None)]
            return [(getattr(a, form), None)]
        if form == "townline":
            return [(a.town_line, None)]
        return a.pieces(form or "line")
    if re.fullmatch(r"a\d[A-Z]{2}", head):  # address of a fixed country: ⟨a1DE.line⟩
        key = "addr:" + head
        if key not in ctx.cache:
            ctx.cache[key] = Address(rng, head[2:])
        return ctx.cache[key].pieces(form or "line")
    if re.fullmatch(r"ph\d", head) or re.fullmatch(r"ph\d[A-Z]{2}", head):
        key = "ph:" + head
        if key not in ctx.cache:
            c = head[3:] if len(head) > 3 else ctx.phone_country()
            ctx.cache[key] = phone(rng, c, intl=True if form == "intl" else (False if form == "nat" else None))
        return [(ctx.cache[key], "PHONE")]
    if re.fullmatch(r"iban\d", head) or re.fullmatch(r"iban\d[A-Z]{2}", head):
        key = "iban:" + head
        if key not in ctx.cache:
            c = head[5:] if len(head) > 5 else wchoice(rng, [("DE", 6), ("AT", 2), ("CH", 2), ("NL", 1), ("IT", 0.6), ("FR", 0.6)]
                                                      if ctx.lang == "de" else [("GB", 5), ("IE", 3), ("DE", 1.5), ("FR", 1),
                                                                                ("NL", 1), ("IT", 0.5), ("AT", 0.4), ("CH", 0.4)])
            ctx.cache[key] = iban(rng, c, grouped=(form != "compact") and (form == "grouped" or rng.random() < 0.7))
        return [(ctx.cache[key], "IBAN")]
    if re.fullmatch(r"card\d", head):
        key = "card:" + head
        if key not in ctx.cache:
            ctx.cache[key] = card(rng)
        return [(ctx.cache[key], "CREDIT_CARD")]
    if re.fullmatch(r"tax\d", head):
        key = "tax:" + head
        if key not in ctx.cache:
            ctx.cache[key] = steuer_id(rng)
        return [(ctx.cache[key], "DE_TAX_ID")]
    if re.fullmatch(r"ip\d", head):
        key = "ip:" + head
        if key not in ctx.cache:
            ctx.cache[key] = ip(rng, form or None)
        return [(ctx.cache[key], "IP_ADDRESS")]
    if re.fullmatch(r"em\d", head):  # a non-personal-looking mailbox (still labelled)
        key = "em:" + head
        if key not in ctx.cache:
            ctx.cache[key] = rng.choice(["info", "kontakt", "hello", "office", "buero", "team", "post", "mail"]) + \
                "@" + rng.choice(WORK_DOMAINS) if rng.random() < 0.5 else \
                rng.choice(["service", "returns", "wholesale", "kundenservice", "presse"]) + "@" + \
                rng.choice(["talgrat.de", "talgrat.com"])
        return [(ctx.cache[key], "EMAIL")]
    # one product per suffix: ⟨product⟩, ⟨sku⟩, ⟨price⟩, ⟨pshort⟩ belong together, ⟨product2⟩ … another
    base = re.sub(r"\d+$", "", head)
    if base in ("product", "sku", "price", "pshort"):
        suffix = head[len(base):]
        pkey = "prod:" + suffix
        if pkey not in ctx.cache:
            ctx.cache[pkey] = rng.randrange(len(PRODUCTS[ctx.lang]))
        i = ctx.cache[pkey]
        title, sku, price = PRODUCTS[ctx.lang][i]
        if base == "product":
            if form in ("nom", "acc", "dat", "Nom"):
                g = PRODUCT_GENDER_DE[i]
                if form == "Nom":
                    return [({"f": "Die", "m": "Der", "n": "Das", "p": "Die"}[g] + " " + title, None)]
                art = {"nom": {"f": "die", "m": "der", "n": "das", "p": "die"},
                       "acc": {"f": "die", "m": "den", "n": "das", "p": "die"},
                       "dat": {"f": "der", "m": "dem", "n": "dem", "p": "den"}}[form][g]
                return [(f"{art} {title}", None)]
            return [(title, None)]
        return [({"sku": sku, "price": price, "pshort": SHORT_PRODUCTS[i]}[base], None)]
    # postcode and town of one draw belong together (⟨plz⟩ with ⟨town⟩, ⟨plz2⟩ with ⟨town2⟩)
    if base in ("plz", "town"):
        tkey = "town:" + head[len(base):]
        if tkey not in ctx.cache:
            c = wchoice(rng, ADDR_WEIGHTS[ctx.lang])
            t = rng.choice(TOWNS[c])
            ctx.cache[tkey] = (t[1], t[0]) if c in ("GB", "IE") else ((t[2], t[0]) if c == "US" else (t[0], t[1]))
        return [(ctx.cache[tkey][0 if base == "plz" else 1], None)]
    # plain values: cached under their full name (⟨order⟩ twice is the same number; ⟨order2⟩ another)
    key = "v:" + name
    if key not in ctx.cache:
        ctx.cache[key] = gen_value(ctx, base)
    return [(ctx.cache[key], None)]


def choose_alts(template, rng):
    """Resolve ⟦a¦b¦c⟧ alternatives, innermost first."""
    inner = re.compile(r"⟦([^⟦⟧]*)⟧")
    while True:
        m = inner.search(template)
        if not m:
            return template
        opts = m.group(1).split("¦")
        template = template[:m.start()] + rng.choice(opts) + template[m.end():]


def render(template, ctx):
    t = choose_alts(template, ctx.rng)
    pieces, pos = [], 0
    for m in SLOT_RE.finditer(t):
        if m.start() > pos:
            pieces.append((t[pos:m.start()], None))
        pieces.extend(resolve(ctx, m.group(1)))
        pos = m.end()
    pieces.append((t[pos:], None))
    return assemble(pieces)


def assemble(pieces):
    text, ents, n = [], [], 0
    for s, label in pieces:
        if label:
            ents.append({"type": label, "start": n, "end": n + len(s), "value": s})
        text.append(s)
        n += len(s)
    return "".join(text), ents


class Builder:
    """Piecewise construction for layouts (JSON, SQL …) where a template string would be awkward."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.pieces = []

    def t(self, s):
        self.pieces.append((s, None))
        return self

    def r(self, template):
        """Append a rendered template fragment."""
        t = choose_alts(template, self.ctx.rng)
        pos = 0
        for m in SLOT_RE.finditer(t):
            if m.start() > pos:
                self.pieces.append((t[pos:m.start()], None))
            self.pieces.extend(resolve(self.ctx, m.group(1)))
            pos = m.end()
        self.pieces.append((t[pos:], None))
        return self

    def e(self, value, label):
        self.pieces.append((value, label))
        return self

    def done(self):
        return assemble(self.pieces)


# ---------------------------------------------------------------- self-checks

EMAIL_RE = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
HANDLE_RE = re.compile(r"(?<![\w@])@[\w.\-]+")
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d])")
IPV6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8}\b")
DIGITRUN_RE = re.compile(r"\d(?:[ \-]?\d){10,22}")


def mask(text, ents):
    chars = list(text)
    for e in ents:
        for i in range(e["start"], e["end"]):
            chars[i] = "\u2591"
    return "".join(chars)


def problems(text, ents, persons):
    """Reasons a rendering is rejected (empty list: fine)."""
    out = []
    last_end = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        if text[e["start"]:e["end"]] != e["value"]:
            out.append("value mismatch")
        if e["value"] != e["value"].strip() or not e["value"]:
            out.append("space at value end")
        if e["start"] < last_end:
            out.append("overlap")
        last_end = e["end"]
        v = e["value"]
        if e["type"] == "IBAN" and not iban_valid(v):
            out.append("bad iban")
        if e["type"] == "CREDIT_CARD" and not card_valid(re.sub(r"[ \-]", "", v)):
            out.append("bad card")
        if e["type"] == "DE_TAX_ID" and not steuer_valid(v):
            out.append("bad tax id")
        if e["type"] == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                out.append("bad ip")
    if ents != sorted(ents, key=lambda e: e["start"]):
        out.append("unsorted")
    m = mask(text, ents)
    if EMAIL_RE.search(m):
        out.append("email outside span")
    for x in IPV4_RE.findall(m):
        try:
            ipaddress.ip_address(x)
            out.append("ipv4 outside span")
        except ValueError:
            pass
    for x in IPV6_RE.findall(m):
        if x.count(":") >= 2 and ("::" in x or x.count(":") >= 5):
            try:
                ipaddress.IPv6Address(x)
                out.append("ipv6 outside span")
            except ValueError:
                pass
    for x in IBAN_RE.findall(m):
        if iban_valid(x):
            out.append("iban outside span")
    for run in DIGITRUN_RE.findall(m):
        d = re.sub(r"[ \-]", "", run)
        for L in range(11, min(19, len(d)) + 1):
            for i in range(0, len(d) - L + 1):
                sub = d[i:i + L]
                if L >= 13 and card_valid(sub) and (i == 0 and L == len(d)):
                    out.append("card outside span")
                if L == 11 and len(d) == 11 and steuer_valid(sub):
                    out.append("tax id outside span")
        for tok in re.split(r"[ \-]", run):
            if len(tok) >= 13 and card_valid(tok):
                out.append("card token outside span")
            if len(tok) == 11 and steuer_valid(tok):
                out.append("tax token outside span")
    # unlabelled copies of a labelled person's name parts (outside e-mails and handles)
    m2 = HANDLE_RE.sub(lambda x: "\u2591" * len(x.group(0)), EMAIL_RE.sub(lambda x: "\u2591" * len(x.group(0)), m))
    low = m2.lower()
    labelled = [e for e in ents if e["type"] == "PERSON"]
    for p in persons:
        if not any(p.first.lower() in e["value"].lower() or p.last.lower() in e["value"].lower() for e in labelled):
            continue
        for part in p.parts():
            if re.search(r"(?<!\w)" + re.escape(part.lower()) + r"(?!\w)", low):
                out.append("unlabelled name part " + part)
                break
    return out
