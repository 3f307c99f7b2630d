//! Lineage: what a request produced and how — the calls (profile, model, tokens, cache hits,
//! the hops of the profile chain), the variants with their findings and outcome, the retrieved
//! sources and where each variant went in the review queue. The pipeline writes it; the review
//! queue, `batch` provenance and reports read it without knowing the stages.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::guard::{Finding, Outcome};
use crate::llm::Usage;
use crate::prompt::ChatMessage;

/// One model call.
#[derive(Debug, Clone, Serialize)]
pub struct Call {
    /// `generate`, or `reask` for a call that regenerated failing fields.
    pub purpose: &'static str,
    pub profile: String,
    pub model: String,
    pub usage: Usage,
    pub latency_ms: f64,
    pub time_to_first_token_ms: Option<f64>,
    /// Answered from the fingerprint cache (no tokens paid; `usage` is zero).
    pub cached: bool,
    /// The call's cache key (`copydesk cache explain` shows its inputs).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
    /// Failed attempts and skipped profiles on the way to this call.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hops: Vec<Hop>,
}

/// One step of the profile chain that did not produce the reply: a failed attempt (retried or
/// handed to the next profile) or a profile skipped before sending.
#[derive(Debug, Clone, Serialize)]
pub struct Hop {
    pub profile: String,
    /// `transient`, `rate_limited`, `context_too_long`, `budget_exhausted`, `invalid_output`
    /// or `config`.
    pub reason: &'static str,
    pub detail: String,
    /// `retry` (after `wait_ms`) or `next_profile`.
    pub then: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wait_ms: Option<f64>,
}

impl Hop {
    pub fn summary(&self) -> String {
        format!("{} {}", self.profile, self.reason)
    }
}

/// One generated variant.
#[derive(Debug, Clone, Serialize)]
pub struct Variant {
    pub index: usize,
    /// The index into [`Generated::calls`] of the call that produced it.
    pub call: usize,
    /// The parsed output (fixes applied), when the reply was JSON.
    pub output: Option<Value>,
    /// The reply text as received (the variant's JSON for `in_output` prompts).
    pub raw: String,
    /// The chain's verdict: accepted, needs-review or rejected.
    pub outcome: Outcome,
    /// Every finding of every stage, with the action taken.
    pub findings: Vec<Finding>,
    /// Re-prompts it took.
    pub reasks: usize,
}

impl Variant {
    /// The output parsed and satisfies the output schema.
    pub fn schema_valid(&self) -> bool {
        self.output.is_some() && !self.findings.iter().any(|f| f.stage == "schema")
    }
}

/// Everything `generate` produced.
#[derive(Debug, Clone, Serialize)]
pub struct Generated {
    /// `id@version`.
    pub prompt: String,
    pub prompt_hash: String,
    pub profile: String,
    /// The request's vars as the templates saw them (personal data replaced).
    pub vars: Map<String, Value>,
    pub messages: Vec<ChatMessage>,
    /// Distinct personal-data values replaced by placeholders before the model saw the vars.
    pub pseudonymised: usize,
    /// Injection screening of the inputs (blocking findings stop the request instead).
    pub input_findings: Vec<Finding>,
    /// Retrieved brand knowledge the prompt saw, and chunks dropped by injection screening.
    pub sources: Vec<Source>,
    pub calls: Vec<Call>,
    pub variants: Vec<Variant>,
    /// The blocking finding that stopped the request, if any (its variants are rejected).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blocked: Option<Blocked>,
    /// Where each variant went: queued for review, recorded as rejected, or passed.
    pub review: Vec<Routed>,
}

impl Generated {
    /// Whether every variant was accepted (and the request was not blocked).
    pub fn all_accepted(&self) -> bool {
        self.outcome() == Outcome::Accepted
    }

    /// The request's verdict: its worst variant's; rejected when it was blocked or produced
    /// nothing.
    pub fn outcome(&self) -> Outcome {
        if self.blocked.is_some() {
            return Outcome::Rejected;
        }
        self.variants
            .iter()
            .map(|v| v.outcome)
            .max()
            .unwrap_or(Outcome::Rejected)
    }

    /// The calls behind variant `v`: its generation and its re-asks.
    pub fn calls_of(&self, v: &Variant) -> &[Call] {
        let last = (v.call + v.reasks).min(self.calls.len().saturating_sub(1));
        self.calls.get(v.call..=last).unwrap_or_default()
    }
}

/// A retrieved chunk that went into the prompt (or was dropped).
#[derive(Debug, Clone, Serialize)]
pub struct Source {
    pub id: String,
    /// `path#heading path`.
    pub source: String,
    pub score: f64,
    /// Content hash of the chunk (part of the cache key).
    pub hash: String,
    /// For a dropped chunk: the injection finding that dropped it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dropped: Option<String>,
}

/// Why a request was stopped by a blocking finding: its inputs (before any model call) or a
/// variant. The request still returns its lineage, with every variant rejected.
#[derive(Debug, Clone, Serialize)]
pub struct Blocked {
    /// `vars/<pointer>` or `variant N[ at /pointer]`.
    pub at: String,
    pub finding: Finding,
}

impl std::fmt::Display for Blocked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} blocked: {}", self.at, self.finding.summary())
    }
}

/// Where one variant of a request went (stage 5).
#[derive(Debug, Clone, Serialize)]
pub struct Routed {
    /// The variant's index (1-based, as in the result).
    pub variant: usize,
    /// The queue item, when it was queued or recorded.
    pub item: Option<i64>,
    /// `queued`, `recorded` (rejected) or `passed`.
    pub route: &'static str,
    pub reason: Option<String>,
}
