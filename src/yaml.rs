//! Reading user-edited YAML files with positions in every error.
//!
//! serde-saphyr reports the line and column of syntax errors, unknown keys and type mismatches;
//! this module turns them into one-line [`Diagnostic`]s (`file:line:column: message`).

use std::path::Path;

use serde::de::DeserializeOwned;
use serde_saphyr::{SnippetMode, render_options};

use crate::diag::Diagnostic;

/// Parse `text` (the contents of `path`) into `T`.
pub fn parse<T: DeserializeOwned>(path: &Path, text: &str) -> Result<T, Diagnostic> {
    serde_saphyr::from_str::<T>(text).map_err(|e| diagnostic(path, &e))
}

/// Read and parse a YAML file.
pub fn read<T: DeserializeOwned>(path: &Path) -> Result<T, Diagnostic> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Diagnostic::file(path, format!("cannot read: {e}")))?;
    parse(path, &text)
}

/// A one-line diagnostic for a serde-saphyr error.
pub fn diagnostic(path: &Path, err: &serde_saphyr::Error) -> Diagnostic {
    let rendered = err.render_with_options(render_options! { snippets: SnippetMode::Off });
    let message = strip_location_suffix(rendered.lines().next().unwrap_or("invalid YAML"));
    match err.location() {
        Some(loc) => Diagnostic::at_location(path, loc, message),
        None => Diagnostic::file(path, message),
    }
}

/// serde-saphyr appends " at line X column Y" to plain messages; the position is already in the
/// diagnostic's prefix.
fn strip_location_suffix(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}
