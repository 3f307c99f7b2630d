//! `copydesk index`: brand documents → chunks → personal data replaced → vectors → the store.
//!
//! A product named only by its SKU gets its name beside it ([`Catalogue`]).
//!
//! Incremental: a document whose bytes (and the names of the products it mentions) did not
//! change is skipped; in a changed document only new
//! or changed chunks are embedded; documents that disappeared leave the index. Every document is
//! written in its own transaction, so an interrupted run leaves a consistent index that the next
//! run completes. Unreadable, non-UTF-8, empty and oversized files are reported and skipped.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use indicatif::ProgressBar;
use serde::Serialize;

use super::catalogue::Catalogue;
use super::chunk::{Budget, FrontMatter, chunk, front_matter};
use super::embed::{EmbedError, Embedder};
use super::store::{DocumentWrite, StoreError, StoredChunk, VectorStore};
use crate::guard::finding::apply_fixes;
use crate::guard::{Chain, Subject};

/// Larger documents are skipped.
pub const MAX_DOCUMENT_BYTES: u64 = 10 * 1024 * 1024;

/// What a run did for one brand.
#[derive(Debug, Clone, Default, Serialize)]
pub struct IndexReport {
    pub brand: String,
    pub documents: usize,
    pub chunks: usize,
    pub new: usize,
    pub changed: usize,
    pub unchanged: usize,
    pub removed: usize,
    /// Personal-data values replaced by placeholders before embedding and storing.
    pub pii_redacted: usize,
    /// `(path, why)` of every file not indexed.
    pub skipped: Vec<(String, String)>,
    pub seconds: f64,
}

/// Why indexing stopped.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Embed(#[from] EmbedError),
}

/// The documents of a brand folder: Markdown and plain text, recursively, without the style
/// rules and README files.
pub fn documents(brand_dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![brand_dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let p = entry.path();
            let name = entry.file_name().to_string_lossy().to_string();
            if p.is_dir() {
                if name != "rules" && !name.starts_with('.') {
                    stack.push(p);
                }
            } else if (name.ends_with(".md") || name.ends_with(".txt")) && name != "README.md" {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Index one brand folder into `store`.
pub fn index_brand(
    store: &mut dyn VectorStore,
    embedder: &dyn Embedder,
    chain: &Chain,
    brand: &str,
    brand_dir: &Path,
    budget: Budget,
    progress: &ProgressBar,
) -> Result<IndexReport, IndexError> {
    let started = Instant::now();
    store.check_model(embedder.model_id(), embedder.dimension())?;
    let mut report = IndexReport {
        brand: brand.to_string(),
        ..IndexReport::default()
    };
    let manifest = store.manifest(brand)?;
    let files = documents(brand_dir);
    let catalogue = Catalogue::read(&files);
    progress.set_length(files.len() as u64);
    let mut seen = Vec::new();
    for file in files {
        let rel = file
            .strip_prefix(brand_dir)
            .unwrap_or(&file)
            .to_string_lossy()
            .replace('\\', "/");
        progress.set_message(rel.clone());
        progress.inc(1);
        let text = match read_document(&file) {
            Ok(t) => t,
            Err(why) => {
                report.skipped.push((rel, why));
                continue;
            }
        };
        seen.push(rel.clone());
        // the names of the products it mentions by SKU are part of what is indexed
        let doc_hash = blake3::hash(format!("{text}\n{}", catalogue.links_of(&text)).as_bytes())
            .to_hex()
            .to_string();
        let indexed = manifest.iter().find(|d| d.path == rel);
        if let Some(d) = indexed.filter(|d| d.hash == doc_hash) {
            let n = d.chunks.len();
            report.documents += 1;
            report.chunks += n;
            report.unchanged += n;
            continue;
        }
        let (fm, body) = front_matter(&text);
        let meta: FrontMatter = match fm.map(|y| crate::yaml::parse::<FrontMatter>(&file, y)) {
            Some(Ok(m)) => m,
            Some(Err(d)) => {
                report.skipped.push((rel, format!("front matter: {d}")));
                continue;
            }
            None => FrontMatter::default(),
        };
        let pieces = chunk(body, budget);
        if pieces.is_empty() {
            report.skipped.push((rel, "empty document".to_string()));
            continue;
        }
        let existing = indexed.map(|d| d.chunks.as_slice()).unwrap_or_default();
        let mut keep = Vec::new();
        let mut todo: Vec<StoredChunk> = Vec::new();
        for piece in pieces {
            let linked = catalogue.link(&piece.text, meta.locale.as_deref(), meta.sku.as_deref());
            // personal data never reaches the embedder or the index
            let found = chain.check(&Subject::text(&linked)).findings;
            report.pii_redacted += found.len();
            let clean = apply_fixes(&linked, &found);
            let stored = StoredChunk {
                brand: brand.to_string(),
                path: rel.clone(),
                heading_path: piece.heading_path.clone(),
                part: piece.part,
                locale: meta.locale.clone(),
                doc_type: meta.doc_type.clone(),
                tags: meta.tags.clone(),
                hash: chunk_hash(&clean, &meta),
                text: clean,
            };
            let key = (stored.heading_path.clone(), stored.part);
            match existing.iter().find(|(k, _)| *k == key) {
                Some((_, h)) if *h == stored.hash => report.unchanged += 1,
                Some(_) => {
                    report.changed += 1;
                    todo.push(stored);
                }
                None => {
                    report.new += 1;
                    todo.push(stored);
                }
            }
            keep.push(key);
        }
        let texts: Vec<&str> = todo.iter().map(|c| c.text.as_str()).collect();
        let vectors = embedder.embed(&texts)?;
        let upserts: Vec<(StoredChunk, Vec<f32>)> = todo.into_iter().zip(vectors).collect();
        report.removed += store.write_document(&DocumentWrite {
            brand,
            path: &rel,
            hash: &doc_hash,
            keep: &keep,
            upserts: &upserts,
        })?;
        report.documents += 1;
        report.chunks += keep.len();
    }
    for gone in manifest {
        if !seen.contains(&gone.path) {
            report.removed += store.remove_document(brand, &gone.path)?;
        }
    }
    report.seconds = round(started.elapsed());
    Ok(report)
}

fn round(d: Duration) -> f64 {
    (d.as_secs_f64() * 100.0).round() / 100.0
}

fn chunk_hash(text: &str, meta: &FrontMatter) -> String {
    let key = format!(
        "{text}\n{:?}\n{:?}\n{}",
        meta.locale,
        meta.doc_type,
        meta.tags.join(",")
    );
    blake3::hash(key.as_bytes()).to_hex()[..32].to_string()
}

/// A document's text, or why it cannot be indexed.
fn read_document(file: &Path) -> Result<String, String> {
    let size = std::fs::metadata(file).map_err(|e| e.to_string())?.len();
    if size > MAX_DOCUMENT_BYTES {
        return Err(format!(
            "{:.1} MB is larger than the {} MB a document may have",
            size as f64 / 1e6,
            MAX_DOCUMENT_BYTES / 1024 / 1024
        ));
    }
    let bytes = std::fs::read(file).map_err(|e| format!("cannot read: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "not UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    if text.trim().is_empty() {
        return Err("empty document".to_string());
    }
    Ok(text)
}
