//! What happens to detected personal data.

use std::collections::HashMap;

use super::{Entity, Match};

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

/// The reversible mapping of one request. Never persisted.
#[derive(Debug, Default)]
pub struct Pseudonymizer {
    forward: HashMap<(Entity, String), String>,
    counters: HashMap<Entity, usize>,
}

impl Pseudonymizer {
    fn placeholder(&mut self, entity: Entity, value: &str) -> String {
        if let Some(p) = self.forward.get(&(entity, value.to_string())) {
            return p.clone();
        }
        let n = self.counters.entry(entity).or_insert(0);
        *n += 1;
        let p = format!("<{}_{}>", entity.name(), n);
        self.forward.insert((entity, value.to_string()), p.clone());
        p
    }

    /// Put the original values back where their placeholders appear.
    pub fn restore(&self, text: &str) -> String {
        let mut out = text.to_string();
        for ((_, original), placeholder) in &self.forward {
            out = out.replace(placeholder.as_str(), original);
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
            Operator::Pseudonymize => out.push_str(&pseudo.placeholder(m.entity, &m.text)),
        }
        last = m.end;
    }
    out.push_str(&text[last..]);
    out
}

/// Pseudonymise every string inside a JSON value, in place; the count of replaced values.
pub fn pseudonymize_json(value: &mut serde_json::Value, pseudo: &mut Pseudonymizer) -> usize {
    match value {
        serde_json::Value::String(s) => {
            let matches = super::detect(s);
            if matches.is_empty() {
                return 0;
            }
            *s = apply(s, &matches, &Operator::Pseudonymize, pseudo);
            matches.len()
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
