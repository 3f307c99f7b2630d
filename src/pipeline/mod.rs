//! The pipeline: the only place that knows the order of the stages.
//!
//! 1. **screen + render** — every string of the vars is screened for prompt injection (a
//!    blocking finding stops the request before any model call, as a rejected outcome with its
//!    lineage); the vars are checked against the input schema and personal data in them is
//!    pseudonymised once, for the retrieval query and the templates alike.
//! 2. **retrieve** — the brand's index answers the prompt's retrieval query; a retrieved chunk
//!    that trips injection screening is dropped and reported, never shown to the model.
//! 3. **generate** — the metered call ([`call`]): fingerprint cache, budget reservation, the
//!    profile chain with retries and fallbacks, the usage ledger.
//! 4. **guard** — the [`Chain`] on every output (schema, pii, policy, style); failing fields
//!    are re-asked, fixes applied, every variant gets an outcome.
//! 5. **review** — the routing rules send needs-review (and sampled) variants to the queue
//!    with their lineage and record rejected ones.
//!
//! [`crate::desk::Desk`] assembles a [`GenerateRequest`] from the configuration once per
//! process; tests and benches assemble their own around injected clients.

pub mod call;

use std::collections::HashMap;
use std::sync::Arc;

use futures::StreamExt;
use serde_json::{Map, Value};

use crate::config::{Config, Price, Profile};
use crate::cost::budget::{BudgetError, Budgets};
use crate::cost::cache::Cache;
use crate::cost::ledger::Ledger;
use crate::guard::{Action, Chain, Finding, Outcome, Report, Subject};
use crate::knowledge::store::Retriever;
use crate::lineage::{Blocked, Generated, Source, Variant};
use crate::llm::{BuildError, ChatRequest, ErrorClass, LlmClient, LlmError, TokenSink};
use crate::prompt::{PromptVersion, RenderError, Variants};
use crate::review::{queue::Queue, routing::Rules};

use crate::state::blocking;
use call::Context;

/// One request with everything its stages use. The request owns what it needs, so a server
/// can spawn it.
#[derive(Clone)]
pub struct GenerateRequest {
    pub prompt: Arc<PromptVersion>,
    pub vars: Map<String, Value>,
    /// Number of variants wanted.
    pub n: usize,
    /// Profile override (that profile alone); else the prompt's primary (else the
    /// configuration's default) followed by the prompt's fallbacks.
    pub profile: Option<String>,
    /// The brand the request is for (ledger, budgets, review queue).
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
    /// Stage 5: the review queue and its routing rules; `None` routes nothing (tests).
    pub review: Option<Arc<ReviewStage>>,
    /// The batch run the request belongs to (recorded in the ledger).
    pub run: Option<String>,
    /// Extra input of every fingerprint (an eval repeat), so such calls are cached apart.
    pub salt: Option<String>,
}

/// How a request uses the fingerprint cache.
#[derive(Debug, Clone)]
pub struct CacheUse {
    pub cache: Arc<Cache>,
    /// Answer from entries; `false` (`--refresh`) calls the model and overwrites them.
    pub read: bool,
}

/// Stage 5: where variants a human must see go, and the prices their cost is taken at.
#[derive(Debug)]
pub struct ReviewStage {
    pub queue: Queue,
    pub rules: Rules,
    /// Prices by profile name.
    pub prices: HashMap<String, Price>,
}

/// A built client of a profile, or why it could not be built.
pub type BuiltClient = Result<Arc<dyn LlmClient>, BuildError>;

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
/// configuration's default) followed by the prompt's fallbacks. `client` builds (or hands out
/// an already built) client of a profile.
pub fn targets(
    config: &Config,
    requested: Option<&str>,
    prompt: &PromptVersion,
    client: &dyn Fn(&str) -> BuiltClient,
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
            let client = match client(name) {
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

impl std::fmt::Debug for GenerateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GenerateRequest")
            .field("prompt", &self.prompt.label())
            .field("vars", &self.vars)
            .field("n", &self.n)
            .field("profile", &self.profile)
            .field("brand", &self.brand)
            .field("stream", &self.stream.is_some())
            .field("chain", &self.chain.stage_names())
            .field("run", &self.run)
            .finish()
    }
}

/// Why a request produced nothing. A blocked request is not an error: it is a rejected
/// outcome that keeps its lineage ([`Generated::blocked`]).
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
    #[error("{prompt}: the output schema does not compile: {detail}")]
    OutputSchema { prompt: String, detail: String },
    #[error(
        "{prompt} retrieves brand knowledge, but there is no index: run `copydesk index` and name the brand (--brand or the vars' brand)"
    )]
    NoIndex { prompt: String },
    /// The knowledge store or the embedder failed.
    #[error("retrieval for {prompt}: {detail}")]
    Retrieval { prompt: String, detail: String },
    /// A request or configuration the desk cannot run (an unknown brand, a broken chain).
    #[error("{0}")]
    Usage(String),
    /// The cache, the ledger or the review queue in the state database.
    #[error(transparent)]
    State(#[from] crate::state::DbError),
    #[error(transparent)]
    Budget(#[from] BudgetError),
    /// The review queue could not take a variant.
    #[error(transparent)]
    Queue(#[from] crate::review::queue::QueueError),
    /// The chain ran out of profiles; `error` is the last profile's.
    #[error("{error} (tried: {tried})")]
    Routed {
        error: Box<PipelineError>,
        tried: String,
    },
}

/// What the caller of a failed request should do: the CLI maps it to an exit code, `batch`
/// to skip-or-stop, a server to an HTTP status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Disposition {
    /// The provider could not answer now; the same request may succeed later.
    Retry,
    /// This item cannot be done (its input breaks the schema, its prompt is too long for every
    /// window); other items can.
    Skip,
    /// Nothing else should be sent: a budget is exhausted, the state database or the knowledge
    /// store failed.
    Abort,
    /// The request or the configuration is wrong.
    Usage,
}

impl Disposition {
    pub fn as_str(self) -> &'static str {
        match self {
            Disposition::Retry => "retry",
            Disposition::Skip => "skip",
            Disposition::Abort => "abort",
            Disposition::Usage => "usage",
        }
    }
}

impl PipelineError {
    /// The error itself, under the chain's summary.
    pub fn root(&self) -> &PipelineError {
        match self {
            PipelineError::Routed { error, .. } => error.root(),
            other => other,
        }
    }

    /// What the caller should do about it.
    pub fn disposition(&self) -> Disposition {
        match self.root() {
            PipelineError::Render(_) => Disposition::Skip,
            PipelineError::Llm(e) | PipelineError::Build(BuildError::Llm(e)) => match e.class() {
                ErrorClass::Transient | ErrorClass::RateLimited => Disposition::Retry,
                ErrorClass::ContextTooLong | ErrorClass::Refusal => Disposition::Skip,
                ErrorClass::Config => Disposition::Usage,
            },
            PipelineError::Build(BuildError::Profile(_))
            | PipelineError::TooManyVariants { .. }
            | PipelineError::OutputSchema { .. }
            | PipelineError::NoIndex { .. }
            | PipelineError::Usage(_) => Disposition::Usage,
            PipelineError::Retrieval { .. }
            | PipelineError::State(_)
            | PipelineError::Budget(_)
            | PipelineError::Queue(_)
            | PipelineError::Routed { .. } => Disposition::Abort,
        }
    }

    /// A budget ran out: stop sending, resume after raising it.
    pub fn is_budget_exhausted(&self) -> bool {
        matches!(
            self.root(),
            PipelineError::Budget(BudgetError::Exhausted(_))
        )
    }
}

/// Render, call the model and validate every variant on the configuration's clients (built
/// for this request; [`crate::desk::Desk`] keeps them for a whole process).
pub async fn generate(config: &Config, req: GenerateRequest) -> Result<Generated, PipelineError> {
    let targets = targets(config, req.profile.as_deref(), &req.prompt, &|name| {
        crate::llm::client_for(config, name)
    })?;
    run(targets, req).await
}

/// The pipeline on a given profile chain (tests and benches inject their own clients). Calls
/// run at most the first profile's `max_concurrency` at once (one at a time when streaming).
pub async fn run(targets: Vec<Target>, req: GenerateRequest) -> Result<Generated, PipelineError> {
    let prompt = Arc::clone(&req.prompt);
    let shape = Shape::of(&prompt, req.n)?;
    let head = targets
        .first()
        .map(|t| t.name.clone())
        .ok_or_else(|| PipelineError::Llm(LlmError::Invalid("no profile to run on".into())))?;
    let chain = Arc::clone(&req.chain);

    // 1. screen and render: the vars are checked and pseudonymised once
    let input_findings = screen_inputs(&chain, &req.vars);
    let mut pseudonyms = chain.pseudonymizer();
    let vars = prompt.prepare(&req.vars, &mut pseudonyms)?;
    let mut generated = Generated {
        prompt: prompt.label(),
        prompt_hash: prompt.hash.clone(),
        profile: head,
        vars: vars.clone(),
        messages: Vec::new(),
        pseudonymised: pseudonyms.len(),
        input_findings,
        sources: Vec::new(),
        calls: Vec::new(),
        variants: Vec::new(),
        blocked: None,
        review: Vec::new(),
    };
    generated.blocked = generated
        .input_findings
        .iter()
        .find(|f| f.action == Action::Block)
        .map(|f| Blocked {
            at: format!("input vars{}", f.pointer),
            finding: f.clone(),
        });
    if generated.blocked.is_none() {
        // 2. retrieve
        let context = match &prompt.file.retrieval {
            Some(settings) => {
                let retriever = req
                    .retriever
                    .as_ref()
                    .ok_or_else(|| PipelineError::NoIndex {
                        prompt: prompt.label(),
                    })?;
                let (context, sources) =
                    blocking(|| retrieve(&prompt, settings, retriever, &chain, &vars))?;
                generated.sources = sources;
                context
            }
            None => None,
        };
        generated.messages = prompt.render_prepared(vars, shape.per_call, context)?;
        // 3 and 4. generate under cost control, guard every output
        generate_and_guard(&targets, &req, &shape, &mut generated).await?;
        // a flagged input makes every variant worth a human look
        if !generated.input_findings.is_empty() {
            for v in &mut generated.variants {
                v.outcome = v.outcome.max(Outcome::NeedsReview);
            }
        }
        if !prompt.file.restore_pii.is_empty() {
            for v in &mut generated.variants {
                if let Some(output) = &mut v.output {
                    crate::guard::pii::restore_json(output, &pseudonyms, &prompt.file.restore_pii);
                }
            }
        }
    }
    // 5. review routing
    if let Some(stage) = &req.review {
        generated.review = blocking(|| {
            crate::review::enqueue(
                &stage.queue,
                &stage.rules,
                &generated,
                &prompt,
                req.brand.as_deref(),
                &|profile| stage.prices.get(profile).copied().unwrap_or_default(),
            )
        })?;
    }
    Ok(generated)
}

/// How a request's variants are produced: `calls` calls of `per_call` variants each (one
/// call of all of them for prompts whose output holds the variants in `field`).
struct Shape {
    field: Option<String>,
    per_call: usize,
    calls: usize,
}

impl Shape {
    fn of(prompt: &PromptVersion, n: usize) -> Result<Self, PipelineError> {
        let n = n.max(1);
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
        Ok(match &prompt.file.variants {
            Variants::InOutput { field } => Self {
                field: Some(field.clone()),
                per_call: n,
                calls: 1,
            },
            Variants::PerCall => Self {
                field: None,
                per_call: 1,
                calls: n,
            },
        })
    }
}

/// Stages 3 and 4: every call through the metered profile chain, every output through the
/// guard chain with re-asks and fixes; the calls and variants land in `generated`. A variant
/// with a blocking finding blocks the request (every variant rejected), and a blocked request
/// leaves nothing in the fingerprint cache.
async fn generate_and_guard(
    targets: &[Target],
    req: &GenerateRequest,
    shape: &Shape,
    generated: &mut Generated,
) -> Result<(), PipelineError> {
    let prompt = &req.prompt;
    let concurrency = if req.stream.is_some() {
        1
    } else {
        targets.first().map_or(1, |t| t.profile.max_concurrency)
    };
    let settings = &prompt.file.model;
    let schema = prompt.output_schema_for(shape.per_call);
    let validator =
        jsonschema::validator_for(&schema).map_err(|e| PipelineError::OutputSchema {
            prompt: prompt.label(),
            detail: e.to_string(),
        })?;
    let base = ChatRequest {
        messages: generated.messages.clone(),
        output_schema: Some(schema.clone()),
        schema_name: prompt
            .id()
            .replace(|c: char| !c.is_ascii_alphanumeric() && c != '-', "_"),
        temperature: settings.temperature,
        top_p: settings.top_p,
        // with `in_output`, max_tokens is per variant
        max_tokens: settings.max_tokens.saturating_mul(shape.per_call as u32),
        seed: settings.seed,
    };
    let context = Context::new(targets, req, &generated.sources, &schema, &validator);
    // every call runs to its end (a failure elsewhere does not cancel it), so every call the
    // endpoint saw is in the ledger and every reservation is settled
    let attempts: Vec<Result<call::Attempt, PipelineError>> = futures::stream::iter(0..shape.calls)
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
    for attempt in attempts {
        let call = generated.calls.len() + attempt.produced_by;
        generated.calls.extend(attempt.calls);
        split_variants(
            shape.field.as_deref(),
            call,
            attempt.reasks,
            attempt.output,
            attempt.raw,
            attempt.report,
            &mut generated.variants,
        );
    }
    for (i, v) in generated.variants.iter_mut().enumerate() {
        v.index = i + 1;
    }
    generated.blocked = generated.variants.iter().find_map(|v| {
        let f = v.findings.iter().find(|f| f.action == Action::Block)?;
        let at = if f.pointer.is_empty() {
            format!("variant {}", v.index)
        } else {
            format!("variant {} at {}", v.index, f.pointer)
        };
        Some(Blocked {
            at,
            finding: f.clone(),
        })
    });
    if generated.blocked.is_some() {
        for v in &mut generated.variants {
            v.outcome = Outcome::Rejected;
        }
    }
    blocking(|| context.finish_cache(generated.blocked.is_some()))
}

/// The variants of one generation: one, or (for `in_output` prompts whose array is valid) one
/// per item, each with its own findings and the findings outside every item shared.
fn split_variants(
    field: Option<&str>,
    call: usize,
    reasks: usize,
    output: Option<Value>,
    raw: String,
    report: Report,
    variants: &mut Vec<Variant>,
) {
    let items = field.and_then(|field| {
        let items = output.as_ref()?.get(field)?.as_array()?.clone();
        Some((field, items))
    });
    // findings outside every variant (the array itself, the root, a disclaimer) are shared
    let owner = |f: &Finding, field: &str, count: usize| {
        variant_of(&f.pointer, field).filter(|&i| i < count)
    };
    match items {
        Some((field, items))
            if !report
                .findings
                .iter()
                .any(|f| f.stage == "schema" && owner(f, field, items.len()).is_none()) =>
        {
            let shared: Vec<Finding> = report
                .findings
                .iter()
                .filter(|f| owner(f, field, items.len()).is_none())
                .cloned()
                .collect();
            for (i, item) in items.into_iter().enumerate() {
                let prefix = format!("/{field}/{i}");
                let mut findings: Vec<Finding> = report
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
            output,
            raw,
            outcome: report.outcome,
            findings: report.findings,
            reasks,
        }),
    }
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

/// Screen every string of the vars for prompt injection (a blocking finding stops the request
/// before any model call).
fn screen_inputs(chain: &Chain, vars: &Map<String, Value>) -> Vec<Finding> {
    let value = Value::Object(vars.clone());
    let subject = Subject::json(&value);
    let mut out = Vec::new();
    for field in &subject.fields {
        for mut f in chain.screen(field.text) {
            f.pointer = field.pointer.clone();
            out.push(f);
        }
    }
    out
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
