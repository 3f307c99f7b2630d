//! OpenAI-compatible chat completions via async-openai.
//!
//! One client per profile: base URL and the API key (read from the environment variable the
//! profile names) and a request timeout. Every request is one attempt: failures are classified
//! into an [`LlmError`] and the pipeline's profile chain decides about retries
//! ([`super::route`]). async-openai reads a 429's body but drops its headers, so a small tower
//! layer below it ([`Throttle`]) keeps `Retry-After` for the classification.

use std::time::{Duration, Instant};

use async_openai::Client;
use async_openai::config::OpenAIConfig;
use async_openai::error::OpenAIError;
use async_openai::middleware::{HttpRequestFactory, ReqwestService};
use async_openai::types::chat::{
    ChatCompletionRequestAssistantMessage, ChatCompletionRequestMessage,
    ChatCompletionRequestSystemMessage, ChatCompletionRequestUserMessage,
    ChatCompletionStreamOptions, CreateChatCompletionRequest, CreateChatCompletionResponse,
    CreateChatCompletionStreamResponse, FinishReason, ResponseFormat, ResponseFormatJsonSchema,
};
use futures::StreamExt;
use futures::future::BoxFuture;
use serde_json::Value;

use super::{ChatRequest, ChatResponse, LlmClient, LlmError, TokenSink, Usage};
use crate::config::{Profile, StructuredOutput};
use crate::prompt::Role;

/// A client for one OpenAI-compatible profile.
#[derive(Debug)]
pub struct OpenAiClient {
    client: Client<OpenAIConfig>,
    profile: String,
    model: String,
    endpoint: String,
    structured: StructuredOutput,
    timeout_secs: u64,
    api_key_env: Option<String>,
}

impl OpenAiClient {
    /// Build the client; fails if the profile's API key variable is not set.
    pub fn new(name: &str, profile: &Profile) -> Result<Self, LlmError> {
        let endpoint = profile.base_url.clone().unwrap_or_default();
        let key = match &profile.api_key_env {
            Some(env) => std::env::var(env).map_err(|_| LlmError::MissingApiKey {
                profile: name.to_string(),
                env: env.clone(),
            })?,
            None => String::new(),
        };
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(profile.timeout_secs))
            .connect_timeout(Duration::from_secs(profile.timeout_secs.min(10)))
            .build()
            .map_err(|e| LlmError::Invalid(format!("cannot build HTTP client: {e}")))?;
        let service = Throttle {
            inner: ReqwestService::new(http),
        };
        let config = OpenAIConfig::new()
            .with_api_base(endpoint.trim_end_matches('/'))
            .with_api_key(key);
        Ok(Self {
            client: Client::with_config(config).with_http_service(service),
            profile: name.to_string(),
            model: profile.model.clone(),
            endpoint,
            structured: profile.structured_output,
            timeout_secs: profile.timeout_secs,
            api_key_env: profile.api_key_env.clone(),
        })
    }

    /// The request body. Built with async-openai's types, then serialised once so the
    /// `json_object` + `schema` form (not in OpenAI's API) can be added.
    fn build_request(&self, req: &ChatRequest, stream: bool) -> Value {
        let messages = req
            .messages
            .iter()
            .map(|m| match m.role {
                Role::System => {
                    ChatCompletionRequestMessage::System(ChatCompletionRequestSystemMessage {
                        content: m.content.clone().into(),
                        name: None,
                    })
                }
                Role::User => ChatCompletionRequestMessage::User(
                    ChatCompletionRequestUserMessage::from(m.content.clone()),
                ),
                Role::Assistant => {
                    ChatCompletionRequestMessage::Assistant(ChatCompletionRequestAssistantMessage {
                        content: Some(m.content.as_str().into()),
                        ..Default::default()
                    })
                }
            })
            .collect();
        let response_format = match (&req.output_schema, self.structured) {
            (Some(schema), StructuredOutput::JsonSchema) => Some(ResponseFormat::JsonSchema {
                json_schema: ResponseFormatJsonSchema {
                    description: None,
                    name: req.schema_name.clone(),
                    schema: schema.clone(),
                    strict: Some(true),
                },
            }),
            (Some(_), StructuredOutput::JsonObject | StructuredOutput::JsonObjectSchema) => {
                Some(ResponseFormat::JsonObject)
            }
            _ => None,
        };
        // `max_tokens` and `seed` are deprecated by OpenAI for its newest models but are what
        // every OpenAI-compatible server understands.
        #[allow(deprecated)]
        let request = CreateChatCompletionRequest {
            messages,
            model: self.model.clone(),
            temperature: Some(req.temperature),
            top_p: Some(req.top_p),
            max_tokens: Some(req.max_tokens),
            seed: req.seed.map(i64::from),
            response_format,
            stream: stream.then_some(true),
            stream_options: stream.then_some(ChatCompletionStreamOptions {
                include_usage: Some(true),
                ..Default::default()
            }),
            ..Default::default()
        };
        let mut body = serde_json::to_value(request).unwrap_or(Value::Null);
        if let (Some(schema), StructuredOutput::JsonObjectSchema) =
            (&req.output_schema, self.structured)
        {
            body["response_format"]["schema"] = schema.clone();
        }
        body
    }

    async fn complete(&self, req: &ChatRequest) -> Result<ChatResponse, LlmError> {
        let started = Instant::now();
        let response = self
            .client
            .chat()
            .create_byot::<_, CreateChatCompletionResponse>(self.build_request(req, false))
            .await
            .map_err(|e| self.classify(e))?;
        let choice =
            response
                .choices
                .into_iter()
                .next()
                .ok_or_else(|| LlmError::MalformedResponse {
                    endpoint: self.endpoint.clone(),
                    detail: "no choices in the reply".into(),
                })?;
        if let Some(refusal) = choice.message.refusal {
            return Err(LlmError::Refused(refusal));
        }
        if choice.finish_reason == Some(FinishReason::ContentFilter) {
            return Err(LlmError::Refused(
                "the provider's content filter stopped the reply".into(),
            ));
        }
        let usage = response.usage.map_or_else(Usage::default, |u| Usage {
            prompt_tokens: u.prompt_tokens,
            completion_tokens: u.completion_tokens,
        });
        Ok(ChatResponse {
            content: choice.message.content.unwrap_or_default(),
            model: response.model,
            usage,
            latency: started.elapsed(),
            time_to_first_token: None,
        })
    }

    async fn stream(&self, req: &ChatRequest, sink: TokenSink) -> Result<ChatResponse, LlmError> {
        let started = Instant::now();
        let mut stream = self
            .client
            .chat()
            .create_stream_byot::<_, CreateChatCompletionStreamResponse>(
                self.build_request(req, true),
            )
            .await
            .map_err(|e| self.classify(e))?;
        let mut content = String::new();
        let mut model = self.model.clone();
        let mut usage = Usage::default();
        let mut first = None;
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.map_err(|e| self.classify(e))?;
            model = chunk.model;
            if let Some(u) = chunk.usage {
                usage = Usage {
                    prompt_tokens: u.prompt_tokens,
                    completion_tokens: u.completion_tokens,
                };
            }
            for choice in chunk.choices {
                if let Some(refusal) = choice.delta.refusal {
                    return Err(LlmError::Refused(refusal));
                }
                if choice.finish_reason == Some(FinishReason::ContentFilter) {
                    return Err(LlmError::Refused(
                        "the provider's content filter stopped the reply".into(),
                    ));
                }
                if let Some(text) = choice.delta.content
                    && !text.is_empty()
                {
                    first.get_or_insert_with(|| started.elapsed());
                    sink(&text);
                    content.push_str(&text);
                }
            }
        }
        Ok(ChatResponse {
            content,
            model,
            usage,
            latency: started.elapsed(),
            time_to_first_token: first,
        })
    }

    fn classify(&self, err: OpenAIError) -> LlmError {
        let endpoint = self.endpoint.clone();
        match err {
            OpenAIError::Reqwest(e) if e.is_timeout() => LlmError::Timeout {
                endpoint,
                secs: self.timeout_secs,
            },
            OpenAIError::Reqwest(e) if e.is_decode() => LlmError::MalformedResponse {
                endpoint,
                detail: root_cause(&e),
            },
            OpenAIError::Reqwest(e) => LlmError::Unreachable {
                endpoint,
                detail: root_cause(&e),
            },
            OpenAIError::Boxed(b) => match b.downcast::<Throttled>() {
                Ok(t) if t.quota => LlmError::QuotaExhausted {
                    endpoint,
                    message: t.message,
                },
                Ok(t) => LlmError::RateLimited {
                    endpoint,
                    retry_after: t.retry_after,
                    message: t.message,
                },
                Err(other) => LlmError::Invalid(other.to_string()),
            },
            OpenAIError::ApiError(api) => {
                let status = api.status_code.as_u16();
                let message = api.api_error.message.clone();
                let code = api.api_error.code.clone().unwrap_or_default();
                match status {
                    429 => LlmError::RateLimited {
                        endpoint,
                        retry_after: None,
                        message,
                    },
                    401 | 403 => LlmError::Auth {
                        endpoint,
                        status,
                        message,
                        env: self
                            .api_key_env
                            .clone()
                            .unwrap_or_else(|| "the profile's api_key_env".into()),
                    },
                    _ if code == "context_length_exceeded"
                        || message.contains("context length")
                        || message.contains("context window") =>
                    {
                        LlmError::ContextLengthExceeded {
                            profile: self.profile.clone(),
                            detail: message,
                        }
                    }
                    500..=599 => LlmError::Server {
                        endpoint,
                        status,
                        message,
                    },
                    _ => LlmError::BadRequest {
                        endpoint,
                        status,
                        message,
                    },
                }
            }
            OpenAIError::JSONDeserialize(e, body) => LlmError::MalformedResponse {
                endpoint,
                detail: format!("{e} in {}", truncate(&body, 120)),
            },
            OpenAIError::StreamError(e) => LlmError::MalformedResponse {
                endpoint,
                detail: e.to_string(),
            },
            other => LlmError::Invalid(other.to_string()),
        }
    }
}

impl LlmClient for OpenAiClient {
    fn chat<'a>(
        &'a self,
        request: &'a ChatRequest,
        on_token: Option<TokenSink>,
    ) -> BoxFuture<'a, Result<ChatResponse, LlmError>> {
        Box::pin(async move {
            match on_token {
                Some(sink) => self.stream(request, sink).await,
                None => self.complete(request).await,
            }
        })
    }
}

/// A 429 with what its headers said.
#[derive(Debug, thiserror::Error)]
#[error("HTTP 429: {message}")]
struct Throttled {
    retry_after: Option<Duration>,
    message: String,
    /// `insufficient_quota`: the account is out of credit, waiting does not help.
    quota: bool,
}

/// The HTTP service under async-openai: passes every response through, except a 429, which
/// becomes a [`Throttled`] error carrying `Retry-After` (seconds or an HTTP date) or
/// `retry-after-ms` (OpenAI's finer header).
#[derive(Debug, Clone)]
struct Throttle<S> {
    inner: S,
}

impl<S> tower::Service<HttpRequestFactory> for Throttle<S>
where
    S: tower::Service<HttpRequestFactory, Response = reqwest::Response, Error = OpenAIError>,
    S::Future: Send + 'static,
{
    type Response = reqwest::Response;
    type Error = OpenAIError;
    type Future = BoxFuture<'static, Result<reqwest::Response, OpenAIError>>;

    fn poll_ready(
        &mut self,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: HttpRequestFactory) -> Self::Future {
        let sent = self.inner.call(request);
        Box::pin(async move {
            let response = sent.await?;
            if response.status().as_u16() != 429 {
                return Ok(response);
            }
            let retry_after = retry_after(response.headers());
            let body = response.text().await.unwrap_or_default();
            let error = serde_json::from_str::<Value>(&body)
                .map(|v| v["error"].clone())
                .unwrap_or(Value::Null);
            let message = error["message"]
                .as_str()
                .map_or_else(|| truncate(&body, 120), str::to_string);
            let quota = [&error["type"], &error["code"]]
                .iter()
                .any(|v| v.as_str() == Some("insufficient_quota"));
            Err(OpenAIError::Boxed(Box::new(Throttled {
                retry_after,
                message,
                quota,
            })))
        })
    }
}

/// How long a 429 asks to wait.
fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(ms) = header("retry-after-ms").and_then(|v| v.trim().parse::<f64>().ok()) {
        return Duration::try_from_secs_f64(ms.max(0.0) / 1000.0).ok();
    }
    let value = header("retry-after")?.trim();
    match value.parse::<f64>() {
        Ok(secs) => Duration::try_from_secs_f64(secs.max(0.0)).ok(),
        Err(_) => httpdate::parse_http_date(value).ok().map(|at| {
            at.duration_since(std::time::SystemTime::now())
                .unwrap_or_default()
        }),
    }
}

/// The innermost cause of an error, which is what a user can act on ("Connection refused").
fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cur = e;
    while let Some(next) = cur.source() {
        cur = next;
    }
    cur.to_string()
}

fn truncate(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}
