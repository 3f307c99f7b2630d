//! The embedded model: llama.cpp (via llama-cpp-2) running a GGUF file in-process.
//!
//! The backend is initialised and each model file loaded at most once per process (models are
//! shared by path). Every request gets its own small context sized to prompt + `max_tokens`.
//! The prompt is formatted with the chat template stored in the GGUF, and when the request has
//! an output schema it is turned into a llama.cpp grammar so every sampled token keeps the reply
//! a prefix of a schema-valid JSON document: the output always parses.

use std::collections::BTreeMap;
use std::num::NonZeroU32;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, Mutex, OnceLock};
use std::time::{Duration, Instant};

use futures::future::BoxFuture;
use llama_cpp_2::context::LlamaContext;
use llama_cpp_2::context::params::LlamaContextParams;
use llama_cpp_2::llama_backend::LlamaBackend;
use llama_cpp_2::llama_batch::LlamaBatch;
use llama_cpp_2::model::params::LlamaModelParams;
use llama_cpp_2::model::{LlamaChatMessage, LlamaChatTemplate, LlamaModel};
use llama_cpp_2::sampling::LlamaSampler;
use llama_cpp_2::token::LlamaToken;
use llama_cpp_2::token::data::LlamaTokenData;
use llama_cpp_2::token::data_array::LlamaTokenDataArray;

use super::{ChatRequest, ChatResponse, LlmClient, LlmError, TokenSink, Usage};
use crate::config::{Config, Profile};

static BACKEND: OnceLock<Result<LlamaBackend, String>> = OnceLock::new();

/// Loaded models by path; loading takes the lock, so two callers never load the same file twice.
static MODELS: LazyLock<Mutex<BTreeMap<PathBuf, Arc<LoadedModel>>>> =
    LazyLock::new(|| Mutex::new(BTreeMap::new()));

fn backend() -> Result<&'static LlamaBackend, String> {
    BACKEND
        .get_or_init(|| {
            let mut backend = LlamaBackend::init().map_err(|e| e.to_string())?;
            backend.void_logs();
            Ok(backend)
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// A GGUF model in memory with its chat template.
#[derive(Debug)]
pub struct LoadedModel {
    model: LlamaModel,
    template: LlamaChatTemplate,
    /// How long loading took (for `copydesk models bench` and the README's figures).
    pub load_time: Duration,
    /// Serialises context creation, which llama.cpp does not allow concurrently on one model.
    context_lock: Mutex<()>,
}

/// Load a model file, or return the copy this process already loaded.
pub fn load_model(path: &Path) -> Result<Arc<LoadedModel>, LlmError> {
    let local_err = |detail: String| LlmError::Local {
        path: path.to_path_buf(),
        detail,
    };
    let mut models = MODELS
        .lock()
        .map_err(|_| local_err("model cache poisoned by an earlier panic".into()))?;
    if let Some(m) = models.get(path) {
        return Ok(Arc::clone(m));
    }
    let started = Instant::now();
    let backend = backend().map_err(local_err)?;
    let model = LlamaModel::load_from_file(backend, path, &LlamaModelParams::default())
        .map_err(|e| local_err(format!("cannot load GGUF: {e}")))?;
    let template = model
        .chat_template(None)
        .or_else(|_| LlamaChatTemplate::new("chatml"))
        .map_err(|e| local_err(format!("no usable chat template: {e}")))?;
    let loaded = Arc::new(LoadedModel {
        model,
        template,
        load_time: started.elapsed(),
        context_lock: Mutex::new(()),
    });
    models.insert(path.to_path_buf(), Arc::clone(&loaded));
    Ok(loaded)
}

/// The client of a `provider: local` profile.
#[derive(Debug, Clone)]
pub struct LocalClient {
    profile: String,
    label: String,
    path: PathBuf,
    threads: i32,
    context_window: u32,
}

impl LocalClient {
    /// Check the model file exists; it is loaded on first use.
    pub fn new(config: &Config, name: &str, profile: &Profile) -> Result<Self, LlmError> {
        let path = config.model_path(profile).unwrap_or_default();
        if !path.is_file() {
            return Err(LlmError::ModelMissing {
                profile: name.to_string(),
                path,
                fetchable: profile.source.is_some(),
            });
        }
        let threads = profile
            .threads
            .unwrap_or_else(num_cpus::get_physical)
            .max(1);
        Ok(Self {
            profile: name.to_string(),
            label: profile.model.clone(),
            path,
            threads: i32::try_from(threads).unwrap_or(1),
            context_window: profile.context_window,
        })
    }

    /// Load (or fetch from the process cache) the model now.
    pub fn load(&self) -> Result<Arc<LoadedModel>, LlmError> {
        load_model(&self.path)
    }

    fn generate(
        &self,
        req: &ChatRequest,
        sink: Option<TokenSink>,
    ) -> Result<ChatResponse, LlmError> {
        let started = Instant::now();
        let loaded = self.load()?;
        let err = |detail: String| LlmError::Local {
            path: self.path.clone(),
            detail,
        };
        let backend = backend().map_err(err)?;
        let model = &loaded.model;
        let messages = req
            .messages
            .iter()
            .map(|m| LlamaChatMessage::new(m.role.as_str().to_string(), m.content.clone()))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| err(format!("message contains a NUL byte: {e}")))?;
        let prompt = model
            .apply_chat_template(&loaded.template, &messages, true)
            .map_err(|e| err(format!("chat template failed: {e}")))?;
        let tokens = model.vocab().tokenize(prompt.as_bytes(), false, true);
        let needed = tokens.len() as u64 + u64::from(req.max_tokens);
        if needed > u64::from(self.context_window) {
            return Err(LlmError::ContextLengthExceeded {
                profile: self.profile.clone(),
                detail: format!(
                    "{} prompt tokens + max_tokens {} > {}",
                    tokens.len(),
                    req.max_tokens,
                    self.context_window
                ),
            });
        }
        let n_ctx = u32::try_from(needed).unwrap_or(self.context_window);
        let n_batch = u32::try_from(tokens.len().max(64)).unwrap_or(512);
        let params = LlamaContextParams::default()
            .with_n_ctx(NonZeroU32::new(n_ctx))
            .with_n_batch(n_batch)
            .with_n_ubatch(n_batch)
            .with_n_threads(self.threads)
            .with_n_threads_batch(self.threads);
        let mut ctx = {
            let _guard = loaded
                .context_lock
                .lock()
                .map_err(|_| err("context lock poisoned".into()))?;
            model
                .new_context(backend, params)
                .map_err(|e| err(format!("cannot create a context: {e}")))?
        };

        let mut sampler = self.sampler(model, req).map_err(err)?;
        let mut batch = LlamaBatch::new(tokens.len().max(1), 1);
        let last = tokens.len().saturating_sub(1);
        for (i, t) in tokens.iter().enumerate() {
            batch
                .add(*t, i as i32, &[0], i == last)
                .map_err(|e| err(e.to_string()))?;
        }
        ctx.decode(&mut batch)
            .map_err(|e| err(format!("prompt evaluation failed: {e}")))?;

        let vocab = model.vocab();
        let mut pos = tokens.len() as i32;
        let mut out = Vec::<u8>::new();
        let mut emitted = 0usize;
        let mut generated = 0u32;
        let mut first = None;
        while generated < req.max_tokens {
            let token = sampler.sample(&ctx, batch.n_tokens() - 1);
            if vocab.is_eog(token) {
                break;
            }
            generated += 1;
            first.get_or_insert_with(|| started.elapsed());
            out.extend(vocab.token_to_piece(token, false, None));
            if let Some(sink) = &sink {
                let valid = valid_utf8_prefix(&out[emitted..]);
                if valid > 0 {
                    sink(&String::from_utf8_lossy(&out[emitted..emitted + valid]));
                    emitted += valid;
                }
            }
            batch.clear();
            batch
                .add(token, pos, &[0], true)
                .map_err(|e| err(e.to_string()))?;
            pos += 1;
            ctx.decode(&mut batch)
                .map_err(|e| err(format!("decoding failed: {e}")))?;
        }
        Ok(ChatResponse {
            content: String::from_utf8_lossy(&out).into_owned(),
            model: self.label.clone(),
            usage: Usage {
                prompt_tokens: u32::try_from(tokens.len()).unwrap_or(u32::MAX),
                completion_tokens: generated,
            },
            latency: started.elapsed(),
            time_to_first_token: first,
        })
    }

    fn sampler(&self, model: &LlamaModel, req: &ChatRequest) -> Result<Sampler, String> {
        let grammar = match &req.output_schema {
            Some(schema) => {
                let gbnf =
                    llama_cpp_2::json_schema_to_grammar(&schema.to_string()).map_err(|e| {
                        format!("the output schema cannot be turned into a grammar: {e}")
                    })?;
                Some(
                    LlamaSampler::grammar(model, &gbnf, "root")
                        .map_err(|e| format!("invalid grammar from the output schema: {e}"))?,
                )
            }
            None => None,
        };
        let mut chain = Vec::new();
        if req.temperature <= 0.0 {
            chain.push(LlamaSampler::greedy());
        } else {
            chain.push(LlamaSampler::top_k(40));
            chain.push(LlamaSampler::top_p(req.top_p, 1));
            chain.push(LlamaSampler::temp(req.temperature));
            chain.push(LlamaSampler::dist(req.seed.unwrap_or_else(rand_seed)));
        }
        Ok(Sampler {
            grammar,
            chain: LlamaSampler::chain_simple(chain),
        })
    }
}

/// Sampling with an optional grammar, the way llama.cpp's own sampler does it: sample from the
/// unconstrained distribution first and only when that token breaks the grammar apply the
/// grammar to the whole vocabulary and sample again. Checking one token is cheap; masking
/// 49,152 tokens against the grammar on every step is what makes constrained decoding slow.
struct Sampler {
    grammar: Option<LlamaSampler>,
    chain: LlamaSampler,
}

impl Sampler {
    fn sample(&mut self, ctx: &LlamaContext<'_>, idx: i32) -> LlamaToken {
        let Some(grammar) = &mut self.grammar else {
            return self.chain.sample(ctx, idx);
        };
        let mut candidates = ctx.token_data_array_ith(idx);
        candidates.apply_sampler(&mut self.chain);
        let fast = candidates.selected_token().filter(|&token| {
            let mut one =
                LlamaTokenDataArray::new(vec![LlamaTokenData::new(token, 1.0, 0.0)], false);
            one.apply_sampler(grammar);
            one.data.first().is_some_and(|d| d.logit().is_finite())
        });
        let token = match fast {
            Some(token) => token,
            None => {
                let mut candidates = ctx.token_data_array_ith(idx);
                candidates.apply_sampler(grammar);
                candidates.apply_sampler(&mut self.chain);
                // the grammar always admits a token (at worst end of generation)
                candidates.selected_token().unwrap_or(LlamaToken(0))
            }
        };
        grammar.accept(token);
        self.chain.accept(token);
        token
    }
}

/// A seed from the clock when the prompt fixes none.
fn rand_seed() -> u32 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos() ^ (d.as_secs() as u32))
}

/// Length of the longest prefix of `bytes` that is complete UTF-8 (a token can end inside a
/// multi-byte character such as `ü`).
fn valid_utf8_prefix(bytes: &[u8]) -> usize {
    match std::str::from_utf8(bytes) {
        Ok(_) => bytes.len(),
        Err(e) if e.error_len().is_none() => e.valid_up_to(),
        Err(e) => e.valid_up_to() + e.error_len().unwrap_or(1),
    }
}

impl LlmClient for LocalClient {
    fn chat<'a>(
        &'a self,
        request: &'a ChatRequest,
        on_token: Option<TokenSink>,
    ) -> BoxFuture<'a, Result<ChatResponse, LlmError>> {
        let this = self.clone();
        let request = request.clone();
        Box::pin(async move {
            let path = this.path.clone();
            tokio::task::spawn_blocking(move || this.generate(&request, on_token))
                .await
                .map_err(|e| LlmError::Local {
                    path,
                    detail: format!("generation thread failed: {e}"),
                })?
        })
    }
}

#[cfg(test)]
mod tests {
    use super::valid_utf8_prefix;

    #[test]
    fn utf8_prefix_stops_inside_a_character() {
        let ue = "ü".as_bytes();
        assert_eq!(valid_utf8_prefix(b"abc"), 3);
        assert_eq!(valid_utf8_prefix(&[b'a', ue[0]]), 1);
        assert_eq!(valid_utf8_prefix(ue), 2);
    }
}
