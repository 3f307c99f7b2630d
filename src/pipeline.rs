//! The pipeline: the only place that knows the order of the stages.
//!
//! render (input schema, strict templates) → generate (the profile's [`LlmClient`], output
//! constrained to the schema where the provider allows) → guard (today: JSON extraction and
//! output-schema validation). Retrieval, the cost layer and the review queue slot in here.

use std::sync::Arc;
use std::time::Duration;

use futures::{StreamExt, TryStreamExt};
use serde::Serialize;
use serde_json::{Map, Value};

use crate::config::Config;
use crate::guard::finding::{FieldFinding, Severity, pii_in_json};
use crate::guard::schema::extract_json;
use crate::llm::{
    self, BuildError, ChatRequest, ChatResponse, LlmClient, LlmError, TokenSink, Usage,
};
use crate::prompt::{ChatMessage, PromptVersion, RenderError, Variants};

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
}

impl std::fmt::Debug for GenerateRequest<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GenerateRequest")
            .field("prompt", &self.prompt.label())
            .field("vars", &self.vars)
            .field("n", &self.n)
            .field("profile", &self.profile)
            .field("stream", &self.stream.is_some())
            .finish()
    }
}

/// A schema violation at a JSON pointer of the output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SchemaError {
    pub pointer: String,
    pub message: String,
}

/// One model call.
#[derive(Debug, Clone, Serialize)]
pub struct Call {
    pub profile: String,
    pub model: String,
    pub usage: Usage,
    pub latency_ms: f64,
    pub time_to_first_token_ms: Option<f64>,
}

/// One generated variant.
#[derive(Debug, Clone, Serialize)]
pub struct Variant {
    pub index: usize,
    /// The index into [`Generated::calls`] of the call that produced it.
    pub call: usize,
    /// The parsed output, when the reply was JSON.
    pub output: Option<Value>,
    /// The reply text as received.
    pub raw: String,
    /// Passed every stage: the output schema and no error-severity finding.
    pub valid: bool,
    /// Output-schema violations.
    pub errors: Vec<SchemaError>,
    /// Findings of the other guard stages (today: personal data in the output).
    pub findings: Vec<FieldFinding>,
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
    pub calls: Vec<Call>,
    pub variants: Vec<Variant>,
}

impl Generated {
    /// Whether every variant passed validation.
    pub fn all_valid(&self) -> bool {
        self.variants.iter().all(|v| v.valid)
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
}

/// Render, call the model and validate every variant.
pub async fn generate(
    config: &Config,
    req: GenerateRequest<'_>,
) -> Result<Generated, PipelineError> {
    let profile = req
        .profile
        .clone()
        .or_else(|| req.prompt.file.model.primary.clone())
        .unwrap_or_else(|| config.default_profile.clone());
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
    let (per_call_n, calls) = if in_output.is_some() { (n, 1) } else { (1, n) };
    let mut pseudonyms = crate::guard::pii::Pseudonymizer::default();
    let messages = prompt.render_with(&req.vars, per_call_n, &mut pseudonyms)?;
    let settings = &prompt.file.model;
    let base = ChatRequest {
        messages: messages.clone(),
        output_schema: Some(prompt.output_schema_for(per_call_n)),
        schema_name: prompt
            .id()
            .replace(|c: char| !c.is_ascii_alphanumeric() && c != '-', "_"),
        temperature: settings.temperature,
        top_p: settings.top_p,
        // with `in_output`, max_tokens is per variant
        max_tokens: settings.max_tokens.saturating_mul(per_call_n as u32),
        seed: settings.seed,
    };
    let responses: Vec<ChatResponse> = futures::stream::iter(0..calls)
        .map(|i| {
            let mut request = base.clone();
            request.seed = base.seed.map(|s| s.wrapping_add(i as u32));
            let client = Arc::clone(&client);
            let sink = req.stream.clone();
            async move { client.chat(&request, sink).await }
        })
        .buffered(concurrency.max(1))
        .try_collect()
        .await?;

    let mut variants = Vec::new();
    for (call, response) in responses.iter().enumerate() {
        match (&in_output, extract_json(&response.content)) {
            (Some(field), Ok(value)) => {
                let errors = schema_errors(prompt, &value, per_call_n);
                let items = value
                    .get(field)
                    .and_then(Value::as_array)
                    .filter(|_| errors.is_empty());
                match items {
                    Some(items) => variants.extend(items.iter().map(|item| Variant {
                        index: 0,
                        call,
                        output: Some(item.clone()),
                        raw: item.to_string(),
                        valid: true,
                        errors: Vec::new(),
                        findings: Vec::new(),
                    })),
                    None => variants.push(invalid(call, response, Some(value), errors)),
                }
            }
            (None, Ok(value)) => {
                let errors = schema_errors(prompt, &value, per_call_n);
                variants.push(Variant {
                    index: 0,
                    call,
                    valid: errors.is_empty(),
                    output: Some(value),
                    raw: response.content.clone(),
                    errors,
                    findings: Vec::new(),
                });
            }
            (_, Err(message)) => variants.push(invalid(
                call,
                response,
                None,
                vec![SchemaError {
                    pointer: String::new(),
                    message,
                }],
            )),
        }
    }
    for (i, v) in variants.iter_mut().enumerate() {
        v.index = i + 1;
        if let Some(output) = &v.output {
            v.findings = pii_in_json(output);
            v.valid &= v
                .findings
                .iter()
                .all(|f| f.finding.severity != Severity::Error);
        }
    }
    Ok(Generated {
        prompt: prompt.label(),
        prompt_hash: prompt.hash.clone(),
        profile: profile.to_string(),
        messages,
        pseudonymised: pseudonyms.len(),
        calls: responses
            .into_iter()
            .map(|r| Call {
                profile: profile.to_string(),
                model: r.model,
                usage: r.usage,
                latency_ms: ms(r.latency),
                time_to_first_token_ms: r.time_to_first_token.map(ms),
            })
            .collect(),
        variants,
    })
}

fn schema_errors(prompt: &PromptVersion, value: &Value, n: usize) -> Vec<SchemaError> {
    let mut errors: Vec<SchemaError> = prompt
        .output_errors(value)
        .into_iter()
        .map(|(pointer, message)| SchemaError { pointer, message })
        .collect();
    if let Variants::InOutput { field } = &prompt.file.variants
        && let Some(items) = value.get(field).and_then(Value::as_array)
        && items.len() != n
    {
        errors.push(SchemaError {
            pointer: format!("/{field}"),
            message: format!("{} variants instead of the {n} asked for", items.len()),
        });
    }
    errors
}

fn invalid(
    call: usize,
    response: &ChatResponse,
    output: Option<Value>,
    errors: Vec<SchemaError>,
) -> Variant {
    Variant {
        index: 0,
        call,
        output,
        raw: response.content.clone(),
        valid: false,
        errors,
        findings: Vec::new(),
    }
}

fn ms(d: Duration) -> f64 {
    (d.as_secs_f64() * 1e6).round() / 1e3
}
