//! STREET_ADDRESS: a street with its house number in German, Austrian, Swiss, British, US or
//! French form, with the postcode and town (US state and ZIP, UK postcode) when they follow on
//! the same or the next line. One span covers the address as written; a country name after it
//! is not part of it.
//!
//! German: `Musterstraße 12a, 10115 Berlin`, `Konrad-Adenauer-Str. 3/5`, `Berliner Allee 12-14`,
//! `Am Markt 3`, `An der Alster 12`, Austrian `Mariahilfer Straße 12, Stiege 2, Top 7` and
//! `Herrengasse 22/Stiege 4/Tür 21`;
//! English: `221B Baker Street`, `Flat 3, 12 High St, London NW1 6XE`, `1600 Pennsylvania Ave
//! NW, Suite 200, Washington, DC 20500`; French: `12 bis rue de la Paix, appt 4, 75002 Paris`.
//!
//! Street types that also name trails, squares in copy or routes (`-weg`, `-pfad`, `Am …`,
//! English `Walk`, `View`, `Park`, …) need more: a postcode, the end of the phrase after the
//! number, a secondary unit or an address word before. A number followed by a unit ("Höhenweg 3
//! Stunden") is never a house number.

use std::sync::LazyLock;

use regex::{Regex, RegexBuilder};

use super::{Entity, Match};

/// German street types written onto the name ("Hauptstraße", "Schillerplatz").
const DE_ATTACHED: &str = r"(?:straße|strasse|str\.|gasse|allee|chaussee|damm|ufer|weg|pfad|steig|stieg|ring|platz|markt|promenade|kai|zeile|graben|wall|anger|steg|hof)";
/// German street types as a word of their own ("Berliner Straße", "Konrad-Adenauer-Str.").
const DE_WORD: &str = r"(?:Straße|Strasse|Str\.|Gasse|Allee|Chaussee|Damm|Ufer|Weg|Pfad|Steig|Ring|Platz|Markt|Promenade|Kai|Zeile|Graben|Wall|Anger|Steg)";
/// German street names made of a preposition and a noun ("Am Markt", "An der Alster").
const DE_PREP: &str = r"(?:Am|An der|An den|Auf dem|Auf der|Auf den|Im|In der|In den|Zum|Zur|Unter den|Unter der|Unter dem|Hinter der|Hinter dem|Hinter den|Vor dem|Vor der|Vor den|Beim|Bei der|Alte|Alter|Altes|Neue|Neuer|Neues|Große|Großer|Kleine|Kleiner|Lange|Langer|Hohe|Hoher|Obere|Oberer|Untere|Unterer)";
/// English street types (the USPS standard suffixes, Royal Mail usage) with their
/// abbreviations; a full stop after one is allowed.
const EN_TYPES: &[&str] = &[
    // (a British street on a slope: "39 Holly Bank")
    "Bank",
    "Street",
    "Streets",
    "St",
    "Road",
    "Roads",
    "Rd",
    "Avenue",
    "Ave",
    "Av",
    "Lane",
    "Ln",
    "Drive",
    "Drives",
    "Dr",
    "Boulevard",
    "Blvd",
    "Court",
    "Courts",
    "Ct",
    "Terrace",
    "Ter",
    "Crescent",
    "Cres",
    "Parkway",
    "Parkways",
    "Pkwy",
    "Highway",
    "Hwy",
    "Expressway",
    "Freeway",
    "Turnpike",
    "Stravenue",
    "Throughway",
    "Trafficway",
    "Motorway",
    "Causeway",
    "Place",
    "Pl",
    "Square",
    "Squares",
    "Sq",
    "Gardens",
    "Gdns",
    "Circle",
    "Circles",
    "Cir",
    "Trail",
    "Trl",
    "Mews",
    "Close",
    "Grove",
    "Groves",
    "Parade",
    "Wynd",
    "Alley",
    "Annex",
    "Arcade",
    "Bayou",
    "Beach",
    "Bend",
    "Bluff",
    "Bluffs",
    "Bottom",
    "Branch",
    "Bridge",
    "Brook",
    "Brooks",
    "Burg",
    "Burgs",
    "Bypass",
    "Camp",
    "Canyon",
    "Cape",
    "Center",
    "Centers",
    "Cliff",
    "Cliffs",
    "Club",
    "Common",
    "Commons",
    "Corner",
    "Corners",
    "Course",
    "Cove",
    "Coves",
    "Creek",
    "Crest",
    "Crossing",
    "Crossroad",
    "Crossroads",
    "Curve",
    "Dale",
    "Dam",
    "Divide",
    "Estate",
    "Estates",
    "Extension",
    "Extensions",
    "Fall",
    "Falls",
    "Ferry",
    "Field",
    "Fields",
    "Flat",
    "Flats",
    "Ford",
    "Fords",
    "Forest",
    "Forge",
    "Forges",
    "Fork",
    "Forks",
    "Fort",
    "Garden",
    "Gateway",
    "Glen",
    "Glens",
    "Green",
    "Greens",
    "Harbor",
    "Harbors",
    "Harbour",
    "Haven",
    "Heights",
    "Hill",
    "Hills",
    "Hollow",
    "Inlet",
    "Island",
    "Islands",
    "Isle",
    "Junction",
    "Junctions",
    "Key",
    "Keys",
    "Knoll",
    "Knolls",
    "Lake",
    "Lakes",
    "Land",
    "Landing",
    "Light",
    "Lights",
    "Loaf",
    "Lock",
    "Locks",
    "Lodge",
    "Loop",
    "Mall",
    "Manor",
    "Manors",
    "Meadow",
    "Meadows",
    "Mill",
    "Mills",
    "Mission",
    "Mount",
    "Mountain",
    "Mountains",
    "Neck",
    "Orchard",
    "Oval",
    "Overpass",
    "Park",
    "Parks",
    "Pass",
    "Passage",
    "Path",
    "Pike",
    "Pine",
    "Pines",
    "Plain",
    "Plains",
    "Plaza",
    "Point",
    "Points",
    "Port",
    "Ports",
    "Prairie",
    "Radial",
    "Ramp",
    "Ranch",
    "Rapid",
    "Rapids",
    "Rest",
    "Ridge",
    "Ridges",
    "Rise",
    "River",
    "Route",
    "Row",
    "Rue",
    "Run",
    "Shoal",
    "Shoals",
    "Shore",
    "Shores",
    "Skyway",
    "Spring",
    "Springs",
    "Spur",
    "Spurs",
    "Station",
    "Stream",
    "Summit",
    "Trace",
    "Track",
    "Trailer",
    "Tunnel",
    "Underpass",
    "Union",
    "Unions",
    "Valley",
    "Valleys",
    "Via",
    "Viaduct",
    "View",
    "Views",
    "Village",
    "Villages",
    "Ville",
    "Vista",
    "Walk",
    "Walks",
    "Wall",
    "Way",
    "Ways",
    "Well",
    "Wells",
    "Wharf",
    "Lawn",
    "Lawns",
    "Quay",
];
/// The types above that are nothing but street words; every other one also names things in
/// copy ("5 Mountain Views") and needs evidence.
const EN_STREET_ONLY: &[&str] = &[
    "street",
    "streets",
    "st",
    "road",
    "roads",
    "rd",
    "avenue",
    "ave",
    "av",
    "lane",
    "ln",
    "drive",
    "drives",
    "dr",
    "boulevard",
    "blvd",
    "court",
    "courts",
    "ct",
    "terrace",
    "ter",
    "crescent",
    "cres",
    "parkway",
    "parkways",
    "pkwy",
    "highway",
    "hwy",
    "expressway",
    "freeway",
    "turnpike",
    "stravenue",
    "throughway",
    "trafficway",
    "motorway",
    "causeway",
    "gdns",
    "pl",
    "sq",
    "cir",
    "trl",
    "mews",
];
/// Street types written as abbreviations: the full stop after one belongs to the address; after
/// a whole word it ends the sentence.
const EN_ABBREVIATIONS: &[&str] = &[
    "st", "rd", "ave", "av", "ln", "dr", "blvd", "ct", "ter", "cres", "pkwy", "hwy", "gdns", "pl",
    "sq", "cir", "trl", "mt", "pt", "hts", "cv", "crk", "expy", "fwy", "jct", "pk", "plz", "rdg",
    "sta", "tpke", "vw", "xing", "cswy", "ctr", "est", "ests", "grn", "lk", "mnr", "mtn", "pkwy",
];

/// Words that end the name of a house in British and Irish addresses ("Rose Cottage", "The
/// Old Forge").
const HOUSES: &[&str] = &[
    "House",
    "Cottage",
    "Lodge",
    "Farm",
    "Farmhouse",
    "Barn",
    "Barns",
    "Forge",
    "Maltings",
    "Mill",
    "Hall",
    "Manor",
    "Villa",
    "Grange",
    "Rectory",
    "Vicarage",
    "Stables",
    "Granary",
    "Bungalow",
    "Court",
    "Mansions",
    "Buildings",
];

/// Articles before a trail-like name make it a thing ("pack the Gratweg 22"): streets are not
/// named with one.
const THING_ARTICLES: &[&str] = &["the ", "die ", "das ", "den "];

/// Numbered spots whose word ends like a street's ("Stellplatz 3", "Zeltplatz 12"): without a
/// postcode and town after them, no address.
const SPOTS: &[&str] = &[
    "stellplatz",
    "parkplatz",
    "abstellplatz",
    "sitzplatz",
    "arbeitsplatz",
    "zeltplatz",
    "campingplatz",
    "standplatz",
    "liegeplatz",
    "lagerplatz",
    "spielplatz",
];

/// German types that also name trails and places in copy.
const DE_AMBIGUOUS: &[&str] = &[
    "weg",
    "pfad",
    "steig",
    "stieg",
    "ring",
    "platz",
    "markt",
    "promenade",
    "kai",
    "zeile",
    "graben",
    "wall",
    "anger",
    "steg",
    "ufer",
    "hof",
];

/// A town after a postcode (see [`ADDRESS`]).
const TOWN: &str = r"(?:St\. )?\p{Lu}[\p{L}]+(?:[-/]\p{L}+)*(?: \p{Lu}[\p{L}]+(?:-\p{L}+)*){0,2}(?: (?:am|an der|im|in der|ob der|bei|a\. d\.|i\.) \p{Lu}[\p{L}]+\.?| \(\p{Lu}[\p{L}]+\)| d['’]\p{Lu}\p{L}+)?";
/// What stands between a street and its postcode and town (see [`ADDRESS`]).
const GAP: &str = r"(?:,(?:[ \t]+\r?\n?|[ \t]*\r?\n)[ \t]*|[ \t]*\r?\n[ \t]*| |[ \t]+[|·–-][ \t]+)";

/// Where a postcode and a town may start: a run of four or five digits after a space, a line
/// break or a country's dash, before a space and a capital letter (or a letter beyond ASCII).
fn postcodes(text: &str) -> impl Iterator<Item = usize> + '_ {
    let b = text.as_bytes();
    (1..b.len()).filter(move |&i| {
        if !b[i].is_ascii_digit() || !matches!(b[i - 1], b' ' | b'\n' | b'-') {
            return false;
        }
        let run = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        (4..=5).contains(&run)
            && b.get(i + run) == Some(&b' ')
            && b.get(i + run + 1)
                .is_some_and(|c| c.is_ascii_uppercase() || *c >= 0xc0 || *c == b' ')
    })
}

/// Numbered points of the post that are no one's street: "Postfach 891, 20739 Kempten",
/// "Packstation 211, 96136 Bad Tölz".
const POST_POINTS: &[&str] = &[
    "Postfach",
    "Packstation",
    "Paketstation",
    "Postfiliale",
    "Paketshop",
    "Filiale",
];

/// A German, Austrian or Swiss street named without a street word, with its house number,
/// postcode and town: "Innrain 63, 6900 Bregenz", "Breitenrain 4⏎3013 Bern". Only with the
/// postcode and town, which make the capitalised word before the number a street's name.
static BARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?P<street>\p{{Lu}}[\p{{Ll}}ß]+) \d{{1,3}}(?: ?[a-z](?-u:\b))?{GAP}(?:(?:DE|AT|CH|D|A)-)?\d{{4,5}} {{1,2}}{TOWN}"
    ))
    .unwrap_or_else(|e| panic!("{e}"))
});

static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    let cap = r"\p{Lu}[\p{Ll}ß]+";
    // a town after a postcode: "Berlin", "Frankfurt am Main", "Halle (Saale)", "St. Gallen"
    // and of several words ("Schwäbisch Hall", "Sankt Johann im Pongau", "Biel/Bienne")
    // ("an" alone is no part of a town's name: "statt Winterthur an Frau …")
    let town = TOWN;
    // between street and town: a comma, a line break, a space, or a bar, a middle dot or a dash
    // between spaces ("Mühlenweg 69 | 34117 Kassel", "Rosenweg 7 · CH-4051 Basel")
    // (a comma with no space after it separates the cells of a table: "164 Church Walk,S11
    // 6US,Sheffield" is a street cell, a postcode cell and a town cell)
    let gap = GAP;
    // house numbers: 12, 12a, 12 a, 12-14, 3/5, 12/3/7; Austrian Stiege and Top or Tür, after a
    // comma or a slash ("22/Stiege 4/Top 21", "Top 3/27", the door alone: "15/Stiege 2/14"); a
    // flat after a slash or a building part in brackets ("11c / Whg. 19", "129 (Hinterhaus)")
    // (a number of the range ends at a word's end: "Gartenweg 25 - 86134 Viersen" is a street
    // and a postcode)
    // (a dash between spaces before four digits is a Swiss or Austrian postcode's: "Beckstrasse
    // 114 – 6490 Andermatt")
    let de_no = r"\d{1,4}(?: ?[a-zA-Z](?-u:\b))?(?:(?:[-–/]\d{1,4}| [-–/] ?\d{1,3}|[-–/] \d{1,3})(?-u:\b)(?: ?[a-zA-Z](?-u:\b))?){0,2}(?:(?:,? |/)(?:Stiege|Stg\.) \d{1,2}(?:/\d{1,3})?)?(?:,? ?/? ?(?:Top|Tür) \d{1,3}(?:/\d{1,3})?)?(?: ?/ ?(?:Whg\.?|Wohnung|App\.?) ?\d{1,4}| \((?:Hinterhaus|Vorderhaus|Hinterhof|Seitenflügel|Gartenhaus|Souterrain)\))?";
    // a street named after a person keeps the particles and initials of the name
    // ("Bertha-von-Suttner-Gasse", "Hans-H.-Gorlitz-Straße"); after an adjective the street
    // word may be attached ("Alte Burgstr.")
    let named =
        format!(r"{cap}-(?:(?:{cap}|\p{{Lu}}\.|von|vom|van|der|den|de|zu|zum|zur|am|an|im|auf)-)*");
    let de_street = format!(
        r"(?:(?:\p{{Lu}}\p{{Ll}}+er )?{cap}(?:-{cap})*{DE_ATTACHED}|{named}{DE_WORD}|{cap}(?:-{cap})* {DE_WORD}|(?P<de_prep>{DE_PREP}) {cap}(?:-{cap})*(?:{DE_ATTACHED})?)"
    );
    // the postcode and town after the street (with two spaces as labels print them), or before
    // it: "30159 Hannover, Lange Allee 13"
    // a comma, or a line break, between the parts of an address
    let comma_or_line = r"(?:,[ \t]*|[ \t]*\r?\n[ \t]*)";
    // the floor or flat after the number, on the line or the next, when the postcode and town
    // follow: "Eichenstr. 16, 1. OG rechts, 82362 Weilheim", "Gewerbedamm 1, Haus B⏎95447
    // Bayreuth" (alone it is left out: "Dorfweg 45, EG links.")
    let de_unit = format!(
        r"{comma_or_line}(?:\d{{1,2}}\.[ ]?(?:OG|Obergeschoss|Stock|Etage)|EG|DG|UG|Hinterhaus|Vorderhaus|Hinterhof|Seitenflügel(?:[ ](?:links|rechts))?|Gartenhaus|Whg\.?[ ]?\d{{1,4}}|Wohnung[ ]\d{{1,4}}|App\.?[ ]?\d{{1,4}}|Haus[ ][A-Z0-9]{{1,3}}|Stiege[ ]\d{{1,2}})(?:[ ](?:links|rechts|li\.|re\.|Mitte))?(?-u:\b)"
    );
    let de = format!(
        r"(?P<de>(?P<de_first>(?-u:\b)(?:(?:DE|AT|CH|D|A)-)?\d{{4,5}} {town}, )?(?P<de_street>{de_street}) (?P<de_no>{de_no})(?P<de_town>(?:{de_unit})?{gap}(?:(?:DE|AT|CH|D|A)-)?\d{{4,5}} {{1,2}}{town})?)"
    );
    // (a town's name may be hyphenated: "Betws-y-Coed", "Stratford-upon-Avon")
    let word = r"(?:\p{Lu}[\p{L}'’]*(?:-\p{L}+)*|\d{1,3}(?:st|nd|rd|th))";
    let uk_post = r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}";
    // Irish Eircodes (a routing key, then four characters) and counties ("Co. Kerry")
    // (the four characters as people write them, not only the letters An Post issues)
    let eircode = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9A-Z]{4}";
    let county = r"(?:Co|CO)\. \p{Lu}\p{Ll}+";
    let en_type = format!("(?:{})", EN_TYPES.join("|"));
    // a town (of up to three words, in capitals too, with a Dublin district number) before a
    // postcode, a state and ZIP code or a county, on the same line or the next: "Springfield,
    // IL 62704", "NORWICH⏎NR13 5UN", "Dublin 2 D02 T71R", "Westport, Co. Mayo⏎F28 X7P6"
    // Australian states take a four-digit postcode: "Paddington NSW 2021"
    let post = format!(
        r"(?:[A-Z]{{2}} \d{{5}}(?:-\d{{4}})?|{uk_post}|{eircode}|(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT) \d{{4}})"
    );
    // a town's words, with the small words of British towns ("Newcastle upon Tyne")
    // a Dublin postal district alone ends one too: "8 Mary Street⏎Dublin 5"
    // a district or village may come before the town: "12 Queens Lane, Clarendon Park,
    // Leicester LE2 4ZL", "150 Manor Drive⏎Shawlands⏎GLASGOW⏎G41 3QY"; "St. Louis, MO 63157"
    let en_place =
        format!(r"(?:St\.? )?{word}(?:(?: (?:upon|on|under|by|in|le|next the))? {word}){{0,2}}");
    let en_town = format!(
        r"{gap}(?:(?:{en_place}{comma_or_line})?{en_place}(?: \d{{1,2}}W?)?(?:,? |{gap})(?:{post}|{county}(?:(?:,? |{gap}){eircode})?)|{post}|{county}(?:(?:,? |{gap}){eircode})?|Dublin \d{{1,2}}W?(?-u:\b))"
    );
    // a house's name before its number: "Rose Cottage, 35 Mill Lane", "The Old Forge, 13 …",
    // "Apartment 7, Mill House, 2 Main Street"
    // a flat's number: "Flat 3", "Apt. 12B" (a suite opens a street address only)
    let flat = r"(?:Flat|Apartment|Apt\.?|Unit) [0-9A-Z]{1,4}";
    let house = format!(
        r"(?:(?:{flat}, )?(?:The )?(?:\p{{Lu}}\p{{Ll}}+ ){{0,2}}(?:{}),? )",
        HOUSES.join("|")
    );
    let en = format!(
        r"(?P<en>{house}?(?P<en_flat>(?:{flat}|Suite [0-9A-Z]{{1,4}})(?:,? |[ \t]*\r?\n[ \t]*))?(?-u:\b)\d{{1,5}}[A-Za-z]?(?:[-–]\d{{1,5}})? (?:[NSEW]\.? |North |South |East |West )?(?:(?:{word} ){{1,3}}(?P<en_type>{en_type})(?-u:\b)\.?|Broadway(?-u:\b))(?: (?:NW|NE|SW|SE|N|S|E|W|Upper|Lower)(?-u:\b))?(?P<en_unit>,? (?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Fl\.?|Floor|Room|#) ?#?[0-9A-Z]{{1,5}}(?-u:\b))?(?P<en_town>{en_town}(?-u:\b))?)"
    );
    let fr_name = r"(?:(?:de la|de l'|de|du|des|d'|l'|la|le|les|aux|au|en|sur) ?)?\p{Lu}[\p{L}'’-]*(?: (?:(?:de la|de l'|de|du|des|d'|l'|la|le|les|aux|au|en|sur) ?)?\p{Lu}[\p{L}'’-]*){0,3}";
    // a flat, building, staircase or floor after the street: ", appt 31", ", bât. A"
    let fr = format!(
        r"(?P<fr>(?-u:\b)\d{{1,4}}(?: ?(?:bis|ter|quater|[A-D])(?-u:\b))?,? (?:rue|avenue|av\.|boulevard|bd|place|allée|chemin|impasse|quai|cours|route|square|passage|voie) {fr_name}(?:, (?:appt|app\.|apt|bât\.|bâtiment|esc\.|escalier|étage) ?[0-9A-Z]{{1,4}}(?-u:\b))*(?P<fr_town>{gap}(?:F-)?\d{{5}} {town})?)"
    );
    // the street type first, the number after the name, as Italy, Spain, Portugal, Poland and
    // French-speaking Switzerland write it: "Via Garibaldi, 68⏎01100 Viterbo", "Calle Mayor 5",
    // "ul. Pułaskiego 14/9, 37-177 Żyrardów", "Avenue de Wicht 33, 1798 Fribourg"; Dutch and
    // Belgian streets with the type attached: "Herengracht 12, 1015 BS Amsterdam"
    let small =
        r"(?:de la|de l'|del|della|delle|dei|degli|di|de|du|des|d'|da|dos|do|la|le|el|los|las) ?";
    let intl_name = format!(
        r"(?:{small})?\p{{Lu}}[\p{{L}}'’.-]*(?: (?:{small})?\p{{Lu}}[\p{{L}}'’.-]*){{0,3}}"
    );
    let intl_type = r"(?:Via|Viale|Vicolo|Vico|Piazza|Piazzale|Corso|Largo|Contrada|Lungomare|Strada|Borgo|Salita|Calle|Camino|Ronda|Rambla|Travesía|Avenida|Avda\.|Plaza|Paseo|Passeig|Carrer|Carretera|Rua|Travessa|Praça|Estrada|Avenue|Rue|Chemin|Route|Boulevard|Quai|Allée|Impasse|ul\.|al\.|Aleja|Plac)";
    // a Dutch street may open with "Van", "De" or "Ter": "Van Hogendorpstraat 133"
    let nl_street = format!(
        r"(?:(?:Van (?:der |den |de )?|De |Den |Ter |Ten )?){cap}(?:straat|laan|plein|gracht|kade|steeg|dijk|singel|hof|dreef)"
    );
    // the flat or floor after the number as Dutch, Italian and Spanish addresses write it:
    // "20-II", "226 hs", "140-hs", "149 int. 5", "26, 7º C", "5, 6º izq.", "56, bajo A"
    let intl_unit = r"(?:-(?:III|II|I|IV)(?-u:\b)|[ ](?:hs|huis|bis)(?-u:\b)|-(?:hs|huis)(?-u:\b)|,? (?:int\.|interno|scala) ?[0-9A-Z]{1,3}(?-u:\b)|, \d{1,2}[º°ª](?: ?[A-Z](?-u:\b)| (?:izq|izda|dcha|der|dr)\.?)?|, bajo(?: [A-Z](?-u:\b))?)";
    let intl_post =
        r"(?:(?:CH|I|E|F|B|NL|PL|P)-)?(?:\d{2}-\d{3}|\d{4} ?[A-Z]{2}|\d{4}-\d{3}|\d{4,5})";
    let intl = format!(
        r"(?P<intl>(?:(?-u:\b){intl_type} {intl_name}|(?P<nl_street>{nl_street})),? \d{{1,4}}(?:[ ]?[A-Za-z](?-u:\b))?(?:[/-](?:\d{{1,4}}|[A-Z](?-u:\b)))?{intl_unit}?(?P<intl_town>{gap}{intl_post} {{1,2}}{town}(?: \([A-Z]{{2}}\))?)?)"
    );
    // the pattern is a constant; a failure here is a programming error caught by every test
    // the street-type alternations over Unicode letter classes make a large lazy DFA: room for
    // it keeps the scan from falling back to the slower engines
    RegexBuilder::new(&format!("{de}|{en}|{fr}|{intl}"))
        .dfa_size_limit(32 << 20)
        .build()
        .unwrap_or_else(|e| panic!("address pattern: {e}"))
});

/// A form or list line labelled as a street or address ("Straße: …", "Address: …", a JSON
/// key or an XML element so named): its value is an address whatever the street is called,
/// when it has a house number.
static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    let labels = [
        "straße",
        "strasse",
        "str.",
        "straße und hausnummer",
        "straße, hausnummer",
        "street",
        "street address",
        "address",
        "address line 1",
        "adresse",
        "anschrift",
        "wohnanschrift",
        "lieferadresse",
        "rechnungsadresse",
        "adresse postale",
        "rue",
        "indirizzo",
        "via",
        "dirección",
        "calle",
        "adres",
        "straat",
    ]
    .map(regex::escape)
    .join("|");
    // the pattern is built from constants; a failure is a programming error caught by every test
    // also a JSON key or an XML element of the name: `"street": "…"`, `<street>…</street>`
    Regex::new(&format!(
        r#"(?mi)(?:^|[{{,])[ \t]*(?:["']?(?:{labels})["']?[ \t]*:[ \t]*["']?|<(?:{labels})>)(?P<v>[^\r\n"'<]*[^\s,"'<])"#
    ))
    .unwrap_or_else(|e| panic!("address label pattern: {e}"))
});

/// Words after a number that make it a quantity, not a house number.
const UNITS: &[&str] = &[
    "stunden",
    "std",
    "h",
    "min",
    "minuten",
    "km",
    "m",
    "meter",
    "hm",
    "tage",
    "tagen",
    "tag",
    "etappen",
    "x",
    "mal",
    "personen",
    "plätze",
    "euro",
    "eur",
    "€",
    "%",
    "kg",
    "g",
    "cm",
    "mm",
    "l",
    "liter",
    "jahre",
    "jahren",
    "wochen",
    "sterne",
    "punkte",
    "teile",
    "stück",
    "sets",
    "hours",
    "hrs",
    "miles",
    "mi",
    "days",
    "minutes",
    "mins",
    "steps",
    "times",
    "people",
    "stars",
    "pieces",
    "pcs",
    "edition",
    "modelle",
    "farben",
    "größen",
    "colors",
    "colours",
    "sizes",
    "models",
    "prozent",
    "percent",
    "uhr",
    "am",
    "pm",
    "kehren",
    "serpentinen",
    "hairpins",
    "bends",
];

/// Words before an address that say it is one.
const ADDRESS_BEFORE: &[&str] = &[
    "adresse",
    "anschrift",
    "lieferadresse",
    "rechnungsadresse",
    "wohnhaft",
    "wohnt",
    "wohne",
    "wohnen",
    "liefern an",
    "lieferung an",
    "address",
    "ship to",
    "deliver to",
    "lives at",
    "located at",
    "moved to",
    "moved from",
    "moving from",
    "collect from",
    "collection from",
    "collection with",
    "pick up from",
    "pickup from",
    "picked up from",
    "returned from",
    "new address",
    "old address",
    "umgezogen",
    "sitz",
    "büro",
    "office",
    "an die",
    "an den",
    "paket an",
    "schicken an",
    "schickt an",
    "send to",
    "send it to",
    "mail to",
    "deliver",
    "liefer",
    "abholung",
    "pick up at",
    "straße:",
    "street:",
    "parcel",
    "package",
    "paket",
];

fn followed_by_unit(after: &str) -> bool {
    let word: String = after
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric() || matches!(c, '€' | '%'))
        .flat_map(char::to_lowercase)
        .collect();
    !word.is_empty() && UNITS.contains(&word.as_str())
}

/// Whether text after a street is a comma and a table cell of four or five digits.
fn postcode_cell(after: &str) -> bool {
    let Some(cell) = after.strip_prefix(',') else {
        return false;
    };
    let digits = cell.bytes().take_while(u8::is_ascii_digit).count();
    (4..=5).contains(&digits)
        && matches!(
            cell.as_bytes().get(digits),
            None | Some(b',' | b';' | b'\t' | b'\n' | b'\r')
        )
}

fn phrase_ends(after: &str) -> bool {
    if after.starts_with('\t') {
        return true;
    }
    let trimmed = after.trim_start_matches(' ');
    // a table cell ends where its column does, and a log's field at a spaced dash: "Mr Graham,
    // 17 Oakfield Park – bins left out"
    trimmed.is_empty()
        || trimmed.starts_with([',', '.', ';', ')', '\n', '\r', '!', '?', '"', '“', '|'])
        || [" – ", " — ", " - "].iter().any(|d| after.starts_with(d))
}

/// German prepositions with an article right before a street name ("in der Rosenweg 20"):
/// the way places are named, not things.
const PLACE_BEFORE: &[&str] = &["in der ", "in die ", "von der ", "aus der "];

fn address_word_before(before: &str) -> bool {
    let start = before.char_indices().rev().nth(40).map_or(0, |(i, _)| i);
    let tail = before[start..].to_lowercase();
    ADDRESS_BEFORE.iter().any(|w| tail.contains(w))
        || PLACE_BEFORE.iter().any(|w| tail.ends_with(w))
}

pub fn detect(text: &str) -> Vec<Match> {
    let mut out = detect_as_written(text);
    // an address in capitals, as labels and envelopes write it ("75 ABBEY ROAD⏎WESTPORT, F28
    // 5XHV"): read again with its lines' words written with an initial capital
    if let Some(view) = capitals_read_as_words(text) {
        for m in detect_as_written(&view) {
            if !out.iter().any(|o| o.start < m.end && m.start < o.end) {
                out.push(Match {
                    text: text[m.start..m.end].to_string(),
                    ..m
                });
            }
        }
        out.sort_by_key(|m| m.start);
    }
    out
}

/// `text` with every line that is written in capitals and holds a digit turned into words with
/// an initial capital ("FISCHERSTRASSE 2" → "Fischerstrasse 2"), at the same byte offsets; none
/// when no line is. Words of one or two letters and words with digits stay as they are: state
/// codes and postcodes ("UT 84175", "F28 5XHV").
fn capitals_read_as_words(text: &str) -> Option<String> {
    // (most lines show a small letter within a few characters)
    let capitals = |line: &str| {
        !line.chars().any(char::is_lowercase)
            && line.bytes().any(|b| b.is_ascii_digit())
            && line.chars().filter(|c| c.is_alphabetic()).count() >= 4
    };
    if !text.lines().any(capitals) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if !capitals(line) {
            out.push_str(line);
            continue;
        }
        let mut rest = line;
        while !rest.is_empty() {
            let end = rest
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(rest.len());
            let (word, tail) = rest.split_at(end);
            // a street type's abbreviation ("CANYON RD", "ELM ST"), not a state before its
            // ZIP code ("NC 28801")
            let abbreviation = matches!(word, "RD" | "ST" | "DR" | "LN" | "CT" | "PL" | "SQ")
                && !tail
                    .trim_start_matches([' ', ','])
                    .starts_with(|c: char| c.is_ascii_digit());
            // an ordinal's ending: "14TH STREET"
            let ordinal = word.len() > 2
                && word.as_bytes()[0].is_ascii_digit()
                && ["ST", "ND", "RD", "TH"].iter().any(|e| word.ends_with(e))
                && word[..word.len() - 2].bytes().all(|b| b.is_ascii_digit());
            if ordinal {
                out.push_str(&word[..word.len() - 2]);
                out.push_str(&word[word.len() - 2..].to_ascii_lowercase());
            } else if abbreviation
                || (word.chars().count() >= 3 && word.chars().all(char::is_alphabetic))
            {
                let mut chars = word.chars();
                out.extend(chars.next());
                for c in chars {
                    // only letters whose small form is as long keep the offsets
                    let mut lower = c.to_lowercase();
                    match (lower.next(), lower.next()) {
                        (Some(l), None) if l.len_utf8() == c.len_utf8() => out.push(l),
                        _ => out.push(c),
                    }
                }
            } else {
                out.push_str(word);
            }
            let sep = tail.chars().next().map_or(0, char::len_utf8);
            out.push_str(&tail[..sep]);
            rest = &tail[sep..];
        }
    }
    Some(out)
}

/// The addresses of `text` as it is written.
fn detect_as_written(text: &str) -> Vec<Match> {
    let mut out = Vec::new();
    // every form has a house number
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return out;
    }
    for caps in ADDRESS.captures_iter(text) {
        let Some(m) = caps
            .name("de")
            .or_else(|| caps.name("en"))
            .or_else(|| caps.name("fr"))
            .or_else(|| caps.name("intl"))
        else {
            continue;
        };
        let before = &text[..m.start()];
        // a Dutch "-hof" or "-plein" with a number and no postcode may be a square in copy
        if let Some(street) = caps.name("nl_street")
            && caps.name("intl_town").is_none()
            && ["hof", "plein", "dreef"]
                .iter()
                .any(|t| street.as_str().ends_with(t))
            && !address_word_before(before)
        {
            continue;
        }
        let mut end = m.end();
        // "Weg 15 für": the letter of a house number ("15a") is never the start of a word
        let next_is_letter = text[end..].chars().next().is_some_and(char::is_alphabetic);
        if next_is_letter {
            let span = &text[m.start()..end];
            let cut = span.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            if cut.len() + 1 == span.len()
                && cut.ends_with([' ', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
            {
                end = m.start() + cut.trim_end().len();
            }
        }
        let after = &text[end..];
        // "Panoramaweg 2,5 h": a decimal, not a house number (but "Uhlandstr. 3,37368,…" is a
        // street cell before a postcode cell)
        let mut rest = after.chars();
        if matches!(rest.next(), Some(',' | '.'))
            && rest.next().is_some_and(|c| c.is_ascii_digit())
            && !postcode_cell(after)
        {
            continue;
        }
        if followed_by_unit(after) {
            continue;
        }
        if let Some(street) = caps.name("de_street")
            && caps.name("de_town").is_none()
            && caps.name("de_first").is_none()
        {
            // "Panoramaweg 2 Stunden" is a unit away (above); a trail or square name with a
            // number and more words after it needs an address word or a hyphenated name
            let street = street.as_str().to_lowercase();
            let named = street.matches('-').count() >= 1;
            let ambiguous = caps.name("de_prep").is_some()
                || (DE_AMBIGUOUS.iter().any(|s| street.ends_with(s)) && !named);
            if SPOTS.iter().any(|s| street.ends_with(s)) {
                continue;
            }
            if ambiguous && !address_word_before(before) {
                let lower = before.to_lowercase();
                if !phrase_ends(after) || THING_ARTICLES.iter().any(|a| lower.ends_with(a)) {
                    continue;
                }
            }
        }
        if let Some(kind) = caps.name("en_type")
            && caps.name("en_town").is_none()
            && caps.name("en_unit").is_none()
            && caps.name("en_flat").is_none()
        {
            let kind = kind.as_str().trim_end_matches('.').to_lowercase();
            // "Discover 5 Mountain Views" is copy; "lives at 4 Oak Hill" and "12 Oak Hill." are
            // addresses
            let long_number = m
                .as_str()
                .bytes()
                .skip_while(|b| !b.is_ascii_digit())
                .take_while(u8::is_ascii_digit)
                .count()
                >= 2;
            // a house number with a letter ("37B Orchard Way") is an address's
            let lettered = m
                .as_str()
                .split(' ')
                .find(|w| w.starts_with(|c: char| c.is_ascii_digit()))
                .is_some_and(|w| w.ends_with(|c: char| c.is_ascii_alphabetic()));
            let evidence = EN_STREET_ONLY.contains(&kind.as_str())
                || address_word_before(before)
                || lettered
                || (phrase_ends(after) && long_number);
            if !evidence {
                continue;
            }
        }
        let mut s = text[m.start()..end].trim_end_matches([',', ' ']);
        // "… 57 Faulkner Street." and "went to 4 Elm Ave.⏎" or "… Ave. Then" end a sentence;
        // in "5 Main St. today" and "\"5 Main St.\"," the full stop is the abbreviation's
        let rest = text[m.start() + s.len()..].trim_start_matches([' ', '\t']);
        let sentence_end = rest.chars().next().is_none_or(|c| c == '\n' || c == '\r')
            || rest.chars().next().is_some_and(char::is_uppercase);
        if let Some(kind) = caps.name("en_type")
            && kind.end() == m.start() + s.len() - 1
            && s.ends_with('.')
            && (sentence_end || !EN_ABBREVIATIONS.contains(&kind.as_str().to_lowercase().as_str()))
        {
            s = &s[..s.len() - 1];
        }
        // a British or Irish town without a postcode after the street, where the address
        // ends: "40 Strand Road, Athlone.", "24 Station Road, Kilkenny |"
        if caps.name("en_type").is_some() && caps.name("en_town").is_none() {
            s = &text[m.start()..m.start() + s.len() + town_after(&text[m.start() + s.len()..])];
        }
        // "… 79010 Freiburg im Breisgau." ends a sentence after a town's last word
        if let Some(town) = caps.name("de_town").or_else(|| caps.name("intl_town"))
            && town.end() == m.start() + s.len()
        {
            s = without_full_stop(s);
        }
        // in a Markdown table's row each cell stands alone: "| 19 Springfield Road | G12 9LQ |"
        let line = text[..m.start()].rfind('\n').map_or(0, |i| i + 1);
        if text[line..].trim_start().starts_with('|')
            && let Some(cut) = s.find(" | ")
        {
            s = &s[..cut];
        }
        out.push(Match {
            entity: Entity::StreetAddress,
            start: m.start(),
            end: m.start() + s.len(),
            text: s.to_string(),
        });
    }
    for caps in LABELLED.captures_iter(text) {
        let Some(v) = caps.name("v").filter(|v| {
            let v = v.as_str();
            v.chars().count() <= 100
                && v.bytes().any(|b| b.is_ascii_digit())
                && v.chars().any(char::is_alphabetic)
        }) else {
            continue;
        };
        // the recipient before the street is no part of it: "Lieferadresse: Jonas Gertz ·
        // Frankfurter Ring 123, …", "Rechnungsadresse: Ciarán zu Stolberg, Beerweg 8d, …"
        let skip = recipient(v.as_str());
        // a street match that reaches beyond the line (a postcode and town on the next) stays;
        // one inside the value is covered by the whole value
        // "Anschrift: Birkenweg 39, 70178 Stuttgart." ends a sentence too
        let value = without_country(without_full_stop(without_sentence(&v.as_str()[skip..])));
        let (start, end) = (v.start() + skip, v.start() + skip + value.len());
        if out
            .iter()
            .any(|m| m.start < end && m.end > start && m.end > end)
        {
            continue;
        }
        out.retain(|m| m.end <= start || m.start >= end);
        out.push(Match {
            entity: Entity::StreetAddress,
            start,
            end,
            text: value.to_string(),
        });
    }
    // a street without a street word: only where nothing else was found, and not a frequent
    // word before the number ("Ausgabe 3, 10115 Berlin", "Paket 12⏎8010 Graz")
    // (read only around a postcode and town outside every address found: the line, and the
    // line before when the street stands there)
    let open: Vec<usize> = postcodes(text)
        .filter(|&at| !out.iter().any(|m| m.start <= at && at < m.end))
        .collect();
    for at in open {
        let line = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let from = if text[line..at].trim().is_empty() && line > 0 {
            text[..line - 1].rfind('\n').map_or(0, |i| i + 1)
        } else {
            line
        };
        let to = text[at..].find('\n').map_or(text.len(), |i| at + i);
        let Some(caps) = BARE.captures(&text[from..to]) else {
            continue;
        };
        let (Some(all), Some(street)) = (caps.get(0), caps.name("street")) else {
            continue;
        };
        let (start, end) = (from + all.start(), from + all.end());
        if super::names::frequent(street.as_str())
            || POST_POINTS.contains(&street.as_str())
            || out.iter().any(|m| m.start < end && start < m.end)
        {
            continue;
        }
        let value = without_full_stop(all.as_str());
        out.push(Match {
            entity: Entity::StreetAddress,
            start,
            end: start + value.len(),
            text: value.to_string(),
        });
    }
    out.sort_by_key(|m| m.start);
    out
}

/// A labelled value without the sentence that follows the address on its line: "Am Alten Markt
/// 17, 38118 Braunschweig. Danke, Aigars …" ends before "Danke" (the last full stop and space
/// after the value's last digit; "3100 St. Pölten. Danke" keeps "St. Pölten").
fn without_sentence(value: &str) -> &str {
    let digits_end = value
        .rfind(|c: char| c.is_ascii_digit())
        .map_or(0, |i| i + 1);
    match value[digits_end..].rfind(". ") {
        Some(at) => &value[..digits_end + at],
        None => value,
    }
}

/// The bytes of `after` (the text after a street) that name its town: a comma, then one or
/// two words that may be a town's, then the end of the address (a line's or the text's end, a
/// full stop, a semicolon, a bar or a closing bracket). 0 when none.
fn town_after(after: &str) -> usize {
    let Some(rest) = after.strip_prefix(", ") else {
        return 0;
    };
    let len = rest
        .find(|c: char| !(c.is_alphabetic() || c == ' '))
        .unwrap_or(rest.len());
    let town = rest[..len].trim_end();
    let ends = rest[town.len()..]
        .trim_start_matches(' ')
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '\n' | '\r' | '.' | ';' | '|' | ')'));
    let words = town.split(' ').count();
    if ends && (1..=2).contains(&words) && town.split(' ').all(super::names::town_word) {
        2 + town.len()
    } else {
        0
    }
}

/// `s` without the full stop of a sentence after its last word: a word of four letters or more
/// that is no abbreviation, or a town right after its postcode ("… 79010 Freiburg im
/// Breisgau.", "… CH-6300 Zug."; not "… 5 Main Blvd.", "… Neumarkt i. d. Opf.").
fn without_full_stop(s: &str) -> &str {
    let Some(head) = s.strip_suffix('.') else {
        return s;
    };
    let mut words = head.rsplit([' ', '\n']);
    let last = words.next().unwrap_or_default();
    let before = words.next().unwrap_or_default();
    let after_postcode = before.ends_with(|c: char| c.is_ascii_digit());
    // a town's short last word after its preposition: "5700 Zell am See."
    let town_end = matches!(before, "am" | "im" | "an" | "der" | "ob" | "bei");
    let sentence = (last.chars().count() >= 4
        && !EN_ABBREVIATIONS.contains(&last.to_ascii_lowercase().as_str()))
        || ((after_postcode || town_end) && last.chars().all(char::is_alphabetic));
    if sentence { head } else { s }
}

/// Countries an address line may end with, apart from the address itself.
const COUNTRIES: &[&str] = &[
    "Austria",
    "Deutschland",
    "England",
    "France",
    "Germany",
    "Ireland",
    "Italia",
    "Italy",
    "Northern Ireland",
    "Scotland",
    "Schweiz",
    "Switzerland",
    "UK",
    "United Kingdom",
    "United States",
    "USA",
    "Wales",
    "Österreich",
];

/// `s` without a country after its last comma ("…, MT 59848, USA", "…, V95 P5WR, Ireland"):
/// the country names no one's home.
fn without_country(s: &str) -> &str {
    match s.rsplit_once(", ") {
        Some((head, country)) if COUNTRIES.contains(&country.trim_end()) => head,
        _ => s,
    }
}

/// The bytes of a labelled address value that name its recipient before the street: a part
/// without a digit before a middle dot or a bar, or a person's name before a comma (two or
/// more words that read as a name in any case, or a name the rules find).
fn recipient(value: &str) -> usize {
    let mut skip = 0;
    loop {
        let rest = &value[skip..];
        let Some((part, sep)) = [" · ", " | ", ", "]
            .iter()
            .filter_map(|sep| rest.find(sep).map(|at| (&rest[..at], *sep)))
            .min_by_key(|(part, _)| part.len())
        else {
            return skip;
        };
        // "Ivy House, 17 Queens Road": a house's name, not its resident's
        let house = part.rsplit(' ').next().is_some_and(|w| HOUSES.contains(&w));
        let named = sep != ", "
            || (!house
                // (one word alone is as often a house's: "Hollybank, Market Place")
                && ((part.contains(' ') && super::names::field_name(part))
                    || super::names::detect(part)
                        .first()
                        .is_some_and(|m| m.start == 0 && m.end == part.len())));
        if part.bytes().any(|b| b.is_ascii_digit()) || !named {
            return skip;
        }
        skip += part.len() + sep.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        detect(text).into_iter().map(|m| m.text).collect()
    }

    #[test]
    fn german_and_english_addresses() {
        assert_eq!(
            found("Lieferung an Musterstraße 12a, 10115 Berlin bitte."),
            ["Musterstraße 12a, 10115 Berlin"]
        );
        // streets named after people, flats after a slash, building parts in brackets
        assert_eq!(
            found("Rechnung an Bertha-von-Suttner-Gasse 29/6, 5807 Oberwälz"),
            ["Bertha-von-Suttner-Gasse 29/6, 5807 Oberwälz"]
        );
        assert_eq!(
            found("Adresse: Hinter der Bleiche 5 (Hinterhaus), 27489 Mittweida."),
            ["Hinter der Bleiche 5 (Hinterhaus), 27489 Mittweida"]
        );
        assert_eq!(
            found("1,Martin Rausch,Goethestr. 11c / Whg. 19,m@example.org"),
            ["Goethestr. 11c / Whg. 19"]
        );
        // table cells: the street cell alone, also before a postcode cell
        assert_eq!(
            found("7,Roy Klingelhöfer,Uhlandstr. 3,37368,angemeldet"),
            ["Uhlandstr. 3"]
        );
        assert_eq!(
            found("r@example.org,164 Church Walk,S11 6US,Sheffield"),
            ["164 Church Walk"]
        );
        // Dutch, Italian and Spanish flats; number ranges; a lettered house number
        assert_eq!(
            found("Bezorgen: Van Oldenbarneveltstraat 226 hs, 9717 AE Groningen"),
            ["Van Oldenbarneveltstraat 226 hs, 9717 AE Groningen"]
        );
        assert_eq!(
            found("Herr Seidel, Prinsengracht 384-hs – Mülltonnen"),
            ["Prinsengracht 384-hs"]
        );
        // a spaced dash ends a log line's field as a comma does
        assert_eq!(
            found("26/05/2025 – Mr Graham, 17 Oakfield Park – bins left out"),
            ["17 Oakfield Park"]
        );
        assert_eq!(
            found("13.08.2025 – Herr Rosario, Am Hang 91 – Mülltonnen"),
            ["Am Hang 91"]
        );
        assert_eq!(
            found("Via Verdi, 149 int. 5, abgegeben"),
            ["Via Verdi, 149 int. 5"]
        );
        assert_eq!(
            found("Calle Atocha 1, 4º B, 46053 Valencia"),
            ["Calle Atocha 1, 4º B, 46053 Valencia"]
        );
        assert_eq!(
            found("now lives at 69–71 Station Crescent, Sheffield S7 9XU – please"),
            ["69–71 Station Crescent, Sheffield S7 9XU"]
        );
        assert_eq!(
            found("I'm outside 37B Orchard Way but"),
            ["37B Orchard Way"]
        );
        assert_eq!(found("Abholung: Lange Str. 3"), ["Lange Str. 3"]);
        assert_eq!(
            found("Wir wohnen Am Anger 5, 80331 München."),
            ["Am Anger 5, 80331 München"]
        );
        assert_eq!(
            found("Send it to 221B Baker Street, London NW1 6XE."),
            ["221B Baker Street, London NW1 6XE"]
        );
        assert_eq!(
            found("Office: 1600 Main Street, Springfield, IL 62704"),
            ["1600 Main Street, Springfield, IL 62704"]
        );
        assert_eq!(found("Treffpunkt Lindenweg 4."), ["Lindenweg 4"]);
        // a labelled line is an address whatever the street is called
        assert_eq!(
            found("Vorname: Ida\nStraße: Karl-Marx II-Hof 7\nOrt: Ansbach"),
            ["Karl-Marx II-Hof 7"]
        );
        assert_eq!(
            found("Street: 4 Old Mill Row\nCity: Leeds"),
            ["4 Old Mill Row"]
        );
        assert!(found("Straße: bitte nachreichen").is_empty());
        // a town of several words after the postcode, to the end of the line
        assert_eq!(
            found("Abholung: Kirchgasse 4, 74523 Schwäbisch Hall\nDanke"),
            ["Kirchgasse 4, 74523 Schwäbisch Hall"]
        );
        assert_eq!(
            found("Bitte nicht an Kirchgasse 4, 3900 Biel/Bienne zustellen"),
            ["Kirchgasse 4, 3900 Biel/Bienne"]
        );
        assert_eq!(
            found("Abholung in der Rosenweg 20 für den 19.9. gebucht"),
            ["Rosenweg 20"]
        );
        // Irish counties and Eircodes; a sentence's full stop is not the street's
        assert_eq!(
            found("Ship to 12 Quay Street, Galway, Co. Galway please"),
            ["12 Quay Street, Galway, Co. Galway"]
        );
        assert_eq!(
            found("Deliver to 7 Mill Road\nEnnis, V95 X2T4\nThanks"),
            ["7 Mill Road\nEnnis, V95 X2T4"]
        );
        assert_eq!(
            found("My new address is 40 Elm Street. Thanks"),
            ["40 Elm Street"]
        );
        assert_eq!(found("Send it to 40 Elm St. today"), ["40 Elm St."]);
        assert_eq!(found("It went to 40 Elm St. Then back"), ["40 Elm St"]);
        assert_eq!(found("It went to 40 Elm St."), ["40 Elm St"]);
        assert_eq!(found("\"40 Elm St.\",Austin"), ["40 Elm St."]);
        // a table cell ends its street
        assert_eq!(found("Ida\tRosenweg 12\tDE"), ["Rosenweg 12"]);
        assert_eq!(
            found("moved from 812 Cedar Loop in May"),
            ["812 Cedar Loop"]
        );
    }

    #[test]
    fn trails_prices_and_products_are_not_addresses() {
        for text in [
            "Auf dem Höhenweg 3 Stunden bis zur Hütte.",
            "Firstwand 3-Lagen-Regenjacke, 28.000 mm Wassersäule",
            "Fernkamm 45+10 Rucksack für 189,95 €",
            "3 layers, 2 Way zips",
            "Größe 42, Farbe Schiefer",
            "Pack the Kammweg 30, a map and a flask.",
            "Getestet auf dem Panoramaweg 2,5 h lang.",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }
}
