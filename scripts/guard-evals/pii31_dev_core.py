"""Core of the dev half of the thirty-first PII bank: labelled values, the template language,
people, addresses, phone numbers, checksummed values, look-alikes and the self-checks.

Labelled values are written into the text with marks (\x01 type \x02 value \x03) and turned into
spans when the text is finished, so a value can never lose its label on the way.
"""

import ipaddress
import re
import string

import pii31_dev_names as NM

# ---------------------------------------------------------------------------------------------
# labelled values

TYPES = {"P": "PERSON", "E": "EMAIL", "T": "PHONE", "A": "STREET_ADDRESS", "I": "IBAN",
         "C": "CREDIT_CARD", "N": "IP_ADDRESS", "X": "DE_TAX_ID"}
CODE = {v: k for k, v in TYPES.items()}
MARK_RE = re.compile("\x01(.)\x02(.*?)\x03", re.S)


class Lab:
    """A labelled value; formatting it writes it with its marks."""
    __slots__ = ("t", "v")

    def __init__(self, t, v):
        assert t in TYPES, t
        assert v and v == v.strip(), repr(v)
        assert not any(ch in v for ch in "\x01\x02\x03"), repr(v)
        self.t = t
        self.v = v

    def __str__(self):
        return "\x01" + self.t + "\x02" + self.v + "\x03"

    def __format__(self, spec):
        return str(self)

    def __add__(self, other):
        raise TypeError("a labelled value cannot be concatenated; format it")

    __radd__ = __add__


def P(v):
    return Lab("P", v)


# ---------------------------------------------------------------------------------------------
# the template language: [[a|b|c]] alternatives (nested), [?x?] optional, {slot} and {a.attr}


def expand(rng, s):
    out = []
    i = 0
    n = len(s)
    while i < n:
        if s.startswith("[[", i):
            j, parts = _split_alt(s, i + 2, "]]")
            out.append(expand(rng, rng.choice(parts)))
            i = j
        elif s.startswith("[?", i):
            j, parts = _split_alt(s, i + 2, "?]")
            body = "|".join(parts)
            if rng.random() < 0.5:
                out.append(expand(rng, body))
            i = j
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def _split_alt(s, i, close):
    depth = 0
    parts = []
    cur = []
    n = len(s)
    while i < n:
        if s.startswith("[[", i) or s.startswith("[?", i):
            depth += 1
            cur.append(s[i:i + 2])
            i += 2
            continue
        if depth and (s.startswith("]]", i) or s.startswith("?]", i)):
            depth -= 1
            cur.append(s[i:i + 2])
            i += 2
            continue
        if not depth and s.startswith(close, i):
            parts.append("".join(cur))
            return i + 2, parts
        if not depth and s[i] == "|":
            parts.append("".join(cur))
            cur = []
            i += 1
            continue
        cur.append(s[i])
        i += 1
    raise ValueError("unclosed alternative in template: " + s[:80])


_FMT = string.Formatter()


def render(rng, template, **kw):
    text = expand(rng, template)
    return _FMT.vformat(text, (), kw)


# ---------------------------------------------------------------------------------------------
# countries: towns, streets, phone numbers, e-mail domains

TOWNS = {
    "DE": [("Berlin", ["10115", "10437", "10969", "12043", "13353", "10245"], "30"),
           ("Hamburg", ["20095", "22765", "22303", "20357"], "40"),
           ("München", ["80331", "80469", "81541", "80796", "81667"], "89"),
           ("Köln", ["50667", "50823", "51065"], "221"), ("Frankfurt am Main", ["60311", "60487", "60594"], "69"),
           ("Stuttgart", ["70173", "70197"], "711"), ("Düsseldorf", ["40210", "40477"], "211"),
           ("Leipzig", ["04109", "04277"], "341"), ("Dresden", ["01067", "01307"], "351"),
           ("Hannover", ["30159", "30167"], "511"), ("Nürnberg", ["90402", "90459"], "911"),
           ("Bremen", ["28195", "28203"], "421"), ("Freiburg im Breisgau", ["79098", "79104"], "761"),
           ("Kempten (Allgäu)", ["87435", "87439"], "831"), ("Augsburg", ["86150", "86152"], "821"),
           ("Münster", ["48143", "48149"], "251"), ("Kiel", ["24103", "24105"], "431"),
           ("Regensburg", ["93047", "93049"], "941"), ("Mainz", ["55116", "55118"], "6131"),
           ("Rostock", ["18055", "18057"], "381"), ("Garmisch-Partenkirchen", ["82467"], "8821"),
           ("Oberstdorf", ["87561"], "8322"), ("Bonn", ["53111", "53115"], "228"),
           ("Heidelberg", ["69117", "69120"], "6221"), ("Erfurt", ["99084"], "361"),
           ("Göttingen", ["37073"], "551"), ("Lindau (Bodensee)", ["88131"], "8382"),
           ("Rosenheim", ["83022", "83024"], "8031"), ("Bielefeld", ["33602"], "521"),
           ("Karlsruhe", ["76133", "76137"], "721"), ("Sonthofen", ["87527"], "8321")],
    "AT": [("Wien", ["1010", "1030", "1040", "1050", "1060", "1070", "1080", "1090", "1100", "1120",
                     "1150", "1160", "1180", "1200"], "1"),
           ("Graz", ["8010", "8020", "8042"], "316"), ("Linz", ["4020", "4040"], "732"),
           ("Salzburg", ["5020"], "662"), ("Innsbruck", ["6020"], "512"), ("Klagenfurt", ["9020"], "463"),
           ("Villach", ["9500"], "4242"), ("Bregenz", ["6900"], "5574"), ("Dornbirn", ["6850"], "5572"),
           ("St. Pölten", ["3100"], "2742"), ("Wels", ["4600"], "7242"), ("Leoben", ["8700"], "3842"),
           ("Kufstein", ["6330"], "5372"), ("Schladming", ["8970"], "3687"),
           ("Zell am See", ["5700"], "6542"), ("Lienz", ["9900"], "4852"),
           ("Krems an der Donau", ["3500"], "2732"), ("Hallein", ["5400"], "6245")],
    "CH": [("Zürich", ["8001", "8004", "8032", "8050", "8037"], "44"), ("Bern", ["3011", "3012", "3014"], "31"),
           ("Basel", ["4051", "4056"], "61"), ("Luzern", ["6003", "6004"], "41"), ("St. Gallen", ["9000"], "71"),
           ("Winterthur", ["8400"], "52"), ("Chur", ["7000"], "81"), ("Thun", ["3600"], "33"),
           ("Zug", ["6300"], "41"), ("Aarau", ["5000"], "62"), ("Biel/Bienne", ["2502"], "32"),
           ("Schaffhausen", ["8200"], "52"), ("Davos Platz", ["7270"], "81"), ("Interlaken", ["3800"], "33"),
           ("Brig", ["3900"], "27"), ("Lausanne", ["1003", "1004"], "21"), ("Lugano", ["6900"], "91"),
           ("Sion", ["1950"], "27"), ("Fribourg", ["1700"], "26"), ("Frauenfeld", ["8500"], "52")],
    "GB": [("London", ["SW1A", "N1", "E8", "SE15", "NW5", "W12", "SW9", "N16"], "20"),
           ("Manchester", ["M1", "M4", "M20", "M14"], "161"), ("Leeds", ["LS1", "LS6", "LS8"], "113"),
           ("Sheffield", ["S1", "S10", "S11"], "114"), ("Bristol", ["BS1", "BS6", "BS7"], "117"),
           ("Birmingham", ["B1", "B13"], "121"), ("Edinburgh", ["EH1", "EH9", "EH6"], "131"),
           ("Glasgow", ["G1", "G12"], "141"), ("Cardiff", ["CF10", "CF24"], "29"),
           ("Liverpool", ["L1", "L17"], "151"), ("Newcastle upon Tyne", ["NE1", "NE6"], "191"),
           ("Nottingham", ["NG1", "NG7"], "115"), ("Kendal", ["LA9"], "1539"), ("Keswick", ["CA12"], "17687"),
           ("Inverness", ["IV2", "IV3"], "1463"), ("Fort William", ["PH33"], "1397"),
           ("Aviemore", ["PH22"], "1479"), ("Brighton", ["BN1", "BN2"], "1273"), ("Oxford", ["OX1", "OX4"], "1865"),
           ("Bath", ["BA1", "BA2"], "1225"), ("York", ["YO1", "YO31"], "1904"), ("Swansea", ["SA1"], "1792"),
           ("Exeter", ["EX1", "EX4"], "1392"), ("Norwich", ["NR1", "NR2"], "1603")],
    "US": [("Boulder", ["80301", "80302", "80304"], "303", "CO"), ("Denver", ["80202", "80205", "80218"], "720", "CO"),
           ("Portland", ["97201", "97209", "97214"], "503", "OR"), ("Seattle", ["98101", "98103", "98115"], "206", "WA"),
           ("Salt Lake City", ["84101", "84105"], "801", "UT"), ("Bozeman", ["59715"], "406", "MT"),
           ("Burlington", ["05401"], "802", "VT"), ("Asheville", ["28801"], "828", "NC"),
           ("Bend", ["97701"], "541", "OR"), ("Flagstaff", ["86001"], "928", "AZ"),
           ("Minneapolis", ["55401", "55408"], "612", "MN"), ("Chicago", ["60601", "60614", "60647"], "773", "IL"),
           ("Boston", ["02108", "02116"], "617", "MA"), ("Brooklyn", ["11201", "11215"], "718", "NY"),
           ("Austin", ["78701", "78704"], "512", "TX"), ("San Francisco", ["94103", "94110"], "415", "CA"),
           ("Madison", ["53703"], "608", "WI"), ("Missoula", ["59801"], "406", "MT"),
           ("Jackson", ["83001"], "307", "WY"), ("Anchorage", ["99501"], "907", "AK"),
           ("Ann Arbor", ["48104"], "734", "MI"), ("Pittsburgh", ["15213"], "412", "PA")],
    "IE": [("Dublin 2", ["D02"], "1"), ("Dublin 4", ["D04"], "1"), ("Dublin 6", ["D06"], "1"),
           ("Dublin 8", ["D08"], "1"), ("Cork", ["T12", "T23"], "21"), ("Galway", ["H91"], "91"),
           ("Limerick", ["V94"], "61"), ("Waterford", ["X91"], "51"), ("Castlebar, Co. Mayo", ["F23"], "94"),
           ("Westport, Co. Mayo", ["F28"], "98"), ("Killarney, Co. Kerry", ["V93"], "64"),
           ("Sligo", ["F91"], "71"), ("Kilkenny", ["R95"], "56"), ("Athlone, Co. Westmeath", ["N37"], "90"),
           ("Letterkenny, Co. Donegal", ["F92"], "74"), ("Bray, Co. Wicklow", ["A98"], "1"),
           ("Clifden, Co. Galway", ["H71"], "95")],
    "FR": [("Paris", ["75003", "75011", "75015", "75018"], "1"), ("Lyon", ["69002", "69007"], "4"),
           ("Grenoble", ["38000"], "4"), ("Annecy", ["74000"], "4"), ("Chamonix-Mont-Blanc", ["74400"], "4"),
           ("Marseille", ["13001", "13006"], "4"), ("Toulouse", ["31000"], "5"), ("Bordeaux", ["33000"], "5"),
           ("Nantes", ["44000"], "2"), ("Lille", ["59000"], "3"), ("Strasbourg", ["67000"], "3"),
           ("Montpellier", ["34000"], "4"), ("Rennes", ["35000"], "2"), ("Pau", ["64000"], "5")],
    "NL": [("Amsterdam", ["1011", "1016", "1052", "1073", "1094"], "20"), ("Rotterdam", ["3011", "3021"], "10"),
           ("Utrecht", ["3511", "3581"], "30"), ("Den Haag", ["2511", "2565"], "70"),
           ("Eindhoven", ["5611"], "40"), ("Groningen", ["9711"], "50"), ("Nijmegen", ["6511"], "24"),
           ("Haarlem", ["2011"], "23"), ("Leiden", ["2311"], "71"), ("Arnhem", ["6811"], "26"),
           ("Maastricht", ["6211"], "43"), ("Zwolle", ["8011"], "38")],
    "IT": [("Milano", ["20121", "20135"], "02", "MI"), ("Roma", ["00184", "00153"], "06", "RM"),
           ("Torino", ["10121"], "011", "TO"), ("Bologna", ["40121"], "051", "BO"),
           ("Firenze", ["50122"], "055", "FI"), ("Bolzano", ["39100"], "0471", "BZ"),
           ("Trento", ["38122"], "0461", "TN"), ("Verona", ["37121"], "045", "VR"),
           ("Genova", ["16121"], "010", "GE"), ("Napoli", ["80134"], "081", "NA"),
           ("Aosta", ["11100"], "0165", "AO"), ("Bergamo", ["24121"], "035", "BG"),
           ("Cortina d'Ampezzo", ["32043"], "0436", "BL"), ("Merano", ["39012"], "0473", "BZ")],
}

STREETS = {
    "DE": ("Hauptstraße Bahnhofstraße Schillerstraße Goethestraße Gartenstraße Lindenstraße Bergstraße "
           "Kirchstraße Dorfstraße Waldweg Am_Mühlbach Ringstraße Schulstraße Rosenweg Birkenweg Ahornallee "
           "Kastanienallee Mozartstraße Beethovenstraße Wilhelmstraße Friedrichstraße Am_Anger Feldstraße "
           "Talstraße Uhlandstraße Sonnenstraße Parkstraße Lessingstraße Heinrich-Heine-Straße Am_Stadtpark "
           "Eichendorffweg Fliederweg Hohenzollernring Sedanstraße Blumenstraße Wiesenweg Oberer_Graben "
           "Untere_Au Kantstraße Weserstraße Elbchaussee Isarstraße Hochfeldweg Mühlenkamp").split(),
    "AT": ("Landstraßer_Hauptstraße Währinger_Straße Favoritenstraße Herrengasse Annenstraße Landstraße "
           "Linzer_Gasse Maria-Theresien-Straße Museumstraße Kaiserstraße Hauptplatz Bahnhofstraße "
           "Kirchengasse Schulgasse Dorfstraße Lindengasse Florianigasse Getreidegasse Anichstraße "
           "Prinz-Eugen-Straße Wiedner_Hauptstraße Gumpendorfer_Straße Ungargasse Josefstädter_Straße "
           "Kreuzgasse Mariahilfer_Straße Grazer_Straße Salzachgasse Innrain Schmiedgasse").split(),
    "CH": ("Bahnhofstrasse Seestrasse Dorfstrasse Hauptstrasse Kirchgasse Rämistrasse Limmatquai "
           "Spitalgasse Marktgasse Kramgasse Löwenstrasse Badenerstrasse Schaffhauserstrasse Freie_Strasse "
           "Steinenvorstadt Pilatusstrasse Haldenstrasse Poststrasse Industriestrasse Bergstrasse "
           "Sonnenbergstrasse Obere_Gasse Gerechtigkeitsgasse Zürichstrasse Alpenstrasse").split(),
    "CH_FR": "Rue_du_Lac Avenue_de_la_Gare Rue_de_Bourg Chemin_des_Vignes Rue_du_Simplon".split(),
    "CH_IT": "Via_Nassa Via_Cantonale Corso_Pestalozzi Via_Cattedrale".split(),
    "GB": ("High_Street Station_Road Church_Lane Victoria_Road Park_Avenue Mill_Lane Queen_Street "
           "Albert_Road Grove_Road The_Crescent Manor_Way Orchard_Close Castle_Street Green_Lane "
           "Chapel_Street Springfield_Road Windsor_Avenue Priory_Road Elm_Grove Beech_Avenue "
           "Marlborough_Road Cavendish_Place Ashdown_Drive Heather_Close Kingsway Lark_Rise "
           "Fernbank_Road Belmont_Terrace Riverside_Walk").split(),
    "US": ("Main_St Pearl_Street Oak_Avenue Maple_Ave Cedar_Lane Pine_Street Washington_Blvd Broadway "
           "Lincoln_Avenue Elm_Street Walnut_St 2nd_Avenue Spruce_Street Willow_Drive Highland_Ave "
           "Mountain_View_Road Lakeview_Drive Canyon_Blvd Alder_Street Division_Street Magnolia_Ave "
           "Aspen_Way Juniper_Ct").split(),
    "IE": ("Main_Street Church_Road Shop_Street Ranelagh_Road Strand_Road Patrick_Street Quay_Street "
           "Dominick_Street Bridge_Street College_Road Seapoint_Avenue The_Mall Parnell_Street "
           "Sandymount_Road Castle_Street Abbey_Street Harbour_View Newcastle_Road Mill_Street").split(),
    "FR": ("rue_de_la_République rue_Victor_Hugo avenue_Jean_Jaurès boulevard_Voltaire rue_des_Lilas "
           "place_du_Marché rue_du_Moulin chemin_des_Vignes rue_Pasteur rue_de_la_Paix avenue_des_Alpes "
           "quai_Saint-Antoine rue_Nationale impasse_des_Tilleuls").split(),
    "NL": ("Prinsengracht Keizersgracht Kerkstraat Dorpsstraat Molenweg Stationsweg Oudegracht Nieuwstraat "
           "Hoofdstraat Julianalaan Wilhelminastraat Beatrixlaan Lange_Nieuwstraat Vondelstraat "
           "Marnixstraat Spoorstraat").split(),
    "IT": ("Via_Roma Via_Garibaldi Corso_Italia Via_Mazzini Via_Dante_Alighieri Via_Cavour Via_Verdi "
           "Viale_Europa Via_dei_Mille Via_San_Francesco Via_Marconi Via_della_Repubblica Via_Museo "
           "Corso_Libertà").split(),
}
for _k in STREETS:
    STREETS[_k] = [s.replace("_", " ") for s in STREETS[_k]]

COUNTRY_NAMES = {
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA",
           "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Großbritannien", "US": "USA",
           "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
}

MAIL_DOMAINS = {
    "DE": "gmx.de web.de t-online.de gmail.com posteo.de outlook.de freenet.de mailbox.org icloud.com yahoo.de".split(),
    "AT": "gmx.at aon.at chello.at gmail.com a1.net outlook.com icloud.com".split(),
    "CH": "bluewin.ch gmx.ch sunrise.ch hispeed.ch gmail.com protonmail.ch".split(),
    "GB": "gmail.com hotmail.co.uk btinternet.com outlook.com yahoo.co.uk sky.com icloud.com".split(),
    "US": "gmail.com yahoo.com outlook.com icloud.com comcast.net aol.com proton.me".split(),
    "IE": "gmail.com eircom.net hotmail.com outlook.ie icloud.com".split(),
    "FR": "orange.fr free.fr laposte.net gmail.com sfr.fr".split(),
    "NL": "ziggo.nl kpnmail.nl gmail.com hotmail.nl xs4all.nl".split(),
    "IT": "libero.it gmail.com virgilio.it tiscali.it alice.it".split(),
}

STORES = {
    "DE": ["Kempten", "München", "Berlin", "Hamburg", "Freiburg", "Leipzig", "Garmisch"],
    "AT": ["Wien", "Innsbruck", "Graz", "Salzburg"],
    "CH": ["Zürich", "Bern", "Luzern", "Chur"],
    "GB": ["London Covent Garden", "Manchester", "Edinburgh", "Kendal", "Bristol"],
    "US": ["Boulder", "Portland", "Burlington", "Denver"],
    "IE": ["Dublin", "Galway", "Cork"],
    "FR": ["Annecy", "Lyon"], "NL": ["Utrecht", "Amsterdam"], "IT": ["Bolzano", "Milano"],
}

CURRENCY = {"DE": "EUR", "AT": "EUR", "CH": "CHF", "GB": "GBP", "US": "USD", "IE": "EUR", "FR": "EUR",
            "NL": "EUR", "IT": "EUR"}

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
}

EN_COUNTRY_W = [("GB", 38), ("US", 27), ("IE", 14), ("DE", 6), ("CH", 4), ("AT", 3), ("FR", 3), ("NL", 2.5),
                ("IT", 2.5)]
DE_COUNTRY_W = [("DE", 50), ("AT", 24), ("CH", 20), ("IT", 1.5), ("FR", 1), ("NL", 1), ("GB", 1), ("US", 0.5),
                ("IE", 1)]

# ---------------------------------------------------------------------------------------------
# checksums


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_digit(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise AssertionError


def card_issuer(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return "visa"
    p2, p4, p3 = int(d[:2]), int(d[:4]), int(d[:3])
    if n == 16 and (51 <= p2 <= 55 or 2221 <= p4 <= 2720):
        return "mc"
    if n == 15 and p2 in (34, 37):
        return "amex"
    if 16 <= n <= 19 and (d.startswith("6011") or p2 == 65 or 644 <= p3 <= 649):
        return "discover"
    if 16 <= n <= 19 and 3528 <= p4 <= 3589:
        return "jcb"
    if n == 14 and (300 <= p3 <= 305 or p2 in (36, 38)):
        return "diners"
    if 16 <= n <= 19 and p2 == 62:
        return "unionpay"
    return None


def card_ok(d):
    return d.isdigit() and 13 <= len(d) <= 19 and card_issuer(d) is not None and luhn_ok(d)


IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "GB": 22, "IE": 22, "FR": 27, "NL": 18, "IT": 27, "ES": 24,
            "BE": 16, "LU": 20, "LI": 21, "PL": 28, "CZ": 24, "SK": 24, "HU": 28, "PT": 25, "DK": 18,
            "SE": 24, "NO": 15, "FI": 18, "SI": 19, "HR": 21, "RO": 24, "BG": 22, "GR": 27, "MT": 31,
            "EE": 20, "LT": 20, "LV": 21, "TR": 26, "CY": 28}


def iban_mod(s):
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97


def iban_ok(s):
    s = s.replace(" ", "")
    cc = s[:2]
    return (cc in IBAN_LEN and len(s) == IBAN_LEN[cc] and s[2:4].isdigit() and s[4:].isalnum()
            and s[4:].upper() == s[4:] and iban_mod(s) == 1)


def iban_make(cc, bban):
    base = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in base)
    check = 98 - int(num) % 97
    s = cc + "%02d" % check + bban
    assert iban_ok(s), s
    return s


def taxid_check(d10):
    product = 10
    for ch in d10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def taxid_ok(d):
    if len(d) != 11 or not d.isdigit() or d[0] == "0":
        return False
    first = d[:10]
    counts = [first.count(c) for c in "0123456789"]
    multi = [c for c in counts if c > 1]
    if len(multi) != 1 or multi[0] not in (2, 3):
        return False
    if multi[0] == 3:
        dig = "0123456789"[counts.index(3)]
        if dig * 3 in first:
            return False
    return taxid_check(first) == int(d[10])


# ---------------------------------------------------------------------------------------------
# scanners for values outside spans

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)")
IPV6_RE = re.compile(r"(?<![0-9A-Fa-f:])[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*")
IBAN_START_RE = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2})(\d{2})")
DIGITRUN_RE = re.compile(r"\d(?:(?:[ \t]+|-)?\d)*")  # digits joined across spaces, tabs or one dash


def ipv4_ok(s):
    parts = s.split(".")
    return len(parts) == 4 and all(p.isdigit() and int(p) <= 255 for p in parts)


def ipv6_ok(s):
    s = s.strip(".")
    try:
        ipaddress.IPv6Address(s)
        return True
    except ValueError:
        return False


def scan_values(text):
    """Every e-mail, IP, valid IBAN, valid card and valid Steuer-ID found in a text."""
    found = []
    for m in EMAIL_RE.finditer(text):
        found.append(("EMAIL", m.group()))
    for m in IPV4_RE.finditer(text):
        if ipv4_ok(m.group()):
            found.append(("IPV4", m.group()))
    for m in IPV6_RE.finditer(text):
        cand = m.group()
        if cand.count(":") >= 2:
            for c in (cand, cand.rstrip(":"), cand.rstrip(".")):
                if ipv6_ok(c):
                    found.append(("IPV6", c))
                    break
    for m in IBAN_START_RE.finditer(text):
        cc = m.group(1)
        if cc not in IBAN_LEN:
            continue
        chars = []
        i = m.start()
        while i < len(text) and len(chars) < 34:
            ch = text[i]
            if ch.isalnum() and ch.isascii():
                chars.append(ch)
                i += 1
            elif ch == " " and i + 1 < len(text) and text[i + 1].isalnum():
                i += 1
            else:
                break
        s = "".join(chars)
        if len(s) >= IBAN_LEN[cc] and iban_ok(s[:IBAN_LEN[cc]]):
            found.append(("IBAN", s[:IBAN_LEN[cc]]))
    for m in DIGITRUN_RE.finditer(text):
        d = re.sub(r"[ \t-]", "", m.group())
        n = len(d)
        for L in range(13, 20):
            for i in range(0, n - L + 1):
                if card_ok(d[i:i + L]):
                    found.append(("CARD", d[i:i + L]))
        for i in range(0, n - 10):
            if taxid_ok(d[i:i + 11]):
                found.append(("TAXID", d[i:i + 11]))
    return found


def digits_safe(s):
    """True if a look-alike string hides no e-mail, IP, IBAN, card or Steuer-ID."""
    return not scan_values(s)


# ---------------------------------------------------------------------------------------------
# people

HON_EN = {"m": ["Mr", "Mr."], "f": ["Ms", "Ms.", "Mrs", "Mrs.", "Ms"]}


class Person:
    """One person of a text.  Name forms are labelled values; the forms shown are recorded."""

    def __init__(self, ctx, gender, given, sur, origin, country, invented, cue, staff=False):
        self.c = ctx
        self.gender = gender
        self.given_name = given
        self.surname = sur
        self.origin = origin
        self.country = country
        self.invented = invented  # "", "given", "sur", "both"
        self.cue = cue
        self.staff = staff
        self.dr = ctx.rng.random() < 0.06
        self.hon_en = ctx.rng.choice(HON_EN[gender])
        self.shown = []
        self._cache = {}

    # --- helpers
    def _lab(self, form, value):
        self.shown.append(form)
        return P(value)

    def _once(self, key, fn):
        if key not in self._cache:
            self._cache[key] = fn()
        return self._cache[key]

    def __format__(self, spec):
        if not spec:
            return str(self.full)
        a, b = spec.split("/")
        return a if self.gender == "m" else b

    # --- name forms
    @property
    def full(self):
        return self._lab("full", self.given_name + " " + self.surname)

    @property
    def given(self):
        return self._lab("given", self.given_name)

    @property
    def sur(self):
        return self._lab("sur", self.surname)

    @property
    def lf(self):
        return self._lab("last_first", self.surname + ", " + self.given_name)

    @property
    def LF(self):
        return self._lab("LAST_first", self.surname.upper() + ", " + self.given_name)

    @property
    def ini(self):
        return self._lab("initial_sur", self.given_name[0] + ". " + self.surname)

    @property
    def gi(self):
        if any(p.lower() in NM.PARTICLES for p in self.surname.split()) or not self.surname[0].isupper():
            return self.full
        return self._lab("given_initial", self.given_name + " " + self.surname[0] + ".")

    @property
    def caps(self):
        return self._lab("caps", (self.given_name + " " + self.surname).upper())

    @property
    def capsur(self):
        return self._lab("caps", self.surname.upper())

    @property
    def capgiven(self):
        return self._lab("caps", self.given_name.upper())

    @property
    def surcaps_first(self):
        return self._lab("caps", self.surname.upper() + " " + self.given_name.upper())

    @property
    def low(self):
        return self._lab("lower", (self.given_name + " " + self.surname).lower())

    @property
    def lowsur(self):
        return self._lab("lower", self.surname.lower())

    @property
    def lowg(self):
        return self._lab("lower", self.given_name.lower())

    # honorifics (outside the span)
    @property
    def mr(self):
        if self.dr:
            return self.c.rng.choice(["Dr", "Dr."])
        return self.hon_en

    @property
    def hs(self):
        self.shown.append("hon")
        return self.mr + " " + str(P(self.surname))

    @property
    def hf(self):
        self.shown.append("hon_full")
        return self.mr + " " + str(P(self.given_name + " " + self.surname))

    @property
    def herr(self):
        h = "Herr" if self.gender == "m" else "Frau"
        return h + (" Dr." if self.dr else "")

    @property
    def herrn(self):
        h = "Herrn" if self.gender == "m" else "Frau"
        return h + (" Dr." if self.dr else "")

    @property
    def hs_de(self):
        self.shown.append("hon")
        return self.herr + " " + str(P(self.surname))

    @property
    def hsn_de(self):
        self.shown.append("hon")
        return self.herrn + " " + str(P(self.surname))

    @property
    def hf_de(self):
        self.shown.append("hon_full")
        return self.herr + " " + str(P(self.given_name + " " + self.surname))

    @property
    def sg(self):
        """'Sehr geehrter Herr Dr. Berger' / 'Sehr geehrte Frau Berger' (name labelled)."""
        self.shown.append("hon")
        h = "Sehr geehrter Herr" if self.gender == "m" else "Sehr geehrte Frau"
        return h + (" Dr." if self.dr else "") + " " + str(P(self.surname))

    @property
    def lieb(self):
        return "Lieber" if self.gender == "m" else "Liebe"

    @property
    def dear(self):
        """'Dear Ms Berger' or 'Dear Anna' (name labelled)."""
        if self.c.rng.random() < 0.5:
            return "Dear " + self.hs
        return "Dear " + str(self.given)

    @property
    def ref(self):
        """A reference in running text: the full name or an honorific and the surname."""
        if self.c.rng.random() < 0.67:
            return str(self.full)
        return self.hs_de if self.c.lang == "de" else self.hs

    @property
    def gen(self):
        """German genitive: 'Annas', 'Jens''."""
        self.shown.append("genitive")
        g = self.given_name
        if g[-1] in "sxzß":
            return str(P(g)) + "'"
        return str(P(g)) + "s"

    @property
    def poss(self):
        self.shown.append("possessive")
        return str(P(self.given_name)) + "'s"

    # --- values
    @property
    def email(self):
        return Lab("E", self._once("email", self._make_email))

    @property
    def email2(self):
        return Lab("E", self._once("email2", lambda: self._make_email(other=True)))

    @property
    def work(self):
        dom = "talgrat.de" if self.c.lang == "de" else "talgrat.com"
        if self.country in ("GB", "US", "IE") and self.c.lang == "de":
            dom = "talgrat.com"
        return Lab("E", self._once("work", lambda: self._local(self.c.rng.choice(["g.s", "g.s", "i.s"])) + "@" + dom))

    def mail_at(self, domain):
        return Lab("E", self._once("mail@" + domain,
                                   lambda: self._local(self.c.rng.choice(["g.s", "i.s", "g", "is"])) + "@" + domain))

    def _local(self, style):
        g = ascii_name(self.given_name, self.country).lower().replace(" ", "").replace("'", "")
        s = ascii_name(self.surname, self.country).lower().replace(" ", "").replace("'", "")
        rng = self.c.rng
        if style == "g.s":
            return g + "." + s
        if style == "i.s":
            return g[0] + "." + s
        if style == "is":
            return g[0] + s
        if style == "g":
            return g
        if style == "s.g":
            return s + "." + g
        if style == "g_s":
            return g + "_" + s
        if style == "gs":
            return g + s
        if style == "g.sNN":
            return g + "." + s + str(rng.randint(1, 99))
        if style == "gYY":
            return g + str(rng.choice([rng.randint(60, 99), rng.randint(0, 12)])).zfill(2)
        if style == "sNN":
            return s + str(rng.randint(2, 999))
        if style == "g-s":
            return g + "-" + s
        if style == "gs3":
            return g[:3] + s[:4] + str(rng.randint(10, 99))
        raise ValueError(style)

    def _make_email(self, other=False):
        rng = self.c.rng
        style = rng.choice(["g.s", "g.s", "g.s", "i.s", "is", "s.g", "g_s", "gs", "g.sNN", "gYY", "sNN", "g-s",
                            "gs3"])
        dom = rng.choice(MAIL_DOMAINS[self.country])
        local = self._local(style)
        if other and "email" in self._cache:
            for _ in range(10):
                style = rng.choice(["gYY", "sNN", "gs3", "g.sNN", "is"])
                dom = rng.choice(MAIL_DOMAINS[self.country])
                local = self._local(style)
                if local + "@" + dom != self._cache["email"]:
                    break
        return local + "@" + dom

    @property
    def mobile(self):
        return Lab("T", self._once("mobile", lambda: self.c.phone(self.country, "mobile")))

    @property
    def landline(self):
        town = self.address.town_entry
        return Lab("T", self._once("landline", lambda: self.c.phone(self.country, "land", town=town)))

    @property
    def phone(self):
        if "phone_kind" not in self._cache:
            self._cache["phone_kind"] = "mobile" if self.c.rng.random() < 0.7 else "land"
        return self.mobile if self._cache["phone_kind"] == "mobile" else self.landline

    @property
    def e164(self):
        return Lab("T", self._once("e164", lambda: self.c.phone(self.country, "mobile", style="e164")))

    @property
    def address(self):
        return self._once("address", lambda: self.c.address(self.country))

    @property
    def addr1(self):
        return self.address.one

    @property
    def addr2(self):
        return self.address.two

    @property
    def street(self):
        return self.address.street_lab

    @property
    def townline(self):
        return self.address.townline

    @property
    def town(self):
        return self.address.town

    @property
    def plz(self):
        return self.address.postcode

    @property
    def iban(self):
        cc = self.country
        if cc == "US":
            cc = "GB"
        return Lab("I", self._once("iban", lambda: self.c.iban(cc)))

    @property
    def iban_c(self):
        """The same IBAN, compact."""
        v = self.iban.v.replace(" ", "")
        return Lab("I", v)

    @property
    def card(self):
        return Lab("C", self._once("card", lambda: self.c.card()))

    @property
    def taxid(self):
        assert self.country == "DE", "only people living in Germany get a Steuer-ID"
        return Lab("X", self._once("taxid", lambda: self.c.taxid()))

    @property
    def ip(self):
        return Lab("N", self._once("ip", lambda: self.c.ip()))

    @property
    def handle(self):
        rng = self.c.rng
        g = ascii_name(self.given_name, self.country).lower().replace(" ", "").replace("-", "")
        return self._once("handle", lambda: "@" + rng.choice([g + "_" + str(rng.randint(1, 99)),
                                                              g[:4] + "x" + str(rng.randint(10, 99)),
                                                              "trail" + g[:3] + str(rng.randint(1, 9))]))

    def name_parts(self):
        parts = []
        for n in (self.given_name, self.surname):
            parts += [p for p in re.findall(r"\w+", n) if len(p) > 1 and p.lower() not in NM.PARTICLES]
        return parts


def ascii_name(s, country="DE"):
    """ASCII spelling for e-mail local parts (German transliteration for umlauts)."""
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
    s = s.replace("Ü", "Ue").replace("ß", "ss")
    s = NM.plain(s)
    s = s.replace("ø", "o").replace("æ", "ae").replace("Ø", "O")
    return "".join(ch for ch in s if ch.isalnum() or ch in " -'")


class Address:
    def __init__(self, country, street, number, extra, town, postcode, town_entry, state=None):
        self.country = country
        self.street_only = street  # as written on the street line
        self.town = town
        self.postcode = postcode
        self.town_entry = town_entry
        self.state = state
        self.townline = town_line(country, town, postcode, state, extra)
        self.street_line = street

    @property
    def one(self):
        return Lab("A", self.street_line + ", " + self.townline)

    @property
    def two(self):
        return Lab("A", self.street_line + "\n" + self.townline)

    @property
    def street_lab(self):
        return Lab("A", self.street_line)


def town_line(cc, town, pc, state, extra):
    prefix = extra.get("prefix", "")
    if cc in ("DE", "AT", "CH"):
        return prefix + pc + " " + town
    if cc == "GB":
        return town + " " + pc
    if cc == "US":
        return town + ", " + state + " " + pc
    if cc == "IE":
        if town.startswith("Dublin"):
            return town + ", " + pc
        return town + " " + pc
    if cc == "FR":
        return pc + " " + (town.upper() if extra.get("caps") else town)
    if cc == "NL":
        return pc + " " + (town.upper() if extra.get("caps") else town)
    if cc == "IT":
        return pc + " " + town + (" (" + state + ")" if extra.get("brackets") else " " + state)
    raise ValueError(cc)


# ---------------------------------------------------------------------------------------------
# companies (no person's name parts in the lists used in texts with personal data)

COMPANIES = {
    "courier_de": ["Alpex Logistik GmbH", "Nordkurier Express", "Paketblitz GmbH", "Talwärts Transporte",
                   "Rheinland Zustelldienst", "City-Bote Kurier"],
    "courier_en": ["Swiftline Couriers", "Northway Parcels Ltd", "Bluepost Express", "Redkite Delivery",
                   "Harbourline Logistics", "Greenvan Couriers"],
    "insurer_de": ["Alpina Versicherung AG", "Nordsee Assekuranz", "Helvetica Schadenversicherung",
                   "Donau Versicherung", "Gipfel Haftpflicht AG"],
    "insurer_en": ["Northstar Insurance", "Crestline Mutual", "Harbour General Insurance",
                   "Beacon Motor Insurance", "Summit Assurance plc"],
    "law_de": ["Kanzlei am Hofgarten", "Rechtsanwälte Nordtor", "Kanzlei Isarufer"],
    "law_en": ["Ashgrove Solicitors", "Riverside Legal LLP", "Northgate Law"],
    "school_en": ["Riverside Academy", "St. Aidan's College", "Northfield High School"],
    "bank_de": ["Sparkasse Allgäu", "Volksbank Oberland", "Raiffeisenbank Tirol"],
    "bank_en": ["Northern Rock Bank", "Harbour Savings", "Crestview Credit Union"],
    "events_de": ["Trailmarathon Oberallgäu", "Zugspitz Ultratrail", "Alpencross Festival",
                  "Bergfilmtage Tegernsee", "Trailrun Wienerwald"],
    "events_en": ["Lakeland Trail Fest", "Highland Ultra", "Peak District Trail Race", "Wicklow Way Run",
                  "Rocky Ridge Marathon", "Cascade Trail Classic"],
}

# ---------------------------------------------------------------------------------------------
# the context of one text


class Ctx:
    def __init__(self, rng, lang, genre, country=None):
        self.rng = rng
        self.lang = lang
        self.genre = genre
        if country is None:
            country = self.wchoice(EN_COUNTRY_W if lang == "en" else DE_COUNTRY_W)
        self.country = country
        self.people = []
        self.inner_redraws = 0  # look-alike values drawn again
        self.people_redraws = 0  # people drawn again because they shared a name part

    # --- language and country
    def t(self, en, de):
        return en if self.lang == "en" else de

    def fix(self, country):
        """Fix the text's country (only before any person is drawn)."""
        assert not self.people
        self.country = country

    # --- random helpers
    def wchoice(self, pairs):
        total = sum(w for _, w in pairs)
        x = self.rng.random() * total
        for v, w in pairs:
            x -= w
            if x < 0:
                return v
        return pairs[-1][0]

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def R(self, template, **kw):
        return render(self.rng, template, **kw)

    # --- people
    def person_country(self, country=None):
        if country:
            return country
        if self.rng.random() < 0.85:
            return self.country
        others = [c for c, _ in (EN_COUNTRY_W if self.lang == "en" else DE_COUNTRY_W) if c != self.country]
        return self.rng.choice(others)

    def person(self, cue=True, country=None, gender=None, staff=False, ascii_only=False, invented=None,
               relative_of=None):
        """Draw a person.  cue=False: a name in prose without a cue (never invented)."""
        cc = self.person_country(country) if not staff else (country or self.country)
        for _ in range(100):
            p = self._draw_person(cue, cc, gender, staff, invented, relative_of)
            if ascii_only:
                p.given_name = ascii_name(NM.plain(p.given_name), cc)
                p.surname = ascii_name(NM.plain(p.surname), cc)
            if self._clashes(p):
                self.people_redraws += 1
                continue
            self.people.append(p)
            return p
        raise RuntimeError("no person found")

    def staff(self, **kw):
        return self.person(staff=True, **kw)

    def _clashes(self, p):
        mine = [NM.fold(x) for x in p.name_parts()]
        if not mine:
            return True
        for q in self.people:
            theirs = [NM.fold(x) for x in q.name_parts()]
            shared = []
            if p.surname == q.surname and (getattr(p, "relative", False) or getattr(q, "relative", False)):
                shared = [NM.fold(x) for x in re.findall(r"\w+", p.surname)]
            for x in mine:
                if x in theirs and x not in shared:
                    return True
        return False

    def _draw_person(self, cue, cc, gender, staff, invented, relative_of):
        rng = self.rng
        gender = gender or rng.choice(["m", "f"])
        weights = dict(NM.WEIGHTS[self.lang])
        for o, mult in NM.COUNTRY_BOOST.get(cc, {}).items():
            weights[o] = weights[o] * mult
        origin = self.wchoice(list(weights.items()))
        if relative_of is not None:
            origin = relative_of.origin
        o = NM.ORIGINS[origin]
        given = rng.choice(o[gender])
        # double given names
        if origin in NM.DOUBLE_PAIR_ORIGINS and rng.random() < 0.08:
            g2 = rng.choice(o[gender])
            if g2 != given and " " not in given + g2 and "-" not in given + g2:
                given = given + NM.DOUBLE_PAIR_ORIGINS[origin] + g2
        # surname
        wl = NM.WORD_SURNAME_ORIGINS.get(origin)
        wp = 0.16 if wl == "de" else 0.145
        if wl and rng.random() < wp:
            sur = rng.choice(NM.WORD_SURNAMES[wl])
        else:
            m, f = NM.split_surname(rng.choice(o["s"]))
            sur = f if gender == "f" else m
        if origin in ("german", "austrian", "swiss", "english", "american", "dutch", "nordic", "french") \
                and rng.random() < 0.1 and " " not in sur:
            m2, f2 = NM.split_surname(rng.choice(o["s"]))
            s2 = f2 if gender == "f" else m2
            if s2 != sur and " " not in s2 and s2[0].isupper():
                sur = sur + "-" + s2
        if relative_of is not None:
            sur = relative_of.surname
        if origin == "russian" and self.lang == "de" and rng.random() < 0.5:
            sur = NM.german_russian(sur)
        if origin in NM.PLAIN_ORIGINS and rng.random() < 0.3:
            given, sur = NM.plain(given), NM.plain(sur)
        if cc == "CH" or origin == "swiss":
            sur = sur.replace("ß", "ss")
        inv = ""
        if invented is None:
            invented = cue and rng.random() < 0.1
        if invented and relative_of is None:
            kind = self.wchoice([("given", 30), ("sur", 35), ("both", 35)])
            if kind in ("given", "both"):
                given = invent(rng, "given", gender, self.lang)
            if kind in ("sur", "both"):
                sur = invent(rng, "sur", gender, self.lang)
            inv = kind
        p = Person(self, gender, given, sur, origin, cc, inv, cue, staff)
        if relative_of is not None:
            p.relative = True
        return p

    def relative(self, of, **kw):
        p = self.person(relative_of=of, country=of.country, **kw)
        return p

    # --- values
    def address(self, cc, street_only_towns=None):
        rng = self.rng
        entry = rng.choice(TOWNS[cc])
        town, pcs, area = entry[0], entry[1], entry[2]
        state = entry[3] if len(entry) > 3 else None
        extra = {}
        if cc == "DE":
            st = rng.choice(STREETS["DE"])
            if st.endswith("straße") and rng.random() < 0.2:
                st = st[:-6] + "str."
            num = str(rng.randint(1, 140)) + (rng.choice("abc") if rng.random() < 0.1 else "")
            street = st + " " + num
            pc = rng.choice(pcs)
            if rng.random() < 0.12:
                extra["prefix"] = "D-"
        elif cc == "AT":
            st = rng.choice(STREETS["AT"])
            num = str(rng.randint(1, 90))
            if town in ("Wien", "Graz") and rng.random() < 0.7:
                num += "/" + str(rng.randint(1, 9)) + ("/" + str(rng.randint(1, 24)) if rng.random() < 0.6 else "")
            street = st + " " + num
            pc = rng.choice(pcs)
            if rng.random() < 0.22:
                extra["prefix"] = "A-"
        elif cc == "CH":
            if town in ("Lausanne", "Sion", "Fribourg"):
                st = rng.choice(STREETS["CH_FR"])
                street = st + " " + str(rng.randint(1, 60))
            elif town == "Lugano":
                st = rng.choice(STREETS["CH_IT"])
                street = st + " " + str(rng.randint(1, 60))
            else:
                st = rng.choice(STREETS["CH"])
                street = st + " " + str(rng.randint(1, 120))
            pc = rng.choice(pcs)
            if rng.random() < 0.25:
                extra["prefix"] = "CH-"
        elif cc == "GB":
            st = rng.choice(STREETS["GB"])
            street = str(rng.randint(1, 180)) + " " + st
            r = rng.random()
            if r < 0.15:
                street = "Flat " + str(rng.randint(1, 9)) + rng.choice(["", "", "A", "B"]) + ", " + street
            elif r < 0.2:
                street = "Apartment " + str(rng.randint(1, 40)) + ", " + street
            pc = rng.choice(pcs) + " " + str(rng.randint(1, 9)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + \
                rng.choice("ABDEFGHJLNPQRSTUWXYZ")
        elif cc == "US":
            st = rng.choice(STREETS["US"])
            street = str(rng.randint(10, 9800)) + " " + st
            r = rng.random()
            if r < 0.2:
                street += ", Apt " + str(rng.randint(1, 30)) + rng.choice(["", "A", "B", "C"])
            elif r < 0.27:
                street += ", Suite " + str(rng.randint(100, 450))
            elif r < 0.32:
                street += " #" + str(rng.randint(2, 40))
            pc = rng.choice(pcs)
        elif cc == "IE":
            st = rng.choice(STREETS["IE"])
            street = str(rng.randint(1, 120)) + " " + st
            if rng.random() < 0.15:
                street = "Apartment " + str(rng.randint(1, 40)) + ", " + street
            letters = "ACDEFHKNPRTVWXY"
            pc = rng.choice(pcs) + " " + "".join(rng.choice(letters + "0123456789") for _ in range(4))
        elif cc == "FR":
            st = rng.choice(STREETS["FR"])
            street = str(rng.randint(1, 90)) + (rng.choice([" bis", " ter"]) if rng.random() < 0.12 else "") + " " + st
            pc = rng.choice(pcs)
            if rng.random() < 0.3:
                extra["caps"] = True
        elif cc == "NL":
            st = rng.choice(STREETS["NL"])
            num = str(rng.randint(1, 400))
            r = rng.random()
            if r < 0.15:
                num += "-hs"
            elif r < 0.25:
                num += " II"
            elif r < 0.32:
                num += "A"
            street = st + " " + num
            pc = rng.choice(pcs)[:4] + " " + rng.choice("ABCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
            if rng.random() < 0.2:
                extra["caps"] = True
        elif cc == "IT":
            st = rng.choice(STREETS["IT"])
            street = st + " " + str(rng.randint(1, 120))
            pc = rng.choice(pcs)
            if rng.random() < 0.5:
                extra["brackets"] = True
        else:
            raise ValueError(cc)
        return Address(cc, street, None, extra, town, pc, entry, state)

    def phone(self, cc, kind, town=None, style=None):
        rng = self.rng

        def dg(n):
            return "".join(rng.choice("0123456789") for _ in range(n))

        intl = rng.random() < 0.45
        if style == "e164":
            intl = True
        if town is None:
            town = rng.choice(TOWNS[cc])
        area = town[2]
        if cc == "DE":
            if kind == "mobile":
                pre = rng.choice("151 152 157 160 162 163 170 171 172 173 174 175 176 177 178 179".split())
                sub = dg(rng.choice([7, 8]))
            else:
                pre = area
                sub = str(rng.randint(2, 9)) + dg(rng.choice([5, 6, 7]) if len(area) <= 3 else rng.choice([4, 5, 6]))
            if style == "e164":
                return "+49" + pre + sub
            if intl:
                return rng.choice(["+49 " + pre + " " + sub, "+49 (0)" + pre + " " + sub, "0049 " + pre + " " + sub,
                                   "+49 " + pre + " " + sub[:3] + " " + sub[3:]])
            if kind == "mobile":
                return rng.choice(["0" + pre + " " + sub, "0" + pre + "/" + sub, "0" + pre + "-" + sub,
                                   "0" + pre + " " + sub[:3] + " " + sub[3:]])
            return rng.choice(["(0" + pre + ") " + sub, "0" + pre + " " + sub, "0" + pre + "/" + sub,
                               "0" + pre + " " + sub[:2] + " " + sub[2:]])
        if cc == "AT":
            if kind == "mobile":
                pre = rng.choice("650 660 664 676 680 681 688 699".split())
                sub = dg(7)
            else:
                pre = area
                sub = str(rng.randint(2, 9)) + dg(6 if pre == "1" else rng.choice([4, 5]))
            if style == "e164":
                return "+43" + pre + sub
            if intl:
                return rng.choice(["+43 " + pre + " " + sub, "+43 (0)" + pre + " " + sub, "0043 " + pre + " " + sub])
            if kind == "mobile" and len(sub) == 7:
                return rng.choice(["0" + pre + " " + sub, "0" + pre + "/" + sub,
                                   "0" + pre + " " + sub[:3] + " " + sub[3:5] + " " + sub[5:],
                                   "0" + pre + "/" + sub[:3] + " " + sub[3:5] + " " + sub[5:]])
            return rng.choice(["0" + pre + " " + sub, "0" + pre + "/" + sub, "(0" + pre + ") " + sub])
        if cc == "CH":
            pre = rng.choice("76 77 78 79".split()) if kind == "mobile" else area
            sub = str(rng.randint(2, 9)) + dg(6)
            grp = sub[:3] + " " + sub[3:5] + " " + sub[5:]
            if style == "e164":
                return "+41" + pre + sub
            if intl:
                return rng.choice(["+41 " + pre + " " + grp, "+41 (0)" + pre + " " + grp, "0041 " + pre + " " + grp])
            return rng.choice(["0" + pre + " " + grp, "0" + pre + " " + grp, "0" + pre + sub])
        if cc == "GB":
            if kind == "mobile":
                pre = "7" + rng.choice("1234579") + dg(2)
                sub = dg(6)
                if style == "e164":
                    return "+44" + pre + sub
                if intl:
                    return rng.choice(["+44 " + pre + " " + sub, "+44 (0)" + pre + " " + sub, "0044 " + pre + " " + sub,
                                       "+44 " + pre + " " + sub[:3] + " " + sub[3:]])
                return rng.choice(["0" + pre + " " + sub, "0" + pre + sub, "0" + pre + " " + sub[:3] + " " + sub[3:]])
            pre = area
            if len(pre) == 2:
                sub = rng.choice(["7", "3", "8"]) + dg(3) + " " + dg(4)
            elif len(pre) == 3:
                sub = str(rng.randint(2, 9)) + dg(2) + " " + dg(4)
            elif len(pre) == 4:
                sub = str(rng.randint(2, 9)) + dg(5)
            else:
                sub = str(rng.randint(2, 9)) + dg(4)
            if intl:
                return rng.choice(["+44 " + pre + " " + sub, "+44 (0)" + pre + " " + sub])
            return rng.choice(["0" + pre + " " + sub, "(0" + pre + ") " + sub])
        if cc == "US":
            a = area if kind == "land" or rng.random() < 0.8 else rng.choice(["303", "503", "206", "720", "971"])
            while True:
                ex = str(rng.randint(2, 9)) + dg(2)
                if ex != "555" and ex[1:] != "11":
                    break
            ln = dg(4)
            if style == "e164":
                return "+1" + a + ex + ln
            return rng.choice(["(" + a + ") " + ex + "-" + ln, a + "-" + ex + "-" + ln, a + "." + ex + "." + ln,
                               "+1 " + a + " " + ex + " " + ln, "1-" + a + "-" + ex + "-" + ln,
                               "+1-" + a + "-" + ex + "-" + ln, "+1 (" + a + ") " + ex + "-" + ln,
                               "(" + a + ") " + ex + "-" + ln])
        if cc == "IE":
            if kind == "mobile":
                pre = rng.choice("83 85 86 87 89".split())
                sub = dg(3) + " " + dg(4)
            else:
                pre = area
                sub = (dg(3) + " " + dg(4)) if pre == "1" else (dg(2) + " " + dg(4))
            if style == "e164":
                return "+353" + pre + sub.replace(" ", "")
            if intl:
                return rng.choice(["+353 " + pre + " " + sub, "+353 (0)" + pre + " " + sub, "00353 " + pre + " " + sub])
            if kind == "mobile":
                return rng.choice(["0" + pre + " " + sub, "0" + pre + sub.replace(" ", "")])
            return rng.choice(["(0" + pre + ") " + sub, "0" + pre + " " + sub])
        if cc == "FR":
            pre = rng.choice(["6", "7"]) if kind == "mobile" else area
            sub = [dg(2) for _ in range(4)]
            if style == "e164":
                return "+33" + pre + "".join(sub)
            if intl:
                return rng.choice(["+33 " + pre + " " + " ".join(sub), "+33 (0)" + pre + " " + " ".join(sub),
                                   "0033 " + pre + " " + " ".join(sub)])
            return rng.choice(["0" + pre + " " + " ".join(sub), "0" + pre + "." + ".".join(sub),
                               "0" + pre + "".join(sub)])
        if cc == "NL":
            if kind == "mobile":
                pre, sub = "6", dg(8)
            else:
                pre, sub = area, dg(7)
            if style == "e164":
                return "+31" + pre + sub
            if intl:
                return rng.choice(["+31 " + pre + " " + sub, "+31 (0)" + pre + " " + sub, "0031 " + pre + " " + sub])
            if kind == "mobile":
                return rng.choice(["06-" + sub, "06 " + sub, "06 " + sub[:4] + " " + sub[4:]])
            return rng.choice(["0" + pre + "-" + sub, "0" + pre + " " + sub[:3] + " " + sub[3:]])
        if cc == "IT":
            if kind == "mobile":
                pre = rng.choice("320 328 333 335 338 339 340 345 347 348 349 366 380 388 392".split())
                sub = dg(7)
                if style == "e164":
                    return "+39" + pre + sub
                if intl:
                    return rng.choice(["+39 " + pre + " " + sub[:3] + " " + sub[3:], "+39 " + pre + sub,
                                       "0039 " + pre + " " + sub])
                return rng.choice([pre + " " + sub[:3] + " " + sub[3:], pre + "/" + sub, pre + sub])
            pre = area
            sub = dg(8 - len(pre) + 2)
            if intl:
                return "+39 " + pre + " " + sub
            return pre + " " + sub
        raise ValueError(cc)

    def iban(self, cc, compact=None):
        rng = self.rng

        def dg(n):
            return "".join(rng.choice("0123456789") for _ in range(n))

        def up(n):
            return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))

        if cc == "DE":
            bban = str(rng.randint(1, 8)) + dg(7) + dg(10)
        elif cc == "AT":
            bban = str(rng.randint(1, 6)) + dg(4) + dg(11)
        elif cc == "CH":
            bban = "00" + dg(3) + dg(12)
        elif cc == "GB":
            bban = rng.choice(["BARC", "LOYD", "NWBK", "HBUK", "MIDL", "NAIA"]) + dg(6) + dg(8)
        elif cc == "IE":
            bban = rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + dg(6) + dg(8)
        elif cc == "FR":
            bank, guichet, acct = dg(5), dg(5), dg(11)
            key = 97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97
            bban = bank + guichet + acct + "%02d" % key
        elif cc == "NL":
            bban = rng.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB"]) + dg(10)
        elif cc == "IT":
            bban = up(1) + dg(5) + dg(5) + dg(12)
        else:
            raise ValueError(cc)
        s = iban_make(cc, bban)
        if compact is None:
            compact = rng.random() < 0.25
        if compact:
            return s
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

    def card(self, kind=None):
        rng = self.rng
        kind = kind or self.wchoice([("visa", 45), ("mc", 35), ("amex", 12), ("discover", 8)])

        def dg(n):
            return "".join(rng.choice("0123456789") for _ in range(n))

        if kind == "visa":
            partial = "4" + dg(14)
        elif kind == "mc":
            if rng.random() < 0.3:
                partial = str(rng.randint(2221, 2720)) + dg(11)
            else:
                partial = str(rng.randint(51, 55)) + dg(13)
        elif kind == "amex":
            partial = rng.choice(["34", "37"]) + dg(12)
        else:
            partial = rng.choice(["6011" + dg(11), "65" + dg(13), str(rng.randint(644, 649)) + dg(12)])
        d = partial + luhn_digit(partial)
        assert card_ok(d)
        r = rng.random()
        if kind == "amex":
            if r < 0.7:
                return d[:4] + " " + d[4:10] + " " + d[10:]
            return d
        if r < 0.55:
            return " ".join(d[i:i + 4] for i in range(0, 16, 4))
        if r < 0.75:
            return "-".join(d[i:i + 4] for i in range(0, 16, 4))
        return d

    def taxid(self):
        rng = self.rng
        while True:
            digits = list("0123456789")
            rng.shuffle(digits)
            # 9 distinct digits, one of them twice (or three times)
            if rng.random() < 0.7:
                body = digits[:9] + [rng.choice(digits[:9])]
            else:
                d = rng.choice(digits[:8])
                body = digits[:8] + [d, d]
            rng.shuffle(body)
            s = "".join(body)
            if s[0] == "0":
                continue
            c = taxid_check(s)
            full = s + str(c)
            if taxid_ok(full):
                break
        if rng.random() < 0.35:
            return full[:2] + " " + full[2:5] + " " + full[5:8] + " " + full[8:]
        return full

    def ipv4(self, kind=None):
        rng = self.rng
        kind = kind or self.wchoice([("public", 60), ("doc", 15), ("private", 25)])
        if kind == "public":
            while True:
                a = rng.choice([31, 37, 46, 62, 77, 78, 80, 81, 84, 85, 87, 88, 91, 93, 94, 95, 109, 141, 145, 151,
                                176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 24, 50, 67, 68, 71, 73, 98, 104, 107,
                                108, 136, 162, 173, 174, 199, 86, 89, 90, 79, 82, 83])
                return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        if kind == "doc":
            return rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))
        return rng.choice(["10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 255), rng.randint(1, 254)),
                           "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254)),
                           "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))])

    def ipv6(self, kind=None):
        rng = self.rng
        kind = kind or self.wchoice([("global", 55), ("doc", 20), ("ula", 15), ("link", 10)])

        def h():
            return "%x" % rng.randint(0, 0xffff)

        if kind == "global":
            head = rng.choice(["2a02:" + h(), "2003:" + h(), "2a01:" + h(), "2001:" + "%x" % rng.randint(0x4000, 0x4fff),
                               "2600:" + h(), "2a00:" + h(), "2a0a:" + h()])
        elif kind == "doc":
            head = "2001:db8:" + h()
        elif kind == "ula":
            head = "fd" + "%02x" % rng.randint(0, 255) + ":" + h()
        else:
            head = "fe80:"
        if kind == "link":
            full = ["fe80", "0", "0", "0"] + [h() for _ in range(4)]
        else:
            hp = head.split(":")
            n_zero = rng.randint(1, 3) if rng.random() < 0.8 else 0
            rest = 8 - len(hp) - n_zero
            full = hp + ["0"] * n_zero + [h() for _ in range(rest)]
        addr = ipaddress.IPv6Address(":".join(full))
        if kind != "link" and rng.random() < 0.12:
            ip = addr.exploded
        else:
            ip = addr.compressed
        ipaddress.IPv6Address(ip)
        return ip

    def ip(self, v6=None):
        if v6 is None:
            v6 = self.rng.random() < 0.3
        return self.ipv6() if v6 else self.ipv4()

    def role(self, local, lang=None):
        lang = lang or self.lang
        dom = "talgrat.de" if lang == "de" and self.country in ("DE", "AT", "CH") else "talgrat.com"
        return Lab("E", local + "@" + dom)

    # --- look-alikes and plain values
    def digits(self, n, first_nonzero=True):
        for _ in range(50):
            s = (str(self.rng.randint(1, 9)) if first_nonzero else str(self.rng.randint(0, 9))) + \
                "".join(self.rng.choice("0123456789") for _ in range(n - 1))
            if digits_safe(s):
                return s
            self.inner_redraws += 1
        raise RuntimeError

    def hexs(self, n):
        """A hex string (hashes, ids) without a hidden card number or Steuer-ID."""
        for _ in range(50):
            h = "".join(self.rng.choice("0123456789abcdef") for _ in range(n))
            if digits_safe(h):
                return h
            self.inner_redraws += 1
        raise RuntimeError

    def order_no(self):
        r = self.rng.random()
        if r < 0.35:
            return "TG-" + str(self.rng.choice([2024, 2025])) + "-" + self.digits(6, False)
        if r < 0.6:
            return "#TG" + self.digits(6)
        if r < 0.8:
            return self.digits(8)
        return "W" + self.digits(7)

    def ticket(self):
        r = self.rng.random()
        if r < 0.3:
            return "#" + self.digits(5)
        if r < 0.55:
            return "CS-" + str(self.rng.choice([2024, 2025])) + "-" + self.digits(4)
        if r < 0.8:
            return "INC" + self.digits(7, False)
        return "T-" + self.digits(5)

    def phone_like(self):
        """A reference shaped like a phone number (never with +)."""
        rng = self.rng
        for _ in range(50):
            s = rng.choice(["0" + self.digits(3) + " " + self.digits(6), "0" + self.digits(2) + "-" + self.digits(7),
                            self.digits(3) + " " + self.digits(3) + " " + self.digits(4),
                            "0" + self.digits(4) + "/" + self.digits(5)])
            if digits_safe(s):
                return s
        raise RuntimeError

    def parcel(self):
        rng = self.rng
        for _ in range(50):
            s = rng.choice(["00340434" + self.digits(12, False), "JJD" + self.digits(18, False),
                            "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(6)) + self.digits(10, False),
                            "RR" + self.digits(9) + "GB", "CH" + self.digits(10) + "DE"])
            if digits_safe(s):
                return s
        raise RuntimeError

    def gtin(self):
        rng = self.rng
        for _ in range(100):
            body = rng.choice(["40", "42", "76", "90", "50", "80", "87"]) + "".join(rng.choice("0123456789") for _ in range(10))
            s = sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(body))
            g = body + str((10 - s % 10) % 10)
            if digits_safe(g):
                return g
            self.inner_redraws += 1
        raise RuntimeError

    def store(self, cc=None):
        cc = cc or self.country
        return "Talgrat " + self.rng.choice(STORES[cc])

    def store_town(self, cc=None):
        return self.rng.choice(STORES[cc or self.country])

    def company(self, kind):
        suffix = "_de" if self.lang == "de" else "_en"
        key = kind + suffix if kind + suffix in COMPANIES else kind
        return self.rng.choice(COMPANIES[key])

    # --- dates, times, money
    def ymd(self, year=None):
        rng = self.rng
        y = year or rng.choice([2024, 2025, 2025])
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        return y, m, d

    def date(self, ymd=None, style=None):
        y, m, d = ymd or self.ymd()
        rng = self.rng
        if self.lang == "de":
            months = list(MONTHS["de"])
            if self.country == "AT":
                months[0] = "Jänner"
            style = style or rng.choice(["num", "num", "long", "short"])
            if style == "num":
                return "%02d.%02d.%d" % (d, m, y)
            if style == "short":
                return "%d.%d." % (d, m)
            return "%d. %s %d" % (d, months[m - 1], y)
        style = style or rng.choice(["num", "long", "long", "short"])
        if self.country == "US":
            if style == "num":
                return "%d/%d/%d" % (m, d, y)
            if style == "short":
                return "%s %d" % (MONTHS["en"][m - 1], d)
            return "%s %d, %d" % (MONTHS["en"][m - 1], d, y)
        if style == "num":
            return "%02d/%02d/%d" % (d, m, y)
        if style == "short":
            return "%d %s" % (d, MONTHS["en"][m - 1])
        return "%d %s %d" % (d, MONTHS["en"][m - 1], y)

    def iso(self, ymd=None):
        y, m, d = ymd or self.ymd()
        return "%d-%02d-%02d" % (y, m, d)

    def time(self):
        return "%02d:%02d" % (self.rng.randint(7, 20), self.rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]))

    def month(self):
        m = self.rng.randint(1, 12)
        names = list(MONTHS[self.lang])
        if self.lang == "de" and self.country == "AT":
            names[0] = "Jänner"
        return names[m - 1]

    def weekday(self):
        if self.lang == "de":
            return self.rng.choice("Montag Dienstag Mittwoch Donnerstag Freitag Samstag".split())
        return self.rng.choice("Monday Tuesday Wednesday Thursday Friday Saturday".split())

    def money(self, lo, hi, cc=None):
        cc = cc or self.country
        cur = CURRENCY[cc]
        v = self.rng.randint(int(lo * 100), int(hi * 100))
        v = v - v % 5
        whole, cents = divmod(v, 100)
        if self.lang == "de":
            if cur == "CHF":
                return "CHF %d.%02d" % (whole, cents)
            sym = {"EUR": "€", "GBP": "£", "USD": "$"}[cur]
            w = "{:,}".format(whole).replace(",", ".")
            return "%s,%02d %s" % (w, cents, sym) if cur == "EUR" else "%s%s,%02d" % (sym, w, cents)
        w = "{:,}".format(whole)
        if cur == "CHF":
            return "CHF %s.%02d" % (w, cents)
        sym = {"EUR": "€", "GBP": "£", "USD": "$"}[cur]
        return "%s%s.%02d" % (sym, w, cents)

    def product(self):
        return self.rng.choice(PRODUCTS[self.lang])


PRODUCTS = {
    "en": [("Almweg Zip-Off Hiking Trousers", "TG-HT-100", "129.95", ["Rock Grey", "Peat Brown", "Slate"]),
           ("Fernkamm 45+10 Trekking Backpack", "TG-BP-045", "229.95", ["Slate", "Fir Shade", "Hut Orange"]),
           ("Firstwand 3-Layer Rain Jacket", "TG-RJ-100", "349.95", ["Fir Shade", "Ridge Blue", "Hut Orange", "Slate"]),
           ("Gitterhang Grid Fleece Jacket", "TG-FL-100", "119.95", ["Rock Grey", "Lichen", "Ridge Blue"]),
           ("Hochsattel 30 Hiking Backpack", "TG-BP-030", "139.95", ["Ridge Blue", "Fir Shade", "Slate"]),
           ("Kaltkar Down Jacket", "TG-DJ-100", "289.95", ["Alpenglow", "Ridge Blue", "Slate"]),
           ("Morgengrat Merino 150 Long-Sleeve Shirt", "TG-BL-100", "89.95", ["Slate", "Limestone", "Peat Brown"]),
           ("Rinnental Insulated Hoody", "TG-SI-100", "219.95", ["Fir Shade", "Hut Orange", "Slate"]),
           ("Schauerpass 2.5-Layer Rain Jacket", "TG-RJ-200", "199.95", ["Gentian", "Lichen", "Slate"]),
           ("Steinlauf Trail Running Shoe", "TG-TS-100", "159.95", ["Slate/Hut Orange", "Ridge Blue/Limestone"]),
           ("Trittweg Merino Hiking Socks", "TG-SO-100", "24.95", ["Rock Grey", "Fir Shade", "Hut Orange"]),
           ("Wintersteig Winter Trekking Trousers", "TG-WT-100", "169.95", ["Slate", "Fir Shade"])],
    "de": [("Almweg Zip-off-Wanderhose", "TG-HT-100", "129,95", ["Felsgrau", "Moorbraun", "Schiefer"]),
           ("Fernkamm 45+10 Trekkingrucksack", "TG-BP-045", "229,95", ["Schiefer", "Tannenschatten", "Hüttenorange"]),
           ("Firstwand 3-Lagen-Regenjacke", "TG-RJ-100", "349,95", ["Tannenschatten", "Gratblau", "Hüttenorange", "Schiefer"]),
           ("Gitterhang Grid-Fleecejacke", "TG-FL-100", "119,95", ["Felsgrau", "Flechte", "Gratblau"]),
           ("Hochsattel 30 Wanderrucksack", "TG-BP-030", "139,95", ["Gratblau", "Tannenschatten", "Schiefer"]),
           ("Kaltkar Daunenjacke", "TG-DJ-100", "289,95", ["Alpenglühen", "Gratblau", "Schiefer"]),
           ("Morgengrat Merino 150 Langarmshirt", "TG-BL-100", "89,95", ["Schiefer", "Kalkstein", "Moorbraun"]),
           ("Rinnental Isolationshoody", "TG-SI-100", "219,95", ["Tannenschatten", "Hüttenorange", "Schiefer"]),
           ("Schauerpass 2,5-Lagen-Regenjacke", "TG-RJ-200", "199,95", ["Enzian", "Flechte", "Schiefer"]),
           ("Steinlauf Trailrunningschuh", "TG-TS-100", "159,95", ["Schiefer/Hüttenorange", "Gratblau/Kalkstein"]),
           ("Trittweg Merino-Wandersocken", "TG-SO-100", "24,95", ["Felsgrau", "Tannenschatten", "Hüttenorange"]),
           ("Wintersteig Wintertrekkinghose", "TG-WT-100", "169,95", ["Schiefer", "Tannenschatten"])],
}

# ---------------------------------------------------------------------------------------------
# invented names


_ALL_PARTS = None
_BLOCK = None


def _blocklist():
    global _ALL_PARTS, _BLOCK
    if _BLOCK is None:
        _ALL_PARTS = NM.all_parts()
        blk = {}
        for p in _ALL_PARTS:
            blk[p] = True
        for w in NM.COMMON_WORDS:
            blk[NM.fold(w)] = True
        for w in NM.BRAND_WORDS:
            blk[NM.fold(w)] = True
        _BLOCK = blk
    return _BLOCK


VOWELS = "aeiouy"


def _ok_shape(w):
    low = w.lower()
    run_v = run_c = 0
    for ch in low:
        if ch in VOWELS:
            run_v += 1
            run_c = 0
        else:
            run_c += 1
            run_v = 0
        if run_v >= 3 or run_c >= 4:
            return False
    return 4 <= len(low) <= 12


def invent(rng, kind, gender, lang):
    blk = _blocklist()
    for _ in range(500):
        root = rng.choice(NM.INV_ONSET) + rng.choice(NM.INV_VOWEL)
        if rng.random() < 0.6:
            root += rng.choice(NM.INV_MID) + rng.choice(NM.INV_VOWEL[:5])
        end = rng.choice(NM.INV_GIVEN_END[gender]) if kind == "given" else rng.choice(NM.INV_SUR_END)
        if end[0] in VOWELS and root[-1] in VOWELS:
            root = root.rstrip(VOWELS)
        w = root + end
        w = w[0].upper() + w[1:]
        if not _ok_shape(w) or re.search(r"(aa|ii|uu|yy|ao|ae|oe|ue)", w.lower()):
            continue
        if NM.fold(w) in blk or NM.fold_de(w) in blk:
            continue
        return w
    raise RuntimeError("no invented name")


def is_listed_part(part):
    blk_parts = _listed_parts()
    return NM.fold(part) in blk_parts


_LISTED = None


def _listed_parts():
    global _LISTED
    if _LISTED is None:
        _LISTED = dict.fromkeys(NM.all_parts(), True)
    return _LISTED


# ---------------------------------------------------------------------------------------------
# finishing a text: clean-up outside spans, spans from marks

_PUA = 0xE000


def finish(marked, prose=True, swiss=False):
    """Clean the text outside spans and turn marks into spans.  Returns (text, entities)."""
    vals = []

    def sub(m):
        vals.append((m.group(1), m.group(2)))
        return chr(_PUA + len(vals) - 1)

    s = MARK_RE.sub(sub, marked)
    assert "\x01" not in s and "\x02" not in s and "\x03" not in s, "broken marks"
    if swiss:
        s = s.replace("ß", "ss")
    lines = [ln.rstrip() for ln in s.split("\n")]
    if prose:
        lines = [re.sub(r" {2,}", " ", ln.lstrip(" ")) for ln in lines]
        lines = [re.sub(r" +([,.;:!?)])", r"\1", ln) for ln in lines]
        lines = [re.sub(r"\( +", "(", ln) for ln in lines]
    s = "\n".join(lines)
    s = re.sub(r"(?<=\d\.)\.(?!\.)", "", s)  # a German short date before a full stop: "12.5.." -> "12.5."
    s = re.sub(r"\n{3,}", "\n\n", s)
    s = s.strip("\n ")
    # rebuild
    out = []
    ents = []
    pos = 0
    for ch in s:
        o = ord(ch)
        if _PUA <= o < _PUA + len(vals):
            t, v = vals[o - _PUA]
            ents.append({"type": TYPES[t], "start": pos, "end": pos + len(v), "value": v})
            out.append(v)
            pos += len(v)
        else:
            out.append(ch)
            pos += 1
    return "".join(out), ents


# ---------------------------------------------------------------------------------------------
# self-checks

HANDLE_RE = re.compile(r"(?<![\w.])@[\w.-]+")
URL_RE = re.compile(r"(?:https?://|www\.)\S+")
TOWNLINE_RES = [re.compile(r"^(?:(?:D|A|CH|F|I|NL)-)?\d{4,5}(?: [A-Z]{2})? [^\W\d_]"),
                re.compile(r"^[A-Z][A-Za-z .'-]+ [A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b"),
                re.compile(r"^[A-Z][A-Za-z .'-]+, [A-Z]{2} \d{5}\b"),
                re.compile(r"^(?:Dublin \d+, )?[A-Z]\d{2}[ ]?[A-Z0-9]{4}\b")]
EMAIL_FULL_RE = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")


def blank_spans(text, ents, ch="§"):
    chars = list(text)
    for e in ents:
        for i in range(e["start"], e["end"]):
            if chars[i] != "\n":
                chars[i] = ch
    return "".join(chars)


def check_record(text, ents, has_pii):
    """Return an error string, or None if the text passes every check."""
    if not text or text != text.strip():
        return "space at start or end"
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in text):
        return "control character"
    if any(0xE000 <= ord(ch) <= 0xF8FF for ch in text):
        return "private-use character"
    if "[[" in text or "[?" in text or re.search(r"\{[a-z_]+(\.[a-zA-Z_0-9]+)?\}", text):
        return "template marks left"
    if text.count("\n") + 1 > 15:
        return "more than 15 lines"
    last = 0
    for e in ents:
        if e["type"] not in CODE:
            return "bad type"
        if text[e["start"]:e["end"]] != e["value"]:
            return "value mismatch"
        if e["start"] < last:
            return "overlap or order"
        if e["value"] != e["value"].strip():
            return "space at end of value"
        last = e["end"]
    if has_pii and not ents:
        return "no span in a text with personal data"
    if not has_pii and ents:
        return "span in a text without personal data"
    for a, b in zip(ents, ents[1:]):
        if a["type"] == "PERSON" and b["type"] == "PERSON":
            gap = text[a["end"]:b["start"]]
            if re.fullmatch(r"[ \n]*", gap):
                return "two PERSON spans side by side"
    for e in ents:
        v, t = e["value"], e["type"]
        if t == "IBAN" and not iban_ok(v):
            return "bad IBAN"
        if t == "CREDIT_CARD" and not card_ok(re.sub(r"[ -]", "", v)):
            return "bad card"
        if t == "DE_TAX_ID" and not taxid_ok(v.replace(" ", "")):
            return "bad tax id"
        if t == "IP_ADDRESS" and not (ipv4_ok(v) or ipv6_ok(v)):
            return "bad IP"
        if t == "EMAIL" and not EMAIL_FULL_RE.match(v):
            return "bad e-mail"
        if t == "PHONE" and len(re.sub(r"\D", "", v)) < 7:
            return "short phone"
        if t == "PERSON" and re.search(r"\d", v):
            return "digit in a name"
        if t == "STREET_ADDRESS" and "\n" not in v:
            after = text[e["end"]:]
            if after.startswith("\n"):
                nxt = after[1:].split("\n", 1)[0]
                if any(r.match(nxt) for r in TOWNLINE_RES):
                    return "street span followed by its town line"
    outside = blank_spans(text, ents)
    found = scan_values(outside)
    if found:
        return "unlabelled value outside spans: %s %s" % found[0]
    # name parts outside spans
    parts = {}
    for e in ents:
        if e["type"] == "PERSON":
            for p in re.findall(r"\w+", e["value"]):
                if len(p) > 1 and p.lower() not in NM.PARTICLES:
                    parts[p.casefold()] = True
                    parts[NM.fold(p)] = True
    if parts:
        o = HANDLE_RE.sub(" ", URL_RE.sub(" ", EMAIL_RE.sub(" ", outside)))
        for w in re.findall(r"\w+", o):
            if len(w) > 1 and w.lower() not in NM.PARTICLES and (w.casefold() in parts or NM.fold(w) in parts):
                return "unlabelled name part outside spans: " + w
    return None
