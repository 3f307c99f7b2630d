//! German du/Sie consistency, built in.
//!
//! Formal address is recognised by capitalised `Sie`, `Ihnen`, `Ihr…` inside a sentence (at a
//! sentence start `Sie`/`Ihr` may mean "she"/"her", so only the unambiguous imperative
//! `Bestellen Sie` counts there); informal address by `du`, `dich`, `dir`, `dein…`, `euch`,
//! `euer`/`eure…`. With the brand's `address_form`, every use of the other form is a finding;
//! without one, mixing both is.

use std::sync::LazyLock;

use regex::Regex;

use crate::guard::fold::Folded;
use crate::guard::rules::chars_of;
use crate::guard::{Finding, Severity, Subject};
use crate::knowledge::AddressForm;

static FORMAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:Sie|Ihnen|Ihre[mnrs]?|Ihr)(?-u:\b)").unwrap_or_else(|e| panic!("{e}"))
});
static IMPERATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}\p{Ll}+(?:en|ern|eln) Sie(?-u:\b)").unwrap_or_else(|e| panic!("{e}"))
});
static INFORMAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:du|dich|dir|dein|deine[mnrs]?|euch|euer|eure[mnrs]?)(?-u:\b)")
        .unwrap_or_else(|e| panic!("{e}"))
});

/// `(field index, code-point span, formal?)` for every address marker.
fn markers(subject: &Subject<'_>) -> Vec<(usize, (usize, usize), bool)> {
    let mut out = Vec::new();
    for (i, f) in subject.fields.iter().enumerate() {
        // matched on transliterated text, where ASCII word boundaries are exact
        let folded = Folded::ascii(f.text);
        let text = folded.text.as_str();
        for m in FORMAL.find_iter(text) {
            let before = text[..m.start()].trim_end();
            let sentence_start =
                before.is_empty() || before.ends_with(['.', '!', '?', ':', '„', '"', '–']);
            let counts = if sentence_start {
                m.as_str() == "Ihnen"
            } else {
                true
            };
            if counts {
                out.push((i, folded.span(m.start(), m.end()), true));
            }
        }
        for sentence in sentences(text) {
            if let Some(m) = IMPERATIVE.find(&text[sentence..]) {
                let sie = sentence + m.end() - 3;
                out.push((i, folded.span(sie, sie + 3), true));
            }
        }
        for m in INFORMAL.find_iter(text) {
            out.push((i, folded.span(m.start(), m.end()), false));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Byte offsets where sentences start.
fn sentences(text: &str) -> Vec<usize> {
    let mut out = vec![text.len() - text.trim_start().len()];
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '!' | '?') {
            let rest = &text[i + 1..];
            let skip = rest.len() - rest.trim_start().len();
            if skip > 0 && i + 1 + skip < text.len() {
                out.push(i + 1 + skip);
            }
        }
    }
    out
}

pub fn check(subject: &Subject<'_>, brand: Option<AddressForm>) -> Vec<Finding> {
    let found = markers(subject);
    let formal = found.iter().filter(|m| m.2).count();
    let informal = found.len() - formal;
    let wrong_is_formal = match brand {
        Some(AddressForm::Du) => true,
        Some(AddressForm::Sie) => false,
        // the minority form is the slip; on a tie, the form that appears second
        None if formal > 0 && informal > 0 && formal != informal => formal < informal,
        None if formal > 0 && informal > 0 => !found[0].2,
        None => return Vec::new(),
    };
    found
        .into_iter()
        .filter(|m| m.2 == wrong_is_formal)
        .map(|(i, span, is_formal)| {
            let field = &subject.fields[i];
            let word: String = chars_of(field.text, span);
            let message = match (brand, is_formal) {
                (Some(_), true) => {
                    format!("'{word}' is the formal Sie-form; this brand addresses readers with du")
                }
                (Some(_), false) => format!(
                    "'{word}' is the informal du-form; this brand addresses readers with Sie"
                ),
                (None, _) => format!("'{word}' mixes du and Sie in one text; pick one form"),
            };
            Finding {
                pointer: field.pointer.clone(),
                ..Finding::new("style", "style.address", Severity::Error, span, message)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(text: &str, brand: Option<AddressForm>) -> Vec<String> {
        let s = Subject::text(text);
        check(&s, brand)
            .into_iter()
            .map(|f| text.chars().skip(f.start).take(f.end - f.start).collect())
            .collect()
    }

    #[test]
    fn du_brand_flags_sie() {
        let t = "Wählen Sie eine Größe größer, wenn du eine Daunenjacke darunter trägst.";
        assert_eq!(rules(t, Some(AddressForm::Du)), ["Sie"]);
        assert!(
            rules(
                "Wähl eine Größe größer, wenn du magst.",
                Some(AddressForm::Du)
            )
            .is_empty()
        );
        // "Sie" as "she" at a sentence start is not address
        assert!(
            rules(
                "Sie ist leicht. Pack sie ein, wenn du losgehst.",
                Some(AddressForm::Du)
            )
            .is_empty()
        );
        assert_eq!(
            rules("Die Jacke passt zu Ihnen.", Some(AddressForm::Du)),
            ["Ihnen"]
        );
    }

    #[test]
    fn without_a_brand_mixing_is_flagged() {
        assert_eq!(
            rules("Bestellen Sie jetzt, dann hast du sie morgen.", None),
            ["du"]
        );
        assert!(rules("Bestellen Sie jetzt, dann haben Sie sie morgen.", None).is_empty());
    }
}
