"""Machinery of the heldout25 half: people, addresses, phone numbers, checksummed values,
look-alikes, the template renderer and the self-checks.

A template is a string with slots `{p1.full}`, `{a1.line}`, `{ph1}`, `{order}` … and
alternatives `((a|b|c))` (an empty alternative makes a part optional). A slot renders to a list of
pieces `(text, label or None)`; the renderer joins them and records every labelled piece as a span
in Unicode code points. Values are drawn lazily and kept for the text, so `{p1.last}` twice is the
same surname.
"""

import random
import re
import unicodedata

import pii25_held_names as names

ORIGINS, ALL_FIRST, ALL_LAST = names.build()
_KNOWN = {n.casefold() for n in ALL_FIRST + ALL_LAST}  # membership only, never iterated


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


def iban(rng, country="DE", grouped=True):
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    bban = {
        "DE": lambda: digits(rng, 18),
        "AT": lambda: digits(rng, 16),
        "CH": lambda: digits(rng, 17),
        "GB": lambda: "".join(rng.choice(letters) for _ in range(4)) + digits(rng, 14),
        "IE": lambda: "".join(rng.choice(letters) for _ in range(4)) + digits(rng, 14),
        "NL": lambda: "".join(rng.choice(letters) for _ in range(4)) + digits(rng, 10),
        "FR": lambda: digits(rng, 23),
        "IT": lambda: rng.choice(letters) + digits(rng, 22),
    }[country]()
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    value = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    assert iban_valid(value)
    if grouped:
        value = " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    return value


def iban_valid(value):
    v = value.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v):
        return False
    return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1


def luhn_ok(number):
    total = 0
    for i, c in enumerate(reversed(number)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def issuer(number):
    n = len(number)
    if number[0] == "4" and n in (13, 16, 19):
        return "visa"
    if n == 16 and (51 <= int(number[:2]) <= 55 or 2221 <= int(number[:4]) <= 2720):
        return "mastercard"
    if n == 15 and number[:2] in ("34", "37"):
        return "amex"
    if n == 16 and (number.startswith("6011") or number.startswith("65")):
        return "discover"
    return None


def card(rng):
    kind = wchoice(rng, [("visa", 4), ("mc", 3), ("mc2", 1), ("amex", 1.5), ("disc", 0.7)])
    if kind == "visa":
        body, n = "4" + digits(rng, 14), 16
    elif kind == "mc":
        body, n = str(rng.randint(51, 55)) + digits(rng, 13), 16
    elif kind == "mc2":
        body, n = str(rng.randint(2221, 2720)) + digits(rng, 11), 16
    elif kind == "amex":
        body, n = rng.choice(["34", "37"]) + digits(rng, 12), 15
    else:
        body, n = "6011" + digits(rng, 11), 16
    for d in "0123456789":
        if luhn_ok(body + d):
            num = body + d
            break
    assert issuer(num) and luhn_ok(num) and len(num) == n
    style = rng.choice(["space", "space", "dash", "compact"])
    if style == "compact":
        return num
    sep = " " if style == "space" else "-"
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
    check = 11 - product
    return 0 if check == 10 else check


def taxid_valid(value):
    v = value.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", v):
        return False
    counts = [v[:10].count(d) for d in "0123456789"]
    multi = [c for c in counts if c > 1]
    if len(multi) != 1 or multi[0] not in (2, 3):
        return False
    if multi[0] == 3:
        for i in range(8):
            if v[i] == v[i + 1] == v[i + 2]:
                return False
    return taxid_check(v[:10]) == int(v[10])


def taxid(rng, grouped=None):
    while True:
        pool = list("0123456789")
        rng.shuffle(pool)
        if rng.random() < 0.8:
            ds = pool[:9]
            ds.append(ds[rng.randrange(9)])
        else:
            ds = pool[:8]
            t = ds[rng.randrange(8)]
            ds += [t, t]
        rng.shuffle(ds)
        ten = "".join(ds)
        if ten[0] == "0":
            continue
        v = ten + str(taxid_check(ten))
        if taxid_valid(v):
            break
    if grouped is None:
        grouped = rng.random() < 0.5
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if grouped else v


def gtin(rng, n=13):
    while True:
        body = (rng.choice(["40", "42", "50", "76", "90", "87", "80"]) + digits(rng, n - 3)) if n == 13 else digits(rng, n - 1)
        s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
        v = body + str((10 - s % 10) % 10)
        if not (luhn_ok(v) and issuer(v)):
            return v


def gtin_valid(v):
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(v[:-1])))
    return (10 - s % 10) % 10 == int(v[-1])


# ---------------------------------------------------------------- IP addresses


def ip_public(rng):
    first = rng.choice([31, 37, 46, 62, 77, 78, 79, 80, 81, 84, 85, 87, 88, 89, 91, 93, 94, 95,
                        109, 141, 145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ip_private(rng):
    k = rng.randrange(3)
    if k == 0:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 1:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ip_loop(rng):
    return rng.choice(["127.0.0.1", "127.0.0.1", "::1", "127.0.1.1"])


def ip6(rng):
    prefix = rng.choice(["2a02:8108", "2a01:c22", "2003:e2", "2001:16b8", "2a00:1450", "2600:1700",
                         "2a02:810d", "2001:4ca0", "fe80:", "fd12:3456"])
    groups = [f"{rng.randint(0, 0xffff):x}" for _ in range(rng.choice([2, 3, 4]))]
    if prefix == "fe80:":
        return "fe80::" + ":".join(groups)
    if rng.random() < 0.5:
        return prefix + ":" + ":".join(groups[:2]) + "::" + groups[-1]
    full = prefix.split(":") + [f"{rng.randint(0, 0xffff):x}" for _ in range(6)]
    return ":".join(full[:8])


# ---------------------------------------------------------------- places

TOWNS = {
    "DE": [("10115", "Berlin"), ("10437", "Berlin"), ("20095", "Hamburg"), ("22765", "Hamburg"),
           ("80331", "München"), ("81667", "München"), ("50667", "Köln"), ("60311", "Frankfurt am Main"),
           ("70173", "Stuttgart"), ("40213", "Düsseldorf"), ("04109", "Leipzig"), ("01067", "Dresden"),
           ("28195", "Bremen"), ("30159", "Hannover"), ("90402", "Nürnberg"), ("87435", "Kempten"),
           ("79098", "Freiburg im Breisgau"), ("24103", "Kiel"), ("18055", "Rostock"), ("93047", "Regensburg"),
           ("33602", "Bielefeld"), ("48143", "Münster"), ("37073", "Göttingen"), ("26122", "Oldenburg"),
           ("83471", "Berchtesgaden"), ("87561", "Oberstdorf"), ("99084", "Erfurt"), ("66111", "Saarbrücken")],
    "AT": [("1010", "Wien"), ("1060", "Wien"), ("1180", "Wien"), ("8010", "Graz"), ("4020", "Linz"),
           ("5020", "Salzburg"), ("6020", "Innsbruck"), ("9020", "Klagenfurt"), ("6900", "Bregenz"),
           ("3100", "St. Pölten"), ("6850", "Dornbirn"), ("5700", "Zell am See"), ("8970", "Schladming")],
    "CH": [("8001", "Zürich"), ("8004", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"),
           ("9000", "St. Gallen"), ("7000", "Chur"), ("8400", "Winterthur"), ("3800", "Interlaken"),
           ("6300", "Zug"), ("8640", "Rapperswil"), ("3920", "Zermatt")],
    "GB": [("LS6 2AB", "Leeds"), ("M14 5TQ", "Manchester"), ("SW3 4RP", "London"), ("E8 3PN", "London"),
           ("BS8 1HB", "Bristol"), ("EH9 1LT", "Edinburgh"), ("G12 8QQ", "Glasgow"), ("CF10 3AT", "Cardiff"),
           ("YO1 7HZ", "York"), ("OX4 1DY", "Oxford"), ("NE1 4XD", "Newcastle upon Tyne"), ("LA22 0BZ", "Ambleside")],
    "US": [("IL 62704", "Springfield"), ("CO 80302", "Boulder"), ("OR 97209", "Portland"),
           ("WA 98103", "Seattle"), ("NY 11215", "Brooklyn"), ("TX 78704", "Austin"), ("UT 84111", "Salt Lake City"),
           ("VT 05401", "Burlington"), ("MN 55408", "Minneapolis"), ("NC 28801", "Asheville"), ("MA 02139", "Cambridge")],
    "IE": [("D08 X2K7", "Dublin 8"), ("D03 P9T4", "Dublin 3"), ("H91 E2W5", "Galway"), ("T12 R6FK", "Cork"),
           ("F28 X2P3", "Westport, Co. Mayo"), ("V94 T9PX", "Limerick"), ("X91 K2FD", "Waterford"), ("V93 HK47", "Killarney, Co. Kerry")],
    "FR": [("69003", "Lyon"), ("75011", "Paris"), ("13006", "Marseille"), ("74400", "Chamonix-Mont-Blanc"),
           ("38000", "Grenoble"), ("67000", "Strasbourg"), ("31000", "Toulouse"), ("44000", "Nantes")],
    "NL": [("1016 GV", "Amsterdam"), ("3511 LN", "Utrecht"), ("2512 AB", "Den Haag"), ("3012 CN", "Rotterdam"),
           ("9711 LM", "Groningen"), ("5611 AB", "Eindhoven"), ("6811 CG", "Arnhem")],
    "IT": [("20121", "Milano"), ("00184", "Roma"), ("39100", "Bolzano"), ("10123", "Torino"),
           ("50122", "Firenze"), ("38122", "Trento"), ("40126", "Bologna"), ("39042", "Bressanone")],
}

STREETS = {
    "DE": ["Lindenstraße", "Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße", "Goethestraße",
           "Am Mühlbach", "Kastanienallee", "Ringstraße", "Bergstraße", "Wiesenweg", "Birkenweg",
           "Friedrichstraße", "Hafenstraße", "Rosenstraße", "Am Kirchberg", "Talstraße", "Uhlandstraße",
           "Lessingstraße", "Eichendorffweg", "Moltkestraße", "Sonnenhalde", "Kirchplatz", "Am Weiher"],
    "AT": ["Gumpendorfer Straße", "Mariahilfer Straße", "Herrengasse", "Annenstraße", "Landstraßer Hauptstraße",
           "Getreidegasse", "Maria-Theresien-Straße", "Dorfstraße", "Kaiserstraße", "Lerchenfelder Gürtel",
           "Neubaugasse", "Schulgasse", "Klosterneuburger Straße"],
    "CH": ["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Kirchgasse", "Rosenweg", "Hauptgasse",
           "Langstrasse", "Marktgasse", "Zürichstrasse", "Alpenstrasse", "Oberdorfstrasse", "Spitalgasse"],
    "GB": ["Elm Grove", "High Street", "Kings Road", "Church Lane", "Victoria Road", "Mill Lane",
           "Station Road", "Park Avenue", "Queen's Drive", "Hawthorn Close", "Orchard Way", "Albert Terrace"],
    "US": ["Maple Ave", "Oak Street", "Pine St", "Washington Blvd", "Cedar Lane", "Elm Street",
           "Lakeview Dr", "Main St", "Highland Ave", "Sunset Blvd", "Willow Ct", "Ridge Road"],
    "IE": ["Seafield Road", "Main Street", "Church Street", "Patrick Street", "Shop Street", "Quay Street",
           "Griffith Avenue", "Strand Road", "Mill Road", "College Green"],
    "FR": ["rue des Lilas", "avenue Jean Jaurès", "rue de la République", "boulevard Voltaire",
           "rue Victor Hugo", "chemin des Vignes", "place du Marché", "rue du Lac"],
    "NL": ["Prinsengracht", "Oudegracht", "Keizersgracht", "Dorpsstraat", "Kerkstraat", "Molenweg",
           "Stationsplein", "Lange Voorhout"],
    "IT": ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele", "Via Dante", "Via Mazzini",
           "Piazza del Duomo", "Via dei Portici", "Via Cavour"],
}

COUNTRY_NAME = {
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Großbritannien", "US": "USA",
           "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA",
           "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
}

COUNTRY_WEIGHTS = {
    "de": [("DE", 55), ("AT", 15), ("CH", 13), ("NL", 3), ("FR", 3), ("IT", 4), ("GB", 3), ("US", 2), ("IE", 2)],
    "en": [("GB", 32), ("US", 26), ("IE", 14), ("DE", 9), ("AT", 3), ("CH", 3), ("FR", 5), ("NL", 4), ("IT", 4)],
}


def house_no(rng, country):
    n = str(rng.choice([rng.randint(1, 30), rng.randint(1, 30), rng.randint(1, 160)]))
    if country in ("DE", "AT", "CH", "NL") and rng.random() < 0.15:
        n += rng.choice("abc")
    if country == "AT" and rng.random() < 0.45:
        n += f"/{rng.randint(1, 9)}/{rng.randint(1, 24)}" if rng.random() < 0.6 else f"/{rng.randint(1, 30)}"
    return n


def address(rng, country, lang):
    """Returns dict: street (street + number), line, block (two lines), town, plz, country."""
    plz, town = rng.choice(TOWNS[country])
    st = rng.choice(STREETS[country])
    n = house_no(rng, country)
    prefix = ""
    if country == "DE" and rng.random() < 0.15:
        prefix = "D-"
    elif country == "AT" and rng.random() < 0.35:
        prefix = "A-"
    elif country == "CH" and rng.random() < 0.35:
        prefix = "CH-"
    if country in ("DE", "AT", "CH", "NL", "IT"):
        street = f"{st} {n}"
        pt = f"{prefix}{plz} {town}"
    elif country == "FR":
        street = f"{rng.randint(1, 80)} {st}" if rng.random() < 0.8 else f"{rng.randint(1, 80)} bis {st}"
        pt = f"{plz} {town}"
    elif country == "GB":
        street = f"{rng.randint(1, 120)} {st}"
        if rng.random() < 0.3:
            street = f"Flat {rng.randint(1, 12)}, " + street
        pt = f"{town} {plz}"
    elif country == "IE":
        street = f"{rng.randint(1, 90)} {st}"
        if rng.random() < 0.25:
            street = f"Apartment {rng.randint(1, 40)}, " + street
        pt = f"{town}, {plz}" if rng.random() < 0.6 else f"{town} {plz}"
    else:  # US
        street = f"{rng.randint(100, 9899)} {st}"
        if rng.random() < 0.45:
            street += rng.choice([f", Apt {rng.randint(1, 30)}{rng.choice(['', 'B', 'C'])}",
                                  f", Suite {rng.randint(1, 9)}00", f" #{rng.randint(2, 40)}"])
        pt = f"{town}, {plz}"
    if country == "GB":
        line = f"{street}, {pt}"
    else:
        line = f"{street}, {pt}"
    return {"street": street, "line": line, "block": f"{street}\n{pt}", "plz": plz, "town": town,
            "pt": pt, "country": country, "cname": COUNTRY_NAME[lang][country]}


# ---------------------------------------------------------------- phone numbers


def phone(rng, country, intl=None, mobile=None):
    if intl is None:
        intl = rng.random() < 0.45
    if mobile is None:
        mobile = rng.random() < 0.55
    d = lambda n: digits(rng, n)  # noqa: E731
    if country == "DE":
        if mobile:
            pre = rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178", "179"])
            sub = d(rng.choice([7, 8]))
            if intl:
                return rng.choice([f"+49 {pre} {sub}", f"+49 {pre} {sub[:4]} {sub[4:]}", f"+49 (0){pre} {sub}", f"0049 {pre} {sub}"])
            return rng.choice([f"0{pre} {sub}", f"0{pre}/{sub}", f"0{pre}-{sub}", f"0{pre} {sub[:3]} {sub[3:]}"])
        area, n = rng.choice([("30", 8), ("40", 8), ("89", 8), ("221", 7), ("69", 8), ("711", 7), ("831", 6), ("341", 7), ("911", 7), ("761", 6)])
        sub = d(n)
        if intl:
            return rng.choice([f"+49 {area} {sub}", f"+49 (0){area} {sub}", f"+49 {area} {sub[:3]} {sub[3:]}"])
        return rng.choice([f"0{area} {sub}", f"(0{area}) {sub}", f"0{area}/{sub}", f"0{area} {sub[:3]} {sub[3:]}", f"0{area}-{sub}"])
    if country == "AT":
        if mobile:
            pre, sub = rng.choice(["664", "660", "676", "699", "650", "681"]), d(7)
        else:
            pre, sub = rng.choice(["1", "316", "732", "662", "512", "463"]), d(rng.choice([6, 7]))
        if intl:
            return rng.choice([f"+43 {pre} {sub}", f"+43 (0){pre} {sub}", f"+43 {pre} {sub[:3]} {sub[3:]}"])
        return rng.choice([f"0{pre} {sub}", f"0{pre}/{sub}", f"0{pre} {sub[:3]} {sub[3:]}"])
    if country == "CH":
        pre = rng.choice(["79", "78", "76", "77"]) if mobile else rng.choice(["44", "31", "61", "41", "71", "81"])
        sub = d(7)
        g = f"{sub[:3]} {sub[3:5]} {sub[5:]}"
        return rng.choice([f"+41 {pre} {g}", f"+41 (0){pre} {g}"]) if intl else f"0{pre} {g}"
    if country == "GB":
        if mobile:
            sub = "7" + rng.choice(["700", "712", "723", "745", "788", "802", "912"]) + d(6)
            return f"+44 {sub[:4]} {sub[4:]}" if intl else f"0{sub[:4]} {sub[4:]}"
        area = rng.choice(["20", "113", "161", "117", "131", "141", "29", "1904", "1865", "191", "15394"])
        sub = d(10 - len(area))
        if area == "20":
            sub2 = f"{sub[:4]} {sub[4:]}"
        else:
            sub2 = f"{sub[:3]} {sub[3:]}" if len(sub) > 5 else sub
        return f"+44 {area} {sub2}" if intl else rng.choice([f"0{area} {sub2}", f"(0{area}) {sub2}"])
    if country == "US":
        area = rng.choice(["212", "312", "303", "503", "206", "512", "617", "415", "801", "802", "612", "828", "217", "720"])
        ex = rng.choice(["555", str(rng.randint(201, 989))])
        if ex.endswith("11"):
            ex = "555"
        ln = d(4) if ex != "555" else "01" + d(2)
        if intl:
            return rng.choice([f"+1 {area} {ex} {ln}", f"+1 ({area}) {ex}-{ln}", f"+1-{area}-{ex}-{ln}"])
        return rng.choice([f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"{area}.{ex}.{ln}"])
    if country == "IE":
        if mobile:
            pre, sub = rng.choice(["83", "85", "86", "87", "89"]), d(7)
            return f"+353 {pre} {sub[:3]} {sub[3:]}" if intl else f"0{pre} {sub[:3]} {sub[3:]}"
        pre, sub = rng.choice(["1", "21", "91", "61", "98", "64"]), d(rng.choice([6, 7]))
        return f"+353 {pre} {sub[:3]} {sub[3:]}" if intl else rng.choice([f"0{pre} {sub[:3]} {sub[3:]}", f"(0{pre}) {sub}"])
    if country == "FR":
        first = rng.choice(["6", "7"]) if mobile else rng.choice(["1", "4", "3", "5"])
        p = [d(2) for _ in range(4)]
        return (f"+33 {first} " + " ".join(p)) if intl else (f"0{first} " + " ".join(p))
    if country == "NL":
        if mobile:
            sub = d(8)
            return rng.choice([f"+31 6 {sub}", f"+31 6 {sub[:4]} {sub[4:]}"]) if intl else rng.choice([f"06 {sub}", f"06-{sub}"])
        area = rng.choice(["20", "30", "10", "70", "50"])
        sub = d(7)
        return f"+31 {area} {sub[:3]} {sub[3:]}" if intl else f"0{area} {sub[:3]} {sub[3:]}"
    # IT
    if mobile:
        pre, sub = rng.choice(["347", "333", "338", "320", "349", "366"]), d(7)
        return f"+39 {pre} {sub[:3]} {sub[3:]}" if intl else f"{pre} {sub[:3]} {sub[3:]}"
    pre, sub = rng.choice(["02", "06", "0471", "011", "055"]), d(rng.choice([6, 7, 8]))
    return f"+39 {pre} {sub}" if intl else f"{pre} {sub}"


# ---------------------------------------------------------------- people

SYL_A = ["ka", "lo", "ri", "ve", "ton", "mar", "dul", "sen", "bri", "gal", "fen", "ora", "tes", "vin",
         "lu", "ne", "sa", "bel", "dro", "mi", "ta", "rus", "kel", "pa", "vo", "zel", "nar", "quin"]
SYL_B = ["ra", "li", "na", "do", "mi", "len", "rik", "sa", "ven", "tin", "bo", "la", "ro", "del", "ris"]
SYL_END_F = ["a", "ia", "ine", "ella", "ea", "ith", "ne"]
SYL_END_M = ["o", "an", "ek", "us", "im", "ard", "el"]
SYL_END_S = ["mann", "berg", "ov", "ski", "ley", "ton", "ert", "ani", "ek", "hold", "ström", "er", "as", "oni"]


def invented(rng, kind):
    while True:
        if kind == "s":
            w = rng.choice(SYL_A) + rng.choice(SYL_B) + rng.choice(SYL_END_S)
        else:
            w = rng.choice(SYL_A) + rng.choice(SYL_B) + rng.choice(SYL_END_F if kind == "f" else SYL_END_M)
        w = w.capitalize()
        if w.casefold() not in _KNOWN and 4 <= len(w) <= 12:
            return w


TRANS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ı": "i", "ł": "l",
         "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "æ": "ae", "ş": "s", "ğ": "g"}


def ascii_fold(s):
    s = "".join(TRANS.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum()))


class Person:
    def __init__(self, first, last, gender, origin, invented_name):
        self.first, self.last, self.gender, self.origin = first, last, gender, origin
        self.invented = invented_name

    @property
    def full(self):
        return f"{self.first} {self.last}"

    def parts(self):
        out = []
        for w in re.split(r"[\s\-'’]+", self.first + " " + self.last):
            if len(w) >= 2 and w.casefold() not in names.PARTICLES:
                out.append(w)
        return out


def person(rng, lang, allow_invented=True, gender=None, region=None):
    origin = wchoice(rng, list(names.WEIGHTS[lang].items()))
    local = {"AT": "austrian", "CH": "swiss", "IE": "irish", "US": "american", "GB": "english"}.get(region)
    if local and rng.random() < 0.45:
        origin = local
    o = ORIGINS[origin]
    if gender is None:
        gender = rng.choice("fm")
    inv = allow_invented and rng.random() < 0.12
    if inv:
        k = rng.randrange(3)
        first = invented(rng, gender) if k != 1 else rng.choice(o[gender])
        last = invented(rng, "s") if k != 0 else rng.choice(o["s"])
        return Person(first, last, gender, "invented", True)
    first = rng.choice(o[gender])
    if o["double"] and rng.random() < 0.07:
        first = rng.choice(o["double"])
        gender = "m" if first.split("-")[0].split(" ")[0] in o["m"] else "f"
    last = rng.choice(o["s"])
    if origin in ("german", "austrian", "swiss", "english", "american", "spanish") and rng.random() < 0.07:
        other = rng.choice(o["s"])
        if other != last and " " not in other and " " not in last:
            last = f"{last}-{other}"
    return Person(first, last, gender, origin, False)


# ---------------------------------------------------------------- look-alikes

PRODUCTS = {
    "en": [("Almweg Zip-Off Hiking Trousers", "TG-HT-100", "129.95"), ("Fernkamm 45+10 Trekking Backpack", "TG-BP-045", "229.95"),
           ("Firstwand 3-Layer Rain Jacket", "TG-RJ-100", "349.95"), ("Gitterhang Grid Fleece Jacket", "TG-FL-100", "119.95"),
           ("Hochsattel 30 Hiking Backpack", "TG-BP-030", "139.95"), ("Kaltkar Down Jacket", "TG-DJ-100", "289.95"),
           ("Morgengrat Merino 150 Long-Sleeve Shirt", "TG-BL-100", "89.95"), ("Rinnental Insulated Hoody", "TG-SI-100", "219.95"),
           ("Schauerpass 2.5-Layer Rain Jacket", "TG-RJ-200", "199.95"), ("Steinlauf Trail Running Shoe", "TG-TS-100", "159.95"),
           ("Trittweg Merino Hiking Socks", "TG-SO-100", "24.95"), ("Wintersteig Winter Trekking Trousers", "TG-WT-100", "169.95")],
    "de": [("Almweg Zip-off-Wanderhose", "TG-HT-100", "129,95"), ("Fernkamm 45+10 Trekkingrucksack", "TG-BP-045", "229,95"),
           ("Firstwand 3-Lagen-Regenjacke", "TG-RJ-100", "349,95"), ("Gitterhang Grid-Fleecejacke", "TG-FL-100", "119,95"),
           ("Hochsattel 30 Wanderrucksack", "TG-BP-030", "139,95"), ("Kaltkar Daunenjacke", "TG-DJ-100", "289,95"),
           ("Morgengrat Merino 150 Langarmshirt", "TG-BL-100", "89,95"), ("Rinnental Isolationshoody", "TG-SI-100", "219,95"),
           ("Schauerpass 2,5-Lagen-Regenjacke", "TG-RJ-200", "199,95"), ("Steinlauf Trailrunningschuh", "TG-TS-100", "159,95"),
           ("Trittweg Merino-Wandersocken", "TG-SO-100", "24,95"), ("Wintersteig Wintertrekkinghose", "TG-WT-100", "169,95")],
}
# grammatical gender of the German product names by SKU (m, f, n, pl) and the articles per case
PRODUCT_GENDER = {"TG-HT-100": "f", "TG-BP-045": "m", "TG-RJ-100": "f", "TG-FL-100": "f", "TG-BP-030": "m",
                  "TG-DJ-100": "f", "TG-BL-100": "n", "TG-SI-100": "m", "TG-RJ-200": "f", "TG-TS-100": "m",
                  "TG-SO-100": "pl", "TG-WT-100": "f"}
ART = {
    "N": {"m": "der", "f": "die", "n": "das", "pl": "die"},
    "A": {"m": "den", "f": "die", "n": "das", "pl": "die"},
    "D": {"m": "dem", "f": "der", "n": "dem", "pl": "den"},
    "G": {"m": "des", "f": "der", "n": "des", "pl": "der"},
    "Nc": {"m": "Der", "f": "Die", "n": "Das", "pl": "Die"},
    "Ac": {"m": "Den", "f": "Die", "n": "Das", "pl": "Die"},
    "myD": {"m": "meinem", "f": "meiner", "n": "meinem", "pl": "meinen"},
}

COLOURS = {
    "en": ["Slate", "Fir Shade", "Hut Orange", "Ridge Blue", "Rock Grey", "Lichen", "Alpenglow", "Limestone", "Peat Brown", "Gentian"],
    "de": ["Schiefer", "Tannenschatten", "Hüttenorange", "Gratblau", "Felsgrau", "Flechte", "Alpenglühen", "Kalkstein", "Moorbraun", "Enzian"],
}
SIZES = ["XS", "S", "M", "L", "XL", "XXL", "38", "40", "42", "44", "46", "48", "50", "52"]
COMPANIES = {
    "de": ["Bauer Logistik GmbH", "Schneider & Koch Textilveredelung", "Wolf Verpackungen KG", "Fuchs Druck GmbH",
           "Berger Outdoor-Handel e.K.", "Huber Transporte GmbH", "Meier Zuschnitt AG", "Gebr. Lehmann Kartonagen",
           "Brunner Spedition AG", "Jäger Etiketten GmbH", "Hofmann Nähtechnik", "Gruber & Söhne Logistik"],
    "en": ["Baker & Hunter Logistics Ltd", "Miller Freight Inc.", "Grace Textiles Ltd", "Fletcher Print Co.",
           "Walsh Packaging Ltd", "Cooper & Wright Outdoor Supply", "Kennedy Labels LLC", "Parker Warehousing",
           "Thornton Dyeworks", "Murphy Couriers Ltd", "Sutcliffe Mills", "Harper Bros. Freight"],
}


def order_no(rng):
    return rng.choice([f"TG-{digits(rng, 7)}", f"{rng.randint(10, 99)}-{digits(rng, 6)}", f"A{digits(rng, 8)}",
                       f"TG{rng.randint(2024, 2026)}-{digits(rng, 5)}"])


def phone_like(rng, lang):
    """Numbers shaped like phone numbers that are not (order, customer, parcel numbers)."""
    return rng.choice([f"0{rng.randint(30, 899)} {digits(rng, 7)}", f"{digits(rng, 4)} {digits(rng, 3)} {digits(rng, 4)}",
                       f"+{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 6)}", f"0{digits(rng, 3)}/{digits(rng, 6)}",
                       f"({digits(rng, 3)}) {digits(rng, 3)}-{digits(rng, 4)}"])


def tracking(rng):
    return rng.choice([f"00340434{digits(rng, 12)}", f"1Z{digits(rng, 3)}X{digits(rng, 2)}{digits(rng, 10)}",
                       f"JJD{digits(rng, 15)}", f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}",
                       f"RR{digits(rng, 9)}DE"])


MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def date(rng, lang, style=None):
    y, m, d = rng.choice([2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    if style is None:
        style = rng.randrange(4)
    if style == 0:
        return f"{y}-{m:02d}-{d:02d}"
    if lang == "de":
        if style == 1:
            return f"{d:02d}.{m:02d}.{y}"
        if style == 2:
            return f"{d}. {MONTHS['de'][m - 1]}"
        return f"{d}.{m}."
    if style == 1:
        return f"{d:02d}/{m:02d}/{y}"
    if style == 2:
        return f"{d} {MONTHS['en'][m - 1][:3]}"
    return f"{MONTHS['en'][m - 1]} {d}"


def clock(rng):
    return f"{rng.randint(7, 19):02d}:{rng.choice(['00', '15', '30', '45', '10', '05', '50'])}"


def price(rng, lang):
    e = rng.choice([9, 14, 19, 24, 39, 49, 89, 119, 129, 139, 159, 199, 229, 289, 349])
    c = rng.choice(["95", "90", "00", "50"])
    return f"{e},{c} €" if lang == "de" else rng.choice([f"€{e}.{c}", f"£{e}.{c}", f"${e}.{c}"])


def version(rng):
    return f"{rng.randint(1, 5)}.{rng.randint(0, 24)}.{rng.randint(0, 12)}"


# ---------------------------------------------------------------- context and renderer


class Ctx:
    """Per-text values, drawn on first use."""

    def __init__(self, rng, lang, region=None, nocue=False):
        self.rng, self.lang, self.region, self.nocue = rng, lang, region, nocue
        self.vals = {}
        self.people = []

    def _country(self):
        if self.region:
            return self.region
        return wchoice(self.rng, COUNTRY_WEIGHTS[self.lang])

    def get(self, key):
        if key in self.vals:
            return self.vals[key]
        rng, lang = self.rng, self.lang
        base = key.split(".")[0]
        if re.fullmatch(r"p\d", base):
            v = person(rng, lang, allow_invented=not self.nocue, region=self.region)
            self.people.append(v)
        elif re.fullmatch(r"a\d", base):
            v = address(rng, self._country(), lang)
        elif re.fullmatch(r"ph\d", base):
            v = phone(rng, self._country())
        elif re.fullmatch(r"mob\d", base):
            v = phone(rng, self._country(), mobile=True)
        elif re.fullmatch(r"tel\d", base):
            v = phone(rng, self._country(), mobile=False)
        elif re.fullmatch(r"prod\d?", base):
            used = [x for k, x in self.vals.items() if k.startswith("prod") and x]
            v = rng.choice([x for x in PRODUCTS[lang] if x not in used])
        elif re.fullmatch(r"co\d?", base):
            v = rng.choice(COMPANIES[lang])
        else:
            v = None
        self.vals[key] = v
        return v

    def person_of(self, key):
        return self.get(key)


EMAIL_DOMAINS = {
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "outlook.de", "mailbox.org", "gmx.at",
           "aon.at", "bluewin.ch", "gmx.ch", "icloud.com", "freenet.de", "yahoo.de", "hotmail.com"],
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com", "btinternet.com", "eircom.net",
           "proton.me", "aol.com", "comcast.net", "fastmail.com", "yahoo.com"],
}


def email_for(rng, p, lang):
    f, l = ascii_fold(p.first).lower(), ascii_fold(p.last).lower()
    local = rng.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}", f"{l}.{f}", f"{f}_{l}", f"{f}{rng.randint(1, 99)}",
                        f"{l}{rng.randint(60, 99)}", f"{f[0]}{l}"])
    return f"{local}@{rng.choice(EMAIL_DOMAINS[lang])}"


def handle_for(rng, p):
    f, l = ascii_fold(p.first).lower(), ascii_fold(p.last).lower()
    return "@" + rng.choice([f"{f}.{l[0]}", f"{f[0]}{l}", f"{f}_{l[:3]}", f"{l}{f[0]}"])


ALT = re.compile(r"\(\(((?:(?!\(\(|\)\)).)*?)\)\)", re.S)
SLOT = re.compile(r"\{([A-Za-z0-9_.]+)\}")


def resolve_alts(rng, tpl):
    while True:
        m = ALT.search(tpl)
        if not m:
            return tpl
        opts = m.group(1).split("|")
        tpl = tpl[:m.start()] + rng.choice(opts) + tpl[m.end():]


def slot(ctx, key):
    """Pieces [(text, label)] for one slot."""
    rng, lang = ctx.rng, ctx.lang
    base, _, form = key.partition(".")
    P = "PERSON"
    if re.fullmatch(r"p\d", base):
        p = ctx.get(base)
        if form in ("", "full"):
            return [(p.full, P)]
        if form == "first":
            return [(p.first, P)]
        if form == "last":
            return [(p.last, P)]
        if form == "lf":
            return [(f"{p.last}, {p.first}", P)]
        if form == "LF":
            return [(f"{p.last.upper()}, {p.first}", P)]
        if form == "UP":
            return [(p.full.upper(), P)]
        if form == "lo":
            return [(p.first.lower(), P)]
        if form == "lofull":
            return [(p.full.lower(), P)]
        if form == "ini":
            return [(f"{p.first[0]}. {p.last}", P)]
        if form == "fi":
            main = [w for w in p.last.split(" ") if w.casefold() not in names.PARTICLES] or [p.last]
            return [(f"{p.first} {main[0][0].upper()}.", P)]
        if form == "email":
            k = base + ".email"
            if k not in ctx.vals:
                ctx.vals[k] = email_for(rng, p, lang)
            return [(ctx.vals[k], "EMAIL")]
        if form == "handle":
            k = base + ".handle"
            if k not in ctx.vals:
                ctx.vals[k] = handle_for(rng, p)
            return [(ctx.vals[k], None)]
        if form == "hr":  # Herr / Frau, Mr / Ms
            if lang == "de":
                return [("Frau" if p.gender == "f" else "Herr", None)]
            k = base + ".mr"
            if k not in ctx.vals:
                ctx.vals[k] = rng.choice(["Ms", "Ms.", "Mrs"]) if p.gender == "f" else rng.choice(["Mr", "Mr."])
            return [(ctx.vals[k], None)]
        if form == "hrn":  # dative/accusative: Herrn / Frau
            return [("Frau" if p.gender == "f" else "Herrn", None)]
        if form == "geehrt":
            return [("Sehr geehrte Frau" if p.gender == "f" else "Sehr geehrter Herr", None)]
        if form == "liebe":
            return [("Liebe" if p.gender == "f" else "Lieber", None)]
        if form == "er":
            return [("sie" if p.gender == "f" else "er", None)]
        if form == "Er":
            return [("Sie" if p.gender == "f" else "Er", None)]
        if form == "ihr":
            return [("ihr" if p.gender == "f" else "ihm", None)]
        if form == "sein":
            return [("ihr" if p.gender == "f" else "sein", None)]
        if form == "seine":
            return [("ihre" if p.gender == "f" else "seine", None)]
        if form == "he":
            return [("she" if p.gender == "f" else "he", None)]
        if form == "He":
            return [("She" if p.gender == "f" else "He", None)]
        if form == "him":
            return [("her" if p.gender == "f" else "him", None)]
        if form == "his":
            return [("her" if p.gender == "f" else "his", None)]
        if form == "stamm":
            return [("Stammkundin" if p.gender == "f" else "Stammkunde", None)]
        if form == "kunde":
            return [("Kundin" if p.gender == "f" else "Kunde", None)]
        if form == "g":
            return [(("f" if p.gender == "f" else "m"), None)]
        if form == "anrede":
            return [("Frau" if p.gender == "f" else "Herr", None)]
        raise KeyError(key)
    if re.fullmatch(r"a\d", base):
        a = ctx.get(base)
        if form in ("", "line"):
            return [(a["line"], "STREET_ADDRESS")]
        if form == "block":
            return [(a["block"], "STREET_ADDRESS")]
        if form == "street":
            return [(a["street"], "STREET_ADDRESS")]
        if form == "pt":
            return [(a["pt"], None)]
        if form == "town":
            return [(a["town"], None)]
        if form == "plz":
            return [(a["plz"], None)]
        if form == "country":
            return [(a["cname"], None)]
        if form == "cc":
            return [(a["country"], None)]
        raise KeyError(key)
    if re.fullmatch(r"(ph|mob|tel)\d", base):
        return [(ctx.get(base), "PHONE")]
    if re.fullmatch(r"prod\d?", base):
        pr = ctx.get(base)
        if form in ("", "name"):
            return [(pr[0], None)]
        if form == "short":
            return [(pr[0].split(" ")[0], None)]
        if form == "sku":
            return [(pr[1], None)]
        if form in ART:
            g = PRODUCT_GENDER.get(pr[1], "f")
            return [(ART[form][g], None)]
        if form == "price":
            return [(pr[2], None)]
    if re.fullmatch(r"co\d?", base):
        return [(ctx.get(base), None)]
    # single values, drawn once per key
    if key not in ctx.vals:
        ctx.vals[key] = draw_value(ctx, key)
    v, label = ctx.vals[key]
    return [(v, label)]


def draw_value(ctx, key):
    rng, lang = ctx.rng, ctx.lang
    base = key.rstrip("0123456789")
    if base == "iban":
        cc = ctx.region or wchoice(rng, [("DE", 6), ("AT", 2), ("CH", 2), ("NL", 1), ("FR", 1), ("IT", 1)] if lang == "de"
                                   else [("GB", 4), ("IE", 3), ("DE", 2), ("FR", 1), ("NL", 1)])
        if cc == "US":
            cc = "GB"
        return iban(rng, cc, grouped=rng.random() < 0.7), "IBAN"
    if base == "ibanc":
        return iban(rng, ctx.region or ("DE" if lang == "de" else "IE"), grouped=False), "IBAN"
    if base == "svc":
        return rng.choice(["service@talgrat.de", "kundenservice@talgrat.de", "hello@talgrat.com", "support@talgrat.com",
                           "retouren@talgrat.de"]), "EMAIL"
    if base == "card":
        return card(rng), "CREDIT_CARD"
    if base == "taxid":
        return taxid(rng), "DE_TAX_ID"
    if base == "ip":
        return ip_public(rng), "IP_ADDRESS"
    if base == "ipp":
        return ip_private(rng), "IP_ADDRESS"
    if base == "iplo":
        return ip_loop(rng), "IP_ADDRESS"
    if base == "ipsix":
        return ip6(rng), "IP_ADDRESS"
    if base == "order":
        return order_no(rng), None
    if base == "phl":
        return phone_like(rng, lang), None
    if base == "track":
        return tracking(rng), None
    if base == "cust":
        return rng.choice([f"K-{digits(rng, 6)}", f"C{digits(rng, 7)}", f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"]), None
    if base == "ticket":
        return rng.choice([f"#{rng.randint(10000, 99999)}", f"SR-{digits(rng, 6)}", f"TCK-{digits(rng, 5)}"]), None
    if base == "date":
        return date(rng, lang), None
    if base == "dateiso":
        return date(rng, lang, 0), None
    if base == "datel":
        return date(rng, lang, 1), None
    if base == "time":
        return clock(rng), None
    if base == "price":
        return price(rng, lang), None
    if base == "eur":
        e = rng.choice([12, 19, 24, 35, 49, 89, 120, 159, 229])
        return (f"{e},{rng.choice(['00', '95', '50'])}" if lang == "de" else f"{e}.{rng.choice(['00', '95', '50'])}"), None
    if base == "gtin":
        return gtin(rng), None
    if base == "ver":
        return version(rng), None
    if base == "colour":
        return rng.choice(COLOURS[lang]), None
    if base == "size":
        return rng.choice(SIZES), None
    if base == "qty":
        return str(rng.randint(1, 4)), None
    if base == "n":
        return str(rng.randint(2, 40)), None
    if base == "ts":
        return f"{date(rng, lang, 0)}T{clock(rng)}:{rng.randint(10, 59)}Z", None
    if base == "lts":
        return f"{date(rng, lang, 0)} {clock(rng)}:{rng.randint(10, 59)}", None
    if base == "uid":
        return str(rng.randint(10000, 999999)), None
    if base == "hex":
        return "".join(rng.choice("0123456789abcdef") for _ in range(8)), None
    if base == "port":
        return str(rng.choice([443, 8080, 51234, 49822, 3000, 5432])), None
    if base in ("plz", "town"):
        if "place" not in ctx.vals:
            ctx.vals["place"] = rng.choice(TOWNS[ctx.region or ("DE" if lang == "de" else "GB")])
        return ctx.vals["place"][0 if base == "plz" else 1], None
    raise KeyError(key)


def render(ctx, tpl):
    tpl = resolve_alts(ctx.rng, tpl)
    text = []
    spans = []
    pos = 0
    last = 0
    for m in SLOT.finditer(tpl):
        lit = tpl[last:m.start()]
        text.append(lit)
        pos += len(lit)
        for piece, label in slot(ctx, m.group(1)):
            if label:
                spans.append((label, pos, pos + len(piece), piece))
            text.append(piece)
            pos += len(piece)
        last = m.end()
    text.append(tpl[last:])
    return "".join(text), spans


class Built:
    """For layout generators written in code: append literal text and labelled values."""

    def __init__(self):
        self.parts = []
        self.spans = []
        self.pos = 0

    def t(self, s):
        self.parts.append(s)
        self.pos += len(s)
        return self

    def e(self, label, s):
        if label:
            self.spans.append((label, self.pos, self.pos + len(s), s))
        return self.t(s)

    def result(self):
        return "".join(self.parts), self.spans


# ---------------------------------------------------------------- self-checks

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
IPV6_RE = re.compile(r"(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Fa-f:])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
DIGITS_RE = re.compile(r"(?<![\d])\d[\d \-]{9,24}\d(?![\d])")
HANDLE_RE = re.compile(r"@[\w.\-]+")
URL_RE = re.compile(r"https?://\S+|\b[\w\-]+\.(?:de|com|at|ch)/\S*")
WORD_RE = re.compile(r"\w+", re.U)


def _covered(spans, s, e):
    return any(a <= s and e <= b for _, a, b, _ in spans)


def check(text, spans, people, clean):
    """Returns None if the text passes, else a reason."""
    if clean and spans:
        return "clean text with span"
    if not clean and not spans:
        return "no span"
    prev_end = -1
    prev = None
    for label, s, e, v in spans:
        if text[s:e] != v:
            return "value mismatch"
        if v != v.strip() or not v:
            return "space at value end"
        if s < prev_end:
            return "overlap"
        if prev and prev[0] == "PERSON" and label == "PERSON" and text[prev[2]:s] in (" ", ""):
            return "adjacent person spans"
        prev_end, prev = e, (label, s, e)
        if label == "IBAN" and not iban_valid(v):
            return "bad iban"
        if label == "CREDIT_CARD":
            c = re.sub(r"[ \-]", "", v)
            if not (luhn_ok(c) and issuer(c)):
                return "bad card"
        if label == "DE_TAX_ID" and not taxid_valid(v):
            return "bad taxid"
    if sorted(spans, key=lambda x: (x[1], x[2])) != spans:
        return "unsorted"
    for m in EMAIL_RE.finditer(text):
        if not _covered(spans, m.start(), m.end()):
            return "email outside span"
    for m in IPV4_RE.finditer(text):
        if all(0 <= int(x) <= 255 for x in m.group(0).split(".")) and not _covered(spans, m.start(), m.end()):
            return "ipv4 outside span"
    for m in IPV6_RE.finditer(text):
        g = m.group(0)
        if (("::" in g and len(g) > 2) or g.count(":") >= 5) and re.search(r"[0-9a-fA-F]", g):
            if not _covered(spans, m.start(), m.end()):
                return "ipv6 outside span " + g
    for m in IBAN_RE.finditer(text):
        if iban_valid(m.group(0)) and not _covered(spans, m.start(), m.end()):
            return "iban outside span"
    for m in DIGITS_RE.finditer(text):
        if _covered(spans, m.start(), m.end()):
            continue
        runs = [re.sub(r"[ \-]", "", m.group(0))] + re.split(r"[ \-]", m.group(0))
        for d in runs:
            if len(d) in (13, 14, 15, 16, 19) and luhn_ok(d) and issuer(d):
                return "card outside span"
            if len(d) == 11 and taxid_valid(d):
                return "taxid outside span"
    # whole-word copies of a labelled person's name parts
    pspans = [(s, e) for label, s, e, _ in spans]
    masked = list(text)
    for s, e in pspans:
        for i in range(s, e):
            masked[i] = " "
    for rx in (EMAIL_RE, HANDLE_RE, URL_RE):
        for m in rx.finditer(text):
            for i in range(m.start(), m.end()):
                masked[i] = " "
    masked = "".join(masked)
    words = {}
    for m in WORD_RE.finditer(masked):
        words.setdefault(m.group(0).casefold(), m.start())
    for p in people:
        if not any(l == "PERSON" for l, _, _, _ in spans):
            break
        for part in p.parts():
            if part.casefold() in words:
                return "unlabelled name part " + part
    return None


def T(tpl, **opts):
    """A template with options: region (address and phone country), nocue (no invented names)."""
    return (tpl, opts)
