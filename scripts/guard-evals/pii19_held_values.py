"""Values of the nineteenth PII bank, held-out half: addresses in nine countries' layouts, phone
numbers in national and international forms, checksummed values (IBAN, card, German tax ID), IP
addresses, and the look-alikes of the clean texts (order, tracking and customer numbers, GTINs,
dates, prices, versions, postcodes and towns alone, companies named after people).

All data here is written for this bank; streets and towns are real names, the combinations made up.
"""

import ipaddress
import random

# ---------------------------------------------------------------- places

DE_TOWNS = [
    ("10115", "Berlin"), ("10247", "Berlin"), ("10437", "Berlin"), ("12043", "Berlin"), ("13353", "Berlin"),
    ("20095", "Hamburg"), ("22765", "Hamburg"), ("22089", "Hamburg"), ("80331", "München"), ("80469", "München"),
    ("81543", "München"), ("50667", "Köln"), ("50823", "Köln"), ("60311", "Frankfurt am Main"),
    ("60385", "Frankfurt am Main"), ("70173", "Stuttgart"), ("70376", "Stuttgart"), ("40210", "Düsseldorf"),
    ("44135", "Dortmund"), ("45127", "Essen"), ("28195", "Bremen"), ("30159", "Hannover"), ("04109", "Leipzig"),
    ("01067", "Dresden"), ("90402", "Nürnberg"), ("47051", "Duisburg"), ("44787", "Bochum"), ("42103", "Wuppertal"),
    ("33602", "Bielefeld"), ("53111", "Bonn"), ("48143", "Münster"), ("76133", "Karlsruhe"), ("68159", "Mannheim"),
    ("86150", "Augsburg"), ("65183", "Wiesbaden"), ("79098", "Freiburg im Breisgau"), ("69117", "Heidelberg"),
    ("93047", "Regensburg"), ("97070", "Würzburg"), ("87435", "Kempten (Allgäu)"), ("87527", "Sonthofen"),
    ("87561", "Oberstdorf"), ("87629", "Füssen"), ("88131", "Lindau (Bodensee)"), ("87700", "Memmingen"),
    ("89073", "Ulm"), ("24103", "Kiel"), ("23552", "Lübeck"), ("18055", "Rostock"), ("19053", "Schwerin"),
    ("39104", "Magdeburg"), ("06108", "Halle (Saale)"), ("99084", "Erfurt"), ("07743", "Jena"),
    ("37073", "Göttingen"), ("34117", "Kassel"), ("35037", "Marburg"), ("55116", "Mainz"), ("66111", "Saarbrücken"),
    ("54290", "Trier"), ("26122", "Oldenburg"), ("49074", "Osnabrück"), ("83022", "Rosenheim"),
    ("83471", "Berchtesgaden"), ("82467", "Garmisch-Partenkirchen"), ("94032", "Passau"), ("84028", "Landshut"),
    ("85049", "Ingolstadt"), ("95444", "Bayreuth"), ("96047", "Bamberg"), ("72070", "Tübingen"),
    ("78462", "Konstanz"), ("88212", "Ravensburg"), ("14467", "Potsdam"), ("03046", "Cottbus"),
    ("17489", "Greifswald"), ("27568", "Bremerhaven"), ("32423", "Minden"), ("87509", "Immenstadt im Allgäu"),
]
DE_STREETS = [
    "Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Dorfstraße", "Bergstraße", "Lindenstraße",
    "Kirchstraße", "Waldstraße", "Ringstraße", "Goethestraße", "Schillerstraße", "Mozartstraße", "Rosenweg",
    "Birkenweg", "Ahornweg", "Amselweg", "Lerchenfeld", "Kastanienallee", "Am Mühlbach", "Am Sonnenhang",
    "Im Winkel", "Auf der Heide", "Hinter den Gärten", "Marktplatz", "Kirchplatz", "Eichendorffweg",
    "Friedrich-Ebert-Straße", "Kaiser-Wilhelm-Ring", "Berliner Allee", "Münchner Straße", "Hamburger Straße",
    "Kemptener Straße", "Sonnenstraße", "Wiesenweg", "Feldstraße", "Breite Straße", "Lange Reihe",
    "Schanzenstraße", "Oranienstraße", "Sonnenallee", "Bismarckstraße", "Uhlandstraße", "Hölderlinweg",
    "Eschenweg", "Tannenstraße", "Allgäuer Straße", "Immenstädter Straße", "Am Stadtpark", "Zur Alten Mühle",
    "Brunnengasse", "Obere Bachgasse", "Untere Hauptstraße", "Neue Straße", "Alte Landstraße", "Hafenstraße",
    "Deichstraße", "Wilhelmstraße", "Körnerstraße", "Weidenweg", "Heideweg", "Am Anger", "Ulmenstraße",
    "Pestalozzistraße", "Humboldtstraße", "Lessingstraße", "Talstraße", "Jahnstraße", "Am Bahndamm",
]
AT_TOWNS = [
    ("1020", "Wien"), ("1030", "Wien"), ("1040", "Wien"), ("1050", "Wien"), ("1060", "Wien"), ("1070", "Wien"),
    ("1080", "Wien"), ("1090", "Wien"), ("1100", "Wien"), ("1120", "Wien"), ("1140", "Wien"), ("1160", "Wien"),
    ("1180", "Wien"), ("1190", "Wien"), ("1210", "Wien"), ("1220", "Wien"), ("8010", "Graz"), ("8020", "Graz"),
    ("4020", "Linz"), ("4040", "Linz"), ("5020", "Salzburg"), ("6020", "Innsbruck"),
    ("9020", "Klagenfurt am Wörthersee"), ("9500", "Villach"), ("3100", "St. Pölten"), ("6900", "Bregenz"),
    ("6850", "Dornbirn"), ("7000", "Eisenstadt"), ("4600", "Wels"), ("2700", "Wiener Neustadt"), ("8700", "Leoben"),
    ("6370", "Kitzbühel"), ("2340", "Mödling"), ("3500", "Krems an der Donau"), ("4400", "Steyr"), ("6460", "Imst"),
    ("6500", "Landeck"), ("5700", "Zell am See"), ("8600", "Bruck an der Mur"), ("6600", "Reutte"),
    ("2500", "Baden"), ("3400", "Klosterneuburg"), ("4810", "Gmunden"), ("9900", "Lienz"), ("6410", "Telfs"),
]
AT_STREETS = [
    "Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Linzer Gasse", "Favoritenstraße",
    "Thaliastraße", "Ottakringer Straße", "Neubaugasse", "Kaiserstraße", "Praterstraße", "Wiedner Hauptstraße",
    "Schönbrunner Straße", "Gumpendorfer Straße", "Währinger Straße", "Annenstraße", "Elisabethstraße",
    "Sackstraße", "Herzog-Friedrich-Straße", "Anichstraße", "Bahnhofstraße", "Hauptplatz", "Kirchengasse",
    "Dorfstraße", "Feldgasse", "Lindengasse", "Wiener Straße", "Grazer Straße", "Salzburger Straße",
    "Hauptstraße", "Am Steinfeld", "Rennweg", "Gartengasse", "Hernalser Hauptstraße", "Leopoldauer Straße",
    "Brünner Straße", "Wagramer Straße", "Schubertstraße", "Mozartgasse", "Leonhardstraße", "Schillerstraße",
]
CH_TOWNS = [
    ("8001", "Zürich"), ("8003", "Zürich"), ("8004", "Zürich"), ("8005", "Zürich"), ("8032", "Zürich"),
    ("8037", "Zürich"), ("8046", "Zürich"), ("3011", "Bern"), ("3007", "Bern"), ("3013", "Bern"), ("4051", "Basel"),
    ("4056", "Basel"), ("4057", "Basel"), ("6003", "Luzern"), ("6004", "Luzern"), ("9000", "St. Gallen"),
    ("8400", "Winterthur"), ("5000", "Aarau"), ("7000", "Chur"), ("6300", "Zug"), ("8200", "Schaffhausen"),
    ("3600", "Thun"), ("2502", "Biel/Bienne"), ("4500", "Solothurn"), ("8500", "Frauenfeld"), ("6430", "Schwyz"),
    ("3920", "Zermatt"), ("7500", "St. Moritz"), ("7270", "Davos Platz"), ("3800", "Interlaken"),
    ("8640", "Rapperswil"), ("5400", "Baden"), ("4600", "Olten"), ("8820", "Wädenswil"), ("6460", "Altdorf"),
    ("9050", "Appenzell"), ("8750", "Glarus"), ("3700", "Spiez"),
]
CH_STREETS = [
    "Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Hauptstrasse", "Kirchgasse", "Kramgasse", "Marktgasse",
    "Spitalgasse", "Langstrasse", "Badenerstrasse", "Zürichstrasse", "Bernstrasse", "Rosenweg",
    "Schulhausstrasse", "Oberdorfstrasse", "Unterdorf", "Feldstrasse", "Gartenstrasse", "Birkenweg",
    "Rämistrasse", "Aarbergergasse", "Gerechtigkeitsgasse", "Steinenvorstadt", "Freie Strasse",
    "Pilatusstrasse", "Haldenstrasse", "Rorschacher Strasse", "Poststrasse", "Industriestrasse",
    "Allmendstrasse", "Sonnenbergstrasse", "Weinbergstrasse", "Zelgstrasse", "Im Ried", "Bündtenweg",
]
GB_TOWNS = [
    ("London", ["SE15", "N16", "E8", "SW11", "NW5", "W12", "E17", "SE22"]), ("Manchester", ["M14", "M20", "M4"]),
    ("Leeds", ["LS6", "LS8", "LS11"]), ("Bristol", ["BS6", "BS3", "BS7"]), ("Birmingham", ["B13", "B29", "B15"]),
    ("Sheffield", ["S10", "S11", "S7"]), ("Liverpool", ["L17", "L8"]), ("Newcastle upon Tyne", ["NE6", "NE2"]),
    ("Nottingham", ["NG7", "NG5"]), ("Brighton", ["BN1", "BN2"]), ("Norwich", ["NR2", "NR3"]),
    ("York", ["YO31", "YO10"]), ("Cambridge", ["CB1", "CB4"]), ("Oxford", ["OX4", "OX2"]),
    ("Glasgow", ["G12", "G41", "G3"]), ("Edinburgh", ["EH6", "EH9", "EH3"]), ("Aberdeen", ["AB10", "AB24"]),
    ("Cardiff", ["CF24", "CF11"]), ("Swansea", ["SA1", "SA2"]), ("Belfast", ["BT7", "BT9"]), ("Exeter", ["EX4"]),
    ("Kendal", ["LA9"]), ("Keswick", ["CA12"]), ("Inverness", ["IV2", "IV3"]), ("Bath", ["BA1", "BA2"]),
    ("Leicester", ["LE2", "LE3"]), ("Durham", ["DH1"]), ("Harrogate", ["HG1", "HG2"]),
]
GB_STREETS = [
    "Albert Road", "Victoria Street", "Church Lane", "Station Road", "High Street", "Mill Lane", "Park Avenue",
    "Queen's Road", "Kings Road", "The Crescent", "Beech Grove", "Elm Close", "Oakfield Drive", "Willow Way",
    "Manor Road", "Orchard Close", "Chapel Street", "Windsor Terrace", "Grosvenor Place", "St Mary's Road",
    "Hawthorn Avenue", "Rosebery Avenue", "Gladstone Street", "Meadow View", "Bridge Street", "Marlborough Road",
    "Holly Bank", "Cavendish Road", "Highfield Lane", "Nursery Gardens", "Belle Vue Terrace", "Moorland Road",
]
US_TOWNS = [
    ("Portland", "OR", "972"), ("Seattle", "WA", "981"), ("Denver", "CO", "802"), ("Boulder", "CO", "803"),
    ("Austin", "TX", "787"), ("Chicago", "IL", "606"), ("Brooklyn", "NY", "112"), ("New York", "NY", "100"),
    ("Boston", "MA", "021"), ("Burlington", "VT", "054"), ("Minneapolis", "MN", "554"), ("Madison", "WI", "537"),
    ("Salt Lake City", "UT", "841"), ("Bend", "OR", "977"), ("Asheville", "NC", "288"), ("Raleigh", "NC", "276"),
    ("Atlanta", "GA", "303"), ("Nashville", "TN", "372"), ("San Diego", "CA", "921"), ("Oakland", "CA", "946"),
    ("Sacramento", "CA", "958"), ("Phoenix", "AZ", "850"), ("Flagstaff", "AZ", "860"), ("Missoula", "MT", "598"),
    ("Bozeman", "MT", "597"), ("Boise", "ID", "837"), ("Anchorage", "AK", "995"), ("Pittsburgh", "PA", "152"),
    ("Philadelphia", "PA", "191"), ("Columbus", "OH", "432"), ("Ann Arbor", "MI", "481"), ("Duluth", "MN", "558"),
    ("Santa Fe", "NM", "875"), ("Portland", "ME", "041"),
]
US_STREETS = [
    "Maple Avenue", "W 4th Street", "N Lincoln Ave", "Pine St", "Elm Street", "SE Division St", "Mission Street",
    "Pearl St", "Cedar Lane", "Oak Ridge Rd", "Lakeview Dr", "Spring Garden St", "Massachusetts Ave", "Broadway",
    "Highland Ave", "Sycamore Court", "E Colfax Ave", "Willow Creek Rd", "S Congress Ave", "Magnolia Blvd",
    "Juniper Way", "Aspen Circle", "Ridgecrest Drive", "N Main St",
]
IE_TOWNS = [
    ("Dublin 2", "D02"), ("Dublin 4", "D04"), ("Dublin 6", "D06"), ("Dublin 7", "D07"), ("Dublin 8", "D08"),
    ("Dublin 9", "D09"), ("Dublin 15", "D15"), ("Cork", "T12"), ("Cork", "T23"), ("Ballincollig, Co. Cork", "P31"),
    ("Galway", "H91"), ("Limerick", "V94"), ("Waterford", "X91"), ("Kilkenny", "R95"), ("Sligo", "F91"),
    ("Athlone, Co. Westmeath", "N37"), ("Bray, Co. Wicklow", "A98"), ("Naas, Co. Kildare", "W91"),
    ("Killarney, Co. Kerry", "V93"), ("Westport, Co. Mayo", "F28"), ("Drogheda, Co. Louth", "A92"),
    ("Letterkenny, Co. Donegal", "F92"), ("Ennis, Co. Clare", "V95"),
]
IE_STREETS = [
    "Ashgrove Park", "Harcourt Street", "Griffith Avenue", "Ranelagh Road", "Rathgar Road", "Mount Eden Road",
    "Castle Street", "Shop Street", "O'Connell Street", "Patrick Street", "Summerhill", "Glenageary Road",
    "Seafield Crescent", "Oakpark Drive", "Hazelwood Court", "Millbrook Lawn", "Church View", "Main Street",
    "Sandymount Avenue", "Bóthar na Trá",
]
FR_TOWNS = [
    ("75011", "Paris"), ("75018", "Paris"), ("75005", "Paris"), ("69003", "Lyon"), ("69007", "Lyon"),
    ("13006", "Marseille"), ("31000", "Toulouse"), ("33000", "Bordeaux"), ("44000", "Nantes"),
    ("67000", "Strasbourg"), ("59000", "Lille"), ("35000", "Rennes"), ("38000", "Grenoble"),
    ("74400", "Chamonix-Mont-Blanc"), ("06000", "Nice"), ("34000", "Montpellier"), ("21000", "Dijon"),
    ("68000", "Colmar"), ("64200", "Biarritz"), ("73000", "Chambéry"), ("65000", "Tarbes"),
]
FR_STREETS = [
    "rue des Lilas", "rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue Victor Hugo",
    "rue du Faubourg Saint-Antoine", "chemin des Vignes", "allée des Tilleuls", "rue Pasteur", "quai de la Fosse",
    "rue des Écoles", "impasse du Moulin", "rue Sainte-Catherine", "avenue de la Gare",
]
NL_TOWNS = [
    ("10", "Amsterdam"), ("30", "Rotterdam"), ("35", "Utrecht"), ("25", "Den Haag"), ("56", "Eindhoven"),
    ("97", "Groningen"), ("23", "Leiden"), ("20", "Haarlem"), ("65", "Nijmegen"), ("62", "Maastricht"),
    ("80", "Zwolle"), ("26", "Delft"), ("38", "Amersfoort"),
]
NL_STREETS = [
    "Prinsengracht", "Keizersgracht", "Oudegracht", "Witte de Withstraat", "Kerkstraat", "Dorpsstraat",
    "Stationsweg", "Molenweg", "Lange Voorhout", "Vismarkt", "Breestraat", "Nieuwe Binnenweg", "Spuistraat",
    "Biltstraat", "Zeestraat", "Tolstraat",
]
IT_TOWNS = [
    ("20121", "Milano"), ("20144", "Milano"), ("00185", "Roma"), ("00153", "Roma"), ("10121", "Torino"),
    ("50122", "Firenze"), ("40126", "Bologna"), ("16121", "Genova"), ("80134", "Napoli"), ("37121", "Verona"),
    ("39100", "Bolzano"), ("38122", "Trento"), ("30121", "Venezia"), ("35121", "Padova"), ("90133", "Palermo"),
    ("24121", "Bergamo"), ("11100", "Aosta"), ("39042", "Bressanone"),
]
IT_STREETS = [
    "Via Garibaldi", "Via Roma", "Corso Vittorio Emanuele II", "Via Dante", "Via Mazzini",
    "Piazza della Repubblica", "Via dei Mille", "Viale Monza", "Via San Francesco", "Via Cavour",
    "Via XX Settembre", "Corso Buenos Aires", "Via Nazionale", "Via Torino", "Via dei Portici",
]

COUNTRY_NAMES = {
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Großbritannien", "US": "USA",
           "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA",
           "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
}

_GB_IN = "ABDEFGHJLNPQRSTUWXYZ"
_EIR = "0123456789ACDEFHKNPRTVWXY"


def _num(rng, lo=1, hi=90):
    return str(rng.choice([rng.randint(lo, 30), rng.randint(lo, hi), rng.randint(lo, 12)]))


class Address:
    """One made-up postal address. `street` is the street line (with flat or door part),
    `town` the postcode/town line; `one()` joins them with a comma, `two()` with a line break."""

    def __init__(self, rng: random.Random, country: str, prefix: bool | None = None):
        self.country = country
        self.extra = ""
        r = rng.random()
        if country == "DE":
            name = rng.choice(DE_STREETS)
            if rng.random() < 0.2 and name.endswith("straße"):
                name = name[: -len("straße")] + "str."
            no = _num(rng, 1, 140)
            if rng.random() < 0.15:
                no += rng.choice(["a", "b", "c", " a"])
            elif rng.random() < 0.05:
                no = f"{no}-{int(no) + 2}"
            self.street = f"{name} {no}"
            plz, self.townname = rng.choice(DE_TOWNS)
            pre = "D-" if (prefix if prefix is not None else rng.random() < 0.12) else ""
            self.postcode = plz
            self.town = f"{pre}{plz} {self.townname}"
        elif country == "AT":
            name = rng.choice(AT_STREETS)
            plz, self.townname = rng.choice(AT_TOWNS)
            no = _num(rng, 1, 120)
            if plz.startswith("1") or r < 0.35:
                no = rng.choice([f"{no}/{rng.randint(1, 6)}/{rng.randint(1, 24)}", f"{no}/{rng.randint(1, 30)}",
                                 f"{no}/Top {rng.randint(1, 30)}", f"{no}/{rng.randint(1, 4)}/{rng.randint(1, 18)}"])
            self.street = f"{name} {no}"
            pre = "A-" if (prefix if prefix is not None else rng.random() < 0.25) else ""
            self.postcode = plz
            self.town = f"{pre}{plz} {self.townname}"
        elif country == "CH":
            name = rng.choice(CH_STREETS)
            no = _num(rng, 1, 90)
            if rng.random() < 0.12:
                no += rng.choice(["a", "b"])
            self.street = f"{name} {no}"
            plz, self.townname = rng.choice(CH_TOWNS)
            pre = "CH-" if (prefix if prefix is not None else rng.random() < 0.3) else ""
            self.postcode = plz
            self.town = f"{pre}{plz} {self.townname}"
        elif country == "GB":
            name = rng.choice(GB_STREETS)
            no = _num(rng, 1, 160)
            flat = rng.choice(["", "", "", f"Flat {rng.randint(1, 12)}, ", f"Flat {rng.randint(1, 6)}{rng.choice('ABC')}, "])
            self.street = f"{flat}{no} {name}"
            self.townname, outs = rng.choice(GB_TOWNS)
            self.postcode = f"{rng.choice(outs)} {rng.randint(1, 9)}{rng.choice(_GB_IN)}{rng.choice(_GB_IN)}"
            self.town = f"{self.townname}{rng.choice([' ', ', '])}{self.postcode}"
        elif country == "US":
            name = rng.choice(US_STREETS)
            self.street = f"{rng.randint(10, 9899)} {name}"
            if rng.random() < 0.35:
                self.street += rng.choice([f", Apt {rng.randint(1, 40)}{rng.choice(['', 'B', 'C'])}", f" Apt {rng.randint(1, 24)}",
                                           f", Suite {rng.randint(100, 990)}", f" #{rng.randint(2, 60)}", f", Unit {rng.randint(1, 20)}"])
            self.townname, st, zp = rng.choice(US_TOWNS)
            self.postcode = f"{zp}{rng.randint(0, 99):02d}"
            self.town = f"{self.townname}, {st} {self.postcode}"
        elif country == "IE":
            name = rng.choice(IE_STREETS)
            no = _num(rng, 1, 80)
            apt = rng.choice(["", "", "", f"Apartment {rng.randint(1, 30)}, ", f"Apt {rng.randint(1, 20)}, "])
            self.street = f"{apt}{no} {name}"
            self.townname, key = rng.choice(IE_TOWNS)
            uid = rng.choice("ACDEFHKNPRTVWXY") + "".join(rng.choice(_EIR) for _ in range(3))
            self.postcode = f"{key} {uid}"
            self.town = f"{self.townname}{rng.choice([', ', ' '])}{self.postcode}"
        elif country == "FR":
            name = rng.choice(FR_STREETS)
            no = _num(rng, 1, 120) + rng.choice(["", "", "", " bis", " ter"])
            self.street = f"{no} {name}"
            self.postcode, self.townname = rng.choice(FR_TOWNS)
            self.town = f"{self.postcode} {self.townname}"
        elif country == "NL":
            name = rng.choice(NL_STREETS)
            no = _num(rng, 1, 300) + rng.choice(["", "", "", "-II", " hs", "A", "-1"])
            self.street = f"{name} {no}"
            pre, self.townname = rng.choice(NL_TOWNS)
            self.postcode = f"{pre}{rng.randint(11, 99)} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
            self.town = f"{self.postcode}{rng.choice([' ', '  '])}{self.townname}".replace("  ", " ")
        elif country == "IT":
            name = rng.choice(IT_STREETS)
            no = _num(rng, 1, 140) + rng.choice(["", "", "", "/A", "/b"])
            self.street = f"{name} {no}" if not name.startswith("Piazza") else f"{name}, {no}"
            self.postcode, self.townname = rng.choice(IT_TOWNS)
            self.town = f"{self.postcode} {self.townname}"
        else:
            raise KeyError(country)

    def one(self) -> str:
        return f"{self.street}, {self.town}"

    def two(self) -> str:
        return f"{self.street}\n{self.town}"


# ---------------------------------------------------------------- phones


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


_DE_AREA = ["30", "40", "89", "221", "69", "711", "211", "231", "201", "421", "511", "341", "351", "911", "831", "8321", "8322", "8323", "8362", "8331", "761", "6221", "941", "931", "721", "621", "821", "751", "731"]
_DE_MOB = ["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179", "1511", "1520", "1590"]
_AT_AREA = ["1", "316", "732", "662", "512", "463", "4242", "5574", "2742", "7242", "5356"]
_AT_MOB = ["664", "676", "699", "650", "660", "681", "688"]
_CH_AREA = ["44", "31", "61", "41", "71", "52", "62", "81", "33", "43", "56"]
_CH_MOB = ["76", "77", "78", "79", "75"]
_GB_AREA = [("20", 8), ("113", 7), ("161", 7), ("117", 7), ("131", 7), ("141", 7), ("121", 7), ("114", 7), ("1223", 6), ("1865", 6), ("1539", 6), ("1225", 6), ("29", 8)]
_US_AREA = ["212", "312", "415", "503", "617", "206", "303", "512", "404", "602", "718", "773", "919", "720", "971", "406", "208", "907", "412", "215", "614", "734", "505", "802", "828", "615", "619", "916"]
_IE_AREA = [("1", 7), ("21", 7), ("91", 6), ("61", 6), ("51", 6), ("56", 7), ("71", 7), ("64", 7)]
_IE_MOB = ["83", "85", "86", "87", "89"]
_FR_AREA = ["1", "2", "3", "4", "5"]
_NL_AREA = ["20", "10", "30", "70", "40", "50", "71", "23", "24", "43"]
_IT_AREA = [("02", 8), ("06", 8), ("011", 7), ("055", 7), ("051", 7), ("010", 7), ("081", 7), ("045", 7), ("0471", 6)]


def phone(rng: random.Random, country: str, mobile: bool | None = None, intl: bool | None = None) -> str:
    """A made-up phone number in one of the country's usual national or international forms."""
    mob = rng.random() < 0.5 if mobile is None else mobile
    itl = rng.random() < 0.4 if intl is None else intl
    if country == "DE":
        if mob:
            m, rest = rng.choice(_DE_MOB), _d(rng, 7 if rng.random() < 0.6 else 8)
            return rng.choice([f"+49 {m} {rest}", f"+49 {m} {rest[:3]} {rest[3:]}", f"+49 (0){m} {rest}", f"+49{m}{rest}"]) if itl else \
                rng.choice([f"0{m} {rest}", f"0{m}-{rest}", f"0{m}/{rest}", f"0{m} {rest[:3]} {rest[3:]}", f"(0{m}) {rest}"])
        a = rng.choice(_DE_AREA)
        rest = _d(rng, 10 - len(a) if len(a) > 2 else 8)
        return rng.choice([f"+49 {a} {rest}", f"+49 (0){a} {rest}", f"+49 {a} {rest[:3]} {rest[3:]}", f"+49-{a}-{rest}"]) if itl else \
            rng.choice([f"0{a} {rest}", f"0{a}/{rest}", f"0{a} / {rest[:3]} {rest[3:]}", f"(0{a}) {rest}", f"0{a}-{rest}", f"0{a} {rest[:2]} {rest[2:4]} {rest[4:]}"])
    if country == "AT":
        if mob:
            m, rest = rng.choice(_AT_MOB), _d(rng, 7)
            return rng.choice([f"+43 {m} {rest}", f"+43 {m} {rest[:3]} {rest[3:5]} {rest[5:]}", f"+43 (0){m} {rest}"]) if itl else \
                rng.choice([f"0{m} {rest}", f"0{m}/{rest}", f"0{m} {rest[:3]} {rest[3:5]} {rest[5:]}", f"0{m}-{rest}"])
        a = rng.choice(_AT_AREA)
        rest = _d(rng, 7 if a == "1" else 6)
        return rng.choice([f"+43 {a} {rest}", f"+43 (0){a} {rest}", f"+43 {a} {rest[:3]} {rest[3:]}"]) if itl else \
            rng.choice([f"0{a} {rest}", f"0{a}/{rest}", f"0{a} {rest[:3]} {rest[3:]}", f"(0{a}) {rest}"])
    if country == "CH":
        a = rng.choice(_CH_MOB if mob else _CH_AREA)
        r3, r2a, r2b = _d(rng, 3), _d(rng, 2), _d(rng, 2)
        return rng.choice([f"+41 {a} {r3} {r2a} {r2b}", f"+41 (0){a} {r3} {r2a} {r2b}", f"+41{a}{r3}{r2a}{r2b}", f"0041 {a} {r3} {r2a} {r2b}"]) if itl else \
            rng.choice([f"0{a} {r3} {r2a} {r2b}", f"0{a}/{r3} {r2a} {r2b}", f"0{a} {r3}{r2a}{r2b}"])
    if country == "GB":
        if mob:
            rest = "7" + _d(rng, 3) + " " + _d(rng, 6)
            return rng.choice([f"+44 {rest}", f"+44 (0){rest}", f"+44{rest.replace(' ', '')}"]) if itl else rng.choice([f"0{rest}", f"0{rest[:4]} {rest[5:8]} {rest[8:]}"])
        a, n = rng.choice(_GB_AREA)
        rest = _d(rng, n)
        rest = f"{rest[:4]} {rest[4:]}" if n == 8 else f"{rest[:3]} {rest[3:]}"
        return rng.choice([f"+44 {a} {rest}", f"+44 (0){a} {rest}"]) if itl else f"0{a} {rest}"
    if country == "US":
        a = rng.choice(_US_AREA)
        ex = f"{rng.randint(2, 9)}{_d(rng, 2)}"
        if ex[1:] == "55":
            ex = ex[0] + "47"
        last = _d(rng, 4)
        return rng.choice([f"+1 {a} {ex} {last}", f"+1 ({a}) {ex}-{last}", f"+1-{a}-{ex}-{last}"]) if itl else \
            rng.choice([f"({a}) {ex}-{last}", f"{a}-{ex}-{last}", f"{a}.{ex}.{last}", f"({a}) {ex} {last}"])
    if country == "IE":
        if mob:
            m, r3, r4 = rng.choice(_IE_MOB), _d(rng, 3), _d(rng, 4)
            return rng.choice([f"+353 {m} {r3} {r4}", f"+353 (0){m} {r3} {r4}", f"+353{m}{r3}{r4}"]) if itl else rng.choice([f"0{m} {r3} {r4}", f"0{m}-{r3}{r4}", f"0{m} {r3}{r4}"])
        a, n = rng.choice(_IE_AREA)
        rest = _d(rng, n)
        rest = f"{rest[:3]} {rest[3:]}"
        return f"+353 {a} {rest}" if itl else f"0{a} {rest}"
    if country == "FR":
        first = rng.choice(["6", "7"]) if mob else rng.choice(_FR_AREA)
        pairs = " ".join(_d(rng, 2) for _ in range(4))
        return rng.choice([f"+33 {first} {pairs}", f"+33 (0){first} {pairs}"]) if itl else rng.choice([f"0{first} {pairs}", f"0{first}.{pairs.replace(' ', '.')}"])
    if country == "NL":
        if mob:
            rest = _d(rng, 8)
            return rng.choice([f"+31 6 {rest}", f"+31 (0)6 {rest[:4]} {rest[4:]}", f"+316{rest}"]) if itl else rng.choice([f"06 {rest}", f"06-{rest}", f"06 {rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}"])
        a = rng.choice(_NL_AREA)
        rest = _d(rng, 7)
        return rng.choice([f"+31 {a} {rest[:3]} {rest[3:]}", f"+31 (0){a} {rest}"]) if itl else rng.choice([f"0{a} {rest[:3]} {rest[3:]}", f"0{a}-{rest}"])
    if country == "IT":
        if mob:
            m, rest = "3" + _d(rng, 2), _d(rng, 7)
            m = m if m[1] in "2345789" else "34" + m[2]
            return rng.choice([f"+39 {m} {rest}", f"+39 {m} {rest[:3]} {rest[3:]}"]) if itl else rng.choice([f"{m} {rest}", f"{m} {rest[:3]} {rest[3:]}", f"{m}-{rest}"])
        a, n = rng.choice(_IT_AREA)
        rest = _d(rng, n)
        rest = f"{rest[:4]} {rest[4:]}" if n == 8 else f"{rest[:3]} {rest[3:]}"
        return f"+39 {a} {rest}" if itl else f"{a} {rest}"
    raise KeyError(country)


# ---------------------------------------------------------------- checksummed values

IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "GB": 22, "IE": 22, "FR": 27, "NL": 18, "IT": 27, "ES": 24, "BE": 16, "LU": 20, "PL": 28, "LI": 21}
_DE_BLZ = ["10010010", "20050550", "37040044", "50010517", "70150000", "73350000", "12030000", "43060967", "10011001", "76026000", "60050101", "30050110", "25050180", "86055592", "72050000", "73369264"]
_GB_BANK = ["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "CPBK", "MONZ", "SRLG"]
_IE_BANK = ["AIBK", "BOFI", "IPBS", "ULSB"]
_NL_BANK = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "BUNQ"]


def iban_valid(value: str) -> bool:
    v = value.replace(" ", "")
    if len(v) < 15 or not v[:2].isalpha() or not v[2:4].isdigit():
        return False
    if IBAN_LEN.get(v[:2]) not in (None, len(v)):
        return False
    try:
        return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1
    except ValueError:
        return False


def iban(rng: random.Random, country: str, grouped: bool | None = None) -> str:
    if country == "DE":
        bban = rng.choice(_DE_BLZ) + _d(rng, 10)
    elif country == "AT":
        bban = rng.choice(["12000", "20111", "32000", "14000", "19043", "38000", "20404"]) + _d(rng, 11)
    elif country == "CH":
        bban = rng.choice(["00762", "00700", "00230", "80808", "09000", "00767"]) + _d(rng, 12)
    elif country == "GB":
        bban = rng.choice(_GB_BANK) + _d(rng, 14)
    elif country == "IE":
        bban = rng.choice(_IE_BANK) + _d(rng, 14)
    elif country == "FR":
        bban = _d(rng, 23)
    elif country == "NL":
        bban = rng.choice(_NL_BANK) + _d(rng, 10)
    elif country == "IT":
        bban = rng.choice("ABCDEFGHIJKLMNPQRSTUVWXYZ") + _d(rng, 22)
    elif country == "ES":
        bban = _d(rng, 20)
    else:
        raise KeyError(country)
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    value = f"{country}{98 - int(num) % 97:02d}{bban}"
    assert iban_valid(value), value
    g = rng.random() < 0.7 if grouped is None else grouped
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if g else value


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_issuer(digits: str) -> str | None:
    n = len(digits)
    if n == 16 and digits[0] == "4":
        return "visa"
    if n == 16 and 51 <= int(digits[:2]) <= 55:
        return "mastercard"
    if n == 16 and 2221 <= int(digits[:4]) <= 2720:
        return "mastercard"
    if n == 15 and digits[:2] in ("34", "37"):
        return "amex"
    if n == 16 and (digits[:4] == "6011" or digits[:2] == "65" or 644 <= int(digits[:3]) <= 649):
        return "discover"
    return None


def card_valid(value: str) -> bool:
    digits = value.replace(" ", "").replace("-", "")
    return digits.isdigit() and card_issuer(digits) is not None and luhn_ok(digits)


def card(rng: random.Random, style: str | None = None) -> str:
    kind = rng.choices(["visa", "mc", "mc2", "amex", "disc"], [44, 28, 8, 12, 8])[0]
    prefix, n = {"visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16), "mc2": (str(rng.randint(2221, 2720)), 16),
                 "amex": (rng.choice(["34", "37"]), 15), "disc": (rng.choice(["6011", "65", "644", "647"]), 16)}[kind]
    body = prefix + _d(rng, n - 1 - len(prefix))
    for c in "0123456789":
        if luhn_ok(body + c):
            digits = body + c
            break
    assert card_valid(digits)
    st = style or rng.choices(["space", "dash", "compact"], [60, 15, 25])[0]
    groups = [digits[:4], digits[4:10], digits[10:]] if n == 15 else [digits[i : i + 4] for i in range(0, 16, 4)]
    if st == "space":
        return " ".join(groups)
    if st == "dash":
        return "-".join(groups)
    return digits


def taxid_valid(value: str) -> bool:
    v = value.replace(" ", "")
    if len(v) != 11 or not v.isdigit() or v[0] == "0":
        return False
    counts = [v[:10].count(c) for c in "0123456789"]
    multi = [c for c in counts if c > 1]
    if len(multi) != 1 or multi[0] not in (2, 3):
        return False
    if multi[0] == 3 and any(v[i] == v[i + 1] == v[i + 2] for i in range(8)):
        return False
    product = 10
    for c in v[:10]:
        s = (int(c) + product) % 10 or 10
        product = (s * 2) % 11
    return (11 - product) % 10 == int(v[10])


def taxid(rng: random.Random, grouped: bool | None = None) -> str:
    while True:
        digits = list("0123456789")
        rng.shuffle(digits)
        twice = rng.random() < 0.75
        body = digits[:9] if twice else digits[:8]
        rep = rng.choice(body)
        body = body + [rep] * (1 if twice else 2)
        rng.shuffle(body)
        if body[0] == "0":
            continue
        product = 10
        for c in body:
            s = (int(c) + product) % 10 or 10
            product = (s * 2) % 11
        v = "".join(body) + str((11 - product) % 10)
        if taxid_valid(v):
            break
    g = rng.random() < 0.35 if grouped is None else grouped
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if g else v


# ---------------------------------------------------------------- IP addresses

_PUB_FIRST = [31, 37, 46, 62, 77, 78, 80, 81, 82, 84, 85, 87, 88, 89, 91, 93, 94, 95, 109, 141, 145, 151, 176, 178, 185, 188, 193, 195, 212, 213, 217]


def ip(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choices(["pub4", "priv4", "loop4", "pub6", "ll6", "loop6"], [52, 18, 4, 18, 5, 3])[0]
    if kind == "pub4":
        return f"{rng.choice(_PUB_FIRST)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == "priv4":
        return rng.choice([f"192.168.{rng.choice([0, 1, 2, 10, 178])}.{rng.randint(2, 254)}", f"10.{rng.randint(0, 40)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])
    if kind == "loop4":
        return "127.0.0.1"
    if kind == "pub6":
        pre = rng.choice(["2a02:8108", "2003:e3", "2a01:598", "2001:16b8", "2a00:23c7", "2600:1700", "2a02:810d", "2001:4860"])
        groups = pre.split(":") + [format(rng.randint(0, 0xFFFF), "x") for _ in range(8 - len(pre.split(":")))]
        if rng.random() < 0.4:
            groups[len(pre.split(":")) + 1] = "0"
            groups[len(pre.split(":")) + 2] = "0"
        return str(ipaddress.ip_address(":".join(groups)))
    if kind == "ll6":
        return str(ipaddress.ip_address("fe80::" + ":".join(format(rng.randint(0, 0xFFFF), "x") for _ in range(4))))
    return "::1"


# ---------------------------------------------------------------- look-alikes (never labelled)


def gtin13(rng: random.Random, prefix: str | None = None) -> str:
    body = (prefix or rng.choice(["40", "41", "42", "43", "90", "91", "76", "50", "87"])) + _d(rng, 10)
    body = body[:12]
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def gtin_valid(v: str) -> bool:
    if not v.isdigit() or len(v) not in (8, 12, 13, 14):
        return False
    digits = [int(c) for c in v]
    check = digits.pop()
    total = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return (10 - total % 10) % 10 == check


def upc12(rng: random.Random) -> str:
    body = rng.choice(["0", "6", "8"]) + _d(rng, 10)
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


SKUS = [("TG-HT-100", "Almweg"), ("TG-BP-045", "Fernkamm 45+10"), ("TG-RJ-100", "Firstwand"), ("TG-FL-100", "Gitterhang"),
        ("TG-BP-030", "Hochsattel 30"), ("TG-DJ-100", "Kaltkar"), ("TG-BL-100", "Morgengrat"), ("TG-SI-100", "Rinnental"),
        ("TG-RJ-200", "Schauerpass"), ("TG-TS-100", "Steinlauf"), ("TG-SO-100", "Trittweg"), ("TG-WT-100", "Wintersteig")]
PRICES = {"TG-HT-100": "129,95", "TG-BP-045": "229,95", "TG-RJ-100": "349,95", "TG-FL-100": "119,95", "TG-BP-030": "139,95",
          "TG-DJ-100": "289,95", "TG-BL-100": "89,95", "TG-SI-100": "219,95", "TG-RJ-200": "199,95", "TG-TS-100": "159,95",
          "TG-SO-100": "24,95", "TG-WT-100": "169,95"}
PRODUCT_KIND = {
    "de": {"Almweg": "Zip-off-Wanderhose", "Fernkamm 45+10": "Trekkingrucksack", "Firstwand": "3-Lagen-Regenjacke",
           "Gitterhang": "Grid-Fleecejacke", "Hochsattel 30": "Wanderrucksack", "Kaltkar": "Daunenjacke",
           "Morgengrat": "Merino-Langarmshirt", "Rinnental": "Isolationshoody", "Schauerpass": "2,5-Lagen-Regenjacke",
           "Steinlauf": "Trailrunningschuh", "Trittweg": "Merino-Wandersocken", "Wintersteig": "Wintertrekkinghose"},
    "en": {"Almweg": "zip-off hiking trousers", "Fernkamm 45+10": "trekking backpack", "Firstwand": "3-layer rain jacket",
           "Gitterhang": "grid fleece jacket", "Hochsattel 30": "hiking backpack", "Kaltkar": "down jacket",
           "Morgengrat": "merino long-sleeve shirt", "Rinnental": "insulated hoody", "Schauerpass": "2.5-layer rain jacket",
           "Steinlauf": "trail running shoe", "Trittweg": "merino hiking socks", "Wintersteig": "winter trekking trousers"},
}
COLOURS = {
    "de": ["Tannenschatten", "Gratblau", "Hüttenorange", "Schiefer", "Felsgrau", "Moorbraun", "Flechte", "Alpenglühen", "Kalkstein", "Enzian"],
    "en": ["Fir Shade", "Ridge Blue", "Hut Orange", "Slate", "Rock Grey", "Peat Brown", "Lichen", "Alpenglow", "Limestone", "Gentian"],
}
SIZES = ["XS", "S", "M", "L", "XL", "XXL"]
# grammatical gender of the product names in German (die Firstwand, der Fernkamm, das Morgengrat, die Trittweg-Socken)
GENUS_DE = {"Almweg": "f", "Fernkamm 45+10": "m", "Firstwand": "f", "Gitterhang": "f", "Hochsattel 30": "m", "Kaltkar": "f",
            "Morgengrat": "n", "Rinnental": "m", "Schauerpass": "f", "Steinlauf": "m", "Trittweg": "pl", "Wintersteig": "f"}
_ART_DE = {"nom": {"f": "die", "m": "der", "n": "das", "pl": "die"}, "akk": {"f": "die", "m": "den", "n": "das", "pl": "die"},
           "dat": {"f": "der", "m": "dem", "n": "dem", "pl": "den"}, "gen": {"f": "der", "m": "des", "n": "des", "pl": "der"}}
_POSS_DE = {"nom": {"f": "e", "m": "", "n": "", "pl": "e"}, "akk": {"f": "e", "m": "en", "n": "", "pl": "e"},
            "dat": {"f": "er", "m": "em", "n": "em", "pl": "en"}}


def art_de(name: str, case: str = "nom") -> str:
    """The German definite article of a product name in a case."""
    return _ART_DE[case][GENUS_DE[name]]


def poss_de(stem: str, name: str, case: str = "akk") -> str:
    """A German possessive ("mein", "sein", "ihr") with the ending for a product name."""
    return stem + _POSS_DE[case][GENUS_DE[name]]
WEIGHTS_G = {"Almweg": 360, "Fernkamm 45+10": 1780, "Firstwand": 395, "Gitterhang": 310, "Hochsattel 30": 1050, "Kaltkar": 380,
             "Morgengrat": 165, "Rinnental": 430, "Schauerpass": 235, "Steinlauf": 580, "Trittweg": 78, "Wintersteig": 540}
TOPS = ["Firstwand", "Gitterhang", "Kaltkar", "Morgengrat", "Rinnental", "Schauerpass"]


def sku_variant(rng: random.Random) -> tuple[str, str]:
    sku, name = rng.choice(SKUS)
    return f"{sku}-{rng.choice(SIZES)}" if rng.random() < 0.6 else sku, name


def price(rng: random.Random, lang: str, sku: str | None = None) -> str:
    p = PRICES[sku] if sku else f"{rng.randint(9, 389)},{rng.choice(['95', '90', '00', '50'])}"
    if lang == "de":
        return rng.choice([f"{p} €", f"{p} €", f"EUR {p}", f"€ {p}"])
    e, c = p.split(",")
    return rng.choice([f"€{e}.{c}", f"EUR {e}.{c}", f"€{e}.{c}", f"£{int(e) - 10}.{c}"])


def order_no(rng: random.Random) -> str:
    """Order numbers, a few of them shaped like phone numbers."""
    return rng.choice([f"TG-{rng.randint(2024, 2026)}-{_d(rng, 6)}", f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 3)}", f"0{_d(rng, 3)}-{_d(rng, 4)}-{_d(rng, 3)}",
                       f"#{_d(rng, 7)}", f"{rng.randint(3, 9)}{_d(rng, 9)}", f"W{_d(rng, 8)}", f"0{_d(rng, 3)} {_d(rng, 7)}"])


def tracking_no(rng: random.Random) -> str:
    return rng.choice([f"00340434{_d(rng, 12)}", f"1Z{_d(rng, 3)}{rng.choice(['AA', 'E7', 'X1'])}{_d(rng, 10)}", f"JJD{_d(rng, 18)}",
                       f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}", f"RR{_d(rng, 9)}DE", f"CH{_d(rng, 9)}", f"{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)} {_d(rng, 4)}"])


def customer_no(rng: random.Random) -> str:
    return rng.choice([f"KD-{_d(rng, 6)}", f"{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 4)}", f"+{_d(rng, 2)}-{_d(rng, 4)}-{_d(rng, 4)}", f"C{_d(rng, 7)}",
                       f"0{_d(rng, 4)}/{_d(rng, 6)}", f"{_d(rng, 2)}-{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 2)}"])


def ticket_no(rng: random.Random) -> str:
    return rng.choice([f"#{_d(rng, 5)}", f"TCK-{_d(rng, 6)}", f"SR-{_d(rng, 4)}-{_d(rng, 3)}", f"{_d(rng, 7)}"])


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


DATE_STYLES = {"de": 3, "en": 5}


def date(rng: random.Random, lang: str, short: bool = False, style: int | None = None) -> str:
    """A date in one of the language's written forms (`style` fixes the form for a whole text);
    German short forms ("04.11.") only where `short` (they end in a full stop)."""
    y, m, d = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
    if style is None:
        style = rng.randrange(DATE_STYLES[lang])
    if lang == "de":
        if short and rng.random() < 0.5:
            return rng.choice([f"{d:02d}.{m:02d}.", f"{d}.{m}."])
        return [f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{y}-{m:02d}-{d:02d}"][style]
    return [f"{d} {MONTHS_EN[m - 1]} {y}", f"{MONTHS_EN[m - 1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{m}/{d}/{y}"][style]


def clock(rng: random.Random, lang: str) -> str:
    h, mi = rng.randint(7, 19), rng.choice(["00", "05", "15", "20", "30", "40", "45"])
    if lang == "de":
        return rng.choice([f"{h}:{mi}", f"{h}:{mi} Uhr", f"{h}.{mi} Uhr"])
    return rng.choice([f"{h}:{mi}", f"{(h - 1) % 12 + 1}:{mi} {'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}.{mi}{'am' if h < 12 else 'pm'}"])


def version(rng: random.Random) -> str:
    return rng.choice([f"v{rng.randint(1, 6)}.{rng.randint(0, 24)}.{rng.randint(0, 9)}", f"{rng.randint(1, 9)}.{rng.randint(0, 30)}", f"{rng.randint(2024, 2026)}.{rng.randint(1, 12)}.{rng.randint(0, 4)}",
                       f"Build {_d(rng, 5)}", f"{rng.randint(1, 4)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}-rc{rng.randint(1, 3)}"])


def town_alone(rng: random.Random, country: str) -> tuple[str, str]:
    table = {"DE": DE_TOWNS, "AT": AT_TOWNS, "CH": CH_TOWNS, "FR": FR_TOWNS, "IT": IT_TOWNS}
    if country in table:
        return rng.choice(table[country])
    if country == "GB":
        t, outs = rng.choice(GB_TOWNS)
        return rng.choice(outs), t
    if country == "IE":
        t, k = rng.choice(IE_TOWNS)
        return k, t
    t, st, zp = rng.choice(US_TOWNS)
    return f"{st} {zp}{rng.randint(0, 99):02d}", t


COMPANIES = {
    "de": ["Schneider Logistik GmbH", "Bauer & Koch Textil KG", "Druckerei Fuchs", "Wolf Verpackungen GmbH", "Vogel Spedition e.K.",
           "Hofmann Outdoor-Handel GmbH", "Keller & Söhne Metallbau", "Brandt Etiketten GmbH", "Maier Versandservice",
           "Winter Sportartikel AG", "Jäger Kartonagen GmbH", "König Logistics GmbH", "Stein & Partner Werbeagentur", "Huber Transporte GmbH",
           "Gruber Textilveredelung GmbH", "Meier Druck AG"],
    "en": ["Hunter & Baker Ltd", "Miller Freight Co.", "Cook Packaging Ltd", "Stone & Wood Creative", "Young Print Group",
           "Fletcher Logistics Ltd", "Parker Outdoor Supply Inc.", "Harrison Labels Ltd", "Walker Fulfilment Ltd", "King Courier Services",
           "Green & Long Media", "Brown Bros. Textiles", "Mason Warehousing LLC", "Page Digital Ltd"],
}
