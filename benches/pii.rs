//! PII detection on a seeded corpus: throughput and precision/recall per entity.
//!
//! `cargo bench --bench pii` runs the seeded corpus of `support/corpus.rs` (1,000 marketing texts,
//! German and English, personal data with ground truth, distractors that must not fire) and
//! prints precision/recall per entity and best-of-5 throughput. `cargo bench --bench guard` has
//! the criterion statistics for the same work.
//!
//! With `COPYDESK_PII_CORPUS=PATH` the corpus is also written to PATH as JSONL, one text a line:
//! `{"text": "...", "entities": [{"entity": "EMAIL", "text": "..."}]}`, so that other detectors
//! can be scored on exactly the same texts (`scripts/bench-pii.sh` runs Presidio on it).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::io::Write;
use std::time::Instant;

use copydesk::guard::pii::{Operator, Pseudonymizer, apply, detect};

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/rng.rs"]
mod rng;

/// Writes the corpus with its ground truth as JSONL (see the module docs).
fn write_corpus(path: &std::path::Path, corpus: &[(String, Vec<(&str, String)>)]) {
    let file = std::fs::File::create(path).expect("create the corpus file");
    let mut out = std::io::BufWriter::new(file);
    for (t, truth) in corpus {
        let entities: Vec<serde_json::Value> = truth
            .iter()
            .map(|(entity, value)| serde_json::json!({"entity": entity, "text": value}))
            .collect();
        let line = serde_json::json!({"text": t, "entities": entities});
        writeln!(out, "{line}").expect("write the corpus file");
    }
    out.flush().expect("write the corpus file");
}

fn main() {
    let corpus = corpus::corpus();
    let bytes: usize = corpus.iter().map(|(t, _)| t.len()).sum();
    if let Some(path) = std::env::var_os("COPYDESK_PII_CORPUS") {
        let path = std::path::PathBuf::from(path);
        write_corpus(&path, &corpus);
        eprintln!("corpus written to {}", path.display());
    }

    // quality
    let mut stats: BTreeMap<&str, (u32, u32, u32)> = BTreeMap::new(); // tp, fp, fn
    for (t, truth) in &corpus {
        let found: Vec<(&str, String)> = detect(t)
            .into_iter()
            .map(|m| (m.entity.name(), m.text))
            .collect();
        for f in &found {
            let e = stats.entry(f.0).or_default();
            if truth.contains(f) {
                e.0 += 1
            } else {
                e.1 += 1
            }
        }
        for g in truth {
            if !found.contains(g) {
                stats.entry(g.0).or_default().2 += 1;
            }
        }
    }

    // speed: detect + redact, best of 5 passes
    let mut best = f64::MAX;
    for _ in 0..5 {
        let started = Instant::now();
        for (t, _) in &corpus {
            let m = detect(t);
            std::hint::black_box(apply(
                t,
                &m,
                &Operator::Placeholder,
                &mut Pseudonymizer::default(),
            ));
        }
        best = best.min(started.elapsed().as_secs_f64());
    }
    println!(
        "corpus: {} texts, {:.0} chars on average, {} bytes",
        corpus.len(),
        bytes as f64 / corpus.len() as f64,
        bytes
    );
    println!(
        "detect + redact: {:.0} docs/s, {:.1} MB/s, {:.1} µs per text",
        corpus.len() as f64 / best,
        bytes as f64 / best / 1e6,
        best / corpus.len() as f64 * 1e6
    );
    println!(
        "{:<14} {:>5} {:>5} {:>5} {:>9} {:>7}",
        "entity", "tp", "fp", "fn", "precision", "recall"
    );
    for (entity, (tp, fp, fnn)) in stats {
        let p = f64::from(tp) / f64::from((tp + fp).max(1));
        let r = f64::from(tp) / f64::from((tp + fnn).max(1));
        println!("{entity:<14} {tp:>5} {fp:>5} {fnn:>5} {p:>9.3} {r:>7.3}");
    }
}
