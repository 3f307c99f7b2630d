//! PERSON: a first name from a gazetteer followed by a capitalised surname, or an honorific
//! (Herr, Frau, Dr., Mr, Ms, …) followed by a capitalised name.
//!
//! German capitalises every noun, so a capitalised word alone says nothing; the gazetteer or the
//! honorific is what makes a pair a name. Product and brand names are not in the gazetteer.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::{Entity, Match};

static FIRST: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| FIRST_NAMES.iter().copied().collect());
static HONOR: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| HONORIFICS.iter().copied().collect());

/// Lower-case `word` into `buf` (reused across calls) and look it up.
fn is_in(set: &HashSet<&'static str>, word: &str, buf: &mut String) -> bool {
    buf.clear();
    buf.extend(word.chars().flat_map(char::to_lowercase));
    set.contains(buf.as_str())
}

/// Common German and English given names (lower case). Left out on purpose: names that are
/// also ad words or outdoor brands ("Max Komfort", "Jack Wolfskin", "Finn Comfort", "Louis …").
const FIRST_NAMES: &[&str] = &[
    "alexander",
    "alexandra",
    "andrea",
    "andreas",
    "angelika",
    "anna",
    "anne",
    "barbara",
    "ben",
    "benjamin",
    "birgit",
    "brigitte",
    "charlotte",
    "christian",
    "christina",
    "christine",
    "claudia",
    "daniel",
    "david",
    "dennis",
    "dieter",
    "dominik",
    "elena",
    "elias",
    "elisabeth",
    "emil",
    "emilia",
    "emily",
    "emma",
    "eva",
    "fabian",
    "felix",
    "florian",
    "frank",
    "franziska",
    "gabriele",
    "george",
    "hannah",
    "hans",
    "heike",
    "heinz",
    "helga",
    "helmut",
    "ingrid",
    "jakob",
    "james",
    "jan",
    "jana",
    "jennifer",
    "jessica",
    "johanna",
    "johannes",
    "jonas",
    "josef",
    "julia",
    "julian",
    "jürgen",
    "karin",
    "katharina",
    "klaus",
    "lara",
    "laura",
    "lea",
    "lena",
    "leon",
    "leonie",
    "lisa",
    "luca",
    "lukas",
    "marco",
    "maria",
    "marie",
    "mario",
    "markus",
    "martin",
    "martina",
    "matthias",
    "maximilian",
    "melanie",
    "mia",
    "michael",
    "monika",
    "nadine",
    "nicole",
    "niklas",
    "noah",
    "oliver",
    "olivia",
    "patrick",
    "paul",
    "peter",
    "petra",
    "philipp",
    "ralf",
    "renate",
    "robert",
    "sabine",
    "sandra",
    "sara",
    "sarah",
    "sebastian",
    "simon",
    "sophia",
    "sophie",
    "stefan",
    "stefanie",
    "stephan",
    "susanne",
    "tanja",
    "thomas",
    "tim",
    "tobias",
    "ursula",
    "uwe",
    "vanessa",
    "werner",
    "william",
    "wolfgang",
    "yvonne",
];

const HONORIFICS: &[&str] = &[
    "herr", "herrn", "frau", "hr.", "fr.", "dr.", "prof.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
    "miss",
];

fn capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.clone().next().is_some()
        && chars.all(|c| c.is_lowercase() || c == '-')
}

/// Words with their byte spans (letters, `.`, `-`, `'` belong to a word).
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let part = c.is_alphabetic() || c == '.' || c == '-' || c == '\'';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// Every PERSON in `text`, in order.
pub fn detect(text: &str) -> Vec<Match> {
    let words = words(text);
    let mut out = Vec::new();
    let mut i = 0;
    let mut buf = String::new();
    while i + 1 < words.len() {
        let (s1, e1) = words[i];
        let (s2, e2) = words[i + 1];
        let w1 = &text[s1..e1];
        let w2 = text[s2..e2].trim_end_matches('.');
        // both words capitalised and separated by spaces only: the cheap test first
        if !(w1.chars().next().is_some_and(char::is_uppercase)
            && capitalised(w2)
            && text[e1..s2].bytes().all(|b| b == b' '))
        {
            i += 1;
            continue;
        }
        let honorific = is_in(&HONOR, w1, &mut buf);
        if !(honorific || (capitalised(w1) && is_in(&FIRST, w1, &mut buf))) {
            i += 1;
            continue;
        }
        // a third capitalised word after an honorific + first name: "Frau Anna Berger"
        let mut end = s2 + w2.len();
        let mut next = i + 2;
        if honorific
            && is_in(&FIRST, w2, &mut buf)
            && let Some(&(s3, e3)) = words.get(i + 2)
        {
            let w3 = text[s3..e3].trim_end_matches('.');
            if text[end..s3].bytes().all(|b| b == b' ') && capitalised(w3) {
                end = s3 + w3.len();
                next = i + 3;
            }
        }
        out.push(Match {
            entity: Entity::Person,
            start: s1,
            end,
            text: text[s1..end].to_string(),
        });
        i = next;
    }
    out
}
