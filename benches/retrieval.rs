//! Retrieval quality and speed on the example brand: indexes brand-guides/talgrat into a scratch
//! state database with the configured embedder, then runs the labelled queries of
//! evals/retrieval.yaml (or of the set `-- --suite FILE` names) with BM25 only, dense only and
//! hybrid search, and prints recall@5 and MRR side by side, with query latency.
//! `-- --chunk-tokens N` cuts the documents into chunks of at most N tokens (256 by default).
//! `cargo bench --bench retrieval` (the embedding model must have been fetched:
//! `copydesk models fetch`).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::time::Instant;

use copydesk::config::Config;
use copydesk::eval::RetrievalSuite;
use copydesk::guard::chain::for_project;
use copydesk::knowledge::chunk::Budget;
use copydesk::knowledge::embed::embedder_for;
use copydesk::knowledge::index::index_brand;
use copydesk::knowledge::store::{Filter, Mode, Query, SqliteStore, VectorStore};

fn main() {
    // COPYDESK_CONFIG measures another configuration (another embedder, say) on the same data
    let file = std::env::var_os("COPYDESK_CONFIG")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("copydesk.yaml"));
    let config = Config::load_with_env(&file, &[]).unwrap();
    let root = config.root.as_path();
    // `-- --suite evals/retrieval-dev.yaml` measures another labelled set
    let args: Vec<String> = std::env::args().collect();
    let suite_file = args
        .iter()
        .position(|a| a == "--suite")
        .and_then(|i| args.get(i + 1))
        .map_or("evals/retrieval.yaml", String::as_str);
    let suite: RetrievalSuite = copydesk::yaml::read(&root.join(suite_file)).unwrap();
    // COPYDESK_BENCH_DB keeps the index between runs (only changed documents are embedded again)
    let scratch = tempfile::tempdir().unwrap();
    let db = std::env::var_os("COPYDESK_BENCH_DB")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| scratch.path().join("state.db"));
    let mut store = SqliteStore::open(&db)
        .unwrap()
        .with_dense_weight(config.index.dense_weight);
    let embedder = embedder_for(&config).unwrap();
    let chain = for_project(root, Some(&suite.brand), None)
        .unwrap()
        .only(&["pii".to_string()]);
    // `-- --chunk-tokens N` cuts the documents into chunks of at most N tokens
    let budget = args
        .iter()
        .position(|a| a == "--chunk-tokens")
        .and_then(|i| args.get(i + 1))
        .map_or_else(Budget::default, |n| Budget {
            max_tokens: n.parse().unwrap(),
            ..Budget::default()
        });
    let started = Instant::now();
    let report = index_brand(
        &mut store as &mut dyn VectorStore,
        embedder.as_ref(),
        &chain,
        &suite.brand,
        &root.join("brand-guides").join(&suite.brand),
        budget,
        &indicatif::ProgressBar::hidden(),
    )
    .unwrap();
    let secs = started.elapsed().as_secs_f64();
    println!(
        "indexed {} documents, {} chunks in {secs:.2} s ({:.0} chunks/s, embedding included)",
        report.documents,
        report.chunks,
        report.chunks as f64 / secs
    );
    let vectors: Vec<Vec<f32>> = {
        let queries: Vec<&str> = suite.queries.iter().map(|q| q.query.as_str()).collect();
        let started = Instant::now();
        let v = embedder.embed_queries(&queries).unwrap();
        println!(
            "embedded {} queries in {:.0} ms ({:.0} texts/s)",
            queries.len(),
            started.elapsed().as_secs_f64() * 1e3,
            queries.len() as f64 / started.elapsed().as_secs_f64()
        );
        v
    };
    // `cargo bench --bench retrieval -- --misses` lists what each mode missed
    let show_misses = args.iter().any(|a| a == "--misses");
    println!(
        "{:<8} {:<7} {:>9} {:>7} {:>12}",
        "mode", "locale", "recall@5", "MRR", "p50 search"
    );
    for (mode, by_locale) in [
        (Mode::Bm25, false),
        (Mode::Dense, false),
        (Mode::Hybrid, false),
        (Mode::Bm25, true),
        (Mode::Dense, true),
        (Mode::Hybrid, true),
    ] {
        let (mut recall, mut mrr) = (0.0, 0.0);
        let mut times = Vec::new();
        for (q, v) in suite.queries.iter().zip(&vectors) {
            let filter = Filter {
                brand: suite.brand.clone(),
                locale: q.locale.clone().filter(|_| by_locale),
                ..Filter::default()
            };
            let started = Instant::now();
            let hits = store
                .search(&Query {
                    text: &q.query,
                    vector: Some(v),
                    filter: &filter,
                    k: 5,
                    mode,
                })
                .unwrap();
            times.push(started.elapsed().as_secs_f64() * 1e3);
            let sources: Vec<String> = hits.iter().map(|h| h.chunk.source()).collect();
            let found = q.relevant.iter().filter(|r| sources.contains(r)).count();
            if show_misses && by_locale && found < q.relevant.len() {
                println!("  {mode:?} missed: {}", q.query);
                for r in q.relevant.iter().filter(|r| !sources.contains(r)) {
                    println!("    wanted {r}");
                }
                for s in &sources {
                    println!("    got    {s}");
                }
            }
            recall += found as f64 / q.relevant.len() as f64;
            if let Some(rank) = sources.iter().position(|s| q.relevant.contains(s)) {
                mrr += 1.0 / (rank as f64 + 1.0);
            }
        }
        times.sort_by(f64::total_cmp);
        let n = suite.queries.len() as f64;
        println!(
            "{:<8} {:<7} {:>9.3} {:>7.3} {:>9.2} ms",
            format!("{mode:?}").to_lowercase(),
            if by_locale { "query" } else { "any" },
            recall / n,
            mrr / n,
            times[times.len() / 2]
        );
    }
}
