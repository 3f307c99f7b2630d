import sys; sys.dont_write_bytecode = True  # noqa: E702

"""Ninth PII bank: value pools that are not names — streets, towns, postcodes, phone area codes,
mail domains, companies and the look-alike vocabulary of the texts without personal data.

Every list here is a pool of *values* (shared by both splits); the phrasing and layout lists that
are cut by position live in pii9_en.py and pii9_de.py.
"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

# ---------------------------------------------------------------- German-speaking streets

DE_STREET_STEMS = [
    "Linden", "Birken", "Eichen", "Buchen", "Ahorn", "Kastanien", "Tannen", "Rosen", "Tulpen", "Garten",
    "Wiesen", "Feld", "Wald", "Berg", "Tal", "Bach", "Mühlen", "Kirch", "Schul", "Bahnhof", "Post",
    "Markt", "Haupt", "Dorf", "Brunnen", "Sonnen", "Stern", "Burg", "Schloss", "Rathaus", "Hafen",
    "Fischer", "Schmiede", "Industrie", "Gewerbe", "Heide", "Moor", "Schützen", "Kloster", "Sand",
    "Stein", "Lerchen", "Amsel", "Finken", "Drossel", "Falken", "Goethe", "Schiller", "Lessing",
    "Herder", "Uhland", "Heine", "Mozart", "Beethoven", "Händel", "Kant", "Humboldt", "Bismarck",
    "Luisen", "Wilhelm", "Friedrich", "Marien", "Sophien", "Hölderlin", "Eichendorff", "Fontane",
    "Brahms", "Dürer", "Kepler", "Röntgen", "Zeppelin", "Weinberg", "Obstgarten", "Holunder", "Erlen",
    "Pappel", "Ulmen", "Weiden", "Hasel", "Flieder", "Nelken", "Veilchen", "Quellen", "Teich", "Anger",
]
DE_STREET_SUFFIXES = [("straße", 40), ("weg", 20), ("allee", 6), ("gasse", 5), ("platz", 4), ("ring", 5),
                      ("damm", 3), ("steig", 2), ("pfad", 2), ("ufer", 2), ("str.", 6), ("strasse", 2)]
DE_STREETS_PERSON = [
    "Friedrich-Ebert-Straße", "Konrad-Adenauer-Allee", "Rosa-Luxemburg-Straße", "Käthe-Kollwitz-Weg",
    "Sophie-Scholl-Platz", "Otto-Hahn-Straße", "Max-Planck-Straße", "Robert-Koch-Straße",
    "Albert-Schweitzer-Weg", "Carl-Benz-Straße", "Gottlieb-Daimler-Straße", "Geschwister-Scholl-Straße",
    "Theodor-Heuss-Ring", "Kurt-Schumacher-Damm", "Willy-Brandt-Allee", "Hans-Böckler-Straße",
    "Heinrich-Heine-Allee", "Bertha-von-Suttner-Platz", "Clara-Zetkin-Straße", "Thomas-Mann-Straße",
    "Annette-von-Droste-Weg", "Lise-Meitner-Straße", "Ernst-Reuter-Platz", "Karl-Liebknecht-Str.",
]
DE_STREETS_PREP = [
    "Am Sonnenhang", "An der Kirche", "Im Winkel", "Zum Steinbruch", "Auf der Höhe", "Alte Dorfstraße",
    "Hinter den Höfen", "Unter den Eichen", "Am Alten Markt", "In der Aue", "Am Mühlbach", "Zur Linde",
    "Neue Straße", "Lange Reihe", "Große Bleiche", "Kleine Gasse", "Obere Hauptstraße", "Untere Mühlstraße",
    "Am Hang", "Auf dem Kamp", "Im Grund", "An den Weiden", "Am Weiher", "Vor dem Tore", "Zum Sportplatz",
]
AT_STREETS = [
    "Mariahilfer Straße", "Landstraßer Hauptstraße", "Favoritenstraße", "Herrengasse", "Annenstraße",
    "Getreidegasse", "Maria-Theresien-Straße", "Linzer Gasse", "Grazer Straße", "Wiener Straße",
    "Hauptplatz", "Kaiser-Josef-Platz", "Schmiedgasse", "Neubaugasse", "Josefstädter Straße",
    "Thaliastraße", "Leopoldsgasse", "Lerchenfelder Gürtel", "Sporgasse", "Griesgasse", "Museumstraße",
    "Anichstraße", "Bahnhofstraße", "Kirchengasse", "Dorfstraße", "Steyrer Straße", "Salzachstraße",
    "Am Spitz", "Praterstraße", "Ottakringer Straße", "Hietzinger Hauptstraße", "Brunnengasse",
]
CH_STREETS = [
    "Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Kirchgasse", "Zürichstrasse", "Bernstrasse",
    "Hauptgasse", "Limmatquai", "Spalenberg", "Marktgasse", "Rennweg", "Kramgasse", "Weinbergstrasse",
    "Schützenmattstrasse", "Im Lee", "Am Rain", "Obere Zäune", "Badenerstrasse", "Hofwiesenstrasse",
    "Langstrasse", "Freiestrasse", "Pilatusstrasse", "Rorschacher Strasse", "Sonnenbergstrasse",
    "Stationsstrasse", "Birkenweg", "Feldstrasse", "Hohlstrasse", "Winterthurerstrasse", "Lindenhofweg",
]
DE_EXTRAS = ["2. OG", "Whg. 3", "EG links", "3. Stock", "Hinterhaus", "1. OG rechts", "Whg. 12", "DG", "App. 4", "Haus B"]
AT_EXTRAS = ["Top 5", "Stiege 2", "Tür 14", "2. Stock", "Top 11"]
CH_EXTRAS = ["3. Stock", "Wohnung 12", "EG", "2. OG"]

DE_TOWNS = [
    (["10115", "10178", "10243", "10405", "10437", "10551", "10783", "10961", "10999", "12043", "12047", "12459", "13353", "13585", "14057", "14193"], "Berlin"),
    (["20095", "20144", "20249", "20357", "21073", "22041", "22081", "22303", "22529", "22767"], "Hamburg"),
    (["80331", "80469", "80538", "80634", "80799", "81369", "81541", "81667", "81737"], "München"),
    (["50667", "50674", "50733", "50823", "50937", "51063", "51105"], "Köln"),
    (["60311", "60316", "60385", "60487", "60594", "65929"], "Frankfurt am Main"),
    (["70173", "70176", "70190", "70327", "70565", "70597"], "Stuttgart"),
    (["40210", "40213", "40477", "40545"], "Düsseldorf"), (["04109", "04155", "04275", "04315"], "Leipzig"),
    (["01067", "01099", "01187", "01309"], "Dresden"), (["30159", "30161", "30449"], "Hannover"),
    (["90402", "90419", "90459"], "Nürnberg"), (["28195", "28203", "28211"], "Bremen"), (["44135", "44139"], "Dortmund"),
    (["45127", "45136"], "Essen"), (["79098", "79100", "79104", "79117"], "Freiburg im Breisgau"),
    (["69117", "69120", "69126"], "Heidelberg"), (["93047", "93053"], "Regensburg"), (["24103", "24114"], "Kiel"),
    (["18055", "18057"], "Rostock"), (["99084", "99096"], "Erfurt"), (["14467", "14469"], "Potsdam"),
    (["55116", "55122"], "Mainz"), (["65183", "65195"], "Wiesbaden"), (["66111", "66117"], "Saarbrücken"),
    (["86150", "86159"], "Augsburg"), (["97070", "97082"], "Würzburg"), (["48143", "48149"], "Münster"),
    (["33602", "33615"], "Bielefeld"), (["37073", "37083"], "Göttingen"), (["38100", "38118"], "Braunschweig"),
    (["39104", "39108"], "Magdeburg"), (["06108", "06114"], "Halle (Saale)"), (["07743", "07745"], "Jena"),
    (["72070", "72074"], "Tübingen"), (["78462", "78467"], "Konstanz"), (["83022", "83024"], "Rosenheim"),
    (["87435", "87439"], "Kempten (Allgäu)"), (["94032", "94036"], "Passau"), (["17489"], "Greifswald"),
    (["23552", "23564"], "Lübeck"), (["26122", "26131"], "Oldenburg"), (["49074", "49078"], "Osnabrück"),
    (["52062", "52066"], "Aachen"), (["53111", "53115"], "Bonn"), (["54290", "54295"], "Trier"),
    (["34117", "34119"], "Kassel"), (["35037", "35039"], "Marburg"), (["36037", "36043"], "Fulda"),
    (["64283", "64289"], "Darmstadt"), (["68159", "68165"], "Mannheim"), (["76133", "76137"], "Karlsruhe"),
    (["89073", "89077"], "Ulm"), (["91052", "91054"], "Erlangen"), (["95444", "95447"], "Bayreuth"),
    (["96047", "96052"], "Bamberg"), (["09111", "09130"], "Chemnitz"), (["02826", "02828"], "Görlitz"),
    (["19053", "19055"], "Schwerin"), (["25813"], "Husum"), (["29221", "29225"], "Celle"),
    (["42103", "42105"], "Wuppertal"), (["47051", "47057"], "Duisburg"), (["73728", "73730"], "Esslingen am Neckar"),
    (["74072", "74074"], "Heilbronn"), (["84028", "84034"], "Landshut"), (["85049", "85051"], "Ingolstadt"),
    (["82362"], "Weilheim i. OB"), (["92637"], "Weiden i.d.OPf."), (["56068", "56070"], "Koblenz"),
    (["57072", "57074"], "Siegen"), (["32423", "32427"], "Minden"), (["27568", "27570"], "Bremerhaven"),
    (["88045", "88046"], "Friedrichshafen"), (["21335", "21337"], "Lüneburg"), (["01662"], "Meißen"),
]
AT_TOWNS = [
    ([f"1{d:02d}0" for d in range(1, 24)], "Wien"), (["8010", "8020", "8042"], "Graz"), (["4020", "4040"], "Linz"),
    (["5020"], "Salzburg"), (["6020"], "Innsbruck"), (["9020"], "Klagenfurt am Wörthersee"), (["3100"], "St. Pölten"),
    (["6900"], "Bregenz"), (["6850"], "Dornbirn"), (["6800"], "Feldkirch"), (["9500"], "Villach"), (["4600"], "Wels"),
    (["4400"], "Steyr"), (["3500"], "Krems an der Donau"), (["8700"], "Leoben"), (["6330"], "Kufstein"),
    (["5700"], "Zell am See"), (["2500"], "Baden"), (["2700"], "Wiener Neustadt"), (["7000"], "Eisenstadt"),
    (["2340"], "Mödling"), (["3300"], "Amstetten"), (["5400"], "Hallein"), (["9900"], "Lienz"),
]
CH_TOWNS = [
    (["8001", "8003", "8004", "8005", "8006", "8032", "8037", "8046", "8050", "8055"], "Zürich"),
    (["3011", "3012", "3013", "3014", "3018"], "Bern"), (["4051", "4053", "4055", "4057"], "Basel"),
    (["6003", "6004", "6005"], "Luzern"), (["9000", "9008"], "St. Gallen"), (["8400", "8404", "8408"], "Winterthur"),
    (["5000"], "Aarau"), (["6300"], "Zug"), (["7000"], "Chur"), (["2502"], "Biel/Bienne"), (["8200"], "Schaffhausen"),
    (["3600"], "Thun"), (["4600"], "Olten"), (["8500"], "Frauenfeld"), (["5400"], "Baden"), (["9500"], "Wil SG"),
    (["8610"], "Uster"), (["8640"], "Rapperswil SG"), (["4500"], "Solothurn"), (["6210"], "Sursee"),
    (["7270"], "Davos Platz"), (["3800"], "Interlaken"),
]

# ---------------------------------------------------------------- UK, IE, US, FR, NL

GB_STREET_NAMES = [
    "Victoria", "Albert", "Church", "Station", "Mill", "Park", "Queens", "Kings", "Chapel", "Orchard", "Beech",
    "Elm", "Holly", "Marlborough", "Rosebery", "Windsor", "Stanley", "Grange", "Manor", "Meadow", "Cromwell",
    "Nelson", "Wellington", "St John's", "Clarence", "Belmont", "Ashgrove", "Highfield", "Brook", "Springfield",
    "York", "Oxford", "Cavendish", "Gladstone", "Hawthorn", "Laburnum", "Sycamore", "Willow", "Rectory", "Vicarage",
]
GB_STREET_TYPES = [("Road", 30), ("Street", 25), ("Lane", 10), ("Avenue", 8), ("Close", 6), ("Drive", 5), ("Gardens", 4),
                   ("Grove", 4), ("Terrace", 4), ("Crescent", 3), ("Way", 3), ("Place", 2), ("Mews", 2), ("Court", 2), ("Rise", 1), ("Walk", 1)]
GB_TOWNS = [
    ("London", ["N1", "N16", "E8", "E17", "SE15", "SE22", "SW9", "SW11", "W12", "NW5", "EC1V", "WC1N", "N7", "E2"], ["Islington", "Hackney", "Peckham", "Clapham", "Walthamstow", "Kentish Town", ""]),
    ("Manchester", ["M14", "M20", "M21", "M4"], ["Didsbury", "Chorlton", "Fallowfield", ""]),
    ("Leeds", ["LS6", "LS8", "LS2"], ["Headingley", "Roundhay", ""]), ("Bristol", ["BS6", "BS8", "BS3"], ["Clifton", "Redland", "Bedminster", ""]),
    ("Edinburgh", ["EH6", "EH9", "EH10"], ["Leith", "Marchmont", "Morningside", ""]), ("Glasgow", ["G12", "G41"], ["Hillhead", "Shawlands", ""]),
    ("Cardiff", ["CF10", "CF24"], ["Roath", "Cathays", ""]), ("Birmingham", ["B13", "B29"], ["Moseley", "Selly Oak", ""]),
    ("Liverpool", ["L15", "L17"], ["Wavertree", "Aigburth", ""]), ("Sheffield", ["S7", "S11"], ["Nether Edge", "Ecclesall", ""]),
    ("Newcastle upon Tyne", ["NE2", "NE6"], ["Jesmond", "Heaton", ""]), ("Nottingham", ["NG5", "NG7"], ["Sherwood", "Lenton", ""]),
    ("Brighton", ["BN1", "BN2"], ["Hove", "Kemptown", ""]), ("Oxford", ["OX1", "OX4"], ["Cowley", "Jericho", ""]),
    ("Cambridge", ["CB1", "CB4"], ["Chesterton", "Romsey", ""]), ("York", ["YO10", "YO31"], ["Heslington", ""]),
    ("Belfast", ["BT7", "BT9"], ["Malone", ""]), ("Norwich", ["NR2"], ["Golden Triangle", ""]), ("Exeter", ["EX4"], ["St Davids", ""]),
    ("Bath", ["BA1", "BA2"], ["Widcombe", ""]), ("Leicester", ["LE2"], ["Clarendon Park", ""]), ("Reading", ["RG1"], [""]),
    ("Southampton", ["SO15"], ["Shirley", ""]), ("Aberdeen", ["AB10"], [""]), ("Swansea", ["SA1"], ["Uplands", ""]), ("Dundee", ["DD1"], [""]),
]
GB_EXTRAS = ["Flat 3", "Flat 2B", "Apartment 14", "Flat 7", "Flat 1A", "Basement Flat"]
IE_STREETS = [
    "Griffith Avenue", "Main Street", "Church Road", "Ranelagh Road", "Clontarf Road", "Patrick Street", "Shop Street",
    "O'Connell Street", "Henry Street", "Marine Parade", "Seaview Terrace", "Castle Park", "Oakwood Drive",
    "Kilmore Road", "Leeson Street Upper", "Sundays Well Road", "College Road", "Newcastle Road", "Mary Street",
]
IE_TOWNS = [("Dublin 4", "D04"), ("Dublin 6", "D06"), ("Dublin 8", "D08"), ("Dublin 9", "D09"), ("Dublin 7", "D07"),
            ("Cork", "T12"), ("Cork", "T23"), ("Galway", "H91"), ("Limerick", "V94"), ("Waterford", "X91"),
            ("Kilkenny", "R95"), ("Sligo", "F91"), ("Athlone", "N37"), ("Drogheda", "A92"), ("Bray, Co. Wicklow", "A98"),
            ("Swords, Co. Dublin", "K67")]
IE_EXTRAS = ["Apartment 7", "Apt 12", "Unit 4"]
US_STREET_NAMES = [
    "Maple", "Oak", "Pine", "Cedar", "Elm", "Walnut", "Chestnut", "Washington", "Lincoln", "Jefferson", "Madison",
    "Franklin", "Lake", "Hill", "Park", "Main", "Church", "Market", "High", "Center", "2nd", "3rd", "4th", "5th",
    "12th", "23rd", "Sunset", "Highland", "Ridge", "Meadow", "Forest", "River", "Spring", "Willow", "Cherry",
    "Magnolia", "Dogwood", "Juniper", "Bay", "Mission", "Valencia", "Division", "Broad", "College", "Grand",
    "Prospect", "Linden", "Summit", "Alder", "Fairview", "Kingsley", "Harrison",
]
US_STREET_TYPES = [("St", 20), ("Street", 10), ("Ave", 15), ("Avenue", 6), ("Rd", 8), ("Road", 4), ("Blvd", 4), ("Dr", 8),
                   ("Drive", 3), ("Ln", 5), ("Lane", 2), ("Ct", 4), ("Way", 4), ("Pl", 3), ("Ter", 2), ("Pkwy", 1)]
US_TOWNS = [
    ("Portland", "OR", "972"), ("Austin", "TX", "787"), ("Columbus", "OH", "432"), ("Denver", "CO", "802"),
    ("Madison", "WI", "537"), ("Raleigh", "NC", "276"), ("Boise", "ID", "837"), ("Burlington", "VT", "054"),
    ("Ann Arbor", "MI", "481"), ("Sacramento", "CA", "958"), ("Tucson", "AZ", "857"), ("Albany", "NY", "122"),
    ("Brooklyn", "NY", "112"), ("Chicago", "IL", "606"), ("Seattle", "WA", "981"), ("Minneapolis", "MN", "554"),
    ("Pittsburgh", "PA", "152"), ("Savannah", "GA", "314"), ("Omaha", "NE", "681"), ("Richmond", "VA", "232"),
    ("Providence", "RI", "029"), ("Nashville", "TN", "372"), ("Salt Lake City", "UT", "841"), ("Des Moines", "IA", "503"),
    ("Santa Fe", "NM", "875"), ("Charleston", "SC", "294"), ("Lexington", "KY", "405"), ("Asheville", "NC", "288"),
    ("Oakland", "CA", "946"), ("Cambridge", "MA", "021"), ("Baltimore", "MD", "212"), ("St. Louis", "MO", "631"),
]
US_EXTRAS = ["Apt 4B", "Apt. 12", "Unit 5", "Suite 300", "#210", "Apt 3", "Ste 110"]
FR_STREETS = [
    "rue des Lilas", "rue Victor Hugo", "rue de la République", "avenue du Général Leclerc", "avenue Jean Jaurès",
    "rue de la Gare", "chemin du Moulin", "rue des Écoles", "boulevard Pasteur", "rue Saint-Antoine", "rue de la Paix",
    "allée des Tilleuls", "boulevard Voltaire", "rue Émile Zola", "place du Marché", "impasse des Roses", "quai Saint-Vincent",
    "rue du Faubourg Saint-Denis", "avenue des Chênes", "rue Nationale",
]
FR_TOWNS = [
    ([f"750{d:02d}" for d in range(1, 21)], "Paris"), ([f"6900{d}" for d in range(1, 10)], "Lyon"),
    ([f"130{d:02d}" for d in range(1, 17)], "Marseille"), (["33000", "33800"], "Bordeaux"), (["31000", "31400"], "Toulouse"),
    (["44000"], "Nantes"), (["59000", "59800"], "Lille"), (["67000"], "Strasbourg"), (["34000"], "Montpellier"),
    (["35000"], "Rennes"), (["06000"], "Nice"), (["38000"], "Grenoble"), (["21000"], "Dijon"), (["37000"], "Tours"),
    (["57000"], "Metz"), (["51100"], "Reims"), (["74000"], "Annecy"), (["68100"], "Mulhouse"),
]
FR_EXTRAS = ["Bât. B", "Appt 12", "3e étage", "Résidence Les Pins"]
NL_STREETS = [
    "Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Julianalaan", "Wilhelminastraat", "Beatrixlaan",
    "Nieuwe Gracht", "Oudegracht", "Vondelstraat", "Herengracht", "Keizersgracht", "Prinsengracht", "Zeedijk",
    "Lindenlaan", "Kastanjelaan", "Van Goghstraat", "Breestraat", "Lange Voorhout", "Witte de Withstraat",
]
NL_TOWNS = [("Amsterdam", 1011, 1109), ("Rotterdam", 3011, 3089), ("Den Haag", 2511, 2597), ("Utrecht", 3511, 3585),
            ("Eindhoven", 5611, 5658), ("Groningen", 9711, 9747), ("Leiden", 2311, 2334), ("Haarlem", 2011, 2037),
            ("Nijmegen", 6511, 6546), ("Maastricht", 6211, 6229), ("Delft", 2611, 2629), ("Arnhem", 6811, 6846),
            ("Zwolle", 8011, 8043), ("Breda", 4811, 4839)]

COUNTRY_NAMES = {
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Großbritannien", "US": "USA", "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande"},
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA", "IE": "Ireland", "FR": "France", "NL": "Netherlands"},
}

# ---------------------------------------------------------------- phones

DE_AREAS = ["30", "40", "89", "221", "69", "711", "211", "341", "351", "511", "911", "421", "231", "201", "761", "6221",
            "941", "431", "381", "361", "331", "6131", "611", "681", "821", "931", "251", "521", "551", "531", "391",
            "345", "3641", "7071", "7531", "8031", "851", "451", "241", "228", "651", "561", "6151", "621", "721",
            "731", "9131", "921", "951", "4131", "5141", "7121", "8151", "2631"]
DE_MOBILE = ["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179", "1520", "1522", "1590"]
AT_AREAS = ["1", "316", "732", "662", "512", "463", "2742", "5574", "2682", "7242", "7252", "2236", "3842"]
AT_MOBILE = ["650", "660", "664", "676", "677", "680", "681", "688", "699"]
CH_AREAS = ["44", "31", "61", "41", "71", "52", "62", "81", "32", "91", "21", "22", "43", "56"]
CH_MOBILE = ["76", "77", "78", "79"]
GB_AREAS = [("20", 8), ("161", 7), ("113", 7), ("117", 7), ("131", 7), ("141", 7), ("29", 8), ("121", 7), ("151", 7),
            ("1865", 6), ("1223", 6), ("1904", 6), ("114", 7), ("115", 7), ("1632", 6)]
US_AREAS = ["212", "718", "917", "415", "510", "650", "312", "773", "617", "206", "503", "512", "303", "404", "305",
            "214", "713", "602", "619", "702", "801", "919", "615", "502", "414", "612", "816", "215", "412", "216",
            "313", "317", "614", "704", "843", "802", "207", "808", "907", "828", "401", "505"]
IE_AREAS = [("1", 7), ("21", 7), ("91", 6), ("61", 6), ("51", 6), ("56", 7), ("71", 7)]
IE_MOBILE = ["83", "85", "86", "87", "89"]
FR_AREAS = ["1", "2", "3", "4", "5"]
NL_AREAS = ["20", "10", "70", "30", "40", "50", "71", "23", "24", "43", "15", "26"]

MAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "freenet.de", "mailbox.org", "icloud.com", "yahoo.de", "online.de", "arcor.de"],
    "AT": ["gmx.at", "aon.at", "a1.net", "chello.at", "gmail.com", "outlook.at", "icloud.com"],
    "CH": ["bluewin.ch", "gmx.ch", "hispeed.ch", "sunrise.ch", "gmail.com", "protonmail.ch", "icloud.com"],
    "GB": ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "sky.com", "icloud.com", "live.co.uk", "virginmedia.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net", "hotmail.com", "proton.me", "verizon.net"],
    "IE": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "outlook.com", "xs4all.nl"],
}

# ---------------------------------------------------------------- companies and shops (never PERSON)

SHOPS = {
    "de": ["Fernweh Outdoor GmbH", "Lindgrün Naturkosmetik", "Hafenkontor Versand GmbH", "Kaffeerösterei Bohnenglück",
           "Wollwerk Manufaktur", "Velotraum Fahrradteile GmbH", "Küchenzauber Onlineshop", "Tierliebe Heimtierbedarf GmbH",
           "Papeterie Federkiel", "Gartenglück Versand", "Bergzeit Sport AG", "Stoffwechsel Textil GmbH"],
    "en": ["Northwind Outfitters Ltd", "Brightside Home Co.", "Copper Kettle Coffee", "Ridgeway Bikes", "Meadowlark Skincare",
           "Harbour & Pine", "Tidewater Supply Co.", "Oakfield Pet Supplies", "Inkwell Stationery", "Greenhouse Gardenware",
           "Summit Trail Gear Inc.", "Loom & Thread Ltd"],
}
COMPANIES = {
    "de": ["Metallbau Kessler GmbH", "Autohaus Brandl GmbH & Co. KG", "Schreinerei Holzwerk e.K.", "Bäckerei Hofmann KG",
           "Nordlicht Medien GmbH", "Gipfelstürmer Reisen GmbH", "Kanzlei Weidner & Partner", "Hotel Seeblick GmbH",
           "Praxis am Markt", "Elektro Wagner GmbH", "Quellgrund Getränke AG", "Alpenglühen Tourismus GmbH",
           "Stadtwerke Lindau", "Kita Sonnenschein e.V.", "Druckerei Lettern GmbH", "IT-Systemhaus Kompass GmbH",
           "Brauerei Zum Anker", "Gasthof Krone", "Hausverwaltung Immoplan GmbH", "Blumen Paradies OHG",
           "Sanitär Huber GmbH", "Fahrschule Vollgas", "Tischlerei Weitblick", "Lichtung Architekten PartGmbB"],
    "en": ["Keystone Builders Ltd", "Riverside Dental Practice", "Blue Ridge Realty LLC", "Harbour View Hotel", "Oakwood Primary School",
           "Evergreen Landscaping Inc.", "Silverline Logistics Ltd", "Brightwater Accountants LLP", "Redwood Media Group",
           "Trailhead Coffee Roasters", "Ironwood Fitness", "Granite & Co. Solicitors", "Lakeside Veterinary Clinic",
           "Pioneer Tech Solutions", "The Crooked Spoon Café", "Northgate Property Management", "Maple Leaf Catering",
           "Westfield Motors", "Bluebell Florists", "Summit Dental Lab", "Cobalt Design Studio", "Fieldstone Brewing Co."],
}

# brands that are, or look like, people's names: never PERSON
BRANDS = ["Tom Tailor", "Marc O'Polo", "Jack Wolfskin", "Tommy Hilfiger", "Calvin Klein", "Hugo Boss", "Ralph Lauren",
          "Paul Hewitt", "Ted Baker", "Karen Millen", "Paul Smith", "Dr. Martens", "Kiehl's", "Dr. Oetker",
          "Ben & Jerry's", "Betty Barclay", "Gerry Weber", "Marie Lund", "Anna Field", "Annemarie Börlind",
          "Dr. Hauschka", "Paul Green", "Camel Active", "Bruno Banani", "Joop!", "Mrs. Meyer's", "Jack Daniel's",
          "Mr. Kipling", "Aunt Bessie's", "Ben Sherman", "Fred Perry", "John Lewis", "Laura Ashley", "Tom Ford",
          "Vivienne Westwood", "Emma Bridgewater", "Orla Kiely", "Jo Malone", "Charlotte Tilbury", "Bobbi Brown"]
# product names that look like given names (furniture, lamps, scents)
NAME_PRODUCTS = ["Greta", "Anton", "Frieda", "Lotte", "Jonna", "Henriette", "Emil", "Kalle", "Bruno", "Mathilda", "Oskar",
                 "Ida", "Linnea", "Malte", "Stella", "Hugo", "Clara", "Theo", "Elise", "Vincent", "Margot", "Felix",
                 "Agnes", "Lennart", "Rosalie", "Matteo", "Olivia", "Harvey", "Maisie", "Archie"]
PLACE_PRODUCTS = ["Kopenhagen", "Oslo", "Malmö", "Reykjavík", "Zugspitze", "Provence", "Kreuzberg", "Bergen", "Toscana",
                  "Brighton", "Aspen", "Kyoto", "Lisboa", "Sylt", "Montana", "Tromsø", "Camden", "Hamptons", "Dolomiti", "Bretagne"]
STREET_PRODUCTS = ["Königsallee", "Rue Cler", "Abbey Road", "Baker Street", "Via Veneto", "Kurfürstendamm", "Lindenallee",
                   "Fifth Avenue", "Portobello Road", "Champs-Élysées", "Maximilianstraße", "Carnaby Street", "Sunset Boulevard",
                   "Jungfernstieg", "Bahnhofstrasse", "Rodeo Drive"]

# ---------------------------------------------------------------- Cyrillic, Greek and Hangul to Latin

CYR_EN = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i", "й": "y",
          "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
          "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
          "є": "ye", "і": "i", "ї": "yi", "ґ": "g", "ѓ": "gj", "ќ": "kj", "љ": "lj", "њ": "nj", "џ": "dzh", "ѕ": "dz", "ј": "j", "'": "", "’": ""}
CYR_DE = dict(CYR_EN, **{"в": "w", "ж": "sch", "з": "s", "й": "j", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch",
                         "ю": "ju", "я": "ja", "ё": "jo", "є": "je", "ї": "ji", "џ": "dsch"})
GREEK = {"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k", "λ": "l",
         "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f",
         "χ": "ch", "ψ": "ps", "ω": "o"}
GREEK_DIGRAPHS = [("ου", "ou"), ("αι", "ai"), ("ει", "ei"), ("οι", "oi"), ("αυ", "av"), ("ευ", "ev"), ("γγ", "ng"), ("γκ", "gk"), ("μπ", "mp"), ("ντ", "nt")]

HANGUL_INITIAL = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
HANGUL_MEDIAL = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"]
HANGUL_FINAL = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]
KOREAN_SURNAMES = {"김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang", "조": "Cho", "윤": "Yoon",
                   "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin", "권": "Kwon", "황": "Hwang",
                   "안": "Ahn", "송": "Song", "류": "Ryu", "전": "Jeon", "홍": "Hong", "고": "Ko", "문": "Moon", "양": "Yang",
                   "손": "Son", "배": "Bae", "백": "Baek", "허": "Heo", "유": "Yoo", "남": "Nam", "심": "Shim", "노": "Noh",
                   "하": "Ha", "곽": "Kwak", "성": "Sung", "차": "Cha", "주": "Joo", "우": "Woo", "구": "Koo", "민": "Min",
                   "진": "Jin", "나": "Na", "지": "Ji", "엄": "Eom", "채": "Chae", "원": "Won", "천": "Cheon", "방": "Bang",
                   "공": "Kong", "현": "Hyun", "함": "Ham", "변": "Byun", "염": "Yeom", "여": "Yeo", "추": "Choo", "도": "Do",
                   "석": "Seok", "선": "Sun", "설": "Seol", "마": "Ma", "길": "Gil", "연": "Yeon", "표": "Pyo", "명": "Myung",
                   "기": "Ki", "반": "Ban", "왕": "Wang", "금": "Geum", "옥": "Ok", "육": "Yook", "인": "In", "맹": "Maeng",
                   "제": "Je", "모": "Mo", "탁": "Tak", "국": "Kook", "어": "Eo", "은": "Eun", "편": "Pyeon", "용": "Yong",
                   "예": "Ye", "경": "Kyung", "봉": "Bong", "사": "Sa", "부": "Boo", "가": "Ga", "복": "Bok", "태": "Tae",
                   "목": "Mok", "형": "Hyung", "피": "Pi", "두": "Doo", "감": "Gam", "제갈": "Jegal", "남궁": "Namgung",
                   "황보": "Hwangbo", "선우": "Sunwoo", "독고": "Dokgo"}

# ---------------------------------------------------------------- name particles

PARTICLE_SURNAMES_IRISH = ["O'Brien", "O'Connor", "O'Sullivan", "O'Neill", "O'Reilly", "O'Donnell", "O'Keeffe", "O'Mahony",
                           "McCarthy", "McGrath", "MacNamara", "McLoughlin", "McDermott", "Mac Giolla Phádraig", "Ó Súilleabháin"]
PARTICLE_SURNAMES_SCOTS = ["MacLeod", "McKenzie", "MacDonald", "McIntyre", "MacGregor", "McAllister", "McPherson", "MacKinnon"]
