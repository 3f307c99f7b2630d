"""Static lists of the thirteenth PII bank (written for it): real towns with plausible postcodes,
street names of several countries, name lists for origins the Faker locales lack in Latin script,
transliteration tables, brand and company names, words that are also names.

Nothing here is split: these are values, not phrasings. The templates and phrase lists that are
split into dev13 / heldout13 halves live in pii13_en.py and pii13_de.py.
"""

# ---------------------------------------------------------------- towns with postcode ranges

# (town, first postcode, last postcode)
DE_TOWNS = [
    ("Berlin", 10115, 14199), ("Hamburg", 20095, 22769), ("München", 80331, 81929), ("Köln", 50667, 51149),
    ("Frankfurt am Main", 60306, 60599), ("Stuttgart", 70173, 70629), ("Düsseldorf", 40210, 40629),
    ("Leipzig", 4103, 4357), ("Dresden", 1067, 1328), ("Hannover", 30159, 30669), ("Nürnberg", 90402, 90491),
    ("Bremen", 28195, 28779), ("Freiburg im Breisgau", 79098, 79117), ("Münster", 48143, 48167),
    ("Heidelberg", 69115, 69126), ("Kiel", 24103, 24159), ("Rostock", 18055, 18147), ("Augsburg", 86150, 86199),
    ("Bonn", 53111, 53229), ("Mainz", 55116, 55131), ("Regensburg", 93047, 93059), ("Potsdam", 14467, 14482),
    ("Erfurt", 99084, 99099), ("Karlsruhe", 76131, 76229), ("Bielefeld", 33602, 33739), ("Göttingen", 37073, 37085),
    ("Würzburg", 97070, 97084), ("Lübeck", 23552, 23570), ("Ulm", 89073, 89081), ("Aachen", 52062, 52080),
    ("Kassel", 34117, 34134), ("Oldenburg", 26121, 26135), ("Osnabrück", 49074, 49090), ("Trier", 54290, 54296),
    ("Jena", 7743, 7751), ("Halle (Saale)", 6108, 6132), ("Magdeburg", 39104, 39130), ("Saarbrücken", 66111, 66133),
    ("Wiesbaden", 65183, 65207), ("Darmstadt", 64283, 64297), ("Konstanz", 78462, 78467), ("Passau", 94032, 94036),
    ("Bamberg", 96047, 96052), ("Flensburg", 24937, 24944), ("Schwerin", 19053, 19063), ("Cottbus", 3042, 3055),
    ("Gelsenkirchen", 45879, 45899), ("Bochum", 44787, 44894), ("Dortmund", 44135, 44388), ("Essen", 45127, 45359),
    ("Mönchengladbach", 41061, 41239), ("Krefeld", 47798, 47839), ("Ingolstadt", 85049, 85057),
    ("Garmisch-Partenkirchen", 82467, 82467), ("Bad Tölz", 83646, 83646), ("Sankt Augustin", 53757, 53757),
    ("Neustadt an der Weinstraße", 67433, 67435), ("Lüneburg", 21335, 21339), ("Tübingen", 72070, 72076),
]

AT_TOWNS = [
    ("Wien", None, None), ("Graz", 8010, 8055), ("Linz", 4020, 4040), ("Salzburg", 5020, 5026),
    ("Innsbruck", 6020, 6080), ("Klagenfurt am Wörthersee", 9020, 9020), ("Villach", 9500, 9500), ("Wels", 4600, 4600),
    ("St. Pölten", 3100, 3100), ("Dornbirn", 6850, 6850), ("Bregenz", 6900, 6900), ("Steyr", 4400, 4400),
    ("Leoben", 8700, 8700), ("Krems an der Donau", 3500, 3500), ("Baden", 2500, 2500), ("Feldkirch", 6800, 6800),
    ("Wiener Neustadt", 2700, 2700), ("Mödling", 2340, 2340), ("Hallein", 5400, 5400), ("Kufstein", 6330, 6330),
    ("Eisenstadt", 7000, 7000), ("Bad Ischl", 4820, 4820), ("Zell am See", 5700, 5700), ("Schwaz", 6130, 6130),
]

CH_TOWNS = [
    ("Zürich", 8001, 8057), ("Bern", 3001, 3027), ("Basel", 4001, 4059), ("Luzern", 6003, 6006),
    ("St. Gallen", 9000, 9016), ("Winterthur", 8400, 8411), ("Zug", 6300, 6300), ("Aarau", 5000, 5004),
    ("Chur", 7000, 7000), ("Thun", 3600, 3608), ("Schaffhausen", 8200, 8200), ("Olten", 4600, 4600),
    ("Baden", 5400, 5400), ("Frauenfeld", 8500, 8500), ("Biel/Bienne", 2502, 2505), ("Uster", 8610, 8610),
    ("Wil SG", 9500, 9500), ("Rapperswil-Jona", 8640, 8645), ("Solothurn", 4500, 4500), ("Sursee", 6210, 6210),
    ("Davos Platz", 7270, 7270), ("Kreuzlingen", 8280, 8280), ("Wetzikon ZH", 8620, 8620), ("Emmenbrücke", 6020, 6020),
]

# (town, postcode area, district numbers)
GB_TOWNS = [
    ("London", "SE", (1, 28)), ("London", "N", (1, 22)), ("London", "SW", (1, 20)), ("London", "E", (1, 18)),
    ("Manchester", "M", (1, 40)), ("Leeds", "LS", (1, 29)), ("Birmingham", "B", (1, 99)), ("Bristol", "BS", (1, 41)),
    ("Sheffield", "S", (1, 36)), ("Liverpool", "L", (1, 40)), ("Newcastle upon Tyne", "NE", (1, 15)),
    ("Nottingham", "NG", (1, 25)), ("Leicester", "LE", (1, 19)), ("Brighton", "BN", (1, 3)), ("Oxford", "OX", (1, 4)),
    ("Cambridge", "CB", (1, 5)), ("Norwich", "NR", (1, 14)), ("Exeter", "EX", (1, 6)), ("York", "YO", (1, 32)),
    ("Bath", "BA", (1, 2)), ("Cardiff", "CF", (10, 24)), ("Edinburgh", "EH", (1, 17)), ("Glasgow", "G", (1, 53)),
    ("Aberdeen", "AB", (10, 25)), ("Belfast", "BT", (1, 17)), ("Reading", "RG", (1, 6)), ("Southampton", "SO", (14, 19)),
    ("Plymouth", "PL", (1, 9)), ("Derby", "DE", (1, 24)), ("Coventry", "CV", (1, 6)), ("Hull", "HU", (1, 9)),
    ("Swansea", "SA", (1, 7)), ("Canterbury", "CT", (1, 2)), ("Harrogate", "HG", (1, 3)), ("Cheltenham", "GL", (50, 53)),
    ("Durham", "DH", (1, 1)), ("Stockport", "SK", (1, 7)), ("Bournemouth", "BH", (1, 11)), ("Dundee", "DD", (1, 5)),
    ("Lancaster", "LA", (1, 2)), ("Kendal", "LA", (9, 9)), ("Truro", "TR", (1, 4)), ("Inverness", "IV", (1, 3)),
]

# locality names used in four-line UK blocks
GB_LOCALITIES = {"Leeds": ["Headingley", "Hyde Park", "Chapel Allerton"], "Manchester": ["Chorlton", "Didsbury", "Levenshulme"],
                 "Bristol": ["Clifton", "Southville", "Bishopston"], "Newcastle upon Tyne": ["Jesmond", "Heaton"],
                 "Cardiff": ["Roath", "Canton"], "Edinburgh": ["Leith", "Morningside"], "Brighton": ["Kemptown", "Hove"],
                 "Sheffield": ["Walkley", "Crookes"], "Nottingham": ["Sneinton", "Beeston"], "Birmingham": ["Moseley", "Harborne"],
                 "Liverpool": ["Anfield", "Wavertree"], "Glasgow": ["Partick", "Govanhill"]}

# (town, state, ZIP prefix, area codes)
US_TOWNS = [
    ("Portland", "OR", "972", ["503", "971"]), ("Austin", "TX", "787", ["512", "737"]), ("Denver", "CO", "802", ["303", "720"]),
    ("Columbus", "OH", "432", ["614"]), ("Madison", "WI", "537", ["608"]), ("Raleigh", "NC", "276", ["919", "984"]),
    ("Boise", "ID", "837", ["208"]), ("Savannah", "GA", "314", ["912"]), ("Burlington", "VT", "054", ["802"]),
    ("Ann Arbor", "MI", "481", ["734"]), ("Brooklyn", "NY", "112", ["718", "347", "929"]), ("Seattle", "WA", "981", ["206"]),
    ("Sacramento", "CA", "958", ["916"]), ("San Diego", "CA", "921", ["619", "858"]), ("Phoenix", "AZ", "850", ["602", "480"]),
    ("Nashville", "TN", "372", ["615"]), ("Pittsburgh", "PA", "152", ["412"]), ("Minneapolis", "MN", "554", ["612"]),
    ("St. Louis", "MO", "631", ["314"]), ("Albuquerque", "NM", "871", ["505"]), ("Tampa", "FL", "336", ["813"]),
    ("Charleston", "SC", "294", ["843"]), ("Omaha", "NE", "681", ["402"]), ("Salt Lake City", "UT", "841", ["801"]),
    ("Providence", "RI", "029", ["401"]), ("Springfield", "IL", "627", ["217"]), ("Louisville", "KY", "402", ["502"]),
    ("Richmond", "VA", "232", ["804"]), ("Boston", "MA", "021", ["617", "857"]), ("Chicago", "IL", "606", ["312", "773"]),
    ("Asheville", "NC", "288", ["828"]), ("Eugene", "OR", "974", ["541"]), ("Tucson", "AZ", "857", ["520"]),
    ("Spokane", "WA", "992", ["509"]), ("Duluth", "MN", "558", ["218"]), ("Bozeman", "MT", "597", ["406"]),
]

US_STREETS = ["Main St", "Oak Street", "Maple Ave", "Elm Street", "Cedar Lane", "Pine St", "Washington Ave",
              "Lincoln Blvd", "2nd Avenue", "Park Place", "Lakeview Drive", "Sunset Blvd", "Highland Ave", "River Road",
              "Hillcrest Dr", "Willow Way", "Jefferson St", "Broadway", "Spring Street", "Chestnut St", "Walnut Street",
              "Franklin Ave", "Cherry Lane", "Meadow Ln", "Forest Ave", "Ridge Road", "Church St", "Mill Road",
              "Magnolia Court", "Aspen Circle", "Grand Ave", "Union Street", "Prospect Ave", "Bayview Terrace",
              "Canyon Rd", "Orchard Drive", "5th Street", "Market St", "Locust Ave", "Sycamore Lane"]
US_DIRECTIONS = ["N", "S", "E", "W", "NE", "SW", "NW", "SE"]

IE_TOWNS = [
    ("Dublin 1", "D01"), ("Dublin 2", "D02"), ("Dublin 4", "D04"), ("Dublin 6", "D06"), ("Dublin 7", "D07"),
    ("Dublin 8", "D08"), ("Dublin 12", "D12"), ("Dublin 15", "D15"), ("Cork", "T12"), ("Cork", "T23"),
    ("Galway", "H91"), ("Limerick", "V94"), ("Waterford", "X91"), ("Kilkenny", "R95"), ("Sligo", "F91"),
    ("Athlone", "N37"), ("Drogheda", "A92"), ("Bray", "A98"), ("Ennis", "V95"), ("Tralee", "V92"),
    ("Wexford", "Y35"), ("Dundalk", "A91"), ("Navan", "C15"), ("Letterkenny", "F92"), ("Westport", "F28"),
]
IE_STREETS = ["Main Street", "Church Road", "Castle Street", "O'Connell Street", "Patrick Street", "Mary Street",
              "Shop Street", "The Crescent", "Seaview Park", "Ashgrove", "Oakwood Drive", "Meadow Court",
              "Abbey Street", "Bridge Street", "Strand Road", "Sundrive Road", "Griffith Avenue", "College Road",
              "Quay Street", "Father Griffin Road", "Ballymun Road", "Summerhill", "Belgrave Square"]
EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789"

FR_TOWNS = [
    ("Paris", [75000 + i for i in range(1, 21)]), ("Lyon", [69000 + i for i in range(1, 10)]),
    ("Marseille", [13000 + i for i in range(1, 17)]), ("Toulouse", [31000, 31200, 31300, 31400, 31500]),
    ("Bordeaux", [33000, 33100, 33200, 33300, 33800]), ("Nantes", [44000, 44100, 44200, 44300]),
    ("Lille", [59000, 59800]), ("Strasbourg", [67000, 67100, 67200]), ("Nice", [6000, 6100, 6200, 6300]),
    ("Montpellier", [34000, 34070, 34080, 34090]), ("Rennes", [35000, 35200, 35700]), ("Grenoble", [38000, 38100]),
    ("Dijon", [21000]), ("Annecy", [74000]), ("Tours", [37000]), ("Rouen", [76000, 76100]), ("Metz", [57000, 57050]),
    ("Colmar", [68000]), ("Mulhouse", [68100]), ("Besançon", [25000]), ("La Rochelle", [17000]), ("Saint-Malo", [35400]),
]
FR_STREETS = ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Voltaire", "rue du Commerce",
              "place de la Mairie", "rue des Lilas", "chemin des Vignes", "impasse du Moulin", "allée des Tilleuls",
              "rue Pasteur", "avenue de la Gare", "quai des Chartrons", "cours Mirabeau", "rue Nationale",
              "rue des Écoles", "boulevard de la Liberté", "rue Saint-Michel", "avenue des Acacias", "rue du Four"]

NL_TOWNS = [
    ("Amsterdam", 1011, 1109), ("Rotterdam", 3011, 3089), ("Utrecht", 3511, 3585), ("Den Haag", 2491, 2599),
    ("Eindhoven", 5611, 5658), ("Groningen", 9711, 9747), ("Haarlem", 2011, 2037), ("Leiden", 2311, 2334),
    ("Nijmegen", 6511, 6546), ("Maastricht", 6211, 6229), ("Zwolle", 8011, 8043), ("Delft", 2611, 2629),
    ("Arnhem", 6811, 6846), ("Tilburg", 5011, 5049), ("Breda", 4811, 4839), ("Amersfoort", 3811, 3829),
]
NL_STREETS = ["Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenstraat", "Prinsengracht", "Keizersgracht",
              "Julianalaan", "Wilhelminastraat", "Beatrixlaan", "Schoolstraat", "Nieuwe Binnenweg", "Oudegracht",
              "Hoofdstraat", "Marktstraat", "Lindenlaan", "Van Woustraat", "Overtoom", "Vondelstraat", "Ringdijk"]
BE_TOWNS = [("Antwerpen", [2000, 2018, 2060]), ("Gent", [9000, 9040, 9050]), ("Brugge", [8000]), ("Leuven", [3000]),
            ("Brussel", [1000, 1050, 1060]), ("Mechelen", [2800]), ("Hasselt", [3500]), ("Kortrijk", [8500])]
BE_STREETS = ["Kerkstraat", "Stationsstraat", "Meir", "Grote Markt", "Brugsesteenweg", "Naamsestraat",
              "Korenmarkt", "Lange Kievitstraat", "Veldstraat", "Diestsestraat"]
IT_TOWNS = [("Milano", 20121, 20162), ("Roma", 118, 199), ("Torino", 10121, 10156), ("Bologna", 40121, 40141),
            ("Firenze", 50121, 50145), ("Napoli", 80121, 80147), ("Verona", 37121, 37142), ("Bolzano", 39100, 39100)]
IT_STREETS = ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Piazza Duomo", "Viale Monza", "Via Dante",
              "Via dei Mille", "Via Nazionale", "Corso Buenos Aires", "Via San Felice"]
ES_TOWNS = [("Madrid", 28001, 28055), ("Barcelona", 8001, 8042), ("Valencia", 46001, 46026), ("Sevilla", 41001, 41020),
            ("Málaga", 29001, 29018), ("Bilbao", 48001, 48015), ("Zaragoza", 50001, 50021)]
ES_STREETS = ["Calle Mayor", "Avenida de la Constitución", "Carrer de Mallorca", "Paseo de Gracia", "Calle de Alcalá",
              "Gran Vía", "Calle Larios", "Calle San Fernando", "Avenida del Puerto", "Calle de Toledo"]

# ---------------------------------------------------------------- German-language street names

DE_STREET_ROOTS = ["Linden", "Birken", "Eichen", "Garten", "Kirch", "Schul", "Bahnhof", "Mühlen", "Wald", "Berg",
                   "Feld", "Wiesen", "Rosen", "Ahorn", "Buchen", "Tannen", "Sonnen", "Brunnen", "Markt", "Schiller",
                   "Goethe", "Mozart", "Beethoven", "Kant", "Lessing", "Uhland", "Herder", "Burg", "Hafen", "Wiesen",
                   "Kastanien", "Holunder", "Erlen", "Fichten", "Blumen", "Post", "Schloss", "Rathaus", "Friedhof",
                   "Hirsch", "Falken", "Lerchen", "Amsel", "Schwalben", "Heide", "Moor", "Weiher", "Quellen"]
DE_STREET_SUFFIXES = ["straße", "straße", "straße", "str.", "weg", "weg", "allee", "ring", "gasse", "platz", "damm",
                      "pfad", "steig", "ufer", "stieg", "anger"]
DE_STREET_FIXED = ["Am Lindenhof", "An der Kirche", "Im Winkel", "Alte Dorfstraße", "Hohe Straße", "Unter den Linden",
                   "Friedrich-Ebert-Straße", "Kaiser-Wilhelm-Ring", "Karl-Liebknecht-Straße", "Geschwister-Scholl-Straße",
                   "Am Sportplatz", "Zum Steinbruch", "Auf dem Hügel", "Hinter den Höfen", "Große Bleichen",
                   "Kleine Johannisstraße", "Neuer Wall", "Am Alten Markt", "Obere Bachgasse", "Zur Mühle",
                   "Sankt-Georg-Straße", "Rudolf-Diesel-Straße", "Käthe-Kollwitz-Weg", "In den Gärten",
                   "Am Hang", "Bergmannstraße", "Sonnenallee", "Kottbusser Damm", "Leopoldstraße", "Zeil"]
AT_STREET_FIXED = ["Mariahilfer Straße", "Kirchengasse", "Lindengasse", "Schulgasse", "Landstraßer Hauptstraße",
                   "Hauptplatz", "Herrengasse", "Wiedner Hauptstraße", "Gumpendorfer Straße", "Annenstraße",
                   "Getreidegasse", "Maria-Theresien-Straße", "Favoritenstraße", "Linzer Gasse", "Taborstraße",
                   "Am Spitz", "Kaiserstraße", "Grabenweg", "Museumstraße", "Josefstädter Straße"]
CH_STREET_FIXED = ["Bahnhofstrasse", "Dorfstrasse", "Seestrasse", "Hauptstrasse", "Kirchweg", "Rosenweg",
                   "Schulhausstrasse", "Zürcherstrasse", "Badenerstrasse", "Langstrasse", "Marktgasse", "Spitalgasse",
                   "Neugasse", "Bundesplatz", "Rebgasse", "Obstgartenstrasse", "Sonnenbergstrasse", "Weinbergstrasse",
                   "Rue du Lac", "Via Cantonale"]

# ---------------------------------------------------------------- names the Faker locales lack in Latin script

ARABIC_GIVEN = {
    "m": ["Mohammed", "Ahmad", "Omar", "Youssef", "Khaled", "Karim", "Tarek", "Samir", "Bilal", "Hamza", "Rami",
          "Nabil", "Walid", "Mahmoud", "Ibrahim", "Mustafa", "Amir", "Hassan", "Jamal", "Ziad"],
    "f": ["Fatima", "Aisha", "Layla", "Nour", "Yasmin", "Rania", "Samira", "Huda", "Mariam", "Dina", "Salma",
          "Leila", "Amira", "Zainab", "Hiba", "Reem", "Lina", "Ghada", "Malak", "Sana"],
}
ARABIC_SURNAMES = ["Al-Hassan", "Haddad", "Khalil", "Nasser", "Saleh", "El-Amin", "Aziz", "Hamdan", "Mansour",
                   "Abboud", "Darwish", "Haidar", "Al-Masri", "Othman", "El Idrissi", "Benali", "Kassem", "Younes",
                   "Shaheen", "Farouk", "Al Zoubi", "Bakri", "Suleiman", "Jaber", "Ben Salah", "Hijazi", "Sabbagh"]
PERSIAN_GIVEN = {
    "m": ["Reza", "Dariush", "Kian", "Arash", "Babak", "Navid", "Farhad", "Omid", "Kaveh", "Behnam", "Siamak"],
    "f": ["Parisa", "Shirin", "Mahsa", "Niloufar", "Sara", "Yasaman", "Roya", "Ladan", "Golnaz", "Shadi", "Mina"],
}
PERSIAN_SURNAMES = ["Hosseini", "Mohammadi", "Rezaei", "Ahmadi", "Karimi", "Jafari", "Moradi", "Rahimi", "Sadeghi",
                    "Tehrani", "Shirazi", "Farahani", "Ghorbani", "Naderi", "Azizi", "Kazemi", "Esfahani"]
KOREAN_GIVEN = {
    "m": ["Min-jun", "Ji-ho", "Do-yun", "Hyun-woo", "Jae-won", "Sung-min", "Tae-yang", "Joon-ho", "Seung-hoon"],
    "f": ["Seo-yeon", "Ha-eun", "Ji-woo", "Soo-ah", "Ye-jin", "Eun-ji", "Min-seo", "Hye-jin", "Da-eun"],
}
KOREAN_SURNAMES = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo",
                   "Shin", "Kwon", "Hwang", "Ahn", "Song", "Baek", "Nam"]
TURKISH_EXTRA_SURNAMES = ["Kaya", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Özdemir", "Doğan", "Kılıç", "Kara",
                          "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Korkmaz", "Karaca", "Güneş", "Tekin", "Aktaş",
                          "Uçar", "Bulut", "Keskin", "Avcı", "Erdem", "Coşkun", "Kaplan", "Ateş", "Tunç", "Işık"]
TURKISH_DROP = {"Öcalan", "İnönü", "Erdoğan", "Korutürk", "Demirel", "Gülen", "Manço", "Türk", "Sakarya",
                "Karadeniz", "Akdeniz", "Çorlu", "Mansız", "Seven"}

# transliteration of Cyrillic and Greek names: German and English conventions
CYR_DE = {"а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "sch", "з": "s", "и": "i",
          "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
          "у": "u", "ф": "f", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch", "ъ": "", "ы": "y",
          "ь": "", "э": "e", "ю": "ju", "я": "ja", "і": "i", "ї": "ji", "є": "je", "ґ": "g"}
CYR_EN = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
          "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
          "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
          "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g"}
GREEK = {"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k",
         "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
         "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o", "ά": "a", "έ": "e", "ή": "i", "ί": "i", "ό": "o",
         "ύ": "y", "ώ": "o", "ϊ": "i", "ΐ": "i", "ϋ": "y", "ΰ": "y"}
GREEK_DIGRAPHS = [("ου", "ou"), ("ού", "ou"), ("αι", "ai"), ("ει", "ei"), ("οι", "oi"), ("μπ", "mp"), ("ντ", "nt")]

# ---------------------------------------------------------------- invented names (syllable generator)

INV_ONSETS = ["b", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "b", "d", "k",
              "l", "m", "n", "r", "s", "t", "ch", "br", "dr", "gr", "kr", "tr", "sv", "st"]
INV_VOWELS = ["a", "e", "i", "o", "u", "a", "e", "i", "o", "a", "e", "ei", "au", "y", "ia"]
INV_CODAS = ["", "", "", "n", "r", "l", "s", "t", "m", "x", "rn", "ld", "st", "nk", "rt"]
INV_SUFFIX_LAST = ["ovic", "ander", "berg", "sen", "ell", "aro", "ienko", "ström", "mann", "ani", "etti", "ou",
                   "kin", "ard", "wick", "hausen", "dóttir", "escu", "oglu", "ez"]

# ---------------------------------------------------------------- look-alikes (never labelled)

# brands and firms named after people, used as brands
PERSON_BRANDS = ["Hugo Boss", "Marc O'Polo", "Tom Tailor", "Jack Wolfskin", "Ted Baker", "Paul Smith", "Calvin Klein",
                 "Ralph Lauren", "Tommy Hilfiger", "Levi's", "Dr. Martens", "Karl Lagerfeld", "Porsche Design",
                 "Walbusch", "Lands' End", "Eddie Bauer", "L.L.Bean", "Carhartt", "Timberland", "Jack & Jones",
                 "Gerry Weber", "Betty Barclay", "Joop!", "Hunter", "Barbour", "Paul & Shark"]

DE_NAME_WORDS = ["Koch", "Bauer", "Fischer", "Wolf", "Fuchs", "Vogel", "Kaiser", "König", "Engel", "Winter", "Sommer",
                 "Hahn", "Jäger", "Stein", "Berg", "Busch", "Rosa", "Jasmin", "Erika", "Heide", "Schmied", "Meister",
                 "Weber", "Lange", "Klein", "Braun", "Frank", "Ernst", "August", "Mai", "Kai", "Mark", "Strauß", "Graf"]
EN_NAME_WORDS = ["Hunter", "Baker", "Miller", "Cook", "Smith", "Mason", "Fisher", "May", "June", "April", "Grace",
                 "Will", "Hope", "Faith", "Joy", "Rose", "Lily", "Ivy", "Holly", "Daisy", "Violet", "Amber", "Ruby",
                 "Dawn", "Summer", "Autumn", "Frank", "Mark", "Bill", "Jack", "Chase", "Brown", "Green", "White",
                 "King", "Wood", "Stone", "Bell", "Page", "Price", "Banks", "Cash", "Penny", "Sterling", "Carter"]

SHOPS = {
    "de": ["Bergfalke", "Waldlicht", "Kiesel & Kork", "Nordhafen Living", "Halbmond Tees", "Sattelfest",
           "Feinmaschig", "Wolkenweich", "Kupferkessel", "Lodenwerk", "Zwirnerei", "Kräuterkontor"],
    "en": ["Foxglove & Fern", "Tidewater Supply", "Copper Kettle Co.", "Moss & Stone", "Driftwood Living",
           "Larkspur Goods", "Hearth & Heather", "Saltmarsh Outfitters", "Bramble Box", "Kestrel Cycles",
           "Wildwood Pantry", "Quayside Threads"],
}
SHOP_DOMAINS = {
    "Bergfalke": "bergfalke-shop.de", "Waldlicht": "waldlicht.de", "Kiesel & Kork": "kieselundkork.de",
    "Nordhafen Living": "nordhafen-living.de", "Halbmond Tees": "halbmond-tees.de", "Sattelfest": "sattelfest.at",
    "Feinmaschig": "feinmaschig.ch", "Wolkenweich": "wolkenweich.de", "Kupferkessel": "kupferkessel.de",
    "Lodenwerk": "lodenwerk.at", "Zwirnerei": "zwirnerei.ch", "Kräuterkontor": "kraeuterkontor.de",
    "Foxglove & Fern": "foxgloveandfern.co.uk", "Tidewater Supply": "tidewatersupply.com",
    "Copper Kettle Co.": "copperkettle.co", "Moss & Stone": "mossandstone.co.uk", "Driftwood Living": "driftwoodliving.com",
    "Larkspur Goods": "larkspurgoods.com", "Hearth & Heather": "hearthandheather.ie", "Saltmarsh Outfitters": "saltmarsh.co.uk",
    "Bramble Box": "bramblebox.co.uk", "Kestrel Cycles": "kestrelcycles.com", "Wildwood Pantry": "wildwoodpantry.com",
    "Quayside Threads": "quaysidethreads.ie",
}

# firms named after founders (not persons as written here)
DE_FIRMS = ["Schreinerei Vogt GmbH", "Bäckerei Schneider", "Autohaus Krause", "Gebr. Hoffmann KG", "Druckerei Lehmann",
            "Spedition Albers & Söhne", "Metzgerei Huber", "Weingut Riedl", "Elektro Brandl GmbH", "Optik Kaminski",
            "Malerbetrieb Schulte", "Gärtnerei Winkler", "Brauerei Kaltenecker", "Zimmerei Gruber", "Sanitär Meyer OHG"]
EN_FIRMS = ["Hargreaves & Sons Ltd", "Whitfield Printing", "Doyle Logistics", "Pemberton Bakery", "Marsh & Cole LLP",
            "Fitzgerald Freight", "O'Donnell Joinery", "Ashworth Textiles", "Barlow Bros. Removals", "Kowalski Plumbing",
            "Fletcher Packaging Co.", "Goldberg & Reyes Inc.", "McAllister Farms", "Pryce Digital", "Whitmore Estates"]

DE_SUPPLIERS = ["Textilwerk Hoffmann GmbH", "Weberei Schulte & Co. KG", "Verpackungen Brandl GmbH", "Druckerei Lehmann",
                "Gebr. Hoffmann KG", "Baumwollkontor Nord GmbH", "Kartonagen Vogt", "Strickerei Albers"]
EN_SUPPLIERS = ["Ashworth Textiles", "Whitfield Printing", "Fletcher Packaging Co.", "Hargreaves & Sons Ltd",
                "Barlow Bros. Cartons", "Pennine Cotton Mills", "Lowther Weaving Co.", "Goldberg & Reyes Inc."]

BICS = ["COBADEFFXXX", "GENODEM1GLS", "INGDDEFFXXX", "DEUTDEDBBER", "BYLADEM1001", "HASPDEHHXXX", "SOLADEST600",
        "BKAUATWW", "RZOOAT2L", "GIBAATWWXXX", "UBSWCHZH80A", "POFICHBEXXX", "RABONL2U", "INGBNL2A", "ABNANL2A",
        "NWBKGB2L", "BARCGB22", "AIBKIE2D", "BOFIIE2D", "BNPAFRPP", "GEBABEBB", "KREDBEBB"]
