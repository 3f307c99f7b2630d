//! Payment QR codes as their payload reads when decoded, line by line: banking apps, invoice
//! tools and scanners show and log it so.
//! - The EPC QR code (`BCD`, the European Payments Council's credit transfer): service tag,
//!   version, character set, `SCT` or `INST`, the BIC (may be empty), the beneficiary's name,
//!   the IBAN, the amount and the remittance after it.
//! - The Swiss QR-bill (`SPC`): version, coding, the IBAN, the creditor's address type (`K`
//!   two address lines, `S` street, number, postcode and town apart), name and address, the
//!   country; the debtor's address in the same shape further down.
//!
//! The names and addresses stand in known lines there, without any cue a text would give; the
//! IBAN and the amount are found as everywhere else.

use super::edifact::{self, found};
use super::{Entity, Match};

/// The people and street addresses of the payment QR payloads in `text`, and the byte ranges
/// of the payloads' service lines (`BCD`, the version, `SCT` …), which name no one.
pub(super) fn detect(text: &str) -> (Vec<Match>, Vec<std::ops::Range<usize>>) {
    let (mut out, mut heads) = (Vec::new(), Vec::new());
    if !(text.contains("BCD") || text.contains("SPC")) {
        return (out, heads);
    }
    let lines: Vec<std::ops::Range<usize>> = super::lines(text)
        .into_iter()
        .map(|(at, line)| at..at + line.len())
        .collect();
    for (i, line) in lines.iter().enumerate() {
        let at = |k: usize| lines.get(i + k);
        let value = |k: usize| at(k).map_or("", |l| &text[l.clone()]);
        match &text[line.clone()] {
            "BCD" if matches!(value(1), "001" | "002") && matches!(value(3), "SCT" | "INST") => {
                heads.push(line.start..at(4).map_or(line.end, |l| l.end));
                if let Some(name) = at(5) {
                    holder(text, name.clone(), &mut out);
                }
            }
            "SPC" if value(1).starts_with("02") => {
                heads.push(line.start..at(2).map_or(line.end, |l| l.end));
                // the creditor's address from the fifth line, the debtor's from the 21st
                for from in [4, 20] {
                    party(text, &lines[i..], from, &mut out);
                }
            }
            _ => {}
        }
    }
    (out, heads)
}

/// A Swiss QR-bill's party whose address type stands in line `from` of `lines`: its name on
/// the next line, then two address lines (`K`) or street, number, postcode and town (`S`).
fn party(text: &str, lines: &[std::ops::Range<usize>], from: usize, out: &mut Vec<Match>) {
    let count = match lines.get(from).map(|l| &text[l.clone()]) {
        Some("K") => 2,
        Some("S") => 4,
        _ => return,
    };
    let Some(name) = lines.get(from + 1) else {
        return;
    };
    holder(text, name.clone(), out);
    // the address lines that are there, up to the last one with text
    let address: Vec<&std::ops::Range<usize>> = lines[from + 2..]
        .iter()
        .take(count)
        .filter(|l| !l.is_empty())
        .collect();
    if let (Some(first), Some(last)) = (address.first(), address.last())
        && text[(*first).clone()].chars().any(char::is_alphabetic)
        && text[first.start..last.end]
            .chars()
            .any(|c| c.is_ascii_digit())
    {
        out.push(found(text, Entity::StreetAddress, first.start..last.end));
    }
}

/// An account holder's name: a name or capitalised words, no company form.
fn holder(text: &str, range: std::ops::Range<usize>, out: &mut Vec<Match>) {
    let value = &text[range.clone()];
    if edifact::contact(value) && !edifact::company(value) {
        out.push(found(text, Entity::Person, range));
    }
}
