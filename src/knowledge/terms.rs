//! Text → search terms for BM25, the same for documents and queries, in German and English.
//!
//! Words are split at anything that is not a letter or digit, folded (lower case, `ä` → `a`,
//! `ß` → `ss`), function words dropped, and stemmed with Snowball's German or English stemmer by
//! the text's locale; a text of unknown language gets both stems. German compounds are matched
//! at search time, not here: see [`crate::knowledge::store`].

use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

use crate::guard::fold::fold;

static GERMAN: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::German));
static ENGLISH: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// Function words of German and English (folded) that say nothing about a section.
fn is_stopword(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "a", "about", "als", "am", "an", "and", "are", "at", "auch", "auf", "aus", "be", "bei",
        "bin", "bis", "by", "can", "da", "das", "dass", "dein", "deine", "dem", "den", "der",
        "des", "die", "do", "does", "du", "durch", "ein", "eine", "einem", "einen", "einer", "es",
        "for", "from", "fur", "gibt", "has", "hat", "have", "how", "i", "ich", "ihr", "im", "in",
        "is", "ist", "it", "its", "man", "mit", "my", "nach", "nicht", "noch", "oder", "of", "on",
        "or", "our", "sein", "sich", "sie", "sind", "so", "that", "the", "there", "this", "to",
        "um", "und", "uns", "unser", "unsere", "vom", "von", "was", "we", "welche", "welchem",
        "welchen", "welcher", "welches", "what", "which", "who", "wie", "wir", "wird", "with",
        "wo", "you", "your", "zu", "zum", "zur",
    ];
    WORDS.binary_search(&word).is_ok()
}

/// Which stemmers a text gets.
fn stemmers(locale: Option<&str>) -> Vec<&'static Stemmer> {
    match locale.map(|l| l.split(['-', '_']).next().unwrap_or(l)) {
        Some("de") => vec![&*GERMAN],
        Some("en") => vec![&*ENGLISH],
        _ => vec![&*GERMAN, &*ENGLISH],
    }
}

/// The terms of a text in order (a word of unknown language may give two).
pub fn terms(text: &str, locale: Option<&str>) -> Vec<String> {
    let folded = fold(text);
    let stemmers = stemmers(locale);
    let mut out = Vec::new();
    for word in folded.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() || is_stopword(word) {
            continue;
        }
        let first = out.len();
        for s in &stemmers {
            let stem = s.stem(word);
            if !out[first..].iter().any(|t: &String| *t == *stem) {
                out.push(stem.into_owned());
            }
        }
    }
    out
}

/// How many times a term of a chunk's first line (its heading path) counts: a title says what a
/// section is about.
pub const TITLE_WEIGHT: u16 = 3;

/// The distinct terms of a chunk with their counts, in order of first appearance; terms of the
/// first line (the heading path) count [`TITLE_WEIGHT`] times.
pub fn weighted(text: &str, locale: Option<&str>) -> Vec<(String, u16)> {
    let (title, body) = text.split_once('\n').unwrap_or((text, ""));
    let mut counts: Vec<(String, u16)> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let all = terms(title, locale)
        .into_iter()
        .map(|t| (t, TITLE_WEIGHT))
        .chain(terms(body, locale).into_iter().map(|t| (t, 1)));
    for (t, n) in all {
        match index.get(&t) {
            Some(&i) => counts[i].1 = counts[i].1.saturating_add(n),
            None => {
                index.insert(t.clone(), counts.len());
                counts.push((t, n));
            }
        }
    }
    counts
}

/// A term's index in a sparse vector: 32 bits of blake3 (collisions among a brand's few hundred
/// thousand distinct terms are rare and only merge two terms' weights).
pub fn term_id(term: &str) -> u32 {
    let h = blake3::hash(term.as_bytes());
    let b = h.as_bytes();
    u32::from_le_bytes([b[0], b[1], b[2], b[3]])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopwords_are_sorted_for_binary_search() {
        assert!(is_stopword("und") && is_stopword("the") && is_stopword("welche"));
        assert!(!is_stopword("jacke"));
    }

    #[test]
    fn german_inflections_share_a_stem() {
        let a = terms("Die Farben der Jacken", Some("de"));
        let b = terms("Farbe Jacke", Some("de"));
        assert_eq!(a, b);
        assert_eq!(terms("Größen", Some("de")), terms("Grösse", Some("de")));
    }

    #[test]
    fn english_inflections_share_a_stem() {
        assert_eq!(terms("weighs", Some("en")), terms("weigh", Some("en")));
        assert_eq!(terms("jackets", Some("en")), terms("jacket", Some("en")));
    }

    #[test]
    fn heading_terms_count_more() {
        let w = weighted("Jacke > Preis\nDie Jacke kostet 100 Euro.", Some("de"));
        let count = |t: &str| w.iter().find(|(x, _)| x == t).map(|(_, n)| *n);
        assert_eq!(count("jack"), Some(TITLE_WEIGHT + 1));
        assert_eq!(count("preis"), Some(TITLE_WEIGHT));
        assert_eq!(count("euro"), Some(1));
    }

    #[test]
    fn unknown_language_gets_both_stems_once() {
        let t = terms("Regenjacken", None);
        assert!(t.len() <= 2 && !t.is_empty(), "{t:?}");
        assert_eq!(terms("3", None), vec!["3".to_string()]);
    }
}
