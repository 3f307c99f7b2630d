//! The guard chain: every piece of copy passes the stages schema → pii → policy → style, each a
//! [`Validator`] that reports [`Finding`]s. Which stages run, in which order, and what each
//! finding leads to ([`Action`]) comes from `policies/*.yaml` and the brand's rules, not code.

pub mod chain;
pub mod chain_config;
pub mod finding;
pub mod fold;
pub mod pii;
pub mod policy;
mod rules;
pub mod schema;
pub mod style;

use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use chain::{Chain, Report};
pub use finding::{Finding, Severity};

/// What a finding leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// Listed, nothing else.
    Report,
    /// Apply the finding's fix.
    Fix,
    /// Ask the model again for the failing fields.
    Reask,
    /// To the human-review queue.
    Review,
    /// Drop the variant.
    Filter,
    /// Fail the whole item.
    Block,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Report => "report",
            Action::Fix => "fix",
            Action::Reask => "reask",
            Action::Review => "review",
            Action::Filter => "filter",
            Action::Block => "block",
        }
    }
}

/// A chain's verdict on one piece of copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Accepted,
    NeedsReview,
    Rejected,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Accepted => "accepted",
            Outcome::NeedsReview => "needs-review",
            Outcome::Rejected => "rejected",
        }
    }
}

/// One string the stages look at: the whole text, or one string field of a JSON output.
#[derive(Debug, Clone)]
pub struct Field<'a> {
    /// JSON pointer of the field; empty for plain text.
    pub pointer: String,
    /// The nearest object key above the string (`headlines` for `/headlines/2`).
    pub key: Option<&'a str>,
    pub text: &'a str,
}

/// What the chain checks: the fields of one variant plus what rules may depend on.
#[derive(Debug, Clone, Default)]
pub struct Subject<'a> {
    pub fields: Vec<Field<'a>>,
    /// The parsed output and the schema it must satisfy (the schema stage).
    pub output: Option<&'a Value>,
    pub schema: Option<&'a jsonschema::Validator>,
    /// `de` or `en`; guessed from the text when not given.
    pub locale: Option<&'a str>,
    /// The prompt's channel (`google-ads-rsa`, …), for disclaimers.
    pub channel: Option<&'a str>,
}

impl<'a> Subject<'a> {
    /// Plain text: one field.
    pub fn text(text: &'a str) -> Self {
        Self {
            fields: vec![Field {
                pointer: String::new(),
                key: None,
                text,
            }],
            ..Self::default()
        }
    }

    /// Every string of a JSON value, with its pointer.
    pub fn json(value: &'a Value) -> Self {
        let mut fields = Vec::new();
        collect_strings(value, None, &mut String::new(), &mut fields);
        Self {
            fields,
            output: Some(value),
            ..Self::default()
        }
    }

    /// The language of the copy: the given locale, else a guess from function words.
    pub fn language(&self) -> &str {
        if let Some(l) = self.locale {
            return l;
        }
        let (mut de, mut en) = (0, 0);
        for f in &self.fields {
            for w in f.text.split(|c: char| !c.is_alphabetic()) {
                match w.to_lowercase().as_str() {
                    "der" | "die" | "das" | "und" | "mit" | "für" | "ist" | "nicht" | "du"
                    | "dein" | "deine" | "ein" | "eine" | "auf" | "bei" | "sie" | "zu" | "im" => {
                        de += 1
                    }
                    "the" | "and" | "with" | "for" | "is" | "not" | "you" | "your" | "a" | "an"
                    | "on" | "at" | "to" | "in" | "of" => en += 1,
                    _ => {}
                }
            }
        }
        if en > de { "en" } else { "de" }
    }
}

fn collect_strings<'a>(
    value: &'a Value,
    key: Option<&'a str>,
    pointer: &mut String,
    out: &mut Vec<Field<'a>>,
) {
    match value {
        Value::String(text) => out.push(Field {
            pointer: pointer.clone(),
            key,
            text,
        }),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = pointer.len();
                pointer.push('/');
                pointer.push_str(&i.to_string());
                collect_strings(item, key, pointer, out);
                pointer.truncate(len);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                let len = pointer.len();
                pointer.push('/');
                pointer.push_str(&k.replace('~', "~0").replace('/', "~1"));
                collect_strings(v, Some(k), pointer, out);
                pointer.truncate(len);
            }
        }
        _ => {}
    }
}

/// One stage of the chain.
pub trait Validator: Send + Sync + std::fmt::Debug {
    /// The stage name findings carry (`schema`, `pii`, `policy`, `style`).
    fn stage(&self) -> &'static str;
    /// Every finding in `subject`; offsets are code points into the field named by `pointer`.
    fn check(&self, subject: &Subject<'_>) -> Vec<Finding>;
}
