//! The pipeline: the only place that knows the order of the stages.
//!
//! screen inputs (prompt injection) → render (input schema, strict templates, personal data
//! pseudonymised) → generate (the profile's [`LlmClient`], output constrained to the schema where
//! the provider allows) → guard (the [`Chain`]: schema, pii, policy, style; failing fields are
//! re-asked, fixes applied, every variant gets an outcome). Retrieval runs before rendering;
//! every model call goes through the fingerprint cache and into the usage ledger; budgets,
//! fallbacks and the review queue slot in here.

use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::config::{Config, Profile, ProviderKind};
use crate::cost::budget::{Amount, BudgetError, Budgets, Scope};
use crate::cost::cache::{Cache, Cached, Fingerprint, Pending};
use crate::cost::ledger::{self, Ledger};
use crate::cost::tokens::{self, Counter, Encoding};
use crate::guard::schema::extract_json;
use crate::guard::{Action, Chain, Finding, Outcome, Report, Subject};
use crate::knowledge::store::Retriever;
use crate::llm::route::{self, Next};
use crate::llm::{
    self, BuildError, ChatRequest, ChatResponse, LlmClient, LlmError, TokenSink, Usage,
};
use crate::prompt::{ChatMessage, PromptVersion, RenderError, Role, Variants};

/// One `generate` request.
#[derive(Clone)]
pub struct GenerateRequest<'a> {
    pub prompt: &'a PromptVersion,
    pub vars: Map<String, Value>,
    /// Number of variants wanted.
    pub n: usize,
    /// Profile override (that profile alone); else the prompt's primary (else the
    /// configuration's default) followed by the prompt's fallbacks.
    pub profile: Option<String>,
    /// The brand the request is for (ledger, budgets).
    pub brand: Option<String>,
    /// Streams generated text (calls then run one at a time).
    pub stream: Option<TokenSink>,
    /// The guard chain every variant passes.
    pub chain: Arc<Chain>,
    /// The brand's knowledge index, for prompts with a `retrieval:` block.
    pub retriever: Option<Arc<Retriever>>,
    /// The fingerprint cache; `None` skips it (`--no-cache`).
    pub cache: Option<CacheUse>,
    /// Where every call is recorded with its cost; `None` records nothing (tests).
    pub ledger: Option<Arc<Ledger>>,
    /// Hard caps every call must fit before it is sent; `None` checks none.
    pub budgets: Option<Arc<Budgets>>,
}

/// How a request uses the fingerprint cache.
#[derive(Debug, Clone)]
pub struct CacheUse {
    pub cache: Arc<Cache>,
    /// Answer from entries; `false` (`--refresh`) calls the model and overwrites them.
    pub read: bool,
}

/// A profile a request may run on, in the order of its chain.
#[derive(Clone)]
pub struct Target {
    pub name: String,
    pub profile: Profile,
    /// The client, or why it could not be built (reported when the chain reaches it).
    pub client: Result<Arc<dyn LlmClient>, LlmError>,
}

impl std::fmt::Debug for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Target")
            .field("name", &self.name)
            .field("model", &self.profile.model)
            .field("client", &self.client.as_ref().map(|_| "built"))
            .finish()
    }
}

impl Target {
    /// A target with a client already built (tests and benches inject their own).
    pub fn new(name: &str, profile: Profile, client: Arc<dyn LlmClient>) -> Self {
        Self {
            name: name.to_string(),
            profile,
            client: Ok(client),
        }
    }
}

/// The profile chain of a request: the override alone, else the prompt's primary (else the
/// configuration's default) followed by the prompt's fallbacks.
pub fn targets(
    config: &Config,
    requested: Option<&str>,
    prompt: &PromptVersion,
) -> Result<Vec<Target>, PipelineError> {
    let mut names: Vec<&str> = match requested {
        Some(name) => vec![name],
        None => std::iter::once(
            prompt
                .file
                .model
                .primary
                .as_deref()
                .unwrap_or(&config.default_profile),
        )
        .chain(prompt.file.model.fallbacks.iter().map(String::as_str))
        .collect(),
    };
    let mut seen = std::collections::HashSet::new();
    names.retain(|n| seen.insert(*n));
    names
        .into_iter()
        .map(|name| {
            let (name, profile) = config
                .profile(Some(name))
                .map_err(|e| PipelineError::Build(e.into()))?;
            let client = match llm::client_for(config, name) {
                Ok(c) => Ok(c),
                Err(BuildError::Llm(e)) => Err(e),
                Err(e) => return Err(PipelineError::Build(e)),
            };
            Ok(Target {
                name: name.to_string(),
                profile: profile.clone(),
                client,
            })
        })
        .collect()
}

impl std::fmt::Debug for GenerateRequest<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GenerateRequest")
            .field("prompt", &self.prompt.label())
            .field("vars", &self.vars)
            .field("n", &self.n)
            .field("profile", &self.profile)
            .field("brand", &self.brand)
            .field("stream", &self.stream.is_some())
            .field("chain", &self.chain.stage_names())
            .finish()
    }
}

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
    fn summary(&self) -> String {
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
}

impl Generated {
    /// Whether every variant was accepted.
    pub fn all_accepted(&self) -> bool {
        self.variants.iter().all(|v| v.outcome == Outcome::Accepted)
    }
}

/// Why a request produced nothing.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error(transparent)]
    Render(#[from] RenderError),
    #[error(transparent)]
    Build(#[from] BuildError),
    #[error(transparent)]
    Llm(#[from] LlmError),
    #[error("{prompt} produces at most {max} variants in one call; ask for --n {max} or fewer")]
    TooManyVariants { prompt: String, max: usize },
    #[error("input {pointer} blocked: {}", .finding.summary())]
    Blocked {
        pointer: String,
        finding: Box<Finding>,
    },
    #[error(
        "{prompt} retrieves brand knowledge, but there is no index: run `copydesk index` and name the brand (--brand or the vars' brand)"
    )]
    NoIndex { prompt: String },
    #[error("retrieval for {prompt}: {detail}")]
    Retrieval { prompt: String, detail: String },
    /// The cache or the ledger in the state database.
    #[error(transparent)]
    State(#[from] crate::state::DbError),
    #[error(transparent)]
    Budget(#[from] BudgetError),
    /// The chain ran out of profiles; `error` is the last profile's.
    #[error("{error} (tried: {tried})")]
    Routed {
        error: Box<PipelineError>,
        tried: String,
    },
}

impl PipelineError {
    /// The error itself, under the chain's summary.
    pub fn root(&self) -> &PipelineError {
        match self {
            PipelineError::Routed { error, .. } => error.root(),
            other => other,
        }
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

/// Render, call the model and validate every variant.
pub async fn generate(
    config: &Config,
    req: GenerateRequest<'_>,
) -> Result<Generated, PipelineError> {
    let targets = targets(config, req.profile.as_deref(), req.prompt)?;
    run(targets, req).await
}

/// The pipeline on a given profile chain (tests and benches inject their own clients). Calls
/// run at most the first profile's `max_concurrency` at once (one at a time when streaming).
pub async fn run(
    targets: Vec<Target>,
    req: GenerateRequest<'_>,
) -> Result<Generated, PipelineError> {
    let concurrency = if req.stream.is_some() {
        1
    } else {
        targets.first().map_or(1, |t| t.profile.max_concurrency)
    };
    let prompt = req.prompt;
    let n = req.n.max(1);
    let in_output = match &prompt.file.variants {
        Variants::InOutput { field } => Some(field.clone()),
        Variants::PerCall => None,
    };
    if let Some(max) = prompt
        .file
        .variants_schema()
        .and_then(|s| s.get("maxItems"))
        .and_then(Value::as_u64)
        && n as u64 > max
    {
        return Err(PipelineError::TooManyVariants {
            prompt: prompt.label(),
            max: max as usize,
        });
    }
    let chain = Arc::clone(&req.chain);
    let input_findings = screen_inputs(&chain, &req.vars)?;
    let (per_call_n, calls) = if in_output.is_some() { (n, 1) } else { (1, n) };
    let mut pseudonyms = chain.pseudonymizer();
    let vars = prompt.prepare(&req.vars, &mut pseudonyms)?;
    let (context, sources) = match &prompt.file.retrieval {
        Some(settings) => {
            let retriever = req
                .retriever
                .as_ref()
                .ok_or_else(|| PipelineError::NoIndex {
                    prompt: prompt.label(),
                })?;
            retrieve(prompt, settings, retriever, &chain, &vars)?
        }
        None => (None, Vec::new()),
    };
    let safe_vars = vars.clone();
    let messages = prompt.render_prepared(vars, per_call_n, context)?;
    let settings = &prompt.file.model;
    let schema = prompt.output_schema_for(per_call_n);
    let validator = jsonschema::validator_for(&schema).ok();
    let base = ChatRequest {
        messages: messages.clone(),
        output_schema: Some(schema.clone()),
        schema_name: prompt
            .id()
            .replace(|c: char| !c.is_ascii_alphanumeric() && c != '-', "_"),
        temperature: settings.temperature,
        top_p: settings.top_p,
        // with `in_output`, max_tokens is per variant
        max_tokens: settings.max_tokens.saturating_mul(per_call_n as u32),
        seed: settings.seed,
    };
    let cache = req
        .cache
        .as_ref()
        .filter(|_| prompt.file.cache.enabled)
        .map(|c| {
            let chunks: Vec<&str> = sources
                .iter()
                .filter(|s| s.dropped.is_none())
                .map(|s| s.hash.as_str())
                .collect();
            let shared = vec![
                ("prompt", Value::String(prompt.label())),
                ("template_hash", Value::String(prompt.hash.clone())),
                ("retrieved_chunks", serde_json::json!(chunks)),
            ];
            (c, shared)
        });
    let head = targets
        .first()
        .map(|t| t.name.clone())
        .ok_or_else(|| PipelineError::Llm(LlmError::Invalid("no profile to run on".into())))?;
    let context = Context {
        targets: targets
            .iter()
            .map(|t| Slot {
                key: serde_json::json!({
                    "name": t.name,
                    "config": serde_json::to_value(&t.profile).unwrap_or(Value::Null),
                }),
                counter: std::sync::OnceLock::new(),
                target: t,
            })
            .collect(),
        cache,
        pending: std::sync::Mutex::new((Vec::new(), Vec::new())),
        counts: std::sync::Mutex::new(std::collections::HashMap::new()),
        prompt_id: prompt.id(),
        prompt_label: prompt.label(),
        ttl_secs: prompt.file.cache.ttl_hours.map(|h| h * 3600),
        ledger: req.ledger.as_deref(),
        budgets: req.budgets.as_deref(),
        brand: req.brand.as_deref(),
        chain: &chain,
        schema: &schema,
        validator: validator.as_ref(),
        locale: req.vars.get("locale").and_then(Value::as_str),
        channel: prompt.file.channel.as_deref(),
    };
    // every call runs to its end (a failure elsewhere does not cancel it), so every call the
    // endpoint saw is in the ledger and every reservation is settled
    let attempts: Vec<Result<Attempt, PipelineError>> = futures::stream::iter(0..calls)
        .map(|i| {
            let mut request = base.clone();
            request.seed = base.seed.map(|s| s.wrapping_add(i as u32));
            let sink = req.stream.clone();
            let context = &context;
            async move { context.generate_routed(request, sink, i).await }
        })
        .buffered(concurrency.max(1))
        .collect()
        .await;
    let attempts = attempts.into_iter().collect::<Result<Vec<_>, _>>()?;

    let mut all_calls = Vec::new();
    let mut variants = Vec::new();
    for attempt in attempts {
        let call = all_calls.len() + attempt.produced_by;
        all_calls.extend(attempt.calls);
        let reasks = attempt.reasks;
        let items = in_output.as_ref().and_then(|field| {
            let items = attempt.output.as_ref()?.get(field)?.as_array()?.clone();
            Some((field, items))
        });
        // findings outside every variant (the array itself, the root, a disclaimer) are shared
        let owner = |f: &Finding, field: &str, count: usize| {
            variant_of(&f.pointer, field).filter(|&i| i < count)
        };
        match items {
            Some((field, items))
                if !attempt
                    .report
                    .findings
                    .iter()
                    .any(|f| f.stage == "schema" && owner(f, field, items.len()).is_none()) =>
            {
                let shared: Vec<Finding> = attempt
                    .report
                    .findings
                    .iter()
                    .filter(|f| owner(f, field, items.len()).is_none())
                    .cloned()
                    .collect();
                for (i, item) in items.into_iter().enumerate() {
                    let prefix = format!("/{field}/{i}");
                    let mut findings: Vec<Finding> = attempt
                        .report
                        .findings
                        .iter()
                        .filter(|f| owner(f, field, usize::MAX) == Some(i))
                        .map(|f| Finding {
                            pointer: f.pointer[prefix.len()..].to_string(),
                            ..f.clone()
                        })
                        .collect();
                    findings.extend(shared.iter().cloned());
                    let report = Report::new(findings);
                    variants.push(Variant {
                        index: 0,
                        call,
                        raw: item.to_string(),
                        output: Some(item),
                        outcome: report.outcome,
                        findings: report.findings,
                        reasks,
                    });
                }
            }
            _ => variants.push(Variant {
                index: 0,
                call,
                output: attempt.output,
                raw: attempt.raw,
                outcome: attempt.report.outcome,
                findings: attempt.report.findings,
                reasks,
            }),
        }
    }
    // a flagged input makes every variant worth a human look
    if !input_findings.is_empty() {
        for v in &mut variants {
            v.outcome = v.outcome.max(Outcome::NeedsReview);
        }
    }
    for (i, v) in variants.iter_mut().enumerate() {
        v.index = i + 1;
        if !prompt.file.restore_pii.is_empty()
            && let Some(output) = &mut v.output
        {
            crate::guard::pii::restore_json(output, &pseudonyms, &prompt.file.restore_pii);
        }
    }
    if let Some((v, f)) = variants.iter().find_map(|v| {
        v.findings
            .iter()
            .find(|f| f.action == Action::Block)
            .map(|f| (v, f))
    }) {
        return Err(PipelineError::Blocked {
            pointer: format!(
                "variant {}{}",
                v.index,
                if f.pointer.is_empty() {
                    String::new()
                } else {
                    format!(" at {}", f.pointer)
                }
            ),
            finding: Box::new(f.clone()),
        });
    }
    // only a request that finished without a block leaves its replies in the cache
    if let Some((c, _)) = &context.cache {
        let (pending, hits) = std::mem::take(&mut *context.pending.lock().map_err(|_| {
            PipelineError::Llm(LlmError::Invalid("a call panicked; nothing cached".into()))
        })?);
        c.cache.put(&pending, &hits)?;
    }
    Ok(Generated {
        prompt: prompt.label(),
        prompt_hash: prompt.hash.clone(),
        profile: head,
        vars: safe_vars,
        messages,
        pseudonymised: pseudonyms.len(),
        input_findings,
        sources,
        calls: all_calls,
        variants,
    })
}

/// Search the brand's index for a prompt: the query is rendered from the prepared
/// (pseudonymised) vars, so no personal data reaches the embedder; retrieved text is untrusted, so a chunk that trips
/// injection screening is dropped and reported, never shown to the model.
fn retrieve(
    prompt: &PromptVersion,
    settings: &crate::prompt::Retrieval,
    retriever: &Retriever,
    chain: &Chain,
    safe_vars: &Map<String, Value>,
) -> Result<(Option<Value>, Vec<Source>), PipelineError> {
    let query = prompt.render_snippet(&settings.query, safe_vars)?;
    let locale = match &settings.locale {
        Some(t) => Some(prompt.render_snippet(t, safe_vars)?).filter(|l| !l.is_empty()),
        None => None,
    };
    let hits = retriever
        .retrieve(
            &query,
            locale,
            settings.doc_type.clone(),
            settings.tags.clone(),
            settings.top_k,
        )
        .map_err(|e| PipelineError::Retrieval {
            prompt: prompt.label(),
            detail: e.to_string(),
        })?;
    let mut context = Vec::new();
    let mut sources = Vec::new();
    for hit in hits {
        let screened = chain.screen(&hit.chunk.text);
        let source = Source {
            id: hit.id.clone(),
            source: hit.chunk.source(),
            score: hit.score,
            hash: hit.chunk.hash.clone(),
            dropped: screened.first().map(Finding::summary),
        };
        if screened.is_empty() {
            context.push(serde_json::json!({
                "id": hit.id,
                "text": hit.chunk.text,
                "source": source.source,
                "heading_path": hit.chunk.heading_path,
            }));
        }
        sources.push(source);
    }
    Ok((Some(Value::Array(context)), sources))
}

/// The index of the variant a pointer under `/<field>/<i>` belongs to.
fn variant_of(pointer: &str, field: &str) -> Option<usize> {
    let rest = pointer
        .strip_prefix('/')?
        .strip_prefix(field)?
        .strip_prefix('/')?;
    rest.split('/').next()?.parse().ok()
}

/// Screen every string of the vars for prompt injection; a blocking finding stops the request.
fn screen_inputs(chain: &Chain, vars: &Map<String, Value>) -> Result<Vec<Finding>, PipelineError> {
    let value = Value::Object(vars.clone());
    let subject = Subject::json(&value);
    let mut out = Vec::new();
    for field in &subject.fields {
        for mut f in chain.screen(field.text) {
            f.pointer = field.pointer.clone();
            if f.action == Action::Block {
                return Err(PipelineError::Blocked {
                    pointer: format!("vars{}", f.pointer),
                    finding: Box::new(f),
                });
            }
            out.push(f);
        }
    }
    Ok(out)
}

/// What every call of one request shares.
struct Context<'a> {
    /// The profile chain, in order.
    targets: Vec<Slot<'a>>,
    /// The cache, with the key inputs every call of this request shares.
    cache: Option<(&'a CacheUse, Vec<(&'static str, Value)>)>,
    /// Entries to write once the request finished without a block, and the keys of hits.
    pending: std::sync::Mutex<(Vec<Pending>, Vec<String>)>,
    /// Prompt token counts by encoding and messages (a request's variants share messages).
    counts: std::sync::Mutex<std::collections::HashMap<(Encoding, u64), u32>>,
    prompt_id: &'a str,
    prompt_label: String,
    ttl_secs: Option<u64>,
    ledger: Option<&'a Ledger>,
    budgets: Option<&'a Budgets>,
    brand: Option<&'a str>,
    chain: &'a Chain,
    schema: &'a Value,
    validator: Option<&'a jsonschema::Validator>,
    locale: Option<&'a str>,
    channel: Option<&'a str>,
}

/// A profile of the chain with what the request derives from it once.
struct Slot<'a> {
    target: &'a Target,
    /// The profile as it enters the cache key (name and whole configuration).
    key: Value,
    counter: std::sync::OnceLock<Counter>,
}

/// A reply and where it came from.
struct Answer {
    response: ChatResponse,
    cached: bool,
    fingerprint: Option<String>,
    /// The index of the profile that answered.
    target: usize,
    hops: Vec<Hop>,
    /// The model refused (never routed around); `response` is empty then.
    refused: Option<String>,
}

/// One generation with its re-asks.
struct Attempt {
    calls: Vec<Call>,
    raw: String,
    output: Option<Value>,
    report: Report,
    reasks: usize,
    /// The profile that produced the output.
    target: usize,
    /// The index into `calls` of the generation the output comes from.
    produced_by: usize,
}

/// Wrap the last error of a chain with the steps that led to it.
fn routed(error: PipelineError, hops: &[Hop]) -> PipelineError {
    if hops.is_empty() {
        return error;
    }
    let mut steps: Vec<(String, usize)> = Vec::new();
    for h in hops {
        let s = h.summary();
        match steps.last_mut() {
            Some((last, n)) if *last == s => *n += 1,
            _ => steps.push((s, 1)),
        }
    }
    let tried = steps
        .into_iter()
        .map(|(s, n)| if n > 1 { format!("{s} ×{n}") } else { s })
        .collect::<Vec<_>>()
        .join(" → ");
    PipelineError::Routed {
        error: Box::new(error),
        tried,
    }
}

/// The finding a refusal becomes: a human decides, the chain never asks another model.
fn refusal_finding(message: &str) -> Finding {
    let mut f = Finding::new(
        "model",
        "refusal",
        crate::guard::Severity::Error,
        (0, 0),
        format!("the model refused: {message}"),
    );
    f.action = Action::Review;
    f
}

/// The guard chain's verdict on one output: its string fields, the output against the schema,
/// the locale's rules and the channel's disclaimers.
pub fn check_output(
    chain: &Chain,
    output: Option<&Value>,
    schema: Option<&jsonschema::Validator>,
    locale: Option<&str>,
    channel: Option<&str>,
) -> Report {
    let mut subject = match output {
        Some(v) => Subject::json(v),
        None => Subject::default(),
    };
    subject.output = output;
    subject.schema = schema;
    subject.locale = locale;
    subject.channel = channel;
    chain.check(&subject)
}

impl Context<'_> {
    fn check(&self, output: Option<&Value>) -> Report {
        check_output(
            self.chain,
            output,
            self.validator,
            self.locale,
            self.channel,
        )
    }

    fn call_record(&self, purpose: &'static str, r: &Answer) -> Call {
        Call {
            purpose,
            profile: self.targets[r.target].target.name.clone(),
            model: r.response.model.clone(),
            usage: if r.cached {
                Usage::default()
            } else {
                r.response.usage
            },
            latency_ms: ms(r.response.latency),
            time_to_first_token_ms: r.response.time_to_first_token.map(ms),
            cached: r.cached,
            fingerprint: r.fingerprint.clone(),
            hops: r.hops.clone(),
        }
    }

    /// Append one row to the ledger (if the request keeps one).
    fn record(
        &self,
        slot: &Slot<'_>,
        purpose: &'static str,
        response: Option<&ChatResponse>,
        outcome: &str,
        latency: Duration,
    ) -> Result<(), PipelineError> {
        let Some(ledger) = self.ledger else {
            return Ok(());
        };
        let usage = match response {
            Some(r) if outcome != "cached" => r.usage,
            _ => Usage::default(),
        };
        ledger.append(&ledger::Entry {
            time_ms: crate::clock::now_ms(),
            prompt: self.prompt_label.clone(),
            brand: self.brand.map(str::to_string),
            profile: slot.target.name.clone(),
            model: response.map(|r| r.model.clone()).unwrap_or_default(),
            purpose: purpose.to_string(),
            prompt_tokens: usage.prompt_tokens,
            completion_tokens: usage.completion_tokens,
            cost: ledger::cost(&slot.target.profile.price, usage),
            latency_ms: ms(latency),
            outcome: outcome.to_string(),
        })?;
        Ok(())
    }

    /// Tokens of a request's messages in a profile's encoding (counted once per request and
    /// encoding).
    fn prompt_tokens(&self, slot: &Slot<'_>, request: &ChatRequest) -> u32 {
        let counter = slot
            .counter
            .get_or_init(|| Counter::for_profile(&slot.target.profile));
        let mut h = std::collections::hash_map::DefaultHasher::new();
        for m in &request.messages {
            std::hash::Hash::hash(&m.content, &mut h);
        }
        let key = (counter.encoding, std::hash::Hasher::finish(&h));
        if let Some(n) = self.counts.lock().ok().and_then(|c| c.get(&key).copied()) {
            return n;
        }
        let n = counter.chat(&request.messages);
        if let Ok(mut c) = self.counts.lock() {
            c.insert(key, n);
        }
        n
    }

    /// The cache key of one call on one profile.
    fn fingerprint(
        &self,
        shared: &[(&'static str, Value)],
        slot: &Slot<'_>,
        request: &ChatRequest,
        label: &str,
    ) -> Fingerprint {
        let mut inputs = shared.to_vec();
        inputs.extend([
            ("profile", slot.key.clone()),
            ("slot", Value::String(label.to_string())),
            (
                "sampling",
                serde_json::json!({
                    "temperature": request.temperature, "top_p": request.top_p,
                    "max_tokens": request.max_tokens, "seed": request.seed,
                }),
            ),
            (
                "messages",
                serde_json::to_value(&request.messages).unwrap_or(Value::Null),
            ),
            (
                "output_schema",
                request.output_schema.clone().unwrap_or(Value::Null),
            ),
        ]);
        Fingerprint::new(&inputs)
    }

    /// One model call through the chain from profile `start` on: a live cache entry of any of
    /// those profiles answers it; else each profile in turn, skipped when the prompt does not
    /// fit its context window or its budgets, retried and handed on by error class
    /// ([`route::next`]). Every attempt and skip is appended to the ledger.
    async fn chat(
        &self,
        request: &ChatRequest,
        sink: Option<TokenSink>,
        label: String,
        purpose: &'static str,
        start: usize,
    ) -> Result<Answer, PipelineError> {
        let mut fingerprints: Vec<Option<Fingerprint>> = vec![None; self.targets.len()];
        if let Some((cache, shared)) = &self.cache {
            for (i, slot) in self.targets.iter().enumerate().skip(start) {
                let started = std::time::Instant::now();
                let fingerprint = self.fingerprint(shared, slot, request, &label);
                if cache.read
                    && let Some(hit) = cache.cache.get(&fingerprint.key)?
                {
                    if let Some(sink) = &sink {
                        sink(&hit.content);
                    }
                    if let Ok(mut pending) = self.pending.lock() {
                        pending.1.push(fingerprint.key.clone());
                    }
                    let response = ChatResponse {
                        content: hit.content,
                        model: hit.model,
                        usage: hit.usage,
                        latency: started.elapsed(),
                        time_to_first_token: None,
                    };
                    self.record(slot, purpose, Some(&response), "cached", response.latency)?;
                    return Ok(Answer {
                        response,
                        cached: true,
                        fingerprint: Some(fingerprint.key),
                        target: i,
                        hops: Vec::new(),
                        refused: None,
                    });
                }
                fingerprints[i] = Some(fingerprint);
            }
        }
        let mut hops = Vec::new();
        let mut last = None;
        for (i, slot) in self.targets.iter().enumerate().skip(start) {
            let profile = &slot.target.profile;
            let name = slot.target.name.as_str();
            let client = match &slot.target.client {
                Ok(c) => c,
                Err(e) => {
                    self.record(slot, purpose, None, e.class().name(), Duration::ZERO)?;
                    return Err(routed(e.clone().into(), &hops));
                }
            };
            let skip = |reason: &'static str, detail: String, hops: &mut Vec<Hop>| {
                hops.push(Hop {
                    profile: name.to_string(),
                    reason,
                    detail,
                    then: "next_profile",
                    wait_ms: None,
                });
                self.record(slot, purpose, None, reason, Duration::ZERO)
            };
            // never truncated: a prompt too long for this window goes to a larger one (a local
            // model checks with its own tokenizer, exactly, before decoding)
            let mut prompt_tokens = None;
            if profile.provider != ProviderKind::Local
                && tokens::upper_bound(&request.messages).saturating_add(request.max_tokens)
                    > profile.context_window
            {
                let n = self.prompt_tokens(slot, request);
                prompt_tokens = Some(n);
                if n.saturating_add(request.max_tokens) > profile.context_window {
                    let e = LlmError::ContextLengthExceeded {
                        profile: name.to_string(),
                        detail: format!(
                            "the prompt takes {n} tokens and the reply up to {}, the window is {}",
                            request.max_tokens, profile.context_window
                        ),
                    };
                    skip("context_too_long", e.to_string(), &mut hops)?;
                    last = Some(PipelineError::Llm(e));
                    continue;
                }
            }
            // the worst case is reserved against every budget before anything is sent
            let scope = Scope {
                prompt_id: self.prompt_id,
                prompt: &self.prompt_label,
                brand: self.brand,
                profile: name,
            };
            let reservation = match self.budgets.filter(|b| b.any_applies(&scope)) {
                None => None,
                Some(budgets) => {
                    let n = prompt_tokens.unwrap_or_else(|| self.prompt_tokens(slot, request));
                    let worst = Usage {
                        prompt_tokens: n,
                        completion_tokens: request.max_tokens,
                    };
                    let need = Amount {
                        tokens: u64::from(n) + u64::from(request.max_tokens),
                        cost: ledger::cost(&profile.price, worst),
                    };
                    match budgets.reserve(&scope, need) {
                        Ok(r) => Some((budgets, r)),
                        Err(BudgetError::Exhausted(e)) => {
                            skip("budget_exhausted", e.to_string(), &mut hops)?;
                            last = Some(PipelineError::Budget(BudgetError::Exhausted(e)));
                            continue;
                        }
                        Err(e) => return Err(e.into()),
                    }
                }
            };
            let mut attempt = 0;
            let outcome = loop {
                let started = std::time::Instant::now();
                match client.chat(request, sink.clone()).await {
                    Ok(response) => {
                        self.record(slot, purpose, Some(&response), "ok", started.elapsed())?;
                        break Ok(response);
                    }
                    Err(e) => {
                        self.record(slot, purpose, None, e.class().name(), started.elapsed())?;
                        let next = route::next(&e, attempt, profile.max_retries);
                        let (then, wait) = match next {
                            Next::Retry(wait) => ("retry", Some(wait)),
                            Next::NextProfile => ("next_profile", None),
                            Next::Stop => break Err((e, true)),
                        };
                        hops.push(Hop {
                            profile: name.to_string(),
                            reason: e.class().name(),
                            detail: e.to_string(),
                            then,
                            wait_ms: wait.map(ms),
                        });
                        let Some(wait) = wait else {
                            break Err((e, false));
                        };
                        tokio::time::sleep(wait).await;
                        attempt += 1;
                    }
                }
            };
            if let Some((budgets, r)) = reservation {
                match &outcome {
                    Ok(response) => budgets.settle(
                        r,
                        Amount {
                            tokens: u64::from(response.usage.prompt_tokens)
                                + u64::from(response.usage.completion_tokens),
                            cost: ledger::cost(&profile.price, response.usage),
                        },
                    )?,
                    Err(_) => budgets.release(r)?,
                }
            }
            match outcome {
                Ok(response) => {
                    let fingerprint = fingerprints[i].take();
                    let key = fingerprint.as_ref().map(|f| f.key.clone());
                    if let Some(fingerprint) = fingerprint
                        && let Ok(mut pending) = self.pending.lock()
                    {
                        pending.0.push(Pending {
                            fingerprint,
                            prompt: self.prompt_label.clone(),
                            reply: Cached::from(&response),
                            ttl_secs: self.ttl_secs,
                        });
                    }
                    return Ok(Answer {
                        response,
                        cached: false,
                        fingerprint: key,
                        target: i,
                        hops,
                        refused: None,
                    });
                }
                Err((LlmError::Refused(message), _)) => {
                    return Ok(Answer {
                        response: ChatResponse {
                            content: String::new(),
                            model: String::new(),
                            usage: Usage::default(),
                            latency: Duration::ZERO,
                            time_to_first_token: None,
                        },
                        cached: false,
                        fingerprint: None,
                        target: i,
                        hops,
                        refused: Some(message),
                    });
                }
                Err((e, true)) => return Err(routed(e.into(), &hops)),
                Err((e, false)) => last = Some(e.into()),
            }
        }
        let last = last.unwrap_or_else(|| {
            PipelineError::Llm(LlmError::Invalid("no profile left in the chain".into()))
        });
        Err(routed(last, &hops))
    }

    /// One generation on the chain: when the output is still invalid after its re-asks, the
    /// next profile tries (its calls carry the hop); a refusal stays with its profile.
    async fn generate_routed(
        &self,
        request: ChatRequest,
        sink: Option<TokenSink>,
        slot: usize,
    ) -> Result<Attempt, PipelineError> {
        let mut calls = Vec::new();
        let mut carry = Vec::new();
        let mut start = 0;
        loop {
            let mut attempt = self
                .generate_checked(request.clone(), sink.clone(), slot, start, carry)
                .await?;
            let refused = attempt.report.findings.iter().any(|f| f.stage == "model");
            let invalid =
                attempt.output.is_none()
                    || attempt.report.findings.iter().any(|f| {
                        f.stage == "schema" && f.severity == crate::guard::Severity::Error
                    });
            let next = attempt.target + 1;
            if refused || !invalid || next >= self.targets.len() {
                attempt.produced_by = calls.len();
                calls.append(&mut attempt.calls);
                attempt.calls = calls;
                return Ok(attempt);
            }
            let here = &self.targets[attempt.target];
            let detail = attempt
                .report
                .findings
                .iter()
                .find(|f| f.stage == "schema")
                .map_or_else(|| "the reply is not JSON".into(), Finding::summary);
            self.record(here, "generate", None, "invalid_output", Duration::ZERO)?;
            carry = vec![Hop {
                profile: here.target.name.clone(),
                reason: "invalid_output",
                detail,
                then: "next_profile",
                wait_ms: None,
            }];
            calls.append(&mut attempt.calls);
            start = next;
        }
    }

    /// Call the model, run the chain, re-ask failing fields (bounded), apply fixes. `carry`
    /// are hops that led here from an earlier profile.
    async fn generate_checked(
        &self,
        request: ChatRequest,
        sink: Option<TokenSink>,
        slot: usize,
        start: usize,
        carry: Vec<Hop>,
    ) -> Result<Attempt, PipelineError> {
        let mut answer = self
            .chat(&request, sink, format!("variant {slot}"), "generate", start)
            .await?;
        answer.hops.splice(0..0, carry);
        let target = answer.target;
        let mut calls = vec![self.call_record("generate", &answer)];
        if let Some(message) = &answer.refused {
            return Ok(Attempt {
                calls,
                raw: String::new(),
                output: None,
                report: Report::new(vec![refusal_finding(message)]),
                reasks: 0,
                target,
                produced_by: 0,
            });
        }
        let response = answer.response;
        let raw = response.content.clone();
        let mut output = extract_json(&response.content).ok();
        let mut reasks = 0;
        let mut fixed: Vec<Finding> = Vec::new();
        let report = loop {
            let mut report = self.check(output.as_ref());
            // fixes first: a replacement can break a limit, which a re-ask then repairs
            if let Some(v) = &mut output
                && report.apply_fixes_json(v) > 0
            {
                fixed.extend(
                    report
                        .findings
                        .iter()
                        .filter(|f| f.action == Action::Fix)
                        .cloned(),
                );
                report = self.check(output.as_ref());
            }
            if reasks >= self.chain.reask_attempts || report.reasks().next().is_none() {
                break report;
            }
            reasks += 1;
            let asked: Vec<(String, String)> = report
                .reasks()
                .map(|f| (f.pointer.clone(), f.message.clone()))
                .collect();
            let whole = output.is_none() || asked.iter().any(|(p, _)| p.is_empty());
            let mut again = request.clone();
            again.seed = request.seed.map(|s| s.wrapping_add(1000 * reasks as u32));
            if !whole && let Some(current) = &output {
                again = reask_request(&request, current, &asked, self.schema);
            }
            // a re-ask stays on the profile whose output it repairs
            let answer = self
                .chat(
                    &again,
                    None,
                    format!("variant {slot}, re-ask {reasks}"),
                    "reask",
                    target,
                )
                .await?;
            calls.push(self.call_record("reask", &answer));
            if let Some(message) = &answer.refused {
                let mut findings = report.findings;
                findings.push(refusal_finding(message));
                break Report::new(findings);
            }
            let response = answer.response;
            match (whole, extract_json(&response.content)) {
                (true, Ok(v)) => output = Some(v),
                (false, Ok(Value::Object(fields))) => {
                    if let Some(current) = &mut output {
                        for (pointer, value) in fields {
                            if let Some(slot) = current.pointer_mut(&pointer) {
                                *slot = value;
                            }
                        }
                    }
                }
                _ => {}
            }
        };
        // what was fixed stays on record
        let mut findings = report.findings;
        findings.extend(fixed);
        let report = Report::new(findings);
        Ok(Attempt {
            calls,
            raw,
            output,
            report,
            reasks,
            target,
            produced_by: 0,
        })
    }
}

/// A request that asks only for the failing fields: the conversation so far, the reply, the
/// findings, and a schema whose keys are the fields' JSON pointers and whose values follow the
/// output schema at those places (so a grammar-constrained model keeps the limits).
fn reask_request(
    base: &ChatRequest,
    current: &Value,
    asked: &[(String, String)],
    schema: &Value,
) -> ChatRequest {
    let mut properties = Map::new();
    let mut problems = String::new();
    for (pointer, message) in asked {
        properties
            .entry(pointer.clone())
            .or_insert_with(|| subschema(schema, pointer));
        problems.push_str(&format!(
            "- {pointer} ({}): {message}\n",
            current
                .pointer(pointer)
                .map(Value::to_string)
                .unwrap_or_default()
        ));
    }
    let keys: Vec<&String> = properties.keys().collect();
    let user = format!(
        "Some fields of your answer break the rules:\n{problems}\nRewrite only these fields. Answer with a JSON object whose keys are exactly {} and whose values are the corrected field values.",
        serde_json::to_string(&keys).unwrap_or_default()
    );
    let mut messages = base.messages.clone();
    messages.push(ChatMessage {
        role: Role::Assistant,
        content: current.to_string(),
    });
    messages.push(ChatMessage {
        role: Role::User,
        content: user,
    });
    let required: Vec<Value> = properties
        .keys()
        .map(|k| Value::String(k.clone()))
        .collect();
    ChatRequest {
        messages,
        output_schema: Some(serde_json::json!({
            "type": "object",
            "additionalProperties": false,
            "required": required,
            "properties": properties,
        })),
        schema_name: format!("{}_fix", base.schema_name),
        max_tokens: base.max_tokens,
        ..base.clone()
    }
}

/// The part of a JSON Schema that describes the value at `pointer` (`properties` and `items`
/// followed; anything else allowed).
fn subschema(schema: &Value, pointer: &str) -> Value {
    let mut s = schema;
    for token in pointer.split('/').skip(1) {
        let token = token.replace("~1", "/").replace("~0", "~");
        let next = s
            .get("properties")
            .and_then(|p| p.get(&token))
            .or_else(|| s.get("items").filter(|_| token.parse::<usize>().is_ok()));
        match next {
            Some(n) => s = n,
            None => return serde_json::json!({}),
        }
    }
    s.clone()
}

fn ms(d: Duration) -> f64 {
    (d.as_secs_f64() * 1e6).round() / 1e3
}
