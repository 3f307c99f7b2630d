"""Static data of the eleventh PII bank: name locales, towns with postcodes, street names,
nicknames, the shop's vocabulary and the look-alike words of the texts without personal data.

Everything here was written for this bank. Lists are tuples or lists (never sets), so that every
draw is the same whatever PYTHONHASHSEED is.
"""

# ---------------------------------------------------------------- name locales

# (Faker locale, weight). Names of the locales marked in TRANSLITERATE are transliterated to
# Latin letters; all others are used as Faker writes them.
NAME_LOCALES = {
    "de": [
        ("de_DE", 30), ("de_AT", 9), ("de_CH", 7), ("de_LU", 1), ("tr_TR", 7), ("pl_PL", 5),
        ("it_IT", 4), ("hr_HR", 2), ("uk_UA", 2), ("el_GR", 2), ("fr_FR", 2), ("es_ES", 2),
        ("nl_NL", 2), ("nl_BE", 1), ("en_GB", 2), ("en_US", 2), ("fr_DZ", 2), ("en_PK", 1),
        ("sv_SE", 1), ("da_DK", 1), ("fi_FI", 1), ("no_NO", 1), ("vi_VN", 2), ("ig_NG", 1),
        ("yo_NG", 1), ("en_IN", 1), ("ro_RO", 2), ("cs_CZ", 1), ("hu_HU", 1), ("pt_PT", 1),
        ("fr_CH", 1), ("ha_NG", 1), ("tw_GH", 1), ("sk_SK", 1), ("sl_SI", 1),
    ],
    "en": [
        ("en_GB", 16), ("en_US", 18), ("en_IE", 9), ("ga_IE", 1), ("en_NZ", 2), ("en_IN", 4),
        ("en_NG", 2), ("ig_NG", 1), ("yo_NG", 1), ("ha_NG", 1), ("en_PK", 2), ("en_KE", 1),
        ("tw_GH", 1), ("vi_VN", 2), ("es_MX", 2), ("es_ES", 2), ("it_IT", 2), ("fr_FR", 2),
        ("de_DE", 3), ("pl_PL", 2), ("tr_TR", 1), ("nl_NL", 1), ("el_GR", 1), ("sv_SE", 1),
        ("no_NO", 1), ("da_DK", 1), ("fi_FI", 1), ("fr_DZ", 1), ("pt_BR", 2), ("zu_ZA", 1),
        ("uk_UA", 1), ("ro_RO", 1), ("is_IS", 1), ("sw", 1),
    ],
}

TRANSLITERATE = ("el_GR", "uk_UA")

GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
    "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
    "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
}
GREEK_PAIRS = {"ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "μπ": "b", "ντ": "nt", "γκ": "gk", "αυ": "av", "ευ": "ev"}

CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "yi", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "", "ы": "y",
    "э": "e", "ё": "io", "ъ": "",
}

# particles and name parts that the unlabelled-mention check does not look for on their own
PARTICLES = (
    "von", "van", "der", "den", "de", "la", "le", "di", "da", "del", "dos", "das", "ter", "zu",
    "zum", "bin", "al", "el", "mac", "mc", "ó", "ní", "ní", "ui", "an", "am", "vom", "du", "des",
    "ten", "af", "st", "y", "e",
)

# nicknames people use for themselves or in a team chat
NICKNAMES = {
    "Alexander": ["Alex"], "Alexandra": ["Alex", "Sandra"], "Andreas": ["Andi"], "Benjamin": ["Ben", "Benni"],
    "Christian": ["Chris"], "Christina": ["Tina", "Chrissi"], "Christine": ["Tine"], "Daniel": ["Dani"],
    "Daniela": ["Dani"], "Dominik": ["Dome"], "Elisabeth": ["Lisa", "Lissy"], "Florian": ["Flo"],
    "Franziska": ["Franzi"], "Friedrich": ["Fritz"], "Gabriele": ["Gabi"], "Johannes": ["Hannes", "Jo"],
    "Josephine": ["Josi"], "Julia": ["Jule"], "Katharina": ["Kathi", "Kati"], "Konstantin": ["Konsti"],
    "Magdalena": ["Leni"], "Maximilian": ["Max"], "Michael": ["Micha", "Michi"], "Nikolaus": ["Niko"],
    "Patrick": ["Paddy"], "Sebastian": ["Basti"], "Stefanie": ["Steffi"], "Stephanie": ["Steffi"],
    "Susanne": ["Susi"], "Thomas": ["Tom", "Tommi"], "Tobias": ["Tobi"], "Valentina": ["Vali"],
    "Wolfgang": ["Wolfi"], "Jessica": ["Jessi", "Jess"], "Jennifer": ["Jenny", "Jen"], "Matthias": ["Matze"],
    "Robert": ["Rob", "Bob", "Robbie"], "William": ["Will", "Bill", "Liam"], "Elizabeth": ["Liz", "Beth", "Lizzie"],
    "Katherine": ["Kate", "Katie"], "Catherine": ["Cathy", "Kate"], "Margaret": ["Maggie", "Peggy"],
    "Richard": ["Rich", "Dick"], "James": ["Jim", "Jamie"], "Jonathan": ["Jon", "Jonny"], "Nicholas": ["Nick"],
    "Samantha": ["Sam"], "Samuel": ["Sam"], "Rebecca": ["Becky", "Becca"], "Christopher": ["Chris"],
    "Anthony": ["Tony", "Ant"], "Joseph": ["Joe"], "Patricia": ["Trish", "Patty"], "Victoria": ["Vicky", "Tori"],
    "Edward": ["Ed", "Eddie", "Ted"], "Benedict": ["Ben"], "Timothy": ["Tim"], "Matthew": ["Matt"],
    "Deborah": ["Debbie", "Deb"], "Susan": ["Sue"], "Daniella": ["Dani"], "Siobhan": ["Shiv"],
    "Alexandre": ["Alex"], "Giuseppe": ["Beppe", "Peppe"], "Francesca": ["Fra"], "Aleksandra": ["Ola"],
    "Małgorzata": ["Gosia"], "Katarzyna": ["Kasia"], "Mehmet": ["Memo"], "Oluwaseun": ["Seun"],
    "Chukwuemeka": ["Emeka"], "Nnamdi": ["Nam"], "Oluwadamilare": ["Dami"],
}

# ---------------------------------------------------------------- invented names

INV_ONSETS = ["b", "br", "d", "dr", "f", "g", "gl", "h", "j", "k", "kr", "l", "m", "n", "p", "pr", "r", "s", "sch", "t", "tr", "v", "w", "z", "ch", "st"]
INV_VOWELS = ["a", "e", "i", "o", "u", "ä", "ö", "ie", "ea", "oa", "y", "ae", "io"]
INV_CODAS = ["", "", "", "n", "l", "r", "s", "t", "m", "nk", "rd", "lm", "x", "ns", "ck", "rt"]
INV_FIRST_ENDS = ["a", "o", "en", "is", "ine", "ia", "ard", "ilo", "et", "in"]
INV_LAST_ENDS = ["mann", "berg", "ek", "ova", "ski", "sen", "ani", "oulos", "ier", "haus", "ley", "ton", "wick", "rud", "ell", "ic", "er", "is"]

# ---------------------------------------------------------------- addresses

DE_STREETS = [
    "Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Lindenallee", "Am Mühlbach",
    "Birkenweg", "Kirchgasse", "Goethestraße", "Schillerplatz", "Waldstraße", "Ringstraße",
    "Am Sonnenhang", "Brunnenstraße", "Eichendorffstraße", "Feldweg", "Hohe Straße", "Im Winkel",
    "Kastanienallee", "Lessingstraße", "Marktplatz", "Mozartstraße", "Rosenstraße", "Talstraße",
    "Uhlandstraße", "Weinbergweg", "Zum Steinbruch", "An der Alten Ziegelei", "Hafenstraße",
    "Friedrich-Ebert-Straße", "Karl-Marx-Allee", "Auf dem Kamp", "Burgstraße", "Königsallee",
    "Bergstraße", "Am Anger", "Wilhelmstraße", "Luisenstraße", "Heerstraße", "Ostertorsteinweg",
]

# (postcode, town): real towns, plausible postcodes
DE_TOWNS = [
    ("79098", "Freiburg im Breisgau"), ("80331", "München"), ("81541", "München"), ("10115", "Berlin"),
    ("10997", "Berlin"), ("12047", "Berlin"), ("20095", "Hamburg"), ("22767", "Hamburg"), ("50667", "Köln"),
    ("50823", "Köln"), ("04109", "Leipzig"), ("04275", "Leipzig"), ("01069", "Dresden"), ("70173", "Stuttgart"),
    ("60311", "Frankfurt am Main"), ("60594", "Frankfurt am Main"), ("90402", "Nürnberg"), ("28195", "Bremen"),
    ("30159", "Hannover"), ("44135", "Dortmund"), ("45127", "Essen"), ("48143", "Münster"), ("53111", "Bonn"),
    ("69117", "Heidelberg"), ("72070", "Tübingen"), ("78462", "Konstanz"), ("87527", "Sonthofen"),
    ("87561", "Oberstdorf"), ("82467", "Garmisch-Partenkirchen"), ("83471", "Berchtesgaden"), ("94481", "Grafenau"),
    ("99084", "Erfurt"), ("07743", "Jena"), ("37073", "Göttingen"), ("24103", "Kiel"), ("18055", "Rostock"),
    ("23552", "Lübeck"), ("93047", "Regensburg"), ("86150", "Augsburg"), ("97070", "Würzburg"),
    ("54290", "Trier"), ("66111", "Saarbrücken"), ("34117", "Kassel"), ("35037", "Marburg"), ("06108", "Halle (Saale)"),
    ("39104", "Magdeburg"), ("14467", "Potsdam"), ("88131", "Lindau (Bodensee)"), ("83646", "Bad Tölz"),
]

AT_STREETS = [
    "Hauptplatz", "Linzer Gasse", "Kirchengasse", "Schulgasse", "Bahnhofstraße", "Mariahilfer Straße",
    "Herrengasse", "Getreidegasse", "Maria-Theresien-Straße", "Dorfstraße", "Annenstraße", "Landstraßer Hauptstraße",
    "Wiedner Hauptstraße", "Schmiedgasse", "Am Kirchenplatz", "Innrain", "Leopoldstraße", "Radetzkystraße",
    "Kaiserfeldgasse", "Neubaugasse",
]
AT_TOWNS = [
    ("1070", "Wien"), ("1040", "Wien"), ("1180", "Wien"), ("1020", "Wien"), ("8010", "Graz"), ("8020", "Graz"),
    ("5020", "Salzburg"), ("6020", "Innsbruck"), ("4020", "Linz"), ("9020", "Klagenfurt"), ("6900", "Bregenz"),
    ("3100", "St. Pölten"), ("6370", "Kitzbühel"), ("5700", "Zell am See"), ("8970", "Schladming"),
    ("6580", "St. Anton am Arlberg"), ("9500", "Villach"), ("6850", "Dornbirn"), ("4600", "Wels"), ("2700", "Wiener Neustadt"),
]

CH_STREETS = [
    "Bahnhofstrasse", "Dorfstrasse", "Seestrasse", "Hauptgasse", "Rütistrasse", "Im Grund", "Kirchweg",
    "Zürcherstrasse", "Bernstrasse", "Spitalgasse", "Marktgasse", "Schulhausstrasse", "Alpenstrasse",
    "Lindenhofweg", "Rosenbergstrasse", "Obere Gasse", "Poststrasse", "Weinbergstrasse", "Feldeggstrasse",
]
CH_TOWNS = [
    ("8001", "Zürich"), ("8004", "Zürich"), ("8037", "Zürich"), ("3011", "Bern"), ("3007", "Bern"), ("4051", "Basel"),
    ("4057", "Basel"), ("6003", "Luzern"), ("9000", "St. Gallen"), ("7000", "Chur"), ("3920", "Zermatt"),
    ("3800", "Interlaken"), ("8400", "Winterthur"), ("5000", "Aarau"), ("6300", "Zug"), ("3600", "Thun"),
    ("7500", "St. Moritz"), ("6460", "Altdorf"), ("7270", "Davos Platz"), ("8750", "Glarus"),
]

GB_STREETS = [
    "High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue", "Kings Road",
    "Queen's Drive", "The Crescent", "Manor Way", "Albert Street", "Oakfield Road", "Riverside Walk",
    "Chapel Street", "Greenway Close", "Beech Grove", "Hillside Terrace", "Springfield Road", "Westbourne Gardens",
    "St Mary's Road", "Castle Street", "North Parade", "Priory Lane", "Meadow View",
]
# (town, outward code)
GB_TOWNS = [
    ("Leeds", "LS6"), ("Bristol", "BS3"), ("Manchester", "M20"), ("Sheffield", "S11"), ("York", "YO10"),
    ("Glasgow", "G12"), ("Edinburgh", "EH9"), ("Cardiff", "CF24"), ("Norwich", "NR2"), ("Exeter", "EX4"),
    ("Bath", "BA2"), ("Kendal", "LA9"), ("Keswick", "CA12"), ("Inverness", "IV2"), ("Belfast", "BT9"),
    ("Brighton", "BN2"), ("Oxford", "OX4"), ("Cambridge", "CB1"), ("Nottingham", "NG7"), ("Leicester", "LE2"),
    ("Liverpool", "L17"), ("Newcastle upon Tyne", "NE6"), ("Durham", "DH1"), ("Aberdeen", "AB10"),
    ("Bangor", "LL57"), ("Harrogate", "HG1"), ("London", "SE15"), ("London", "N16"), ("London", "E8"),
    ("Fort William", "PH33"), ("Ambleside", "LA22"), ("Hebden Bridge", "HX7"),
]
GB_HOUSE_NAMES = ["Rose Cottage", "The Old Forge", "Ivy House", "Glebe Farm", "Hawthorn Lodge", "The Barn", "Orchard End", "Fell View"]
GB_POST_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

US_STREETS = [
    "Maple Avenue", "Oak Street", "Pine St", "Elm Drive", "Cedar Lane", "N 5th St", "Lakeview Blvd", "Sunset Dr",
    "Washington Ave", "Ridge Road", "Spruce Ct", "W 38th Ave", "Main Street", "Highland Ave", "Aspen Way",
    "Canyon Rd", "Willow Creek Dr", "E Pearl St", "SE Division St", "Mountain View Rd", "Hawthorne Blvd",
]
# (town, state, zip prefix)
US_TOWNS = [
    ("Boulder", "CO", "803"), ("Denver", "CO", "802"), ("Portland", "OR", "972"), ("Bend", "OR", "977"),
    ("Seattle", "WA", "981"), ("Spokane", "WA", "992"), ("Burlington", "VT", "054"), ("Asheville", "NC", "288"),
    ("Madison", "WI", "537"), ("Salt Lake City", "UT", "841"), ("Missoula", "MT", "598"), ("Bozeman", "MT", "597"),
    ("Flagstaff", "AZ", "860"), ("Duluth", "MN", "558"), ("Ann Arbor", "MI", "481"), ("Austin", "TX", "787"),
    ("Albany", "NY", "122"), ("Portland", "ME", "041"), ("Chattanooga", "TN", "374"), ("Boise", "ID", "837"),
    ("Sacramento", "CA", "958"), ("Reno", "NV", "895"), ("Brooklyn", "NY", "112"), ("Minneapolis", "MN", "554"),
]

IE_STREETS = [
    "Main Street", "Mill Street", "Church Road", "Shop Street", "Bridge Street", "Castle Street", "Quay Street",
    "Sea Road", "Strand Road", "New Line", "Distillery Road", "College Road", "Fair Green", "Abbey Street",
]
# (town, county, Eircode routing key)
IE_TOWNS = [
    ("Galway", "Galway", "H91"), ("Westport", "Mayo", "F28"), ("Castlebar", "Mayo", "F23"), ("Ballina", "Mayo", "F26"),
    ("Killarney", "Kerry", "V93"), ("Tralee", "Kerry", "V92"), ("Sligo", "Sligo", "F91"), ("Kilkenny", "Kilkenny", "R95"),
    ("Ennis", "Clare", "V95"), ("Athlone", "Westmeath", "N37"), ("Wexford", "Wexford", "Y35"), ("Letterkenny", "Donegal", "F92"),
    ("Bray", "Wicklow", "A98"), ("Drogheda", "Louth", "A92"), ("Naas", "Kildare", "W91"), ("Clifden", "Galway", "H71"),
    ("Cork", "Cork", "T12"), ("Limerick", "Limerick", "V94"), ("Dingle", "Kerry", "V92"),
]
IE_DUBLIN = [("6", "D06"), ("7", "D07"), ("8", "D08"), ("4", "D04"), ("9", "D09"), ("3", "D03"), ("12", "D12")]
IE_ESTATES = ["The Maltings", "Oak Park", "Cois Abhainn", "Riverside Court", "Ard na Gréine", "Millbrook Lawns", "Station Court"]
IE_TOWNLANDS = ["Knockmore", "Cloonagh", "Derrylea", "Ballyvary", "Carrowkeel", "Gortnahoon", "Lisnagry"]
EIR_CHARS = "ACDEFHKNPRTVWXY0123456789"

MAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "mailbox.org", "outlook.de", "freenet.de", "icloud.com", "gmx.net"],
    "AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "outlook.at"],
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "gmail.com", "protonmail.ch"],
    "GB": ["btinternet.com", "gmail.com", "outlook.com", "yahoo.co.uk", "sky.com", "hotmail.co.uk", "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com", "proton.me"],
    "IE": ["eircom.net", "gmail.com", "hotmail.com", "outlook.ie", "icloud.com", "yahoo.ie"],
}
DEALER_DOMAINS = {
    "de": ["bergwerk-sport.de", "gipfelglueck-outdoor.de", "alpenrose-sport.ch", "kletterkiste.at", "seeblick-outfitters.de", "nordwand-handel.de", "talwaerts-sport.de"],
    "en": ["summitsupply.co.uk", "trailheadoutfitters.ie", "blueridgegear.com", "harbourandhill.co.uk", "evergreen-adventure.com", "westernislesoutdoor.co.uk", "atlanticwayoutdoors.ie"],
}
COMPANY_MAIL_DOMAINS = ["talgrat.de", "talgrat.com"]

# ---------------------------------------------------------------- the shop

PRODUCTS = [
    "Gratwanderer 32", "Kammlinie Pro", "Föhnwind Shell", "Hüttenruh Daunenschlafsack", "Nebelhorn 2P",
    "Firnfeld Hardshell", "Schartenweg Mid GTX", "Latschen Fleece", "Karlinie 45+10", "Seilschaft Merino Tee",
    "Bergfrühling Softshell", "Zirbe Insulated", "Schneekar Handschuh", "Rinnsal Trinksystem", "Steinmandl Trekkingstöcke",
    "Wetterstein Biwaksack", "Talboden Shorts", "Geröll Approach",
]
KINDS = {
    "de": ["Regenjacke", "Tourenrucksack", "Merinoshirt", "Daunenjacke", "Zustiegsschuh", "Fleecejacke", "Wandersocken",
           "Zip-off-Hose", "Schlafsack", "Zelt", "Stirnlampe", "Trinkflasche", "Softshellhose", "Gamaschen"],
    "en": ["rain jacket", "daypack", "merino tee", "down jacket", "approach shoe", "fleece", "hiking socks",
           "zip-off trousers", "sleeping bag", "tent", "head torch", "water bottle", "softshell pants", "gaiters"],
}
COLOURS = {
    "de": ["Schwarz", "Moosgrün", "Sand", "Nachtblau", "Rost", "Anthrazit", "Gletscherblau", "Senfgelb"],
    "en": ["black", "moss green", "sand", "night blue", "rust", "anthracite", "glacier blue", "mustard"],
}
SIZES = ["XS", "S", "M", "L", "XL", "XXL", "38", "40", "42", "44", "46", "48", "41 1/3", "42 2/3", "UK 8", "US 10"]

STORES = {
    "de": ["Freiburg", "München-Sendling", "Innsbruck", "Leipzig", "Hamburg-Altona", "Köln", "Zürich", "Stuttgart", "Sonthofen", "Dresden"],
    "en": ["Manchester", "Bristol", "Kendal", "Dublin", "Galway", "Boulder", "Portland", "Edinburgh", "Keswick", "Leeds"],
}
CARRIERS = {"de": ["DHL", "Hermes", "DPD", "GLS", "die Post", "UPS"], "en": ["Royal Mail", "DPD", "UPS", "FedEx", "An Post", "Evri", "USPS"]}

DEALERS = {
    "de": ["Bergwerk Sport GmbH", "Gipfelglück Outdoor e.K.", "Alpenrose Sport AG", "Kletterkiste KG", "Seeblick Outfitters GmbH",
           "Hüttenzauber Bergsport OG", "Nordwand Handels-GmbH", "Talwärts Sport & Reise GmbH"],
    "en": ["Summit Supply Co.", "Trailhead Outfitters Ltd", "Blue Ridge Gear LLC", "Harbour & Hill Ltd", "Evergreen Adventure Inc.",
           "Western Isles Outdoor Ltd", "Ironwood Mountain Supply", "Atlantic Way Outdoors Ltd"],
}

# ---------------------------------------------------------------- look-alike words (never labelled)

# surnames in their ordinary meaning, place names that are also given names
LOOKALIKES = {
    "de": ["Wolf", "Koch", "Bauer", "Fuchs", "Schneider", "Müller", "Jäger", "Fischer", "Schmied", "Meier", "Hase", "Vogel", "Winter", "Sommer", "Berg", "Stein"],
    "en": ["Wolf", "Baker", "Hunter", "May", "Will", "Grace", "Miller", "Fisher", "Cook", "Shepherd", "Mason", "Carter", "Taylor", "Summer", "Rose", "Frank"],
}
PLACE_NAMES_AS_GIVEN = ["Milan", "Florence", "Chelsea", "Sydney", "Austin", "Savannah", "Georgia", "Victoria", "Jordan", "Adelaide", "Lourdes", "Regina", "Phoenix", "Denver", "Orlando"]

# all-caps words that must not be taken for names in checks
CHECK_ALLOW = (
    "Wolf", "Koch", "Bauer", "Fuchs", "Schneider", "Müller", "Jäger", "Fischer", "Meier", "Hase", "Vogel", "Winter",
    "Sommer", "Berg", "Stein", "Baker", "Hunter", "May", "Will", "Grace", "Miller", "Fisher", "Cook", "Shepherd",
    "Mason", "Carter", "Taylor", "Summer", "Rose", "Frank", "Milan", "Florence", "Chelsea", "Sydney", "Austin",
    "Savannah", "Georgia", "Victoria", "Jordan", "Adelaide", "Lourdes", "Regina", "Phoenix", "Denver", "Orlando",
)
