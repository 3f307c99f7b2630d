//! What happens to detected personal data.

use std::collections::HashMap;
use std::sync::Arc;

use super::Match;
use super::recognizers::PiiStage;

/// How a match is replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Operator {
    /// Removed entirely.
    Redact,
    /// Every character but the last four replaced by `*`.
    Mask,
    /// `<EMAIL:1a2b3c4d5e6f>`: a keyed hash, stable across requests for the same key, not
    /// reversible.
    Hash { key: [u8; 32] },
    /// `<EMAIL>`.
    Placeholder,
    /// `<EMAIL_1>`: the same value gets the same placeholder within one request; the mapping
    /// lives only in memory ([`Pseudonymizer`]) and can restore the original.
    Pseudonymize,
}

/// The reversible mapping of one request, and the custom recognizers it applies besides the
/// built-in ones. Never persisted.
#[derive(Debug, Default)]
pub struct Pseudonymizer {
    /// `(entity name, original value)` → placeholder.
    forward: HashMap<(String, String), String>,
    counters: HashMap<String, usize>,
    custom: Option<Arc<PiiStage>>,
}

impl Pseudonymizer {
    /// A mapping that also replaces what the custom recognizers of `stage` find.
    pub fn with_custom(stage: Arc<PiiStage>) -> Self {
        Self {
            custom: Some(stage),
            ..Self::default()
        }
    }

    fn placeholder(&mut self, entity: &str, value: &str) -> String {
        let key = (entity.to_string(), value.to_string());
        if let Some(p) = self.forward.get(&key) {
            return p.clone();
        }
        let n = self.counters.entry(entity.to_string()).or_insert(0);
        *n += 1;
        let p = format!("<{entity}_{n}>");
        self.forward.insert(key, p.clone());
        p
    }

    /// Put the original values back where their placeholders appear.
    pub fn restore(&self, text: &str) -> String {
        self.restore_only(text, None)
    }

    /// Put back only values of the given entities (all when `None`).
    pub fn restore_only(&self, text: &str, entities: Option<&[String]>) -> String {
        let mut out = text.to_string();
        for ((entity, original), placeholder) in &self.forward {
            if entities.is_none_or(|allowed| allowed.iter().any(|a| a == entity)) {
                out = out.replace(placeholder.as_str(), original);
            }
        }
        out
    }

    /// How many distinct values were replaced.
    pub fn len(&self) -> usize {
        self.forward.len()
    }

    /// Whether nothing was replaced.
    pub fn is_empty(&self) -> bool {
        self.forward.is_empty()
    }
}

/// `text` with every match replaced by `op`. Matches must be in order and not overlap (as
/// [`super::detect`] returns them).
pub fn apply(text: &str, matches: &[Match], op: &Operator, pseudo: &mut Pseudonymizer) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for m in matches {
        out.push_str(&text[last..m.start]);
        match op {
            Operator::Redact => {}
            Operator::Mask => {
                let chars: Vec<char> = m.text.chars().collect();
                let keep = chars.len().saturating_sub(4);
                out.extend(chars.iter().enumerate().map(|(i, &c)| {
                    if i < keep && !c.is_whitespace() {
                        '*'
                    } else {
                        c
                    }
                }));
            }
            Operator::Hash { key } => {
                let digest = blake3::keyed_hash(key, m.text.as_bytes());
                out.push_str(&format!("<{}:{}>", m.entity.name(), &digest.to_hex()[..12]));
            }
            Operator::Placeholder => out.push_str(&format!("<{}>", m.entity.name())),
            Operator::Pseudonymize => out.push_str(&pseudo.placeholder(m.entity.name(), &m.text)),
        }
        last = m.end;
    }
    out.push_str(&text[last..]);
    out
}

/// Put back, in every string of a JSON value, the values of the given entities.
pub fn restore_json(value: &mut serde_json::Value, pseudo: &Pseudonymizer, entities: &[String]) {
    match value {
        serde_json::Value::String(s) => *s = pseudo.restore_only(s, Some(entities)),
        serde_json::Value::Array(items) => {
            items
                .iter_mut()
                .for_each(|v| restore_json(v, pseudo, entities));
        }
        serde_json::Value::Object(map) => {
            map.values_mut()
                .for_each(|v| restore_json(v, pseudo, entities));
        }
        _ => {}
    }
}

/// Pseudonymise every string inside a JSON value, in place; the count of replaced values.
pub fn pseudonymize_json(value: &mut serde_json::Value, pseudo: &mut Pseudonymizer) -> usize {
    match value {
        serde_json::Value::String(s) => {
            let mut replaced = 0;
            if let Some(custom) = pseudo.custom.clone() {
                let found = custom.custom_matches(s);
                if !found.is_empty() {
                    let mut out = String::with_capacity(s.len());
                    let mut last = 0;
                    for (start, end, entity) in &found {
                        out.push_str(&s[last..*start]);
                        out.push_str(&pseudo.placeholder(entity, &s[*start..*end]));
                        last = *end;
                    }
                    out.push_str(&s[last..]);
                    *s = out;
                    replaced += found.len();
                }
            }
            // with the chain's stage, the brand's allow-list applies too
            let matches = match &pseudo.custom {
                Some(stage) => stage.detect(s),
                None => super::detect(s),
            };
            if matches.is_empty() {
                return replaced;
            }
            *s = apply(s, &matches, &Operator::Pseudonymize, pseudo);
            replaced + matches.len()
        }
        serde_json::Value::Array(items) => {
            items.iter_mut().map(|v| pseudonymize_json(v, pseudo)).sum()
        }
        serde_json::Value::Object(map) => {
            map.values_mut().map(|v| pseudonymize_json(v, pseudo)).sum()
        }
        _ => 0,
    }
}
