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

use futures::{StreamExt, TryStreamExt};
use serde::Serialize;
use serde_json::{Map, Value};

use crate::config::Config;
use crate::cost::cache::{Cache, CacheError, Cached, Fingerprint, Pending};
use crate::cost::ledger::{self, Ledger, LedgerError};
use crate::guard::schema::extract_json;
use crate::guard::{Action, Chain, Finding, Outcome, Report, Subject};
use crate::knowledge::store::Retriever;
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
    /// Profile override; else the prompt's primary, else the configuration's default.
    pub profile: Option<String>,
    /// Streams generated text (calls then run one at a time).
    pub stream: Option<TokenSink>,
    /// The guard chain every variant passes.
    pub chain: Arc<Chain>,
    /// The brand's knowledge index, for prompts with a `retrieval:` block.
    pub retriever: Option<Arc<Retriever>>,
    /// The fingerprint cache; `None` skips it (`--no-cache`).
    pub cache: Option<CacheUse>,
    /// Where every call is recorded with its cost; `None` records nothing (tests).
    pub ledger: Option<LedgerUse>,
}

/// How a request records its calls.
#[derive(Debug, Clone)]
pub struct LedgerUse {
    pub ledger: Arc<Ledger>,
    /// The profile's prices.
    pub price: crate::config::Price,
    pub brand: Option<String>,
}

/// How a request uses the fingerprint cache.
#[derive(Debug, Clone)]
pub struct CacheUse {
    pub cache: Arc<Cache>,
    /// Answer from entries; `false` (`--refresh`) calls the model and overwrites them.
    pub read: bool,
    /// The profile's configuration as it enters the key (model, endpoint, mode…).
    pub profile: Value,
}

impl std::fmt::Debug for GenerateRequest<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GenerateRequest")
            .field("prompt", &self.prompt.label())
            .field("vars", &self.vars)
            .field("n", &self.n)
            .field("profile", &self.profile)
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
    #[error(transparent)]
    Cache(#[from] CacheError),
    #[error(transparent)]
    Ledger(#[from] LedgerError),
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

/// The profile a request runs on: the override, else the prompt's primary, else the
/// configuration's default.
pub fn profile_for(config: &Config, requested: Option<&str>, prompt: &PromptVersion) -> String {
    requested
        .map(str::to_string)
        .or_else(|| prompt.file.model.primary.clone())
        .unwrap_or_else(|| config.default_profile.clone())
}

/// Render, call the model and validate every variant.
pub async fn generate(
    config: &Config,
    req: GenerateRequest<'_>,
) -> Result<Generated, PipelineError> {
    let profile = profile_for(config, req.profile.as_deref(), req.prompt);
    let client = llm::client_for(config, &profile)?;
    let concurrency = if req.stream.is_some() {
        1
    } else {
        config
            .profiles
            .get(&profile)
            .map_or(1, |p| p.max_concurrency)
    };
    run(client, &profile, concurrency, req).await
}

/// The pipeline on a given client (tests and benches inject their own).
pub async fn run(
    client: Arc<dyn LlmClient>,
    profile: &str,
    concurrency: usize,
    req: GenerateRequest<'_>,
) -> Result<Generated, PipelineError> {
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
                (
                    "profile",
                    serde_json::json!({"name": profile, "config": c.profile}),
                ),
                ("retrieved_chunks", serde_json::json!(chunks)),
            ];
            (c, shared)
        });
    let context = Context {
        client,
        cache,
        pending: std::sync::Mutex::new((Vec::new(), Vec::new())),
        prompt_label: prompt.label(),
        ttl_secs: prompt.file.cache.ttl_hours.map(|h| h * 3600),
        ledger: req.ledger.as_ref(),
        chain: &chain,
        schema: &schema,
        validator: validator.as_ref(),
        locale: req.vars.get("locale").and_then(Value::as_str),
        channel: prompt.file.channel.as_deref(),
        profile,
    };
    let attempts: Vec<Attempt> = futures::stream::iter(0..calls)
        .map(|i| {
            let mut request = base.clone();
            request.seed = base.seed.map(|s| s.wrapping_add(i as u32));
            let sink = req.stream.clone();
            let context = &context;
            async move { context.generate_checked(request, sink, i).await }
        })
        .buffered(concurrency.max(1))
        .try_collect()
        .await?;

    let mut all_calls = Vec::new();
    let mut variants = Vec::new();
    for attempt in attempts {
        let call = all_calls.len();
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
        let (pending, hits) =
            std::mem::take(&mut *context.pending.lock().map_err(|_| CacheError::poisoned())?);
        c.cache.put(&pending, &hits)?;
    }
    Ok(Generated {
        prompt: prompt.label(),
        prompt_hash: prompt.hash.clone(),
        profile: profile.to_string(),
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
    client: Arc<dyn LlmClient>,
    /// The cache, with the key inputs every call of this request shares.
    cache: Option<(&'a CacheUse, Vec<(&'static str, Value)>)>,
    /// Entries to write once the request finished without a block, and the keys of hits.
    pending: std::sync::Mutex<(Vec<Pending>, Vec<String>)>,
    prompt_label: String,
    ttl_secs: Option<u64>,
    ledger: Option<&'a LedgerUse>,
    chain: &'a Chain,
    schema: &'a Value,
    validator: Option<&'a jsonschema::Validator>,
    locale: Option<&'a str>,
    channel: Option<&'a str>,
    profile: &'a str,
}

/// A reply and where it came from.
struct Answer {
    response: ChatResponse,
    cached: bool,
    fingerprint: Option<String>,
}

/// One generation with its re-asks.
struct Attempt {
    calls: Vec<Call>,
    raw: String,
    output: Option<Value>,
    report: Report,
    reasks: usize,
}

impl Context<'_> {
    fn check(&self, output: Option<&Value>) -> Report {
        let mut subject = match output {
            Some(v) => Subject::json(v),
            None => Subject::default(),
        };
        subject.output = output;
        subject.schema = self.validator;
        subject.locale = self.locale;
        subject.channel = self.channel;
        self.chain.check(&subject)
    }

    fn call_record(&self, purpose: &'static str, r: &Answer) -> Call {
        Call {
            purpose,
            profile: self.profile.to_string(),
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
        }
    }

    /// One model call, recorded in the ledger whatever its outcome.
    async fn chat(
        &self,
        request: &ChatRequest,
        sink: Option<TokenSink>,
        slot: String,
        purpose: &'static str,
    ) -> Result<Answer, PipelineError> {
        let started = std::time::Instant::now();
        let result = self.answer(request, sink, slot).await;
        let Some(l) = self.ledger else {
            return result;
        };
        let (model, usage, outcome) = match &result {
            Ok(a) if a.cached => (a.response.model.clone(), Usage::default(), "cached"),
            Ok(a) => (a.response.model.clone(), a.response.usage, "ok"),
            Err(PipelineError::Llm(e)) => (String::new(), Usage::default(), e.class().name()),
            Err(_) => return result,
        };
        l.ledger.append(&ledger::Entry {
            time_ms: ledger::now_ms(),
            prompt: self.prompt_label.clone(),
            brand: l.brand.clone(),
            profile: self.profile.to_string(),
            model,
            purpose: purpose.to_string(),
            prompt_tokens: usage.prompt_tokens,
            completion_tokens: usage.completion_tokens,
            cost: ledger::cost(&l.price, usage),
            latency_ms: ms(started.elapsed()),
            outcome: outcome.to_string(),
        })?;
        result
    }

    /// One model call through the cache: a live entry answers it; otherwise the model does and
    /// the reply waits in `pending` until the request has finished.
    async fn answer(
        &self,
        request: &ChatRequest,
        sink: Option<TokenSink>,
        slot: String,
    ) -> Result<Answer, PipelineError> {
        let Some((cache, shared)) = &self.cache else {
            let response = self.client.chat(request, sink).await?;
            return Ok(Answer {
                response,
                cached: false,
                fingerprint: None,
            });
        };
        let mut inputs = shared.clone();
        inputs.extend([
            ("slot", Value::String(slot)),
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
        let fingerprint = Fingerprint::new(&inputs);
        let started = std::time::Instant::now();
        if cache.read
            && let Some(hit) = cache.cache.get(&fingerprint.key)?
        {
            if let Some(sink) = &sink {
                sink(&hit.content);
            }
            if let Ok(mut pending) = self.pending.lock() {
                pending.1.push(fingerprint.key.clone());
            }
            return Ok(Answer {
                response: ChatResponse {
                    content: hit.content,
                    model: hit.model,
                    usage: hit.usage,
                    latency: started.elapsed(),
                    time_to_first_token: None,
                },
                cached: true,
                fingerprint: Some(fingerprint.key),
            });
        }
        let response = self.client.chat(request, sink).await?;
        let key = fingerprint.key.clone();
        if let Ok(mut pending) = self.pending.lock() {
            pending.0.push(Pending {
                fingerprint,
                prompt: self.prompt_label.clone(),
                reply: Cached::from(&response),
                ttl_secs: self.ttl_secs,
            });
        }
        Ok(Answer {
            response,
            cached: false,
            fingerprint: Some(key),
        })
    }

    /// Call the model, run the chain, re-ask failing fields (bounded), apply fixes.
    async fn generate_checked(
        &self,
        request: ChatRequest,
        sink: Option<TokenSink>,
        slot: usize,
    ) -> Result<Attempt, PipelineError> {
        let answer = self
            .chat(&request, sink, format!("variant {slot}"), "generate")
            .await?;
        let mut calls = vec![self.call_record("generate", &answer)];
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
            let answer = self
                .chat(
                    &again,
                    None,
                    format!("variant {slot}, re-ask {reasks}"),
                    "reask",
                )
                .await?;
            calls.push(self.call_record("reask", &answer));
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
