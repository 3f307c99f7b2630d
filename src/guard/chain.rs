//! The chain: stages in the configured order, each finding's action resolved, one outcome.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;
use serde_json::Value;

use super::pii::recognizers::PiiStage;
use super::policy::{PolicyStage, approved_wordings, read_all};
use super::style::StyleStage;
use super::{Action, Finding, Outcome, Severity, Subject, Validator};
use crate::diag::{Diagnostic, Diagnostics};
use crate::knowledge::Brand;

/// A placeholder that replaced personal data.
static PLACEHOLDER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"<[A-Z][A-Z_]*(?:_[0-9]+)?>").unwrap_or_else(|e| panic!("{e}"))
});

pub use super::chain_config::{ChainConfig, STAGES, StageConfig};

/// The schema stage: the output must parse and satisfy the prompt's output schema.
#[derive(Debug)]
pub struct SchemaStage;

impl Validator for SchemaStage {
    fn stage(&self) -> &'static str {
        "schema"
    }

    fn check(&self, subject: &Subject<'_>) -> Vec<Finding> {
        let Some(schema) = subject.schema else {
            return Vec::new();
        };
        let Some(output) = subject.output else {
            return vec![Finding::new(
                "schema",
                "schema.json",
                Severity::Error,
                (0, 0),
                "the reply is not JSON",
            )];
        };
        super::schema::errors(schema, output)
            .into_iter()
            .map(|(pointer, message)| Finding {
                pointer,
                ..Finding::new("schema", "schema.output", Severity::Error, (0, 0), message)
            })
            .collect()
    }
}

/// The configured chain.
#[derive(Debug)]
pub struct Chain {
    stages: Vec<(Box<dyn Validator>, Action)>,
    pub reask_attempts: usize,
    /// The policy stage and its action, for injection screening of inputs and retrieved text.
    policy: Option<(Arc<PolicyStage>, Action)>,
    /// The PII stage (its custom recognizers also pseudonymise inputs).
    pii: Arc<PiiStage>,
}

impl<T: Validator> Validator for Arc<T> {
    fn stage(&self) -> &'static str {
        T::stage(self)
    }

    fn check(&self, subject: &Subject<'_>) -> Vec<Finding> {
        T::check(self, subject)
    }
}

/// Where a chain's rules come from.
#[derive(Debug, Clone, Default)]
pub struct Sources<'a> {
    /// A policy folder or a single policy file.
    pub policies: Option<PathBuf>,
    /// A brand folder and its settings.
    pub brand: Option<(&'a Path, &'a Brand)>,
}

impl Chain {
    /// Build the chain from policy files and a brand; every problem is reported at once.
    pub fn load(sources: &Sources<'_>) -> Result<Self, Diagnostics> {
        let mut problems = Vec::new();
        let (files, p) = match &sources.policies {
            Some(path) => read_all(path),
            None => (Vec::new(), Vec::new()),
        };
        problems.extend(p);
        let policy_dir = sources
            .policies
            .as_deref()
            .map(|p| {
                if p.is_file() {
                    p.parent().unwrap_or(p)
                } else {
                    p
                }
            })
            .unwrap_or(Path::new("."))
            .to_path_buf();

        let mut config = None;
        for (file, f) in &files {
            if let Some(c) = &f.chain {
                if config.is_some() {
                    problems.push(Diagnostic::at_location(
                        file,
                        c.referenced,
                        "a second `chain` section; only one policy file may define the chain",
                    ));
                }
                config = Some((file.clone(), c.value.clone()));
            }
        }
        let (chain_file, config) =
            config.unwrap_or_else(|| (policy_dir.clone(), ChainConfig::default()));

        let mut approved = Vec::new();
        let mut allow = Vec::new();
        let mut domains = Vec::new();
        let mut style = None;
        if let Some((dir, brand)) = sources.brand {
            for name in ["claims.md", "claims.de.md", "claims.en.md"] {
                if let Ok(text) = std::fs::read_to_string(dir.join(name)) {
                    approved.extend(approved_wordings(&text));
                }
            }
            allow = brand.names(dir);
            domains = brand.domains.clone();
            let dirs: Vec<PathBuf> = brand
                .style_rules
                .iter()
                .map(|d| dir.join(&d.value))
                .collect();
            match StyleStage::load(&brand.id.value, &dirs, Some(brand.address_form)) {
                Ok(s) => style = Some(s),
                Err(d) => problems.extend(d),
            }
        }
        let recognizers: Vec<(&Path, _)> = files
            .iter()
            .flat_map(|(f, p)| p.recognizers.iter().map(move |r| (f.as_path(), r)))
            .collect();
        let pii = PiiStage::build(&recognizers, &allow)
            .map_err(|d| problems.extend(d))
            .ok();
        let policy = PolicyStage::build(&files, &policy_dir, &approved, &domains)
            .map_err(|d| problems.extend(d))
            .ok();
        if !problems.is_empty() {
            return Err(Diagnostics(problems));
        }
        let pii_stage = Arc::new(pii.unwrap_or_default());
        let mut pii = Some(Arc::clone(&pii_stage));
        let policy = policy.map(Arc::new);
        let mut policy_stage = policy.clone();
        let mut style = style.or_else(|| StyleStage::load("style", &[], None).ok());
        let mut stages: Vec<(Box<dyn Validator>, Action)> = Vec::new();
        let mut screening = None;
        for s in &config.stages {
            let v: Option<Box<dyn Validator>> = match s.stage.value.as_str() {
                "schema" => Some(Box::new(SchemaStage)),
                "pii" => pii.take().map(|v| Box::new(v) as Box<dyn Validator>),
                "policy" => policy_stage.take().map(|v| {
                    screening = Some((Arc::clone(&v), s.action));
                    Box::new(v) as Box<dyn Validator>
                }),
                "style" => style.take().map(|v| Box::new(v) as Box<dyn Validator>),
                other => {
                    return Err(Diagnostics(vec![Diagnostic::at_location(
                        &chain_file,
                        s.stage.referenced,
                        format!("unknown stage '{other}'; stages: {}", STAGES.join(", ")),
                    )]));
                }
            };
            match v {
                Some(v) => stages.push((v, s.action)),
                None => {
                    return Err(Diagnostics(vec![Diagnostic::at_location(
                        &chain_file,
                        s.stage.referenced,
                        format!("stage '{}' is listed twice", s.stage.value),
                    )]));
                }
            }
        }
        Ok(Self {
            stages,
            reask_attempts: config.reask_attempts,
            policy: screening,
            pii: pii_stage,
        })
    }

    /// A fresh pseudonym mapping for one request, applying the custom recognizers too.
    pub fn pseudonymizer(&self) -> crate::guard::pii::Pseudonymizer {
        crate::guard::pii::Pseudonymizer::with_custom(Arc::clone(&self.pii))
    }

    /// Keep only the named stages (in the configured order).
    pub fn only(mut self, names: &[String]) -> Self {
        self.stages
            .retain(|(v, _)| names.iter().any(|n| n == v.stage()));
        if !names.iter().any(|n| n == "policy") {
            self.policy = None;
        }
        self
    }

    /// The stage names, in order.
    pub fn stage_names(&self) -> Vec<&'static str> {
        self.stages.iter().map(|(v, _)| v.stage()).collect()
    }

    /// Run every stage on `subject`.
    pub fn check(&self, subject: &Subject<'_>) -> Report {
        let mut findings = Vec::new();
        for (validator, stage_action) in &self.stages {
            for mut f in validator.check(subject) {
                f.action = resolve(&f, *stage_action);
                findings.push(f);
            }
        }
        // a placeholder put in for personal data (`<PERSON>`, `<EMAIL_1>`) is not copy: rules of
        // other stages do not judge it
        let placeholders: Vec<(String, Vec<(usize, usize)>)> = subject
            .fields
            .iter()
            .filter(|f| f.text.contains('<'))
            .map(|f| {
                let spans = PLACEHOLDER
                    .find_iter(f.text)
                    .map(|m| super::rules::char_span(f.text, m.start(), m.end()))
                    .collect();
                (f.pointer.clone(), spans)
            })
            .collect();
        if !placeholders.is_empty() {
            findings.retain(|f| {
                f.stage == "pii"
                    || !placeholders.iter().any(|(p, spans)| {
                        *p == f.pointer && spans.iter().any(|&(s, e)| s <= f.start && f.end <= e)
                    })
            });
        }
        // in field order, then by position
        let order = |p: &str| {
            subject
                .fields
                .iter()
                .position(|f| f.pointer == p)
                .unwrap_or(0)
        };
        findings.sort_by_key(|f| (order(&f.pointer), f.start, f.end));
        Report::new(findings)
    }

    /// Prompt-injection screening of one input or retrieved text.
    pub fn screen(&self, text: &str) -> Vec<Finding> {
        let Some((policy, stage_action)) = &self.policy else {
            return Vec::new();
        };
        policy
            .screen(text)
            .into_iter()
            .map(|mut f| {
                f.action = resolve(&f, *stage_action);
                f
            })
            .collect()
    }
}

/// A finding's action: its rule's own, else the stage's for an error, else it is only reported;
/// a fix without a replacement goes to review instead.
fn resolve(f: &Finding, stage_action: Action) -> Action {
    let action = match f.rule_action {
        Some(a) => a,
        None if f.severity == Severity::Error => stage_action,
        None => Action::Report,
    };
    if action == Action::Fix && f.fix.is_none() {
        Action::Review
    } else {
        action
    }
}

/// What the chain found in one piece of copy.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub outcome: Outcome,
    pub findings: Vec<Finding>,
}

impl Report {
    pub fn new(findings: Vec<Finding>) -> Self {
        let has = |a: Action| findings.iter().any(|f| f.action == a);
        let outcome = if has(Action::Block) || has(Action::Filter) || has(Action::Reask) {
            Outcome::Rejected
        } else if has(Action::Review) {
            Outcome::NeedsReview
        } else {
            Outcome::Accepted
        };
        Self { outcome, findings }
    }

    /// Whether any finding has error severity.
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    /// The findings the model should be asked to fix.
    pub fn reasks(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.action == Action::Reask)
    }

    /// Apply the fixes whose action is `fix` to a JSON output (per field) and return how many.
    pub fn apply_fixes_json(&self, value: &mut Value) -> usize {
        let mut applied = 0;
        let mut pointers: Vec<&str> = self
            .findings
            .iter()
            .filter(|f| f.action == Action::Fix)
            .map(|f| f.pointer.as_str())
            .collect();
        pointers.dedup();
        for p in pointers {
            let fixes: Vec<Finding> = self
                .findings
                .iter()
                .filter(|f| f.action == Action::Fix && f.pointer == p)
                .cloned()
                .collect();
            if let Some(Value::String(s)) = value.pointer_mut(p) {
                *s = super::finding::apply_fixes(s, &fixes);
                applied += fixes.len();
            }
        }
        applied
    }
}

/// The chain of a project: `policies/` (or `policy`) under `root`, and the brand `brand` (an id or
/// a display name) from `brand-guides/`.
pub fn for_project(
    root: &Path,
    brand: Option<&str>,
    policy: Option<&Path>,
) -> Result<Chain, Diagnostics> {
    let (brands, problems) = crate::knowledge::load_brands(&root.join("brand-guides"));
    let chosen = match brand {
        None => None,
        Some(wanted) => {
            let found = brands.iter().find(|(_, b)| b.is_named(wanted));
            match found {
                Some((dir, b)) => Some((dir.as_path(), b)),
                None if !problems.is_empty() => return Err(Diagnostics(problems)),
                None => {
                    let known: Vec<&str> =
                        brands.iter().map(|(_, b)| b.id.value.as_str()).collect();
                    return Err(Diagnostics(vec![Diagnostic::file(
                        &root.join("brand-guides"),
                        format!(
                            "no brand '{wanted}'; brands: {}",
                            if known.is_empty() {
                                "none".to_string()
                            } else {
                                known.join(", ")
                            }
                        ),
                    )]));
                }
            }
        }
    };
    let policies = policy
        .map(Path::to_path_buf)
        .or_else(|| Some(root.join("policies")).filter(|p| p.is_dir()));
    Chain::load(&Sources {
        policies,
        brand: chosen,
    })
}
