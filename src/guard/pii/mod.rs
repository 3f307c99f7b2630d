//! The PII stage: find personal data in text and replace it before anything leaves the process.
//!
//! Detection is two-phase. One compiled regex alternation finds *candidates* for every entity in
//! a single pass; it uses ASCII word boundaries (`(?-u:\b)`), which keep the lazy DFA working on
//! German text (Unicode `\b` makes it fall back and scan an order of magnitude slower). Each
//! candidate is then *validated* by code: IBAN mod-97 and country length, Luhn and issuer ranges
//! for cards, octet ranges for IPv4, a real parse for IPv6, the check digit and digit-frequency
//! rule of the German tax ID, digit counts and context words for phone numbers. That is what
//! keeps order numbers, EAN/GTINs, prices, dates, SKUs and version strings from firing.
//!
//! The regex crate guarantees linear-time matching (no backtracking), so no input can make the
//! scan hang.

mod address;
mod checks;
mod edifact;
mod names;
mod operators;
mod payment;
pub mod recognizers;
mod table;
pub mod tagger;

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use names::listed;

pub use operators::{Operator, Pseudonymizer, apply, pseudonymize_json, restore_json};

/// The kinds of personal data recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Entity {
    Email,
    Phone,
    Iban,
    CreditCard,
    IpAddress,
    DeTaxId,
    Person,
    StreetAddress,
}

impl Entity {
    /// The name used in findings and placeholders (`EMAIL`, `CREDIT_CARD`, …).
    pub fn name(self) -> &'static str {
        match self {
            Entity::Email => "EMAIL",
            Entity::Phone => "PHONE",
            Entity::Iban => "IBAN",
            Entity::CreditCard => "CREDIT_CARD",
            Entity::IpAddress => "IP_ADDRESS",
            Entity::DeTaxId => "DE_TAX_ID",
            Entity::Person => "PERSON",
            Entity::StreetAddress => "STREET_ADDRESS",
        }
    }
}

/// One piece of personal data in a text (byte offsets).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Match {
    pub entity: Entity,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// Digit runs with phone/card/tax-id separators: spaces, dashes, slashes, dots, brackets (an
/// area code in brackets after the country code, "+49 (89) …"; " / " or " - " between groups).
const DIGITS: &str = r"(?:\+|(?-u:\b)00|\(|(?-u:\b))[0-9](?:[0-9]|[ ./-][0-9]|[ ][/-][ ][0-9]|\)[ ]?[0-9]|[ ]?\([0-9]{1,5}\)[ ]?[0-9]){5,22}(?-u:\b)";
static DIGIT_RUN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(DIGITS).unwrap_or_else(|e| panic!("PII digits pattern: {e}")));

/// The letters and digits of an e-mail address: ASCII and the Latin letters with accents (no `×`,
/// no `÷`).
const MAIL: &str = r"A-Za-z0-9\u{C0}-\u{D6}\u{D8}-\u{F6}\u{F8}-\u{17F}";

/// The candidate pattern: one alternation, one named group per candidate kind.
static CANDIDATES: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = [
        // e-mail: a local part that starts with a letter or digit, Latin letters with accents
        // in it and in the domain ("jürgen.müller@müller-reisen.de"), an apostrophe between
        // letters ("ines.o'neill@example.ie")
        &format!(
            r"(?P<email>[{MAIL}](?:[{MAIL}._%+-]|'[A-Za-z])*@[{MAIL}-]+(?:\.[{MAIL}-]+)*\.[A-Za-z]{{2,24}}(?-u:\b))"
        ),
        // IBAN: country, check digits, 11–30 alphanumerics, grouped by 4 or compact
        // (in lower case too, for the countries whose length is known: "at41 4703 …")
        // (also glued to a bank statement's subfield code: MT940's "?31DE94 0886 …")
        r"(?P<iban>(?:(?-u:\b)|\?[0-9]{2})(?:[A-Z]{2}[0-9]{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?|(?:at|be|ch|de|dk|es|fi|fr|gb|ie|it|li|lu|nl|no|pl|pt|se)[0-9]{2}(?:[ ]?[a-z0-9]{4}){2,7}(?:[ ]?[a-z0-9]{1,3})?)(?-u:\b))",
        // IPv6: hex groups with at least two colons, perhaps ending in an IPv4 address
        // ("::ffff:192.0.2.128"; validated by a real parse)
        r"(?P<ipv6>(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:[0-9]{1,3}\.){3}[0-9]{1,3}|[0-9A-Fa-f]{0,4})(?:(?-u:\b)|$))",
        // IPv4
        r"(?P<ipv4>(?-u:\b)(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?-u:\b))",
        &format!("(?P<digits>{DIGITS})"),
    ]
    .join("|");
    // the pattern is a constant; a failure here is a programming error caught by every test
    Regex::new(&pattern).unwrap_or_else(|e| panic!("PII candidate pattern: {e}"))
});

/// Whether a word is frequent in English or German text ("Winter", "Trail"): such a word of a
/// product's title names no product, so it stays off the brand's allow-list.
pub fn frequent_word(word: &str) -> bool {
    names::frequent(word)
}

/// Every piece of personal data in `text`, in order, without overlaps.
pub fn detect(text: &str) -> Vec<Match> {
    let _reading = names::reading(text);
    // an EDIFACT message holds its personal data in known segments and elements
    if edifact::message(text) {
        return edifact::detect(text);
    }
    let mut out = rules(text);
    let people: Vec<Match> = out
        .iter()
        .filter(|m| m.entity == Entity::Person)
        .cloned()
        .collect();
    tagger::add(text, &mut out);
    restore_cells(text, &people, &mut out);
    // a name closed by an initial takes the initial's full stop: "Anna B.", "Julia S. – book …"
    for m in out.iter_mut().filter(|m| m.entity == Entity::Person) {
        let last = m.text.rsplit(' ').next().unwrap_or_default();
        if m.text.contains(' ')
            && last.len() == 1
            && last.chars().all(char::is_uppercase)
            && text[m.end..].starts_with('.')
        {
            m.end += 1;
            m.text.push('.');
        }
    }
    // an initial before a surname that fills a cell or an element: "|16|C. Fitzpatrick|",
    // "<Data>M. Bertrand</Data>"
    for m in out.iter_mut().filter(|m| m.entity == Entity::Person) {
        let before = &text.as_bytes()[..m.start];
        if let [head @ .., letter, b'.', b' '] = before
            && letter.is_ascii_uppercase()
            && head
                .last()
                .is_none_or(|c| matches!(c, b'|' | b'>' | b'\t' | b'\n' | b';' | b'"'))
            && !m.text.contains(' ')
        {
            m.start -= 3;
            m.text = text[m.start..m.end].to_string();
        }
    }
    // the tagger's names pass the rules' checks for firms and roles too, and lose an honorific
    // it took in ("PHK Larysa Boyko")
    for m in out.iter_mut().filter(|m| m.entity == Entity::Person) {
        names::employer(text, m);
        names::without_honorifics(text, m);
    }
    let rtf = text.contains("{\\fonttbl");
    out.retain(|m| {
        m.entity != Entity::Person
            || !(in_handle(text, m.start, m.end)
                || dated(text, m)
                || county(text, m)
                || slug(m)
                || bound(text, m)
                || property(text, m)
                || names::firm_named(text, m)
                // an abbreviated label: "Kasse: D. Doğan / Freig.: Winkler"
                || text[m.end..].starts_with(".:")
                // a word with digits glued to it is a code or a handle: "sha256", "@esra10"
                || text[m.end..].starts_with(|c: char| c.is_ascii_digit())
                || (rtf && font_table(text, m.start))
                || markup(text, m)
                || schema_thing(text, m)
                || selected_column(text, m)
                || no_name_word(&m.text)
                // (a role is one word)
                || (!m.text.contains(' ') && names::role_noun(&m.text)))
    });
    // the tagger may take the cue before a name into it: "Agent Thaulette", "Mein Mann Lauckric";
    // a noun and a preposition too: "Tod von Mathias Kunz"
    for m in out.iter_mut().filter(|m| m.entity == Entity::Person) {
        if let Some(cut) = names::past_preposition(&m.text) {
            m.start += cut;
            m.text = m.text[cut..].to_string();
        }
        if let Some((first, rest)) = m.text.split_once(' ')
            && !rest.is_empty()
            && names::cue_word(&text[..m.start], first)
        {
            let cut = m.text.len() - rest.trim_start().len();
            m.start += cut;
            m.text = m.text[cut..].to_string();
        }
        // a long noun the lists hold as no name before a given name and a surname: "Kundenkonto
        // Eren Hondystedt"
        if let Some((first, rest)) = m.text.split_once(' ')
            && rest.contains(' ')
            && first.chars().count() >= 8
            && first.chars().all(char::is_alphabetic)
            && names::list_bits(first).0 & listed::NAME == 0
            && rest
                .split(' ')
                .next()
                .is_some_and(|w| names::list_bits(w).0 & listed::GIVEN != 0)
        {
            let cut = first.len() + 1;
            m.start += cut;
            m.text = m.text[cut..].to_string();
        }
        // a place or a team after a full name, a word or a compound of the lists' words: "Damir
        // Jovanovic von der Rettungsstation", not "Ursula von der Leyen" or "Gertraud Nina von
        // der Hörle"
        if let Some(at) = m.text.find(" von der ").or_else(|| m.text.find(" vom "))
            && m.text[..at].contains(' ')
            && m.text[at..].rsplit(' ').next().is_some_and(|w| {
                let bits = names::list_bits(w).0;
                // (a long word in no list is a compound too: "Rettungsstation", "Bergwacht")
                bits & listed::NAME == 0
                    && (bits & listed::WORD != 0
                        || names::short_compound(w)
                        || (bits == 0 && w.chars().count() >= 9))
            })
        {
            m.end = m.start + at;
            m.text.truncate(at);
        }
        // and the department after it: "Freigabe: Oğuz Bulut Marke"
        if let Some((name, last)) = m.text.rsplit_once(' ')
            && name.contains(' ')
            && names::department(last)
        {
            m.end = m.start + name.len();
            m.text.truncate(name.len());
        }
    }
    // the passes above keep their matches apart; where two still meet (a name's full stop
    // taken by one and its initial by the next), the longer one stays
    out.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut kept: Vec<Match> = Vec::with_capacity(out.len());
    for m in out {
        match kept.last_mut() {
            Some(last) if m.start < last.end => {
                if m.end - m.start > last.end - last.start {
                    *last = m;
                }
            }
            _ => kept.push(m),
        }
    }
    kept
}

/// The lines of `text`, each at its byte offset and without its line end.
fn lines(text: &str) -> Vec<(usize, &str)> {
    text.split_inclusive('\n')
        .scan(0, |offset, line| {
            let start = *offset;
            *offset += line.len();
            Some((start, line.trim_end_matches(['\n', '\r'])))
        })
        .collect()
}

/// Whether byte `at` of `text` stands in an RTF document's font table (`{\fonttbl{\f0\fswiss
/// Arial;}}`), whose words are fonts' names.
fn font_table(text: &str, at: usize) -> bool {
    text[..at].rfind("{\\fonttbl").is_some_and(|open| {
        // the group is open at `at` when no brace before it closes it
        let mut depth = 0usize;
        for b in text[open..at].bytes() {
            match b {
                b'{' => depth += 1,
                b'}' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return false;
                    }
                }
                _ => {}
            }
        }
        depth > 0
    })
}

/// Whether a name found ends in a month's name before a day's number: a date ("Mon March 5",
/// "Fri June 12"), which the lists read as a given name and a surname; a mailbox's weekday and
/// month ("From MAILER-DAEMON Mon Jun  1 17:06:24 2026", "Date: Mon, 15 Jun 2026") too.
fn dated(text: &str, m: &Match) -> bool {
    const WEEKDAYS: &[&str] = &["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: &[&str] = &[
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let after = &text[m.end..];
    match m.text.split_once(' ') {
        Some((day, month)) if WEEKDAYS.contains(&day) && MONTHS.contains(&month) => {
            tagger::day_after(after)
        }
        None if WEEKDAYS.contains(&m.text.as_str()) => after
            .strip_prefix(", ")
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit())),
        _ => {
            m.text
                .rsplit(' ')
                .next()
                .is_some_and(|last| m.text.contains(' ') && tagger::month(last))
                && tagger::day_after(after)
        }
    }
}

/// Whether a name found is a place's county after it: "Athlone, Co. Westmeath" (an Irish
/// county), which reads as "Surname, Given".
fn county(text: &str, m: &Match) -> bool {
    m.text.ends_with(", Co") && text[m.end..].starts_with(". ")
}

/// Whether a name found is markup: a tag's or a declaration's name in one case ("<!DOCTYPE
/// plist", "<meta itemprop=…"), or a jCard's value type (`["tel", {…}, "uri", "tel:…"]`).
fn markup(text: &str, m: &Match) -> bool {
    let one_case =
        m.text.chars().all(|c| !c.is_uppercase()) || m.text.chars().all(|c| !c.is_lowercase());
    let before = &text[..m.start];
    one_case
        && ((before.ends_with(['<', '!', '/'])
            && before.rsplit('<').next().is_some_and(|t| t.len() <= 1))
            || (before.ends_with("}, \"") && text[m.end..].starts_with("\", ")))
}

/// Whether a name found is the `name` of a schema.org thing that is not a person: `{"@type":
/// "Organization", "name": "Colissimo"}`, an event, a place (the object's type, on the same
/// line before it); a postal address's or a contact point's name is a person's.
fn schema_thing(text: &str, m: &Match) -> bool {
    let Some(before) = text[..m.start].strip_suffix("\"name\": \"") else {
        return false;
    };
    let object = &before[before.rfind('{').map_or(0, |i| i + 1)..];
    object
        .split_once("\"@type\": \"")
        .and_then(|(_, t)| t.split('"').next())
        .is_some_and(|t| !matches!(t, "Person" | "PostalAddress" | "ContactPoint"))
}

/// Whether a name found stands in the column list of an SQL query: "SELECT order_id,
/// account_holder, iban, amount FROM refunds" (Iban is a given name).
fn selected_column(text: &str, m: &Match) -> bool {
    let line = names::line_around(text, m.start, m.end);
    let (before, after) = (&text[line.start..m.start], &text[m.end..line.end]);
    let select = before.to_ascii_uppercase().rfind("SELECT ");
    select.is_some_and(|at| !before[at..].contains(['\'', '"']))
        && after.to_ascii_uppercase().contains(" FROM ")
}

/// Whether one word found is no one's name by its form: an exception's name ("KeyError",
/// "ValueException"), a plural of people in the feminine form ("Geschäftspartnerinnen",
/// "Kolleginnen"), an abbreviation's plural ("IDs", "PDFs").
fn no_name_word(word: &str) -> bool {
    let exception = ["Error", "Exception"]
        .iter()
        .any(|e| word.len() > e.len() && word.ends_with(e))
        && word.starts_with(char::is_uppercase);
    let plural = word.chars().count() >= 9 && word.ends_with("innen");
    let abbreviation = word
        .strip_suffix('s')
        .is_some_and(|w| (2..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase()));
    !word.contains(' ') && (exception || plural || abbreviation)
}

/// Whether a name found is a slug: one word in lower case of parts joined by hyphens, none of
/// them a given name and one a word of the lists ("name: stock-sync", "store-tills");
/// "hans-peter" is a name, and so is a surname the lists do not know ("striebitz-gieß").
fn slug(m: &Match) -> bool {
    // (the lists are asked only about a word of that shape, not about every person found)
    if !(m.text.contains('-') && m.text.chars().all(|c| c.is_lowercase() || c == '-')) {
        return false;
    }
    let bits: Vec<u8> = m.text.split('-').map(|p| names::list_bits(p).0).collect();
    bits.iter().all(|b| b & listed::GIVEN == 0) && bits.iter().any(|b| b & listed::WORD != 0)
}

/// Whether a one-word name is the abbreviation of a bound before a number: "Max. 80 Wörter",
/// "min. 3 Zeichen".
fn bound(text: &str, m: &Match) -> bool {
    matches!(m.text.as_str(), "Max" | "Min")
        && text[m.end..]
            .strip_prefix('.')
            .is_some_and(|rest| rest.trim_start().starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether a word in capitals that opens its line is a calendar's or a card's property name,
/// not a name: "ATTENDEE;ROLE=OPT-PARTICIPANT;CN=…", "ORGANIZER;CN=…" (parameters in capitals
/// and `=` after it).
fn property(text: &str, m: &Match) -> bool {
    let opens = m.start == 0 || text[..m.start].ends_with('\n');
    let key = text[m.end..]
        .strip_prefix(';')
        .and_then(|rest| rest.find('=').map(|i| &rest[..i]));
    opens
        && m.text.chars().all(|c| c.is_ascii_uppercase())
        && key
            .is_some_and(|k| !k.is_empty() && k.chars().all(|c| c.is_ascii_uppercase() || c == '-'))
}

/// Whether the name at bytes `start..end` is part of a user handle ("@susan.cooke", "[09:12]
/// ravi_venkatesh:", "(@jones.bethan, 32k)"): joined to another word by an underscore, or by a
/// dot between lower-case letters. A handle is an account, not a name, as an e-mail address is.
fn in_handle(text: &str, start: usize, end: usize) -> bool {
    let lower_dot = |a: Option<char>, b: Option<char>| {
        a.is_some_and(char::is_lowercase) && b.is_some_and(char::is_lowercase)
    };
    let inner = &text[start..end];
    let mut before = text[..start].chars().rev();
    let mut after = text[end..].chars();
    let joined_inside = inner.contains('_')
        || inner.char_indices().any(|(i, c)| {
            c == '.'
                && lower_dot(
                    inner[..i].chars().next_back(),
                    inner[i + 1..].chars().next(),
                )
        });
    let (b1, b2) = (before.next(), before.next());
    let (a1, a2) = (after.next(), after.next());
    let joined_before = match b1 {
        Some('_') => b2.is_some_and(char::is_alphanumeric),
        Some('.') => lower_dot(b2, inner.chars().next()),
        _ => false,
    };
    let joined_after = match a1 {
        Some('_') => a2.is_some_and(char::is_alphanumeric),
        Some('.') => lower_dot(inner.chars().next_back(), a2),
        _ => false,
    };
    joined_inside || joined_before || joined_after
}

/// A table cell is what its column says ("Schwarz" under "Nachname"): the people of the rules
/// (`before`) that the tagger's person model dropped come back when they are the cells of a
/// column whose header names people only (not of one judged by vote, nor a "name" column,
/// which may hold products).
fn restore_cells(text: &str, before: &[Match], out: &mut Vec<Match>) {
    let dropped: Vec<&Match> = before
        .iter()
        .filter(|p| !out.iter().any(|m| m.start < p.end && p.start < m.end))
        .collect();
    if dropped.is_empty() {
        return;
    }
    let cells = table::name_cells(text);
    let back: Vec<Match> = dropped
        .into_iter()
        .filter(|p| cells.iter().any(|c| c.start == p.start && c.end == p.end))
        .cloned()
        .collect();
    if !back.is_empty() {
        out.extend(back);
        out.sort_by_key(|m| m.start);
    }
}

/// Keys of a record's fields that hold a value the patterns find or a code, written in lower case.
const VALUE_KEYS: &[&str] = &[
    "iban", "email", "mail", "phone", "tel", "mobile", "ip", "card", "sku",
];

/// What the patterns and the rules find, in order, without overlaps (the name tagger's input).
fn rules(text: &str) -> Vec<Match> {
    let mut out = patterns(text);
    let mut people = names::detect(text);
    // a table cell is what its column says: a name found across a separator is two cells
    let cells = table::detect(text);
    // a label among a header's cells takes no value ("Date⇥Driver⇥From"); a full name there
    // is a person all the same, should the line be a row ("Kunde⇥Anna Schmidt⇥Berlin")
    let heads = table::header_lines(text);
    people.retain(|p| {
        !cells.iter().any(|c| p.start < c.end && c.start < p.end)
            && (!heads.iter().any(|h| h.start <= p.start && p.end <= h.end)
                || (p.text.contains(' ') && names::name_words(&p.text)))
    });
    people.extend(cells);
    let mut places = address::detect(text);
    // a payment QR code's payload names its parties in known lines, and no one in its
    // service lines ("decoded:⏎BCD⏎001")
    let (parties, heads) = payment::detect(text);
    people.retain(|p| !heads.iter().any(|h| h.start <= p.start && p.end <= h.end));
    for m in parties {
        if m.entity == Entity::Person {
            people.push(m);
        } else {
            places.push(m);
        }
    }
    // a contact block: a name on the line above an address, a phone number or an e-mail
    // address ("Fiona Clarke⏎+44 7587 576949")
    let contacts: Vec<&Match> = out
        .iter()
        .filter(|m| matches!(m.entity, Entity::Phone | Entity::Email))
        .chain(&places)
        .collect();
    let above = names::above_contacts(text, &contacts, &people);
    people.extend(above);
    let signed = names::above_reply(text, &people);
    people.extend(signed);
    names::before_places(text, &places, &mut people);
    people
        .iter_mut()
        .for_each(|p| names::without_honorifics(text, p));
    // a validated e-mail address or number is never part of a name: "Refund to: IBAN GB47YEWM…";
    // nor is a lower-case key that names such a value or a code, as a key or a table's header
    // cell ("iban: DE68 …", "payee⇥iban⇥amount", "- sku: TG-…"; Iban is a given name)
    people.retain(|p| {
        !(out.iter().any(|m| p.start < m.end && m.start < p.end)
            || (VALUE_KEYS.contains(&p.text.as_str())
                && (text[p.end..].starts_with([':', '\t']) || text[..p.start].ends_with('\t')))
            || (camel_key(&p.text) && text[p.end..].starts_with(':')))
    });
    if !people.is_empty() || !places.is_empty() {
        out.extend(places);
        out.extend(people);
        out.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        let mut end = 0;
        out.retain(|m| {
            let keep = m.start >= end;
            if keep {
                end = m.end;
            }
            keep
        });
    }
    out
}

/// A key written in camel case, as directories and exports write attributes ("givenName",
/// "displayName", "homePhone"): a capital after three lower-case letters or more, which no name
/// has ("McDonald", "LeBlanc", "MacLeod" have fewer before it).
fn camel_key(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    !word.contains(' ')
        && chars.first().is_some_and(|c| c.is_lowercase())
        && chars
            .windows(4)
            .any(|w| w[..3].iter().all(|c| c.is_lowercase()) && w[3].is_uppercase())
}

/// The pattern-based entities (one regex pass, then validation).
fn patterns(text: &str) -> Vec<Match> {
    let mut out = Vec::new();
    let mut taken = 0;
    for mut m in CANDIDATES.find_iter(text) {
        let mut group = group_of(m.as_str());
        if m.start() < taken {
            continue;
        }
        // four groups of a longer dotted run are no IPv4 address: "06.54.82.51.06" is a phone
        // number read as a whole
        if group == "ipv4"
            && text[m.end()..]
                .strip_prefix('.')
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
            && let Some(run) = DIGIT_RUN
                .find_at(text, m.start())
                .filter(|r| r.start() == m.start())
        {
            (group, m) = ("digits", run);
            taken = run.end();
        }
        // an opening bracket that does not close the number's first group is punctuation, not
        // part of the number: "(86095742719)", "(1 (664) 223-5918)"; nor is the subfield code
        // before an IBAN
        let (start, value) = match m.as_str().strip_prefix(['(', '?']) {
            Some(rest) if m.as_str().starts_with('?') => (m.start() + 3, &rest[2..]),
            Some(rest)
                if rest
                    .find(['(', ')'])
                    .is_none_or(|i| rest[i..].starts_with('(')) =>
            {
                (m.start() + 1, rest)
            }
            _ => (m.start(), m.as_str()),
        };
        // "(78.171.29.131 ran out": the bracket let the digit run match first
        if group == "digits" && dotted_quad(value) {
            group = "ipv4";
        }
        // a short number before an IPv4 address ran into it: a database's index in redis
        // MONITOR's "[0 127.0.0.1:60866]", a count in "2 10.0.0.7"; the address stands alone
        let (start, value) = match quad_after_number(value) {
            Some((at, quad)) if group == "digits" => {
                group = "ipv4";
                (start + at, quad)
            }
            _ => (start, value),
        };
        let found = classify(group, value, text, start)
            .map(|e| (e, start, value))
            .or_else(|| {
                readings(group, value).find_map(|(at, part)| {
                    classify(group, part, text, start + at)
                        // a run without its first group is read as a card only
                        .filter(|e| at == 0 || *e == Entity::CreditCard)
                        .map(|e| (e, start + at, part))
                })
            });
        if let Some((entity, start, value)) = found {
            // a phone number's extension is part of it: "… 0655 ext. 282", "… 7128 x989"
            let end = start + value.len();
            let end = match entity {
                Entity::Phone => end + extension(&text[end..]),
                _ => end,
            };
            out.push(Match {
                entity,
                start,
                end,
                text: text[start..end].to_string(),
            });
            taken = taken.max(end);
        }
    }
    out
}

/// Which of the candidate pattern's groups matched, told by the match itself (cheaper than
/// resolving capture groups): only an e-mail address has an `@`, only IPv6 a colon, only an IBAN
/// (of the rest) starts with a letter; four dotted groups of digits are an IPv4 address.
fn group_of(candidate: &str) -> &'static str {
    if candidate.contains('@') {
        "email"
    } else if candidate.starts_with('?') {
        "iban"
    } else if candidate.contains(':') {
        "ipv6"
    } else if candidate.starts_with(|c: char| c.is_ascii_alphabetic()) {
        "iban"
    } else if dotted_quad(candidate) {
        "ipv4"
    } else {
        "digits"
    }
}

/// Whether an e-mail-shaped value is a mail header's message id ("Message-ID:
/// <e63fdcaa1a99@mail.gmail.com>", "In-Reply-To:", "References:"): no one's address.
fn message_id(before: &str) -> bool {
    let line = before.rsplit('\n').next().unwrap_or(before);
    line.ends_with('<')
        && ["message-id:", "in-reply-to:", "references:"]
            .iter()
            .any(|h| {
                line.get(..h.len())
                    .is_some_and(|l| l.eq_ignore_ascii_case(h))
            })
}

/// An IPv4 address after a number of one to three digits and a space, ending the run or followed
/// by a space, with where it starts: "0 127.0.0.1" → (2, "127.0.0.1").
fn quad_after_number(run: &str) -> Option<(usize, &str)> {
    let (head, rest) = run.split_once(' ')?;
    let quad = rest.split(' ').next().unwrap_or(rest);
    ((1..=3).contains(&head.len()) && head.bytes().all(|b| b.is_ascii_digit()) && dotted_quad(quad))
        .then_some((head.len() + 1, quad))
}

/// Four groups of one to three digits joined by full stops.
fn dotted_quad(value: &str) -> bool {
    value.split('.').count() == 4
        && value
            .split('.')
            .all(|o| (1..=3).contains(&o.len()) && o.bytes().all(|b| b.is_ascii_digit()))
}

/// Shorter readings of a candidate that failed as a whole, with where each starts in it: a card
/// and its expiry, a number and the next one read as one run ("4135 9017 4393 2708 / 04/31"); an
/// IBAN and the word after it ("AT57 8253 1915 2243 1203 zur…"); a run that opens with a group of
/// one or two digits, without it, when that is a card (the end of a time stamp before a card
/// number: "…T09:19:25+01:00 4065 2523 2061 4481").
fn readings<'a>(group: &str, value: &'a str) -> impl Iterator<Item = (usize, &'a str)> {
    let digits = (group == "digits")
        .then(|| value.find(" / ").or_else(|| value.find(" - ")))
        .flatten()
        .map(|at| (0, &value[..at]));
    let iban = (group == "iban")
        .then(|| value.rmatch_indices(' ').map(|(at, _)| (0, &value[..at])))
        .into_iter()
        .flatten();
    let tail = (group == "digits")
        .then(|| value.split_once(' '))
        .flatten()
        .filter(|(head, _)| {
            (1..=2).contains(&head.len()) && head.bytes().all(|b| b.is_ascii_digit())
        })
        .map(|(head, rest)| (head.len() + 1, rest));
    digits.into_iter().chain(iban).chain(tail)
}

/// The length of a phone extension at the start of `rest`: " ext. 282", " x989", " Durchwahl
/// 12", " DW 7" (0 when none follows).
fn extension(rest: &str) -> usize {
    static EXTENSION: LazyLock<Regex> = LazyLock::new(|| {
        // a constant pattern; a failure is a programming error caught by every test
        Regex::new(r"^[ ]?(?:(?i:ext|durchwahl|dw)\.?[ ]?|x)[0-9]{1,5}(?-u:\b)")
            .unwrap_or_else(|e| panic!("extension pattern: {e}"))
    });
    EXTENSION.find(rest).map_or(0, |m| m.end())
}

/// Validate a candidate found by the named group.
fn classify(group: &str, candidate: &str, text: &str, start: usize) -> Option<Entity> {
    match group {
        "email" => (!message_id(&text[..start])).then_some(Entity::Email),
        "iban" => checks::iban(candidate).then_some(Entity::Iban),
        "ipv6" => checks::ipv6(candidate).then_some(Entity::IpAddress),
        "ipv4" => checks::ipv4(candidate, &text[..start]).then_some(Entity::IpAddress),
        _ => checks::digits(candidate, text, start),
    }
}

#[cfg(test)]
mod tests;
