"""Streets, towns (with plausible postcodes and phone area codes) of the eighteenth PII bank's
held-out half, written for it. A postcode pattern's `#` is a random digit."""

DE_STREETS = [
    "Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße", "Lindenstraße", "Gartenstraße",
    "Kirchweg", "Am Sonnenhang", "Birkenweg", "Ahornweg", "Mozartstraße", "Bergstraße", "Wiesenweg",
    "Rosenstraße", "Waldstraße", "Dorfstraße", "Talstraße", "Mühlenweg", "Am Bach", "Feldstraße",
    "Kastanienallee", "Uhlandstraße", "Hölderlinweg", "Kantstraße", "Luisenstraße", "Marktplatz",
    "Schulstraße", "Jahnstraße", "Ringstraße", "Breite Straße", "Lange Reihe", "Hohe Straße",
    "Alte Landstraße", "Sonnenstraße", "Kemptener Straße", "Münchner Straße", "Frankfurter Allee",
    "Hamburger Chaussee", "Leopoldstraße", "Sendlinger Straße", "Schwanthalerstraße", "Eschenweg",
    "Fliederweg", "Tulpenweg", "Am Kirchberg", "Im Winkel", "Auf der Höhe", "An der Alster",
    "Zum Steinbruch", "Heinrich-Heine-Straße", "Karl-Liebknecht-Straße", "Rudolf-Diesel-Straße",
    "Von-der-Tann-Straße", "Theodor-Heuss-Ring", "Lessingstraße", "Beethovenstraße", "Kaiserstraße",
    "Bismarckstraße", "Wilhelmstraße", "Unter den Eichen", "Alter Postweg", "Am Hopfengarten",
    "Grünberger Weg", "Oberer Graben", "Ludwigstraße", "Maximilianstraße", "Schwabinger Weg",
    "Holzmarkt", "Speicherstadt", "Sielwall", "Weserstraße", "Elbchaussee", "Rheinuferstraße",
]
AT_STREETS = [
    "Mariahilfer Straße", "Gentzgasse", "Landstraßer Hauptstraße", "Herrengasse", "Schulgasse",
    "Kaiserstraße", "Linzer Gasse", "Getreidegasse", "Maria-Theresien-Straße", "Anichstraße",
    "Sporgasse", "Annenstraße", "Hauptplatz", "Wiener Straße", "Kirchengasse", "Wiedner Hauptstraße",
    "Josefstädter Straße", "Neubaugasse", "Burggasse", "Zieglergasse", "Schönbrunner Straße",
    "Favoritenstraße", "Leopoldskronstraße", "Elisabethstraße", "Museumstraße", "Sparkassenstraße",
    "Grazer Straße", "Innrain", "Bürgerstraße", "Rennweg",
]
CH_STREETS = [
    "Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Hauptstrasse", "Kirchgasse", "Zürichstrasse",
    "Bernstrasse", "Limmatquai", "Marktgasse", "Spitalgasse", "Rämistrasse", "Badenerstrasse",
    "Langstrasse", "Hardturmstrasse", "Schaffhauserstrasse", "Gerechtigkeitsgasse", "Freie Strasse",
    "Steinenvorstadt", "Pilatusstrasse", "Haldenstrasse", "Weinbergstrasse", "Alpenstrasse",
    "Obere Gasse", "Rosenbergstrasse", "Poststrasse", "Industriestrasse",
]
GB_STREETS = [
    "High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "Mill Lane",
    "Queen Street", "King's Road", "Albert Street", "Brunswick Road", "Elm Grove", "The Crescent",
    "Manor Way", "Castle Street", "Bridge Street", "Meadow Close", "Orchard Way", "Hillside Drive",
    "Westgate", "North Parade", "Thornhill Road", "Belmont Terrace", "Kirkgate", "Sandy Lane",
    "Holly Bank", "Fell View", "Lake Road", "St Mary's Street", "Marine Parade", "Beech Grove",
    "Moor Lane", "Ladysmith Road", "Cowgate", "Byres Road", "Cathedral Road", "Abbey Road",
]
US_STREETS = [
    "Maple Avenue", "Oak Street", "Pine St", "Cedar Lane", "Elm St", "Main Street", "Washington Ave",
    "Lincoln Blvd", "Park Place", "Lakeview Dr", "Highland Ave", "Ridge Road", "Mountain View Drive",
    "Aspen Way", "Spruce Ct", "Willow Ln", "Birch Rd", "Canyon Blvd", "Pearl Street", "Walnut St",
    "2nd Ave", "3rd Street", "14th St NW", "Broadway", "College Ave", "River Road", "Forest Dr",
    "Hillcrest Rd", "Chestnut St", "Sunnyside Ave",
]
IE_STREETS = [
    "Griffith Avenue", "Main Street", "Castle Street", "Church Road", "Strand Road", "Shop Street",
    "Oliver Plunkett Street", "Patrick Street", "Mary Street", "Quay Street", "College Road",
    "Sea Road", "Howth Road", "Rathmines Road", "Dominick Street", "Bridge Street", "The Mall",
    "Ashgrove", "Oakfield Park", "Willow Park", "Mount Eden Road",
]
FR_STREETS = [
    "rue des Lilas", "avenue Jean Jaurès", "place Bellecour", "boulevard Voltaire",
    "chemin des Cretets", "rue de la République", "rue du Mont-Blanc", "avenue de la Gare",
    "rue Saint-Jean", "quai des Bateliers", "impasse des Érables", "route de Chambéry",
]
NL_STREETS = [
    "Prinsengracht", "Oudegracht", "Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenweg",
    "Laan van Meerdervoort", "Herengracht", "Nieuwe Binnenweg", "Vismarkt", "Singel",
]
IT_STREETS = [
    "Via Roma", "Via Museo", "Corso Libertà", "Piazza Walther", "Via Garibaldi", "Viale Europa",
    "Via dei Portici", "Corso Vittorio Emanuele II", "Via Manci", "Via Mazzini",
]

# (town, postcode pattern, phone area code without the trunk 0)
DE_TOWNS = [
    ("Berlin", "10###", "30"), ("Berlin", "12###", "30"), ("Hamburg", "20###", "40"),
    ("Hamburg", "22###", "40"), ("München", "80###", "89"), ("München", "81###", "89"),
    ("Köln", "50###", "221"), ("Frankfurt am Main", "60###", "69"), ("Stuttgart", "70###", "711"),
    ("Leipzig", "04###", "341"), ("Dresden", "01###", "351"), ("Freiburg im Breisgau", "79###", "761"),
    ("Hannover", "30###", "511"), ("Nürnberg", "90###", "911"), ("Bremen", "28###", "421"),
    ("Münster", "48###", "251"), ("Kempten (Allgäu)", "8743#", "831"),
    ("Immenstadt i. Allgäu", "87509", "8323"), ("Sonthofen", "87527", "8321"),
    ("Garmisch-Partenkirchen", "82467", "8821"), ("Berchtesgaden", "83471", "8652"),
    ("Regensburg", "930##", "941"), ("Augsburg", "861##", "821"), ("Bielefeld", "336##", "521"),
    ("Kiel", "241##", "431"), ("Rostock", "180##", "381"), ("Erfurt", "990##", "361"),
    ("Jena", "077##", "3641"), ("Göttingen", "370##", "551"), ("Ulm", "890##", "731"),
    ("Konstanz", "784##", "7531"), ("Heidelberg", "691##", "6221"), ("Mainz", "551##", "6131"),
    ("Bonn", "531##", "228"), ("Aachen", "520##", "241"), ("Würzburg", "970##", "931"),
    ("Lindau (Bodensee)", "8813#", "8382"), ("Oberstdorf", "87561", "8322"), ("Füssen", "87629", "8362"),
    ("Bamberg", "960##", "951"), ("Tübingen", "720##", "7071"), ("Marburg", "350##", "6421"),
    ("Potsdam", "144##", "331"), ("Magdeburg", "391##", "391"), ("Saarbrücken", "661##", "681"),
    ("Karlsruhe", "761##", "721"), ("Dortmund", "441##", "231"), ("Wuppertal", "421##", "202"),
    ("Lüneburg", "213##", "4131"), ("Oldenburg", "261##", "441"), ("Wernigerode", "38855", "3943"),
    ("Bad Tölz", "83646", "8041"), ("Rosenheim", "830##", "8031"), ("Passau", "940##", "851"),
    ("Trier", "542##", "651"), ("Flensburg", "249##", "461"),
]
AT_TOWNS = [
    ("Wien", "1010", "1"), ("Wien", "1030", "1"), ("Wien", "1040", "1"), ("Wien", "1050", "1"),
    ("Wien", "1060", "1"), ("Wien", "1070", "1"), ("Wien", "1080", "1"), ("Wien", "1090", "1"),
    ("Wien", "1120", "1"), ("Wien", "1160", "1"), ("Wien", "1180", "1"), ("Wien", "1190", "1"),
    ("Graz", "8010", "316"), ("Graz", "8020", "316"), ("Graz", "8045", "316"), ("Linz", "4020", "732"),
    ("Linz", "4040", "732"), ("Salzburg", "5020", "662"), ("Innsbruck", "6020", "512"),
    ("Klagenfurt am Wörthersee", "9020", "463"), ("Villach", "9500", "4242"), ("Bregenz", "6900", "5574"),
    ("Dornbirn", "6850", "5572"), ("St. Pölten", "3100", "2742"), ("Wels", "4600", "7242"),
    ("Schladming", "8970", "3687"), ("Kitzbühel", "6370", "5356"), ("Zell am See", "5700", "6542"),
    ("Lienz", "9900", "4852"), ("Leoben", "8700", "3842"), ("Bad Ischl", "4820", "6132"),
    ("Mayrhofen", "6290", "5285"),
]
CH_TOWNS = [
    ("Zürich", "800#", "44"), ("Zürich", "803#", "44"), ("Zürich", "804#", "44"), ("Bern", "3011", "31"),
    ("Bern", "3007", "31"), ("Basel", "4051", "61"), ("Basel", "4056", "61"), ("Luzern", "6003", "41"),
    ("Luzern", "6004", "41"), ("St. Gallen", "9000", "71"), ("Winterthur", "8400", "52"),
    ("Chur", "7000", "81"), ("Interlaken", "3800", "33"), ("Thun", "3600", "33"),
    ("Davos Platz", "7270", "81"), ("Zermatt", "3920", "27"), ("Grindelwald", "3818", "33"),
    ("Zug", "6300", "41"), ("Aarau", "5000", "62"), ("Schaffhausen", "8200", "52"),
    ("Frauenfeld", "8500", "52"), ("Engelberg", "6390", "41"), ("Andermatt", "6490", "41"),
    ("Pontresina", "7504", "81"),
]
# (town, postcode districts, area code with trunk 0)
GB_TOWNS = [
    ("Leeds", ["LS1", "LS2", "LS6", "LS7", "LS8", "LS11", "LS17"], "0113"),
    ("Manchester", ["M1", "M4", "M14", "M20", "M21"], "0161"),
    ("Bristol", ["BS1", "BS3", "BS6", "BS7", "BS8"], "0117"),
    ("Edinburgh", ["EH1", "EH3", "EH6", "EH9", "EH10"], "0131"),
    ("Glasgow", ["G3", "G11", "G12", "G41"], "0141"),
    ("Cardiff", ["CF10", "CF11", "CF14", "CF24"], "029"),
    ("Sheffield", ["S1", "S7", "S10", "S11"], "0114"),
    ("Kendal", ["LA9"], "01539"), ("Keswick", ["CA12"], "017687"),
    ("Inverness", ["IV2", "IV3"], "01463"), ("York", ["YO1", "YO10", "YO24", "YO31"], "01904"),
    ("Oxford", ["OX1", "OX2", "OX4"], "01865"),
    ("London", ["SE15", "N16", "E8", "SW11", "NW5", "SE22", "E17", "N7"], "020"),
    ("Brighton", ["BN1", "BN2"], "01273"), ("Exeter", ["EX1", "EX4"], "01392"),
    ("Nottingham", ["NG1", "NG5", "NG7"], "0115"), ("Newcastle upon Tyne", ["NE1", "NE2", "NE6"], "0191"),
    ("Aberdeen", ["AB10", "AB11", "AB15"], "01224"), ("Swansea", ["SA1", "SA2"], "01792"),
    ("Belfast", ["BT1", "BT7", "BT9"], "028"), ("Ambleside", ["LA22"], "015394"),
    ("Fort William", ["PH33"], "01397"), ("Aviemore", ["PH22"], "01479"),
    ("Betws-y-Coed", ["LL24"], "01690"), ("Penrith", ["CA11"], "01768"),
    ("Harrogate", ["HG1", "HG2"], "01423"), ("Cambridge", ["CB1", "CB2", "CB4"], "01223"),
    ("Norwich", ["NR1", "NR2"], "01603"),
]
# (town, state, ZIP prefix, area code)
US_TOWNS = [
    ("Boulder", "CO", "803", "303"), ("Denver", "CO", "802", "720"), ("Seattle", "WA", "981", "206"),
    ("Portland", "OR", "972", "503"), ("Bend", "OR", "977", "541"), ("Salt Lake City", "UT", "841", "801"),
    ("Asheville", "NC", "288", "828"), ("Burlington", "VT", "054", "802"), ("Bozeman", "MT", "597", "406"),
    ("Flagstaff", "AZ", "860", "928"), ("Madison", "WI", "537", "608"), ("Minneapolis", "MN", "554", "612"),
    ("Austin", "TX", "787", "512"), ("Chattanooga", "TN", "374", "423"), ("Boise", "ID", "837", "208"),
    ("Duluth", "MN", "558", "218"), ("Ann Arbor", "MI", "481", "734"), ("Brooklyn", "NY", "112", "718"),
    ("Cambridge", "MA", "021", "617"), ("Missoula", "MT", "598", "406"), ("Santa Fe", "NM", "875", "505"),
    ("Reno", "NV", "895", "775"), ("Anchorage", "AK", "995", "907"), ("Sacramento", "CA", "958", "916"),
    ("Durango", "CO", "813", "970"), ("Bellingham", "WA", "982", "360"),
]
# (town, Eircode routing key, area code with trunk 0); Dublin districts are drawn separately
IE_TOWNS = [
    ("Cork", "T12", "021"), ("Galway", "H91", "091"), ("Limerick", "V94", "061"),
    ("Waterford", "X91", "051"), ("Kilkenny", "R95", "056"), ("Westport", "F28", "098"),
    ("Sligo", "F91", "071"), ("Killarney", "V93", "064"), ("Athlone", "N37", "090"),
    ("Bray", "A98", "01"),
]
FR_TOWNS = [
    ("Lyon", "6900#"), ("Grenoble", "38000"), ("Annecy", "74000"), ("Chamonix-Mont-Blanc", "74400"),
    ("Paris", "750##"), ("Strasbourg", "67000"), ("Toulouse", "31000"), ("Bordeaux", "33000"),
    ("Nantes", "44000"), ("Lille", "59000"), ("Chambéry", "73000"),
]
NL_TOWNS = [
    ("Amsterdam", "10##"), ("Utrecht", "35##"), ("Rotterdam", "30##"), ("Den Haag", "25##"),
    ("Groningen", "97##"), ("Nijmegen", "65##"), ("Eindhoven", "56##"),
]
IT_TOWNS = [
    ("Bolzano", "39100"), ("Merano", "39012"), ("Trento", "38122"), ("Milano", "201##"),
    ("Torino", "101##"), ("Verona", "371##"), ("Cortina d'Ampezzo", "32043"), ("Bergamo", "241##"),
]

COUNTRY_NAMES = {
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Großbritannien",
           "US": "USA", "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom",
           "US": "USA", "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
}

ALL_TOWN_WORDS = [t[0] for t in DE_TOWNS + AT_TOWNS + CH_TOWNS + GB_TOWNS + US_TOWNS + IE_TOWNS + FR_TOWNS + NL_TOWNS + IT_TOWNS]
ALL_STREET_WORDS = DE_STREETS + AT_STREETS + CH_STREETS + GB_STREETS + US_STREETS + IE_STREETS + FR_STREETS + NL_STREETS + IT_STREETS
