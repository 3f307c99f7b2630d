//! Shared output helpers: formats and how a JSON output reads in a table.

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};
use serde_json::Value;

use crate::keyword::Keyword;

/// What `--format` asks for: one vocabulary for every command, each offering the ones that fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// For people: a table, or lines where a table does not fit (`text` is accepted too).
    Table,
    /// One JSON document.
    Json,
    /// One JSON object per line.
    Jsonl,
    Csv,
}

crate::keywords!(Format {
    Table = "table",
    Json = "json",
    Jsonl = "jsonl",
    Csv = "csv",
});

/// `table|json`, what most commands offer.
pub const TABLE_JSON: &[Format] = &[Format::Table, Format::Json];

/// A parser for the words of `T` (help lists them).
pub fn choice<T: Keyword>() -> impl TypedValueParser<Value = T> {
    words(T::all())
}

/// `--format`'s parser offering `allowed` (and `text` for `table`, hidden).
pub fn formats(allowed: &'static [Format]) -> impl TypedValueParser<Value = Format> {
    words(allowed)
}

fn words<T: Keyword>(allowed: &'static [T]) -> impl TypedValueParser<Value = T> {
    let mut names: Vec<PossibleValue> = allowed
        .iter()
        .map(|k| PossibleValue::new(k.word()))
        .collect();
    if allowed.iter().any(|k| k.word() == "table") {
        names.push(PossibleValue::new("text").hide(true));
    }
    PossibleValuesParser::new(names).map(move |name| {
        let name = if name == "text" {
            "table"
        } else {
            name.as_str()
        };
        allowed
            .iter()
            .copied()
            .find(|k| k.word() == name)
            .unwrap_or(allowed[0])
    })
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
