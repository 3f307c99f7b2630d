//! Versioned prompts: `prompts/<id>/v<N>.yaml` plus `prompts/<id>/release.yaml`.
//!
//! A version file carries its templates, the JSON Schema of its inputs and of its output, and
//! the model settings. Its content hash (blake3 over the file bytes) identifies exactly what was
//! sent; `release.yaml` names the live version and stores the hash of every released version,
//! so editing a released file is caught by `copydesk config check` instead of silently changing
//! what production sends.

mod registry;
mod render;

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use serde_saphyr::Spanned;

pub use registry::{PromptEntry, PromptRef, Registry, RegistryError};
pub use render::{ChatMessage, RenderError, Role};

/// `prompts/<id>/v<N>.yaml` as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PromptFile {
    pub id: Spanned<String>,
    pub version: Spanned<u32>,
    pub description: String,
    /// The channel the copy is for (e.g. `google-ads-rsa`, `merchant-feed`).
    #[serde(default)]
    pub channel: Option<String>,
    #[serde(default)]
    pub model: ModelSettings,
    #[serde(default)]
    pub variants: Variants,
    /// JSON Schema of the variables.
    pub inputs: Value,
    /// JSON Schema of one output.
    pub output: Value,
    /// Entities whose original values are put back into the output where the model used their
    /// placeholders (`[PERSON]` for a personal salutation). None by default: the model only ever
    /// sees placeholders, and the output keeps them.
    #[serde(default)]
    pub restore_pii: Vec<String>,
    /// Brand knowledge retrieved before rendering; templates see it as `context`.
    #[serde(default)]
    pub retrieval: Option<Retrieval>,
    /// How long replies to this prompt stay in the fingerprint cache.
    #[serde(default)]
    pub cache: CacheSettings,
    /// `always`: every variant that is not rejected goes to the review queue.
    #[serde(default)]
    pub review: ReviewMode,
    pub system: Spanned<String>,
    pub user: Spanned<String>,
}

impl PromptFile {
    /// With `variants: in_output`, the output schema of the array property holding the variants.
    pub fn variants_schema(&self) -> Option<&Value> {
        match &self.variants {
            Variants::InOutput { field } => self.output.get("properties")?.get(field),
            Variants::PerCall => None,
        }
    }
}

/// A prompt's `cache:` block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CacheSettings {
    /// Replies are cached at all (a prompt whose output must be fresh says `false`).
    #[serde(default = "yes")]
    pub enabled: bool,
    /// Hours an entry lives; forever (until `copydesk cache clear`) when absent.
    #[serde(default)]
    pub ttl_hours: Option<u64>,
}

impl Default for CacheSettings {
    fn default() -> Self {
        Self {
            enabled: true,
            ttl_hours: None,
        }
    }
}

fn yes() -> bool {
    true
}

/// A prompt's `retrieval:` block: what to search the brand's index for before rendering.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Retrieval {
    /// Template of the search query, rendered with the (pseudonymised) vars.
    pub query: String,
    #[serde(default = "default_top_k")]
    pub top_k: usize,
    /// Template of a locale filter, e.g. `{{ locale }}`.
    #[serde(default)]
    pub locale: Option<String>,
    #[serde(default)]
    pub doc_type: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
}

fn default_top_k() -> usize {
    5
}

/// Which model runs a prompt and how it samples.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelSettings {
    /// Profile name; the configuration's default profile when absent.
    #[serde(default)]
    pub primary: Option<String>,
    /// Profiles to try, in order, when the primary cannot serve.
    #[serde(default)]
    pub fallbacks: Vec<String>,
    #[serde(default = "default_temperature")]
    pub temperature: f32,
    #[serde(default = "default_top_p")]
    pub top_p: f32,
    #[serde(default = "default_max_tokens")]
    pub max_tokens: u32,
    /// Fixed sampling seed for reproducible output; random when absent.
    #[serde(default)]
    pub seed: Option<u32>,
}

impl Default for ModelSettings {
    fn default() -> Self {
        Self {
            primary: None,
            fallbacks: Vec::new(),
            temperature: default_temperature(),
            top_p: default_top_p(),
            max_tokens: default_max_tokens(),
            seed: None,
        }
    }
}

fn default_temperature() -> f32 {
    0.7
}
fn default_top_p() -> f32 {
    0.95
}
fn default_max_tokens() -> u32 {
    512
}

/// How `--n N` variants are produced.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(tag = "mode", rename_all = "snake_case", deny_unknown_fields)]
pub enum Variants {
    /// One model call per variant.
    #[default]
    PerCall,
    /// One call asks for all variants: the output schema's array property `field` holds them;
    /// templates receive `n`.
    InOutput { field: String },
}

/// `prompts/<id>/release.yaml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReleaseFile {
    /// The version `ID` resolves to.
    pub live: u32,
    /// Content hashes of every released version (immutable once released).
    #[serde(default)]
    pub hashes: BTreeMap<u32, String>,
}

/// A loaded prompt version with compiled schemas.
#[derive(Debug)]
pub struct PromptVersion {
    pub file: PromptFile,
    pub path: PathBuf,
    /// `blake3:<hex>` over the file bytes.
    pub hash: String,
    /// The raw file text, for `prompts show` and `prompts diff`.
    pub source: String,
    input_validator: jsonschema::Validator,
    output_validator: jsonschema::Validator,
}

impl PromptVersion {
    pub fn id(&self) -> &str {
        &self.file.id.value
    }

    pub fn version(&self) -> u32 {
        self.file.version.value
    }

    /// `id@version`.
    pub fn label(&self) -> String {
        format!("{}@{}", self.id(), self.version())
    }

    /// The output JSON Schema for a request of `n` variants: with `variants: in_output` the
    /// array property is pinned to exactly `n` items so constrained decoding produces them all.
    pub fn output_schema_for(&self, n: usize) -> Value {
        let mut schema = self.file.output.clone();
        if let Variants::InOutput { field } = &self.file.variants
            && let Some(prop) = schema
                .get_mut("properties")
                .and_then(|p| p.get_mut(field))
                .and_then(Value::as_object_mut)
        {
            prop.insert("minItems".into(), n.into());
            prop.insert("maxItems".into(), n.into());
        }
        schema
    }

    /// Validate a model output against the output schema: `(json pointer, message)` per error.
    pub fn output_errors(&self, output: &Value) -> Vec<(String, String)> {
        crate::guard::schema::errors(&self.output_validator, output)
    }
}

/// The content hash of a prompt file: blake3 over its bytes with line endings normalised, so a
/// checkout on Windows hashes the same.
pub fn content_hash(text: &str) -> String {
    let normalised = text.replace("\r\n", "\n");
    format!("blake3:{}", blake3::hash(normalised.as_bytes()).to_hex())
}

/// When a prompt's variants go to human review.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReviewMode {
    /// By the outcome and the sampling rules of policies/review.yaml.
    #[default]
    Auto,
    /// Every variant that is not rejected.
    Always,
}
