//! Token counting with tiktoken-rs (o200k_base, what gpt-4o-class models use): MB/s over a 10 MB
//! German and English marketing text, the one-time cost of building the encoder, and the count
//! of one ad-sized chat request as the budget check does it.
//!
//! `cargo bench --bench tokens`; with `COPYDESK_TOKENS_TEXT=PATH` the text is also written to
//! PATH, which `scripts/bench-tokens.sh` hands to Python's tiktoken for the comparison.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use copydesk::cost::tokens::{Counter, Encoding};
use copydesk::prompt::{ChatMessage, Role};

#[path = "support/ad_lines.rs"]
mod ad_lines;
#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/rng.rs"]
mod rng;

const TEXT_BYTES: usize = 10_000_000;

/// The seeded marketing corpus and the labelled ad lines, one text a line, repeated to 10 MB.
fn text() -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut lines: Vec<String> = corpus::corpus().into_iter().map(|(t, _)| t).collect();
    lines.extend(ad_lines::ad_lines(root));
    let mut out = String::with_capacity(TEXT_BYTES + 1024);
    'fill: loop {
        for l in &lines {
            out.push_str(l);
            out.push('\n');
            if out.len() >= TEXT_BYTES {
                break 'fill;
            }
        }
    }
    out
}

fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..runs {
        let s = Instant::now();
        let r = f();
        best = best.min(s.elapsed());
        last = Some(r);
    }
    (best, last.unwrap())
}

fn main() {
    let started = Instant::now();
    let bpe = Encoding::O200kBase.bpe();
    let built = started.elapsed();
    std::hint::black_box(bpe);
    let text = text();
    if let Ok(path) = std::env::var("COPYDESK_TOKENS_TEXT") {
        std::fs::write(&path, &text).unwrap();
        eprintln!("text written to {path}");
    }
    let mb = text.len() as f64 / 1e6;
    let (t, n) = best_of(3, || Encoding::O200kBase.count(&text));
    println!(
        "copydesk o200k_base: {:.1} MB/s ({n} tokens, {} bytes, best of 3)",
        mb / t.as_secs_f64(),
        text.len()
    );
    let (t, n) = best_of(3, || Encoding::Cl100kBase.count(&text));
    println!(
        "copydesk cl100k_base: {:.1} MB/s ({n} tokens)",
        mb / t.as_secs_f64()
    );
    println!(
        "building o200k_base once per process: {:.0} ms",
        built.as_secs_f64() * 1e3
    );
    // one request as a reservation counts it: system + user message of an ad prompt
    let messages = [
        ChatMessage {
            role: Role::System,
            content: "Du schreibst Anzeigen für Talgrat Outdoor. Sprich die Leser mit du an. Überschriften haben höchstens 30 Zeichen, Beschreibungen höchstens 90.".repeat(3),
        },
        ChatMessage {
            role: Role::User,
            content: text.chars().take(1500).collect(),
        },
    ];
    let counter = Counter::for_model("gpt-4o-mini", None);
    let mut times: Vec<Duration> = (0..2000)
        .map(|_| {
            let s = Instant::now();
            std::hint::black_box(counter.chat(std::hint::black_box(&messages)));
            s.elapsed()
        })
        .collect();
    times.sort();
    println!(
        "one ad request ({} tokens): p50 {:.1} µs, p95 {:.1} µs",
        counter.chat(&messages),
        times[times.len() / 2].as_secs_f64() * 1e6,
        times[times.len() * 95 / 100].as_secs_f64() * 1e6
    );
}
