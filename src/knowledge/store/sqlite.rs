//! The embedded store: chunks in the state database (SQLite, WAL), searched in memory.
//!
//! Every chunk row holds its text, its vector (f32) and its analysed BM25 terms (term ids with
//! their counts, written once when the chunk is indexed). The first search of a process loads
//! what ranking needs into memory, and reloads it whenever the database changed (its own writes,
//! or another process's, seen through `PRAGMA data_version`):
//!
//! - **BM25** over posting lists (term id → chunks with counts), k1 = 1.2, b = 0.75. A German query
//!   word also matches the compounds it heads or ends (`Jacke` → `Regenjacke`, at half weight),
//!   found in a sorted vocabulary and a sorted vocabulary of reversed terms.
//! - **Dense**: every vector quantised to int8 with its own scale, one contiguous matrix scanned in
//!   order (4× less memory and bandwidth than f32); the best candidates are rescored with their
//!   exact f32 vectors from the database, so the ranking that reaches fusion is exact cosine.
//! - Both rankings see only chunks the filter admits (brand, locale, doc type, tags as small
//!   integers); each is cut to the best part of each section, then distribution-based score
//!   fusion merges them by section ([`fuse_sections`]). The texts of the `k` winners are read
//!   from the database last.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};

use rusqlite::{Connection, OptionalExtension, params};

use super::{
    ChunkKey, DocumentState, DocumentWrite, Filter, Hit, Mode, Query, StoreError, StoredChunk,
    VectorStore, best_parts, fuse_sections,
};
use crate::config::IndexConfig;
use crate::knowledge::terms::{term_id, terms, weighted};

/// Candidates taken from each ranking before fusion.
const CANDIDATES: usize = 50;
/// Dense candidates kept by the sign-bit pass for the int8 pass.
const COARSE: usize = 100 * CANDIDATES;
/// Dense candidates taken from the int8 pass for exact rescoring.
const RESCORE: usize = 2 * CANDIDATES;
/// Weight of a compound that contains a query term (against the term itself).
const COMPOUND_WEIGHT: f32 = 0.5;
/// Compounds a query term expands to at most.
const MAX_COMPOUNDS: usize = 16;
/// Query terms shorter than this are not looked for inside compounds.
const MIN_COMPOUND_PART: usize = 4;
/// BM25 parameters.
const K1: f32 = 1.2;
const B: f32 = 0.75;
/// Schema version in `PRAGMA user_version`: 2 = analysed terms per chunk, no FTS5 table.
const SCHEMA: i64 = 2;
/// Version of the term analyser ([`crate::knowledge::terms`]); stored terms of another version
/// are re-analysed when the store is opened.
const ANALYSER: &str = "2";

/// The SQLite store.
#[derive(Debug)]
pub struct SqliteStore {
    /// Held only for each statement: searches rank in memory side by side.
    conn: Mutex<Connection>,
    path: String,
    /// Weight of the dense ranking against BM25's in hybrid fusion.
    dense_weight: f64,
    /// What ranking needs, loaded on the first search.
    memory: Mutex<Option<Arc<Memory>>>,
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

/// A chunk's analysed terms as stored: `(term id u32, count u16)` little-endian pairs (heading
/// terms weighted, see [`weighted`]), and the distinct terms themselves for the vocabulary.
fn analyse(text: &str, locale: Option<&str>) -> (Vec<u8>, Vec<String>) {
    let counts = weighted(text, locale);
    let mut blob = Vec::with_capacity(counts.len() * 6);
    for (t, n) in &counts {
        blob.extend_from_slice(&term_id(t).to_le_bytes());
        blob.extend_from_slice(&n.to_le_bytes());
    }
    (blob, counts.into_iter().map(|(t, _)| t).collect())
}

fn unpack_terms(blob: &[u8]) -> impl Iterator<Item = (u32, u16)> + '_ {
    blob.chunks_exact(6).map(|c| {
        (
            u32::from_le_bytes([c[0], c[1], c[2], c[3]]),
            u16::from_le_bytes([c[4], c[5]]),
        )
    })
}

/// Dot product of two int8 vectors. Products of i8 fit i16 and pairs of them i32, so the
/// compiler's vector lanes do the work (pmaddwd on x86).
fn dot_i8(a: &[i8], b: &[i8]) -> i32 {
    a.iter()
        .zip(b)
        .map(|(&x, &y)| i32::from(i16::from(x) * i16::from(y)))
        .sum()
}

/// Dot product of two unit vectors: their cosine. Eight independent sums let the compiler use
/// vector lanes (a single running sum fixes the order of additions and stays scalar).
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

/// The sign bits of a vector, 64 dimensions per word.
fn sign_bits(v: &[f32]) -> Vec<u64> {
    v.chunks(64)
        .map(|c| {
            c.iter()
                .enumerate()
                .fold(0u64, |w, (i, x)| if *x > 0.0 { w | 1 << i } else { w })
        })
        .collect()
}

/// Differing bits of two sign-bit vectors.
fn hamming(a: &[u64], b: &[u64]) -> u32 {
    a.iter().zip(b).map(|(x, y)| (x ^ y).count_ones()).sum()
}

/// A vector as int8 with the scale that maps it back (`x ≈ q · scale`).
fn quantise(v: &[f32]) -> (Vec<i8>, f32) {
    let max = v.iter().fold(0.0f32, |m, x| m.max(x.abs()));
    if max == 0.0 {
        return (vec![0; v.len()], 0.0);
    }
    let scale = max / 127.0;
    (
        v.iter()
            .map(|x| (x / scale).round().clamp(-127.0, 127.0) as i8)
            .collect(),
        scale,
    )
}

/// Small integers for the strings filters compare (0 = none).
#[derive(Debug, Default)]
struct Interner(HashMap<String, u32>);

impl Interner {
    fn id(&mut self, s: Option<&str>) -> u32 {
        match s {
            None => 0,
            Some(s) => {
                let next = self.0.len() as u32 + 1;
                *self.0.entry(s.to_string()).or_insert(next)
            }
        }
    }

    /// The id of a string, if any chunk has it; `Some(0)` for no string.
    fn find(&self, s: Option<&str>) -> Option<u32> {
        match s {
            None => Some(0),
            Some(s) => self.0.get(s).copied(),
        }
    }
}

/// One posting: a chunk (its position in memory) and the term's BM25 weight in it before IDF,
/// `tf·(k1+1) / (tf + k1·(1−b+b·len/avg_len))`, computed once at load.
#[derive(Debug, Clone, Copy)]
struct Posting {
    row: u32,
    impact: f32,
}

/// Everything ranking needs, for every chunk in the database.
#[derive(Debug, Default)]
struct Memory {
    /// `PRAGMA data_version` when loaded.
    version: i64,
    /// Database row id per chunk.
    rowids: Vec<i64>,
    brand: Vec<u32>,
    /// The section (brand, path, heading) per chunk: a search returns one part of each.
    section: Vec<u32>,
    locale: Vec<u32>,
    doc_type: Vec<u32>,
    /// Tag ids of chunk `i`: `tags[tag_start[i]..tag_start[i + 1]]`.
    tags: Vec<u32>,
    tag_start: Vec<u32>,
    strings: Interner,
    /// Terms per chunk (BM25 length normalisation).
    length: Vec<u32>,
    postings: HashMap<u32, Vec<Posting>>,
    /// Distinct terms, sorted; and the same terms reversed, sorted (compound lookups).
    vocabulary: Vec<String>,
    reversed: Vec<String>,
    dim: usize,
    /// Row-major int8 vectors and their scales.
    matrix: Vec<i8>,
    scale: Vec<f32>,
    /// Row-major sign bits of the vectors, `words` u64 each: the first, coarse pass.
    bits: Vec<u64>,
    words: usize,
}

/// A filter as the integers of [`Memory`]; `None` when it can admit nothing.
struct Admit {
    brand: u32,
    locale: Option<u32>,
    doc_type: Option<u32>,
    tags: Vec<u32>,
}

impl Memory {
    fn admit(&self, f: &Filter) -> Option<Admit> {
        let brand = self.strings.find(Some(&f.brand))?;
        let locale = match &f.locale {
            Some(l) => Some(self.strings.find(Some(l))?),
            None => None,
        };
        let doc_type = match &f.doc_type {
            Some(d) => Some(self.strings.find(Some(d))?),
            None => None,
        };
        let tags: Vec<u32> = f
            .tags
            .iter()
            .filter_map(|t| self.strings.find(Some(t)))
            .collect();
        if !f.tags.is_empty() && tags.is_empty() {
            return None;
        }
        Some(Admit {
            brand,
            locale,
            doc_type,
            tags,
        })
    }

    fn admits(&self, a: &Admit, i: usize) -> bool {
        self.brand[i] == a.brand
            && a.locale
                .is_none_or(|l| self.locale[i] == l || self.locale[i] == 0)
            && a.doc_type.is_none_or(|d| self.doc_type[i] == d)
            && (a.tags.is_empty() || {
                let own = &self.tags[self.tag_start[i] as usize..self.tag_start[i + 1] as usize];
                a.tags.iter().any(|t| own.contains(t))
            })
    }

    /// Query term ids with weights: the terms themselves, and for words long enough the
    /// compounds that start or end with them.
    fn expand(&self, text: &str, locale: Option<&str>) -> Vec<(u32, f32)> {
        let mut out: Vec<(u32, f32)> = Vec::new();
        let mut add = |id: u32, w: f32| match out.iter_mut().find(|(i, _)| *i == id) {
            Some(e) => e.1 = e.1.max(w),
            None => out.push((id, w)),
        };
        for t in terms(text, locale) {
            add(term_id(&t), 1.0);
            if t.chars().count() < MIN_COMPOUND_PART {
                continue;
            }
            let rev: String = t.chars().rev().collect();
            let mut compounds: Vec<u32> = prefixed(&self.vocabulary, &t)
                .map(|v| term_id(v))
                .chain(
                    prefixed(&self.reversed, &rev)
                        .map(|v| term_id(&v.chars().rev().collect::<String>())),
                )
                .collect();
            // the most common compounds, a bounded number: a short word heads thousands of
            // compounds in a large catalogue
            let df = |id: &u32| self.postings.get(id).map_or(0, Vec::len);
            compounds.sort_by_key(|id| std::cmp::Reverse(df(id)));
            for id in compounds.into_iter().take(MAX_COMPOUNDS) {
                add(id, COMPOUND_WEIGHT);
            }
        }
        out
    }

    /// BM25 ranking of the admitted chunks: `(row, score)` best first.
    fn bm25(&self, query: &[(u32, f32)], a: &Admit) -> Vec<(usize, f32)> {
        let n = self.rowids.len() as f32;
        let mut scores = vec![0.0f32; self.rowids.len()];
        let mut touched = Vec::new();
        for &(id, weight) in query {
            let Some(list) = self.postings.get(&id) else {
                continue;
            };
            let df = list.len() as f32;
            let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln() * weight;
            for p in list {
                let row = p.row as usize;
                if scores[row] == 0.0 {
                    touched.push(row);
                }
                scores[row] += idf * p.impact;
            }
        }
        let ranked: Vec<(usize, f32)> = touched
            .into_iter()
            .filter(|&row| self.admits(a, row))
            .map(|row| (row, scores[row]))
            .collect();
        best(ranked, CANDIDATES)
    }

    /// Approximate cosine of the admitted chunks, the `RESCORE` best rows: a pass over the sign
    /// bits (Hamming distance, 32× less data than f32) keeps the `COARSE` nearest, their int8
    /// vectors rank those.
    fn dense(&self, query: &[f32], a: &Admit) -> Vec<(usize, f32)> {
        if self.dim != query.len() || self.dim == 0 {
            return Vec::new();
        }
        let signs = sign_bits(query);
        let mut distance: Vec<(u32, u16)> = self
            .bits
            .chunks_exact(self.words)
            .enumerate()
            .filter(|(i, _)| self.admits(a, *i))
            .map(|(i, b)| (i as u32, hamming(b, &signs) as u16))
            .collect();
        if distance.len() > COARSE {
            distance.select_nth_unstable_by_key(COARSE, |&(_, d)| d);
            distance.truncate(COARSE);
        }
        let (q, q_scale) = quantise(query);
        let ranked: Vec<(usize, f32)> = distance
            .into_iter()
            .map(|(i, _)| {
                let i = i as usize;
                let v = &self.matrix[i * self.dim..(i + 1) * self.dim];
                (i, dot_i8(v, &q) as f32 * self.scale[i] * q_scale)
            })
            .collect();
        best(ranked, RESCORE)
    }
}

/// The `n` best of `(row, score)`, best first.
fn best(mut ranked: Vec<(usize, f32)>, n: usize) -> Vec<(usize, f32)> {
    if ranked.len() > n {
        ranked.select_nth_unstable_by(n, |a, b| b.1.total_cmp(&a.1));
        ranked.truncate(n);
    }
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked
}

/// Entries of a sorted list that start with `prefix` and are longer.
fn prefixed<'a>(sorted: &'a [String], prefix: &str) -> impl Iterator<Item = &'a String> + 'a {
    let start = sorted.partition_point(|v| v.as_str() < prefix);
    let (prefix, min) = (prefix.to_string(), prefix.len() + 3);
    sorted[start..]
        .iter()
        .take_while(move |v| v.starts_with(&prefix))
        .filter(move |v| v.len() >= min)
}

impl SqliteStore {
    /// Open (and create) the store in the state database at `path`.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let shown = path.display().to_string();
        let conn = crate::state::open(
            path,
            "CREATE TABLE IF NOT EXISTS index_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
             CREATE TABLE IF NOT EXISTS documents (
                 brand TEXT NOT NULL, path TEXT NOT NULL, hash TEXT NOT NULL,
                 PRIMARY KEY (brand, path));
             CREATE TABLE IF NOT EXISTS chunks (
                 id INTEGER PRIMARY KEY,
                 brand TEXT NOT NULL, path TEXT NOT NULL, heading TEXT NOT NULL, part INTEGER NOT NULL,
                 locale TEXT, doc_type TEXT, tags TEXT NOT NULL,
                 text TEXT NOT NULL, hash TEXT NOT NULL, embedding BLOB NOT NULL,
                 UNIQUE (brand, path, heading, part));
             CREATE TABLE IF NOT EXISTS vocabulary (term TEXT PRIMARY KEY) WITHOUT ROWID;",
        )
        .map_err(|detail| StoreError::Db {
            path: shown.clone(),
            detail,
        })?;
        let mut store = Self {
            conn: Mutex::new(conn),
            path: shown,
            dense_weight: IndexConfig::default().dense_weight,
            memory: Mutex::new(None),
        };
        store.migrate()?;
        Ok(store)
    }

    /// Bring a database written by an older copydesk to [`SCHEMA`] (the FTS5 index goes, chunks
    /// get a terms column), and re-analyse every chunk's terms when the analyser changed since
    /// they were written: text only, nothing is embedded again.
    fn migrate(&mut self) -> Result<(), StoreError> {
        let shown = self.path.clone();
        let err = db_err(&shown);
        let version: i64 = self
            .db()
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(&err)?;
        let analysed = self.meta("analyser")?;
        if version >= SCHEMA && analysed.as_deref() == Some(ANALYSER) {
            return Ok(());
        }
        let tx = self
            .conn
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner)
            .transaction()
            .map_err(&err)?;
        let has_terms = tx
            .prepare("SELECT 1 FROM pragma_table_info('chunks') WHERE name = 'terms'")
            .and_then(|mut s| s.exists([]))
            .map_err(&err)?;
        if !has_terms {
            tx.execute_batch(
                "DROP TRIGGER IF EXISTS chunks_ai; DROP TRIGGER IF EXISTS chunks_ad;
                 DROP TRIGGER IF EXISTS chunks_au; DROP TABLE IF EXISTS chunks_fts;
                 ALTER TABLE chunks ADD COLUMN terms BLOB NOT NULL DEFAULT x'';",
            )
            .map_err(&err)?;
        }
        let rows: Vec<(i64, String, Option<String>)> = {
            let mut stmt = tx
                .prepare("SELECT id, text, locale FROM chunks")
                .map_err(&err)?;
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .and_then(Iterator::collect)
                .map_err(&err)?
        };
        tx.execute("DELETE FROM vocabulary", []).map_err(&err)?;
        for (id, text, locale) in rows {
            let (blob, distinct) = analyse(&text, locale.as_deref());
            tx.execute(
                "UPDATE chunks SET terms = ?1 WHERE id = ?2",
                params![blob, id],
            )
            .map_err(&err)?;
            add_vocabulary(&tx, &distinct).map_err(&err)?;
        }
        tx.execute(
            "INSERT INTO index_meta(key, value) VALUES ('analyser', ?1)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [ANALYSER],
        )
        .map_err(&err)?;
        tx.execute_batch(&format!("PRAGMA user_version = {SCHEMA}"))
            .map_err(&err)?;
        tx.commit().map_err(&err)
    }

    /// Weigh the dense ranking by `w` against BM25's 1 in hybrid fusion.
    pub fn with_dense_weight(mut self, w: f64) -> Self {
        self.dense_weight = w;
        self
    }

    /// Chunks in the store.
    pub fn count(&self) -> Result<usize, StoreError> {
        self.db()
            .query_row("SELECT count(*) FROM chunks", [], |r| r.get::<_, i64>(0))
            .map(|n| n as usize)
            .map_err(db_err(&self.path))
    }

    /// The connection, for one statement or one read.
    fn db(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn invalidate(&self) {
        if let Ok(mut m) = self.memory.lock() {
            *m = None;
        }
    }

    fn data_version(&self) -> Result<i64, StoreError> {
        self.db()
            .query_row("PRAGMA data_version", [], |r| r.get(0))
            .map_err(db_err(&self.path))
    }

    fn load(&self) -> Result<Memory, StoreError> {
        let err = db_err(&self.path);
        let mut m = Memory {
            version: self.data_version()?,
            tag_start: vec![0],
            ..Memory::default()
        };
        let conn = self.db();
        let mut stmt = conn
            .prepare(
                "SELECT id, brand, locale, doc_type, tags, embedding, terms, path, heading FROM chunks",
            )
            .map_err(&err)?;
        let mut rows = stmt.query([]).map_err(&err)?;
        let mut total_length = 0u64;
        let mut sections = Interner::default();
        while let Some(r) = rows.next().map_err(&err)? {
            let vector = from_blob(
                r.get_ref(5)
                    .and_then(|v| v.as_blob().map_err(Into::into))
                    .map_err(&err)?,
            );
            if m.rowids.is_empty() {
                m.dim = vector.len();
            }
            if vector.len() != m.dim {
                continue;
            }
            let row = m.rowids.len() as u32;
            m.rowids.push(r.get(0).map_err(&err)?);
            let brand: String = r.get(1).map_err(&err)?;
            let locale: Option<String> = r.get(2).map_err(&err)?;
            let doc_type: Option<String> = r.get(3).map_err(&err)?;
            let tags: String = r.get(4).map_err(&err)?;
            let section = format!(
                "{brand}\n{}\n{}",
                r.get_ref(7)
                    .and_then(|v| v.as_str().map_err(Into::into))
                    .map_err(&err)?,
                r.get_ref(8)
                    .and_then(|v| v.as_str().map_err(Into::into))
                    .map_err(&err)?
            );
            m.section.push(sections.id(Some(&section)));
            m.brand.push(m.strings.id(Some(&brand)));
            m.locale.push(m.strings.id(locale.as_deref()));
            m.doc_type.push(m.strings.id(doc_type.as_deref()));
            for t in serde_json::from_str::<Vec<String>>(&tags).unwrap_or_default() {
                let id = m.strings.id(Some(&t));
                m.tags.push(id);
            }
            m.tag_start.push(m.tags.len() as u32);
            let (q, scale) = quantise(&vector);
            m.matrix.extend_from_slice(&q);
            m.scale.push(scale);
            m.bits.extend(sign_bits(&vector));
            let mut length = 0u32;
            let blob = r
                .get_ref(6)
                .and_then(|v| v.as_blob().map_err(Into::into))
                .map_err(&err)?;
            for (id, count) in unpack_terms(blob) {
                length += u32::from(count);
                // the count for now; the impact once the average length is known
                m.postings.entry(id).or_default().push(Posting {
                    row,
                    impact: f32::from(count),
                });
            }
            m.length.push(length);
            total_length += u64::from(length);
        }
        m.words = m.dim.div_ceil(64);
        let average = (total_length as f32 / m.rowids.len().max(1) as f32).max(1.0);
        for list in m.postings.values_mut() {
            for p in list {
                let tf = p.impact;
                let norm = K1 * (1.0 - B + B * m.length[p.row as usize] as f32 / average);
                p.impact = tf * (K1 + 1.0) / (tf + norm);
            }
        }
        let mut stmt = conn
            .prepare("SELECT term FROM vocabulary ORDER BY term")
            .map_err(&err)?;
        m.vocabulary = stmt
            .query_map([], |r| r.get(0))
            .and_then(Iterator::collect)
            .map_err(&err)?;
        m.reversed = m
            .vocabulary
            .iter()
            .map(|t| t.chars().rev().collect())
            .collect();
        m.reversed.sort();
        Ok(m)
    }

    /// Exact cosine of the given rows (their f32 vectors from the database), best first.
    fn rescore(
        &self,
        m: &Memory,
        rows: &[(usize, f32)],
        query: &[f32],
    ) -> Result<Vec<(usize, f32)>, StoreError> {
        let err = db_err(&self.path);
        let conn = self.db();
        let mut stmt = conn
            .prepare_cached("SELECT embedding FROM chunks WHERE id = ?1")
            .map_err(&err)?;
        let mut exact = Vec::with_capacity(rows.len());
        for &(row, _) in rows {
            let v: Vec<f32> = stmt
                .query_row([m.rowids[row]], |r| Ok(from_blob(r.get_ref(0)?.as_blob()?)))
                .map_err(&err)?;
            exact.push((row, dot(&v, query)));
        }
        Ok(best(exact, CANDIDATES))
    }

    fn chunk(&self, rowid: i64) -> Result<StoredChunk, StoreError> {
        self.db()
            .prepare_cached(
                "SELECT brand, path, heading, part, locale, doc_type, tags, text, hash FROM chunks WHERE id = ?1",
            )
            .and_then(|mut s| {
                s.query_row([rowid], |r| {
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
                })
            })
            .map_err(db_err(&self.path))
    }

    fn meta(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.db()
            .query_row("SELECT value FROM index_meta WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()
            .map_err(db_err(&self.path))
    }
}

fn add_vocabulary(conn: &Connection, distinct: &[String]) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare_cached("INSERT OR IGNORE INTO vocabulary (term) VALUES (?1)")?;
    for t in distinct {
        stmt.execute([t])?;
    }
    Ok(())
}

impl VectorStore for SqliteStore {
    fn check_model(&mut self, model: &str, dimension: usize) -> Result<(), StoreError> {
        match (self.meta("model")?, self.meta("dimension")?) {
            (Some(m), Some(d)) if m == model && d == dimension.to_string() => Ok(()),
            (Some(m), Some(d)) if self.count()? > 0 => Err(StoreError::ModelMismatch {
                indexed: m,
                indexed_dim: d.parse().unwrap_or(0),
                configured: model.to_string(),
                configured_dim: dimension,
            }),
            _ => {
                for (k, v) in [
                    ("model", model.to_string()),
                    ("dimension", dimension.to_string()),
                ] {
                    self.db()
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

    fn manifest(&self, brand: &str) -> Result<Vec<DocumentState>, StoreError> {
        let err = db_err(&self.path);
        let mut docs: Vec<DocumentState> = {
            let conn = self.db();
            let mut stmt = conn
                .prepare("SELECT path, hash FROM documents WHERE brand = ?1 ORDER BY path")
                .map_err(&err)?;
            stmt.query_map([brand], |r| {
                Ok(DocumentState {
                    path: r.get(0)?,
                    hash: r.get(1)?,
                    chunks: Vec::new(),
                })
            })
            .and_then(Iterator::collect)
            .map_err(&err)?
        };
        let conn = self.db();
        let mut stmt = conn
            .prepare("SELECT path, heading, part, hash FROM chunks WHERE brand = ?1 ORDER BY path, heading, part")
            .map_err(&err)?;
        let rows = stmt
            .query_map([brand], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    (r.get::<_, String>(1)?, r.get::<_, i64>(2)? as usize),
                    r.get::<_, String>(3)?,
                ))
            })
            .map_err(&err)?;
        for row in rows {
            let (path, key, hash) = row.map_err(&err)?;
            match docs.iter_mut().find(|d| d.path == path) {
                Some(d) => d.chunks.push((key, hash)),
                // chunks of a document whose write never completed: redone by the next run
                None => docs.push(DocumentState {
                    path,
                    hash: String::new(),
                    chunks: vec![(key, hash)],
                }),
            }
        }
        Ok(docs)
    }

    fn write_document(&mut self, doc: &DocumentWrite<'_>) -> Result<usize, StoreError> {
        let shown = self.path.clone();
        let err = db_err(&shown);
        let tx = self
            .conn
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner)
            .transaction()
            .map_err(&err)?;
        let existing: Vec<(i64, String, i64)> = {
            let mut stmt = tx
                .prepare("SELECT id, heading, part FROM chunks WHERE brand = ?1 AND path = ?2")
                .map_err(&err)?;
            stmt.query_map(params![doc.brand, doc.path], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .and_then(Iterator::collect)
            .map_err(&err)?
        };
        let mut removed = 0;
        for (id, heading, part) in existing {
            let key: ChunkKey = (heading, part as usize);
            if !doc.keep.contains(&key) {
                tx.execute("DELETE FROM chunks WHERE id = ?1", [id])
                    .map_err(&err)?;
                removed += 1;
            }
        }
        for (c, v) in doc.upserts {
            let (blob, distinct) = analyse(&c.text, c.locale.as_deref());
            tx.execute(
                "INSERT INTO chunks (brand, path, heading, part, locale, doc_type, tags, text, hash, embedding, terms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                 ON CONFLICT (brand, path, heading, part) DO UPDATE SET
                   locale = excluded.locale, doc_type = excluded.doc_type, tags = excluded.tags,
                   text = excluded.text, hash = excluded.hash, embedding = excluded.embedding,
                   terms = excluded.terms",
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
                    to_blob(v),
                    blob
                ],
            )
            .map_err(&err)?;
            add_vocabulary(&tx, &distinct).map_err(&err)?;
        }
        tx.execute(
            "INSERT INTO documents (brand, path, hash) VALUES (?1, ?2, ?3)
             ON CONFLICT (brand, path) DO UPDATE SET hash = excluded.hash",
            params![doc.brand, doc.path, doc.hash],
        )
        .map_err(&err)?;
        tx.commit().map_err(&err)?;
        self.invalidate();
        Ok(removed)
    }

    fn remove_document(&mut self, brand: &str, path: &str) -> Result<usize, StoreError> {
        let shown = self.path.clone();
        let tx = self
            .conn
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner)
            .transaction()
            .map_err(db_err(&shown))?;
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

    fn clear(&mut self) -> Result<(), StoreError> {
        self.conn
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner)
            .execute_batch(
                "DELETE FROM chunks; DELETE FROM documents; DELETE FROM vocabulary;
                 DELETE FROM index_meta WHERE key <> 'analyser';",
            )
            .map_err(db_err(&self.path))?;
        self.invalidate();
        Ok(())
    }

    fn search(&self, q: &Query<'_>) -> Result<Vec<Hit>, StoreError> {
        // the loaded index, shared: the ranking below holds no lock
        let memory = {
            let mut guard = self.memory.lock().unwrap_or_else(PoisonError::into_inner);
            let version = self.data_version()?;
            match guard.as_ref() {
                Some(m) if m.version == version => Arc::clone(m),
                _ => Arc::clone(guard.insert(Arc::new(self.load()?))),
            }
        };
        let m = memory.as_ref();
        let Some(admit) = m.admit(q.filter) else {
            return Ok(Vec::new());
        };
        let lexical = || {
            if q.mode == Mode::Dense {
                Vec::new()
            } else {
                m.bm25(&m.expand(q.text, q.filter.locale.as_deref()), &admit)
            }
        };
        // the two in-memory passes of a hybrid search run side by side; rescoring reads the
        // database, on this thread
        let (lexical, approximate) = match (q.mode, q.vector) {
            (Mode::Bm25, _) | (_, None) => (lexical(), Vec::new()),
            (Mode::Dense, Some(v)) => (Vec::new(), m.dense(v, &admit)),
            (Mode::Hybrid, Some(v)) => std::thread::scope(|s| {
                let dense = s.spawn(|| m.dense(v, &admit));
                let lexical = lexical();
                dense
                    .join()
                    .map(|dense| (lexical, dense))
                    .map_err(|_| StoreError::Db {
                        path: self.path.clone(),
                        detail: "the dense search thread panicked".into(),
                    })
            })?,
        };
        let dense = match q.vector {
            Some(v) if !approximate.is_empty() => self.rescore(m, &approximate, v)?,
            _ => Vec::new(),
        };
        // the best part of each section: k sections, not k pieces of one
        let section = |row: usize| m.section[row];
        let ranked: Vec<(usize, f64)> = match q.mode {
            Mode::Bm25 => best_parts(&lexical, section)
                .map(|(r, s)| (r, f64::from(s)))
                .collect(),
            Mode::Dense => best_parts(&dense, section)
                .map(|(r, s)| (r, f64::from(s)))
                .collect(),
            Mode::Hybrid => fuse_sections(
                &[(&lexical[..], 1.0), (&dense[..], self.dense_weight)],
                section,
            ),
        };
        ranked
            .into_iter()
            .take(q.k)
            .map(|(row, score)| {
                let chunk = self.chunk(m.rowids[row])?;
                Ok(Hit {
                    id: chunk.id(),
                    chunk,
                    score,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::terms::TITLE_WEIGHT;

    #[test]
    fn int8_dot_tracks_the_exact_cosine() {
        let a: Vec<f32> = (0..384)
            .map(|i| ((i * 37 % 101) as f32 - 50.0) / 50.0)
            .collect();
        let b: Vec<f32> = (0..384)
            .map(|i| ((i * 53 % 97) as f32 - 48.0) / 48.0)
            .collect();
        let unit = |v: &[f32]| {
            let n = v.iter().map(|x| x * x).sum::<f32>().sqrt();
            v.iter().map(|x| x / n).collect::<Vec<_>>()
        };
        let (a, b) = (unit(&a), unit(&b));
        let (qa, sa) = quantise(&a);
        let (qb, sb) = quantise(&b);
        let approx = dot_i8(&qa, &qb) as f32 * sa * sb;
        assert!(
            (approx - dot(&a, &b)).abs() < 0.01,
            "{approx} vs {}",
            dot(&a, &b)
        );
    }

    #[test]
    fn terms_round_trip_through_their_blob() {
        let (blob, distinct) = analyse("Regenjacke\nJacke, Jacken und Regenjacke", Some("de"));
        let pairs: Vec<(u32, u16)> = unpack_terms(&blob).collect();
        assert_eq!(distinct.len(), 2, "{distinct:?}");
        // the heading's term counts TITLE_WEIGHT times
        assert_eq!(pairs.iter().map(|p| p.1).sum::<u16>(), 3 + TITLE_WEIGHT);
    }

    #[test]
    fn compound_lookup_finds_heads_and_modifiers() {
        let vocab: Vec<String> = ["jack", "jacketasch", "regenjack", "sock"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let found: Vec<&String> = prefixed(&vocab, "jack").collect();
        assert_eq!(found, vec!["jacketasch"]);
    }
}
