//! The composition root: one [`Desk`] per process, opened from the validated [`Config`], and
//! one [`Desk::run`] that every front door calls (`generate` for one request, `batch` and
//! `eval` for streams of them, `serve` from its handlers).
//!
//! The desk opens the state database's parts once (cache, ledger, budgets, review queue),
//! builds each profile's client the first time a request needs it and keeps it (so an
//! embedded model loads once and HTTP connections are reused), and keeps the guard chain and
//! the retriever of each brand. [`crate::pipeline`] still alone knows the order of the stages;
//! the desk only hands it what they use.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

use serde_json::{Map, Value};

use crate::config::Config;
use crate::cost::budget::Budgets;
use crate::cost::cache::Cache;
use crate::cost::ledger::Ledger;
use crate::guard::Chain;
use crate::knowledge::Brand;
use crate::knowledge::embed::{EmbedError, Embedder};
use crate::knowledge::store::Retriever;
use crate::lineage::Generated;
use crate::llm::{BuildError, LlmClient, LlmError, TokenSink};
use crate::pipeline::{self, CacheUse, GenerateRequest, PipelineError, ReviewStage};
use crate::prompt::{PromptRef, PromptVersion, Registry, RegistryError};
use crate::review::{queue::Queue, routing::Rules};

/// How a request uses the fingerprint cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CacheMode {
    /// Answer from it, write new replies to it.
    #[default]
    Use,
    /// Call the model and overwrite the entries (`--refresh`).
    Refresh,
    /// Neither read nor write it (`--no-cache`).
    Off,
}

/// One request as a front door states it; the desk supplies the rest.
#[derive(Clone)]
pub struct Request {
    pub prompt: Arc<PromptVersion>,
    pub vars: Map<String, Value>,
    /// Number of variants wanted.
    pub n: usize,
    /// Profile override (that profile alone).
    pub profile: Option<String>,
    /// Brand id or name (default: the vars' `brand`, else the project's only brand).
    pub brand: Option<String>,
    /// Streams generated text (calls then run one at a time).
    pub stream: Option<TokenSink>,
    pub cache: CacheMode,
    /// Extra fingerprint input (an eval repeat), so such calls are cached apart.
    pub salt: Option<String>,
}

impl Request {
    /// A request for `n` variants of `prompt` with `vars`, everything else by default.
    pub fn new(prompt: Arc<PromptVersion>, vars: Map<String, Value>, n: usize) -> Self {
        Self {
            prompt,
            vars,
            n,
            profile: None,
            brand: None,
            stream: None,
            cache: CacheMode::Use,
            salt: None,
        }
    }
}

impl std::fmt::Debug for Request {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Request")
            .field("prompt", &self.prompt.label())
            .field("n", &self.n)
            .field("profile", &self.profile)
            .field("brand", &self.brand)
            .field("cache", &self.cache)
            .finish()
    }
}

/// What a desk is opened for.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The batch run this process serves: its calls carry the name in the ledger and
    /// `window: run` budgets count under it (a resumed run keeps counting). Default: a new
    /// name per process.
    pub run: Option<String>,
}

/// A profile's client, or why it cannot be built.
type Client = Result<Arc<dyn LlmClient>, LlmError>;

/// Everything a request needs, built once per process.
pub struct Desk {
    pub config: Config,
    pub registry: Registry,
    brands: Vec<(PathBuf, Brand)>,
    pub cache: Arc<Cache>,
    pub ledger: Arc<Ledger>,
    pub budgets: Option<Arc<Budgets>>,
    review: Arc<ReviewStage>,
    run: Option<String>,
    /// Built clients by profile (a client that cannot be built keeps its error).
    clients: Mutex<HashMap<String, Client>>,
    chains: Mutex<HashMap<Option<String>, Arc<Chain>>>,
    embedder: OnceLock<Arc<dyn Embedder>>,
    retrievers: Mutex<HashMap<String, Arc<Retriever>>>,
}

impl std::fmt::Debug for Desk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Desk")
            .field("root", &self.config.root)
            .field("state", &self.state_db())
            .field("run", &self.run)
            .finish()
    }
}

impl Desk {
    /// Open the state database's parts and load the prompts and brands.
    pub fn open(config: Config, options: Options) -> Result<Self, PipelineError> {
        let state = crate::knowledge::store::state_db(&config);
        let cache = Arc::new(Cache::open(&state)?);
        let ledger = Arc::new(Ledger::open(&state)?);
        let budgets = if config.budgets.is_empty() {
            None
        } else {
            let run = options.run.clone().unwrap_or_else(Budgets::new_run_id);
            Some(Arc::new(Budgets::open(
                &state,
                config.budgets.clone(),
                &run,
            )?))
        };
        let rules = Rules::load(&config.root).map_err(|d| PipelineError::Usage(d.to_string()))?;
        let queue = Queue::open(&state, rules.lease_minutes)?;
        let prices = config
            .profiles
            .iter()
            .map(|(name, p)| (name.clone(), p.price))
            .collect();
        let (brands, _) = crate::knowledge::load_brands(&config.root.join("brand-guides"));
        Ok(Self {
            registry: Registry::load(&config.root.join("prompts")),
            brands,
            cache,
            ledger,
            budgets,
            review: Arc::new(ReviewStage {
                queue,
                rules,
                prices,
            }),
            run: options.run,
            clients: Mutex::new(HashMap::new()),
            chains: Mutex::new(HashMap::new()),
            embedder: OnceLock::new(),
            retrievers: Mutex::new(HashMap::new()),
            config,
        })
    }

    /// The state database file.
    pub fn state_db(&self) -> PathBuf {
        crate::knowledge::store::state_db(&self.config)
    }

    /// The review queue the requests route into.
    pub fn queue(&self) -> &Queue {
        &self.review.queue
    }

    /// A prompt version by `ID[@N]`, shared.
    pub fn prompt(&self, r: &PromptRef) -> Result<Arc<PromptVersion>, RegistryError> {
        self.registry.resolve(r).map(Arc::clone)
    }

    /// The brand id of a request: the named one (an unknown name is an error), else the
    /// brand the vars name, else the project's only brand.
    pub fn brand(
        &self,
        named: Option<&str>,
        vars: &Map<String, Value>,
    ) -> Result<Option<String>, PipelineError> {
        if let Some(n) = named {
            return match self.brands.iter().find(|(_, b)| b.is_named(n)) {
                Some((_, b)) => Ok(Some(b.id.value.clone())),
                None => Err(PipelineError::Usage(format!(
                    "no brand '{n}' in {}; brands: {}",
                    self.config.root.join("brand-guides").display(),
                    self.brand_ids()
                ))),
            };
        }
        let in_vars = vars.get("brand").and_then(Value::as_str);
        if let Some((_, b)) = self
            .brands
            .iter()
            .find(|(_, b)| in_vars.is_some_and(|n| b.is_named(n)))
        {
            return Ok(Some(b.id.value.clone()));
        }
        match self.brands.as_slice() {
            [] => Ok(None),
            // a product's own brand in a feed row names the maker, not one of ours
            [(_, only)] => Ok(Some(only.id.value.clone())),
            _ => Err(PipelineError::Usage(match in_vars {
                Some(n) => format!(
                    "no brand '{n}' in {}; brands: {}",
                    self.config.root.join("brand-guides").display(),
                    self.brand_ids()
                ),
                None => format!(
                    "this project has several brands ({}): name one (--brand, or the vars' brand)",
                    self.brand_ids()
                ),
            })),
        }
    }

    /// The brands: id, name, locales.
    pub fn brands(&self) -> impl Iterator<Item = &Brand> {
        self.brands.iter().map(|(_, b)| b)
    }

    /// Queue one variant of `generated` for review on `by`'s word (see [`crate::review::submit`]).
    pub fn submit(
        &self,
        generated: &Generated,
        prompt: &PromptVersion,
        brand: Option<&str>,
        variant: usize,
        by: &str,
    ) -> Result<Option<i64>, crate::review::queue::QueueError> {
        let price = |p: &str| self.review.prices.get(p).copied().unwrap_or_default();
        crate::review::submit(
            &self.review.queue,
            generated,
            variant,
            prompt,
            brand,
            &price,
            by,
        )
    }

    fn brand_ids(&self) -> String {
        if self.brands.is_empty() {
            return "none".into();
        }
        self.brands
            .iter()
            .map(|(_, b)| b.id.value.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The default locale of a brand.
    pub fn default_locale(&self, brand: &str) -> Option<String> {
        self.brands
            .iter()
            .find(|(_, b)| b.id.value == brand)
            .map(|(_, b)| b.default_locale.value.clone())
    }

    /// The guard chain of a brand (or of the policies alone), built once.
    pub fn chain(&self, brand: Option<&str>) -> Result<Arc<Chain>, PipelineError> {
        let key = brand.map(str::to_string);
        let mut chains = self.chains.lock().map_err(|_| poisoned())?;
        if let Some(c) = chains.get(&key) {
            return Ok(Arc::clone(c));
        }
        let chain = Arc::new(
            crate::guard::chain::for_project(&self.config.root, brand, None)
                .map_err(|d| PipelineError::Usage(d.to_string()))?,
        );
        chains.insert(key, Arc::clone(&chain));
        Ok(chain)
    }

    /// The knowledge index of a brand with the configured embedder, opened once.
    pub fn retriever(&self, brand: &str) -> Result<Arc<Retriever>, PipelineError> {
        let mut retrievers = self.retrievers.lock().map_err(|_| poisoned())?;
        if let Some(r) = retrievers.get(brand) {
            return Ok(Arc::clone(r));
        }
        let failed = |detail: String| PipelineError::Retrieval {
            prompt: format!("brand {brand}"),
            detail,
        };
        let embedder = self.embedder().map_err(|e| failed(e.to_string()))?;
        let store =
            crate::knowledge::store::open(&self.config).map_err(|e| failed(e.to_string()))?;
        let retriever =
            Arc::new(Retriever::new(store, embedder, brand).map_err(|e| failed(e.to_string()))?);
        retrievers.insert(brand.to_string(), Arc::clone(&retriever));
        Ok(retriever)
    }

    /// The configured embedder, loaded the first time it is asked for.
    pub fn embedder(&self) -> Result<Arc<dyn Embedder>, EmbedError> {
        if let Some(e) = self.embedder.get() {
            return Ok(Arc::clone(e));
        }
        let e = crate::knowledge::embed::embedder_for(&self.config)?;
        Ok(Arc::clone(self.embedder.get_or_init(|| e)))
    }

    /// The client of a profile, built the first time it is asked for.
    pub fn client(&self, profile: &str) -> Result<Arc<dyn LlmClient>, BuildError> {
        let mut clients = self
            .clients
            .lock()
            .map_err(|_| BuildError::Llm(LlmError::Invalid("client table poisoned".into())))?;
        if let Some(c) = clients.get(profile) {
            return c.clone().map_err(BuildError::Llm);
        }
        let built = match crate::llm::client_for(&self.config, profile) {
            Ok(c) => Ok(c),
            Err(BuildError::Llm(e)) => Err(e),
            Err(e) => return Err(e),
        };
        clients.insert(profile.to_string(), built.clone());
        built.map_err(BuildError::Llm)
    }

    /// What a call cost at its profile's price (nothing when answered from the cache).
    pub fn call_cost(&self, call: &crate::lineage::Call) -> f64 {
        if call.cached {
            return 0.0;
        }
        let price = self
            .config
            .profiles
            .get(&call.profile)
            .map(|p| p.price)
            .unwrap_or_default();
        crate::cost::ledger::cost(&price, call.usage)
    }

    /// Run one request through every stage: render → retrieve → generate → guard → review.
    pub async fn run(&self, req: Request) -> Result<Generated, PipelineError> {
        let assembled = crate::state::blocking(|| self.assemble(req))?;
        let targets = pipeline::targets(
            &self.config,
            assembled.profile.as_deref(),
            &assembled.prompt,
            &|name| self.client(name),
        )?;
        pipeline::run(targets, assembled).await
    }

    /// The pipeline's request with the brand's chain, retriever, the cache, ledger, budgets
    /// and queue of this desk.
    fn assemble(&self, req: Request) -> Result<GenerateRequest, PipelineError> {
        let brand = self.brand(req.brand.as_deref(), &req.vars)?;
        let chain = self.chain(brand.as_deref())?;
        let retriever = match (&req.prompt.file.retrieval, &brand) {
            (Some(_), Some(b)) => Some(self.retriever(b)?),
            _ => None,
        };
        let cache = match req.cache {
            CacheMode::Off => None,
            mode => Some(CacheUse {
                cache: Arc::clone(&self.cache),
                read: mode == CacheMode::Use,
            }),
        };
        Ok(GenerateRequest {
            prompt: req.prompt,
            vars: req.vars,
            n: req.n,
            profile: req.profile,
            brand,
            stream: req.stream,
            chain,
            retriever,
            cache,
            ledger: Some(Arc::clone(&self.ledger)),
            budgets: self.budgets.clone(),
            review: Some(Arc::clone(&self.review)),
            run: self.run.clone(),
            salt: req.salt,
        })
    }
}

fn poisoned() -> PipelineError {
    PipelineError::Usage("a request panicked while building shared state".into())
}
