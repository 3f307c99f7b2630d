//! Diagnostics that point at a place in a user-edited file.
//!
//! Every configuration problem becomes one [`Diagnostic`]: where (`file:line:column`, or the name
//! of an environment variable) and what is wrong. They are collected, never short-circuited, so
//! `copydesk config check` can print all of them at once.

use std::fmt;
use std::path::{Path, PathBuf};

/// Where a diagnostic points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A file, with a 1-based line and column when known.
    File {
        path: PathBuf,
        line: Option<u64>,
        column: Option<u64>,
    },
    /// An environment variable.
    Env(String),
}

/// One problem in user-supplied configuration or data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub origin: Origin,
    pub message: String,
}

impl Diagnostic {
    /// A problem with a whole file (no position).
    pub fn file(path: &Path, message: impl Into<String>) -> Self {
        Self {
            origin: Origin::File {
                path: path.to_path_buf(),
                line: None,
                column: None,
            },
            message: message.into(),
        }
    }

    /// A problem at a 1-based line and column of a file.
    pub fn at(path: &Path, line: u64, column: u64, message: impl Into<String>) -> Self {
        Self {
            origin: Origin::File {
                path: path.to_path_buf(),
                line: Some(line),
                column: Some(column),
            },
            message: message.into(),
        }
    }

    /// A problem at the position of a parsed YAML value.
    pub fn at_location(
        path: &Path,
        location: serde_saphyr::Location,
        message: impl Into<String>,
    ) -> Self {
        if location.line() == 0 {
            Self::file(path, message)
        } else {
            Self::at(path, location.line(), location.column(), message)
        }
    }

    /// A problem with an environment variable.
    pub fn env(name: &str, message: impl Into<String>) -> Self {
        Self {
            origin: Origin::Env(name.to_string()),
            message: message.into(),
        }
    }
}

/// A path as the user would type it: relative to the working directory when it is below it.
fn shown(path: &Path) -> String {
    std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(cwd).ok().map(|p| p.display().to_string()))
        .unwrap_or_else(|| path.display().to_string())
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.origin {
            Origin::File {
                path,
                line: Some(line),
                column: Some(column),
            } => write!(f, "{}:{line}:{column}: {}", shown(path), self.message),
            Origin::File {
                path,
                line: Some(line),
                column: None,
            } => write!(f, "{}:{line}: {}", shown(path), self.message),
            Origin::File { path, .. } => write!(f, "{}: {}", shown(path), self.message),
            Origin::Env(name) => write!(f, "environment variable {name}: {}", self.message),
        }
    }
}

/// A non-empty list of diagnostics, reported together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Self {
        Self(vec![d])
    }
}
