//! EDIFACT messages (ORDERS, DESADV, IFTMIN, INVOIC …), which suppliers and carriers exchange
//! with a shop: segments end at `'`, their elements are parted by `+` and an element's
//! components by `:`, and `?` releases the next character. Read as prose, the interchange's
//! numbers after a `+` look like international phone numbers ("UNB+UNOC:3+4262651159810:14")
//! and "COM+anna@…" like an e-mail address with a `+` in it; read as segments, the personal data
//! stands in known places:
//! - `NAD` (name and address): the party's name in the fifth element, its street in the sixth;
//!   the town, postcode and country after them are no street address alone;
//! - `CTA` (contact): the contact's name in the third element's second component;
//! - `COM` (communication): a number or an address, its kind in the second component
//!   (`TE`, `FX`, `MO`, `AL` a phone, `EM` e-mail);
//! - `FII` (financial institution): the account (an IBAN) and its holder;
//! - `FTX` (free text): read as text.

use super::{Entity, Match, names, patterns};

/// Whether `text` is an EDIFACT interchange or message: a service segment (`UNA`, `UNB`, `UNH`)
/// and three segments or more.
pub(super) fn message(text: &str) -> bool {
    let head = text.trim_start();
    ["UNA:", "UNB+", "UNH+"].iter().any(|s| head.starts_with(s))
        && segments(text).filter(|s| tag(text, s).is_some()).count() >= 3
}

/// The personal data of an EDIFACT message, read segment by segment.
pub(super) fn detect(text: &str) -> Vec<Match> {
    let mut out = Vec::new();
    for seg in segments(text) {
        let Some(tag) = tag(text, &seg) else {
            continue;
        };
        let elements = split(text, seg.clone(), b'+');
        let element = |e: usize| elements.get(e).map(|r| released(text, r.clone()));
        let component = |e: usize, c: usize| {
            elements
                .get(e)
                .and_then(|el| split(text, el.clone(), b':').get(c).cloned())
                .map(|r| released(text, r))
                .filter(|r| !r.is_empty())
        };
        match tag {
            "NAD" => {
                if let Some(name) = element(4)
                    && person(&text[name.clone()])
                {
                    out.push(found(text, Entity::Person, name));
                }
                if let Some(street) = element(5)
                    && text[street.clone()].chars().any(|c| c.is_ascii_digit())
                {
                    out.push(found(text, Entity::StreetAddress, street));
                }
            }
            "CTA" => {
                if let Some(name) = component(2, 1)
                    && contact(&text[name.clone()])
                {
                    out.push(found(text, Entity::Person, name));
                }
            }
            "COM" => {
                if let (Some(value), Some(kind)) = (component(1, 0), component(1, 1)) {
                    let entity = match &text[kind] {
                        "TE" | "FX" | "MO" | "AL" | "AJ" | "AH" => Some(Entity::Phone),
                        "EM" => Some(Entity::Email),
                        _ => None,
                    };
                    if let Some(entity) = entity {
                        out.push(found(text, entity, value));
                    }
                }
            }
            "FII" => {
                if let Some(account) = component(2, 0) {
                    out.extend(within(text, account));
                }
                if let Some(holder) = component(2, 1)
                    && person(&text[holder.clone()])
                {
                    out.push(found(text, Entity::Person, holder));
                }
            }
            "FTX" => {
                for el in elements.iter().skip(4) {
                    out.extend(within(text, el.clone()));
                }
            }
            _ => {}
        }
    }
    out.sort_by_key(|m| m.start);
    out
}

/// Byte ranges of the segments: up to each unreleased `'`, line breaks around them dropped.
fn segments(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut ends: Vec<usize> = (0..bytes.len())
        .filter(|&i| bytes[i] == b'\'' && !released_at(bytes, i))
        .collect();
    ends.push(text.len());
    ends.into_iter().map(move |end| {
        let mut s = start;
        while s < end && bytes[s].is_ascii_whitespace() {
            s += 1;
        }
        start = (end + 1).min(text.len());
        s..end
    })
}

/// The segment's tag: three capital letters before a `+`.
fn tag<'a>(text: &'a str, seg: &std::ops::Range<usize>) -> Option<&'a str> {
    let s = &text[seg.clone()];
    let tag = s.get(..3)?;
    (tag.bytes().all(|b| b.is_ascii_uppercase()) && s[3..].starts_with('+')).then_some(tag)
}

/// Whether the byte at `i` is released by `?` (itself not released).
fn released_at(bytes: &[u8], i: usize) -> bool {
    let run = bytes[..i].iter().rev().take_while(|b| **b == b'?').count();
    run % 2 == 1
}

/// The parts of `range` at each unreleased `sep`.
fn split(text: &str, range: std::ops::Range<usize>, sep: u8) -> Vec<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = range.start;
    for i in range.clone() {
        if bytes[i] == sep && !released_at(bytes, i) {
            out.push(start..i);
            start = i + 1;
        }
    }
    out.push(start..range.end);
    out
}

/// A value's range without the release character that opens it ("?+1 415 …": "+1 415 …").
fn released(text: &str, mut range: std::ops::Range<usize>) -> std::ops::Range<usize> {
    if text[range.clone()].starts_with('?') {
        range.start += 1;
    }
    range
}

pub(super) fn found(text: &str, entity: Entity, range: std::ops::Range<usize>) -> Match {
    Match {
        entity,
        start: range.start,
        end: range.end,
        text: text[range].to_string(),
    }
}

/// The validated values inside one element (an IBAN, a phone number, an e-mail address in
/// free text), at their places in the message.
fn within(text: &str, range: std::ops::Range<usize>) -> Vec<Match> {
    patterns(&text[range.clone()])
        .into_iter()
        .map(|m| Match {
            start: m.start + range.start,
            end: m.end + range.start,
            ..m
        })
        .collect()
}

/// A party's name is a person's when it reads as a name and holds no company form ("Bergwerk
/// Logistik GmbH" is a firm); in capitals too ("HIROSHI KONDO").
fn person(value: &str) -> bool {
    let titled = titled(value);
    !value.is_empty() && names::field_name(&titled) && !company(value)
}

/// Whether a party's name holds a company form ("GmbH", "Ltd", "AG").
pub(super) fn company(value: &str) -> bool {
    value.split([' ', '.', ',']).any(|w| {
        names::COMPANY_FORMS
            .iter()
            .any(|f| w.eq_ignore_ascii_case(f))
    })
}

/// A contact's name: a person's name, or the surname alone that a contact segment often holds
/// ("Tran", "De Guzman").
pub(super) fn contact(value: &str) -> bool {
    person(value)
        || (value.split(' ').count() <= 3
            && value.split(' ').all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\''))
            }))
}

/// A value in capitals written as a name is ("HIROSHI KONDO": "Hiroshi Kondo").
fn titled(value: &str) -> String {
    if value.chars().any(char::is_lowercase) {
        return value.to_string();
    }
    value
        .split(' ')
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map_or_else(String::new, |f| {
                f.to_uppercase()
                    .chain(chars.flat_map(char::to_lowercase))
                    .collect()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}
