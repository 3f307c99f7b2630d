//! Eval suites (`evals/*.yaml`): cases that gate a prompt release.
//!
//! This module defines and checks the file format: each suite names a prompt and holds cases
//! whose vars must satisfy that prompt's input schema, so a suite that could never run is caught
//! by `copydesk config check` rather than in CI.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use serde_json::{Map, Value};
use serde_saphyr::Spanned;

use crate::diag::Diagnostic;
use crate::prompt::{PromptRef, Registry, RegistryError, RenderError};

/// Whether a case is expected to pass the guard chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Expect {
    #[default]
    Pass,
    Fail,
}

/// One case.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub name: Spanned<String>,
    pub vars: Map<String, Value>,
    #[serde(default)]
    pub expect: Expect,
    /// Text a reviewer approved for these vars (cases exported from the review queue).
    #[serde(default)]
    pub reference: Option<String>,
    /// Why a reviewer rejected the output (cases exported from the review queue).
    #[serde(default)]
    pub reason: Option<String>,
}

/// An eval suite file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Suite {
    /// `ID` or `ID@N` of the prompt under test.
    pub prompt: Spanned<String>,
    #[serde(default)]
    pub description: Option<String>,
    /// Minimum score per metric (0..1), e.g. `schema_valid: 1.0`.
    #[serde(default)]
    pub thresholds: BTreeMap<String, f64>,
    pub cases: Vec<Case>,
}

/// Parse and check every `evals/*.yaml` against the prompts.
pub fn check_suites(dir: &Path, registry: &Registry) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for file in crate::yaml::files_in(dir) {
        if is_retrieval_suite(&file) {
            if let Err(d) = crate::yaml::read::<RetrievalSuite>(&file) {
                problems.push(d);
            }
            continue;
        }
        match crate::yaml::read::<Suite>(&file) {
            Ok(suite) => check_suite(&file, &suite, registry, &mut problems),
            Err(d) => problems.push(d),
        }
    }
    problems
}

/// A retrieval suite has `queries:` instead of `cases:`.
fn is_retrieval_suite(file: &Path) -> bool {
    std::fs::read_to_string(file).is_ok_and(|t| t.lines().any(|l| l.starts_with("queries:")))
}

/// Labelled retrieval queries (`evals/retrieval.yaml`): a result is relevant when its chunk's
/// source (`path#heading path`) is listed.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetrievalSuite {
    pub brand: String,
    pub queries: Vec<RetrievalQuery>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetrievalQuery {
    pub query: String,
    #[serde(default)]
    pub locale: Option<String>,
    pub relevant: Vec<String>,
}

fn check_suite(file: &Path, suite: &Suite, registry: &Registry, problems: &mut Vec<Diagnostic>) {
    for (metric, value) in &suite.thresholds {
        if !(0.0..=1.0).contains(value) {
            problems.push(Diagnostic::file(
                file,
                format!("threshold {metric} must be between 0 and 1"),
            ));
        }
    }
    let resolved = suite.prompt.value.parse::<PromptRef>().and_then(|r| {
        registry.resolve(&r).map_err(|e| match e {
            RegistryError::Invalid(_) => {
                format!(
                    "prompt '{}' has problems of its own (listed separately)",
                    r.id
                )
            }
            other => other.to_string(),
        })
    });
    let prompt = match resolved {
        Ok(p) => p,
        Err(e) => {
            problems.push(Diagnostic::at_location(file, suite.prompt.referenced, e));
            return;
        }
    };
    for case in &suite.cases {
        if let Err(RenderError::Inputs { errors, .. }) = prompt.render(&case.vars, 1) {
            let detail: Vec<String> = errors
                .iter()
                .map(|(p, m)| format!("{p} {m}").trim().to_string())
                .collect();
            problems.push(Diagnostic::at_location(
                file,
                case.name.referenced,
                format!(
                    "case '{}': vars do not match the input schema of {}: {}",
                    case.name.value,
                    prompt.label(),
                    detail.join("; ")
                ),
            ));
        }
    }
}
