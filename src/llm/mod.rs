//! Language-model clients behind one small trait.
//!
//! [`LlmClient`] has one required method, [`LlmClient::chat`]. Two implementations:
//! [`openai::OpenAiClient`] for any OpenAI-compatible endpoint (OpenAI, Azure, vLLM, Ollama,
//! llama.cpp's server, LM Studio) and [`local::LocalClient`], which runs a GGUF file in-process
//! with llama.cpp and turns the output JSON Schema into a grammar so the reply always parses.
//!
//! Errors are classified by what the caller should do ([`ErrorClass`]): retry or fall back,
//! fix configuration, or send the item to review; [`route`] turns a class into the next step of
//! a request's profile chain. Every client of a profile waits for that profile's client-side
//! limits ([`limits`]). The CLI maps errors to exit codes.

pub mod fetch;
pub mod limits;
pub mod local;
pub mod openai;
pub mod route;

use std::sync::Arc;
use std::time::Duration;

use futures::future::BoxFuture;
use serde::Serialize;
use serde_json::Value;

use crate::config::{Config, ProviderKind};
use crate::prompt::ChatMessage;

/// What to ask a model.
#[derive(Debug, Clone)]
pub struct ChatRequest {
    pub messages: Vec<ChatMessage>,
    /// JSON Schema the reply must match, if any.
    pub output_schema: Option<Value>,
    /// A short name for the schema (OpenAI's `response_format.json_schema.name`).
    pub schema_name: String,
    pub temperature: f32,
    pub top_p: f32,
    pub max_tokens: u32,
    pub seed: Option<u32>,
}

/// Token counts as reported by the provider (or counted by the local runtime).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Usage {
    pub prompt_tokens: u32,
    pub completion_tokens: u32,
}

/// A model's reply.
#[derive(Debug, Clone, Serialize)]
pub struct ChatResponse {
    pub content: String,
    /// The model that answered, as reported by the provider.
    pub model: String,
    pub usage: Usage,
    #[serde(serialize_with = "ser_ms")]
    pub latency: Duration,
    /// Time until the first generated token, when known (streaming, local).
    #[serde(serialize_with = "ser_opt_ms")]
    pub time_to_first_token: Option<Duration>,
}

fn ser_ms<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(d.as_secs_f64() * 1000.0)
}

fn ser_opt_ms<S: serde::Serializer>(d: &Option<Duration>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => ser_ms(d, s),
        None => s.serialize_none(),
    }
}

/// Receives generated text as it arrives (`generate --stream`).
pub type TokenSink = Arc<dyn Fn(&str) + Send + Sync>;

/// A language model that answers chat requests.
///
/// Required: [`chat`](LlmClient::chat). `on_token`, when given, is called with each piece of text
/// as it is generated; the full reply is returned either way.
pub trait LlmClient: Send + Sync {
    /// Run one chat completion.
    fn chat<'a>(
        &'a self,
        request: &'a ChatRequest,
        on_token: Option<TokenSink>,
    ) -> BoxFuture<'a, Result<ChatResponse, LlmError>>;
}

/// What a caller should do about an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorClass {
    /// Try again later or on another profile (connection, timeout, 5xx).
    Transient,
    /// Wait (Retry-After) or use another profile.
    RateLimited,
    /// Use a profile with a larger context window; never truncate silently.
    ContextTooLong,
    /// The model refused; never routed around, the item goes to review.
    Refusal,
    /// The request or the configuration is wrong; fix it.
    Config,
}

impl ErrorClass {
    /// The class as the ledger and JSON output name it.
    pub fn name(self) -> &'static str {
        match self {
            ErrorClass::Transient => "transient",
            ErrorClass::RateLimited => "rate_limited",
            ErrorClass::ContextTooLong => "context_too_long",
            ErrorClass::Refusal => "refusal",
            ErrorClass::Config => "config",
        }
    }
}

/// A classified model error. Messages are one line and say what to do.
#[derive(Debug, Clone, thiserror::Error)]
pub enum LlmError {
    #[error(
        "cannot reach {endpoint}: {detail}; is the server running and the profile's base_url right?"
    )]
    Unreachable { endpoint: String, detail: String },
    #[error(
        "{endpoint} did not answer within {secs} s; raise timeout_secs in the profile or try again"
    )]
    Timeout { endpoint: String, secs: u64 },
    #[error("{endpoint} is rate limiting (HTTP 429{}): {message}", retry_after.map(|d| format!(", retry after {} s", d.as_secs())).unwrap_or_default())]
    RateLimited {
        endpoint: String,
        retry_after: Option<Duration>,
        message: String,
    },
    #[error(
        "{endpoint} has no quota left (HTTP 429 insufficient_quota): {message}; check the account's plan and billing"
    )]
    QuotaExhausted { endpoint: String, message: String },
    #[error("{endpoint} failed with HTTP {status}: {message}")]
    Server {
        endpoint: String,
        status: u16,
        message: String,
    },
    #[error("invalid request: {0}")]
    Invalid(String),
    #[error("{endpoint} sent a reply that is not a chat completion: {detail}")]
    MalformedResponse { endpoint: String, detail: String },
    #[error(
        "{endpoint} rejected the credentials (HTTP {status}): {message}; check the key in ${env}"
    )]
    Auth {
        endpoint: String,
        status: u16,
        message: String,
        env: String,
    },
    #[error("{endpoint} rejected the request (HTTP {status}): {message}")]
    BadRequest {
        endpoint: String,
        status: u16,
        message: String,
    },
    #[error(
        "the prompt does not fit the context window of profile '{profile}': {detail}; use a profile with a larger context_window"
    )]
    ContextLengthExceeded { profile: String, detail: String },
    #[error("the model refused: {0}")]
    Refused(String),
    #[error(
        "profile '{profile}' reads its API key from ${env}, which is not set; export {env}=… and try again"
    )]
    MissingApiKey { profile: String, env: String },
    #[error("model file {} for profile '{profile}' not found; run `copydesk models fetch`{}", path.display(), if *.fetchable { "" } else { " or point model_file at a GGUF file you have" })]
    ModelMissing {
        profile: String,
        path: std::path::PathBuf,
        fetchable: bool,
    },
    #[error("local model {}: {detail}", path.display())]
    Local {
        path: std::path::PathBuf,
        detail: String,
    },
}

impl LlmError {
    /// What the caller should do about this error.
    pub fn class(&self) -> ErrorClass {
        match self {
            LlmError::Unreachable { .. }
            | LlmError::Timeout { .. }
            | LlmError::Server { .. }
            | LlmError::MalformedResponse { .. }
            | LlmError::Local { .. } => ErrorClass::Transient,
            LlmError::RateLimited { .. } | LlmError::QuotaExhausted { .. } => {
                ErrorClass::RateLimited
            }
            LlmError::ContextLengthExceeded { .. } => ErrorClass::ContextTooLong,
            LlmError::Refused(_) => ErrorClass::Refusal,
            LlmError::Auth { .. }
            | LlmError::BadRequest { .. }
            | LlmError::Invalid(_)
            | LlmError::MissingApiKey { .. }
            | LlmError::ModelMissing { .. } => ErrorClass::Config,
        }
    }
}

/// Build the client of a profile, under the profile's client-side limits. API keys are read
/// from the environment here, never earlier and never logged.
pub fn client_for(config: &Config, profile_name: &str) -> Result<Arc<dyn LlmClient>, BuildError> {
    let (name, profile) = config.profile(Some(profile_name))?;
    let client: Arc<dyn LlmClient> = match profile.provider {
        ProviderKind::Openai => Arc::new(openai::OpenAiClient::new(name, profile)?),
        ProviderKind::Local => Arc::new(local::LocalClient::new(config, name, profile)?),
    };
    Ok(Arc::new(limits::Limited::new(client, name, profile)))
}

/// Why a client could not be built.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error(transparent)]
    Profile(#[from] crate::config::UnknownProfile),
    #[error(transparent)]
    Llm(#[from] LlmError),
}
