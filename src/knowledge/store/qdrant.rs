//! The Qdrant backend: one collection for every brand, a point per chunk.
//!
//! Each point carries two named vectors, `dense` (the embedding, cosine) and `bm25` (a sparse
//! vector of the chunk's analysed terms, [`crate::knowledge::terms`], weighted by BM25's
//! term-frequency saturation; Qdrant multiplies in the IDF itself, `Modifier::Idf`), and a payload
//! with every [`StoredChunk`] field plus `doc_hash`. Filters are payload conditions on keyword
//! indexes (`brand` is the tenant key). Hybrid search is one query: a dense and a sparse prefetch
//! fused by Qdrant's distribution-based score fusion (DBSF, as the embedded store fuses; Qdrant's
//! weighs both halves alike, so `index.dense_weight` must be 1 with this backend).
//!
//! **Documents are written whole or redone.** Qdrant has no transactions across points, so the
//! document hash lives on the points themselves: upserted points carry an empty `doc_hash`, and
//! the document's hash is set on all its points last. [`VectorStore::manifest`] reports a hash
//! only when every point of the document carries the same non-empty one; anything else reads as
//! "not written" and the next index run writes the document again.
//!
//! **The model** the collection was built with is kept in the collection's metadata
//! (`copydesk_embedding_model`, `copydesk_embedding_dimension`); the dense vector's size is the
//! collection's own.
//!
//! The trait is synchronous and the client async: requests run on a small runtime the store owns
//! (so the client's connections outlive any caller's runtime) and the caller waits for them with
//! [`crate::knowledge::blocking::block_on`].

use std::collections::{BTreeMap, HashMap};
use std::future::Future;
use std::time::Duration;

use qdrant_client::qdrant::r#match::MatchValue;
use qdrant_client::qdrant::{
    self, Condition, CountPointsBuilder, CreateCollection, CreateCollectionBuilder,
    CreateFieldIndexCollectionBuilder, DeletePointsBuilder, Distance, FieldType, Fusion,
    KeywordIndexParamsBuilder, Modifier, NamedVectors, PayloadIncludeSelector, PointId,
    PointStruct, PrefetchQueryBuilder, QueryPoints, QueryPointsBuilder, RetrievedPoint,
    ScoredPoint, ScrollPointsBuilder, SetPayloadPointsBuilder, SparseVectorParamsBuilder,
    UpsertPointsBuilder, Vector, VectorInput, VectorParamsBuilder, VectorsConfigBuilder,
};
use qdrant_client::qdrant::{SparseVectorsConfigBuilder, point_id::PointIdOptions};
use qdrant_client::{Qdrant, QdrantError};

use super::{
    ChunkKey, DocumentState, DocumentWrite, Filter, Hit, Mode, Query, SECTION_PARTS, StoreError,
    StoredChunk, VectorStore, best_per_section,
};
use crate::config::IndexConfig;
use crate::knowledge::blocking;
use crate::knowledge::terms::{term_id, terms, weighted};

/// The named dense vector.
const DENSE: &str = "dense";
/// The named sparse vector.
const BM25: &str = "bm25";

/// Payload keys (the [`StoredChunk`] fields as serde names them, plus `doc_hash`).
const BRAND: &str = "brand";
const PATH: &str = "path";
const HEADING_PATH: &str = "heading_path";
const PART: &str = "part";
const LOCALE: &str = "locale";
const DOC_TYPE: &str = "doc_type";
const TAGS: &str = "tags";
const HASH: &str = "hash";
/// The hash of the document's bytes, set on all its points once the write is complete.
const DOC_HASH: &str = "doc_hash";

/// Collection metadata keys.
const META_MODEL: &str = "copydesk_embedding_model";
const META_DIMENSION: &str = "copydesk_embedding_dimension";

/// BM25's term-frequency saturation and length normalisation.
const K1: f32 = 1.2;
const B: f32 = 0.75;
/// The average chunk length, in terms, that length normalisation compares against. A fixed
/// number because no corpus-wide statistic is available to a single upsert: a point's vector is
/// written once, and a running average would change every other point's weights (a rewrite of
/// the collection per document). Chunks hold at most 256 tokens (`chunk::Budget`), roughly half
/// of them content words, so 120 is a typical full chunk.
const AVG_LEN: f32 = 120.0;

/// Candidates each half of a hybrid query contributes to the fusion.
const PREFETCH: u64 = 50;
/// Points per upsert request and per scroll page.
const BATCH: usize = 64;
const PAGE: u32 = 256;

/// gRPC status codes the error messages tell apart.
const CODE_INVALID_ARGUMENT: i32 = 3;
const CODE_DEADLINE_EXCEEDED: i32 = 4;
const CODE_NOT_FOUND: i32 = 5;
const CODE_PERMISSION_DENIED: i32 = 7;
const CODE_FAILED_PRECONDITION: i32 = 9;
const CODE_UNAVAILABLE: i32 = 14;
const CODE_UNAUTHENTICATED: i32 = 16;

/// A Qdrant collection holding every brand's chunks.
pub struct QdrantStore {
    client: Qdrant,
    url: String,
    collection: String,
    runtime: Runtime,
}

impl std::fmt::Debug for QdrantStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QdrantStore")
            .field("url", &self.url)
            .field("collection", &self.collection)
            .finish()
    }
}

/// The runtime the client's connections live on. It is shut down without waiting when the store
/// is dropped, which is allowed inside another runtime (a blocking shutdown is not).
struct Runtime(Option<tokio::runtime::Runtime>);

impl Drop for Runtime {
    fn drop(&mut self) {
        if let Some(rt) = self.0.take() {
            rt.shutdown_background();
        }
    }
}

/// A failed request: the gRPC status code when the server (or the transport) gave one.
#[derive(Debug)]
struct Failure {
    code: Option<i32>,
    message: String,
}

impl Failure {
    fn from_client(e: &QdrantError) -> Self {
        match e {
            QdrantError::ResponseError { status } => Self {
                code: Some(i32::from(status.code())),
                message: status.message().to_string(),
            },
            QdrantError::ResourceExhaustedError {
                status,
                retry_after_seconds,
            } => Self {
                code: Some(i32::from(status.code())),
                message: format!(
                    "rate limited ({}); retry in {retry_after_seconds} s",
                    status.message()
                ),
            },
            other => Self {
                code: None,
                message: other.to_string(),
            },
        }
    }

    fn is_not_found(&self) -> bool {
        self.code == Some(CODE_NOT_FOUND)
    }
}

impl QdrantStore {
    /// A client for the configured server and collection. No request is made yet: the first one
    /// (normally [`VectorStore::check_model`]) reports an unreachable server.
    pub fn connect(config: &IndexConfig) -> Result<Self, StoreError> {
        let url = config.url.clone().unwrap_or_default();
        let fail = |detail: String| StoreError::Qdrant {
            url: url.clone(),
            detail,
        };
        if url.is_empty() {
            return Err(fail(
                "index.url is not set: set it in copydesk.yaml (e.g. http://127.0.0.1:6334) or COPYDESK_INDEX_URL".into(),
            ));
        }
        let api_key = match &config.api_key_env {
            Some(var) => match std::env::var(var) {
                Ok(key) if !key.is_empty() => Some(key),
                _ => {
                    return Err(fail(format!(
                        "the environment variable {var} (index.api_key_env) holding the Qdrant API key is not set"
                    )));
                }
            },
            None => None,
        };
        let client = Qdrant::from_url(&url)
            .api_key(api_key)
            .timeout(Duration::from_secs(60))
            .connect_timeout(Duration::from_secs(5))
            // the check prints to stdout, which carries copydesk's own output
            .skip_compatibility_check()
            .build()
            .map_err(|e| fail(one_line(&e.to_string())))?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("copydesk-qdrant")
            .enable_all()
            .build()
            .map_err(|e| fail(format!("cannot start the client's runtime: {e}")))?;
        Ok(Self {
            client,
            url,
            collection: config.collection.clone(),
            runtime: Runtime(Some(runtime)),
        })
    }

    /// Run one client request on the store's runtime and wait for it.
    fn request<T, Fut>(&self, call: impl FnOnce(Qdrant) -> Fut) -> Result<T, Failure>
    where
        Fut: Future<Output = Result<T, QdrantError>> + Send + 'static,
        T: Send + 'static,
    {
        let local = |message: String| Failure {
            code: None,
            message,
        };
        let rt = self
            .runtime
            .0
            .as_ref()
            .ok_or_else(|| local("the client's runtime is shut down".into()))?;
        let task = rt.spawn(call(self.client.clone()));
        blocking::block_on(task)
            .map_err(|e| local(e.to_string()))?
            .map_err(|e| local(format!("the request was abandoned: {e}")))?
            .map_err(|e| Failure::from_client(&e))
    }

    /// The store error for a failed request.
    fn error(&self, what: &str, failure: &Failure) -> StoreError {
        StoreError::Qdrant {
            url: self.url.clone(),
            detail: format!("{what}: {}", describe(&self.url, failure)),
        }
    }

    /// [`Self::request`] with failures as store errors.
    fn call<T, Fut>(&self, what: &str, call: impl FnOnce(Qdrant) -> Fut) -> Result<T, StoreError>
    where
        Fut: Future<Output = Result<T, QdrantError>> + Send + 'static,
        T: Send + 'static,
    {
        self.request(call).map_err(|f| self.error(what, &f))
    }

    fn what(&self, action: &str) -> String {
        format!("collection {}, {action}", self.collection)
    }

    /// Every point the filter admits, with the given payload fields and no vectors.
    fn scroll(
        &self,
        filter: qdrant::Filter,
        fields: &[&str],
    ) -> Result<Vec<RetrievedPoint>, Failure> {
        let mut out = Vec::new();
        let mut offset: Option<PointId> = None;
        loop {
            let mut request = ScrollPointsBuilder::new(self.collection.clone())
                .filter(filter.clone())
                .limit(PAGE)
                .with_payload(PayloadIncludeSelector::new(
                    fields.iter().map(|f| f.to_string()).collect::<Vec<_>>(),
                ))
                .with_vectors(false);
            if let Some(o) = offset.take() {
                request = request.offset(o);
            }
            let page = self.request(move |q| async move { q.scroll(request).await })?;
            out.extend(page.result);
            match page.next_page_offset {
                Some(next) => offset = Some(next),
                None => return Ok(out),
            }
        }
    }

    /// Points the filter admits (all points without one), counted exactly.
    fn count(&self, filter: Option<qdrant::Filter>) -> Result<u64, Failure> {
        let mut request = CountPointsBuilder::new(self.collection.clone()).exact(true);
        if let Some(f) = filter {
            request = request.filter(f);
        }
        let response = self.request(move |q| async move { q.count(request).await })?;
        Ok(response.result.map_or(0, |r| r.count))
    }

    fn exists(&self) -> Result<bool, StoreError> {
        let name = self.collection.clone();
        self.call(&self.what("checking that it exists"), move |q| async move {
            q.collection_exists(name).await
        })
    }

    fn drop_collection(&self) -> Result<(), StoreError> {
        let name = self.collection.clone();
        self.call(&self.what("deleting it"), move |q| async move {
            q.delete_collection(name).await
        })?;
        Ok(())
    }

    /// Create the collection for a model, with the payload indexes the filters use.
    fn create(&self, model: &str, dimension: usize) -> Result<(), StoreError> {
        let request = create_collection(&self.collection, model, dimension);
        self.call(&self.what("creating it"), move |q| async move {
            q.create_collection(request).await
        })?;
        self.create_indexes(&[])?;
        let recorded = self.recorded()?;
        if recorded.model.as_deref() != Some(model) {
            return Err(StoreError::Qdrant {
                url: self.url.clone(),
                detail: format!(
                    "{}: the server did not keep the collection's metadata (the embedding model); upgrade Qdrant to the client's version (1.20)",
                    self.what("creating it")
                ),
            });
        }
        Ok(())
    }

    /// Create the keyword indexes that are not there yet.
    fn create_indexes(&self, present: &[String]) -> Result<(), StoreError> {
        for field in [BRAND, PATH, LOCALE, DOC_TYPE, TAGS] {
            if present.iter().any(|p| p == field) {
                continue;
            }
            // brand is the tenant key: Qdrant keeps each brand's points together
            let params = KeywordIndexParamsBuilder::default().is_tenant(field == BRAND);
            let request =
                CreateFieldIndexCollectionBuilder::new(&self.collection, field, FieldType::Keyword)
                    .field_index_params(params.build())
                    .wait(true);
            self.call(
                &self.what(&format!("creating the payload index on {field}")),
                move |q| async move { q.create_field_index(request).await },
            )?;
        }
        Ok(())
    }

    /// The model, dimension, vectors and payload indexes of the existing collection.
    fn recorded(&self) -> Result<Recorded, StoreError> {
        let name = self.collection.clone();
        let info = self.call(
            &self.what("reading its configuration"),
            move |q| async move { q.collection_info(name).await },
        )?;
        Ok(Recorded::of(info.result.as_ref()))
    }
}

/// What an existing collection says about itself.
#[derive(Debug, Default, PartialEq)]
struct Recorded {
    model: Option<String>,
    /// The size of the `dense` vector, if the collection has one.
    dimension: Option<usize>,
    has_bm25: bool,
    indexes: Vec<String>,
}

impl Recorded {
    fn of(info: Option<&qdrant::CollectionInfo>) -> Self {
        let Some(info) = info else {
            return Self::default();
        };
        let config = info.config.as_ref();
        let params = config.and_then(|c| c.params.as_ref());
        let dimension = params
            .and_then(|p| p.vectors_config.as_ref())
            .and_then(|v| v.config.as_ref())
            .and_then(|c| match c {
                qdrant::vectors_config::Config::ParamsMap(m) => m.map.get(DENSE),
                qdrant::vectors_config::Config::Params(_) => None,
            })
            .map(|p| p.size as usize);
        let has_bm25 = params
            .and_then(|p| p.sparse_vectors_config.as_ref())
            .is_some_and(|s| s.map.contains_key(BM25));
        let model = config
            .and_then(|c| c.metadata.get(META_MODEL))
            .and_then(|v| v.as_str())
            .cloned();
        let mut indexes: Vec<String> = info.payload_schema.keys().cloned().collect();
        indexes.sort();
        Self {
            model,
            dimension,
            has_bm25,
            indexes,
        }
    }
}

impl VectorStore for QdrantStore {
    fn check_model(&mut self, model: &str, dimension: usize) -> Result<(), StoreError> {
        if !self.exists()? {
            return self.create(model, dimension);
        }
        let recorded = self.recorded()?;
        let has_vectors = recorded.dimension.is_some() && recorded.has_bm25;
        if has_vectors
            && recorded.model.as_deref() == Some(model)
            && recorded.dimension == Some(dimension)
        {
            // an earlier run may have stopped between creating the collection and its indexes
            return self.create_indexes(&recorded.indexes);
        }
        let points = self
            .count(None)
            .map_err(|f| self.error(&self.what("counting points"), &f))?;
        if points == 0 {
            // nothing indexed yet: the collection is remade for this model
            self.drop_collection()?;
            return self.create(model, dimension);
        }
        if !has_vectors {
            return Err(StoreError::Qdrant {
                url: self.url.clone(),
                detail: format!(
                    "collection {} holds {points} points without copydesk's vectors ({DENSE}, {BM25}): set index.collection to a collection of copydesk's own",
                    self.collection
                ),
            });
        }
        Err(StoreError::ModelMismatch {
            indexed: recorded
                .model
                .unwrap_or_else(|| "(not recorded)".to_string()),
            indexed_dim: recorded.dimension.unwrap_or(0),
            configured: model.to_string(),
            configured_dim: dimension,
        })
    }

    fn manifest(&self, brand: &str) -> Result<Vec<DocumentState>, StoreError> {
        let what = self.what(&format!("listing the documents of brand {brand}"));
        let points = match self.scroll(
            qdrant::Filter::must([keyword(BRAND, brand)]),
            &[PATH, HEADING_PATH, PART, HASH, DOC_HASH],
        ) {
            Ok(points) => points,
            // no collection yet (or cleared): nothing is indexed
            Err(f) if f.is_not_found() => return Ok(Vec::new()),
            Err(f) => return Err(self.error(&what, &f)),
        };
        let entries = points
            .iter()
            .map(|p| manifest_entry(&p.payload).ok_or(p))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|p| StoreError::Qdrant {
                url: self.url.clone(),
                detail: format!(
                    "{what}: point {} lacks copydesk's payload (path, heading_path, part, hash): the collection holds points copydesk did not write",
                    show_id(p.id.as_ref())
                ),
            })?;
        Ok(manifest_of(entries))
    }

    fn write_document(&mut self, doc: &DocumentWrite<'_>) -> Result<usize, StoreError> {
        let what = self.what(&format!("writing {} of brand {}", doc.path, doc.brand));
        let document = document_filter(doc.brand, doc.path);
        let existing = self
            .scroll(document.clone(), &[HEADING_PATH, PART])
            .map_err(|f| self.error(&what, &f))?;
        let stale: Vec<PointId> = existing
            .iter()
            .filter(|p| chunk_key(&p.payload).is_none_or(|key| !doc.keep.contains(&key)))
            .filter_map(|p| p.id.clone())
            .collect();
        if !stale.is_empty() {
            // the remaining points must not read as a complete document with chunks missing
            self.set_doc_hash(&what, document.clone(), "")?;
        }
        for batch in doc.upserts.chunks(BATCH) {
            let points = batch
                .iter()
                .map(|(chunk, vector)| point(chunk, vector))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|detail| StoreError::Qdrant {
                    url: self.url.clone(),
                    detail: format!("{what}: {detail}"),
                })?;
            let request = UpsertPointsBuilder::new(self.collection.clone(), points).wait(true);
            self.call(
                &what,
                move |q| async move { q.upsert_points(request).await },
            )?;
        }
        let removed = stale.len();
        if !stale.is_empty() {
            let request = DeletePointsBuilder::new(self.collection.clone())
                .points(stale)
                .wait(true);
            self.call(
                &what,
                move |q| async move { q.delete_points(request).await },
            )?;
        }
        self.set_doc_hash(&what, document, doc.hash)?;
        Ok(removed)
    }

    fn remove_document(&mut self, brand: &str, path: &str) -> Result<usize, StoreError> {
        let what = self.what(&format!("removing {path} of brand {brand}"));
        let document = document_filter(brand, path);
        let n = match self.count(Some(document.clone())) {
            Ok(n) => n,
            Err(f) if f.is_not_found() => return Ok(0),
            Err(f) => return Err(self.error(&what, &f)),
        };
        if n > 0 {
            let request = DeletePointsBuilder::new(self.collection.clone())
                .points(document)
                .wait(true);
            self.call(
                &what,
                move |q| async move { q.delete_points(request).await },
            )?;
        }
        Ok(n as usize)
    }

    fn clear(&mut self) -> Result<(), StoreError> {
        if self.exists()? {
            self.drop_collection()?;
        }
        Ok(())
    }

    fn search(&self, query: &Query<'_>) -> Result<Vec<Hit>, StoreError> {
        // parts of one section collapse into its best one: ask for more than k
        let wide = Query {
            k: query.k.saturating_mul(SECTION_PARTS),
            ..*query
        };
        let Some(request) = query_request(&self.collection, &wide) else {
            return Ok(Vec::new());
        };
        let what = self.what(&format!("searching brand {}", query.filter.brand));
        let response = match self.request(move |q| async move { q.query(request).await }) {
            Ok(r) => r,
            Err(f) if f.is_not_found() => return Ok(Vec::new()),
            Err(f) => return Err(self.error(&what, &f)),
        };
        let hits = response
            .result
            .into_iter()
            .map(|p| {
                hit(p).map_err(|detail| StoreError::Qdrant {
                    url: self.url.clone(),
                    detail: format!("{what}: {detail}"),
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(best_per_section(hits, query.k))
    }
}

impl QdrantStore {
    /// Set `doc_hash` on every point of a document.
    fn set_doc_hash(
        &self,
        what: &str,
        document: qdrant::Filter,
        hash: &str,
    ) -> Result<(), StoreError> {
        let payload = HashMap::from([(DOC_HASH.to_string(), qdrant::Value::from(hash))]);
        let request = SetPayloadPointsBuilder::new(self.collection.clone(), payload)
            .points_selector(document)
            .wait(true);
        self.call(what, move |q| async move { q.set_payload(request).await })?;
        Ok(())
    }
}

/// The request creating the collection: the two named vectors and the model in its metadata.
fn create_collection(name: &str, model: &str, dimension: usize) -> CreateCollection {
    let mut vectors = VectorsConfigBuilder::default();
    vectors.add_named_vector_params(
        DENSE,
        VectorParamsBuilder::new(dimension as u64, Distance::Cosine),
    );
    let mut sparse = SparseVectorsConfigBuilder::default();
    sparse.add_named_vector_params(
        BM25,
        SparseVectorParamsBuilder::default().modifier(Modifier::Idf),
    );
    let metadata = HashMap::from([
        (META_MODEL.to_string(), serde_json::Value::from(model)),
        (
            META_DIMENSION.to_string(),
            serde_json::Value::from(dimension),
        ),
    ]);
    CreateCollectionBuilder::new(name)
        .vectors_config(vectors)
        .sparse_vectors_config(sparse)
        .metadata(metadata)
        .build()
}

/// An exact keyword match. (`Condition::matches` with a `String` turns a value containing
/// whitespace into a full-text match; a path or tag may contain spaces.)
fn keyword(field: &str, value: &str) -> Condition {
    Condition::matches(field, MatchValue::Keyword(value.to_string()))
}

/// The points of one document.
fn document_filter(brand: &str, path: &str) -> qdrant::Filter {
    qdrant::Filter::must([keyword(BRAND, brand), keyword(PATH, path)])
}

/// The points a search may return: the brand's, in the locale and of the type when given, with
/// any of the tags when given.
fn search_filter(filter: &Filter) -> qdrant::Filter {
    let mut must = vec![keyword(BRAND, &filter.brand)];
    if let Some(locale) = &filter.locale {
        // documents without a locale serve every locale
        must.push(Condition::from(qdrant::Filter::should([
            keyword(LOCALE, locale),
            Condition::is_empty(LOCALE),
        ])));
    }
    if let Some(doc_type) = &filter.doc_type {
        must.push(keyword(DOC_TYPE, doc_type));
    }
    if !filter.tags.is_empty() {
        must.push(Condition::matches(
            TAGS,
            MatchValue::Keywords(qdrant::RepeatedStrings {
                strings: filter.tags.clone(),
            }),
        ));
    }
    qdrant::Filter::must(must)
}

/// A chunk's sparse vector, `(term id, weight)` sorted by id: BM25's saturated term frequency
/// `tf·(k1+1) / (tf + k1·(1−b+b·len/avg_len))` per distinct term, `len` the chunk's number of
/// terms. Terms whose ids collide share one entry (Qdrant wants distinct indices).
fn document_vector(text: &str, locale: Option<&str>) -> Vec<(u32, f32)> {
    let terms = weighted(text, locale);
    let len: f32 = terms.iter().map(|(_, n)| f32::from(*n)).sum();
    let mut tf: BTreeMap<u32, f32> = BTreeMap::new();
    for (t, n) in &terms {
        *tf.entry(term_id(t)).or_default() += f32::from(*n);
    }
    let norm = K1 * (1.0 - B + B * len / AVG_LEN);
    tf.into_iter()
        .map(|(id, f)| (id, f * (K1 + 1.0) / (f + norm)))
        .collect()
}

/// A query's sparse vector: weight 1 per distinct term (the IDF comes from Qdrant).
fn query_vector(text: &str, locale: Option<&str>) -> Vec<(u32, f32)> {
    let mut ids: Vec<u32> = terms(text, locale).iter().map(|t| term_id(t)).collect();
    ids.sort_unstable();
    ids.dedup();
    ids.into_iter().map(|id| (id, 1.0)).collect()
}

/// The point of a chunk: id [`StoredChunk::numeric_id`], the dense vector and (when the text
/// has terms) the sparse one, every chunk field in the payload and an empty `doc_hash`.
fn point(chunk: &StoredChunk, vector: &[f32]) -> Result<PointStruct, String> {
    let mut vectors = NamedVectors::default().add_vector(DENSE, Vector::new_dense(vector.to_vec()));
    let sparse = document_vector(&chunk.text, chunk.locale.as_deref());
    if !sparse.is_empty() {
        vectors = vectors.add_vector(BM25, Vector::from(sparse));
    }
    Ok(PointStruct::new(
        chunk.numeric_id(),
        vectors,
        payload(chunk)?,
    ))
}

/// A chunk's payload: its fields as serde names them, and `doc_hash`.
fn payload(chunk: &StoredChunk) -> Result<HashMap<String, qdrant::Value>, String> {
    let fields = match serde_json::to_value(chunk) {
        Ok(serde_json::Value::Object(fields)) => fields,
        Ok(other) => return Err(format!("a chunk serialised to {other}, not an object")),
        Err(e) => return Err(format!("a chunk could not be serialised: {e}")),
    };
    let mut payload: HashMap<String, qdrant::Value> = fields
        .into_iter()
        .map(|(k, v)| (k, qdrant::Value::from(v)))
        .collect();
    payload.insert(DOC_HASH.to_string(), qdrant::Value::from(""));
    Ok(payload)
}

/// The chunk a payload holds.
fn chunk_from_payload(payload: HashMap<String, qdrant::Value>) -> Result<StoredChunk, String> {
    let json: serde_json::Map<String, serde_json::Value> = payload
        .into_iter()
        .map(|(k, v)| (k, v.into_json()))
        .collect();
    serde_json::from_value(serde_json::Value::Object(json))
        .map_err(|e| format!("a point's payload is not a copydesk chunk: {e}"))
}

/// A search result.
fn hit(point: ScoredPoint) -> Result<Hit, String> {
    let chunk = chunk_from_payload(point.payload)?;
    Ok(Hit {
        id: chunk.id(),
        chunk,
        score: f64::from(point.score),
    })
}

fn str_field<'a>(payload: &'a HashMap<String, qdrant::Value>, key: &str) -> Option<&'a str> {
    payload
        .get(key)
        .and_then(|v| v.as_str())
        .map(String::as_str)
}

/// A point's `(heading path, part)`.
fn chunk_key(payload: &HashMap<String, qdrant::Value>) -> Option<ChunkKey> {
    let heading = str_field(payload, HEADING_PATH)?;
    let part = payload.get(PART).and_then(|v| v.as_integer())?;
    Some((heading.to_string(), usize::try_from(part).ok()?))
}

/// One point as the manifest sees it.
#[derive(Debug, Clone, PartialEq)]
struct ManifestEntry {
    path: String,
    key: ChunkKey,
    hash: String,
    doc_hash: String,
}

fn manifest_entry(payload: &HashMap<String, qdrant::Value>) -> Option<ManifestEntry> {
    Some(ManifestEntry {
        path: str_field(payload, PATH)?.to_string(),
        key: chunk_key(payload)?,
        hash: str_field(payload, HASH)?.to_string(),
        doc_hash: str_field(payload, DOC_HASH).unwrap_or_default().to_string(),
    })
}

/// Points grouped into documents, sorted by path and chunk key. A document's hash is the
/// `doc_hash` all its points share, or empty when they do not all carry the same non-empty one
/// (an interrupted write, redone by the next run).
fn manifest_of(entries: Vec<ManifestEntry>) -> Vec<DocumentState> {
    let mut docs: BTreeMap<String, Vec<ManifestEntry>> = BTreeMap::new();
    for e in entries {
        docs.entry(e.path.clone()).or_default().push(e);
    }
    docs.into_iter()
        .map(|(path, mut entries)| {
            entries.sort_by(|a, b| a.key.cmp(&b.key));
            let first = entries
                .first()
                .map(|e| e.doc_hash.clone())
                .unwrap_or_default();
            let complete = !first.is_empty() && entries.iter().all(|e| e.doc_hash == first);
            DocumentState {
                path,
                hash: if complete { first } else { String::new() },
                chunks: entries.into_iter().map(|e| (e.key, e.hash)).collect(),
            }
        })
        .collect()
}

/// The query for a search, or `None` when nothing can match (k = 0, or nothing to rank by).
///
/// Hybrid fuses a dense and a sparse prefetch by DBSF; a hybrid query without a vector ranks by
/// BM25 alone, one whose text has no terms by its vector alone. Bm25 and Dense rank by their
/// vector only: Dense without a vector, or Bm25 without terms, finds nothing.
fn query_request(collection: &str, query: &Query<'_>) -> Option<QueryPoints> {
    if query.k == 0 {
        return None;
    }
    let filter = search_filter(query.filter);
    let sparse = query_vector(query.text, query.filter.locale.as_deref());
    let sparse = (!sparse.is_empty()).then_some(sparse);
    let dense = query.vector.map(<[f32]>::to_vec);
    let (dense, sparse) = match query.mode {
        Mode::Bm25 => (None, sparse),
        Mode::Dense => (dense, None),
        Mode::Hybrid => (dense, sparse),
    };
    let k = query.k as u64;
    let base = QueryPointsBuilder::new(collection)
        .limit(k)
        .with_payload(true);
    let request = match (dense, sparse) {
        (None, None) => return None,
        (Some(d), None) => base
            .query(qdrant::Query::new_nearest(d))
            .using(DENSE)
            .filter(filter),
        (None, Some(s)) => base
            .query(qdrant::Query::new_nearest(VectorInput::from(s.as_slice())))
            .using(BM25)
            .filter(filter),
        (Some(d), Some(s)) => {
            let limit = PREFETCH.max(k);
            base.add_prefetch(
                PrefetchQueryBuilder::default()
                    .query(qdrant::Query::new_nearest(d))
                    .using(DENSE)
                    .filter(filter.clone())
                    .limit(limit),
            )
            .add_prefetch(
                PrefetchQueryBuilder::default()
                    .query(qdrant::Query::new_nearest(VectorInput::from(s.as_slice())))
                    .using(BM25)
                    .filter(filter)
                    .limit(limit),
            )
            .query(qdrant::Query::new_fusion(Fusion::Dbsf))
        }
    };
    Some(request.build())
}

fn show_id(id: Option<&PointId>) -> String {
    match id.and_then(|i| i.point_id_options.as_ref()) {
        Some(PointIdOptions::Num(n)) => format!("{n:016x}"),
        Some(PointIdOptions::Uuid(u)) => u.clone(),
        None => "(without id)".to_string(),
    }
}

/// Whitespace (newlines included) collapsed: error details are one line.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A failure in words that say what to do.
fn describe(url: &str, failure: &Failure) -> String {
    let message = one_line(&failure.message);
    let lower = message.to_ascii_lowercase();
    let rest_port = url.trim_end_matches('/').ends_with(":6333");
    let grpc_hint = if rest_port {
        " (6333 is Qdrant's REST port; copydesk speaks gRPC, usually on 6334)"
    } else {
        ""
    };
    if lower.contains("connection refused") || lower.contains("connectionrefused") {
        return format!("connection refused: is Qdrant running at {url}?");
    }
    if lower.contains("dns error") || lower.contains("failed to lookup address") {
        return format!("cannot resolve the host of {url}: check index.url");
    }
    match failure.code {
        Some(CODE_UNAUTHENTICATED | CODE_PERMISSION_DENIED) => format!(
            "the server refused the credentials ({message}): put the API key in the environment variable index.api_key_env names"
        ),
        Some(CODE_DEADLINE_EXCEEDED) => {
            format!("no answer in time from {url} ({message}): is the server overloaded?")
        }
        _ if lower.contains("timed out") || lower.contains("timeout") => {
            format!(
                "no answer in time from {url} ({message}): is the server overloaded or the address wrong?{grpc_hint}"
            )
        }
        Some(CODE_NOT_FOUND) => format!("not found: {message}"),
        Some(CODE_INVALID_ARGUMENT | CODE_FAILED_PRECONDITION) => {
            format!("the server rejected the request: {message}")
        }
        Some(CODE_UNAVAILABLE) => format!("the server is unavailable: {message}{grpc_hint}"),
        _ => format!("{message}{grpc_hint}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use qdrant_client::qdrant::condition::ConditionOneOf;
    use qdrant_client::qdrant::{query, vector, vector_input, vectors};

    fn chunk() -> StoredChunk {
        StoredChunk {
            brand: "alpin".into(),
            path: "products/rain jacket.de.md".into(),
            heading_path: "Gratwind > Pflege".into(),
            part: 2,
            locale: Some("de".into()),
            doc_type: None,
            tags: vec!["regen".into(), "outdoor".into()],
            text: "Bei 30 °C waschen, die Farbe bleibt.".into(),
            hash: "abc".into(),
        }
    }

    /// `(field, match)` of every must condition; a nested "this value or none" filter counts as
    /// its value's condition.
    fn conditions(f: &qdrant::Filter) -> Vec<(String, MatchValue)> {
        assert!(f.should.is_empty() && f.must_not.is_empty());
        let field = |c: &Condition| match &c.condition_one_of {
            Some(ConditionOneOf::Field(fc)) => (
                fc.key.clone(),
                fc.r#match.clone().unwrap().match_value.unwrap(),
            ),
            other => panic!("not a field condition: {other:?}"),
        };
        f.must
            .iter()
            .map(|c| match &c.condition_one_of {
                Some(ConditionOneOf::Filter(nested)) => {
                    let (key, value) = field(&nested.should[0]);
                    assert_eq!(
                        nested.should[1].condition_one_of,
                        Some(ConditionOneOf::IsEmpty(qdrant::IsEmptyCondition {
                            key: key.clone()
                        }))
                    );
                    (key, value)
                }
                _ => field(c),
            })
            .collect()
    }

    fn kw(s: &str) -> MatchValue {
        MatchValue::Keyword(s.into())
    }

    #[test]
    fn the_filter_has_a_condition_per_given_field() {
        let only_brand = Filter {
            brand: "alpin".into(),
            ..Filter::default()
        };
        assert_eq!(
            conditions(&search_filter(&only_brand)),
            vec![("brand".to_string(), kw("alpin"))]
        );
        let all = Filter {
            brand: "alpin".into(),
            locale: Some("de".into()),
            doc_type: Some("product".into()),
            tags: vec!["regen".into(), "winter sale".into()],
        };
        assert_eq!(
            conditions(&search_filter(&all)),
            vec![
                ("brand".to_string(), kw("alpin")),
                ("locale".to_string(), kw("de")),
                ("doc_type".to_string(), kw("product")),
                (
                    "tags".to_string(),
                    MatchValue::Keywords(qdrant::RepeatedStrings {
                        strings: vec!["regen".into(), "winter sale".into()]
                    })
                ),
            ]
        );
    }

    #[test]
    fn values_with_spaces_stay_keyword_matches() {
        let f = document_filter("alpin", "products/rain jacket.de.md");
        assert_eq!(
            conditions(&f),
            vec![
                ("brand".to_string(), kw("alpin")),
                ("path".to_string(), kw("products/rain jacket.de.md")),
            ]
        );
    }

    fn query<'a>(
        text: &'a str,
        vector: Option<&'a [f32]>,
        filter: &'a Filter,
        k: usize,
        mode: Mode,
    ) -> Query<'a> {
        Query {
            text,
            vector,
            filter,
            k,
            mode,
        }
    }

    fn nearest(q: &Option<qdrant::Query>) -> &vector_input::Variant {
        match q.as_ref().and_then(|q| q.variant.as_ref()) {
            Some(query::Variant::Nearest(v)) => v.variant.as_ref().unwrap(),
            other => panic!("not a nearest query: {other:?}"),
        }
    }

    fn brand_filter() -> Filter {
        Filter {
            brand: "alpin".into(),
            locale: Some("de".into()),
            ..Filter::default()
        }
    }

    #[test]
    fn hybrid_is_two_filtered_prefetches_fused_by_dbsf() {
        let filter = brand_filter();
        let v = [0.5f32, 0.5, 0.5, 0.5];
        let q = query_request(
            "c",
            &query("Farben der Jacke", Some(&v), &filter, 5, Mode::Hybrid),
        )
        .unwrap();
        assert_eq!(q.collection_name, "c");
        assert_eq!(q.limit, Some(5));
        assert_eq!(
            q.query.as_ref().and_then(|q| q.variant.clone()),
            Some(query::Variant::Fusion(Fusion::Dbsf as i32))
        );
        assert!(q.with_payload.is_some());
        assert_eq!(q.prefetch.len(), 2);
        let (dense, sparse) = (&q.prefetch[0], &q.prefetch[1]);
        assert_eq!(dense.using.as_deref(), Some("dense"));
        assert_eq!(sparse.using.as_deref(), Some("bm25"));
        for p in [dense, sparse] {
            assert_eq!(p.limit, Some(50));
            assert_eq!(p.filter.as_ref(), Some(&search_filter(&filter)));
        }
        assert_eq!(
            nearest(&dense.query),
            &vector_input::Variant::Dense(qdrant::DenseVector { data: v.to_vec() })
        );
        let vector_input::Variant::Sparse(s) = nearest(&sparse.query) else {
            panic!("the bm25 prefetch is not sparse")
        };
        let expected = query_vector("Farben der Jacke", Some("de"));
        assert_eq!(s.indices, expected.iter().map(|e| e.0).collect::<Vec<_>>());
        assert!(s.values.iter().all(|&w| w == 1.0));
    }

    #[test]
    fn prefetches_grow_with_k() {
        let filter = brand_filter();
        let v = [1.0f32, 0.0];
        let q = query_request("c", &query("Farbe", Some(&v), &filter, 80, Mode::Hybrid)).unwrap();
        assert!(q.prefetch.iter().all(|p| p.limit == Some(80)));
    }

    #[test]
    fn bm25_and_dense_are_one_query_on_their_vector() {
        let filter = brand_filter();
        let v = [1.0f32, 0.0, 0.0, 0.0];
        let bm25 = query_request("c", &query("Farbe", Some(&v), &filter, 3, Mode::Bm25)).unwrap();
        assert!(bm25.prefetch.is_empty());
        assert_eq!(bm25.using.as_deref(), Some("bm25"));
        assert!(matches!(
            nearest(&bm25.query),
            vector_input::Variant::Sparse(_)
        ));
        assert_eq!(bm25.filter, Some(search_filter(&filter)));
        assert_eq!(bm25.limit, Some(3));

        let dense = query_request("c", &query("Farbe", Some(&v), &filter, 3, Mode::Dense)).unwrap();
        assert!(dense.prefetch.is_empty());
        assert_eq!(dense.using.as_deref(), Some("dense"));
        assert!(matches!(
            nearest(&dense.query),
            vector_input::Variant::Dense(_)
        ));
        assert_eq!(dense.filter, Some(search_filter(&filter)));
    }

    #[test]
    fn without_a_vector_hybrid_is_bm25_and_dense_finds_nothing() {
        let filter = brand_filter();
        for mode in [Mode::Hybrid, Mode::Bm25] {
            let q = query_request("c", &query("Farbe", None, &filter, 3, mode)).unwrap();
            assert!(q.prefetch.is_empty(), "{mode:?}");
            assert_eq!(q.using.as_deref(), Some("bm25"), "{mode:?}");
        }
        assert!(query_request("c", &query("Farbe", None, &filter, 3, Mode::Dense)).is_none());
    }

    #[test]
    fn hybrid_without_terms_is_dense_and_nothing_matches_nothing() {
        let filter = brand_filter();
        let v = [1.0f32, 0.0];
        let q = query_request("c", &query("und die", Some(&v), &filter, 3, Mode::Hybrid)).unwrap();
        assert_eq!(q.using.as_deref(), Some("dense"));
        assert!(q.prefetch.is_empty());
        assert!(query_request("c", &query("und die", None, &filter, 3, Mode::Hybrid)).is_none());
        assert!(query_request("c", &query("", Some(&v), &filter, 3, Mode::Bm25)).is_none());
        assert!(query_request("c", &query("Farbe", Some(&v), &filter, 0, Mode::Hybrid)).is_none());
    }

    fn saturation(tf: f32, len: f32) -> f32 {
        tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * len / 120.0))
    }

    #[test]
    fn sparse_weights_saturate_term_frequency() {
        // an empty heading line, then three terms: farb twice, jack once
        let v = document_vector("\nFarbe Farben Jacke", Some("de"));
        assert_eq!(v.len(), 2);
        let weight = |term: &str| v.iter().find(|(id, _)| *id == term_id(term)).unwrap().1;
        assert!((weight("farb") - saturation(2.0, 3.0)).abs() < 1e-6);
        assert!((weight("jack") - saturation(1.0, 3.0)).abs() < 1e-6);
        assert!(weight("farb") > weight("jack"));
        // saturation: ten repetitions weigh less than ten times one
        let ten = document_vector(&format!("\n{}", "Farbe ".repeat(10)), Some("de"));
        assert!(saturation(1.0, 10.0) < ten[0].1 && ten[0].1 < K1 + 1.0);
        // longer chunks weigh a term less
        let long = document_vector(&format!("\nFarbe {}", "Jacke ".repeat(200)), Some("de"));
        let farb_long = long
            .iter()
            .find(|(id, _)| *id == term_id("farb"))
            .unwrap()
            .1;
        assert!(farb_long < saturation(1.0, 3.0));
        // sorted by index, indices distinct
        assert!(long.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn query_vectors_weigh_each_distinct_term_once() {
        let v = query_vector("Farbe Farben farbe Jacke", Some("de"));
        let mut expected = vec![term_id("farb"), term_id("jack")];
        expected.sort_unstable();
        assert_eq!(
            v,
            expected.into_iter().map(|id| (id, 1.0)).collect::<Vec<_>>()
        );
    }

    #[test]
    fn empty_text_has_an_empty_sparse_vector() {
        assert!(document_vector("", Some("de")).is_empty());
        assert!(document_vector("und die der", None).is_empty());
        assert!(query_vector("  ", None).is_empty());
    }

    #[test]
    fn a_point_round_trips_into_its_chunk() {
        let c = chunk();
        let p = point(&c, &[0.6, 0.8]).unwrap();
        assert_eq!(p.id, Some(PointId::from(c.numeric_id())));
        assert_eq!(
            p.payload
                .get("doc_hash")
                .and_then(|v| v.as_str())
                .map(String::as_str),
            Some("")
        );
        assert_eq!(chunk_from_payload(p.payload.clone()).unwrap(), c);

        let Some(vectors::VectorsOptions::Vectors(named)) =
            p.vectors.and_then(|v| v.vectors_options)
        else {
            panic!("not named vectors")
        };
        assert_eq!(
            named.vectors["dense"].vector,
            Some(vector::Vector::Dense(qdrant::DenseVector {
                data: vec![0.6, 0.8]
            }))
        );
        let Some(vector::Vector::Sparse(s)) = &named.vectors["bm25"].vector else {
            panic!("bm25 is not sparse")
        };
        let expected = document_vector(&c.text, Some("de"));
        assert_eq!(s.indices, expected.iter().map(|e| e.0).collect::<Vec<_>>());
        assert_eq!(s.values, expected.iter().map(|e| e.1).collect::<Vec<_>>());
    }

    #[test]
    fn a_chunk_without_terms_has_no_sparse_vector() {
        let c = StoredChunk {
            text: "und".into(),
            locale: None,
            tags: vec![],
            ..chunk()
        };
        let p = point(&c, &[1.0]).unwrap();
        assert_eq!(chunk_from_payload(p.payload.clone()).unwrap(), c);
        let Some(vectors::VectorsOptions::Vectors(named)) =
            p.vectors.and_then(|v| v.vectors_options)
        else {
            panic!("not named vectors")
        };
        assert!(named.vectors.contains_key("dense") && !named.vectors.contains_key("bm25"));
    }

    #[test]
    fn the_collection_has_both_vectors_and_records_the_model() {
        let c = create_collection("chunks", "all-MiniLM-L6-v2", 384);
        assert_eq!(c.collection_name, "chunks");
        let Some(qdrant::vectors_config::Config::ParamsMap(m)) =
            c.vectors_config.and_then(|v| v.config)
        else {
            panic!("no named vectors")
        };
        assert_eq!(m.map["dense"].size, 384);
        assert_eq!(m.map["dense"].distance, Distance::Cosine as i32);
        let sparse = c.sparse_vectors_config.unwrap();
        assert_eq!(sparse.map["bm25"].modifier, Some(Modifier::Idf as i32));
        assert_eq!(
            c.metadata
                .get(META_MODEL)
                .and_then(|v| v.as_str())
                .map(String::as_str),
            Some("all-MiniLM-L6-v2")
        );
        assert_eq!(
            c.metadata.get(META_DIMENSION).and_then(|v| v.as_integer()),
            Some(384)
        );
    }

    fn entry(path: &str, heading: &str, part: usize, doc_hash: &str) -> ManifestEntry {
        ManifestEntry {
            path: path.into(),
            key: (heading.into(), part),
            hash: format!("{heading}{part}"),
            doc_hash: doc_hash.into(),
        }
    }

    #[test]
    fn a_document_is_complete_only_when_all_its_points_share_a_hash() {
        let docs = manifest_of(vec![
            entry("b.md", "B", 1, "h2"),
            entry("a.md", "A", 1, "h1"),
            entry("b.md", "B", 0, ""),
            entry("a.md", "A", 0, "h1"),
            entry("c.md", "C", 0, "old"),
            entry("c.md", "C", 1, "new"),
            entry("d.md", "D", 0, ""),
        ]);
        let summary: Vec<(&str, &str, usize)> = docs
            .iter()
            .map(|d| (d.path.as_str(), d.hash.as_str(), d.chunks.len()))
            .collect();
        assert_eq!(
            summary,
            vec![
                ("a.md", "h1", 2),
                ("b.md", "", 2),
                ("c.md", "", 2),
                ("d.md", "", 1)
            ]
        );
        assert_eq!(
            docs[0].chunks,
            vec![
                (("A".to_string(), 0), "A0".to_string()),
                (("A".to_string(), 1), "A1".to_string())
            ]
        );
    }

    #[test]
    fn manifest_entries_read_the_payload() {
        let p = point(&chunk(), &[1.0]).unwrap();
        let e = manifest_entry(&p.payload).unwrap();
        assert_eq!(e.path, "products/rain jacket.de.md");
        assert_eq!(e.key, ("Gratwind > Pflege".to_string(), 2));
        assert_eq!((e.hash.as_str(), e.doc_hash.as_str()), ("abc", ""));
        assert!(manifest_entry(&HashMap::new()).is_none());
    }

    #[test]
    fn errors_say_what_to_do_in_one_line() {
        let url = "http://127.0.0.1:6334";
        let refused = Failure {
            code: Some(13),
            message: "Failed to connect to http://127.0.0.1:6334/: tonic::transport::Error(Transport, ConnectError(\"tcp connect error\", Os { code: 111, kind: ConnectionRefused,\n message: \"Connection refused\" }))".into(),
        };
        assert_eq!(
            describe(url, &refused),
            "connection refused: is Qdrant running at http://127.0.0.1:6334?"
        );
        let multi_line = Failure {
            code: None,
            message: "first line\n  second line".into(),
        };
        assert_eq!(describe(url, &multi_line), "first line second line");
        let key = Failure {
            code: Some(CODE_UNAUTHENTICATED),
            message: "Must provide an API key".into(),
        };
        assert!(describe(url, &key).contains("api_key_env"));
        let rest = Failure {
            code: Some(CODE_UNAVAILABLE),
            message: "h2 protocol error".into(),
        };
        assert!(describe("http://localhost:6333", &rest).contains("REST port"));
        let bad = Failure {
            code: Some(CODE_INVALID_ARGUMENT),
            message: "Wrong input: Vector dimension error: expected dim: 4, got 8".into(),
        };
        assert_eq!(
            describe(url, &bad),
            "the server rejected the request: Wrong input: Vector dimension error: expected dim: 4, got 8"
        );
    }

    #[test]
    fn connect_needs_a_url_and_the_key_variable_and_debug_hides_the_key() {
        let mut config = IndexConfig {
            backend: crate::config::IndexBackend::Qdrant,
            url: None,
            collection: "chunks".into(),
            api_key_env: None,
            dense_weight: 1.0,
        };
        let e = QdrantStore::connect(&config).unwrap_err().to_string();
        assert!(e.contains("COPYDESK_INDEX_URL"), "{e}");
        config.url = Some("http://127.0.0.1:6334".into());
        config.api_key_env = Some("COPYDESK_TEST_UNSET_QDRANT_KEY".into());
        let e = QdrantStore::connect(&config).unwrap_err().to_string();
        assert!(e.contains("COPYDESK_TEST_UNSET_QDRANT_KEY"), "{e}");
        // a variable that is always set stands in for the key
        config.api_key_env = Some("PATH".into());
        let key = std::env::var("PATH").unwrap();
        let store = QdrantStore::connect(&config).unwrap();
        let shown = format!("{store:?}");
        assert!(
            shown.contains("http://127.0.0.1:6334") && shown.contains("chunks"),
            "{shown}"
        );
        assert!(!shown.contains(&key), "{shown}");
    }
}
