//! Shared output helpers: formats and how a JSON output reads in a table.

use clap::ValueEnum;
use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};
use serde_json::Value;

/// Machine or human output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// A table with the project's look.
pub fn table(header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(header.iter().copied());
    t
}

/// A JSON output as a human reads it: one field per line, list items as bullets with their
/// length in characters (the limits of ad platforms are in characters).
pub fn describe(value: &Value) -> String {
    match value {
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| match v {
                Value::Array(items) => {
                    let mut s = format!("{k}:");
                    for item in items {
                        s.push_str("\n  • ");
                        s.push_str(&describe_scalar(item));
                    }
                    s
                }
                Value::Object(_) => format!("{k}:\n  {}", describe(v).replace('\n', "\n  ")),
                _ => format!("{k}: {}", describe_scalar(v)),
            })
            .collect::<Vec<_>>()
            .join("\n"),
        other => describe_scalar(other),
    }
}

fn describe_scalar(v: &Value) -> String {
    match v {
        Value::String(s) => format!("{s} ({})", s.chars().count()),
        Value::Object(_) => describe(v),
        other => other.to_string(),
    }
}

/// Serialise as pretty JSON with a trailing newline.
pub fn json(value: &impl serde::Serialize) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(value).map(|s| s + "\n")
}

pub use crate::batch::output::csv_field;
