//! Where indexed chunks live and how they are searched: the [`VectorStore`] trait and its two
//! backends.
//!
//! - [`SqliteStore`] (`sqlite`, the embedded default) keeps chunks in the state database and
//!   answers from an in-memory copy: BM25 over the analysed terms ([`super::terms`]) and a dense
//!   scan of int8-quantised vectors whose best candidates are rescored exactly, fused by
//!   distribution-based score fusion ([`dbsf`]).
//! - [`QdrantStore`] (`qdrant`) keeps them in a Qdrant collection: a dense and a sparse (BM25-style)
//!   vector per chunk, payload indexes for the filters, and Qdrant's own fusion query. For teams,
//!   several workers and large catalogues.
//!
//! Both pass one conformance suite (`tests/it/store.rs`). Every method is required: a backend
//! that cannot do one of them is not a backend.

mod qdrant;
mod sqlite;

use std::sync::Arc;

use serde::{Deserialize, Serialize};

pub use qdrant::QdrantStore;
pub use sqlite::SqliteStore;

use crate::config::{Config, IndexBackend};
use crate::knowledge::embed::{EmbedError, Embedder};

/// Why the store failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("state database {path}: {detail}")]
    Db { path: String, detail: String },
    #[error("qdrant at {url}: {detail}")]
    Qdrant { url: String, detail: String },
    #[error(
        "the index was built with embedding model {indexed} ({indexed_dim} dimensions); the configured model is {configured} ({configured_dim}); rebuild it with `copydesk index --rebuild`"
    )]
    ModelMismatch {
        indexed: String,
        indexed_dim: usize,
        configured: String,
        configured_dim: usize,
    },
}

/// A chunk as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredChunk {
    pub brand: String,
    /// Path of the document relative to the brand folder.
    pub path: String,
    pub heading_path: String,
    pub part: usize,
    pub locale: Option<String>,
    pub doc_type: Option<String>,
    pub tags: Vec<String>,
    /// The text as indexed (personal data already replaced).
    pub text: String,
    pub hash: String,
}

impl StoredChunk {
    /// `path#heading path`: what results cite and evals label.
    pub fn source(&self) -> String {
        format!("{}#{}", self.path, self.heading_path)
    }

    /// A stable id: the first 16 hex digits of blake3 over brand, source and part.
    pub fn id(&self) -> String {
        format!("{:016x}", self.numeric_id())
    }

    /// The same id as a number (Qdrant point ids are numbers or UUIDs).
    pub fn numeric_id(&self) -> u64 {
        let key = format!("{}\n{}\n{}", self.brand, self.source(), self.part);
        let bytes = blake3::hash(key.as_bytes());
        let mut first = [0u8; 8];
        first.copy_from_slice(&bytes.as_bytes()[..8]);
        u64::from_be_bytes(first)
    }
}

/// Which chunks a search may return.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub brand: String,
    /// Chunks in this locale, and chunks of documents without one (written in several
    /// languages, or in none).
    pub locale: Option<String>,
    pub doc_type: Option<String>,
    /// Any of these tags.
    pub tags: Vec<String>,
}

/// How a search ranks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    Hybrid,
    Bm25,
    Dense,
}

crate::keywords!(Mode {
    Hybrid = "hybrid",
    Bm25 = "bm25",
    Dense = "dense",
});

/// One search.
#[derive(Debug, Clone, Copy)]
pub struct Query<'a> {
    /// The query text (for BM25).
    pub text: &'a str,
    /// Its embedding (for dense ranking). Without one, hybrid ranks by BM25 alone and dense
    /// finds nothing.
    pub vector: Option<&'a [f32]>,
    pub filter: &'a Filter,
    pub k: usize,
    pub mode: Mode,
}

/// One result.
#[derive(Debug, Clone)]
pub struct Hit {
    pub chunk: StoredChunk,
    pub id: String,
    pub score: f64,
}

/// A chunk's place in its document: `(heading path, part)`.
pub type ChunkKey = (String, usize);

/// An indexed document as the store knows it: what incremental indexing compares against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentState {
    pub path: String,
    /// Hash of the document's bytes when it was last written completely.
    pub hash: String,
    /// Every chunk's key with its content hash.
    pub chunks: Vec<(ChunkKey, String)>,
}

/// One document to write: its new and changed chunks with their vectors, and the keys of every
/// chunk it has now (chunks of the document not listed are removed).
#[derive(Debug, Clone, Copy)]
pub struct DocumentWrite<'a> {
    pub brand: &'a str,
    pub path: &'a str,
    pub hash: &'a str,
    pub keep: &'a [ChunkKey],
    pub upserts: &'a [(StoredChunk, Vec<f32>)],
}

/// Chunks in, ranked chunks out.
///
/// A document is written as a whole or not at all as far as [`VectorStore::manifest`] is
/// concerned: its hash is recorded last, so an interrupted write is redone by the next run.
pub trait VectorStore: Send + Sync + std::fmt::Debug {
    /// Check the embedding model the index was built with, or record it on an empty index.
    fn check_model(&mut self, model: &str, dimension: usize) -> Result<(), StoreError>;
    /// Every indexed document of a brand.
    fn manifest(&self, brand: &str) -> Result<Vec<DocumentState>, StoreError>;
    /// Write one document; how many of its old chunks were removed.
    fn write_document(&mut self, doc: &DocumentWrite<'_>) -> Result<usize, StoreError>;
    /// Remove a document; how many chunks went.
    fn remove_document(&mut self, brand: &str, path: &str) -> Result<usize, StoreError>;
    /// Drop everything, the recorded model included (a rebuild).
    fn clear(&mut self) -> Result<(), StoreError>;
    /// The `k` best chunks the filter admits, best first, one per section (the best part of a
    /// split section).
    fn search(&self, query: &Query<'_>) -> Result<Vec<Hit>, StoreError>;
}

/// The store copydesk.yaml configures (`index:`; the state database when it says nothing).
pub fn open(config: &Config) -> Result<Box<dyn VectorStore>, StoreError> {
    match &config.index.backend {
        IndexBackend::Sqlite => Ok(Box::new(
            SqliteStore::open(&state_db(config))?.with_dense_weight(config.index.dense_weight),
        )),
        IndexBackend::Qdrant => Ok(Box::new(QdrantStore::connect(&config.index)?)),
    }
}

/// Where the embedded store lives: the state database.
pub fn state_db(config: &Config) -> std::path::PathBuf {
    config.state_dir.join("state.db")
}

/// Where the configured index is, for messages.
pub fn describe(config: &Config) -> String {
    match &config.index.backend {
        IndexBackend::Sqlite => state_db(config).display().to_string(),
        IndexBackend::Qdrant => format!(
            "qdrant {} collection {}",
            config.index.url.as_deref().unwrap_or_default(),
            config.index.collection
        ),
    }
}

/// Distribution-based score fusion (DBSF, as Qdrant's `Fusion::Dbsf`) of several scored
/// rankings, each with a weight: every ranking's scores are mapped so that its mean minus three
/// standard deviations is 0 and its mean plus three is 1, weighted, and summed per id (an id a
/// ranking lacks gets nothing from it). The fused `(id, score)` list, best first, at most `k`.
///
/// Unlike reciprocal-rank fusion, a ranking's margin counts: a chunk far ahead in BM25 (its
/// exact product name and spec term) is not pulled level with the dense side's runner-up.
pub fn dbsf<T: Copy + PartialEq>(rankings: &[(&[(T, f32)], f64)], k: usize) -> Vec<(T, f64)> {
    let mut fused: Vec<(T, f64)> = Vec::new();
    for (ranking, weight) in rankings {
        if ranking.is_empty() {
            continue;
        }
        let n = ranking.len() as f64;
        let mean = ranking.iter().map(|x| f64::from(x.1)).sum::<f64>() / n;
        let sd = (ranking
            .iter()
            .map(|x| (f64::from(x.1) - mean).powi(2))
            .sum::<f64>()
            / n)
            .sqrt();
        for &(id, score) in ranking.iter() {
            // scores all alike: each sits in the middle
            let normal = if sd > 0.0 {
                (f64::from(score) - mean + 3.0 * sd) / (6.0 * sd)
            } else {
                0.5
            };
            match fused.iter_mut().find(|(i, _)| *i == id) {
                Some(entry) => entry.1 += weight * normal,
                None => fused.push((id, weight * normal)),
            }
        }
    }
    fused.sort_by(|a, b| b.1.total_cmp(&a.1));
    fused.truncate(k);
    fused
}

/// The first item of each key, in order: a ranking cut to its best entry per section.
pub fn first_per_key<I: IntoIterator, K: PartialEq>(
    items: I,
    key: impl Fn(&I::Item) -> K,
) -> impl Iterator<Item = I::Item> {
    let mut seen = Vec::new();
    items.into_iter().filter(move |item| {
        let k = key(item);
        let fresh = !seen.contains(&k);
        if fresh {
            seen.push(k);
        }
        fresh
    })
}

/// The best part of each section in a ranking of parts (best first): `(part, score)`, best
/// first.
pub fn best_parts<'a, S: PartialEq + 'a>(
    ranked: &'a [(usize, f32)],
    section: impl Fn(usize) -> S + 'a,
) -> impl Iterator<Item = (usize, f32)> + 'a {
    first_per_key(ranked.iter().copied(), move |&(part, _)| section(part))
}

/// Weighted rankings of parts fused by section with [`dbsf`]: each ranking is cut to its best
/// part of each section first, so that a section is one candidate of every ranking (its words
/// may match best in one part and its meaning in another) and each ranking's scores are spread
/// over sections, not over the parts of a long one. A section is returned as its part that fuses
/// best, with the section's score; best first.
pub fn fuse_sections<S: Copy + PartialEq>(
    rankings: &[(&[(usize, f32)], f64)],
    section: impl Fn(usize) -> S + Copy,
) -> Vec<(usize, f64)> {
    let cut: Vec<Vec<(usize, f32)>> = rankings
        .iter()
        .map(|(ranking, _)| best_parts(ranking, section).collect())
        .collect();
    let weighted: Vec<(&[(usize, f32)], f64)> = cut
        .iter()
        .zip(rankings)
        .map(|(c, (_, w))| (&c[..], *w))
        .collect();
    // every cut ranking holds one part per section, so a section's score is the sum of its
    // parts' and its first part (best first) is the one that fused best
    let mut sections: Vec<(S, usize, f64)> = Vec::new();
    for (part, score) in dbsf(&weighted, usize::MAX) {
        let s = section(part);
        match sections.iter_mut().find(|e| e.0 == s) {
            Some(e) => e.2 += score,
            None => sections.push((s, part, score)),
        }
    }
    sections.sort_by(|a, b| b.2.total_cmp(&a.2));
    sections
        .into_iter()
        .map(|(_, part, score)| (part, score))
        .collect()
}

/// Parts a section is split into at most, as a search expects: a backend that cannot collapse
/// parts itself asks for `k ×` this many and keeps [`best_per_section`].
pub const SECTION_PARTS: usize = 3;

/// The first hit of each section (`path#heading path`), at most `k`: a search returns `k`
/// sections, not `k` pieces of one.
pub fn best_per_section(hits: Vec<Hit>, k: usize) -> Vec<Hit> {
    first_per_key(hits, |h| {
        (
            h.chunk.brand.clone(),
            h.chunk.path.clone(),
            h.chunk.heading_path.clone(),
        )
    })
    .take(k)
    .collect()
}

/// Search over one brand's index with the embedder it was built with: what prompts with a
/// `retrieval:` block use.
#[derive(Debug)]
pub struct Retriever {
    /// Searches take `&self`: concurrent requests rank side by side.
    store: Box<dyn VectorStore>,
    embedder: Arc<dyn Embedder>,
    pub brand: String,
}

/// Why retrieval failed.
#[derive(Debug, thiserror::Error)]
pub enum RetrieveError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Embed(#[from] EmbedError),
}

impl Retriever {
    pub fn new(
        mut store: Box<dyn VectorStore>,
        embedder: Arc<dyn Embedder>,
        brand: &str,
    ) -> Result<Self, StoreError> {
        store.check_model(embedder.model_id(), embedder.dimension())?;
        Ok(Self {
            store,
            embedder,
            brand: brand.to_string(),
        })
    }

    /// The `k` best chunks of the brand for `query` (hybrid).
    pub fn retrieve(
        &self,
        query: &str,
        locale: Option<String>,
        doc_type: Option<String>,
        tags: Vec<String>,
        k: usize,
    ) -> Result<Vec<Hit>, RetrieveError> {
        let vector = self.embedder.embed_queries(&[query])?.pop();
        let filter = Filter {
            brand: self.brand.clone(),
            locale,
            doc_type,
            tags,
        };
        Ok(self.store.search(&Query {
            text: query,
            vector: vector.as_deref(),
            filter: &filter,
            k,
            mode: Mode::Hybrid,
        })?)
    }
}

#[cfg(test)]
mod tests {
    use super::{dbsf, fuse_sections};

    #[test]
    fn score_fusion_keeps_a_ranking_s_margin() {
        // BM25 is sure of 1 and ranks 3 second; the dense side ranks 3 first and 1 third, both
        // close: by rank alone 3 would win, by margin 1 does
        let bm25 = [(1, 9.0f32), (3, 2.0), (4, 1.9), (5, 1.8), (8, 1.7)];
        let dense = [(3, 0.90f32), (2, 0.89), (1, 0.80), (6, 0.79), (7, 0.78)];
        let fused = dbsf(&[(&bm25[..], 1.0), (&dense[..], 1.0)], 3);
        assert_eq!(fused.iter().map(|f| f.0).collect::<Vec<_>>(), [1, 3, 2]);
        // a weight of 0 leaves one ranking alone; scores all alike sit in the middle
        let only = dbsf(&[(&bm25[..], 1.0), (&dense[..], 0.0)], 1);
        assert_eq!(only[0].0, 1);
        let flat = dbsf(&[(&[(8, 1.0f32), (9, 1.0)][..], 1.0)], 2);
        assert_eq!(flat, [(8, 0.5), (9, 0.5)]);
    }

    #[test]
    fn sections_are_fused_whole() {
        // parts 0 and 1 are one section: its words match best in part 0, its meaning in part 1.
        // Part by part, section 2 (second on both sides) would win; as a section, 0–1 is first
        // on both sides
        let section = |part: usize| if part <= 1 { 0 } else { part };
        let bm25 = [(0, 9.0f32), (2, 8.0), (1, 1.0), (3, 1.0), (4, 1.0)];
        let dense = [(1, 0.90f32), (2, 0.85), (0, 0.10), (3, 0.10), (4, 0.10)];
        let by_part = dbsf(&[(&bm25[..], 1.0), (&dense[..], 1.0)], 5);
        assert_eq!(by_part[0].0, 2);
        let fused = fuse_sections(&[(&bm25[..], 1.0), (&dense[..], 1.0)], section);
        // the section is returned once, as its part that fused best
        assert_eq!(fused.iter().map(|f| f.0).collect::<Vec<_>>(), [0, 2, 3, 4]);
    }
}
