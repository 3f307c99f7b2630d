//! The embedded vector store: chunks in the state database (SQLite, WAL), FTS5 BM25 over their
//! text (unicode61, diacritics folded) and exact cosine search over their vectors, fused by
//! reciprocal-rank fusion. Vectors are read into memory once per process for search.

use std::path::Path;
use std::sync::Mutex;

use rusqlite::{Connection, OptionalExtension, params};

/// Fusion constant of reciprocal-rank fusion.
const RRF_K: f64 = 60.0;
/// Weight of the dense ranking against BM25's in the fusion.
const DENSE_WEIGHT: f64 = 0.7;
/// Candidates taken from each ranking before fusion.
const CANDIDATES: usize = 50;

/// Why the store failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("state database {path}: {detail}")]
    Db { path: String, detail: String },
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
#[derive(Debug, Clone, PartialEq)]
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
        let key = format!("{}\n{}\n{}", self.brand, self.source(), self.part);
        blake3::hash(key.as_bytes()).to_hex()[..16].to_string()
    }
}

/// Which chunks a search may return.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub brand: String,
    pub locale: Option<String>,
    pub doc_type: Option<String>,
    /// Any of these tags.
    pub tags: Vec<String>,
}

impl Filter {
    fn admits(&self, c: &StoredChunk) -> bool {
        c.brand == self.brand
            && self
                .locale
                .as_ref()
                .is_none_or(|l| c.locale.as_ref() == Some(l))
            && self
                .doc_type
                .as_ref()
                .is_none_or(|d| c.doc_type.as_ref() == Some(d))
            && (self.tags.is_empty() || self.tags.iter().any(|t| c.tags.contains(t)))
    }
}

/// How a search ranks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Mode {
    Hybrid,
    Bm25,
    Dense,
}

/// One result.
#[derive(Debug, Clone)]
pub struct Hit {
    pub chunk: StoredChunk,
    pub id: String,
    pub score: f64,
}

/// What indexing a document changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Changes {
    pub new: usize,
    pub changed: usize,
    pub unchanged: usize,
    pub removed: usize,
}

/// Dot product of two unit vectors: their cosine. Eight independent sums let the compiler use
/// SIMD lanes (a single running sum fixes the order of additions and stays scalar).
fn dot(a: &[f32], b: &[f32]) -> f32 {
    let mut acc = [0.0f32; 8];
    let (ca, cb) = (a.chunks_exact(8), b.chunks_exact(8));
    let tail: f32 = ca
        .remainder()
        .iter()
        .zip(cb.remainder())
        .map(|(x, y)| x * y)
        .sum();
    for (x, y) in ca.zip(cb) {
        for i in 0..8 {
            acc[i] += x[i] * y[i];
        }
    }
    acc.iter().sum::<f32>() + tail
}

/// Function words of German and English that say nothing about a section.
fn is_stopword(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und",
        "oder", "ist", "sind", "wie", "was", "wer", "wo", "mit", "für", "fur", "von", "zu", "im",
        "in", "an", "auf", "bei", "es", "ich", "du", "wir", "sie", "man", "kann", "darf", "soll",
        "muss", "welche", "welcher", "welches", "gibt", "hat", "haben", "nicht", "auch", "the",
        "a", "an", "and", "or", "is", "are", "what", "which", "how", "who", "where", "with", "for",
        "of", "to", "in", "on", "at", "by", "it", "do", "does", "can", "may", "should", "we",
        "you", "our", "my", "i", "be", "there", "this", "that", "about",
    ];
    WORDS.contains(&word.to_lowercase().as_str())
}

/// Every chunk in memory for dense search: rows and one contiguous row-major matrix of their
/// vectors (one allocation, scanned in order).
#[derive(Debug, Default)]
struct Loaded {
    rows: Vec<(i64, StoredChunk)>,
    matrix: Vec<f32>,
    dim: usize,
}

/// A chunk's place in its document, `(heading path, part)`, and its content hash.
pub type ChunkKey = ((String, usize), String);

/// The SQLite store.
#[derive(Debug)]
pub struct SqliteStore {
    conn: Connection,
    path: String,
    /// Every chunk with its vector, loaded on the first search.
    vectors: Mutex<Option<Loaded>>,
}

fn db_err(path: &str) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
    move |e| StoreError::Db {
        path: path.to_string(),
        detail: e.to_string(),
    }
}

fn to_blob(v: &[f32]) -> Vec<u8> {
    v.iter().flat_map(|x| x.to_le_bytes()).collect()
}

fn from_blob(b: &[u8]) -> Vec<f32> {
    b.chunks_exact(4)
        .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

impl SqliteStore {
    /// Open (and create) the store in the state database at `path`.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let shown = path.display().to_string();
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| StoreError::Db {
                path: shown.clone(),
                detail: e.to_string(),
            })?;
        }
        let conn = Connection::open(path).map_err(db_err(&shown))?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = NORMAL;
             PRAGMA busy_timeout = 5000;
             CREATE TABLE IF NOT EXISTS index_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
             CREATE TABLE IF NOT EXISTS documents (
                 brand TEXT NOT NULL, path TEXT NOT NULL, hash TEXT NOT NULL,
                 PRIMARY KEY (brand, path));
             CREATE TABLE IF NOT EXISTS chunks (
                 id INTEGER PRIMARY KEY,
                 brand TEXT NOT NULL, path TEXT NOT NULL, heading TEXT NOT NULL, part INTEGER NOT NULL,
                 locale TEXT, doc_type TEXT, tags TEXT NOT NULL,
                 text TEXT NOT NULL, hash TEXT NOT NULL, embedding BLOB NOT NULL,
                 UNIQUE (brand, path, heading, part));
             CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(
                 text, content='chunks', content_rowid='id',
                 tokenize='unicode61 remove_diacritics 2');
             CREATE TRIGGER IF NOT EXISTS chunks_ai AFTER INSERT ON chunks BEGIN
                 INSERT INTO chunks_fts(rowid, text) VALUES (new.id, new.text); END;
             CREATE TRIGGER IF NOT EXISTS chunks_ad AFTER DELETE ON chunks BEGIN
                 INSERT INTO chunks_fts(chunks_fts, rowid, text) VALUES ('delete', old.id, old.text); END;
             CREATE TRIGGER IF NOT EXISTS chunks_au AFTER UPDATE ON chunks BEGIN
                 INSERT INTO chunks_fts(chunks_fts, rowid, text) VALUES ('delete', old.id, old.text);
                 INSERT INTO chunks_fts(rowid, text) VALUES (new.id, new.text); END;",
        )
        .map_err(db_err(&shown))?;
        Ok(Self {
            conn,
            path: shown,
            vectors: Mutex::new(None),
        })
    }

    /// Check (or, on an empty index, record) the embedding model and dimension.
    pub fn check_model(&self, model: &str, dim: usize) -> Result<(), StoreError> {
        let get = |key: &str| -> Result<Option<String>, StoreError> {
            self.conn
                .query_row("SELECT value FROM index_meta WHERE key = ?1", [key], |r| {
                    r.get(0)
                })
                .optional()
                .map_err(db_err(&self.path))
        };
        match (get("model")?, get("dimension")?) {
            (Some(m), Some(d)) if m == model && d == dim.to_string() => Ok(()),
            (Some(m), Some(d)) if self.count()? > 0 => Err(StoreError::ModelMismatch {
                indexed: m,
                indexed_dim: d.parse().unwrap_or(0),
                configured: model.to_string(),
                configured_dim: dim,
            }),
            _ => {
                for (k, v) in [("model", model.to_string()), ("dimension", dim.to_string())] {
                    self.conn
                        .execute(
                            "INSERT INTO index_meta(key, value) VALUES (?1, ?2)
                             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                            params![k, v],
                        )
                        .map_err(db_err(&self.path))?;
                }
                Ok(())
            }
        }
    }

    /// Chunks in the store.
    pub fn count(&self) -> Result<usize, StoreError> {
        self.conn
            .query_row("SELECT count(*) FROM chunks", [], |r| r.get::<_, i64>(0))
            .map(|n| n as usize)
            .map_err(db_err(&self.path))
    }

    /// Drop every chunk and document (a rebuild).
    pub fn clear(&self) -> Result<(), StoreError> {
        self.conn
            .execute_batch("DELETE FROM chunks; DELETE FROM documents; DELETE FROM index_meta;")
            .map_err(db_err(&self.path))
    }

    /// The recorded hash of a document, if indexed.
    pub fn document_hash(&self, brand: &str, path: &str) -> Result<Option<String>, StoreError> {
        self.conn
            .query_row(
                "SELECT hash FROM documents WHERE brand = ?1 AND path = ?2",
                params![brand, path],
                |r| r.get(0),
            )
            .optional()
            .map_err(db_err(&self.path))
    }

    /// The documents indexed for a brand.
    pub fn documents(&self, brand: &str) -> Result<Vec<String>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT path FROM documents WHERE brand = ?1 ORDER BY path")
            .map_err(db_err(&self.path))?;
        stmt.query_map([brand], |r| r.get(0))
            .and_then(Iterator::collect)
            .map_err(db_err(&self.path))
    }

    /// The hashes of a document's chunks: `(heading, part) → hash`.
    pub fn chunk_hashes(&self, brand: &str, path: &str) -> Result<Vec<ChunkKey>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT heading, part, hash FROM chunks WHERE brand = ?1 AND path = ?2")
            .map_err(db_err(&self.path))?;
        stmt.query_map(params![brand, path], |r| {
            Ok((
                (r.get::<_, String>(0)?, r.get::<_, i64>(1)? as usize),
                r.get(2)?,
            ))
        })
        .and_then(Iterator::collect)
        .map_err(db_err(&self.path))
    }

    /// Replace a document's chunks in one transaction: `upserts` are new or changed chunks with
    /// their vectors; chunks of the document not in `keep` are removed.
    pub fn write_document(
        &mut self,
        brand: &str,
        path: &str,
        doc_hash: &str,
        keep: &[(String, usize)],
        upserts: &[(StoredChunk, Vec<f32>)],
    ) -> Result<usize, StoreError> {
        let shown = self.path.clone();
        let tx = self.conn.transaction().map_err(db_err(&shown))?;
        let existing: Vec<(i64, String, i64)> = {
            let mut stmt = tx
                .prepare("SELECT id, heading, part FROM chunks WHERE brand = ?1 AND path = ?2")
                .map_err(db_err(&shown))?;
            stmt.query_map(params![brand, path], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .and_then(Iterator::collect)
            .map_err(db_err(&shown))?
        };
        let mut removed = 0;
        for (id, heading, part) in existing {
            if !keep.iter().any(|(h, p)| *h == heading && *p as i64 == part) {
                tx.execute("DELETE FROM chunks WHERE id = ?1", [id])
                    .map_err(db_err(&shown))?;
                removed += 1;
            }
        }
        for (c, v) in upserts {
            tx.execute(
                "INSERT INTO chunks (brand, path, heading, part, locale, doc_type, tags, text, hash, embedding)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                 ON CONFLICT (brand, path, heading, part) DO UPDATE SET
                   locale = excluded.locale, doc_type = excluded.doc_type, tags = excluded.tags,
                   text = excluded.text, hash = excluded.hash, embedding = excluded.embedding",
                params![
                    c.brand,
                    c.path,
                    c.heading_path,
                    c.part as i64,
                    c.locale,
                    c.doc_type,
                    serde_json::to_string(&c.tags).unwrap_or_default(),
                    c.text,
                    c.hash,
                    to_blob(v)
                ],
            )
            .map_err(db_err(&shown))?;
        }
        tx.execute(
            "INSERT INTO documents (brand, path, hash) VALUES (?1, ?2, ?3)
             ON CONFLICT (brand, path) DO UPDATE SET hash = excluded.hash",
            params![brand, path, doc_hash],
        )
        .map_err(db_err(&shown))?;
        tx.commit().map_err(db_err(&shown))?;
        self.invalidate();
        Ok(removed)
    }

    /// Remove a document and its chunks; how many chunks went.
    pub fn remove_document(&mut self, brand: &str, path: &str) -> Result<usize, StoreError> {
        let shown = self.path.clone();
        let tx = self.conn.transaction().map_err(db_err(&shown))?;
        let n = tx
            .execute(
                "DELETE FROM chunks WHERE brand = ?1 AND path = ?2",
                params![brand, path],
            )
            .map_err(db_err(&shown))?;
        tx.execute(
            "DELETE FROM documents WHERE brand = ?1 AND path = ?2",
            params![brand, path],
        )
        .map_err(db_err(&shown))?;
        tx.commit().map_err(db_err(&shown))?;
        self.invalidate();
        Ok(n)
    }

    fn invalidate(&self) {
        if let Ok(mut v) = self.vectors.lock() {
            *v = None;
        }
    }

    fn row_chunk(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoredChunk> {
        let tags: String = r.get(6)?;
        Ok(StoredChunk {
            brand: r.get(0)?,
            path: r.get(1)?,
            heading_path: r.get(2)?,
            part: r.get::<_, i64>(3)? as usize,
            locale: r.get(4)?,
            doc_type: r.get(5)?,
            tags: serde_json::from_str(&tags).unwrap_or_default(),
            text: r.get(7)?,
            hash: r.get(8)?,
        })
    }

    /// BM25 ranking (best first) of the chunks the filter admits: `(rowid, chunk)`.
    fn bm25(&self, query: &str, filter: &Filter) -> Result<Vec<(i64, StoredChunk)>, StoreError> {
        // every content word as a quoted prefix term, any of them: no FTS5 syntax from user
        // input; prefixes catch inflections and the heads of German compounds
        let terms: Vec<String> = query
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !is_stopword(w))
            .map(|w| {
                let w = w.to_lowercase();
                if w.chars().count() >= 5 {
                    let stem: String = w.chars().take(w.chars().count().min(8) - 1).collect();
                    format!("\"{stem}\"*")
                } else {
                    format!("\"{w}\"")
                }
            })
            .collect();
        if terms.is_empty() {
            return Ok(Vec::new());
        }
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT c.brand, c.path, c.heading, c.part, c.locale, c.doc_type, c.tags, c.text, c.hash, c.id
                 FROM chunks_fts JOIN chunks c ON c.id = chunks_fts.rowid
                 WHERE chunks_fts MATCH ?1 AND c.brand = ?2
                 ORDER BY bm25(chunks_fts) LIMIT ?3",
            )
            .map_err(db_err(&self.path))?;
        let rows = stmt
            .query_map(
                params![terms.join(" OR "), filter.brand, (CANDIDATES * 4) as i64],
                |r| Ok((r.get::<_, i64>(9)?, Self::row_chunk(r)?)),
            )
            .and_then(Iterator::collect::<rusqlite::Result<Vec<_>>>)
            .map_err(db_err(&self.path))?;
        Ok(rows
            .into_iter()
            .filter(|(_, c)| filter.admits(c))
            .take(CANDIDATES)
            .collect())
    }

    /// Cosine ranking (best first) of the chunks the filter admits.
    fn dense(
        &self,
        query: &[f32],
        filter: &Filter,
    ) -> Result<Vec<(i64, StoredChunk, f32)>, StoreError> {
        let mut guard = self.vectors.lock().map_err(|_| StoreError::Db {
            path: self.path.clone(),
            detail: "vector cache poisoned".into(),
        })?;
        if guard.is_none() {
            let mut stmt = self
                .conn
                .prepare(
                    "SELECT brand, path, heading, part, locale, doc_type, tags, text, hash, id, embedding FROM chunks",
                )
                .map_err(db_err(&self.path))?;
            let mut loaded = Loaded {
                dim: query.len(),
                ..Loaded::default()
            };
            let mut rows = stmt.query([]).map_err(db_err(&self.path))?;
            while let Some(r) = rows.next().map_err(db_err(&self.path))? {
                let vector = from_blob(&r.get::<_, Vec<u8>>(10).map_err(db_err(&self.path))?);
                if vector.len() != loaded.dim {
                    continue;
                }
                loaded.matrix.extend_from_slice(&vector);
                loaded.rows.push((
                    r.get::<_, i64>(9).map_err(db_err(&self.path))?,
                    Self::row_chunk(r).map_err(db_err(&self.path))?,
                ));
            }
            *guard = Some(loaded);
        }
        let Some(all) = guard.as_ref() else {
            return Ok(Vec::new());
        };
        if all.dim != query.len() {
            return Ok(Vec::new());
        }
        // score in matrix order, keep the best few, clone only those
        let mut scored: Vec<(usize, f32)> = all
            .matrix
            .chunks_exact(all.dim)
            .enumerate()
            .filter(|(i, _)| filter.admits(&all.rows[*i].1))
            .map(|(i, v)| (i, dot(v, query)))
            .collect();
        let keep = CANDIDATES.min(scored.len());
        if keep < scored.len() {
            scored.select_nth_unstable_by(keep, |a, b| b.1.total_cmp(&a.1));
            scored.truncate(keep);
        }
        scored.sort_by(|a, b| b.1.total_cmp(&a.1));
        Ok(scored
            .into_iter()
            .map(|(i, score)| (all.rows[i].0, all.rows[i].1.clone(), score))
            .collect())
    }

    /// The `k` best chunks for a query.
    pub fn search(
        &self,
        query: &str,
        vector: Option<&[f32]>,
        filter: &Filter,
        k: usize,
        mode: Mode,
    ) -> Result<Vec<Hit>, StoreError> {
        let bm25 = if mode == Mode::Dense {
            Vec::new()
        } else {
            self.bm25(query, filter)?
        };
        let dense = match (mode, vector) {
            (Mode::Bm25, _) | (_, None) => Vec::new(),
            (_, Some(v)) => self.dense(v, filter)?,
        };
        let mut fused: Vec<(i64, StoredChunk, f64)> = Vec::new();
        let mut add = |id: i64, chunk: &StoredChunk, rank: usize, weight: f64| {
            let s = weight / (RRF_K + rank as f64 + 1.0);
            match fused.iter_mut().find(|(i, _, _)| *i == id) {
                Some(entry) => entry.2 += s,
                None => fused.push((id, chunk.clone(), s)),
            }
        };
        for (rank, (id, c)) in bm25.iter().enumerate() {
            add(*id, c, rank, 1.0);
        }
        for (rank, (id, c, _)) in dense.iter().enumerate() {
            add(*id, c, rank, DENSE_WEIGHT);
        }
        fused.sort_by(|a, b| b.2.total_cmp(&a.2));
        Ok(fused
            .into_iter()
            .take(k)
            .map(|(_, chunk, score)| Hit {
                id: chunk.id(),
                chunk,
                score,
            })
            .collect())
    }
}

/// Search over one brand's index with the embedder it was built with: what prompts with a
/// `retrieval:` block use.
#[derive(Debug)]
pub struct Retriever {
    store: Mutex<SqliteStore>,
    embedder: std::sync::Arc<dyn crate::knowledge::embed::Embedder>,
    pub brand: String,
}

/// Why retrieval failed.
#[derive(Debug, thiserror::Error)]
pub enum RetrieveError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Embed(#[from] crate::knowledge::embed::EmbedError),
}

impl Retriever {
    pub fn new(
        store: SqliteStore,
        embedder: std::sync::Arc<dyn crate::knowledge::embed::Embedder>,
        brand: &str,
    ) -> Result<Self, StoreError> {
        store.check_model(embedder.model_id(), embedder.dimension())?;
        Ok(Self {
            store: Mutex::new(store),
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
        let vector = self.embedder.embed(&[query])?.pop();
        let filter = Filter {
            brand: self.brand.clone(),
            locale,
            doc_type,
            tags,
        };
        let store = self.store.lock().map_err(|_| StoreError::Db {
            path: "state database".into(),
            detail: "lock poisoned".into(),
        })?;
        Ok(store.search(query, vector.as_deref(), &filter, k, Mode::Hybrid)?)
    }
}
