//! The embedded store at 100,000 chunks: write throughput, hybrid search p50/p95 and resident
//! memory. Vectors are random unit vectors (384 dimensions, as all-MiniLM-L6-v2's) and texts are
//! made-up German/English-like words with a Zipf-like skew, so this measures the store, not the
//! model.
//! `cargo bench --bench retrieval_scale`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

use copydesk::knowledge::store::{
    DocumentWrite, Filter, Mode, Query, SqliteStore, StoredChunk, VectorStore,
};

#[allow(dead_code)]
#[path = "support/rng.rs"]
mod rng;
use rng::Rng;

const CHUNKS: usize = 100_000;
const PER_DOCUMENT: usize = 50;
const DIM: usize = 384;

trait Synthetic {
    fn unit(&mut self) -> Vec<f32>;
    fn words(&mut self, n: usize) -> String;
}

impl Synthetic for Rng {
    fn unit(&mut self) -> Vec<f32> {
        let v: Vec<f32> = (0..DIM)
            .map(|_| (self.next() % 2001) as f32 / 1000.0 - 1.0)
            .collect();
        let n = v.iter().map(|x| x * x).sum::<f32>().sqrt();
        v.into_iter().map(|x| x / n).collect()
    }
    /// `n` words of a 20,000-word vocabulary of made-up German/English-like words, drawn with a
    /// Zipf-like skew (frequent words are frequent, most are rare), as in real text.
    fn words(&mut self, n: usize) -> String {
        const SYLLABLES: &[&str] = &[
            "re", "gen", "ja", "cke", "was", "ser", "säu", "le", "kap", "pu", "ze", "ruck", "sack",
            "me", "ri", "no", "flee", "ce", "dau", "nen", "trail", "sum", "mit", "wind", "hood",
            "pack", "zip", "seam", "grat", "tal", "berg", "weg",
        ];
        (0..n)
            .map(|_| {
                let r = (self.next() % 1_000_000) as f64 / 1_000_000.0;
                let mut id = (20_000f64.powf(r * r)) as u64; // skewed towards small ids
                let mut w = String::new();
                for _ in 0..3 {
                    w.push_str(SYLLABLES[(id % SYLLABLES.len() as u64) as usize]);
                    id /= SYLLABLES.len() as u64;
                    if id == 0 {
                        break;
                    }
                }
                w
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .unwrap_or(0.0)
        / 1024.0
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = SqliteStore::open(&dir.path().join("state.db")).unwrap();
    store.check_model("random-384", DIM).unwrap();
    let mut rng = Rng(SEED);
    let started = Instant::now();
    for d in 0..CHUNKS / PER_DOCUMENT {
        let (path, keep, upserts) = document(&mut rng, d);
        store
            .write_document(&DocumentWrite {
                brand: "bench",
                path: &path,
                hash: &format!("{d}"),
                keep: &keep,
                upserts: &upserts,
            })
            .unwrap();
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "wrote {CHUNKS} chunks in {secs:.1} s ({:.0} chunks/s, terms and vectors, a transaction per {PER_DOCUMENT})",
        CHUNKS as f64 / secs
    );
    let filter = Filter {
        brand: "bench".into(),
        ..Filter::default()
    };
    // the first search loads the vectors into memory
    let started = Instant::now();
    let q = rng.unit();
    store
        .search(&Query {
            text: "Regenjacke Gewicht",
            vector: Some(&q),
            filter: &filter,
            k: 5,
            mode: Mode::Hybrid,
        })
        .unwrap();
    println!(
        "first search (loads {CHUNKS} chunks' vectors and terms): {:.0} ms",
        started.elapsed().as_secs_f64() * 1e3
    );
    for mode in [Mode::Bm25, Mode::Dense, Mode::Hybrid] {
        let mut times = Vec::new();
        for _ in 0..200 {
            let q = rng.unit();
            let text = rng.words(4);
            let started = Instant::now();
            let hits = store
                .search(&Query {
                    text: &text,
                    vector: Some(&q),
                    filter: &filter,
                    k: 5,
                    mode,
                })
                .unwrap();
            times.push(started.elapsed().as_secs_f64() * 1e3);
            assert!(!hits.is_empty());
        }
        times.sort_by(f64::total_cmp);
        println!(
            "{:<7} search over {CHUNKS} chunks: p50 {:.2} ms, p95 {:.2} ms",
            format!("{mode:?}").to_lowercase(),
            times[times.len() / 2],
            times[times.len() * 95 / 100]
        );
    }
    println!("resident memory: {:.0} MB", rss_mb());
    exactness(&store, &filter, &mut rng);
}

/// Dense search scans int8 vectors and rescores the best with f32: how often do its top 5 equal
/// the exact f32 top 5? The corpus is regenerated from its seed, so no copy stays in memory.
fn exactness(store: &SqliteStore, filter: &Filter, rng: &mut Rng) {
    const QUERIES: usize = 50;
    let queries: Vec<Vec<f32>> = (0..QUERIES).map(|_| rng.unit()).collect();
    let mut exact: Vec<Vec<(f32, String)>> = vec![Vec::new(); QUERIES];
    let mut replay = Rng(SEED);
    for d in 0..CHUNKS / PER_DOCUMENT {
        let (_, _, upserts) = document(&mut replay, d);
        for (chunk, v) in upserts {
            let id = chunk.id();
            for (q, best) in queries.iter().zip(&mut exact) {
                let s: f32 = q.iter().zip(&v).map(|(a, b)| a * b).sum();
                best.push((s, id.clone()));
                if best.len() > 64 {
                    best.sort_by(|a, b| b.0.total_cmp(&a.0));
                    best.truncate(5);
                }
            }
        }
    }
    let mut agree = 0;
    for (q, best) in queries.iter().zip(&mut exact) {
        best.sort_by(|a, b| b.0.total_cmp(&a.0));
        let want: Vec<&String> = best.iter().take(5).map(|(_, id)| id).collect();
        let got = store
            .search(&Query {
                text: "",
                vector: Some(q),
                filter,
                k: 5,
                mode: Mode::Dense,
            })
            .unwrap();
        agree += got.iter().filter(|h| want.contains(&&h.id)).count();
    }
    println!(
        "dense top-5 against exact f32 search over {QUERIES} queries: recall {:.3}",
        agree as f64 / (QUERIES * 5) as f64
    );
}

const SEED: u64 = 0x5eed_5ca1_e000_0001;

type Upserts = Vec<(StoredChunk, Vec<f32>)>;

/// Document `d` of the synthetic corpus: its path, chunk keys and chunks with vectors.
fn document(rng: &mut Rng, d: usize) -> (String, Vec<(String, usize)>, Upserts) {
    let path = format!("docs/{d:05}.md");
    let mut keep = Vec::new();
    let mut upserts = Vec::new();
    for part in 0..PER_DOCUMENT {
        let heading = format!("Abschnitt {}", part / 5);
        keep.push((heading.clone(), part % 5));
        upserts.push((
            StoredChunk {
                brand: "bench".into(),
                path: path.clone(),
                heading_path: heading,
                part: part % 5,
                locale: Some(if d.is_multiple_of(2) { "de" } else { "en" }.into()),
                doc_type: Some("product".into()),
                tags: Vec::new(),
                text: rng.words(60),
                hash: format!("{d}-{part}"),
            },
            rng.unit(),
        ));
    }
    (path, keep, upserts)
}
