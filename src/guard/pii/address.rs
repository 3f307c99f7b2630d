//! STREET_ADDRESS: a German or English street with a house number, optionally followed by a
//! postcode and town.
//!
//! German: `Musterstraße 12a`, `Lange Str. 3, 10115 Berlin`, `Am Anger 5`; English:
//! `221B Baker Street`, `10 Downing St, London SW1A 2AA`, `1600 Main Street, Springfield, IL
//! 62704`. Suffixes that also name trails (`-weg`, `-pfad`, `-steig`, …) need a postcode or must
//! end the phrase, so "auf dem Höhenweg 3 Stunden" stays copy.

use std::sync::LazyLock;

use regex::Regex;

use super::{Entity, Match};

const STREET_DE: &str = r"(?:straße|strasse|str\.|gasse|allee|chaussee|platz|ring|damm|ufer|weg|pfad|steig|markt|promenade)";
const STREET_EN: &str = r"(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Dr\.?|Boulevard|Blvd\.?|Way|Court|Ct\.?|Place|Pl\.?|Terrace|Close|Crescent|Square|Gardens)";

static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    let name = r"\p{Lu}[\p{Ll}ß]+";
    let de = format!(
        r"(?P<de>(?:{name}(?:-{name})*{STREET_DE}|(?:{name}e |Alte |Neue |Obere |Untere )(?:Straße|Strasse|Str\.|Gasse|Allee|Weg)|(?:Am|An der|Auf dem|Im|In der|Zum|Zur|Unter den) {name}) (?P<de_no>\d{{1,4}} ?[a-zA-Z]?(?:[-/]\d{{1,4}}[a-z]?)?)(?P<de_city>,? \d{{5}} {name}(?:[- ]{name})*)?)"
    );
    let en = format!(
        r"(?P<en>(?-u:\b)\d{{1,5}}[A-Z]? (?:{name} ){{1,3}}{STREET_EN}(?-u:\b)(?P<en_city>,? {name}(?: {name}){{0,2}}(?:,? (?:[A-Z]{{2}} \d{{5}}(?:-\d{{4}})?|[A-Z]{{1,2}}\d[A-Z\d]? ?\d[A-Z]{{2}}))?)?)"
    );
    // the pattern is a constant; a failure here is a programming error caught by every test
    Regex::new(&format!("{de}|{en}")).unwrap_or_else(|e| panic!("address pattern: {e}"))
});

/// Suffixes that also name trails and routes.
const AMBIGUOUS: &[&str] = &["weg", "pfad", "steig", "ring", "platz", "markt"];

pub fn detect(text: &str) -> Vec<Match> {
    let mut out = Vec::new();
    for caps in ADDRESS.captures_iter(text) {
        let Some(m) = caps.name("de").or_else(|| caps.name("en")) else {
            continue;
        };
        if let Some(no) = caps.name("de_no")
            && caps.name("de_city").is_none()
        {
            let street = &text[m.start()..no.start()].trim_end().to_lowercase();
            let after = text[m.end()..].trim_start();
            let phrase_ends = after.is_empty() || after.starts_with([',', '.', ';', ')', '\n']);
            if AMBIGUOUS.iter().any(|s| street.ends_with(s)) && !phrase_ends {
                continue;
            }
        }
        if caps.name("en").is_some() && caps.name("en_city").is_none() {
            // "3 Great Walks" is not an address: an English street needs its suffix right after the
            // name, which the pattern ensures; but a bare "2 Way" is not
            if m.as_str().split_whitespace().count() < 3 {
                continue;
            }
        }
        let end = m.end();
        let s = text[m.start()..end].trim_end_matches([',', ' ']);
        out.push(Match {
            entity: Entity::StreetAddress,
            start: m.start(),
            end: m.start() + s.len(),
            text: s.to_string(),
        });
    }
    out
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
    }

    #[test]
    fn trails_prices_and_products_are_not_addresses() {
        for text in [
            "Auf dem Höhenweg 3 Stunden bis zur Hütte.",
            "Firstwand 3-Lagen-Regenjacke, 28.000 mm Wassersäule",
            "Fernkamm 45+10 Rucksack für 189,95 €",
            "3 layers, 2 Way zips",
            "Größe 42, Farbe Schiefer",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }
}
