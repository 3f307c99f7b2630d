//! Eval suites (`evals/*.yaml`): cases that gate a prompt release.
//!
//! A suite names a prompt and holds cases (vars, an optional approved `reference`, whether the
//! case is expected to pass or fail) and assertions on the generated copy, for every case
//! (suite-level `assert:`) or for one. Every case runs through the same [`crate::desk::Desk`]
//! as `generate` and `batch` (cache, ledger, budgets, the brand's guard chain), so an eval sees
//! exactly what a marketer would get. Thresholds per metric decide go or no-go; nothing is
//! implicit: an assertion that needs a figure without one is a configuration error, and a suite
//! without thresholds gates nothing.
//!
//! The parts: [`assertion`] (the checks, no code execution), [`run`] (cases × repeats with
//! bounded concurrency, aggregation, thresholds, comparison with a baseline), [`stats`]
//! (McNemar's exact test, Cohen's κ, ROUGE-L), [`report`] (JUnit XML, Markdown, HTML),
//! [`gate`] (eval runs and releases in the state database) and [`calibrate`] (a judge against
//! the reviewers' decisions).
//!
//! Validation is pure: [`check_suites`] (used by `copydesk config check`) and [`load`] (used by
//! `copydesk eval`) compile the same [`Suite`] the same way, so a suite that passes the check
//! runs.

pub mod assertion;
pub mod calibrate;
pub mod gate;
pub mod report;
pub mod run;
pub mod stats;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;
use serde_json::{Map, Value};
use serde_saphyr::Spanned;

use crate::diag::{Diagnostic, Diagnostics};
use crate::prompt::{PromptRef, PromptVersion, Registry, RegistryError, RenderError};
use assertion::{Assertion, Spec};

/// Whether a case's checks are expected to pass, or (a bad output a reviewer rejected) to fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize)]
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
    /// Text a reviewer approved for these vars (`similar` and `rouge-l` compare with it).
    #[serde(default)]
    pub reference: Option<String>,
    /// Why a reviewer rejected the output (cases exported from the review queue).
    #[serde(default)]
    pub reason: Option<String>,
    /// Checks of this case alone, after the suite's.
    #[serde(default, rename = "assert")]
    pub asserts: Vec<Spec>,
}

/// What every case runs with unless the command line says otherwise.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Defaults {
    /// Model profile (default: the prompt's own chain).
    #[serde(default)]
    pub profile: Option<String>,
    /// Variants per case (default 1); every check applies to every variant.
    #[serde(default)]
    pub n: Option<Spanned<usize>>,
    /// Runs per case (default 1); a case's result is the majority of its runs.
    #[serde(default)]
    pub repeat: Option<Spanned<usize>>,
}

/// An eval suite file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Suite {
    /// `ID` or `ID@N` of the prompt under test.
    pub prompt: Spanned<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub defaults: Defaults,
    /// The version to compare with on every run: `ID@M` of the same prompt, or `live`.
    #[serde(default)]
    pub baseline: Option<Spanned<String>>,
    /// Checks of every case.
    #[serde(default, rename = "assert")]
    pub asserts: Vec<Spec>,
    /// Go/no-go per metric: see [`Threshold`].
    #[serde(default)]
    pub thresholds: BTreeMap<String, Spanned<f64>>,
    pub cases: Vec<Case>,
}

/// The figures a threshold can name besides an assertion's metric (whose mean must be at
/// least the value).
pub const SUITE_METRICS: [(&str, &str); 6] = [
    (
        "pass_rate",
        "share of cases that pass (majority of their repeats), at least",
    ),
    (
        "case_pass_rate",
        "lowest share of passing repeats of any case, at least",
    ),
    (
        "schema_valid",
        "share of variants whose output matches the schema, at least",
    ),
    (
        "violations",
        "variants the guard chain rejected in cases expected to pass, at most",
    ),
    (
        "p95_latency_ms",
        "95th percentile of a case's model time, at most",
    ),
    ("mean_cost", "mean cost of a case, at most"),
];

/// One threshold: a metric, its bound and the direction.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Threshold {
    pub metric: String,
    pub value: f64,
    /// The figure must be at most `value` (else at least).
    pub at_most: bool,
}

impl Threshold {
    fn new(metric: &str, value: f64) -> Self {
        Self {
            metric: metric.to_string(),
            value,
            at_most: matches!(metric, "violations" | "p95_latency_ms" | "mean_cost"),
        }
    }

    /// `pass_rate ≥ 0.9`.
    pub fn describe(&self) -> String {
        format!(
            "{} {} {}",
            self.metric,
            if self.at_most { "≤" } else { "≥" },
            self.value
        )
    }
}

/// A case ready to run: its checks compiled (the suite's, then its own).
#[derive(Debug, Clone)]
pub struct LoadedCase {
    pub name: String,
    pub vars: Map<String, Value>,
    pub expect: Expect,
    pub reference: Option<String>,
    pub reason: Option<String>,
    pub checks: Vec<Assertion>,
}

/// A suite checked against the prompts, ready to run.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub path: PathBuf,
    /// Content hash of the file (recorded with every run).
    pub hash: String,
    pub prompt: Arc<PromptVersion>,
    /// The version every run is compared with, unless the command line names another.
    pub baseline: Option<Arc<PromptVersion>>,
    pub description: Option<String>,
    pub profile: Option<String>,
    pub n: usize,
    pub repeat: usize,
    pub thresholds: Vec<Threshold>,
    pub cases: Vec<LoadedCase>,
}

/// Whether a file in `evals/` is a generation suite (retrieval suites have `queries:`).
pub fn is_generation_suite(file: &Path) -> bool {
    !is_retrieval_suite(file)
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
        if let Err(mut d) = load(&file, registry, None) {
            problems.append(&mut d.0);
        }
    }
    problems
}

/// Read, check and compile a suite; `prompt` overrides the suite's prompt version (the same
/// prompt id). Every problem is reported, each at its place in the file.
pub fn load(
    file: &Path,
    registry: &Registry,
    prompt: Option<&PromptRef>,
) -> Result<Loaded, Diagnostics> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| Diagnostics(vec![Diagnostic::file(file, format!("cannot read: {e}"))]))?;
    let suite: Suite = crate::yaml::parse(file, &text).map_err(|d| Diagnostics(vec![d]))?;
    let mut problems = Vec::new();
    let thresholds = check_thresholds(file, &suite, &mut problems);
    let positive = |v: &Option<Spanned<usize>>, what: &str, problems: &mut Vec<Diagnostic>| match v
    {
        Some(s) if s.value == 0 => {
            problems.push(Diagnostic::at_location(
                file,
                s.referenced,
                format!("defaults.{what} must be at least 1"),
            ));
            1
        }
        Some(s) => s.value,
        None => 1,
    };
    let n = positive(&suite.defaults.n, "n", &mut problems);
    let repeat = positive(&suite.defaults.repeat, "repeat", &mut problems);
    let compile = |specs: &[Spec], problems: &mut Vec<Diagnostic>| -> Vec<Assertion> {
        specs
            .iter()
            .filter_map(|s| match s.compile() {
                Ok(a) => Some(a),
                Err(e) => {
                    problems.push(Diagnostic::at_location(file, s.kind.referenced, e));
                    None
                }
            })
            .collect()
    };
    let shared = compile(&suite.asserts, &mut problems);
    let mut cases = Vec::new();
    for case in &suite.cases {
        let mut checks = shared.clone();
        checks.extend(compile(&case.asserts, &mut problems));
        if checks.is_empty() && suite.asserts.is_empty() && case.asserts.is_empty() {
            checks.push(Assertion::guard_accepts());
        }
        if case.reference.is_none()
            && let Some(a) = checks.iter().find(|a| a.needs_reference())
        {
            problems.push(Diagnostic::at_location(
                file,
                case.name.referenced,
                format!(
                    "case '{}': `{}` compares with the case's `reference`, which it lacks",
                    case.name.value,
                    a.kind()
                ),
            ));
        }
        cases.push(LoadedCase {
            name: case.name.value.clone(),
            vars: case.vars.clone(),
            expect: case.expect,
            reference: case.reference.clone(),
            reason: case.reason.clone(),
            checks,
        });
    }
    let known: Vec<String> = cases
        .iter()
        .flat_map(|c| c.checks.iter().map(|a| a.metric.clone()))
        .collect();
    for t in &thresholds {
        let metric = &t.metric;
        if !SUITE_METRICS.iter().any(|(m, _)| m == metric) && !known.contains(metric) {
            let at = suite.thresholds[metric].referenced;
            problems.push(Diagnostic::at_location(
                file,
                at,
                format!(
                    "threshold '{metric}' names no metric of this suite; metrics: {}, and each assertion's `metric` (default: its type)",
                    SUITE_METRICS.map(|(m, _)| m).join(", ")
                ),
            ));
        }
    }
    let resolved = resolve_prompt(&suite, registry, prompt);
    let version = match resolved {
        Ok(p) => Some(p),
        Err(e) => {
            problems.push(Diagnostic::at_location(file, suite.prompt.referenced, e));
            None
        }
    };
    let baseline = match (&suite.baseline, &version) {
        (Some(b), Some(prompt)) => match resolve_baseline(registry, prompt, &b.value) {
            Ok(v) => Some(v),
            Err(e) => {
                problems.push(Diagnostic::at_location(file, b.referenced, e));
                None
            }
        },
        _ => None,
    };
    if let Some(prompt) = &version {
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
    match version {
        Some(prompt) if problems.is_empty() => Ok(Loaded {
            path: file.to_path_buf(),
            hash: crate::prompt::content_hash(&text),
            prompt,
            baseline,
            description: suite.description,
            profile: suite.defaults.profile,
            n,
            repeat,
            thresholds,
            cases,
        }),
        _ => Err(Diagnostics(problems)),
    }
}

fn check_thresholds(file: &Path, suite: &Suite, problems: &mut Vec<Diagnostic>) -> Vec<Threshold> {
    let mut out = Vec::new();
    for (metric, value) in &suite.thresholds {
        let t = Threshold::new(metric, value.value);
        let share = !t.at_most;
        if !value.value.is_finite() || value.value < 0.0 || (share && value.value > 1.0) {
            problems.push(Diagnostic::at_location(
                file,
                value.referenced,
                if share {
                    format!("threshold {metric} must be between 0 and 1")
                } else {
                    format!("threshold {metric} must be 0 or more")
                },
            ));
        }
        out.push(t);
    }
    out
}

fn resolve_prompt(
    suite: &Suite,
    registry: &Registry,
    over: Option<&PromptRef>,
) -> Result<Arc<PromptVersion>, String> {
    let named = suite.prompt.value.parse::<PromptRef>()?;
    let r = match over {
        Some(o) if o.id != named.id => {
            return Err(format!(
                "the suite tests prompt '{}', not '{}'",
                named.id, o.id
            ));
        }
        Some(o) => o.clone(),
        None => named,
    };
    registry.resolve(&r).map(Arc::clone).map_err(|e| match e {
        RegistryError::Invalid(_) => {
            format!(
                "prompt '{}' has problems of its own (listed separately)",
                r.id
            )
        }
        other => other.to_string(),
    })
}

/// The version to compare `prompt` with: `live` (the prompt's live version) or `ID@M` of the
/// same prompt.
pub fn resolve_baseline(
    registry: &Registry,
    prompt: &PromptVersion,
    spec: &str,
) -> Result<Arc<PromptVersion>, String> {
    let id = prompt.id();
    let r = if spec == "live" {
        PromptRef {
            id: id.to_string(),
            version: None,
        }
    } else {
        let r: PromptRef = spec.parse()?;
        if r.id != id || r.version.is_none() {
            return Err(format!(
                "baseline '{spec}': name a version of the suite's prompt ({id}@M) or `live`"
            ));
        }
        r
    };
    registry
        .resolve(&r)
        .map(Arc::clone)
        .map_err(|e| e.to_string())
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
