//! Reading user-edited YAML files with positions in every error.
//!
//! serde-saphyr reports the line and column of syntax errors, unknown keys and type mismatches;
//! this module turns them into one-line [`Diagnostic`]s (`file:line:column: message`).

use std::path::{Path, PathBuf};

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

/// The `*.yaml` / `*.yml` files directly in `dir`, sorted; none when it does not exist.
pub fn files_in(dir: &Path) -> Vec<PathBuf> {
    entries(dir, |p| {
        p.is_file() && p.extension().is_some_and(|e| e == "yaml" || e == "yml")
    })
}

/// The subdirectories of `dir`, sorted.
pub fn dirs_in(dir: &Path) -> Vec<PathBuf> {
    entries(dir, |p| p.is_dir())
}

fn entries(dir: &Path, keep: impl Fn(&Path) -> bool) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| keep(p))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
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
