"""Core of the dev half of the twenty-first PII bank: people, places, checksummed values,
look-alikes, the template renderer and the self-checks. Standard library only.

A template is a string (or a callable `f(rng) -> string`) with
  - alternatives `((a|b|c))`, nestable, one drawn at random;
  - slots `{p1.full}`, `{p2.hon}`, `{iban}`, `{order}` … (lower-case name, optional `.form`);
  - an optional country prefix `@AT|`, `@CH|`, `@DE|`, `@GB|`, `@US|`, `@IE|` … that sets the
    country of every person's address and phone in that text.
Each slot renders to pieces `(text, label or None, exempt)`; the renderer records the span of
every labelled piece in Unicode code points. `exempt` marks handles (unlabelled on purpose).
"""

import re
import sys

sys.dont_write_bytecode = True

import pii21_dev_names as N  # noqa: E402


def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


# ------------------------------------------------------------------ checksummed values


def iban_valid(v):
    v = v.replace(" ", "")
    return len(v) > 4 and int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1


IBAN_BBAN = {"DE": "n18", "AT": "n16", "CH": "n17", "GB": "a4n14", "IE": "a4n14", "NL": "a4n10",
             "FR": "n23", "IT": "a1n22", "PL": "n24"}


def iban(rng, country, grouped):
    spec = IBAN_BBAN.get(country, "n18")
    bban = ""
    for kind, n in re.findall(r"([an])(\d+)", spec):
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if kind == "a" else "0123456789"
        bban += "".join(rng.choice(alphabet) for _ in range(int(n)))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    value = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    assert iban_valid(value)
    if grouped:
        value = " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    return value


def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_issuer(d):
    if d[0] == "4" and len(d) in (13, 16, 19):
        return "visa"
    if len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return "mastercard"
    if len(d) == 15 and d[:2] in ("34", "37"):
        return "amex"
    if len(d) == 16 and (d[:4] == "6011" or d[:2] == "65"):
        return "discover"
    return None


def card(rng):
    kind = wchoice(rng, [("visa", 5), ("mc", 3), ("mc2", 1), ("amex", 1.5), ("disc", 0.7)])
    prefix, length = {"visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16),
                      "mc2": (str(rng.randint(2221, 2720)), 16), "amex": (rng.choice(["34", "37"]), 15),
                      "disc": ("6011", 16)}[kind]
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c
            break
    assert card_issuer(num) and luhn_ok(num)
    style = rng.choice(["space", "space", "dash", "compact"])
    if style == "compact":
        return num
    sep = " " if style == "space" else "-"
    groups = [num[0:4], num[4:10], num[10:]] if length == 15 else [num[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(groups)


def taxid_check(ten):
    product = 10
    for c in ten:
        s = (int(c) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    check = 11 - product
    return 0 if check == 10 else check


def taxid_valid(v):
    d = v.replace(" ", "")
    if len(d) != 11 or not d.isdigit() or d[0] == "0":
        return False
    counts = [d[:10].count(c) for c in "0123456789"]
    multi = [n for n in counts if n > 1]
    if len(multi) != 1 or multi[0] not in (2, 3):
        return False
    if multi[0] == 3:
        rep = "0123456789"[counts.index(3)]
        if rep * 3 in d[:10]:
            return False
    return taxid_check(d[:10]) == int(d[10])


def taxid(rng):
    while True:
        digits = list("0123456789")
        rng.shuffle(digits)
        nine = digits[:9]
        dup = rng.choice(nine)
        ten = nine + [dup]
        rng.shuffle(ten)
        if ten[0] == "0":
            continue
        v = "".join(ten)
        v += str(taxid_check(v))
        if taxid_valid(v):
            break
    if rng.random() < 0.45:
        return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
    return v


def gtin13(rng, prefix="4"):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(12 - len(prefix)))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def gtin_valid(v):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(v[:-1]))
    return (10 - s % 10) % 10 == int(v[-1])


# ------------------------------------------------------------------ IP addresses


def ip(rng, kind=None):
    kind = kind or wchoice(rng, [("pub", 5), ("priv", 2.5), ("lo", 0.6), ("v6", 2.5), ("v6lo", 0.3), ("v6ll", 0.4)])
    if kind == "pub":
        first = rng.choice([31, 37, 46, 62, 77, 78, 79, 80, 81, 84, 85, 87, 88, 91, 93, 95, 109, 141, 176, 178, 185, 188, 194, 212, 213, 217])
        return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == "priv":
        return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])
    if kind == "lo":
        return "127.0.0.1"
    if kind == "v6lo":
        return "::1"
    h = lambda: f"{rng.randint(0, 0xffff):x}"  # noqa: E731
    if kind == "v6ll":
        return f"fe80::{h()}:{h()}:{h()}:{h()}"
    head = rng.choice(["2a02", "2a01", "2003", "2001", "2a00", "2600", "2a0a", "2c0f"])
    if rng.random() < 0.5:
        return f"{head}:{h()}:{h()}:{h()}::{h()}"
    return ":".join([head] + [h() for _ in range(7)])


# ------------------------------------------------------------------ places

DE_STREETS = ("Hauptstraße Bahnhofstraße Gartenstraße Schulstraße Lindenstraße Bergstraße Kirchstraße Waldstraße "
              "Ringstraße Schillerstraße Goethestraße Mozartstraße Birkenweg Ahornweg Am_Mühlbach Im_Wiesengrund "
              "Kastanienallee Hochfeldstraße Ulmer_Straße Kemptener_Straße Sonnenstraße Feldweg Rosenstraße "
              "Friedrich-Ebert-Straße Am_Sportplatz Eichendorffweg Tulpenweg Lerchenstraße An_der_Iller Talstraße").split()
DE_TOWNS = [("10115", "Berlin"), ("10437", "Berlin"), ("20357", "Hamburg"), ("22767", "Hamburg"), ("80331", "München"),
            ("81667", "München"), ("50667", "Köln"), ("60311", "Frankfurt am Main"), ("70173", "Stuttgart"),
            ("40213", "Düsseldorf"), ("04109", "Leipzig"), ("01067", "Dresden"), ("28195", "Bremen"),
            ("30159", "Hannover"), ("90402", "Nürnberg"), ("87435", "Kempten (Allgäu)"), ("87527", "Sonthofen"),
            ("87700", "Memmingen"), ("86150", "Augsburg"), ("89073", "Ulm"), ("79098", "Freiburg im Breisgau"),
            ("69117", "Heidelberg"), ("24103", "Kiel"), ("18055", "Rostock"), ("99084", "Erfurt"),
            ("93047", "Regensburg"), ("83435", "Bad Reichenhall"), ("82467", "Garmisch-Partenkirchen"),
            ("48143", "Münster"), ("33602", "Bielefeld"), ("66111", "Saarbrücken"), ("55116", "Mainz")]
AT_STREETS = ("Mariahilfer_Straße Wiedner_Hauptstraße Landstraßer_Hauptstraße Herrengasse Annenstraße "
              "Getreidegasse Maria-Theresien-Straße Linzer_Gasse Dorfstraße Kirchengasse Sporgasse "
              "Favoritenstraße Thaliastraße Schönbrunner_Straße Grabenweg Bachgasse").split()
AT_TOWNS = [("1010", "Wien"), ("1040", "Wien"), ("1070", "Wien"), ("1100", "Wien"), ("1160", "Wien"),
            ("8010", "Graz"), ("5020", "Salzburg"), ("6020", "Innsbruck"), ("4020", "Linz"),
            ("9020", "Klagenfurt"), ("6900", "Bregenz"), ("3100", "St. Pölten"), ("6370", "Kitzbühel"),
            ("5700", "Zell am See"), ("6600", "Reutte")]
CH_STREETS = ("Bahnhofstrasse Seestrasse Dorfstrasse Hauptgasse Kramgasse Marktgasse Rigistrasse "
              "Badenerstrasse Zürcherstrasse Bernstrasse Poststrasse Kirchweg Alpenstrasse Obere_Gasse").split()
CH_TOWNS = [("8001", "Zürich"), ("8004", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"),
            ("9000", "St. Gallen"), ("7000", "Chur"), ("8400", "Winterthur"), ("6300", "Zug"),
            ("3800", "Interlaken"), ("7500", "St. Moritz"), ("1700", "Fribourg"), ("2502", "Biel/Bienne")]
GB_STREETS = ("High_Street Station_Road Church_Lane Victoria_Road Mill_Lane Park_Avenue Queens_Road "
              "Cranbrook_Road Albert_Street Manor_Way Kings_Drive Greenhill_Crescent Moorland_Close Ashgrove_Terrace").split()
GB_TOWNS = [("Leeds", "LS1 4AB"), ("Leeds", "LS6 2QT"), ("Manchester", "M4 1HN"), ("Bristol", "BS1 5TR"),
            ("Sheffield", "S10 2GW"), ("Kendal", "LA9 4DL"), ("Keswick", "CA12 5JR"), ("Edinburgh", "EH3 9QG"),
            ("Glasgow", "G12 8QQ"), ("Cardiff", "CF10 1EP"), ("London", "N1 9GU"), ("London", "SE15 4ST"),
            ("York", "YO1 7HH"), ("Inverness", "IV2 3HJ"), ("Brighton", "BN1 1UG"), ("Norwich", "NR2 4SQ")]
US_STREETS = ("Main_St Oak_Ave Maple_Street Cedar_Lane Pine_Ridge_Rd Elm_Street Washington_Blvd Lakeview_Dr "
              "Sunset_Ave Highland_Ave Canyon_Rd Broadway Park_Place Willow_Creek_Dr").split()
US_TOWNS = [("Boulder", "CO", "80302"), ("Denver", "CO", "80205"), ("Portland", "OR", "97214"), ("Seattle", "WA", "98103"),
            ("Bend", "OR", "97701"), ("Salt Lake City", "UT", "84102"), ("Asheville", "NC", "28801"),
            ("Burlington", "VT", "05401"), ("Austin", "TX", "78704"), ("Springfield", "IL", "62704"),
            ("Madison", "WI", "53703"), ("Missoula", "MT", "59801"), ("Brooklyn", "NY", "11215"),
            ("Oakland", "CA", "94610"), ("Flagstaff", "AZ", "86001"), ("Duluth", "MN", "55802")]
US_AREA = {"CO": ["303", "720", "970"], "OR": ["503", "541", "971"], "WA": ["206", "425", "253"], "UT": ["801", "385"],
           "NC": ["828", "919"], "VT": ["802"], "TX": ["512", "737"], "IL": ["217", "312"], "WI": ["608"],
           "MT": ["406"], "NY": ["718", "347", "917"], "CA": ["510", "415"], "AZ": ["928"], "MN": ["218"]}
IE_STREETS = ("Main_Street Oakpark_Drive Church_Road Castle_Street Strand_Road Abbey_Lane Ballymore_Road Seafield_Avenue").split()
IE_TOWNS = [("Dublin 8", "D08"), ("Dublin 6", "D06"), ("Ballincollig, Co. Cork", "P31"), ("Cork", "T12"),
            ("Galway", "H91"), ("Limerick", "V94"), ("Westport, Co. Mayo", "F28"), ("Killarney, Co. Kerry", "V93"),
            ("Bray, Co. Wicklow", "A98")]
FR_STREETS = ("rue_des_Lilas rue_Victor-Hugo avenue_Jean-Jaurès rue_de_la_République boulevard_Gambetta "
              "chemin_des_Vignes rue_du_Moulin place_de_l'Église").split()
FR_TOWNS = [("69003", "Lyon"), ("74400", "Chamonix-Mont-Blanc"), ("38000", "Grenoble"), ("75011", "Paris"),
            ("67000", "Strasbourg"), ("31000", "Toulouse"), ("73000", "Chambéry")]
NL_STREETS = ("Keizersgracht Prinsengracht Dorpsstraat Kerkstraat Molenweg Stationsweg Oudegracht Lange_Voorhout").split()
NL_TOWNS = [("1015", "Amsterdam"), ("3511", "Utrecht"), ("2514", "Den Haag"), ("9711", "Groningen"),
            ("6511", "Nijmegen"), ("5611", "Eindhoven")]
IT_STREETS = ("Via_Roma Via_Garibaldi Corso_Italia Via_Mazzini Via_Dante Piazza_Duomo Via_dei_Mille Viale_Trento").split()
IT_TOWNS = [("20121", "Milano", "MI"), ("39100", "Bolzano", "BZ"), ("38122", "Trento", "TN"), ("10123", "Torino", "TO"),
            ("50122", "Firenze", "FI"), ("00184", "Roma", "RM"), ("32043", "Cortina d'Ampezzo", "BL")]

EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789"


def _s(x):
    return x.replace("_", " ")


def address(rng, country):
    """(street, line2, country-specific parts) -> dict with street, town line, postcode, town."""
    n = rng.randint(1, 148)
    if country == "DE":
        street = f"{_s(rng.choice(DE_STREETS))} {n}{rng.choice(['', '', '', '', 'a', 'b'])}"
        plz, town = rng.choice(DE_TOWNS)
        pre = "D-" if rng.random() < 0.15 else ""
        return dict(street=street, line2=f"{pre}{plz} {town}", plz=plz, town=town)
    if country == "AT":
        door = rng.choice(["", "", f"/{rng.randint(1, 9)}", f"/{rng.randint(1, 6)}/{rng.randint(1, 24)}", f"/{rng.randint(1, 4)}/{rng.randint(1, 12)}"])
        street = f"{_s(rng.choice(AT_STREETS))} {n}{door}"
        plz, town = rng.choice(AT_TOWNS)
        pre = "A-" if rng.random() < 0.3 else ""
        return dict(street=street, line2=f"{pre}{plz} {town}", plz=plz, town=town)
    if country == "CH":
        street = f"{_s(rng.choice(CH_STREETS))} {n}"
        plz, town = rng.choice(CH_TOWNS)
        pre = "CH-" if rng.random() < 0.35 else ""
        return dict(street=street, line2=f"{pre}{plz} {town}", plz=plz, town=town)
    if country == "GB":
        flat = rng.choice(["", "", "", f"Flat {rng.randint(1, 12)}, "])
        street = f"{flat}{n} {_s(rng.choice(GB_STREETS))}"
        town, pc = rng.choice(GB_TOWNS)
        return dict(street=street, line2=f"{town} {pc}", plz=pc, town=town)
    if country == "US":
        street = f"{rng.randint(12, 9800)} {_s(rng.choice(US_STREETS))}"
        apt = rng.choice(["", "", f", Apt {rng.randint(1, 30)}{rng.choice(['', 'B', 'C'])}", f", Suite {rng.randint(100, 450)}", f" #{rng.randint(2, 40)}"])
        town, st, z = rng.choice(US_TOWNS)
        return dict(street=street + apt, line2=f"{town}, {st} {z}", plz=z, town=town, state=st)
    if country == "IE":
        street = f"{n} {_s(rng.choice(IE_STREETS))}"
        town, rk = rng.choice(IE_TOWNS)
        code = rk + " " + "".join(rng.choice(EIRCODE_CHARS) for _ in range(4))
        return dict(street=street, line2=f"{town} {code}", plz=code, town=town)
    if country == "FR":
        street = f"{n} {_s(rng.choice(FR_STREETS))}"
        plz, town = rng.choice(FR_TOWNS)
        return dict(street=street, line2=f"{plz} {town}", plz=plz, town=town)
    if country == "NL":
        street = f"{_s(rng.choice(NL_STREETS))} {n}{rng.choice(['', '', '-2', ' A', '-hs'])}"
        pc, town = rng.choice(NL_TOWNS)
        pc = f"{pc} {rng.choice('ABCDEGHJKLMNPRST')}{rng.choice('ABCDEGHJKLMNPRST')}"
        return dict(street=street, line2=f"{pc} {town}", plz=pc, town=town)
    if country == "IT":
        street = f"{_s(rng.choice(IT_STREETS))} {n}"
        plz, town, prov = rng.choice(IT_TOWNS)
        return dict(street=street, line2=f"{plz} {town} ({prov})", plz=plz, town=town)
    raise ValueError(country)


def phone(rng, country, form=None):
    d = lambda k: "".join(rng.choice("0123456789") for _ in range(k))  # noqa: E731
    form = form or rng.choice(["nat", "nat", "int"])
    if country == "DE":
        if rng.random() < 0.55:
            pre, rest = rng.choice(["151", "152", "160", "162", "170", "171", "172", "175", "176", "179"]), d(7)
        else:
            pre = rng.choice(["30", "40", "89", "221", "69", "711", "831", "8321", "751", "351"])
            rest = d(rng.randint(6, 8) - max(0, len(pre) - 2))
        if form == "nat":
            return rng.choice([f"0{pre} {rest}", f"0{pre}/{rest}", f"0{pre}-{rest}", f"(0{pre}) {rest}"])
        return rng.choice([f"+49 {pre} {rest}", f"+49 (0){pre} {rest}", f"+49{pre}{rest}", f"0049 {pre} {rest}"])
    if country == "AT":
        pre, rest = rng.choice([("664", d(7)), ("676", d(7)), ("699", d(8)), ("1", d(7)), ("512", d(6)), ("662", d(6)), ("316", d(6))])
        if form == "nat":
            return rng.choice([f"0{pre} {rest}", f"0{pre}/{rest}", f"0{pre} {rest[:3]} {rest[3:]}"])
        return rng.choice([f"+43 {pre} {rest}", f"+43 (0){pre} {rest}", f"+43{pre}{rest}"])
    if country == "CH":
        pre = rng.choice(["79", "78", "76", "77", "44", "31", "61", "41", "81"])
        a, b, c = d(3), d(2), d(2)
        if form == "nat":
            return f"0{pre} {a} {b} {c}"
        return rng.choice([f"+41 {pre} {a} {b} {c}", f"+41 (0){pre} {a} {b} {c}", f"0041 {pre} {a} {b} {c}"])
    if country == "GB":
        if rng.random() < 0.6:
            rest = "7" + rng.choice(["700", "723", "812", "911", "968", "415"]) + " " + d(6)
        else:
            rest = rng.choice(["20 79", "113 49", "161 49", "131 49", "117 49"]) + d(2) + " " + d(4)
        if form == "nat":
            return "0" + rest
        return "+44 " + rest
    if country == "US":
        st = rng.choice(list(US_AREA))
        ac = rng.choice(US_AREA[st])
        ex = str(rng.randint(2, 9)) + d(2)
        ln = d(4)
        if form == "nat":
            return rng.choice([f"({ac}) {ex}-{ln}", f"{ac}-{ex}-{ln}", f"{ac}.{ex}.{ln}"])
        return rng.choice([f"+1 {ac}-{ex}-{ln}", f"+1 ({ac}) {ex}-{ln}", f"+1 {ac} {ex} {ln}"])
    if country == "IE":
        pre, rest = rng.choice([("87", d(3) + " " + d(4)), ("86", d(3) + " " + d(4)), ("85", d(3) + " " + d(4)), ("1", d(3) + " " + d(4)), ("21", d(3) + " " + d(4)), ("91", d(3) + " " + d(3))])
        return f"0{pre} {rest}" if form == "nat" else f"+353 {pre} {rest}"
    if country == "FR":
        p = rng.choice(["6", "7", "1", "4"]) + " " + " ".join(d(2) for _ in range(4))
        return "0" + p if form == "nat" else "+33 " + p
    if country == "NL":
        if rng.random() < 0.6:
            r = d(8)
            return rng.choice([f"06-{r}", f"06 {r}"]) if form == "nat" else f"+31 6 {r}"
        return f"020 {d(3)} {d(4)}" if form == "nat" else f"+31 20 {d(3)} {d(4)}"
    if country == "IT":
        if rng.random() < 0.6:
            p = rng.choice(["333", "347", "338", "320"]) + " " + d(3) + " " + d(4)
        else:
            p = rng.choice(["02", "06", "0471", "011"]) + " " + d(4) + " " + d(4)
        return p if form == "nat" else "+39 " + p
    raise ValueError(country)


COUNTRY_W = {
    "de": [("DE", 62), ("AT", 17), ("CH", 14), ("IT", 2), ("NL", 2), ("FR", 1.5), ("GB", 1.5)],
    "en": [("GB", 32), ("US", 28), ("IE", 14), ("DE", 10), ("NL", 5), ("FR", 5), ("IT", 4), ("AT", 1), ("CH", 1)],
}
LOCAL_ORIGIN = {"AT": "austrian", "CH": "swiss", "IE": "irish", "US": "us", "GB": "english", "IT": "italian",
                "FR": "french", "NL": "dutch"}

MAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "mailbox.org", "outlook.de", "freenet.de"],
    "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net"],
    "CH": ["bluewin.ch", "gmx.ch", "hispeed.ch", "gmail.com", "sunrise.ch"],
    "GB": ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"],
    "IE": ["gmail.com", "eircom.net", "outlook.ie", "hotmail.com"],
    "FR": ["orange.fr", "free.fr", "gmail.com"], "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"],
    "IT": ["libero.it", "gmail.com", "tiscali.it"],
}
WORK_DOMAINS = ["bergwerk-agentur.de", "alpinpress.de", "kletterhalle-nord.de", "hochtal-media.com", "trailfolk.co.uk",
                "northpeak-retail.com", "sportfachhandel-eder.at", "outdoorhaus-zbinden.ch", "summitlab.io"]
STAFF_DOMAIN = ["talgrat.de", "talgrat.com"]

TRANS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "á": "a", "à": "a", "í": "i",
                       "ó": "o", "ú": "u", "ñ": "n", "ç": "c", "ł": "l", "ś": "s", "ż": "z", "ź": "z", "ć": "c",
                       "ń": "n", "ą": "a", "ę": "e", "ş": "s", "ğ": "g", "ı": "i", "İ": "i", "č": "c", "ř": "r",
                       "ě": "e", "š": "s", "ž": "z", "ý": "y", "đ": "d", "ő": "o", "ű": "u", "ã": "a", "õ": "o",
                       "â": "a", "ê": "e", "î": "i", "ô": "o", "û": "u", "ë": "e", "ï": "i", "ů": "u", "ț": "t",
                       "ș": "s", "ă": "a", "å": "a", "ø": "o", "æ": "ae", "ŷ": "y", "ê": "e"})


def ascii_part(s):
    s = s.lower().translate(TRANS)
    return re.sub(r"[^a-z0-9]", "", s)


# ------------------------------------------------------------------ persons

HON = {
    "de": {"f": ["Frau"], "m": ["Herr"]},
    "en": {"f": ["Ms", "Mrs", "Ms.", "Mrs."], "m": ["Mr", "Mr."]},
}
TITLES = {"de": ["Dr.", "Prof.", "Dr. med."], "AT": ["Mag.", "DI", "Dr.", "Ing.", "Mag.a"], "en": ["Dr", "Dr.", "Prof."]}
PARTICLES = {"von", "van", "der", "den", "de", "la", "di", "del", "da", "dos", "zu", "le", "lo", "mac", "ní", "freiherr"}

SYL_A = ["ka", "lo", "mi", "ren", "ta", "vel", "sor", "dan", "bri", "ne", "ul", "fa", "gor", "ise", "tam", "rus", "el", "qui", "zo", "ber", "ha", "lin", "mar", "dor"]
SYL_B = ["dra", "wen", "tis", "mo", "rak", "lia", "ne", "vin", "sel", "do", "ra", "ko", "mir", "bel", "tan", "ja", "rin", "ve", "lu", "sta"]
SYL_C = ["ck", "nn", "th", "l", "r", "s", "ne", "a", "ia", "o", "en", "ow", "ert", "ing", "ius", "ard", "ka", "ett"]


class Person:
    __slots__ = ("first", "last", "gender", "origin", "country", "invented", "title", "_cache")

    def __init__(self, first, last, gender, origin, country, invented=False, title=""):
        self.first, self.last, self.gender, self.origin = first, last, gender, origin
        self.country, self.invented, self.title, self._cache = country, invented, title, {}


class World:
    """Draws persons for one language; the name lists are read once."""

    def __init__(self, lang):
        self.lang = lang
        self.lists = N.origin_lists()
        self.known = N.all_name_words()
        self.stats = {"persons": 0, "invented": 0, "origins": {}}

    def invented_name(self, rng, kind):
        for _ in range(200):
            w = rng.choice(SYL_A) + rng.choice(SYL_B) + (rng.choice(SYL_C) if rng.random() < 0.7 else "")
            if kind == "last" and rng.random() < 0.3:
                w += rng.choice(["mann", "er", "ski", "ov", "sen", "ell"])
            w = w.capitalize()
            if w.lower() not in self.known and 4 <= len(w) <= 11:
                return w
        raise RuntimeError("no invented name")

    def person(self, rng, country, allow_invented, local_bias=0.0):
        lang = self.lang
        origin = wchoice(rng, N.WEIGHTS[lang])
        if local_bias and country in LOCAL_ORIGIN and rng.random() < local_bias:
            origin = LOCAL_ORIGIN[country]
        fem, mal, sur = self.lists[origin]
        gender = "f" if rng.random() < 0.52 else "m"
        first = rng.choice(fem if gender == "f" else mal)
        last = rng.choice(sur)
        r = rng.random()
        if r < 0.05:
            last = rng.choice(N.WORD_SURNAMES[lang])
        elif r < 0.10:
            o2 = wchoice(rng, N.WEIGHTS[lang])
            other = rng.choice(self.lists[o2][2])
            if " " not in other and " " not in last and "-" not in last and other != last:
                last = f"{last}-{other}"
        r = rng.random()
        if r < 0.015:
            gender, first = rng.choice(N.WORD_GIVEN[lang])
        elif r < 0.08 and origin in ("german", "austrian", "swiss", "english", "us", "french", "polish") and " " not in first and "-" not in first:
            pool = fem if gender == "f" else mal
            second = rng.choice(pool)
            if second != first and " " not in second and "-" not in second:
                sep = "-" if origin in ("german", "austrian", "swiss", "french") and rng.random() < 0.7 else " "
                first = f"{first}{sep}{second}"
        invented = False
        if allow_invented and rng.random() < 0.115:
            invented = True
            if rng.random() < 0.5:
                last = self.invented_name(rng, "last")
            else:
                first = self.invented_name(rng, "first")
                if rng.random() < 0.5:
                    last = self.invented_name(rng, "last")
        self.stats["persons"] += 1
        self.stats["invented"] += int(invented)
        self.stats["origins"][origin] = self.stats["origins"].get(origin, 0) + 1
        return Person(first, last, gender, origin, country, invented)


# ------------------------------------------------------------------ renderer

ALT_RE = re.compile(r"\(\(((?:(?!\(\(|\)\)).)*)\)\)", re.S)
SLOT_RE = re.compile(r"\{([a-z][a-z0-9_]*)(?:\.([a-z0-9_]+))?\}")


class Fail(Exception):
    pass


def expand_alts(rng, s):
    while True:
        m = ALT_RE.search(s)
        if not m:
            return s
        opts = m.group(1).split("|")
        s = s[:m.start()] + rng.choice(opts) + s[m.end():]


class Ctx:
    """Values of one text: persons p1..p9 and value slots, memoised per name."""

    def __init__(self, rng, world, lang, country, allow_invented, lookalikes):
        self.rng, self.world, self.lang, self.country = rng, world, lang, country
        self.allow_invented = allow_invented
        self.persons = {}
        self.memo = {}
        self.look = lookalikes

    def p(self, key):
        per = self.persons.get(key)
        if per is None:
            c = self.country or wchoice(self.rng, COUNTRY_W[self.lang])
            per = self.world.person(self.rng, c, self.allow_invented, local_bias=0.55 if self.country else 0.25)
            self.persons[key] = per
        return per

    def person_pieces(self, key, form):
        rng, lang = self.rng, self.lang
        per = self.p(key)
        P = "PERSON"
        f, l = per.first, per.last
        if form == "full":
            return [(f"{f} {l}", P)]
        if form == "first":
            return [(f, P)]
        if form == "last":
            return [(l, P)]
        if form in ("hon", "honfull", "hont"):
            h = rng.choice(HON[lang][per.gender])
            if form == "hont" or (form == "hon" and rng.random() < 0.12):
                pool = TITLES["AT"] if per.country == "AT" and lang == "de" else TITLES[lang]
                h = f"{h} {rng.choice(pool)}"
            name = l if form != "honfull" else f"{f} {l}"
            return [(h + " ", None), (name, P)]
        if form == "lf":
            return [(f"{l}, {f}", P)]
        if form == "capslf":
            return [(f"{l.upper()}, {f}", P)]
        if form == "caps":
            return [(f"{f} {l}".upper(), P)]
        if form == "capslast":
            return [(l.upper(), P)]
        if form == "init":
            return [(f"{f[0]}. {l}", P)]
        if form == "short":
            return [(f"{f} {l[0]}.", P)]
        if form == "low":
            return [(f.lower(), P)]
        if form == "lowfull":
            return [(f"{f} {l}".lower(), P)]
        if form == "handle":
            k = ("handle", key)
            if k not in self.memo:
                a, b = ascii_part(f.split()[0].split("-")[0]), ascii_part(l.split()[-1])
                self.memo[k] = "@" + rng.choice([f"{a}.{b[:1]}", f"{a[0]}{b}", f"{a}", f"{a}_{b}", f"{a}{b[:2]}"])
            return [(self.memo[k], None, True)]
        if form in ("email", "workmail", "staffmail"):
            k = (form, key)
            if k not in self.memo:
                a, b = ascii_part(f.split()[0]), ascii_part(l.replace(" ", ""))
                if not a or not b:
                    raise Fail("ascii")
                local = rng.choice([f"{a}.{b}", f"{a[0]}.{b}", f"{a}{b}", f"{a}_{b}", f"{b}.{a}", f"{a}.{b}{rng.randint(1, 99)}", f"{a}{rng.randint(70, 99)}"])
                if form == "email":
                    dom = rng.choice(MAIL_DOMAINS[per.country])
                elif form == "workmail":
                    dom = rng.choice(WORK_DOMAINS)
                    local = rng.choice([f"{a}.{b}", f"{a[0]}.{b}", f"{a}"])
                else:
                    dom = rng.choice(STAFF_DOMAIN)
                    local = rng.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}"])
                self.memo[k] = f"{local}@{dom}"
            return [(self.memo[k], "EMAIL")]
        if form in ("phone", "mobile"):
            k = ("phone", key)
            if k not in self.memo:
                self.memo[k] = phone(rng, per.country)
            return [(self.memo[k], "PHONE")]
        if form in ("addr", "addr2", "street", "town", "plz", "line2", "country"):
            k = ("addr", key)
            if k not in self.memo:
                self.memo[k] = address(rng, per.country)
            a = self.memo[k]
            if form == "addr":
                sep = ", " if per.country != "IE" else ", "
                return [(a["street"] + sep + a["line2"], "STREET_ADDRESS")]
            if form == "addr2":
                return [(a["street"] + "\n" + a["line2"], "STREET_ADDRESS")]
            if form == "street":
                return [(a["street"], "STREET_ADDRESS")]
            if form == "town":
                return [(a["town"], None)]
            if form == "plz":
                return [(a["plz"], None)]
            if form == "line2":
                return [(a["line2"], None)]
            if form == "country":
                return [(COUNTRY_NAMES[lang][per.country], None)]
        if form == "iban":
            k = ("iban", key)
            if k not in self.memo:
                c = per.country if per.country in IBAN_BBAN else "DE"
                self.memo[k] = iban(rng, c, rng.random() < 0.7)
            return [(self.memo[k], "IBAN")]
        if form == "greet":
            return self.greet(per, "sie")
        if form == "greetdu":
            return self.greet(per, "du")
        if form == "initials":
            return [(f"{f[0]}{l[0]}".upper(), None)]
        raise Fail(f"unknown person form {form}")

    def greet(self, per, reg):
        rng, lang = self.rng, self.lang
        if lang == "en":
            if reg == "du":
                return [(rng.choice(["Hi ", "Hey ", "Hello ", "Morning "]), None), (per.first, "PERSON")]
            h = rng.choice(HON["en"][per.gender])
            return [(rng.choice(["Dear ", "Hello ", "Good afternoon "]) + h + " ", None), (per.last, "PERSON")]
        c = per.country
        if reg == "du":
            g = {"AT": ["Servus ", "Hallo ", "Liebe " if per.gender == "f" else "Lieber "],
                 "CH": ["Hoi ", "Sali ", "Hallo ", "Liebe " if per.gender == "f" else "Lieber "]}.get(
                c, ["Hallo ", "Hi ", "Moin ", "Liebe " if per.gender == "f" else "Lieber "])
            return [(rng.choice(g), None), (per.first, "PERSON")]
        h = HON["de"][per.gender][0]
        base = {"AT": ["Grüß Gott, " + h + " ", "Sehr geehrte " + h + " " if per.gender == "f" else "Sehr geehrter " + h + " "],
                "CH": ["Grüezi " + h + " ", "Guten Tag " + h + " ", "Sehr geehrte " + h + " " if per.gender == "f" else "Sehr geehrter " + h + " "]}.get(
            c, ["Guten Tag " + h + " ", "Sehr geehrte " + h + " " if per.gender == "f" else "Sehr geehrter " + h + " ", "Hallo " + h + " "])
        return [(rng.choice(base), None), (per.last, "PERSON")]

    def value(self, name, form):
        rng, lang = self.rng, self.lang
        if name.startswith("p") and name[1:].isdigit():
            return self.person_pieces(name, form or "full")
        key = (name, form)
        if key in self.memo and name not in ("n",):
            v = self.memo[key]
            return v
        v = self._value(name, form)
        self.memo[key] = v
        return v

    def _value(self, name, form):
        rng, lang = self.rng, self.lang
        if name == "iban":
            c = form.upper() if form else (self.country or ("DE" if lang == "de" else rng.choice(["GB", "IE", "DE", "NL"])))
            c = c if c in IBAN_BBAN else "DE"
            return [(iban(rng, c, rng.random() < 0.7), "IBAN")]
        if name == "card":
            return [(card(rng), "CREDIT_CARD")]
        if name == "taxid":
            return [(taxid(rng), "DE_TAX_ID")]
        if name == "ip":
            return [(ip(rng, {"pub": "pub", "priv": "priv", "lo": "lo", "v6": "v6", "v6lo": "v6lo", "v6ll": "v6ll"}.get(form)), "IP_ADDRESS")]
        if name in ("ip2", "ip3"):
            return [(ip(rng, {"pub": "pub", "priv": "priv", "v6": "v6"}.get(form)), "IP_ADDRESS")]
        if name in ("addr", "addrb"):
            c = (form or "").upper() or self.country or wchoice(rng, COUNTRY_W[lang])
            a = address(rng, c)
            return [(a["street"] + ", " + a["line2"], "STREET_ADDRESS")]
        if name == "shopmail":
            return [(rng.choice(["service@talgrat.de", "returns@talgrat.com", "kundenservice@talgrat.de", "presse@talgrat.de", "care@talgrat.com"]), "EMAIL")]
        if name == "tel":
            c = (form or "").upper() or self.country or wchoice(rng, COUNTRY_W[lang])
            return [(phone(rng, c), "PHONE")]
        return [(self.look.value(rng, lang, name, form), None)]


COUNTRY_NAMES = {
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Vereinigtes Königreich", "US": "USA",
           "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA",
           "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
}


def render(rng, world, lang, template, allow_invented, lookalikes):
    if callable(template):
        template = template(rng)
    country = None
    m = re.match(r"@([A-Z]{2})\|", template)
    if m:
        country = m.group(1)
        template = template[m.end():]
    ctx = Ctx(rng, world, lang, country, allow_invented, lookalikes)
    s = expand_alts(rng, template)
    pieces = []
    pos = 0
    for m in SLOT_RE.finditer(s):
        pieces.append((s[pos:m.start()], None))
        pieces.extend(ctx.value(m.group(1), m.group(2)))
        pos = m.end()
    pieces.append((s[pos:], None))
    text, ents, exempt = "", [], []
    for pc in pieces:
        t, label = pc[0], pc[1]
        start = len(text)
        text += t
        if label:
            ents.append({"type": label, "start": start, "end": len(text), "value": t})
        if len(pc) > 2 and pc[2]:
            exempt.append((start, len(text)))
    # a template that writes "{p1.first} {p1.last}" names one person: one span, as the label
    # conventions have it for a full name
    merged = []
    for e in ents:
        last = merged[-1] if merged else None
        if (last and last["type"] == e["type"] == "PERSON" and e["start"] == last["end"] + 1
                and text[last["end"]] == " "):
            last["end"] = e["end"]
            last["value"] = text[last["start"]:last["end"]]
        else:
            merged.append(e)
    return text, merged, exempt, ctx


# ------------------------------------------------------------------ checks

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
IPV6_RE = re.compile(r"(?<![0-9A-Fa-f:])(?:[0-9a-fA-F]{1,4}:){2,7}[0-9a-fA-F]{0,4}(?![0-9A-Fa-f:])|::1\b")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8}\b")
DIGITS_RE = re.compile(r"(?<![\dA-Za-z])\d(?:[ -]?\d){10,18}(?![\dA-Za-z])")


def masked(text, ents, exempt=()):
    chars = list(text)
    for e in list(ents) + [{"start": a, "end": b} for a, b in exempt]:
        for i in range(e["start"], e["end"]):
            chars[i] = "\u2588"
    return "".join(chars)


def check(text, ents, exempt, has_pii):
    """Raise Fail if the rendering breaks a rule."""
    if has_pii and not ents:
        raise Fail("no span")
    if not has_pii and ents:
        raise Fail("span in clean text")
    last_end = -1
    for e in ents:
        if text[e["start"]:e["end"]] != e["value"]:
            raise Fail("offset")
        if e["start"] < last_end:
            raise Fail("overlap")
        last_end = e["end"]
        v = e["value"]
        if not v or v != v.strip():
            raise Fail("space at end")
        t = e["type"]
        if t == "IBAN" and not iban_valid(v):
            raise Fail("iban")
        if t == "CREDIT_CARD":
            d = re.sub(r"[ -]", "", v)
            if not (luhn_ok(d) and card_issuer(d)):
                raise Fail("card")
        if t == "DE_TAX_ID" and not taxid_valid(v):
            raise Fail("taxid")
    m = masked(text, ents, exempt)
    if EMAIL_RE.search(m):
        raise Fail("email outside span")
    for r in IPV4_RE.finditer(m):
        if all(int(x) <= 255 for x in r.group(0).split(".")):
            raise Fail("ipv4 outside span")
    for r in IPV6_RE.finditer(m):
        v = r.group(0)
        if "::" in v or v.count(":") == 7 or (v.count(":") >= 3 and re.search(r"[a-fA-F]", v)):
            raise Fail("ipv6 outside span")
    for r in IBAN_RE.finditer(m):
        if iban_valid(r.group(0)):
            raise Fail("iban outside span")
    for r in DIGITS_RE.finditer(m):
        d = re.sub(r"[ -]", "", r.group(0))
        for i in range(len(d)):
            for L in (13, 15, 16, 19):
                sub = d[i:i + L]
                if len(sub) == L and (i == 0 and i + L == len(d)) and luhn_ok(sub) and card_issuer(sub):
                    raise Fail("card outside span")
        if len(d) == 11 and taxid_valid(d):
            raise Fail("taxid outside span")
    # names: every part of a labelled person must not appear unlabelled as a whole word
    low = m.lower()
    for e in ents:
        if e["type"] != "PERSON":
            continue
        for part in re.split(r"[\s,\-]+", e["value"]):
            part = part.strip(".'’").lower()
            if len(part) < 3 or part in PARTICLES:
                continue
            if re.search(r"(?<![\w])" + re.escape(part) + r"(?![\w])", low):
                raise Fail(f"unlabelled name part {part}")
    # unlabelled name parts inside ordinary words are fine (e.g. 'Koch' inside 'Kochbuch')


# ------------------------------------------------------------------ look-alikes (never labelled)

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
SHORT = ["Almweg", "Fernkamm", "Firstwand", "Gitterhang", "Hochsattel", "Kaltkar", "Morgengrat", "Rinnental", "Schauerpass",
         "Steinlauf", "Trittweg", "Wintersteig"]
COLOURS = {"de": ["Felsgrau", "Moorbraun", "Schiefer", "Tannenschatten", "Hüttenorange", "Gratblau", "Flechte", "Alpenglühen", "Kalkstein", "Enzian"],
           "en": ["Rock Grey", "Peat Brown", "Slate", "Fir Shade", "Hut Orange", "Ridge Blue", "Lichen", "Alpenglow", "Limestone", "Gentian"]}
COMPANIES = {
    "de": ["Schneider Logistik GmbH", "Bauer Textilveredelung KG", "Wolf & Koch Verpackung GmbH", "Gebr. Fuchs Spedition",
           "Huber Outdoor-Handel e. K.", "Keller Druck AG", "Meier Sport Zürich AG", "Alptex Prüflabor GmbH", "Wagner Bergsport OHG",
           "Brunner & Söhne Transporte", "Sporthaus Lechner", "Zimmermann Etiketten GmbH", "Vogel Digital Services GmbH",
           "Hofer Lager & Versand", "Engel Kartonagen GmbH & Co. KG"],
    "en": ["Baker & Hunter Ltd", "Hunter Freight Services", "May & Grace Studio", "Miller Packaging Co.", "Fletcher Logistics plc",
           "Cooper Outdoor Supply", "Marsh & Wood Printers", "Parker Textile Mills Ltd", "Bishop Warehousing", "Knight Courier Group",
           "Alptex Prüflabor GmbH", "Greenwood Retail Partners", "Walker Labels Inc.", "Carter Freight LLC", "Harris Digital Ltd"],
}
MONTHS = {"de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]}
DAYS = {"de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]}
TOWNS_ALONE = {"de": DE_TOWNS + AT_TOWNS + CH_TOWNS, "en": [(b, a) for a, b in GB_TOWNS] + [(z, t) for t, s, z in US_TOWNS]}
AGENTS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
          "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
          "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
          "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36"]


class Look:
    """Unlabelled values: numbers shaped like phones, GTINs, dates, prices, versions, towns."""

    def value(self, rng, lang, name, form):
        d = lambda k: "".join(rng.choice("0123456789") for _ in range(k))  # noqa: E731
        de = lang == "de"
        if name == "order":
            return rng.choice([f"TG-{rng.randint(2024, 2025)}-{d(6)}", f"{rng.randint(100000, 999999)}", f"#{rng.randint(10000, 99999)}",
                               f"A{d(8)}", f"{d(3)}-{d(7)}"])
        if name == "ordph":  # order/customer number shaped like a phone number
            return rng.choice([f"0{d(3)} {d(7)}", f"{d(4)}/{d(6)}", f"0{d(2)}-{d(3)} {d(4)}", f"{d(3)} {d(3)} {d(4)}", f"{d(2)}/{d(3)}-{d(5)}"])
        if name == "track":
            return rng.choice([f"00340434{d(12)}", f"1Z{rng.choice(['999AA1', 'A8F52V', '4E9W37'])}{d(10)}", f"JJD{d(18)}",
                               f"{rng.choice(['RR', 'LX', 'CX'])}{d(9)}DE", f"{d(4)} {d(4)} {d(4)}"])
        if name == "cust":
            return rng.choice([f"KD-{d(6)}" if de else f"C-{d(6)}", f"{d(2)} {d(4)} {d(3)}", f"0{d(3)}-{d(6)}", f"{d(8)}"])
        if name == "ticket":
            return rng.choice([f"#{d(5)}", f"TCK-{d(6)}", f"SR-{rng.randint(2024, 2025)}-{d(4)}", f"ZD{d(6)}"])
        if name == "rma":
            return rng.choice([f"RMA-{d(6)}", f"R{d(7)}", f"RET-{d(4)}-{d(3)}"])
        if name == "invoice":
            return rng.choice([f"RE-{rng.randint(2024, 2025)}-{d(5)}" if de else f"INV-{rng.randint(2024, 2025)}-{d(5)}", f"{d(9)}", f"R{d(6)}"])
        if name == "voucher":
            return rng.choice(["BERG", "TRAIL", "GRAT", "HERBST", "WINTER", "SUMMIT"]) + d(2) + "-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5))
        if name == "date":
            y, mo, dd = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
            if form == "iso":
                return f"{y}-{mo:02d}-{dd:02d}"
            if form == "dob":
                y = rng.randint(1948, 2004)
            if de:
                return rng.choice([f"{dd:02d}.{mo:02d}.{y}", f"{dd}. {MONTHS['de'][mo - 1]} {y}", f"{dd}.{mo}.{y}"])
            return rng.choice([f"{dd} {MONTHS['en'][mo - 1]} {y}", f"{MONTHS['en'][mo - 1]} {dd}, {y}", f"{dd:02d}/{mo:02d}/{y}", f"{y}-{mo:02d}-{dd:02d}"])
        if name == "ts":
            return f"{rng.randint(2024, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}{rng.choice(['Z', '+01:00', '+02:00', '.' + d(3) + 'Z'])}"
        if name == "icaldt":
            return f"{rng.randint(2025, 2026)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}T{rng.randint(7, 17):02d}{rng.choice(['00', '30'])}00{rng.choice(['Z', ''])}"
        if name == "clf":
            mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][rng.randint(0, 11)]
            return f"{rng.randint(1, 28):02d}/{mon}/{rng.randint(2024, 2025)}:{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0{rng.choice(['1', '2'])}00"
        if name == "time":
            h, mi = rng.randint(7, 20), rng.choice([0, 15, 30, 45, 5, 10, 50])
            if de:
                return rng.choice([f"{h}:{mi:02d} Uhr", f"{h:02d}:{mi:02d}", f"{h}.{mi:02d} Uhr"])
            return rng.choice([f"{h}:{mi:02d}", f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}"])
        if name == "day":
            return rng.choice(DAYS[lang])
        if name == "price":
            e, c = rng.randint(5, 380), rng.choice([95, 90, 0, 50, 99])
            if de:
                return rng.choice([f"{e},{c:02d} €", f"{e},{c:02d} EUR", f"€ {e},{c:02d}", f"CHF {e}.{c:02d}"])
            return rng.choice([f"€{e}.{c:02d}", f"£{e}.{c:02d}", f"${e}.{c:02d}", f"EUR {e}.{c:02d}"])
        if name == "product":
            return rng.choice(PRODUCTS[lang])[0]
        if name == "pshort":
            return rng.choice(SHORT)
        if name == "sku":
            return rng.choice(PRODUCTS[lang])[1] + rng.choice(["", "", f"-{rng.choice(['S', 'M', 'L', 'XL', '42', '44'])}"])
        if name == "gtin":
            return gtin13(rng, rng.choice(["40", "42", "43", "76", "50", "90", "871"]))
        if name == "ver":
            return rng.choice([f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}", f"v{rng.randint(1, 5)}.{rng.randint(0, 12)}",
                               f"{rng.randint(2024, 2025)}.{rng.randint(1, 12)}.{rng.randint(0, 5)}", f"{rng.randint(1, 4)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}-rc{rng.randint(1, 4)}"])
        if name == "plz":
            return rng.choice(TOWNS_ALONE[lang])[0]
        if name == "town":
            return rng.choice(TOWNS_ALONE[lang])[1]
        if name == "company":
            return rng.choice(COMPANIES[lang])
        if name == "size":
            return rng.choice(["XS", "S", "M", "L", "XL", "XXL", "38", "40", "42", "43", "44", "46", "M/Kurz" if de else "M/Short"])
        if name == "colour":
            return rng.choice(COLOURS[lang])
        if name == "qty":
            return str(rng.randint(1, 4))
        if name == "n":
            return str(rng.randint(2, 60))
        if name == "big":
            return f"{rng.randint(1, 99)}{'.' if de else ','}{d(3)}"
        if name == "pct":
            return f"{rng.randint(2, 45)}{' %' if de else '%'}"
        if name == "cardmask":
            return rng.choice([f"**** **** **** {d(4)}", f"XXXX-XXXX-XXXX-{d(4)}", f"•••• {d(4)}", f"{rng.choice(['4', '5'])}{d(5)}******{d(4)}"])
        if name == "ibanmask":
            return rng.choice([f"DE** **** **** **** **{d(2)} {d(2)}", f"DE{d(2)} XXXX XXXX XXXX XX{d(2)} {d(2)}", f"****{d(4)}"])
        if name == "hash":
            return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([7, 12, 40])))
        if name == "uuid":
            h = lambda k: "".join(rng.choice("0123456789abcdef") for _ in range(k))  # noqa: E731
            return f"{h(8)}-{h(4)}-4{h(3)}-{rng.choice('89ab')}{h(3)}-{h(12)}"
        if name == "port":
            return str(rng.choice([443, 8080, 51734, 49822, 3000, 22, 5432, 60213]))
        if name == "ua":
            return rng.choice(AGENTS)
        if name == "status":
            return str(rng.choice([200, 200, 200, 201, 204, 302, 304, 400, 401, 403, 404, 429, 500, 502]))
        if name == "path":
            return rng.choice(["/checkout/confirm", "/api/v2/orders", "/de/account/address", "/en/cart", "/returns/new", "/login",
                               "/api/newsletter/subscribe", "/de/p/" + rng.choice(SHORT).lower(), "/graphql", "/account/payment"])
        if name == "ms":
            return str(rng.randint(3, 900))
        if name == "weight":
            return rng.choice([f"{rng.randint(180, 1450)} g", f"{rng.randint(1, 3)}{',' if de else '.'}{rng.randint(1, 9)} kg"])
        if name == "hut":
            return rng.choice(["Prinz-Luitpold-Haus", "Waltenbergerhaus", "Staufner Haus", "Otto-Mayr-Hütte", "Landsberger Hütte", "Kemptner Hütte"])
        if name == "peak":
            return rng.choice(["Hochvogel", "Nebelhorn", "Grünten", "Säuling", "Aggenstein", "Hoher Ifen", "Großer Daumen"])
        raise Fail(f"unknown slot {name}")
