//! The whole guard chain (pii → policy → style) of the example brand on ad-sized copy.
//!
//! `cargo bench --bench chain` checks every line of policies/examples/*.jsonl (about 400 German
//! and English ad headlines, descriptions and feed texts) through the chain that `generate` and
//! `check --brand talgrat` build, best of 5 passes, and prints items/s, MB/s and µs per item, for
//! the chain and for each stage alone.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::time::Instant;

use copydesk::guard::chain::for_project;
use copydesk::guard::{Chain, Subject};

#[path = "support/ad_lines.rs"]
mod ad_lines;

/// The paragraphs of the example brand's product sheets: feed-description-sized text.
fn paragraphs(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(root.join("brand-guides/talgrat/products")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        out.extend(
            text.split("\n\n")
                .map(str::trim)
                .filter(|p| p.len() > 200 && !p.starts_with("---"))
                .map(str::to_string),
        );
    }
    out
}

fn measure(label: &str, chain: &Chain, texts: &[String]) {
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut best = f64::MAX;
    let mut findings = 0;
    for _ in 0..5 {
        let started = Instant::now();
        findings = 0;
        for t in texts {
            findings += std::hint::black_box(chain.check(&Subject::text(t)))
                .findings
                .len();
        }
        best = best.min(started.elapsed().as_secs_f64());
    }
    println!(
        "{label:<22} {:>9.0} items/s {:>7.1} MB/s {:>7.1} µs/item {:>6} findings",
        texts.len() as f64 / best,
        bytes as f64 / best / 1e6,
        best / texts.len() as f64 * 1e6,
        findings
    );
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let started = Instant::now();
    let chain = for_project(root, Some("talgrat"), None).unwrap();
    println!(
        "chain {:?} built in {:.1} ms",
        chain.stage_names(),
        started.elapsed().as_secs_f64() * 1e3
    );
    let texts = ad_lines::ad_lines(root);
    let bytes: usize = texts.iter().map(String::len).sum();
    println!(
        "corpus: {} items, {:.0} bytes on average",
        texts.len(),
        bytes as f64 / texts.len() as f64
    );
    measure("whole chain", &chain, &texts);
    let long = paragraphs(root);
    let long_bytes: usize = long.iter().map(String::len).sum();
    println!(
        "product-sheet paragraphs: {} items, {:.0} bytes on average",
        long.len(),
        long_bytes as f64 / long.len() as f64
    );
    measure("whole chain", &chain, &long);
    println!("ad lines, stage by stage:");
    for stage in ["pii", "policy", "style"] {
        let only = for_project(root, Some("talgrat"), None)
            .unwrap()
            .only(&[stage.to_string()]);
        measure(stage, &only, &texts);
    }
}
