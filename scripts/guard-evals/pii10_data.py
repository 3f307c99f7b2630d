"""Value pools of the tenth PII bank: name locales, streets, towns, phone plans, mail domains,
companies and the look-alikes of texts without personal data.

Value pools are shared by both splits (like names and towns); templates, layouts and phrase
lists live in pii10_en.py / pii10_de.py and are cut by position there.
"""

# ---------------------------------------------------------------- names

# Faker locale -> weight, per text language. Non-Latin locales are transliterated.
NAME_LOCALES = {
    "en": [
        ("en_GB", 16), ("en_US", 12), ("en_IE", 7), ("ga_IE", 2), ("en_NZ", 3), ("en_IN", 5), ("en_NG", 3),
        ("yo_NG", 2), ("ig_NG", 2), ("en_KE", 2), ("tw_GH", 1), ("zu_ZA", 1), ("de_DE", 5), ("fr_FR", 4),
        ("it_IT", 4), ("es_ES", 4), ("es_MX", 2), ("pt_PT", 2), ("pt_BR", 2), ("nl_NL", 3), ("pl_PL", 4),
        ("tr_TR", 2), ("cs_CZ", 1), ("hr_HR", 1), ("ro_RO", 2), ("ru_RU", 1), ("uk_UA", 1), ("el_GR", 2),
        ("sv_SE", 2), ("da_DK", 1), ("no_NO", 1), ("fi_FI", 1), ("is_IS", 1), ("vi_VN", 3), ("id_ID", 1),
        ("hu_HU", 1),
    ],
    "de": [
        ("de_DE", 30), ("de_AT", 12), ("de_CH", 10), ("de_LI", 1), ("tr_TR", 6), ("pl_PL", 5), ("it_IT", 4),
        ("hr_HR", 3), ("cs_CZ", 2), ("sk_SK", 1), ("sl_SI", 1), ("ro_RO", 2), ("ru_RU", 2), ("uk_UA", 2),
        ("bg_BG", 1), ("el_GR", 2), ("fr_FR", 2), ("fr_CH", 2), ("es_ES", 2), ("pt_PT", 1), ("nl_NL", 2),
        ("nl_BE", 1), ("en_GB", 2), ("en_US", 1), ("en_IE", 1), ("sv_SE", 1), ("da_DK", 1), ("no_NO", 1),
        ("fi_FI", 1), ("hu_HU", 1), ("vi_VN", 2), ("en_NG", 1), ("yo_NG", 1), ("en_IN", 1), ("lt_LT", 1),
    ],
}
# staff of the shop (agents, store staff, warehouse)
STAFF_LOCALES = {
    "en": [("en_GB", 10), ("en_IE", 4), ("en_US", 3), ("de_DE", 4), ("pl_PL", 2), ("it_IT", 1), ("en_IN", 2), ("en_NG", 1), ("es_ES", 1), ("nl_NL", 1)],
    "de": [("de_DE", 10), ("de_AT", 4), ("de_CH", 3), ("tr_TR", 2), ("pl_PL", 1), ("hr_HR", 1), ("it_IT", 1), ("el_GR", 1), ("ru_RU", 1)],
}
TRANSLIT_LOCALES = {"ru_RU": "ru", "uk_UA": "uk", "bg_BG": "bg", "el_GR": "el"}
# locales whose surnames may get a particle, and which particles
PARTICLES = {
    "de_DE": ["von", "von der", "vom", "zu"], "de_AT": ["von"], "de_CH": ["von", "de"],
    "nl_NL": ["van", "van der", "de", "van den"], "nl_BE": ["Van", "De", "Van den"], "fr_FR": ["de", "Le", "du"],
    "it_IT": ["di", "De", "Della"], "en_IE": ["O'", "Mc", "Mac"], "en_GB": ["Mc", "O'"], "es_ES": ["de la", "del"],
    "pt_PT": ["da", "dos"], "pt_BR": ["da", "dos"],
}
# locales whose people often carry two surnames with a space
DOUBLE_SURNAME = {"es_ES": 0.55, "es_MX": 0.5, "pt_PT": 0.4, "pt_BR": 0.35}

CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "yo", "є": "ye", "ж": "zh", "з": "z",
    "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
    "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "'": "",
}
CYRILLIC_OVERRIDES = {"uk": {"и": "y", "г": "h", "х": "kh"}, "bg": {"щ": "sht", "ъ": "a", "х": "h"}, "ru": {}}
GREEK_DIGRAPHS = [("ου", "ou"), ("αυ", "av"), ("ευ", "ev"), ("γγ", "ng"), ("γκ", "gk"), ("μπ", "mp"), ("ντ", "nt"), ("αι", "ai"), ("ει", "ei"), ("οι", "oi")]
GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k", "λ": "l",
    "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f",
    "χ": "ch", "ψ": "ps", "ω": "o",
}

# ---------------------------------------------------------------- where people live

RESIDENCE = {
    "en": [("GB", 30), ("US", 18), ("IE", 14), ("DE", 8), ("FR", 6), ("NL", 6), ("IT", 5), ("ES", 5), ("AT", 4), ("CH", 4)],
    "de": [("DE", 52), ("AT", 17), ("CH", 15), ("NL", 3), ("IT", 4), ("FR", 3), ("ES", 2), ("GB", 2), ("IE", 1), ("US", 1)],
}
COUNTRY_NAMES = {
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Großbritannien", "IE": "Irland", "US": "USA", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien", "ES": "Spanien"},
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "IE": "Ireland", "US": "USA", "FR": "France", "NL": "Netherlands", "IT": "Italy", "ES": "Spain"},
}

MAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "mailbox.org", "freenet.de", "outlook.de", "icloud.com", "arcor.de"],
    "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net", "outlook.com", "drei.at"],
    "CH": ["bluewin.ch", "gmx.ch", "hispeed.ch", "gmail.com", "sunrise.ch", "protonmail.ch"],
    "GB": ["btinternet.com", "gmail.com", "outlook.com", "yahoo.co.uk", "sky.com", "virginmedia.com", "hotmail.co.uk"],
    "IE": ["eircom.net", "gmail.com", "outlook.ie", "hotmail.com", "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com", "aol.com", "proton.me"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    "IT": ["libero.it", "tiscali.it", "gmail.com", "virgilio.it", "alice.it"],
    "ES": ["telefonica.net", "gmail.com", "hotmail.es", "yahoo.es"],
}

# ---------------------------------------------------------------- streets and towns (value pools)

DE_STREET_BASES = ["Linden", "Kastanien", "Ahorn", "Berg", "Garten", "Schiller", "Goethe", "Bahnhof", "Kirch", "Mühlen", "Wald", "Rosen",
                   "Schul", "Tal", "Brunnen", "Hafen", "Markt", "Burg", "Feld", "Wiesen", "Eichen", "Birken", "Sonnen", "Heide",
                   "Kant", "Lessing", "Uhland", "Mozart", "Beethoven", "Bismarck", "Holunder", "Quellen", "Weiher", "Hirsch"]
DE_STREET_PATTERNS = ["{b}straße", "{b}straße", "{b}str.", "{b}weg", "{b}gasse", "{b}ring", "{b}allee", "{b}platz", "{b}steig", "{b}pfad",
                      "Alte {b}straße", "Obere {b}gasse", "Untere {b}straße", "Am {m}", "An der {f}", "Im {m}", "Auf der {f}", "Zum {m}",
                      "In den {pl}", "Hinter der {f}", "{h}-Straße", "{h}-Str.", "{h}-Platz", "{h}-Allee"]
DE_NOUN_M = ["Mühlbach", "Kirchberg", "Sonnenhang", "Eichengrund", "Stadtgraben", "Wiesengrund", "Anger", "Steinbruch", "Hirschsprung", "Lindenhof", "Weinberg", "Rain"]
DE_NOUN_F = ["Alten Post", "Schleuse", "Kapelle", "Obermühle", "Lehmgrube", "Bleiche", "Stadtmauer", "Ziegelei", "Hecke", "Steinbrücke"]
DE_NOUN_PL = ["Wiesen", "Gärten", "Weiden", "Erlen", "Krautgärten"]
DE_HONOREES = ["Konrad-Adenauer", "Sophie-Scholl", "Käthe-Kollwitz", "Willy-Brandt", "Clara-Zetkin", "Max-Planck", "Hildegard-von-Bingen", "Heinrich-Heine", "Robert-Koch", "Bertha-von-Suttner"]
AT_STREET_PATTERNS = ["{b}gasse", "{b}gasse", "{b}straße", "{b}weg", "{b}platz", "{h}-Gasse", "Am {m}", "{b}hof", "{b}zeile", "{b}steig"]
AT_HONOREES = ["Franz-Josef", "Leopold-Figl", "Bertha-von-Suttner", "Johann-Strauß", "Peter-Rosegger", "Maria-Theresien"]
CH_STREET_PATTERNS = ["{b}strasse", "{b}strasse", "{b}weg", "{b}gasse", "{b}rain", "{b}matte", "Im {m}", "Rue du {fr}", "Chemin des {frp}", "Via {it}", "{h}-Strasse"]
CH_HONOREES = ["General-Guisan", "Gottfried-Keller", "Henri-Dunant", "Johanna-Spyri", "Pestalozzi"]
CH_FR = ["Marché", "Lac", "Château", "Moulin", "Midi", "Collège"]
CH_FRP = ["Vignes", "Pâquis", "Alpes", "Écoliers", "Sapins"]
CH_IT = ["Nassa", "Cantonale", "San Gottardo", "Pretorio", "Motta"]

GB_STREET_BASES = ["Albert", "Victoria", "Mill", "Church", "Station", "Queen's", "Park", "Beech", "Orchard", "Chapel", "Heather", "Kingsley",
                   "Larkspur", "Meadow", "Rowan", "Sandringham", "Thornbury", "Willow", "Ashgrove", "Brookfield", "Clarence", "Fairfield"]
GB_STREET_TYPES = ["Road", "Street", "Lane", "Close", "Crescent", "Avenue", "Gardens", "Terrace", "Drive", "Way", "Grove", "Mews", "Rise", "Walk", "Place"]
GB_LOCALITIES = ["Headingley", "Didsbury", "Clifton", "Jesmond", "Morningside", "Roath", "Heaton Moor", "Ecclesall", "Kirkstall", "Southville"]
# town, postcode area(s), county/none
GB_TOWNS = [("Leeds", ["LS6", "LS8", "LS17"]), ("Manchester", ["M20", "M14", "M4"]), ("Bristol", ["BS8", "BS6", "BS3"]), ("Edinburgh", ["EH10", "EH3", "EH6"]),
            ("Cardiff", ["CF24", "CF11", "CF5"]), ("Sheffield", ["S11", "S7", "S10"]), ("Kendal", ["LA9"]), ("Keswick", ["CA12"]), ("York", ["YO10", "YO31"]),
            ("Inverness", ["IV2", "IV3"]), ("Norwich", ["NR2", "NR3"]), ("Brighton", ["BN1", "BN2"]), ("Oxford", ["OX4", "OX2"]), ("London", ["SE15", "N16", "E8", "SW11", "NW5"]),
            ("Glasgow", ["G12", "G41"]), ("Newcastle upon Tyne", ["NE2", "NE6"]), ("Bath", ["BA1", "BA2"]), ("Exeter", ["EX4"]), ("Belfast", ["BT7", "BT9"]), ("Aberdeen", ["AB10"])]
IE_STREET_BASES = ["Ranelagh", "Clontarf", "Griffith", "Mount", "Abbey", "Castle", "Glasnevin", "Rathgar", "Belgrave", "O'Connell", "Patrick", "Shandon", "Mardyke", "Salthill"]
IE_STREET_TYPES = ["Road", "Avenue", "Park", "Terrace", "Street", "Drive", "Grove", "Lawn", "Court", "Crescent"]
IE_TOWNS = [("Dublin 6", "D06"), ("Dublin 7", "D07"), ("Dublin 3", "D03"), ("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94"), ("Kilkenny", "R95"),
            ("Westport, Co. Mayo", "F28"), ("Sligo", "F91"), ("Bray, Co. Wicklow", "A98"), ("Killarney, Co. Kerry", "V93"), ("Athlone", "N37")]
US_STREET_BASES = ["Maple", "Oak", "Pine", "Cedar", "Elm", "Aspen", "Walnut", "Highland", "Lakeview", "Ridge", "Spruce", "Sycamore", "Juniper", "Canyon", "Willow Creek", "Main"]
US_STREET_TYPES = ["St", "Street", "Ave", "Avenue", "Blvd", "Dr", "Drive", "Ln", "Rd", "Road", "Ct", "Way", "Pl", "Trail"]
US_TOWNS = [("Boulder", "CO", "803"), ("Denver", "CO", "802"), ("Portland", "OR", "972"), ("Bend", "OR", "977"), ("Burlington", "VT", "054"), ("Asheville", "NC", "288"),
            ("Bozeman", "MT", "597"), ("Madison", "WI", "537"), ("Salt Lake City", "UT", "841"), ("Seattle", "WA", "981"), ("Flagstaff", "AZ", "860"),
            ("Ann Arbor", "MI", "481"), ("Duluth", "MN", "558"), ("Chattanooga", "TN", "374"), ("Austin", "TX", "787")]
FR_STREET_PATTERNS = ["rue {de}", "rue {de}", "avenue {de}", "boulevard {de}", "chemin {de}", "impasse {de}", "place {de}", "allée {de}", "route {de}", "quai {de}"]
FR_DE = ["des Lilas", "de la Paix", "Victor Hugo", "Jean Jaurès", "du Moulin", "des Alpes", "de la République", "Pasteur", "des Écoles", "du Lac", "Gambetta", "Sainte-Claire"]
FR_TOWNS = [("Annecy", "74000"), ("Chamonix-Mont-Blanc", "74400"), ("Grenoble", "38000"), ("Lyon", "69003"), ("Paris", "75011"), ("Bordeaux", "33000"),
            ("Strasbourg", "67000"), ("Toulouse", "31000"), ("Nantes", "44000"), ("Briançon", "05100"), ("Pau", "64000"), ("Colmar", "68000")]
NL_STREET_PATTERNS = ["{b}straat", "{b}straat", "{b}laan", "{b}weg", "{b}gracht", "{b}plein", "{b}kade", "{b}singel", "Van {h}straat"]
NL_BASES = ["Kerk", "Molen", "Dorps", "Prinsen", "Keizers", "Heren", "Linden", "Beuken", "Zee", "Kastanje", "Wilhelmina", "Nieuwe"]
NL_HONOREES = ["Oldenbarnevelt", "Speijk", "Limburg Stirum", "Hogendorp"]
NL_TOWNS = [("Amsterdam", "10"), ("Utrecht", "35"), ("Haarlem", "20"), ("Groningen", "97"), ("Nijmegen", "65"), ("Eindhoven", "56"), ("Leiden", "23"), ("Zwolle", "80"), ("Maastricht", "62")]
IT_STREET_PATTERNS = ["Via {x}", "Via {x}", "Viale {x}", "Corso {x}", "Piazza {x}", "Vicolo {x}", "Via dei {p}", "Via delle {q}"]
IT_X = ["Roma", "Garibaldi", "Dante", "Mazzini", "Cavour", "Verdi", "Marconi", "Santa Croce", "Leonardo da Vinci", "Dolomiti", "XX Settembre", "Bottai"]
IT_P = ["Mille", "Mercanti", "Pescatori", "Fabbri"]
IT_Q = ["Rose", "Alpi", "Grazie", "Orsoline"]
IT_TOWNS = [("Bolzano", "39100", "BZ"), ("Merano", "39012", "BZ"), ("Trento", "38122", "TN"), ("Milano", "20121", "MI"), ("Torino", "10121", "TO"), ("Aosta", "11100", "AO"),
            ("Belluno", "32100", "BL"), ("Bergamo", "24121", "BG"), ("Cortina d'Ampezzo", "32043", "BL"), ("Firenze", "50122", "FI")]
ES_STREET_PATTERNS = ["Calle {x}", "Calle {x}", "C/ {x}", "Avenida de {y}", "Avda. {y}", "Paseo de {y}", "Plaza {x}", "Carrer de {c}", "Camino {x}", "Ronda de {y}"]
ES_X = ["Mayor", "Alcalá", "Real", "San Vicente", "del Carmen", "Serrano", "Princesa", "Nueva", "de la Luna", "Atocha"]
ES_Y = ["la Constitución", "América", "Gràcia", "los Pinos", "la Castellana", "Andalucía", "Galicia"]
ES_C = ["Mallorca", "Provença", "Sants", "la Marina", "Balmes"]
ES_TOWNS = [("Madrid", "280"), ("Barcelona", "080"), ("Granada", "180"), ("Huesca", "220"), ("Bilbao", "480"), ("Oviedo", "330"), ("Valencia", "460"), ("Jaca", "22700"), ("Sevilla", "410")]

# ---------------------------------------------------------------- phones

# country -> (calling code, landline area codes, mobile prefixes)
PHONE_PLANS = {
    "DE": ("49", ["30", "40", "89", "221", "69", "711", "351", "341", "511", "911", "761", "8821", "8362", "421", "228", "6221", "931"], ["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178", "179", "1512", "1522"]),
    "AT": ("43", ["1", "512", "662", "316", "732", "463", "5356", "6432", "4242"], ["650", "660", "664", "676", "680", "681", "699"]),
    "CH": ("41", ["44", "31", "61", "41", "71", "81", "27", "22", "91", "33"], ["76", "77", "78", "79"]),
    "GB": ("44", ["20", "113", "161", "117", "131", "29", "114", "1539", "1768", "1463", "1603", "1273"], ["7700", "7711", "7723", "7800", "7912", "7456", "7534"]),
    "IE": ("353", ["1", "21", "91", "61", "56", "98", "71"], ["83", "85", "86", "87", "89"]),
    "US": ("1", ["303", "720", "503", "541", "802", "828", "406", "608", "801", "206", "928", "734", "218", "423", "512"], []),
    "FR": ("33", ["1", "4", "5", "3"], ["6", "7"]),
    "NL": ("31", ["20", "30", "23", "50", "24", "40", "71", "38", "43"], ["6"]),
    "IT": ("39", ["0471", "0473", "0461", "02", "011", "0165", "0437", "035", "055"], ["320", "328", "333", "340", "347", "366", "393"]),
    "ES": ("34", ["91", "93", "958", "974", "94", "985", "96"], ["6", "7"]),
    "PL": ("48", ["22", "12", "58", "71"], ["501", "601", "660", "790"]),
    "TR": ("90", ["212", "216", "312"], ["532", "533", "542", "555"]),
    "NG": ("234", ["1", "9"], ["803", "806", "813", "905"]),
    "IN": ("91", ["22", "80", "11"], ["98", "97", "88", "70"]),
    "CZ": ("420", ["2", "5"], ["603", "604", "731", "777"]),
}
# which phone plan a person with a given residence may carry besides their own (a foreign mobile)
FOREIGN_MOBILE = {"DE": ["PL", "TR", "IT", "AT"], "AT": ["DE", "CZ"], "CH": ["DE", "IT", "FR"], "GB": ["IE", "IN", "NG"], "IE": ["GB", "PL"],
                  "US": ["IN"], "FR": ["CH"], "NL": ["DE"], "IT": ["CH"], "ES": ["GB"]}

# ---------------------------------------------------------------- companies and the shop

SHOP_DOMAINS = {"en": ["talgrat.com", "talgrat.co.uk", "talgrat.com"], "de": ["talgrat.de", "talgrat.at", "talgrat.ch", "talgrat.de"]}
ROLE_MAILBOXES = {"en": ["service", "orders", "returns", "events", "press", "wholesale", "help", "care", "loyalty", "privacy"],
                  "de": ["service", "kundenservice", "retouren", "events", "presse", "einkauf", "hilfe", "datenschutz", "buchhaltung", "filiale.muenchen"]}
COMPANIES = {
    "de": ["Sporthaus Brandl GmbH", "Alpin Sport Huber GmbH & Co. KG", "Bergsport Kainz e.U.", "Outdoor-Großhandel Weidinger KG", "Autohaus Brandl GmbH",
           "Fahrradladen Zweirad Moser", "Hütten- und Bergschule Ammergau GmbH", "Seilbahnen Oberjoch AG", "Kletterhalle Steinbock e.V.",
           "Druckerei Vollmer & Söhne", "Textilveredelung Kappler GmbH", "Spedition Hofbauer GmbH", "Bäckerei Fischer", "Alpenverein Sektion Rosenheim",
           "Gipfelwerk Outdoor AG", "Bergführerbüro Zermatt GmbH", "Naturfreunde Ortsgruppe Linz", "Wanderreisen Schöller GmbH", "Feldmann Logistik GmbH",
           "Schreinerei Kiefer", "Foto Studio Lichtblick GmbH", "Zeltverleih Sommer OHG"],
    "en": ["Peak District Outfitters Ltd", "Harrison & Cole Wholesale Ltd", "Glen Affric Trading Co.", "Baker Logistics LLC", "Fletcher Print Works",
           "Hunter & Sons Outdoor", "Lakeland Climbing Centre", "Snowdon Guiding Ltd", "Ridgeway Events Ltd", "Cairngorm Mountain Shop",
           "Blue Ridge Supply Co.", "Redwood Trail Outfitters Inc.", "Moher Adventure Tours", "Northwind Photo Studio Ltd", "Wicklow Way Walks",
           "Millbrook Courier Services", "Summit Embroidery Ltd", "Cascade Retail Group", "Carpenter Brothers Joinery", "Mason & Wright Solicitors"],
}

# ---------------------------------------------------------------- look-alikes (texts without personal data)

BRANDS = ["Tom Tailor", "Jack Wolfskin", "Marc O'Polo", "Helly Hansen", "Fjällräven", "Tom Ford", "Hugo Boss", "Jack & Jones", "Fritz Berger",
          "Maier Sports", "Peak Performance", "Schöffel", "Bergans", "Norrøna", "Mammut", "Vaude", "Ortovox", "Salewa", "Lowa", "Hanwag",
          "Meindl", "Deuter", "Black Diamond", "Arc'teryx", "Patagonia", "Marmot", "Ellesse", "Hunter Boot", "Barbour", "Craghoppers",
          "Berghaus", "Rab", "Jack Murphy", "Lundhags", "Haglöfs", "Klättermusen", "Sherpa", "Edelrid"]
PERSON_PRODUCTS = {
    "de": ["Jacke „Greta“", "Parka Ingrid", "Hose Lennart", "Schlafsack Helga −5", "Daunenweste Frieda", "Stirnlampe Luis", "Shirt Emil", "Fleece Hannes",
           "Rucksack Matterhorn 28", "Zelt Lofoten 2", "Trekkingstock Dolomit", "Regenjacke Eiger", "Softshell Watzmann", "Schuh Karwendel Mid"],
    "en": ["the Greta jacket", "the Ingrid parka", "Lennart trousers", "the Helga −5 sleeping bag", "the Frieda down vest", "the Luis headlamp", "Emil tee",
           "Hamish fleece", "the Matterhorn 28 pack", "Lofoten 2 tent", "Dolomite poles", "the Eiger shell", "Snowdon softshell", "Cairngorm Mid boot"],
}
SURNAME_WORDS = {
    "de": ["Koch", "Bauer", "Fischer", "Jäger", "Schneider", "Müller", "Wolf", "Fuchs", "Schmied", "Becker", "Förster", "Hirte"],
    "en": ["baker", "hunter", "fisher", "miller", "cook", "mason", "carpenter", "shepherd", "taylor", "smith", "porter", "guide"],
}

# the shop's own stores (street + number are labelled where they appear)
SHOP_STORES = {
    "de": [("München", "Sendlinger Straße 21", "80331 München"), ("Innsbruck", "Maria-Theresien-Straße 9", "A-6020 Innsbruck"),
           ("Zürich", "Josefstrasse 58", "CH-8005 Zürich"), ("Freiburg", "Kaiser-Joseph-Str. 204", "79098 Freiburg im Breisgau"),
           ("Hamburg", "Lange Reihe 72", "20099 Hamburg")],
    "en": [("London", "41 Neal Street", "London WC2H 9PJ"), ("Manchester", "18 Oldham Street", "Manchester M1 1JQ"),
           ("Dublin", "7 Wicklow Street", "Dublin 2, D02 XK61"), ("Edinburgh", "92 Rose Street", "Edinburgh EH2 3DT"),
           ("Munich", "Sendlinger Straße 21", "80331 München")],
}
SHOP_STREETS_NO_NUMBER = {"de": ["Sendlinger Straße", "Maria-Theresien-Straße", "Josefstrasse", "Kaiser-Joseph-Straße", "Langen Reihe"],
                          "en": ["Neal Street", "Oldham Street", "Wicklow Street", "Rose Street", "Sendlinger Straße"]}
