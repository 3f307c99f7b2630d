"""Word lists of the fourteenth PII bank (dev14 / heldout14), written for it.

Names of origins whose Faker locales have no Latin-script names (Arabic, Persian, Greek, Russian
and Ukrainian transliterations, Albanian, Bosnian/Serbian, Korean, Kurdish), surnames with
particles, real towns with plausible postcodes for the address layouts that Faker renders poorly
(GB, US, IE, FR, IT), common German, Austrian and Swiss street names, and the shop vocabulary of
the look-alikes (product names that read like given names, brand names, stores).
"""

FIRST = {
    "arabic": {
        "f": ["Amira", "Layla", "Fatima", "Nour", "Yasmin", "Rania", "Salma", "Hiba", "Mariam", "Aya", "Lina", "Dalia", "Rim", "Samira"],
        "m": ["Omar", "Khaled", "Youssef", "Ahmad", "Karim", "Tarek", "Hassan", "Bilal", "Samir", "Mahmoud", "Rami", "Nabil", "Ziad", "Walid"],
    },
    "persian": {
        "f": ["Shirin", "Parisa", "Nasrin", "Mahsa", "Leila", "Azadeh", "Niloufar", "Golnar", "Soraya", "Roya"],
        "m": ["Reza", "Dariush", "Kaveh", "Arash", "Babak", "Farhad", "Mehdi", "Kian", "Omid", "Navid"],
    },
    "greek": {
        "f": ["Eleni", "Katerina", "Sofia", "Despina", "Georgia", "Vasiliki", "Anastasia", "Chrysa", "Ioanna", "Maria"],
        "m": ["Giorgos", "Nikos", "Dimitris", "Konstantinos", "Yannis", "Panagiotis", "Stavros", "Christos", "Vasilis", "Thanasis"],
    },
    "slavic_east": {
        "f": ["Olga", "Tatjana", "Swetlana", "Natalia", "Oksana", "Irina", "Jelena", "Ljudmila", "Viktoria", "Darja", "Kateryna", "Anastasija"],
        "m": ["Sergej", "Dmitri", "Alexej", "Wladimir", "Andrij", "Oleksandr", "Jewgeni", "Nikolai", "Juri", "Maxim", "Taras", "Bohdan"],
    },
    "albanian": {
        "f": ["Arta", "Blerta", "Drita", "Erjona", "Fatjona", "Liridona", "Valbona", "Mimoza"],
        "m": ["Arben", "Besnik", "Driton", "Fatmir", "Gentian", "Ilir", "Luan", "Valon", "Agron"],
    },
    "bosnian": {
        "f": ["Amra", "Emina", "Lejla", "Selma", "Jasmina", "Dragana", "Milica", "Vesna", "Sanja"],
        "m": ["Adnan", "Emir", "Haris", "Mirza", "Dragan", "Nemanja", "Goran", "Zoran", "Dejan"],
    },
    "korean": {
        "f": ["Ji-woo", "Seo-yeon", "Min-ji", "Hye-jin", "Soo-ah", "Eun-ji"],
        "m": ["Min-jun", "Ji-hoon", "Hyun-woo", "Sung-min", "Dong-hyun", "Jae-won"],
    },
    "kurdish": {
        "f": ["Berfin", "Rojda", "Dilan", "Zilan", "Hêvî", "Nazdar"],
        "m": ["Rojhat", "Azad", "Baran", "Serhat", "Diyar", "Şiyar"],
    },
}

LAST = {
    "arabic": ["Haddad", "Khoury", "Nasser", "Mansour", "Saleh", "Al-Masri", "Hamdan", "Abdallah", "El-Sayed", "Darwish", "Qasim", "Rahman", "Aziz", "Yousef", "Barakat", "Hijazi"],
    "persian": ["Ahmadi", "Hosseini", "Karimi", "Rezaei", "Moradi", "Tehrani", "Farahani", "Sadeghi", "Jafari", "Rostami", "Ghorbani", "Navabi"],
    "greek": ["Papadopoulos", "Nikolaidis", "Georgiou", "Konstantinou", "Papadaki", "Dimitriou", "Karagiannis", "Vlachou", "Antoniadis", "Oikonomou", "Stavrou", "Christodoulou"],
    "slavic_east": ["Iwanow", "Petrenko", "Schewtschenko", "Kowalenko", "Smirnowa", "Bondarenko", "Wolkow", "Tkachenko", "Melnyk", "Sidorow", "Kusnezow", "Morosowa"],
    "albanian": ["Krasniqi", "Berisha", "Gashi", "Hoxha", "Shala", "Morina", "Kelmendi", "Rexhepi", "Bytyqi", "Dervishi"],
    "bosnian": ["Hodžić", "Begić", "Delić", "Kovačević", "Mujić", "Petrović", "Jovanović", "Nikolić", "Ilić", "Hadžić"],
    "korean": ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Han"],
    "kurdish": ["Aydın", "Demir", "Bozkurt", "Barzani", "Kaya", "Amedi", "Zaxoyî", "Tekin"],
}

# surnames with particles or prefixes, mixed in by chance
PARTICLE_SURNAMES = {
    "de": ["von Bredow", "von der Heide", "van der Meer", "de Vries", "di Marco", "zu Salm", "von Arnim", "van Beek", "de la Cruz", "von Hohenau", "ter Horst", "O'Connor", "Mac Intyre", "D'Amico", "dos Santos", "von Wedel"],
    "en": ["O'Brien", "O'Sullivan", "MacLeod", "McKenna", "O'Neill", "MacDonald", "McCarthy", "D'Arcy", "DeLuca", "van Dijk", "de Groot", "di Stefano", "Da Silva", "St. John", "Fitzgerald", "Mac Giolla Phádraig", "le Roux", "van der Berg"],
}

# --------------------------------------------------------------- streets and towns

STREETS_DE = ["Hauptstraße", "Schulstraße", "Gartenstraße", "Bahnhofstraße", "Dorfstraße", "Bergstraße", "Birkenweg", "Lindenstraße", "Kirchstraße", "Waldstraße", "Ringstraße", "Mühlenweg", "Am Sportplatz", "Goethestraße", "Schillerstraße", "Friedhofstraße", "Jahnstraße", "Feldstraße", "Rosenweg", "Am Anger", "Kastanienallee", "Eichendorffstraße", "Sonnenstraße", "Wiesenweg", "Kantstraße", "Uhlandstraße", "Marktplatz", "Auf dem Kamp", "Im Winkel", "Zur Alten Mühle"]
STREETS_AT = ["Hauptplatz", "Mariahilfer Straße", "Landstraßer Hauptstraße", "Kirchengasse", "Schulgasse", "Wiener Straße", "Linzer Straße", "Grazer Straße", "Bahnhofstraße", "Lerchenfelder Gürtel", "Neubaugasse", "Josefstädter Straße", "Am Hof", "Herrengasse", "Annenstraße", "Dorfplatz"]
STREETS_CH = ["Bahnhofstrasse", "Dorfstrasse", "Hauptstrasse", "Kirchweg", "Seestrasse", "Schulhausstrasse", "Bernstrasse", "Zürichstrasse", "Rosenweg", "Bärengasse", "Alpenstrasse", "Sonnenbergstrasse", "Spitalgasse", "Rue du Marché", "Via Cantonale"]
STREETS_GB = ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue", "Queen's Road", "Kingsway", "Albert Street", "Manor Close", "Elm Grove", "The Crescent", "Orchard Way", "London Road", "Green Lane", "Chapel Street", "York Road", "Castle Street", "Meadow View", "St Mary's Close", "Willow Drive", "Beech Avenue", "Westgate", "Cliff Terrace"]
STREETS_US = ["Main St", "Oak Avenue", "Maple Dr", "Elm Street", "Washington Blvd", "Pine Ridge Rd", "Lakeview Dr", "Cedar Ln", "N 5th St", "W Jefferson Ave", "Sunset Blvd", "Hillcrest Road", "Park Place", "E Broad St", "Chestnut Court", "River Rd", "S Walnut Street", "Highland Ave", "Orchard Lane", "Spring Street"]
STREETS_FR = ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue Victor Hugo", "place du Marché", "chemin des Vignes", "allée des Tilleuls", "impasse des Lilas", "rue des Écoles", "rue Pasteur", "avenue de la Gare", "quai des Bateliers", "rue du Moulin"]
STREETS_IT = ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Dante Alighieri", "Piazza della Repubblica", "Viale dei Mille", "Via San Francesco", "Via Mazzini", "Corso Italia", "Via dei Fiori", "Via Cavour", "Vicolo Stretto"]
STREETS_IE = ["Main Street", "Church Street", "O'Connell Street", "Bridge Street", "Patrick Street", "Dublin Road", "Castle Road", "Strand Road", "Mill Street", "Harbour View"]

TOWNS_GB = [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("York", "YO"), ("Norwich", "NR"), ("Brighton", "BN"), ("Cardiff", "CF"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("Sheffield", "S"), ("Nottingham", "NG"), ("Reading", "RG"), ("Oxford", "OX"), ("Bath", "BA"), ("Exeter", "EX"), ("Leicester", "LE"), ("Liverpool", "L"), ("Newcastle upon Tyne", "NE"), ("Cambridge", "CB"), ("Belfast", "BT"), ("Swansea", "SA"), ("Aberdeen", "AB"), ("Derby", "DE"), ("Coventry", "CV"), ("London", "SW"), ("London", "N"), ("London", "SE"), ("Harrogate", "HG"), ("Kendal", "LA")]
TOWNS_US = [("Springfield", "IL", "627"), ("Portland", "OR", "972"), ("Austin", "TX", "787"), ("Columbus", "OH", "432"), ("Madison", "WI", "537"), ("Boulder", "CO", "803"), ("Asheville", "NC", "288"), ("Burlington", "VT", "054"), ("Savannah", "GA", "314"), ("Tucson", "AZ", "857"), ("Raleigh", "NC", "276"), ("Ann Arbor", "MI", "481"), ("Fresno", "CA", "937"), ("Brooklyn", "NY", "112"), ("Seattle", "WA", "981"), ("Boise", "ID", "837"), ("Omaha", "NE", "681"), ("Richmond", "VA", "232"), ("Denver", "CO", "802"), ("Pittsburgh", "PA", "152"), ("Bend", "OR", "977"), ("Missoula", "MT", "598")]
TOWNS_FR = [("Paris", "750"), ("Lyon", "6900"), ("Marseille", "130"), ("Toulouse", "310"), ("Nantes", "440"), ("Strasbourg", "670"), ("Bordeaux", "330"), ("Lille", "590"), ("Rennes", "350"), ("Montpellier", "340"), ("Grenoble", "380"), ("Annecy", "740"), ("Chamonix-Mont-Blanc", "74400")]
TOWNS_IT = [("Milano", "201", "MI"), ("Roma", "001", "RM"), ("Torino", "101", "TO"), ("Bologna", "401", "BO"), ("Firenze", "501", "FI"), ("Napoli", "801", "NA"), ("Verona", "371", "VR"), ("Bolzano", "391", "BZ"), ("Padova", "351", "PD"), ("Bergamo", "241", "BG"), ("Genova", "161", "GE"), ("Trento", "381", "TN")]
TOWNS_IE = [("Dublin 2", "D02"), ("Dublin 8", "D08"), ("Dublin 6W", "D6W"), ("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94"), ("Waterford", "X91"), ("Kilkenny", "R95"), ("Sligo", "F91"), ("Athlone", "N37")]

# --------------------------------------------------------------- shop vocabulary (never labelled)

# product names that read like given names or surnames, as shops name them
PRODUCT_NAMES = ["Lotta", "Henrik", "Mathilde", "Frida", "Oskar", "Greta", "Bruno", "Ida", "Emil", "Wilma", "Hugo", "Clara", "Jonas", "Elsa", "Theo", "Marlene", "Finn", "Rosa", "Vincent", "Luise", "Karl", "Juna", "Edda", "Moritz"]
PRODUCT_NAMES_EN = ["Harper", "Miles", "Hazel", "Archie", "Stella", "Jasper", "Ivy", "Reuben", "Maisie", "Otis", "Florence", "Arlo", "Winston", "Mabel", "Brooks", "Sadie", "Hunter", "Georgia", "Dakota", "Austin", "Sierra", "Chester", "Savannah", "Carter"]
BRANDS = ["Talgrat", "Nordkamm", "Fjellfolk", "Bergfink", "Seeadler Outdoor", "Hafenholz", "Lindgrün", "Alpenrot", "Wolkenweit", "Kieselgrau"]
BRANDS_EN = ["Talgrat", "Ridgeway Supply", "Hollow Pine", "Marlow & Finch", "Stonebrook", "Kestrel Goods", "Bramble Lane", "Copperleaf", "North Fell", "Wren & Willow"]
TOWNS_PLAIN_DE = ["Bielefeld", "Graz", "Luzern", "Rosenheim", "Freiburg", "Innsbruck", "Winterthur", "Kempten", "Bregenz", "Lörrach", "Garmisch", "Kitzbühel", "Zermatt", "Oberstdorf", "Passau", "Bamberg"]
TOWNS_PLAIN_EN = ["Kendal", "Keswick", "Harrogate", "Boulder", "Asheville", "Bend", "Aviemore", "Hay-on-Wye", "Ambleside", "Whistler", "Moab", "Jackson", "Hebden Bridge", "Ludlow"]
COMPANIES_DE = ["Sporthaus Kaltenbrunn GmbH", "Bergsport Aigner KG", "Outdoor Brenner e.K.", "Wanderbedarf Huber & Söhne", "Alpin Center Lechtal GmbH", "Radsport Ziegler AG", "Laufwerk Hamburg GmbH", "Kletterzentrum Nordwand e.V.", "Hüttenbedarf Moser OG", "Velo-Laden Bühler AG", "Camping Krug GmbH", "Skiverleih Gruber"]
COMPANIES_EN = ["Peak & Pine Outfitters Ltd", "Harbour Outdoor Co.", "Fell Runner Supplies Ltd", "Trailside Retail LLC", "Summit Bike Shop Inc.", "Greenway Camping Ltd", "Lakeland Walking Co.", "Redrock Adventure Supply", "Hill & Hollow Ltd", "Coastline Surf Shack"]
